"""Time expressions and their resolution to calendar dates.

In: a `Document` and its spaCy `Doc`. Out: `DateValue`s - each time expression in the text ("on Tuesday",
"last week", "Oct. 10", "between Dec. 23 and Dec. 25", "2014") with its span and the calendar range it stands
for. Relative expressions resolve against `document.published`, or without one against the document's own
explicit date (a dateline, a "Published ..." line, a photo caption) - see `document_anchor`.

Expressions are found by a small regex grammar; spaCy supplies what regexes cannot see: whether a bare month or
year is used as a date, whether "overnight" is an adverb, and the tense of the clause a weekday sits in ("will
meet on Tuesday" is the coming Tuesday, "met on Tuesday" the last one). Conventions: a night is dated by the
morning it ends in, when strikes reported "overnight" land ("overnight" and "last night" are the anchor day,
"overnight into Sunday", "Saturday night into Sunday", "from Saturday into Sunday" and "Saturday evening and
Sunday morning" are Sunday); a range's precision follows its length (1 day: day, up to 7: week, up to 31: month,
else year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitreps.datelines import is_timestamp_line
from sitreps.models import DateValue, Document
from sitreps.nlp import doc_text
from sitreps.speech import CONFIRMING_VERBS, REPORTING_VERBS, WRITING_VERBS

Resolution = tuple[dt.date, dt.date, str]

MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NUMBERS |= {name[:3].lower(): i for i, name in enumerate(calendar.month_name) if name} | {"sept": 9}
WEEKDAY_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1} | {
    word: i
    for i, word in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)
}

# Month names are matched case-sensitively so that "march" and "may" the words stay words.
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d|:\d)"
YEAR = r"(?:19|20)\d{2}(?!\d|,\d)"
# "January last year": the year a month is told in, by its distance from the anchor's
YEAR_WORD = r"\s+(?P<yrel>(?i:last|this|next))\s+year\b(?!['’])"
YEAR_WORD_SHIFTS = {"last": -1, "this": 0, "next": 1}
HOLIDAY = r"New\s+Year['’]s\s+(?:Day|Eve|[Nn]ight)|Christmas\s+(?:Day|Eve|[Nn]ight)"  # the FIXED_HOLIDAYS below
# Words before a day expression that frame it ("overnight into Sunday", "the night of Nov. 14-15", "the night from
# Saturday to Sunday").
DAY_PREFIX = (
    r"(?P<pre>(?i:overnight\s+(?:into|to)|overnight(?:\s+on)?|(?:early|late|earlier|later)(?:\s+on)?"
    r"|the\s+early\s+hours\s+of|the\s+(?:night|morning|evening)\s+(?:of|from)))\s+"
)
TIME_OF_DAY = r"(?i:\s+(?P<tod>morning|afternoon|evening|night))"
NUMBER = r"(?P<n>\d{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"

# Words that, right before a bare month or year, show it is used as a date ("in February", "since 2014").
DATE_PREPOSITIONS = frozenset(
    "in since during until till by from through throughout before after between of to and"
    " early late mid last this next".split()
)
# Nouns of events that happen at a time, which an adjective "overnight" dates: "overnight missile strikes".
TIMED_EVENT_NOUNS = frozenset(
    "strike airstrike attack raid shelling bombardment barrage assault bombing explosion blast fighting clash"
    " clashes protest".split()
)
# Lemmas whose clause looks ahead: "plan rallies on Tuesday", "is expected on Saturday", "due to start".
FUTURE_LEMMAS = frozenset(
    "plan schedule expect due set intend aim prepare go vow promise threaten hope want agree decide"
    " pledge".split()
)
# "postponed until October": what is put off lies ahead.
DEFER_LEMMAS = {"postpone", "delay", "extend", "adjourn", "defer", "suspend", "push", "move"}
RANGE_CONNECTOR = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*")
PUBLICATION_MARKER = re.compile(
    r"(?i)(?:published|updated|posted|first published|last updated|date(?:d)?)"
    r"\s*:?\s*(?:on\s+)?$"
)
DATELINE = re.compile(
    rf"(?m)^[ \t]*[A-Z][A-Za-z .'’/-]*(?:,[ \t]*[A-Z][A-Za-z .'’-]*)?,[ \t]+(?P<date>{MONTH}"
    rf"[ \t]+{DAY}(?:,?[ \t]+{YEAR})?)[ \t]*(?:\([^)\n]{{1,40}}\))?[ \t]*[-–—]"
)


@dataclass
class _Candidate:
    """One matched time expression, before resolution."""

    start: int
    end: int
    kind: str
    match: re.Match[str]


@dataclass
class _Expression:
    """A single candidate or a range of two."""

    start: int
    end: int
    first: _Candidate
    last: _Candidate | None = None
    night: bool = False  # "Monday night into Tuesday": the night, dated by the morning it ends in


def _year_of_yearless(
    month: int, day: int, anchor: dt.date, tense: str | None, weekday: int | None
) -> int | None:
    """The year for "Oct. 10" read on `anchor`: a stated weekday decides when it can, else the anchor's year,
    the previous one when that would lie over ~2 months ahead, the next one for future talk already past."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if weekday is not None:
        matching = [d for d in options if d.weekday() == weekday]
        if matching:
            return min(matching, key=lambda d: abs((d - anchor).days)).year
    try:
        this_year = dt.date(anchor.year, month, day)
    except ValueError:  # 29 February
        return max(d.year for d in options if d <= anchor) if any(d <= anchor for d in options) else None
    if tense == "future" and this_year < anchor - dt.timedelta(days=1):
        return anchor.year + 1
    if (this_year - anchor).days > 62:
        return anchor.year - 1
    return anchor.year


def _month_range(year: int, month: int, part: str = "") -> tuple[dt.date, dt.date]:
    """The month's days, or those of the third of it that "early", "mid" or "late" names."""
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(part, (1, last))
    return dt.date(year, month, first_day), dt.date(year, month, last_day)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _prefix(match: re.Match[str]) -> str:
    return " ".join((match.groupdict().get("pre") or "").lower().split())


def _is_night_prefix(match: re.Match[str]) -> bool:
    return _prefix(match).startswith("overnight") or _prefix(match) in ("the night of", "the night from")


def _year_told_by_word(m: re.Match[str], anchor: dt.date) -> int:
    """The year "last year", "this year" or "next year" after a month names, from the anchor's."""
    return anchor.year + YEAR_WORD_SHIFTS[m["yrel"].lower()]


def _stated_or_inferred_year(m: re.Match[str], month: int, day: int, anchor: dt.date | None, tense: str | None,
                             weekday: int | None) -> int | None:
    """The year the expression states, else the one `_year_of_yearless` infers from the anchor (None without one)."""
    if m["year"]:
        return int(m["year"])
    if anchor is None:
        return None
    if m.groupdict().get("yrel"):
        return _year_told_by_word(m, anchor)
    return _year_of_yearless(month, day, anchor, tense, weekday)


def _explicit_day(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    month = MONTH_NUMBERS[m["month"].rstrip(".").lower()]
    weekday = WEEKDAY_NUMBERS[m["wd"].lower()] if m["wd"] else None
    day = int(re.match(r"\d+", m["day"]).group())
    year = _stated_or_inferred_year(m, month, day, anchor, tense, weekday)
    if year is None:
        return None
    try:
        start = dt.date(year, month, day)
        if m["day2"]:
            end = dt.date(year, month, int(re.match(r"\d+", m["day2"]).group()))
            if (end - start).days == 1 and _is_night_prefix(m):  # "the night of Nov. 14-15"
                return end, end, "day"
            return (start, end, _range_precision(start, end)) if end > start else None
    except ValueError:
        return None
    return start, start, "day"


# Holidays on a fixed day of the Gregorian calendar: (month, day).
FIXED_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
                  "christmas eve": (12, 24), "christmas night": (12, 25),
                  # the night the year turns, told by the hours after midnight that news of it dates
                  "new year's night": (1, 1)}


def _holiday(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    month, day = FIXED_HOLIDAYS[" ".join(m["holiday"].lower().replace("’", "'").split())]
    year = _stated_or_inferred_year(m, month, day, anchor, tense, None)
    if year is None:
        return None
    start = dt.date(year, month, day)
    return start, start, "day"


def _year_edge(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """ "the first hours of 2017" is New Year's Day, "the final hours of 2016" New Year's Eve."""
    year = int(m["year"])
    day = dt.date(year, 1, 1) if m["edge"].lower() in ("first", "early", "opening") else dt.date(year, 12, 31)
    return day, day, "day"


def _iso(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    try:
        day = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return day, day, "day"


def _numeric(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """15/11/2022 is day-first, 11/15/2022 month-first, 10/04/2024 the one nearest before the anchor."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    options = []
    for day, month in ((first, second), (second, first)):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    chosen = options[0]
    if anchor is not None and len(options) == 2:
        past = [d for d in options if d <= anchor]
        chosen = max(past) if past else min(options)
    return chosen, chosen, "day"


def _month_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    start, end = _month_range(int(m["year"]), MONTH_NUMBERS[m["month"].rstrip(".").lower()],
                              (m["part"] or "").lower())
    return start, end, "month"


def _bare_month(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    if anchor is None:
        return None
    month = MONTH_NUMBERS[m["month"].lower()]
    rel = (m["rel"] or "").lower()
    if m["yrel"]:
        year = _year_told_by_word(m, anchor)
    elif rel == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this" or (tense == "future" and month >= anchor.month):
        year = anchor.year
    elif tense == "future":
        year = anchor.year + 1
    elif tense == "past" or month <= anchor.month:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    else:  # no tense to go by: like a date without a year, up to ~2 months ahead is this year's
        year = anchor.year if (dt.date(anchor.year, month, 1) - anchor).days <= 62 else anchor.year - 1
    start, end = _month_range(year, month, rel)
    return start, end, "month"


def _bare_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    year = int(m["year"])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _weekday(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    if anchor is None:
        return None
    target = WEEKDAY_NUMBERS[m["wd"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    back = (anchor.weekday() - target) % 7  # days since the latest such day, 0 when the anchor is one
    ahead = (target - anchor.weekday()) % 7
    if rel in ("last", "past", "this past"):
        day = anchor - dt.timedelta(days=back or 7)
    elif rel in ("next", "coming"):
        day = anchor + dt.timedelta(days=ahead or 7)
    elif tense == "future":
        day = anchor + dt.timedelta(days=ahead)
    else:
        day = anchor - dt.timedelta(days=back)
    return day, day, "day"


DAY_WORD_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "early today": 0,
    "late today": 0,
    "yesterday": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "late yesterday": -1,
    "early yesterday": -1,
    "last night": 0,
    "overnight": 0,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "tomorrow morning": 1,
    "tomorrow afternoon": 1,
    "tomorrow evening": 1,
    "the day after tomorrow": 2,
}


def _day_word(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    if anchor is None:
        return None
    day = anchor + dt.timedelta(days=DAY_WORD_OFFSETS[" ".join(m[0].lower().split())])
    return day, day, "day"


def _weekend(anchor: dt.date, which: str, tense: str | None) -> tuple[dt.date, dt.date]:
    last_saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    if which == "last":
        saturday = (
            last_saturday
            if last_saturday + dt.timedelta(days=1) < anchor
            else (last_saturday - dt.timedelta(days=7))
        )
    elif which == "next" or (tense == "future" and anchor.weekday() < 5):
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 or 7)
    else:
        saturday = last_saturday
    return saturday, saturday + dt.timedelta(days=1)


def _last_week_end(anchor: dt.date, monday: dt.date) -> dt.date:
    """The end of "last week": the Sunday before the anchor's week, or, written on a Sunday, the Saturday before
    it, as for writers whose week begins on Sunday the days just past are already last week's."""
    return anchor - dt.timedelta(days=1) if anchor.weekday() == 6 else monday - dt.timedelta(days=1)


def _relative_period(mod: str, unit: str, anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """`mod` (last, this, next, earlier this, later this, the past, ...; "" for "the weekend") + `unit`."""
    if anchor is None:
        return None
    if unit == "weekend":
        which = "last" if mod == "last" else "next" if mod in ("next", "the coming") else "this"
        start, end = _weekend(anchor, which, tense)
        return (
            start,
            min(end, anchor) if which == "this" and tense != "future" and start <= anchor else end,
            "week",
        )
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        sunday = monday + dt.timedelta(days=6)
        spans = {
            "last": (monday - dt.timedelta(days=7), _last_week_end(anchor, monday)),
            "the previous": (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)),
            "the past": (anchor - dt.timedelta(days=6), anchor),
            "the last": (anchor - dt.timedelta(days=6), anchor),
            "this": (monday, anchor if tense == "past" else sunday),
            "earlier this": (monday, anchor),
            "later this": (anchor, sunday),
            "next": (monday + dt.timedelta(days=7), sunday + dt.timedelta(days=7)),
            "the coming": (anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=7)),
            "the next": (anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=7)),
        }
    elif unit == "month":
        first, last = _month_range(anchor.year, anchor.month)
        previous = _month_range(*_shift_month(anchor.year, anchor.month, -1))
        following = _month_range(*_shift_month(anchor.year, anchor.month, 1))
        spans = {
            "last": previous,
            "the previous": previous,
            "the past": (anchor - dt.timedelta(days=29), anchor),
            "the last": (anchor - dt.timedelta(days=29), anchor),
            "this": (first, anchor if tense == "past" else last),
            "earlier this": (first, anchor),
            "later this": (anchor, last),
            "next": following,
            "the coming": (anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=30)),
            "the next": (anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=30)),
        }
    else:
        first, last = dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31)
        previous = (dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31))
        spans = {
            "last": previous,
            "the previous": previous,
            "the past": (anchor - dt.timedelta(days=364), anchor),
            "the last": (anchor - dt.timedelta(days=364), anchor),
            "this": (first, anchor if tense == "past" else last),
            "earlier this": (first, anchor),
            "later this": (anchor, last),
            "next": (dt.date(anchor.year + 1, 1, 1), dt.date(anchor.year + 1, 12, 31)),
            "the coming": (anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=365)),
            "the next": (anchor + dt.timedelta(days=1), anchor + dt.timedelta(days=365)),
        }
    start, end = spans[mod]
    return start, end, unit


def _number(word: str) -> int:
    """The value of a `NUMBER` match: "12", "two", "a"."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _ago(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """ "two days ago" is a day; "a week ago" the calendar week it fell in, likewise months and years."""
    if anchor is None:
        return None
    n = _number(m["n"])
    unit = m["unit"].lower()
    if unit == "day":
        day = anchor - dt.timedelta(days=n)
        return day, day, "day"
    if unit == "week":
        day = anchor - dt.timedelta(days=7 * n)
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6), "week"
    if unit == "month":
        start, end = _month_range(*_shift_month(anchor.year, anchor.month, -n))
        return start, end, "month"
    return dt.date(anchor.year - n, 1, 1), dt.date(anchor.year - n, 12, 31), "year"


def _period(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    if m["unit2"] or m["unit3"]:  # "(over) the weekend", "the weekend attack"
        return _relative_period("", "weekend", anchor, tense)
    return _relative_period(" ".join(m["mod"].lower().split()), m["unit"].lower(), anchor, tense)


# "the weekend drone attack", "the weekend's shooting", "killed in a weekend riot": an event the weekend names,
# told as past or near
WEEKEND_EVENT_NOUNS = (r"(?:attacks?|strikes?|bombings?|shootings?|raids?|assaults?|ambush(?:es)?|blasts?|"
                       r"explosions?|shelling|clashes|fighting|violence|killings?|massacre|riots?)")


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    resolve: Callable[[re.Match[str], dt.date | None, str | None], Resolution | None]


def _is_absolute(candidate: _Candidate) -> bool:
    if candidate.kind in ("iso", "numeric", "month_year", "year", "year_edge"):
        return True
    return candidate.kind in ("month_day", "day_month", "holiday") and bool(candidate.match["year"])


PATTERNS = [
    _Pattern(
        "iso",
        re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
        _iso,
    ),
    _Pattern(
        "numeric",
        re.compile(
            rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<year>{YEAR})"
            r"(?![/.]\d)"
        ),
        _numeric,
    ),
    _Pattern(
        "month_day",
        re.compile(
            rf"(?<![\w.])(?:{DAY_PREFIX})?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})"
            # "Aug. 1-2", "August 1 to 2," (not "March 3 to 5 people")
            rf"(?:(?:\s*[-–]\s*|\s+(?:to|into)\s+(?=\d+(?:st|nd|rd|th)?(?:[,.;)]|\s+[A-Z\d]|$)))(?P<day2>{DAY}))?"
            rf"(?:,?\s+(?P<year>{YEAR})|{YEAR_WORD})?"
        ),
        _explicit_day,
    ),
    _Pattern(
        "day_month",
        re.compile(
            rf"(?<![\w.,])(?:{DAY_PREFIX})?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})"
            rf"(?:(?:\s*[-–]\s*|\s+(?:to|into)\s+)(?P<day2>{DAY}))?\s+(?:of\s+)?(?P<month>{MONTH})"
            rf"(?:,?\s+(?P<year>{YEAR})|{YEAR_WORD})?"
        ),
        _explicit_day,
    ),
    _Pattern(
        "holiday",
        re.compile(rf"(?P<holiday>{HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?"),
        _holiday,
    ),
    _Pattern(
        "year_edge",
        re.compile(
            r"(?i:the\s+(?:very\s+)?(?P<edge>first|early|opening|last|final|closing)\s+(?:hours|minutes)\s+of)"
            rf"\s+(?P<year>{YEAR})"
        ),
        _year_edge,
    ),
    _Pattern(
        "month_year",
        re.compile(
            r"(?:(?P<part>(?i:early|mid|late))[\s-]+|(?i:the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
            rf"(?P<month>{MONTH})\s+(?:of\s+)?(?P<year>{YEAR})"
        ),
        _month_year,
    ),
    _Pattern(
        "month",
        re.compile(
            rf"(?:(?P<rel>(?i:last|this|next|early|mid|late))[\s-]+)?(?P<month>{MONTH_FULL})\b"
            rf"(?!\s*\d)(?:{YEAR_WORD})?"
        ),
        _bare_month,
    ),
    _Pattern(
        "year",
        re.compile(rf"(?:(?i:early|mid|late)[\s-]+)?(?<![\d$£€.,])(?P<year>{YEAR})\b(?!\s*[-–%]|\.\d)"),
        _bare_year,
    ),
    _Pattern(
        "weekday",
        re.compile(
            rf"(?:{DAY_PREFIX})?(?:(?P<rel>(?i:last|this\s+past|this|next|past|coming))\s+)?"
            rf"(?P<wd>{WEEKDAY})\b(?:{TIME_OF_DAY})?"
        ),
        _weekday,
    ),
    _Pattern(
        "day_word",
        re.compile(
            r"(?i)\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)"
            r"|(?:earlier|later|early|late)\s+today|(?:early|late)\s+yesterday"
            r"|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?"
            r"|this\s+(?:morning|afternoon|evening)|today|tonight|last\s+night|overnight)\b"
        ),
        _day_word,
    ),
    _Pattern(
        "period",
        re.compile(
            r"(?i)\b(?:(?P<mod>earlier\s+this|later\s+this|last|this|next"
            r"|the\s+(?:past|last|previous|coming|next))\s+(?P<unit>week|month|year|weekend)"
            r"|(?:(?<=over\s)|(?<=at\s)|(?<=during\s))the\s+(?P<unit2>weekend)"
            rf"|(?:(?<=the\s)|(?<=\sa\s))(?P<unit3>weekend)(?=(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}{WEEKEND_EVENT_NOUNS}\b))\b"
        ),
        _period,
    ),
    _Pattern(
        "ago", re.compile(rf"(?<![\w-]){NUMBER}\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b"), _ago
    ),
]
PATTERNS_BY_KIND = {p.kind: p for p in PATTERNS}
# "a day earlier", "two days later", "the previous day", "the night before", "hours earlier", "that morning": a day
# counted from the date the text named just before.
# Followed by a noun phrase ("a day after the strike") they count from an event, not a date, and are left alone;
# "earlier" and "later" take no noun phrase ("the missile that hit it a day earlier killed seven"), nor does "the
# previous day" ("the shelling the previous evening had killed three").
_NO_NOUN_PHRASE_AFTER = r"(?=\s*(?:[.,;:)—–]|$|\s(?:and|but|when|as|while|in|at|on|near|outside|off|by|from|during)\b))"
COUNTED_DAYS = re.compile(
    rf"(?i)\b(?:{NUMBER}\s+days?\s+(?:(?P<adverb>earlier|later)\b|(?P<way>before|after){_NO_NOUN_PHRASE_AFTER})"
    r"|the\s+(?P<word>previous|following|next)\s+(?:day|morning|afternoon|evening|night)\b"
    r"|(?:the\s+(?:day|night|evening|morning)\s+(?P<way2>before|after)|(?P<hours>hours|minutes)\s+(?:earlier|before)"
    r"|(?P<same>that)\s+(?:day|morning|afternoon|evening|night))"
    rf"{_NO_NOUN_PHRASE_AFTER})"
)
COUNTED_DAYS_REACH = 300  # characters back to the date a counted day is read from
# A bare month or year is only a date after a preposition, with a modifier, or inside a spaCy DATE entity.
NEEDS_CONTEXT = {"month", "year"}
# "shortly before 11 pm (2000 GMT)": four digits before a time zone are a clock time in hours, not a year
CLOCK_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|Zulu|local\s+time|hrs|hours)\b")
# "2am (23:00 GMT on Thursday)", "at 1:15 a.m. (2215 GMT Saturday)": the day of a clock time converted to another
# zone is the day in London, not the local day of the event
ZONE_CONVERSION_BEFORE = re.compile(r"\(\s*\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|Zulu)\s*(?:on\s+)?$",
                                    re.IGNORECASE)


def _previous_word(text: str, start: int) -> str:
    found = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 30) : start])
    return found.group(1).lower() if found else ""


def _find_candidates(text: str, doc: Doc | None, bare: bool) -> list[_Candidate]:
    """All non-overlapping expression matches, longest first."""
    date_entities = (
        [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")] if doc else []
    )
    number_entities = (
        [
            (e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT")
        ]
        if doc
        else []
    )
    found: list[_Candidate] = []
    for pattern in PATTERNS:
        for m in pattern.regex.finditer(text):
            candidate = _Candidate(m.start(), m.end(), pattern.kind, m)
            if _plausible(candidate, text, doc, bare, date_entities, number_entities):
                found.append(candidate)
    chosen: list[_Candidate] = []
    for candidate in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        if all(candidate.end <= c.start or c.end <= candidate.start for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _plausible(
    candidate: _Candidate,
    text: str,
    doc: Doc | None,
    bare: bool,
    date_entities: list[tuple[int, int]],
    number_entities: list[tuple[int, int]],
) -> bool:
    m, kind = candidate.match, candidate.kind
    if kind == "year" and CLOCK_ZONE_AFTER.match(text, candidate.end):
        return False
    if ZONE_CONVERSION_BEFORE.search(text[max(0, candidate.start - 30) : candidate.start]):
        return False
    if kind in NEEDS_CONTEXT and not bare:
        if kind == "year" and any(s <= m.start("year") < e for s, e in number_entities):
            return False
        modified = m[0] != m[kind]
        in_entity = any(s <= candidate.start and candidate.end <= e for s, e in date_entities)
        after_preposition = _previous_word(text, candidate.start) in DATE_PREPOSITIONS
        if m[kind] == "May":  # the modal verb and the surname need more than a DATE tag
            return modified or after_preposition
        return modified or after_preposition or in_entity
    if kind == "holiday" and doc is not None:
        token = _token_at(doc, m.end("holiday") - 1)
        # "revellers were celebrating New Year's Eve" names the festivity, not the time of what happened
        if token is not None and token.dep_ == "dobj":
            return False
    if kind == "day_word":
        word = m[0]
        at_sentence_start = re.search(r"(?:^|[.!?\"“\n]\s*)$", text[: candidate.start]) is not None
        if word[0].isupper() and not at_sentence_start:  # "USA Today", "Russia Today"
            return False
        if word.lower() == "overnight" and doc is not None:
            token = _token_at(doc, candidate.start)
            # "an overnight curfew" is no date; "overnight missile strikes" dates the strikes
            if token is not None and (token.pos_ == "ADJ" or token.dep_ in ("amod", "compound")):
                return token.head.lemma_.lower() in TIMED_EVENT_NOUNS
    return True


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _group_ranges(text: str, candidates: list[_Candidate]) -> list[_Expression]:
    """Join "between X and Y", "from X to Y", "X-Y" into ranges and "Monday night into Tuesday" or "Saturday
    evening and Sunday morning" into one night; everything else stands alone."""
    expressions: list[_Expression] = []
    i = 0
    while i < len(candidates):
        first = candidates[i]
        if i + 1 < len(candidates):
            second = candidates[i + 1]
            between = text[first.end : second.start]
            window = text[max(0, first.start - 10) : first.start]
            opener = re.search(r"(?i)\b(between|from)\s+$", window)
            if _one_day_apart(first, second) and (
                (re.fullmatch(r"\s+(?:into|to)\s+", between) and _is_night(first))
                # "attacks from Sunday into Monday": one day running into the next is the night between them
                or (re.fullmatch(r"\s+into\s+", between) and opener is not None and opener[1].lower() == "from")
                or (re.fullmatch(r"\s+and\s+", between) and _is_evening(first) and _is_morning(second))
            ):
                expressions.append(_Expression(first.start, second.end, first, second, night=True))
                i += 2
                continue
            connector = RANGE_CONNECTOR.fullmatch(between)
            if connector and _joinable(connector.group().strip(), opener, first, second):
                start = first.start - (len(window) - opener.start(1)) if opener else first.start
                expressions.append(_Expression(start, second.end, first, second))
                i += 2
                continue
        expressions.append(_Expression(first.start, first.end, first))
        i += 1
    return expressions


def _is_night(candidate: _Candidate) -> bool:
    tod = candidate.match.groupdict().get("tod") or ""
    return tod.lower() == "night" or _is_night_prefix(candidate.match)


def _is_evening(candidate: _Candidate) -> bool:
    """ "Saturday evening", "Saturday night", "late Saturday": the start of a night."""
    tod = (candidate.match.groupdict().get("tod") or "").lower()
    return tod in ("evening", "night") or _prefix(candidate.match).startswith("late")


def _is_morning(candidate: _Candidate) -> bool:
    """ "Sunday morning", "early Sunday", "the early hours of Sunday": the end of a night."""
    tod = (candidate.match.groupdict().get("tod") or "").lower()
    return tod == "morning" or _prefix(candidate.match).startswith(("early", "the early hours"))


def _one_day_apart(first: _Candidate, second: _Candidate) -> bool:
    """Two weekdays in a row ("Monday night into Tuesday"), or two explicit dates a day apart."""
    if first.kind == "weekday" and second.kind == "weekday":
        return (
            WEEKDAY_NUMBERS[second.match["wd"].lower()] - WEEKDAY_NUMBERS[first.match["wd"].lower()]
        ) % 7 == 1
    if first.kind in ("month_day", "day_month") and second.kind in ("month_day", "day_month"):
        (month, day), (next_month, next_day) = _month_and_day(first), _month_and_day(second)
        if month == next_month:
            return next_day - day == 1
        # "the night from 31 August to 1 September": a month's last day, then the next month's first
        return next_month == month % 12 + 1 and next_day == 1 and day >= calendar.monthrange(2023, month)[1]
    return False


def _month_and_day(candidate: _Candidate) -> tuple[int, int]:
    """The month and day of an explicit date ("Nov. 14", "1 September")."""
    day = int(re.match(r"\d+", candidate.match["day"]).group())
    return MONTH_NUMBERS[candidate.match["month"].rstrip(".").lower()], day


def _joinable(connector: str, opener: re.Match[str] | None, first: _Candidate, second: _Candidate) -> bool:
    if opener is None:
        dashed = connector in ("-", "–", "—")
        return (
            dashed and first.kind in ("month_day", "day_month") and second.kind in ("month_day", "day_month")
        )
    if opener.group(1).lower() == "between":
        return connector == "and"
    return connector != "and"


def _range_precision(start: dt.date, end: dt.date) -> str:
    days = (end - start).days + 1
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "year"


def _resolve_candidate(candidate: _Candidate, anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return PATTERNS_BY_KIND[candidate.kind].resolve(candidate.match, anchor, tense)


def _resolve_expression(
    expression: _Expression, anchor: dt.date | None, tense: str | None
) -> Resolution | None:
    if expression.night:
        last = _resolve_candidate(expression.last, anchor, tense)
        if last is None:
            return None
        return last[0], last[0], "day"
    first = _resolve_candidate(expression.first, anchor, tense)
    if expression.last is None or first is None:
        return first
    last = _resolve_candidate(expression.last, anchor, tense)
    if last is None:
        return None
    if last[1] < first[0] and not _is_absolute(expression.first):
        # "from Friday to Monday", "Dec. 28 to Jan. 3": the start is read back from the end
        first = _resolve_candidate(expression.first, last[1], "past")
        if first is None:
            return None
    if last[1] < first[0]:
        return None
    return first[0], last[1], _range_precision(first[0], last[1])


def _is_relative(expression: _Expression) -> bool:
    parts = [expression.first] + ([expression.last] if expression.last else [])
    return not all(_is_absolute(p) for p in parts)


def resolve_relative_date(expression: str, anchor: dt.date, tense: str | None = None) -> Resolution | None:
    """Resolve one time expression read on `anchor` to (start, end, precision); None when it is not one.

    `tense` is "past", "future" or None (present or unknown) for the clause the expression sits in; it decides
    "on Tuesday" (the latest Tuesday on or before the anchor, or the next one for future talk) and friends.
    A leading preposition ("on", "in", "since", ...) is allowed; anything else left over means no match.
    """
    expressions = _group_ranges(expression, _find_candidates(expression, None, bare=True))
    if len(expressions) != 1:
        return None
    found = expressions[0]
    before, after = expression[: found.start], expression[found.end :]
    if not re.fullmatch(r"\W*(?:(?i:on|in|at|since|by|during|over|until|of|for|before|after)\s+)?", before):
        return None
    if not re.fullmatch(r"[\W]*", after):
        return None
    return _resolve_expression(found, anchor, tense)


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause holding the characters [start, end): "past", "future" or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    previous = doc[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_ == "for" and previous.head.pos_ == "VERB" \
            and span.root.dep_ != "poss":
        return "future"  # "called strikes for Tuesday", "scheduled for Monday"; not "gathered for Friday's prayer"
    if (
        previous is not None
        and previous.lower_ in ("until", "till")
        and previous.head.lemma_.lower() in DEFER_LEMMAS
    ):
        return "future"  # "postponed until October"
    token = span.root
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    subject_after = any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in token.children)
    if token.dep_ == "ccomp" and subject_after and token.head.i < span.start:
        # "said in February they would ...": a phrase before the complement's subject belongs to "said"
        token = token.head
    return _verb_tense(token)


def _verb_tense(verb: Token) -> str | None:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lemmas = {a.lemma_.lower() for a in auxiliaries} | {a.lower_ for a in auxiliaries}
    if aux_lemmas & {"will", "shall", "'ll", "wo"}:
        return "future"
    if "would" in aux_lemmas and "have" not in aux_lemmas:
        return "future"
    past_aux = any(a.tag_ == "VBD" for a in auxiliaries)
    if verb.lemma_.lower() in FUTURE_LEMMAS and verb.tag_ != "VBD" and not past_aux and not _sets_something(verb):
        return "future"
    if "to" in aux_lemmas and verb.head.i != verb.i:
        governor = verb.head
        if governor.lemma_.lower() in FUTURE_LEMMAS and governor.tag_ != "VBD":
            return "future"
        if governor.pos_ in ("VERB", "AUX"):
            return _verb_tense(governor)
    if verb.tag_ in ("VBD", "VBN") or past_aux or aux_lemmas & {"have", "has", "had"}:
        return "past"
    return None


def _sets_something(verb: Token) -> bool:
    """ "rioters set fire to the council building": "set" with an object of its own is a deed (its past tense
    looks like its present), not "is set to meet", which looks ahead."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "dobj" for c in verb.children)


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def document_anchor(doc: Doc, document: Document) -> tuple[dt.date, str] | None:
    """The date relative expressions are read against, and its kind ("published" or "document").

    Without `document.published`, the text's own full explicit dates are ranked: a dateline or a
    "Published ..."/line-opening date first, then weekday-bearing dates ("Tuesday, Nov. 15, 2022", as in
    photo captions), then any other full date that is not in future talk or after "since"/"until"; the
    latest date of the best rank wins. A dateline without a year ("KYIV, Nov 16 (Reuters) -") takes the
    first year that puts it on or after the other full dates in the text (without any: the latest year that
    puts it on or before today).
    """
    published = _parse_published(document.published)
    if published is not None:
        return published, "published"
    text = doc_text(doc)
    ranked: list[tuple[int, dt.date]] = []
    for expression in _group_ranges(text, _find_candidates(text, doc, bare=False)):
        candidate = expression.first
        if (
            expression.last is not None
            or not _is_absolute(candidate)
            or candidate.kind in ("month_year", "year")
        ):
            continue
        resolved = _resolve_candidate(candidate, None, None)
        if resolved is None:
            continue
        ranked.append((_anchor_rank(text, doc, candidate, resolved[0]), resolved[0]))
    full_dates = [day for _, day in ranked]  # historical ones too: a dateline comes after them
    for dateline in DATELINE.finditer(text):
        day = _dateline_date(dateline["date"], full_dates)
        if day is not None:
            ranked.append((3, day))
    ranked = [(rank, day) for rank, day in ranked if rank > 0]
    if not ranked:
        return None
    return max(ranked)[1], "document"


def _anchor_rank(text: str, doc: Doc, candidate: _Candidate, day: dt.date) -> int:
    """3: "Published ..." or opening a line; 2: with a matching weekday; 1: other; 0: unusable."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    before = text[line_start : candidate.start]
    if PUBLICATION_MARKER.search(before) or not before.strip():
        return 3
    if (
        candidate.match.groupdict().get("wd")
        and WEEKDAY_NUMBERS[candidate.match["wd"].lower()] == day.weekday()
    ):
        return 2
    sentence = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if (
        _previous_word(text, candidate.start) in ("since", "until", "till", "by", "before")
        or (clause_tense(doc, candidate.start, candidate.end) == "future")
        or (sentence is not None and "anniversary" in sentence.sent.text.lower())
    ):
        return 0
    return 1


def _dateline_date(date_text: str, full_dates: list[dt.date]) -> dt.date | None:
    m = PATTERNS_BY_KIND["month_day"].regex.fullmatch(date_text)
    if m is None:
        return None
    if m["year"]:
        resolved = _explicit_day(m, None, None)
        return resolved[0] if resolved else None
    month, day = MONTH_NUMBERS[m["month"].rstrip(".").lower()], int(re.match(r"\d+", m["day"]).group())
    if full_dates:
        latest = max(full_dates)
        for year in (latest.year, latest.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate >= latest:
                return candidate
        return None
    today = dt.date.today()
    for year in (today.year, today.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _counted_days(text: str, values: list[DateValue], document: Document) -> list[DateValue]:
    """ "The US on Thursday condemned the killings a day earlier": each counted day read from the one-day date
    named last before it, in its sentence or the one before (across a paragraph only when it opens one); none
    without such a date."""
    counted = []
    for m in COUNTED_DAYS.finditer(text):
        # a date of its own inside the span ("hours earlier on Monday") is the day, not a count from the last one
        if document.is_boilerplate(m.start(), m.end()) or any(v.start < m.end() and m.start() < v.end for v in values):
            continue
        # a paragraph opening with it ("Hours earlier, ...") counts from the paragraph before
        opens_paragraph = not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        before = [v for v in values if v.end <= m.start() and v.precision == "day"
                  and m.start() - v.end <= COUNTED_DAYS_REACH
                  and (opens_paragraph or "\n" not in text[v.end : m.start()])]  # fmt: skip
        if not before:
            continue
        if m["hours"] or m["same"]:  # "Hours earlier, a missile hit the museum", "that morning": the same day
            offset = 0
        else:
            days = _number(m["n"]) if m["n"] else 1
            way = m["adverb"] or m["way"] or m["way2"] or m["word"]
            backwards = way.lower() in ("earlier", "before", "previous")
            offset = -days if backwards else days
        day = dt.date.fromisoformat(before[-1].date_end) + dt.timedelta(days=offset)
        counted.append(DateValue(text=text[m.start() : m.end()], start=m.start(), end=m.end(),
                                 date_start=day.isoformat(), date_end=day.isoformat(), precision="day",
                                 anchor=before[-1].anchor or "document", tense=before[-1].tense))  # fmt: skip
    return counted


# Lemmas of a statement, and nouns of one made ("made the announcement on Nov. 29"): the day of the telling. Not
# "added", which goes on with a statement whose day was told before it.
STATEMENT_LEMMAS = REPORTING_VERBS - {"add"} | CONFIRMING_VERBS | WRITING_VERBS | {"declare"}
STATEMENT_NOUNS = {"announcement", "statement", "remark", "comment", "address", "briefing"}
# Roles of a day that is the matter of a statement rather than its time: its subject or object.
TOLD_DAY_ROLES = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}


def _statement_day(doc: Doc, expression: _Expression, earlier: list[DateValue]) -> dt.date | None:
    """The day a speaker spoke, told earlier in the sentence, that a bare "overnight" or "last night" is read
    from: "the governor said on Tuesday that drones had attacked overnight" is the night into Tuesday."""
    if expression.last is not None or expression.first.kind != "day_word" \
            or " ".join(expression.first.match[0].lower().split()) not in ("overnight", "last night"):
        return None
    token = _token_at(doc, expression.start)
    if token is None:
        return None
    sentence = token.sent
    for value in reversed(earlier):
        if value.precision != "day" or not sentence.start_char <= value.start < expression.start:
            continue
        verb = _token_at(doc, value.start)
        below_verb = verb
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            below_verb, verb = verb, verb.head
        # a day that is what was said, not when ("July 4 has been declared a day of mourning"), tells no telling day
        if below_verb is not None and below_verb.dep_ in TOLD_DAY_ROLES:
            return None
        if verb is not None and (verb.lemma_.lower() in STATEMENT_LEMMAS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in verb.children)):
            return dt.date.fromisoformat(value.date_end)
        return None
    return None


def _after_anchor(start: dt.date, anchor: dt.date) -> bool:
    """True for a time that begins after the day the text is read against (a day's grace for time zones): it is
    still to come, whatever the tense of its clause ("ahead of the elections on June 9", "fails to pass it by
    June")."""
    return start > anchor + dt.timedelta(days=1)


def extract_dates(doc: Doc, document: Document) -> list[DateValue]:
    """Every time expression in the document that resolves, in text order, but the report's own timestamp line
    ("Wednesday, 25 September 2019, 11:20" under a headline), which dates no event.

    Absolute dates carry anchor None; relative ones (including "Oct. 10" without a year) carry the anchor kind
    and the clause tense (future for one that begins after the anchor day), and are dropped when the document
    offers no anchor at all. A counted day ("a day earlier") is read from the date named before it and carries
    that date's anchor.
    """
    text = doc_text(doc)
    anchored = document_anchor(doc, document)
    anchor, anchor_kind = anchored if anchored else (None, None)
    values: list[DateValue] = []
    for expression in _group_ranges(text, _find_candidates(text, doc, bare=False)):
        if document.is_boilerplate(expression.start, expression.end) \
                or is_timestamp_line(text, expression.start, expression.end):
            continue
        relative = _is_relative(expression)
        if relative and anchor is None:
            continue
        tense = clause_tense(doc, expression.start, expression.end) if relative else None
        spoken = _statement_day(doc, expression, values)
        resolved = _resolve_expression(expression, spoken or anchor, tense)
        if resolved is None:
            continue
        start, end, precision = resolved
        if relative and _after_anchor(start, anchor):
            tense = "future"
        values.append(
            DateValue(
                text=document.text[expression.start : expression.end],
                start=expression.start,
                end=expression.end,
                date_start=start.isoformat(),
                date_end=end.isoformat(),
                precision=precision,
                anchor=anchor_kind if relative else None,
                tense=tense if relative else None,
            )
        )
    return sorted(values + _counted_days(text, values, document), key=lambda value: value.start)
