"""The per-doc helpers of sitreps.nlp: what they read equals spaCy's own, and nothing outlives its doc."""

from __future__ import annotations

import gc

from conftest import parse

from sitreps.events import _weapons_in
from sitreps.nlp import _DOC_MEMOS, char_span_root, doc_memo, token_at, token_lowers

TEXT = "Artillery shelled the depot near  Tarnova on Sunday.\nA mortar round then hit the Old Mill bridge."


def test_token_at_finds_the_token_under_each_character_and_none_between() -> None:
    _, doc = parse(TEXT)
    for char in range(len(TEXT)):
        expected = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
        found = token_at(doc, char)
        assert (found.i if found is not None else None) == (expected.i if expected is not None else None), char
    assert token_at(doc, TEXT.index(" the depot")) is None


def test_token_lowers_and_char_span_root_read_as_spacy_does() -> None:
    _, doc = parse(TEXT)
    assert token_lowers(doc) == [t.lower_ for t in doc]
    start = TEXT.index("Old Mill")
    root = char_span_root(doc, start, start + len("Old Mill bridge"))
    assert root is not None and root.i == doc.char_span(start, start + len("Old Mill bridge")).root.i
    assert root == char_span_root(doc, start, start + len("Old Mill bridge"))  # from the memo: an equal token
    for start, end in ((0, 3), (3, 3), (10, 30), (len(TEXT) - 7, len(TEXT))):
        span = doc.char_span(start, end, alignment_mode="expand")
        assert char_span_root(doc, start, end) == span.root


def test_memos_are_per_doc_and_go_with_their_doc() -> None:
    _, first = parse(TEXT)
    _, second = parse("Nothing happened at the border post today.")
    assert [kind for _, kind in _weapons_in(next(first.sents))]
    assert _weapons_in(next(second.sents)) == []
    assert doc_memo(first) is not doc_memo(second)
    held = len(_DOC_MEMOS)
    del first, second
    gc.collect()
    assert len(_DOC_MEMOS) <= held - 2
