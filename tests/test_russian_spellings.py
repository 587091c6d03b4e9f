"""Ukrainian villages told the way Russia's defence ministry tells them: Russian spellings, often in lists, placed
in "the Kharkov Region" or "the Donetsk People's Republic"."""

from __future__ import annotations

import pytest
from conftest import parse

from sitreps.gazetteer import Gazetteer, haversine_km, russian_alternates, russian_spellings, ukrainian_respellings
from sitreps.places import extract_places, locate_event


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def places_of(text: str, gazetteer: Gazetteer):
    document, doc = parse(text)
    return document, doc, extract_places(doc, document, gazetteer)


def placed(places, text: str):
    found = [p for p in places if p.text == text]
    assert found, (text, [(p.text, p.name) for p in places])
    return found[0]


def locate(text: str, trigger: str, gazetteer: Gazetteer) -> dict | None:
    document, doc, places = places_of(text, gazetteer)
    start = text.index(trigger)
    sentence = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return locate_event(places, doc, document, sentence.start_char, sentence.end_char, start)


@pytest.mark.parametrize(("russian", "ukrainian"), [
    ("krasnogorovka", "krasnohorivka"),  # g -> h, -ovka -> -ivka
    ("staromayorskoye", "staromaiorske"),  # -skoye -> -ske, "ay" -> "ai"
    ("malaya tokmachka", "mala tokmachka"),  # -aya -> -a
    ("novoselovka pervaya", "novoselivka persha"),  # the ordinal
    ("ocheretino", "ocheretyne"),  # -ino -> -yne
    ("kurakhovo", "kurakhove"),  # -ovo -> -ove
    ("seversk", "siversk"),  # one e of the root as i
    ("progress", "prohres"),
    ("vodyanoye", "vodiane"),
    ("petrovskoye", "petrivske"),  # -ovskoye -> -ivske
    ("zerkalka", "dzerkalka"),  # Russian initial z, Ukrainian dz
])
def test_russian_spellings_are_respelt_the_ukrainian_way(russian, ukrainian):
    assert ukrainian in ukrainian_respellings(russian)


def test_the_respellings_are_read_only_in_the_region_the_text_names(gazetteer):
    # Prohres in the Donetsk region, but no Ukrainian village for "Progress" read anywhere else
    readings = gazetteer.ukrainian_readings("Progress", "05")
    assert readings and all(e.country_code == "UA" and e.admin1_code == "05" for e in readings)
    assert all(e.country_code != "UA" for e in gazetteer.lookup("Progress"))
    assert gazetteer.ukrainian_readings("progress", "05") == []  # a lower-case word is no name


def test_a_village_whose_russian_name_opens_with_z_is_read_as_its_ukrainian_dz(gazetteer):
    text = ("Russian artillery struck a Ukrainian army depot near Zerkalka in the Sumy Region overnight, the Defence "
            "Ministry in Moscow said on Thursday.")
    village = placed(places_of(text, gazetteer)[2], "Zerkalka")
    assert village.name == "Dzerkalka" and village.admin1 == "Sumy"


def test_a_village_in_a_peoples_republic_is_read_under_its_ukrainian_spelling(gazetteer):
    text = ("Russian troops have taken full control of the settlement of Galitsynovka in the Donetsk People's "
            "Republic, the Defence Ministry in Moscow said on Wednesday.")
    village = placed(places_of(text, gazetteer)[2], "Galitsynovka")
    assert village.name == "Halytsynivka" and village.admin1 == "Donetsk"


def test_every_village_of_a_list_lies_in_the_region_named_after_it(gazetteer):
    text = ("Units of the Zapad battlegroup liberated the villages of Kislovka, Synkovka and Tabayevka in the "
            "Kharkov Region over the week, the ministry said in its Sunday summary.")
    places = places_of(text, gazetteer)[2]
    for name, ukrainian in (("Kislovka", "Kyslivka"), ("Synkovka", "Synkivka"), ("Tabayevka", "Tabaivka")):
        village = placed(places, name)
        assert village.name == ukrainian and village.admin1 == "Kharkiv", (name, village)


def test_a_list_member_with_a_russian_namesake_is_the_regions_village(gazetteer):
    # Borisovka is also a town of Russia's Belgorod region, across the border
    text = ("Russian forces liberated the settlements of Kislovka, Borisovka and Tabayevka in the Kharkov Region, "
            "the ministry said.")
    village = placed(places_of(text, gazetteer)[2], "Borisovka")
    assert village.country_code == "UA" and village.admin1 == "Kharkiv"


def test_a_capture_told_by_region_is_placed_at_the_first_village_named_next(gazetteer):
    text = ("MOSCOW, Aug 4. Russian forces have liberated three settlements in the Kharkov Region, the Defence "
            "Ministry said on Sunday.\n\n\"Units of the Zapad battlegroup liberated the settlements of Synkovka, "
            "Kislovka and Tabayevka in the Kharkov Region,\" the ministry said in its bulletin.")
    location = locate(text, "liberated", gazetteer)
    assert location is not None and location["name"] == "Synkivka"
    assert haversine_km(location["lat"], location["lon"], 49.76, 37.69) < 5


@pytest.mark.parametrize(("cyrillic", "spoken"), [
    ("Гуляйполе", "Gulyaipole"),  # й before a consonant written i
    ("Счастье", "Shchastye"),  # сч said as щ
    ("Желтые Воды", "Zheltye Vody"),  # a plural adjective's -ые as -ye
])
def test_russian_names_are_also_spelt_the_way_they_are_said(cyrillic, spoken):
    assert spoken in russian_spellings(cyrillic)


def test_the_russian_names_of_a_ukrainian_town_are_its_cyrillic_alternates_without_ukrainian_letters():
    town = {"countrycode": "UA", "alternatenames": ["Vinnitsa", "Вінниця", "Винница", "文尼察"]}
    assert russian_alternates(town) == ["Vinnitsa"]
    assert russian_alternates({**town, "countrycode": "RU"}) == []


@pytest.mark.parametrize(("name", "town"), [
    ("Nikolayev", "Mykolayiv"), ("Vinnitsa", "Vinnytsya"), ("Dneprorudnoye", "Dniprorudne"),
    ("Novaya Kakhovka", "Nova Kakhovka"), ("Stanitsa Luganskaya", "Stanytsya-Luhanska"),
    ("Stizhkovskoye", "Stizhkivske"), ("Boykovskoye", "Boykivske"),  # the suffix's o is Ukrainian i: -ivske
])
def test_a_russian_name_of_a_ukrainian_town_finds_the_town_first(gazetteer, name, town):
    best = gazetteer.lookup(name)[0]
    assert (best.name, best.country_code) == (town, "UA")


@pytest.mark.parametrize("name", ["Vinnitsa region", "Nikolayev region", "Kirovograd region", "Poltava region",
                                  "Chernovtsy region"])
def test_every_oblast_goes_by_its_centres_russian_name(gazetteer, name):
    regions = [e for e in gazetteer.lookup(name) if e.kind == "admin1"]
    assert regions and regions[0].country_code == "UA"


def test_a_town_in_a_region_named_the_russian_way_is_that_regions_town(gazetteer):
    _, _, places = places_of("Two drones crashed into a warehouse outside Kalinovka in the Vinnitsa region "
                             "before dawn, local officials reported.", gazetteer)
    region = placed(places, "Vinnitsa region")
    town = placed(places, "Kalinovka")
    assert region.kind == "admin1" and region.country_code == "UA"
    assert town.country_code == "UA" and town.admin1 == region.admin1


def test_a_region_named_the_russian_way_is_a_region_though_the_tagger_reads_a_nationality(gazetteer):
    # the tagger takes "Nikolayev" for a nationality; its region word still makes it a place
    _, _, places = places_of("Shells fell on a farm near Konstantinovka in the Nikolayev region overnight, the "
                             "governor said.", gazetteer)
    region = placed(places, "Nikolayev region")
    town = placed(places, "Konstantinovka")
    assert (region.kind, region.admin1) == ("admin1", "Mykolaiv")
    assert (town.country_code, town.admin1) == ("UA", "Mykolaiv")
