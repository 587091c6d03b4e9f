"""Outlet homes: an outlet's home region learnt from its documents' confident places, and its use as a prior."""

from __future__ import annotations

import pytest
from conftest import parse

from sitreps.gazetteer import Gazetteer
from sitreps.models import Document, Place
from sitreps.outlet_homes import MIN_DOCUMENTS, OutletHomes, outlet_key
from sitreps.pipeline import Extractor
from sitreps.places import extract_places


def place(text: str, admin1: str, country: str = "US", score: float = 0.95, kind: str = "city",
          lat: float = 0.0, lon: float = 0.0) -> Place:
    return Place(text=text, start=0, end=len(text), name=text, kind=kind, geonameid=None, country_code=country,
                 admin1=admin1, lat=lat, lon=lon, score=score)


def story(n: int, url: str = "https://www.bluegrassdaily.com/news/1") -> Document:
    return Document(id=f"d{n}", text="", url=url)


def test_an_outlet_whose_confident_places_concentrate_has_that_home():
    homes = OutletHomes()
    homes.observe(story(1), [place("Kentucky", "Kentucky", kind="admin1"), place("Berea", "Kentucky"),
                             place("Hazard", "Kentucky"), place("Irvine", "Kentucky")])
    homes.observe(story(2), [place("Frankfort", "Kentucky"), place("Paducah", "Kentucky"),
                             place("Nashville", "Tennessee")])
    assert homes.home(story(3)) is None  # two documents are not yet a feed
    homes.observe(story(3), [place("Kentucky", "Kentucky", kind="admin1"), place("Somerset", "Kentucky"),
                             place("Cincinnati", "Ohio")])
    assert homes.home(story(4)) == {("US", "Kentucky")}
    assert homes.home(story(4, url="https://other.example.com/a")) is None


def test_an_outlet_keeps_only_as_many_document_ids_as_a_home_needs():
    homes = OutletHomes()
    for n in range(50):
        homes.observe(story(n), [place("Berea", "Kentucky"), place("Hazard", "Kentucky")])
    assert len(homes.documents["bluegrassdaily.com"]) == MIN_DOCUMENTS
    assert homes.home(story(99)) == {("US", "Kentucky")}


def test_one_document_or_unsure_places_give_no_home():
    alone = OutletHomes()
    alone.observe(story(1), [place(name, "Kentucky") for name in ("Berea", "Frankfort", "Paducah", "Hazard", "Irvine")])
    assert alone.home(story(1)) is None
    unsure = OutletHomes()
    for n in range(3):
        unsure.observe(story(n), [place(name, "Kentucky", score=0.6) for name in ("Berea", "Frankfort")])
    assert unsure.home(story(9)) is None


def test_a_small_feed_whose_unsure_towns_all_have_readings_in_one_state_has_that_home():
    # a parish paper's towns are mostly namesakes of bigger towns elsewhere, and its first pass places them there
    homes = OutletHomes()
    feed = "https://www.bayoucourier.example/local/1"
    for n, names in enumerate([("Monroe", "Minden", "Bastrop", "Homer"), ("Jonesboro", "Leesville", "Winnfield",
                                                                          "Ruston"),
                               ("Opelousas", "Natchitoches", "Lafayette", "Monroe")]):
        homes.observe(story(n, feed), [place(name, "Michigan", score=0.6) for name in names])
    assert homes.home(story(9, feed)) == {("US", "Louisiana")}


def test_a_small_feed_has_the_home_whose_readings_few_of_its_names_lack_where_its_rivals_lack_many():
    # Connecticut has a reading of all but one name; England, next, has readings of most, but lacks three
    homes = OutletHomes()
    feed = "https://www.rivervalleyledger.example/towns/1"
    for n, names in enumerate([("Guilford", "Madison", "Pawtucket"), ("Durham", "Manchester", "Bristol"),
                               ("Wethersfield", "Glastonbury", "Newington", "Haddam")]):
        homes.observe(story(n, feed), [place(name, "Virginia", score=0.6) for name in names])
    assert homes.home(story(9, feed)) == {("US", "Connecticut")}


def test_a_small_feed_whose_towns_have_readings_in_many_states_alike_has_no_home():
    homes = OutletHomes()
    feed = "https://www.crossroadsnews.example/local/1"
    for n, names in enumerate([("Springfield", "Franklin", "Clinton", "Salem"), ("Madison", "Georgetown", "Marion",
                                                                               "Greenville"),
                               ("Fairview", "Riverside", "Jackson", "Washington")]):
        homes.observe(story(n, feed), [place(name, "Ohio", score=0.6) for name in names])
    assert homes.home(story(9, feed)) is None


def test_a_wire_service_whose_places_spread_has_no_home():
    homes = OutletHomes()
    wire = "https://www.worldwire.example/story"
    homes.observe(story(1, wire), [place("Kyiv", "Kyiv City", "UA"), place("Gaza", "Gaza Strip", "PS")])
    homes.observe(story(2, wire), [place("Lagos", "Lagos", "NG"), place("Austin", "Texas"),
                                   place("Kyiv", "Kyiv City", "UA")])
    assert homes.home(story(3, wire)) is None


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_the_outlet_home_decides_a_namesake_the_text_leaves_open(gazetteer):
    document, doc = parse("A Richmond man was arrested on Tuesday after a chase through Lancaster, police said.")
    without = {p.text: p.admin1 for p in extract_places(doc, document, gazetteer)}
    home = frozenset({("US", "Kentucky")})
    with_home = {p.text: p.admin1 for p in extract_places(doc, document, gazetteer, outlet_home=home)}
    assert without["Richmond"] != "Kentucky"
    assert with_home == {"Richmond": "Kentucky", "Lancaster": "Kentucky"}


def test_either_region_of_a_two_state_home_decides_a_namesake(gazetteer):
    home = frozenset({("US", "Ohio"), ("US", "Indiana")})
    for text, expected in (("A Lancaster man was hurt on Friday when his truck hit a deer, police said.", "Ohio"),
                           ("A Richmond woman was hurt on Friday when her car hit a deer, police said.", "Indiana")):
        document, doc = parse(text)
        assert extract_places(doc, document, gazetteer)[0].admin1 != expected
        assert extract_places(doc, document, gazetteer, outlet_home=home)[0].admin1 == expected


def test_the_extractor_learns_the_home_of_an_outlet_it_is_fed():
    url = "https://www.bluegrassdaily.com/news/{}"
    texts = ["Berea, Kentucky, opened a new library on Monday, the mayor of Berea said.",
             "Officials in Frankfort, Kentucky, and Paducah, Kentucky, approved the road budget.",
             "Hazard, Kentucky, and Pikeville, Kentucky, will share a new clinic, state officials said.",
             "Somerset, Kentucky, and Corbin, Kentucky, held a joint job fair on Saturday.",
             "A Richmond man was arrested on Tuesday after a chase through Lancaster, police said."]
    documents = [Document(id=f"s{n}", text=text, url=url.format(n), language="en") for n, text in enumerate(texts)]
    fed = list(Extractor().extract(documents))
    alone = next(Extractor().extract([Document(id="s9", text=texts[-1], url=url.format(9), language="en")]))
    assert {p.text: p.admin1 for p in fed[-1].places} == {"Richmond": "Kentucky", "Lancaster": "Kentucky"}
    assert {p.text: p.admin1 for p in alone.places}["Richmond"] != "Kentucky"


def test_an_outlet_given_by_name_is_learnt_as_one_given_by_address():
    homes = OutletHomes()
    for n, names in enumerate((("Berea", "Frankfort"), ("Paducah", "Hazard", "Irvine"), ("Somerset", "Corbin"),
                               ("London", "Pikeville", "Ashland"))):
        homes.observe(Document(id=f"n{n}", text="", outlet="Bluegrass Daily"), [place(x, "Kentucky") for x in names])
    assert homes.home(Document(id="n9", text="", outlet="bluegrass daily ")) == {("US", "Kentucky")}
    assert homes.home(Document(id="n9", text="")) is None


def test_an_agency_or_national_outlet_never_gets_a_home():
    for outlet, url in (("Reuters", None), ("AP", None), ("Ukrinform", None), ("", "https://www.reuters.com/world/x"),
                        ("", "https://www.bbc.co.uk/news/y")):
        assert outlet_key(Document(id="d", text="", outlet=outlet or None, url=url)) == ""
    assert outlet_key(Document(id="d", text="", outlet="Richmond Register")) == "richmond register"


def test_a_site_is_one_outlet_with_or_without_www():
    assert outlet_key(story(1, "https://www.valleyherald.com/a")) == outlet_key(story(2, "http://valleyherald.com/b"))


def test_an_outlet_by_a_state_line_has_the_home_it_names_far_more_than_any_other():
    homes = OutletHomes()
    homes.observe(story(1), [place(name, "Georgia") for name in ("Macon", "Albany", "Valdosta")]
                  + [place("Aiken", "South Carolina"), place("Paris", "Ile-de-France", "FR")])
    homes.observe(story(2), [place(name, "Georgia") for name in ("Athens", "Rome")]
                  + [place("Dothan", "Alabama"), place("Tokyo", "Tokyo", "JP")])
    homes.observe(story(3), [place("Savannah", "Georgia"), place("Sydney", "New South Wales", "AU"),
                             place("Lima", "Lima", "PE"), place("Cairo", "Cairo", "EG")])
    assert homes.home(story(4)) == {("US", "Georgia")}  # 6 of 14, six times any other region
    split = OutletHomes()
    for n, (indiana, arizona) in enumerate(((3, 2), (2, 3), (3, 2))):
        split.observe(story(n), [place(f"Town{n}{i}", "Indiana", lat=40.0, lon=-86.0) for i in range(indiana)]
                      + [place(f"Village{n}{i}", "Arizona", lat=34.0, lon=-112.0) for i in range(arizona)])
    assert split.home(story(9)) is None  # 8 of 15 against 7, and the two states lie far apart: neither leads


def test_a_paper_of_a_city_on_a_state_line_has_both_states_as_its_home():
    # a paper in a river city names the towns of both banks, one bank's a little more often
    homes = OutletHomes()
    for n, (missouri, illinois) in enumerate(((3, 2), (2, 3), (3, 2))):
        homes.observe(story(n), [place(f"Town{n}{i}", "Missouri", lat=38.7, lon=-90.4) for i in range(missouri)]
                      + [place(f"Village{n}{i}", "Illinois", lat=38.6, lon=-89.9) for i in range(illinois)]
                      + [place(f"City{n}", "Texas", lat=31.0, lon=-97.0)])
    assert homes.home(story(9)) == {("US", "Missouri"), ("US", "Illinois")}  # 15 of 18 between them


def test_a_suburban_paper_across_a_state_line_from_its_metropolis_leads_by_twice_its_neighbour():
    # a paper on the Oregon side of Portland's suburbs names Vancouver, Washington, often, but half as often
    homes = OutletHomes()
    elsewhere = iter(["Idaho", "Nevada", "Utah", "Montana", "Alaska"])
    for n, (oregon, washington, others) in enumerate(((3, 2, 2), (3, 1, 1), (2, 1, 2))):
        homes.observe(story(n), [place(f"Town{n}{i}", "Oregon") for i in range(oregon)]
                      + [place(f"Suburb{n}{i}", "Washington") for i in range(washington)]
                      + [place(f"City{n}{i}", next(elsewhere)) for i in range(others)])
    assert homes.home(story(9)) == {("US", "Oregon")}  # 8 of 17, against 4


def test_an_outlet_home_makes_its_country_the_story_home(gazetteer):
    # no dollar amount, sheriff or school district here: the outlet's other stories tell it is American local news
    document, doc = parse("Volunteers will pick up old paint from Athens residents on Friday, the recycling center "
                          "said.")
    places = extract_places(doc, document, gazetteer, outlet_home=frozenset({("US", "Tennessee")}))
    assert [(p.text, p.country_code, p.admin1) for p in places] == [("Athens", "US", "Tennessee")]


def test_in_its_home_outlet_a_country_or_state_keeps_its_own_reading(gazetteer):
    for text, home, expected in (
            ("A Sherman veteran who flew supply planes over China during the war will speak at the library on "
             "Tuesday, the museum said.", {("US", "Texas")}, ("country", "CN")),
            ("The number of Indiana residents out of work rose by 12,000 last month, the labor department said.",
             {("US", "Indiana")}, ("admin1", "US"))):
        document, doc = parse(text)
        places = extract_places(doc, document, gazetteer, outlet_home=frozenset(home))
        assert [(p.kind, p.country_code) for p in places if p.text in {"China", "Indiana"}] == [expected]


def test_a_village_of_the_outlet_home_is_kept_when_the_story_names_another_state(gazetteer):
    # the story names only Florida, far off; the Iowa paper's own small town is still its own, not a far namesake
    document, doc = parse("Volunteers from a church in Elkader drove to Florida on Saturday to help families who lost "
                          "their homes to the storm.")
    places = extract_places(doc, document, gazetteer, outlet_home=frozenset({("US", "Iowa")}))
    assert [(p.text, p.admin1) for p in places] == [("Elkader", "Iowa"), ("Florida", "Florida")]
