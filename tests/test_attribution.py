"""Attribution stage: sources, cues and contents found in wire-style sentences and the seed article."""

from __future__ import annotations

import json

import pytest
from conftest import SEED_ARTICLE, SEED_GOLD, assert_span_offsets, needs_shared, parse
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitreps.attribution import (
    _noun_phrase,
    candidate_cues,
    cue_kind,
    cue_model,
    cue_score,
    extract_attributions,
    is_stance,
    source_label,
)
from sitreps.models import Attribution, Document
from sitreps.nlp import parse_documents
from sitreps.outlets import canonical_outlet, find_outlet, outlet_name


def attributions_of(text: str) -> list[Attribution]:
    document, doc = parse(text)
    found = extract_attributions(doc, document)
    for attribution in found:
        for span in (attribution.source, attribution.cue, attribution.content):
            if span is not None:
                assert_span_offsets(text, span.text, span.start, span.end)
    return found


def only(text: str) -> Attribution:
    found = attributions_of(text)
    assert len(found) == 1, [(a.source, a.cue.text) for a in found]
    return found[0]


def test_said_that_with_government_source():
    a = only("Sudan's health ministry said on Monday that at least 40 people were killed in shelling in El Fasher.")
    assert a.source is not None and a.source.text == "Sudan's health ministry"
    assert a.source_kind == "government"
    assert a.cue.text == "said"
    assert a.content.text == "at least 40 people were killed in shelling in El Fasher"


@pytest.mark.parametrize("text, source", [
    ("A statement attributed to the rebel alliance said its fighters had blown up the bridge.", "the rebel alliance"),
    ("A statement from the navy said two patrol boats had been sunk near the harbour.", "the navy"),
])
def test_a_statement_speaks_for_whom_it_is_credited_to(text: str, source: str):
    a = only(text)
    assert a.source is not None and a.source.text == source


def test_closing_speech_tag_with_titled_person():
    a = only("Three civilians were wounded in the drone attack on Kharkiv, regional governor Oleh Syniehubov said.")
    assert a.source is not None and a.source.text == "regional governor Oleh Syniehubov"
    assert (a.source_kind, a.source_name, a.role) == ("person", "Oleh Syniehubov", "regional governor")
    assert a.content.text == "Three civilians were wounded in the drone attack on Kharkiv"
    assert source_label(a) == "Oleh Syniehubov (regional governor)"


def test_according_to_outlet_at_sentence_start():
    a = only("According to Reuters, protesters set fire to a police station in Dhaka.")
    assert (a.source_kind, a.source_name, a.cue.text) == ("media", "Reuters", "According to")
    assert a.content.text == "protesters set fire to a police station in Dhaka"


def test_per_outlet_is_normalised():
    a = only("Israeli troops raided the Jenin camp overnight, per the Times of Israel.")
    assert a.source is not None and a.source.text == "the Times of Israel"
    assert (a.source_kind, a.source_name, a.cue.text) == ("media", "The Times of Israel", "per")
    assert a.content.text == "Israeli troops raided the Jenin camp overnight"


def test_per_as_a_rate_is_not_a_source():
    assert attributions_of("Prices rose by 30 per cent in Harare, the highest rate per month since 2008.") == []


def test_outlet_abbreviation_is_expanded():
    a = only("The NYT reported that the ceasefire talks in Doha had stalled.")
    assert (a.source_kind, a.source_name) == ("media", "The New York Times")
    assert a.content.text == "the ceasefire talks in Doha had stalled"


def test_quotation_with_pronoun_source():
    a = only("“We will not allow the rebels to take the city,” he said.")
    assert a.source is not None and a.source.text == "he"
    assert a.source_kind == "person"
    assert a.content.text == "We will not allow the rebels to take the city"


def test_quotation_over_two_sentences():
    text = "“The shelling did not stop all night. Nobody could reach the wounded,” a nurse in Khan Younis said."
    a = only(text)
    assert a.content.text == "The shelling did not stop all night. Nobody could reach the wounded"
    assert a.source is not None and a.source.text == "a nurse in Khan Younis"


def test_pronoun_takes_the_name_and_role_of_the_last_speaker():
    text = ("Haiti's interim prime minister, Ariel Henry, said the gangs would be defeated. "
            "He added that more police would be deployed to Port-au-Prince.")
    first, second = attributions_of(text)
    assert (first.source_name, first.role) == ("Ariel Henry", "Haiti's interim prime minister")
    assert second.source is not None and second.source.text == "He"
    assert source_label(second) == "Ariel Henry (Haiti's interim prime minister)"


def test_nested_report_is_relayed_by_the_outlet():
    text = ("Colombia's defence minister said that soldiers had killed four guerrillas near the border, "
            "Al Jazeera reported.")
    minister, outlet = attributions_of(text)
    assert minister.source is not None and minister.source.text == "Colombia's defence minister"
    assert minister.source_kind == "military"
    assert minister.via == "Al Jazeera"
    assert minister.content.text == "soldiers had killed four guerrillas near the border"
    assert (outlet.source_name, outlet.source_kind, outlet.cue.text) == ("Al Jazeera", "media", "reported")


@pytest.mark.parametrize("text, source, kind", [
    ("Witnesses said soldiers opened fire on the crowd in Mandalay.", "Witnesses", "unnamed"),
    ("Officials said the death toll from the landslide in Papua was likely to rise.", "Officials", "unnamed"),
    ("The UN refugee agency warned that thousands of families had fled into Chad.", "The UN refugee agency",
     "organisation"),
    ("The International Committee of the Red Cross said its staff could not reach Goma.",
     "The International Committee of the Red Cross", "organisation"),
    ("Israel's military said it struck a weapons depot in southern Lebanon.", "Israel's military", "military"),
    ("Nigeria has confirmed that 12 soldiers died in the ambush in Borno.", "Nigeria", "government"),
    ("Pakistani officials said the blast in Peshawar killed at least nine people.", "Pakistani officials",
     "government"),
    ("Local media reported that the militants torched two schools near Timbuktu.", "Local media", "media"),
])
def test_source_kinds(text, source, kind):
    a = only(text)
    assert a.source is not None and a.source.text == source
    assert a.source_kind == kind


def test_told_keeps_the_addressee_out_of_the_content():
    a = only("A police spokesman told AFP that two officers were killed in the bombing in Quetta.")
    assert a.source is not None and a.source.text == "A police spokesman"
    assert a.cue.text == "told"
    assert a.content.text == "two officers were killed in the bombing in Quetta"


def test_denial_with_titled_name_the_tagger_missed():
    a = only("Mexican President Andrés Manuel López Obrador denied that the army had been involved.")
    assert (a.source_kind, a.source_name, a.role) == ("person", "Andrés Manuel López Obrador", "Mexican President")
    assert a.cue.text == "denied"


def test_headline_colon():
    a = only("Kyiv mayor: three buildings hit in overnight attack")
    assert a.source is not None and a.source.text == "Kyiv mayor"
    assert a.cue.text == ":"
    assert a.content.text == "three buildings hit in overnight attack"


def test_belief_inside_a_quotation_is_not_separate():
    found = attributions_of("“I think the army will return to the barracks,” the opposition leader said.")
    assert [a.cue.text for a in found] == ["said"]


def test_boilerplate_sentences_are_skipped():
    text = "Subscribe now, our editor said. Rebels said they had taken the town of Bunia."
    document = Document(id="t", text=text, boilerplate=[(0, 31)])
    _, doc = next(parse_documents([document]))
    found = extract_attributions(doc, document)
    assert [a.source.text for a in found if a.source] == ["Rebels"]


def test_outlet_names():
    assert canonical_outlet("Guardian") == "The Guardian"
    assert canonical_outlet("The Guardian’s") == "The Guardian"
    assert canonical_outlet("NYT") == "The New York Times"
    assert canonical_outlet("the Associated Press") == "Associated Press"
    assert canonical_outlet("the ministry") is None
    assert find_outlet("a report by the Kyiv Independent") == ("Kyiv Independent", 12, 32)
    assert outlet_name("AP News") == outlet_name("the Associated Press") == "Associated Press"
    assert outlet_name("Oblast Gazette") == "Oblast Gazette"
    assert outlet_name(None) is None


@needs_shared(SEED_ARTICLE)
def test_seed_article_attributions():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["attributions"]
    found = attributions_of(text)

    def norm(value: str) -> str:
        value = value.replace("’", "'").lower()
        return value[4:] if value.startswith("the ") else value

    for expected in gold:
        matches = [a for a in found if a.source is not None
                   and norm(a.source_name or a.source.text) == norm(expected["source"])
                   and norm(expected["claim"][:30]) in norm(a.content.text)]
        assert matches, expected
        a = matches[0]
        assert a.via == expected.get("via"), expected
        assert a.role == expected.get("role"), expected
    labels = {source_label(a) for a in found}
    assert {"The Guardian", "Vitali Klitschko (Kyiv's mayor)", "Ukrainian air force spokesperson",
            "media accounts", "Deseret News", "BBC", "CNN", "The New York Times"} <= labels


def test_stance_is_marked_apart_from_statements():
    found = attributions_of("Opposition lawmakers in Tbilisi strongly opposed the foreign agents bill. "
                            "The vote was postponed, a party spokesman said.")
    by_cue = {a.cue.text: a for a in found}
    assert not is_stance(by_cue["said"])
    assert "opposed" in by_cue and is_stance(by_cue["opposed"])
    assert by_cue["opposed"].source is not None and by_cue["opposed"].source.text == "Opposition lawmakers in Tbilisi"


def test_closing_tag_with_role_and_name_in_apposition():
    a = only("In Mykolaiv, a drone strike killed two people and injured six, the regional governor, Vitaliy Kim, said.")
    assert a.cue.text == "said"
    assert (a.source_kind, a.source_name, a.role) == ("person", "Vitaliy Kim", "regional governor")
    assert a.content.text == "In Mykolaiv, a drone strike killed two people and injured six"


def test_a_closing_speaker_after_a_town_the_parser_took_for_a_person_is_the_speaker():
    text = ("Separatist fighters have taken full control of the village of Sanzharivka north-west of Debaltsevo, "
            "the press service of the Donetsk People's Republic said on Tuesday.")
    said = next(a for a in attributions_of(text) if a.cue.text == "said")
    assert said.source is not None and said.source.text == "the press service of the Donetsk People's Republic"


def test_bare_role_refers_back_to_the_named_official():
    text = ("A missile strike on a convoy in Zaporizhzhia killed at least 23 people on Friday, the regional governor, "
            "Oleksandr Starukh, said. Later on Friday the toll rose to 25, the governor said.")
    first, second = [a for a in attributions_of(text) if a.cue.text == "said"]
    assert first.source_name == "Oleksandr Starukh"
    assert second.source is not None and second.source.text == "the governor"
    assert source_label(second) == "Oleksandr Starukh (regional governor)"


@pytest.mark.parametrize("text", [
    "Two people died when a drone hit a petrol station in Zaporizhzhia on Monday, the regional governor said. Ivan "
    "Fedorov said that rescuers were still searching the site.",
    "Two people died when a drone hit a petrol station in Zaporizhzhia on Monday, the regional governor said. Governor "
    "Ivan Fedorov added that rescuers were still searching the site.",
])
def test_a_title_takes_the_name_of_its_holder_named_next(text: str):
    toll = attributions_of(text)[0]
    assert toll.source is not None and toll.source.text == "the regional governor"
    assert (toll.source_kind, toll.source_name) == ("person", "Ivan Fedorov")


def test_a_title_keeps_its_own_credit_when_someone_else_speaks_next():
    text = ("Two people died when a drone hit a petrol station in Zaporizhzhia on Monday, the regional governor said. "
            "Foreign Minister Dmytro Kuleba said the strike showed the need for more air defence.")
    toll = attributions_of(text)[0]
    assert toll.source_kind != "person" and toll.source_name != "Dmytro Kuleba"


def test_given_name_left_out_by_the_tagger_is_kept():
    a = only("Russian shelling of Kherson killed 21 people on Wednesday, regional governor Oleksandr Prokudin said.")
    assert (a.source_name, a.role) == ("Oleksandr Prokudin", "regional governor")


def test_a_ministry_is_not_a_person():
    a = only("Russia's defence ministry denied carrying out the strike on the railway station in Kramatorsk.")
    assert a.source_kind in ("military", "government")
    assert a.source_name == "Russia's defence ministry" and a.role is None


def test_toll_stated_by_a_body():
    a = only("By the evening the Emergencies Ministry in Belgorod put the death toll at 13.")
    assert a.source is not None and a.source.text == "the Emergencies Ministry in Belgorod"
    assert (a.cue.text, a.content.text) == ("put", "the death toll at 13")


def test_a_toll_credited_to_a_body_names_its_source_but_not_what_killed():
    credited = [a for a in attributions_of("A first toll from the Health Ministry stood at 14.") if a.source]
    assert [a.source.text for a in credited] == ["the Health Ministry"]
    assert not [a for a in attributions_of("The toll from the explosion climbed to 14.") if a.source]


def test_closing_tag_the_parser_read_as_a_participle_of_its_speaker():
    text = ("Three people were killed and five others hurt when rebels shelled the village of Kolki on Monday night, "
            "the Novosti Donbassa news agency reported on Tuesday, citing local officials.")
    reported = [a for a in attributions_of(text) if a.cue.text == "reported"]
    assert len(reported) == 1
    assert reported[0].source is not None and reported[0].source.text == "the Novosti Donbassa news agency"
    assert reported[0].content.text.startswith("Three people were killed")


@pytest.mark.parametrize("text, source", [
    ("Army units have retaken the settlement of Zarichne on the road between Lyman and the Russian border, the "
     "General Staff of Ukraine's Armed Forces reported on June 3.", "the General Staff of Ukraine's Armed Forces"),
    ("Two sappers were wounded on Monday when a mine went off on a track near Vodiane, the press office of the "
     "Joint Forces Operation headquarters reported on Telegram on Tuesday.",
     "the press office of the Joint Forces Operation headquarters"),
])
def test_closing_tag_the_parser_hung_on_another_noun_or_tagged_past_tense_finds_its_speaker(text, source):
    reported = [a for a in attributions_of(text) if a.cue.text == "reported"]
    assert len(reported) == 1 and reported[0].source is not None and reported[0].source.text == source, reported


def test_as_the_outlet_reported():
    a = only("As the BBC reported, the aid convoy came under fire near Kherson.")
    assert (a.source_name, a.source_kind) == ("BBC", "media")
    assert a.content.text == "the aid convoy came under fire near Kherson"


def test_passive_with_agent_names_the_source():
    a = only("The raid on the refugee camp in Jenin was condemned by the United Nations.")
    assert a.source is not None and a.source.text == "the United Nations"
    assert a.content.text == "The raid on the refugee camp in Jenin"


def test_cue_model_is_loaded():
    weights = cue_model()
    assert "bias" in weights and len(weights) > 100
    assert cue_score(["L=say", "K=speech", "S=ENT:PERSON"]) > 0 > cue_score(["L=eat", "K=stance", "S=NOUN"])


def test_cue_kind_tells_statements_from_stances():
    text = ("Russian shelling killed 21 people in Kherson, according to the Interior Ministry. "
            "Later the State Emergency Service put the death toll at 23. "
            "Opposition lawmakers in Tbilisi strongly opposed the foreign agents bill.")
    document, doc = parse(text)
    kinds = {a.cue.text: cue_kind(doc, a) for a in extract_attributions(doc, document)}
    assert kinds == {"according to": "relay", "put": "report", "opposed": "stance"}


def test_named_sources_of_the_second_wire_set():
    from sitreps.evaluation import wire

    path = wire.DEFAULT_PATH.parent / "wire-b.jsonl"
    scores = wire.evaluate(path)
    assert scores["n"] >= 30
    assert scores["sources_found"] >= 0.9 * scores["sources_total"]
    assert scores["day_right"] >= 0.9 * scores["n"]


def test_declared_with_a_bare_noun_object():
    a = only("Vyacheslav Gladkov, the governor of Belgorod region, declared Tuesday a day of mourning.")
    assert (a.cue.text, a.source_name, a.source_kind) == ("declared", "Vyacheslav Gladkov", "person")
    assert a.content.text == "Tuesday a day of mourning"


def test_closing_tag_after_a_coordinated_verb():
    found = attributions_of("Drones struck Odesa overnight, damaging a port warehouse and wounding a guard, the "
                            "regional governor, Oleh Kiper, said on Sunday.")
    said = [a for a in found if a.cue.text == "said"]
    assert said and (said[0].source_name, said[0].role) == ("Oleh Kiper", "regional governor")
    assert said[0].content.text.startswith("Drones struck Odesa overnight")


def test_closing_tag_with_a_role_and_a_long_apposition():
    found = attributions_of("Troops had reached the edge of Kupiansk, Nazar Voloshyn, spokesman for the Khortytsia "
                            "group of forces, told Reuters.")
    told = [a for a in found if a.cue.text == "told"]
    assert told and told[0].source_name == "Nazar Voloshyn"
    assert told[0].content.text == "Troops had reached the edge of Kupiansk"


def test_quotation_marks_of_mixed_direction_still_close():
    a = only("“The curfew in Dakar stays until Monday,“ the interior minister said.")
    assert a.source is not None and a.source.text == "the interior minister"
    assert a.content.text == "The curfew in Dakar stays until Monday"


def test_transcript_speaker_tag():
    found = attributions_of("MADDOW: Senator, will you vote for the border bill next week in Washington?")
    assert found and found[0].cue.text == ":" and found[0].source is not None
    assert found[0].source.text == "MADDOW"


def test_quotation_signed_with_a_dash():
    text = ("“The new metro line has changed how I get to work in Lagos. I save two hours a day.” ― Adaeze Okafor\n"
            "“Fares are still too high for students.” ― Tunde Bakare\n")
    signed = [a for a in attributions_of(text) if a.cue.text == "―"]
    assert [a.source_name for a in signed] == ["Adaeze Okafor", "Tunde Bakare"]
    assert signed[0].content.text == ("The new metro line has changed how I get to work in Lagos. "
                                      "I save two hours a day")


def test_speech_tag_ending_in_a_colon_introduces_the_next_paragraph():
    text = "Correspondent Lyse Doucet reports:\n\n“The queues at the Rafah crossing stretched for a kilometre.”\n"
    a = [a for a in attributions_of(text) if a.cue.text == "reports"][0]
    assert a.source is not None and a.source.text == "Correspondent Lyse Doucet"
    assert a.content.text == "The queues at the Rafah crossing stretched for a kilometre"


def test_that_clause_hung_on_a_noun_after_the_verb():
    found = attributions_of("Petro Poroshenko is telling voters at a rally in Lviv that the army needs more drones.")
    telling = [a for a in found if a.cue.text == "telling"]
    assert telling and telling[0].content.text == "the army needs more drones"


def test_extraction_reads_the_document_text_once():
    document, doc = parse("The ministry said on Monday that 12 people were hurt in Sumy. " * 30)
    assert len(extract_attributions(doc, document)) == 30


def test_headline_name_the_tagger_took_for_a_common_noun():
    text = ("Guterres: Ceasefire In Gaza Must Hold Through The Winter.\n\n"
            "UN Secretary-General António Guterres told reporters in New York on Tuesday that aid convoys "
            "were still being blocked.\n")
    headline = [a for a in attributions_of(text) if a.cue.text == ":"]
    assert headline and headline[0].source is not None and headline[0].source.text == "Guterres"
    assert headline[0].content.text.startswith("Ceasefire In Gaza")


def test_speaker_named_after_a_dash_before_a_quoted_colon():
    text = ("TURNOUT FELL IN THE CITIES - Rafael Ortega: “Fewer than half of registered voters in Bogotá and "
            "Medellín cast a ballot on Sunday.”\n")
    found = [a for a in attributions_of(text) if a.cue.text == ":"]
    assert found and found[0].source is not None and found[0].source.text == "Rafael Ortega"
    assert found[0].content.text.startswith("Fewer than half of registered voters")


def test_quotation_after_a_colon_ending_a_name():
    text = ("The result did not surprise the Nairobi pollster Wanjiru Kamau: “Young voters stayed home because "
            "none of the candidates spoke to them.”\n")
    found = [a for a in attributions_of(text) if a.cue.text == ":"]
    assert found and found[0].source is not None and found[0].source.text == "the Nairobi pollster Wanjiru Kamau"
    assert found[0].content.text == "Young voters stayed home because none of the candidates spoke to them"


def test_quoted_paragraph_after_a_lead_in_with_a_speaker():
    text = ("The prime minister then set out her three conditions for a deal with the unions:\n\n"
            "“Wages rise with inflation, pensions stay as they are, and no strike closes the ports.”\n")
    found = [a for a in attributions_of(text) if a.cue.text == ":"]
    assert found and found[0].source is not None and found[0].source.text == "The prime minister"
    assert found[0].content.text.startswith("Wages rise with inflation")


def test_colon_after_a_speech_verb_is_the_verb_s_quotation():
    text = "The governor of Kharkiv told residents on Friday:\n\n“Stay in the shelters until the alert is over.”\n"
    found = attributions_of(text)
    assert not [a for a in found if a.cue.text == ":"]


def test_a_body_referred_back_to_takes_the_name_given_before():
    found = attributions_of(
        "Two staff members of Medecins Sans Frontieres (MSF) were killed when a drone hit their car near Kherson, "
        "the organisation said. The MSF said its teams had pulled out of the area. "
        "Russia's defence ministry said its forces had downed 40 drones over Belgorod. "
        "Three people were hurt by debris, the ministry said."
    )
    msf, ministry = "Medecins Sans Frontieres", "Russia's defence ministry"
    assert [source_label(a) for a in found] == [msf, msf, ministry, ministry]


def test_a_bodys_press_office_and_spokesman_are_credited_to_the_body_named_before():
    found = attributions_of(
        "The Kyiv Court of Appeal on Thursday upheld the sentence of a man convicted of spotting targets for Russian "
        "missiles, the court's press service said. "
        "The Third Assault Brigade said it had pushed Russian troops back near Andriivka. A spokesman for the "
        "brigade told reporters two villages had been cleared. "
        "The Emergencies Ministry of Kazakhstan sent rescuers to the flooded villages. Ministry spokeswoman "
        "Aigerim Bekova said 300 people had been moved to schools."
    )
    labels = [source_label(a) for a in found if a.cue.text in ("said", "told")]
    assert labels == ["Kyiv Court of Appeal's press service", "Third Assault Brigade",
                      "spokesman for Third Assault Brigade",
                      "Aigerim Bekova (Emergencies Ministry of Kazakhstan spokeswoman)"]


def test_a_body_referred_back_to_by_a_shorter_or_qualified_name_takes_its_full_name():
    found = attributions_of(
        "A missile struck a grain terminal in Izmail overnight, the Operational Command South of the Armed Forces "
        "of Ukraine reported. The Operational Command South said two workers were hurt. "
        "Romania's Foreign Ministry condemned the strike on the Danube port. The Romanian ministry said Bucharest "
        "was in touch with both sides. The Moldovan ministry said no debris had fallen on its side. "
        "Russia said the port had been used to ship arms."
    )
    labels = [source_label(a) for a in found if a.cue.text == "said"]
    # another country's ministry and a country speaking for itself are no short forms of Romania's ministry
    assert labels == ["Operational Command South of the Armed Forces of Ukraine", "Romania's Foreign Ministry",
                      "Moldovan ministry", "Russia"]


def test_a_capital_said_bare_speaks_for_its_government():
    found = attributions_of("Kyiv rejected the accusation as absurd. Moscow said the convoy had been attacked "
                            "near the border.")
    assert {a.source_name: a.source_kind for a in found} == {"Kyiv": "government", "Moscow": "government"}


def test_a_region_reporting_is_its_authorities():
    a = only("In the south, the Odesa region reported strikes on an energy facility overnight.")
    assert a.source_kind == "government" and source_label(a) == "Odesa region authorities"


def test_pronoun_is_not_resolved_to_a_city_the_tagger_took_for_a_person():
    found = attributions_of("Zelensky visited Kherson on Monday, days after Russian troops left Kherson. "
                            "Speaking to reporters, he said investigators had found mass graves.")
    said = [a for a in found if a.cue.text == "said"]
    assert said and said[0].source_name != "Kherson"


def test_recordings_are_evidence_not_sources():
    found = attributions_of("Security camera footage showed the windows shattering as a man ran from the blast. "
                            "Videos shared by residents showed crowds gathering in the main square.")
    assert {source_label(a) for a in found} <= {"", "residents"}


def test_an_honorific_is_not_a_role_and_titles_move_out_of_the_name():
    found = attributions_of("Kharkiv Mayor Ihor Terekhov said two strikes had hit critical infrastructure. "
                            "Later, Mr Terekhov said the power was back.")
    assert [source_label(a) for a in found] == ["Ihor Terekhov (Kharkiv Mayor)", "Ihor Terekhov (Kharkiv Mayor)"]


def test_relative_clause_speech_tag_leaves_the_pronoun_out_of_the_content():
    found = attributions_of("The new checkpoints, which officials said will open next month, are meant to ease "
                            "traffic at the Rafah crossing.")
    said = [a for a in found if a.cue.text == "said"]
    assert said and said[0].source.text == "officials"
    assert said[0].content.text == "will open next month"


def test_a_relative_clause_describing_the_speaker_is_not_a_speech_tag():
    found = attributions_of("“We were never warned,” said Amina Yusuf, who runs a clinic near the market.")
    assert [(a.source.text, a.cue.text, a.content.text) for a in found] == [
        ("Amina Yusuf", "said", "We were never warned")]


def test_a_verb_coordinated_by_tense_with_the_cue_verb_keeps_its_subject():
    found = attributions_of("The prime minister has vowed to rebuild the port and praised the rescue teams on "
                            "Sunday.")
    by_cue = {a.cue.text: a for a in found}
    assert by_cue["vowed"].content.text == "to rebuild the port"
    assert by_cue["praised"].source.text == "The prime minister"


def test_in_someone_s_view_is_a_source_candidate():
    document, doc = parse("In the commissioner's view, the ceasefire in Tigray is holding.")
    assert [(c.cue.text, c.content.text) for c in candidate_cues(doc, document)
            if c.cue.text == "In"] == [("In", "the ceasefire in Tigray is holding")]


def test_nominal_cues_with_an_infinitive_or_a_that_clause_are_candidates():
    document, doc = parse("Mr. Obama's decision not to strike Syria drew criticism. The claim by the ministry "
                          "that no civilians were hurt was disputed.")
    contents = {c.cue.text: c.content.text for c in candidate_cues(doc, document)}
    assert contents.get("decision") == "not to strike Syria"
    assert contents.get("claim") == "no civilians were hurt"


def test_a_hyphenated_organisation_with_a_description_keeps_its_whole_name():
    found = attributions_of("More than 400 people were detained at rallies across Russia on Sunday, OVD-Info, a "
                            "group that monitors arrests, said.")
    assert [source_label(a) for a in found] == ["OVD-Info"]
    assert found[0].source.text.startswith("OVD-Info")


def test_he_goes_on_with_the_last_speaker_not_the_last_name():
    text = ("Governor Vyacheslav Gladkov said the drone hit a fuel depot near Grayvoron, close to the Nekhoteevka "
            "crossing. No one was hurt, he said.")
    found = attributions_of(text)
    assert [a.source_name for a in found if a.source is not None and a.source.text == "he"] == [
        "Vyacheslav Gladkov"]


def test_an_acronym_of_another_languages_words_takes_the_name_spelled_before_it():
    text = ("The Federal Security Service of Russia (FSB) has detained a man in Kursk. According to the FSB, he was "
            "recruited through a messaging app.")
    labels = [source_label(a) for a in attributions_of(text) if a.source is not None]
    assert "Federal Security Service of Russia" in labels


def test_speakers_coordinated_after_the_victims_are_the_source():
    a = only("Rockets hit a clinic on Friday, wounding nurses, residents and the World Health Organization said.")
    assert a.source is not None and a.source.text == "residents and the World Health Organization"
    assert a.content.text.startswith("Rockets hit a clinic on Friday")


def test_an_acronym_in_brackets_stays_inside_the_speakers_name():
    a = only("A vessel was boarded by armed men on Sunday off the Somali coast, the Maritime Security Centre Horn "
             "of Africa (MSCHOA) office said.")
    assert a.source is not None and a.source.text == "the Maritime Security Centre Horn of Africa (MSCHOA) office"


def test_a_closing_speech_tag_the_parse_hangs_on_the_main_verb():
    # the parse makes "said" an adverbial clause of "beat off", not the sentence's root
    found = attributions_of("Ukrainian units on July 9 beat off a Russian push near Bilohorivka in Luhansk Oblast, "
                            "north of Siversk, the General Staff of Ukraine's Armed Forces said on July 10.")
    sources = [a.source.text for a in found if a.source is not None]
    assert "the General Staff of Ukraine's Armed Forces" in sources, sources


def test_a_closing_reports_the_tagger_takes_for_a_noun_is_a_cue():
    text = ("Russian forces struck Nikopol in Dnipropetrovsk Oblast on the night of 2 June, killing a 63-year-old man, "
            "the Dnipropetrovsk Regional Prosecutor's Office reports.")
    sources = [a.source.text for a in attributions_of(text) if a.source is not None]
    assert "the Dnipropetrovsk Regional Prosecutor's Office" in sources


def test_a_closing_reports_with_the_speakers_words_hung_on_it_as_compounds():
    text = ("Enemy artillery hit a bakery in the village of Pryluky at dawn, wounding three workers, the Joint Forces "
            "Operation press service reports.")
    sources = [a.source.text for a in attributions_of(text) if a.source is not None]
    assert any(s.endswith("Joint Forces Operation press service") for s in sources), sources


def test_a_closing_speaker_with_an_acronym_in_brackets_keeps_it():
    text = ("A shell hit an ambulance in Marinka on Friday, the press centre of the Joint Forces Operation (JFO) "
            "reports.")
    sources = [a.source.text for a in attributions_of(text) if a.source is not None]
    assert "the press centre of the Joint Forces Operation (JFO)" in sources, sources


def test_a_closing_speaker_before_an_auxiliary_is_found():
    # the parser hangs the speaker on the town as an apposition; "has" stands between it and "reported"
    text = ("Two soldiers were wounded near Avdiivka, the press centre of the anti-terrorist operation (ATO) has "
            "reported.")
    sources = [a.source.text for a in attributions_of(text) if a.source is not None]
    assert "the press centre of the anti-terrorist operation (ATO)" in sources, sources


def test_a_bracketed_acronym_keeping_a_lower_case_letter_stays_with_the_speaker():
    a = only("In a communique, the Burkinabe Armed Forces (FABa) said the convoy was ambushed near Djibo.")
    assert a.source is not None and a.source.text == "the Burkinabe Armed Forces (FABa)"


def test_an_acronym_inside_a_source_is_spelled_out_from_its_definition():
    text = ("Ukraine's drone makers met in Lviv.\n\nThe Security Service of Ukraine (SBU) has arrested a railway "
            "worker in Kovel who sent train timetables to Moscow, the SBU press office reported.")
    names = [a.source_name for a in attributions_of(text) if a.source is not None]
    assert "Security Service of Ukraine press office" in names, names


def test_a_cited_source_says_what_the_citing_outlet_reports():
    found = attributions_of("A drone hit an oil depot near Tuapse overnight, state television said, citing the "
                            "regional emergencies ministry.")
    cited = [a for a in found if a.cue.text == "citing"]
    assert [a.source.text for a in cited if a.source is not None] == ["the regional emergencies ministry"]
    assert cited[0].content.text.startswith("A drone hit an oil depot")
    assert any(a.source is not None and a.source.text == "state television" for a in found)


def test_a_cited_office_of_a_speaking_body_is_a_source():
    found = attributions_of("Two soldiers were wounded near Vuhledar on Monday, the local news site reported, "
                            "citing the press service of the 72nd brigade.")
    cited = [a for a in found if a.cue.text == "citing"]
    assert [a.source.text for a in cited if a.source is not None] == ["the press service of the 72nd brigade"], found


def test_a_citing_outlet_the_parse_hung_on_a_time_phrase_is_the_speaker():
    found = attributions_of("Late on Sunday the TASS news agency, citing the navy, reported that the ferry had sunk "
                            "near the pier.")
    sources = [a.source.text for a in found if a.source is not None]
    assert "the TASS news agency" in sources and "the navy" in sources, sources


def test_a_cited_reason_is_no_source():
    found = attributions_of("The senator opposed the bill, citing its cost to farmers.")
    assert all(a.source is None or a.source.text != "its cost to farmers" for a in found)


def test_the_object_of_a_bare_preposition_hung_on_the_speaker_is_not_the_speaker():
    # a parse that leaves "of" without its object and hangs "Vodiane, spokesman" on the speaker's name
    words = ["Troops", "held", "the", "hamlet", "of", "Vodiane", ",", "spokesman", "Ihor", "Koval", "said"]
    heads = [1, 10, 3, 1, 3, 9, 5, 5, 9, 10, 10]
    deps = ["nsubj", "ccomp", "det", "dobj", "prep", "nmod", "punct", "appos", "compound", "nsubj", "ROOT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _noun_phrase(doc[9]) == (8, 9)


def test_a_channel_name_split_into_two_subjects_is_one_source():
    # the parser makes "Channel" and "13 news" two subjects of the verb
    found = attributions_of("Thousands marched through the capital on Sunday.\n\n"
                            "Channel 13 news estimated the turnout at about 20,000.")
    assert [a.source.text for a in found if a.source is not None] == ["Channel 13 news"]


def test_the_outlet_that_carried_a_statement_relays_it():
    found = attributions_of("The militia said it had shot down a helicopter, in a statement carried by its "
                            "Al-Bayan radio station.")
    relay = next(a for a in found if a.cue.text == "carried")
    assert relay.source.text == "Al-Bayan radio station" and relay.content.text.startswith("it had shot down")


@pytest.mark.parametrize("text", [
    "The separatist command said in a statement carried by the Luhansk Information Center that a farmer was killed.",
    "In a statement carried by its Al-Bayan radio station, the militia said it had shot down a helicopter.",
])
def test_the_outlet_that_carried_a_statement_told_beside_the_speaker_relays_it(text):
    found = attributions_of(text)
    relay = next((a for a in found if a.cue.text == "carried"), None)
    assert relay is not None and relay.source.text.endswith(("Information Center", "radio station")), found


def test_the_outlet_that_carried_a_video_relays_it():
    found = attributions_of("The rebels said they had downed a drone, in a video released by their Al-Nour "
                            "media office.")
    relay = next(a for a in found if a.cue.text == "released")
    assert relay.source.text == "Al-Nour media office" and relay.content.text.startswith("they had downed")


def test_an_acronym_takes_a_name_written_out_without_brackets():
    text = ("A spokesman for the Joint Coordination Centre said on Monday that two patrols were fired on near "
            "Sumy.\n\nAccording to the JCC, one guard was wounded.")
    names = [a.source_name for a in attributions_of(text) if a.cue.text == "According to"]
    assert names == ["Joint Coordination Centre"], names


def test_who_issued_the_statement_a_group_spoke_in_is_a_source():
    found = attributions_of("The militia claimed the ambush in a statement from spokesman Omar Haddad, calling the "
                            "convoy a legitimate target.")
    assert "Omar Haddad" in {a.source_name for a in found}, [(a.source_name, a.cue.text) for a in found]


def test_a_named_channel_a_group_claims_through_relays_it():
    text = "The militant group claimed the ambush through its Thabat news agency, saying it killed ten troops."
    sources = {a.source.text for a in attributions_of(text) if a.source is not None}
    assert "Thabat news agency" in sources


def test_a_source_line_under_the_lead_sources_the_item_it_closes():
    text = ("Shelling damages school in frontline town\n\n"
            "Artillery fire hit a school building in the town overnight, injuring a caretaker.\n\n"
            "Source: press office of the regional military administration\n\n"
            "Background: Sources in the town hall had warned of shelling last week.")
    found = [a for a in attributions_of(text) if a.cue.text == "Source"]
    assert len(found) == 1, [(a.source, a.cue.text) for a in attributions_of(text)]
    assert found[0].source.text == "press office of the regional military administration"
    assert "Artillery fire hit a school" in found[0].content.text
    assert found[0].content.text.startswith("Shelling damages school")


def test_a_source_label_inside_a_sentence_is_no_source_line():
    text = "Officials named one source: the regional military administration, which reported the strike."
    assert not [a for a in attributions_of(text) if a.cue.text.lower() == "source"]


def test_a_closing_credit_line_is_no_source_of_the_item():
    text = ("Rockets hit a fuel depot near the port late on Friday, the harbour authority said.\n\n"
            "Source: News wires and local media")
    assert not [a for a in attributions_of(text) if a.cue.text == "Source"]


@pytest.mark.parametrize("text", [
    "Petro Koval, a spokesman for the State Border Guard Service, told a briefing that guards had detained three "
    "men near the crossing.",
    "Ivan Hrytsenko, spokesman for the Southern Operational Command, told a briefing that marines had entered Krynky "
    "on Friday and were searching the houses.",
])
def test_a_that_clause_the_parser_took_for_a_relative_clause_is_what_was_told(text):
    found = [a for a in attributions_of(text) if a.cue.text == "told"]
    assert len(found) == 1 and found[0].source.text.endswith(("Service", "Command")), found
    assert "had" in found[0].content.text


def test_a_speaker_inside_a_relative_clause_says_what_the_noun_did():
    text = "Three soldiers died in a blast that the army said on Sunday came from a roadside bomb planted by rebels."
    cues = [(a.source.text, a.cue.text) for a in attributions_of(text) if a.source is not None]
    assert ("the army", "said") in cues


def test_a_group_calling_itself_by_a_name_claims_and_does_not_speak():
    text = ("Both the jihadist alliance, through its Sahel Voice news agency, and a splinter group calling itself "
            "the Eastern Shield claimed responsibility, though neither offered proof.")
    found = attributions_of(text)
    assert not any(a.cue.text == "calling" for a in found), [(a.source, a.cue.text) for a in found]
    claim = next(a for a in found if a.cue.text == "claimed")
    assert "jihadist alliance" in claim.source.text and "Eastern Shield" in claim.source.text
    assert "Sahel Voice news agency" in {a.source.text for a in found if a.source is not None}
    named = only("A militant cell calling itself the Lake Brigade claimed responsibility for the blast.")
    assert named.source is not None and "Lake Brigade" in named.source.text


def test_a_name_after_a_title_the_parser_hung_on_the_victims_closes_the_sentence():
    text = ("Separatist militants fired on the village of Pisky in Donetsk region on Saturday evening, killing one "
            "civilian, head of the Donetsk regional military-civil administration Pavlo Zhebrivskyi wrote on "
            "Facebook on Sunday.")
    wrote = next(a for a in attributions_of(text) if a.cue.text == "wrote")
    assert wrote.source.text == "Pavlo Zhebrivskyi"
    assert wrote.content.text.startswith("Separatist militants fired")


def test_who_reads_out_a_statement_says_what_it_says():
    text = ("Gunmen killed 23 villagers near the market town, the government said in a statement read on national "
            "radio by spokesman Idrissa Maiga.")
    sources = {a.source.text for a in attributions_of(text) if a.source is not None}
    assert any(source.endswith("Idrissa Maiga") for source in sources), sources


def test_a_toll_given_by_a_body_is_credited_to_it():
    found = attributions_of("A first toll given by the district military administration had three dead.")
    assert [a.source.text for a in found if a.source is not None] == ["the district military administration"]


def test_the_named_radio_a_statement_was_read_on_relays_it_and_is_not_the_group():
    text = ("The Jund al-Sahil militia claimed the ambush on Monday. In a message read on its Furqaan radio, the group "
            "said its fighters had killed nine soldiers.")
    found = attributions_of(text)
    relay = next((a for a in found if a.source is not None and a.source.text == "Furqaan radio"), None)
    assert relay is not None and relay.content.text.startswith("its fighters"), found
    group = next(a for a in found if a.source is not None and a.source.text == "the group")
    assert group.source_name == "Jund al-Sahil militia", found


def test_the_named_spokesman_a_group_claimed_through_is_a_source():
    found = attributions_of("The Islamic State group claimed the bombing in a statement from its spokesman, Abu "
                            "Omar al-Shami.")
    assert "Abu Omar al-Shami" in {a.source_name for a in found}, [(a.source_name, a.cue.text) for a in found]


def test_the_named_spokesman_a_message_came_from_is_a_source():
    found = attributions_of("The Islamic State group claimed the bombing in a message from its spokesman, Abu Omar "
                            "al-Shami.")
    assert "Abu Omar al-Shami" in {a.source_name for a in found}, [(a.source_name, a.cue.text) for a in found]


def test_a_source_set_off_before_a_conjunction_speaks_for_the_clause_before() -> None:
    # what "and" adds after the source is the writer's own account; the figure before it is the source's
    text = ("Thursday's blast at the fuel depot killed four workers, according to the regional prosecutor, and set "
            "fire to two storage tanks that burned through the night.")
    document, doc = parse(text)
    relay = next(a for a in extract_attributions(doc, document) if a.cue.text == "according to")
    assert text[relay.content.start:relay.content.end] == "Thursday's blast at the fuel depot killed four workers"
