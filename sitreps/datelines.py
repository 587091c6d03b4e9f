"""Datelines: where a wire report's own opening ("KYIV, March 2 (Reuters) -") ends.

In: a document's text. Out: the offset just past its dateline, or 0 when it has none. Stages use it to keep the
dateline's words out of the sentence the parser glues them to. A dateline opens the text, or the paragraph right
after a one-line headline ("Ten soldiers killed in Niger\n\nNiamey (AFP) - Ten soldiers ...").
"""

from __future__ import annotations

import re

# "KYIV, March 2 (Reuters) -", "BELGOROD, Russia (AP) —", "KHAR:", "June 2 (Reuters) -", "Kyiv (AFP) -",
# "Kharkiv (Ukraine) (AFP) -", "MOSCOW, July 8. /TASS/.", "KYIV, May 4 /Ukrinform/.",
# "KYIV/MOSCOW, March 3 (Reuters) -" (two bureaus), "Addis Abeba, October 25/2019 -": the dateline, whose date is
# the report's.
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\-/ ]{2,}(?:,[^\n]{0,40}?)?(?:\([^)\n]{1,30}\))?"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z][^)\n]{1,30}\)"
    r"|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}(?: \([A-Z][^)\n]{1,30}\)){1,2}"
    r"|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:/\d{4}|, \d{4})?)"
    r"\s*(?:[-\u2013\u2014]{1,2}|:)\s"
    r"|^\s*[A-Z][A-Z.'\- ]{2,}, [A-Z][a-z]+\.? \d{1,2}\.? /[A-Z][\w-]*/\.\s")


# a one-line headline: no sentence ends inside it, and a blank line parts it from the story
HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?\"\u201d])\n\s*\n")


def dateline_span(text: str) -> tuple[int, int]:
    """Where the text's dateline starts and ends: at the text's start, or after a one-line headline; (0, 0) when
    there is none."""
    if match := DATELINE.match(text):
        return 0, match.end()
    headline = HEADLINE.match(text)
    match = DATELINE.match(text[headline.end():]) if headline else None
    return (headline.end(), headline.end() + match.end()) if headline and match else (0, 0)


def dateline_end(text: str) -> int:
    """The offset just past the text's dateline (and the headline before it), 0 when it has none."""
    return dateline_span(text)[1]
