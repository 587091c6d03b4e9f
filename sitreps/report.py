"""Situation reports: the canonical events of a period and region, written up the way an analyst would.

In: a `Store`, a period (`since`, `until`, inclusive ISO dates) and a country (ISO2, ISO3 or name), all
optional. Out: a sitrep in Markdown or HTML - title with period and region, headline figures, key
developments, a day-by-day account (each event a sentence made from the canonical event, with the tolls
each report gave and "according to X, reported by Outlet on date" citations), fatality totals with
ranges, a numbered list of the reports cited, a map of the events over Natural Earth country outlines and
a daily chart, both SVG. Markdown writes the two images beside the report (OUT.stem + "-map.svg",
"-chart.svg"); HTML embeds them. Article text is hostile input: everything taken from it is escaped.
"""

from __future__ import annotations

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

from sitreps.outputs import (
    actors_phrase,
    date_phrase,
    event_sort_key,
    lookup_country,
    place_phrase,
    type_phrase,
)
from sitreps.store import Store

WORLD_ATLAS = Path(__file__).resolve().parent / "data" / "world-atlas-countries-50m.json"
KEY_DEVELOPMENTS = 5
BACKGROUND_DAYS = 7
CONFLICT_NAMES = {"date": "date", "location": "place", "sub_event_type": "type of event", "actor1": "main actor"}
QUOTE_WORDS = 40
MAX_SOURCES_CITED = 3
MAIN_REGION_SHARE = 0.1  # a country with this share of the events is named in the title
# Words that attribution sometimes takes for a source; a citation names no one with them.
PRONOUNS = {"it", "they", "he", "she", "we", "this", "that", "these", "those", "nothing", "someone", "who"}
MAP_WIDTH, MAP_HEIGHT = 720, 480
CHART_WIDTH, CHART_PANEL_HEIGHT = 720, 120
MAX_CHART_DAYS = 92  # longer periods are charted by week
MAX_RADIUS, MAX_LABELS = 22.0, 12
FAMILY_COLOURS = {
    "Battles": "#b2182b",
    "Explosions/Remote violence": "#d6604d",
    "Violence against civilians": "#762a83",
    "Protests": "#2166ac",
    "Riots": "#4393c3",
    "Strategic developments": "#4d4d4d",
}


@dataclass
class Citation:
    """One report behind an event: its number in the sources list and what it says."""

    number: int
    outlet: str | None  # None when the report names no outlet
    published: str | None
    sources: list[str]
    fatalities: int | None


@dataclass
class EventItem:
    event: dict[str, Any]
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Sitrep:
    title: str
    period: tuple[str | None, str | None]
    region: str
    items: list[EventItem]
    documents: list[dict[str, Any]]  # cited reports, in citation-number order
    background: int = 0  # events left out as older than the reporting period


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


def _plain_day(iso: str | None) -> str:
    if not iso:
        return "an unknown date"
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B %Y')}"


def _weekday(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def _toll(fatalities: dict[str, Any] | None) -> int | None:
    for key in ("min", "max"):
        if isinstance((fatalities or {}).get(key), int):
            return fatalities[key]
    return None


def build_sitrep(
    store: Store, since: str | None = None, until: str | None = None, country: str | None = None
) -> Sitrep:
    """Gather the period's events and number the reports they cite (in the order they are first cited)."""
    events = sorted(store.events(since=since, until=until, country=country), key=event_sort_key)
    background = 0
    if not since and not until:
        events, background = _within_reporting(events)
    all_documents = list(dict.fromkeys(str(ev.get("document")) for e in events for ev in e.get("evidence") or []))
    summaries = store.document_summaries(all_documents)
    numbers: dict[str, int] = {}
    items = []
    for event in events:
        item = EventItem(event)
        for evidence in event.get("evidence") or []:
            document = str(evidence.get("document"))
            if document not in numbers:
                numbers[document] = len(numbers) + 1
            known = next((c for c in item.citations if c.number == numbers[document]), None)
            figure = _toll(evidence.get("fatalities"))
            if known is not None:  # a report's several mentions: its highest figure and all its sources
                known.sources += [s for s in evidence.get("sources") or [] if s not in known.sources]
                if figure is not None and (known.fatalities is None or figure > known.fatalities):
                    known.fatalities = figure
                continue
            outlet = evidence.get("outlet") or summaries.get(document, {}).get("outlet")
            item.citations.append(Citation(numbers[document], outlet, evidence.get("published"),
                                           list(evidence.get("sources") or []), figure))  # fmt: skip
        items.append(item)
    documents = [{"number": n, "id": d, **summaries.get(d, {})} for d, n in numbers.items()]
    record = lookup_country(country) if country else None
    region = (record["name"] if record else country) if country else _region([item.event for item in items])
    dated = [e["date"]["start"] for e in events if (e.get("date") or {}).get("precision") == "day"] or [
        e["date"]["start"] for e in events if (e.get("date") or {}).get("start")
    ]
    period = (since or (min(dated) if dated else None), until or (max(dated) if dated else None))
    title = f"Situation report: {region}, {_period_label(period)}"
    return Sitrep(title, period, region, items, documents, background)


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


# Sentences. Each returns plain text; the renderers escape it.


def _cited_as(citation: Citation) -> str:
    """ "Reuters, 14 January 2023 [1]"; "an undated, unattributed report [10]"."""
    if citation.outlet is None:
        return f"{_unattributed(citation)} [{citation.number}]"
    when = _plain_day(citation.published) if citation.published else "undated"
    return f"{citation.outlet}, {when} [{citation.number}]"


def _unattributed(citation: Citation) -> str:
    """ "an unattributed report of 3 May 2023"; "an undated, unattributed report"."""
    if citation.published:
        return f"an unattributed report of {_plain_day(citation.published)}"
    return "an undated, unattributed report"


def _named_sources(sources: list[str]) -> str:
    """The sources a report names, pronouns left out, at most MAX_SOURCES_CITED."""
    named = list(dict.fromkeys(s for s in sources if s.strip() and s.strip().casefold() not in PRONOUNS))
    if len(named) > MAX_SOURCES_CITED:
        return ", ".join(named[:MAX_SOURCES_CITED]) + " and others"
    return _and_list(named) if named else ""


def _who_said(citation: Citation) -> str:
    """ "according to X, reported by Outlet on date [n]"."""
    named = _named_sources(citation.sources)
    said = f"according to {named}, " if named else ""
    if citation.outlet is None:
        return f"{said or 'reported '}in {_unattributed(citation)} [{citation.number}]"
    when = f" on {_plain_day(citation.published)}" if citation.published else " (undated)"
    return f"{said}reported by {citation.outlet}{when} [{citation.number}]"


def _event_sentence(event: dict[str, Any]) -> str:
    """ "A missile or artillery strike by X against Y in Place." (no date: the day heads the section)"""
    phrase = type_phrase(event)
    sentence = phrase[0].upper() + phrase[1:] + actors_phrase(event)
    place = place_phrase(event.get("location"))
    return sentence + (f" in {place}." if place else ", place not reported.")


def _reporting_order(citation: Citation) -> tuple[str, int]:
    return citation.published or "", citation.number


def _toll_sentence(item: EventItem) -> str:
    fatalities = item.event.get("fatalities") or {}
    best, low, high = fatalities.get("best"), fatalities.get("min"), fatalities.get("max")
    if best is None and low is None:
        return ""
    figure = best if best is not None else low
    people = "person" if figure == 1 else "people"
    tolls = sorted((c for c in item.citations if c.fatalities is not None), key=_reporting_order)
    source = max((c for c in tolls if c.fatalities == figure), key=_reporting_order, default=None)
    sentence = f"{figure} {people} killed, according to the latest report" + (
        f" ({_cited_as(source)})" if source else ""
    )
    if low is not None and high is not None and low != high:
        sentence += f"; reports range from {low} to {high}"
    if len({c.fatalities for c in tolls}) > 1:
        sentence += "; tolls as reported: " + ", then ".join(f"{c.fatalities} ({_cited_as(c)})" for c in tolls)
    return sentence + "."


def _citation_sentence(item: EventItem) -> str:
    if not item.citations:
        return ""
    text = "; ".join(_who_said(c) for c in sorted(item.citations, key=_reporting_order))
    return text[0].upper() + text[1:] + "."


def _disagreements(event: dict[str, Any]) -> str:
    notes = []
    for conflict in event.get("conflicts") or []:
        field_name = str(conflict.get("field"))
        if field_name == "fatalities":
            continue  # the toll sentence already gives each report's figure
        values = list(dict.fromkeys(str(v.get("value")) for v in conflict.get("values") or []))
        if field_name == "date":
            values = [_plain_day(value) for value in values]
        notes.append(f"the {CONFLICT_NAMES.get(field_name, field_name)} ({' / '.join(values)})")
    return f"Reports disagree on {'; '.join(notes)}." if notes else ""


def _quote(item: EventItem) -> str:
    """The words of the report that best shows the event: one naming its place, else the first."""
    evidence_list = [e for e in item.event.get("evidence") or [] if str(e.get("text") or "").strip()]
    # A named outlet's words before an unattributed report's.
    evidence_list.sort(key=lambda e: not e.get("outlet"))
    if not evidence_list:
        return ""
    place = str((item.event.get("location") or {}).get("name") or "")
    evidence = next((e for e in evidence_list if place and place.casefold() in str(e["text"]).casefold()),
                    evidence_list[0])  # fmt: skip
    words = str(evidence["text"]).split()
    text = " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")
    if evidence.get("outlet"):
        return f"In {evidence['outlet']}'s words: “{text}”"
    return f"In the words of an unattributed report: “{text}”"


def _details(item: EventItem) -> str:
    parts = [_toll_sentence(item), _disagreements(item.event), _citation_sentence(item)]
    return " ".join(part for part in parts if part)


def _event_paragraph(item: EventItem, with_quote: bool = False) -> str:
    parts = [_event_sentence(item.event), _details(item)] + ([_quote(item)] if with_quote else [])
    return " ".join(part for part in parts if part)


def _weight(item: EventItem) -> tuple[int, int, int]:
    event = item.event
    return ((event.get("fatalities") or {}).get("best") or 0, event.get("independent_sources") or 0,
            event.get("mentions") or 0)  # fmt: skip


def _day_lines(items: list[EventItem]) -> list[str]:
    """One line an event, the deadliest and best-sourced first; events that read alike (the same kind of
    event, actors and place the same day) share a line, each with its own figures and citations."""
    groups: dict[str, list[EventItem]] = {}
    for item in sorted(items, key=lambda item: tuple(-n for n in _weight(item))):
        groups.setdefault(_event_sentence(item.event), []).append(item)
    lines = []
    for sentence, group in groups.items():
        line = " ".join(part for part in (sentence, _details(group[0])) if part)
        for other in group[1:]:
            line += f" Another report of such an event, possibly the same one: {_details(other)}"
        lines.append(line)
    return lines


def _headline_figures(sitrep: Sitrep) -> list[str]:
    events = [item.event for item in sitrep.items]
    places = {place_phrase(e.get("location"), with_country=False) for e in events if e.get("location")}
    outlets = {c.outlet for item in sitrep.items for c in item.citations if c.outlet}
    multi = sum(1 for e in events if (e.get("independent_sources") or 0) > 1)
    lines = [
        f"{_count(len(events), 'event')} in {_count(len(places), 'place')}, from "
        f"{_count(len(sitrep.documents), 'report')} by {_count(len(outlets), 'outlet')}; {multi} reported by more "
        "than one independent source.",
        _toll_total(sitrep),
    ]
    if sitrep.background:
        lines.append(f"{_count(sitrep.background, 'earlier event')} that the reports mention as background "
                     f"{'is' if sitrep.background == 1 else 'are'} left out.")  # fmt: skip
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _toll_total(sitrep: Sitrep) -> str:
    with_toll = [item.event for item in sitrep.items if (item.event.get("fatalities") or {}).get("best") is not None]
    if not with_toll:
        return "No deaths were reported for these events."
    best = sum(e["fatalities"]["best"] for e in with_toll)
    low = sum(e["fatalities"].get("min") or e["fatalities"]["best"] for e in with_toll)
    spread = f" ({low} if each event's lowest reported toll is taken instead)" if low < best else ""
    return (f"{best} {'person' if best == 1 else 'people'} reported killed in {_count(len(with_toll), 'event')}, "
            f"taking each event's latest reported toll, cited below{spread}.")  # fmt: skip


def _key_items(sitrep: Sitrep) -> list[EventItem]:
    ranked = sorted(sitrep.items, key=_weight, reverse=True)[:KEY_DEVELOPMENTS]
    return sorted(ranked, key=lambda item: event_sort_key(item.event))


def _days(sitrep: Sitrep) -> tuple[dict[str, list[EventItem]], list[EventItem]]:
    """Events with a day-precision date by day, and the rest (approximate dates)."""
    by_day: dict[str, list[EventItem]] = {}
    approximate = []
    for item in sitrep.items:
        event_date = item.event.get("date") or {}
        if event_date.get("precision") == "day" and event_date.get("start"):
            by_day.setdefault(event_date["start"], []).append(item)
        else:
            approximate.append(item)
    return by_day, approximate


def _fatality_rows(sitrep: Sitrep) -> list[tuple[str, ...]]:
    """Per event with a toll, dated events first: date, place, latest figure, range, the latest report."""
    rows = []
    for item in sorted(sitrep.items, key=lambda item: (not (item.event.get("date") or {}).get("start"),
                                                       event_sort_key(item.event))):  # fmt: skip
        fatalities = item.event.get("fatalities") or {}
        if fatalities.get("best") is None:
            continue
        low, high = fatalities.get("min"), fatalities.get("max")
        spread = f"{low}–{high}" if low is not None and high is not None and low != high else ""
        latest = max((c for c in item.citations if c.fatalities == fatalities["best"]), key=_reporting_order,
                     default=None)  # fmt: skip
        rows.append((date_phrase(item.event.get("date")), place_phrase(item.event.get("location")) or "not reported",
                     str(fatalities["best"]), spread, _cited_as(latest) if latest else ""))  # fmt: skip
    return rows


def _source_line(document: dict[str, Any]) -> str:
    """ "Outlet, “Title”, date (where)" (no number)."""
    title = f"“{document['title']}”, " if document.get("title") else ""
    where = document.get("url") or document.get("input_name") or document.get("id")
    when = _plain_day(document.get("published")) if document.get("published") else "undated"
    return f"{document.get('outlet') or 'Unattributed report'}, {title}{when} ({where})"


def _blocks(sitrep: Sitrep) -> list[Block]:
    """The sitrep from title to sources, without markup."""
    blocks = [Block("heading", sitrep.title, level=1), Block("list", items=[("", line) for line in
                                                                            _headline_figures(sitrep)]),
              Block("paragraph", "Every figure below comes from the numbered reports listed under Sources; "
                    "where reports disagree, each report's figure is given.", muted=True)]  # fmt: skip
    if not sitrep.items:
        blocks.append(Block("paragraph", "No events were recorded for this period and region."))
    else:
        blocks += [Block("heading", "Key developments"),
                   Block("list", items=[(date_phrase(item.event.get("date")), _event_paragraph(item, True))
                                        for item in _key_items(sitrep)]),
                   Block("heading", "Map and daily chart"), Block("images"),
                   Block("heading", "Day by day")]  # fmt: skip
        by_day, approximate = _days(sitrep)
        for day in sorted(by_day):
            blocks += [Block("heading", _weekday(day), level=3),
                       Block("list", items=[("", line) for line in _day_lines(by_day[day])])]  # fmt: skip
        if approximate:
            blocks += [Block("heading", "Dates approximate", level=3),
                       Block("list", items=[(date_phrase(item.event.get("date")), _event_paragraph(item))
                                            for item in approximate])]  # fmt: skip
        rows = _fatality_rows(sitrep)
        if rows:
            blocks += [Block("heading", "Fatalities"),
                       Block("table", header=("Date", "Place", "Killed (latest report)", "Range across reports",
                                              "Latest report"), rows=rows),
                       Block("paragraph", _toll_total(sitrep))]  # fmt: skip
    blocks += [Block("heading", "Sources"), Block("sources"),
               Block("paragraph", "Generated by sitreps from news reports; figures are as reported, not verified.",
                     muted=True)]  # fmt: skip
    return blocks


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
            out += ["| " + " | ".join(block.header) + " |", "|---|---|---:|---|---|"]
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
        colour = FAMILY_COLOURS.get(event.get("event_type") or "", "#666666")
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
    legend_types = [t for t in FAMILY_COLOURS if any(e.get("event_type") == t for e in located)]
    legend_top = MAP_HEIGHT - 26 - 16 * len(legend_types)
    out.append(f'<rect x="4" y="{legend_top}" width="190" height="{16 * len(legend_types) + 12}" fill="#ffffff" '
               'fill-opacity="0.8"/>')  # fmt: skip
    for index, event_type in enumerate(legend_types):
        y = MAP_HEIGHT - 14 - 16 * (len(legend_types) - 1 - index)
        out.append(f'<circle cx="14" cy="{y - 4}" r="5" fill="{FAMILY_COLOURS[event_type]}" fill-opacity="0.55"/>')
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
