"""The wire-report scorer (sitreps.evaluation.wire) and its data file; no quality threshold here."""

from __future__ import annotations

import datetime
import json

import pytest

from sitreps.evaluation.wire import (
    BUNDLED_PATHS,
    evaluate,
    main_event,
    score_report,
    source_matches,
    summarise,
)
from sitreps.models import Attribution, DateValue, Document, EventMention, Extraction, Quantity, Span

KHERSON = ("Russian shelling killed two civilians in Kherson on Tuesday, regional governor Oleksandr Prokudin said. "
           "Ukraine's air force said it shot down 20 drones overnight.")


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(part, start, start + len(part))


def _kherson_extraction() -> Extraction:
    document = Document(id="k1", text=KHERSON, published="2023-11-08", language="en")
    tuesday = _span(KHERSON, "Tuesday")
    date = DateValue("Tuesday", tuesday.start, tuesday.end, "2023-11-07", "2023-11-07", "day", "published", "past")
    killed = _span(KHERSON, "two civilians")
    toll = Quantity("killed", 2, 2, None, killed.text, killed.start, killed.end)
    shelling = EventMention(id="e1", event_type="Explosions/Remote violence",
                            sub_event_type="Shelling/artillery/missile attack", confidence=0.7,
                            trigger=_span(KHERSON, "shelling"), evidence=_span(KHERSON, KHERSON.split(". ")[0]),
                            modality="reported", date=date, fatalities={"min": 2, "max": 2, "text": "two civilians"},
                            quantities=[toll], sources=["Oleksandr Prokudin"])
    downing = EventMention(id="e2", event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                           confidence=0.9, trigger=_span(KHERSON, "shot down"),
                           evidence=_span(KHERSON, "Ukraine's air force said it shot down 20 drones overnight."),
                           modality="reported")
    air_force = Attribution(source=_span(KHERSON, "Ukraine's air force"), source_kind="military",
                            cue=_span(KHERSON, "said it"), content=_span(KHERSON, "shot down 20 drones"))
    return Extraction(document=document, dates=[date], quantities=[toll], attributions=[air_force],
                      events=[shelling, downing])


def _record(**gold) -> dict:
    return {"id": "k1", "published": "2023-11-08", "outlet": "Reuters", "text": KHERSON,
            "gold": {"sub_event_type": "Shelling/artillery/missile attack", "day": "2023-11-07", "toll_floor": 2,
                     "sources": ["Oleksandr Prokudin", "Ukraine's air force"], **gold}}


def test_main_event_prefers_the_gold_type_over_a_more_confident_one():
    extraction = _kherson_extraction()
    assert main_event(extraction.events, "Shelling/artillery/missile attack").id == "e1"
    assert main_event(extraction.events, "Armed clash").id == "e2"  # no event of that type: the most confident
    assert main_event([], "Armed clash") is None


def test_source_matching_is_token_containment_keeping_the_head():
    assert source_matches("Oleh Syniehubov", "regional governor Oleh Syniehubov")
    assert source_matches("Oleh Syniehubov", "Syniehubov")
    assert source_matches("Ukraine's air force", "the air force")
    assert source_matches("Ukraine's air force", "UKRAINE'S AIR FORCE")
    assert not source_matches("Ukraine's air force", "Ukraine")
    assert not source_matches("Oleh Syniehubov", "Oleh Kiper")


def test_a_right_report_scores_right_on_every_count():
    result = score_report(_record(), _kherson_extraction())
    assert result["type_right"] and result["day_right"] and result["toll_right"]
    assert (result["sources_found"], result["sources_total"]) == (2, 2)
    assert result["errors"] == []


def test_a_wrong_report_names_each_error_and_its_stage():
    result = score_report(_record(day="2023-11-06", toll_floor=3, sources=["Roman Mrochko"]),
                          _kherson_extraction())
    assert not result["day_right"] and not result["toll_right"] and result["sources_found"] == 0
    stages = " ".join(result["errors"])
    assert "dates: gold day not resolved" in stages
    assert "quantities: no killed count" in stages
    assert "sources [attribution]" in stages
    scores = summarise([result, score_report(_record(toll_floor=None), _kherson_extraction())])
    assert (scores["n"], scores["day_right"], scores["toll_n"], scores["toll_right"]) == (2, 1, 1, 0)
    assert (scores["sources_found"], scores["sources_total"]) == (2, 3)


def test_evaluate_runs_the_pipeline_on_a_file(tmp_path):
    path = tmp_path / "two.jsonl"
    records = [_record(), {**_record(), "id": "k2", "text": "KYIV, Nov 8 (Reuters) - " + KHERSON}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    scores = evaluate(path)
    assert scores["n"] == 2 and scores["toll_n"] == 2 and scores["sources_total"] == 4
    assert [r["id"] for r in scores["reports"]] == ["k1", "k2"]
    assert "sets" not in scores
    other = tmp_path / "one.jsonl"
    other.write_text(json.dumps(_record()) + "\n", encoding="utf-8")
    both = evaluate([path, other])
    assert both["n"] == 3 and both["sets"]["two"]["n"] == 2 and both["sets"]["one"]["n"] == 1


@pytest.mark.parametrize("path", BUNDLED_PATHS, ids=lambda p: p.stem)
def test_the_bundled_wire_reports_parse_and_carry_their_gold(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]
    assert len(records) >= 30
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert {"id", "published", "outlet", "text", "gold"} <= record.keys(), record["id"]
        gold = record["gold"]
        assert {"sub_event_type", "day", "toll_floor", "sources"} <= gold.keys(), record["id"]
        assert 20 <= len(record["text"].split()) <= 250, record["id"]
        datetime.date.fromisoformat(gold["day"])
        assert record["published"] is None or gold["day"] <= record["published"], record["id"]
        assert gold["toll_floor"] is None or isinstance(gold["toll_floor"], int)
        assert gold["sources"] and all(name in record["text"] for name in gold["sources"]), record["id"]
        place = gold["place"]
        assert place["name"] and -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180, record["id"]


def test_the_place_is_right_within_60_km_and_named_when_wrong():
    extraction = _kherson_extraction()
    extraction.events[0].location = {"name": "Kherson", "lat": 46.64, "lon": 32.61, "country_code": "UA",
                                     "geo_precision": 1}
    near = score_report(_record(place={"name": "Kherson", "lat": 46.63, "lon": 32.62}), extraction)
    assert near["place_right"] and near["place_km"] < 2
    far = score_report(_record(place={"name": "Odesa", "lat": 46.48, "lon": 30.73}), extraction)
    assert not far["place_right"] and "place [places/linking]: gold Odesa, got Kherson" in " ".join(far["errors"])
    scores = summarise([near, far, score_report(_record(), extraction)])
    assert (scores["place_n"], scores["place_right"]) == (2, 1)
