"""Datelines: where a wire report's own opening ("KYIV, March 2 (Reuters) -") ends.

In: a document's text. Out: the offset just past its dateline, or 0 when it has none. Stages use it to keep the
dateline's words out of the sentence the parser glues them to.
"""

from __future__ import annotations

import re

# "KYIV, March 2 (Reuters) -", "BELGOROD, Russia (AP) —", "KHAR:", "June 2 (Reuters) -", "Kyiv (AFP) -",
# "Kharkiv (Ukraine) (AFP) -", "MOSCOW, July 8. /TASS/.": the dateline, whose date is the report's.
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\-/ ]{2,}(?:,[^\n]{0,40}?)?(?:\([^)\n]{1,30}\))?"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z][^)\n]{1,30}\)"
    r"|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}(?: \([A-Z][^)\n]{1,30}\)){1,2})\s*(?:[-\u2013\u2014]{1,2}|:)\s"
    r"|^\s*[A-Z][A-Z.'\- ]{2,}, [A-Z][a-z]+\.? \d{1,2}\. /[A-Z][\w-]*/\.\s")


def dateline_end(text: str) -> int:
    """The offset just past the text's dateline, 0 when it opens without one."""
    match = DATELINE.match(text)
    return match.end() if match else 0
