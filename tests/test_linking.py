"""Linking: each event gets its own date, place, counts and sources; mentions of one event fold."""

from __future__ import annotations

import pytest

from sitreps.linking import (
    _blamed_by_its_enemy,
    _Cluster,
    _count_of,
    _dates_casualty_clause,
    _died_in_care,
    _first_to_front,
    _Mention,
    _other_sides_attack,
    _references_below_their_event,
    _tallied_over_past_day,
)
from sitreps.models import Actor, EventMention, Span
from sitreps.nlp import char_span_root, load_nlp
from sitreps.pipeline import extract_text


def events_of(text: str, published: str = "2022-11-15") -> list[dict]:
    return extract_text(text, published=published).to_dict()["events"]


def by_type(events: list[dict], sub_event_type: str) -> list[dict]:
    return [e for e in events if e["sub_event_type"] == sub_event_type]


def surest_of(text: str, published: str) -> tuple[EventMention, list[EventMention]]:
    """The report's most confident event, and all its events (for the failure message)."""
    events = extract_text(text, published, "x").events
    return max(events, key=lambda e: e.confidence), events


def test_two_events_in_one_sentence_keep_their_own_dates():
    events = events_of(
        "Russian missiles struck Dnipro on Tuesday, days after Russian troops withdrew from Kherson last week."
    )
    strike = by_type(events, "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2022-11-15" and strike["date"]["precision"] == "day"
    retreat = [e for e in events if e["event_type"] == "Strategic developments"
               or e["sub_event_type"] == "Government regains territory"][0]
    assert retreat["date"] == {"start": "2022-11-07", "end": "2022-11-13", "precision": "week",
                               "text": "last week"}


def test_a_deed_told_in_a_who_clause_is_not_dated_by_the_main_verb():
    events = events_of(
        "Detectives on Tuesday interviewed the brother of the gunman who shot dead three people at a bus depot in "
        "Haifa, police said."
    )
    past = [e for e in events if e["modality"] == "historical"]
    assert past and all((e["date"] or {}).get("start") != "2022-11-15" for e in past)


def test_a_deed_someone_is_suspected_of_is_not_dated_by_the_main_verb():
    events = events_of("Soldiers on Tuesday caught two Syrians suspected of stabbing a guard in an attack in the town "
                       "of Afrin.")
    past = [e for e in events if e["modality"] == "historical"]
    assert past and all((e["date"] or {}).get("start") != "2022-11-15" for e in past)


def test_a_date_of_comparison_is_not_the_event_date():
    events = events_of(
        "Russian missiles hit power plants across Ukraine on Tuesday. "
        "Officials said the strikes were the heaviest since Russia's Oct. 10 barrage."
    )
    for event in events:
        if event["modality"] not in {"historical"}:
            assert (event["date"] or {}).get("start") != "2022-10-10", event


def test_an_earlier_strike_the_news_is_dated_from_is_not_the_news():
    events = events_of(
        "A Russian missile slammed into a dormitory in Odesa on Thursday, killing at least three people, the "
        "regional governor said, three days after a strike on a railway station in Zaporizhzhia killed at least "
        "nine.", published="2023-03-09")
    news = [e for e in events if e["modality"] != "historical" and e["location"]["name"] == "Odesa"]
    assert news and news[0]["date"]["start"] == "2023-03-09"
    assert news[0]["fatalities"]["min"] == 3
    assert all(e["location"]["name"] != "Zaporizhzhia" or (e["date"] or {}).get("start") == "2023-03-06"
               for e in events)


def test_a_later_sentence_referring_back_adds_its_toll_and_source():
    text = ("Russian missiles struck an apartment block in Zaporizhzhia on Sunday. "
            "The regional governor said the strike had killed at least 12 people.")
    events = events_of(text, published="2022-10-09")
    strikes = by_type(events, "Shelling/artillery/missile attack")
    assert len(strikes) == 1
    strike = strikes[0]
    assert strike["fatalities"]["min"] == 12
    assert strike["date"]["start"] == "2022-10-09"
    assert strike["location"]["name"].startswith("Zaporizh")
    assert any("governor" in s for s in strike["sources"])


def test_counts_go_to_the_event_they_belong_to():
    text = ("Russia launched 30 drones at Kyiv overnight, and air defences shot down 28 of them, "
            "the city administration said.")
    events = events_of(text)
    intercept = by_type(events, "Disrupted weapons use")
    assert intercept, events
    assert any(q["min"] == 28 for q in intercept[0]["quantities"])
    assert not any(q["min"] == 30 for q in intercept[0]["quantities"])


@pytest.mark.parametrize("published", ["2022-11-15", None])
def test_without_a_published_date_the_text_anchors_and_says_so(published):
    text = ("Russian missiles hit Kyiv on Tuesday, the mayor said.\n\n"
            "A firefighter works at a damaged building in Kyiv, Ukraine, Tuesday, Nov. 15, 2022.")
    strike = events_of(text, published=published)[0]
    assert strike["date"]["start"] == "2022-11-15"
    assert ("anchored_on" in strike["date"]) == (published is None)


def test_a_toll_update_keeps_the_date_of_the_attack_it_names():
    text = ("The death toll from Saturday's twin car bombings in Mogadishu has risen to 120, "
            "Somali officials said on Monday.")
    bombing = events_of(text, published="2022-10-31")[0]
    assert bombing["date"]["start"] == "2022-10-29" and bombing["date"]["text"] == "Saturday"
    assert bombing["fatalities"]["min"] == 120


def test_only_people_telling_or_reporting_become_sources():
    text = ("Russian missiles struck power plants in Lviv on Monday, the regional governor said. "
            "Most of the missiles targeted energy facilities, according to Ukraine's energy ministry.")
    strike = by_type(events_of(text, published="2022-10-10"), "Shelling/artillery/missile attack")[0]
    assert any("governor" in s for s in strike["sources"])
    assert not any("missiles" in s.lower() for s in strike["sources"]), strike["sources"]


def test_the_dateline_date_is_the_reports_not_the_events():
    text = ("KYIV, March 2 (Reuters) - Russian artillery shelled the town of Kupiansk on Wednesday, "
            "killing two civilians, the regional governor said.")
    strike = by_type(events_of(text, published="2023-03-02"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2023-03-01"


def test_a_dateline_under_a_headline_does_not_date_the_headlines_event():
    # the dateline's date stands in the sentence right after the headline, and names the day the report was filed
    text = ("Two soldiers killed as militants shell positions near Krymske\n\nKYIV, February 7. /Ukrinform/. Two "
            "Ukrainian soldiers were killed in the Luhansk sector yesterday when Russia's hybrid forces opened fire "
            "with heavy artillery on Ukrainian positions near Krymske, the ATO press center said on Facebook.")
    events = extract_text(text, published="2017-02-07").events
    headline = next(e for e in events if e.trigger.start < text.index("\n"))
    assert headline.date is not None and headline.date.date_start == "2017-02-06", headline.date


def test_a_title_case_dateline_with_its_year_does_not_date_the_event():
    text = ("Bahir Dar, March 14/2021 – Gunmen attacked the town of Dangila on Saturday, killing four people, "
            "officials said.")
    attack = by_type(events_of(text, published="2021-03-14"), "Attack")[0]
    assert attack["date"]["start"] == "2021-03-13"


def test_a_quoted_firefight_takes_the_day_of_a_lead_telling_no_event_not_the_update_day():
    text = ("Separatist forces broke the truce 15 times on Monday, and two Ukrainian soldiers were wounded in the "
            "Donetsk sector, the army said.\n\n\"Near Avdiivka, the enemy opened fire on our trenches with mortars "
            "and machine guns. Two of our soldiers were wounded in the firefight,\" the army said in its update on "
            "Tuesday.")
    clash = by_type(events_of(text, published="2023-05-16"), "Armed clash")[0]
    assert clash["date"]["start"] == "2023-05-15"


def test_the_best_attached_date_wins_over_the_first_one():
    text = ("Rescuers were searching the ruins of a shopping centre in Kremenchuk on Tuesday after a Russian "
            "missile strike on Monday afternoon killed at least 18 people.")
    strike = by_type(events_of(text, published="2022-06-28"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2022-06-27"


def test_a_weekday_between_the_attack_and_the_toll_update_dates_the_attack():
    text = ("The death toll from a Russian missile strike on a block of flats in Uman on Friday has risen to 23, "
            "Ukraine's interior minister said.")
    strike = by_type(events_of(text, published="2023-04-29"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2023-04-28" and strike["fatalities"]["min"] == 23


def test_a_dateline_without_a_city_does_not_date_the_event():
    text = ("June 2 (Reuters) - Ukrainian shelling of the Russian border town of Shebekino wounded at least eight "
            "people on Thursday, the governor of Russia's Belgorod region said.")
    shelling = by_type(events_of(text, published="2023-06-02"), "Shelling/artillery/missile attack")[0]
    assert shelling["date"]["start"] == "2023-06-01"


def test_a_later_sentence_naming_the_attack_with_a_day_dates_it():
    text = ("The death toll from Ukrainian shelling of the Russian city of Belgorod rose to 24 on Sunday, "
            "local authorities said. The regional governor said more than 100 people had been wounded in "
            "Saturday's attack, which hit a skating rink.")
    shelling = by_type(events_of(text, published="2023-12-31"), "Shelling/artillery/missile attack")[0]
    assert shelling["date"]["start"] == "2023-12-30"
    assert shelling["fatalities"]["min"] == 24


def test_the_day_of_a_hunt_for_the_attackers_does_not_date_their_attack():
    text = ("NAIROBI, March 4 (Reuters) - Kenyan police backed by helicopters searched the bush near the Somali border "
            "on Monday for the gunmen who killed 12 quarry workers in a raid in Wajir county, officials said. The "
            "attack was the deadliest in the county this year. Al Shabaab claimed Sunday's raid in a statement.")
    raid = events_of(text, published="2024-03-04")[0]
    assert raid["trigger"]["text"] == "raid"
    assert raid["date"]["start"] == "2024-03-03"


def test_a_comparison_in_a_later_sentence_does_not_date_the_attack():
    text = ("Russian missiles struck the centre of Vinnytsia, killing 23 people, officials said. "
            "It was the deadliest strike on the city since the attack on March 18.")
    strike = by_type(events_of(text, published="2022-07-14"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] != "2022-03-18"


def test_whoever_gives_an_updated_toll_is_a_source_of_the_event():
    text = ("Russian missiles struck an apartment block in Dnipro on Saturday. "
            "By Sunday evening 40 people had been confirmed dead, regional governor Serhiy Lysak said.")
    strike = by_type(events_of(text, published="2023-01-15"), "Shelling/artillery/missile attack")[0]
    assert strike["fatalities"]["min"] == 40
    assert any("Lysak" in s for s in strike["sources"]), strike["sources"]


def test_victims_counted_after_a_barrage_are_the_barrage_s_toll():
    text = ("Russia launched dozens of missiles at energy facilities across Ukraine on Monday, officials said.\n\n"
            "At least five people were killed, including a woman in Lutsk.")
    events = events_of(text, published="2024-08-26")
    attacks = [e for e in events if e["sub_event_type"] == "Attack"]
    assert not attacks, attacks
    violent = [e for e in events if e["fatalities"]]
    assert len(violent) == 1 and violent[0]["fatalities"]["min"] == 5


def test_a_killing_with_a_named_killer_stays_its_own_event():
    text = ("Russian artillery shelled the outskirts of Kherson on Friday, officials said. "
            "In a separate incident, unidentified gunmen killed two farmers in Dagestan.")
    events = events_of(text, published="2023-03-10")
    attacks = by_type(events, "Attack")
    assert attacks and attacks[0]["fatalities"]["min"] == 2


def test_a_date_inside_the_attack_s_noun_phrase_dates_it():
    text = ("Death toll in Russian attack on Kyiv rises to 31\n\nThe number of people killed in Russia's July 31 "
            "missile and drone attack on Kyiv has risen to 31, the interior minister reported on Aug. 1.")
    attack = by_type(events_of(text, published="2025-08-01"), "Shelling/artillery/missile attack")[0]
    assert attack["date"]["start"] == "2025-07-31"


def test_an_earlier_strike_on_the_same_place_stays_apart():
    text = ("Three Russian servicemen were killed when a Ukrainian drone was shot down on approach to the Engels "
            "air base on Monday, the defence ministry said. The men were hit by falling debris from the drone. "
            "The base was also struck on Dec. 5.")
    events = events_of(text, published="2022-12-26")
    tolls = [e for e in events if e["fatalities"]]
    assert len(tolls) == 1 and tolls[0]["fatalities"]["min"] == 3
    assert tolls[0]["date"]["start"] == "2022-12-26"


def test_an_event_placed_only_in_a_country_takes_the_dateline_city():
    text = ("KRAMATORSK, Ukraine (AP) — A rocket slammed into a railway station in eastern Ukraine on Friday, "
            "killing at least 50 people, Ukrainian officials said.")
    strike = by_type(events_of(text, published="2022-04-08"), "Shelling/artillery/missile attack")[0]
    assert strike["location"]["name"] == "Kramatorsk"
    assert strike["location"]["geo_precision"] == 2


def test_a_dateline_capital_outside_the_part_of_the_country_told_gives_way_to_the_region_there():
    text = ("BAMAKO, Mali (AP) — Suspected jihadists ambushed a supply convoy in eastern Mali on Monday, killing at "
            "least nine drivers, a spokesman for the governor of the Gao region said.\n\nNo group has claimed it.")
    ambush = by_type(events_of(text, published="2023-02-14"), "Armed clash")[0]
    assert ambush["location"]["name"] == "Gao"


def test_a_dateline_town_inside_the_part_of_the_country_told_stays_the_scene():
    text = ("KRAMATORSK, Ukraine (AP) — A rocket slammed into a railway station in eastern Ukraine on Friday, "
            "killing at least 50 people, the governor of the Kharkiv region said.")
    strike = by_type(events_of(text, published="2022-04-08"), "Shelling/artillery/missile attack")[0]
    assert strike["location"]["name"] == "Kramatorsk"


def test_no_town_of_a_dateline_of_two_bureaus_is_the_scene():
    text = ("Fighters storm army base in Somalia\n\nNAIROBI/WASHINGTON, May 4 (Reuters) - Al Shabaab fighters stormed "
            "a Somali army base on Tuesday. A U.S. military official said about 20 of the attackers were killed.")
    clash = by_type(events_of(text, published="2023-05-04"), "Armed clash")[0]
    assert clash["location"]["name"] == "Somalia"


def test_a_strike_in_an_unnamed_city_of_the_country_is_in_the_dateline_city():
    text = ("ODESA, Ukraine (AP) — Russian missiles hit a shopping street in Ukraine's third-largest city on Monday, "
            "killing at least four people, the regional governor said.\n\nThe governor said rescuers were still "
            "searching the rubble.\n\nIn Lviv, officials said a warehouse caught fire overnight after a drone "
            "attack.")
    strike = by_type(events_of(text, published="2023-03-06"), "Shelling/artillery/missile attack")[0]
    assert strike["location"]["name"] == "Odesa"


def test_a_village_named_later_places_a_strike_first_placed_in_its_region():
    text = ("Russian missiles struck an apartment building in the Odesa region, killing at least 21 people, "
            "Ukrainian officials said. The strikes hit the coastal village of Serhiivka early on Friday.")
    strikes = by_type(events_of(text, published="2022-07-01"), "Shelling/artillery/missile attack")
    assert len(strikes) == 1
    assert strikes[0]["location"]["name"] == "Serhiivka" and strikes[0]["fatalities"]["min"] == 21


def test_an_attack_hours_after_a_blast_is_another_event_with_its_own_day():
    text = ("Speaking on Sunday, the president said the explosion had been ordered by foreign intelligence. "
            "Saturday's explosion on the Kerch bridge killed three people, investigators said.\n\n"
            "Hours after the blast, overnight Russian missile strikes hit apartment blocks in the southern "
            "Ukrainian city of Zaporizhzhia, killing at least 12 people, according to the regional governor.")
    events = events_of(text, published="2022-10-09")
    zaporizhzhia = [e for e in events if (e["location"] or {}).get("name", "").startswith("Zaporizh")]
    assert len(zaporizhzhia) == 1 and zaporizhzhia[0]["fatalities"]["min"] == 12
    assert zaporizhzhia[0]["date"]["start"] == "2022-10-09"
    others = [e for e in events if e is not zaporizhzhia[0] and e["fatalities"]]
    assert others and all(e["fatalities"]["min"] == 3 and e["date"]["start"] == "2022-10-08" for e in others)


def test_a_claim_with_no_day_of_its_own_takes_the_day_it_was_made():
    text = ("Russia's defence ministry said on Friday that its forces had captured the village of Krasnohorivka. "
            "Last month, Ukrainian missiles struck an airfield in Crimea.")
    capture = next(e for e in events_of(text, published="2023-05-21") if "territory" in e["sub_event_type"])
    assert capture["date"]["start"] == "2023-05-19"


def test_a_date_in_a_since_clause_or_another_clause_does_not_date_the_event():
    text = ("The ministry announced on March 13 that its troops had recaptured Sudzha, the largest town that "
            "Ukrainian forces had held since their offensive began last August.")
    events = events_of(text, published="2025-03-14")
    assert events and all((e["date"] or {}).get("start") != "2024-08-01" for e in events)
    text = ("Russian troops are attacking near Kupiansk in small groups, and Ukrainian forces destroyed a Russian "
            "column east of the town on October 13, a brigade spokesperson said on October 14.")
    clash = [e for e in events_of(text, published="2024-10-15") if e["sub_event_type"] == "Armed clash"]
    assert clash and clash[0]["date"]["start"] != "2024-10-13"


def test_the_lead_s_day_dates_an_event_first_named_later():
    text = ("KURSK, 11 Aug - RIA Novosti. Fragments of a missile brought down by air defences fell on an apartment "
            "block in Kursk overnight, injuring 13 people, the governor said. The blast damaged the facade. "
            "Fighting continues in the border districts, which Ukrainian troops entered on August 6.")
    # the blast's event, whether the lead's falling fragments already tell it or "The blast" first does
    blast = [e for e in events_of(text, published="2024-08-11")
             if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert blast and blast[0]["date"]["start"] == "2024-08-11"


def test_an_undated_lead_takes_no_month_that_a_later_event_is_given():
    text = ("A man opened fire at a wedding hall in Izmir, killing five guests, police said.\n\n"
            "Militants have staged several attacks in the region, including a car bombing in Adana last month "
            "that killed 11 people.")
    events = events_of(text, published="2023-06-04")
    shooting = next(e for e in events if e["fatalities"] and e["fatalities"]["min"] == 5)
    assert shooting["date"]["start"] == "2023-06-04" and shooting["date"]["precision"] == "day"


def test_an_event_counted_from_an_occasion_the_report_dated_takes_the_day_after_it():
    text = ("The two governments signed a grain deal at the June 3 summit in Doha, the foreign minister said on "
            "June 5.\n\nTwo days after the summit, rebels shelled a market in Kadugli, killing four traders.")
    events = events_of(text, published="2024-06-06")
    shelling = next(e for e in events if e["fatalities"] and e["fatalities"]["min"] == 4)
    assert shelling["date"]["start"] == "2024-06-05" and shelling["date"]["precision"] == "day"


def test_a_town_named_in_the_body_places_an_event_better_than_the_bureau_dateline():
    text = ("KYIV, Oct 2 (Reuters) - Ukraine's military said on Wednesday it had withdrawn its troops to avoid "
            "being encircled, ending a two-year defence.\n\nThe mining town of Vuhledar, which had a pre-war "
            "population of about 15,000, has been almost entirely destroyed.")
    events = events_of(text, published="2024-10-02")
    assert events and events[0]["location"]["name"] == "Vuhledar"


def test_an_event_placed_only_by_the_bureau_dateline_takes_the_town_the_report_names():
    text = ("KYIV, Ukraine (AP) — The chief of Russia's Wagner group claimed Saturday that his fighters had "
            "captured all of the ruined eastern city, after a nine-month battle.\n\nThe defence ministry in Moscow "
            "said the city, which it calls Artemovsk, had been fully taken.")
    events = events_of(text, published="2023-05-21")
    captures = [e for e in events if "territory" in e["sub_event_type"]]
    assert captures and captures[0]["location"]["name"] == "Bakhmut"


def test_a_tass_dateline_is_not_where_a_strike_in_the_body_happened():
    text = ("MOSCOW, July 8. /TASS/. The Russian armed forces carried out a massive strike with long-range weapons "
            "on Ukrainian defence enterprises on Monday, the ministry said. The ministry said the destruction in "
            "Kiev had been caused by a Ukrainian air defence missile.")
    strike = [e for e in events_of(text, published="2024-07-08") if e["sub_event_type"] != "Disrupted weapons use"]
    assert strike and strike[0]["location"]["name"] == "Kyiv"


def test_an_event_a_day_after_which_a_clause_is_dated_is_a_day_earlier():
    text = ("MYKOLAIV, Ukraine (AP) — Rescuers were still digging through the wreckage in Mykolaiv on Wednesday, "
            "a day after a Russian missile ripped through the regional government building.")
    strike = by_type(events_of(text, published="2022-03-30"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2022-03-29" and strike["date"]["text"] == "a day after"
    text = ("Explosions rocked Zaporizhzhia again on Monday morning as Russian missiles struck the city's "
            "infrastructure, a day after a deadly attack on apartment buildings there.")
    strike = by_type(events_of(text, published="2022-10-10"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2022-10-10"


def test_a_capture_claimed_a_day_before_an_ongoing_fight_leads_the_report():
    text = ("Ukrainian soldiers are still fighting for the village of Ozerne in Donetsk Oblast, the army said on "
            "June 4, a day after Russia's Defense Ministry claimed to have seized it.\n\nThe army reported 30 "
            "Russian assaults near the village over the previous day.")
    lead = events_of(text, published="2024-06-04")[0]
    assert lead["sub_event_type"] == "Non-state actor overtakes territory"
    assert lead["date"]["start"] == "2024-06-03" and lead["modality"] == "claimed"


@pytest.mark.parametrize("fight", ["continue to repel Russian assaults", "keep fighting off Russian attacks"])
def test_a_capture_claimed_before_troops_continue_to_fight_leads_the_report(fight):
    text = (f"Ukrainian troops {fight} near the village of Ozerne in Donetsk Oblast, the army said on June 4, a day "
            "after Russia's Defence Ministry claimed to have captured the village.\n\nThe army counted 30 Russian "
            "attacks in the area over the previous day.")
    lead = events_of(text, published="2024-06-04")[0]
    assert lead["sub_event_type"] == "Non-state actor overtakes territory" and lead["modality"] == "claimed"


def test_the_attack_behind_a_siege_still_going_on_leads_the_report():
    text = ("Soldiers were still battling militants barricaded inside a shopping centre in Garissa on Sunday, hours "
            "after the attackers set off a car bomb at its entrance that killed at least nine shoppers, officials "
            "said.\n\nShots could be heard from the building into the evening.")
    lead = events_of(text, published="2021-05-16")[0]
    assert lead["event_type"] in {"Explosions/Remote violence", "Violence against civilians"}


def test_a_killing_a_day_before_the_leads_keeps_its_own_toll_and_day():
    text = ("A gunman killed five people when he opened fire at a wedding party in a village near Tuzla late on "
            "Saturday, officers said, a day after a teenager shot dead seven people at a school in the city.")
    events = events_of(text, published="2023-06-11")
    wedding = next(e for e in events if e["date"]["start"] == "2023-06-10")
    assert wedding["fatalities"]["min"] == 5
    assert any(e["date"]["start"] == "2023-06-09" and e["fatalities"]["min"] == 7 for e in events)


def test_a_lead_naming_its_subject_by_an_earlier_deed_leads_with_its_own_event():
    text = ("The man who carried out Monday's bombing of a bus station in Kaduna was shot dead in a gunfight with "
            "soldiers at a farm outside Zaria on Tuesday, the army said.\n\nThree soldiers were hurt.")
    events = events_of(text, published="2021-03-02")
    assert events[0]["sub_event_type"] == "Armed clash" and events[0]["date"]["start"] == "2021-03-02"
    assert any(e["date"] and e["date"]["start"] == "2021-03-01" for e in events[1:])


def test_an_event_some_days_before_a_dated_clause_is_of_the_week_before_that_day():
    text = ("The port authority closed the harbour of Bissau on Friday, days after gunmen attacked a ferry there, "
            "killing two sailors.")
    attack = by_type(events_of(text, published="2021-05-14"), "Attack")[0]
    assert attack["date"]["precision"] == "week" and attack["date"]["text"] == "days after"
    assert (attack["date"]["start"], attack["date"]["end"]) == ("2021-05-07", "2021-05-13")


def test_a_dateline_town_named_again_in_the_body_stays_the_place():
    text = ("ZAPORIZHZHIA, Ukraine, Oct 9 (Reuters) - Russian missiles slammed into apartment buildings overnight, "
            "killing at least 12 people, officials said.\n\nResidents of Zaporizhzhia wrapped in blankets stood in "
            "the street. The attack came a day after an explosion damaged the Kerch bridge.")
    strike = by_type(events_of(text, published="2022-10-09"), "Shelling/artillery/missile attack")[0]
    assert strike["location"]["name"].startswith("Zaporizh")


def test_a_dateline_capital_named_again_only_as_the_government_is_no_local_story():
    text = ("KIEV, Nov 25 (Reuters) - Russian patrol boats fired on and detained two Ukrainian tugs off the coast of "
            "Crimea on Saturday, the Ukrainian navy said, in a clash that alarmed Western capitals.\n\n"
            "The tugs had tried to sail from the river port of Kherson to Berdyansk. Moscow accused Kiev of a "
            "deliberate provocation.")
    clash = by_type(events_of(text, published="2018-11-25"), "Armed clash")[0]
    assert clash["location"]["name"] == "Crimea"


def test_a_dateline_capital_named_again_as_the_accused_government_leaves_the_scene_to_the_body():
    text = ("KIEV, May 3 (Reuters) - Gunmen killed two police officers overnight, officials said.\n\n"
            "Rebel leaders accused Kiev of staging the attack. The officers had been guarding a checkpoint near the "
            "village of Chaplynka in the Kherson region.")
    attack = next(e for e in events_of(text, published="2016-05-03") if e["fatalities"])
    assert attack["location"]["name"] == "Chaplynka"


def test_a_dateline_capital_named_again_only_to_measure_distance_leaves_the_scene_to_the_body():
    text = ("KIEV, June 14 (Reuters) - Gunmen killed two border guards overnight, officials said on Wednesday.\n\n"
            "The guards had been patrolling near the village of Chaplynka, some 400 km (250 miles) south of Kiev.")
    attack = next(e for e in events_of(text, published="2017-06-14") if e["fatalities"])
    assert attack["location"]["name"] == "Chaplynka"


def test_an_event_told_as_still_going_on_takes_the_day_the_report_says_it_began():
    text = ("Regional governor Oleh Bondar says the situation at the army depot near the town of Ichnia is stable, "
            "although explosions continue.\n\nFirefighters told reporters in Ichnia on Friday that they could not "
            "yet reach the stores. As local media reported, the blaze at the depot started at about 23:00 on 14 March.")
    blasts = by_type(events_of(text, published="2019-03-16"), "Remote explosive/landmine/IED")
    assert blasts and blasts[0]["date"]["start"] == "2019-03-14"


def test_a_day_told_as_when_the_raids_began_dates_what_the_clause_below_tells():
    text = ("Armed men killed 40 villagers in raids in the north of Zamfara state, a police spokesman said on "
            "Wednesday.\n\nThe raids started on Monday evening in hamlets near Anka, where the gunmen burned "
            "granaries and shot farmers as they ran, he said.\n\nOn Tuesday, angry residents blocked a road near "
            "Gusau and attacked travellers, killing three, witnesses said.")
    attacks = [e for e in by_type(events_of(text, published="2021-03-10"), "Attack") if e["fatalities"]]
    lead = max(attacks, key=lambda e: e["fatalities"]["min"])
    assert lead["fatalities"]["min"] == 40 and lead["date"]["start"] == "2021-03-08", attacks


def test_an_event_placed_in_a_region_takes_the_town_of_that_region_its_sentence_names():
    text = ("Ukrainian drones struck an industrial zone in Tatarstan on Tuesday morning, injuring at least 12 people "
            "at a dormitory in the town of Yelabuga, local officials said.")
    strike = by_type(events_of(text, published="2024-04-02"), "Air/drone strike")[0]
    assert strike["location"]["name"] == "Yelabuga"


def test_a_strike_in_a_region_is_not_placed_at_a_town_a_later_tally_only_lists():
    text = ("KURSK, May 3. A Ukrainian drone struck a tractor on a farm road near a hamlet the gazetteer never heard "
            "of in the Kursk Region, the governor said on Saturday.\n\nHe added that over the day drones had hit "
            "homes and a shop in the Rylsk and Lgov districts.")
    strike = by_type(events_of(text, published="2025-05-03"), "Air/drone strike")[0]
    assert strike["location"]["name"] == "Kursk", strike["location"]


def test_a_strike_on_an_unnamed_spot_in_an_area_takes_the_town_where_the_next_sentence_names_the_spot():
    text = ("Turkish artillery shelled a hilltop hotel in Iraq's Kurdistan region, killing four guests, local "
            "officials said.\n\nThe shells hit the Sulav hotel near Amadiya on Sunday evening, while families were "
            "dining on its terrace.")
    shellings = by_type(events_of(text, published="2025-06-16"), "Shelling/artillery/missile attack")
    assert len(shellings) == 1 and shellings[0]["location"]["name"] != "Kurdistan", shellings


def test_a_raised_toll_goes_to_the_event_that_already_had_a_figure():
    text = ("An explosion in a residential complex in Moscow on Monday killed Armen Sarkisyan, founder of a "
            "paramilitary battalion fighting in Ukraine. His bodyguard died at the scene, raising the toll to two.")
    events = events_of(text, published="2025-02-03")
    blast = [e for e in events if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert blast and blast[0]["fatalities"]["min"] == 2


def test_a_count_from_a_sentence_about_long_ago_is_not_the_events_toll():
    events = events_of(
        "Four people were killed when a Russian missile hit a school in Zhytomyr on Tuesday, officials said.\n\n"
        "The school stands near a ravine where occupying forces executed more than 10,000 people in 1942.",
    )
    strike = by_type(events, "Shelling/artillery/missile attack")[0]
    assert strike["fatalities"]["min"] == 4


def test_an_event_in_the_headline_takes_the_days_of_the_lead():
    events = events_of(
        "Veterans' families rally in Lviv over soldiers' leave\n\n"
        "Hundreds of relatives of serving soldiers gathered in the centre of Lviv on Sunday evening to demand "
        "regular home leave for troops, and the government said it was drafting new rules that would apply "
        "next year.",
        published="2022-11-15",
    )
    rally = by_type(events, "Peaceful protest")[0]
    assert rally["date"]["start"] == "2022-11-13"


def test_a_date_on_the_first_of_coordinated_weapons_dates_the_attack():
    events = events_of(
        "Odesa observed a day of mourning Friday for the eight people killed in Thursday's Russian missile and "
        "drone attack, as rescuers finished clearing the rubble.",
        published="2022-11-18",
    )
    attack = by_type(events, "Shelling/artillery/missile attack")[0]
    assert attack["date"]["start"] == "2022-11-17"


def test_a_place_in_an_aside_clause_does_not_place_the_event():
    events = events_of(
        "A Russian missile attack killed six people in Kharkiv on Tuesday, the governor said. "
        "The attack came as the foreign minister was due in Brussels for talks with NATO allies.",
    )
    attacks = by_type(events, "Shelling/artillery/missile attack")
    assert len(attacks) == 1 and attacks[0]["location"]["name"] == "Kharkiv"


def test_a_later_sentence_about_the_missile_dates_the_strike():
    events = events_of(
        "A missile that killed a farmer near the border was probably fired by Ukraine's air defences against an "
        "incoming Russian barrage, the Moldovan president said on Wednesday.\n\n"
        "The missile came down in a field outside the village on Tuesday evening, the interior ministry said.",
        published="2022-11-16",
    )
    assert [e["date"]["start"] for e in by_type(events, "Shelling/artillery/missile attack")
            if e["modality"] != "denied"][0] == "2022-11-15"


def test_the_dead_of_a_protest_broken_up_by_police_are_its_toll():
    events = events_of(
        "A police officer was killed and dozens were hurt in Kampala on Tuesday when riot police fired tear gas "
        "and rubber bullets at opposition supporters marching against new taxes."
    )
    protest = [e for e in events if e["event_type"] == "Protests"][0]
    assert protest["fatalities"]["min"] == 1


def test_an_event_told_as_background_weeks_before_is_historical():
    events = events_of(
        "A former police chief was killed by a bomb hidden under his car in Melitopol on Thursday, investigators "
        "said.\n\nIn April, a car bomb killed Major General Oleg Sidorov of the General Staff in the town of "
        "Mytishchi outside Moscow.",
        published="2025-05-29",
    )
    assert [e["modality"] for e in events if e["date"]["start"].startswith("2025-04")] == ["historical"]
    assert [e["date"]["start"] for e in events if e["modality"] != "historical"] == ["2025-05-29"]


def test_a_count_in_a_sentence_naming_a_town_goes_to_that_towns_event():
    events = events_of(
        "Russian air strikes have hit the city of Kropyvnytskyi for the first time, killing one person, officials "
        "say.\n\nAir strikes also hit a military airfield in Starokostiantyniv in the west of the country on "
        "Friday. In Starokostiantyniv, three servicemen were killed, the region's governor said.",
        published="2022-03-11",
    )
    tolls = sorted((e["fatalities"] or {}).get("min") for e in events if e["modality"] != "historical")
    assert tolls == [1, 3]


def test_a_headline_naming_the_region_folds_into_the_lead_naming_the_town():
    events = events_of(
        "Russian missile hits school in Kharkiv region, teacher killed\n\n"
        "A teacher was killed when a Russian missile struck a school in Lozova, Kharkiv region, overnight, the "
        "regional governor said on Wednesday.",
        published="2022-11-23",
    )
    strikes = [e for e in by_type(events, "Shelling/artillery/missile attack") if e["modality"] != "historical"]
    assert len(strikes) == 1 and strikes[0]["fatalities"]["min"] == 1


def test_a_day_given_after_a_lead_that_dates_the_event_broadly():
    events = events_of(
        "KYIV, May 20 (Reuters) - Ukraine shot down a Russian Zircon missile over Odesa this week, the air force "
        "said on Saturday.\n\nThe missile was intercepted over the Odesa region in the early hours of May 17, "
        "the air force said.",
        published="2023-05-20",
    )
    downed = by_type(events, "Disrupted weapons use")
    assert downed and downed[0]["date"]["start"] == "2023-05-17" and downed[0]["date"]["precision"] == "day"


def test_a_place_in_an_aside_of_the_lead_does_not_place_the_next_sentences_event():
    events = events_of(
        "Rockets slammed into Rivne on Saturday, sending black smoke over the city, just as the prime minister "
        "was preparing to speak in Warsaw.\n\nTwo rocket strikes hit a fuel depot on the edge of the city in the "
        "afternoon, the regional governor said.",
        published="2022-03-26",
    )
    assert {e["location"]["name"] for e in events if e["event_type"] == "Explosions/Remote violence"} == {"Rivne"}


def test_the_dead_of_a_town_no_event_is_placed_in_are_not_the_strikes():
    events = events_of(
        "Lutsk (Ukraine) (AFP) - Two people were killed on Friday when Russian missiles hit the western Ukrainian "
        "city of Rivne, the mayor said. In Odesa, five people died, two of them firefighters, officials said.",
        published="2025-06-06",
    )
    strike = by_type(events, "Shelling/artillery/missile attack")[0]
    assert strike["fatalities"]["min"] == 2


def test_an_undated_headline_event_takes_the_day_the_first_speaker_spoke():
    events = events_of(
        "Ukraine frees 140 defenders in prisoner swap\n\n"
        "Ukraine says it has brought home 140 prisoners of war, among them marines captured in Mariupol.\n\n"
        "In return, 90 Russian servicemen were handed over to Moscow, President Volodymyr Zelensky said in his "
        "evening address late on Wednesday.",
        published="2022-09-22",
    )
    assert by_type(events, "Agreement")[0]["date"]["start"] == "2022-09-21"


def test_a_mention_dated_days_earlier_does_not_date_the_undated_news_event():
    events = events_of(
        "Russian strikes on the Sumy region killed four people on Sunday, officials said.\n\n"
        "Two missiles hit a market near the village of Khotin in the afternoon, the governor said.\n\n"
        "Russia opened a new push in the north of the region on May 10 and has since stepped up attacks on the "
        "city.",
        published="2024-05-19",
    )
    strikes = [e for e in events if e["event_type"] == "Explosions/Remote violence" and e["modality"] != "historical"]
    assert strikes and {e["date"]["start"] for e in strikes} == {"2024-05-19"}


def test_the_strike_names_an_event_told_with_another_verb():
    events = events_of(
        "Russian rockets have destroyed the airport in Zhytomyr, a city far from the front lines, the president "
        "said on Sunday.\n\n"
        "The strike came on a day when an attempt to evacuate civilians from Bucha came under mortar fire.",
        published="2022-03-06",
    )
    strikes = [e for e in by_type(events, "Shelling/artillery/missile attack") if e["modality"] != "historical"]
    assert [e["location"]["name"] for e in strikes] == ["Zhytomyr"]


def test_a_reaction_day_does_not_date_the_event_it_reacts_to():
    events = events_of(
        "NAIROBI (AP) — Kenya's rights commission on Thursday condemned the killing of six protesters by police "
        "during fuel-price demonstrations in Mombasa a day earlier. Most of the dead were shot near the port, "
        "the commission said.",
        published="2023-07-20",
    )
    dated = {e["date"]["start"] for e in events if e.get("date")}
    assert dated == {"2023-07-19"}


def test_the_toll_of_an_occasion_compared_with_stays_with_it():
    events = events_of(
        "BEIRUT (AP) — Israeli jets launched their heaviest raid on the southern suburbs of Beirut overnight, "
        "firing dozens of missiles, officials said Monday. Three people were killed, the health ministry said. It "
        "was the heaviest raid on the city since Aug. 4, when 19 people died in a single night.",
        published="2024-10-14",
    )
    todays = {e["fatalities"]["min"] for e in events if e.get("fatalities") and e["modality"] != "historical"}
    assert todays == {3}


def test_an_undated_lead_takes_the_day_its_speaker_spoke_in_the_next_sentence():
    text = (
        "Malian troops have withdrawn from the northern town of Tessalit after days of fighting, a regional "
        "official has said. The soldiers pulled back to Gao, the official told state radio on Tuesday, adding that "
        "the rebels now held the town's airfield.\n\n"
        "In a separate incident, a roadside bomb killed four soldiers near Boni on Monday, the army said."
    )
    events = events_of(text, published="2023-11-15")
    withdrawal = [e for e in events if e["evidence"]["text"].startswith("Malian troops have withdrawn")][0]
    assert withdrawal["date"]["start"] == "2023-11-14"


def test_the_blast_named_again_after_the_derailment_is_the_same_event():
    events = events_of(
        "MOSCOW, June 4 (Reuters) - A bomb derailed a freight train in Russia's Kursk region on Tuesday, the "
        "regional governor said.\n\nGovernor Roman Starovoit said two wagons came off the rails after the blast near "
        "the town of Kurchatov.",
        published="2024-06-04",
    )
    bombings = by_type(events, "Remote explosive/landmine/IED")
    assert len(bombings) == 1 and bombings[0]["location"]["name"] == "Kurchatov"


def test_an_exchange_that_names_no_place_is_recorded_in_the_parties_country():
    events = events_of(
        "KHARTOUM (Reuters) - Sudan's army and the Rapid Support Forces exchanged 120 prisoners on Tuesday under a "
        "deal mediated by the Red Cross, both sides said.\n\n"
        "Fighting continued elsewhere: drones struck a market in El Obeid overnight, killing four people, local "
        "officials said.",
        published="2024-05-14",
    )
    swap = by_type(events, "Agreement")[0]
    assert swap["location"]["name"] == "Sudan"


def test_a_headline_event_takes_the_day_spoken_after_its_lead():
    text = (
        "Malian troops pull out of Tessalit as rebels advance\n\n"
        "Malian troops have withdrawn from the northern town of Tessalit after days of fighting, a regional "
        "official has said. The soldiers pulled back to Gao, the official told state radio on Tuesday.\n\n"
        "In a separate incident, a roadside bomb killed four soldiers near Boni on Monday, the army said."
    )
    events = events_of(text, published="2023-11-15")
    headline = [e for e in events if e["evidence"]["text"].startswith("Malian troops pull out")]
    assert headline and headline[0]["date"]["start"] == "2023-11-14"


def test_an_arrest_earlier_this_month_is_not_todays():
    text = ("MOSCOW, May 22 (Interfax) - A former army commander has been detained on suspicion of fraud, a law "
            "enforcement source told Interfax on Wednesday.\n\nEarlier this month, a deputy defence minister was "
            "arrested on bribery charges.")
    arrests = by_type(events_of(text, published="2024-05-22"), "Arrests")
    detained = [e for e in arrests if e["trigger"]["text"] == "detained"]
    assert detained and detained[0]["date"]["start"] == "2024-05-22"
    assert all(e["modality"] == "historical" for e in arrests if e["trigger"]["text"] == "arrested")


def test_a_restating_sentences_year_does_not_replace_the_reports_day():
    text = ("Romania's president said on Wednesday that the alliance would reinforce the Black Sea coast.\n\n"
            "Hours earlier, a Russian missile attack damaged grain silos in the Ukrainian port of Izmail across the "
            "Danube, wounding two dock workers, the regional governor said. The culture minister called the attack "
            "a blow to a town that marked its 400th anniversary this year.")
    strike = by_type(events_of(text, published="2023-08-16"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2023-08-16" and strike["date"]["precision"] == "day"


def test_the_day_two_sides_traded_blame_is_not_the_day_of_the_shelling():
    text = ("The army and the paramilitary RSF traded blame on Saturday for shelling at the Merowe dam in northern "
            "Sudan, a day after strikes near the site cut power to the region.\n\n"
            "The dam's operator said shelling on Friday had damaged a transformer station.")
    shelling = [e for e in events_of(text, published="2024-06-08") if e["trigger"]["text"] == "shelling"]
    assert shelling and shelling[0]["date"]["start"] == "2024-06-07"


@pytest.mark.parametrize("text, published, sub_event_type, day", [
    pytest.param(
        "KRAKOW (Reuters) - A bomb destroyed a section of the rail line near Tarnow, in what the interior minister on "
        "Tuesday called an act of sabotage. A train driver reported the damaged track on Monday morning.",
        "2024-06-11", "Remote explosive/landmine/IED", "2024-06-10",
        id="a statement from outside the event's clause does not date it"),
    pytest.param(
        "Army says it retakes Kitshanga from M23\n\n"
        "Congolese soldiers and allied militias drove M23 rebels out of Kitshanga in North Kivu after a day of "
        "fighting on May 5, the provincial governor said on May 6.",
        "2024-05-06", "Armed clash", "2024-05-05",
        id="the day of the event told beside it, before the speaker's day"),
    pytest.param(
        "Paramilitary fighters have emptied the Sudan National Museum in Khartoum, its staff say. According to the "
        "curator, on Sunday the fighters loaded statues and manuscripts onto lorries bound for the border, and "
        "guards were told to stay away.",
        "2023-06-07", "Looting/property destruction", "2023-06-04",
        id="the day the next sentence tells of it"),
    pytest.param(
        "KHARTOUM, Oct 23 (Reuters) - Mediators pressed on with talks in Jeddah on Thursday as both sides signalled "
        "they were ready for a truce.\n\nOn the ground, RSF fighters have entered the town of Bara in North Kordofan "
        "and are fighting army units on its edges, a local official said. Small RSF groups had slipped into the "
        "town's western districts on Tuesday and were being engaged, he said, adding that the roads out were under "
        "constant drone fire.",
        "2025-10-23", "Armed clash", "2025-10-21",
        id="the next sentence's day beats a political lead's day"),
])  # fmt: skip
def test_an_event_without_a_day_of_its_own_takes_the_right_one(text, published, sub_event_type, day):
    assert by_type(events_of(text, published=published), sub_event_type)[0]["date"]["start"] == day


def test_an_event_told_as_earlier_days_before_is_historical():
    text = ("Russian artillery shelled Marhanets overnight, killing a woman, the regional governor said on Friday. "
            "Several houses and a power line were damaged. "
            "Earlier, on Monday, Russian shelling killed four people in the town.")
    events = events_of(text, published="2023-08-18")
    assert [(e["date"]["start"], e["modality"]) for e in events] == [("2023-08-18", "reported"),
                                                                    ("2023-08-14", "historical")]


def test_an_event_told_as_earlier_in_the_current_month_is_historical():
    text = ("Occupying soldiers abducted the head of a village council near Nova Kakhovka on June 20, "
            "the regional administration said. "
            "Earlier in June, soldiers kidnapped a school director in another district.")
    events = events_of(text, published="2023-06-21")
    kidnapping = [e for e in events if e["trigger"]["text"] == "kidnapped"]
    assert kidnapping and kidnapping[0]["modality"] == "historical"
    assert [e["date"]["start"] for e in events if e["modality"] != "historical"] == ["2023-06-20"]


def test_the_day_images_were_published_does_not_date_the_strike_they_show():
    text = ("The navy on May 14 published drone footage of what it said was a Russian patrol boat hit in the port "
            "of Berdiansk. The boat was struck on May 12 by a naval drone, the navy said.")
    strikes = [e for e in events_of(text, published="2024-05-14") if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and {e["date"]["start"] for e in strikes} == {"2024-05-12"}


def test_a_day_given_to_what_an_attack_broke_in_on_dates_the_attack():
    text = ("At least nine soldiers were killed when militants ambushed an army convoy in northern Burkina Faso, "
            "the security ministry said on Friday. The troops were moving from Djibo to Arbinda on Thursday when "
            "they were attacked near a village, the ministry said.")
    ambush = by_type(events_of(text, published="2023-03-10"), "Armed clash")
    assert ambush and ambush[0]["date"]["start"] == "2023-03-09"


def test_an_exchange_counts_no_dead_of_the_crash_it_is_compared_with():
    text = ("Armenia and Azerbaijan swapped 32 prisoners at the border on Wednesday, officials said. "
            "The swap was the first since June 9, when a helicopter went down near the border, killing all 12 "
            "people on board.")
    events = events_of(text, published="2023-06-14")
    agreement = by_type(events, "Agreement")
    assert agreement and agreement[0]["fatalities"] is None


def test_a_lead_that_gives_its_day_keeps_it_over_another_days_protests_told_later():
    text = ("Security forces killed 11 people on Saturday, most of them in Omdurman, in the bloodiest day of protests "
            "since the army took power on Oct. 25, a doctors' union said. Three people had been killed during "
            "protests on Wednesday.")
    events = events_of(text, published="2021-11-14")
    protests = [e for e in events if e["event_type"] == "Protests" and e["modality"] != "historical"]
    assert protests and protests[0]["date"]["start"] == "2021-11-13"


def test_a_date_after_since_is_a_point_of_comparison_even_where_the_parse_hangs_the_event_on_it():
    text = ("Security forces killed 11 people on Saturday, most of them in Omdurman, in the bloodiest day of protests "
            "since the army took power on Oct. 25, a doctors union said. Police fired tear gas at marchers in the "
            "capital.")
    events = events_of(text, published="2021-11-14")
    assert [e["date"]["start"] for e in by_type(events, "Excessive force against protesters")] == ["2021-11-13"]


def test_a_day_after_counts_from_the_day_of_the_clause_it_hangs_from():
    text = ("A court in the city of Kazan on Friday ordered Ivan Petrov, a blogger and Kremlin critic, to be held in "
            "pre-trial detention for two months on charges of \"justifying terrorism,\" a day after he was detained in "
            "Moscow.\n\nInvestigators say the charges relate to a video.")
    events = events_of(text, published="2023-03-31")
    assert [e["date"]["start"] for e in by_type(events, "Arrests")] == ["2023-03-30"]


def test_a_day_after_counts_also_from_a_clause_the_parse_hangs_on_a_noun():
    text = ("Reporter Held Pending Trial Over Posts\n\nA court in the Urals city of Yekaterinburg on Friday ordered "
            "journalist Ivan Petrov to be held in pre-trial detention for two months on charges of \"discrediting the "
            "army,\" a day after he was detained in Moscow.")
    events = events_of(text, published="2023-03-31")
    assert [e["date"]["start"] for e in by_type(events, "Arrests")] == ["2023-03-30"]


def test_a_speakers_day_in_the_next_paragraph_does_not_date_the_event():
    text = ("MOSCOW, May 14. /TASS/. The Russian armed forces again used the Iskander system in the special military "
            "operation, destroying a large ammunition depot, the Defence Ministry's spokesman told reporters on "
            "Sunday.\n\nIn addition, according to the spokesman, cruise missiles launched from the Black Sea hit a "
            "repair plant in Konotop.\n\nOn Saturday, the ministry reported the first use of the new system in the "
            "operation.")
    events = events_of(text, published="2023-05-14")
    assert [e["date"]["start"] for e in by_type(events, "Shelling/artillery/missile attack")] == ["2023-05-14"]


def test_an_event_outside_a_city_is_the_one_told_in_a_village_beside_it():
    text = ("PARIS (AP) — A Ukrainian fixer working with a French channel was killed along with the channel's "
            "cameraman when their vehicle was struck by incoming fire outside Kharkiv, the channel said Tuesday, "
            "hours after announcing the cameraman's death.\n\nOlena Hrytsenko, 24, had been helping the crew as a "
            "consultant, arranging interviews. She died with the cameraman, a veteran of many wars, when the crew "
            "came under fire Monday in Rus'ka Lozova, also spelled Ruska Lozova, a village north of the city. The "
            "correspondent, who was with them, was hospitalized.\n\nThe deaths raised the number of media workers "
            "killed since the invasion.")
    events = events_of(text, published="2022-05-17")
    attacks = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert [e["location"]["name"] for e in attacks] == ["Ruska Lozova"]


def test_a_date_reaches_a_when_clause_hung_on_an_elliptical_passive():
    text = ("A TV correspondent was hurt on Monday while reporting outside Kyiv, the network said. He is being treated "
            "in hospital. On Sunday, a documentary maker was killed and a colleague wounded when their car came under "
            "fire in Irpin, northwest of the capital.")
    events = events_of(text, published="2022-03-14")
    assert [e["date"]["start"] for e in events] == ["2022-03-13"]


def test_hours_later_tells_another_strike_not_more_of_the_first():
    text = ("At least 30 people were killed in an Israeli strike on tents in the al-Mawasi area west of Khan Younis on "
            "Saturday, the health ministry said.\n\nHours later, an Israeli strike on a school in the Shati camp in "
            "Gaza City killed at least 12 people, civil defence officials said.")
    events = events_of(text, published="2024-07-13")
    strikes = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 2 and [e["fatalities"]["min"] for e in strikes] == [30, 12]


def test_a_day_reaches_a_when_clause_the_parse_hangs_on_a_town():
    text = ("Colleagues gathered in Kyiv on Wednesday to remember the photographer.\n\nHe died on Tuesday afternoon "
            "on the outskirts of Toretsk, a town about 10km west of Horlivka, when Grad rockets landed near the unit "
            "his team was filming.")
    events = events_of(text, published="2023-05-10")
    attacks = [e for e in events if e["event_type"] == "Explosions/Remote violence" and e["modality"] != "future"]
    assert [e["date"]["start"] for e in attacks] == ["2023-05-09"]


def test_an_event_elsewhere_in_a_region_is_not_placed_at_the_town_told_before():
    text = ("Grad rockets hit a market in Toretsk on Tuesday, killing two people, the mayor said.\n\nThe defence "
            "ministry said Russian shelling had killed several civilians elsewhere in the Donetsk region over the "
            "previous day.")
    events = events_of(text, published="2023-05-10")
    elsewhere = [e for e in events if "elsewhere" in e["evidence"]["text"]]
    assert elsewhere and elsewhere[0]["location"]["name"] != "Toretsk"


def test_an_attack_named_after_after_does_not_date_the_news():
    text = ("The army said late Tuesday that it had carried out a strike on a militia target in central Baghdad. It "
            "was the second time in a week that the military had struck inside the city, after an attack on a "
            "warehouse in the Karrada area on June 3.")
    events = events_of(text, published="2025-06-11")
    assert [e["date"]["start"] for e in events if e["modality"] != "historical"] == ["2025-06-10"]


def test_a_day_owning_what_people_gathered_for_dates_the_strike():
    text = ("The number of people killed in a drone strike on a mosque in Kadugli has risen to at least 40, "
            "officials said.\n\nThe drone struck the mosque as worshippers gathered for Friday's dawn prayer.")
    events = events_of(text, published="2025-09-20")
    strikes = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and strikes[0]["date"]["start"] == "2025-09-19"


def test_a_day_of_future_talk_does_not_date_a_strike():
    text = ("A Russian drone hit a bus station in Kherson on Saturday, killing one man, officials said.\n\nThe attack "
            "came a day after the U.S. president said he would meet his Russian counterpart in Geneva on June 16.")
    events = events_of(text, published="2025-06-07")
    strikes = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and {e["date"]["start"] for e in strikes} == {"2025-06-07"}


def test_a_barrage_across_the_country_is_placed_where_it_killed():
    text = ("KYIV, Jan 2 (Reuters) - Russia fired more than 60 missiles at Ukraine on Tuesday in one of the largest "
            "attacks of the winter, knocking out power in Kyiv, Lviv and other cities and killing four people when a "
            "missile hit a block of flats in the southern city of Zaporizhzhia, officials said.")
    events = events_of(text, published="2024-01-02")
    strikes = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and strikes[0]["location"]["name"] in {"Zaporizhzhya", "Zaporizhzhia"}


def test_a_story_filed_from_a_town_it_names_again_is_placed_there_not_at_its_country():
    text = ("Minsk (AFP) - Police in Belarus detained more than 100 people who gathered on Sunday to protest against "
            "the war in Ukraine, rights groups said, as voters went to the polls in a referendum on the "
            "constitution.\n\nProtesters gathered in the centre of Minsk and outside the Ukrainian embassy.")
    events = events_of(text, published="2022-02-28")
    protests = [e for e in events if e["event_type"] == "Protests"]
    assert protests and protests[0]["location"]["name"] == "Minsk"


def test_where_a_victim_was_born_or_is_mourned_is_not_where_they_were_killed():
    events = events_of(
        "Colleagues of Pierre Zakrzewski gathered at the network's bureau in Lviv on Wednesday to remember the "
        "cameraman, who was killed by shelling in eastern Ukraine two days earlier. He had been filming near "
        "Kramatorsk.", published="2022-03-16")
    killing = [e for e in events if (e["date"] or {}).get("start") == "2022-03-14"]
    assert killing and {e["location"]["name"] for e in killing} == {"Kramatorsk"}
    events = events_of(
        "Zakrzewski, who was born in Dublin in 1967 and lived in London, died on Monday in Kramatorsk, when "
        "Russian troops opened fire on his car.", published="2022-03-16")
    assert {e["location"]["name"] for e in events} == {"Kramatorsk"}


def test_a_city_whose_name_holds_its_countrys_stays_itself():
    events = events_of(
        "MEXICO CITY, Nov 15 (Reuters) - Young protesters clashed with riot police outside Mexico's National "
        "Palace on Saturday.\n\nThe marchers carried pictures of the mayor of Uruapan, who was shot dead earlier "
        "this month.", published="2025-11-15")
    clash = [e for e in events if e["date"] and e["date"]["start"] == "2025-11-15"]
    assert clash and clash[0]["location"]["name"] == "Mexico City"


def test_a_strike_told_aside_is_neither_the_news_nor_its_place():
    events = events_of(
        "HAIFA, Israel, June 15 (Reuters) - An Iranian missile hit an oil refinery in northern Israel on Sunday, "
        "killing three workers, while other missiles struck the Tel Aviv area, officials said.",
        published="2025-06-15")
    refinery = [e for e in events if e["fatalities"] and e["fatalities"]["min"] == 3]
    assert refinery and refinery[0]["location"]["name"] == "Haifa"


def test_a_day_on_the_main_clause_does_not_date_the_deaths_told_aside():
    events = events_of(
        "SDEROT, Israel (AP) — A shaky truce between Israel and Hamas held Monday as families in the border town "
        "of Sderot prepared to bury three people killed by a rocket in the last hours of the 11-day war. The "
        "rocket hit a house early Saturday, tearing off its roof.", published="2023-05-15")
    deaths = [e for e in events if e["fatalities"] and e["fatalities"]["min"] == 3]
    assert deaths and deaths[0]["date"]["start"] == "2023-05-13"


def test_a_day_someone_admitted_a_withdrawal_is_the_admission_s():
    events = events_of("Russian war bloggers admitted on Friday that their troops had pulled out of Robotyne, which "
                       "Ukraine said it had retaken two days earlier.", published="2023-09-01")
    assert {e["date"]["start"] for e in events if e["date"]} == {"2023-08-30"}


def test_a_tally_across_the_country_is_a_barrages_toll_but_not_one_strikes():
    events = events_of(
        "A Russian missile hit a barracks near Bilhorod-Dnistrovskyi on Thursday, killing 12 soldiers, regional "
        "officials said.\n\nAn adviser to the president said about 60 soldiers and civilians had been killed across "
        "the country by evening.", published="2022-02-24")
    strike = [e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert strike and strike[0]["fatalities"]["min"] == 12
    barrage = events_of(
        "KYIV, Oct 10 (Reuters) - Russia struck Kyiv and other Ukrainian cities with missiles on Monday, killing at "
        "least 11 people, officials said.\n\nBy the evening the number of dead across the country had risen to 19, "
        "the emergency service said.", published="2022-10-10")
    strikes = [e for e in barrage if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert strikes and strikes[0]["fatalities"]["max"] == 19


def test_the_day_a_victim_was_named_does_not_date_the_strike_that_killed_him():
    events = events_of(
        "KHAN YOUNIS, Gaza Strip (AP) — Neighbours on Thursday named a 23-year-old nurse as one of those killed "
        "when an Israeli strike hit a family home near the European Hospital.\n\nThe nurse and his two brothers "
        "were among five people killed late Tuesday in the strike, hospital officials said.",
        published="2024-08-22")
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["date"]["start"] == "2024-08-20"


def test_the_dead_of_an_earthquake_are_not_a_strikes_toll():
    events = events_of(
        "A military jet bombed a monastery in Lin Lu village in Sagaing Region on Friday, killing at least 11 "
        "people, residents said. The strike came despite a truce the junta announced after the March earthquake, "
        "which killed more than 3,000 people.", published="2025-05-03")
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["fatalities"]["min"] == 11


def test_a_countrywide_toll_stays_the_barrages_where_a_later_sentence_names_a_town():
    # the latest toll of a barrage told over the country is the event's toll even once a later sentence sets one of
    # its strikes in a town; the report tells it as the country's (report.tells_country_wide)
    text = ("The number of people killed in Russia's overnight drone and missile attack across Ukraine on Thursday "
            "has risen to 17, regional officials said.\n\nIn Dnipro, a drone slammed into a nine-storey apartment "
            "block and set its upper floors on fire.")
    strikes = [e for e in events_of(text, published="2023-03-10") if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and strikes[0]["location"]["name"] == "Dnipro"
    assert strikes[0]["fatalities"] == {"min": 17, "max": 17, "text": "17"}


def test_a_barrage_toll_told_later_nationwide_is_not_the_villages():
    events = events_of(
        "ZAPORIZHZHIA, Ukraine, Dec 13 (Reuters) - A Russian glide bomb hit a house in the village of Balabyne "
        "on Friday, killing three people, regional governor Ivan Fedorov said.\n\nThe attacks came as Russia "
        "launched about 90 missiles and 200 drones at Ukraine's energy system, killing at least nine people "
        "nationwide, officials said.", published="2024-12-13")
    bombs = [e for e in events if e["location"] and e["location"]["name"] == "Balabyne"]
    assert bombs and bombs[0]["fatalities"]["min"] == 3


def test_a_tally_placed_on_its_last_conjunct_is_not_the_villages_toll():
    events = events_of(
        "A woman was killed when Russian artillery shelled the village of Bilozerka on Sunday morning, the "
        "regional governor said.\n\nOver the weekend, Russian troops launched dozens of attacks on the region. "
        "Three people died and nine were wounded across the region, the governor said.", published="2023-03-05")
    shelling = [e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0]["fatalities"]["min"] == 1


def test_a_bombing_told_next_as_a_suicide_bombing_is_one_event_with_its_toll():
    events = events_of(
        "Nigeria: Blast at market mosque kills nine\n\nA bomb attack on worshippers at a market mosque has killed "
        "at least nine people in northern Nigeria, police say.\n\nA suicide bomber set off explosives inside the "
        "mosque in Maiduguri on Friday, a police spokesman said.\n\nOn Wednesday a car packed with explosives was "
        "driven into a police checkpoint in the city, killing an officer.", published="2023-06-09")
    told_nine = [e for e in events if (e["fatalities"] or {}).get("min") == 9]
    assert told_nine and all(e["sub_event_type"] == "Suicide bomb" and e["date"]["start"] == "2023-06-09"
                             for e in told_nine), events


def test_a_day_told_before_dawn_in_the_next_sentence_dates_the_attack_not_the_statement():
    events = events_of(
        "LAGOS, March 9 (Reuters) - Gunmen killed more than 40 people in an attack on a farming village in "
        "northwest Nigeria's Zamfara state, police said on Thursday.\n\nThe attack happened before dawn on "
        "Wednesday in a village near Gusau, police said, adding that residents had been shot and stabbed in their "
        "homes and that houses had been set on fire. They had earlier given a toll of at least 12.",
        published="2023-03-09")
    attacks = by_type(events, "Attack")
    assert attacks and attacks[0]["date"]["start"] == "2023-03-08", events


def test_the_bombing_told_after_a_suicide_bombing_is_that_suicide_bombing_with_its_toll():
    events = events_of(
        "MOGADISHU, Somalia (AP) — Somalia's interior minister said Saturday that a suicide bomber carried out "
        "Friday's attack on a mosque in Baidoa, and named him as a 20-year-old man.\n\nThe bombing during Friday "
        "prayers killed 14 people, according to the regional health ministry. Officials had first said the "
        "explosion was caused by a bomb hidden inside the mosque.\n\nFriday's bombing came a day after a roadside "
        "bomb near a police checkpoint outside the city killed four officers.", published="2023-05-13")
    suicide = by_type(events, "Suicide bomb")
    assert suicide and (suicide[0]["fatalities"] or {}).get("min") == 14, events


@pytest.mark.parametrize("count_sentence", [
    "A rebel commander said three of his fighters were killed at the airport.",
    "A rebel spokesman said four of their men were killed at the airport.",
])
def test_dead_counted_at_a_retaken_place_are_the_retakings_not_the_fightings(count_sentence):
    events = events_of(
        "Government troops took back the airport outside the city of Kramatorsk on Tuesday, the defence ministry "
        "said.\n\nSoldiers traded fire with the gunmen for two hours before the rebels fled, the ministry said."
        f"\n\n{count_sentence}", published="2014-04-16")
    retaken = by_type(events, "Government regains territory")
    assert retaken and retaken[0]["fatalities"] is not None, events
    assert all(e["fatalities"] is None for e in by_type(events, "Armed clash"))


def test_a_regions_day_total_is_not_the_toll_of_one_villages_shelling():
    events = events_of(
        "Russian shelling kills three in Bilozerka, seven dead across Kherson region in a day\n\n"
        "Three residents of Bilozerka were killed on Monday when Russian shells hit a bakery, the regional "
        "governor said.\n\nIn total, seven people were killed and 12 injured in the Kherson region over the past "
        "day, he said.", published="2023-03-06")
    shelling = [e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0]["fatalities"]["min"] == 3


def test_a_count_in_the_region_after_a_sentence_opening_a_days_tally_is_not_the_strikes():
    events = events_of(
        "Russian drone kills farmer near Tyahynka\n\nA Russian drone dropped a grenade on a tractor near the village "
        "of Tyahynka on Monday, killing the 61-year-old farmer, the regional governor said.\n\n\"In the morning, "
        "the enemy attacked a tractor with a drone. The man died on the spot,\" the governor wrote on Telegram."
        "\n\nIn total, Russian troops carried out 64 attacks on the Kherson region over the past day, using "
        "artillery, drones and aircraft. Three people were killed and nine wounded in the region, the "
        "administration said.", published="2023-10-10")
    strikes = by_type(events, "Air/drone strike")
    assert strikes and all(q["min"] == 1 for e in strikes for q in e["quantities"]), strikes


def test_a_days_tally_in_a_war_zone_is_not_the_toll_of_one_towns_shelling():
    events = events_of(
        "Two killed as rockets strike Avdiivka\n\nTwo pensioners were killed on Sunday when rockets struck a "
        "street in Avdiivka, the town's military administration said.\n\nOver the past day, four soldiers were "
        "killed and 11 wounded in the conflict zone, a military spokesman told reporters.", published="2015-02-02")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["fatalities"]["min"] == 2, shelling


def test_cluster_munitions_raining_on_a_market_is_shelling():
    events = events_of("Russian cluster munitions rained on the central market of Kramatorsk on Tuesday, setting "
                       "stalls on fire, the governor said.", published="2022-08-02")
    assert any(e["sub_event_type"] == "Shelling/artillery/missile attack" and e["trigger"]["text"] == "rained"
               for e in events)


def test_an_assault_troops_regroup_for_is_not_yet_an_event():
    events = events_of(
        "SLOVIANSK, Ukraine (AP) — The mayor on Thursday told residents to go west, saying leaving was the only way "
        "to stay alive as Russian troops regroup for an assault on the towns still held by Ukraine.\n\nRussian "
        "rockets hit a market in Sloviansk a day earlier, killing three people.", published="2022-07-07")
    assaults = [e for e in events if e["trigger"]["text"] == "assault"]
    assert assaults and all(e["modality"] == "future" for e in assaults)


def test_a_separate_incident_told_later_is_not_the_leads_event():
    events = events_of(
        "PESHAWAR: Three policemen were martyred when militants attacked a checkpoint in the early hours of "
        "Monday, officials said. Two attackers were killed in the exchange of fire.\n\nIn a separate incident in "
        "the Tank area of Dera Ismail Khan district, two soldiers were martyred in an exchange of fire with "
        "militants, the ISPR said.", published="2023-08-07")
    lead = [e for e in events if e["trigger"]["text"] == "attacked"]
    assert lead and (lead[0]["location"] or {}).get("name") not in {"Tank", "Dera Ismail Khan"}


def test_an_attack_a_day_before_the_leads_day_is_dated_the_day_before():
    events = events_of(
        "Mykolaiv (Ukraine) (AFP) - Shopkeepers in central Mykolaiv were boarding up shattered windows on Sunday, "
        "a day after a barrage of Russian missiles killed six people in the port city.", published="2022-07-31")
    barrage = [e for e in events if e["trigger"]["text"] == "barrage"]
    assert barrage and barrage[0]["date"]["start"] == "2022-07-30"
    events = events_of(
        "KRAMATORSK, Ukraine (AP) — The governor on Thursday urged families with children to leave the city.\n\n"
        "He spoke two days after Russian rockets rained on a bus station in Kramatorsk, killing four people.",
        published="2022-08-04")
    rockets = [e for e in events if e["trigger"]["text"] == "rained"]
    assert rockets and rockets[0]["date"]["start"] == "2022-08-02"


def test_an_event_is_as_sure_as_its_surest_mention():
    # the title's two halves are both the title, so its terse event is the lead's; that one event is as sure as
    # the lead that tells it in full, and more than a later strike elsewhere
    events = events_of(
        "Glide bomb attack on Tsyrkuny: death toll rises to two\n\n"
        "Russian forces dropped two guided aerial bombs on the village of Tsyrkuny in the Derhachi hromada on the "
        "afternoon of June 13, killing a 70-year-old woman, Governor Oleh Syniehubov said.\n\n"
        "In the evening the governor said a man pulled from the rubble had died in hospital, bringing the number "
        "of dead to two.\n\n"
        "Also on Thursday, a Russian drone struck a car in the village of Kurylivka in the Kupiansk district, "
        "killing a 58-year-old man, Syniehubov said.", published="2024-06-13")
    lead = [e for e in events if e["location"] and e["location"]["name"] == "Tsyrkuny"]
    later = next(e for e in events if e["location"] and e["location"]["name"] == "Kurylivka")
    assert len(lead) == 1 and lead[0]["confidence"] > later["confidence"]


def test_the_killers_own_count_gives_way_to_the_count_of_the_dead():
    events = events_of(
        "NIAMEY, March 5 (Reuters) - Seventeen soldiers were killed when militants attacked an army post near the "
        "border with Mali on Tuesday, Niger's defence ministry said.\n\nThe Islamic State group claimed the attack, "
        "saying it had killed 40 soldiers.", published="2024-03-05")
    attack = [e for e in events if e["fatalities"]]
    assert attack and attack[0]["fatalities"]["min"] == 17


def test_an_event_of_last_month_told_below_the_lead_is_background():
    events = events_of(
        "A Haitian police helicopter was struck by gunfire on Thursday over Port-au-Prince, police said.\n\n"
        "Gangs control most of the capital. Last month, gang members killed at least 40 people in an attack on the "
        "town of Mirebalais.", published="2024-11-14")
    earlier = [e for e in events if e["fatalities"] and e["fatalities"]["min"] == 40]
    assert earlier and earlier[0]["modality"] == "historical"


def test_a_bureau_abroad_gives_way_to_the_region_the_report_puts_the_event_in():
    text = ("LONDON, March 3 (Reuters) - A gunman shot dead four people and wounded six at a Russian army "
            "recruitment office near the border on Friday, Russian investigators said.\n\n"
            "The shooting in the Kursk region came as Moscow steps up a call-up drive. There was no comment from "
            "Kyiv.")
    events = events_of(text, published="2023-03-03")
    assert events and events[0]["location"]["name"] == "Kursk"
    assert events[0]["location"]["country_code"] == "RU"


def test_a_regions_day_total_told_after_a_comma_is_not_one_villages_toll():
    events = events_of(
        "A Russian drone hit a car in the village of Kivsharivka in the Kharkiv region on Monday evening, killing "
        "a 47-year-old man, the regional governor said.\n\nIn all, Russian attacks hit 11 towns and villages "
        "in the region over the past day, killing three people, he said.", published="2024-06-17")
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["fatalities"]["min"] == 1


def test_a_day_told_by_the_service_it_struck_dates_the_attack():
    text = ("KANO, Nigeria, March 16 (Reuters) - The death toll from a suicide bombing at a mosque in Kano rose to 31 "
            "on Saturday, the state health ministry said, as families buried their dead.\n\nThe attacker opened fire "
            "on worshippers at the Central Mosque during Friday evening prayers and then blew himself up, according "
            "to police, who blamed Boko Haram. The ministry had put the toll at 19 late on Friday.")
    events = events_of(text, published="2024-03-16")
    assert events and events[0]["date"]["start"] == "2024-03-15"


def test_a_toll_update_takes_the_day_armed_men_burst_in():
    text = ("Mopti (AFP) - The number killed in the jihadist raid on a restaurant in central Mali climbed to 14 on "
            "Sunday, officials said, up from nine.\n\nSurvivors said the kitchen staff hid in a storeroom for hours. "
            "Gunmen had burst into the restaurant in Mopti shortly after 8 pm on Saturday.")
    events = events_of(text, published="2024-03-17")
    assert events and events[0]["date"]["start"] == "2024-03-16"


def test_a_day_that_only_times_a_continued_quarrel_does_not_date_the_strike():
    text = ("KYIV, March 10 (Reuters) - Moscow and Kyiv on Sunday continued to blame each other for a strike on a "
            "hospital in Oleshky that killed three patients.\n\nRussia's defence ministry said Ukrainian artillery "
            "shelled the hospital on Saturday.")
    events = events_of(text, published="2024-03-10")
    assert events and events[0]["date"]["start"] == "2024-03-09"


def test_the_day_of_what_an_attack_followed_is_not_its_own():
    text = ("More than 90 Palestinians have been killed in an Israeli attack on a school in western Gaza City where "
            "displaced families were sheltering, according to the Government Media Office in Gaza.\n\n"
            "The al-Huda school, in the Rimal area, was struck during the dawn prayer early on Saturday. Witnesses "
            "said at least two munitions hit the building.\n\n"
            "Hamas called the attack a massacre, while Israel said it had targeted a Hamas command centre.\n\n"
            "The attack followed Israeli strikes on two other schools in Gaza City on Thursday that killed at least "
            "15 people, Palestinian officials said.")
    events = events_of(text, published="2024-08-10")
    assert events and events[0]["date"]["start"] == "2024-08-10"


def test_the_day_the_bodies_were_found_is_not_the_day_of_the_ambush():
    events = events_of(
        "The bodies of nine border guards who disappeared after a firefight with smugglers near Tessalit were "
        "found on Thursday, the army said.\n\n"
        "The patrol was ambushed on Tuesday evening as it returned to its base, a local official said.",
        published="2021-06-11")
    clashes = by_type(events, "Armed clash")
    assert clashes and all(e["date"]["start"] == "2021-06-08" for e in clashes), clashes


def test_deaths_from_hunger_are_not_the_strikes_toll():
    events = events_of(
        "An air strike on a school sheltering displaced families in Deir el-Balah killed at least six people, "
        "medics said on Tuesday.\n\n"
        "Separately, the health ministry said at least 11 people had died of starvation over the past day.",
        published="2025-07-29")
    strike = by_type(events, "Air/drone strike")[0]
    assert strike["fatalities"]["min"] == 6, strike["fatalities"]


def test_the_day_of_a_funeral_is_not_the_day_of_the_killing():
    text = ("Funerals began in Kramatorsk on Tuesday for those killed on 8 April, when clashes in the main square "
            "and the fire in the bus station claimed 12 lives, according to the health ministry.\n\nThe mayor said "
            "the station would reopen next month.")
    events = events_of(text, published="2023-04-11")
    assert events and events[0]["date"]["start"] == "2023-04-08"


def test_a_day_of_mourning_dates_the_mourning_and_a_told_gap_dates_the_attack():
    text = ("Moldova held a day of mourning on March 9 for the six villagers killed when a shell slammed into a "
            "minibus at a checkpoint near the village of Larga in the Briceni district, three days earlier.\n\n"
            "The president laid flowers at the farm.")
    events = events_of(text, published="2023-03-09")
    strike = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert strike and strike[0]["date"]["start"] == "2023-03-06"


def test_a_day_given_to_a_manhunt_does_not_date_the_attack():
    text = ("Police in Lyon hunted on Saturday for a gunman who opened fire on a bar in the city centre, killing "
            "four people.\n\nThe suspect fled on a motorbike.")
    events = events_of(text, published="2023-06-10")
    attack = [e for e in events if e["event_type"] == "Violence against civilians"]
    assert attack and (attack[0]["date"] or {}).get("text") != "Saturday"


def test_a_day_owned_by_a_compound_attack_noun_dates_that_attack():
    text = ("The rebel group on Tuesday claimed responsibility for Saturday's truck bomb attack on an army base in "
            "Mopti that killed 14 soldiers.")
    events = events_of(text, published="2023-05-16")
    bomb = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert bomb and bomb[0]["date"]["start"] == "2023-05-13"


def test_days_counted_back_from_a_news_told_in_the_present_perfect():
    text = ("Peru's defence minister has stepped down, three days after an ambush on an army patrol in the VRAEM "
            "valley killed seven soldiers.")
    events = events_of(text, published="2023-05-20")
    violent = [e for e in events if e["event_type"] in {"Battles", "Violence against civilians",
                                                        "Explosions/Remote violence"}]
    assert violent and violent[0]["date"]["start"] == "2023-05-17"


def test_the_ends_of_a_journey_are_not_where_the_vehicle_was_hit():
    text = ("DNIPRO, March 3 (Reuters) - Eight civilians were killed on Monday when a missile struck a minibus in "
            "the east of the country, officials said.\n\nThe minibus, travelling from Kurakhove to Pokrovsk, was hit "
            "near the town of Selydove, the regional governor said.")
    strikes = by_type(events_of(text, published="2025-03-03"), "Shelling/artillery/missile attack")
    assert strikes and all(s["location"]["name"] == "Selydove" for s in strikes)


def test_a_day_owning_the_violence_in_a_toll_update_lead_dates_the_violence():
    text = ("The death toll from Sunday's violence in the northern city of Kano has risen to 17, officials say.\n\n"
            "Most of the victims died after clashes between rival crowds in the old city market.")
    riot = by_type(events_of(text, published="2024-06-10"), "Violent demonstration")[0]
    assert riot["date"]["start"] == "2024-06-09"


def test_a_week_dated_attack_takes_the_day_a_later_sentence_gives_the_assault():
    text = ("ACCRA (AP) - A court on Friday let police hold four suspects over this week's attack by gunmen on a "
            "shopping centre that killed nine people.\n\nThe suspects appeared before a judge. Their lawyers asked "
            "for bail. Police said they were still looking for a driver.\n\nThe assault on the shopping centre began "
            "on Tuesday evening and ended the next morning.")
    attack = by_type(events_of(text, published="2024-03-15"), "Attack")[0]
    assert attack["date"]["start"] == "2024-03-12" and attack["date"]["precision"] == "day"


def test_the_day_a_speakers_report_came_out_does_not_date_an_attack_of_this_week():
    text = ("UN investigators say the shells that killed four traders at a market in a town in Sudan's North Darfur "
            "state earlier this week were fired from the north, where the paramilitary forces hold positions.\n\n"
            "In a report published on March 14, the UN mission said its team reached the market of Tawila the next "
            "morning and counted six craters.")
    shelling = by_type(events_of(text, published="2024-03-15"), "Shelling/artillery/missile attack")[0]
    assert shelling["date"]["precision"] == "week"


def test_the_other_sides_count_of_fighters_killed_is_not_the_attacks_toll():
    events = events_of(
        "BAMAKO, June 2 (Reuters) - Jihadists attacked an army outpost in central Mali on Thursday, killing at "
        "least nine soldiers, a local official said.\n\nThe army said in a statement that more than 60 militants "
        "had been killed as troops repelled the assault, and the group said its fighters had killed 45 soldiers.",
        published="2023-06-02")
    tolls = [e["fatalities"]["min"] for e in events if e["fatalities"]]
    assert tolls and tolls[0] == 9


def test_a_scene_the_gazetteer_lacks_does_not_keep_the_lead_apart_from_its_region():
    # "Zorbokoro" is an invented village: the lead is placed only by its country, so the next sentence's attack
    # in a region of that country is the same attack and the revised toll stays with it
    events = events_of(
        "Niamey (AFP) - The toll from Tuesday's assault on an army base in Zorbokoro, in western Niger, has risen "
        "to 41 soldiers, security sources said on Thursday.\n\nThe ministry had said on Wednesday that 17 soldiers "
        "died when gunmen on motorbikes attacked the base in the Tillaberi region.", published="2021-03-18")
    clashes = [e for e in events if e["fatalities"]]
    assert len(clashes) == 1 and clashes[0]["fatalities"]["min"] == 41


def test_a_report_naming_no_town_for_its_lead_is_not_placed_in_a_listed_town():
    events = events_of("Riot police broke up a sit-in outside parliament overnight, using tear gas and batons. "
                       "Smaller rallies were held the same night in Mombasa, Kisumu and Nakuru.",
                       published="2024-06-26")
    lead = [e for e in events if e["sub_event_type"] != "Peaceful protest"][0]
    assert (lead["location"] or {}).get("name") not in {"Mombasa", "Kisumu", "Nakuru"}


def test_a_day_the_sentence_opens_with_dates_a_clause_the_parser_hung_lower():
    events = events_of("A court ordered the man held for two months. On Tuesday evening a gunman walked into a "
                       "canteen where reservists were gathered and shot a recruiting officer.",
                       published="2022-11-17")
    shooting = [e for e in events if e["event_type"] in {"Violence against civilians", "Battles"}]
    assert shooting and all(e["date"]["start"] == "2022-11-15" for e in shooting)


def test_a_strike_on_an_unnamed_village_of_a_region_takes_the_village_the_report_names_later():
    # the lead says only "a village in the Kherson region"; the next paragraph names it without a locative
    text = ("Russian artillery shelled a village in the Kherson region on Saturday, killing an elderly couple, "
            "regional officials said.\n\n"
            "Bilozerka's only school lost its roof and windows, and two houses burned down, the regional "
            "administration added.")
    shelling = by_type(events_of(text, published="2023-06-18"), "Shelling/artillery/missile attack")[0]
    assert shelling["location"]["name"] == "Bilozerka"


def test_an_unnamed_village_is_not_the_town_it_is_measured_from():
    text = ("Russian artillery shelled a village in the Kherson region on Saturday, killing an elderly couple, "
            "regional officials said.\n\n"
            "The village lies some 25 km (15 miles) from Bilozerka, by the Dnipro river.")
    shelling = by_type(events_of(text, published="2023-06-18"), "Shelling/artillery/missile attack")[0]
    assert shelling["location"]["name"] != "Bilozerka"


def test_a_country_whose_strikes_they_are_is_not_their_scene():
    text = "U.S. air strikes on Somalia's southern coast killed 13 militants, the Somali government said on Tuesday."
    strike = by_type(events_of(text, published="2024-03-05"), "Air/drone strike")[0]
    assert strike["location"]["name"] == "Somalia"


def test_a_capital_acting_as_its_government_is_no_narrower_scene():
    text = ("Drone strikes in Iraq killed four militia fighters on Monday, the deadliest raid since Baghdad began "
            "a crackdown on the groups last year.")
    strike = by_type(events_of(text, published="2024-02-06"), "Air/drone strike")[0]
    assert strike["location"]["name"] == "Iraq"


def test_a_participle_dating_the_strikes_named_again_dates_them():
    text = ("Missile strikes on a river port in Ukraine killed two dock workers and wounded five, the regional "
            "governor said on Wednesday.\n\nA military spokesman said the strikes, carried out on Tuesday, were "
            "designed to cut off a source of weapons for the militants.")
    strike = by_type(events_of(text, published="2023-08-16"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["start"] == "2023-08-15"


def test_a_month_after_since_and_its_verb_is_not_the_event_date_where_the_parse_makes_that_verb_the_root():
    # The parse reads "since the rebellion in the north" as a phrase and "began" as the sentence's main verb;
    # "January" still dates the rebellion, not the downing of the helicopter.
    text = ("Insurgents shot down an army helicopter as it came in to land at Kidal airfield in the early hours of "
            "Tuesday, killing all seven crew on board, the ministry said, the heaviest single loss for Mali's "
            "forces since the rebellion in the north began in January.")
    downing = by_type(events_of(text, published="2021-06-09"), "Armed clash")[0]  # its crew killed: a fight
    assert downing["date"]["start"] == "2021-06-08" and downing["date"]["precision"] == "day"


def test_a_count_belongs_to_the_nearest_event_above_it_in_the_tree():
    # "killing nine" hangs from "opened fire"; the attack named under "police said" is further up the tree
    text = ("Armed men opened fire on a bus near Quetta on Thursday, killing nine passengers, police said, in an "
            "attack claimed by a separatist group.")
    events = events_of(text, published="2024-03-08")
    shooting = [e for e in events if e["trigger"]["text"] == "opened fire"]
    assert shooting, events
    assert shooting[0]["fatalities"] and shooting[0]["fatalities"]["min"] == 9, events


def test_a_day_between_said_and_the_reported_clause_is_the_speakers():
    # the parse hangs "on Thursday" on "seized" although it stands after "said"; the town fell on Wednesday
    text = ("The rebel alliance said on Thursday it had seized Kalemie district's main army camp on Wednesday "
            "after three days of fighting with government troops.")
    events = events_of(text, published="2025-03-14")
    capture = [e for e in events if e["trigger"]["text"].startswith("seized")]
    assert capture and capture[0]["date"]["start"] == "2025-03-12", events


def test_a_speakers_day_leaves_a_captured_town_to_the_day_the_next_sentence_gives():
    # "on Tuesday" is the day the rebels spoke, though the parse hangs it on "had overrun"
    text = ("A rebel coalition in Sudan said on Tuesday it had overrun the army garrison in the river town of "
            "Kosti after a long siege.\n\nThe coalition said in a statement that its units had seized the "
            "garrison on Monday following days of fighting around the town.")
    events = events_of(text, published="2025-06-10")
    overrun = [e for e in events if e["trigger"]["text"] == "overrun"]
    assert overrun and overrun[0]["date"]["start"] == "2025-06-09", events


def test_a_day_owning_another_kind_of_noun_in_the_next_sentence_does_not_date_the_event():
    # "Monday's announcement" dates the announcement; the liberation is of the lead's day
    text = ("Ukrainian troops pushed into several villages east of Kupiansk on Tuesday as Russian units fell back "
            "towards the Oskil river.\n\nResidents of Kivsharivka cheered as soldiers raised the national flag. The "
            "regional governor said 14 settlements had been liberated in the Kharkiv region. Monday's announcement "
            "by the Russian command that its troops would regroup was greeted with derision in Kyiv.")
    events = events_of(text, published="2022-10-04")
    liberated = [e for e in events if e["trigger"]["text"] == "liberated"]
    assert liberated and liberated[0]["date"]["start"] == "2022-10-04", events


def test_a_day_the_next_sentence_gives_the_killing_dates_it_before_the_speakers_day():
    # the lead gives only the day the diocese spoke; the next sentence tells the day the men were killed
    text = ("Gunmen shot dead a priest and a parish worker outside a chapel in a hill town in the southern Mexican "
            "state of Guerrero, the diocese said on Friday.\n\nThe diocese said the two men were killed on "
            "Wednesday evening as they locked the chapel after mass.")
    events = events_of(text, published="2023-05-12")
    shooting = [e for e in events if e["event_type"] == "Violence against civilians"]
    assert shooting and shooting[0]["date"]["start"] == "2023-05-10", events


def _lead_kinds(text: str) -> list[tuple[str, str]]:
    extraction = extract_text(text, published="2024-03-03", doc_id="lead")
    return [(event.event_type, event.modality) for event in extraction.events]


def test_arrests_after_a_bombing_put_the_bombing_first():
    text = ("LAGOS, March 3 - Nigerian police said on Sunday they had arrested six men suspected of planting the bomb "
            "that killed nine traders at a market in Kano on Saturday.\n\nThe explosion tore through the crowded "
            "market on Saturday afternoon, witnesses said.")
    kinds = _lead_kinds(text)
    assert kinds[0][0] == "Explosions/Remote violence" and kinds[0][1] not in ("historical", "future")
    assert ("Strategic developments", "reported") in kinds


def test_curfew_after_a_bombing_put_the_bombing_first():
    kinds = _lead_kinds("A curfew was imposed in Kano on Sunday after Saturday's bombing of a crowded market killed "
                        "nine traders.")
    assert [kind for kind, _ in kinds] == ["Explosions/Remote violence", "Strategic developments"]


def test_curfew_extended_after_police_fired_on_protesters_puts_the_shooting_first():
    # force used on a crowd is the news the curfew answers, not the curfew
    kinds = _lead_kinds("Officials in the district on Sunday extended the curfew in the market town for two more days, "
                        "a day after a 19-year-old student was killed when police fired on protesters there.")
    assert [kind for kind, _ in kinds][:2] == ["Protests", "Strategic developments"]


def test_weapons_seized_in_a_sweep_after_a_gunfight_put_the_gunfight_first():
    # arms found and taken by police answer the violence the sentence tells, as arrests do
    text = ("Police said on Sunday they had seized hunting rifles and ammunition in a search of farms near the lake, "
            "launched after two herders were shot dead in a gunfight between rival clans on Thursday.")
    kinds = [event.sub_event_type for event in extract_text(text, published="2024-03-03", doc_id="raid").events]
    assert kinds[0] in {"Armed clash", "Attack"} and "Disrupted weapons use" in kinds


def test_drones_shot_down_after_an_earlier_strike_keep_the_lead():
    # a blow stopped is no aftermath: the interception is the news, not the strike a day before
    text = ("Air defences shot down 14 drones over the region on Sunday, a day after a missile strike killed three "
            "people in a village near the border.")
    kinds = [event.sub_event_type for event in extract_text(text, published="2024-03-03", doc_id="drones").events]
    assert kinds[0] == "Disrupted weapons use"


ROUNDUP = ("- Gulf ministers are due to meet in Riyadh next week to discuss aid for the north.\n\n"
           "- Government troops were pushing toward Saraqib after seizing a string of hamlets to its east, a "
           "monitoring group said. Idlib remains under heavy shelling.\n\n"
           "- A drone slammed into a fuel depot in Qamishli on Wednesday evening and set it ablaze, local officials "
           "said. No one was hurt.\n\n"
           "- Talks on a prisoner swap stalled in Geneva.")


def test_a_roundup_puts_its_first_story_told_as_one_happening_first():
    # no bullet is a lead: the drone told with its day and town is the news, not shelling that "remains"
    first = extract_text(ROUNDUP, published="2023-03-09", doc_id="roundup").events[0]
    assert first.sub_event_type == "Air/drone strike" and first.location["name"] == "Al Qāmishlī"


def test_without_bullets_the_first_story_stays_the_lead():
    first = extract_text(ROUNDUP.replace("- ", ""), published="2023-03-09", doc_id="prose").events[0]
    assert first.sub_event_type == "Shelling/artillery/missile attack"


def test_a_dated_happening_goes_before_a_practice_told_as_going_on():
    # "we are arresting people" tells what goes on, with no day: the soldiers' arrival on Wednesday is the news
    text = ("DONETSK, March 9 - The police chief of the breakaway region said on Thursday he was still at his desk "
            "despite an order removing him, and that the soldiers who showed up outside the parliament on Wednesday "
            "were there to guard it.\n\n\"Nobody is seizing power. We are arresting people who have been spying for "
            "Kyiv,\" he told journalists.\n\nSoldiers arrived in the city centre on Wednesday evening and stayed "
            "near the government offices.")
    kinds = [event.sub_event_type for event in extract_text(text, published="2023-03-09", doc_id="p").events]
    assert kinds == ["Change to group/activity", "Arrests"]


def test_a_grenade_thrown_at_a_rally_leads_before_the_riot():
    # one happening told as a riot and as the blast that made it deadly: the blast is what other outlets lead with
    kinds = _lead_kinds("A policeman died in Tbilisi on Tuesday when a rioter threw a grenade into a police line "
                        "during a rally against the new tax law.")
    assert [kind for kind, _ in kinds][:2] == ["Explosions/Remote violence", "Riots"]


def test_violence_after_the_lead_does_not_take_its_place():
    # the clash came the day after the arrests: the arrests stay the report's lead
    text = ("Police arrested a senior militia commander in Kano on Friday.\n\nGunmen attacked a police post in the "
            "city on Saturday, killing two officers.")
    extraction = extract_text(text, published="2024-03-03", doc_id="later")
    kinds = [event.sub_event_type for event in extraction.events]
    assert kinds and kinds[0] == "Arrests"


def test_a_sentence_mate_dated_as_a_point_of_comparison_gives_no_day():
    # "since a truce was signed ... on 12 March" dates the truce, not the fighting; the next sentence gives its day
    text = ("Nine marines have been killed in fighting near Avdiivka, the army says, the heaviest loss for the "
            "brigade since a truce was signed in Istanbul on 12 March.\n\nA spokesman said the marines died on "
            "Tuesday when a drone hit their trench.")
    events = events_of(text, published="2023-04-20")
    fighting = by_type(events, "Armed clash")
    assert fighting and fighting[0]["date"]["start"] == "2023-04-18", events


def test_a_day_told_as_a_point_of_comparison_is_not_the_reports_day():
    # "since a truce took effect on Jan. 10" dates the truce; the rocket attack the lead tells has no day of its own,
    # and the report's day is not taken from the comparison
    text = ("SANAA, March 2 (Reuters) - The Houthis and the government blamed each other on Saturday for a rocket "
            "attack that wounded four children in a village in the south, one of the few attacks on civilians since "
            "a truce took effect on Jan. 10.")
    events = events_of(text, published="2024-03-02")
    attack = by_type(events, "Shelling/artillery/missile attack")
    assert attack and attack[0]["date"]["start"] == "2024-03-02", events


def test_a_sentence_mate_told_as_what_came_before_gives_no_day():
    # the withdrawal "overnight" came before the recapture, which the lead dates on Saturday
    text = ("Residents waved flags on Saturday as Ukrainian soldiers drove into Pravdyne, a village that Russian "
            "troops had held since March.\n\nA military spokesman said the village had been recaptured without "
            "a fight after Russian units withdrew from it overnight.")
    events = events_of(text, published="2022-11-13")
    recapture = by_type(events, "Government regains territory")
    assert recapture and recapture[0]["date"]["start"] == "2022-11-12", events


def test_the_sentence_after_the_speakers_gives_the_day_of_a_headline_event():
    # the headline names the event; the lead only says when the governor spoke, the sentence after it when
    # the woman was killed
    text = ("Russian shelling kills pensioner in Kupiansk\n\nRussian artillery shelled the Kupiansk district eleven "
            "times in the past 24 hours, governor Oleh Syniehubov said on Thursday, 14 March.\n\n"
            "Kupiansk itself came under the heaviest fire on Wednesday afternoon: a 61-year-old woman was killed "
            "in her garden, Syniehubov wrote.")
    events = events_of(text, published="2024-03-14")
    attack = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert attack and attack[0]["date"]["start"] == "2024-03-13", events


def test_a_calendar_day_told_later_dates_an_overnight_attack_reported_days_after():
    # published on Thursday, the report's "overnight raid" is the night of Tuesday, June 4, as it goes on to say
    text = ("Gunmen killed at least 20 villagers in an overnight raid on Kambe in northern Nigeria, local "
            "officials said.\n\nThe gunmen attacked the village late on Tuesday, June 4, shooting residents as "
            "they fled, a council chairman said.")
    events = events_of(text, published="2024-06-06")
    raid = [e for e in events if e["fatalities"] and e["fatalities"]["min"] == 20]
    assert raid and raid[0]["date"]["start"] == "2024-06-04", events


def test_a_night_named_by_its_two_days_dates_an_overnight_attack_reported_a_day_later():
    # out on Thursday, the "overnight" attacks are those of the night from Tuesday into Wednesday, as it goes on
    text = ("MAPUTO, June 6 (Reuters) - At least 20 people were killed in overnight attacks by suspected Islamist "
            "insurgents on two villages in northern Mozambique, a local rights group said on Thursday.\n\n"
            "The attacks from Tuesday into Wednesday on Mucojo and Quiterajo in Cabo Delgado province were carried "
            "out by fighters loyal to Islamic State, the group said.")
    events = events_of(text, published="2024-06-06")
    attacks = [e for e in events if e["fatalities"] and e["fatalities"]["min"] == 20]
    assert len(attacks) == 1 and attacks[0]["date"]["start"] == "2024-06-05", events


def test_the_day_measures_were_ordered_after_a_bombing_is_not_the_bombings():
    # the checks were ordered on Tuesday; the bombing they answered went off on Monday evening, as told next
    text = ("KANO, Nigeria -- State authorities on Tuesday ordered stricter checks on vehicles entering the city "
            "after a bombing at a crowded bus station.\n\nThe measures followed Monday evening's blast at the motor "
            "park in Sabon Gari, which killed five people and wounded 20, police said.")
    events = events_of(text, published="2024-06-04")
    bombings = [e for e in events if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(bombings) == 1 and bombings[0]["date"]["start"] == "2024-06-03", events


def test_a_town_where_a_victim_was_taken_for_care_does_not_move_the_count_elsewhere():
    text = ("Russian artillery shelled the village of Velyka Pysarivka on Monday, killing a tractor driver, the "
            "regional governor said. Late that night a second villager, who had been brought to a hospital in "
            "Sumy with shrapnel wounds, died.")
    events = events_of(text, published="2023-06-06")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["fatalities"]["min"] == 2


def test_a_lead_placed_only_by_its_dateline_takes_the_scene_the_next_sentence_names():
    # filed from the capital; the camp lies in the east, which the next sentence names
    events = events_of(
        "KYIV, Ukraine (AP) — A salvo of rockets fired by Russian forces slammed into a Ukrainian brigade's field "
        "camp before dawn on Tuesday, killing 11 soldiers, the general staff said.\n\n"
        "The rockets hit tents near the village of Nevelske in the Donetsk region, wounding dozens more, it said.",
        published="2023-03-14")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert len(shelling) == 1
    assert shelling[0]["location"]["admin1"] == "Donetsk"


def test_a_dateline_lead_and_the_sentence_that_places_it_are_one_event():
    events = events_of(
        "KYIV, March 14 (Reuters) - Russian forces firing multiple rocket launchers killed 11 Ukrainian soldiers at a "
        "field camp on Tuesday, the general staff said.\n\n"
        "The rockets hit the camp near Kurakhove in the Donetsk region before dawn, it said.",
        published="2023-03-14")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert len(shelling) == 1 and shelling[0]["location"]["name"] == "Kurakhove"


def test_a_strike_called_separate_is_not_the_lead_strike_told_again():
    events = events_of(
        "A Turkish drone strike on a detention centre in northern Syria that killed at least 31 people on Monday was "
        "carried out with a locally made bomb, Human Rights Watch has said.\n\n"
        "HRW said fragments found at the site in Qamishli matched a guided munition built by a Turkish firm.\n\n"
        "Syria has been largely cut off from the internet since Monday, when a separate strike hit a telecoms "
        "building in Raqqa.", published="2023-06-14")
    strikes = by_type(events, "Air/drone strike")
    assert len(strikes) == 2
    assert strikes[0]["location"]["name"] == "Al Qāmishlī"


def test_where_the_wounded_were_brought_is_not_the_scene():
    for where in ("The wounded were flown to Abuja for treatment.",
                  "The wounded were later transferred to hospitals in Kano.",
                  "Those hurt were airlifted to Maiduguri and the capital, Abuja."):
        events = events_of("Seven people were killed on Sunday when a bomb went off at a cattle market in northern "
                           "Nigeria, police said. " + where, published="2023-06-12")
        assert events[0]["location"]["place"]["kind"] == "country"


def test_a_village_the_gazetteer_lacks_falls_back_to_its_region_not_to_the_dateline_town():
    # the bureau's city lies in the region, but the report names another settlement there as the scene
    events = events_of("SUMY, Ukraine (AP) — Russian glide bombs hit a farm outside the village of Zarichnohirka in "
                       "the Sumy region on Thursday, killing two tractor drivers, regional officials said.",
                       published="2023-05-02")
    assert events[0]["location"]["place"]["kind"] == "admin1"


def test_a_village_the_gazetteer_lacks_lies_by_the_town_a_later_sentence_puts_it_beside():
    text = ("Two pensioners were wounded on Sunday when shells hit the village of Kozlovske in the Donetsk region, "
            "local officials said.\n\nThe village lies on the front line south-west of Horlivka, and its few "
            "remaining residents shelter in basements.")
    shelling = by_type(events_of(text, published="2019-07-14"), "Shelling/artillery/missile attack")[0]
    assert shelling["location"]["name"] == "Horlivka"


def test_a_village_the_gazetteer_lacks_lies_by_the_town_it_is_said_to_lie_between():
    text = ("Militants fired mortars at army positions by the village of Kozlovske in the Donetsk region on Monday, "
            "killing a soldier.\n\nKozlovske lies between government-held Volnovakha and the separatist-held "
            "area.")
    shelling = by_type(events_of(text, published="2019-07-16"), "Shelling/artillery/missile attack")[0]
    assert shelling["location"]["name"] == "Volnovakha"


def test_a_village_the_gazetteer_lacks_is_not_the_town_it_is_measured_from():
    text = ("Two pensioners were wounded on Sunday when shells hit the village of Kozlovske in the Kharkiv region, "
            "local officials said.\n\nThe village lies 150 km south-east of Kupiansk.")
    shelling = by_type(events_of(text, published="2023-07-16"), "Shelling/artillery/missile attack")[0]
    assert shelling["location"]["name"] != "Kupyansk"


def test_the_nearby_town_a_report_names_places_an_attack_told_only_in_its_region():
    text = ("Gunmen stormed a border guard post at Kozlovske in the Luhansk region on Friday, killing one guard, "
            "the service said. The gunmen had come from the direction of the nearby town of Sverdlovsk.")
    clash = events_of(text, published="2014-06-07")[0]
    assert clash["location"]["place"]["text"] == "Sverdlovsk"


def test_a_strike_told_in_the_region_of_the_dateline_town_may_still_take_that_town():
    events = events_of("SUMY, Ukraine (AP) — Russian glide bombs hit a farm in the Sumy region on Thursday, killing "
                       "two tractor drivers, regional officials said.", published="2023-05-02")
    assert events[0]["location"]["name"] == "Sumy" and events[0]["location"]["place"]["kind"] == "city"


def test_the_attack_a_toll_update_names_by_its_day_dates_the_event_before_the_speakers_day():
    # the army spoke on Friday; the raid the updated toll belongs to was Thursday's
    text = ("MAIDUGURI, Nigeria, Feb 9 - Eleven soldiers were killed when insurgents overran an army base in the town "
            "of Dikwa in Borno state, the army said on Friday, raising the toll from Thursday's attack from six.\n\n"
            "Two more soldiers died in a separate ambush near Marte on Thursday, a security source said.")
    events = events_of(text, published="2024-02-09")
    raid = [e for e in events if e["location"] and e["location"]["name"] == "Dikwa"]
    assert raid and raid[0]["date"]["start"] == "2024-02-08", events


def test_a_dated_retaking_told_of_another_town_does_not_date_the_news():
    # Kazanka was liberated on Saturday; Bereznehuvate's recapture is Monday's news, told by the officials that day
    text = ("Ukrainian troops have recaptured Bereznehuvate, a town in the Mykolaiv region, local officials said on "
            "Monday.\n\nThe town's mayor said soldiers had raised the national flag over the council building.\n\n"
            "In Kazanka, liberated on Saturday, volunteers handed out bread in the market square, the regional "
            "governor said.")
    events = events_of(text, published="2022-11-14")
    recapture = [e for e in by_type(events, "Government regains territory")
                 if e["location"]["place"]["name"] == "Bereznehuvate"]
    assert recapture and recapture[0]["date"]["start"] == "2022-11-14", events


def test_a_later_retaking_of_another_town_gives_no_day():
    # Wednesday is the day of Skadovsk's liberation, not of Vysokopillia's
    text = ("Ukrainian forces have retaken the village of Vysokopillia in the Kherson region, the regional governor "
            "said on Sunday.\n\nVysokopillia lies far north of Skadovsk, a town that Kyiv said it had "
            "liberated on Wednesday.")
    events = events_of(text, published="2022-09-04")
    retaken = [e for e in by_type(events, "Government regains territory") if e["trigger"]["text"] == "retaken"]
    assert retaken and retaken[0]["date"]["start"] == "2022-09-04", events


def test_a_day_told_of_entering_another_town_is_not_the_retakings():
    # Izium's entering, told with its day, is not the day the units entered Kupiansk
    text = ("Units of the army have regained control of the town of Kupiansk in the east of Kharkiv region, the "
            "General Staff reported on Monday.\n\nAccording to the General Staff, units entered the town in the "
            "morning without a fight, after the Russian troops abandoned their positions during the night and pulled "
            "back towards Svatove.\n\nKupiansk lies about 40 km north of Izium, which government forces entered on "
            "Saturday.")
    regained = by_type(events_of(text, published="2022-09-12"), "Government regains territory")
    assert regained and regained[0]["date"]["start"] == "2022-09-12", regained


def test_the_next_sentence_retelling_the_retaking_gives_its_day():
    # the paratroopers entering the town after a battle on Friday is the rebels being pushed out, told again
    text = ("Government forces have pushed the rebels out of Slovianoserbsk, the interior ministry said on July 7."
            "\n\nAccording to the ministry, paratroopers entered the town on Friday after a brief battle and "
            "seized the railway station.")
    events = events_of(text, published="2014-07-07")
    retaken = by_type(events, "Government regains territory")
    assert retaken and retaken[0]["date"]["start"] == "2014-07-04", events


def test_a_later_update_on_the_leads_village_keeps_the_leads_day():
    # the general staff spoke on Saturday; the troops were in Yatskivka on Friday, as the lead says
    text = ("Ukrainian soldiers moved into the village of Yatskivka on Friday as Russian forces fell back along the "
            "Oskil river, according to local officials.\n\nThe army's general staff said in its Saturday update "
            "that Yatskivka was among the villages retaken since the counteroffensive began.")
    events = events_of(text, published="2022-10-01")
    retaken = by_type(events, "Government regains territory")
    assert retaken and retaken[0]["date"]["start"] == "2022-09-30", events


def test_an_earlier_post_about_the_town_dates_the_retaking():
    # the officials spoke on Thursday, but the district chief had already posted about the village on Wednesday
    text = ("Ukrainian forces have recaptured Davydiv Brid, a village on the Inhulets river, regional officials said "
            "on Thursday.\n\n\"Davydiv Brid is Ukrainian again,\" the district chief wrote on Telegram late on "
            "Wednesday, posting a photo of troops with a flag.")
    events = events_of(text, published="2022-10-06")
    retaken = by_type(events, "Government regains territory")
    assert retaken and retaken[0]["date"]["start"] == "2022-10-05", events


def test_an_aside_told_later_does_not_outrank_the_lead_and_its_dead():
    text = ("Nine Ukrainian border guards were killed on Tuesday when militants attacked their post near the "
            "village of Novoazovsk, the border service said on Wednesday.\n\n"
            "The attackers came at dawn and fired rocket-propelled grenades at the post.\n\n"
            "Also on Tuesday, one soldier was killed in a firefight with rebels near Sloviansk.")
    top, events = surest_of(text, "2014-06-04")
    assert top.fatalities and top.fatalities["min"] == 9, [(e.trigger.text, e.confidence) for e in events]


def test_a_clause_on_what_recurs_does_not_outrank_the_strike_with_its_dead():
    text = ("A Russian missile and drone attack on the city of Lutsk overnight killed a woman and wounded 11 "
            "others, the governor said on Sunday, as Russian forces again struck cities well behind the front line.")
    top, events = surest_of(text, "2024-03-10")
    assert top.fatalities and top.fatalities["min"] == 1, [(e.trigger.text, e.confidence) for e in events]


def test_the_fighting_told_next_is_the_battle_already_reported():
    text = ("A battle between two drug gangs inside a jail in Barranquilla killed at least 23 inmates, Colombian "
            "officials said Thursday, in the worst prison massacre in the country's history. The fighting in the "
            "jail's east wing began Wednesday afternoon and lasted until dawn, the police chief said.")
    clashes = by_type(events_of(text, published="2022-05-12"), "Armed clash")
    assert len(clashes) == 1 and clashes[0]["fatalities"]["min"] == 23, clashes


def test_every_type_of_one_incident_carries_its_dead():
    text = ("At least 12 people were killed when gunmen ambushed a bus carrying miners near Tillaberi on Tuesday, "
            "officials said. The mining company said a bomb hit the bus before the attackers opened fire on the "
            "passengers.")
    events = events_of(text, published="2024-03-05")
    bombs = by_type(events, "Remote explosive/landmine/IED")
    assert bombs and bombs[0]["fatalities"]["min"] == 12, [(e["trigger"]["text"], e["fatalities"]) for e in events]


@pytest.mark.parametrize("text", [
    "KYIV, Oct 10 (Reuters) - Russia fired dozens of missiles at cities across Ukraine during Monday's morning rush "
    "hour, killing at least 11 people, knocking out power in several regions and hitting the centre of the "
    "capital.\n\nUkraine's State Emergency Service said 64 people had been wounded. Explosions were reported in Kyiv, "
    "Lviv, Dnipro, Kharkiv, Zaporizhzhia, Ternopil, Zhytomyr and Khmelnytskyi.",
    "Russian missile strikes on Wednesday caused blackouts across Ukraine, officials said.\n\nIn Kyiv, Mayor Vitali "
    "Klitschko said three people had been killed when a two-storey residential building was hit. In the Kyiv "
    "region, a residential building was also hit in Vyshhorod, just north of the city.",
])
def test_a_lesser_event_of_a_type_does_not_count_the_incidents_dead_again(text):
    events = events_of(text, published="2022-10-10")
    told_dead = [e for e in by_type(events, "Shelling/artillery/missile attack") if e["fatalities"]]
    assert len(told_dead) == 1, [(e["trigger"]["text"], e["fatalities"]) for e in events]


def test_a_town_struck_again_keeps_its_dead_apart_from_the_lead():
    text = ("Russian shelling killed two women in the village of Zolochiv on Monday morning, the regional governor "
            "said. Kharkiv was hit again. In the city's Kholodna Hora district four people died when missiles "
            "struck a school, the mayor said, adding that the city had been shelled 20 times.")
    top, events = surest_of(text, "2022-04-12")
    assert top.fatalities and top.fatalities["min"] == 2, [(e.trigger.text, e.fatalities) for e in events]


def test_a_title_summing_up_a_regions_dead_does_not_raise_the_toll_of_the_town_below_it():
    text = ("Russian shelling kills 4 in Kherson Oblast\n\n"
            "Russian troops shelled the village of Stanislav in Kherson Oblast on Sunday, killing three "
            "residents, regional governor Oleksandr Prokudin said.\n\n"
            "Another man was killed in Bilozerka, some 30 kilometres to the north, the governor added.")
    first = events_of(text, "2023-08-07")[0]
    assert first["fatalities"]["min"] == 3


def test_an_event_a_week_before_a_vigil_is_dated_a_week_earlier():
    events = events_of("Villagers held a vigil in Kaduna on Friday, a week after gunmen killed 12 traders at the "
                       "market there.", published="2023-03-10")
    killed = [e for e in events if e["trigger"]["text"] == "killed"]
    assert killed and killed[0]["date"]["start"] == "2023-03-03"


def test_a_participle_inside_a_clause_counted_back_in_weeks():
    events = events_of("Mourners gathered in Kaduna on Friday, two weeks after 12 worshippers were among 30 people "
                       "shot dead at a church in the town.", published="2023-03-10")
    shot = [e for e in events if e["trigger"]["text"] == "shot"]
    assert shot and shot[0]["date"]["start"] == "2023-02-24"


def test_a_statement_about_an_attack_takes_the_day_a_later_sentence_gives_the_attack():
    events = events_of(
        "LAGOS, March 12 (Reuters) - Nigeria will deploy more troops to the north-west, the defence minister said "
        "on Sunday, after gunmen killed 20 villagers in Zamfara state.\n\n"
        "Aid groups warned of more displacement in the region.\n\n"
        "The gunmen escaped on motorbikes after the attack on Friday, residents told reporters.",
        published="2023-03-12")
    killed = [e for e in events if e["trigger"]["text"] == "killed"]
    assert killed and killed[0]["date"]["start"] == "2023-03-10"


def test_a_statement_dated_event_takes_the_one_earlier_day_the_report_gives():
    events = events_of(
        "ABUJA, March 13 (Reuters) - Bandits killed 14 farmers in raids on two villages in Katsina state, the state "
        "police spokesman said on Monday.\n\n"
        "Residents fled to the nearest town. Schools in the area were closed.\n\n"
        "The gunmen struck almost at once on Saturday evening in both villages.",
        published="2023-03-13")
    raids = by_type(events, "Attack")
    assert raids and raids[0]["date"]["start"] == "2023-03-11"


def test_the_day_of_a_funeral_does_not_date_the_killing_it_mourns():
    events = events_of(
        "MAIDUGURI, Nigeria (AP) — Crowds gathered in Maiduguri on Thursday for the funeral of an imam killed by "
        "gunmen, as officials said the death toll from Tuesday's attacks on two mosques had risen to 14.",
        published="2023-03-16")
    attacks = by_type(events, "Attack")
    assert attacks and all(a["date"]["start"] == "2023-03-14" for a in attacks)


def test_violence_told_after_a_rite_for_a_dated_attack_is_that_attack():
    events = events_of(
        "Thousands of people gathered in central Lyon on Friday for the last of three days of mourning for the "
        "victims of Tuesday's tram bombing, laying roses at the entrance to the station.\n\n"
        "Nine people were killed when a bomb went off in a carriage near the station, according to the health "
        "ministry.",
        published="2019-03-08")
    killed = [e for e in events if e["event_type"] in {"Explosions/Remote violence", "Violence against civilians"}]
    assert killed and killed[0]["date"]["start"] == "2019-03-05"


def test_an_approximate_span_back_gives_no_exact_day():
    events = events_of("Parliament passed a new gun law on Thursday, less than a week after a gunman killed nine "
                       "people at a school in Kerch.", published="2023-03-16")
    killed = [e for e in events if e["trigger"]["text"] == "killed"]
    assert killed and killed[0]["date"]["text"] != "less than a week after"


def test_a_toll_raised_beside_another_event_stays_with_the_deadly_one():
    events = events_of(
        "A gunfight between rival gangs inside a jail in the town of Tena left at least nine prisoners dead on "
        "Sunday, officials said.\n\n"
        "On Monday the prisons service raised the toll to 11 and said 20 inmates who fled during the chaos had been "
        "recaptured.", published="2022-11-15")
    deadly = [e for e in events if e["fatalities"]]
    assert [e["fatalities"]["min"] for e in deadly] == [11]


def test_another_sources_higher_toll_told_later_does_not_raise_the_event():
    text = ("Air strikes on a market in the town of Maarat al-Numan on Friday killed at least 12 people, the civil "
            "defence said.\n\nA local monitoring group said 20 people were killed, among them several fighters.")
    strike = by_type(events_of(text), "Air/drone strike")[0]
    assert strike["fatalities"]["min"] == 12


@pytest.mark.parametrize("first, later", [
    ("at least 12 people", "A local monitoring group later said the number of dead had risen to 20."),
    ("at least 12 people", "On Saturday the health ministry said the death toll had reached 20."),
    ("dozens of people", "A local monitoring group said 20 people were killed, among them several fighters."),
])
def test_a_higher_toll_told_as_risen_or_after_a_vague_count_raises_the_event(first, later):
    text = (f"Air strikes on a market in the town of Maarat al-Numan on Friday killed {first}, the civil defence "
            f"said.\n\n{later}")
    strike = by_type(events_of(text), "Air/drone strike")[0]
    assert strike["fatalities"]["min"] == 20


@pytest.mark.parametrize("later", [
    "The health ministry said two of the wounded died in hospital, bringing the death toll to 14.",
    "A hospital director said the number of dead stood at 14 by Saturday evening.",
    "The governor had first said 12 people died, but on Saturday he told reporters that 14 had been killed.",
])
def test_a_higher_toll_told_as_a_new_total_or_a_correction_raises_the_event(later):
    text = ("At least 12 people were killed on Friday when gunmen attacked a wedding party in the village of Kafr "
            f"Nabl, local officials said.\n\n{later}")
    attack = by_type(events_of(text), "Attack")[0]
    assert attack["fatalities"]["min"] == 14


def test_a_first_figure_another_source_gave_does_not_raise_the_officials_toll():
    text = ("A drone hit a minibus on a road outside the town of Shostka on Thursday, killing three passengers, the "
            "regional governor said.\n\nSome local news sites had initially reported five deaths. Officials have "
            "not confirmed that number.")
    strike = by_type(events_of(text, published="2024-05-10"), "Air/drone strike")[0]
    assert strike["fatalities"]["min"] == 3


def test_a_toll_beside_a_span_since_an_earlier_day_is_the_events():
    text = ("A missile fired from across the front hit a busy bus station in Horlivka on Monday, killing dozens "
            "of people, officials said.\n\n"
            "A local monitor later put the number of dead at 31, the worst single strike on the town since the "
            "offensive there began two months ago.")
    strike = by_type(events_of(text, published="2022-11-15"), "Shelling/artillery/missile attack")[0]
    assert strike["fatalities"]["min"] == 31


def test_a_tally_over_the_country_ranks_below_the_lead():
    events = events_of(
        "ODESA, Ukraine, Feb 2 (Reuters) - Russian missiles and drones hit the southern city of Odesa on Friday as "
        "part of what officials called the biggest aerial barrage in months, killing one person and injuring at "
        "least 10, Mayor Hennadiy Trukhanov said.\n\nAcross Ukraine, at least 25 people were killed and more than "
        "120 injured in strikes on Kyiv, Dnipro, Kharkiv and Odesa, according to officials. In Dnipro alone, nine "
        "died after a missile hit an apartment block.", published="2024-02-02")
    surest = max((e for e in events if e["fatalities"]), key=lambda e: e["confidence"])
    assert surest["fatalities"]["min"] == 1


def test_a_place_hit_again_in_the_previous_paragraph_does_not_make_the_next_one_another_strike():
    from sitreps.linking import _after_a_new_strike
    from sitreps.nlp import load_nlp

    struck = "Kharkiv was hit again on Sunday."
    told = "In the Saltivka district two people were killed when rockets struck a block."
    across = list(load_nlp()(f"{struck}\n\n{told}").sents)
    within = list(load_nlp()(f"{struck} {told}").sents)
    assert not _after_a_new_strike(across[-1])
    assert _after_a_new_strike(within[-1])


def test_a_lead_placed_only_in_its_country_takes_the_region_the_next_sentence_names():
    # the lead says only "northern Ukraine"; the very next sentence names the region where the same blasts happened
    events = events_of(
        "LVIV/KYIV, March 3 (Reuters) - Saboteurs blew up a railway bridge in northern Ukraine on Friday, cutting a "
        "supply line to the front, and officials declared a curfew in the area.\n\n"
        "The state railway said the last tracks still open to freight were cut when a bridge near the border in the "
        "Chernihiv region was wrecked by explosions overnight.",
        published="2023-03-03")
    blasts = by_type(events, "Remote explosive/landmine/IED")
    assert len(blasts) == 1
    assert blasts[0]["location"]["admin1"] == "Chernihiv"


def test_a_death_typed_by_the_reports_weapon_counts_the_attack_before_it():
    events = events_of(
        "Overnight, Russian forces attacked the town of Dobropillia with drones. A 52-year-old woman was killed and "
        "two people were injured. During the day, Russian troops shelled the Nikopol district with artillery.",
        published="2024-07-11",
    )
    drone = by_type(events, "Air/drone strike")[0]
    assert drone["fatalities"]["min"] == 1
    assert not [e for e in events if e["trigger"]["text"] == "killed"]


def test_the_day_a_speakers_message_was_released_is_the_speakers_day():
    events = events_of(
        "The militia's commander said his men had seized the village of Novoselivka.\n\n"
        "He said in a video message released late on Saturday that his units had \"completely taken\" Novoselivka.\n\n"
        "An army spokesman said on Sunday that fighting for the village went on.",
        published="2023-06-12",
    )
    capture = by_type(events, "Non-state actor overtakes territory")[0]
    assert capture["date"]["start"] == "2023-06-10"


@pytest.mark.parametrize("occasion", [
    "as its forces keep advancing after the fall of Marinka last month",  # the parse hangs the month on the verb
    "as its forces keep advancing after the fall of Marinka in May",
    "after the fall of Marinka on May 4",  # the day inside the phrase
])
def test_a_time_of_an_after_phrase_dates_that_occasion_not_the_event(occasion):
    events = events_of(
        "The defence ministry said on Thursday that its troops had captured the village of Novoselivka "
        f"{occasion}.",
        published="2023-06-16",
    )
    capture = by_type(events, "Non-state actor overtakes territory")[0]
    assert capture["date"]["start"] == "2023-06-15" and capture["date"]["precision"] == "day"


def test_a_later_speakers_day_before_the_leads_day_is_no_claim_of_the_leads_event():
    events = events_of(
        "A Russian glide bomb killed three people in the town of Kramatorsk on Tuesday, and Russian air strikes "
        "killed one more elsewhere in the region, the governor said.\n\n"
        "The attacks came after Russia fired its heaviest missile salvo in weeks at Kyiv overnight into Monday. "
        "The British prime minister said on Monday that Moscow had to be stopped.",
        published="2024-04-16",
    )
    strike = by_type(events, "Air/drone strike")[0]
    assert strike["date"]["start"] == "2024-04-16"


def test_a_count_the_parse_makes_the_speaker_s_subject_stays_with_the_clause_it_ends() -> None:
    events = events_of("An air strike on a bus station in Somalia's Gedo region on Monday killed at least 17 "
                       "people, a nurse at the town's clinic said, as fighting between the army and the insurgents "
                       "entered a third day.")
    strikes = by_type(events, "Air/drone strike")
    assert strikes and strikes[0]["fatalities"]["min"] == 17


def test_a_town_named_next_is_the_village_a_region_placed_lead_did_not_name():
    # the lead puts the killing in "a village in" a state; the next sentence tells the same attack in a named town
    events = events_of("Abuja (AFP) - Bandits killed at least 19 people in a village in Nigeria's northwestern "
                       "Zamfara state, police said on Wednesday. The attackers shot farmers in Anka on Monday and "
                       "burned granaries, a local official told AFP.", published="2024-05-08")
    attacks = by_type(events, "Attack")
    assert len(attacks) == 1
    assert attacks[0]["location"]["name"] == "Anka" and attacks[0]["fatalities"]["min"] == 19


def test_a_town_named_next_is_the_village_a_district_placed_lead_did_not_name():
    # the district spans more than its namesake town's outskirts: the village named next lies 35 km from it
    text = ("Police opened a criminal case after Russian shelling killed two farmers in a village in the "
            "Zaporizhzhia district on Sunday.\n\nAccording to the police, Russian troops fired mortars at "
            "Stepnohirsk in the morning. Both men died at the scene.")
    shelling = by_type(events_of(text, published="2024-06-10"), "Shelling/artillery/missile attack")
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in shelling] == [("Stepnohirsk", 2)]
    # a town of another region, named next, is another event's
    text = text.replace("Stepnohirsk", "Nikopol")
    assert len(by_type(events_of(text, published="2024-06-10"), "Shelling/artillery/missile attack")) == 2


def test_a_town_named_next_is_the_village_a_lead_told_only_as_one_of_those_villages():
    # the lead's only places are the speaker's region and a district its schools stand in
    text = ("The head of Ukraine's Kherson regional administration, Oleksandr Prokudin, said on Friday that schools "
            "in the riverside villages of the Beryslav district would stay closed, a day after a Russian drone "
            "killed two farmers in one of those villages. On Thursday afternoon, a drone dropped a grenade on a "
            "tractor in Tiahynka, a village on the Dnipro. Both men died at the scene.")
    strikes = by_type(events_of(text, published="2024-08-09"), "Air/drone strike")
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in strikes] == [("Tiahynka", 2)]


def test_one_of_the_missiles_of_an_attack_on_a_region_hitting_a_town_there_places_that_attack():
    # the region is the attack's wider place, not a second scene: one attack, in the town, with its dead
    text = ("On the night of 3 March, Russian forces attacked the Khmelnytskyi region with missiles and drones. One "
            "of the missiles hit the town of Shepetivka, the head of the regional administration said. A 60-year-old "
            "man was killed and four people were injured.")
    shelling = by_type(events_of(text, published="2024-03-03"), "Shelling/artillery/missile attack")
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in shelling] == [("Shepetivka", 1)]


def test_a_drone_of_an_attack_on_a_region_hitting_a_town_there_places_that_attack():
    # "a drone", one of the drones the region was attacked with, hitting a town of that region is the same attack
    text = ("Overnight on 14 May, Russian forces attacked the Vinnytsia region with attack drones. In Khmilnyk, a "
            "drone struck a two-storey house and killed a 58-year-old man, the regional governor said. Air defence "
            "units shot down most of the drones.")
    strikes = by_type(events_of(text, published="2024-05-14"), "Air/drone strike")
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in strikes] == [("Khmilnyk", 1)]


def test_a_town_struck_that_day_leads_a_report_opening_with_a_tally_over_a_regions_villages():
    text = ("Two civilians were killed on Wednesday as Russian troops shelled frontline villages of the Kharkiv "
            "region, the regional governor said. In the village of Kozacha Lopan, a shell hit a house in the "
            "morning, killing a 58-year-old woman. Later in the day a drone struck a car near Vovchansk, killing "
            "its driver.")
    lead = events_of(text, published="2024-06-12")[0]
    assert (lead["trigger"]["text"], lead["location"]["name"]) == ("hit", "Kozacha Lopan")
    # a town of another region is not the tally's
    text = text.replace("the village of Kozacha Lopan", "the city of Kherson")
    assert events_of(text, published="2024-06-12")[0]["trigger"]["text"] == "shelled"


def test_a_town_told_as_some_way_off_is_another_scene_than_the_one_told_before():
    # the school's village lies on the edge of one town; the farmer died in another, "a few kilometres away"
    text = ("KYIV, March 4 (Reuters) - Ukraine's army on Tuesday denied shelling the rebel-held village of "
            "Vasylivka. Separatist officials said on Monday that artillery shells hit a school in the village, which "
            "lies on the northern edge of the rebel-held town of Yasynuvata, killing a teacher and a cook. Kyiv says "
            "rebel shelling killed a farmer in the government-held town of Avdiivka, a few kilometres away, on the "
            "same day.")
    shelling = [e for e in by_type(events_of(text, published="2025-03-04"), "Shelling/artillery/missile attack")
                if e["modality"] == "reported"]
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in shelling] == [("Yasynuvata", 2),
                                                                                  ("Avdiyivka", 1)]


def test_a_town_named_next_is_the_capital_a_region_placed_lead_told_of():
    # "the capital of" a region says the scene is one town there, which the next sentence names
    text = ("Kinshasa (Reuters) - Gunmen drove a van into shoppers at a crowded market in the capital of Congo's "
            "restive North Kivu province on Friday and hurled explosives from its windows, killing 14 people, "
            "officials said. Police described the assault on the market in Goma as a planned terrorist attack.")
    bombings = by_type(events_of(text, published="2023-03-12"), "Remote explosive/landmine/IED")
    assert len(bombings) == 1
    assert (bombings[0]["location"]["name"], bombings[0]["fatalities"]["min"]) == ("Goma", 14)
    # told as the region itself, the scene may be any of its towns
    apart = by_type(events_of(text.replace("the capital of ", ""), published="2023-03-12"),
                    "Remote explosive/landmine/IED")
    assert len(apart) == 2


def test_a_lead_placed_in_a_region_it_names_as_the_scene_keeps_apart_from_a_town_next():
    events = events_of("Abuja (AFP) - Bandits killed at least 19 people in Nigeria's northwestern Zamfara state, "
                       "police said on Wednesday. The attackers shot farmers in Anka on Monday and burned granaries, "
                       "a local official told AFP.", published="2024-05-08")
    assert len(by_type(events, "Attack")) == 2


def test_a_death_told_of_a_person_earlier_places_the_killing_told_without_a_place():
    # the only scene is the relative clause of the first sentence; Moscow is where friends mourned
    events = events_of("The governor sent condolences to the family of photographer Ivan Sokolov, who died on duty "
                       "in Russia's Kursk Region on Tuesday. Sokolov was killed when a drone hit his car; his driver "
                       "was wounded. Friends left candles outside the newspaper's office in Moscow.",
                       published="2025-03-27")
    assert [e["location"]["admin1"] for e in events] == ["Kursk"]


def test_an_interception_tally_split_by_region_does_not_outrank_the_lead_without_dead():
    text = ("TAMBOV, May 2. /TASS/. Air defence units destroyed a Ukrainian drone over the Tambov Region overnight, "
            "Governor Yevgeny Pervyshov said on Friday.\n\nNobody was hurt, the governor added.\n\nAccording to the "
            "Defence Ministry, air defence systems on duty intercepted 17 Ukrainian drones overnight: nine over the "
            "Belgorod Region, six over the Voronezh Region and two over the Tambov Region.")
    top, events = surest_of(text, "2025-05-02")
    assert top.trigger.start < text.index("Nobody"), [(e.trigger.text, e.confidence) for e in events]


def test_the_same_barrage_told_where_it_hit_another_city_does_not_outrank_the_lead():
    text = ("Russian drones and missiles hit a power substation near the town of Kalush in western Ukraine early "
            "Tuesday, starting a fire, the regional governor said.\n\nThe governor said no one was hurt in the "
            "region.\n\nThe same overnight barrage struck apartment blocks in the city of Khmelnytskyi, where at "
            "least 12 people were killed, the interior minister said.\n\nThe air force said Russia fired 390 "
            "drones and 41 missiles in all.")
    top, events = surest_of(text, "2025-04-01")
    assert top.trigger.start < text.index("The governor"), [(e.trigger.text, e.confidence) for e in events]


def test_a_lead_without_a_town_does_not_take_the_town_of_an_event_on_another_day():
    text = ("KARACHI, Pakistan, May 14 (Reuters) - A roadside bomb killed seven soldiers in south-west Pakistan on "
            "Tuesday, the army said.\n\n"
            "Last week, on Wednesday, militants stormed a police station in Gwadar and killed two officers, "
            "police said.")
    events = events_of(text, "2024-05-14")
    soldiers = next(e for e in events if e["fatalities"] and e["fatalities"]["min"] == 7)
    assert soldiers["location"]["name"] != "Gwadar"


def test_a_trend_in_the_lead_gives_way_to_the_event_told_next():
    text = ("Western envoys will fly to Kyiv next week, as clashes in the south of Ukraine have escalated.\n\n"
            "In Kherson, two civilians were killed when a shell hit a bus stop on Saturday, the regional governor "
            "said.")
    events = events_of(text, "2023-03-07")
    assert events[0]["location"]["name"] == "Kherson"
    clash = by_type(events, "Armed clash")[0]
    assert clash["location"]["name"] == "Ukraine"  # not the town the envoys are going to


def test_where_visitors_are_to_travel_is_not_where_the_fighting_was():
    text = "The two presidents are to travel to Kyiv and Lviv on Friday, after heavy fighting broke out in eastern " \
           "Ukraine on Wednesday."
    clash = by_type(events_of(text, "2023-03-07"), "Armed clash")[0]
    assert clash["location"]["name"] == "Ukraine"


def test_a_lead_whose_sentence_names_only_a_country_takes_the_region_its_next_sentence_names():
    text = ("A Red Cross driver working in eastern Ukraine was killed on Friday when his truck hit a landmine on a "
            "rural road, the agency said. Two passengers were hurt when the truck was hit by an explosion near a "
            "farm in the Kherson region, it said.\n\nThe agency's head, speaking to reporters in Kiev, said the road "
            "had been used for months.")
    blasts = by_type(events_of(text, "2023-03-04"), "Remote explosive/landmine/IED")
    assert [e["location"]["admin1"] for e in blasts] == ["Kherson"], blasts


def test_a_day_owning_the_event_noun_beats_the_day_of_its_verb():
    text = ("Afghan authorities on Thursday cut the death toll in Monday's bombing at a Kandahar mosque to 14 after "
            "finding that one victim had been counted twice.")
    bombing = [e for e in events_of(text, published="2021-03-04") if e["event_type"] == "Explosions/Remote violence"]
    assert bombing and bombing[0]["date"]["start"] == "2021-03-01"


def test_an_event_named_after_a_counted_after_is_dated_from_the_clause_day():
    text = ("Markets in the town of Kidal opened again on Saturday under heavy guard, three days after the "
            "massacre at the bus depot that left 40 people dead.")
    attack = [e for e in events_of(text, published="2021-06-12") if e["trigger"]["text"] == "massacre"]
    assert attack and attack[0]["date"]["start"] == "2021-06-09"
    assert attack[0]["date"]["text"] == "three days after"
    text = ("The governor toured the ruined market in Kidal on Saturday, a day after the massacre on Thursday night "
            "that left 40 people dead.")
    attack = [e for e in events_of(text, published="2021-06-12") if e["trigger"]["text"] == "massacre"]
    assert attack and attack[0]["date"]["start"] == "2021-06-10"


def test_a_habit_told_of_the_mourners_does_not_lead_before_the_killing():
    text = ("Volunteers from the Georgian legion that fights beside the army near Bakhmut met on Oct. 3 to bury a "
            "comrade, who was killed when a mine went off under his truck in Kharkiv the day before.")
    events = events_of(text, published="2023-10-03")
    assert events and events[0]["event_type"] == "Explosions/Remote violence", events


def test_an_event_told_as_going_on_since_a_day_is_dated_that_day():
    text = ("Families were allowed back into the villages around the weapons store near Kropyvnytskyi on Saturday "
            "as the explosions that had shaken the district since Wednesday evening finally stopped.")
    blasts = [e for e in events_of(text, published="2023-05-13") if e["trigger"]["text"] == "explosions"]
    assert blasts and blasts[0]["date"]["start"] == "2023-05-10"


def test_a_count_before_an_event_with_its_own_dead_is_not_carried_forward():
    text = ("Investigators handed over the second data recorder on Thursday. All 61 people aboard the airliner were "
            "killed when it was brought down last week. In the town itself, officials said three residents had been "
            "killed in Wednesday's fighting near the bus depot.")
    fighting = [e for e in events_of(text, published="2019-04-12") if e["fatalities"]]
    assert [e["fatalities"]["min"] for e in fighting] == [3]


def test_a_toll_told_there_goes_to_the_scene_just_told():
    text = ("Russian artillery shelled Orikhiv on Monday, killing two people, the regional governor said.\n\n"
            "In Kostiantynivka, rescuers pulled more bodies from a school hit by a missile on Friday. The number of "
            "dead there rose to 11, officials said.")
    events = events_of(text, published="2023-05-08")
    tolls = {e["trigger"]["text"]: (e["fatalities"] or {}).get("min") for e in events}
    assert tolls == {"shelled": 2, "hit": 11}


def test_a_day_in_a_who_clause_about_the_actors_does_not_date_their_event():
    text = ("Ukrainian troops, who crossed the river last week, have recaptured the village of Krynky, the army "
            "said on Wednesday. On Tuesday, the army said its units had recaptured Krynky after heavy fighting.")
    events = events_of(text, published="2023-11-15")
    retaking = by_type(events, "Government regains territory")[0]
    assert retaking["date"]["precision"] == "day" and retaking["date"]["start"] == "2023-11-14"


def test_a_silence_held_in_memory_of_the_dead_does_not_date_their_killing():
    text = ("Danes fell silent across the country at noon on Tuesday in memory of the three people killed when a "
            "stolen van was driven down a pedestrian street in central Aarhus on Saturday.")
    events = events_of(text, published="2024-05-14")
    assert events and events[0]["sub_event_type"] == "Attack"
    assert events[0]["date"]["start"] == "2024-05-11"


def test_a_day_told_in_a_background_paragraph_does_not_date_the_news():
    text = ("Monday, 14 August 2023, 10:20\n\n"
            "The head of the Velykyi Burluk community has been shot dead by Russian soldiers while he was handing "
            "out drinking water to residents.\n\n"
            "Source: the regional military administration on Telegram\n\n"
            "Background: On Saturday, 12 August, Russian forces shelled a bus stop in nearby Kupiansk, killing two "
            "women.")
    events = events_of(text, published="2023-08-14")
    killing = by_type(events, "Attack")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert killing and killing[0]["date"]["start"] == "2023-08-14", events
    assert shelling and shelling[0]["date"]["start"] == "2023-08-12", events


def test_a_headline_event_under_a_timestamp_line_takes_the_leads_day():
    text = ("Border guard killed by mortar fire near Bilopillia\n\n"
            "Friday, 14 June 2024, 13:05\n\n"
            "A Ukrainian border guard was killed on Thursday afternoon when Russian troops opened fire on a "
            "border post near Bilopillia.\n\n"
            "Source: the State Border Guard Service")
    events = events_of(text, published="2024-06-14")
    assert events and all(e["date"]["start"] == "2024-06-13" for e in events), events


def test_an_event_told_in_background_with_its_own_day_is_not_the_news():
    text = ("Drone attack on Pervomaisk: warehouse burns\n\n"
            "Russian forces attacked Pervomaisk with drones overnight, setting a grain warehouse on fire.\n\n"
            "Source: the regional governor on Telegram\n\n"
            "Background: On 9 October, Russia carried out one of its biggest drone attacks of the autumn.")
    strikes = by_type(events_of(text, published="2024-10-10"), "Air/drone strike")
    assert strikes and strikes[0]["date"]["start"] == "2024-10-10", strikes


def test_an_arrest_told_with_a_speakers_day_takes_the_day_a_later_sentence_gives_its_verb():
    text = ("Counter-intelligence detains informant in Lutsk\n\n"
            "The Security Service of Ukraine has detained in Lutsk a man who passed the positions of air defence "
            "units to Russian handlers.\n\n"
            "The service's press office reported this on Thursday.\n\n"
            "According to the investigation, the man was recruited online last summer. He photographed trains and "
            "convoys on the roads around the city for months and sent the coordinates to his handler in Moscow.\n\n"
            "\"The man was detained on Wednesday in Lutsk while passing on more data,\" the statement says.")
    arrests = by_type(events_of(text, published="2024-02-15"), "Arrests")
    assert arrests and arrests[0]["date"]["start"] == "2024-02-14", arrests


def test_a_day_in_a_relative_clause_on_the_actors_does_not_date_their_news():
    text = ("Ukrainian marines, who crossed the river near Kherson last week, have recaptured the village of "
            "Krynky, the navy said on Wednesday.")
    retaken = by_type(events_of(text, published="2023-11-16"), "Government regains territory")
    assert retaken and retaken[0]["date"]["start"] == "2023-11-15", retaken


def test_an_undated_lead_takes_the_day_its_details_paragraph_gives():
    text = ("Thursday, 9 May 2024, 09:30\n\n"
            "The mayor of Kupiansk has been detained by Russian soldiers after they stormed the town council.\n\n"
            "Source: the mayor's deputy on Facebook\n\n"
            "Details: Russian troops burst into the council building yesterday, 8 May, and led the mayor away in "
            "handcuffs.\n\n"
            "Background: On 2 May, warrant officer Ivan Petrenko was shot dead by Russian soldiers in Izium.")
    events = events_of(text, published="2024-05-09")
    detention = by_type(events, "Arrests")
    assert detention and detention[0]["date"]["start"] == "2024-05-08", events


def test_a_day_of_declared_mourning_does_not_date_the_attack_it_follows():
    text = ("The government declared a week-long state of emergency and two days of national mourning on Sunday "
            "after gunmen raided a shopping centre in the capital, in an attack that killed 14 people.\n\n"
            "Officials said the gunmen held shoppers inside for hours on Saturday before soldiers killed them.")
    events = events_of(text, published="2024-03-10")
    attack = by_type(events, "Attack")
    assert attack and attack[0]["date"]["start"] != "2024-03-10", attack


def test_a_rite_told_in_the_next_sentence_does_not_date_a_headline_strike():
    text = ("Town buries nine killed in rocket strike\n\n"
            "The mayor declared a day of mourning on Monday after the search of the school hit by a rocket three days "
            "earlier was over.")
    events = events_of(text, published="2024-05-20")
    strikes = by_type(events, "Shelling/artillery/missile attack")
    assert strikes and all(e["date"]["start"] == "2024-05-17" for e in strikes), strikes


def test_a_day_of_a_rite_the_attack_struck_during_dates_the_attack():
    text = ("A drone struck a village hall during a funeral for a local teacher on Saturday, killing six mourners, the "
            "regional governor said.")
    events = events_of(text, published="2024-06-10")
    strikes = by_type(events, "Air/drone strike")
    assert strikes and strikes[0]["date"]["start"] == "2024-06-08", strikes


def test_a_rite_named_by_its_qualifier_does_not_date_the_attack_it_mourns():
    text = ("The diocese held a memorial mass in the cathedral on Wednesday for the victims of Sunday's attack on "
            "worshippers, after the hospital said the death toll had climbed to 11.\n\n"
            "The attackers ambushed two minibuses on a mountain road near the shrine, shooting the passengers.")
    events = events_of(text, published="2024-04-17")
    violent = [e for e in events if e["event_type"] in {"Battles", "Violence against civilians"}]
    assert violent and all(e["date"]["start"] == "2024-04-14" for e in violent), violent


def test_a_strike_named_in_an_aside_does_not_place_the_event_of_the_main_clause():
    text = ("Rescuers in Kharkiv were still searching the rubble on Friday after the Russian missile attack of the "
            "night before, as reports arrived of a deadly strike on Sumy.")
    events = events_of(text, published="2024-06-14")
    strikes = by_type(events, "Shelling/artillery/missile attack")
    assert strikes and strikes[0]["location"]["name"] == "Kharkiv", strikes


def test_a_later_sentence_gives_the_town_of_the_bombing_the_lead_tells_as_what_the_news_followed():
    text = ("NAIROBI, Kenya (AP) — Kenya's government has ordered extra police patrols at bus stations and markets "
            "after a bombing in the president's home region that killed nine people.\n\n"
            "The interior minister said on Wednesday that the order took effect at midnight.\n\n"
            "Saturday's explosion at a bus station in Kisumu wounded about 40 others.")
    events = events_of(text, published="2024-07-10")
    blasts = by_type(events, "Remote explosive/landmine/IED")
    assert len(blasts) == 1 and blasts[0]["location"]["name"] == "Kisumu", blasts


def _lead_location(text: str) -> dict:
    events = events_of(text, published="2023-05-03")
    return events[0]["location"] or {}


def test_a_dateline_country_the_body_names_keeps_the_capital_at_home():
    # a town abroad where the wounded were flown outweighs nothing once the body names the dateline's country too
    location = _lead_location(
        "MANAGUA, May 3 (Reuters) - Gunmen shot dead a judge at his home in the capital on Tuesday, police said.\n\n"
        "His wife was later flown to Houston for surgery.\n\n"
        "Nicaragua's attorney general called the killing an outrage.")
    assert location["country_code"] == "NI", location


def test_a_town_of_an_earlier_occasion_does_not_place_the_lead():
    # the later sentence's town is the scene of another, earlier bomb, not of the market blast the dateline places
    location = _lead_location(
        "PESHAWAR, Pakistan (AP) — At least nine people were killed when a bomb went off in a crowded market on "
        "Sunday evening, police said.\n\nA provincial government spokesman said the bomb had been hidden in a "
        "motorcycle.\n\nEarlier, a roadside bomb near Mardan wounded three policemen, officials said.")
    assert location.get("name") == "Peshawar", location


def test_the_ends_of_a_journey_do_not_place_an_attack_on_the_way():
    location = _lead_location(
        "KANO, May 3 (Reuters) - Bandits opened fire on a bus travelling from Nigeria's commercial hub Kano to the "
        "city of Zaria on Tuesday, killing four passengers, police said.\n\n"
        "The ambush took place near a small village in Kaduna state, a police spokesman said.")
    assert location["name"] != "Kano" and location["admin1"] == "Kaduna", location


def test_a_town_abroad_does_not_place_an_event_of_a_story_on_the_bureau_country():
    events = events_of(
        "PORT-AU-PRINCE, Haiti (AP) — Haitian police said Wednesday that they had detained three suspects after a "
        "standoff, hours after a senator was shot at his home.\n\n"
        "The senator, who was shot on Monday, remains in serious condition at a Miami hospital.",
        published="2023-05-03")
    arrest = by_type(events, "Arrests")[0]
    assert arrest["location"]["country_code"] == "HT", arrest["location"]


def test_a_day_called_a_day_of_mourning_does_not_date_the_attack_told_after_it():
    text = ("Flags flew at half mast across Kenya on Tuesday, the last of three days of national mourning for the "
            "victims of Saturday's attack on a shopping mall in Nairobi.\n\n"
            "Thirty shoppers were killed at the mall, not counting the four gunmen, according to the latest figures "
            "from the police.")
    attacks = by_type(events_of(text, published="2024-04-16"), "Attack")
    assert attacks and all(e["date"]["start"] == "2024-04-13" for e in attacks), attacks


def test_a_lead_with_a_sanction_gives_way_to_the_bombing_its_sentence_tells():
    events = events_of(
        "ISLAMABAD: Pakistan on Tuesday withdrew the preferential trade status it had granted Afghanistan, a day "
        "after a suicide bombing in Quetta killed 18 FC personnel.\n\nOfficials said the decision would be "
        "reviewed next month.",
        published="2021-06-08",
    )
    assert events and events[0]["event_type"] == "Explosions/Remote violence", events


def test_a_lead_with_a_development_keeps_its_place_before_violence_told_elsewhere():
    events = events_of(
        "Rebels on Tuesday handed over the town of Kidal to the army under a deal signed last month.\n\n"
        "Separately, a roadside bomb killed two soldiers near Gao on Monday.",
        published="2021-06-08",
    )
    assert events and events[0]["event_type"] == "Strategic developments", events


def test_a_higher_toll_told_as_bringing_the_number_to_a_figure_raises_the_event_s():
    text = ("Gunmen opened fire at a market in Kano on Monday, killing three traders, police said. A wounded trader "
            "died in hospital on Tuesday, his family said, bringing the number of people killed in the attack to four.")
    attack = by_type(events_of(text, published="2024-04-16"), "Attack")[0]
    assert attack["fatalities"]["min"] == 4


def test_a_count_of_dead_months_before_is_not_the_toll_of_an_event_with_no_day_yet():
    text = ("The couple who bombed a church in Sokoto had married a year ago, the police chief said on Tuesday. "
            "The blast wounded 15 worshippers. In February, two suspected militants died during a police operation "
            "in Sokoto.")
    events = events_of(text, published="2024-04-16")
    bombing = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert bombing and all(e["fatalities"] is None for e in bombing), events


def test_a_count_told_as_also_happening_in_another_town_is_another_occasions() -> None:
    text = ("ABUJA - Gunmen on motorbikes opened fire on a bus in northern Nigeria on Wednesday, killing nine "
            "passengers, police said.\n\nAlso Wednesday, officials said two guards died in an attack in the city of "
            "Sokoto.")
    attacks = by_type(events_of(text, "2023-05-18"), "Attack")
    assert attacks and (attacks[0]["location"] or {}).get("name") != "Sokoto", attacks


def test_a_day_total_over_the_residents_of_a_region_is_not_one_towns_toll():
    events = events_of(
        "On Tuesday Russian troops struck Druzhkivka with glide bombs, killing two people, the governor said.\n\n"
        "In all, five residents of Donetsk Oblast were killed by Russian fire on Tuesday: two in Druzhkivka and "
        "three elsewhere.", published="2025-03-12")
    assert events[0]["fatalities"]["min"] == 2, events


def test_a_citys_district_another_sentence_names_places_the_event_in_the_district():
    event, events = surest_of(
        "Russian drones struck the Shevchenkivskyi district of Kyiv on Friday, killing two people, the mayor said. "
        "Air defences were active as the drones attacked Kyiv before dawn, officials said.", "2024-05-10")
    assert event.location["name"] == "Shevchenkivskyi", events


def test_an_attack_told_in_a_district_of_a_named_area_is_the_lead_attack_there():
    event, events = surest_of(
        "SRINAGAR, May 10 (Reuters) - Six people were killed when suspected militants opened fire on a minibus "
        "carrying wedding guests in India's Jammu and Kashmir region, police said on Friday.\n\n"
        "The attack took place on Thursday evening in the Rajauri district as the minibus was taking the guests "
        "to a village, senior police officer Anil Verma told reporters.", "2024-05-10")
    assert event.location["name"] == "Rajauri", events
    assert "Anil Verma (senior police officer)" in event.sources, events


def test_a_march_for_the_dead_of_a_raid_gives_way_to_the_raid():
    events = events_of(
        "Hundreds of villagers marched through the market town of Kara on Sunday afternoon holding banners that "
        "read \"Justice now\", a day after a police sweep left 14 people dead.\n\n"
        "A shopkeeper said a teenager was shot dead by officers as he hid behind his stall.\n\n"
        "Police said 13 \"gang members\" and one constable died in the raid on Saturday.",
        published="2022-03-07",
    )
    assert events and events[0]["event_type"] == "Violence against civilians", events
    assert events[0]["date"]["start"] == "2022-03-05", events[0]["date"]


def test_a_march_for_people_vanished_after_a_shooting_gives_way_to_the_shooting():
    events = events_of(
        "Hundreds of relatives marched through the provincial capital on Tuesday to demand the return of 12 farm "
        "workers who disappeared after soldiers opened fire on their lorry four days earlier.\n\n"
        "Three men were shot dead in the attack on Friday night near the village of Las Palmas.",
        published="2022-03-08",
    )
    assert events and events[0]["event_type"] == "Violence against civilians", events


def test_a_protest_that_names_no_dead_it_answers_keeps_the_lead():
    events = events_of(
        "Thousands of teachers marched on parliament on Sunday to demand higher pay.\n\n"
        "Police said a man was shot dead in a robbery in a suburb of the capital on Saturday.",
        published="2022-03-07",
    )
    assert events and events[0]["event_type"] == "Protests", events


def test_an_event_of_an_earlier_day_told_below_the_lead_is_background():
    text = ("Regional judge Marta Lobo was killed early Friday when a group of gunmen attacked her home on the edge "
            "of Tegucigalpa, the security minister said.\n\nThe killing comes amid a wave of gang violence in the "
            "city. Two weeks ago, gunmen killed more than a dozen people, among them a pastor and a teacher, in the "
            "Kennedy district of Tegucigalpa.")
    surest, events = surest_of(text, "2024-05-10")
    assert surest.date and surest.date.date_start == "2024-05-10", [(e.sub_event_type, e.date) for e in events]


def test_dead_counted_right_after_a_past_barrage_are_not_the_news_s_toll():
    text = ("A customs official was shot dead in Odesa's Prymorskyi district on the morning of July 8, police said."
            "\n\nPolice said an unidentified man fired three shots at the official outside an apartment block and ran"
            " away. The victim died at the scene.\n\nThe shooting came hours after Russia launched a large drone attack"
            " on the city overnight. Three people were killed and 12 injured in Odesa, the regional governor said.")
    events = events_of(text, published="2025-07-08")
    news = [e for e in events if e["modality"] != "historical" and e["fatalities"]]
    assert news and all(e["fatalities"]["min"] == 1 for e in news), events


def test_an_undated_event_does_not_take_the_day_of_a_later_earlier_occasion():
    text = ("LIMA, June 11 (Reuters) - At least two people were killed on Wednesday when Peruvian troops and police "
            "broke a blockade by striking miners around a copper smelter in Ilo, the ombudsman's office said.\n\n"
            "Armoured trucks escorted a convoy out of the smelter. Protesters, who had blocked the road and torn down "
            "a fence around the site, threw rocks and burned tyres, witnesses said. Residents said troops fired live "
            "rounds.\n\nLast Saturday, six people were killed when police fired on farmers marching toward Puno.")
    events = events_of(text, published="2025-06-11")
    at_smelter = [e for e in by_type(events, "Excessive force against protesters") if e["location"]["name"] == "Ilo"]
    assert at_smelter and at_smelter[0]["date"]["start"] == "2025-06-11", events


def test_an_earlier_occasion_ranks_under_a_lead_dated_in_a_later_sentence():
    text = ("The number of people killed in a clash between riot police and striking miners outside the "
            "town of Potosi rose to five on Thursday, the health ministry said.\n\nPolice moved on Wednesday to "
            "break up the miners' blockade of the main highway.\n\nLast Saturday, seven people were killed when "
            "soldiers opened fire on farmers marching in Uyuni.")
    surest, events = surest_of(text, "2024-03-14")
    assert surest.date and surest.date.date_start != "2024-03-09", [(e.sub_event_type, e.date) for e in events]


def test_fighting_still_going_on_on_a_day_began_on_the_earlier_day_of_its_sentence():
    text = ("Rebels stormed the border town of Kamango on Monday, and fighting with the army was still going on on "
            "Tuesday, a military spokesman said.")
    events = events_of(text, "2024-06-11")
    clashes = by_type(events, "Armed clash")
    assert clashes and clashes[0]["date"]["start"] == "2024-06-10", [(e["sub_event_type"], e["date"]) for e in events]


def test_fighting_that_also_went_on_is_another_occasion():
    from sitreps.linking import _marks_another_occasion
    from sitreps.nlp import load_nlp

    text = ("Rebels shot down an army helicopter near Kidal on Tuesday, killing eleven soldiers. Fighting also "
            "continued around the airport of Gao.")
    fighting = next(e for e in extract_text(text, "2024-06-12", "x").events if e.trigger.text == "Fighting")
    assert _marks_another_occasion(load_nlp()(text), fighting)


def test_an_event_in_a_town_the_gazetteer_lacks_takes_no_town_told_later():
    # "D.G. Khan" is split by the tagger and unknown to the gazetteer; Quetta is another story's scene
    text = ("A bomb planted on a motorbike wounded six policemen in D.G. Khan on Monday, police officials said.\n\n"
            "The blast came a day after gunmen killed three soldiers in an attack on a checkpoint in Quetta.")
    bomb = by_type(events_of(text, "2023-05-08"), "Remote explosive/landmine/IED")
    assert bomb and bomb[0]["location"] is None


def test_the_day_people_hurt_in_an_attack_are_tended_to_is_not_the_attacks():
    text = ("A Kenyan air force plane carrying surgeons landed in Garissa on Sunday to evacuate people wounded in a "
            "car bombing that killed at least 30 people.\n\nSaturday's blast tore through a crowded bus station.")
    bombings = by_type(events_of(text, published="2023-05-14"), "Remote explosive/landmine/IED")
    assert [b["date"]["start"] for b in bombings] == ["2023-05-13"]


def test_a_day_still_to_come_does_not_date_an_event_told_in_the_past():
    events = events_of(
        "A gunman shot dead two guards at a bank in Lyon, police said. The attack has sharpened the debate on "
        "gun permits ahead of the regional vote on October 20.", "2025-10-04")
    assert events and all(e["date"] is None or e["date"]["start"] <= "2025-10-04" for e in events), events


def test_a_day_still_to_come_in_a_later_sentence_does_not_date_the_event_it_refers_to():
    events = events_of(
        "A guard who was wounded during an attack at a street market in Lyon has died, officials said.\n\n"
        "The attack has sharpened the debate on knife crime ahead of regional elections on October 20.",
        "2025-10-04")
    assert events and all(e["date"] is None or e["date"]["start"] <= "2025-10-04" for e in events), events


def test_the_date_of_a_dateline_under_a_headline_does_not_date_the_event():
    text = ("Drones strike oil depot near Odesa\n\n"
            "ODESA, August 12 /Ukrinform/. Russian drones set an oil depot near Odesa on fire on Sunday night, "
            "the regional governor said on Monday.")
    strikes = by_type(events_of(text, published="2024-08-12"), "Air/drone strike")
    assert strikes and all(e["date"]["start"] == "2024-08-11" for e in strikes), strikes


def test_violence_told_in_the_outbreak_clause_of_the_news_takes_the_day_it_broke_out():
    text = ("Kenya sent hundreds of police officers to the town of Molo on Saturday after communal violence erupted "
            "there, with mobs burning houses and shops. The clashes broke out on Friday evening after a dispute "
            "over grazing land.")
    mobs = [e for e in events_of(text, published="2024-03-16") if e["trigger"]["text"] == "mobs"]
    assert mobs and mobs[0]["date"]["start"] == "2024-03-15", mobs


def test_a_tally_across_the_front_does_not_raise_one_attacks_toll():
    text = ("One Ukrainian soldier was killed when separatists shelled positions near the village of Vodiane on "
            "Monday, the military said.\n\nIn total, three Ukrainian soldiers were killed and eight wounded across "
            "the front over the past day.")
    shelling = by_type(events_of(text, published="2017-02-07"), "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["fatalities"]["min"] == 1, shelling


KRAMATORSK_LEAD = ("SLOVIANSK, Ukraine (AP) — A rocket slammed into an apartment block in the town of Kramatorsk on "
                   "Tuesday, killing three residents, the regional governor said.\n\n")


def test_a_sentence_opening_in_another_town_tells_another_event():
    text = KRAMATORSK_LEAD + "In rebel-held Horlivka, separatist officials said five civilians died in army shelling " \
        "overnight."
    surest, events = surest_of(text, "2023-03-07")
    assert surest.location["name"] == "Kramatorsk" and surest.fatalities["min"] == 3
    assert [e.fatalities["min"] for e in events if e.location and e.location["name"] == "Horlivka"] == [5]


def test_a_daily_tally_across_the_east_is_no_towns_toll():
    from sitreps.linking import _tallied_across
    from sitreps.nlp import load_nlp

    doc = load_nlp()("Kyiv's general staff said nine of its troops had been killed across the east in the past day.")
    assert _tallied_across(next(t for t in doc if t.lower_ == "nine"))
    text = KRAMATORSK_LEAD + "In rebel-held Horlivka, separatist officials said two civilians died in army shelling " \
        "overnight. Kyiv's general staff said nine of its troops had been killed across the east in the past day."
    _, events = surest_of(text, "2023-03-07")
    assert [e.fatalities["min"] for e in events if e.location and e.location["name"] == "Horlivka"] == [2]


def test_troops_moving_into_a_taken_village_next_date_the_capture():
    events = events_of(
        "Ukrainian troops have taken control of the village of Zhovanka near Russian-held Horlivka, the army said "
        "on Wednesday.\n\nArmy units moved into the village on Tuesday after the separatists pulled out of their "
        "trenches there, it said.", published="2018-07-05")
    captures = [e for e in events if e["sub_event_type"].endswith("territory") and "control" in e["trigger"]["text"]]
    assert captures and captures[0]["date"]["start"] == "2018-07-03"


def test_a_legislature_confirming_a_result_is_no_statement_that_dates_the_riot():
    text = ("A crowd of protesters attacked the parliament building in the capital on Tuesday, police said.\n\n"
            "Rioters broke windows and set fire to cars outside. The assembly met again after midnight and "
            "confirmed the president's victory early Wednesday.")
    riot = by_type(events_of(text, published="2023-03-08"), "Violent demonstration")[0]
    assert riot["date"]["start"] == "2023-03-07"


def test_a_bombing_told_before_a_speakers_day_takes_the_day_its_toll_names():
    text = ("The interior minister has said that police do not yet know who carried out the suicide attack on a "
            "market in Kandahar.\n\n"
            "He told parliament on Tuesday that several suspects were being questioned.\n\n"
            "The toll from Sunday's explosion rose to 19 on Tuesday, hospital officials said.")
    bombing = [e for e in events_of(text, published="2023-05-10")
               if e["event_type"] == "Explosions/Remote violence"][0]
    assert bombing["date"]["start"] == "2023-05-07"


def test_a_strike_told_before_a_speakers_day_takes_the_day_told_further_down():
    text = ("A senior general has said that ground troops asked for the air strike that destroyed a clinic in "
            "Marib, killing 14 people.\n\n"
            "General Ahmed Saleh told journalists on Thursday that the request had come from a commander on the "
            "ground.\n\n"
            "Aid groups said the account kept changing and called for an independent inquiry into what "
            "happened and who gave the order. Their director said staff had sent the coordinates of the building "
            "to both sides weeks earlier, and that the calls for the bombing to stop went unanswered for an hour "
            "while the wards burned and doctors tried to move patients. The charity has pulled its staff out of "
            "the province and says it will not return until it has answers from the government.\n\n"
            "The clinic, which served several villages around the town, was bombed from the air shortly "
            "after midnight on Tuesday, and it burned for hours.")
    strike = by_type(events_of(text, published="2023-05-12"), "Air/drone strike")[0]
    assert strike["date"]["start"] == "2023-05-09"


def test_the_next_sentence_using_the_leads_verb_again_gives_the_leads_day():
    text = ("A guard who was stabbed during an attack at a street festival in Lyon has died, officials said "
            "Monday.\n\n"
            "The 31-year-old guard was stabbed in the neck on Saturday when he tried to disarm the attacker.")
    events = events_of(text, published="2023-07-11")
    lead = next(e for e in events if e["trigger"]["text"] == "attack")
    assert lead["date"]["start"] == "2023-07-08"


def test_an_attack_told_only_as_what_the_news_answered_is_not_the_news():
    text = ("The defence ministry said its units were pounding rebel positions in the hills with rockets. "
            "A spokesman said the operation was a response to a roadside bomb attack earlier in the day that "
            "killed five soldiers.")
    surest, events = surest_of(text, "2023-06-12")
    assert surest.sub_event_type == "Shelling/artillery/missile attack", events
    assert "Remote explosive/landmine/IED" in {e.sub_event_type for e in events}


def test_the_day_of_a_protest_against_the_attack_does_not_date_the_attack():
    events = events_of(
        "An armed group has claimed a bombing at a market in northern Iraq that killed nine people, as traders "
        "shut their shops across the province on Friday to denounce the attack.\n\n"
        "The group said its fighter had struck the crowd Wednesday in Kirkuk.", published="2024-03-08")
    bombing = events[0]
    assert bombing["date"]["start"] == "2024-03-06", bombing["date"]


def test_an_event_at_a_village_the_gazetteer_lacks_lies_in_the_district_the_report_puts_it_in():
    events = events_of(
        "Gunmen killed two farmers in Hrushkove on Friday, Ukrainian police said.\n\n"
        "Neighbours in Hrushkove, in the Pokrovsk district, said the men had been threatened.")
    attack = by_type(events, "Attack")
    assert attack and attack[0]["location"] and attack[0]["location"]["name"] == "Pokrovsk", events
    assert attack[0]["location"]["geo_precision"] == 2


def test_an_event_told_as_following_takes_the_day_of_the_sentence_before():
    text = ("Border guards said that late on March 3 they cornered a band of smugglers outside Sarny. A gunfight "
            "ensued in which two guards were wounded.\n\n"
            "On March 5, soldiers fought a second band in the same forest, the guards said.")
    clash = by_type(events_of(text, published="2022-03-06"), "Armed clash")[0]
    assert clash["date"]["start"] == "2022-03-03", clash["date"]


def test_the_raiders_arriving_on_a_day_in_the_next_sentence_date_the_raid():
    text = ("Armed bandits have kidnapped about 40 farmers from a hamlet in the north of the country, village elders "
            "said on Thursday.\n\nThe bandits arrived on foot on Monday night, tied up the men in the fields and "
            "marched them into the forest, said Musa Bello, a local councillor.")
    abduction = by_type(events_of(text, published="2021-03-11"), "Abduction/forced disappearance")[0]
    assert abduction["date"]["start"] == "2021-03-08"


def test_the_lead_event_takes_the_dead_of_its_incident_told_as_another_kind():
    events = extract_text(
        "Gunmen stormed a police station in the town of Kunduz on Monday, and blasts and gunfire were heard for "
        "hours. A provincial official said the hospital had received five bodies.", "2023-03-07", "x").events
    violent = [e for e in events if e.event_type in {"Battles", "Explosions/Remote violence"}]
    assert len(violent) >= 2, events
    lead = max(violent, key=lambda e: e.confidence)
    assert lead.fatalities and lead.fatalities["min"] == 5, events


def test_violence_told_at_another_place_keeps_no_toll_of_its_own():
    events = events_of(
        "Troops shelled the village of Ivanivka on Friday, killing three civilians. "
        "On Saturday a clash in Lviv left soldiers wounded.", published="2023-03-12")
    clash = by_type(events, "Armed clash")
    assert clash and clash[0]["fatalities"] is None, events


def test_a_day_told_with_the_wounded_dates_the_killing_joined_to_it():
    # "on Saturday" hangs on "wounded", which is joined to "killed"; Monday is only the day the office spoke
    events = events_of("Two volunteers were killed and a medic was wounded on Saturday when their bus drove over an "
                       "anti-tank mine near the river, the regional administration said on Monday.",
                       published="2023-05-12")
    mine = by_type(events, "Remote explosive/landmine/IED")[0]
    assert mine["date"]["start"] == "2023-05-06"


def test_a_day_of_the_dead_dates_the_when_clause_after_them_however_it_is_parsed():
    text = ("A Malian soldier was killed on Friday when jihadist fighters shelled positions of the Armed Forces "
            "near Gao, west of the city airport, the press office of the Armed Forces command has reported.")
    doc = load_nlp()(text)
    day = char_span_root(doc, text.index("Friday"), text.index("Friday") + len("Friday"))
    shelled = char_span_root(doc, text.index("shelled"), text.index("shelled") + len("shelled"))
    assert _dates_casualty_clause(day, shelled)
    reported = char_span_root(doc, text.index("reported"), text.index("reported") + len("reported"))
    assert not _dates_casualty_clause(day, reported)


def test_a_tally_where_another_place_has_seen_killings_is_not_the_attack_s_toll():
    text = ("A man wounded in a shooting attack at a Haifa cafe last week died on Monday, raising the death toll "
            "to two, the hospital said.\n\nThe attack was the latest in a series of assaults this spring. Police "
            "have since launched raids in the Golan Heights, where at least 15 men have been killed, some while "
            "carrying out attacks.")
    events = events_of(text, published="2023-05-10")
    attack = next(e for e in events if e["location"] and e["location"]["name"] == "Haifa")
    assert attack["fatalities"]["min"] == 2


def test_a_day_the_sentence_before_gives_to_violence_dates_the_fight_it_introduces():
    text = ("Rebels in the north announced a truce on the morning of June 11, hours after a deadline expired.\n\n"
            "The army's first push into the valley ended in bloodshed on Sunday. A lieutenant was killed when his "
            "patrol came under automatic fire at a roadblock near Kidal, and three soldiers were wounded, the "
            "defence ministry said.")
    clash = by_type(events_of(text, published="2019-06-11"), "Armed clash")[0]
    assert clash["date"]["start"] == "2019-06-09"


def test_a_time_of_day_after_before_is_no_earlier_occasion():
    from sitreps.linking import _sequence_phrase
    from sitreps.nlp import load_nlp

    doc = load_nlp()("A drone hit a hotel in central Goma before dawn on Friday, killing a 60-year-old guard and "
                     "wounding three guests.")
    assert _sequence_phrase(next(t for t in doc if t.text == "Friday")) is None


def test_a_town_of_another_days_attack_told_apart_does_not_place_the_news():
    events = events_of(
        "BEIRUT (AFP) - Air strikes on a market in northern Syria killed at least 20 people late on Sunday, a "
        "monitor said. The monitor raised the toll to 25 on Monday as rescuers pulled more bodies from the rubble "
        "in a village in southern Idlib province. On Saturday, a gunman killed nine people at a checkpoint in "
        "Homs, and a second attacker blew himself up at a bus station nearby.", published="2019-04-08")
    strike = next(e for e in events if e["sub_event_type"] == "Air/drone strike")
    assert strike["location"]["name"] == "Idlib", (strike["location"], events)


def test_a_recap_weeks_old_is_background_even_when_the_lead_tells_no_event():
    events = events_of(
        "GENEVA, June 30. Negotiators for both sides are preparing a new round of talks, officials said on "
        "Monday.\n\nA ceasefire agreed on Sunday held overnight along the whole front line, the mediators said.\n\n"
        "On May 12, the army announced that its troops had seized the town of Pokrovka after weeks of fighting.",
        published="2025-06-30",
    )
    recap = [e for e in events if e["date"] and e["date"]["start"] == "2025-05-12"]
    assert recap and all(e["modality"] == "historical" for e in recap), events


def test_a_closing_recap_is_background_though_no_event_comes_before_it():
    events = events_of(
        "GENEVA, June 30. Negotiators for both sides are preparing a new round of talks, officials said on "
        "Monday.\n\nThe mediators hope to hold the meeting before the end of July.\n\n"
        "On May 12, troops seized the town of Pokrovka after weeks of fighting.",
        published="2025-06-30",
    )
    recap = [e for e in events if e["date"] and e["date"]["start"] == "2025-05-12"]
    assert recap and all(e["modality"] == "historical" for e in recap), events


def test_a_town_naming_an_earlier_dated_occasion_does_not_narrow_the_country():
    text = ("BANNU, Pakistan (AFP) - Gunmen stormed a hospital in northwest Pakistan on Thursday, killing at least 12 "
            "patients, in a siege that recalled the 2014 Peshawar school massacre, officials said.\n\n"
            "The attackers climbed over the walls of the hospital in Bannu before dawn.")
    siege = next(e for e in events_of(text, published="2016-02-11") if e["trigger"]["text"] == "stormed")
    assert siege["location"]["name"] == "Bannu"


def test_an_undated_event_takes_the_day_that_opens_the_sentence_before_it():
    text = ("Belarus's foreign ministry condemned the raids in a statement on November 14.\n\n"
            "On November 12, officers of the KGB searched dozens of flats in Grodno. Eleven people were detained, "
            "and six of them were flown to Minsk.")
    arrests = by_type(events_of(text), "Arrests")
    assert arrests and arrests[0]["date"]["start"] == "2022-11-12"


def test_a_tally_over_the_past_day_is_not_the_toll_of_an_event_counting_its_own():
    text = ("Three people killed in shelling of Tsyrkuny near Kharkiv\n\n"
            "Russian forces shelled the village of Tsyrkuny north of Kharkiv on Monday, killing three residents "
            "and wounding two, the regional governor said.\n\n"
            "He said Kharkiv itself had again been shelled, with rockets falling in the Saltivka district. The "
            "emergency service said earlier that seven people had been killed in the city over the past day.")
    events = events_of(text, published="2022-04-18")
    strike = by_type(events, "Shelling/artillery/missile attack")[0]
    assert strike["fatalities"]["min"] == 3


def test_a_state_after_a_town_of_an_earlier_shooting_does_not_make_it_news():
    text = ("As East Texas grieved on Monday, neighbours began to tell the stories of the four people shot dead on "
            "Saturday at a church.\n\nThe attack came eight days after a man in Tyler, Texas, shot dead three "
            "neighbours at their house.")
    events = extract_text(text, "2023-05-08", "x").events
    earlier = [e for e in events if e.trigger.start > text.index("Tyler")]
    assert earlier and all(e.modality == "historical" for e in earlier), [(e.trigger.text, e.modality) for e in events]


def test_the_town_of_an_earlier_shooting_is_not_where_the_news_happened():
    text = ("As East Texas grieved on Monday, neighbours began to tell the stories of the four people shot dead on "
            "Saturday at a church.\n\nThe attack came eight days after a man in Tyler, Texas, shot dead three "
            "neighbours at their house.")
    events = extract_text(text, "2023-05-08", "x").events
    news = next(e for e in events if e.trigger.start < text.index("Tyler"))
    assert news.location is None or news.location["name"] != "Tyler"


def test_an_event_counted_among_after_a_counted_after_is_dated_from_the_clause_day():
    text = ("Police in Denver on Thursday released the name of the gunman, two days after one of the worst workplace "
            "shootings in Colorado history.")
    shootings = [e for e in events_of(text, published="2024-05-16") if e["trigger"]["text"] == "shootings"]
    assert shootings and shootings[0]["date"]["start"] == "2024-05-14"


def test_violence_shown_in_released_footage_is_dated_from_the_attack_the_release_follows():
    text = ("The sheriff's office on Thursday released footage of deputies shooting the gunman who had killed four "
            "workers, a day after the rampage at a warehouse in Denver.")
    events = events_of(text, published="2024-05-16")
    shooting = [e for e in events if e["trigger"]["text"] == "shooting"]
    assert shooting and shooting[0]["date"]["start"] == "2024-05-15", events


def test_the_attack_told_after_a_vigil_takes_the_day_its_mourned_were_killed():
    text = ("Hundreds of mourners packed the square in Denver on Wednesday evening for a vigil honoring the four "
            "workers killed at the warehouse on Monday, lighting candles.\n\nThe mayor said one of the workers "
            "killed in the attack had coached his son's football team.")
    attack = [e for e in events_of(text, published="2024-05-16") if e["trigger"]["text"] == "attack"]
    assert attack and attack[0]["date"]["start"] == "2024-05-13"


HOURS_AFTER = ("Local officials said the travellers were crossing a river when gunmen stopped their boats and opened "
               "fire.\n\nThe army said its helicopters bombed a militant hideout near the river late Sunday, hours "
               "after the attack.")


def test_a_claimed_attack_takes_the_day_of_what_came_hours_after_it_not_the_claim_s():
    text = ("BAMAKO (AP) - An armed group on Monday claimed responsibility for the attack on villagers travelling to "
            "a weekly market in central Mali, as the death toll rose to 14.\n\n" + HOURS_AFTER)
    attacks = by_type(events_of(text, published="2019-03-11"), "Attack")
    assert attacks and all(e["date"]["start"] == "2019-03-10" for e in attacks), attacks


def test_an_undated_attack_takes_the_day_of_what_came_hours_after_it_not_the_lead_s():
    text = ("BAMAKO (AP) - Hundreds of mourners gathered on Monday in central Mali to bury the villagers, chanting "
            "against the government.\n\n" + HOURS_AFTER)
    attack = next(e for e in events_of(text, published="2019-03-11") if e["trigger"]["text"] == "opened fire")
    assert attack["date"]["start"] == "2019-03-10"


def test_men_an_armed_group_is_said_to_have_lost_are_not_the_clash_toll():
    text = ("Three Ukrainian soldiers were killed on Tuesday when separatist fighters attacked a checkpoint near "
            "Popasna, the army said.\n\nThe army said the rebels had lost at least eight men killed in the "
            "assault, a claim that could not be verified.")
    events = events_of(text, published="2017-06-14")
    clash = [e for e in events if e["event_type"] == "Battles"]
    assert clash and clash[0]["fatalities"]["min"] == 3, events


def test_a_day_tally_told_beside_a_strike_is_not_its_toll():
    text = ("Russian troops shelled Irpin on Monday morning. Three people were killed, the governor said.\n\n"
            "Over the past day, Russian shelling also killed six people in the region, according to emergency "
            "services.")
    events = events_of(text, published="2022-03-21")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["fatalities"]["min"] == 3, events


def test_a_day_told_shortly_before_the_news_dates_it_rather_than_the_speakers_day():
    text = ("Gunmen abducted two aid workers after shooting at their car shortly after they entered the town of "
            "Reynosa on Thursday, police said Saturday.")
    events = events_of(text, published="2023-03-06")
    abduction = by_type(events, "Abduction/forced disappearance")
    assert abduction and abduction[0]["date"]["start"] == "2023-03-02", events


def test_the_eve_named_by_its_weekday_dates_an_overnight_attack_in_a_town_of_the_lead_region():
    text = ("Gunmen killed at least 18 people in overnight raids on villages in Nigeria's Kaduna state, police "
            "said on Thursday.\n\nThe attackers stormed communities in the Kauru area late on Wednesday, "
            "shooting residents, a police spokesman said.")
    events = events_of(text, published="2023-05-18")
    raid = [e for e in events if e["fatalities"] and e["fatalities"]["min"] == 18]
    assert raid and raid[0]["date"]["start"] == "2023-05-17", events


def test_the_eve_told_without_its_late_hours_is_another_occasion_than_the_overnight_attack():
    text = ("Russian troops shelled the town of Balakliia in Kharkiv region overnight, killing a woman, the "
            "governor said on Thursday.\n\nHe said the regional centre, Kharkiv, had come under fire again on "
            "Wednesday, when a rocket attack on a school left three people dead.")
    events = events_of(text, published="2022-09-15")
    strike = [e for e in events if e["fatalities"] and e["fatalities"]["min"] == 1]
    assert strike and strike[0]["date"]["start"] == "2022-09-15", events


def test_a_dateline_town_named_again_only_as_where_a_lorry_was_headed_yields_to_the_town_told_next():
    location = _lead_location(
        "KANO, May 3 (Reuters) - Gunmen hijacked a lorry headed for Kano in northern Nigeria before dawn on Tuesday "
        "and killed six traders on board, police said.\n\n"
        "The lorry was halted about 40 km from the town of Katsina shortly after it left.")
    assert location["name"] == "Katsina", location


def test_a_town_named_only_for_the_district_of_an_unnamed_village_does_not_place_a_regional_attack():
    text = ("On the night of 14 June, Russian forces attacked the Khmelnytskyi region with attack drones. One of them "
            "hit a grain elevator on the outskirts of Shepetivka. A security guard was killed, the regional governor "
            "said.\n\nAir defence forces destroyed several drones over the region. Falling wreckage damaged a barn in "
            "a village of the Khmelnytskyi district; no one was hurt there.")
    strike = by_type(events_of(text, published="2023-06-14"), "Air/drone strike")[0]
    assert strike["location"]["name"] == "Shepetivka", strike["location"]


def test_a_dateline_town_named_again_only_where_the_hurt_lie_yields_to_the_town_told_next():
    location = _lead_location(
        "KANO, May 3 (Reuters) - Gunmen killed six traders on a highway before dawn on Tuesday, police said.\n\n"
        "Two other traders remain in critical condition at the teaching hospital in Kano. Their lorry was halted "
        "about 40 km from the town of Katsina shortly after it left.")
    assert location["name"] == "Katsina", location


def test_a_dateline_town_named_again_only_as_the_scene_of_an_older_attack_yields_to_the_town_told_next():
    location = _lead_location(
        "KANO, May 3 (Reuters) - Gunmen hijacked a bus travelling to Kano in northern Nigeria before dawn on Tuesday "
        "and killed six of its passengers, police said.\n\n"
        "The bus was halted about 40 km from the town of Katsina shortly after it left.\n\n"
        "The same gang killed 30 people in its raid on Kano's central market in March 2021.")
    assert location["name"] == "Katsina", location


def test_a_country_named_across_a_border_does_not_keep_out_a_town_on_the_other_side():
    location = _lead_location(
        "Troops fire tear gas as food blocked at Brazil border\n\n"
        "Soldiers fired tear gas on Sunday at crowds trying to carry food across the border from Brazil.\n\n"
        "In the border town of Guayaramerin, protesters threw stones at the soldiers, witnesses said.\n\n"
        "Brazil's foreign ministry said 40 people were hurt on both sides of the border.\n\n"
        "The president cut ties with Brazil.")
    assert location["name"] == "Guayaramerín", location


def test_the_event_a_later_death_adds_to_is_named_back_not_told_anew():
    events = events_of(
        "A shell hit a farmhouse in Toretsk on Sunday, killing a teenager, the regional governor said. His "
        "grandfather was badly hurt and died on Monday in a hospital in Kramatorsk, bringing the toll from the "
        "shelling to two.",
        published="2023-05-02",
    )
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert len(shelling) == 1, shelling
    assert shelling[0]["fatalities"]["min"] == 2


def test_the_dead_of_a_run_of_attacks_are_not_the_latest_attacks_toll():
    events = events_of(
        "A man with a knife attacked shoppers at a market in Beersheba on Tuesday, killing two women. The "
        "assault came after a spate of stabbings and car rammings since February that have killed 14 people.",
        published="2022-03-22")
    attacks = [e for e in events if e["sub_event_type"] == "Attack" and e["fatalities"]]
    assert attacks and {e["fatalities"]["min"] for e in attacks} == {2}


def test_a_toll_summed_over_scenes_gives_way_to_the_struck_scenes_own_count():
    text = ("ODESA, Ukraine (AP) — Russian attacks on Ukraine's Odesa region killed seven people on Thursday, "
            "including four at a seaside park just outside the city of Odesa, officials said.\n\n"
            "A missile hit the park near the village of Fontanka in the evening, killing four people, regional Gov. "
            "Oleh Kiper said. Drones killed three more in the Izmail district.")
    missile = by_type(events_of(text, published="2024-06-13"), "Shelling/artillery/missile attack")[0]
    assert missile["location"]["name"] == "Fontanka"
    assert missile["fatalities"]["min"] == 4


def test_the_dead_of_a_crash_told_after_an_attack_are_not_its_toll():
    text = ("DAYTON, Ohio (AP) — A man was shot dead when a gunman opened fire outside a bar in downtown Dayton early "
            "on Sunday, police said.\n\n"
            "Hours later, a police helicopter searching for the suspect crashed in a field north of the city, killing "
            "three officers on board. Investigators said the weather was poor.")
    shooting = by_type(events_of(text, published="2023-03-12"), "Attack")[0]
    assert shooting["fatalities"]["min"] == 1


def test_a_strait_told_after_the_area_that_holds_it_is_the_same_scene():
    # "on the crossing to Crimea" and "across the Kerch Strait" tell one blast; its toll stays with it
    text = ("A car bomb went off on the ferry crossing to Crimea early on Sunday, port officials said.\n\n"
            "The car had blown up on the deck as the ferry sailed across the Kerch Strait, killing two people, "
            "investigators said.")
    bombs = by_type(events_of(text, published="2023-04-02"), "Remote explosive/landmine/IED")
    assert len(bombs) == 1 and bombs[0]["fatalities"]["min"] == 2


def test_a_later_day_hung_on_an_inquiry_verb_that_has_its_own_day_dates_the_event_inquired_into():
    events = events_of("Prosecutors on Friday opened an investigation into the shooting that left a teacher dead and "
                       "three pupils injured at a school in Granada, in the south of Spain, on Tuesday afternoon.",
                       published="2024-02-16")
    shooting = events[0]
    assert (shooting["date"]["start"], shooting["date"]["text"]) == ("2024-02-13", "Tuesday afternoon"), events


def test_a_datelines_day_is_no_day_of_the_toll_verb_that_gives_the_later_day_to_the_event():
    # "Nov 12" is the report's day: "on Thursday" stays the toll update's, not the raid's (of Wednesday)
    events = events_of("SAO PAULO, Nov 12 (Reuters) - The death toll from a police raid against a drug gang in Sao "
                       "Paulo's southern slums rose to 35 on Thursday, the state government said. About 900 officers "
                       "took part in Wednesday's raid.", published="2026-11-12")
    raid = events[0]
    assert raid["date"]["start"] == "2026-11-11", events


def test_a_death_in_hospital_is_told_apart_from_a_death_at_the_scene():
    text = "Four guards died at the roadblock and two more died in hospital overnight."
    doc = load_nlp()(text)
    first = text.index("died")
    second = text.index("died", first + 1)
    assert not _died_in_care(char_span_root(doc, first, first + 4))
    assert _died_in_care(char_span_root(doc, second, second + 4))


def test_a_count_in_a_separately_sentence_without_a_known_town_is_not_the_leads_toll():
    events = events_of(
        "Rebels kill three soldiers in attack on army outpost in Beni\n\n"
        "Three soldiers were killed on Friday when rebels attacked an army outpost in Beni, officials said.\n\n"
        "The rebels struck the outpost at dawn with machine guns, the army said.\n\n"
        "Separately, in a remote chiefdom to the north, the bodies of six traders who went missing on Thursday were "
        "found, residents said.",
        published="2022-09-10")
    lead = max(events, key=lambda e: e["confidence"])
    assert lead["fatalities"]["min"] == 3, lead


def test_a_town_where_most_of_the_dead_fell_is_not_the_whole_events_place():
    def place_of(share: str) -> str:
        text = (f"NAIROBI, July 8 (Reuters) - Kenyan police shot dead 11 demonstrators on Monday, {share} in Kisumu, "
                "during protests against tax rises, a rights group said.")
        [event] = by_type(events_of(text, published="2019-07-08"), "Excessive force against protesters")
        return event["location"]["name"]

    assert place_of("most of them") == "Nairobi"
    assert place_of("seven of whom") == "Nairobi"
    # every one of the dead there: that town is the scene
    assert place_of("all of them") == "Kisumu"


def _cluster_of(doc, trigger_word: str, confidence: float) -> _Cluster:
    token = next(t for t in doc if t.text == trigger_word)
    trigger = Span(token.text, token.idx, token.idx + len(token.text))
    sentence = Span(token.sent.text, token.sent.start_char, token.sent.end_char)
    event = EventMention("x", "Explosions/Remote violence", "Shelling/artillery/missile attack", confidence, trigger,
                         sentence, modality="reported")
    return _Cluster([_Mention(event=event, sentence=token.sent, governor=token)])


def test_a_strike_named_back_in_another_region_ranks_below_the_strike_it_names():
    doc = load_nlp()(
        "Cruise missiles pounded an ammunition store near Tokmak on Thursday, the general staff said. It said the "
        "strike had also hit a fuel depot in the Melitopol district.")
    first, named_back = _cluster_of(doc, "pounded", 0.85), _cluster_of(doc, "strike", 0.9)
    _references_below_their_event(doc, [first, named_back])
    assert named_back.event.confidence < first.event.confidence


def test_a_bombing_named_back_as_a_suicide_one_further_down_is_the_same_bombing():
    events = events_of(
        "A car bomb exploded beside a police bus in the city of Mersin on Monday, killing six officers, the governor "
        "said.\n\nWitnesses described shattered windows along the avenue. Ambulances took the wounded to two "
        "hospitals.\n\nThe interior minister said the attack bore every sign of a suicide bombing.",
        published="2023-03-06")
    suicide = by_type(events, "Suicide bomb")
    assert len(suicide) == 1 and suicide[0]["fatalities"]["min"] == 6
    assert not by_type(events, "Remote explosive/landmine/IED")


def test_a_day_told_after_the_subject_dates_its_attack_not_the_later_death():
    text = ("A bus driver injured in the car bombing outside a Mogadishu hotel earlier this week died of his "
            "injuries on Friday, hospital staff said.")
    bombing = [e for e in events_of(text, published="2023-03-10") if e["event_type"] == "Explosions/Remote violence"][0]
    assert bombing["date"]["precision"] == "week" and bombing["date"]["start"] == "2023-03-06"


def test_the_town_a_wounded_soldier_was_flown_to_is_not_the_scene():
    text = ("A Ukrainian soldier died of wounds from a Russian artillery strike near the village of Krasnohorivka on "
            "February 5, the army said on Monday.\n\nThe soldier, who had been airlifted to a hospital in Kurakhove, "
            "died during the night, his unit said.")
    strike = by_type(events_of(text, published="2023-02-06"), "Shelling/artillery/missile attack")[0]
    assert strike["location"]["name"] == "Krasnohorivka"


def test_an_attack_told_again_by_its_word_next_takes_the_town_named_there():
    # the lead places the attack only in its province; the next sentence tells it again ("attacked the station")
    # in a town of that province, with words that suggest another type: one attack, in that town
    events = events_of(
        "CALI, May 3 (Reuters) - Seven Colombian police officers were killed and four wounded in an attack by FARC "
        "dissidents on a police station in the southwestern province of Cauca late on Saturday, the police said.\n\n"
        "Rebels attacked the station in a rural part of the municipality of Argelia, near the Pacific coast, with "
        "explosives and rifles after dark, the police said in a statement.", published="2022-05-03")
    assert [(e["sub_event_type"], e["location"]["name"]) for e in events] == [("Armed clash", "Argelia")]


def test_undated_violence_takes_the_day_a_sentence_before_names_by_its_dead():
    # the shells fell on Monday, when the two were killed, not on Thursday, when the body was flown home
    text = ("The remains of a Spanish aid worker were returned to Madrid on Thursday as the government pressed "
            "Damascus for answers.\n\nThe foreign minister said Spain wanted to learn \"what exactly happened\" on "
            "Monday, when the aid worker and his driver were killed outside Idlib.\n\nA colleague who survived said "
            "the convoy had pulled over to the roadside when artillery shells began landing around it.")
    shelling = by_type(events_of(text, published="2023-03-10"), "Shelling/artillery/missile attack")
    assert [e["date"]["start"] for e in shelling] == ["2023-03-06"]


def test_a_responsibility_claim_is_dated_by_the_claimant_s_account_of_the_attack():
    text = ("NAIROBI (AP) — An armed faction on Friday claimed responsibility for a car bombing outside the "
            "finance ministry in the capital that killed seven people.\n\n"
            "The faction said one of its men had aimed at office workers as they arrived at the ministry on "
            "Thursday morning.")
    bombing = next(e for e in events_of(text, published="2021-06-05") if "bomb" in e["sub_event_type"].lower()
                   or "explosive" in e["sub_event_type"].lower())
    assert bombing["date"]["start"] == "2021-06-03", bombing["date"]


def test_a_day_counted_back_in_the_event_nouns_own_clause_dates_the_event():
    text = ("Mourners gathered on March 12 for the soldiers killed in the roadside bomb attack that struck an army "
            "truck near Velmora two days earlier.")
    surest, events = surest_of(text, "2023-03-13")
    assert surest.sub_event_type == "Remote explosive/landmine/IED", [(e.sub_event_type, e.date) for e in events]
    assert surest.date and surest.date.date_start == "2023-03-10", [(e.sub_event_type, e.date) for e in events]


def test_an_attack_restated_beside_the_speakers_day_is_not_dated_by_it():
    # the parse hangs "the bloodiest attack ..." on "Monday", the day the spokesman spoke
    events = events_of(
        "Nineteen police officers were killed in a drone strike on their post outside Mekelle, a regional spokesman "
        "said Monday, the bloodiest attack on the police since the truce collapsed.\n\n"
        "The strike hit the post late Sunday, the spokesman added.", published="2021-03-08")
    strike = by_type(events, "Air/drone strike")[0]
    assert strike["date"]["start"] == "2021-03-07", events


def test_a_day_told_to_a_briefing_that_troops_entered_the_town_dates_the_taking():
    # the parse reads "that troops had entered ..." as a relative clause on "a briefing"
    events = events_of(
        "Government troops have taken back the village of Pisky after two days of battles with rebels, an army "
        "spokesman said on Tuesday.\n\n"
        "Oleh Marchuk, the spokesman, told a briefing that soldiers had entered Pisky on Monday and were searching "
        "the houses for mines.", published="2015-06-09")
    taking = by_type(events, "Government regains territory")[0]
    assert taking["date"]["start"] == "2015-06-08", events


def test_a_town_taken_after_fighting_on_one_day_is_dated_by_the_fighting_not_the_speaker():
    events = events_of(
        "Troops have retaken the village of Pisky after heavy fighting on Monday, an army spokesman said on Tuesday.",
        published="2015-06-09")
    taking = by_type(events, "Government regains territory")[0]
    assert taking["date"]["start"] == "2015-06-08", events


def test_a_day_of_mourning_a_speaker_announced_is_not_the_day_he_spoke():
    text = ("3 June 2024, 11:20\n\n"
            "The death toll from the Russian missile strike on a market in Kupiansk has climbed to five, the regional "
            "governor said.\n\n"
            "The town's mayor announced a day of mourning in the town on 4 June.")
    events = events_of(text, published="2024-06-03")
    strikes = by_type(events, "Shelling/artillery/missile attack")
    assert strikes and strikes[0]["date"]["start"] == "2024-06-03", strikes


def test_a_day_closing_a_run_of_deeds_dates_each_of_them():
    events = events_of("Schools were shut across Bhiwandi on Tuesday after crowds hurled bricks, torched motorbikes "
                       "and attacked shops near the market on Monday evening over reports that a flag had been torn "
                       "during a protest.")
    torched = next(e for e in events if e["trigger"]["text"] == "torched")
    assert torched["date"]["start"] == "2022-11-14", [(e["trigger"]["text"], e["date"]) for e in events]
    # a year inside the last deed's object is no day of the run
    clash = events_of("Gunmen stormed the central jail in the capital before dawn on Saturday, exchanging fire with "
                      "guards and freeing two generals on trial over the 2011 stadium killings.")[0]
    assert clash["date"]["start"] == "2022-11-12"


def test_a_massacre_told_in_a_clause_months_before_the_news_keeps_its_own_toll():
    text = ("Gunmen killed 31 villagers in the Tahoua region of Niger on Sunday, the interior ministry said.\n\n"
            "The attack comes two months after 70 people were killed in two hamlets near the Mali border, one of the "
            "worst massacres in the region.")
    killing = next(e for e in events_of(text, "2021-06-01") if e["trigger"]["text"] == "killed")
    assert killing["fatalities"]["min"] == 31


def test_a_count_right_after_a_past_day_tally_goes_on_with_that_tally():
    doc = load_nlp()("Over the past day, the army press centre counted 64 attacks on its positions. Three soldiers "
                     "were killed and five wounded, a spokesman said.")
    three = next(t for t in doc if t.lower_ == "three")
    assert _tallied_over_past_day(three)
    lead = load_nlp()("Rebel gunners shelled the town on Sunday. Three people were killed, the police said.")
    assert not _tallied_over_past_day(next(t for t in lead if t.lower_ == "three"))


def test_an_exchange_is_placed_where_its_captives_were_taken_in_a_party_country():
    text = ("KYIV (Reuters) - Ukraine and Russia swapped 250 prisoners of war on Thursday, in a deal agreed at talks "
            "in Abu Dhabi earlier this month.\n\n"
            "The returning Ukrainian soldiers were taken to a hospital in the Sumy region for treatment, the "
            "coordination centre said.")
    [event] = by_type(events_of(text, published="2024-06-20"), "Agreement")
    assert event["location"]["name"] == "Sumy", event["location"]


def test_an_exchange_is_not_placed_where_its_captives_go_next():
    text = ("KYIV (Reuters) - Russia and Ukraine exchanged 60 prisoners of war each on Friday, officials in Kyiv "
            "said.\n\n"
            "Moscow's defence ministry said its 60 men would be flown to Moscow to see doctors. The Ukrainians were "
            "driven to Belarus before being flown to Lviv, the ministry said.")
    [event] = by_type(events_of(text, published="2024-03-15"), "Agreement")
    assert event["location"]["name"] not in {"Moscow", "Lviv"}, event["location"]


def test_an_exchange_is_not_placed_where_its_captives_were_once_captured():
    # "taken prisoner after the siege of Kharkiv" tells when and how the men were captured, not where they arrived
    text = (
        "KYIV (Reuters) - Ukraine brought home 95 soldiers in a prisoner swap with Russia on Wednesday, the "
        "president's office said.\n\n"
        "Among them were marines who had been taken prisoner after the siege of Kharkiv in the spring, it said."
    )
    [event] = by_type(events_of(text, published="2024-08-14"), "Agreement")
    assert event["location"]["name"] != "Kharkiv", event["location"]


def test_a_regions_tally_of_the_day_is_no_town_s_event_and_does_not_lead():
    text = ("Russian shelling of Zaporizhzhia Oblast killed four people and wounded nine over the past day, the "
            "regional governor said on Oct. 3.\n\n"
            "Three of them were killed in Huliaipole, where a drone struck a bus stop on the morning of Oct. 2.")
    events = events_of(text, published="2024-10-03")
    tally = next(e for e in events if e["fatalities"] and e["fatalities"]["min"] == 4)
    assert tally["location"]["name"] != "Hulyaypole"
    assert events[0]["location"]["name"] == "Hulyaypole"


@pytest.mark.parametrize("text, town", [
    ("Russian troops killed three civilians in two border communities of the Chernihiv region on Monday, the "
     "regional military administration said.\n\nIn the morning, Russian artillery shelled the Semenivka community, "
     "killing a man and a woman. In the evening, a drone hit a car in the Snovsk community, killing the driver.",
     "Semenivka"),
    ("Russian troops killed three civilians in two communities of the Kharkiv region on Sunday, the regional "
     "governor said.\n\nIn the morning, the enemy shelled the Velykyi Burluk community with mortars, killing a man "
     "and his son. In the afternoon, a drone dropped explosives on a car in the Zolochiv community, killing the "
     "driver.", "Velykyi Burluk"),
])
def test_dead_told_in_several_communities_of_a_region_are_its_tally_and_the_town_s_event_leads(text: str, town: str):
    # the lead sums up two attacks: taken for the report's news, it would merge the report with the other town's
    events = events_of(text, published="2024-05-06")
    assert events[0]["location"]["name"] == town, [e["location"]["name"] for e in events]


def test_a_lead_s_unnamed_town_is_the_one_the_next_sentence_names_for_the_strike():
    text = ("KYIV, Jan 9 (Reuters) - A Russian drone struck an apartment block in a town outside Kyiv overnight, "
            "killing a woman, officials said.\n\nThe strike in Bilohorodka, a commuter village just west of the "
            "capital, set two floors of a nine-storey building on fire, the governor said.")
    [event] = events_of(text, published="2024-01-09")
    assert event["location"]["name"] == "Bilohorodka", event["location"]


def test_a_village_next_to_a_city_is_near_it_and_the_one_the_next_sentence_names():
    text = ("KYIV, Oct 3 (Reuters) - Two farmers were killed when shells hit a village next to Kherson on Thursday, "
            "officials said.\n\nThe shelling of Chornobaivka, a village just north-west of the city, was the "
            "deadliest breach of a local truce agreed on Sept. 20.")
    strikes = by_type(events_of(text, published="2024-10-03"), "Shelling/artillery/missile attack")
    assert [e["location"]["name"] for e in strikes] == ["Chornobaivka"], strikes


def test_a_day_told_in_a_participle_of_another_noun_does_not_date_the_event():
    # "a truce signed ... on Sept. 20" dates the truce: the shelling is the lead's, two weeks later
    text = ("KYIV, Oct 3 (Reuters) - Two farmers were killed when shells hit a village near Kherson on Thursday, "
            "officials said.\n\nThe shelling of Chornobaivka, a village held by Ukrainian troops north-west of the "
            "city, was one of the deadliest breaches of a truce signed in Geneva on Sept. 20.")
    strikes = by_type(events_of(text, published="2024-10-03"), "Shelling/artillery/missile attack")
    assert [e["date"]["start"] for e in strikes] == ["2024-10-03"], strikes


def test_the_dead_a_run_of_attacks_left_are_no_one_attack_s_toll():
    text = ("Officials halted the talks on Monday after a string of attacks on border posts that left six guards "
            "dead. The worst was Saturday's bombing of a checkpoint in Cucuta, which killed four guards.")
    events = events_of(text, published="2019-03-11")
    assert [e["fatalities"]["min"] for e in events if e["fatalities"]] == [4]


def _main_day(text: str, published: str) -> str:
    event, events = surest_of(text, published)
    assert event.date is not None, events
    return event.date.date_start


def test_overnight_attack_told_to_begin_late_on_the_eve_takes_the_eve():
    text = ("Gunmen killed at least nine farmers in an overnight raid on the village of Kurmin Dutse in "
            "northern Nigeria, the state police said on Thursday.\n\nThe attackers rode into the village on "
            "motorbikes late on Wednesday, a police spokesman said.")
    assert _main_day(text, "2024-03-14") == "2024-03-13"


def test_overnight_attack_told_to_begin_shortly_before_midnight_takes_the_eve():
    text = ("Gunmen killed at least nine farmers in an overnight raid on the village of Kurmin Dutse in "
            "northern Nigeria, the state police said on Thursday.\n\nThe attackers struck shortly before "
            "midnight on Wednesday, shooting residents as they fled, a police spokesman said.")
    assert _main_day(text, "2024-03-14") == "2024-03-13"


def test_bare_overnight_attack_keeps_the_morning_it_ends_in():
    text = ("Gunmen killed at least nine farmers in an overnight raid on the village of Kurmin Dutse in "
            "northern Nigeria, the state police said on Thursday.\n\nThe attackers came on motorbikes and "
            "shot residents as they fled, a police spokesman said.")
    assert _main_day(text, "2024-03-14") == "2024-03-14"


def test_eve_of_a_statement_or_a_funeral_does_not_move_an_overnight_attack():
    for later in ("The state governor condemned the killings in a statement issued late on Wednesday.",
                  "The funeral of a village chief killed in an earlier raid was held late on Wednesday."):
        text = ("Gunmen killed at least nine farmers in an overnight raid on the village of Kurmin Dutse in "
                f"northern Nigeria, the state police said on Thursday.\n\n{later}")
        assert _main_day(text, "2024-03-14") == "2024-03-14", later


def test_a_lead_placed_in_a_region_takes_the_town_the_body_names_there_over_the_bureaus():
    text = ("QUETTA, Pakistan, May 3 (Reuters) - Gunmen attacked a checkpoint in Pakistan's southwestern "
            "Balochistan province late on Friday, killing three soldiers in a firefight, officials said.\n\n"
            "The attackers threw grenades at the checkpoint in Turbat, a town near the Iranian border, a police "
            "official said.")
    clash = by_type(events_of(text, published="2024-05-03"), "Armed clash")[0]
    assert clash["location"]["name"] == "Turbat", clash["location"]


def test_a_day_declared_a_day_of_mourning_does_not_date_the_strike_mourned():
    text = ("Pisochyn mourns four killed in Russian missile strike\n\nThe town of Pisochyn in Kharkiv Oblast "
            "declared June 14 a day of mourning for the four people killed when a Russian missile hit the town three "
            "days earlier.")
    strikes = by_type(events_of(text, published="2024-06-14"), "Shelling/artillery/missile attack")
    assert strikes and all(e["date"]["start"] == "2024-06-11" for e in strikes), strikes


def test_a_lead_placed_in_a_region_keeps_the_bureaus_town_over_a_town_only_a_credit_line_names():
    text = ("ERIE, Pa. (AP) \u2014 A gunman opened fire at a church picnic in northwestern Pennsylvania on Sunday, "
            "killing a man and wounding two children, police said.\n\nThe suspect was arrested at the scene.\n\n"
            "Associated Press writers in Washington contributed.")
    attack = by_type(events_of(text, published="2024-08-04"), "Attack")[0]
    assert attack["location"]["name"] == "Erie", attack["location"]


def test_an_attack_told_with_a_speakers_day_takes_the_day_its_target_was_hit():
    # the next sentence names the lead's target again ("the school"), telling when that attack came
    events = events_of(
        "An attack on a school in the north of the country killed 14 pupils and wounded 30, a local aid group "
        "said on Thursday.\n\n"
        "A teacher at the school said the school was shelled early on Wednesday, and blamed the army.",
        published="2024-03-14")
    attack = events[0]
    assert attack["date"]["start"] == "2024-03-13", events


def test_a_denied_capture_in_the_lead_gives_way_to_the_claim_told_below():
    # the fighting told in between is the defenders' answer, not the news other outlets lead with
    events = events_of(
        "The Ukrainian army on Tuesday dismissed a claim by Moscow that Russian forces had captured the village of "
        "Bohuslavka.\n\n"
        "\"Fighting is ongoing on the edge of the village, and our soldiers are holding the line,\" a brigade "
        "spokesman said.\n\n"
        "Russia's Defence Ministry said on Monday that its units had seized Bohuslavka.",
        published="2024-11-12")
    assert events[0]["sub_event_type"] == "Non-state actor overtakes territory", events
    assert events[0]["modality"] not in {"denied", "historical"}, events


def test_a_victim_hurt_on_an_earlier_day_is_not_counted_with_the_days_attack():
    text = ("Separatists fired mortars at army trenches outside Marinka on March 3, killing a soldier, the army said "
            "on March 4.\n\nA second soldier, who had been injured near Vuhledar on March 1, died of his wounds in a "
            "hospital in Kurakhove on Wednesday, the army said.")
    shelling = by_type(events_of(text, "2021-03-04"), "Shelling/artillery/missile attack")
    assert [e["fatalities"]["min"] for e in shelling] == [1], shelling


def test_a_neighbouring_town_entered_on_another_day_is_another_capture():
    text = ("Ukrainian forces have liberated the village of Petropavlivka in the Kupiansk district, the General Staff "
            'said on Monday.\n\n"On September 11, our units cleared Petropavlivka of the enemy," the General Staff '
            "said.\n\nOn Saturday, Ukrainian troops entered the centre of Kupiansk, a key rail junction.")
    events = by_type(events_of(text, "2022-09-12"), "Government regains territory")
    village = next(e for e in events if e["location"]["name"] == "Petropavlivka")
    assert village["date"]["start"] == "2022-09-11", events


def test_a_strike_on_the_centre_of_a_town_is_that_town_s_not_a_neighbour_s_told_next():
    text = ("LVIV, June 7 - Three people died when Russian missiles slammed into the centre of the western city of "
            "Ternopil on Friday, the mayor said.\n\nIn the nearby town of Zboriv, a drone killed a farmer on Friday, "
            "police said.")
    strikes = events_of(text, published="2024-06-07")
    lead = next(e for e in strikes if "Ternopil" in e["evidence"]["text"])
    assert lead["location"]["name"] == "Ternopil" and lead["location"]["geo_precision"] == 1, lead["location"]
    assert not any("Zboriv" in also["text"] for also in lead["also"]), lead["also"]


def test_an_event_right_after_a_counted_after_is_that_many_days_before_the_sentence_s_day():
    text = ("Officials in Mykolaiv closed two schools on Sunday, a day after Russian shelling killed three men in "
            "the city.")
    shelling = by_type(events_of(text, published="2025-10-12"), "Shelling/artillery/missile attack")[0]
    assert shelling["date"]["start"] == "2025-10-11", shelling["date"]


def test_a_day_opening_the_compound_of_an_attack_dates_the_attack_not_the_statement():
    text = ("The governor on Thursday offered a reward for the gunmen behind the Monday night drone attack on a "
            "police post in Bunia.")
    attack = by_type(events_of(text, published="2024-05-09"), "Air/drone strike")[0]
    assert attack["date"]["start"] == "2024-05-06", attack["date"]


def test_an_event_nearly_a_day_after_a_sentence_s_day_gets_no_day_counted_back():
    text = ("Troops were still fighting gunmen inside a hotel in Kismayo on Sunday, nearly a day after twin car "
            "bombs exploded at its gate, police said.")
    bombing = by_type(events_of(text, published="2023-03-05"), "Remote explosive/landmine/IED")[0]
    assert bombing["date"]["text"] != "nearly a day after" and "a day after" not in bombing["date"]["text"]


@pytest.mark.parametrize("text, day", [
    pytest.param(
        "A second man has died after a shooting at a bus station in the city of Leeds, police said on Wednesday. "
        "The man, aged 40, died in hospital early on Wednesday. A woman was killed at the scene on Monday evening.",
        "2024-03-11", id="past a later death in care"),
    pytest.param(
        "A bomb hidden in a stolen fuel tanker tore apart the bus depot in Kostiantynivka, the governor said on "
        "Wednesday.\n\n\"We are still checking every lead,\" he told reporters. \"Nothing is settled.\"\n\n"
        "Eleven drivers were killed when the depot blew apart shortly after dawn on Monday.",
        "2024-03-11", id="past a quoted paragraph"),
    pytest.param(
        "Rescuers pulled two more bodies from the rubble of a warehouse hit by a missile in Dnipro, officials said on "
        "Wednesday. Two guards died at the gate. In a separate attack, three people were killed in Kharkiv on Monday.",
        "2024-03-13", id="not another occasion's dead"),
])
def test_a_speakers_day_gives_way_to_the_day_a_later_sentence_gives_the_dead(text, day):
    events = events_of(text, published="2024-03-13")
    assert events[0]["date"]["start"] == day, events


def test_a_capital_named_by_its_country_is_that_countrys_whatever_capital_came_before():
    text = ("Police in Nairobi said a car bomb exploded outside a hotel in the Somali capital on Tuesday, killing four "
            "people.")
    bomb = by_type(events_of(text, published="2024-03-11"), "Remote explosive/landmine/IED")[0]
    assert bomb["location"]["name"] == "Mogadishu"


def test_violence_told_inside_a_funeral_for_its_dead_takes_the_day_they_were_killed():
    text = ("Crowds filled the streets of Kabul on Sunday for the funeral of six officers killed in a drone strike "
            "near the border.\n\nThe six died on Thursday when missiles hit their post.")
    strike = by_type(events_of(text, published="2024-03-11"), "Air/drone strike")[0]
    assert strike["date"]["start"] == "2024-03-07"


def test_the_day_the_remains_of_the_dead_came_home_does_not_date_their_killing():
    text = ("The French defence minister flew to Paris on Friday to receive the remains of three soldiers killed in "
            "an ambush in central Mali.\n\nThe three were killed on Monday when gunmen attacked their convoy near "
            "Gao.")
    ambush = by_type(events_of(text, published="2023-05-13"), "Armed clash")[0]
    assert ambush["date"]["start"] == "2023-05-08"


def test_the_dead_of_an_occasion_the_news_is_measured_from_are_not_its_toll():
    text = ("Gunmen killed 12 herders in a raid on a cattle camp near Menaka on Thursday, the army said.\n\n"
            "The raid came three weeks after 40 people were killed in a village on the road to Ansongo.")
    raid = next(e for e in events_of(text, "2022-03-11") if e["trigger"]["text"] == "raid")
    assert raid["fatalities"]["min"] == 12


def test_a_day_given_to_another_kind_of_attack_below_does_not_date_the_lead():
    # the lead's speaker's day, not the day of the drone attack the next paragraph tells
    text = ("DONETSK, March 5. Three civilians were killed when Ukrainian forces shelled Makiivka, the mayor said on "
            "his Telegram channel on Tuesday.\n\nOn Monday, a drone attack on the city wounded a boy, the mayor said "
            "earlier.")
    shelling = by_type(events_of(text, "2024-03-05"), "Shelling/artillery/missile attack")[0]
    assert shelling["date"]["start"] == "2024-03-05"


def test_a_day_given_to_deaths_when_another_kind_of_attack_struck_does_not_date_the_lead():
    # the drone strike is of the governor's day; Saturday's dead fell when the town was shelled, another occasion
    text = ("BELGOROD, June 11. A woman was wounded when a Ukrainian drone dropped a grenade on a tractor in "
            "Shebekino, Governor Vyacheslav Gladkov said on Tuesday.\n\nIt was the third attack on the town this "
            "week: on Saturday, a pensioner was killed when Shebekino was shelled with rockets.")
    strike = by_type(events_of(text, "2024-06-11"), "Air/drone strike")[0]
    assert strike["date"]["start"] == "2024-06-11"


def test_a_clause_hung_on_a_day_tells_the_event_of_that_day():
    # "on Monday, where supporters ... fought": the fighting's day, not the day police spoke further down
    text = ("NAIROBI (Reuters) - Kenya's bishops on Thursday called for restraint after deadly unrest in the west of "
            "the country.\n\nThe church council said it was \"gravely troubled\" by the violence in Kisumu, Kisumu "
            "County, on Monday, where supporters of two rival candidates fought with clubs and stones. Three people "
            "died, according to police.\n\nPolice told reporters on Wednesday that 12 people had been arrested.")
    fighting = next(e for e in events_of(text, "2022-08-11") if e["trigger"]["text"] == "fought")
    assert fighting["date"]["start"] == "2022-08-08"


def test_a_count_told_at_another_scene_in_its_own_clause_is_not_the_events_toll():
    text = ("ROME (Reuters) - Italy recalled its ambassador on Monday after a sailor was killed in a bomb attack in "
            "Naples and two brothers were shot dead near Hebron.")
    bombing = by_type(events_of(text, "2024-03-05"), "Remote explosive/landmine/IED")[0]
    assert bombing["fatalities"]["min"] == 1


def test_first_fitting_event_after_the_lead_moves_to_the_front_others_keep_their_order() -> None:
    events = ["lead", "rally", "strike", "blast"]
    assert _first_to_front(events, lambda e: e in {"strike", "blast"}) == ["strike", "lead", "rally", "blast"]
    assert _first_to_front(events, lambda e: e == "lead") == events  # the lead itself is never looked at
    assert _first_to_front(events, lambda e: False) is events  # the list itself: callers tell "none fits" by it


def test_count_of_reads_number_words_and_digits_only() -> None:
    words = load_nlp().make_doc("a week , two days , 12 hours , several nights")
    assert [_count_of(t) for t in words] == [1, None, None, 2, None, None, 12, None, None, None, None]


def test_the_incident_a_strike_answers_takes_none_of_the_strikes_dead():
    events = events_of(
        "Russian missiles struck Dnipro on Monday in what the Kremlin said was retaliation for the weekend blast at "
        "an air base in Crimea, and at least six people died.", published="2023-04-17")
    strike = by_type(events, "Shelling/artillery/missile attack")
    assert strike and strike[0]["fatalities"]["min"] == 6
    assert all(e["fatalities"] is None for e in by_type(events, "Remote explosive/landmine/IED"))


def test_the_dead_of_a_killing_participle_belong_to_the_verb_it_hangs_on():
    events = events_of(
        "KHARKIV, March 6 (Reuters) - Russian forces shelled Kharkiv on Monday, killing at least seven people, "
        "damaging a school and hitting the railway station, in what Moscow described as revenge for the weekend "
        "bombing of a fuel depot in Belgorod.", published="2023-03-06")
    shelling = [e for e in events if e["trigger"]["text"] == "shelled"]
    assert shelling and shelling[0]["fatalities"]["min"] == 7
    assert all(e["fatalities"] is None for e in events if e["trigger"]["text"] == "bombing")


def test_violence_hours_before_a_dawn_takes_the_eve_a_later_sentence_names_it_on():
    text = ("Traders reopened the cattle market in Maiduguri at dawn on Wednesday, hours after a suicide bomber "
            "killed 30 people there.\n\nMore than 100 people were wounded in Tuesday evening's blast, hospital staff "
            "said.")
    bombing = by_type(events_of(text, "2024-03-13"), "Suicide bomb")[0]
    assert bombing["date"]["start"] == "2024-03-12"
    shooting = by_type(events_of(
        "Soldiers killed a gunman at a roadblock outside Hebron early on Wednesday, hours after he opened fire on a "
        "bus and killed two passengers.\n\nThe ambush late on Tuesday also wounded the driver.", "2024-03-13"),
        "Attack")[0]
    assert shooting["trigger"]["text"] == "opened fire" and shooting["date"]["start"] == "2024-03-12"


@pytest.mark.parametrize("after", ["", "\n\nA second blast late on Tuesday hit a checkpoint in Konduga."])
def test_violence_hours_before_a_day_keeps_that_day_without_the_eve_told_as_its_own(after):
    text = ("Traders reopened the cattle market in Maiduguri at dawn on Wednesday, hours after a suicide bomber "
            "killed 30 people there." + after)
    bombing = by_type(events_of(text, "2024-03-13"), "Suicide bomb")[0]
    assert bombing["date"]["start"] == "2024-03-13"


def test_violence_told_the_previous_evening_in_a_statement_takes_that_evening():
    text = ("The governor of Kharkiv said on Wednesday that the Russian shelling of the city the previous evening "
            "had killed three people.")
    shelling = by_type(events_of(text, "2024-03-13"), "Shelling/artillery/missile attack")[0]
    assert shelling["date"]["start"] == "2024-03-12"


def test_a_count_of_days_opening_the_sentence_is_read_from_the_day_after_its_clause():
    text = ("A day after a car bomb killed eight officers outside a police station in Quetta, schools in the city "
            "stayed shut on Wednesday.")
    bombing = by_type(events_of(text, "2024-03-13"), "Remote explosive/landmine/IED")[0]
    assert bombing["date"]["start"] == "2024-03-12"
    # a day the counted clause gives is the event's own
    text = "A day after the shelling of Kherson on Friday, residents queued for water on Saturday."
    shelling = by_type(events_of(text, "2024-03-09"), "Shelling/artillery/missile attack")[0]
    assert shelling["date"]["start"] == "2024-03-08"


@pytest.mark.parametrize("text, trigger, toll", [
    ("A Russian missile hit a railway station in Lozova on Wednesday, killing 9 people, the worst attack on the town "
     "since a strike in May that killed 17.", "hit", 9),
    ("A drone attack on Pavlohrad killed 6 people on Wednesday, the deadliest since a raid in May that killed 14.",
     "attack", 6),
])
def test_a_toll_in_a_relative_clause_on_the_occasion_compared_with_is_that_occasions(text, trigger, toll):
    lead = [e for e in events_of(text, published="2024-11-21") if e["trigger"]["text"] == trigger][0]
    assert lead["fatalities"]["min"] == toll


def test_a_district_named_after_a_bigger_town_is_no_quarter_of_the_village_hit():
    text = ("A pensioner was killed on Sunday when Russian artillery shelled the village of Vilcha in the Kharkiv "
            "region, the regional governor said.\n\nOver the past day, the Vovchansk district came under fire more "
            "than 30 times, he added.")
    [event] = by_type(events_of(text, "2024-05-12"), "Shelling/artillery/missile attack")
    assert (event["location"]["name"], event["location"]["geo_precision"]) == ("Vilcha", 1), event["location"]


@pytest.mark.parametrize("text, town", [
    ("Mourners in the small town of Marhanets on Sunday buried two men killed when Russian shells hit a market on "
     "Friday, as the front line creeps closer to the regional capital Dnipro.", "Marhanets"),
    ("Kyiv (AFP) - Families in the eastern town of Druzhkivka on Monday buried four people killed when a glide bomb "
     "hit a school on Saturday, as the fighting draws closer to the city of Kramatorsk.", "Druzhkivka"),
])
def test_a_city_the_front_draws_closer_to_is_no_scene_of_the_strike(text: str, town: str):
    events = events_of(text, "2025-03-10")
    assert events and all(e["location"]["name"] == town for e in events), [e["location"] for e in events]


def test_a_regions_tally_broken_down_by_town_stays_placed_in_the_region():
    text = ("A guided bomb hit a school in Kostiantynivka on Tuesday, killing two teachers, the regional governor said."
            "\n\nIn all, Russian attacks killed four civilians in the Donetsk region on Tuesday: two in "
            "Kostiantynivka, one in Siversk and one in Lyman, the regional administration said.")
    tally = [e for e in events_of(text, "2024-05-15") if "In all" in e["evidence"]["text"]]
    assert tally and all(e["location"]["geo_precision"] == 3 for e in tally), [e["location"] for e in tally]


@pytest.mark.parametrize("text, strike, toll", [
    ("Air defence crews brought down 22 drones over Zhytomyr overnight, the regional council said. Falling debris "
     "killed an elderly man in a village outside the city.", "Air/drone strike", 1),
    ("Russian air defences downed 15 drones over the Kursk region overnight. Two people were killed by falling "
     "wreckage in a suburb, the governor said.", "Air/drone strike", 2),
    ("Air defences intercepted five missiles over Zaporizhzhia on Monday. A pensioner was killed when fragments "
     "hit her flat, the regional head said.", "Shelling/artillery/missile attack", 1),
])
def test_the_dead_of_downed_weapons_debris_are_a_strike_s_toll(text, strike, toll):
    found = by_type(events_of(text), strike)
    assert [e["fatalities"]["min"] for e in found] == [toll], events_of(text)


def test_debris_that_killed_no_one_adds_no_strike():
    text = "Air defences shot down all nine drones over Poltava overnight. Debris damaged the roof of a school."
    assert by_type(events_of(text), "Air/drone strike") == []


def test_a_suspect_s_arrest_for_an_attack_of_this_week_is_the_attack_s_report():
    text = ("Officers in Toulouse detained a 31-year-old man suspected of carrying out Sunday's bombing of a tram "
            "stop that wounded nine people.")
    events = events_of(text, "2024-11-23")
    assert events[0]["sub_event_type"] == "Remote explosive/landmine/IED"


def test_a_march_condemning_an_earlier_bombing_is_the_bombing_s_report():
    text = ("Several hundred people marched through Peshawar on Saturday to condemn Thursday's bombing of a mosque "
            "that killed 30 worshippers.")
    events = events_of(text, "2024-11-23")
    assert events[0]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert events[0]["date"]["start"] == "2024-11-21"


def test_a_lead_telling_a_headline_town_s_clash_across_donbas_is_that_clash():
    text = ("Invaders kill Ukrainian soldier near Kurakhove\n\n"
            "Pro-Russian fighters opened fire on Ukrainian positions in Donbas seven times on Monday, and one soldier "
            "was killed, the Ukrainian military said.")
    clashes = by_type(events_of(text), "Armed clash")
    assert [c["location"]["name"] for c in clashes] == ["Kurakhove"], clashes


def test_an_attack_dated_by_the_end_of_its_siege_takes_the_day_it_began():
    text = ("Soldiers ended a 20-hour siege at a hotel in Kismayo early on Saturday, officials said, in an "
            "attack that killed nine people. The militants began the assault on Friday afternoon with a car bomb at "
            "the gate.")
    sieges = [e for e in events_of(text, published="2024-03-16") if e["trigger"]["text"] == "siege"]
    assert sieges and sieges[0]["date"]["start"] == "2024-03-15", sieges


def test_an_attack_told_beside_a_siege_still_going_on_takes_the_day_it_began():
    text = ("Troops were still fighting gunmen barricaded in a shopping centre in Garissa on Monday, nearly a day "
            "after the attackers stormed it following a car bomb, with at least seven people killed, police said."
            "\n\nThe attack on the shopping centre started on Sunday evening when a truck packed with explosives "
            "blew up at its entrance.")
    stormed = [e for e in events_of(text, published="2024-03-18") if e["trigger"]["text"] == "stormed"]
    assert stormed and stormed[0]["date"]["start"] == "2024-03-17", stormed


def test_a_siege_ended_after_protests_began_keeps_its_own_day():
    text = ("Soldiers ended a 20-hour siege at a hotel in Kismayo early on Saturday, officials said, in an attack "
            "that killed nine people. The protests began on Friday afternoon outside the governor's office.")
    sieges = [e for e in events_of(text, published="2024-03-16") if e["trigger"]["text"] == "siege"]
    assert sieges and sieges[0]["date"]["start"] == "2024-03-16", sieges


def test_a_month_naming_other_people_inside_a_counted_phrase_does_not_date_the_event():
    text = ("Teachers went on strike on Saturday, three days after the attack on a vigil for the July victims in "
            "Masaya, which left five dead.")
    attacks = by_type(events_of(text, published="2018-06-02"), "Attack")
    assert attacks and attacks[0]["date"]["start"] == "2018-05-30", attacks


def test_the_attackers_told_again_in_a_town_of_the_region_give_the_attack_its_day():
    text = ("Gunmen killed nine people in an attack on a village in Nigeria's Katsina state, residents told "
            "reporters on Monday.\n\nThe attackers stormed Dutsinma late on Saturday, shooting farmers and burning "
            "granaries.")
    attacks = by_type(events_of(text, published="2025-07-14"), "Attack")
    assert attacks and attacks[0]["date"]["start"] == "2025-07-12", attacks


def test_an_attack_of_the_weekend_that_began_on_friday_evening_takes_friday():
    text = ("The death toll from the weekend's militant assault on a hotel in Kismayo has risen to 14, the health "
            "minister said on Monday.\n\nThe president visited the wounded in hospital. Families buried their dead."
            "\n\nThe siege began on Friday evening, when gunmen blew open the hotel gate with a car bomb.")
    assaults = [e for e in events_of(text, published="2024-03-18") if e["trigger"]["text"] == "assault"]
    assert assaults and assaults[0]["date"]["start"] == "2024-03-15", assaults


def test_the_day_a_wounded_victim_died_in_hospital_does_not_date_the_attack():
    text = ("Schools in three border districts of Sumy region will stay closed until further notice, the governor "
            "said on Tuesday, citing a rise in Russian drone attacks.\n\nTwo farmers from Velyka Pysarivka were hit "
            "by a drone on Saturday. A man was killed in his field, and his brother died in hospital overnight into "
            "Sunday, the governor said.")
    strikes = [e for e in extract_text(text, published="2024-10-15").events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.date is not None and e.date.date_start == "2024-10-12" for e in strikes)


def test_the_other_sides_attack_told_in_a_nearby_town_is_its_own_event():
    doc = load_nlp()(
        "Russian forces shelled Ukrainian troops near Avdiivka on Monday, killing two soldiers, the army said. The "
        "separatists, for their part, accused Ukrainian troops of shelling Yasynuvata on Monday.")
    russia = Actor("Russian forces", "Military Forces of Russia", "RUS", "state_forces")
    ukraine = Actor("Ukrainian troops", "Military Forces of Ukraine", "UKR", "state_forces")

    def town(name: str, geonameid: int, precision: int) -> dict:
        return {"name": name, "country_code": "UA", "geo_precision": precision,
                "place": {"kind": "city", "geonameid": geonameid, "name": name}}

    lead, other = _cluster_of(doc, "shelled", 0.9), _cluster_of(doc, "shelling", 0.8)
    lead.event.actor1, lead.event.actor2 = russia, ukraine
    lead.head.own_location = town("Avdiivka", 1, 2)  # near the town, 8 km from the other
    accused = other.head
    accused.event.actor1, accused.own_location = ukraine, town("Yasynuvata", 2, 1)
    assert _other_sides_attack(accused, lead)
    # the same side's attack told again in a nearby town may be the lead's, placed finer
    accused.event.actor1 = russia
    assert not _other_sides_attack(accused, lead)
    # another armed side's is its own; one state's police are its army's side
    accused.event.actor1 = Actor("rebels", "Rebels (Ukraine)", "UKR", "rebels")
    assert _other_sides_attack(accused, lead)
    accused.event.actor1 = Actor("Russian police", "Police Forces of Russia", "RUS", "state_forces")
    assert not _other_sides_attack(accused, lead)
    # and the other side's attack told at the very town is no other scene
    accused.event.actor1, accused.own_location = ukraine, town("Avdiivka", 1, 1)
    assert not _other_sides_attack(accused, lead)


def test_another_armed_sides_attack_in_a_nearby_village_is_not_the_event_its_sentence_placed():
    text = ("KYIV, June 3 (Reuters) - Observers said on Wednesday they had seen shell damage in a western district of "
            "separatist-held Donetsk, where rebel officials say two civilians were killed by Ukrainian artillery fire "
            "on Monday.\n\nUkraine's military said one of its medics was killed by rebel mortar fire near the "
            "village of Opytne, north of the city, on the same day.")
    shelling = by_type(events_of(text, "2020-06-03"), "Shelling/artillery/missile attack")
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in shelling][:1] == [("Donetsk", 2)], shelling


def test_the_other_sides_counter_accusation_lends_no_town_to_the_event_before_it():
    text = ("Reporters visited the frontline town of Toretsk in Donetsk region on Wednesday. Residents described heavy "
            "shelling on Tuesday afternoon. Two civilians were killed in the attack, the governor said. The "
            "separatists have accused Ukraine of killing a woman in {town} on the same day.")
    shelling = by_type(events_of(text.format(town="Horlivka"), "2024-05-16"), "Shelling/artillery/missile attack")
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in shelling] == [("Toretsk", 2)], shelling
    # an accusation about the event's own town is told of the same scene
    shelling = by_type(events_of(text.format(town="Toretsk"), "2024-05-16"), "Shelling/artillery/missile attack")
    assert [e["location"]["name"] for e in shelling] == ["Toretsk"], shelling


def test_a_killing_told_beside_the_other_sides_charge_is_no_count_of_the_event_before_it():
    text = ("Shelling killed a man in the Donetsk region on Tuesday, the governor said.\n\nThe separatists say a "
            "woman was killed in Horlivka the same day, and blame Ukraine.")
    shelling = by_type(events_of(text, "2021-04-14"), "Shelling/artillery/missile attack")
    assert [e["fatalities"]["min"] for e in shelling] == [1, 1], shelling


def test_the_same_day_is_the_day_of_the_event_told_before_not_of_the_speakers_words():
    text = ("Russian shelling killed three people in Kramatorsk on Monday, the regional governor said on Tuesday.\n\n"
            "The separatists have accused Ukraine of killing a man in Horlivka on the same day. A Ukrainian drone "
            "struck a bus depot in Donetsk that same evening, the city's Russian-installed mayor said on Wednesday.")
    events = events_of(text, "2023-03-09")  # a Thursday
    days = {e["location"]["name"]: e["date"]["start"] for e in events if e["location"]}
    assert days.get("Horlivka") == "2023-03-06", events
    assert days.get("Donetsk") == "2023-03-06", events


def test_the_capital_where_the_killing_was_condemned_does_not_place_it():
    text = ("Gunmen killed at least 30 villagers in an attack in northwest Nigeria on Sunday, residents said. In "
            "Abuja, the president condemned the killings and ordered security forces to find the attackers.")
    attack = by_type(events_of(text, "2024-02-12"), "Attack")[0]
    assert attack["location"]["name"] == "Nigeria", attack["location"]


def test_a_town_of_an_aside_in_a_later_sentence_about_the_event_is_not_its_scene():
    events = events_of(
        "Drone strike on army camp kills five in Yemen\n\nA drone hit an army training camp in southern Yemen on "
        "Sunday, killing five soldiers, officials said.\n\nThe camp lies on the outskirts of Zinjibar, the officials "
        "said.\n\nThe attack came as United Nations envoys were meeting officials in the port city of Mukalla to "
        "shore up a fragile truce.", published="2024-03-11")
    strikes = by_type(events, "Air/drone strike")
    assert strikes and strikes[0]["location"]["name"] != "Mukalla"


def test_where_the_wounded_died_in_hospital_is_not_the_scene():
    events = events_of(
        "A drone hit an army training camp in southern Yemen on Sunday, killing five soldiers, officials said. Two "
        "of the wounded later died in a hospital in Mukalla, a medic said.", published="2024-03-11")
    strikes = by_type(events, "Air/drone strike")
    assert strikes and strikes[0]["location"]["name"] == "Yemen"


def test_where_the_wounded_were_flown_is_not_the_town_of_the_region_attacked():
    events = events_of(
        "Militants stormed a remote police post in Khyber Pakhtunkhwa province on Monday and set it on fire, police "
        "said. The body of one officer was found near the burned post, while three wounded officers were evacuated "
        "by helicopter to Peshawar.", published="2024-03-12")
    dated = [e for e in events if (e["date"] or {}).get("start") == "2024-03-11"]
    assert dated and dated[0]["location"]["name"] == "Khyber Pakhtunkhwa"


def test_the_hospital_a_victim_died_in_is_not_the_scene_of_the_shelling():
    events = events_of(
        "KHERSON, May 4 - A man wounded when Russian troops shelled the village of Stanislav on Thursday has died in "
        "a Kherson hospital, the regional governor said on Friday.", published="2023-05-05")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["location"]["name"] == "Stanislav"


def test_a_hospital_the_strike_hit_keeps_its_town():
    events = events_of("A Russian missile struck a Kharkiv hospital on Monday, wounding four patients, the mayor "
                       "said.", published="2024-05-06")
    assert events and events[0]["location"]["name"] == "Kharkiv"


def test_the_village_called_back_is_the_scene_not_the_town_it_lies_by():
    # the denial's lead names the village; the next sentence calls it back and says which town it lies by
    events = events_of(
        "KYIV, Feb 2 - Ukraine's military on Tuesday rejected as a fabrication the separatists' claim that its troops "
        "shelled the village of Zaitseve.\n\nSeparatist media had reported that a man was killed when shells hit a "
        "house in the village, which lies in the Donetsk region just north of Horlivka.", published="2021-02-02")
    hit = next(e for e in events if e["trigger"]["text"] == "hit")
    assert hit["location"]["name"] == "Zaitseve"


@pytest.mark.parametrize("text, published, place, day", [
    ("Russian missile strikes on Tuesday knocked out power in Odesa, the regional governor said.\n\n"
     "In the southern city of Mykolaiv, rockets hit an apartment block before dawn, officials said.\n\n"
     "The Kremlin described the barrage as revenge for Sunday's explosion at a naval base in Sevastopol.",
     "2023-03-14", "Mykolayiv", "2023-03-14"),
    ("Rockets hit a school in Kramatorsk, the regional governor said.\n\n"
     "Moscow called the strike an answer to Saturday's shelling of a border village in the Belgorod region.",
     "2023-05-08", "Kramatorsk", "2023-05-08"),
])
def test_the_day_of_what_the_news_answered_is_not_the_news_day(text: str, published: str, place: str,
                                                                day: str) -> None:
    events = [e for e in events_of(text, published) if (e["location"] or {}).get("name") == place]
    assert events and events[0]["date"]["start"] == day


def test_an_interception_with_no_day_of_its_own_takes_the_day_of_the_strikes() -> None:
    text = ("Repair crews worked through Tuesday to bring heating back to homes in the north after Russian drone "
            "strikes yesterday, officials said.\n\n"
            "The strikes on Monday hit power substations in the Chernihiv and Sumy regions. The air force said "
            "most of the incoming drones had been shot down.")
    interceptions = by_type(events_of(text, "2023-01-10"), "Disrupted weapons use")
    assert interceptions and interceptions[0]["date"]["start"] == "2023-01-09"


def test_the_span_a_superlative_ranks_over_does_not_date_the_attack() -> None:
    text = ("Gunmen killed eight people at a wedding party in Michoacan state, one of the deadliest attacks this "
            "year, officials said.")
    attack = events_of(text, "2024-06-17")[0]
    assert attack["date"]["precision"] == "day" and attack["date"]["start"] == "2024-06-17"


def test_the_day_forces_were_sent_after_an_attack_is_not_the_attack_s_day() -> None:
    text = ("Peru sent 150 police officers to a mining town on Tuesday after gunmen killed nine people at a bus "
            "terminal.\n\nThree of the injured died in hospital on Monday, raising the toll from Sunday's "
            "shooting to nine, prosecutors said.")
    killing = events_of(text, "2024-03-12")[0]
    assert killing["date"]["start"] == "2024-03-10"


def test_the_day_mourners_carry_the_coffins_is_not_the_day_of_the_strike() -> None:
    text = ("Thousands of mourners marched through Sanaa on Sunday behind the coffins of four guards killed in a "
            "drone strike.\n\nThe four were killed on Friday night when a missile hit their checkpoint.")
    strikes = [e for e in events_of(text, "2024-05-13") if e["sub_event_type"] in
               {"Air/drone strike", "Shelling/artillery/missile attack"}]
    assert strikes and all(s["date"]["start"] == "2024-05-10" for s in strikes), strikes


def test_a_day_tally_told_in_a_participle_clause_is_not_the_strikes_toll() -> None:
    text = ("Russians shell Bilozerka: woman killed in her garden\n\nRussian troops shelled the village of Bilozerka "
            "on Tuesday, killing a woman in her garden, the governor said.\n\nHe later said that over the past day "
            "Russian forces had shelled the Kherson region 40 times, killing four people in total. Three of them died "
            "in Kherson.")
    shelling = by_type(events_of(text, "2023-03-14"), "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["fatalities"]["min"] == 1


def test_a_bureau_opening_the_body_under_a_headline_is_no_town_of_the_body() -> None:
    text = ("Gunmen kill 11, including a child, at birthday party in Mexico\n\nMEXICO CITY (AP) - Gunmen stormed a "
            "birthday party in the northern border city of Reynosa late Saturday and opened fire, killing 11 people, "
            "including a 4-year-old girl, state authorities said Sunday.")
    attacks = by_type(events_of(text, "2021-05-09"), "Attack")
    assert attacks and attacks[0]["location"]["name"] == "Reynosa"


def test_a_town_of_an_earlier_attack_is_not_the_scene_in_its_region() -> None:
    text = ("More than 20 civilians were killed on Tuesday when gunmen attacked a bus in Mali's central Mopti region, "
            "the army said.\n\nIn March 2022, an attack near Bandiagara killed 30 people.")
    attack = next(e for e in events_of(text, "2024-05-15") if e["date"]["start"] == "2024-05-14")
    assert attack["location"]["name"] == "Mopti"


def test_a_day_named_beside_a_bare_overnight_says_which_night_it_was():
    text = ("Two people were killed and five wounded in an overnight missile attack early on Sunday on Pavlohrad, "
            "the regional governor said.")
    assert _main_day(text, "2024-06-03") == "2024-06-02"


def test_violence_kept_up_in_a_clause_that_sets_the_scene_gives_way_to_the_event_the_report_tells():
    text = ("The foreign minister flew to Brussels on Tuesday for talks with NATO allies, while Russian guided bombs "
            "kept falling on villages along the southern front.\n\nIn the Kherson region, two civilians were killed "
            "on Monday when a drone hit their car in the village of Bilozerka, the governor said.")
    first = events_of(text, published="2024-06-04")[0]
    assert (first["location"]["name"], first["date"]["start"]) == ("Bilozerka", "2024-06-03")


def test_a_town_where_another_wounded_soldier_lies_in_hospital_is_not_the_scene_of_the_shelling():
    text = ("A Ukrainian soldier wounded in shelling near the town of Derhachi in Kharkiv region on Saturday died in "
            "hospital overnight, the regional governor said on Sunday.\n\nTwo of his comrades came under mortar fire "
            "with him on Saturday morning. A third soldier was injured and remains in hospital in Kharkiv, the "
            "governor said.")
    assert events_of(text, published="2024-06-02")[0]["location"]["name"] == "Derhachi"


def test_a_town_where_the_other_wounded_are_in_hospital_is_not_the_scene_of_the_mortar_attack():
    text = ("A Ukrainian soldier was killed on Monday near the village of Novomykhailivka, his battalion said on "
            "Tuesday.\n\nTwo more soldiers hurt in the same artillery attack are in hospital in Kurakhove, one of them "
            "badly.")
    assert events_of(text, published="2021-03-02")[0]["location"]["name"] == "Novomykhailivka"


def test_the_dead_named_after_a_sentence_belong_to_the_event_it_tells():
    text = ("KHARKIV, March 7 - Russian missiles hit a school in Kharkiv on Tuesday, killing two people, the "
            "governor said.\n\nIn Izium, shelling destroyed a shop on Tuesday afternoon, killing three people, local "
            "officials said.\n\nRescuers were still clearing the rubble of the school in Kharkiv that was hit by "
            "missiles on Tuesday. Among the dead were a teacher and her son.")
    events = events_of(text, "2023-03-07")
    izium = next(e for e in events if (e["location"] or {}).get("name") != "Kharkiv")
    assert all(q["text"] != "a teacher and her son" for q in izium["quantities"])
    kharkiv = next(e for e in events if (e["location"] or {}).get("name") == "Kharkiv")
    assert any(q["text"] == "a teacher and her son" for q in kharkiv["quantities"])


def test_an_airliner_shot_down_takes_the_day_the_report_says_it_crashed_not_the_speakers_day():
    text = ("Azerbaijan's president expects Russia to admit its guilt and pay compensation, after the Kremlin "
            "acknowledged that its air defence had shot down the Azerbaijan Airlines Embraer jet.\n\n\"We demand "
            "that those responsible are punished,\" President Ilham Aliyev said on state television on Sunday. He "
            "also asked for a formal apology.\n\nFlight 8243 from Baku to Grozny crashed on Wednesday near Aktau in "
            "Kazakhstan. Thirty-eight of the 67 people on board died.")
    downed = by_type(events_of(text, published="2024-12-29"), "Disrupted weapons use")
    assert [e["date"]["start"] for e in downed] == ["2024-12-25"]


def test_a_town_where_a_wounded_officer_remains_in_hospital_does_not_narrow_an_attack_placed_in_its_country():
    text = ("Gunmen attacked a police post in northern Burkina Faso on Sunday, killing three officers, security "
            "sources said. A fourth officer wounded in the attack remains in hospital in Ouahigouya.")
    assert events_of(text, published="2024-07-08")[0]["location"]["name"] == "Burkina Faso"


def test_a_town_the_wounded_were_airlifted_to_is_not_the_scene_of_the_ambush():
    text = ("Gunmen ambushed an army patrol in northern Burkina Faso on Monday, killing four soldiers, security "
            "sources said. Two wounded soldiers shot in the ambush were airlifted to a hospital in Ouahigouya.")
    assert all(e["location"]["name"] != "Ouahigouya" for e in events_of(text, published="2024-07-09"))


def test_a_count_in_a_sentence_with_no_event_goes_to_the_event_told_just_before():
    text = ("Russian drones kill one in Kharkiv as envoys meet in Geneva\n\n"
            "Russian drones hit a residential street in Kharkiv early on Thursday, killing one man and injuring "
            "two, the mayor said.\n\n"
            "The same night, Ukrainian drones attacked an oil depot in Russia's Belgorod region. Regional officials "
            "said four people were killed and that air defences had destroyed dozens of drones.")
    events = events_of(text, published="2025-06-12")
    kharkiv = next(e for e in events if (e["location"] or {}).get("name") == "Kharkiv")
    assert kharkiv["fatalities"]["min"] == 1, events
    assert any((e["fatalities"] or {}).get("min") == 4 and e is not kharkiv for e in events), events


@pytest.mark.parametrize("text", [
    "Russian drones and missiles struck power plants in the Kharkiv, Poltava, Sumy and Dnipropetrovsk regions on "
    "Thursday, Ukraine's energy ministry said.",
    "KYIV, Jan 5 (Reuters) - Russia fired a barrage of missiles at Ukraine's power grid on Thursday, officials "
    "said.\n\nThe energy ministry said supplies had been cut in several regions including Kharkiv, Poltava, Sumy "
    "and Zhytomyr. Scheduled outages were ordered in Kyiv to balance the grid.",
])
def test_a_wave_of_strikes_told_across_a_list_of_regions_is_placed_in_their_country(text: str) -> None:
    strike = by_type(events_of(text, "2023-01-05"), "Shelling/artillery/missile attack")[0]
    assert (strike["location"]["name"], strike["location"]["geo_precision"]) == ("Ukraine", 3)


def test_a_strike_on_a_list_of_towns_is_still_placed_at_a_town() -> None:
    strike = events_of("Russian missiles hit Lviv, Rivne and Lutsk on Thursday, officials said.", "2023-01-05")[0]
    assert strike["location"]["name"] == "Lviv"


def test_a_count_of_the_next_victim_raises_the_toll_it_carries_on():
    # "a third person" after "at least two" is the rally's toll risen to three, not a count of the shots told between
    events = events_of("Police shot dead at least two people when they opened fire on a rally in the city of Kassala "
                       "on Sunday, doctors said. The doctors said the victims were hit by live ammunition. Later on "
                       "Sunday, they said a third person had died of his wounds.", published="2018-12-24")
    rally = by_type(events, "Excessive force against protesters")[0]
    assert rally["fatalities"]["min"] == 3


def test_dead_counted_over_the_previous_day_are_the_regions_tally_not_the_strikes_toll():
    events = events_of("Russian artillery killed a 70-year-old man in the village of Bilozerka on Tuesday morning, the "
                       "regional governor said. Over the previous day, Russian troops shelled the region 58 times, he "
                       "said. Three civilians were killed and seven were wounded in the region over that period.",
                       published="2023-11-21")
    strike = next(e for e in events if e["trigger"]["text"] == "killed")
    assert strike["fatalities"]["min"] == 1


def test_a_day_past_the_closing_comma_of_a_participle_is_the_main_verbs():
    text = ("The death toll from a suicide truck bombing that tore through a crowd of pilgrims outside Karbala has "
            "risen to 52, a hospital official said Monday.\n\nThe attacker drove a truck, reportedly loaded with "
            "fruit, into the parking area at the edge of the city on Sunday afternoon, where hundreds of pilgrims "
            "had been resting, police said.\n\nPilgrim traffic resumed on Monday under heavy guard.")
    assert _main_day(text, "2016-05-09") == "2016-05-08"


def test_a_day_told_as_when_the_killings_took_place_dates_them_however_late_the_news():
    text = ("Rebels killed 23 farmers in a village in eastern Congo after accusing them of spying for the army, "
            "local officials said Monday.\n\nThe killings took place on March 3 near Beni, a local official told "
            "reporters by telephone.\n\nNews of the attack reached the town only weeks later because the roads "
            "were cut.")
    assert _main_day(text, "2021-03-23") == "2021-03-03"


@pytest.mark.parametrize("text", [
    "Market blast kills six; militants blamed\n\nARISH, Egypt — A bomb hidden on a motorcycle exploded outside a busy "
    "market on Monday evening, killing six people, security sources said.\n\nThe army blamed the local affiliate of "
    "Islamic State, which has carried out similar bombings in North Sinai.",
    "Grenade kills six at vegetable market\n\nSRINAGAR, India — A grenade thrown at a crowded vegetable market "
    "exploded on Monday afternoon, killing six people, police said.\n\nPolice blamed a militant group that has carried "
    "out similar attacks in the Kashmir valley.",
])
def test_similar_attacks_a_group_has_carried_out_elsewhere_do_not_place_the_event(text: str) -> None:
    lead = min(events_of(text, "2019-03-12"), key=lambda e: e["trigger"]["start"])
    assert lead["location"]["name"] in {"Arīsh", "Srinagar"}, lead["location"]


@pytest.mark.parametrize("text", [
    "Gunmen killed 14 villagers in a raid on Sunday in Nigeria, a police spokesman told reporters in Abuja on Monday.",
    "Gunmen killed 14 villagers in a raid on Sunday in Nigeria, a police spokesman said at a news conference in Abuja "
    "on Monday.",
])
def test_the_town_a_spokesman_spoke_in_is_no_scene(text: str) -> None:
    raid = by_type(events_of(text, "2019-03-12"), "Attack")[0]
    assert raid["location"]["name"] == "Nigeria"


def test_a_region_the_body_tells_the_event_in_beats_the_bureau_of_a_dateline_under_the_headline() -> None:
    text = ("Gunmen kill 14 villagers in Nigeria\n\nABUJA (AFP) - Gunmen killed 14 villagers in a raid in northwestern "
            "Nigeria, police said on Monday.\n\nThe raid took place on Sunday in a village of Zamfara state, police "
            "spokesman Musa Bello told reporters in Abuja.")
    raid = by_type(events_of(text, "2019-03-12"), "Attack")[0]
    assert raid["location"]["name"] == "Zamfara"


def test_a_day_told_between_the_and_the_event_noun_dates_that_event():
    # the parse may read "by the March 2" as a phrase and "shelling" as a clause of its own
    text = ("Inspectors from the UN mission toured Orikhiv on March 4 and photographed the homes wrecked by the "
            "March 2 shelling that killed two pensioners in the town, the mission said on March 5.")
    shelling = by_type(events_of(text, "2023-03-06"), "Shelling/artillery/missile attack")
    assert [e["date"]["start"] for e in shelling] == ["2023-03-02"]


def test_a_town_guessed_from_a_source_line_does_not_take_in_a_neighbouring_towns_event():
    # the lead names no place; the council's town is only a guess, so the drone strike in the town next to it
    # told in the background is that town's own event, not the lead's scene
    text = ("Thursday, 12 June 2025, 08:15\n\n"
            "Two people were killed and five injured when Russian forces dropped guided aerial bombs on a residential "
            "quarter on Wednesday afternoon.\n\n"
            "Source: Sloviansk City Council\n\n"
            "Details: The bombs destroyed a five-storey block and damaged a school.\n\n"
            "Background: On the morning of 11 June, a Russian drone killed a bus driver in neighbouring Kramatorsk.")
    towns = {e["trigger"]["text"]: e["location"]["name"] for e in events_of(text, "2025-06-12")}
    assert towns == {"bombs": "Slovyansk", "killed": "Kramatorsk"}


def test_a_town_in_mourning_for_a_strike_on_its_centre_is_not_its_neighbour_told_in_background():
    text = ("Wednesday, 14 May 2025, 09:40\n\n"
            "The town of Kupiansk in Kharkiv Oblast is in mourning on 14 May for four people, among them a teenage "
            "girl, who were killed when Russian forces dropped glide bombs on the town centre the day before.\n\n"
            "Source: Kupiansk City Military Administration\n\n"
            "Background: On the morning of 13 May, a Russian drone killed a cyclist in neighbouring Kivsharivka.")
    towns = {e["trigger"]["text"]: e["location"]["name"] for e in events_of(text, "2025-05-14")}
    assert towns == {"bombs": "Kupyansk", "killed": "Kivsharivka"}


def test_the_attacker_named_back_tells_the_suicide_bombing_and_its_district():
    events = events_of(
        "BAIDOA, Somalia (Reuters) - A suicide bomber struck a packed football ground in southern Somalia on Friday, "
        "killing at least 20 people, officials said.\n\nThe attacker detonated his explosives among fans watching "
        "the final in the Afgooye district of Lower Shabelle region, a police officer said.", published="2021-08-13")
    assert len(by_type(events, "Remote explosive/landmine/IED")) == 0, events
    suicide = by_type(events, "Suicide bomb")
    assert len(suicide) == 1 and suicide[0]["location"]["name"] != "Baidoa", events


def test_violence_told_as_going_on_behind_other_news_gives_way_to_the_event():
    events = events_of(
        "Diplomats gather in Geneva this week for talks on a new truce, even as villagers in the east continue to "
        "die under fire.\n\nOn Saturday, troops fired rockets at Kostiantynivka, killing three people in a market, "
        "the regional governor said.", published="2023-05-15")
    assert events[0]["trigger"]["text"] == "fired", events


def test_a_bare_the_shelling_went_on_is_no_report_s_news_nor_what_the_attack_names_back():
    events = events_of(
        "KYIV (AP) — Parliament on Tuesday voted to extend martial law for another three months, a step officials "
        "said was needed to hold off Moscow.\n\nAlong the front, "
        "the shelling went on. In the city of Nikopol, Russian shells killed three people on Tuesday morning, the "
        "regional governor said. A man hurt in the attack died later in hospital, he said.", published="2023-05-16")
    assert events[0]["location"]["name"] == "Nikopol" and events[0]["fatalities"]["min"] == 3, events
    assert events[1]["fatalities"] is None, events


def test_a_town_people_walked_from_does_not_place_an_event_told_after_it():
    text = ("KOSTIANTYNIVKA, Ukraine -- Miners queued at the bus stop on Monday, many of them having walked across "
            "from Druzhkivka to collect their wages.\n\nA few streets away, volunteers were still sweeping glass from "
            "a school hit by a guided bomb last Saturday, when a teacher was killed in the yard.")
    strike = by_type(events_of(text, published="2024-02-12"), "Air/drone strike")[0]
    assert strike["location"]["name"] == "Kostyantynivka"


def test_violence_in_a_lead_whose_first_day_is_a_speakers_takes_the_day_told_later_of_its_dead():
    text = ("NAIROBI -- Kenyan authorities have blamed a banned militia for the attack that killed five bus passengers "
            "in the north of the country.\n\nThe interior ministry said on March 9 that the group's commander had "
            "trained abroad. The militia called the charge a lie.\n\nThe passengers were killed on March 7 when their "
            "bus was stopped on the road near Mandera.")
    attack = by_type(events_of(text, published="2023-03-09"), "Attack")[0]
    assert attack["date"]["start"] == "2023-03-07"


def test_violence_in_a_report_with_no_day_of_its_own_takes_the_day_told_later_of_its_dead():
    text = ("The prime minister on Wednesday condemned the massacre of six farmers in the eastern highlands and "
            "ordered the army to hunt down the rebels responsible.\n\n\"This was a cowardly act,\" she said in a "
            "speech to parliament.\n\nThe six farmers, all from the village of Kisoro, were killed on Sunday night.")
    attack = by_type(events_of(text, published="2023-06-14"), "Attack")[0]
    assert attack["date"]["start"] == "2023-06-11"


def test_a_raid_on_the_attackers_home_is_not_folded_into_the_attack():
    text = ("Police have sealed off the village of Kafr Qasim, a day after one of its men shot dead two guards at a "
            "checkpoint near Hebron.\n\nSoldiers raided the family home of the attacker overnight and questioned his "
            "brothers, residents said.")
    shooting, raid = events_of(text, published="2022-08-15")
    assert shooting["trigger"]["text"] == "shot" and not shooting["also"], shooting
    assert raid["trigger"]["text"] == "raided", raid


def test_a_day_after_a_subject_the_parse_took_from_its_verb_dates_the_verb_a_day_earlier():
    text = ("The army has closed every road into Jenin, a day after one of the town's residents shot dead two guards "
            "at a bus stop near Ariel.")
    assert by_type(events_of(text, published="2022-08-15"), "Attack")[0]["date"]["start"] == "2022-08-14"


def test_a_title_naming_a_killer_by_his_deed_makes_the_deed_the_news():
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor

    text = ("Lyon (AFP) - French police on Thursday shot dead the man who stabbed three commuters to death at a Lyon "
            "tram stop the day before, prosecutors said.\n\n"
            "The suspect, a 31-year-old Algerian, was cornered in a flat in the Vaise district and was killed after "
            "he lunged at officers with a knife.\n\n"
            "On Wednesday morning the attacker stabbed passengers waiting at a tram stop in central Lyon, killing "
            "three people and wounding two others.")
    document = document_from_text(text, "wire", id="wire", published="2023-03-16", outlet="AFP",
                                  title="Lyon knifeman who killed three commuters shot dead by police")
    events = next(Extractor().extract([document])).events
    lead = events[0]
    assert lead.date is not None and lead.date.date_start == "2023-03-15", [
        (e.sub_event_type, e.trigger.text, e.date and e.date.date_start) for e in events]


def _lead_of(text: str, title: str, published: str) -> tuple[EventMention, list[EventMention]]:
    from sitreps.ingest import document_from_text
    from sitreps.pipeline import Extractor

    document = document_from_text(text, "wire", id="wire", published=published, outlet="Reuters", title=title)
    events = next(Extractor().extract([document])).events
    return events[0], events


def test_a_headline_naming_a_bombing_makes_it_the_news_of_a_report_that_opens_with_a_march():
    text = ("Hundreds of residents marched to the governor's office in Kirkuk on Friday, demanding more checkpoints on "
            "the roads into the city.\n\n"
            "A car packed with explosives blew up beside a row of minibuses at the main bus station in Kirkuk on "
            "Thursday, killing 14 people and wounding 40.\n\n"
            "No group has claimed the bombing.")
    lead, events = _lead_of(text, "Car bomb kills 14 at bus station in Kirkuk", "2023-05-12")
    assert lead.sub_event_type == "Remote explosive/landmine/IED", [(e.sub_event_type, e.trigger.text) for e in events]
    lead, events = _lead_of(text, "Iraq latest: car bomb kills 14 at Kirkuk bus station", "2023-05-12")
    assert lead.sub_event_type == "Peaceful protest", [(e.sub_event_type, e.trigger.text) for e in events]


def test_a_headline_naming_a_massacre_puts_it_before_a_later_killing_elsewhere_unless_it_names_two_happenings():
    text = ("Police shot dead two suspects at a checkpoint outside Zaria on Sunday, a police spokesman said.\n\n"
            "On Friday, gunmen opened fire on worshippers at a mosque in Kano during evening prayers, killing 12 "
            "people.\n\n"
            "Residents said the attackers fled on motorcycles.")
    lead, events = _lead_of(text, "Gunmen kill 12 worshippers at mosque in Kano", "2023-05-14")
    assert lead.trigger.text == "opened fire", [(e.trigger.text, e.date and e.date.date_start) for e in events]
    for title in ("Police kill two suspects near Zaria after mosque attack in Kano",
                  "Nigeria latest: gunmen kill 12 at Kano mosque"):
        lead, events = _lead_of(text, title, "2023-05-14")
        assert lead.trigger.text == "shot", (title, [e.trigger.text for e in events])


def test_a_reference_naming_no_weapon_is_the_attack_its_report_told_with_one():
    # "The strike on Saturday", with a day and a town of its own, names the rocket and drone attack of the lead
    text = ("A rebel rocket and drone attack on a barracks in eastern Chad has killed at least 40 soldiers, army "
            "sources said Sunday.\n\nThe strike on Saturday in the city of Abeche, east of the capital N'Djamena, "
            "was one of the deadliest on government forces since the war began.")
    events = events_of(text, "2021-03-07")
    assert len(events) == 1 and events[0]["date"]["start"] == "2021-03-06"
    # a reference that names a weapon of its own tells an event of its own
    text = ("A rebel rocket attack on a barracks in eastern Chad has killed at least 40 soldiers, army sources "
            "said on Sunday.\n\nAn air strike on Saturday in the town of Abeche, far from the capital N'Djamena, "
            "hit a market.")
    assert len(events_of(text, "2021-03-07")) == 2


def test_the_former_name_of_a_town_where_a_victim_died_in_care_does_not_place_the_attack():
    events = events_of(
        "SELYDOVE, Ukraine -- Neighbours gathered on Monday to bury an elderly couple killed by Russian rocket fire "
        "two days earlier.\n\nThe husband died at once when a rocket landed in their garden. His wife died that "
        "evening in a hospital in Toretsk, the city called Dzerzhynsk until 2016.",
        published="2024-02-12")
    shelling = by_type(events, "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["location"]["name"] == "Selydove", events


@pytest.mark.parametrize("text, published", [
    ("NOVOMYKHAILIVKA, Ukraine -- Rescuers dug through the rubble of a school in this village south-west of Donetsk "
     "on Tuesday after a Russian missile strike killed three people, regional officials said.", "2023-05-16"),
    ("VUHLEDAR, Ukraine -- Volunteers handed out bread on Thursday in this mining town south-west of the city of "
     "Donetsk, a day after Russian shelling killed two women queueing for water, local officials said.", "2023-02-09"),
    ("TORETSK, Ukraine -- Firefighters put out a blaze on Sunday at a mine in this town north-west of "
     "Russian-occupied Horlivka after Russian shelling killed a worker overnight, regional officials said.",
     "2017-02-05"),
])
def test_a_town_that_only_tells_where_the_datelined_settlement_lies_is_no_scene(text: str, published: str):
    shelling = by_type(events_of(text, published=published), "Shelling/artillery/missile attack")
    assert shelling and shelling[0]["location"]["name"] == text.split(",")[0].title(), shelling


@pytest.mark.parametrize("text, place", [
    ("JOLO, Sulu -- Soldiers and police set up checkpoints across the capital town on Tuesday after a grenade attack "
     "on a public market killed two vendors, provincial officials said.", "Jolo"),
    ("COTABATO CITY -- Gunmen shot dead a village chief outside a mosque in the capital town of Maguindanao on "
     "Friday, police said.", "Province of Maguindanao"),
])
def test_a_capital_town_is_a_provinces_seat_not_the_countrys_capital(text: str, place: str):
    events = events_of(text, published="2019-03-12")
    assert events and events[0]["location"]["name"] == place, events


def test_a_village_told_in_an_urban_district_is_not_a_namesake_far_outside_it():
    # the gazetteer knows the city of Murom in the Vladimir region, not the border village of the Shebekino district
    events = events_of("A Ukrainian drone dropped explosives on a car in the village of Murom in the Shebekino urban "
                       "district on Monday, killing the driver, the Belgorod region's governor said.",
                       published="2023-06-12")
    assert events and events[0]["location"]["admin1"] == "Belgorod", events


def test_the_military_site_stormed_in_the_next_sentence_is_the_leads_assault():
    # the rockets of the second sentence suggest shelling; the base is the camp the lead told attacked
    events = events_of("Jihadists attacked an army camp in northern Burkina Faso on Sunday evening, killing 14 "
                       "soldiers, two security sources said.\n\nDozens of assailants on motorbikes stormed the base "
                       "near the town of Koutougou, firing rockets and heavy machine guns, one of the sources said.",
                       published="2021-03-15")
    violent = [e for e in events if e["event_type"] in {"Battles", "Explosions/Remote violence"}]
    assert len(violent) == 1, events
    assert "stormed" in violent[0]["also"][0]["text"], violent


def test_an_attack_counted_back_from_news_told_as_now_is_dated_from_the_publication_day():
    events = events_of(
        "The president has cut short a visit to Paris and called an emergency cabinet meeting, his office said, three "
        "days after an ambush that killed 11 police officers near Kidal.", published="2023-03-16")
    ambush = [e for e in events if e["trigger"]["text"] in {"ambush", "killed"}]
    assert ambush and ambush[0]["date"]["start"] == "2023-03-13"


def test_a_killing_one_side_blames_on_the_other_in_another_town_is_its_own_event():
    doc = load_nlp()(
        "Two soldiers died in a mortar attack on army positions near Avdiivka on Tuesday, the military said. "
        "The rebels said on the same day that Ukrainian fire had killed a pensioner in Yasynuvata.")

    def town(name: str, geonameid: int, precision: int) -> dict:
        return {"name": name, "country_code": "UA", "geo_precision": precision,
                "place": {"kind": "city", "geonameid": geonameid, "name": name}}

    lead, charge = _cluster_of(doc, "attack", 0.9), _cluster_of(doc, "killed", 0.8)
    lead.head.own_location = town("Avdiivka", 1, 2)  # no attacker named for the lead
    blamed = charge.head
    blamed.event.actor1 = Actor("Ukrainian", "Military Forces of Ukraine", "UKR", "state_forces")
    blamed.own_location = town("Yasynuvata", 2, 1)
    assert _other_sides_attack(blamed, lead)
    # the charge told of the lead's own town may be the lead's event, told by the other side
    blamed.own_location = town("Avdiivka", 1, 1)
    assert not _other_sides_attack(blamed, lead)


def test_a_killing_told_by_someone_not_at_war_is_no_side_blaming_the_other():
    doc = load_nlp()(
        "Two soldiers died in a mortar attack on army positions near Avdiivka on Tuesday, the military said. "
        "Hospital staff said on the same day that Ukrainian fire had killed a pensioner in Yasynuvata.")
    told = _cluster_of(doc, "killed", 0.8)
    told.head.event.actor1 = Actor("Ukrainian", "Military Forces of Ukraine", "UKR", "state_forces")
    assert not _blamed_by_its_enemy(told.head)
    # nor is the army's word of its own side's fire
    army = _cluster_of(load_nlp()("The military said Ukrainian fire had killed a pensioner."), "killed", 0.8)
    army.head.event.actor1 = told.head.event.actor1
    assert not _blamed_by_its_enemy(army.head)
    rebels = _cluster_of(load_nlp()("The rebels said that Ukrainian fire had killed a pensioner."), "killed", 0.8)
    rebels.head.event.actor1 = told.head.event.actor1
    assert _blamed_by_its_enemy(rebels.head)


def test_an_event_told_anew_after_earlier_and_its_day_is_another_occasion():
    # "Earlier on Tuesday" sets the glide bombs on the next village apart from the drone strike the report leads with,
    # though both fell near one town the same day
    events = events_of(
        "A Russian drone killed a driver on the outskirts of Kupiansk on Tuesday, the regional governor said.\n\n"
        "Earlier on Tuesday, Russian aircraft dropped guided bombs on the village of Kivsharivka, wounding four "
        "people.", published="2025-06-10")
    strikes = by_type(events, "Air/drone strike")
    assert len(strikes) == 2 and strikes[0]["location"]["name"] == "Kupyansk", strikes


def test_one_of_the_deadliest_attacks_ranks_its_own_sentences_strike_not_the_news():
    text = ("Residents of Kozacha Lopan on Saturday buried two brothers killed when a Russian drone hit their car on "
            "Thursday, the village council said.\n\nLast August, a Russian strike on a cafe in Hroza killed 59 "
            "people, one of the deadliest attacks on the region's civilians since the invasion began.")
    news = extract_text(text, "2024-06-23", "x").events[0]
    assert news.trigger.text == "hit"
    assert all(also.start < text.index("Last August") for also in news.also), news.also
    assert news.location is None or news.location["name"] != "Hroza"


def test_a_regional_institution_acting_over_the_attack_does_not_place_it():
    # the prosecutor's office is the Odesa region's; the drone struck in the Mykolaiv district
    text = ("A tractor driver was killed on Monday when a Russian drone struck a field in a village of the Mykolaiv "
            "district, the regional governor said.\n\nThe Odesa regional prosecutor's office has opened a war-crimes "
            "case over the attack.")
    assert all((e["location"] or {}).get("name") != "Odesa" for e in events_of(text, "2024-07-15"))


def test_a_day_told_in_a_participle_within_the_event_s_own_phrase_dates_the_event():
    # "gathered ... on Sunday" hangs on the troops the bomber struck: the attack's own day, not another noun's
    text = ("A suicide bomber killed at least 30 soldiers at a base in the southern city of Aden, officials said on "
            "Monday.\n\nThe attacker blew himself up among recruits gathered outside the camp gate on Sunday "
            "morning, security officials said.")
    attacks = [e for e in events_of(text, published="2017-03-20") if e["fatalities"]]
    assert attacks and all(e["date"]["start"] == "2017-03-19" for e in attacks), attacks


def test_a_day_naming_the_event_s_noun_inside_a_participle_dates_the_event():
    text = ("Monitors visited Avdiivka on Oct. 4 and examined the craters left by the Oct. 3 shelling that killed two "
            "residents of the town, the mission said in its report on Oct. 5.")
    strikes = by_type(events_of(text, published="2016-10-05"), "Shelling/artillery/missile attack")
    assert strikes and strikes[0]["date"]["start"] == "2016-10-03", strikes


def test_a_day_told_in_a_consequence_clause_dates_the_consequence_not_the_shooting():
    events = events_of(
        "A student was shot dead by soldiers near the university in Bamako, prompting demonstrations on Tuesday. "
        "He was killed late on Monday as he walked home, relatives said.",
        published="2023-03-08",
    )
    assert [e["date"]["start"] for e in by_type(events, "Attack")] == ["2023-03-06"]
    assert [e["date"]["start"] for e in by_type(events, "Peaceful protest")] == ["2023-03-07"]


def test_an_overnight_attack_in_a_follow_up_takes_the_night_its_town_is_named_with():
    # published on Thursday, the report's "overnight" is Tuesday's night, as the sentence naming the post's town says
    lead = ("Niger has sent more troops to its western border after an overnight attack on an army post killed four "
            "soldiers, the defence ministry said on Thursday.\n\n")
    events = events_of(lead + "The chief of staff visited the post at Ouallam on Wednesday, where the soldiers were "
                       "killed in the early hours of Tuesday.", published="2024-03-07")
    assert events[0]["date"]["start"] == "2024-03-05", events
    # with no town named beside those hours, nothing ties them to the attack: the publication's night stands
    events = events_of(lead + "The chief of staff visited the post on Wednesday, where the soldiers were killed in "
                       "the early hours of Tuesday.", published="2024-03-07")
    assert events[0]["date"]["start"] == "2024-03-07", events


def test_an_earlier_strike_told_below_the_news_gives_no_day_to_it() -> None:
    """A strike told below the news and dated weeks before the report is background: an undated event of the lead
    takes the report's day, not the background's."""
    text = ("Slovakia's foreign minister on Wednesday condemned the incident in Uzhhorod, where debris from a downed "
            "Russian drone hit a house.\n\nIt was the second attack on the region this autumn: on September 2 a "
            "Russian strike on a depot near Mukachevo wounded four workers.")
    assert _main_day(text, "2025-10-08") == "2025-10-08"


def test_a_day_told_in_a_truces_relative_clause_is_the_truces_not_the_attacks() -> None:
    # "that was supposed to begin on May 1" tells when the ceasefire was to start: the attack the sentence names
    # back keeps the day of the lead
    text = ("Russian shells hit a market in Kurakhove on Sunday, killing three people, the regional governor said. "
            "The attack came weeks into a ceasefire that was supposed to begin on April 20.")
    extraction = extract_text(text, published="2024-05-13")
    attacks = [e for e in extraction.events if e.event_type != "Strategic developments"]
    assert attacks and all(e.date is not None and e.date.date_start == "2024-05-12" for e in attacks)


def test_an_event_told_in_a_when_clause_of_a_measured_clause_takes_its_day():
    events = events_of(
        "Authorities in Kisumu on Thursday kept shops closed for a second day, a day after a 19-year-old was killed "
        "when police fired on demonstrators outside the county offices.",
        published="2024-06-13",
    )
    assert [e["date"]["start"] for e in by_type(events, "Excessive force against protesters")] == ["2024-06-12"]


def test_a_town_the_next_sentence_names_where_the_lead_s_bearing_points_is_the_lead_s_scene():
    # "south of Kaduna" only points the way; Kachia lies that way, so the troops' ambush there is the lead's, and
    # its day is the ambush's, not the day the army spoke
    text = ("Nine soldiers were killed in an ambush in the hills south of Kaduna, the army said Monday.\n\n"
            "The troops came under fire on Sunday afternoon near Kachia as they escorted a convoy of aid trucks, "
            "the army said in a statement.")
    clashes = by_type(events_of(text, published="2024-05-13"), "Armed clash")
    assert [e["date"]["start"] for e in clashes] == ["2024-05-12"], clashes


def test_a_day_opening_the_sentence_dates_the_clause_coordinated_with_its_own():
    # the siege is the hotel raid's, a year back: its dead are no toll of the news told above
    text = ("Mourners on Monday buried 14 police officers who were killed when gunmen raided their post near the "
            "border.\n\nIn March last year, militants stormed a luxury hotel in the capital, and dozens of guests "
            "died in the siege and the security forces' raid to end it.")
    counted = [e for e in events_of(text, published="2024-05-13") if e["fatalities"]
               and e["fatalities"]["min"] != 14]
    assert counted and all(e["date"]["precision"] == "month" and e["date"]["text"] == "March last year"
                           and e["date"]["start"] == "2023-03-01" for e in counted), counted


def test_a_town_named_next_is_where_an_attack_on_its_district_struck():
    # the lead's verb strikes the district itself; the town named in the next sentence is where that attack hit
    text = ("Overnight, Russian forces attacked the Kupiansk district of Kharkiv region with attack drones. In "
            "Shevchenkove, a woman was killed.\n\nThe regional governor said a drone hit a grain store.")
    strikes = by_type(events_of(text, published="2023-08-14"), "Air/drone strike")
    assert [(e["location"]["name"], e["fatalities"]["min"]) for e in strikes] == [("Shevchenkove", 1)], strikes


def test_the_day_an_inquiry_into_an_attack_is_taken_up_is_not_the_attacks():
    text = ("Prosecutors on Monday opened an investigation into a shooting at a cafe in Lyon that left two men "
            "dead.\n\nThe gunman fled on a scooter on Sunday night, police said.")
    attacks = by_type(events_of(text, published="2021-03-15"), "Attack")
    assert attacks and all(e["date"] is None or e["date"]["start"] != "2021-03-15" for e in attacks), attacks


def test_an_attack_said_to_take_place_near_a_village_places_the_killing_told_in_an_area():
    events = events_of(
        "On Monday, separatist fighters killed a Ukrainian soldier in the Donbas.\n\n"
        "The attack took place near the village of Zolote in Luhansk region, the military said.",
        published="2019-06-10")
    violent = [e for e in events if e["event_type"] in {"Battles", "Explosions/Remote violence"}]
    assert len(violent) == 1 and violent[0]["location"]["name"] == "Zolote", violent


def test_a_day_of_the_main_clause_does_not_date_a_death_told_in_a_who_clause_set_off_by_commas():
    events = events_of(
        "Opposition supporter Peter Mwale, who was shot dead by police during Saturday's skirmishes in Kampala, was "
        "yesterday laid to rest at a cemetery in the city.", published="2016-07-12")
    shooting = [e for e in events if e["trigger"]["text"].startswith("shot")]
    assert shooting and shooting[0]["date"]["start"] == "2016-07-09", shooting


def test_the_day_of_what_the_victims_kin_did_is_not_the_attacks():
    # "demanded on Monday" is the relatives' day; the night after the inquiry's object dates the raid
    text = ("Relatives of the three people killed during the assault on the opposition party's offices in Harare "
            "demanded on Monday an independent inquiry into the raid, in the night from Thursday 7 March to Friday "
            "8 March.")
    lead = extract_text(text, published="2024-03-12").events[0]
    assert lead.date is not None and lead.date.date_start == "2024-03-08", lead.date


@pytest.mark.parametrize("text", [
    "The number of people killed when a Russian rocket hit a crowded market in the eastern town of Kostiantynivka on "
    "Thursday rose to 17, the regional governor said on Friday.",
    "The number of people killed in a drone strike on a school in the town of Kherson late on Thursday has risen to "
    "five, the regional governor said on Friday morning.",
])
def test_a_day_told_in_a_tolls_subject_before_its_verb_dates_the_attack(text):
    # "on Thursday" sits in the subject, before "rose": the strike's day, not the day the toll was told
    lead = extract_text(text, published="2023-09-08").events[0]
    assert lead.date is not None and lead.date.date_start == "2023-09-07", lead.date


@pytest.mark.parametrize("text, toll", [
    ("Health officials said at least 31 people had been killed and dozens wounded. By nightfall the ministry had "
     "raised the toll to 38, calling the raid on the camp a massacre.", 38),
    ("Local officials said 12 people had died. By the afternoon the governor had raised the toll to 15, calling the "
     "bombing of the market a crime.", 15),
])
def test_a_toll_raised_in_the_sentence_that_first_names_the_attack_is_its_toll(text, toll):
    # no event is told before the raised toll: it is the toll of the attack its own sentence names
    lead = extract_text(text, published="2024-02-29").events[0]
    assert lead.fatalities is not None and lead.fatalities["min"] == toll, lead.fatalities


def test_a_fight_told_as_beginning_on_one_day_and_ending_the_next_takes_the_day_it_began():
    text = ("Police in Tetovo buried three officers on Wednesday.\n\nThe clashes in the old town of Tetovo, which "
            "began at dawn on Monday, June 4, and ended on Tuesday, left nine people dead, police said.")
    clashes = by_type(events_of(text, published="2018-06-06"), "Armed clash")
    assert clashes and clashes[0]["date"]["start"] == "2018-06-04", clashes


def test_an_attack_on_a_whole_district_is_the_strike_on_its_town_told_two_sentences_later():
    text = ("On the night of 12 June, Russian forces attacked the Lubny district of Poltava region with attack "
            "drones. Two people were injured, the regional governor said.\n\nAccording to him, a drone struck a "
            "warehouse of a dairy plant in Khorol at about 01:40. Firefighters put out the blaze by dawn.")
    strikes = by_type(events_of(text, published="2024-06-12"), "Air/drone strike")
    assert [s["location"]["name"] for s in strikes] == ["Khorol"], strikes


def test_shelling_told_as_kept_up_behind_an_evacuation_gives_way_to_the_strike_the_report_tells():
    text = ("Dozens of families left villages in the Makariv community west of Kyiv on Tuesday along a humanitarian "
            "corridor, as Russian troops continued to shell the area, officials said.\n\nA Russian rocket strike "
            "on Borodianka on Sunday, March 6, killed two people, police said.")
    events = events_of(text, published="2022-03-09")
    assert events and events[0]["location"]["name"] in {"Borodianka", "Borodyanka"}, events


def test_a_lead_counting_the_next_victim_by_rank_raises_the_toll_the_body_tells():
    # "a third villager" opens the report before the attack it died of is told with its own dead: that attack's toll
    # risen to three, even in a "where" clause the parser hangs on the region rather than on the village
    events = events_of("Police experts have examined fresh shell holes in Novomykhailivka, a small government-held "
                       "village in Donetsk Oblast, where a third villager has died after Tuesday's attack. A farmer "
                       "aged 70, who was wounded by shell fragments in his field on Tuesday, died in the district "
                       "hospital on Thursday, police said. His brother and a neighbour were killed at once.",
                       published="2023-05-12")
    attack = next(e for e in events if e["event_type"] == "Explosions/Remote violence")
    assert attack["fatalities"]["min"] == 3


def test_a_toll_raised_before_its_event_is_told_goes_to_that_event_above_its_own_count():
    # the lead tells the new figure ("brings the number of dead to three") before the strike and its first two dead
    events = events_of("A pensioner hurt in the early hours of Monday in Stepove, a village near Mykolaiv, has died in "
                       "hospital, the regional governor said on Tuesday. This brings the number of dead to three, "
                       "officials said. The 67-year-old was wounded when rocket fragments hit a neighbouring shop, in "
                       "which two women died. Four other people remain in hospital.", published="2024-09-24")
    strike = next(e for e in events if e["event_type"] == "Explosions/Remote violence")
    assert strike["fatalities"]["min"] == 3


def test_the_day_monitors_inspected_the_craters_is_not_the_strike_day():
    # the visit's day dates the inspecting, so the strike takes the day the residents give
    text = ("International monitors on Dec. 7 inspected the craters left by rockets that killed two civilians in "
            "Kurakhove. Residents said the rockets came in during the afternoon of Saturday, Dec. 6.")
    events = extract_text(text, published="2014-12-08", doc_id="craters").events
    assert [e.date.date_start for e in events] == ["2014-12-06"]


def test_a_count_told_on_a_day_before_the_event_is_another_occasions():
    text = ("NAIROBI, March 8 - A man who was struck by a rubber bullet during clashes between protesters and police "
            "in Nairobi on Wednesday has died, his family said on Friday.\n\nPolice said they were looking into the "
            "incident.\n\nLast Saturday, a 19-year-old student died of head injuries after falling from a balcony in "
            "the city.")
    events = events_of(text, "2024-03-08")
    assert events and all(e["fatalities"]["text"] == "A man" for e in events), events


def test_victims_told_in_an_aside_are_not_the_event_before_it():
    text = ("Separatist forces shelled Ukrainian positions near Avdiivka in Donetsk region on Monday, the army "
            "said.\n\nThe enemy fired heavy mortars. One soldier was wounded.\n\nMeanwhile, the separatists claimed "
            "that a teenager had been killed in the occupied town of Yasynuvata, which lies across the front line from "
            "Avdiivka.")
    shelling = by_type(events_of(text, "2019-03-12"), "Shelling/artillery/missile attack")
    assert [e["location"]["name"] for e in shelling] == ["Avdiyivka"], shelling


@pytest.mark.parametrize("text", [
    "Rockets hit houses in Toretsk, the regional governor said. It is the second deadly attack on the town this week.",
    "Shells hit a market in Toretsk, killing a woman. It was the third deadly strike on the town this month.",
])
def test_a_period_an_ordinal_counts_attacks_over_does_not_date_the_attack(text):
    strike = by_type(events_of(text, published="2023-06-14"), "Shelling/artillery/missile attack")[0]
    assert strike["date"]["precision"] == "day"
