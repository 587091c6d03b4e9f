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
    outlet: str  # the outlet, else the report's title or file
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
            if any(c.number == numbers[document] for c in item.citations):
                continue
            summary = summaries.get(document, {})
            label = evidence.get("outlet") or (f"“{summary['title']}”" if summary.get("title") else None) \
                or Path(str(summary.get("input_name") or document)).name
            item.citations.append(Citation(numbers[document], str(label), evidence.get("published"),
                                           list(evidence.get("sources") or []), _toll(evidence.get("fatalities"))))
        items.append(item)
    documents = [{"number": n, "id": d, **summaries.get(d, {})} for d, n in numbers.items()]
    record = lookup_country(country) if country else None
    if country:
        region = record["name"] if record else country
    else:
        names = Counter(
            (lookup_country((e.get("location") or {}).get("country_code")) or {}).get("name") for e in events
        )
        region = ", ".join(name for name, _ in names.most_common() if name) or "all regions"
    dated = [e["date"]["start"] for e in events if (e.get("date") or {}).get("precision") == "day"] or [
        e["date"]["start"] for e in events if (e.get("date") or {}).get("start")
    ]
    period = (since or (min(dated) if dated else None), until or (max(dated) if dated else None))
    title = f"Situation report: {region}, {_period_label(period)}"
    return Sitrep(title, period, region, items, documents, background)


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
    return f"{_plain_day(start)} to {_plain_day(end)}"


# Sentences. Each returns plain text; the renderers escape it.


def _who_said(citation: Citation) -> str:
    said = f"according to {', '.join(citation.sources)}, " if citation.sources else ""
    when = f" on {_plain_day(citation.published)}" if citation.published else " (undated)"
    return f"{said}reported by {citation.outlet}{when} [{citation.number}]"


def _event_sentence(event: dict[str, Any]) -> str:
    """"A missile or artillery strike by X against Y in Place." (no date: the day heads the section)"""
    phrase = type_phrase(event)
    sentence = phrase[0].upper() + phrase[1:] + actors_phrase(event)
    place = place_phrase(event.get("location"))
    return sentence + (f" in {place}." if place else ".")


def _toll_sentence(item: EventItem) -> str:
    fatalities = item.event.get("fatalities") or {}
    best, low, high = fatalities.get("best"), fatalities.get("min"), fatalities.get("max")
    if best is None and low is None:
        return ""
    figure = best if best is not None else low
    people = "person" if figure == 1 else "people"
    sentence = f"{figure} {people} killed according to the latest report"
    if low is not None and high is not None and low != high:
        sentence += f" (reports range from {low} to {high})"
    tolls = [c for c in item.citations if c.fatalities is not None]
    if len(tolls) > 1:
        steps = ", then ".join(f"{c.fatalities} ({c.outlet}, {_plain_day(c.published)} [{c.number}])"
                               for c in tolls)  # fmt: skip
        sentence += f"; reported tolls: {steps}"
    return sentence + "."


def _citation_sentence(item: EventItem) -> str:
    if not item.citations:
        return ""
    text = "; ".join(_who_said(c) for c in item.citations)
    return text[0].upper() + text[1:] + "."


def _disagreements(event: dict[str, Any]) -> str:
    notes = []
    for conflict in event.get("conflicts") or []:
        if conflict.get("field") == "fatalities":
            continue  # the toll sentence already gives each report's figure
        values = list(dict.fromkeys(str(v.get("value")) for v in conflict.get("values") or []))
        name = CONFLICT_NAMES.get(str(conflict.get("field")), str(conflict.get("field")))
        notes.append(f"the {name} ({' / '.join(values)})")
    return f"Reports disagree on {'; '.join(notes)}." if notes else ""


def _quote(item: EventItem) -> str:
    evidence = (item.event.get("evidence") or [{}])[0]
    words = str(evidence.get("text") or "").split()
    if not words:
        return ""
    text = " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")
    return f"In {evidence.get('outlet') or 'the first report'}'s words: “{text}”"


def _event_paragraph(item: EventItem, with_quote: bool = False) -> str:
    parts = [_event_sentence(item.event), _toll_sentence(item), _disagreements(item.event),
             _citation_sentence(item)]  # fmt: skip
    if with_quote:
        parts.append(_quote(item))
    return " ".join(part for part in parts if part)


def _headline_figures(sitrep: Sitrep) -> list[str]:
    events = [item.event for item in sitrep.items]
    places = {place_phrase(e.get("location"), with_country=False) for e in events if e.get("location")}
    outlets = {c.outlet for item in sitrep.items for c in item.citations}
    with_toll = [e for e in events if (e.get("fatalities") or {}).get("best") is not None]
    best = sum(e["fatalities"]["best"] for e in with_toll)
    low = sum(e["fatalities"].get("min") or e["fatalities"]["best"] for e in with_toll)
    high = sum(e["fatalities"].get("max") or e["fatalities"]["best"] for e in with_toll)
    multi = sum(1 for e in events if (e.get("independent_sources") or 0) > 1)
    lines = [
        f"{len(events)} events in {len(places)} places, from {len(sitrep.documents)} reports by "
        f"{len(outlets)} outlets; {multi} events were reported by more than one independent source.",
    ]
    if with_toll:
        spread = f" (reports range from {low} to {high})" if low != high else ""
        lines.append(f"{best} people killed in {len(with_toll)} events with a reported toll{spread}; each figure is "
                     "the latest report's and is cited below.")  # fmt: skip
    else:
        lines.append("No deaths were reported for these events.")
    if sitrep.background:
        lines.append(f"{sitrep.background} earlier events that the reports mention as background are left out.")
    return lines


def _key_items(sitrep: Sitrep) -> list[EventItem]:
    def weight(item: EventItem) -> tuple:
        event = item.event
        return ((event.get("fatalities") or {}).get("best") or 0, event.get("independent_sources") or 0,
                event.get("mentions") or 0)  # fmt: skip

    ranked = sorted(sitrep.items, key=weight, reverse=True)[:KEY_DEVELOPMENTS]
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


def _fatality_rows(sitrep: Sitrep) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for item in sitrep.items:
        fatalities = item.event.get("fatalities") or {}
        if fatalities.get("best") is None:
            continue
        low, high = fatalities.get("min"), fatalities.get("max")
        spread = f"{low}–{high}" if low is not None and high is not None and low != high else ""
        latest = max(
            (c for c in item.citations if c.fatalities is not None),
            key=lambda c: (c.published or "", c.number),
            default=None,
        )
        cited = f"{latest.outlet}, {_plain_day(latest.published)} [{latest.number}]" if latest else ""
        rows.append((date_phrase(item.event.get("date")), place_phrase(item.event.get("location")),
                     str(fatalities["best"]), spread, cited))  # fmt: skip
    return rows


def _source_line(document: dict[str, Any]) -> str:
    title = f"“{document['title']}”, " if document.get("title") else ""
    where = document.get("url") or document.get("input_name") or document.get("id")
    return f"[{document['number']}] {document.get('outlet') or 'Unknown outlet'}, {title}" \
           f"{_plain_day(document.get('published')) if document.get('published') else 'undated'} ({where})"


# Markdown and HTML


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|])")


def md_escape(text: str) -> str:
    """Markdown-safe text: markup characters from article text are shown, not interpreted."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(sitrep: Sitrep, images: list[tuple[str, str]] | None) -> str:
    """The sitrep as Markdown; `images` are (alt text, file name) pairs, None when writing to stdout."""
    out = [f"# {md_escape(sitrep.title)}", ""]
    out += [f"- {md_escape(line)}" for line in _headline_figures(sitrep)]
    out += ["", "Every figure below comes from the numbered reports listed under Sources; where reports "
            "disagree, each report's figure is given.", ""]  # fmt: skip
    if not sitrep.items:
        out += ["No events were recorded for this period and region.", ""]
    else:
        out += ["## Key developments", ""]
        for item in _key_items(sitrep):
            when = date_phrase(item.event.get("date"))
            out.append(f"- **{md_escape(when)}**: {md_escape(_event_paragraph(item, with_quote=True))}")
        out.append("")
        if images:
            out += ["## Map and daily chart", ""]
            for alt, name in images:
                out += [f"![{alt}]({name})", ""]
        elif images is None:
            out += ["(The map and the daily chart are written only beside a report file; this report went to "
                    "standard output.)", ""]  # fmt: skip
        by_day, approximate = _days(sitrep)
        out += ["## Day by day", ""]
        for day in sorted(by_day):
            out += [f"### {_weekday(day)}", ""]
            out += [f"- {md_escape(_event_paragraph(item))}" for item in by_day[day]]
            out.append("")
        if approximate:
            out += ["### Dates approximate", ""]
            for item in approximate:
                when = date_phrase(item.event.get("date"))
                out.append(f"- **{md_escape(when)}**: {md_escape(_event_paragraph(item))}")
            out.append("")
        rows = _fatality_rows(sitrep)
        if rows:
            out += ["## Fatalities", "", "| Date | Place | Killed (latest report) | Range across reports | Latest "
                    "report |", "|---|---|---:|---|---|"]  # fmt: skip
            out += ["| " + " | ".join(md_escape(cell) for cell in row) + " |" for row in rows]
            out += ["", md_escape(_headline_figures(sitrep)[1]), ""]
    out += ["## Sources", ""]
    out += [f"{md_escape(_source_line(document))}  " for document in sitrep.documents]
    out += ["", "_Generated by sitreps from news reports; figures are as reported, not verified._", ""]
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
           f"<title>{_h(sitrep.title)}</title><style>{HTML_STYLE}</style></head><body>",
           f"<h1>{_h(sitrep.title)}</h1>", "<ul>"]  # fmt: skip
    out += [f"<li>{_h(line)}</li>" for line in _headline_figures(sitrep)]
    out += ["</ul>", '<p class="muted">Every figure below comes from the numbered reports listed under Sources; '
            "where reports disagree, each report's figure is given.</p>"]  # fmt: skip
    if not sitrep.items:
        out.append("<p>No events were recorded for this period and region.</p>")
    else:
        out += ["<h2>Key developments</h2>", "<ul>"]
        for item in _key_items(sitrep):
            when = date_phrase(item.event.get("date"))
            out.append(f"<li><strong>{_h(when)}</strong>: {_h(_event_paragraph(item, with_quote=True))}</li>")
        out.append("</ul>")
        out.append("<h2>Map and daily chart</h2>")
        for svg, caption in ((map_svg, "Events by place"), (chart_svg, "Events and fatalities per day")):
            if svg:
                out.append(f"<figure>{svg}<figcaption>{_h(caption)}</figcaption></figure>")
        by_day, approximate = _days(sitrep)
        out.append("<h2>Day by day</h2>")
        for day in sorted(by_day):
            out += [f"<h3>{_h(_weekday(day))}</h3>", "<ul>"]
            out += [f"<li>{_h(_event_paragraph(item))}</li>" for item in by_day[day]]
            out.append("</ul>")
        if approximate:
            out += ["<h3>Dates approximate</h3>", "<ul>"]
            for item in approximate:
                when = date_phrase(item.event.get("date"))
                out.append(f"<li><strong>{_h(when)}</strong>: {_h(_event_paragraph(item))}</li>")
            out.append("</ul>")
        rows = _fatality_rows(sitrep)
        if rows:
            out += ["<h2>Fatalities</h2>", "<table><tr><th>Date</th><th>Place</th><th>Killed (latest report)</th>"
                    "<th>Range across reports</th><th>Latest report</th></tr>"]  # fmt: skip
            for when, where, best, spread, latest in rows:
                out.append(f"<tr><td>{_h(when)}</td><td>{_h(where)}</td><td class=\"n\">{_h(best)}</td>"
                           f"<td>{_h(spread)}</td><td>{_h(latest)}</td></tr>")  # fmt: skip
            out += ["</table>", f"<p>{_h(_headline_figures(sitrep)[1])}</p>"]
    out += ["<h2>Sources</h2>", '<ol class="sources">']
    for document in sitrep.documents:
        line = _h(_source_line(document).split("] ", 1)[1])
        url = str(document.get("url") or "")
        link = f' <a href="{html.escape(url, quote=True)}">link</a>' if url.startswith(("http://", "https://")) else ""
        out.append(f'<li value="{document["number"]}">{line}{link}</li>')
    out += ["</ol>", '<p class="muted">Generated by sitreps from news reports; figures are as reported, not '
            "verified.</p>", "</body></html>", ""]  # fmt: skip
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
