"""What a report's lead tells, as words, and how much two leads share that news reports seldom say.

In: a document's title and text (and the names of the places found in it). Out: the words of its lead (the title
and the text's first sentences) less the places' names, and for two leads the words they share with their summed
rarity. A word's rarity is its inverse document frequency in the bundled labelled snippets
(sitreps/data/events/labelled-*.jsonl, some 2,500 short conflict-news texts): words every conflict report uses
("police", "attack", "killed") weigh little, names and particulars ("Kornelyuk", "shrine", "wedding") much. Places
are left out because they are the place field's evidence, and other attacks in a town share its name. Merging uses
this as a back-off: two leads that share many rare words tell one happening even when an extracted field of one of
them slipped.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

SNIPPETS = sorted((Path(__file__).parent / "data" / "events").glob("labelled-*.jsonl"))
LEAD_SENTENCES = 2
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z])")
WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]")
MIN_WORD_LENGTH = 3
POSSESSIVE = re.compile(r"['’]s?$")


def words(text: str) -> set[str]:
    """The lower-cased words of `text` (not numbers), possessives trimmed ("Kharkiv's" is "kharkiv")."""
    found = {POSSESSIVE.sub("", match.group().casefold()) for match in WORD.finditer(text)}
    return {word for word in found if len(word) >= MIN_WORD_LENGTH}


def lead_end(text: str) -> int:
    """The offset where the text's first `LEAD_SENTENCES` sentences end. Split by a pattern, not spaCy's sentences:
    merging reads a report's lead from its stored extraction, which keeps the text but no parse."""
    body = text.lstrip()
    offset = len(text) - len(body)
    breaks = [match.start() for match in SENTENCE_END.finditer(body)]
    return offset + (breaks[LEAD_SENTENCES - 1] if len(breaks) >= LEAD_SENTENCES else len(body))


def lead_words(title: str | None, text: str, places: Iterable[str] = ()) -> list[str]:
    """The words of the report's title and lead sentences, sorted, less those of the names in `places`: where it
    happened is the place field's to say, and a town or region names other attacks there too."""
    left_out = set().union(*map(words, places))
    return sorted(words(f"{title or ''}\n{text[: lead_end(text)]}") - left_out)


@lru_cache(maxsize=1)
def _document_frequencies() -> tuple[Counter[str], int]:
    counts: Counter[str] = Counter()
    total = 0
    for path in SNIPPETS:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    counts.update(words(json.loads(line)["text"]))
                    total += 1
    return counts, total


def rarity(word: str) -> float:
    """How seldom conflict news uses `word`: its smoothed inverse document frequency in the snippets."""
    counts, total = _document_frequencies()
    return math.log((total + 1) / (counts[word] + 1))


def shared(ours: list[str], theirs: list[str]) -> tuple[float, list[str]]:
    """The summed rarity of the words two leads share, and those words, rarest first."""
    common = sorted(set(ours) & set(theirs), key=lambda word: (-rarity(word), word))
    return sum(rarity(word) for word in common), common
