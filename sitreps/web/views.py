"""What the web API returns, built from the store's records (no HTTP here).

In: canonical events and documents as `sitreps.store.Store` gives them. Out: filtered, paginated event
lists, a per-day timeline, and one event's detail with every mention's evidence sentence, the spans to
highlight in it (offsets relative to the sentence), its document's title, outlet, URL and date, and the
attributions it rests on; and the UI page's first render of the event list, escaped. The store filters by
date, type and country; the filters it lacks (bounding box, free text, source) are applied here over its results.
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from html import escape
from typing import Any

from sitreps.outputs import EVENT_TYPE_COLOURS, lookup_country
from sitreps.store import Store

Bbox = tuple[float, float, float, float]  # west, south, east, north in degrees

# When marks overlap, the earlier kind in this list wins.
MARK_PRIORITY = ("trigger", "quantity", "place", "cue")
TIMELINE_MAX_DAYS = 366  # never more bars than this
TIMELINE_FULL_DAYS = 90  # a span up to this long is always shown whole
TIMELINE_TAIL = 0.05  # a longer one starts where the earliest 5% of dated events end


def parse_bbox(value: str) -> Bbox:
    """'west,south,east,north' in degrees; west > east means the box crosses the antimeridian."""
    parts = value.split(",")
    if len(parts) != 4:
        raise ValueError("bbox must be four numbers: west,south,east,north")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ValueError("bbox must be four numbers: west,south,east,north") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise ValueError("bbox values must be finite")
    if not (-90 <= south <= north <= 90):
        raise ValueError("bbox latitudes must satisfy -90 <= south <= north <= 90")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise ValueError("bbox longitudes must lie in [-180, 180]")
    return west, south, east, north


def in_bbox(event: dict[str, Any], bbox: Bbox) -> bool:
    location = event.get("location") or {}
    lat, lon = location.get("lat"), location.get("lon")
    if lat is None or lon is None:
        return False
    west, south, east, north = bbox
    in_longitude = west <= lon <= east if west <= east else (lon >= west or lon <= east)
    return south <= lat <= north and in_longitude


def _event_words(event: dict[str, Any]) -> str:
    """Everything a free-text search looks at, case-folded."""
    location = event.get("location") or {}
    place = location.get("place") or {}
    parts: list[Any] = [
        event.get("event_type"), event.get("sub_event_type"), location.get("name"), location.get("admin1"),
        location.get("country"), place.get("text"), *(event.get("sources") or []),
        *(evidence.get("text") for evidence in event.get("evidence") or []),
    ]  # fmt: skip
    for key in ("actor1", "actor2"):
        actor = event.get(key) or {}
        parts += [actor.get("name"), actor.get("text")]
    return " ".join(str(p) for p in parts if p).casefold()


def filter_events(
    events: list[dict[str, Any]], bbox: Bbox | None = None, text: str | None = None, source: str | None = None
) -> list[dict[str, Any]]:
    """Keep events inside `bbox`, containing every word of `text`, and with a source containing `source`."""
    words = text.casefold().split() if text else []
    wanted_source = source.casefold().strip() if source else ""
    kept = []
    for event in events:
        if bbox is not None and not in_bbox(event, bbox):
            continue
        if words:
            haystack = _event_words(event)
            if not all(word in haystack for word in words):
                continue
        if wanted_source and not any(wanted_source in str(s).casefold() for s in event.get("sources") or []):
            continue
        kept.append(event)
    return kept


def with_country_name(event: dict[str, Any]) -> dict[str, Any]:
    """The event with `location.country` (the country's name) added, for display and search."""
    location = event.get("location")
    if location and location.get("country_code") and "country" not in location:
        record = lookup_country(location["country_code"])
        if record:
            event = {**event, "location": {**location, "country": record["name"]}}
    return event


def country_names(codes: list[str] | dict[str, Any]) -> dict[str, str]:
    """ISO2 code -> country name, for the codes that are known."""
    names = {}
    for code in codes:
        record = lookup_country(code) if code else None
        if record:
            names[code] = record["name"]
    return names


def event_day(event: dict[str, Any]) -> str | None:
    return (event.get("date") or {}).get("start") or event.get("first_reported")


def timeline(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Events per day (and per type) from `first` to `last`. A long span is cut to where the bulk of the events
    lie (from the `TIMELINE_TAIL` quantile of their dates, at most `TIMELINE_MAX_DAYS` days): the events
    before `first` are counted in `earlier`, undated ones in `undated`."""
    days: dict[str, dict[str, int]] = {}
    dated: list[str] = []
    undated = 0
    for event in events:
        day = (event_day(event) or "")[:10]
        if not day:
            undated += 1
            continue
        dated.append(day)
        by_type = days.setdefault(day, {})
        by_type[event["event_type"]] = by_type.get(event["event_type"], 0) + 1
    if not days:
        return {"first": None, "last": None, "days": [], "earlier": 0, "undated": undated}
    dated.sort()
    last = date.fromisoformat(dated[-1])
    first = date.fromisoformat(dated[0])
    if (last - first).days >= TIMELINE_FULL_DAYS:
        bulk = date.fromisoformat(dated[int(len(dated) * TIMELINE_TAIL)])
        first = max(min(bulk, last - timedelta(days=TIMELINE_FULL_DAYS - 1)), first,
                    last - timedelta(days=TIMELINE_MAX_DAYS - 1))
    earlier = sum(day < first.isoformat() for day in dated)
    series = []
    for offset in range((last - first).days + 1):
        day = (first + timedelta(days=offset)).isoformat()
        by_type = days.get(day, {})
        series.append({"date": day, "count": sum(by_type.values()), "by_type": by_type})
    return {"first": first.isoformat(), "last": last.isoformat(), "days": series, "earlier": earlier,
            "undated": undated}


def _relative(span: dict[str, Any] | None, evidence: dict[str, Any]) -> tuple[int, int] | None:
    """The span's offsets inside the evidence sentence, or None if it is not wholly inside it."""
    if not span or span.get("start") is None or span.get("end") is None:
        return None
    start, end = span["start"] - evidence["start"], span["end"] - evidence["start"]
    if 0 <= start < end <= len(evidence["text"]) and evidence["text"][start:end] == span.get("text"):
        return start, end
    return None


def evidence_marks(mention: dict[str, Any], attributions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The spans to highlight in a mention's evidence sentence: its trigger (the claim), its counts, its place
    and the cue of each attribution it rests on; offsets relative to the sentence, never overlapping."""
    evidence = mention["evidence"]
    candidates: list[tuple[str, dict[str, Any] | None]] = [("trigger", mention.get("trigger"))]
    candidates += [("quantity", q) for q in mention.get("quantities") or []]
    candidates.append(("place", (mention.get("location") or {}).get("place")))
    candidates += [("cue", a.get("cue")) for a in attributions]
    marks: list[dict[str, Any]] = []
    for kind, span in sorted(candidates, key=lambda item: MARK_PRIORITY.index(item[0])):
        offsets = _relative(span, evidence)
        if offsets is None or any(offsets[0] < m["end"] and m["start"] < offsets[1] for m in marks):
            continue
        marks.append({"kind": kind, "start": offsets[0], "end": offsets[1], "text": evidence["text"][slice(*offsets)]})
    return sorted(marks, key=lambda m: m["start"])


def _mention_detail(mention: dict[str, Any], document: dict[str, Any] | None) -> dict[str, Any]:
    meta = (document or {}).get("document") or {}
    all_attributions = (document or {}).get("attributions") or []
    attributions = [all_attributions[i] for i in mention.get("attributions") or [] if 0 <= i < len(all_attributions)]
    return {
        "id": mention["id"],
        "event_type": mention["event_type"],
        "sub_event_type": mention["sub_event_type"],
        "modality": mention["modality"],
        "confidence": mention["confidence"],
        "document": {
            "id": mention["document"],
            "title": meta.get("title"),
            "outlet": meta.get("outlet", mention.get("outlet")),
            "url": meta.get("url"),
            "published": meta.get("published", mention.get("published")),
        },
        "trigger": mention["trigger"],
        "evidence": mention["evidence"],
        "marks": evidence_marks(mention, attributions),
        "also": mention.get("also") or [],
        "date": mention.get("date"),
        "location": mention.get("location"),
        "fatalities": mention.get("fatalities"),
        "quantities": mention.get("quantities") or [],
        "actor1": mention.get("actor1"),
        "actor2": mention.get("actor2"),
        "sources": mention.get("sources") or [],
        "attributions": attributions,
        "merge_score": mention.get("merge_score"),
        "merge_reasons": mention.get("merge_reasons") or [],
    }


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One canonical event; `merged` holds each mention with its evidence, marks, document and attributions."""
    event = store.event(event_id)
    if event is None:
        return None
    documents: dict[str, dict[str, Any] | None] = {}
    for mention in event["merged"]:
        if mention["document"] not in documents:
            documents[mention["document"]] = store.document(mention["document"])
    event["merged"] = [_mention_detail(m, documents[m["document"]]) for m in event["merged"]]
    return with_country_name(event)


# The page's first render. app.js draws the same list from the API (keep the wording in step with it); the
# server renders it too so that the page shows the events before, or without, any script. Every value
# passes through `html.escape`.

def place_label(event: dict[str, Any]) -> str:
    location = event.get("location") or {}
    if not location.get("name"):
        return "Place unknown"
    parts = [location["name"]]
    for extra in (location.get("admin1"), location.get("country")):
        if extra and extra not in parts:
            parts.append(extra)
    return ", ".join(parts)


def date_label(value: dict[str, Any] | None) -> str:
    if not value or not value.get("start"):
        return "undated"
    end = value.get("end")
    label = f"{value['start']} to {end}" if end and end != value["start"] else value["start"]
    precision = value.get("precision")
    return f"{label} ({precision})" if precision and precision != "day" else label


def fatalities_label(fatalities: dict[str, Any] | None) -> str | None:
    if not fatalities or (fatalities.get("min") is None and fatalities.get("max") is None):
        return None
    low, high, best = fatalities.get("min"), fatalities.get("max"), fatalities.get("best")
    label = f"{low}" if high is None or low == high else f"{'?' if low is None else low}-{high}"
    return f"{label} (best {best})" if best is not None and str(best) != label else label


def event_item_html(event: dict[str, Any]) -> str:
    """One `<li>` of the event list, as app.js builds it."""
    mentions = event.get("mentions") or 0
    meta = [date_label(event.get("date")), f"{mentions} report{'' if mentions == 1 else 's'}"]
    deaths = fatalities_label(event.get("fatalities"))
    if deaths:
        meta.append(f"{deaths} killed")
    if event.get("sources"):
        meta.append(", ".join(str(s) for s in event["sources"][:3]))
    kind = event.get("sub_event_type") or event.get("event_type") or ""
    title = f"{event.get('event_type')}: {kind}"
    return (
        f'<li class="event-item" tabindex="0" data-id="{escape(str(event["id"]))}" '
        f'data-type="{escape(str(event.get("event_type") or ""))}" '
        f'title="{escape(title)}" aria-selected="false">'
        f'<span class="dot"></span><div><div class="place">{escape(place_label(event))}</div>'
        f'<div class="kind">{escape(kind)}</div></div><div class="meta">{escape(" · ".join(meta))}</div></li>'
    )


def index_html(template: str, events: list[dict[str, Any]], stats: dict[str, Any]) -> str:
    """The UI page with its summary and event list filled in (escaped) from the store."""
    pills = [f"{stats['canonical_events']} events", f"{stats['documents']} documents",
             f"{stats['multi_source_events']} with several reports"]
    if stats.get("first_event_date"):
        pills.append(f"{stats['first_event_date']} to {stats['last_event_date']}")
    summary = "".join(f'<span class="pill">{escape(pill)}</span>' for pill in pills)
    if events:
        items = "".join(event_item_html(event) for event in events)
    else:
        items = '<li class="event-item muted">No events in this store yet.</li>'
    colours = escape(json.dumps(EVENT_TYPE_COLOURS), quote=True)
    return (template.replace("<!--SUMMARY-->", summary)
            .replace("<!--TYPE-COLOURS-->", colours)
            .replace("<!--EVENTS-->", items)
            .replace("<!--COUNT-->", str(len(events))))
