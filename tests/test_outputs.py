"""Output formats for canonical events (jsonl, csv, geojson, table) and for per-document extractions."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from sitreps.merge import build_canonical
from sitreps.models import Actor, DateValue, Document, EventMention, Extraction, Span
from sitreps.outputs import (
    ACLED_COLUMNS,
    CSV_COLUMNS,
    export_events,
    lookup_country,
    write_events,
    write_extractions,
)

RUSSIA = {
    "text": "Russian",
    "name": "Military Forces of Russia (2000-)",
    "country": "RUS",
    "kind": "state_forces",
}
CIVILIANS = {"text": "residents", "name": "Civilians (Ukraine)", "country": "UKR", "kind": "civilians"}


def mention(document: str, outlet: str, published: str, **fields: Any) -> dict[str, Any]:
    evidence = fields.pop("evidence", "Missiles hit apartment blocks in the city centre.")
    base = {
        "id": "e1",
        "document": document,
        "outlet": outlet,
        "published": published,
        "position": 0,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "confidence": 0.8,
        "date": {"start": "2022-10-10", "end": "2022-10-10", "precision": "day", "text": "on Monday"},
        "location": {
            "name": "Kyiv",
            "lat": 50.4501,
            "lon": 30.5234,
            "country_code": "UA",
            "admin1": "Kyiv City",
            "geo_precision": 1,
            "place": "Kyiv",
        },
        "actor1": RUSSIA,
        "actor2": CIVILIANS,
        "fatalities": None,
        "modality": "asserted",
        "sources": [],
        "evidence": {"text": evidence, "start": 0, "end": len(evidence)},
    }
    return {**base, **fields}


def kyiv_event() -> dict[str, Any]:
    return build_canonical(
        "ev-kyiv",
        [
            mention(
                "ap-1",
                "Associated Press",
                "2022-10-10",
                fatalities={"min": 8, "max": None, "text": "eight"},
                sources=["Ukrainian police"],
                evidence="Russian missiles killed at least eight people in Kyiv.",
            ),
            mention(
                "rt-1",
                "Reuters",
                "2022-10-11",
                fatalities={"min": 19, "max": 19, "text": "19"},
                sources=["State Emergency Service of Ukraine", "Kyiv City Military Administration"],
            ),
        ],
    )


def protest_event() -> dict[str, Any]:
    return build_canonical(
        "ev-lagos",
        [
            mention(
                "pt-1",
                "Premium Times",
                "2022-10-08",
                event_type="Protests",
                sub_event_type="Peaceful protest",
                date={"start": "2022-10-08", "end": "2022-10-08", "precision": "day", "text": "on Saturday"},
                location={
                    "name": "Lagos",
                    "lat": 6.4541,
                    "lon": 3.3947,
                    "country_code": "NG",
                    "admin1": "Lagos",
                    "geo_precision": 1,
                    "place": "Lagos",
                },
                actor1={
                    "text": "protesters",
                    "name": "Protesters (Nigeria)",
                    "country": "NGA",
                    "kind": "protesters",
                },
                actor2=None,
                evidence="Hundreds marched in Lagos to mark the anniversary of the EndSARS protests.",
            )
        ],
    )


def unlocated_event() -> dict[str, Any]:
    return build_canonical(
        "ev-nowhere", [mention("x-1", "Wire", "2022-10-12", location=None, actor2=None, date=None)]
    )


def render(events: list[dict[str, Any]], fmt: str) -> str:
    out = io.StringIO()
    write_events(events, fmt, out)
    return out.getvalue()


def test_jsonl_is_one_event_per_line_sorted_by_date_then_id():
    lines = render([kyiv_event(), unlocated_event(), protest_event()], "jsonl").splitlines()
    events = [json.loads(line) for line in lines]
    assert [e["id"] for e in events] == ["ev-lagos", "ev-kyiv", "ev-nowhere"]
    assert events[1] == kyiv_event()


def test_csv_has_acled_columns_and_ours():
    rows = list(csv.DictReader(io.StringIO(render([kyiv_event(), protest_event()], "csv"))))
    assert list(rows[0]) == CSV_COLUMNS
    lagos, kyiv = rows
    assert kyiv["event_id_cnty"].startswith("UKR") and kyiv["event_id_cnty"][3:].isdigit()
    assert kyiv["event_date"] == "2022-10-10" and kyiv["year"] == "2022" and kyiv["time_precision"] == "1"
    assert kyiv["disorder_type"] == "Political violence"
    assert (kyiv["actor1"], kyiv["inter1"], kyiv["actor2"], kyiv["inter2"]) == (
        "Military Forces of Russia (2000-)",
        "1",
        "Civilians (Ukraine)",
        "7",
    )
    assert kyiv["interaction"] == "17" and kyiv["civilian_targeting"] == "Civilian targeting"
    assert (kyiv["country"], kyiv["iso"], kyiv["admin1"], kyiv["location"]) == (
        "Ukraine",
        "804",
        "Kyiv City",
        "Kyiv",
    )
    assert (kyiv["latitude"], kyiv["longitude"], kyiv["geo_precision"]) == ("50.4501", "30.5234", "1")
    assert kyiv["fatalities"] == "19" and (kyiv["fatalities_min"], kyiv["fatalities_max"]) == ("8", "19")
    assert kyiv["source"] == "Associated Press; Reuters"  # the outlets; named sources are in the notes' quotes
    assert kyiv["region"] == "Europe" and kyiv["timestamp"] == "1665446400"  # 2022-10-11, the latest report
    assert kyiv["notes"].startswith(
        "On 10 October 2022, a missile or artillery strike by Military Forces of Russia (2000-) against "
        "Civilians (Ukraine) in Kyiv (Kyiv City), Ukraine; 19 killed (reports range from 8 to 19)."
    )
    assert 'Associated Press (2022-10-10): "Russian missiles killed at least eight people in Kyiv."' in kyiv["notes"]
    assert "Reports differ on fatalities: 8, 19" in kyiv["notes"]
    assert kyiv["outlets"] == "Associated Press; Reuters" and kyiv["independent_sources"] == "2"
    assert kyiv["documents"] == "ap-1; rt-1" and kyiv["mentions"] == "2" and kyiv["sitreps_id"] == "ev-kyiv"
    assert lagos["disorder_type"] == "Demonstrations" and lagos["interaction"] == "60"
    assert lagos["fatalities"] == "0" and lagos["fatalities_min"] == "" and lagos["country"] == "Nigeria"
    assert lagos["region"] == "Western Africa" and lagos["tags"] == "crowd size=no report"
    assert lagos["notes"].startswith("On 8 October 2022, a peaceful protest by Protesters (Nigeria) in Lagos, Nigeria.")


def test_event_id_cnty_is_stable():
    first = list(csv.DictReader(io.StringIO(render([kyiv_event()], "csv"))))[0]["event_id_cnty"]
    again = list(csv.DictReader(io.StringIO(render([protest_event(), kyiv_event()], "csv"))))[1][
        "event_id_cnty"
    ]
    assert first == again


def test_geojson_points_are_lon_lat_with_flat_properties():
    collection = json.loads(render([kyiv_event(), unlocated_event()], "geojson"))
    assert collection["type"] == "FeatureCollection"
    kyiv, nowhere = collection["features"]
    assert kyiv["geometry"] == {"type": "Point", "coordinates": [30.5234, 50.4501]}
    assert kyiv["properties"]["fatalities"] == 19 and kyiv["properties"]["location"] == "Kyiv"
    assert kyiv["properties"]["documents"] == ["ap-1", "rt-1"]
    assert nowhere["geometry"] is None and nowhere["properties"]["id"] == "ev-nowhere"


def test_table_is_fixed_width_and_truncates_long_cells():
    text = render([kyiv_event(), protest_event()], "table")
    header, rule, lagos, kyiv = text.splitlines()
    assert header.split()[:4] == ["date", "id", "type", "place"]
    assert lagos.startswith("2022-10-08") and "Lagos, NG" in lagos and "Peaceful protest" in lagos
    assert "19 (8-19)" in kyiv and "Kyiv, UA" in kyiv
    assert kyiv.endswith("…")  # four sources do not fit
    assert max(len(line) for line in text.splitlines()) <= len(rule)


def test_unknown_formats_are_refused():
    with pytest.raises(ValueError, match="unknown events format"):
        render([], "xml")
    with pytest.raises(ValueError, match="unknown extract format"):
        write_extractions([], "csv", io.StringIO())


def test_country_lookup_accepts_codes_and_names():
    assert lookup_country("ua")["iso3"] == "UKR"
    assert lookup_country("NGA")["iso"] == "NG"
    assert lookup_country("Bangladesh")["iso"] == "BD"
    assert lookup_country("Atlantis") is None


def extraction() -> Extraction:
    text = "Israeli air strikes on Gaza City killed 11 people on Friday, the health ministry said."
    document = Document(
        id="aj-gaza",
        text=text,
        title="Strikes on Gaza",
        outlet="Al Jazeera",
        published="2022-08-06",
        language="en",
    )

    def span(needle: str) -> Span:
        start = text.index(needle)
        return Span(needle, start, start + len(needle))

    when = span("on Friday")
    strike = EventMention(
        id="e1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        confidence=0.9,
        trigger=span("air strikes"),
        evidence=Span(text, 0, len(text)),
        actor1=Actor("Israeli", "Military Forces of Israel (2022-)", "ISR", "state_forces"),
        date=DateValue(when.text, when.start, when.end, "2022-08-05", "2022-08-05", "day", "published"),
        location={
            "name": "Gaza City",
            "lat": 31.5017,
            "lon": 34.4668,
            "country_code": "PS",
            "admin1": "Gaza Strip",
            "geo_precision": 1,
            "place": "Gaza City",
        },
        fatalities={"min": 11, "max": 11, "text": "11 people"},
        sources=["health ministry"],
    )
    return Extraction(document=document, events=[strike])


def skipped() -> Extraction:
    document = Document(id="lemonde-1", text="Des manifestants ont défilé à Paris samedi.", language="fr")
    return Extraction(document=document, skipped="language: fr")


def test_extractions_as_jsonl_and_json():
    out = io.StringIO()
    write_extractions([extraction(), skipped()], "jsonl", out)
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [extraction().to_dict(), skipped().to_dict()]
    assert ": " not in lines[0].split('"text"')[0]  # compact separators
    out = io.StringIO()
    write_extractions(iter([extraction(), skipped()]), "json", out)
    assert json.loads(out.getvalue()) == [extraction().to_dict(), skipped().to_dict()]
    out = io.StringIO()
    write_extractions([], "json", out)
    assert json.loads(out.getvalue()) == []


def test_extractions_as_table():
    out = io.StringIO()
    write_extractions([extraction(), skipped()], "table", out)
    text = out.getvalue()
    assert text.startswith('aj-gaza  "Strikes on Gaza"  (Al Jazeera, 2022-08-06)')
    row = next(line for line in text.splitlines() if "Air/drone strike" in line)
    assert "2022-08-05" in row and "Gaza City, PS" in row and "11" in row and "health ministry" in row
    assert "lemonde-1\n  skipped: language: fr" in text


def test_acled_columns_come_first_in_acleds_order():
    assert CSV_COLUMNS[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert ACLED_COLUMNS[:3] == ["event_id_cnty", "event_date", "year"]
    assert ACLED_COLUMNS[-4:] == ["notes", "fatalities", "tags", "timestamp"]
    for name in ("assoc_actor_1", "assoc_actor_2", "region", "admin2", "admin3", "source_scale"):
        assert name in ACLED_COLUMNS


def test_hostile_text_in_notes_stays_inside_one_csv_cell():
    event = build_canonical(
        "ev-odd", [mention("x-1", "Wire", "2022-10-12", evidence='Shells hit "the market",\nthen; the port.')]
    )
    [row] = list(csv.DictReader(io.StringIO(render([event], "csv"))))
    assert row["notes"].endswith('Wire (2022-10-12): "Shells hit "the market", then; the port."')


def test_every_export_format_writes_a_file(tmp_path: Path):
    events = [kyiv_event(), protest_event(), unlocated_event()]
    for fmt, name in (("acled-csv", "e.csv"), ("geojson", "e.geojson"), ("jsonl", "e.jsonl")):
        export_events(events, fmt, tmp_path / name)
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert [row["sitreps_id"] for row in rows] == ["ev-lagos", "ev-kyiv", "ev-nowhere"]
    assert len(json.loads((tmp_path / "e.geojson").read_text())["features"]) == 3
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 3
    with pytest.raises(ValueError, match="unknown export format"):
        export_events(events, "xlsx", tmp_path / "e.xlsx")


def test_parquet_has_a_typed_schema_and_nulls_for_blanks(tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    export_events([kyiv_event(), protest_event(), unlocated_event()], "parquet", path)
    table = pq.read_table(path)
    assert table.column_names == CSV_COLUMNS
    types = {field.name: str(field.type) for field in table.schema}
    assert types["fatalities"] == "int64" and types["latitude"] == "double" and types["notes"] == "string"
    assert types["iso"] == "int64" and types["event_date"] == "string"
    rows = table.to_pylist()
    assert [row["sitreps_id"] for row in rows] == ["ev-lagos", "ev-kyiv", "ev-nowhere"]
    assert rows[1]["fatalities"] == 19 and rows[1]["latitude"] == 50.4501 and rows[1]["iso"] == 804
    assert rows[2]["latitude"] is None and rows[2]["event_date"] is None and rows[2]["fatalities"] == 0
    export_events([], "parquet", path)
    assert pq.read_table(path).num_rows == 0
