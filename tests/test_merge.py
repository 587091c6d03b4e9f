"""Merging event mentions into canonical events: compatibility rules and canonical fields."""

from __future__ import annotations

from typing import Any

from sitreps.merge import MERGE_THRESHOLD, build_canonical, canonical_id, match_score, merge_mention

RUSSIA = {
    "text": "Russian forces",
    "name": "Military Forces of Russia (2000-)",
    "country": "RUS",
    "kind": "state_forces",
}
UKRAINE = {
    "text": "Ukrainian troops",
    "name": "Military Forces of Ukraine (2019-)",
    "country": "UKR",
    "kind": "state_forces",
}


def place(name: str, lat: float | None, lon: float | None, country: str, admin1: str | None, precision: int):
    return {
        "name": name,
        "lat": lat,
        "lon": lon,
        "country_code": country,
        "admin1": admin1,
        "geo_precision": precision,
        "place": name,
    }


KYIV = place("Kyiv", 50.4501, 30.5234, "UA", "Kyiv City", 1)
KYIV_OTHER_GAZETTEER = place("Kyiv", 50.4547, 30.5238, "UA", "Kyiv City", 1)
BROVARY = place("Brovary", 50.5110, 30.7909, "UA", "Kyiv", 1)
LVIV = place("Lviv", 49.8397, 24.0297, "UA", "Lviv", 1)
KHARKIV = place("Kharkiv", 49.9935, 36.2304, "UA", "Kharkiv", 1)
KHERSON_OBLAST = place("Kherson Oblast", 46.75, 33.35, "UA", "Kherson", 3)
KHERSON = place("Kherson", 46.6354, 32.6169, "UA", "Kherson", 1)
UKRAINE_COUNTRY = place("Ukraine", 49.0, 32.0, "UA", None, 3)
GAZA = place("Gaza City", 31.5017, 34.4668, "PS", "Gaza Strip", 1)


def day(iso: str, text: str = "on Monday") -> dict[str, Any]:
    return {"start": iso, "end": iso, "precision": "day", "text": text}


DEFAULT_DAY = day("2022-10-10")


def mention(
    document: str,
    *,
    sub_event_type: str = "Shelling/artillery/missile attack",
    event_type: str = "Explosions/Remote violence",
    date: dict[str, Any] | None = DEFAULT_DAY,
    location: dict[str, Any] | None = KYIV,
    actor1: dict[str, Any] | None = RUSSIA,
    fatalities: dict[str, Any] | None = None,
    outlet: str = "Reuters",
    published: str = "2022-10-10",
    modality: str = "asserted",
    sources: list[str] | None = None,
    evidence: str = "Missiles struck the city.",
) -> dict[str, Any]:
    return {
        "id": "e1",
        "document": document,
        "outlet": outlet,
        "published": published,
        "position": 0,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "confidence": 0.8,
        "date": date,
        "location": location,
        "actor1": actor1,
        "actor2": None,
        "fatalities": fatalities,
        "modality": modality,
        "sources": sources or [],
        "evidence": {"text": evidence, "start": 0, "end": len(evidence)},
    }


def canonical(*mentions: dict[str, Any], event_id: str = "ev-test") -> dict[str, Any]:
    return build_canonical(event_id, list(mentions))


def test_two_outlets_same_strike_same_day_and_city_match_strongly():
    score, reasons = match_score(mention("reuters-1"), canonical(mention("ap-1", outlet="AP")))
    assert score >= 0.9
    assert any("same day" in reason for reason in reasons)
    assert any("same city Kyiv" in reason for reason in reasons)


def test_same_city_from_two_gazetteer_entries_still_matches():
    score, _ = match_score(mention("a", location=KYIV_OTHER_GAZETTEER), canonical(mention("b")))
    assert score >= MERGE_THRESHOLD


def test_different_cities_on_the_same_day_never_merge():
    score, reasons = match_score(mention("a", location=LVIV), canonical(mention("b")))
    assert score == 0.0
    assert any("different cities" in reason for reason in reasons)
    # a suburb 20 km away is still another city
    score, _ = match_score(mention("a", location=BROVARY), canonical(mention("b")))
    assert score == 0.0


def test_different_days_never_merge_unless_overnight():
    later = mention("a", date=day("2022-10-11", "on Tuesday"))
    score, reasons = match_score(later, canonical(mention("b")))
    assert score == 0.0 and any("different days" in reason for reason in reasons)
    overnight = mention("a", date=day("2022-10-11", "overnight"))
    assert match_score(overnight, canonical(mention("b")))[0] >= MERGE_THRESHOLD
    two_days = mention("a", date=day("2022-10-12", "overnight"))
    assert match_score(two_days, canonical(mention("b")))[0] == 0.0


def test_other_event_types_and_countries_are_incompatible():
    protest = mention("a", event_type="Protests", sub_event_type="Peaceful protest", actor1=None)
    assert match_score(protest, canonical(mention("b")))[0] == 0.0
    assert match_score(mention("a", location=GAZA), canonical(mention("b")))[0] == 0.0


def test_subtypes_within_a_family_are_compatible_but_strategic_developments_are_not():
    air = mention("a", sub_event_type="Air/drone strike")
    assert match_score(air, canonical(mention("b")))[0] >= MERGE_THRESHOLD
    arrests = dict(event_type="Strategic developments", actor1=None)
    score, reasons = match_score(
        mention("a", sub_event_type="Arrests", **arrests),
        canonical(mention("b", sub_event_type="Looting/property destruction", **arrests)),
    )
    assert score == 0.0 and any("different sub-event types" in reason for reason in reasons)


def test_conflicting_actors_keep_events_apart():
    ukrainian_shelling = mention("a", actor1=UKRAINE)
    score, reasons = match_score(ukrainian_shelling, canonical(mention("b")))
    assert score < MERGE_THRESHOLD
    assert any("actor1 differs" in reason for reason in reasons)


def test_a_document_never_contributes_two_mentions_to_one_event():
    score, reasons = match_score(mention("same-doc"), canonical(mention("same-doc")))
    assert score == 0.0 and "already reports another event" in reasons[0]


def test_region_level_place_matches_a_city_in_that_region():
    score, reasons = match_score(
        mention("a", location=KHERSON_OBLAST), canonical(mention("b", location=KHERSON))
    )
    assert score >= MERGE_THRESHOLD and any("same region Kherson" in reason for reason in reasons)
    assert (
        match_score(mention("a", location=KHERSON_OBLAST), canonical(mention("b", location=KHARKIV)))[0] == 0
    )


def test_country_level_mention_joins_only_an_unambiguous_event():
    nationwide = mention("c", location=UKRAINE_COUNTRY)
    kyiv = canonical(mention("a"), event_id="ev-kyiv")
    lviv = canonical(mention("b", location=LVIV), event_id="ev-lviv")
    assert merge_mention(nationwide, [kyiv])[0] == "ev-kyiv"
    event_id, _, reasons = merge_mention(nationwide, [kyiv, lviv])
    assert event_id is None and "ambiguous" in reasons[0]
    # a country-level event is the better home for a country-level report
    countrywide = canonical(mention("d", location=UKRAINE_COUNTRY), event_id="ev-countrywide")
    assert merge_mention(nationwide, [kyiv, lviv, countrywide])[0] == "ev-countrywide"


def test_week_precision_joins_a_dated_event_only_when_unambiguous():
    last_week = {"start": "2022-11-07", "end": "2022-11-13", "precision": "week", "text": "last week"}
    retreat = dict(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
    report = mention("c", date=last_week, location=KHERSON, published="2022-11-15", **retreat)
    friday = canonical(
        mention("a", date=day("2022-11-11", "on Friday"), location=KHERSON, **retreat), event_id="ev-f"
    )
    assert merge_mention(report, [friday])[0] == "ev-f"
    saturday = canonical(mention("b", date=day("2022-11-12", "on Saturday"), location=KHERSON, **retreat))
    assert merge_mention(report, [friday, saturday])[0] is None
    october = canonical(mention("a", date=day("2022-10-30"), location=KHERSON, **retreat))
    assert match_score(report, october)[0] == 0.0


def test_past_references_threats_and_denials_are_not_merged():
    for modality in ("historical", "future", "hypothetical", "denied"):
        event_id, _, reasons = merge_mention(mention("a", modality=modality), [canonical(mention("b"))])
        assert event_id is None and modality in reasons[0]


def test_best_candidate_wins_and_ties_are_deterministic():
    report = mention("c")
    exact = canonical(mention("a"), event_id="ev-b")
    subtype_only = canonical(mention("b", sub_event_type="Air/drone strike"), event_id="ev-a")
    assert merge_mention(report, [subtype_only, exact])[0] == "ev-b"
    twin = canonical(mention("d"), event_id="ev-0")
    assert merge_mention(report, [exact, twin])[0] == "ev-0"


def test_canonical_event_takes_most_precise_date_and_place_and_latest_toll():
    early = mention(
        "ap",
        outlet="Associated Press",
        published="2022-10-10",
        location=UKRAINE_COUNTRY,
        fatalities={"min": 8, "max": None, "text": "at least eight people"},
        sources=["Ukrainian police"],
        evidence="Russian missiles killed at least eight people.",
    )
    later = mention(
        "rt",
        outlet="Reuters",
        published="2022-10-11",
        fatalities={"min": 19, "max": 19, "text": "19 people"},
        sources=["State Emergency Service"],
        evidence="The toll from Monday's strikes rose to 19.",
    )
    week = mention(
        "bbc",
        outlet="BBC",
        published="2022-10-12",
        location=None,
        date={"start": "2022-10-10", "end": "2022-10-16", "precision": "week", "text": "this week"},
    )
    event = build_canonical("ev-x", [later, week, early])
    assert event["date"]["precision"] == "day" and event["date"]["start"] == "2022-10-10"
    assert event["location"]["name"] == "Kyiv"
    assert event["fatalities"] == {"min": 8, "max": 19, "best": 19}
    assert event["documents"] == ["ap", "rt", "bbc"]
    assert event["sources"] == [
        "Associated Press",
        "Ukrainian police",
        "Reuters",
        "State Emergency Service",
        "BBC",
    ]
    assert (event["first_reported"], event["last_reported"]) == ("2022-10-10", "2022-10-12")
    assert event["mentions"] == 3
    [conflict] = [c for c in event["conflicts"] if c["field"] == "fatalities"]
    assert [(v["value"], v["outlet"]) for v in conflict["values"]] == [
        (8, "Associated Press"),
        (19, "Reuters"),
    ]
    assert event["evidence"][0]["text"] == "Russian missiles killed at least eight people."
    assert 0.99 < event["confidence"] <= 1.0


def test_claimed_tolls_give_way_to_asserted_ones_for_the_best_figure():
    asserted = mention("a", published="2022-10-10", fatalities={"min": 3, "max": 3, "text": "three"})
    claimed = mention(
        "b",
        published="2022-10-11",
        modality="claimed",
        fatalities={"min": 40, "max": 40, "text": "40 fighters"},
    )
    event = build_canonical("ev-y", [asserted, claimed])
    assert event["fatalities"] == {"min": 3, "max": 40, "best": 3}


def test_differing_dates_are_recorded_as_conflicts():
    overnight = mention("b", date=day("2022-10-11", "overnight"), published="2022-10-11")
    event = build_canonical("ev-z", [mention("a"), overnight])
    [conflict] = [c for c in event["conflicts"] if c["field"] == "date"]
    assert {v["value"] for v in conflict["values"]} == {"2022-10-10", "2022-10-11"}


def test_canonical_ids_are_deterministic():
    assert canonical_id("doc-1/e1") == canonical_id("doc-1/e1")
    assert canonical_id("doc-1/e1").startswith("ev-")
    assert canonical_id("doc-1/e1", salt=1) != canonical_id("doc-1/e1")


def test_undated_reports_match_only_events_shortly_before_publication():
    undated = {"date": None}
    next_day = mention("a", published="2022-10-11", **undated)
    event_id, score, reasons = merge_mention(next_day, [canonical(mention("b"), event_id="ev-kyiv")])
    assert event_id == "ev-kyiv" and "only candidate" in reasons
    assert match_score(mention("a", published="2022-10-20", **undated), canonical(mention("b")))[0] == 0.0
    assert match_score(mention("a", published="2022-10-09", **undated), canonical(mention("b")))[0] == 0.0
    unpublished = canonical(mention("b", published=None, **undated))
    assert match_score(mention("a", published=None, **undated), unpublished)[0] == 0.0
