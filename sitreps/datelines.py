"""Datelines: where a wire report's own opening ("KYIV, March 2 (Reuters) -") ends.

In: a document's text. Out: the offset just past its dateline, or 0 when it has none. Stages use it to keep the
dateline's words out of the sentence the parser glues them to. A dateline opens the text, or the paragraph right
after a one-line headline ("Ten soldiers killed in Niger\n\nNiamey (AFP) - Ten soldiers ...").
A line that holds nothing but a date and a time ("Wednesday, 25 September 2019, 11:20") is the report's timestamp.
"""

from __future__ import annotations

import re

# "KYIV, March 2 (Reuters) -", "BELGOROD, Russia (AP) —", "KHAR:", "June 2 (Reuters) -", "Kyiv (AFP) -",
# "Kharkiv (Ukraine) (AFP) -", "MOSCOW, July 8. /TASS/.", "KYIV, May 4 /Ukrinform/.",
# "KYIV/MOSCOW, March 3 (Reuters) -" (two bureaus), "Addis Abeba, October 25/2019 -", "Quito, Oct 13 (EFE).-",
# "Pemba, Mozambique, 15 Apr 2024 (Lusa) -", "Srinagar, May 3 (PTI)": the dateline, whose date is the report's.
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\-/ ]{2,}(?:,[^\n]{0,40}?)?(?:\([^)\n]{1,30}\))?"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z][^)\n]{1,30}\)"
    r"|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}(?: \([A-Z][^)\n]{1,30}\)){1,2}"
    r"|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}(?:, [A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2})?, "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:/\d{4}|, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)"
    r"(?: \([A-Z][^)\n]{1,30}\))?)"
    r"\s*\.?(?:[-\u2013\u2014]{1,2}|:)\s"
    r"|^\s*[A-Z][A-Z.'\- ]{2,}, [A-Z][a-z]+\.? \d{1,2}\.? /[A-Z][\w-]*/\.\s"
    # "Srinagar, May 3 (PTI) Five soldiers ...": a town, a date and an agency need no dash to end a dateline
    r"|^\s*[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?) "
    r"\([A-Z][^)\n]{1,30}\)\s+(?=[A-Z\d\"\u201c])")


# what may stand beside a date on a timestamp line: separators and a clock time ("11:20", "9.05 am", "14:10 GMT")
STAMP_REST = re.compile(r"[\s,.;|\-\u2013\u2014]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?[\s,.;|]*")


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


def is_timestamp_line(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] stands on a line of its own, beside at most a clock time: the report's
    timestamp ("Wednesday, 25 September 2019, 11:20" under a headline), not a day anything happened on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return bool(STAMP_REST.fullmatch(text, line_start, start)) and bool(STAMP_REST.fullmatch(text, end, line_end))
