"""News-outlet names: recognise an outlet in a piece of text and give its canonical name.

In: a string (a source phrase such as "the Guardian's", "NYT" or "the Deseret News").
Out: the canonical outlet name from sitreps/data/outlets.tsv ("The Guardian", "The New York Times",
"Deseret News"), or None when the text names no known outlet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def _key(name: str) -> str:
    """Comparison form of an outlet mention: no leading "the", no possessive, plain apostrophes."""
    name = " ".join(name.replace("’", "'").split())
    name = _POSSESSIVE.sub("", _LEADING_THE.sub("", name))
    return name.strip()


@lru_cache(maxsize=1)
def outlet_aliases() -> dict[str, str]:
    """Map of alias key -> canonical name, loaded from sitreps/data/outlets.tsv."""
    table: dict[str, str] = {}
    text = (DATA_DIR / "outlets.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, _, aliases = line.partition("\t")
        for alias in [canonical, *filter(None, aliases.split("|"))]:
            table[_key(alias)] = canonical
    return table


def canonical_outlet(name: str) -> str | None:
    """The canonical name of the outlet `name` denotes exactly, or None."""
    return outlet_aliases().get(_key(name))


def outlet_name(outlet: str | None) -> str | None:
    """An outlet under one name wherever it is cited ("AP News" and "Associated Press" alike); a name the table
    does not know stays as it is."""
    return (canonical_outlet(outlet) or outlet) if outlet else None


def find_outlet(text: str) -> tuple[str, int, int] | None:
    """The longest outlet mention inside `text` on word boundaries: (canonical, start, end), or None."""
    table = outlet_aliases()
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w&.'’/-]+", text)]
    best: tuple[str, int, int] | None = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 6), i, -1):
            start, end = words[i][0], words[j - 1][1]
            canonical = table.get(_key(text[start:end].rstrip(".")))
            if canonical and (best is None or end - start > best[2] - best[1]):
                best = (canonical, start, end)
                break
    return best
