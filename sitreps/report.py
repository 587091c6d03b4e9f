"""Situation reports: the canonical events of a period and region, written up the way an analyst would.

In: a `Store`, a period (`since`, `until`, inclusive ISO dates) and a country (ISO2, ISO3 or name), all
optional. Out: a sitrep in Markdown or HTML, OCHA/ACLED-style - a summary paragraph with the headline figures
(events, places, people killed with a range, the deadliest events); day by day, the well-supported events as one
or two plain sentences each, the source of every figure cited compactly ("Ukraine's emergency services via The
Guardian, 11 Oct [6]": the source whose attributed words hold the figure) with the reference numbers of every
report behind the event, and a toll its report tells for the whole country told as the country's, not the town's;
disagreements stated once, where reports really split; then a labelled short list of single-source or
low-confidence reports; a fatalities table; a map over Natural Earth country outlines and a daily chart, both
SVG; and the numbered Sources list.
Markdown writes the two images beside the report (OUT.stem + "-map.svg", "-chart.svg"); HTML embeds them.
Article text is hostile input: everything taken from it is escaped.

Well supported: at least WELL_SUPPORTED_SOURCES independent sources and confidence >= WELL_SUPPORTED_CONFIDENCE.
Everything else is listed briefly; an event below LISTED_CONFIDENCE that reports no deaths is counted, not listed.
The headline death toll counts a toll once when two events take it from the same report, or when two reports
tell it for a town and for the region around it (see `toll_groups`).
"""

from __future__ import annotations

import difflib
import html
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitreps.attribution import source_label
from sitreps.gazetteer import haversine_km
from sitreps.models import Attribution, Span
from sitreps.outlets import outlet_name
from sitreps.outputs import (
    EVENT_TYPE_COLOURS,
    OTHER_EVENT_COLOUR,
    date_phrase,
    event_sort_key,
    lookup_country,
    place_phrase,
    type_phrase,
)
from sitreps.store import Store

DATA_DIR = Path(__file__).resolve().parent / "data"
WORLD_ATLAS = DATA_DIR / "world-atlas-countries-50m.json"
BACKGROUND_DAYS = 7
WELL_SUPPORTED_SOURCES = 2  # independent sources (distinct outlets and named sources that are not republications)
WELL_SUPPORTED_CONFIDENCE = 0.5
LISTED_CONFIDENCE = 0.3  # below this an event that reports no deaths is counted, not listed
# Strategic developments a one-line clause cannot word usefully ("A change in Russian forces' activity in Kherson")
VAGUE_TYPES = {"Change to group/activity", "Agreement", "Other"}
SPLIT_REPORTS = 2  # a disagreement is stated when at least this many reports give each of two values
DEADLIEST = 3
# A source label with the speaker's title: "Vitali Klitschko (Mayor)".
SOURCE_LABEL = re.compile(r"(?P<name>[^()]+?) \((?P<title>[^()]+)\)")
# A district of a town, or an area at its edge, lies within this distance of the town's point.
TOWN_AND_DISTRICT_KM = 15.0
# Words that spread a sentence over a whole country ({country}: its name); its toll is then the country's ("the
# attacks, which forced all of Ukraine's nuclear plants offline, killed 10" tells of every region's strikes).
COUNTRY_WIDE = (r"\bnationwide\b|\b(?:across|throughout|around|all over) (?:the country|{country})\b"
                r"|\ball of (?:the country|{country})'s\b"
                r"|\b(?:the )?(?:whole|entire) (?:of )?(?:the country|{country})\b")
CONFLICT_NAMES = {
    "date": "the date",
    "location": "the place",
    "sub_event_type": "the kind of event",
    "event_type": "the kind of event",
    "actor1": "who carried it out",
    "actor2": "who was targeted",
}
MAIN_REGION_SHARE = 0.1  # a country with this share of the events is named in the title
# Words that attribution sometimes takes for a source; a citation names no one with them.
PRONOUNS = {
    "it",
    "they",
    "he",
    "she",
    "we",
    "this",
    "that",
    "these",
    "those",
    "nothing",
    "someone",
    "who",
    "its government",
    "his office",
    "her office",
}
MAP_WIDTH, MAP_HEIGHT = 720, 480
CHART_WIDTH, CHART_PANEL_HEIGHT = 720, 120
MAX_CHART_DAYS = 92  # longer periods are charted by week
MAX_RADIUS, MAX_LABELS = 22.0, 12
# The weapon a strike is worded with, from the words of its reports (first match wins).
STRIKE_WEAPONS = (
    ("missile", "missiles"),
    ("rocket", "rockets"),
    ("drone", "drones"),
    ("shahed", "drones"),
    ("shell", "shelling"),
    ("artillery", "shelling"),
    ("mortar", "shelling"),
)
STRIKE_TYPES = ("Shelling/artillery/missile attack", "Air/drone strike")
# The noun for a strike no actor is named for: "A drone attack hit Odesa".
STRIKE_NOUNS = {"missiles": "missile strike", "rockets": "rocket attack", "drones": "drone attack",
                "air strikes": "air strike", "missiles or artillery": "missile or artillery strike"}  # fmt: skip
# The noun for an explosion of unknown or disputed kind, the first its reports use ("explosion" by default).
EXPLOSION_NOUNS = ("explosion", "blast")
# Words of a report that tell a protest, a celebration, looting or destruction (case-folded stems).
PROTEST_CUES = ("protest", "demonstrat", "rally", "rallied", "marched", "picket", "sit-in")
CELEBRATION_CUES = ("celebrat", "jubilant", "cheer", "rejoic", "festiv")
LOOTING_CUES = ("loot", "plunder", "pillag", "stole", "steal", "emptied", "ransack")
DESTRUCTION_CUES = ("destroy", "demolish", "burn", "torch", "set fire", "wreck", "blew up", "blown up")
# The kinds of agreement told in their own words: (evidence pattern, verb phrase with parties, without them).
AGREEMENT_KINDS = (
    (re.compile(r"\bprisoners?\b.{0,60}\b(?:exchang|swap)|\b(?:exchang|swap)\w*\b.{0,60}\bprisoners?\b"),
     "exchanged prisoners", "Prisoners were exchanged"),
    (re.compile(r"\b(?:ceasefire|cease-fire|truce)\b"), "agreed a ceasefire", "A ceasefire was agreed"),
    (re.compile(r"\bpeace (?:deal|agreement|accord|treaty)\b"), "signed a peace deal", "A peace deal was signed"),
)
# Actors an agreement concerns rather than makes.
BYSTANDERS = {"civilians", "protesters", "rioters"}
# Words of a report that say a weapon was shot down rather than seized or defused.
INTERCEPTION_CUES = ("shot down", "shoot down", "intercept", "downed", "destroyed in the air", "air defen", "repel")
# Sub-event types told as "who did what to whom": the verb and the target when the reports name none.
PERSON_VERBS = {
    "Attack": ("attacked", "people"),
    "Arrests": ("arrested", "people"),
    "Abduction/forced disappearance": ("abducted", "people"),
    "Mob violence": ("attacked", "people"),
    "Excessive force against protesters": ("used force against", "protesters"),
}
# A place named like a facility takes "at the": "at the Crimean Bridge", "at the Zaporizhzhia Nuclear Power Plant".
FACILITY_NAME = re.compile(
    r"\b(?:Bridge|Plant|Station|Dam|Airport|Air Base|Port|Refinery|Depot|Camp|Hospital)(?=$| \(|,)"
)
# Actor names ACLED-style, reworded for prose: "Military Forces of Russia (2000-)" -> "Russian forces".
STATE_ACTOR = re.compile(r"^(Military|Police) Forces of (?P<country>.+?)(?: \(\d{4}-\d{0,4}\))?(?: (?P<unit>.+))?$")
GROUP_ACTOR = re.compile(r"^(?P<group>Civilians|Protesters|Rioters|Unidentified Armed Group) \((?P<country>.+)\)$")

# A name ending in the noun of a kind of body takes "the": "the Wagner Group", "the Rapid Support Forces".
ORGANISATION_NAME = re.compile(
    r"^(?!the )\S.* (?:Group|Army|Front|Movement|Party|Brigade|Battalion|Regiment|Militia|Council|Committee|Ministry"
    r"|Alliance|Union|Organi[sz]ation|Guard|Corps|Legion|Forces|Service|Navy|Fleet)(?: \([^)]*\))?$"
)


@dataclass
class Citation:
    """One report behind an event: its number in the sources list, what it says and who gave its figure."""

    number: int
    outlet: str | None  # None when the report names no outlet
    published: str | None
    sources: list[str]
    fatalities: int | None
    open_ended: bool = False  # "at least 11"
    figure_sources: list[str] = field(default_factory=list)  # who the report credits for its figure
    document: str = ""
    country_wide: bool = False  # the figure's sentence tells it for the whole country ("across Ukraine")


@dataclass
class EventItem:
    event: dict[str, Any]
    citations: list[Citation] = field(default_factory=list)

    @property
    def well_supported(self) -> bool:
        return is_well_supported(self.event)


@dataclass
class Sitrep:
    title: str
    period: tuple[str | None, str | None]
    region: str
    items: list[EventItem]  # the events described, in reading order: well supported by day, then the rest
    documents: list[dict[str, Any]]  # cited reports, in citation-number order
    background: int = 0  # events left out as older than the reporting period
    unlisted: int = 0  # events left out as too uncertain (below LISTED_CONFIDENCE, no deaths)
    country: str | None = None  # ISO2 of the country most events are in; places there are named without it


@dataclass
class Block:
    """A piece of the sitrep without markup, for the Markdown and HTML renderers: a "heading" (`text`, `level`),
    a "paragraph" (`text`; `muted` for notes), a "list" of (bold lead or "", text) `items`, a "table"
    (`header`, `rows`), the "images", or the "sources" list."""

    kind: str
    text: str = ""
    level: int = 2
    muted: bool = False
    items: list[tuple[str, str]] = field(default_factory=list)
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)


def is_well_supported(event: dict[str, Any]) -> bool:
    """Corroborated by independent sources and extracted with fair confidence."""
    return ((event.get("independent_sources") or 0) >= WELL_SUPPORTED_SOURCES
            and (event.get("confidence") or 0) >= WELL_SUPPORTED_CONFIDENCE)  # fmt: skip


def is_itemised(event: dict[str, Any]) -> bool:
    """Whether a single-source or low-confidence event gets a clause of its own: it reports a toll, or it names a
    place finer than a country and is not one of the VAGUE_TYPES."""
    if _best(event) is not None:
        return True
    return event.get("sub_event_type") not in VAGUE_TYPES and not _placed_only_in_a_country(event)


def _placed_only_in_a_country(event: dict[str, Any]) -> bool:
    location = event.get("location") or {}
    return not location.get("name") or _country_named(location) is not None


def _country_named(location: dict[str, Any]) -> dict[str, Any] | None:
    """The country record when the location's name is its country's own name, else None."""
    record = lookup_country(location.get("country_code"))
    return record if record and _same_name(str(location.get("name") or ""), record["name"]) else None


def _is_listed(event: dict[str, Any]) -> bool:
    return (is_well_supported(event) or (event.get("confidence") or 0) >= LISTED_CONFIDENCE
            or _best(event) is not None)  # fmt: skip


def _plain_day(iso: str | None) -> str:
    if not iso:
        return "an unknown date"
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B %Y')}"


def _day_month(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')}"


def _short_day(iso: str | None) -> str:
    if not iso:
        return "undated"
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%b')}"


def _weekday(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def _toll(fatalities: dict[str, Any] | None) -> int | None:
    for key in ("min", "max"):
        if isinstance((fatalities or {}).get(key), int):
            return fatalities[key]
    return None


def _best(event: dict[str, Any]) -> int | None:
    fatalities = event.get("fatalities") or {}
    for key in ("best", "min", "max"):
        if isinstance(fatalities.get(key), int):
            return fatalities[key]
    return None


def _weight(item: EventItem) -> tuple[int, int, float]:
    event = item.event
    return (_best(event) or 0, event.get("independent_sources") or 0, event.get("confidence") or 0.0)


def _reading_order(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Well-supported events by day, the deadliest and best-sourced first, those with approximate dates after;
    then the rest by date."""

    def by_day(event: dict[str, Any]) -> tuple[bool, str, tuple[float, ...], str]:
        event_date = event.get("date") or {}
        approximate = event_date.get("precision") != "day" or not event_date.get("start")
        weight = _weight(EventItem(event))
        return approximate, event_sort_key(event)[0], tuple(-n for n in weight), str(event.get("id"))

    main = sorted((e for e in events if is_well_supported(e)), key=by_day)
    rest = sorted((e for e in events if not is_well_supported(e)), key=by_day)
    return main + rest


def build_sitrep(
    store: Store, since: str | None = None, until: str | None = None, country: str | None = None
) -> Sitrep:
    """Gather the period's events, put them in reading order and number the reports they cite in that order."""
    events = sorted(store.events(since=since, until=until, country=country), key=event_sort_key)
    background = 0
    if not since and not until:
        events, background = _within_reporting(events)
    listed = [e for e in events if _is_listed(e)]
    unlisted = len(events) - len(listed)
    events = _reading_order(listed)
    all_documents = list(dict.fromkeys(str(ev.get("document")) for e in events for ev in e.get("evidence") or []))
    summaries = store.document_summaries(all_documents)
    numbers: dict[str, int] = {}
    stored: dict[str, dict[str, Any]] = {}
    items = []
    for event in events:
        item = EventItem(event)
        for evidence in event.get("evidence") or []:
            document = str(evidence.get("document"))
            if document not in numbers:
                numbers[document] = len(numbers) + 1
            known = next((c for c in item.citations if c.number == numbers[document]), None)
            figure = _toll(evidence.get("fatalities"))
            open_ended = (evidence.get("fatalities") or {}).get("max") is None
            sources = list(evidence.get("sources") or [])
            if known is None:
                outlet = outlet_name(evidence.get("outlet") or summaries.get(document, {}).get("outlet"))
                known = Citation(numbers[document], outlet, evidence.get("published"), [], None, document=document)
                item.citations.append(known)
            # a report's several mentions: its highest figure, who gave that figure, and all its sources
            known.sources += [s for s in sources if s not in known.sources]
            if figure is not None and (known.fatalities is None or figure > known.fatalities):
                known.fatalities, known.open_ended = figure, open_ended
                mention = _stored_mention(store, evidence, stored)
                known.figure_sources = figure_source(evidence, _mention_attributions(stored, evidence, mention),
                                                     mention.get("quantities") or [])
                known.country_wide = tells_country_wide(evidence, event.get("location"))
        items.append(item)
    documents = [{"number": n, "id": d, **summaries.get(d, {})} for d, n in numbers.items()]
    record = lookup_country(country) if country else None
    region = (record["name"] if record else country) if country else _region([item.event for item in items])
    dated = [e["date"]["start"] for e in events if (e.get("date") or {}).get("precision") == "day"] or [
        e["date"]["start"] for e in events if (e.get("date") or {}).get("start")
    ]
    period = (since or (min(dated) if dated else None), until or (max(dated) if dated else None))
    title = f"Situation report: {region}, {_period_label(period)}"
    codes = Counter((e.get("location") or {}).get("country_code") for e in events)
    codes.pop(None, None)
    main_country = (record or {}).get("iso") or (codes.most_common(1)[0][0] if codes else None)
    return Sitrep(title, period, region, items, documents, background, unlisted, main_country)


def tells_country_wide(evidence: dict[str, Any], location: dict[str, Any] | None) -> bool:
    """Whether the evidence sentence tells its toll for the whole country of an event placed in one of its towns or
    regions: "missiles hit cities across Ukraine, killing at least 11 people" counts the dead of every city, not
    only of the one the event is placed in."""
    text = str(evidence.get("text") or "")
    figure = str((evidence.get("fatalities") or {}).get("text") or "")
    record = lookup_country((location or {}).get("country_code"))
    if not figure or figure.casefold() not in text.casefold() or not record or _country_named(location or {}):
        return False
    return re.search(COUNTRY_WIDE.format(country=re.escape(record["name"])), text, re.IGNORECASE) is not None


def _stored_mention(store: Store, evidence: dict[str, Any], stored: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An evidence's mention from its stored document (documents kept in `stored` by id); empty when gone."""
    document_id = str(evidence.get("document"))
    if document_id not in stored:
        stored[document_id] = store.document(document_id) or {}
    mentions = stored[document_id].get("events") or []
    return next((m for m in mentions if m["id"] == evidence.get("mention")), {})


def _mention_attributions(stored: dict[str, dict[str, Any]], evidence: dict[str, Any], mention: dict[str, Any]
                          ) -> list[dict[str, Any]]:
    """The attributions of an evidence's mention, from its stored document (kept in `stored` by id)."""
    attributions = stored.get(str(evidence.get("document")), {}).get("attributions") or []
    return [attributions[i] for i in mention.get("attributions") or [] if 0 <= i < len(attributions)]


def figure_source(evidence: dict[str, Any], attributions: list[dict[str, Any]],
                  quantities: list[dict[str, Any]] | None = None) -> list[str]:
    """Who a report credits for its toll: the named source of the mention's attribution whose content holds the
    figure ("[...killing 19 people], Ukraine's emergency services said"), in the evidence sentence or, when the
    mention took its toll from another sentence, where its `quantities` place that figure; none when no
    attribution's content holds it (the outlet is then cited alone rather than a source that said something else
    in the same sentence). `attributions` and `quantities` are the mention's, in the contract's shape."""
    text = str(evidence.get("text") or "").casefold()
    figure = str((evidence.get("fatalities") or {}).get("text") or "").casefold()
    at = text.find(figure) if figure else -1
    if at >= 0 and isinstance(evidence.get("start"), int):
        at += evidence["start"]
    else:
        at = next((q["start"] for q in quantities or [] if figure and str(q.get("text") or "").casefold() == figure
                   and isinstance(q.get("start"), int)), -1)
    if at < 0:
        return []
    holding = [a for a in attributions if (a.get("content") or {}).get("start", at + 1) <= at
               < (a.get("content") or {}).get("end", at)]  # fmt: skip
    # the narrowest content is the nearest speaker: "the mayor said [police told him [seven died]]"
    for attribution in sorted(holding, key=lambda a: a["content"]["end"] - a["content"]["start"]):
        label = _source_label(attribution)
        if label and label.casefold() not in PRONOUNS:
            return [label]
    return []


def _source_label(attribution: dict[str, Any]) -> str:
    """The label the events list a contract-shaped attribution's source by ("Vitali Klitschko (Mayor)")."""
    source = attribution.get("source")
    if not source:
        return ""
    return source_label(Attribution(
        Span(source["text"], source["start"], source["end"]), source.get("kind"),
        Span(**attribution["cue"]), Span(**attribution["content"]), source.get("name"), source.get("role"),
    ))


def _and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _region(events: list[dict[str, Any]]) -> str:
    """The countries where most of the events happened (those with a tenth of them, three at most), and how
    many others had a few."""
    names = Counter((lookup_country((e.get("location") or {}).get("country_code")) or {}).get("name") for e in events)
    names.pop(None, None)
    if not names:
        return "all regions"
    ranked = names.most_common()
    main = [name for name, count in ranked if count >= MAIN_REGION_SHARE * len(events)][:3] or [ranked[0][0]]
    others = len(ranked) - len(main)
    if not others:
        return _and_list(main)
    return ", ".join(main) + f" and {others} other {'country' if others == 1 else 'countries'}"


def _within_reporting(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Without a period asked for, the sitrep covers the reporting period: events dated from a week before the
    first report to the last one. Older events the reports mention (background the extraction did not flag
    as such) are counted, not described."""
    reported = [e["first_reported"] for e in events if e.get("first_reported")]
    if not reported:
        return events, 0
    earliest = (date.fromisoformat(min(reported)) - timedelta(days=BACKGROUND_DAYS)).isoformat()
    kept = [e for e in events if ((e.get("date") or {}).get("end") or earliest) >= earliest]
    return kept, len(events) - len(kept)


def _period_label(period: tuple[str | None, str | None]) -> str:
    start, end = period
    if not start and not end:
        return "no events"
    if start == end or not end:
        return _plain_day(start)
    if not start:
        return f"until {_plain_day(end)}"
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{_plain_day(end)}"
    if first.year == last.year:
        return f"{first.day} {first.strftime('%B')} – {_plain_day(end)}"
    return f"{_plain_day(start)} – {_plain_day(end)}"


# Tolls counted once


def toll_groups(items: list[EventItem]) -> list[list[EventItem]]:
    """The events with a death toll, grouped where two of them carry the same toll: both take a figure from the
    same sentence of a report, a report gives the same figure for both on the same day and nothing places them
    apart (see `_not_apart`), or two reports tell one toll at two scales (see `_retold_for_its_region`). A group's
    toll is counted once."""
    with_toll = [item for item in items if _best(item.event) is not None]
    parent = list(range(len(with_toll)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    figures = [_figure_keys(item.event) for item in with_toll]
    for i in range(len(with_toll)):
        for j in range(i + 1, len(with_toll)):
            sentences_i, reports_i = figures[i]
            sentences_j, reports_j = figures[j]
            same_report_figure = reports_i & reports_j and _not_apart(with_toll[i].event, with_toll[j].event)
            regional_retelling = _retold_for_its_region(with_toll[i].event, with_toll[j].event)
            if sentences_i & sentences_j or same_report_figure or regional_retelling:
                parent[root(j)] = root(i)
    groups: dict[int, list[EventItem]] = {}
    for index, item in enumerate(with_toll):
        groups.setdefault(root(index), []).append(item)
    return list(groups.values())


def _retold_for_its_region(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Two reports give the same toll for the same kind of event on the same day, one placing it only in the
    region or country that holds the other's place: one event told at two scales, not two events."""
    if _best(first) != _best(second) or first.get("event_type") != second.get("event_type"):
        return False
    days = {(event.get("date") or {}).get("start") for event in (first, second)}
    if len(days) != 1 or None in days:
        return False
    for wide, narrow in ((first, second), (second, first)):
        area, place = wide.get("location") or {}, narrow.get("location") or {}
        if (area.get("geo_precision") or 3) < 3 or (place.get("geo_precision") or 3) >= 3:
            continue
        if area.get("country_code") != place.get("country_code"):
            continue
        if _country_named(area) or _same_name(str(area.get("admin1") or ""), str(place.get("admin1") or "")):
            return True
    return False


def _figure_keys(event: dict[str, Any]) -> tuple[set[tuple[str, Any, Any]], set[tuple[str, int, str]]]:
    """The sentences the event's figures come from (document, start, end), and (document, figure, day)."""
    sentences, reports = set(), set()
    day = str((event.get("date") or {}).get("start") or "")
    for evidence in event.get("evidence") or []:
        figure = _toll(evidence.get("fatalities"))
        if figure is not None:
            sentences.add((str(evidence.get("document")), evidence.get("start"), evidence.get("end")))
            reports.add((str(evidence.get("document")), figure, day))
    return sentences, reports


def _not_apart(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Nothing places the two events apart: the same place, one known only to a region or country, or one a
    district or the outskirts of the other's town (within TOWN_AND_DISTRICT_KM of it)."""
    place_a, place_b = first.get("location") or {}, second.get("location") or {}
    precisions = {place_a.get("geo_precision") or 3, place_b.get("geo_precision") or 3}
    if max(precisions) >= 3:
        return True
    if str(place_a.get("name") or "").casefold() == str(place_b.get("name") or "").casefold():
        return True
    points = [(place.get("lat"), place.get("lon")) for place in (place_a, place_b)]
    if 2 not in precisions or not all(isinstance(c, int | float) for point in points for c in point):
        return False
    return haversine_km(*points[0], *points[1]) <= TOWN_AND_DISTRICT_KM


def _group_figures(group: list[EventItem]) -> tuple[int, int, int]:
    """A group's toll (the highest latest figure of its events) and its lowest and highest reported figures."""
    best = max(_best(item.event) or 0 for item in group)
    low = max(_figure(item.event, "min") for item in group)
    high = max(_figure(item.event, "max") for item in group)
    return best, min(low, best), max(high, best)


def _figure(event: dict[str, Any], key: str) -> int:
    value = (event.get("fatalities") or {}).get(key)
    return value if isinstance(value, int) else (_best(event) or 0)


# Wording. Each returns plain text; the renderers escape it.


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """ISO2 -> the first demonym in the places stage's demonyms.tsv ("RU" -> "Russian")."""
    demonyms = {}
    for line in (DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "country_code")) and "\t" in line:
            code, forms = line.split("\t", 1)
            demonyms[code.strip().upper()] = forms.split("|")[0].strip()
    return demonyms


def _demonym(country: str) -> str | None:
    record = lookup_country(country)
    return _demonyms().get(record["iso"]) if record else None


def actor_words(actor: dict[str, Any] | None) -> str:
    """An actor as a person would write it: "Russian forces", "Ukrainian police", "the Russian government",
    "civilians", "an unidentified armed group", "the Wagner Group"; other names as they are."""
    name = str((actor or {}).get("name") or "").strip()
    if not name:
        return ""
    state = STATE_ACTOR.match(name)
    if state:
        demonym = _demonym(state["country"])
        noun = "forces" if state.group(1) == "Military" else "police"
        if state["unit"]:
            return name
        return f"{demonym} {noun}" if demonym else f"{noun} of {state['country']}"
    if name.startswith("Government of "):
        demonym = _demonym(name.removeprefix("Government of "))
        return f"the {demonym} government" if demonym else f"the government of {name.removeprefix('Government of ')}"
    group = GROUP_ACTOR.match(name)
    if group:
        return "an unidentified armed group" if group["group"].startswith("Unidentified") else group["group"].lower()
    return f"the {name}" if ORGANISATION_NAME.search(name) else name


def _weapon(event: dict[str, Any]) -> str:
    words = _evidence_words(event)
    return next((weapon for stem, weapon in STRIKE_WEAPONS if stem in words), "")


def _where(event: dict[str, Any], country: str | None) -> str:
    """ "Kyiv", "Vilnyansk (Zaporizhia)", "Moscow, Russia" (the country named when it is not the report's main
    one); a place known only to a region is "the Lviv area", to a country "Ukraine (no town given)"."""
    location = event.get("location")
    if not location or not location.get("name"):
        return ""
    name, admin1 = str(location["name"]), str(location.get("admin1") or "")
    if country_itself := _country_named(location):
        name = country_itself["name"]
        return f"{name} (no town given)" if (location.get("geo_precision") or 3) >= 3 else name
    record = lookup_country(location.get("country_code"))
    place = f"{name} ({admin1})" if admin1 and not _same_name(name, admin1) else name
    if (location.get("geo_precision") or 3) >= 3:
        place = f"the {place} area"
    if record and record["iso"] != (country or "").upper():
        place += f", {record['name']}"
    return place


def _same_name(name: str, other: str) -> bool:
    """ "Kyiv" and "Kyiv City", "Zaporizhzhya" and "Zaporizhia": one name, spelt or qualified differently."""
    a, b = name.casefold(), other.casefold()
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _possessive(words: str) -> str:
    """ "Russian forces'" , "the Sudanese government's"."""
    return f"{words}'" if words.endswith("s") else f"{words}'s"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _evidence_words(event: dict[str, Any]) -> str:
    """The words of an event's evidence sentences, case-folded."""
    return " ".join(str(e.get("text") or "") for e in event.get("evidence") or []).casefold()


def _at(where: str) -> str:
    """The preposition for a place: "at the Crimean Bridge", "in Kyiv"."""
    if FACILITY_NAME.search(where):
        return f"at {where}" if where.casefold().startswith("the ") else f"at the {where}"
    return f"in {where}"


def _interception(event: dict[str, Any], who: str, place: str) -> str:
    words = _evidence_words(event)
    doer = _capital(who) if who else "Air defences"
    if any(cue in words for cue in INTERCEPTION_CUES):
        weapon = _weapon(event)
        what = weapon if weapon in ("missiles", "rockets", "drones") else "incoming weapons"
        return f"{doer} shot down {what} over {place}"
    return f"{_capital(who) if who else 'The authorities'} seized or defused weapons {_at(place)}"


def event_clause(event: dict[str, Any], country: str | None = None) -> str:
    """What happened, where and by whom, as the start of a sentence: "Russian forces struck Kyiv with missiles",
    "A drone attack hit Kyiv", "Russian and Ukrainian forces clashed in Bakhmut", "Ukrainian forces shot down
    drones over Kyiv", "Police arrested people in Lagos"."""
    sub_event = event.get("sub_event_type") or ""
    who, whom = actor_words(event.get("actor1")), actor_words(event.get("actor2"))
    where = _where(event, country)
    place = where or "an unreported place"
    at_place = _at(where) if where else "at an unreported place"
    if sub_event in STRIKE_TYPES:
        return _strike(event, who, place)
    if sub_event == "Disrupted weapons use":
        return _interception(event, who, place)
    if sub_event == "Government regains territory":
        return f"{_capital(who or _home_forces(event))} retook ground {at_place}"
    if sub_event == "Non-state actor overtakes territory":
        return f"{_capital(who)} took ground {at_place}" if who else f"Control of {place} changed hands"
    if sub_event == "Non-violent transfer of territory":
        return _handover(who, whom, place)
    if sub_event == "Agreement":
        # an agreement known only to a country is recorded there, not made "in Ukraine (no town given)"
        return _agreement(event, who, whom, "" if _country_named(event.get("location") or {}) else at_place)
    if event.get("event_type") == "Protests":
        return _gathering(event, who, at_place) + (
            ", and the authorities intervened" if sub_event != "Peaceful protest" else ""
        )
    if sub_event == "Violent demonstration":
        return f"{_capital(who or 'demonstrators')} rioted {at_place}"
    if sub_event == "Armed clash" or (not sub_event and event.get("event_type") == "Battles"):
        return _clash(who, whom, at_place)
    if sub_event in PERSON_VERBS and who:
        verb, default_target = PERSON_VERBS[sub_event]
        return f"{_capital(who)} {verb} {whom or default_target} {at_place}"
    if sub_event == "Looting/property destruction" and who:
        return f"{_capital(who)} {_looting_verb(event)} {at_place}"
    if sub_event == "Remote explosive/landmine/IED" or (
        not sub_event and event.get("event_type") == "Explosions/Remote violence"
    ):
        return _explosion(event, who, at_place)
    if sub_event == "Change to group/activity" and who:
        return f"A change in {_possessive(who)} activity {at_place}"
    if sub_event == "Headquarters or base established" and who:
        return f"{_capital(who)} set up a base {at_place}"
    return _generic(event, who, whom, where)


def _home_forces(event: dict[str, Any]) -> str:
    """The forces of the country the event is in ("Ukrainian forces"): a government regains its own territory."""
    demonym = _demonym(str((event.get("location") or {}).get("country_code") or ""))
    return f"{demonym} forces" if demonym else "government forces"


def _strike(event: dict[str, Any], who: str, place: str) -> str:
    """ "Russian forces struck Kyiv with missiles", "Kherson was shelled", "A drone attack hit Odesa"."""
    sub_event = event.get("sub_event_type") or ""
    weapon = _weapon(event) or ("missiles or artillery" if sub_event.startswith("Shelling") else "air strikes")
    if weapon == "shelling":
        return f"{_capital(who)} shelled {place}" if who else f"{_capital(place)} was shelled"
    if who:
        return f"{_capital(who)} struck {place} with {weapon}"
    return f"{_capital(_a(STRIKE_NOUNS.get(weapon, 'strike')))} hit {place}"


def _explosion(event: dict[str, Any], who: str, at_place: str) -> str:
    """ "An explosive device went off in Kabul", or where the kind of explosion is unknown or disputed, "A blast
    went off at the Kalynivka Depot, blamed on Russian forces"; no one is blamed whom the reports do not all name
    (an explosion's author is often disputed, and the merged actor is then one report's word)."""
    if event.get("sub_event_type"):
        what = "An explosive device"
    else:
        words = _evidence_words(event)
        what = _capital(_a(next((noun for noun in EXPLOSION_NOUNS if noun in words), EXPLOSION_NOUNS[0])))
    named = bool(who) and not who.startswith("an unidentified") and not _reports_differ_on(event, "actor1")
    return f"{what} went off {at_place}" + (f", blamed on {who}" if named else "")


def _reports_differ_on(event: dict[str, Any], field_name: str) -> bool:
    """Whether the event's reports give more than one value for a field (the merged value is then one side's)."""
    return any(
        len({str(value.get("value")) for value in conflict.get("values") or []}) > 1
        for conflict in event.get("conflicts") or []
        if conflict.get("field") == field_name
    )


def _clash(who: str, whom: str, at_place: str) -> str:
    """ "Russian and Ukrainian forces clashed in Bakhmut", "The Wagner Group fought in Soledar"."""
    if who and whom:
        return f"{_capital(_both(who, whom))} clashed {at_place}"
    if who or whom:
        return f"{_capital(who or whom)} fought {at_place}"
    return f"Fighting broke out {at_place}"


def _both(first: str, second: str) -> str:
    """ "Russian forces" and "Ukrainian forces" -> "Russian and Ukrainian forces"; others joined with "and"."""
    noun = first.rsplit(" ", 1)[-1]
    if " " in first and second.endswith(f" {noun}") and not first.startswith("the "):
        return f"{first.removesuffix(f' {noun}')} and {second}"
    return f"{first} and {second}"


def _handover(who: str, whom: str, place: str) -> str:
    """A non-violent transfer; the reports seldom say reliably which side gave the place up."""
    if who and whom:
        return f"Control of {place} passed between {_both(who, whom)} without fighting"
    if who or whom:
        return f"Control of {place} passed to or from {who or whom} without fighting"
    return f"Control of {place} passed without fighting"


def _agreement(event: dict[str, Any], who: str, whom: str, at_place: str) -> str:
    """ "Armenian and Azerbaijani forces agreed a ceasefire in Lachin", "Prisoners were exchanged in Sumy": the
    kind of agreement as its evidence names it, its parties the actors that are not the people it concerns; no
    place when `at_place` is empty."""
    words = _evidence_words(event)
    done, passive = next(((active, passive) for pattern, active, passive in AGREEMENT_KINDS if pattern.search(words)),
                         ("reached an agreement", "An agreement was reached"))  # fmt: skip
    parties = [actor for actor in (who, whom) if actor and actor not in BYSTANDERS]
    where = f" {at_place}" if at_place else ""
    if parties:
        return f"{_capital(_both(*parties) if len(parties) == 2 else parties[0])} {done}{where}"
    return f"{passive}{where}"


def _gathering(event: dict[str, Any], who: str, at_place: str) -> str:
    """ "Protesters demonstrated in Lagos"; a crowd whose reports tell no protest is not said to demonstrate:
    "Crowds celebrated in Kherson", "Crowds gathered in Kherson"."""
    words = _evidence_words(event)
    if any(cue in words for cue in PROTEST_CUES):
        return f"{_capital(who or 'people')} demonstrated {at_place}"
    verb = "celebrated" if any(cue in words for cue in CELEBRATION_CUES) else "gathered"
    return f"Crowds {verb} {at_place}"


def _looting_verb(event: dict[str, Any]) -> str:
    """ "looted property", "destroyed property" or, where the reports say neither plainly, "looted or destroyed
    property"."""
    words = _evidence_words(event)
    looted = any(cue in words for cue in LOOTING_CUES)
    destroyed = any(cue in words for cue in DESTRUCTION_CUES)
    if looted != destroyed:
        return "looted property" if looted else "destroyed property"
    return "looted or destroyed property"


def _generic(event: dict[str, Any], who: str, whom: str, where: str) -> str:
    """ "An attack by JNIM against civilians in Gao"; the actors of a strategic development are its parties."""
    phrase = _capital(type_phrase(event))
    if event.get("event_type") == "Strategic developments":
        if who or whom:
            phrase += " involving " + " and ".join(w for w in (who, whom) if w)
    else:
        phrase += (f" by {who}" if who else "") + (f" against {whom}" if whom else "")
    return phrase + (f" {_at(where)}" if where else ", place not reported")


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _what(event: dict[str, Any]) -> str:
    """A short noun for the event: "missile strike", "drone strike", "shelling", "armed clashes"."""
    weapon = _weapon(event)
    if event.get("sub_event_type") in STRIKE_TYPES and weapon:
        return {"missiles": "missile strike", "rockets": "rocket attack", "drones": "drone strike"}.get(weapon, weapon)
    return type_phrase(event).removeprefix("a ").removeprefix("an ")


def _people(figure: int) -> str:
    return f"{figure} {'person' if figure == 1 else 'people'}"


def _who_gave(citation: Citation) -> str:
    """ "Ukraine's emergency services via The Guardian, 11 Oct" - the first named source of the figure."""
    named = [s for s in citation.figure_sources if s.strip() and s.strip().casefold() not in PRONOUNS]
    outlet = citation.outlet or "an unattributed report"
    when = f", {_short_day(citation.published)}" if citation.published else ", undated"
    if not named:
        return f"{outlet}{when}"
    speaker = speaker_words(named[0])
    return f"{speaker}{',' if ',' in speaker else ''} via {outlet}{when}"


def speaker_words(source: str) -> str:
    """A named source as a report would write it, not as a label with its title in brackets (which would nest in
    the citation's own): "Kherson Oblast Governor Yaroslav Yanushevych", "Pavlo Kyrylenko, governor of the Donetsk
    region"; other names as they are."""
    labelled = SOURCE_LABEL.fullmatch(source.strip())
    if not labelled:
        return source
    name, title = labelled["name"], labelled["title"]
    return f"{title} {name}" if title[:1].isupper() and len(title.split()) <= 4 else f"{name}, {title}"


def _latest_figure(item: EventItem) -> Citation | None:
    best = _best(item.event)
    return max((c for c in item.citations if c.fatalities == best),
               key=lambda c: (c.published or "", c.number), default=None)  # fmt: skip


def toll_clause(item: EventItem) -> str:
    """ ", killing at least 19 people (Ukraine's emergency services via The Guardian, 11 Oct [6]; earlier reports
    gave 5–11)"; '' when no report gives a toll."""
    best = _best(item.event)
    if best is None:
        return ""
    source = _latest_figure(item)
    at_least = "at least " if source is not None and source.open_ended else ""
    clause = f", killing {at_least}{_people(best)}" if best else ", with no deaths reported"
    if country := _toll_country(item):
        strikes = "strikes" if item.event.get("sub_event_type") in STRIKE_TYPES else "attacks"
        clause = f", part of {strikes} that killed {at_least}{_people(best)} across {country}"
    notes = [f"{_who_gave(source)} [{source.number}]"] if source else []
    others = [c for c in item.citations if c.fatalities is not None and c.fatalities != best]
    if others:
        low, high = min(c.fatalities for c in others), max(c.fatalities for c in others)
        figures = f"{low}–{high}" if low != high else str(low)
        earlier = source is not None and all((c.published or "") <= (source.published or "") for c in others)
        local = f" for {(item.event.get('location') or {}).get('name')}" if country and not any(
            c.country_wide for c in others) else ""  # fmt: skip
        notes.append(f"{'earlier' if earlier else 'other'} reports gave {figures}{local}")
    return clause + (f" ({'; '.join(notes)})" if notes else "")


def _toll_country(item: EventItem) -> str:
    """The country whose toll the event's latest figure is, when its report tells it for the whole country and
    not for the town or region the event is placed in (see `tells_country_wide`); '' otherwise."""
    source = _latest_figure(item)
    if source is None or not source.country_wide:
        return ""
    return (lookup_country((item.event.get("location") or {}).get("country_code")) or {}).get("name") or ""


def _plural(noun: str) -> str:
    """ "missile strikes", "rocket attacks"; a mass noun ("shelling") as it is."""
    return f"{noun}s" if noun.endswith(("strike", "attack", "clash")) else noun


def references(item: EventItem) -> str:
    return "".join(f"[{n}]" for n in sorted({c.number for c in item.citations}))


def _splits(item: EventItem) -> dict[str, list[tuple[str, list[int]]]]:
    """The fields the reports split on, each with its values and the reference numbers of the reports giving
    them: only where at least SPLIT_REPORTS reports give each of two values (a report that gives both counts for
    neither); values told in the same words (an unidentified armed group of one country or another) are one; tolls
    are left to the toll clause."""
    document_numbers = {c.document: c.number for c in item.citations}
    splits = {}
    for conflict in item.event.get("conflicts") or []:
        field_name = str(conflict.get("field"))
        if field_name == "fatalities":
            continue
        given: dict[int, set[str]] = {}
        for value in conflict.get("values") or []:
            number = document_numbers.get(str(value.get("document")))
            if number is not None:
                given.setdefault(number, set()).add(_value_words(field_name, str(value.get("value"))))
        by_value: dict[str, list[int]] = {}
        for number, values in given.items():
            if len(values) == 1:
                by_value.setdefault(next(iter(values)), []).append(number)
        split = sorted(((v, sorted(n)) for v, n in by_value.items() if len(n) >= SPLIT_REPORTS),
                       key=lambda pair: -len(pair[1]))  # fmt: skip
        if len(split) >= 2:
            splits[field_name] = split
    return splits


def disagreements(item: EventItem) -> str:
    """ "Reports split on who carried it out: Russian forces in 2 reports [4][5], an unidentified armed group in
    2 [7][9]." """
    notes = []
    for field_name, split in _splits(item).items():
        parts = [f"{words} in {len(refs)} reports {''.join(f'[{n}]' for n in refs)}" for words, refs in split]
        notes.append(f"{CONFLICT_NAMES.get(field_name, field_name)}: {'; '.join(parts)}")
    return f"Reports split on {'. Also on '.join(notes)}." if notes else ""


def _value_words(field_name: str, value: str) -> str:
    if field_name in ("actor1", "actor2"):
        return actor_words({"name": value})
    if field_name == "sub_event_type":
        return type_phrase({"sub_event_type": value})
    if field_name == "date":
        return _plain_day(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else value
    return value


# "was probably fired by Ukraine's air defences", "it was highly probable that the missile was fired by": a doer a
# report tells only as likely
HEDGED_DOER = re.compile(r"\b(?:probably|likely|possibly|apparently|presumably)\s+(?:been\s+)?(?:fired|launched|"
                         r"shot|dropped|caused|carried out)\s+by\b|\bprobable that\b[^.]*\bby\b", re.IGNORECASE)


def _hedged_doer(item: EventItem) -> list[int]:
    """The reference numbers of the reports that tell who did it only as likely; none when none does."""
    numbers = {c.document: c.number for c in item.citations}
    return sorted({numbers[e["document"]] for e in item.event.get("evidence") or []
                   if e.get("document") in numbers and HEDGED_DOER.search(str(e.get("text") or ""))})


def event_sentences(item: EventItem, country: str | None = None) -> str:
    """A well-supported event in one or two sentences, its figures' sources cited and every report referenced."""
    disputed = _splits(item)
    hedged = _hedged_doer(item) if "actor1" not in disputed and item.event.get("actor1") else []
    # An actor the reports split on, or tell only as likely, is left out of the sentence that tells the event, and
    # the split or the likelihood said after it.
    told = {key: value for key, value in item.event.items() if key not in disputed and not (
        hedged and key == "actor1")}
    sentence = f"{event_clause(told, country)}{toll_clause(item)} {references(item)}."
    notes = [note for note in (disagreements(item), _likely_doer(item, hedged)) if note]
    return " ".join([sentence, *notes])


def _likely_doer(item: EventItem, hedged: list[int]) -> str:
    """ "Reports say Ukrainian forces probably carried it out [2][3]." """
    if not hedged:
        return ""
    who = actor_words(item.event.get("actor1"))
    return f"Reports say {who} probably carried it out {''.join(f'[{n}]' for n in hedged)}."


def minor_line(item: EventItem, country: str | None = None) -> str:
    """A single-source or low-confidence report in a clause: "Russian forces struck Ternopil with missiles (Al
    Jazeera [10]; low confidence)"; a toll is cited as in the day-by-day account."""
    toll = toll_clause(item)
    cited = "" if toll else ", ".join(f"{c.outlet or 'unattributed report'} [{c.number}]" for c in item.citations)
    notes = [note for note in (cited, "low confidence" if (item.event.get("confidence") or 0)
                               < WELL_SUPPORTED_CONFIDENCE else "") if note]  # fmt: skip
    return event_clause(item.event, country) + toll + (f" ({'; '.join(notes)})" if notes else "")


def minor_lines(items: list[EventItem], country: str | None = None) -> list[tuple[str, str]]:
    """The single-source or low-confidence reports, one line a day (approximate dates one line each); those not
    itemised (see `is_itemised`) are counted in a last line with their references."""
    lines: dict[str, list[str]] = {}
    for item in items:
        if is_itemised(item.event):
            lines.setdefault(_short_date(item.event.get("date")), []).append(minor_line(item, country))
    listed = [(day, ". ".join(clauses) + ".") for day, clauses in lines.items()]
    vague = [item for item in items if not is_itemised(item.event)]
    return listed + ([("Not itemised", vague_line(vague))] if vague else [])


def vague_line(items: list[EventItem]) -> str:
    """ "4 further events without reported deaths, placed only in a country or telling only of an agreement, a
    change in a group's activity or another strategic development [1][5][13]." """
    numbers = "".join(f"[{n}]" for n in sorted({c.number for item in items for c in item.citations}))
    return (f"{_count(len(items), 'further event')} without reported deaths, placed only in a country or telling "
            f"only of an agreement, a change in a group's activity or another strategic development {numbers}.")


# The summary


def summary_paragraph(sitrep: Sitrep) -> str:
    """The headline figures as prose: reports, events, places, people killed with a range, the deadliest."""
    events = [item.event for item in sitrep.items]
    places = {place_phrase(e.get("location"), with_country=False) for e in events if e.get("location")}
    outlets = {c.outlet for item in sitrep.items for c in item.citations if c.outlet}
    main = sum(1 for item in sitrep.items if item.well_supported)
    start, end = sitrep.period
    when = (
        f"Between {_period_label(sitrep.period).replace('–', ' and ', 1)}"
        if start and end and start != end
        else f"On {_plain_day(start or end)}"
    )
    text = (f"{when}, {_count(len(sitrep.documents), 'report')} from {_count(len(outlets), 'outlet')} described "
            f"{_count(len(events), 'event')} in {_count(len(places), 'place')}{_countries_phrase(events)}. "
            f"{main} of them {'was' if main == 1 else 'were'} corroborated by {WELL_SUPPORTED_SOURCES} or more "
            f"independent sources; the other {len(events) - main} rest on a single source or a low-confidence "
            "reading and are listed separately.")  # fmt: skip
    return " ".join(part for part in (text, _killed_sentence(sitrep), _deadliest_sentence(sitrep)) if part)


def _countries_phrase(events: list[dict[str, Any]]) -> str:
    names = Counter((lookup_country((e.get("location") or {}).get("country_code")) or {}).get("name") for e in events)
    names.pop(None, None)
    if len(names) < 2:
        return f" in {next(iter(names))}" if names else ""
    ranked = [f"{name} ({count})" for name, count in names.most_common()]
    return f", most of them in {ranked[0]}, the others in {_and_list(ranked[1:])}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def killed_figures(sitrep: Sitrep) -> tuple[int, int, int, int, int]:
    """(people killed by the latest reports, by the lowest, by the highest, events with a toll, deaths that rest on
    single-source or low-confidence reports), each toll counted once (`toll_groups`)."""
    groups = toll_groups(sitrep.items)
    figures = [_group_figures(group) for group in groups]
    minor = sum(
        figure[0]
        for group, figure in zip(groups, figures, strict=True)
        if not any(item.well_supported for item in group)
    )
    return (sum(f[0] for f in figures), sum(f[1] for f in figures), sum(f[2] for f in figures), len(groups), minor)


def _killed_sentence(sitrep: Sitrep) -> str:
    best, low, high, events, minor = killed_figures(sitrep)
    if not events:
        return "No deaths were reported."
    spread = f" (between {low} and {high}, taking each event's lowest or highest reported toll)" if low != high else ""
    of_minor = f"; {minor} of these deaths rest on single-source or low-confidence reports" if minor else ""
    return (f"The latest reports put the number of people killed at {best} in {_count(events, 'event')}{spread}"
            f"{of_minor}.")  # fmt: skip


def _deadliest_sentence(sitrep: Sitrep) -> str:
    groups = sorted(toll_groups(sitrep.items), key=lambda group: -_group_figures(group)[0])
    parts = []
    for group in groups[:DEADLIEST]:
        item = max(group, key=_weight)
        best = _best(item.event)
        source = _latest_figure(item)
        if not best or source is None:
            continue
        start = (item.event.get("date") or {}).get("start")
        on = f" on {_day_month(start)}" if start and (item.event.get("date") or {}).get("precision") == "day" else ""
        if country := _toll_country(item):
            parts.append(f"the {_plural(_what(item.event))} across {country}{on} ({best} killed [{source.number}])")
            continue
        where = _where(item.event, sitrep.country) or "an unreported place"
        parts.append(f"the {_what(item.event)} in {where}{on} ({best} killed [{source.number}])")
    if not parts:
        return ""
    return f"The deadliest {'were' if len(parts) > 1 else 'was'} {_and_list(parts)}."


def _days(items: list[EventItem]) -> tuple[dict[str, list[EventItem]], list[EventItem]]:
    """Events with a day-precision date by day (in reading order), and the rest (approximate dates)."""
    by_day: dict[str, list[EventItem]] = {}
    approximate = []
    for item in items:
        event_date = item.event.get("date") or {}
        if event_date.get("precision") == "day" and event_date.get("start"):
            by_day.setdefault(event_date["start"], []).append(item)
        else:
            approximate.append(item)
    return by_day, approximate


def _fatality_rows(sitrep: Sitrep) -> list[tuple[str, ...]]:
    """Per event with a toll, dated events first: date, place, latest figure, range, the latest report; a toll
    counted with another event's is marked."""
    shared = {id(item): group[0] for group in toll_groups(sitrep.items) for item in group[1:]}
    rows = []
    for item in sorted(sitrep.items, key=lambda item: (not (item.event.get("date") or {}).get("start"),
                                                       event_sort_key(item.event))):  # fmt: skip
        best = _best(item.event)
        if best is None:
            continue
        low, high = _figure(item.event, "min"), _figure(item.event, "max")
        spread = f"{low}–{high}" if low != high else ""
        source = _latest_figure(item)
        killed = str(best)
        if id(item) in shared:
            counted = shared[id(item)].event
            killed += (f" (the same toll as {_where(counted, sitrep.country) or 'another event'} "
                       f"{_short_date(counted.get('date'))}, counted once)")  # fmt: skip
        where = _where(item.event, sitrep.country) or "not reported"
        if country := _toll_country(item):
            where = f"{where} and elsewhere in {country}"
        rows.append((date_phrase(item.event.get("date")), where,
                     killed, spread, f"{_who_gave(source)} [{source.number}]" if source else "",
                     "corroborated" if item.well_supported else "single source or low confidence"))  # fmt: skip
    return rows


def _source_line(document: dict[str, Any]) -> str:
    """ "Outlet, “Title”, date (where)" (no number)."""
    title = f"“{document['title']}”, " if document.get("title") else ""
    where = document.get("url") or document.get("input_name") or document.get("id")
    when = _plain_day(document.get("published")) if document.get("published") else "undated"
    return f"{outlet_name(document.get('outlet')) or 'Unattributed report'}, {title}{when} ({where})"


def method_note(sitrep: Sitrep) -> str:
    """How the report was made and its figures counted (the footnote)."""
    note = (
        f"How to read this report: an event is described in full when at least {WELL_SUPPORTED_SOURCES} "
        f"independent sources report it and the extraction's confidence is at least {WELL_SUPPORTED_CONFIDENCE};"
        f" other events are listed briefly as single-source or low-confidence reports. Each toll is the latest"
        " figure reported, cited to the official and outlet that gave it; the range is the lowest to the highest"
        " figure any report gave. A toll is counted once in the total when two events take it from the same"
        " sentence of a report, when one report gives the same figure for two events on the same day that"
        " nothing places apart (the same town, or a district of it), or when two reports give it for events of"
        " one kind and day, one placed only in the region or country that holds the other's place; the table"
        " marks such a toll. Figures are as reported, not verified."
    )
    extra = []
    if sitrep.unlisted:
        extra.append(f"{_count(sitrep.unlisted, 'further possible event')} read with confidence below "
                     f"{LISTED_CONFIDENCE} and reporting no deaths {'is' if sitrep.unlisted == 1 else 'are'} "
                     "left out (they remain in the events export).")  # fmt: skip
    if sitrep.background:
        extra.append(f"{_count(sitrep.background, 'earlier event')} that the reports mention as background "
                     f"{'is' if sitrep.background == 1 else 'are'} left out.")  # fmt: skip
    return " ".join([note] + extra)


def _blocks(sitrep: Sitrep) -> list[Block]:
    """The sitrep from title to sources, without markup."""
    blocks = [Block("heading", sitrep.title, level=1)]
    if not sitrep.items:
        blocks.append(Block("paragraph", "No events were recorded for this period and region."))
    else:
        main = [item for item in sitrep.items if item.well_supported]
        minor = [item for item in sitrep.items if not item.well_supported]
        blocks += [Block("heading", "Summary"), Block("paragraph", summary_paragraph(sitrep)),
                   Block("heading", "Map and daily chart"), Block("images"),
                   Block("heading", "Day by day")]  # fmt: skip
        by_day, approximate = _days(main)
        for day in sorted(by_day):
            blocks += [
                Block("heading", _weekday(day), level=3),
                Block("list", items=[("", event_sentences(item, sitrep.country)) for item in by_day[day]]),
            ]
        if approximate:
            blocks += [
                Block("heading", "Dates approximate", level=3),
                Block(
                    "list",
                    items=[
                        (date_phrase(item.event.get("date")), event_sentences(item, sitrep.country))
                        for item in approximate
                    ],
                ),
            ]
        if not main:
            blocks.append(Block("paragraph", "No event was reported by more than one independent source."))
        if minor:
            blocks += [
                Block("heading", "Single-source or low-confidence reports"),
                Block(
                    "paragraph",
                    f"Reported by one independent source only, or read with confidence below "
                    f"{WELL_SUPPORTED_CONFIDENCE}; treat as unconfirmed.",
                    muted=True,
                ),
                Block("list", items=minor_lines(minor, sitrep.country)),
            ]
        rows = _fatality_rows(sitrep)
        if rows:
            blocks += [Block("heading", "Fatalities"),
                       Block("table", header=("Date", "Place", "Killed (latest report)", "Range across reports",
                                              "Latest figure from", "Support"), rows=rows),
                       Block("paragraph", _killed_sentence(sitrep))]  # fmt: skip
    blocks += [Block("paragraph", method_note(sitrep), muted=True),
               Block("heading", "Sources"), Block("sources"),
               Block("paragraph", "Generated by sitreps from news reports; figures are as reported, not verified.",
                     muted=True)]  # fmt: skip
    return blocks


def _short_date(event_date: dict[str, Any] | None) -> str:
    if (event_date or {}).get("precision") == "day" and (event_date or {}).get("start"):
        return _short_day(event_date["start"])
    return date_phrase(event_date)


# Markdown and HTML


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|])")


def md_escape(text: str) -> str:
    """Markdown-safe text: markup characters from article text are shown, not interpreted."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(sitrep: Sitrep, images: list[tuple[str, str]] | None) -> str:
    """The sitrep as Markdown; `images` are (alt text, file name) pairs, None when writing to stdout."""
    out: list[str] = []
    for block in _blocks(sitrep):
        if block.kind == "heading":
            out += ["#" * block.level + " " + md_escape(block.text), ""]
        elif block.kind == "paragraph":
            out += [f"_{md_escape(block.text)}_" if block.muted else md_escape(block.text), ""]
        elif block.kind == "list":
            out += [f"- **{md_escape(lead)}**: {md_escape(text)}" if lead else f"- {md_escape(text)}"
                    for lead, text in block.items] + [""]  # fmt: skip
        elif block.kind == "table":
            out += [
                "| " + " | ".join(block.header) + " |",
                "|" + "|".join("---:" if index == 2 else "---" for index in range(len(block.header))) + "|",
            ]
            out += ["| " + " | ".join(md_escape(cell) for cell in row) + " |" for row in block.rows] + [""]
        elif block.kind == "images":
            out += [line for alt, name in images for line in (f"![{alt}]({name})", "")] if images is not None else [
                "(The map and the daily chart are written only beside a report file; this report went to standard "
                "output.)", ""]  # fmt: skip
        elif block.kind == "sources":
            out += [f"\\[{d['number']}\\] {md_escape(_source_line(d))}  " for d in sitrep.documents] + [""]
    return "\n".join(out)


def _h(text: Any) -> str:
    return html.escape(" ".join(str(text).split()))


HTML_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
td.n { text-align: right; } figure { margin: 1rem 0; } .sources li { margin-bottom: .25rem; } .muted { color: #666; }
"""


def render_html(sitrep: Sitrep, map_svg: str | None, chart_svg: str | None) -> str:
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{_h(sitrep.title)}</title><style>{HTML_STYLE}</style></head><body>"]  # fmt: skip
    for block in _blocks(sitrep):
        if block.kind == "heading":
            out.append(f"<h{block.level}>{_h(block.text)}</h{block.level}>")
        elif block.kind == "paragraph":
            out.append(f'<p class="muted">{_h(block.text)}</p>' if block.muted else f"<p>{_h(block.text)}</p>")
        elif block.kind == "list":
            out += ["<ul>"] + [f"<li><strong>{_h(lead)}</strong>: {_h(text)}</li>" if lead else f"<li>{_h(text)}</li>"
                               for lead, text in block.items] + ["</ul>"]  # fmt: skip
        elif block.kind == "table":
            out.append("<table><tr>" + "".join(f"<th>{_h(cell)}</th>" for cell in block.header) + "</tr>")
            for row in block.rows:
                out.append("<tr>" + "".join(f'<td class="n">{_h(cell)}</td>' if index == 2 else f"<td>{_h(cell)}</td>"
                                            for index, cell in enumerate(row)) + "</tr>")  # fmt: skip
            out.append("</table>")
        elif block.kind == "images":
            for svg, caption in ((map_svg, "Events by place"), (chart_svg, "Events and fatalities per day")):
                if svg:
                    out.append(f"<figure>{svg}<figcaption>{_h(caption)}</figcaption></figure>")
        elif block.kind == "sources":
            out.append('<ol class="sources">')
            for document in sitrep.documents:
                url = str(document.get("url") or "")
                link = (
                    f' <a href="{html.escape(url, quote=True)}">link</a>'
                    if url.startswith(("http://", "https://"))
                    else ""
                )
                out.append(f'<li value="{document["number"]}">{_h(_source_line(document))}{link}</li>')
            out.append("</ol>")
    out += ["</body></html>", ""]
    return "\n".join(out)


# Images


@lru_cache(maxsize=1)
def _country_rings() -> list[tuple[tuple[float, float, float, float], list[list[tuple[float, float]]]]]:
    """Natural Earth country outlines from the vendored world-atlas TopoJSON: per polygon, its bounding box
    (min lon, min lat, max lon, max lat) and rings of (lon, lat) points."""
    topology = json.loads(WORLD_ATLAS.read_text(encoding="utf-8"))
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    polygons = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        shapes = {"Polygon": [geometry.get("arcs")], "MultiPolygon": geometry.get("arcs")}.get(geometry["type"], [])
        for shape in shapes or []:
            rings = [ring(indexes) for indexes in shape]
            lons = [lon for r in rings for lon, _ in r]
            lats = [lat for r in rings for _, lat in r]
            if lons:
                polygons.append(((min(lons), min(lats), max(lons), max(lats)), rings))
    return polygons


def _view(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """A (min lon, min lat, max lon, max lat) box around the points with a margin, at least 6 degrees tall,
    widened to the map's aspect ratio."""
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    centre_lon, centre_lat = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    squeeze = max(0.2, math.cos(math.radians(centre_lat)))
    half_height = max((max(lats) - min(lats)) / 2 * 1.25, 3.0)
    half_width = max((max(lons) - min(lons)) / 2 * 1.25, 3.0 / squeeze)
    if half_width * squeeze / half_height < MAP_WIDTH / MAP_HEIGHT:
        half_width = half_height * MAP_WIDTH / MAP_HEIGHT / squeeze
    else:
        half_height = half_width * squeeze * MAP_HEIGHT / MAP_WIDTH
    return centre_lon - half_width, centre_lat - half_height, centre_lon + half_width, centre_lat + half_height


def _ring_path(points: list[tuple[float, float]]) -> str:
    """An SVG path for a projected ring, dropping points within a pixel of the last one kept and rings
    smaller than two pixels across."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    if max(xs) - min(xs) < 2 and max(ys) - min(ys) < 2:
        return ""
    kept = [points[0]]
    for x, y in points[1:]:
        if abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= 1.0:
            kept.append((x, y))
    return "M" + " L".join(f"{x:.0f},{y:.0f}" for x, y in kept) + " Z"


def map_svg(events: list[dict[str, Any]]) -> str | None:
    """An SVG map of the located events (circles sized by deaths, coloured by type) over country outlines;
    None when no event has coordinates."""
    located = [e for e in events if (e.get("location") or {}).get("lat") is not None
               and (e.get("location") or {}).get("lon") is not None]  # fmt: skip
    # a country's or region's centre is no place an event happened: only towns and areas are drawn
    located = [e for e in located if (e["location"].get("geo_precision") or 3) <= 2]
    if not located:
        return None
    points = [(float(e["location"]["lon"]), float(e["location"]["lat"])) for e in located]
    west, south, east, north = _view(points)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * MAP_WIDTH, (north - lat) / (north - south) * MAP_HEIGHT

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" width="{MAP_WIDTH}" '
           f'height="{MAP_HEIGHT}" role="img" aria-label="Map of the events">',
           '<defs><clipPath id="frame"><rect width="100%" height="100%"/></clipPath></defs>',
           f'<rect width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#dbe9f4"/>',
           '<g clip-path="url(#frame)">']  # fmt: skip
    for (min_lon, min_lat, max_lon, max_lat), rings in _country_rings():
        if max_lon < west or min_lon > east or max_lat < south or min_lat > north:
            continue
        path = " ".join(_ring_path([project(lon, lat) for lon, lat in ring_points]) for ring_points in rings)
        if path:
            out.append(f'<path d="{path}" fill="#f4f1ea" stroke="#9a9a9a" stroke-width="0.6"/>')
    labels: dict[str, tuple[float, float]] = {}
    for event in sorted(located, key=lambda e: -((e.get("fatalities") or {}).get("best") or 0)):
        x, y = project(float(event["location"]["lon"]), float(event["location"]["lat"]))
        deaths = (event.get("fatalities") or {}).get("best") or 0
        radius = min(4 + 2 * math.sqrt(deaths), MAX_RADIUS)
        colour = EVENT_TYPE_COLOURS.get(event.get("event_type") or "", OTHER_EVENT_COLOUR)
        tooltip = f"{date_phrase(event.get('date'))}: {type_phrase(event)}, {place_phrase(event.get('location'))}"
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}" fill-opacity="0.55" '
                   f'stroke="{colour}"><title>{html.escape(tooltip)}</title></circle>')  # fmt: skip
        name = str(event["location"].get("name") or "")
        clear = all(abs(x - lx) > 70 or abs(y - ly) > 14 for lx, ly in labels.values())
        if name and name not in labels and clear and len(labels) < MAX_LABELS:
            labels[name] = (x, y)
            out.append(f'<text x="{x + radius + 2:.1f}" y="{y + 4:.1f}" font-size="11" font-family="sans-serif" '
                       f'fill="#222">{html.escape(name)}</text>')  # fmt: skip
    out.append("</g>")
    legend_types = [t for t in EVENT_TYPE_COLOURS if any(e.get("event_type") == t for e in located)]
    legend_top = MAP_HEIGHT - 26 - 16 * len(legend_types)
    out.append(f'<rect x="4" y="{legend_top}" width="190" height="{16 * len(legend_types) + 12}" fill="#ffffff" '
               'fill-opacity="0.8"/>')  # fmt: skip
    for index, event_type in enumerate(legend_types):
        y = MAP_HEIGHT - 14 - 16 * (len(legend_types) - 1 - index)
        out.append(f'<circle cx="14" cy="{y - 4}" r="5" fill="{EVENT_TYPE_COLOURS[event_type]}" fill-opacity="0.55"/>')
        out.append(f'<text x="24" y="{y}" font-size="11" font-family="sans-serif">{html.escape(event_type)}</text>')
    out.append(f'<text x="{MAP_WIDTH - 6}" y="{MAP_HEIGHT - 6}" font-size="9" font-family="sans-serif" '
               'text-anchor="end" fill="#555">Outlines: Natural Earth (world-atlas). Circle area: deaths.'
               "</text>")  # fmt: skip
    out.append("</svg>")
    return "\n".join(out)


def _chart_bins(events: list[dict[str, Any]], period: tuple[str | None, str | None]) -> list[tuple[str, int, int]]:
    days = [e for e in events if (e.get("date") or {}).get("precision") == "day" and e["date"].get("start")]
    if not days:
        return []
    first = date.fromisoformat(period[0] or min(e["date"]["start"] for e in days))
    last = date.fromisoformat(period[1] or max(e["date"]["start"] for e in days))
    step = 7 if (last - first).days + 1 > MAX_CHART_DAYS else 1
    bins: dict[date, list[int]] = {}
    current = first
    while current <= last:
        bins[current] = [0, 0]
        current += timedelta(days=step)
    for event in days:
        day = date.fromisoformat(event["date"]["start"])
        if not first <= day <= last:
            continue
        start = first + timedelta(days=(day - first).days // step * step)
        bins[start][0] += 1
        bins[start][1] += (event.get("fatalities") or {}).get("best") or 0
    return [(start.isoformat(), count, deaths) for start, (count, deaths) in bins.items()]


def chart_svg(events: list[dict[str, Any]], period: tuple[str | None, str | None]) -> str | None:
    """An SVG with two bar charts: events per day and deaths per day (best estimates); by week when the period
    is longer than MAX_CHART_DAYS. None when no event has a day-precision date."""
    bins = _chart_bins(events, period)
    if not bins:
        return None
    left, bottom_margin = 40, 28
    height = 2 * CHART_PANEL_HEIGHT + 2 * bottom_margin
    width_per_bar = (CHART_WIDTH - left - 10) / len(bins)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CHART_WIDTH} {height}" width="{CHART_WIDTH}" '
           f'height="{height}" role="img" aria-label="Events and fatalities per day" '
           'font-family="sans-serif">']  # fmt: skip
    weekly = len(bins) > 1 and (date.fromisoformat(bins[1][0]) - date.fromisoformat(bins[0][0])).days > 1
    unit = "week" if weekly else "day"
    for panel, (label, index, colour) in enumerate(
        ((f"Events per {unit}", 1, "#4d4d4d"), (f"Deaths per {unit} (latest reports)", 2, "#b2182b"))
    ):
        top = panel * (CHART_PANEL_HEIGHT + bottom_margin) + 16
        peak = max(max(b[index] for b in bins), 1)
        out.append(f'<text x="{left}" y="{top - 4}" font-size="12" fill="#222">{label} (max {peak})</text>')
        base = top + CHART_PANEL_HEIGHT - 16
        out.append(f'<line x1="{left}" y1="{base}" x2="{CHART_WIDTH - 10}" y2="{base}" stroke="#999"/>')
        for position, values in enumerate(bins):
            value = values[index]
            bar = (CHART_PANEL_HEIGHT - 20) * value / peak
            x = left + position * width_per_bar
            out.append(f'<rect x="{x + 1:.1f}" y="{base - bar:.1f}" width="{max(width_per_bar - 2, 1):.1f}" '
                       f'height="{bar:.1f}" fill="{colour}"><title>{values[0]}: {value}</title></rect>')  # fmt: skip
        ticks = max(1, len(bins) // 8)
        for position in range(0, len(bins), ticks):
            x = left + position * width_per_bar + width_per_bar / 2
            day = date.fromisoformat(bins[position][0])
            out.append(f'<text x="{x:.1f}" y="{base + 14}" font-size="10" text-anchor="middle" fill="#444">'
                       f'{day.day} {day.strftime("%b")}</text>')  # fmt: skip
    out.append("</svg>")
    return "\n".join(out)


def write_report(
    store: Store,
    out: Path | None,
    fmt: str = "md",
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
) -> Path | None:
    """Write the sitrep for the period and region to `out` (None: standard output) as "md" or "html".
    Markdown writes the map and chart beside `out` as OUT.stem + "-map.svg" and "-chart.svg". Returns the
    path written, or None for standard output."""
    import sys

    if fmt not in ("md", "html"):
        raise ValueError(f"unknown report format {fmt!r}; use md or html")
    sitrep = build_sitrep(store, since=since, until=until, country=country)
    events = [item.event for item in sitrep.items]
    the_map, the_chart = map_svg(events), chart_svg(events, sitrep.period)
    if fmt == "html":
        text = render_html(sitrep, the_map, the_chart)
    else:
        images: list[tuple[str, str]] | None = None
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            images = []
            for suffix, alt, svg in (("map", "Map of the events", the_map),
                                     ("chart", "Events and fatalities per day", the_chart)):  # fmt: skip
                if svg:
                    name = f"{out.stem}-{suffix}.svg"
                    (out.parent / name).write_text(svg + "\n", encoding="utf-8")
                    images.append((alt, name))
        text = render_markdown(sitrep, images)
    if out is None:
        sys.stdout.write(text)
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out
