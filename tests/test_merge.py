"""Merging event mentions into canonical events: compatibility rules and canonical fields."""

from __future__ import annotations

from typing import Any

from sitreps.merge import (
    MERGE_THRESHOLD,
    _listed_with,
    _place_match_with_names,
    _report_dating,
    assess,
    build_canonical,
    canonical_id,
    compatible_types,
    match_score,
    merge_mention,
    signature_similarity,
    source_chains,
    text_signature,
)

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
    context: dict[str, Any] | None = None,
    trigger: str = "",
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
        "trigger": {"text": trigger, "start": evidence.index(trigger), "end": evidence.index(trigger) + len(trigger)},
        "context": context or {},
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


def test_conflicting_actors_keep_events_apart_unless_day_place_and_type_all_agree():
    ukrainian_drones = mention("a", actor1=UKRAINE, sub_event_type="Air/drone strike")
    score, reasons = match_score(ukrainian_drones, canonical(mention("b")))
    assert score < MERGE_THRESHOLD
    assert any("actor1 differs" in reason for reason in reasons)
    # one outlet's "Ukrainian" for the same missile strike on the same city that day does not split it
    assert match_score(mention("a", actor1=UKRAINE), canonical(mention("b")))[0] >= MERGE_THRESHOLD


def test_a_document_adds_a_second_mention_only_for_the_same_sentence_or_the_same_day_and_town():
    same_sentence = mention("doc", location=UKRAINE_COUNTRY)
    score, reasons = match_score(same_sentence, canonical(mention("doc")))
    assert score >= MERGE_THRESHOLD and any("same sentence" in reason for reason in reasons)
    later_sentence = mention("doc", evidence="Rescuers searched the rubble after the strike.")
    assert match_score(later_sentence, canonical(mention("doc")))[0] >= MERGE_THRESHOLD
    coarse_elsewhere = mention("doc", location=UKRAINE_COUNTRY, evidence="Strikes hit cities across Ukraine.")
    score, reasons = match_score(coarse_elsewhere, canonical(mention("doc")))
    assert score == 0.0 and "already reports another event" in reasons[-1]


def test_a_document_keeps_apart_a_sentence_opening_another_occasion_at_its_town_and_day():
    # a village the gazetteer lacks, placed at the district's town: still the report's other attack that day
    lead = mention("doc", evidence="Shells hit a street in the town of Sumy on Monday evening, wounding a woman.")
    earlier = mention("doc", sub_event_type="Air/drone strike",
                      evidence="Earlier on Monday, a drone struck a tractor in a village of the same district.")
    score, reasons = match_score(earlier, canonical(lead))
    assert score == 0.0 and "already reports another event" in reasons[-1]
    # the same holds the other way round, and for "Later that day,"
    assert match_score(lead, canonical(earlier))[0] == 0.0
    later = mention("doc", evidence="Later that day, shells hit the outskirts of the town, the governor said.")
    assert match_score(later, canonical(lead))[0] == 0.0
    # another report's sentence opening "Earlier" may well tell this very event
    assert match_score(mention("other", evidence=earlier["evidence"]["text"]), canonical(lead))[0] >= MERGE_THRESHOLD


def test_a_document_tells_its_lead_again_in_a_sentence_naming_the_district_the_lead_is_placed_at():
    obolon = place("Obolon", 50.5010, 30.4980, "UA", "Kyiv City", 2)
    lead = mention("doc", sub_event_type="Air/drone strike", location=obolon,
                   evidence="Drones and missiles hit towns all over the country before dawn.")
    district = {"name": "Obolon", "lat": 50.5010, "lon": 30.4980, "country_code": "UA", "district": True}
    city_paragraph = mention("doc", evidence="In the capital, a fire broke out at a depot in the Obolonskyi district.",
                             context={"places": [district]})
    score, reasons = match_score(city_paragraph, canonical(lead))
    assert score >= MERGE_THRESHOLD and any("a district this sentence of the report names" in r for r in reasons)
    # a sentence that names no such district, or names the place only as a town near its own, may tell another strike
    elsewhere = mention("doc", evidence="In the capital, a fire broke out at a depot.")
    score, reasons = match_score(elsewhere, canonical(lead))
    assert score == 0.0 and "already reports another event" in reasons[-1]
    nearby = mention("doc", evidence="A depot burned in the capital, near Obolon.",
                     context={"places": [{**district, "district": False}]})
    assert match_score(nearby, canonical(lead))[0] == 0.0


def test_a_report_telling_its_city_strike_in_a_district_of_the_city_tells_one_event():
    podilskyi = {**place("Podil", 50.4650, 30.5160, "UA", "Kyiv City", 2),
                 "place": {"text": "Podilskyi", "kind": "city"}}
    barrage = canonical(mention("doc", evidence="Russia launched dozens of drones at Ukraine overnight, officials "
                                                "said, and blasts rocked the capital Kyiv."))
    city_paragraph = mention("doc", location=podilskyi,
                             evidence="In Kyiv, the city administration said debris had damaged a kindergarten in "
                                      "the Podilskyi district.")
    score, reasons = match_score(city_paragraph, barrage)
    assert score >= MERGE_THRESHOLD and any("named as a district of Kyiv" in r for r in reasons)
    separate = mention("doc", location=podilskyi,
                       evidence="In Kyiv, another drone later struck a warehouse in the Podilskyi district.")
    assert match_score(separate, barrage)[0] == 0.0


def test_a_city_that_is_its_own_region_and_a_district_inside_it_are_one_place_across_reports():
    holosiivskyi = place("Holosiivskyi", 50.3930, 30.5090, "UA", "Kyiv City", 2)
    city_report = mention("moscow-wire", location={**KYIV, "geo_precision": 2})
    district_report = canonical(mention("kyiv-paper", location=holosiivskyi))
    match = assess(city_report, district_report)
    assert match.score >= MERGE_THRESHOLD and not match.weak
    assert any("a city that is a region of its own" in reason for reason in match.reasons)
    # both given as towns: the district is no other city
    assert not assess(mention("moscow-wire"), canonical(mention("kyiv-paper", location={
        **holosiivskyi, "geo_precision": 1}))).blocked
    # the city's district fits less well than the very place another report names
    same_place = canonical(mention("kyiv-daily", location=holosiivskyi), event_id="ev-same-place")
    city_event = canonical(mention("moscow-wire", location={**KYIV, "geo_precision": 2}), event_id="ev-city")
    assert merge_mention(mention("kyiv-radio", location=holosiivskyi), [city_event, same_place])[0] == "ev-same-place"


def test_a_city_region_district_in_the_same_report_or_a_town_near_a_regional_capital_stays_weak():
    holosiivskyi = place("Holosiivskyi", 50.3930, 30.5090, "UA", "Kyiv City", 2)
    later_sentence = mention("doc", location={**KYIV, "geo_precision": 2},
                             evidence="The capital came under fire again.")
    assert assess(later_sentence, canonical(mention("doc", location=holosiivskyi))).blocked
    # Kharkiv's region is named after it but holds many towns: a town beside it is no part of the city
    pisochyn = place("Pisochyn", 49.9560, 36.1030, "UA", "Kharkiv", 2)
    assert assess(mention("a", location=KHARKIV), canonical(mention("b", location=pisochyn))).weak


SEVASTOPOL = place("Sevastopol", 44.6080, 33.5213, "UA", "Misto Sevastopol'", 1)
KACHA = place("Kacha", 44.7766, 33.5466, "UA", "Misto Sevastopol'", 1)


def test_a_place_inside_a_city_region_named_in_its_own_language_is_the_citys_place_too():
    # GeoNames names Sevastopol's region "Misto Sevastopol'", Ukrainian for the city of Sevastopol, as it names
    # Kyiv's "Kyiv City": a village of that region is the city's event across reports
    match = assess(mention("wire", location=SEVASTOPOL), canonical(mention("local", location=KACHA)))
    assert match.score >= MERGE_THRESHOLD and not match.blocked
    assert any("a city that is a region of its own" in reason for reason in match.reasons)
    # the event is placed at the village, the finer telling, however many reports name only the city
    merged = canonical(mention("a", location=SEVASTOPOL), mention("b", location=SEVASTOPOL),
                       mention("c", location=KACHA))
    assert merged["location"]["name"] == "Kacha"


def test_a_report_telling_a_village_as_part_of_a_city_region_and_the_city_attacked_tells_one_happening():
    lead = canonical(mention("doc", location=KACHA, evidence="Fragments of a downed missile fell on the village of "
                             "Kacha in the north of Sevastopol before dawn, the governor said."))
    city_again = mention("doc", location=SEVASTOPOL, evidence="Ukrainian forces attacked Sevastopol overnight.")
    score, reasons = match_score(city_again, lead)
    assert score >= MERGE_THRESHOLD and any("a city that is a region of its own" in r for r in reasons)
    # a lead that names the village without the city may tell a happening apart from the city's
    village_lead = canonical(mention("doc", location=KACHA, evidence="Fragments fell on houses in Kacha."))
    assert match_score(city_again, village_lead)[0] == 0.0


def test_a_report_placing_its_city_lead_at_a_district_told_below_joins_its_own_mention_of_the_city():
    holosiivskyi = {**place("Holosiivskyi", 50.3930, 30.5090, "UA", "Kyiv City", 2),
                    "place": {"text": "Holosiivskyi", "kind": "city"}}
    lead = canonical(mention("doc", location=holosiivskyi,
                             evidence="Drones struck Kyiv before dawn, hitting a block of flats near the centre."))
    city_again = mention("doc", evidence="Blasts shook the capital as people set off for work.")
    score, reasons = match_score(city_again, lead)
    assert score >= MERGE_THRESHOLD and any("a city that is a region of its own" in r for r in reasons)
    # a lead whose own sentence names the district, not the city, may be a happening apart from the city's
    district_lead = canonical(mention("doc", location=holosiivskyi,
                                      evidence="Drones struck flats in the Holosiivskyi district before dawn."))
    assert assess(city_again, district_lead).blocked


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


def test_past_references_threats_and_hypotheticals_are_not_merged():
    for modality in ("historical", "future", "hypothetical"):
        event_id, _, reasons = merge_mention(mention("a", modality=modality, date=None), [canonical(mention("b"))])
        assert event_id is None and modality in reasons[0]
    # the first day of the invasion, recalled months later, is background
    invasion = mention("a", modality="historical", date=day("2022-02-24", "on Feb. 24"))
    assert merge_mention(invasion, [canonical(mention("b", date=day("2022-02-24", "on Thursday")))])[0] is None


def test_a_denial_joins_only_the_one_event_of_its_type_told_in_its_town():
    denial = mention("kyiv-denies", modality="denied", date=None, evidence="The army denied shelling the city.")
    strike = canonical(mention("moscow-claims"), event_id="ev-strike")
    assert merge_mention(denial, [strike])[0] == "ev-strike"
    # another town's strike, another type of event, or strikes on two days it allows: nothing a denial answers
    assert merge_mention(denial, [canonical(mention("b", location=BROVARY))])[0] is None
    assert merge_mention(denial, [canonical(mention("b", sub_event_type="Air/drone strike"))])[0] is None
    two = [strike, canonical(mention("c", date=day("2022-10-09", "on Sunday")), event_id="ev-eve")]
    assert merge_mention(denial, two)[0] is None
    # a side denying that it strikes civilians anywhere in the region answers no one attack
    regional = mention("kyiv-denies", modality="denied", date=None, location=KHERSON_OBLAST)
    assert merge_mention(regional, [canonical(mention("b", location=KHERSON))])[0] is None


def test_a_denial_joins_the_event_one_of_whose_reports_tells_it_as_the_type_denied():
    # two reports tell the attack on the town as gunmen "opening fire", a third as mortar shelling: the army's
    # denial that it shelled the town answers that event, whatever type most reports gave it
    opened_fire = dict(sub_event_type="Attack", event_type="Violence against civilians",
                       evidence="Troops opened fire on the town, killing a woman.")
    told = canonical(mention("separatist-agency", **opened_fire), mention("state-agency", **opened_fire),
                     mention("wire"), event_id="ev-claimed")
    assert told["sub_event_type"] == "Attack"
    denial = mention("army-denies", modality="denied", date=None, evidence="The army denied shelling the town.")
    assert merge_mention(denial, [told])[0] == "ev-claimed"
    # an event no report told as shelling is still no shelling denied
    never_shelled = canonical(mention("a", **opened_fire), mention("b", **opened_fire), event_id="ev-shot")
    assert merge_mention(denial, [never_shelled])[0] is None


def test_the_other_sides_denial_of_a_claimed_strike_joins_it_but_never_starts_an_event(tmp_path: Any):
    claim = ("claim", "2023-05-16", "Three civilians were killed on Tuesday when Ukrainian shells hit a bus stop in "
                                    "Tokmak, the Russian-installed administration of the region said.")
    denials = [
        ("denial", "2023-05-17", "Ukraine's military on Wednesday denied that its artillery had shelled a bus stop "
                                 "in Tokmak on Tuesday, saying its forces never fire on civilians."),
        ("rejection", "2023-05-17", "Kyiv rejected Moscow's claim that Ukrainian shells killed three people in "
                                    "Tokmak, a town in the occupied part of the Zaporizhzhia region, a day earlier."),
    ]
    assert _merged_with_first(tmp_path, [claim, *denials]) == ["claim", "denial", "rejection"]
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor

    alone = document_from_text(denials[0][2], "denial", id="denial", outlet="denial", published=denials[0][1])
    assert _ingested(tmp_path / "denial-alone.db", list(Extractor().extract([alone]))) == []


def test_a_denial_does_not_keep_its_reports_own_telling_of_the_event_out_as_another_event(tmp_path: Any):
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor
    from sitreps.store import Store

    reports = [
        ("claim", "2023-05-16", "Three civilians were killed on Tuesday when Ukrainian shells hit a market in "
                                "Horlivka, the separatist administration said."),
        ("denial", "2023-05-17", "Ukraine's military on Wednesday denied that it had shelled Horlivka on Tuesday. "
                                 "Separatist officials said three people were killed when shells hit a market in the "
                                 "Mykytivskyi district of the city."),
    ]
    documents = [document_from_text(text, doc_id, id=doc_id, outlet=doc_id, published=published)
                 for doc_id, published, text in reports]  # fmt: skip
    with Store(tmp_path / "denial.db") as store:
        for extraction in Extractor().extract(documents):
            store.add(extraction)
        claimed = {m["canonical_event"] for m in store.mentions_for_document("claim")}
        answered = {m["canonical_event"] for m in store.mentions_for_document("denial")}
    assert len(claimed) == 1 and answered == claimed


def test_each_side_blamed_for_a_blow_to_one_landmark_that_day_is_one_event():
    station = {**place("Dnipro Hydroelectric Station", 47.8686, 35.0867, "UA", "Zaporizhzhia", 1),
               "place": {"kind": "facility", "name": "Dnipro Hydroelectric Station"}}
    kyiv_account = canonical(mention("kyiv-says", location=station, sub_event_type="Air/drone strike",
                                     event_type="Explosions/Remote violence"))
    moscow_account = mention("moscow-says", location=station, actor1=UKRAINE)
    score, reasons = match_score(moscow_account, kyiv_account)
    assert score >= MERGE_THRESHOLD and any("each side blamed" in reason for reason in reasons)
    # a town may be struck by both sides the same day: two attackers there are two events
    score, reasons = match_score(mention("moscow-says", actor1=UKRAINE), canonical(mention("kyiv-says")))
    assert any("actor1 differs" in reason for reason in reasons)


def test_a_past_reference_to_a_day_of_the_last_week_is_a_follow_up_and_merges():
    # "Netanyahu said a 'tragic mishap' had occurred after Sunday's strike on a tent camp in Rafah"
    rafah = place("Rafah", 31.297, 34.245, "PS", "Gaza Strip", 1)
    strike = dict(sub_event_type="Air/drone strike", location=rafah, actor1=None)
    follow_up = mention("ap", modality="historical", date=day("2024-05-26", "Sunday's"), published="2024-05-28",
                        **strike)  # fmt: skip
    first = canonical(mention("aj", date=day("2024-05-26", "on Sunday night"), published="2024-05-27", **strike),
                      event_id="ev-rafah")  # fmt: skip
    assert merge_mention(follow_up, [first])[0] == "ev-rafah"


def test_an_unidentified_attacker_does_not_conflict_with_the_side_another_report_blames():
    # one outlet: "an explosion at a prison in Olenivka"; the other: "Ukrainian forces struck the prison"
    olenivka = place("Olenivka", 47.837, 37.689, "UA", "Donetsk", 1)
    unknown = {"text": "", "name": "Unidentified Armed Group (Ukraine)", "country": "UKR", "kind": "unidentified"}
    blast = mention("reuters", sub_event_type="Remote explosive/landmine/IED", location=olenivka, actor1=unknown,
                    date=day("2022-07-29", "on Friday"))  # fmt: skip
    shelling = canonical(mention("tass", location=olenivka, actor1=UKRAINE, date=day("2022-07-29", "on Friday")),
                         event_id="ev-prison")  # fmt: skip
    assert merge_mention(blast, [shelling])[0] == "ev-prison"


def test_a_country_placed_report_naming_a_region_joins_the_town_event_in_it():
    # "Russia launched a missile attack on Kyiv overnight ..., the head of the Kyiv City Military Administration
    # said": the extraction placed it in Russia, its sentence names the region Kyiv City
    kyiv_city = {**place("Kyiv City", 50.42, 30.53, "UA", "Kyiv City", 3), "text": "Kyiv City", "start": 168,
                 "dateline": False, "district": False}  # fmt: skip
    in_russia = mention("ki", location=place("Russia", 60.0, 100.0, "RU", None, 3), actor1=None,
                        context={"dates": [], "places": [kyiv_city]})  # fmt: skip
    kyiv = canonical(mention("reuters", actor1=None), event_id="ev-kyiv")
    lviv = canonical(mention("ukrinform", location=LVIV, actor1=None), event_id="ev-lviv")
    assert merge_mention(in_russia, [kyiv, lviv])[0] == "ev-kyiv"
    assert merge_mention(in_russia, [lviv])[0] is None


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


def test_a_day_given_by_default_is_read_as_undated():
    # the report's own day, no sentence naming it: the event may be one of the two days before
    by_default = day("2022-10-12", "")
    follow_up = mention("bbc", date=by_default, published="2022-10-12")
    event_id, _, reasons = merge_mention(follow_up, [canonical(mention("ap"), event_id="ev-kyiv")])
    assert event_id == "ev-kyiv" and "only candidate" in reasons
    stated = mention("bbc", date=day("2022-10-12", "on Wednesday"), published="2022-10-12")
    assert match_score(stated, canonical(mention("ap")))[0] == 0.0
    week_later = mention("bbc", date=day("2022-10-17", ""), published="2022-10-17")
    assert match_score(week_later, canonical(mention("ap")))[0] == 0.0


SATURDAY = day("2023-01-14", "on Saturday")
TOLL_UPDATE = (
    "The death toll from a Russian missile strike on an apartment block in Dnipro rose to 30 on Sunday, "
    "officials said, as crews searched the rubble of Saturday's attack."
)
DNIPRO = place("Dnipro", 48.4666, 35.0407, "UA", "Dnipropetrovsk", 1)


def test_a_toll_update_joins_the_event_on_the_earlier_day_its_sentence_names():
    saturday_strike = canonical(mention("reuters", date=SATURDAY, location=DNIPRO, published="2023-01-14"))
    update = mention(
        "ap",
        date=day("2023-01-15", "on Sunday"),
        location=DNIPRO,
        published="2023-01-15",
        evidence=TOLL_UPDATE,
        trigger="strike",
        context={"dates": [{**day("2023-01-14", "Saturday's"), "at": TOLL_UPDATE.index("Saturday's")}]},
    )
    score, reasons = match_score(update, saturday_strike)
    assert score >= MERGE_THRESHOLD
    assert any("dates the report, not the event" in reason for reason in reasons)
    # the canonical event keeps the day of the strike, not the day of the update
    assert build_canonical("ev-d", [update])["date"]["start"] == "2023-01-14"
    # a toll update naming no earlier day may still follow an event of the week before, if it is the only one
    bare = {**update, "context": {}}
    assert merge_mention(bare, [{**saturday_strike, "id": "ev-sat"}])[0] == "ev-sat"


KILLED_WHEN_HIT = "Three people were killed in a village near Kharkiv when a rocket hit their home on Monday."


def test_the_attacks_own_verb_after_its_dead_is_no_toll_update():
    # "killed ... when a rocket hit": "hit" is the strike's own verb, not a toll that "hit" a figure, so the day told
    # is the strike's and an attack two days before in the same city stays apart
    saturday_strike = canonical(mention("a", date=SATURDAY, location=KHARKIV, published="2023-01-14"))
    monday_strike = mention(
        "b",
        date=day("2023-01-16", "on Monday"),
        location=KHARKIV,
        published="2023-01-16",
        evidence=KILLED_WHEN_HIT,
        trigger="hit",
    )
    score, reasons = match_score(monday_strike, saturday_strike)
    assert score == 0.0 and not any("toll update" in reason for reason in reasons)


NEW_STRIKE = "Russian missiles hit an industrial plant in Dnipro on Sunday, a day after Saturday's strike."


def test_a_new_strike_the_next_day_in_the_same_city_stays_apart():
    saturday_strike = canonical(mention("reuters", date=SATURDAY, location=DNIPRO, published="2023-01-14"))
    sunday_strike = mention(
        "ukrinform",
        date=day("2023-01-15", "on Sunday"),
        location=DNIPRO,
        published="2023-01-15",
        evidence=NEW_STRIKE,
        trigger="hit",
        context={"dates": [{**day("2023-01-14", "Saturday's"), "at": NEW_STRIKE.index("Saturday's")}]},
    )
    score, reasons = match_score(sunday_strike, saturday_strike)
    assert score == 0.0 and any("different days" in reason for reason in reasons)


CURFEW = "The city imposed a curfew on Friday after a gunman killed six people at a bus station."


def test_a_day_told_for_what_followed_an_event_can_follow_it_by_days():
    wednesday_shooting = canonical(mention("a", sub_event_type="Attack", event_type="Violence against civilians",
                                           date=day("2023-03-08", "on Wednesday"), published="2023-03-08"))
    curfew = mention("b", sub_event_type="Attack", event_type="Violence against civilians",
                     date=day("2023-03-10", "on Friday"), published="2023-03-11", evidence=CURFEW, trigger="killed")
    score, reasons = match_score(curfew, wednesday_shooting)
    assert score >= MERGE_THRESHOLD and any("what followed it" in reason for reason in reasons)
    # "on Friday after dark" is the time of the event itself
    after_dark = {**curfew, "evidence": {"text": CURFEW.replace("after a", "after dark, a"), "start": 0,
                                         "end": len(CURFEW) + 6}}
    after_dark["trigger"] = {**curfew["trigger"], "start": curfew["trigger"]["start"] + 6}
    assert match_score(after_dark, wednesday_shooting)[0] == 0.0


STATEMENT = "Authorities said on Thursday that 40 people were killed in Sunday's attack on the church."


def test_statement_dates_give_way_to_the_event_day_named_in_the_sentence():
    sunday_attack = canonical(mention("a", date=day("2022-06-05", "on Sunday"), published="2022-06-05"))
    statement = mention(
        "b",
        date=day("2022-06-09", "on Thursday"),
        published="2022-06-09",
        evidence=STATEMENT,
        trigger="killed",
        context={"dates": [{**day("2022-06-05", "Sunday's"), "at": STATEMENT.index("Sunday's")}]},
    )
    assert match_score(statement, sunday_attack)[0] >= MERGE_THRESHOLD


def test_a_new_attack_in_a_toll_updates_sentence_keeps_its_own_date():
    new_strikes = (
        "The death toll from Monday's drone attack on Kyiv rose to five, officials said on Tuesday, as Russia "
        "struck power stations in Kyiv and other cities."
    )
    monday_attack = canonical(mention("a", date=day("2022-10-17"), published="2022-10-17"))
    tuesday = mention(
        "b",
        date=day("2022-10-18", "on Tuesday"),
        published="2022-10-18",
        evidence=new_strikes,
        trigger="struck",
        context={"dates": [{**day("2022-10-17", "Monday's"), "at": new_strikes.index("Monday's")}]},
    )
    assert match_score(tuesday, monday_attack)[0] == 0.0


DATELINE_KYIV = {**KYIV, "place": {"text": "KYIV", "start": 0, "end": 4}}
KHERSON_NAMED = {**KHERSON, "text": "Kherson", "start": 60, "dateline": False}
KYIV_DATELINE_PLACE = {**KYIV, "text": "KYIV", "start": 0, "dateline": True}


def test_a_report_placed_at_its_dateline_matches_the_town_its_sentence_names():
    kherson_shelling = canonical(mention("a", location=KHERSON), event_id="ev-kherson")
    dateline = mention(
        "b",
        location=DATELINE_KYIV,
        evidence="KYIV, Nov 24 (Reuters) - Russian shelling killed at least four people in Kherson on Thursday.",
        context={"dates": [], "places": [KYIV_DATELINE_PLACE, KHERSON_NAMED]},
    )
    score, reasons = match_score(dateline, kherson_shelling)
    assert score >= MERGE_THRESHOLD and any("named in the report" in reason for reason in reasons)
    # when the dateline town is also named in the text, it is the place
    kyiv_in_text = {**KYIV, "text": "Kyiv", "start": 40, "dateline": False}
    in_kyiv = {**dateline, "context": {"dates": [], "places": [KYIV_DATELINE_PLACE, kyiv_in_text, KHERSON_NAMED]}}
    assert match_score(in_kyiv, kherson_shelling)[0] == 0.0


def test_a_country_level_report_naming_one_town_picks_that_towns_event():
    peshawar = place("Peshawar", 34.008, 71.578, "PK", "Khyber Pakhtunkhwa", 1)
    mir_ali = place("Mir Ali", 32.99, 70.30, "PK", "Khyber Pakhtunkhwa", 1)
    bombing = dict(sub_event_type="Suicide bomb", actor1=None, date=day("2023-01-30"))
    mosque = canonical(mention("dawn", location=peshawar, **bombing), event_id="ev-mosque")
    roadside = canonical(mention("geo", location=mir_ali, **bombing), event_id="ev-roadside")
    national = mention(
        "ap",
        location=place("Pakistan", 30.0, 70.0, "PK", None, 3),
        context={"dates": [], "places": [{**peshawar, "text": "PESHAWAR", "start": 0, "dateline": True}]},
        **bombing,
    )
    assert merge_mention(national, [mosque, roadside])[0] == "ev-mosque"


def test_protest_and_riot_accounts_of_one_demonstration_merge():
    protesters = {"text": "protesters", "name": "Protesters (Sri Lanka)", "country": "LKA", "kind": "protesters"}
    rioters = {"text": "crowd", "name": "Rioters (Sri Lanka)", "country": "LKA", "kind": "rioters"}
    colombo = place("Colombo", 6.9319, 79.8478, "LK", "Western", 1)
    riot = canonical(
        mention("a", event_type="Riots", sub_event_type="Violent demonstration", actor1=rioters, location=colombo)
    )
    protest = mention(
        "b", event_type="Protests", sub_event_type="Protest with intervention", actor1=protesters, location=colombo
    )
    score, reasons = match_score(protest, riot)
    assert score >= MERGE_THRESHOLD and any("one family" in reason for reason in reasons)
    # across families (a protest and a missile strike) nothing merges
    assert match_score(protest, canonical(mention("c", location=colombo)))[0] == 0.0


WIRE_STORY = (
    "DNIPRO, Ukraine (AP) - The death toll from a Russian missile strike on an apartment block in Dnipro rose "
    "to 30 on Sunday, officials said, as emergency crews pulled more bodies from the rubble of Saturday's "
    "attack. Kyrylo Tymoshenko, deputy head of the presidential office, said 73 people had been wounded. "
    "Dozens of residents were still unaccounted for."
)
REWRITE = (
    "Rescuers in Dnipro pulled more bodies from the ruins of a nine-storey block on Sunday, and officials put the "
    "number of dead from Saturday's Russian missile strike at 30, with dozens still missing."
)


def test_republished_wire_stories_are_near_duplicates_and_rewrites_are_not():
    republished = WIRE_STORY + " Copyright 2023 The Associated Press. All rights reserved."
    assert signature_similarity(text_signature(WIRE_STORY), text_signature(republished)) >= 0.8
    assert signature_similarity(text_signature(WIRE_STORY), text_signature(REWRITE)) < 0.1
    signatures = {d: text_signature(t) for d, t in (("ap", WIRE_STORY), ("abc", republished), ("ki", REWRITE))}
    assert source_chains(signatures, ["ap", "abc", "ki"]) == {"ap": "ap", "abc": "ap", "ki": "ki"}


def test_a_republished_story_counts_once_among_independent_sources():
    reports = [
        mention("ap", outlet="Associated Press", published="2023-01-15"),
        mention("copy", outlet="ABC News", published="2023-01-15"),
        mention("ki", outlet="Kyiv Independent", published="2023-01-16"),
        mention("ki-2", outlet="Kyiv Independent", published="2023-01-17"),
    ]
    event = build_canonical("ev-w", reports, {"ap": "ap", "copy": "ap", "ki": "ki", "ki-2": "ki-2"})
    assert event["outlets"] == ["Associated Press", "ABC News", "Kyiv Independent"]
    assert event["independent_sources"] == 2
    assert event["republished"] == [{"documents": ["ap", "copy"], "outlets": ["Associated Press", "ABC News"]}]
    assert event["confidence"] < build_canonical("ev-w", reports)["confidence"]


def test_a_report_dated_on_its_own_publication_day_takes_the_day_nearer_the_event():
    mourning = "Lviv held a day of mourning on July 8 for the 10 people killed when a missile hit the city on July 6."
    lviv = place("Lviv", 49.8397, 24.0297, "UA", "Lviv", 1)
    strike = canonical(mention("a", date=day("2023-07-06"), location=lviv, published="2023-07-06"))
    report = mention(
        "b",
        date=day("2023-07-08", "on July 8"),
        location=lviv,
        published="2023-07-08",
        evidence=mourning,
        trigger="hit",
        context={"dates": [{**day("2023-07-06", "on July 6"), "at": mourning.index("on July 6")}]},
    )
    assert match_score(report, strike)[0] >= MERGE_THRESHOLD


def test_a_dateline_town_is_only_a_weak_place_within_its_region():
    peshawar = place("Peshawar", 34.008, 71.578, "PK", "Khyber Pakhtunkhwa", 1)
    khar = place("Khar", 34.73, 71.52, "PK", "Khyber Pakhtunkhwa", 1)
    quetta = place("Quetta", 30.18, 67.0, "PK", "Balochistan", 1)
    at_dateline = {**peshawar, "place": {"text": "PESHAWAR", "start": 0, "end": 8}}
    bombing = dict(sub_event_type="Suicide bomb", actor1=None, date=day("2023-07-30"))
    filed_in_peshawar = mention(
        "reuters", location=at_dateline, **bombing,
        context={"dates": [], "places": [{**peshawar, "text": "PESHAWAR", "start": 0, "dateline": True}]},
    )  # fmt: skip
    rally = canonical(mention("dawn", location=khar, **bombing), event_id="ev-khar")
    assert merge_mention(filed_in_peshawar, [rally])[0] == "ev-khar"
    assert match_score(filed_in_peshawar, canonical(mention("geo", location=quetta, **bombing)))[0] == 0.0


def test_a_dateline_town_reaches_no_town_of_its_region_far_away():
    zaporizhzhia = place("Zaporizhzhia", 47.84, 35.14, "UA", "Zaporizhzhia", 1)
    berdiansk = place("Berdiansk", 46.76, 36.79, "UA", "Zaporizhzhia", 1)
    filed_there = mention(
        "ukrinform", location={**zaporizhzhia, "place": {"text": "ZAPORIZHZHIA", "start": 0, "end": 12}},
        context={"dates": [], "places": [{**zaporizhzhia, "text": "ZAPORIZHZHIA", "start": 0, "dateline": True}]},
    )  # fmt: skip
    port_shelled = canonical(mention("afp", location=berdiansk), event_id="ev-berdiansk")
    # 178 km apart in one oblast: the report filed from the regional capital tells another town's event
    assert merge_mention(filed_there, [port_shelled])[0] is None
    assert merge_mention(mention("afp", location=berdiansk), [canonical(filed_there)])[0] is None


def test_an_event_known_only_from_a_toll_update_still_takes_its_first_report():
    bajaur = place("Khar", 34.73, 71.52, "PK", "Khyber Pakhtunkhwa", 1)
    update_text = "The death toll from a suicide bombing at a rally in Khar rose to 54 on Monday, police said."
    update = mention("reuters", date=day("2023-07-31", "on Monday"), location=bajaur, published="2023-07-31",
                     sub_event_type="Suicide bomb", actor1=None, evidence=update_text, trigger="bombing")  # fmt: skip
    event = canonical(update, event_id="ev-update")
    assert event["date_from_reports"] is True
    first_report = mention("dawn", date=day("2023-07-30", "on Sunday"), location=bajaur, published="2023-08-01",
                           sub_event_type="Suicide bomb", actor1=None)  # fmt: skip
    event_id, _, reasons = merge_mention(first_report, [event])
    assert event_id == "ev-update" and any("dates a report about it" in reason for reason in reasons)


def test_consecutive_days_merge_only_when_their_date_texts_describe_one_night():
    def pair(earlier: str, later: str) -> float:
        first = canonical(mention("a", date=day("2022-10-09", earlier), published="2022-10-09"))
        return match_score(mention("b", date=day("2022-10-10", later), published="2022-10-10"), first)[0]

    assert pair("late on Sunday", "early on Monday") >= MERGE_THRESHOLD
    assert pair("on Sunday", "overnight") >= MERGE_THRESHOLD
    assert pair("on the night of Sunday", "on Monday") >= MERGE_THRESHOLD
    # an attack at dawn one day and another the next morning; two evenings of protest; two nights of rioting
    assert pair("early on Sunday", "on Monday morning") == 0.0
    assert pair("on Sunday evening", "on Monday") == 0.0
    assert pair("on Sunday night", "late on Monday") == 0.0


def test_a_siege_of_many_hours_ended_one_morning_is_the_attack_of_the_night_before():
    hostage_taking = dict(sub_event_type="Attack", event_type="Violence against civilians", actor1=None)
    night = canonical(mention("a", date=day("2022-10-09", "late on Sunday"), published="2022-10-09",
                              evidence="Gunmen seized a hotel late on Sunday.", **hostage_taking))  # fmt: skip

    def ended(evidence: str) -> float:
        return match_score(mention("b", date=day("2022-10-10", "on Monday"), published="2022-10-10",
                                   evidence=evidence, **hostage_taking), night)[0]  # fmt: skip

    assert ended("Soldiers stormed the hotel on Monday, ending a 12-hour siege.") >= MERGE_THRESHOLD
    assert ended("Police freed the guests on Monday after an hours-long standoff.") >= MERGE_THRESHOLD
    assert ended("Soldiers stormed the hotel on Monday.") == 0.0


def toll(figure: int, text: str | None = None) -> dict[str, Any]:
    return {"min": figure, "max": figure, "text": text or str(figure)}


def test_the_best_toll_is_the_latest_days_highest_and_survives_stale_repeats():
    first = mention("reuters", published="2023-09-29", fatalities=toll(34))
    same_day = mention("dawn", published="2023-09-29", fatalities=toll(52))
    revised = mention("ap", published="2023-09-30", fatalities=toll(57),
                      evidence="The death toll from Friday's bombing rose to 57, police said.")  # fmt: skip
    stale = mention("bbc", published="2023-10-01", fatalities=toll(52),
                    evidence="The bombing on Friday killed at least 52 people.")  # fmt: skip
    # whatever order the reports come in, the same best figure
    for mentions in ([first, same_day], [same_day, first]):
        assert build_canonical("ev", mentions)["fatalities"]["best"] == 52
    assert build_canonical("ev", [stale, revised, first, same_day])["fatalities"] == {"min": 34, "max": 57, "best": 57}
    revised_down = mention("un", published="2023-10-02", fatalities=toll(49),
                           evidence="Officials revised the toll down to 49 after double counting.")  # fmt: skip
    assert build_canonical("ev", [first, revised, revised_down])["fatalities"]["best"] == 49
    # a report's own figures: the highest (a revision within the report), not the first or the last
    within = [mention("kyiv-independent", published="2023-10-03", fatalities=toll(n)) for n in (40, 60, 12)]
    for position, item in enumerate(within):
        item["id"], item["position"] = f"e{position}", position
    assert build_canonical("ev", [first, *within])["fatalities"]["best"] == 60


def test_a_later_toll_that_says_whom_it_leaves_out_replaces_a_revised_one():
    revised = mention("reuters", published="2021-06-02", fatalities=toll(22),
                      evidence="The toll from the market bombing rose to 22, the attacker among them.")  # fmt: skip
    recounted = mention("afp", published="2021-06-03", fatalities=toll(21),
                        evidence="The market bombing killed 21 people, excluding the attacker.")  # fmt: skip
    assert build_canonical("ev", [revised, recounted])["fatalities"]["best"] == 21


def test_a_claim_of_responsibility_does_not_make_the_toll_a_claim():
    asserted = mention("reuters", published="2021-01-21", fatalities=toll(28))
    claim_text = "Islamic State claimed responsibility for the twin bombings that killed 32 people."
    claim = mention("ap", published="2021-01-22", modality="claimed", fatalities=toll(32), evidence=claim_text)
    assert build_canonical("ev", [asserted, claim])["fatalities"]["best"] == 32
    party_toll = mention("ap", published="2021-01-22", modality="claimed", fatalities=toll(80),
                         evidence="The militants claimed that 80 soldiers were killed.")  # fmt: skip
    assert build_canonical("ev", [asserted, party_toll])["fatalities"]["best"] == 28


def test_a_sides_count_of_its_own_dead_is_an_admission_not_a_claim():
    wire = mention("wire", published="2023-03-04", fatalities=toll(9, "at least nine"),
                   evidence="Gunmen raided a border post, killing at least nine soldiers, officials said.")  # fmt: skip

    def claimed(figure: int, text: str, source: str, evidence: str) -> dict[str, Any]:
        return mention("local", published="2023-03-04", modality="claimed", fatalities=toll(figure, text),
                       sources=[source], evidence=evidence)  # fmt: skip

    own = claimed(14, "Fourteen", "army's press office",
                  "Fourteen soldiers died when gunmen raided a border post, the army's press office said.")
    police = claimed(14, "14", "provincial police", "Raiders killed 14 policemen at a station, provincial police said.")
    for admission in (own, police):
        assert build_canonical("ev", [wire, admission])["fatalities"]["best"] == 14
    # the other side's dead, counted by the side that killed them, stay a claim
    rebels = claimed(30, "30", "the insurgents", "The insurgents said their fighters killed 30 soldiers at the post.")
    army = claimed(30, "30", "the army", "The army said troops killed 30 militants who had raided the post.")
    foreign = claimed(30, "30", "Northland's defence ministry",
                      "Northland's defence ministry said 30 Southland soldiers were killed at the post.")
    for claim in (rebels, army, foreign):
        assert build_canonical("ev", [wire, claim])["fatalities"]["best"] == 9


def test_a_figure_that_names_the_sides_own_dead_itself_is_an_admission():
    # the figure's own words name the dead, singular as an ordinal count has them
    first = mention("agency", published="2021-08-02", fatalities=toll(2, "Two"),
                    evidence="Two marines were killed when a shell hit their trench, the navy said.")  # fmt: skip
    later = mention("wire", published="2021-08-03", modality="claimed", sources=["Northland's navy"],
                    fatalities=toll(3, "A third Northland marine"),
                    evidence="A third Northland marine has died of his wounds after the shelling of the trench on "
                    "Monday, Northland's navy said on Tuesday.")  # fmt: skip
    assert build_canonical("ev", [first, later])["fatalities"]["best"] == 3
    # the enemy's dead, named in the figure by the side that killed them, stay a claim
    enemy = mention("wire", published="2021-08-03", modality="claimed", sources=["Southland's army"],
                    fatalities=toll(3, "a third Northland marine"),
                    evidence="Southland's army said its gunners killed a third Northland marine.")  # fmt: skip
    assert build_canonical("ev", [first, enemy])["fatalities"]["best"] == 2


def test_one_towns_toll_does_not_stand_for_a_wider_event():
    barrage = mention("reuters", published="2022-10-10", location=UKRAINE_COUNTRY, fatalities=toll(19),
                      context={"places": [{**KYIV, "dateline": False}, {**LVIV, "dateline": False}]})  # fmt: skip
    kyiv_only = mention("bbc", published="2022-10-11", location=KYIV, fatalities=toll(8))
    assert build_canonical("ev", [barrage, kyiv_only])["fatalities"]["best"] == 19
    # with no report of the whole, the town's figure is all there is
    assert build_canonical("ev", [{**barrage, "fatalities": None}, kyiv_only])["fatalities"]["best"] == 8


def test_a_regions_tally_over_several_communities_is_not_one_towns_toll():
    towns = [{**KHERSON, "dateline": False}, {**BROVARY, "dateline": False}]
    oblast_day = mention("kyiv-post", published="2022-10-11", location=KHERSON_OBLAST, fatalities=toll(5),
                         evidence="Shelling across Kherson Oblast on Monday killed five people in three villages.",
                         context={"places": towns})  # fmt: skip
    first = mention("suspilne", published="2022-10-10", location=KHERSON, fatalities=toll(1))
    update = mention("ukrinform", published="2022-10-11", location=KHERSON, fatalities=toll(2),
                     evidence="A woman hurt in the shelling of Kherson died, bringing the toll to two.")  # fmt: skip
    assert build_canonical("ev", [first, oblast_day, update])["fatalities"]["best"] == 2
    # with no report of the town's own toll, the region's figure is all there is
    assert build_canonical("ev", [{**first, "fatalities": None}, oblast_day])["fatalities"]["best"] == 5


def test_a_regions_tally_broken_down_by_town_is_not_one_towns_toll():
    oblast_day = mention("kyiv-post", published="2022-10-11", location=KHERSON_OBLAST, fatalities=toll(4),
                         evidence="Altogether, Russian fire killed four civilians in the Kherson region on Monday: "
                                  "two in Kherson, one in Beryslav and one in Antonivka.")  # fmt: skip
    town = mention("suspilne", published="2022-10-10", location=KHERSON, fatalities=toll(2))
    assert build_canonical("ev", [town, oblast_day])["fatalities"]["best"] == 2


def test_a_toll_of_several_days_told_with_no_town_is_not_the_towns_toll():
    # linking placed the weekend's fighting at the town the next sentence names
    borrowed_town = {**KHERSON, "place": {"text": "Kherson", "start": 140, "end": 147}}
    weekend = mention("reuters", published="2022-10-10", location=borrowed_town, fatalities=toll(3),
                      evidence="Fighting in southern Ukraine killed three people over the weekend, officials on "
                               "both sides said.")  # fmt: skip
    town = mention("suspilne", published="2022-10-09", location=KHERSON, fatalities=toll(2))
    assert build_canonical("ev", [town, weekend])["fatalities"]["best"] == 2
    # with no report of the town's own toll, the weekend's figure is all there is
    assert build_canonical("ev", [{**town, "fatalities": None}, weekend])["fatalities"]["best"] == 3
    # a toll that rose as the wounded died over the weekend is the town's event's
    risen_text = "The toll from Friday's shelling rose to three after a wounded man died in hospital over the weekend."
    risen = {**weekend, "evidence": {"text": risen_text, "start": 0, "end": len(risen_text)}}
    assert build_canonical("ev", [town, risen])["fatalities"]["best"] == 3


def test_a_toll_one_outlet_calls_a_claim_counts_where_another_cites_its_source_plainly():
    first = mention("tass", published="2022-10-10", fatalities=toll(1), sources=["Denis Pushilin (Head)"])
    later = mention("kyiv-post", published="2022-10-11", fatalities=toll(3), modality="claimed",
                    sources=["Denis Pushilin (Russian-installed leader)"])  # fmt: skip
    assert build_canonical("ev", [first, later])["fatalities"]["best"] == 3
    # a claim of a source no report cites plainly stays a claim
    other = {**later, "sources": ["the separatist militia"]}
    assert build_canonical("ev", [first, other])["fatalities"]["best"] == 1


def test_a_toll_update_dated_only_by_its_publication_day_joins_the_earlier_attack():
    friday = canonical(mention("dawn", date=day("2023-09-29", "on Friday"), published="2023-09-29"),
                       event_id="ev-fri")  # fmt: skip
    text = "The number of people killed in the suicide attack rose to 60 on Sunday, the health department said."
    sunday = {**day("2023-10-01", "Sunday"), "at": text.index("Sunday")}
    update = mention("dawn-2", date={**day("2023-10-01"), "text": ""}, published="2023-10-01", evidence=text,
                     trigger="attack", context={"dates": [sunday]})  # fmt: skip
    event_id, _, reasons = merge_mention(update, [friday])
    assert event_id == "ev-fri" and any("came before 'Sunday'" in reason for reason in reasons)


ORDER_REPORTS = [
    ("ukrinform-sumy", "Ukrinform", "2024-02-13",
     "Russian drones struck a residential building in Sumy on Tuesday, killing two people, the regional "
     "administration said."),
    ("reuters-sumy", "Reuters", "2024-02-14",
     "KYIV, Feb 14 (Reuters) - The death toll from Tuesday's Russian drone strike on an apartment block in the "
     "northeastern city of Sumy rose to four, officials said on Wednesday."),
    ("ap-kherson", "Associated Press", "2024-02-13",
     "KHERSON, Ukraine (AP) — Russian artillery shelled a market in Kherson on Tuesday, killing one woman, "
     "regional governor Oleksandr Prokudin said."),
    ("suspilne-kherson", "Suspilne", "2024-02-14",
     "Russian troops shelled Kherson again on Wednesday, wounding three people near the river port, the city "
     "military administration said."),
]


def _ingested(path: Any, extractions: list[Any]) -> list[dict[str, Any]]:
    from sitreps.store import Store

    with Store(path) as store:
        for extraction in extractions:
            store.add(extraction)
        return store.events()


def test_a_document_keeps_its_mention_in_a_distant_town_apart_whatever_region_it_names():
    # a report filed from Kharkiv that names the region tells a mine near Izium, 90 km away, as another event
    izium = place("Izium", 49.2128, 37.2566, "UA", "Kharkiv", 1)
    lead = {**canonical(mention("doc", location=KHARKIV)), "location_at_dateline": True,
            "named_places": [place("Kharkiv Oblast", 49.5, 36.5, "UA", "Kharkiv", 3)]}
    aside = "Earlier, a mine near Izium wounded two deminers."
    score, reasons = match_score(mention("doc", location=izium, evidence=aside), lead)
    assert score == 0.0 and "already reports another event" in reasons[-1]
    assert match_score(mention("other", location=izium, evidence=aside), lead)[0] >= MERGE_THRESHOLD


def test_the_same_reports_in_any_order_give_the_same_canonical_events(tmp_path: Any):
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor

    documents = [document_from_text(text, doc_id, id=doc_id, outlet=outlet, published=published)
                 for doc_id, outlet, published, text in ORDER_REPORTS]  # fmt: skip
    extractions = list(Extractor().extract(documents))
    forward = _ingested(tmp_path / "forward.db", extractions)
    backward = _ingested(tmp_path / "backward.db", [extractions[i] for i in (3, 1, 2, 0)])
    assert forward == backward
    sumy = next(event for event in forward if "ukrinform-sumy" in event["documents"])
    assert sumy["documents"] == ["ukrinform-sumy", "reuters-sumy"] and sumy["fatalities"]["best"] == 4
    assert all(len(event["documents"]) == 1 for event in forward if "ap-kherson" in event["documents"])


def test_a_day_between_the_event_and_the_toll_verb_is_the_events_own_day():
    text = "The number killed in the missile attack on Zaporizhzhia on Sunday has risen to 13, officials said."
    sunday_attack = canonical(mention("reuters", date=day("2022-10-09", "on Sunday"), published="2022-10-09"))
    update = mention("kyiv-independent", date=day("2022-10-09", "on Sunday"), published="2022-10-11",
                     evidence=text, trigger="attack")  # fmt: skip
    score, reasons = match_score(update, sunday_attack)
    assert score >= 0.9 and not any("dates the report" in reason for reason in reasons)


def civilians(country: str) -> dict[str, Any]:
    return {"text": "civilians", "name": f"Civilians ({country})", "country": country, "kind": "civilians"}


def test_two_reports_giving_the_sides_the_other_way_round_still_merge_on_day_city_and_type():
    # one outlet's actors come out as "Russia struck Ukrainian civilians", another's as the reverse
    ap = canonical({**mention("ap", sub_event_type="Air/drone strike"), "actor2": civilians("UKR")})
    reversed_sides = {**mention("reuters", actor1=UKRAINE), "actor2": civilians("RUS")}
    score, reasons = match_score(reversed_sides, ap)
    assert score >= MERGE_THRESHOLD and any("other way round" in reason for reason in reasons)
    # the same swap in another city that day is still another event
    assert match_score({**reversed_sides, "location": LVIV}, ap)[0] == 0.0


def test_each_side_blaming_the_other_for_shelling_the_towns_civilians_is_one_attack():
    # the victims' side blames the invader; the invader's outlet says the town's own army drew the fire
    blamed_invader = canonical({**mention("ukrinform", actor1=RUSSIA), "actor2": civilians("UKR")})
    blamed_defender = {**mention("tass", actor1=UKRAINE), "actor2": civilians("UKR")}
    score, reasons = match_score(blamed_defender, blamed_invader)
    assert score >= MERGE_THRESHOLD and any("victims' own side" in reason for reason in reasons)
    # the same dispute told of another city that day is still another event
    assert match_score({**blamed_defender, "location": LVIV}, blamed_invader)[0] == 0.0


def test_a_target_described_as_soldiers_by_one_report_and_civilians_by_another_is_no_conflict():
    academy = {**mention("reuters"), "actor2": {**UKRAINE, "text": "a military academy"}}
    residents = {**mention("ap"), "actor2": civilians("UKR")}
    score, reasons = match_score(residents, canonical(academy))
    assert score >= 0.9 and any("soldiers or civilians" in reason for reason in reasons)


POLTAVA = place("Poltava", 49.589, 34.554, "UA", None, 1)


def test_a_week_date_is_narrowed_to_the_one_day_its_sentences_name():
    text = "Families in Poltava buried victims of this week's missile attack. Tuesday's strike was the deadliest."
    this_week = {"start": "2024-09-02", "end": "2024-09-08", "precision": "week", "text": "this week"}
    tuesday = {**day("2024-09-03", "Tuesday"), "at": text.index("Tuesday")}
    follow_up = mention("aljazeera", date=this_week, location=POLTAVA, published="2024-09-05", evidence=text,
                        trigger="attack", context={"dates": [tuesday]})  # fmt: skip
    strike = canonical(mention("reuters", date=day("2024-09-03"), location=POLTAVA), event_id="ev-tue")
    later = canonical(mention("kyiv", date=day("2024-09-04"), location=POLTAVA), event_id="ev-wed")
    event_id, score, reasons = merge_mention(follow_up, [later, strike])
    assert event_id == "ev-tue" and score >= 0.9 and any("within 'this week'" in reason for reason in reasons)
    assert build_canonical("ev", [follow_up])["date"]["start"] == "2024-09-03"
    # the day a statement was made is not the attack's
    said = "Poltava was hit this week. The governor said on Tuesday that 50 had died."
    statement = {**follow_up, "evidence": {"text": said, "start": 0, "end": len(said)},
                 "context": {"dates": [{**tuesday, "at": said.index("Tuesday")}]}}  # fmt: skip
    assert merge_mention(statement, [later, strike])[0] is None
    # two days named inside the week: nothing to narrow it to
    wednesday = {**day("2024-09-04", "Wednesday"), "at": 0}
    unsure = {**follow_up, "context": {"dates": [tuesday, wednesday]}}
    assert merge_mention(unsure, [later, strike])[0] is None


KOSTIANTYNIVKA = place("Kostyantynivka", 48.527, 37.706, "UA", "Donetsk", 1)


def test_a_mourning_report_takes_the_day_it_refers_back_to():
    text = "Ukraine on Thursday mourned 17 people killed when a missile struck a market in Kostiantynivka."
    wednesday = {**day("2023-09-06", "Wednesday"), "at": len(text) + 40}
    mourning = mention("afp", date=day("2023-09-07", "Thursday"), location=KOSTIANTYNIVKA, published="2023-09-07",
                       evidence=text, trigger="struck", context={"back_references": [wednesday]})  # fmt: skip
    strike = canonical(mention("ukrinform", date=day("2023-09-06"), location=KOSTIANTYNIVKA), event_id="ev-wed")
    event_id, _, reasons = merge_mention(mourning, [strike])
    assert event_id == "ev-wed" and any("refers back" in reason for reason in reasons)


def test_a_claim_dated_by_an_as_clause_of_the_report_day_takes_the_day_it_refers_back_to():
    # "Thursday" dates the questions the government faced as the claim came out; "Tuesday's attack" is the event's
    text = ("A militant group has claimed the bombing of a bus station in Kharkiv, calling the bombers its "
            "soldiers, as the government faced questions in parliament on Thursday.")
    tuesday = {**day("2023-09-05", "Tuesday"), "at": len(text) + 30}
    claim = mention("ap", date=day("2023-09-07", "Thursday"), location=KHARKIV, published="2023-09-07",
                    evidence=text, trigger="bombing", context={"back_references": [tuesday]})  # fmt: skip
    bombing = canonical(mention("afp", date=day("2023-09-05", "on Tuesday"), location=KHARKIV), event_id="ev-tue")
    event_id, _, reasons = merge_mention(claim, [bombing])
    assert event_id == "ev-tue" and any("refers back" in reason for reason in reasons)


SUMY = place("Sumy", 50.9216, 34.8003, "UA", "Sumy", 1)


def test_a_day_declared_one_of_mourning_dates_the_decree_not_the_attack():
    strike = canonical(mention("reuters", date=day("2025-04-13", "on Sunday"), location=SUMY, published="2025-04-13"),
                       event_id="ev-sun")  # fmt: skip
    for decree in ("Monday has been declared", "Monday was declared", "Monday is declared"):
        text = (f"{decree} a day of mourning in Sumy after a Russian missile struck a bus station in the city centre, "
                "killing nine people, the regional administration said.")
        mourning = mention("suspilne", date=day("2025-04-14", "Monday"), location=SUMY, published="2025-04-14",
                           evidence=text, trigger="struck")  # fmt: skip
        event_id, _, reasons = merge_mention(mourning, [strike])
        assert event_id == "ev-sun" and any("dates a statement" in reason for reason in reasons)
    # a day the strike itself is told on is the strike's: Sunday's attack on the city is another one
    own_day = "A Russian missile struck a bus station in Sumy on Monday, killing nine people, officials said."
    struck = mention("suspilne", date=day("2025-04-14", "Monday"), location=SUMY, published="2025-04-14",
                     evidence=own_day, trigger="struck")  # fmt: skip
    assert merge_mention(struck, [strike])[0] is None


def test_a_new_attack_reported_on_its_day_does_not_take_an_earlier_strike_it_recalls():
    # "Tuesday" is when this attack happened; "Monday's strike" elsewhere in the report is another one
    text = "Russian missiles struck Kostiantynivka on Tuesday, killing three people, officials said."
    monday = {**day("2023-09-11", "Monday"), "at": len(text) + 5}
    new_attack = mention("ap", date=day("2023-09-12", "on Tuesday"), location=KOSTIANTYNIVKA, published="2023-09-12",
                         evidence=text, trigger="struck", context={"back_references": [monday]})  # fmt: skip
    earlier = canonical(mention("reuters", date=day("2023-09-11"), location=KOSTIANTYNIVKA))
    assert match_score(new_attack, earlier)[0] == 0.0


MOSCOW = place("Moscow", 55.752, 37.618, "RU", "Moscow", 1)


def test_a_report_filed_from_abroad_matches_on_a_town_its_other_sentences_name():
    at_dateline = {**MOSCOW, "place": {"text": "MOSCOW", "start": 0, "end": 6}}
    kiev = {**KYIV, "text": "Kiev", "start": 250, "dateline": False, "in_document": True}
    tass = mention(
        "tass", location=at_dateline, sub_event_type="Air/drone strike",
        context={"places": [{**MOSCOW, "text": "MOSCOW", "start": 0, "dateline": True}], "document_places": [kiev]},
    )  # fmt: skip
    kyiv = canonical(mention("reuters"), event_id="ev-kyiv")
    event_id, _, reasons = merge_mention(tass, [kyiv])
    assert event_id == "ev-kyiv" and any("named elsewhere in the report" in reason for reason in reasons)
    # a weak fit: it joins only an unambiguous event
    kyiv_twin = canonical(mention("ap", outlet="AP"), event_id="ev-twin")
    assert merge_mention(tass, [kyiv, kyiv_twin])[0] is None


def test_a_town_and_a_village_in_the_district_named_after_it_merge_weakly():
    doaba = place("Doaba", 33.4245, 70.7368, "PK", "Khyber Pakhtunkhwa", 1)
    hangu = place("Hangu", 33.532, 71.0595, "PK", "Khyber Pakhtunkhwa", 1)
    bombing = dict(sub_event_type="Suicide bomb", actor1=None, date=day("2023-09-29"))
    hangu_district = {**hangu, "text": "Hangu", "start": 126, "dateline": False, "district": True}
    dawn = canonical(mention("dawn", location=doaba, context={"places": [hangu_district]}, **bombing), event_id="ev-d")
    ap = mention("ap", location=hangu, **bombing)
    event_id, _, reasons = merge_mention(ap, [dawn])
    assert event_id == "ev-d" and any("Hangu district" in reason for reason in reasons)
    # without the district named, they are two towns 32 km apart
    assert merge_mention(ap, [canonical(mention("dawn", location=doaba, **bombing))])[0] is None
    # nor does a district join another sub-type of event
    shelling = {**ap, "sub_event_type": "Shelling/artillery/missile attack"}
    assert merge_mention(shelling, [dawn])[0] is None


def test_a_village_and_its_district_town_shelled_by_the_other_side_the_same_day_are_two_events():
    stepnohirsk = place("Stepnohirsk", 47.590, 35.364, "UA", "Zaporizhia", 1)
    vasylivka = place("Vasylivka", 47.442, 35.282, "UA", "Zaporizhia", 1)
    vasylivka_district = {**vasylivka, "text": "Vasylivka", "start": 70, "dateline": False, "district": True}
    village = {**mention("regional", location=stepnohirsk, context={"places": [vasylivka_district]}),
               "actor2": civilians("UKR")}  # fmt: skip
    # the occupied town's officials say Ukraine's troops shelled it: the other side's shelling of its own town
    counter_claim = canonical({**mention("ria", location=vasylivka, actor1=UKRAINE), "actor2": civilians("RUS")},
                              event_id="ev-town")  # fmt: skip
    assert merge_mention(village, [counter_claim])[0] is None
    # the same sides as the village's report: one shelling, told at the district's town
    same_sides = canonical({**mention("wire", location=vasylivka), "actor2": civilians("UKR")}, event_id="ev-same")
    assert merge_mention(village, [same_sides])[0] == "ev-same"


def test_a_village_stays_apart_from_its_district_town_when_its_report_tells_the_towns_event_apart():
    pechenihy = place("Pechenihy", 49.868, 36.934, "UA", "Kharkiv", 1)
    chuhuiv = place("Chuhuiv", 49.835, 36.686, "UA", "Kharkiv", 1)
    strike = dict(sub_event_type="Air/drone strike", date=day("2024-07-09", "on Tuesday"))
    chuhuiv_district = {**chuhuiv, "text": "Chuhuiv", "start": 80, "dateline": False, "district": True}
    regional = mention("regional", location=pechenihy, context={"places": [{**chuhuiv_district, "told_apart": True}]},
                       **strike)  # fmt: skip
    town_event = canonical(mention("wire", location=chuhuiv, **strike), event_id="ev-town")
    assert merge_mention(regional, [town_event])[0] is None
    # told the other way round: the town's report meets the village's event
    village_event = canonical(regional, event_id="ev-village")
    assert merge_mention(mention("wire", location=chuhuiv, **strike), [village_event])[0] is None
    # a report naming the district without a town event of its own still joins, weakly
    alone = {**regional, "context": {"places": [{**chuhuiv_district, "told_apart": False}]}}
    assert merge_mention(alone, [town_event])[0] == "ev-town"


def test_a_report_placed_in_a_ukrainian_raion_holds_its_villages_as_far_as_a_raion_reaches():
    bila_tserkva = place("Bila Tserkva", 49.7968, 30.1311, "UA", "Kyiv", 2)
    tetiiv = place("Tetiiv", 49.3708, 29.6900, "UA", "Kyiv", 1)  # about 57 km from the district's town
    strike = dict(sub_event_type="Air/drone strike", date=day("2024-03-12", "on Tuesday"))
    named_district = {**bila_tserkva, "geo_precision": 1, "text": "Bila Tserkva", "start": 52, "dateline": False,
                      "district": True}
    # "Drone wreckage set fire to a barn in the Bila Tserkva district overnight": since the raions were merged in
    # 2020 a district reaches about 90 km from its town, so a village 57 km out may be the barn's
    district_report = mention("wire", location=bila_tserkva, context={"places": [named_district]},
                              published="2024-03-12", **strike)
    village_event = canonical(mention("local", location=tetiiv, published="2024-03-12", **strike),
                              event_id="ev-tetiiv")
    event_id, _, reasons = merge_mention(district_report, [village_event])
    assert event_id == "ev-tetiiv" and any("Bila Tserkva district" in reason for reason in reasons)
    # before the reform a raion was smaller: no village that far out was in it
    old_report = {**district_report, "published": "2019-03-12"}
    old_event = canonical(mention("local", location=tetiiv, published="2019-03-12",
                                  sub_event_type="Air/drone strike", date=day("2019-03-12", "on Tuesday")),
                          event_id="ev-tetiiv")
    assert merge_mention({**old_report, "date": day("2019-03-12", "on Tuesday")}, [old_event])[0] is None
    # a village report naming the district joins no event at the district's town itself that far off
    village_report = mention("local", location=tetiiv, context={"places": [named_district]}, **strike)
    town_event = canonical(mention("wire", location={**bila_tserkva, "geo_precision": 1}, **strike),
                           event_id="ev-town")
    assert merge_mention(village_report, [town_event])[0] is None


def test_an_event_placed_in_a_district_joins_weakly_a_town_of_that_district():
    kupiansk = place("Kupiansk", 49.7107, 37.6157, "UA", "Kharkiv", 2)
    shevchenkove = place("Shevchenkove", 49.6963, 37.1728, "UA", "Kharkiv", 1)
    strike = dict(sub_event_type="Air/drone strike", date=day("2024-10-03", "on Thursday"))
    kupiansk_district = {**kupiansk, "geo_precision": 1, "text": "Kupiansk", "start": 41, "dateline": False,
                         "district": True}
    # "A guided bomb hit a grain store in the Kupiansk district on Thursday": an area that holds Shevchenkove
    regional = canonical(mention("regional", location=kupiansk, context={"places": [kupiansk_district]}, **strike),
                         event_id="ev-district")  # fmt: skip
    wire = mention("wire", location=shevchenkove, **strike)
    event_id, _, reasons = merge_mention(wire, [regional])
    assert event_id == "ev-district" and any("Kupiansk district" in reason for reason in reasons)
    # the same report placed at the town itself ("in the town of Kupiansk, the district's centre") is no district
    in_town = canonical(mention("regional", location={**kupiansk, "geo_precision": 1},
                                context={"places": [kupiansk_district]}, **strike), event_id="ev-town")
    assert merge_mention(wire, [in_town])[0] is None
    # a weak fit: the district's report picks neither of two towns of the district struck that day
    district_report = mention("regional", location=kupiansk, context={"places": [kupiansk_district]}, **strike)
    town_event = canonical(wire, event_id="ev-shevchenkove")
    assert merge_mention(district_report, [town_event])[0] == "ev-shevchenkove"
    other_town = place("Kivsharivka", 49.6253, 37.6862, "UA", "Kharkiv", 1)
    other_event = canonical(mention("local", location=other_town, **strike), event_id="ev-kivsharivka")
    assert merge_mention(district_report, [town_event, other_event])[0] is None


def test_sentence_context_reads_a_ukrainian_community_named_after_its_town_as_a_district():
    text = ("A Russian drone hit a car in a village of the Zolochiv community in Kharkiv region on Friday morning, "
            "killing the driver, the regional governor said.")
    places = context_of(text, "Suspilne", "2024-08-16")["places"]
    assert [p["text"] for p in places if p["district"]] == ["Zolochiv"]


def test_sentence_context_reads_no_district_in_a_community_named_as_the_scenes_neighbour():
    text = ("A Russian drone hit a tractor in a field of the Krasnopillia community, next to the Myropillia community "
            "in Sumy region, on Monday afternoon, killing the driver, the regional administration said.")
    places = context_of(text, "Suspilne", "2024-06-10")["places"]
    assert [p["text"] for p in places if p["district"]] == ["Krasnopillia"]


def test_sentence_context_marks_a_district_town_whose_event_the_report_tells_apart():
    village = ("A drone killed a woman in her garden in Pechenihy, in the Chuhuiv district of Kharkiv region, on "
               "Tuesday morning, the governor said.")
    apart = village + "\n\nHours later, a missile hit a factory in Chuhuiv, the district's main town, injuring three."
    alone = village + "\n\nThe village lies on a reservoir east of Kharkiv."

    def district_told_apart(text: str) -> bool:
        places = context_of(text, "Suspilne", "2024-07-09", evidence_word="Pechenihy")["places"]
        return next(p["told_apart"] for p in places if p["district"])

    assert district_told_apart(apart) and not district_told_apart(alone)


def test_a_towns_toll_above_a_wider_reports_figure_is_not_a_share_of_it():
    named = {"places": [{**KHARKIV, "dateline": False}, {**KYIV, "dateline": False}]}
    officials = mention("sputnik", published="2024-05-26", location=UKRAINE_COUNTRY, fatalities=toll(12),
                        context=named)  # fmt: skip
    latest = mention("ap", published="2024-05-27", location=KHARKIV, fatalities=toll(16))
    assert build_canonical("ev", [officials, latest])["fatalities"]["best"] == 16


def test_sentence_context_keeps_back_references_other_towns_and_a_dateline_on_its_own():
    from sitreps.ingest import document_from_text
    from sitreps.merge import sentence_context
    from sitreps.pipeline import Extractor

    text = ("MOSCOW, July 8. /TASS/. Russian forces carried out a massive strike on Ukrainian defence plants on "
            "Monday, the Defence Ministry said. It said damage in Kiev was caused by an air defence missile. "
            "Sunday's strike on Kharkiv was also successful.")  # fmt: skip
    document = document_from_text(text, "tass", id="tass", outlet="TASS", published="2024-07-08")
    extraction = next(iter(Extractor().extract([document])))
    position = next(i for i, event in enumerate(extraction.events) if event.evidence.text.startswith("Russian forces"))
    context = sentence_context(extraction, position)
    assert all(text[ref["at"]:].startswith(ref["text"]) for ref in context["back_references"])
    # "Sunday's strike on Kharkiv" is another strike, placed elsewhere: its day is not the day the report refers
    # back to
    assert "Sunday" not in {ref["text"] for ref in context["back_references"]}
    assert "Kyiv" in {town["name"] for town in context["document_places"]}
    assert all(town["in_document"] and not town["dateline"] for town in context["document_places"])
    for town in context["places"] + context["document_places"]:
        assert text[town["start"]:town["start"] + len(town["text"])] == town["text"]


def test_a_region_named_after_its_capital_is_not_a_district_of_the_city():
    from sitreps.merge import DISTRICT_AFTER

    assert DISTRICT_AFTER.match(" district of Khyber Pakhtunkhwa") and DISTRICT_AFTER.match(" raion")
    assert not DISTRICT_AFTER.match(" region") and not DISTRICT_AFTER.match(" oblast")


def test_a_statement_day_report_can_join_the_previous_days_strike_only_in_the_same_town():
    from sitreps.merge import _spelling_key

    assert _spelling_key("Pokrovskoye") == _spelling_key("Pokrovske") == "pokrovsk"
    assert _spelling_key("Odessa") == _spelling_key("Odesa")
    region = place("Dnipropetrovsk", 48.3, 34.84, "UA", "Dnipropetrovsk", 3)
    pokrovske = place("Pokrovske", 47.98, 36.23, "UA", "Dnipropetrovsk", 1)
    text = ("Kalibr missiles destroyed an ammunition depot near Pokrovskoye in the Dnepropetrovsk region, "
            "the Russian Defence Ministry said on Tuesday.")
    moscow = mention("ria-1", date=day("2022-09-13", "Tuesday"), location=region, actor1=None, evidence=text,
                     trigger="destroyed", published="2022-09-13")  # fmt: skip
    kyiv_report = canonical(mention("ukrinform-1", date=day("2022-09-12"), location=pokrovske, published="2022-09-12"))
    event_id, score, reasons = merge_mention(moscow, [kyiv_report])
    assert event_id == "ev-test" and score >= MERGE_THRESHOLD
    assert any("dates a statement" in reason for reason in reasons)
    assert any("named in the report as 'Pokrovskoye'" in reason for reason in reasons)
    # the region alone is not enough for the day before, nor is another sub-type
    elsewhere = mention("ria-1", date=day("2022-09-13", "Tuesday"), location=region, actor1=None,
                        evidence=text.replace("Pokrovskoye", "Nikopol"), trigger="destroyed")  # fmt: skip
    assert merge_mention(elsewhere, [kyiv_report])[0] is None
    drones = canonical(mention("ukrinform-1", date=day("2022-09-12"), location=pokrovske,
                               sub_event_type="Air/drone strike"))  # fmt: skip
    assert merge_mention(moscow, [drones])[0] is None
    # an event date of its own is not moved
    own_day = "Missiles destroyed a depot near Pokrovskoye on Tuesday."
    dated = mention("ria-1", date=day("2022-09-13", "on Tuesday"), location=region, actor1=None, evidence=own_day,
                    trigger="destroyed")  # fmt: skip
    assert merge_mention(dated, [kyiv_report])[0] is None


def test_a_statement_day_report_joins_the_previous_days_report_placed_at_the_same_region_only():
    region = place("Zaporizhzhia", 47.5, 35.5, "UA", "Zaporizhzhia", 3)
    other_region = place("Kherson", 46.75, 33.35, "UA", "Kherson", 3)
    text = "Border guards detained six saboteurs in the Zaporizhzhia region, the security service said on Friday."
    statement = mention("sbu-1", sub_event_type="Arrests", event_type="Strategic developments", location=region,
                        date=day("2023-04-14", "Friday"), actor1=UKRAINE, evidence=text, trigger="detained",
                        published="2023-04-14")  # fmt: skip
    earlier = canonical(mention("radio-1", sub_event_type="Arrests", event_type="Strategic developments",
                                location=region, date=day("2023-04-13", "on Thursday"), actor1=UKRAINE,
                                published="2023-04-13"))  # fmt: skip
    event_id, _, reasons = merge_mention(statement, [earlier])
    assert event_id == "ev-test" and any("dates a statement" in reason for reason in reasons)
    # another region, or a town the other report names, is no firm place for the day before
    elsewhere = canonical(mention("radio-1", sub_event_type="Arrests", event_type="Strategic developments",
                                  location=other_region, date=day("2023-04-13", "on Thursday"), actor1=UKRAINE,
                                  published="2023-04-13"))  # fmt: skip
    assert merge_mention(statement, [elsewhere])[0] is None
    town = place("Melitopol", 46.85, 35.37, "UA", "Zaporizhzhia", 1)
    in_town = canonical(mention("radio-1", sub_event_type="Arrests", event_type="Strategic developments",
                                location=town, date=day("2023-04-13", "on Thursday"), actor1=UKRAINE,
                                published="2023-04-13"))  # fmt: skip
    assert merge_mention(statement, [in_town])[0] is None


def test_a_statement_day_report_placed_at_a_region_joins_the_eves_massacre_in_its_town_with_the_same_toll():
    region = place("Kayes", 14.0, -10.0, "ML", "Kayes", 3)
    town = place("Nioro", 15.23, -9.59, "ML", "Kayes", 1)
    militants = {"text": "gunmen", "name": "JNIM", "country": "MLI", "kind": "rebels"}
    villagers = {"text": "villagers", "name": "Civilians (Mali)", "country": "MLI", "kind": "civilians"}
    text = "Gunmen killed at least 40 villagers in the Kayes region, the regional governor said on Sunday."
    attack = dict(sub_event_type="Attack", event_type="Violence against civilians", actor1=militants)

    def toll(n: int) -> dict[str, Any]:
        return {"min": n, "max": n, "text": f"at least {n}"}

    statement = mention("radio-1", location=region, date=day("2025-02-09", "Sunday"), fatalities=toll(40),
                        evidence=text, trigger="killed", published="2025-02-09", **attack)  # fmt: skip
    statement["actor2"] = villagers

    def massacre(n: int) -> dict[str, Any]:
        told = mention("wire-1", location=town, date=day("2025-02-08", "on Saturday"), fatalities=toll(n),
                       published="2025-02-08", **attack)  # fmt: skip
        return canonical({**told, "actor2": villagers})

    event_id, _, reasons = merge_mention(statement, [massacre(40)])
    assert event_id == "ev-test" and any("dates a statement" in reason for reason in reasons)
    # another toll, or a toll of few, does not tie the region to the town
    assert merge_mention(statement, [massacre(25)])[0] is None
    few = {**statement, "fatalities": toll(3)}
    assert merge_mention(few, [massacre(3)])[0] is None


def test_an_oblast_named_for_its_organisation_is_a_region_containing_the_city():
    oblast = {**place("Kharkiv", 49.607, 36.491, "UA", "Kharkiv", 2), "place": {"kind": "admin1"}}
    city = canonical(mention("b", location=KHARKIV))
    score, reasons = match_score(mention("kyivindependent-1", location=oblast), city)
    assert score >= MERGE_THRESHOLD and any("same region Kharkiv" in reason for reason in reasons)
    assert match_score(mention("kyivindependent-1", location=oblast), canonical(mention("b")))[0] == 0


def test_two_attacks_of_one_night_in_different_districts_of_a_province_stay_apart():
    # Balochistan, one night: passengers shot in Musakhail district, a post attacked in Kalat district
    province = place("Balochistan", 28.3, 65.9, "PK", "Balochistan", 3)
    kalat = place("Kalat", 29.03, 66.59, "PK", "Balochistan", 2)
    raid = dict(sub_event_type="Attack", event_type="Violence against civilians", actor1=None,
                date=day("2024-08-26", "on Monday"))  # fmt: skip
    highway = canonical(mention("dawn", location=province, evidence="Gunmen shot 23 passengers in the Rarasham "
                                "area of Balochistan's Musakhail district on Monday.", **raid), event_id="ev-highway")
    post = mention("tribune", location=kalat, evidence="Six people were killed when militants attacked a post in "
                   "Kalat district early Monday.", **raid)  # fmt: skip
    assert merge_mention(post, [highway])[0] is None
    # another spelling of the same district is no difference
    same = mention("reuters", location=province, evidence="Militants shot 23 people in Musakhel district.", **raid)
    assert merge_mention(same, [highway])[0] == "ev-highway"


def test_a_landmark_matches_the_city_it_lies_beside():
    stadium = {**place("Olympic Stadium", 50.433, 30.522, "UA", "Kyiv City", 1),
               "place": {"name": "Olympic Stadium", "kind": "facility"}}
    score, reasons = match_score(mention("a", location=stadium), canonical(mention("b")))
    assert score >= MERGE_THRESHOLD and any("landmark near the city" in r for r in reasons)
    far = {**stadium, "lat": 49.84, "lon": 24.03}
    assert match_score(mention("a", location=far), canonical(mention("b")))[0] == 0.0


def test_a_device_planted_at_a_landmark_is_not_the_shelling_of_the_town_beside_it():
    # "a mine blew up under a truck on the Dnipro river crossing" / "Russian guns pounded Kherson" the same day
    crossing = {**place("River crossing", 46.67, 32.71, "UA", "Kherson", 1),
                "place": {"name": "River crossing", "kind": "facility"}}
    mine = mention("a", sub_event_type="Remote explosive/landmine/IED", location=crossing, actor1=None)
    shelling = canonical(mention("b", location=KHERSON, actor1=None), event_id="ev-town")
    match = assess(mine, shelling)
    assert match.blocked and any("very same place" in reason for reason in match.reasons)
    # the same means at the landmark and the town beside it still match
    rocket = mention("a", location=crossing, actor1=None)
    assert merge_mention(rocket, [shelling])[0] == "ev-town"
    # reports disagreeing on the means of one blast at one landmark, or of one in the town, are one event
    at_crossing = canonical(mention("b", location=crossing, actor1=None), event_id="ev-crossing")
    assert merge_mention(mine, [at_crossing])[0] == "ev-crossing"
    bomb_in_town = mention("a", sub_event_type="Suicide bomb", location=KHERSON, actor1=None)
    assert merge_mention(bomb_in_town, [shelling])[0] == "ev-town"


def test_a_grenade_and_an_air_strike_placed_only_at_one_region_are_two_events():
    grenade = mention("a", sub_event_type="Grenade", location=KHERSON_OBLAST, actor1=None)
    strike = canonical(mention("b", sub_event_type="Air/drone strike", location=KHERSON_OBLAST, actor1=None))
    assert assess(grenade, strike).blocked
    # an event that one report already tells as a grenade attack takes another such report
    told_both_ways = canonical(mention("b", sub_event_type="Air/drone strike", location=KHERSON_OBLAST, actor1=None),
                               mention("c", sub_event_type="Grenade", location=KHERSON_OBLAST, actor1=None))
    assert not assess(grenade, told_both_ways).blocked


def test_a_burial_day_gives_way_to_the_day_the_report_refers_back_to():
    text = "Hundreds of mourners gathered in Kramatorsk on Sunday to bury four people killed when a missile hit a cafe."
    saturday = {**day("2023-06-24", "Saturday"), "at": len(text) + 30}
    burial = mention("ap", date=day("2023-06-25", "on Sunday"), location=KRAMATORSK, published="2023-06-25",
                     evidence=text, trigger="hit", context={"back_references": [saturday]})  # fmt: skip
    strike = canonical(mention("reuters", date=day("2023-06-24"), location=KRAMATORSK), event_id="ev-sat")
    event_id, _, reasons = merge_mention(burial, [strike])
    assert event_id == "ev-sat" and any("refers back" in reason for reason in reasons)


KRAMATORSK = place("Kramatorsk", 48.723, 37.556, "UA", "Donetsk", 1)


def test_a_town_matches_a_named_area_that_holds_it():
    area = {**place("Gaza Strip", 31.42, 34.36, "PS", None, 3), "place": {"name": "Gaza Strip", "kind": "area"}}
    khan_younis = place("Khan Younis", 31.346, 34.306, "PS", "Gaza Strip", 1)
    score, reasons = match_score(mention("a", location=area), canonical(mention("b", location=khan_younis)))
    assert score >= MERGE_THRESHOLD and any("a town within the area" in r for r in reasons)
    far_town = place("Eilat", 29.558, 34.952, "PS", None, 1)
    assert not any("within the area" in r for r in match_score(mention("a", location=area),
                                                                 canonical(mention("b", location=far_town)))[1])


def test_a_spot_near_a_town_matches_a_named_area_that_holds_the_town():
    area = {**place("Gaza Strip", 31.42, 34.36, "PS", None, 3), "place": {"name": "Gaza Strip", "kind": "area"}}
    near_rafah = place("Rafah", 31.297, 34.245, "PS", "Gaza Strip", 2)
    reasons = match_score(mention("a", location=area), canonical(mention("b", location=near_rafah)))[1]
    assert any("a town within the area" in r for r in reasons)


def test_a_day_borrowed_from_a_statement_in_another_sentence_can_be_the_day_after_the_strike():
    from sitreps.merge import _dates_statement

    text = "Gunmen stormed the clinic. The health minister said on Sunday that 12 patients died."
    at = text.index("Sunday")
    assert _dates_statement(text, at, at + len("Sunday"))
    text = "Gunmen stormed the clinic on Sunday, killing 12 patients."
    assert not _dates_statement(text, text.index("Sunday"), text.index("Sunday") + len("Sunday"))

    goma = place("Goma", -1.68, 29.22, "CD", "North Kivu", 1)
    civilians = {"name": "Civilians (Democratic Republic of Congo)", "kind": "civilians", "country": "CD"}
    evidence = "At least 12 patients were killed in an attack on the main clinic in Goma, the health minister said."
    statement = mention("radio-okapi-2", event_type="Violence against civilians", sub_event_type="Attack",
                        date=day("2023-03-05", "Sunday"), location=goma, actor1=None, evidence=evidence,
                        trigger="attack", published="2023-03-05", context={"date_says_when": True})  # fmt: skip
    statement["actor2"] = civilians
    strike = mention("reuters-1", sub_event_type="Air/drone strike", date=day("2023-03-04", "on Saturday"),
                     location=goma, actor1=None, published="2023-03-04")  # fmt: skip
    strike["actor2"] = civilians
    # either way round: the statement first or the strike first
    event_id, _, reasons = merge_mention(statement, [canonical(strike)])
    assert event_id == "ev-test" and any("dates a statement" in reason for reason in reasons)
    said = canonical(statement)
    assert said["date_said"]
    event_id, _, reasons = merge_mention(strike, [said])
    assert event_id == "ev-test" and any("dates a statement" in reason for reason in reasons)
    # the event keeps the strike's own day, not the statement's
    assert canonical(statement, strike)["date"]["start"] == "2023-03-04"
    # two days apart, or another town, is another event
    assert merge_mention(strike | {"date": day("2023-03-03", "on Friday")}, [said])[0] is None
    bunia = place("Bunia", 1.57, 30.25, "CD", "Ituri", 1)
    assert merge_mention(strike | {"location": bunia}, [said])[0] is None


def test_a_condemnation_dated_after_the_attack_joins_the_attack_its_sentence_dates():
    text = ("The United Nations on Tuesday condemned the shelling of a market in Kostiantynivka, which killed "
            "12 civilians on Sunday.")
    sunday = {**day("2023-09-10", "Sunday"), "at": text.index("Sunday")}
    condemnation = mention("un-news", date=day("2023-09-12", "Tuesday"), location=KOSTIANTYNIVKA,
                           published="2023-09-12", evidence=text, trigger="shelling",
                           context={"dates": [sunday]})  # fmt: skip
    shelling = canonical(mention("ukrinform", date=day("2023-09-10"), location=KOSTIANTYNIVKA), event_id="ev-sun")
    event_id, _, reasons = merge_mention(condemnation, [shelling])
    assert event_id == "ev-sun" and any("dates the report" in reason for reason in reasons)


def test_a_report_placed_in_a_region_matches_on_a_town_another_sentence_names_in_that_country():
    # "gunmen killed 40 people in a village of Mali's Mopti region ... The attackers rode into Ogossagou", where
    # the only Ogossagou the gazetteer knows lies in another region
    mopti = place("Mopti", 14.49, -4.18, "ML", "Mopti", 3)
    ogossagou = place("Ogossagou", 13.1, -5.9, "ML", "Segou", 1)
    massacre = dict(sub_event_type="Attack", event_type="Violence against civilians", actor1=None,
                    date=day("2019-03-23"))  # fmt: skip
    in_village = {**ogossagou, "text": "Ogossagou", "start": 180, "dateline": False, "in_document": True}
    regional = mention("afp", location=mopti, context={"places": [], "document_places": [in_village]}, **massacre)
    village = canonical(mention("rfi", location=ogossagou, **massacre), event_id="ev-village")
    event_id, _, reasons = merge_mention(regional, [village])
    assert event_id == "ev-village" and any("named elsewhere in the report" in reason for reason in reasons)
    # a town of another country named elsewhere does not place it
    senegal = {**in_village, "country_code": "SN"}
    assert merge_mention(mention("afp", location=mopti, context={"places": [], "document_places": [senegal]},
                                 **massacre), [village])[0] is None  # fmt: skip


def test_a_region_placed_event_does_not_match_on_a_town_the_report_names_in_another_region_it_tells():
    # "A drone killed a man in Zatoka, a resort village of the Odesa region ... In the Kherson region, shelling
    # wounded three": the Kherson shelling is no strike on Zatoka, whose own region the report names too
    kherson = {**place("Kherson", 46.64, 32.61, "UA", "Kherson", 3),
               "place": {"text": "Kherson region", "start": 90, "end": 104, "kind": "admin1"}}
    zatoka = place("Zatoka", 46.07, 30.46, "UA", "Odessa", 1)
    odesa = {**place("Odesa", 46.48, 30.73, "UA", "Odessa", 1), "text": "Odesa", "start": 60, "dateline": False,
             "in_document": True}  # fmt: skip
    in_zatoka = {**zatoka, "text": "Zatoka", "start": 30, "dateline": False, "in_document": True}
    shelling = mention("reuters", location=kherson, context={"places": [], "document_places": [in_zatoka, odesa]})
    strike = canonical(mention("suspilne", sub_event_type="Air/drone strike", location=zatoka), event_id="ev-zatoka")
    assert merge_mention(shelling, [strike])[0] is None


def test_security_forces_shooting_marchers_is_one_event_whether_told_as_an_attack_or_as_excessive_force():
    crackdown = dict(actor1=None, date=day("2022-06-30"), location=place("Khartoum", 15.55, 32.53, "SD", "Khartoum", 1))
    attack = mention("reuters", sub_event_type="Attack", event_type="Violence against civilians", **crackdown)
    force = canonical(mention("afp", sub_event_type="Excessive force against protesters", event_type="Protests",
                              **crackdown), event_id="ev-force")  # fmt: skip
    event_id, _, reasons = merge_mention(attack, [force])
    assert event_id == "ev-force" and any("kindred sub-event types" in reason for reason in reasons)
    assert "Protests" in compatible_types("Violence against civilians", "Attack")
    shelling = mention("ap", sub_event_type="Shelling/artillery/missile attack", **crackdown)
    assert merge_mention(shelling, [force])[0] is None


def _area(name: str, lat: float, lon: float, country: str, admin1: str) -> dict[str, Any]:
    return {**place(name, lat, lon, country, admin1, 3), "place": {"name": name, "kind": "area"}}


def test_an_area_report_joins_a_towns_event_only_when_no_other_town_in_the_area_had_one_that_day():
    # "Israeli shelling hit the Golan Heights on Monday": Majdal Shams alone was struck, or both it and Mas'ade
    golan = _area("Golan Heights", 33.0, 35.75, "SY", "Quneitra")
    majdal_shams = canonical(mention("a", location=place("Majdal Shams", 33.27, 35.77, "SY", "Quneitra", 1)),
                             event_id="ev-majdal")
    masade = canonical(mention("b", location=place("Mas'ade", 33.23, 35.75, "SY", "Quneitra", 1)),
                       event_id="ev-masade")
    assert merge_mention(mention("c", location=golan), [majdal_shams])[0] == "ev-majdal"
    event_id, _, reasons = merge_mention(mention("c", location=golan), [majdal_shams, masade])
    assert event_id is None and "ambiguous" in reasons[0]
    # the same holds for a town's event and an event placed at another named area in the region
    hermon = canonical(mention("d", location=_area("Mount Hermon", 33.4, 35.85, "SY", "Quneitra")),
                       event_id="ev-hermon")
    assert merge_mention(mention("c", location=golan), [hermon])[0] == "ev-hermon"
    assert merge_mention(mention("c", location=golan), [hermon, masade])[0] is None


def test_an_event_near_one_town_joins_another_towns_event_only_when_no_other_fits():
    # "a missile hit a warehouse outside Vyshhorod" (an area near the town) on the day Kyiv and Brovary were struck
    near_vyshhorod = place("Vyshhorod", 50.584, 30.490, "UA", "Kyiv", 2)
    kyiv = canonical(mention("a"), event_id="ev-kyiv")
    brovary = canonical(mention("b", location=BROVARY), event_id="ev-brovary")
    assert merge_mention(mention("c", location=near_vyshhorod), [kyiv])[0] == "ev-kyiv"
    event_id, _, reasons = merge_mention(mention("c", location=near_vyshhorod), [kyiv, brovary])
    assert event_id is None and "ambiguous" in reasons[0]


def test_a_city_the_gazetteer_knows_as_an_area_is_the_town_of_that_name():
    # "KYIV CITY - drones struck ..." geocoded as the area of Kyiv City: Kyiv's event, not Brovary's, though the
    # area holds both towns
    kyiv_city = _area("Kyiv City", 50.45, 30.52, "UA", "Kyiv City")
    brovary = canonical(mention("a", location=BROVARY), event_id="ev-a-brovary")
    kyiv = canonical(mention("b"), event_id="ev-b-kyiv")
    event_id, _, reasons = merge_mention(mention("c", location=kyiv_city), [brovary, kyiv])
    assert event_id == "ev-b-kyiv" and any("same place named as a town and as an area" in r for r in reasons)


def test_a_back_reference_counts_unless_it_dates_another_event_reported_elsewhere():
    from sitreps.ingest import document_from_text
    from sitreps.merge import sentence_context
    from sitreps.pipeline import Extractor

    texts = {
        "same town": ("DHAKA - Police said on Monday that two students died in clashes with officers in Dhaka. "
                      "Sunday's clashes in Dhaka had left both students critically wounded, their families said."),
        "elsewhere": ("NAIROBI - Police said on Thursday that officers did not use live bullets against protesters "
                      "in Nairobi. Police made a similar denial after Tuesday's rallies in Mombasa."),
    }  # fmt: skip
    documents = [document_from_text(text, key, id=key.replace(" ", "-"), outlet="X", published="2023-01-12")
                 for key, text in texts.items()]  # fmt: skip
    references = {}
    for extraction in Extractor().extract(documents):
        first = min(range(len(extraction.events)), key=lambda i: extraction.events[i].evidence.start)
        references[extraction.document.id] = {ref["text"] for ref in sentence_context(extraction, first)[
            "back_references"]}
    assert "Sunday" in references["same-town"]
    assert "Tuesday" not in references["elsewhere"]


def located(name: str, lat: float, lon: float, country: str, admin1: str | None, precision: int, start: int):
    """A place as geocoding gives it, with the offset of the name it was read from."""
    return {**place(name, lat, lon, country, admin1, precision),
            "place": {"name": name, "text": name.upper(), "start": start, "kind": "city"}}  # fmt: skip


def test_a_report_filed_from_a_city_naming_a_district_for_its_clash_is_not_the_citys_event():
    clash = dict(event_type="Battles", sub_event_type="Armed clash", actor1=None, date=day("2024-03-08", "Friday"))
    mogadishu = located("Mogadishu", 2.0371, 45.3438, "SO", "Banaadir", 1, 0)
    dateline = {"dates": [], "places": [{**mogadishu, "text": "MOGADISHU", "start": 0, "dateline": True}]}
    siege = canonical(mention("hiiraan", location=mogadishu, context=dateline, **clash,
                              evidence="MOGADISHU: Gunmen fought guards at a hotel for hours on Friday."))  # fmt: skip
    afgooye = mention("garowe", location=mogadishu, context=dateline, **clash,
                      evidence="Five soldiers died on Friday in a clash near the bridge in Afgooye district.")
    score, reasons = match_score(afgooye, siege)
    assert score == 0.0 and any("names district" in reason for reason in reasons)
    # another report placed at a town of another sentence, naming the same district, is the same clash
    borrowed = located("Mogadishu", 2.0371, 45.3438, "SO", "Banaadir", 1, 400)
    second = mention("voa", location=borrowed, **clash,
                     evidence="Troops clashed with militants in Afgooye district on Friday, killing five.")
    score, reasons = match_score(second, canonical(afgooye))
    assert score >= MERGE_THRESHOLD and any("both reports name district" in reason for reason in reasons)
    # a district the report names as the city's own ("Mogadishu's Hodan district") is a borough of it
    borough = mention("garowe", location=mogadishu, context=dateline, **clash,
                      evidence="Gunmen fought guards at a hotel in Mogadishu's Hodan district on Friday.")
    assert match_score(borough, siege)[0] >= MERGE_THRESHOLD


def test_a_district_named_as_the_citys_own_is_a_borough_of_the_town_both_reports_are_placed_at():
    blast = dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                 actor1=None, date=day("2024-05-14", "overnight"))
    odesa = located("Odesa", 46.4775, 30.7326, "UA", "Odesa", 1, 0)
    dateline = {"dates": [], "places": [{**odesa, "text": "ODESA", "start": 0, "dateline": True}]}
    depot = canonical(mention("kyivpost", location=odesa, **blast,
                              evidence="Missiles set a grain depot in Odesa on fire overnight."))  # fmt: skip
    residents = mention("ukrinform", location=odesa, context=dateline, **blast,
                        evidence="People living in the city's Suvorovskyi district heard loud blasts overnight.")
    assert match_score(residents, depot)[0] >= MERGE_THRESHOLD
    # a town's district the report names without tying it to the town may be somewhere else
    elsewhere = mention("ukrinform", location=odesa, context=dateline, **blast,
                        evidence="People living in Bilhorod-Dnistrovskyi district heard loud blasts overnight.")
    assert match_score(elsewhere, depot)[0] == 0.0


def test_a_dateline_placed_event_joins_the_town_its_sentence_writes_though_unresolved():
    raid = dict(event_type="Battles", sub_event_type="Armed clash", actor1=None, date=day("2021-07-14", "Wednesday"))
    kabul = located("Kabul", 34.5281, 69.1723, "AF", "Kabul", 1, 0)
    dateline = {"dates": [], "places": [{**kabul, "text": "KABUL", "start": 0, "dateline": True}]}
    filed_from_kabul = canonical(mention("tolo", location=kabul, context=dateline, **raid,
                                         evidence="KABUL: Fighters overran the Spin Boldak border post on Wednesday."))
    in_town = mention("pajhwok", location=place("Spin Boldak", 31.0057, 66.3996, "AF", "Kandahar", 1), **raid)
    score, reasons = match_score(in_town, filed_from_kabul)
    assert score >= MERGE_THRESHOLD and any("written in the report filed from Kabul" in r for r in reasons)


def test_a_zone_geocoded_to_a_namesake_region_abroad_joins_the_region_its_sentence_names():
    strike = dict(sub_event_type="Air/drone strike", actor1=None, date=day("2023-08-13", "Sunday"))
    amhara = place("Amhara", 11.5, 38.0, "ET", "Amhara", 3)
    market = canonical(mention("bbc", location=amhara, **strike))
    namesake = place("Western", 5.5, -2.0, "GH", "Western", 3)
    zone = mention("addis", location=namesake, **strike,
                   evidence="A drone struck a market in the Western zone of Amhara on Sunday, residents said.")
    score, reasons = match_score(zone, market)
    assert score >= MERGE_THRESHOLD and any("names the event's region Amhara" in r for r in reasons)


def test_a_barrage_shot_down_over_a_city_is_the_attack_another_report_tells():
    israel = {"text": "the Iron Dome", "name": "Military Forces of Israel", "country": "ISR", "kind": "state_forces"}
    hamas = {"text": "Hamas", "name": "Hamas", "country": "PSE", "kind": "rebel_group"}
    ashkelon = place("Ashkelon", 31.6688, 34.5743, "IL", "Southern District", 1)
    rockets = canonical(mention("haaretz", location=ashkelon, actor1=hamas))
    intercepted = mention("ynet", event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                          location=ashkelon, actor1=israel, evidence="The Iron Dome shot down rockets over Ashkelon.")
    assert "Explosions/Remote violence" in compatible_types("Strategic developments", "Disrupted weapons use")
    score, reasons = match_score(intercepted, rockets)
    assert score >= MERGE_THRESHOLD and any("who shot the weapons down" in reason for reason in reasons)
    # other strategic developments of the day (arrests after the barrage) stay apart from it
    assert match_score({**intercepted, "sub_event_type": "Arrests"}, rockets)[0] == 0.0


def test_an_aircraft_brought_down_is_the_fight_another_report_tells_with_its_dead_crew():
    rebels = {"text": "separatists", "name": "Separatists", "country": "UKR", "kind": "rebel_group"}
    kramatorsk = place("Kramatorsk", 48.7232, 37.5563, "UA", "Donetsk", 1)
    fight = canonical(mention("wire", event_type="Battles", sub_event_type="Armed clash", location=kramatorsk,
                              actor1=rebels, evidence="Separatists downed an army plane near Kramatorsk, killing "
                                                      "its six airmen."))  # fmt: skip
    downing = mention("daily", event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                      location=kramatorsk, actor1=rebels, evidence="Separatists hit an Su-25 over Kramatorsk.")
    assert "Strategic developments" in compatible_types("Battles", "Armed clash")
    score, reasons = match_score(downing, fight)
    assert score >= MERGE_THRESHOLD and any("kindred" in reason for reason in reasons)
    # a report naming the side that lost the aircraft names one side of the fight, no other perpetrator
    army = {"text": "the army", "name": "Military Forces of Ukraine", "country": "UKR", "kind": "state_forces"}
    lost = {**downing, "actor1": army}
    assert match_score(lost, {**fight, "actor2": army})[0] >= MERGE_THRESHOLD
    assert match_score(lost, fight)[0] < MERGE_THRESHOLD
    # drones shot down are no fight: they stay apart from a clash of the day
    drones = {**downing, "evidence": {"text": "Separatists hit two unmanned aircraft.", "start": 0, "end": 38}}
    assert match_score(drones, fight)[0] == 0.0


def test_a_report_placed_at_a_passing_town_joins_the_town_its_sentence_spells_otherwise():
    strike = dict(sub_event_type="Air/drone strike", actor1=None, date=day("2021-02-14", "Sunday"))
    marib = canonical(mention("aljazeera", location=place("Marib", 15.4543, 45.3269, "YE", "Ma'rib", 1), **strike))
    sanaa = located("Sanaa", 15.3547, 44.2066, "YE", "Sanaa", 1, 90)
    sentence = "A drone hit a camp in Ma'rib on Sunday, and the wounded were flown to Sanaa for treatment."
    context = {"dates": [], "places": [{**sanaa, "text": "Sanaa", "start": 90, "dateline": False}]}
    report = mention("saba", location=sanaa, evidence=sentence, context=context, **strike)
    score, reasons = match_score(report, marib)
    assert score >= MERGE_THRESHOLD and any("named in the report as \"Ma'rib\"" in reason for reason in reasons)
    # a sentence writing both towns as they are spelled tells of two events ("drones hit Marib and Sanaa")
    both = "Drones hit camps in Marib and Sanaa on Sunday."
    assert match_score({**report, "evidence": {"text": both, "start": 0, "end": len(both)}}, marib)[0] == 0.0
    # a town of another country is never taken for it
    abroad = located("Riyadh", 24.6877, 46.7219, "SA", "Riyadh", 1, 90)
    assert match_score({**report, "location": abroad}, marib)[0] < MERGE_THRESHOLD


def test_a_town_report_naming_the_region_of_another_town_s_name_is_not_that_towns_event():
    # "the Mykolaiv region" names the oblast, which the gazetteer resolved: the strike on Bashtanka is not the one
    # on Mykolaiv city, 60 km away, that another report tells
    strike = dict(sub_event_type="Air/drone strike", actor1=None, date=day("2023-04-03", "Monday"))
    city = canonical(mention("ria", location=place("Mykolayiv", 46.9659, 31.9974, "UA", "Mykolaiv", 1), **strike))
    bashtanka = located("Bashtanka", 47.4072, 32.4386, "UA", "Mykolaiv", 1, 22)
    sentence = "A drone strike on Bashtanka in the Mykolaiv region killed a man on Monday."
    region = {**place("Mykolaiv region", 47.0, 32.0, "UA", "Mykolaiv", 3), "text": "Mykolaiv region", "start": 39}
    context = {"dates": [], "places": [{**bashtanka, "text": "Bashtanka", "start": 22}, region]}
    report = mention("suspilne", location=bashtanka, evidence=sentence, context=context, **strike)
    assert match_score(report, city)[0] == 0.0


def test_two_coarsely_placed_reports_writing_one_unresolved_town_merge():
    attack = dict(event_type="Violence against civilians", sub_event_type="Attack", actor1=None,
                  date=day("2022-06-05", "Sunday"))
    maputo = located("Maputo", -25.9653, 32.5892, "MZ", "Maputo City", 1, 0)
    dateline = {"dates": [], "places": [{**maputo, "text": "MAPUTO", "start": 0, "dateline": True}]}
    filed = canonical(mention("lusa", location=maputo, context=dateline, **attack,
                              evidence="MAPUTO, June 5 - Insurgents beheaded four villagers in Ancuabe on Sunday."))
    province = place("Cabo Delgado", -12.3, 39.5, "MZ", "Cabo Delgado", 3)
    regional = mention("zitamar", location=province, **attack,
                       evidence="Four people were beheaded on Sunday in Ancuabe, in Cabo Delgado province.")
    score, reasons = match_score(regional, filed)
    assert score >= MERGE_THRESHOLD and any("both reports write Ancuabe" in reason for reason in reasons)
    # another town written by the other report: another attack
    elsewhere = {**regional, "evidence": {**regional["evidence"], "text": "Four were beheaded on Sunday in Chiure."}}
    assert match_score(elsewhere, filed)[0] < MERGE_THRESHOLD


def test_a_day_the_bodies_were_found_may_follow_the_killing_by_days():
    strike = dict(sub_event_type="Air/drone strike", actor1=None)
    idlib = place("Idlib", 35.9306, 36.6339, "SY", "Idlib", 1)
    wednesday = canonical(mention("sana", location=idlib, date=day("2020-02-12", "Wednesday"), **strike))
    found = "Rescuers pulled the bodies of 12 civilians from a bombed bus near Idlib on Saturday."
    late = mention("sohr", location=idlib, date=day("2020-02-15", "on Saturday"), published="2020-02-15",
                   evidence=found, trigger="bombed", **strike)
    assert merge_mention(late, [{**wednesday, "id": "ev-wed"}])[0] == "ev-wed"
    # the day the people were killed is the event's own day
    killed = "Twelve were killed on Saturday when a bomb struck a bus near Idlib; their bodies were recovered."
    same_day = {**late, "evidence": {"text": killed, "start": 0, "end": len(killed)},
                "trigger": {"text": "struck", "start": killed.index("struck"), "end": killed.index("struck") + 6}}
    assert merge_mention(same_day, [{**wednesday, "id": "ev-wed"}])[0] is None


def test_a_search_ended_after_recovering_a_body_is_dated_by_the_finding_not_the_strike():
    strike = dict(sub_event_type="Air/drone strike", actor1=None)
    kharkiv = place("Kharkiv", 49.9808, 36.2527, "UA", "Kharkiv", 1)
    monday = canonical(mention("ukrinform", location=kharkiv, date=day("2024-06-03", "on Monday"), **strike))
    search = ("Rescuers in Kharkiv ended the search of a clinic hit by a Russian drone on Wednesday after "
              "recovering the body of a nurse.")
    late = mention("kyivindependent", location=kharkiv, date=day("2024-06-05", "on Wednesday"),
                   published="2024-06-05", evidence=search, trigger="drone", **strike)
    assert _report_dating(late) is not None and _report_dating(late)[0] == "discovery"
    assert merge_mention(late, [{**monday, "id": "ev-monday"}])[0] == "ev-monday"


def context_of(text: str, outlet: str, published: str, evidence_word: str = "") -> dict[str, Any]:
    """`sentence_context` of the first event of `text` whose evidence holds `evidence_word`."""
    from sitreps.ingest import document_from_text
    from sitreps.merge import sentence_context
    from sitreps.pipeline import Extractor

    document = document_from_text(text, outlet, id=outlet, outlet=outlet, published=published)
    extraction = next(iter(Extractor().extract([document])))
    index = next(i for i, event in enumerate(extraction.events) if evidence_word in event.evidence.text)
    return sentence_context(extraction, index)


def test_sentence_context_keeps_the_day_an_operation_began_as_a_back_reference():
    text = ("NABLUS, May 7 (Reuters) - Troops pressed on with their raid on the Balata camp on Tuesday as the number "
            "of dead rose to six, medics said.\n\nThe raid, which began early on Sunday, has left the camp without "
            "water, residents said.")
    context = context_of(text, "Reuters", "2024-05-07", evidence_word="raid on the Balata")
    assert "2024-05-05" in {value["start"] for value in context["back_references"]}


def test_a_place_across_a_border_is_no_town_the_report_names_for_its_event():
    text = ("A stray rocket killed two farmers near a village in eastern Turkey on Tuesday, close to the border with "
            "Syria's Aleppo province and the town of Kobani, officials said.")
    context = context_of(text, "Anadolu", "2024-02-06")
    assert not {p["name"] for p in context["places"]} & {"Aleppo", "Kobani", "Kobanî", "Ayn al Arab"}


def test_sentence_context_leaves_out_a_date_of_comparison():
    text = ("Security forces killed 11 people on Saturday in the bloodiest day of protests since the army took "
            "power on Oct. 25, a doctors' union said.")
    context = context_of(text, "Reuters", "2021-11-14")
    assert "Oct. 25" not in {value["text"] for value in context["dates"]}


def test_sentence_context_keeps_a_back_reference_told_of_the_country():
    text = ("BEIRUT, Aug 9 (Reuters) - Islamic State claimed responsibility on Friday for two bombings that killed "
            "31 people at a shrine in the Iraqi city of Karbala.\n\nThe group said on its Telegram channels that two "
            "members wearing explosive belts had blown themselves up among pilgrims.\n\nThursday's attack was the "
            "deadliest in Iraq this year.")
    context = context_of(text, "Reuters", "2024-08-09", evidence_word="Karbala")
    assert "Thursday" in {value["text"] for value in context["back_references"]}


def test_a_withdrawal_and_the_other_sides_recapture_of_the_town_are_one_change_of_control():
    withdrawal = mention("bloggers", sub_event_type="Non-violent transfer of territory",
                         event_type="Strategic developments", actor1=RUSSIA)
    recapture = mention("kyiv", sub_event_type="Government regains territory", event_type="Battles",
                        actor1=UKRAINE)
    score, reasons = match_score(withdrawal, canonical(recapture))
    assert score >= MERGE_THRESHOLD
    assert any("withdrew" in reason for reason in reasons)
    # a capture and a recapture on one day are still told apart by who took the town
    capture = mention("tass", sub_event_type="Non-state actor overtakes territory", event_type="Battles",
                      actor1=RUSSIA)
    assert match_score(capture, canonical(recapture))[0] < MERGE_THRESHOLD


def test_merge_eval_scores_reports_sharing_any_event():
    from sitreps.evaluation.merge import _pairwise_by

    gold = {"a": "kyiv", "b": "kyiv", "c": "lviv"}
    shared = {"a": {"ev1"}, "b": {"ev1", "ev2"}, "c": {"ev2"}}
    scores = _pairwise_by(gold, lambda x, y: bool(shared[x] & shared[y]))
    assert (scores["true_positive"], scores["predicted_pairs"], scores["gold_pairs"]) == (1, 2, 1)
    assert scores["precision"] == 0.5 and scores["recall"] == 1.0


def test_one_outlet_under_two_of_its_names_is_one_independent_source():
    # a page's own site name ("AP News") and a feed's ("Associated Press") name one newsroom
    reports = [
        mention("ap-page", outlet="AP News", published="2023-07-02"),
        mention("ap-feed", outlet="Associated Press", published="2023-07-03"),
        mention("afp", outlet="AFP", published="2023-07-03"),
    ]
    assert build_canonical("ev-n", reports)["independent_sources"] == 2


def test_merge_eval_expects_a_roundup_the_event_rightly_holds_among_its_independent_sources():
    from sitreps.evaluation.merge import _expected_independent, _told_also_by

    records = [
        {"id": "r1", "cluster": "odesa", "outlet": "Reuters"},
        {"id": "r2", "cluster": "odesa", "outlet": "US News", "republishes": "r1"},
        {"id": "r3", "cluster": "odesa", "outlet": "Ukrinform"},
        {"id": "r4", "cluster": "izmail", "outlet": "Kyiv Post"},
        {"id": "r5", "cluster": "izmail", "outlet": "Suspilne"},
    ]
    cluster = records[:3]
    assert _expected_independent(cluster) == 2
    # the Kyiv Post roundup of the Izmail strike also tells the Odesa one, and the event rightly holds it
    event = {"documents": ["r1", "r2", "r3", "r4"]}
    assert _expected_independent(cluster + _told_also_by(event, records, "odesa")) == 3
    assert _told_also_by({"documents": ["r1", "r3"]}, records, "odesa") == []


def test_a_government_given_as_the_attacker_does_not_count_against_the_fighting_side():
    mali_government = {"text": "Mali's government", "name": "Government of Mali", "country": "MLI",
                       "kind": "government"}
    jnim = {"text": "jihadists", "name": "JNIM: Group for Support of Islam and Muslims", "country": "MLI",
            "kind": "rebel_group"}
    bamako = place("Bamako", 12.65, -8.0, "ML", "Bamako", 1)
    told_by_government = mention("aj-1", sub_event_type="Armed clash", event_type="Battles", location=bamako,
                                 actor1=mali_government, outlet="Al Jazeera", date=day("2024-09-17"))
    told_by_attackers = mention("afp-1", sub_event_type="Attack", event_type="Violence against civilians",
                                location=bamako, actor1=jnim, outlet="AFP", date=day("2024-09-17"))
    score, reasons = match_score(told_by_government, canonical(told_by_attackers))
    assert score >= MERGE_THRESHOLD and any("government is no fighting side" in r for r in reasons)
    # the army and the group it fights still count against each other
    other_group = {"text": "the army", "name": "Military Forces of Mali", "country": "MLI", "kind": "state_forces"}
    same, _ = match_score(mention("x-1", actor1=jnim, location=bamako), canonical(mention("y-1", actor1=jnim,
                                                                                          location=bamako)))
    differ, reasons = match_score(mention("x-1", actor1=other_group, location=bamako),
                                  canonical(mention("y-1", actor1=jnim, location=bamako)))
    assert differ < same and any("actor1 differs" in r for r in reasons)


def test_foreign_victims_named_by_one_report_are_no_conflict_with_the_country_s_civilians():
    # a gun attack on a hotel: one report counts the country's own dead, another names the foreign guests killed
    kind = dict(sub_event_type="Attack", event_type="Violence against civilians", actor1=None)
    hotel = canonical({**mention("ap", **kind), "actor2": civilians("UKR")})
    guests = {**mention("reuters", sub_event_type="Armed clash", event_type="Battles", actor1=None),
              "actor2": civilians("POL")}
    score, reasons = match_score(guests, hotel)
    assert score >= MERGE_THRESHOLD and any("foreigners" in reason for reason in reasons)
    # civilians of two countries other than the one it happened in still count against each other
    score, _ = match_score({**guests, "actor2": civilians("POL")},
                           canonical({**mention("ap", **kind), "actor2": civilians("HUN")}))
    assert score < MERGE_THRESHOLD


TAMALE = {"name": "Tamale", "lat": 9.40, "lon": -0.85, "country_code": "GH", "admin1": "Northern", "geo_precision": 1}
THURSDAY = {"start": "2024-05-02", "end": "2024-05-02", "precision": "day", "text": "Thursday"}


def _tamale_event(event_id: str, sentences: int) -> dict:
    return {
        "id": event_id, "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
        "date": THURSDAY, "location": TAMALE, "actor1": None, "actor2": None, "documents": ["wire-1"],
        "first_reported": "2024-05-02",
        "evidence": [{"document": "wire-1", "start": 40 * n, "text": f"sentence {n}"} for n in range(sentences)],
    }  # fmt: skip


def test_equal_scores_go_to_the_event_told_more():
    mention = {
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "modality": "reported",
        "date": THURSDAY, "location": TAMALE, "document": "paper-2", "published": "2024-05-03",
        "evidence": {"start": 0, "text": "Police said Thursday's attack in Tamale killed four."},
    }  # fmt: skip
    passing, lead = _tamale_event("ev-aaa", 1), _tamale_event("ev-bbb", 3)
    event_id, _, _ = merge_mention(mention, [passing, lead])
    assert event_id == "ev-bbb"


def test_a_report_votes_once_for_the_side_that_attacked():
    # two outlets report Russian shelling of Kherson; a third retells three times how Ukrainian guns answered
    # it, and its mentions must not outvote the two reports
    reports = [mention("kyivpost", location=KHERSON), mention("bbc", location=KHERSON, published="2022-10-11")]
    answers = [mention("ukrinform", actor1=UKRAINE, location=KHERSON) for _ in range(3)]
    for position, answer in enumerate(answers):
        answer["position"] = position
    event = canonical(*answers, *reports)
    assert event["actor1"]["name"] == RUSSIA["name"]
    score, _ = match_score(mention("tass", location=KHERSON), event)
    assert score >= MERGE_THRESHOLD


def rebels(country: str) -> dict[str, Any]:
    return {"text": "separatists", "name": f"Rebels ({country})", "country": country, "kind": "rebels"}


def test_rebels_named_for_their_backer_by_one_report_are_those_of_the_country_in_another():
    # a rocket barrage on an army camp in a province: one wire calls the gunners "pro-Moscow separatists",
    # another "Ukrainian rebels"; both place it only in the province
    province = place("Donetsk", 48.0, 37.8, "UA", "Donetsk", 3)
    first = canonical({**mention("ap", location=province), "actor1": rebels("RUS")})
    second = {**mention("reuters", location=province), "actor1": rebels("UKR")}
    score, reasons = match_score(second, first)
    assert score >= MERGE_THRESHOLD and any("backer" in reason for reason in reasons)
    # rebels of two countries, neither the one it happened in, still count against each other
    score, _ = match_score({**second, "actor1": rebels("BLR")}, first)
    assert score < MERGE_THRESHOLD
    # two named groups are two groups, even where one of them is at home
    hezbollah = {"text": "Hezbollah", "name": "Hezbollah", "country": "LBN", "kind": "rebels"}
    militants = {"text": "HTS", "name": "Hayat Tahrir al-Sham", "country": "SYR", "kind": "rebels"}
    syria = place("Idlib", 35.9, 36.6, "SY", "Idlib", 3)
    home = canonical({**mention("ap", location=syria), "actor1": militants})
    assert not any("backer" in reason for reason in match_score({**second, "location": syria,
                                                                  "actor1": hezbollah}, home)[1])


def test_a_backers_forces_and_the_rebels_named_for_it_are_one_side_abroad_but_not_at_home():
    # mortars on a frontline town: Kyiv's outlet blames "the occupiers", the wire "Moscow-backed fighters"
    town = place("Avdiivka", 48.14, 37.74, "UA", "Donetsk", 1)
    occupiers = {"text": "the occupiers", "name": "Military Forces of Russia", "country": "RUS", "kind": "state_forces"}
    first = canonical({**mention("ukrinform", location=town), "actor1": occupiers})
    second = {**mention("reuters", location=town), "actor1": rebels("RUS")}
    score, reasons = match_score(second, first)
    assert score >= 0.8 and any("backer" in reason for reason in reasons)
    # at home, the state's forces and rebels named for the state are the two sides of a war
    grozny = place("Grozny", 43.31, 45.69, "RU", "Chechnya", 1)
    at_home = canonical({**mention("tass", location=grozny), "actor1": occupiers})
    _, reasons = match_score({**second, "location": grozny}, at_home)
    assert any("actor1 differs" in reason for reason in reasons)


def test_a_neighbourhood_the_gazetteer_knows_as_a_town_is_part_of_the_town_it_is_named_in():
    # one report: "shells hit the Zelenyi Hai neighbourhood of Orikhiv"; the other places the shelling in Orikhiv
    quarter = place("Zelenyi Hai", 47.60, 35.81, "UA", "Zaporizhzhia", 1)
    orikhiv = place("Orikhiv", 47.57, 35.78, "UA", "Zaporizhzhia", 1)
    written = "Shells hit the Zelenyi Hai neighbourhood of Orikhiv on Monday."
    local = canonical(mention("local", location=quarter, evidence=written))
    score, reasons = match_score(mention("wire", location=orikhiv), local)
    assert score >= MERGE_THRESHOLD and any("named as a district of Orikhiv" in reason for reason in reasons)
    # a town merely named beside a district of the other side's town is another town
    beside = "Shells hit Zelenyi Hai and the Pivdennyi district of Orikhiv on Monday."
    assert match_score(mention("wire", location=orikhiv), canonical(mention("local", location=quarter,
                                                                           evidence=beside)))[0] == 0.0


def test_a_report_typing_the_event_as_one_of_its_mentions_does_joins_it_on_a_statements_eve():
    # one outlet told the downing as an attack on the passengers and then as a missile strike; another, a day later,
    # gives what a minister said of the missile strike
    hit = place("Torez", 48.03, 38.62, "UA", "Donetsk", 1)
    attack = mention("reuters-1", event_type="Violence against civilians", sub_event_type="Attack",
                     date=day("2014-07-17", "on Thursday"), location=hit, actor1=None, published="2014-07-17")
    missile = mention("reuters-1", date=day("2014-07-17", "on Thursday"), location=hit, actor1=None,
                      published="2014-07-17")
    said = "A surface-to-air missile brought the airliner down near Torez, the minister said on Friday."
    statement = mention("ap-1", date=day("2014-07-18", "on Friday"), location=hit, actor1=None, evidence=said,
                        trigger="missile", published="2014-07-18", context={"date_says_when": True})  # fmt: skip
    attack["actor2"] = missile["actor2"] = civilians("UKR")
    statement["actor2"] = civilians("NLD")  # the foreigners among the dead
    event = canonical(attack, missile, attack)
    assert event["sub_event_type"] == "Attack"
    event_id, _, reasons = merge_mention(statement, [event])
    assert event_id == "ev-test" and any("another mention of the event" in reason for reason in reasons)
    # an event none of whose mentions is of the report's sub-type needs it to be the same
    assert merge_mention(statement, [canonical(attack)])[0] is None


def test_a_coarse_fit_joins_the_only_candidate_of_its_sub_type():
    # "a missile hit a warehouse outside Vyshhorod" on the day a missile hit Kyiv and a drone hit Brovary
    near_vyshhorod = place("Vyshhorod", 50.584, 30.490, "UA", "Kyiv", 2)
    kyiv = canonical(mention("a"), event_id="ev-kyiv")
    drone = dict(sub_event_type="Air/drone strike", event_type="Explosions/Remote violence")
    brovary = canonical(mention("b", location=BROVARY, **drone), event_id="ev-brovary")
    event_id, _, reasons = merge_mention(mention("c", location=near_vyshhorod), [kyiv, brovary])
    assert event_id == "ev-kyiv" and "only candidate of the same sub-type" in reasons
    # two candidates of its sub-type leave it ambiguous
    brovary_shelled = canonical(mention("d", location=BROVARY), event_id="ev-brovary-shelled")
    assert merge_mention(mention("c", location=near_vyshhorod), [kyiv, brovary, brovary_shelled])[0] is None


def test_a_dateline_naming_the_statement_day_leaves_the_report_free_to_tell_the_previous_days_bombing():
    text = "LAGOS, June 5 (Wire) - A man blew himself up at the central bus station, police said on Friday."
    dateline_day = {**day("2020-06-05", "June 5"), "at": text.index("June 5")}
    bombing = dict(sub_event_type="Suicide bomb", actor1=None, evidence=text, trigger="blew", published="2020-06-05")
    lagos = place("Lagos", 6.45, 3.39, "NG", "Lagos", 1)
    thursday = canonical(mention("local-1", date=day("2020-06-04", "on Thursday"), location=lagos, **bombing))
    report = mention("wire-1", date=day("2020-06-05", "Friday"), location=lagos, context={"dates": [dateline_day]},
                     **bombing)  # fmt: skip
    event_id, _, reasons = merge_mention(report, [thursday])
    assert event_id == "ev-test" and any("dates a statement" in reason for reason in reasons)
    # a dateline naming another day than the statement's is a day of its own
    other_day = {**dateline_day, "start": "2020-06-03", "end": "2020-06-03"}
    assert merge_mention({**report, "context": {"dates": [other_day]}}, [thursday])[0] is None


def test_a_crowd_fired_on_and_an_attack_compare_the_shooter_with_the_shooter():
    # one report: protesters (actor1) fired on by the police (actor2); the other: the police (actor1) attacking
    police = {"text": "police", "name": "Police Forces of Chile", "country": "CHL", "kind": "state_forces"}
    crowd = {"text": "protesters", "name": "Protesters (Chile)", "country": "CHL", "kind": "protesters"}
    scene = dict(date=day("2019-11-12"), location=place("Valparaiso", -33.05, -71.62, "CL", "Valparaiso", 1))
    force = mention("afp", sub_event_type="Excessive force against protesters", event_type="Protests",
                    actor1=crowd, **scene)  # fmt: skip
    force["actor2"] = police
    attack = mention("ap", sub_event_type="Attack", event_type="Violence against civilians", actor1=police, **scene)
    event_id, score, reasons = merge_mention(force, [canonical(attack)])
    assert event_id == "ev-test" and score >= MERGE_THRESHOLD
    assert not any("differs" in reason for reason in reasons)
    assert merge_mention(attack, [canonical(force)])[0] == "ev-test"
    # a protest told with the police stepping in keeps the crowd first, as the crowd fired on does
    intervention = mention("bbc", sub_event_type="Protest with intervention", event_type="Protests", actor1=crowd,
                           **scene)  # fmt: skip
    intervention["actor2"] = police
    assert any("same actor1" in reason for reason in match_score(intervention, canonical(force))[1])


def test_a_district_the_report_names_as_part_of_the_other_reports_city_is_that_citys_place():
    shelling = dict(actor1=UKRAINE, date=day("2023-11-28", "Tuesday"))
    city = located("Donetsk", 48.023, 37.80224, "UA", "Donetsk", 1, 40)
    district = {**located("Kirovskyi", 47.97, 37.70, "UA", "Donetsk", 2, 60)}
    in_city = canonical(mention("rt", location=city, **shelling, evidence="Shells fell on Donetsk on Tuesday."))
    in_district = mention("izv", location=district, **shelling,
                          evidence="Artillery hit the Kirovskyi district of Donetsk on Tuesday, officials said.")
    match = _place_match_with_names(in_district, in_city)
    assert not match.weak and any("district of Donetsk" in reason for reason in match.reasons)
    # a place told only as near the city is not one of its districts
    near = mention("izv", location=district, **shelling, evidence="Artillery hit a village near Donetsk on Tuesday.")
    assert _place_match_with_names(near, in_city).weak


def test_an_event_told_as_lasting_days_covers_the_days_before_its_date():
    battle = dict(sub_event_type="Armed clash", event_type="Battles", actor1=None)
    first_day = canonical(mention("a", date=day("2022-10-10", "on Monday"), published="2022-10-10",
                                  evidence="Rebels and troops fought in the streets of Kyiv on Monday.", **battle))

    def later(evidence: str, iso: str = "2022-10-12", location: dict[str, Any] = KYIV) -> float:
        return match_score(mention("b", date=day(iso, "on that day"), published=iso, location=location,
                                   evidence=evidence, **battle), first_day)[0]  # fmt: skip

    assert later("Street battles went on for a third straight day on Wednesday.") >= MERGE_THRESHOLD
    assert later("Families buried on Wednesday the dead of a three-day offensive.") >= MERGE_THRESHOLD
    assert later("Shots were still heard on Wednesday, two days after the rebels entered.") >= MERGE_THRESHOLD
    assert later("Residents fled a siege that ended on Tuesday evening.", "2022-10-11") >= MERGE_THRESHOLD
    assert later("Four policemen died in a firefight with gunmen in a farmhouse that ended on Tuesday.",
                 "2022-10-11") >= MERGE_THRESHOLD
    # a fight that ended on the day it is dated covers the eve only: not a day earlier still
    assert later("Four policemen died in a firefight with gunmen in a farmhouse that ended on Wednesday.") == 0.0
    # a span shorter than the gap, no span at all, or another town, is another event
    assert later("Fighting went on for a second day on Wednesday.") == 0.0
    assert later("Rebels and troops fought on Wednesday, on the third day of the holiday.") == 0.0
    assert later("Rebels and troops fought again on Wednesday, two days after a first clash.") == 0.0
    assert later("Street battles went on for a third day on Wednesday.", location=LVIV) == 0.0
    assert later("Street battles went on for a third day on Wednesday.", location=KHERSON_OBLAST) == 0.0


def test_a_span_its_report_tells_in_another_sentence_covers_the_days_before_an_events_date():
    battle = dict(sub_event_type="Armed clash", event_type="Battles", actor1=None)
    first_day = canonical(mention("a", date=day("2022-10-10", "on Monday"), published="2022-10-10",
                                  evidence="Rebels and troops fought in the streets of Kyiv on Monday.", **battle))
    # the lead tells "a three-day offensive"; the event's own sentence tells only the day it is dated
    evidence = "A sniper shot a soldier dead on Wednesday, the army said."
    told_in_lead = {"report_days_told": 2}
    aside = mention("b", date=day("2022-10-12", "on Wednesday"), published="2022-10-12", evidence=evidence,
                    context=told_in_lead, **battle)  # fmt: skip
    assert match_score(aside, first_day)[0] >= MERGE_THRESHOLD
    # either way round: the event the report's aside made reaches back as far
    earlier = mention("c", date=day("2022-10-10", "on Monday"), evidence="Troops fought rebels on Monday.", **battle)
    assert match_score(earlier, canonical(aside))[0] >= MERGE_THRESHOLD
    # a report that tells no span, or a shorter one, or another town, is another event
    untold = mention("b", date=day("2022-10-12", "on Wednesday"), published="2022-10-12", evidence=evidence, **battle)
    assert match_score(untold, first_day)[0] == 0.0
    shorter = mention("b", date=day("2022-10-12", "on Wednesday"), published="2022-10-12", evidence=evidence,
                      context={"report_days_told": 1}, **battle)  # fmt: skip
    assert match_score(shorter, first_day)[0] == 0.0
    elsewhere = mention("b", date=day("2022-10-12", "on Wednesday"), published="2022-10-12", evidence=evidence,
                        context=told_in_lead, location=LVIV, **battle)  # fmt: skip
    assert match_score(elsewhere, first_day)[0] == 0.0


def test_sentence_context_counts_the_days_its_report_tells_an_operation_lasted():
    from sitreps.ingest import document_from_text
    from sitreps.merge import sentence_context
    from sitreps.pipeline import Extractor

    text = ("Mourners buried on Thursday the dead of a three-day army offensive on the town of Kidal. "
            "A roadside bomb killed two soldiers near the market on Thursday, a local official said.")
    document = document_from_text(text, "lead", id="lead", outlet="Example", published="2024-03-07")
    extraction = next(iter(Extractor().extract([document])))
    assert extraction.events
    assert all(sentence_context(extraction, i)["report_days_told"] == 3 for i in range(len(extraction.events)))


def test_a_span_told_by_the_earlier_report_does_not_reach_forward():
    battle = dict(sub_event_type="Armed clash", event_type="Battles", actor1=None)
    told = canonical(mention("a", date=day("2022-10-12", "on Wednesday"), published="2022-10-12",
                             evidence="Fighting raged for a third day on Wednesday.", **battle))
    earlier = mention("b", date=day("2022-10-10", "on Monday"), evidence="Troops fought rebels on Monday.", **battle)
    after = mention("b", date=day("2022-10-14", "on Friday"), published="2022-10-14",
                    evidence="Troops fought rebels on Friday.", **battle)
    assert match_score(earlier, told)[0] >= MERGE_THRESHOLD
    assert match_score(after, told)[0] == 0.0


def test_reports_of_the_first_and_third_day_of_fighting_merge_in_either_order(tmp_path: Any):
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor

    reports = [
        ("first-day", "2024-03-04", "Government troops and rebel fighters clashed in the streets of Kidal on Monday, "
                                    "residents said."),
        ("third-day", "2024-03-06", "Clashes between rebel fighters and government troops in Kidal went on for a "
                                    "third day on Wednesday, residents said."),
    ]  # fmt: skip
    documents = [document_from_text(text, doc_id, id=doc_id, outlet=doc_id, published=published)
                 for doc_id, published, text in reports]  # fmt: skip
    extractions = list(Extractor().extract(documents))
    for name, order in (("forward", extractions), ("backward", extractions[::-1])):
        events = _ingested(tmp_path / f"{name}.db", order)
        assert any(sorted(event["documents"]) == ["first-day", "third-day"] for event in events), name


def test_a_district_named_for_its_purpose_is_no_place():
    from sitreps.merge import _district_keys
    assert _district_keys(["Tanks stood outside the Eastern Military District headquarters."]) == set()
    assert _district_keys(["Shells hit the Musakhail district."]) == {"mshl"}


def test_sentence_context_marks_the_other_towns_of_a_list_naming_the_events_town():
    text = ("KYIV, June 4 (Reuters) - Protesters turned back grain lorries on Tuesday at checkpoints in Poltava, Sumy "
            "and Chernihiv, officials said.")
    context = context_of(text, "Reuters", "2024-06-04", evidence_word="turned back")
    listed = {p["name"] for p in context["places"] if p.get("listed")}
    assert len(listed) == 2 and listed < {"Poltava", "Sumy", "Chernihiv"}
    assert "Kyiv" not in listed


def test_a_town_listed_with_the_events_own_is_its_place_too():
    nova_kakhovka = place("Nova Kakhovka", 46.7547, 33.3486, "UA", "Kherson", 1)
    protest = {"sub_event_type": "Peaceful protest", "event_type": "Protests", "actor1": None}
    listed = {"places": [{**KHERSON, "start": 30, "text": "Kherson"},
                         {**nova_kakhovka, "start": 39, "text": "Nova Kakhovka", "listed": True}]}
    at_kherson = canonical(mention("ap-1", outlet="AP", location=KHERSON, context=listed, **protest))
    score, reasons = match_score(mention("reuters-1", location=nova_kakhovka, **protest), at_kherson)
    assert score > 0.5, reasons
    alone = canonical(mention("ap-1", outlet="AP", location=KHERSON, **protest))
    assert match_score(mention("reuters-1", location=nova_kakhovka, **protest), alone)[0] == 0.0


def test_a_report_of_two_towns_hit_together_placed_at_one_joins_that_towns_event_over_the_others():
    zaporizhzhia = place("Zaporizhzhia", 47.8388, 35.1396, "UA", "Zaporizhzhia", 1)
    text = "Russian missiles struck Kharkiv and Zaporizhzhia on Monday, killing seven people, officials said."
    both = {"places": [{**KHARKIV, "start": text.index("Kharkiv"), "text": "Kharkiv"},
                       {**zaporizhzhia, "start": text.index("Zaporizhzhia"), "text": "Zaporizhzhia", "listed": True}]}
    report = mention("afp", location=KHARKIV, evidence=text, trigger="struck", context=both)
    kharkiv = canonical(mention("suspilne-kharkiv", location=KHARKIV), event_id="ev-kharkiv")
    # the other town's event told by more reports, which equal scores would otherwise favour
    zaporizhzhia_event = canonical(mention("suspilne-zp", location=zaporizhzhia),
                                   mention("ukrinform-zp", location=zaporizhzhia), event_id="ev-zaporizhzhia")
    assert match_score(report, zaporizhzhia_event)[0] == match_score(report, kharkiv)[0]
    assert merge_mention(report, [zaporizhzhia_event, kharkiv])[0] == "ev-kharkiv"
    # a report placed at its dateline still takes the town its sentence names
    dateline = {**KHARKIV, "place": {"text": "KHARKIV", "start": 0, "end": 7}}
    filed = "KHARKIV, Ukraine (Reuters) - Russian missiles struck Zaporizhzhia on Monday, killing seven people."
    from_kharkiv = mention("reuters", location=dateline, evidence=filed, trigger="struck", context={"places": [
        {**KHARKIV, "start": 0, "text": "KHARKIV", "dateline": True},
        {**zaporizhzhia, "start": filed.index("Zaporizhzhia"), "text": "Zaporizhzhia"}]})
    assert merge_mention(from_kharkiv, [zaporizhzhia_event])[0] == "ev-zaporizhzhia"


def test_the_last_part_of_a_two_part_name_before_district_is_no_district():
    from sitreps.merge import _district_keys
    assert _district_keys(["Gunmen shot three men in a village of the Trinidad and Tobago district."]) == set()
    assert _district_keys(["Gunmen shot three men in the Kupwara district."]) == {"kpwr"}


def test_a_day_on_which_an_official_wrote_or_posted_dates_a_statement():
    from sitreps.merge import _dates_statement

    for text in ("The governor wrote on Telegram on Saturday night that four miners died.",
                 "The mayor posted on Saturday that the blaze had been put out."):
        at = text.index("Saturday")
        assert _dates_statement(text, at, at + len("Saturday"))


def test_a_past_reference_beside_a_later_days_news_is_background_and_does_not_merge():
    # "A day after gunmen shot three farmers near the village, a mine went off there on Friday": the shooting is
    # what the mine blast is measured from, not the news
    shooting = dict(sub_event_type="Attack", event_type="Violence against civilians")
    earlier = mention("wire", modality="historical", date=day("2022-10-13", "A day after"), published="2022-10-14",
                      context={"dates": [{**day("2022-10-14", "on Friday"), "at": 80, "dates_event": True}]},
                      **shooting)
    first = canonical(mention("local", date=day("2022-10-13", "on Thursday"), published="2022-10-13", **shooting),
                      event_id="ev-shooting")
    assert merge_mention(earlier, [first])[0] is None
    alone = mention("wire", modality="historical", date=day("2022-10-13", "Thursday's"), published="2022-10-14",
                    **shooting)
    assert merge_mention(alone, [first])[0] == "ev-shooting"


def test_a_past_reference_beside_a_later_day_of_no_event_is_the_news_and_merges():
    # "Police searched on Friday for the gunmen suspected of shooting three farmers on Thursday": the search is no
    # event, so the shooting stays the news the report follows up
    shooting = dict(sub_event_type="Attack", event_type="Violence against civilians")
    earlier = mention("wire", modality="historical", date=day("2022-10-13", "on Thursday"), published="2022-10-14",
                      context={"dates": [{**day("2022-10-14", "on Friday"), "at": 20, "dates_event": False}]},
                      **shooting)
    first = canonical(mention("local", date=day("2022-10-13", "on Thursday"), published="2022-10-13", **shooting),
                      event_id="ev-shooting")
    assert merge_mention(earlier, [first])[0] == "ev-shooting"


def test_a_crowd_fired_on_and_the_civilians_of_an_attack_are_one_target():
    # one report: rioters fired on by troops; the other: troops attacking residents it gives no country
    troops = {"text": "soldiers", "name": "Military Forces of Peru", "country": "PER", "kind": "state_forces"}
    rioters = {"text": "protesters", "name": "Rioters (Peru)", "country": "PER", "kind": "rioters"}
    scene = dict(date=day("2023-01-09"), location=place("Juliaca", -15.5, -70.13, "PE", "Puno", 1))
    force = mention("afp", sub_event_type="Excessive force against protesters", event_type="Protests",
                    actor1=rioters, **scene)  # fmt: skip
    force["actor2"] = troops
    attack = mention("ap", sub_event_type="Attack", event_type="Violence against civilians", actor1=troops, **scene)
    attack["actor2"] = {"text": "residents", "name": "Civilians", "country": None, "kind": "civilians"}
    score, reasons = match_score(force, canonical(attack))
    assert score >= MERGE_THRESHOLD and any("crowd fired on" in reason for reason in reasons)
    # civilians of another country are another target
    attack["actor2"] = civilians("BOL")
    assert not any("crowd fired on" in reason for reason in match_score(force, canonical(attack))[1])


BILA_TSERKVA = place("Bila Tserkva", 49.7956, 30.1311, "UA", "Kyiv", 1)
# the lead of two reports of one shelling, in words conflict news seldom uses
FERRY_LEAD = ["dockworkers", "ferry", "greenhouse", "pier", "port", "shelled", "silo", "trawler"]


def told_in_lead(document: str, lead: list[str] = FERRY_LEAD, **fields: Any) -> dict[str, Any]:
    return mention(document, context={"lead": lead}, **fields)


def test_two_leads_telling_one_story_join_although_one_report_placed_it_at_its_dateline():
    at_dateline = told_in_lead("kyiv-bureau", location=KYIV)
    in_town = canonical(told_in_lead("local-paper", location=KHARKIV), event_id="ev-kharkiv")
    assert match_score(at_dateline, in_town)[0] == 0.0  # two cities, field by field
    event_id, _, reasons = merge_mention(at_dateline, [in_town])
    assert event_id == "ev-kharkiv" and "one story" in reasons[0] and "dockworkers" in reasons[0]
    # a lead of other words, or a mention told further down its report, is no evidence
    assert merge_mention(told_in_lead("kyiv-bureau", lead=["police", "said"], location=KYIV), [in_town])[0] is None
    assert merge_mention(mention("kyiv-bureau", location=KYIV), [in_town])[0] is None


def test_one_story_does_not_join_neighbouring_towns_other_days_or_reports_days_apart():
    in_town = canonical(told_in_lead("local-paper", location=KYIV), event_id="ev-kyiv")
    assert merge_mention(told_in_lead("wire", location=BILA_TSERKVA), [in_town])[0] is None
    assert merge_mention(told_in_lead("wire", date=day("2022-10-08", "on Saturday")), [in_town])[0] is None
    assert merge_mention(told_in_lead("wire", location=LVIV, published="2022-10-14"), [in_town])[0] is None
    assert merge_mention(told_in_lead("wire", location=LVIV), [in_town])[0] == "ev-kyiv"


def test_sentence_context_gives_the_lead_words_only_to_an_event_the_lead_tells():
    from sitreps.ingest import document_from_text
    from sitreps.merge import sentence_context
    from sitreps.pipeline import Extractor

    text = ("ODESA, May 3 (Wire) - A Russian drone hit a grain terminal in Odesa on Friday, wounding two dockworkers, "
            "the regional governor said. The terminal's silo burned for hours. Separately, shelling killed a man in "
            "Kherson on Friday, officials said.")  # fmt: skip
    document = document_from_text(text, "wire", id="wire", title="Drone hits Odesa grain terminal", outlet="Wire",
                                  published="2024-05-03")
    extraction = next(iter(Extractor().extract([document])))
    leads = {event.evidence.text[:12]: sentence_context(extraction, i)["lead"]
             for i, event in enumerate(extraction.events)}
    assert "dockworkers" in leads["A Russian dr"] and "terminal" in leads["A Russian dr"]
    assert "odesa" not in leads["A Russian dr"]  # where it happened is the place field's evidence
    assert leads["Separately, "] == []


KHARKIV_RIOT = dict(date=day("2023-05-08"), location=KHARKIV, actor1=None)
STREET_FIGHT = "Rioters set cars alight and fought riot police in central Kharkiv on Monday."
POLICE = {"text": "police", "name": "Police Forces of Ukraine", "country": "UKR", "kind": "state_forces"}


def _riot(**fields: Any) -> dict[str, Any]:
    told = {**KHARKIV_RIOT, **fields}
    return canonical(mention("afp", sub_event_type="Violent demonstration", event_type="Riots",
                             evidence=STREET_FIGHT, **told), event_id="ev-riot")  # fmt: skip


def test_street_fighting_told_as_clashes_by_one_outlet_and_as_a_riot_by_another_is_one_event():
    clashes = mention("ap", sub_event_type="Armed clash", event_type="Battles",
                      evidence="Two men died in clashes in central Kharkiv on Monday.", **KHARKIV_RIOT)  # fmt: skip
    assert {"Protests", "Riots"} <= set(compatible_types("Battles", "Armed clash"))
    assert "Battles" in compatible_types("Riots", "Violent demonstration")
    event_id, score, reasons = merge_mention(clashes, [_riot()])
    assert event_id == "ev-riot" and any("a crowd's confrontation" in reason for reason in reasons)
    # weaker than the same family: a fight of that day and town told as a battle by another outlet scores higher
    battle = canonical(mention("bbc", sub_event_type="Armed clash", event_type="Battles", **KHARKIV_RIOT),
                       event_id="ev-battle")
    assert merge_mention(clashes, [_riot(), battle])[0] == "ev-battle"
    # the crowd may be named on the violent side instead: "troops fired on marchers"
    fired_on = mention("ap", sub_event_type="Attack", event_type="Violence against civilians",
                       evidence="Troops fired on marchers in Kharkiv on Monday, killing two.",
                       **{**KHARKIV_RIOT, "actor1": {**POLICE, "name": "Military Forces of Ukraine"}})  # fmt: skip
    march = canonical(mention("afp", sub_event_type="Peaceful protest", event_type="Protests",
                              evidence="Thousands marched in Kharkiv on Monday.", **KHARKIV_RIOT), event_id="ev-march")
    assert merge_mention(fired_on, [march])[0] == "ev-march"


def test_a_protest_and_a_separate_attack_in_one_town_that_day_stay_apart():
    march = canonical(mention("afp", sub_event_type="Peaceful protest", event_type="Protests",
                              evidence="Pensioners marched through Kharkiv on Monday to demand higher payments.",
                              **KHARKIV_RIOT), event_id="ev-march")  # fmt: skip
    shooting = dict(sub_event_type="Attack", event_type="Violence against civilians", date=day("2023-05-08"),
                    location=KHARKIV, evidence="Two guards were shot dead at a bank in Kharkiv on Monday.")
    # neither a crowd on the violent side nor a fight with police on the demonstration's
    assert merge_mention(mention("ap", actor1=None, **shooting), [march])[0] is None
    # a fight with police on the demonstration's side, but the violence is an armed group's
    gunmen = {"text": "militants", "name": "Unidentified Armed Group (Ukraine)", "country": "UKR", "kind": "rebels"}
    assert merge_mention(mention("ap", actor1=gunmen, **shooting), [_riot()])[0] is None


def test_a_crowd_fight_told_across_families_needs_the_same_town_and_day():
    told = dict(sub_event_type="Armed clash", event_type="Battles", actor1=None,
                evidence="Two men died in clashes with demonstrators.")  # fmt: skip
    assert merge_mention(mention("ap", date=day("2023-05-09", "on Tuesday"), location=KHARKIV, **told),
                         [_riot()])[0] is None  # fmt: skip
    kharkiv_oblast = place("Kharkiv Oblast", 49.5, 36.5, "UA", "Kharkiv", 3)
    assert merge_mention(mention("ap", date=day("2023-05-08"), location=kharkiv_oblast, **told), [_riot()])[0] is None
    assert merge_mention(mention("ap", date=day("2023-05-08"), location=KHARKIV, **told), [_riot()])[0] == "ev-riot"


def test_a_scene_told_at_a_distance_from_a_town_is_still_that_towns_for_a_report_placing_it_there():
    kharkiv_point = {"name": "Kharkiv", "kind": "city", "lat": 49.9935, "lon": 36.2304}
    # "a village some 40 km north of Kharkiv": the scene lies there, read from the town's own point
    north = {**place("Kharkiv", 50.353, 36.2304, "UA", "Kharkiv", 2), "place": kharkiv_point}
    near = {**place("Kharkiv", 49.9935, 36.2304, "UA", "Kharkiv", 2), "place": kharkiv_point}
    shelling = dict(actor1=RUSSIA, date=day("2024-05-13"))
    score, reasons = match_score(mention("a", location=north, **shelling), canonical(mention("b", location=near,
                                                                                               **shelling)))
    assert score >= MERGE_THRESHOLD and any("nearby places (Kharkiv / Kharkiv, 0 km)" in r for r in reasons)
    # a namesake elsewhere is still too far
    other = {**place("Kharkiv", 50.353, 36.2304, "UA", "Kharkiv", 2), "place": {**kharkiv_point, "lat": 50.353}}
    assert match_score(mention("a", location=other, **shelling), canonical(mention("b", location=near,
                                                                                   **shelling)))[0] == 0


def _merged_with_first(tmp_path: Any, reports: list[tuple[str, str, str]]) -> list[str]:
    """The documents of the canonical event that the first of `reports` (id, published, text) belongs to."""
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor

    documents = [document_from_text(text, doc_id, id=doc_id, outlet=doc_id, published=published)
                 for doc_id, published, text in reports]  # fmt: skip
    events = _ingested(tmp_path / "follow-up.db", list(Extractor().extract(documents)))
    return sorted(next(event["documents"] for event in events if reports[0][0] in event["documents"]))


HARBOUR_STRIKE = ("strike", "2024-03-11", "A Russian missile hit a grain warehouse in the port city of Izmail on "
                                          "Monday, killing four workers, the regional governor said.")  # fmt: skip


def test_a_wounded_victims_death_or_a_body_found_days_later_dates_the_follow_up_not_the_strike(tmp_path: Any):
    for follow_up in (
        ("hospital", "2024-03-13", "A dock worker injured in the Russian missile attack on a grain warehouse in "
                                   "Izmail died in hospital on Wednesday, the regional governor said."),
        ("toll", "2024-03-13", "Another worker pulled from the ruins of the Izmail grain warehouse struck by a "
                               "Russian missile has died, bringing the death toll to five, the governor said on "
                               "Wednesday."),
        ("body", "2024-03-13", "Rescuers in Izmail on Wednesday found the body of a crane operator under the rubble "
                               "of the grain warehouse hit by a Russian missile, officials said."),
    ):  # fmt: skip
        merged = _merged_with_first(tmp_path / follow_up[0], [HARBOUR_STRIKE, follow_up])
        assert merged == sorted(["strike", follow_up[0]]), follow_up[0]
    # a new strike whose own day stands before the death in hospital is that day's
    drone = ("drone", "2024-03-13", "A Russian drone hit a warehouse in Izmail on Wednesday, killing a guard; a second "
                                    "guard died in hospital hours later, the governor said.")  # fmt: skip
    assert _merged_with_first(tmp_path / "drone", [HARBOUR_STRIKE, drone]) == ["strike"]


def test_a_day_that_dates_an_evacuation_or_an_investigation_of_a_strike_is_not_the_strikes(tmp_path: Any):
    for follow_up in (
        ("evacuation", "2024-03-12", "Authorities in Izmail on Tuesday evacuated dozens of families living near the "
                                     "grain warehouse destroyed by a Russian missile."),
        ("inquiry", "2024-03-12", "Ukrainian prosecutors on Tuesday opened a war crimes investigation into the Russian "
                                  "missile strike on an Izmail grain warehouse that killed four workers."),
    ):  # fmt: skip
        merged = _merged_with_first(tmp_path / follow_up[0], [HARBOUR_STRIKE, follow_up])
        assert merged == sorted(["strike", follow_up[0]]), follow_up[0]
    # an arrest dated by its own verb is that day's, and so is the shooting it followed
    arrest = ("arrest", "2024-03-13", "Police in Izmail on Wednesday arrested a gunman who shot dead two dock workers "
                                      "at the port gate.")  # fmt: skip
    assert _merged_with_first(tmp_path / "arrest", [HARBOUR_STRIKE, arrest]) == ["strike"]


def test_a_siege_told_from_the_assault_and_from_the_forces_fighting_the_attackers_is_one_event(tmp_path: Any):
    assault = ("assault", "2024-06-03", "Al Shabaab gunmen stormed a beachfront restaurant in Mogadishu on Monday "
                                        "evening, killing at least five diners, police said.")  # fmt: skip
    siege = ("siege", "2024-06-05", "Somali forces on Wednesday ended a two-day siege of a Mogadishu restaurant by "
                                    "Al Shabaab fighters, in which 11 people were killed, police said.")  # fmt: skip
    assert _merged_with_first(tmp_path / "siege", [assault, siege]) == ["assault", "siege"]
    # a raid of the forces' own on the group that day is another event
    raid = ("raid", "2024-06-03", "Somali troops raided an Al Shabaab hideout in Mogadishu on Monday, killing five "
                                  "militants, the army said.")  # fmt: skip
    assert _merged_with_first(tmp_path / "raid", [assault, raid]) == ["assault"]


def test_another_towns_surroundings_and_another_attacker_are_two_events():
    # "Russian artillery hit positions near Avdiivka" and the separatists' "Ukrainian troops shelled Yasynuvata",
    # the same day, 8 km apart: each side's own shelling, not one event
    near_avdiivka = place("Avdiivka", 48.139, 37.743, "UA", "Donetsk", 2)
    yasynuvata = place("Yasynuvata", 48.129, 37.859, "UA", "Donetsk", 1)
    match = assess(mention("a", location=near_avdiivka, actor1=RUSSIA),
                   canonical(mention("b", location=yasynuvata, actor1=UKRAINE)))
    assert match.blocked and any("another attacker" in reason for reason in match.reasons)
    # the same attacker in the town's surroundings still fits, weakly
    match = assess(mention("a", location=near_avdiivka, actor1=RUSSIA),
                   canonical(mention("b", location=yasynuvata, actor1=RUSSIA)))
    assert not match.blocked and match.weak and match.score >= MERGE_THRESHOLD


def test_each_side_blamed_for_shelling_civilians_of_two_towns_across_the_front_is_two_events():
    # "militants shelled Krasnohorivka, killing a woman" and the separatists' "Ukrainian forces shelled a district
    # on the edge of Marinka, killing a man", the same day, 6 km apart: each side fired on the other's town
    edge_of_marinka = place("Marinka", 47.945, 37.505, "UA", "Donetsk", 2)
    krasnohorivka = place("Krasnohorivka", 47.985, 37.515, "UA", "Donetsk", 1)
    blamed_invader = canonical({**mention("ukrinform", location=krasnohorivka, actor1=RUSSIA),
                                "actor2": civilians("UKR")})
    blamed_defender = {**mention("tass", location=edge_of_marinka, actor1=UKRAINE), "actor2": civilians("UKR")}
    match = assess(blamed_defender, blamed_invader)
    assert match.blocked and any("another attacker" in reason for reason in match.reasons)
    # the dispute told of the very town stays one attack
    score, _ = match_score({**blamed_defender, "location": krasnohorivka}, blamed_invader)
    assert score >= MERGE_THRESHOLD


def test_a_district_named_after_a_town_is_no_town_listed_with_it():
    text = "Shells hit a bus stop in Hola Prystan, Skadovsk district, on Monday."

    def town(name: str, district: bool) -> dict[str, Any]:
        return {"name": name, "text": name, "start": text.index(name), "geo_precision": 1, "district": district}

    places = [town("Hola Prystan", False), town("Skadovsk", True)]
    assert _listed_with(text, places, text.index("Hola Prystan")) == set()
    # a list of towns still names each
    text = "Shells hit Hola Prystan, Skadovsk and Oleshky on Monday."
    places = [town("Hola Prystan", False), town("Skadovsk", False), town("Oleshky", False)]
    assert _listed_with(text, places, text.index("Hola Prystan")) == {text.index("Skadovsk"), text.index("Oleshky")}


def test_a_report_placed_at_a_neighbouring_city_joins_the_event_of_the_district_both_name_in_two_spellings():
    from sitreps.merge import _spelling_key

    assert _spelling_key("Gagarinsky") == _spelling_key("Haharinskyi")
    shelling = dict(actor1=None, date=day("2015-02-07", "Saturday"))
    yasynuvata = located("Yasynuvata", 48.1297, 37.8594, "UA", "Donetsk", 1, 0)
    local = canonical(mention("local", location=yasynuvata, **shelling,
                              evidence="Shells hit a bus stop in Yasynuvata's Haharinskyi district on Saturday."))
    # placed at the city a sentence outside its own names, 13 km off
    donetsk = located("Donetsk", 48.023, 37.8022, "UA", "Donetsk", 1, 400)
    wire = mention("wire", location=donetsk, **shelling,
                   evidence="Saturday's shells landed near a bus stop in the Gagarinsky district.")
    score, reasons = match_score(wire, local)
    assert score >= MERGE_THRESHOLD and any("both reports name district" in reason for reason in reasons)
    # another district is another place
    other = mention("wire", location=donetsk, **shelling,
                    evidence="Saturday's shells landed near a bus stop in the Voroshilovsky district.")
    assert match_score(other, local)[0] == 0.0


def test_a_paragraph_opening_on_a_town_it_describes_is_no_dateline():
    from sitreps.merge import _is_dateline

    dateline = "KUPIANSK, Ukraine, May 3 (Reuters) - Shells hit the station."
    assert _is_dateline(dateline, 0, len("KUPIANSK"))
    described = "Intro.\nKupiansk, a rail hub of 27,000 people on the Oskil river, buried two residents on Friday."
    assert not _is_dateline(described, 7, 7 + len("Kupiansk"))


def test_a_toll_raised_with_its_figure_before_the_noun_is_a_toll_update():
    evidence = ("Nigerian police on Thursday raised to 23 the number of people killed in a raid on a market "
                "town in Zamfara state, saying women were among the dead.")
    raid = mention("afp", date=day("2024-02-15", "on Thursday"), published="2024-02-15", evidence=evidence,
                   trigger="raid", sub_event_type="Attack")
    assert _report_dating(raid) is not None and _report_dating(raid)[0] == "toll"
    # so it joins the raid of a few days before, the only event that fits, rather than standing as Thursday's
    monday_raid = mention("reuters", date=day("2024-02-12", "on Monday"), published="2024-02-13",
                          sub_event_type="Attack", evidence="Gunmen killed 18 people in a raid on a market town.",
                          trigger="raid")
    assert merge_mention(raid, [{**canonical(monday_raid), "id": "ev-raid"}])[0] == "ev-raid"


def test_a_town_borrowed_from_another_sentence_does_not_overrule_the_region_a_report_tells():
    region_told = "Power plants in the Lviv region were hit again on Tuesday morning, officials said."
    lviv_region = {**place("Lviv", 49.8, 24.0, "UA", "Lviv", 3),
                   "place": {"text": "Lviv region", "start": 19, "end": 30, "kind": "admin1"}}
    reference_back = "The grid operator said the damage was worse than after the strikes of Oct. 10-12."
    kyiv_from_lead = {**KYIV, "place": {"text": "Kyiv", "start": 400, "end": 404, "kind": "city"}}
    event = canonical(mention("guardian", location=lviv_region, evidence=region_told),
                      mention("reuters", location=kyiv_from_lead, evidence=reference_back))
    assert event["location"]["admin1"] == "Lviv"
    # a town its own sentence names is still the finer place
    kyiv_told = {**KYIV, "place": {"text": "Kyiv", "start": 0, "end": 4, "kind": "city"}}
    event = canonical(mention("guardian", location=lviv_region, evidence=region_told),
                      mention("ap", location=kyiv_told, evidence="Kyiv was hit by missiles on Tuesday."))
    assert event["location"]["name"] == "Kyiv"


def test_a_follow_up_on_an_airliner_shot_down_joins_the_report_of_the_downing(tmp_path: Any):
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor

    reports = [
        ("wire-baku", "2024-12-26",
         "BAKU, Dec 26 - Russian air defences shot down the Azerbaijan Airlines passenger jet that crashed near Aktau "
         "in Kazakhstan on Wednesday, killing 38 of the 67 people on board, four sources in Azerbaijan's "
         "investigation said on Thursday."),
        ("agency-baku", "2024-12-29",
         "Azerbaijan's president expects Russia to admit its guilt and pay compensation, after the Kremlin "
         "acknowledged that its air defence had shot down the Azerbaijan Airlines Embraer jet.\n\n\"We demand that "
         "those responsible are punished,\" President Ilham Aliyev said on state television on Sunday. He also "
         "asked for a formal apology.\n\nFlight 8243 from Baku to Grozny crashed on Wednesday near Aktau in "
         "Kazakhstan. Thirty-eight of the 67 people on board died."),
    ]
    documents = [document_from_text(text, doc_id, id=doc_id, outlet=doc_id, published=published)
                 for doc_id, published, text in reports]  # fmt: skip
    events = _ingested(tmp_path / "airliner.db", list(Extractor().extract(documents)))
    assert any(set(event["documents"]) == {"wire-baku", "agency-baku"} for event in events)


def test_a_withdrawal_ordered_one_day_and_begun_the_next_is_one_handover_of_the_town():
    handover = dict(sub_event_type="Non-violent transfer of territory", event_type="Strategic developments",
                    actor1=RUSSIA, location=KHERSON)
    ordered = canonical(mention("a", date=day("2022-11-09", "on Wednesday"), published="2022-11-09",
                                evidence="Moscow ordered its troops to leave the city on Wednesday.", **handover))

    def later(iso: str, location: dict[str, Any] = KHERSON, **kind: Any) -> float:
        fields = {**handover, "location": location, **kind}
        return match_score(mention("b", date=day(iso, "on that day"), published=iso,
                                   evidence="Russian units began pulling out of the city.", **fields), ordered)[0]

    assert later("2022-11-10") >= MERGE_THRESHOLD
    assert later("2022-11-11") >= MERGE_THRESHOLD
    # a week later, another town or the region alone, or an attack of the next day, is another event
    assert later("2022-11-17") == 0.0
    assert later("2022-11-10", location=LVIV) == 0.0
    assert later("2022-11-10", location=KHERSON_OBLAST) == 0.0
    assert later("2022-11-10", sub_event_type="Shelling/artillery/missile attack",
                 event_type="Explosions/Remote violence") == 0.0


def test_a_day_told_between_the_attack_and_the_finding_of_its_dead_is_the_attacks():
    strike = dict(sub_event_type="Shelling/artillery/missile attack", actor1=None)
    odesa = place("Odesa", 46.4775, 30.7326, "UA", "Odesa", 1)
    monday = canonical(mention("suspilne", location=odesa, date=day("2023-03-06", "Monday"), published="2023-03-06",
                               **strike), event_id="ev-mon")
    text = ("Russian missiles hit an apartment block in Odesa early on Thursday, killing four people, officials "
            "said, after firefighters recovered a man's body from the ruins.")
    report = mention("ap", location=odesa, date=day("2023-03-09", "Thursday"), published="2023-03-09",
                     evidence=text, trigger="hit", **strike)
    assert merge_mention(report, [monday])[0] is None


def test_a_day_counted_back_from_a_toll_update_is_the_events_own():
    bombing = dict(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", actor1=None)
    maiduguri = place("Maiduguri", 11.8464, 13.1603, "NG", "Borno", 1)
    week_before = {"start": "2015-06-15", "end": "2015-06-21", "precision": "week", "text": "a week ago"}
    earlier = canonical(mention("dailytrust", location=maiduguri, date=week_before, published="2015-06-22",
                                **bombing), event_id="ev-earlier")
    monday = canonical(mention("reuters", location=maiduguri, date=day("2015-06-22", "Monday"),
                               published="2015-06-22", **bombing), event_id="ev-monday")
    text = ("Relatives queued at the mortuary in Maiduguri on Tuesday, a day after a suicide bomber blew herself up "
            "at a mosque, as the death toll rose to 30.")
    update = mention("afp", location=maiduguri, date=day("2015-06-22", "a day after"), published="2015-06-23",
                     evidence=text, trigger="blew herself up", **bombing)
    assert merge_mention(update, [earlier, monday])[0] == "ev-monday"


SCHOOL_BY_SOURCE_LINE = ("council", "2024-10-09",
                         "Wednesday, 9 October 2024, 10:05\n\n"
                         "A Russian guided aerial bomb hit a school on Tuesday evening, killing two teachers and "
                         "wounding a caretaker.\n\n"
                         "Source: Druzhkivka City Military Administration\n\n"
                         "Quote: \"The building's roof collapsed and the gym burned down.\"")
SCHOOL_BY_SPEAKER = ("spoken", "2024-10-09",
                     "A Russian guided aerial bomb hit a school on Tuesday evening, killing two teachers and wounding "
                     "a caretaker, the Druzhkivka City Military Administration said.")


def test_a_town_read_from_a_source_line_or_a_speakers_title_joins_its_own_towns_event_not_a_neighbours(
        tmp_path: Any):
    # the council of one town speaks for its own town: a strike on the town next to it that day is another event
    neighbour = ("neighbour", "2024-10-09", "A Russian glide bomb hit a hospital in Kramatorsk on Tuesday evening, "
                                            "killing a nurse and wounding three patients, the regional governor said.")
    own = ("own", "2024-10-09", "Two teachers were killed on Tuesday when a Russian glide bomb struck a school in "
                                "Druzhkivka, the regional governor said.")
    # placed no better than its region, the one event that day fits it
    region = ("region", "2024-10-09", "Two teachers were killed on Tuesday when a Russian bomb struck a school in the "
                                      "Donetsk region, officials said.")
    for guessed in (SCHOOL_BY_SOURCE_LINE, SCHOOL_BY_SPEAKER):
        for first, second in ((guessed, neighbour), (neighbour, guessed), (guessed, own), (own, guessed),
                              (guessed, region), (region, guessed)):
            merged = [first[0]] if neighbour in (first, second) else sorted([first[0], second[0]])
            assert _merged_with_first(tmp_path / f"{first[0]}-{second[0]}", [first, second]) == merged


def _village(name: str, lat: float, lon: float) -> dict[str, Any]:
    """A village GeoNames lacks, which Ukraine's village list places at its community's centre."""
    return {**place(name, lat, lon, "UA", "Kherson", 1),
            "place": {"name": name, "kind": "city", "geonameid": None, "lat": lat, "lon": lon}}


def test_two_villages_placed_at_their_communitys_centre_are_two_places():
    # both villages borrow the community centre's point: a drone on one and shells on the other that day are two
    # events, not one place under two names
    drone = mention("unian", sub_event_type="Air/drone strike", location=_village("Tiahynka", 46.76, 33.08))
    shells = mention("suspilne", location=_village("Lvove", 46.76, 33.08))
    score, reasons = match_score(drone, canonical(shells))
    assert score == 0.0 and any("different cities" in reason for reason in reasons)


def test_a_regions_tally_of_the_past_day_is_not_one_towns_toll():
    oblast_day = mention("ukrinform", published="2022-10-11", location=KHERSON_OBLAST, fatalities=toll(4),
                         evidence="Over the past day, Russian forces shelled the Kherson region 58 times, the "
                                  "governor said.")  # fmt: skip
    first = mention("suspilne", published="2022-10-10", location=KHERSON, fatalities=toll(1))
    update = mention("ukrinform", published="2022-10-11", location=KHERSON, fatalities=toll(2),
                     evidence="A man wounded in the shelling of Kherson died in hospital, the second victim.")
    assert build_canonical("ev", [first, oblast_day, update])["fatalities"]["best"] == 2


ISRAEL = {"text": "Israeli forces", "name": "Military Forces of Israel (2022-)", "country": "ISR",
          "kind": "state_forces"}


def test_reports_writing_one_unknown_village_in_two_romanisations_merge_whatever_their_fallback():
    strike = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1=ISRAEL,
                  date=day("2024-04-15", "on Monday"))
    lebanon = place("Lebanon", 33.9, 35.9, "LB", None, 3)
    wire = canonical(mention("wire", location=lebanon, **strike,
                             evidence="An Israeli drone strike on a car in southern Lebanon's al-Mahmoudiyah killed "
                                      "two men on Monday, the army said."))  # fmt: skip
    # placed at a town across the border that a later sentence names ("rockets fell on Metula in response")
    metula = located("Metula", 33.2797, 35.5797, "IL", "Northern District", 2, 900)
    local = mention("local", location=metula, **strike,
                    evidence="Two men were killed on Monday when an Israeli drone hit their car in the village of "
                             "Mahmoudiyeh.")  # fmt: skip
    score, reasons = match_score(local, wire)
    assert score >= MERGE_THRESHOLD
    assert any("write Mahmoudiyah / Mahmoudiyeh, a town the gazetteer did not place" in reason for reason in reasons)
    # the borrowed town's own event that day does not take it from the village's
    shelled = canonical(mention("idf", location=located("Metula", 33.2797, 35.5797, "IL", "Northern District", 1, 0),
                                **{**strike, "actor1": None}, evidence="Rockets hit Metula on Monday."),
                        event_id="ev-metula")  # fmt: skip
    assert merge_mention(local, [shelled, {**wire, "id": "ev-village"}])[0] == "ev-village"
    # a short name is matched only as written: "Bani" is not "Beni"
    short = {**local, "evidence": {**local["evidence"], "text": "A drone killed two men in Bani on Monday."}}
    assert match_score(short, canonical(mention("wire", location=lebanon, **strike,
                                                evidence="A drone killed two men in Beni on Monday.")))[0] == 0.0


def test_two_unknown_villages_placed_at_one_district_town_are_two_events():
    shelling = dict(sub_event_type="Shelling/artillery/missile attack", actor1=RUSSIA,
                    date=day("2024-05-03", "on Friday"))
    sumy = located("Sumy", 50.9216, 34.8003, "UA", "Sumy", 1, 0)
    dateline = {"dates": [], "places": [{**sumy, "text": "SUMY", "start": 0, "dateline": True}]}
    first = canonical(mention("suspilne", location=sumy, context=dateline, **shelling,
                              evidence="SUMY, May 3 - Russian artillery shelled the village of Khotin on Friday, "
                                       "wounding two women, the regional administration said."))  # fmt: skip
    borrowed = located("Sumy", 50.9216, 34.8003, "UA", "Sumy", 1, 600)
    other = mention("ukrinform", location=borrowed, **shelling,
                    evidence="Russian shelling damaged five houses in the village of Velyka Pysarivka on Friday.")
    score, reasons = match_score(other, first)
    assert score == 0.0 and any("another village the gazetteer did not place" in reason for reason in reasons)
    # the same village written by both is one event
    same = {**other, "evidence": {**other["evidence"], "text": "Russian shells hit the village of Khotin on Friday."}}
    assert match_score(same, first)[0] >= MERGE_THRESHOLD


def test_a_village_told_in_the_other_reports_municipality_is_that_towns_event_not_a_far_namesake():
    ambush = dict(event_type="Battles", sub_event_type="Armed clash", actor1=None, date=day("2021-03-06", "Saturday"))
    seat = place("Tecpan", 17.22, -100.63, "MX", "Guerrero", 1)
    wire = canonical(mention("wire", location=seat, **ambush,
                             evidence="Gunmen ambushed an army patrol on Saturday near the hamlet of Las Palmas, in "
                                      "Tecpan municipality, killing six soldiers."))  # fmt: skip
    # the local paper's village read as a namesake two states away; its report names the municipality's seat too
    namesake = place("Las Palmas", 20.1, -103.2, "MX", "Jalisco", 1)
    local = mention("local", location=namesake, **ambush,
                    evidence="The soldiers were ambushed near Las Palmas by men who had blocked the road.",
                    context={"document_places": [{"name": "Tecpan", "text": "Tecpan", "country_code": "MX"}]})
    score, reasons = match_score(local, wire)
    assert score >= MERGE_THRESHOLD
    assert any("Las Palmas told as a village of Tecpan's district" in reason for reason in reasons)
    # a report that never names the seat is no reader of that municipality's village
    assert match_score({**local, "context": {}}, wire)[0] == 0.0


def test_a_part_of_a_city_known_as_a_town_of_its_own_is_the_citys_unnamed_district_another_report_tells():
    bombing = dict(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", actor1=None,
                   date=day("2022-09-30", "on Friday"))
    kabul = place("Kabul", 34.5281, 69.1723, "AF", "Kabul", 1)
    wire = canonical(mention("wire", location=kabul, **bombing,
                             evidence="A suicide bomber struck a tuition centre in a mainly Hazara district of Kabul "
                                      "on Friday, killing 19 students."))  # fmt: skip
    # the gazetteer's Dasht-e-Barchi is a town of its own, 9 km from Kabul's point
    barchi = place("Dasht-e-Barchi", 34.4985, 69.0814, "AF", "Kabul", 1)
    local = mention("local", location=barchi, **bombing,
                    evidence="The bomber blew himself up in a classroom in the Dasht-e-Barchi neighbourhood on "
                             "Friday.")  # fmt: skip
    score, reasons = match_score(local, wire)
    assert score >= MERGE_THRESHOLD
    assert any("Dasht-e-Barchi the part of Kabul the other side tells" in reason for reason in reasons)
    # a report telling the city itself, with no part of it unnamed, keeps a town beside it apart
    plain = canonical(mention("wire", location=kabul, **bombing,
                              evidence="A suicide bomber struck a tuition centre in Kabul on Friday."))
    assert match_score(local, plain)[0] == 0.0


def test_a_town_whose_own_report_tells_its_scene_as_a_part_of_the_city_is_the_citys_part_the_other_tells():
    riot = dict(event_type="Riots", sub_event_type="Violent demonstration", actor1=None,
                date=day("2023-03-12", "on Sunday"))
    city = place("Mexico City", 19.4285, -99.1277, "MX", "Mexico City", 1)
    wire = canonical(mention("wire", location=city, **riot,
                             evidence="Residents of the neighbourhood in eastern Mexico City fought police who "
                                      "cleared their roadblock on Sunday."))  # fmt: skip
    # the gazetteer's Iztapalapa is a town of its own, 9 km from the city's point
    borough = place("Iztapalapa", 19.3574, -99.0926, "MX", "Mexico City", 1)
    local = mention("local", location=borough, **riot,
                    evidence="A man died during clashes with police on Sunday in a poor district on the edge of "
                             "Mexico City.")  # fmt: skip
    score, reasons = match_score(local, wire)
    assert score >= MERGE_THRESHOLD
    assert any("Iztapalapa the part of Mexico City the other side tells" in reason for reason in reasons)
    # a report naming only the town keeps it apart from the city
    plain = mention("local", location=borough, **riot,
                    evidence="A man died during clashes with police in Iztapalapa on Sunday.")
    assert match_score(plain, wire)[0] == 0.0


def test_a_toll_update_whose_report_tells_the_attack_at_a_bare_part_of_the_day_is_of_the_updates_day(tmp_path: Any):
    update = ("update", "2024-06-19", "One of the four people wounded when a Russian shell hit a bus stop in Nikopol "
                                      "died in hospital on the evening of June 19, bringing the death toll to two, "
                                      "the regional governor said. The shell landed in the morning while people were "
                                      "waiting for a bus.")  # fmt: skip
    earlier = ("monday", "2024-06-17", "A Russian shell hit a shop in Nikopol on Monday, killing a woman, the "
                                       "regional governor said.")  # fmt: skip
    same_day = ("wednesday", "2024-06-19", "A Russian shell hit a bus stop in Nikopol on Wednesday morning, killing "
                                           "one man and wounding four people, the regional governor said.")  # fmt: skip
    assert _merged_with_first(tmp_path / "earlier", [update, earlier]) == ["update"]
    assert _merged_with_first(tmp_path / "same", [update, same_day]) == ["update", "wednesday"]


def test_an_attack_near_the_town_the_other_report_fired_from_is_the_other_sides():
    # the separatists: "Ukrainian troops shelled a quarter of Yasynuvata, killing a man; the fire came from the
    # direction of Avdiivka"; Kyiv: "mortars hit army positions near Avdiivka, killing a soldier" (no attacker
    # named), the same day, 8 km apart: each side's fire on the other's line
    near_avdiivka = place("Avdiivka", 48.139, 37.743, "UA", "Donetsk", 2)
    yasynuvata = place("Yasynuvata", 48.129, 37.859, "UA", "Donetsk", 1)
    fired_from = canonical(mention("dan", location=yasynuvata, actor1=UKRAINE,
                                   context={"fire_origins": ["avdiivka"]}))
    match = assess(mention("kyiv", location=near_avdiivka, actor1=None), fired_from)
    assert match.blocked and any("fire came from" in reason for reason in match.reasons)
    # told either way round
    match = assess(mention("kyiv", location=near_avdiivka, actor1=None, context={"fire_origins": ["yasynuvata"]}),
                   canonical(mention("dan", location=yasynuvata, actor1=UKRAINE)))
    assert match.blocked
    # with no town told as the fire's origin, the town's surroundings still fit, weakly
    match = assess(mention("kyiv", location=near_avdiivka, actor1=None),
                   canonical(mention("dan", location=yasynuvata, actor1=UKRAINE)))
    assert not match.blocked and match.weak


def test_a_report_telling_another_attackers_killing_in_that_town_keeps_its_own_apart():
    # "mortars hit positions near Avdiivka, killing a soldier ... The rebels said Ukrainian fire had killed a
    # pensioner in Yasynuvata": that report's own attack is not Yasynuvata's, the other side's
    near_avdiivka = place("Avdiivka", 48.139, 37.743, "UA", "Donetsk", 2)
    yasynuvata = place("Yasynuvata", 48.129, 37.859, "UA", "Donetsk", 1)
    told_there = {"document_places": [{**yasynuvata, "told_apart": True, "another_attacker": True}]}
    match = assess(mention("unian", location=near_avdiivka, actor1=None, context=told_there),
                   canonical(mention("dan", location=yasynuvata, actor1=UKRAINE)))
    assert match.blocked and any("another attacker's event" in reason for reason in match.reasons)
    # an event the report tells there with the same attacker (a region's attack and a town hit in it) is no side
    told_there["document_places"][0]["another_attacker"] = False
    match = assess(mention("unian", location=near_avdiivka, actor1=None, context=told_there),
                   canonical(mention("dan", location=yasynuvata, actor1=UKRAINE)))
    assert not match.blocked


def test_a_report_keeps_the_towns_it_tells_fire_came_from():
    from sitreps.merge import report_context
    from sitreps.pipeline import extract_text

    told = "Ukrainian troops shelled Yasynuvata on Monday, killing a man, the separatists said. {}"
    fired_from = extract_text(told.format("The fire was opened from the direction of the village of Opytne."),
                              published="2021-03-16")
    assert report_context(fired_from)["fire_origins"] == ["opytne"]
    quiet = extract_text(told.format("The village of Opytne was quiet."), published="2021-03-16")
    assert report_context(quiet)["fire_origins"] == []


def test_a_town_of_a_city_state_fits_the_city_state_as_a_town_within_an_area():
    brawl = dict(event_type="Riots", sub_event_type="Mob violence", actor1=None, date=day("2021-03-10", "Wednesday"))
    city = canonical(mention("afp", location=located("Singapore", 1.2897, 103.8501, "SG", None, 1, 30), **brawl,
                             evidence="A man died after a brawl between two gangs in Singapore on Wednesday."))
    town = mention("cna", location=located("Woodlands", 1.4382, 103.7890, "SG", None, 1, 30), **brawl,
                   evidence="A man died after a brawl between two gangs in Woodlands on Wednesday.")
    match = _place_match_with_names(town, city)
    assert not match.blocked and match.weak and any("city-state" in reason for reason in match.reasons)
