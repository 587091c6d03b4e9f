"""Quantities stage: counted things, their kind, qualifier and offsets."""

from __future__ import annotations

import pytest
from conftest import SEED_ARTICLE, assert_span_offsets, needs_shared, parse

from sitreps.evaluation.quantities import evaluate, format_report
from sitreps.models import Quantity
from sitreps.quantities import extract_quantities, fatalities_from, says_past_day


def quantities(text: str) -> list[Quantity]:
    document, doc = parse(text)
    found = extract_quantities(doc, document)
    for quantity in found:
        assert_span_offsets(document.text, quantity.text, quantity.start, quantity.end)
    return found


def triples(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.what, q.min, q.max) for q in quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("A Russian missile strike on an apartment block in Dnipro killed at least 12 people, the governor said.",
     [("killed", 12, None)]),
    ("Nine people were killed when a car bomb exploded near a checkpoint in Mogadishu.", [("killed", 9, 9)]),
    ("So far, Ukraine has reported that one person has died from the missile strikes.", [("killed", 1, 1)]),
    ("The death toll from the strike on the Odesa apartment block rose to 23 on Monday.", [("killed", 23, 23)]),
    ("Gunmen opened fire on a bus in Burkina Faso, killing two and wounding five.",
     [("killed", 2, 2), ("injured", 5, 5)]),
    ("Clashes between rival militias in Tripoli left 5 dead and twenty-five wounded.",
     [("killed", 5, 5), ("injured", 25, 25)]),
    ("Two civilians died in Russian shelling of Kherson on Thursday.", [("killed", 2, 2)]),
    ("An Israeli soldier was killed in the northern Gaza Strip, the army said.", [("killed", 1, 1)]),
    ("Three soldiers and a civilian were killed in a clash in Rakhine state.", [("killed", 4, 4)]),
    ("No one was killed when rockets hit the Ain al-Asad base in Iraq.", [("killed", 0, 0)]),
    ("By Tuesday morning the number of dead in Lutsk had reached seven, the prime minister said.",
     [("killed", 7, 7)]),
    ("Russian troops reached the outskirts of Pokrovsk.", []),
    ("Two police officers were martyred in the attack on the checkpoint.", [("killed", 2, 2)]),
    # the parser joins the driver to the force, not to the commandos counted before it
    ("Ten police commandos of the rapid reaction force and their civilian driver were killed on Tuesday when rebels"
     " blew up their truck.", [("killed", 11, 11)]),
    # the name after "his deputy" is who the deputy is, not what is counted
    ("The mayor and his deputy Ivan Petrov were killed in an explosion at the town hall.", [("killed", 2, 2)]),
    # people harmed beside the verb's own victims are counted with them
    ("The shelling killed the battalion commander along with three other soldiers.", [("killed", 4, 4)]),
    ("A drone strike killed two medics alongside a volunteer driver.", [("killed", 3, 3)]),
    ("Major Ivan Sokolov died together with two other officers when the shell hit.", [("killed", 3, 3)]),
    ("Officials said the missile had killed at least six other sailors alongside Captain Hrytsenko.",
     [("killed", 7, None)]),
    # "along" read as the verb's particle, a bare "with" of people on a verb of dying, and a count of people the
    # parser hung on the verb after an object with its own "of" phrase
    ("The rebel commander was killed along with two bodyguards.", [("killed", 3, 3)]),
    ("Hassan Nasser al-Amiri was killed with the two other men on Tuesday night when a rocket struck their car.",
     [("killed", 3, 3)]),
    ("The rebel commander died with three of his fighters.", [("killed", 4, 4)]),
    ("A drone strike killed a senior commander of the al-Shabab militant group and one other person on Friday.",
     [("killed", 2, 2)]),
    ("The soldier was killed with a knife.", [("killed", 1, 1)]),
    # "one of the ..." is no count alone, but the one killed along with others died too; "one of his" is counted
    ("One of the city's richest men, the businessman Ivan Petrov, was killed along with his wife when missiles hit "
     "their home, officials said.", [("killed", 2, 2)]),
    ("One of his bodyguards was killed together with two other men.", [("killed", 3, 3)]),
    # an object pronoun for one person, and a ranger (a soldier of a paramilitary or park force)
    ("A grenade went off under the colonel's jeep in Pattani, killing him on the spot.", [("killed", 1, 1)]),
    ("Gunmen ambushed a nurse on her way home and shot her dead, the police said.", [("killed", 1, 1)]),
    ("A park ranger was killed by poachers in the Garamba reserve.", [("killed", 1, 1)]),
])
def test_casualty_counts_from_the_syntax_around_the_number(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia fired about 100 missiles across Ukraine, the air force said.", [("missiles_launched", 100, 100)]),
    ("Air defences shot down 20 of the 30 drones launched overnight over the Kyiv region.",
     [("drones_intercepted", 20, 20), ("drones_launched", 30, 30)]),
    ("Ukraine's air force said Russia launched 188 drones and that 76 of them were shot down.",
     [("drones_launched", 188, 188), ("drones_intercepted", 76, 76)]),
    ("The missiles hit at least three residential buildings in the capital, the mayor said.",
     [("buildings_hit", 3, None)]),
    ("Russian strikes knocked out two thermal power plants in the Kharkiv region.", [("infrastructure_hit", 2, 2)]),
    ("Hezbollah fired some 35 rockets into northern Israel, most of which were intercepted.",
     [("missiles_launched", 35, 35)]),
])
def test_weapons_and_damage(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bandits abducted 287 pupils from a school in Kaduna state.", [("abducted", 287, 287)]),
    ("Police arrested 93 people after the encampment in Austin was cleared.", [("arrested", 93, 93)]),
    ("More than 2,000 residents fled their homes as fighting neared Lashio.", [("displaced", 2001, None)]),
    ("Tens of thousands marched through central Belgrade on Saturday.", [("participants", 20000, None)]),
    ("Unidentified gunmen shot dead two shopkeepers in a market in Makhachkala.", [("killed", 2, 2)]),
    ("A car bomb in Mogadishu killed seven street vendors and wounded four cyclists.",
     [("killed", 7, 7), ("injured", 4, 4)]),
    ("A Ukrainian drone hit a car near Grayvoron, killing the driver.", [("killed", 1, 1)]),
    ("A bomb in a St Petersburg cafe killed Vladlen Tatarsky, a pro-war blogger.", [("killed", 1, 1)]),
    ("The general died on the spot. His assistant was also killed.", [("killed", 1, 1), ("killed", 1, 1)]),
    ("A drone attacked a cyclist in Kherson, killing the 62-year-old on the spot.", [("killed", 1, 1)]),
    ("A married couple driving across the bridge were killed.", [("killed", 2, 2)]),
    # one article for two people: "a father and daughter" are two
    ("A father and daughter were killed when a shell hit their house in Nikopol.", [("killed", 2, 2)]),
    ("Villagers buried a farmer and nephew killed by a mine on Tuesday.", [("killed", 2, 2)]),
    ("A 5,000-strong crowd gathered outside parliament in Nairobi.", [("participants", 5000, 5000)]),
    ("Eight people were killed and 12 are still missing after the boat capsized off Yemen.",
     [("killed", 8, 8), ("missing", 12, 12)]),
])
def test_other_kinds_of_count(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, what, low, high, qualifier, span", [
    ("Jihadists killed no fewer than 40 soldiers in central Mali.", "killed", 40, None, "at least",
     "no fewer than 40"),
    ("The RSF killed more than 100 people in Gezira state.", "killed", 101, None, "more than", "more than 100"),
    ("Nearly 200 people were wounded in the attack in Kunduz.", "injured", 200, 200, "about", "Nearly 200"),
    ("Up to 50 people were wounded in the Peshawar bombing.", "injured", None, 50, "up to", "Up to 50"),
    ("Militia fighters killed between 30 and 40 civilians in Oromia.", "killed", 30, 40, "between",
     "between 30 and 40"),
    ("Eight to 10 people died when a glide bomb hit a post office in Kharkiv.", "killed", 8, 10, "between",
     "Eight to 10"),
    ("A coalition air strike in Saada killed dozens of people.", "killed", 24, None, "vague", "dozens"),
    ("Insurgents overran the outpost near Djibo, killing scores of soldiers.", "killed", 40, None, "vague",
     "scores"),
    ("Rebel shelling of Goma killed at least a dozen civilians.", "killed", 12, None, "at least",
     "at least a dozen"),
    ("A shooting at the parade wounded more than two dozen people.", "injured", 25, None, "more than",
     "more than two dozen"),
    ("Police said 1,250 people were detained across Russia.", "arrested", 1250, 1250, None, "1,250"),
    ("Some 12 million people have been displaced in Sudan, the UN says.", "displaced", 12_000_000, 12_000_000,
     "about", "Some 12 million"),
])
def test_qualifiers_ranges_and_vague_words(text, what, low, high, qualifier, span):
    [found] = quantities(text)
    assert (found.what, found.min, found.max, found.qualifier, found.text) == (what, low, high, qualifier, span)


@pytest.mark.parametrize("text", [
    "A 45-year-old man said the 72-hour ceasefire agreed in 2022 was holding in Idlib.",
    "At least 4 percent of the city's housing stock has been damaged, the mayor of Mariupol said.",
    "The UN Security Council adopted Resolution 2728 by 14 votes, with the United States abstaining.",
    "Authorities offered a $5 million reward for information on the bombing in Peshawar.",
    "About 2,000 Russian troops were deployed to the border area, the ministry said.",
    "The US military said it shot down a one-way attack drone over the Red Sea at 9:30 p.m.",
    "Two military sources said the convoy was heading to Gao.",
    "Nigerian troops rescued 16 kidnapped students in Zamfara, the army said.",
])
def test_numbers_that_count_nothing_in_the_vocabulary_are_ignored(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text", [
    "Rockets struck the village on Friday, killing one farmer and damaging houses and a bridge.",
    "Mortars hit the market, killing one trader and damaging stalls and a power line, police said.",
])
def test_a_list_of_damage_after_a_victim_adds_no_person(text):
    assert triples(text) == [("killed", 1, 1)]


def test_subsets_are_not_counted_again():
    text = "At least 17 people, including five children, were killed in airstrikes on a market in Idlib."
    assert triples(text) == [("killed", 17, None)]


@pytest.mark.parametrize("text, expected", [
    ("Police blamed separatists for three truck bombings in four days that killed 22 people in the region.",
     [("killed_total", 22, 22)]),
    ("Two separate raids killed 14 villagers on Friday, officials said.", [("killed_total", 14, 14)]),
    ("Two explosions killed eight people at a bus station on Friday.", [("killed", 8, 8)]),
    ("A truck bomb that killed 22 people hit the market on Friday.", [("killed", 22, 22)]),
])
def test_a_toll_summed_over_attacks_told_apart_is_a_total(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The shooting raised to at least 31 the number of people killed in two months of unrest.",
     [("killed_total", 31, None)]),
    ("At least 31 people have been killed in two months of unrest, rights groups say.", [("killed_total", 31, None)]),
    ("Some 60 civilians have died over several weeks of fighting around the port, aid groups said.",
     [("killed_total", 60, 60)]),
    ("Seven people were killed in two days of clashes in the capital.", [("killed", 7, 7)]),
    # a bare plural stretch is many days too
    ("The death toll from months of unrest in the province rose to 13 on Friday.", [("killed_total", 13, 13)]),
    ("Nine villagers were killed in weeks of fighting around the dam.", [("killed_total", 9, 9)]),
])
def test_a_toll_over_weeks_or_months_is_a_total(text, expected):
    # a stretch of weeks is longer than any one incident; a couple of days of clashes may still be one
    assert triples(text) == expected


def test_a_stretch_measuring_a_superlative_is_no_tally():
    # "in months" says how rare so deadly a strike is, not over how long the dead were counted
    text = ("Two nurses were killed late Monday when a rocket hit their clinic, in one of the deadliest strikes on "
            "medics in months.")
    assert triples(text) == [("killed", 2, 2)]


@pytest.mark.parametrize("text, expected", [
    ("A university student was shot in the neck and killed during a march on Tuesday.", [("killed", 1, 1)]),
    ("Three farmers were shot and killed at a checkpoint on Friday.", [("killed", 3, 3)]),
    ("Two guards were shot and wounded outside the bank.", [("injured", 2, 2)]),
])
def test_a_passive_victim_takes_the_harm_of_the_participle_joined_to_its_verb(text, expected):
    # "shot" alone tells no harm the vocabulary counts: the participle after "and" says what it came to
    assert triples(text) == expected


def test_cumulative_tallies_are_marked_total():
    text = ("Israeli strikes killed at least 27 Palestinians across Gaza overnight, bringing the total death toll "
            "since October 7 to more than 37,000, the health ministry said.")
    assert triples(text) == [("killed", 27, None), ("killed_total", 37001, None)]
    assert triples("Fighting between the army and the RSF has killed tens of thousands of people since April "
                   "2023.") == [("killed_total", 20000, None)]


def test_an_ordinal_victim_since_a_start_is_a_running_tally():
    text = ("A border guard was killed on Monday when a mine went off near the river crossing. He was the third "
            "guard killed since the truce took effect.")
    assert triples(text) == [("killed", 1, 1)]


@pytest.mark.parametrize("text, toll", [
    ("Shelling hit a bakery in Toretsk. Two customers were killed on the spot and a third died on the way to "
     "hospital, the prosecutor said.", 3),
    ("Gunmen ambushed a convoy in Borno. Three drivers died at the scene, and a fourth succumbed to his wounds.", 4),
    ("A Russian shell struck a bus in Kherson. Two passengers were killed and a third was wounded.", 2),
    ("A missile destroyed a third of the depot in Lviv and killed one guard.", 1),
])
def test_an_ordinal_after_a_count_is_the_next_victim(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


@pytest.mark.parametrize("text, toll", [
    ("A glide bomb hit a clinic in Zaporizhzhia. The dead included a nurse and her patient, the governor said.",
     2),
    ("A drone struck a car near Kupiansk on Sunday. Among the dead were a farmer and his son.", 2),
    ("A blast tore through a bus in Quetta. The dead numbered 11, police said.", 11),
    ("Mortar rounds hit a camp in Darfur; the dead number at least 19, aid workers said.", 19),
])
def test_the_dead_listed_or_numbered_are_the_toll(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


@pytest.mark.parametrize("text, toll", [
    ("Mourners on Monday buried four villagers from Hrakove. The four, three men and a teenage girl, died when a "
     "shell hit a bread queue on Saturday, the governor said.", 4),
    ("MYKOLAIV, Ukraine (AP) — Two pensioners, a man and a woman, were killed when a rocket hit their block on "
     "Tuesday, the mayor said.", 2),
    ("Attackers on motorcycles killed 12 people, eight men and four women, in a village in Zamfara state, police "
     "said.", 12),
    # a list of kinds after the first count adds to it
    ("Three soldiers, two medics and a driver were killed when a drone hit an ambulance near Lyman.", 6),
])
def test_a_count_told_with_its_parts_is_not_added_to_them(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


@pytest.mark.parametrize("text, toll", [
    ("A drone hit a tractor near Beryslav on Friday. The farmer was killed at once, and his son died in hospital "
     "that night, the governor said.", 2),
    ("A 67-year-old man died at the scene in Vovchansk on Sunday. In the evening a woman died of her wounds in the "
     "same attack, police said.", 2),
    # the same woman told twice
    ("A woman was killed by shelling in Kupiansk on Monday. The woman, a 70-year-old, was feeding her chickens.", 1),
    # a car's driver and its passenger are two people
    ("A drone hit a van near Kherson on Saturday, killing the driver. The passenger died in hospital on Sunday, "
     "the governor said.", 2),
    # someone's neighbour or colleague is another person, as kin are
    ("A woman who was hurt when a shell hit her street on Monday died in hospital on Tuesday. Her neighbour was "
     "killed on the spot.", 2),
])
def test_single_victims_told_apart_are_counted_each(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


@pytest.mark.parametrize("text", [
    "Mortar rounds hit a yard in Krasnohorivka on Monday, and a 60-year-old man was killed. His 58-year-old wife "
    "died of her wounds in hospital the next day.",
    "A drone struck a car near Nikopol on Friday, and a woman was killed. Her husband died in hospital on Saturday.",
])
def test_a_victim_told_as_one_more_and_as_kin_is_one_person(text):
    assert fatalities_from(quantities(text))["min"] == 2


@pytest.mark.parametrize("text, toll", [
    ("A shell hit a canteen in Kharkiv. Those killed were a waiter and a cook, the mayor said.", 2),
    ("Two bakers and a porter died when a drone hit the market in Sumy on Monday.", 3),
    ("Gunmen shot dead a tailor and a butcher in Kaduna on Friday.", 2),
])
def test_people_named_by_their_trade_are_counted(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


@pytest.mark.parametrize("text", [
    "The chili cook-off in Austin drew a record crowd on Saturday.",
    "Exports remained the driver of growth, the central bank said on Monday.",
])
def test_a_trade_word_that_names_no_victim_counts_nobody(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, toll", [
    ("The military's media wing said two soldiers embraced martyrdom when insurgents fired on a convoy in Kech.", 2),
    ("Five troops attained shahadat in a gunfight with militants in Bannu, the army said.", 5),
])
def test_soldiers_told_as_martyred_are_dead(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


@pytest.mark.parametrize("text, toll", [
    ("A guided bomb hit a post office in Izium. Among the dead were a postwoman, her son and a girl of nine.", 3),
    ("Russian rockets hit a bus depot in Sloviansk. The dead were a mechanic, his wife and a boy of seven.", 3),
    ("Shelling of a square in Toretsk killed a paramedic and a firefighter who were helping the wounded.", 2),
    ("A shell fell on a courtyard in Nikopol. The victims were a pensioner and his grandson, the mayor said.", 2),
])
def test_victims_listed_one_by_one_are_counted(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


def test_a_list_after_one_person_is_no_restated_group():
    assert fatalities_from(quantities("Among the dead were a guard, his wife and a boy of ten."))["min"] == 3
    # a group restated, an apposition closed by a comma and a family sized by its count list no one more
    assert fatalities_from(quantities("A drone hit a minibus, killing two people, a driver and a nurse."))["min"] == 2
    assert fatalities_from(quantities("The headman, a man of 60, and his nephew were shot dead."))["min"] == 2
    assert fatalities_from(quantities("A family of five was killed when a missile hit their house."))["min"] == 5


def test_victims_are_the_dead_unless_the_wounded_are_told_beside_them():
    assert fatalities_from(quantities("A shell hit a kiosk. The victims were a vendor and her son."))["min"] == 2
    text = ("A glide bomb struck a bakery in Kupiansk on Monday, wounding two people. The victims were a baker and "
            "a customer, police said.")
    assert [q.what for q in quantities(text)] == ["injured"]


@pytest.mark.parametrize("text, toll", [
    ("Russian shelling of Huliaipole killed a man on Tuesday. A woman wounded in the shelling died in hospital on "
     "Wednesday, the regional governor said.", 2),
    ("A drone struck a van near Beryslav on Monday, killing the driver. His passenger died of her injuries on "
     "Tuesday, officials said.", 2),
    # one brought in with "a" who died of wounds is most often the victim told before, told again
    ("Shelling hit Nikopol on Monday. One person was killed, the governor said. A man died of his wounds on the way "
     "to hospital.", 1),
    ("Artillery hit a street in Myrnohrad on Friday, wounding six people. One of the wounded died in hospital "
     "overnight, police said.", 1),
])
def test_the_wounded_who_died_later_are_added(text, toll):
    assert fatalities_from(quantities(text))["min"] == toll


def test_a_victim_who_died_later_is_added_unless_told_again():
    text = "A shell killed a woman in Kherson on Sunday. Her neighbour died of his wounds in hospital."
    assert fatalities_from(quantities(text))["min"] == 2
    # the same kind of person again is the first victim told over
    text = "A shell killed a man in Kherson on Sunday. A man of 72 died of his wounds after it hit his yard."
    assert fatalities_from(quantities(text))["min"] == 1


@pytest.mark.parametrize("tally", [
    "The death toll from Russian strikes on the district since January has reached 88, officials said.",
    "The death toll from shelling in the district since the start of the year has reached 88, officials said.",
    "The toll from Russian attacks in the region since the start of the year has reached 88, officials said.",
])
def test_a_regions_toll_since_a_date_is_a_running_tally(tally):
    text = f"A glide bomb killed a man in Vovchansk on Monday. {tally}"
    assert triples(text) == [("killed", 1, 1), ("killed_total", 88, 88)]


def test_the_dead_of_another_time_are_not_listed_as_this_toll():
    text = ("A guard was shot dead in Peshawar on Friday. Among those killed in a raid last year were a judge and "
            "his clerk.")
    assert fatalities_from(quantities(text))["min"] == 1


def test_offsets_index_the_document_text_across_paragraphs():
    text = "KYIV, Ukraine (AP) —\n\nA Russian drone attack on Sumy killed at least three people.\n"
    [found] = quantities(text)
    assert found.text == "at least three"


def test_fatalities_from_takes_the_revised_toll():
    text = ("A Russian missile hit a hotel in Kramatorsk on Saturday. Officials initially said one person had "
            "died. By Sunday the death toll had risen to three.")
    found = quantities(text)
    assert [(q.what, q.min) for q in found] == [("killed", 1), ("killed", 3)]
    assert fatalities_from(found) == {"min": 3, "max": 3, "text": "three"}


def test_fatalities_from_ignores_other_kinds_and_prefers_precise_figures():
    found = [
        Quantity("killed", 24, None, "vague", "dozens", 0, 6),
        Quantity("injured", 300, None, "at least", "at least 300", 10, 22),
        Quantity("killed", 31, None, "at least", "at least 31", 40, 51),
        Quantity("killed_total", 41000, None, "more than", "more than 41,000", 60, 76),
    ]
    assert fatalities_from(found) == {"min": 31, "max": None, "text": "at least 31"}
    assert fatalities_from([found[1]]) is None
    assert fatalities_from([]) is None


@needs_shared(SEED_ARTICLE)
def test_seed_article_counts():
    document, doc = parse(SEED_ARTICLE.read_text(encoding="utf-8"), published="2022-11-15")
    found = extract_quantities(doc, document)
    by_what = {q.what: q for q in found}
    assert (by_what["missiles_launched"].min, by_what["missiles_launched"].max,
            by_what["missiles_launched"].qualifier) == (100, 100, "about")
    assert (by_what["buildings_hit"].min, by_what["buildings_hit"].max,
            by_what["buildings_hit"].qualifier) == (3, None, "at least")
    assert fatalities_from(found)["min"] == 1
    for quantity in found:
        assert_span_offsets(document.text, quantity.text, quantity.start, quantity.end)


def test_evaluation_runs_on_the_labelled_set():
    scores = evaluate()
    assert scores["dev"]["records"] >= 50 and scores["test"]["records"] >= 30
    assert scores["dev"]["f1"] > 0.9
    assert "toll floor" in format_report(scores)


def test_a_victim_named_as_also_killed_adds_to_the_one_before():
    found = quantities(
        "A senior police commander, Colonel Oleh Marchenko, was killed when a bomb exploded under his car in "
        "Melitopol on Friday. His driver was also killed."
    )
    killed = [q for q in found if q.what == "killed"]
    assert [q.qualifier for q in killed] == [None, "additional"]
    assert fatalities_from(killed)["min"] == 2


@pytest.mark.parametrize("text", [
    "A journalist was shot dead on Friday as she left her office, her newspaper said, the latest killing of a "
    "reporter in the country.",
    "A police chief was shot dead on Friday as he drove home, officials said, the latest murder of an officer in "
    "the state.",
])
def test_the_victim_of_a_killing_told_as_the_latest_of_a_series_is_the_one_told_before(text: str):
    killed = [q for q in quantities(text) if q.what == "killed"]
    assert fatalities_from(killed)["min"] == 1


def test_a_person_picked_out_of_the_counted_dead_is_not_added():
    assert triples("A Russian drone killed at least two people in Kherson, one of them a nurse, on Monday.") == [
        ("killed", 2, None)]
    assert triples("A shell killed a woman and her son in Nikopol.") == [("killed", 2, 2)]


@pytest.mark.parametrize("text, expected", [
    ("Prosecutors say the gunman was behind the killing of two police officers and a bystander in Ghent on Monday.",
     [("killed", 3, 3)]),
    ("The landslide caused the deaths of a teacher and her two sons in the valley, officials said.",
     [("killed", 3, 3)]),
    ("The bombing claimed the lives of four soldiers and an interpreter near the border.", [("killed", 5, 5)]),
    # the parser joins the civilians to "killing" rather than to the soldier
    ("The killing of a soldier and two civilians at the checkpoint sparked protests.", [("killed", 3, 3)]),
    ("Rebels admitted the abduction of three aid workers and a driver near Goma.", [("abducted", 4, 4)]),
])
def test_the_victims_of_one_noun_of_harm_joined_by_and_are_summed(text: str, expected: list):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another noun, another figure
    ("The clashes led to the deaths of two soldiers and the wounding of five civilians.", [("killed", 2, 2)]),
    ("Police reported the killing of three protesters and 20 arrests in the capital.",
     [("killed", 3, 3), ("arrested", 20, 20)]),
    # a subset and a member picked out are not added
    ("The blast caused the deaths of five people, including two children and a woman.", [("killed", 5, 5)]),
    ("The raid caused the deaths of two villagers, one of them a boy of ten.", [("killed", 2, 2)]),
])
def test_what_is_not_a_victim_of_a_noun_of_harm_is_not_summed(text: str, expected: list):
    assert triples(text) == expected


def test_a_count_right_after_an_agency_dateline():
    # the parser makes "people" an apposition of "KHERSON" here
    assert triples("KHERSON, Ukraine (AP) — Three people, among them a young girl, died in Sunday's Russian airstrike "
                   "on a maternity ward in the encircled city of Kherson, officials said Monday.") == [("killed", 3, 3)]


def test_people_conjoined_to_a_count_glued_to_the_dateline_are_added():
    # the parser makes "farmers" an apposition of "CUSCO" and "a teacher" its conjunct
    assert triples("CUSCO, Peru (AP) — Three farmers and a teacher were shot dead at a roadblock on Friday, police "
                   "said.") == [("killed", 4, 4)]


def test_two_subjects_of_one_casualty_verb_are_summed():
    assert triples("The regional prosecutor, Ivan Petrenko, and his deputy were killed in an explosion on "
                   "Friday.") == [("killed", 2, 2)]


def test_a_dateline_city_is_no_victim():
    assert triples("MOGADISHU, Aug 3 (Reuters) - At least 32 people were killed when militants attacked a beach "
                   "restaurant on Friday night, police said.") == [("killed", 32, None)]


def test_firefighters_and_rescuers_are_people():
    assert triples("Two firefighters were killed while battling a blaze at a fuel depot hit by drones.") == [
        ("killed", 2, 2)]


def test_feared_or_presumed_deaths_are_not_a_death_toll():
    assert triples("A landslide buried a mining camp in Papua, and 50 workers are feared dead, police said.") == [
        ("missing", 50, 50)]
    assert triples("Rescuers recovered three bodies; it is likely that the 20 people still under the mud have died.") \
        == [("killed", 3, 3), ("missing", 20, 20)]
    assert triples("Officials fear that 40 villagers were killed when the river burst its banks.") == [
        ("missing", 40, 40)]
    # a figure someone believes is still their figure
    assert triples("Police believe 12 people were killed in the market bombing in Maiduguri.") == [("killed", 12, 12)]


def test_an_ordinal_victim_counts_all_before_it():
    assert triples("Rescuers said two people had died. On Wednesday they found the body of a third person under the "
                   "rubble in Chernihiv.") == [("killed", 2, 2), ("killed", 3, 3)]
    assert triples("A second soldier died of his wounds in a hospital in Goma on Monday.") == [("killed", 2, 2)]


def test_since_measuring_a_superlative_is_no_running_tally():
    text = ("The toll from a drone strike on a market in Kadugli has risen to at least 40, in one of the deadliest "
            "attacks on the town since the siege began last year, officials said.")
    assert ("killed", 40, None) in triples(text)


def test_this_year_measuring_a_superlative_is_no_running_tally():
    text = ("A suicide bomber blew himself up at a wedding in northern Iraq on Saturday, killing at least 30 guests in "
            "one of the deadliest attacks on civilians this year, police said.")
    assert triples(text) == [("killed", 30, None)]


def test_an_age_before_other_adjectives_describes_one_person():
    text = "Russian troops shelled the town on Saturday, killing a 58-year-old local man and wounding two others."
    document, doc = parse(text, "2022-06-19")
    killed = [q for q in extract_quantities(doc, document) if q.what == "killed"]
    assert [(q.min, q.text) for q in killed] == [(1, "a 58-year-old local man")]


def test_every_age_of_a_list_after_aged_is_an_age_not_a_count():
    assert triples("A man and a woman aged 58 and 61 were killed when the shell hit their yard.") == [
        ("killed", 2, 2)]
    assert triples("Three fishermen aged 19, 24 and 40 were killed by the mine.") == [("killed", 3, 3)]


def test_a_count_the_parse_takes_for_part_of_a_name_still_counts_its_noun():
    # a sentence-initial number word before a nationality is parsed as a name: "Seventeen Nigerien" of soldiers
    assert triples("Seventeen Nigerien soldiers were killed on Tuesday.") == [("killed", 17, 17)]


def test_a_second_single_victim_told_by_its_own_verb_adds_to_the_first():
    found = quantities("A 71-year-old man was killed at once, and a woman who was wounded by the same shell died in "
                       "hospital hours later, the governor said.")
    killed = [q for q in found if q.what == "killed"]
    assert [q.qualifier for q in killed] == [None, "additional"]
    assert fatalities_from(killed)["min"] == 2
    # the same victim told again, or a victim of a second sentence, is no new one
    assert [q.qualifier for q in quantities("A man was killed in Nikopol. A man in his 60s died there, too.")
            if q.what == "killed"] == [None, None]


def test_nationals_and_citizens_are_people():
    assert triples("A car bomb killed four Turkish nationals and an Afghan guard near Kunduz on Friday.") \
        == [("killed", 5, 5)]


def test_weapons_lost_to_jamming_are_no_dead():
    assert triples("Russia launched 90 drones; 51 were shot down and 30 were lost to electronic warfare.") == [
        ("drones_launched", 90, 90)]
    assert triples("The battalion lost 40 soldiers in the fighting for the village.") == [("killed", 40, 40)]


def test_a_sides_losses_over_the_past_day_are_no_dead():
    text = "The general staff said the enemy army lost up to 320 soldiers and four tanks over the past 24 hours."
    assert ("killed", None, 320) not in triples(text)
    assert ("casualties", None, 320) in triples(text)


def test_a_tally_over_the_past_day_is_told_in_text_by_its_phrase():
    assert says_past_day("Gunners fired on the border villages 40 times in the last 24 hours.")
    assert says_past_day("During the past day, two soldiers were hurt.")
    assert not says_past_day("Gunners fired on the border villages over the past week.")
    assert not says_past_day("The past day's shelling was the heaviest.")


def test_a_title_closing_on_a_bare_count_of_dead_counts_them():
    # a headline's "two killed" is passive; "gunmen killed three guards" keeps the count as the killers
    assert ("killed", 2, 2) in triples("Shells hit Orikhiv market, two killed\n\nThe regional governor said more.")
    assert triples("Five gunmen killed three guards at the depot.") == [("killed", 3, 3)]


def test_one_person_told_with_an_of_phrase_is_still_one_victim():
    assert triples("Unknown assailants shot and killed the director of a rural clinic near Uruapan on "
                   "Friday.") == [("killed", 1, 1)]


def test_deaths_in_the_run_up_to_a_vote_are_a_running_tally():
    assert triples("At least 22 local politicians were killed in the run-up to the regional ballot.") == \
        [("killed_total", 22, None)]


def test_a_later_correction_lowers_the_toll():
    text = ("A car bomb tore through a market in Baidoa on Monday, and police said 22 people were killed. "
            "Hospital officials later said the death toll had been corrected to 19.")
    found = quantities(text)
    assert [(q.what, q.min) for q in found] == [("killed", 22), ("killed", 19)]
    assert found[1].qualifier == "revised"
    assert fatalities_from(found) == {"min": 19, "max": 19, "text": "19"}
    # an ordinary later figure still never lowers the toll
    assert fatalities_from([found[0], Quantity("killed", 19, 19, None, "19", 130, 132)])["min"] == 22


def test_a_body_numbered_by_an_ordinal_counts_that_many_dead():
    text = ("Searchers digging through the collapsed school in Chuhuiv found a third body late on Monday, "
            "the mayor said.")
    assert ("killed", 3, 3) in triples(text)


def test_a_toll_over_the_past_week_or_month_is_a_running_tally():
    text = "Clashes along the border have killed at least 40 fighters over the past month, a monitor said."
    assert triples(text) == [("killed_total", 40, None)]


@pytest.mark.parametrize("text, expected", [
    # nouns for victims that no list need hold: the harming verb says they are people
    ("A drone killed two beekeepers and wounded three lumberjacks near Nikopol.",
     [("killed", 2, 2), ("injured", 3, 3)]),
    ("Four retirees were killed when a shell hit their bus in Huliaipole.", [("killed", 4, 4)]),
    ("Shelling in Vovchansk killed two pensioners on Friday.", [("killed", 2, 2)]),
    ("Gunmen kidnapped 14 hikers on the road to Zaria.", [("abducted", 14, 14)]),
    # animals are not casualties
    ("A shell killed 40 sheep on a farm near Polohy.", []),
])
def test_victims_named_by_what_they_were_doing_count_as_people(text, expected):
    assert triples(text) == expected


def test_one_more_victim_joined_to_a_count_of_people_adds_to_it():
    text = "Four nurses and a caretaker were killed when shells hit the clinic in Orikhiv."
    assert triples(text) == [("killed", 5, 5)]


@pytest.mark.parametrize(("text", "toll"), [
    ("Gunmen killed four British tourists and their guide on a mountain road, police said.", 5),
    ("A roadside bomb killed three contractors and their local interpreter and driver near the base on Monday.", 5),
])
def test_the_people_of_a_counted_group_and_theirs_are_counted_together(text, toll):
    assert triples(text) == [("killed", toll, toll)]


def test_a_victim_described_by_a_participle_phrase_is_counted():
    # the parser reads "working for the mission" as a gerund subject of "was killed"
    assert ("killed", 1, 1) in triples(
        "An American paramedic working for the OSCE monitoring mission in eastern Ukraine was killed on Sunday "
        "when the armoured vehicle he was travelling in hit a mine, the organisation said.")


def test_a_count_hung_on_a_later_verb_by_its_relative_clause_joins_the_named_victim():
    text = ("Soldiers killed Ivan Petrenko, the head of the village council, and two volunteers who were helping him "
            "hand out bread to residents, the council said.")
    assert triples(text) == [("killed", 3, 3)]
    # a clause of its own after "and" tells other people
    assert triples("Gunmen killed the village headman, and three guards who were with him fled into the bush.") \
        == [("killed", 1, 1), ("displaced", 3, 3)]


@pytest.mark.parametrize("text", [
    "Shelling kills woman in Nikopol\n\nRussian artillery struck a street in Nikopol on Sunday, the governor said.",
    # a dateline after the title: the title is still read
    "Missile kills teacher in Odesa, mayor says\n\nODESA, Ukraine (AP) — A missile struck a school on Monday.",
])
def test_a_bare_singular_victim_in_a_title_is_one_dead(text):
    assert ("killed", 1, 1) in triples(text)


def test_a_bare_singular_noun_in_the_body_is_not_counted():
    assert triples("The strike on the depot came as officer training resumed in the city.") == []


def test_a_count_conjoined_to_a_toll_figure_counts_something_else():
    text = ("The army said the sweep was winding down as the death toll reached 15 and hundreds of families "
            "who had left began to come home.")
    assert triples(text) == [("killed", 15, 15)]


@pytest.mark.parametrize("text", [
    "Kopassus 81 officers were wounded in the clash.",
    "Police said Battalion 81 officers were wounded in the clash.",
])
def test_a_number_in_a_unit_s_name_is_no_count(text):
    assert triples(text) == []


def test_the_ones_who_shot_others_dead_are_not_the_dead():
    assert triples("Two policemen shot dead three gunmen at the checkpoint.") == [("killed", 3, 3)]


def test_the_dead_hung_on_dead_are_shot_by_the_subject():
    text = "Residents said the soldiers fled a day after a man from the village shot dead two soldiers at the post."
    assert triples(text) == [("killed", 2, 2)]


def test_a_toll_raised_to_a_figure_hung_on_the_participle_of_its_phrase():
    text = "Friday's death in hospital raises the number of people killed in the bombing at the market to nine."
    assert triples(text) == [("killed", 9, 9)]


def test_a_toll_raised_to_a_figure_the_parser_hung_on_the_speaker_after_the_comma():
    # "three" is parsed as the count of "Pavel Sokolov": the figure ends the toll's clause all the same
    assert triples("The toll from Saturday's strike on the bus station has risen to three, Pavel Sokolov, head of "
                   "the town, told TASS.") == [("killed", 3, 3)]


def test_a_toll_raised_to_a_figure_hung_on_the_event_the_toll_is_of():
    text = ("A guard wounded in the blasts at the depot last week died of his wounds on Friday, raising the death toll "
            "in the attack to three, the ministry said.")
    assert ("killed", 3, 3) in triples(text)


def test_both_of_a_group_of_people_is_two():
    assert triples("The blast killed both gunmen and injured 11 bystanders.") == [("killed", 2, 2), ("injured", 11, 11)]


def test_a_toll_believed_by_its_source_is_a_death_toll():
    assert triples("Police said 30 gunmen are believed to have been killed in the clash.") == [("killed", 30, 30)]


def test_one_person_joined_to_a_partitive_count_is_one_more_victim():
    text = "A gunman sprayed the minibus with bullets on Friday, killing two of the pilgrims and the Iraqi driver."
    assert triples(text) == [("killed", 3, 3)]
    assert triples("The rocket hit a car near the checkpoint, killing four of the passengers and the Lebanese "
                   "driver.") == [("killed", 5, 5)]
    assert triples("The shelling killed two of the farmers and labourers.") == [("killed", 2, 2)]


@pytest.mark.parametrize("text, expected", [
    ("Four shopkeepers were hacked to death by raiders on Tuesday.", [("killed", 4, 4)]),
    ("Angry villagers stoned three men to death on Friday.", [("killed", 3, 3)]),
])
def test_victims_killed_to_death_by_a_beating_are_the_dead(text, expected):
    assert triples(text) == expected


def test_a_death_sentence_is_no_toll():
    assert not [q for q in quantities("A court sentenced two men to death on Tuesday.") if q.what == "killed"]


@pytest.mark.parametrize("text, expected", [
    ("Four men were beaten to death by villagers on Friday, police said.", [("killed", 4, 4)]),
    ("A crowd stoned two young men to death outside the market.", [("killed", 2, 2)]),
    ("Three prisoners burned to death when the cell block caught fire.", [("killed", 3, 3)]),
])
def test_a_killing_told_by_its_manner_counts_the_dead(text, expected):
    assert triples(text) == expected


def test_one_of_a_possessed_group_is_a_single_victim():
    text = "One of her drivers was shot dead when gunmen stopped the aid truck outside the town."
    assert triples(text) == [("killed", 1, 1)]


def test_losing_contact_with_people_is_no_death_toll():
    text = "Officials said they had lost contact with the mayor and 12 members of his convoy on Tuesday."
    assert [t for t in triples(text) if t[0] == "killed"] == []


def test_listed_ranks_and_a_mistagged_common_noun_each_count_one_dead():
    for text, dead in (("A colonel, a major and a police inspector were killed in a gunfight with rebels.", 3),
                       ("A jawan and a rebel were killed in the firefight near the border post.", 2)):
        assert ("killed", dead, dead) in triples(text), text


def test_the_bound_of_a_figure_is_no_superlative_before_since():
    text = "Since early March, rocket fire has killed at least 14 villagers in the district, the governor said."
    assert triples(text) == [("killed_total", 14, None)]


def test_a_number_of_dead_counted_since_a_day_is_a_running_tally():
    text = "The deaths bring the number of police officers killed in the province since the start of May to 12."
    assert triples(text) == [("killed_total", 12, 12)]


@pytest.mark.parametrize("text", [
    "A sniper shot a medic near the trench line on Sunday. That brings to 14 the number of medics killed this month.",
    "A sniper shot a medic near the trench line on Sunday. Nine medics have now died on that stretch this month.",
    "A sniper shot a medic near the trench line on Sunday. His death raised the number of medics killed this "
    "week to six.",
])
def test_a_count_so_far_this_week_or_month_is_a_running_tally(text):
    assert [w for w, _, _ in triples(text) if w.startswith("killed")][-1] == "killed_total"


def test_a_week_that_only_dates_one_attack_keeps_its_toll():
    assert triples("A drone strike on a market in Kupiansk killed four shoppers this week.") == [("killed", 4, 4)]


@pytest.mark.parametrize("text, total", [
    ("A rocket hit a school in Kharkiv on Monday, killing two teachers. Workers pulled three more bodies from the "
     "ruins on Tuesday.", 5),
    ("A rocket hit a school in Kharkiv on Monday, killing two teachers. A further four pupils died of their "
     "injuries overnight.", 6),
    ("A rocket hit a school in Kharkiv on Monday, killing two teachers. Another teacher died in hospital on "
     "Tuesday.", 3),
    # the sum is told in the same sentence: nothing is added to it
    ("A rocket hit a school in Kharkiv on Monday, killing two teachers. Three more people died overnight, "
     "bringing the toll to five.", 5),
])
def test_dead_told_as_more_add_to_the_toll_before_them(text, total):
    assert fatalities_from(quantities(text))["min"] == total


@pytest.mark.parametrize("text, expected", [
    ("A marcher died in clashes with riot police in Oruro on Friday.", [("killed", 1, 1)]),
    ("Soldiers shot dead a protester outside the governor's office.", [("killed", 1, 1)]),
    ("Police fired on a crowd outside the governor's office, killing three.", [("killed", 3, 3)]),
])
def test_one_person_at_a_protest_is_counted(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "Glide bombs have killed eleven residents of the district in recent weeks.",
    "Shelling killed seven villagers along the river over the past three days.",
])
def test_a_count_over_a_stretch_of_days_just_gone_is_a_running_tally(text):
    assert [w for w, _, _ in triples(text)] == ["killed_total"]


def test_more_dead_already_summed_in_a_higher_toll_are_not_added_again():
    found = quantities("Raiders killed at least eight farmers near Oicha on Friday, officials said. The mayor had "
                       "first counted five dead. Three more bodies turned up in a ditch the next morning.")
    assert fatalities_from(found)["min"] == 8
    # beside another figure of its sentence, which may be the count they add to, more dead are a plain count
    found = quantities("Shelling killed 11 villagers near Siversk on Friday. Medics had put the dead at nine; two "
                       "more died on the way to hospital.")
    assert fatalities_from(found)["min"] == 11


def test_more_dead_told_right_after_a_toll_risen_to_its_figure_are_that_rise():
    found = quantities("The toll from Friday's bombing of the market in Maiduguri rose to 17 on Sunday. Four more "
                       "traders died of their wounds in hospital, a health official said.")
    assert fatalities_from(found)["min"] == 17


def test_more_killed_by_another_attack_are_not_the_later_dead_of_the_first():
    found = quantities("A rocket hit a school in Kharkiv on Monday, killing two teachers. Shelling killed three more "
                       "people in villages nearby.")
    assert [q.qualifier for q in found] == [None, None]


def test_a_toll_risen_to_a_figure_when_the_parse_makes_its_event_noun_the_verbs_subject():
    # the parser reads "shelling" as a verb with "toll" its subject, and that verb as the subject of "risen"
    text = "The death toll from the Feb. 1 shelling of the village's outlying streets has risen to three."
    assert [(q.what, q.min) for q in quantities(text)] == [("killed", 3)]


@pytest.mark.parametrize("text, expected", [
    ("Shelling hit a clinic in Huliaipole on Friday. By nightfall the death toll had climbed to six overnight.",
     [("killed", 6, 6)]),
    ("The number of dead from the strike on the bakery reached 13 this morning, the mayor said.",
     [("killed", 13, 13)]),
    ("The count of people killed on the bridge had risen to 9 by evening.", [("killed", 9, 9)]),
])
def test_a_count_followed_by_when_it_was_told_is_no_clock_time(text, expected):
    assert triples(text) == expected


def test_a_clock_time_is_still_no_count():
    assert triples("The sirens sounded at five this morning and the shelling lasted an hour.") == []


@pytest.mark.parametrize("text, expected", [
    ("A drone struck a ferry near Kherson on Tuesday. River police put the dead at eleven.", [("killed", 11, 11)]),
    ("After the bombing, medics put the wounded at 40.", [("injured", 40, 40)]),
])
def test_the_dead_or_wounded_standing_as_the_toll(text, expected):
    assert triples(text) == expected


def test_a_relative_clause_on_the_tolls_event_does_not_change_what_the_toll_counts():
    text = "The toll from the raid on the depot, which also wounded 22, rose to seven on Thursday."
    assert triples(text) == [("injured", 22, 22), ("killed", 7, 7)]
    # a relative clause saying whom the toll counts still does
    assert triples("The number of miners who were killed in the blast rose to 14.") == [("killed", 14, 14)]


def test_a_family_of_a_given_size_counts_its_members():
    found = quantities("Artillery fire on a farm near Orikhiv killed a family of five on Saturday.")
    assert [(q.what, q.min, q.text) for q in found] == [("killed", 5, "five")]


@pytest.mark.parametrize("text, expected", [
    ("Doctors at the city hospital said at least 11 gunmen had been killed since the morning.",
     [("killed", 11, None)]),
    ("Seven militiamen have died since dawn in the battle for the airport, a commander said.", [("killed", 7, 7)]),
])
def test_a_count_since_earlier_that_day_is_no_running_tally(text, expected):
    assert triples(text) == expected


def test_one_of_a_group_glued_to_the_dateline_still_died_beside_the_others():
    found = quantities("ODESA, Ukraine (AP) — One of the region's biggest landowners, farmer Petro Koval, was killed "
                       "along with his daughter when a Russian drone struck their house, the governor said.")
    assert [(q.what, q.min, q.max) for q in found] == [("killed", 2, 2)]


@pytest.mark.parametrize("text, expected", [
    ("Two men were shot in the head and killed during a protest outside the parliament on Friday.",
     [("killed", 2, 2)]),
    ("LIMA, Peru (AP) — A 19-year-old student was shot in the neck and killed on Friday during a march.",
     [("killed", 1, 1)]),
])
def test_a_passive_subject_shares_the_killing_verb_joined_after_its_own(text, expected):
    assert triples(text) == expected


def test_a_toll_over_months_of_unrest_is_a_running_tally():
    found = quantities("The shooting raised to 60 the number of people killed in four months of protests against "
                       "the government.")
    assert [(q.what, q.min) for q in found] == [("killed_total", 60)]


def test_a_companion_joined_to_a_titled_victim_makes_two():
    found = quantities("Chief Justice of the Regional Court Anton Belov and his driver were killed when a bomb "
                       "exploded under their car in Melitopol on Monday.")
    assert [(q.what, q.min, q.text) for q in found] == [
        ("killed", 2, "Chief Justice of the Regional Court Anton Belov and his driver")]


@pytest.mark.parametrize("text, expected", [
    ("A border guard was mortally wounded when artillery shelled his post near Sumy on Monday.", [("killed", 1, 1)]),
    ("A shopkeeper was fatally shot outside his store in Karachi late on Sunday, police said.", [("killed", 1, 1)]),
    ("During the shelling a soldier received a fatal shrapnel wound, the brigade said.", [("killed", 1, 1)]),
    ("During the shelling a soldier received a light shrapnel wound, the brigade said.", [("injured", 1, 1)]),
])
def test_a_wounding_told_deadly_is_a_death(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A car bomb went off in occupied Berdiansk on Friday, and the collaborator died of his wounds.",
     [("killed", 1, 1)]),
    ("The president of the regional council was killed when gunmen stormed the building on Monday.",
     [("killed", 1, 1)]),
    ("The mayor's adviser was killed in the ambush on Tuesday.", [("killed", 1, 1)]),
])
def test_collaborators_presidents_and_advisers_are_people(text, expected):
    assert triples(text) == expected


def test_a_road_s_number_is_no_count():
    """'the ambush on Route 90 killed four': 90 names the road; only the four were killed."""
    assert triples("Saturday's ambush on Route 90 killed four soldiers and wounded three, the army said.") == [
        ("killed", 4, 4), ("injured", 3, 3)]
    assert triples("A roadside bomb on Highway 4 killed three police officers on Sunday.") == [("killed", 3, 3)]


def test_people_joined_by_and_whose_death_a_relative_clause_tells_are_counted():
    """'buried a farmer and his nephew who were killed when ...': the relative clause tells the fate of both; a
    singular verb ('who was killed') tells only the last one's."""
    assert triples("Villagers on Sunday buried a 60-year-old farmer and his 31-year-old nephew who were killed when a "
                   "shell hit their barn on Thursday.") == [("killed", 2, 2)]
    assert triples("Mourners buried a teacher and her husband who died when a rocket struck their apartment.") == [
        ("killed", 2, 2)]
    assert triples("Police questioned a farmer and his nephew who was killed when a shell hit the barn.") == [
        ("killed", 1, 1)]


def test_a_death_the_parser_gives_to_the_attack_before_it_is_the_described_persons():
    """'the man who was carried from the flat after the strike died': the parser makes 'the strike' the subject of
    'died'; an attack does not die, the man does."""
    assert triples("The 54-year-old man who was carried out of his flat after the strike died in hospital on "
                   "Tuesday, the governor said.") == [("killed", 1, 1)]


def test_people_in_a_prepositional_phrase_whose_death_a_relative_clause_tells_are_counted():
    """'mourning for three workers who were killed': the relative clause tells the fate of the people the
    preposition governs, also where the parser hung it on a thing in their 'of' phrase ('workers of a terminal
    who were killed'), since 'who' tells of people."""
    assert triples("Wreaths were laid on Friday for four firefighters who died when a second drone struck.") == [
        ("killed", 4, 4)]
    assert triples("A day of mourning was declared in the town for three workers of a grain terminal who were "
                   "killed in the overnight strike.") == [("killed", 3, 3)]
    assert triples("Neighbours gathered to mourn two drivers of a delivery firm who were killed by the shelling.") == [
        ("killed", 2, 2)]


def test_a_relative_clause_carries_the_period_of_a_tally():
    """'soldiers who died this year' is a running tally, as 'soldiers killed this year' is."""
    assert triples("Relatives gathered in the square to remember 300 soldiers who died this year.") == [
        ("killed_total", 300, 300)]


def test_detectives_killed_are_counted_dead() -> None:
    """A detective is a person, as an investigator or an inspector is: a count of them killed counts the dead."""
    assert triples("Gunmen shot dead two detectives near the border crossing late on Friday.") == [("killed", 2, 2)]


def test_a_toll_for_the_year_is_a_running_tally():
    text = "The two killings took the city's murder toll for the year to 97, according to police figures."
    assert ("killed", 97, 97) not in triples(text)
