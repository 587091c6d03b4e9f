"""Shared fixtures: one spaCy pipeline per test session, and a parse helper."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from sitreps.models import Document
from sitreps.nlp import load_nlp, parse_documents

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "seed-article.txt"
SEED_GOLD = SHARED / "seed" / "seed-gold.json"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def parse(text: str, published: str | None = None, doc_id: str = "test") -> tuple[Document, Doc]:
    """Parse `text` as a document (no boilerplate detection) and return (document, doc)."""
    document = Document(id=doc_id, text=text, published=published, language="en")
    return next(parse_documents([document]))


def assert_span_offsets(text: str, span_text: str, start: int, end: int) -> None:
    assert text[start:end] == span_text, (text[start:end], span_text, start, end)


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is absent (../shared is not beside the repo)")
