"""The founding article against what a careful analyst records from it (../shared/seed/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE, SEED_GOLD, needs_shared

from sitreps.evaluation.seed import score
from sitreps.pipeline import extract_text

pytestmark = needs_shared(SEED_ARTICLE)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["2022-11-15", None], ids=["published", "no-published"])
def result(request) -> dict:
    return extract_text(SEED_ARTICLE.read_text(encoding="utf-8"), published=request.param).to_dict()


def test_seed_facts(result, gold):
    facts = score(result, gold)
    missed = [name for name, ok in facts.items() if not ok]
    assert len(facts) - len(missed) >= len(facts) - 3, missed


def test_all_spans_index_the_text(result):
    text = result["document"]["text"]
    spans = [p for p in result["places"]]
    for attribution in result["attributions"]:
        spans += [s for s in (attribution["source"], attribution["cue"], attribution["content"]) if s]
    for event in result["events"]:
        spans += [event["trigger"], event["evidence"], *event["also"], *event["quantities"]]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_page_junk_yields_nothing(result):
    text = result["document"]["text"]
    junk_start = text.index("View Comments")
    credit = text.index("| Efrem Lukatsky")
    for event in result["events"]:
        assert not junk_start <= event["trigger"]["start"] < junk_start + len("View Comments")
        assert event["trigger"]["start"] < credit
    for attribution in result["attributions"]:
        assert attribution["cue"]["start"] < credit
        assert "Comments" not in attribution["content"]["text"]


def test_past_references_are_not_new_events(result):
    for event in result["events"]:
        date = event.get("date") or {}
        if "Oct. 10" in event["evidence"]["text"] and "campaign" in event["trigger"]["text"]:
            assert event["modality"] == "historical" and date.get("start") != "2022-11-15"
        if "stockpiling" in event["trigger"]["text"] or "brace" in event["evidence"]["text"]:
            assert event["modality"] in {"future", "hypothetical"}


def test_output_follows_the_json_schema(result):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(__file__).resolve().parents[1] / "sitreps" / "schema" / "extract.schema.json"
    jsonschema.validate(result, json.loads(schema_path.read_text(encoding="utf-8")))
