"""The gazetteer: how region, city and country names are looked up (build rules in sitreps/gazetteer.py)."""

from __future__ import annotations

import pytest

from sitreps.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def first(gazetteer: Gazetteer, name: str):
    entries = gazetteer.lookup(name)
    assert entries, name
    return entries[0]


@pytest.mark.parametrize("form", ["Zaporizhzhia region", "Zaporozhye Oblast", "Zaporizhia region"])
def test_a_region_goes_by_every_spelling_of_its_capital(gazetteer, form):
    entry = first(gazetteer, form)
    assert (entry.kind, entry.country_code) == ("admin1", "UA")
    assert first(gazetteer, "Zaporizhzhia").kind == "city"


@pytest.mark.parametrize("form", ["Kharkov region", "Nikolaev region", "Lugansk region"])
def test_old_transliterations_name_the_oblast(gazetteer, form):
    entry = first(gazetteer, form)
    assert (entry.kind, entry.country_code) == ("admin1", "UA"), entry


def test_kyiv_region_is_the_oblast_around_the_capital_not_the_city_region(gazetteer):
    for form in ("Kyiv region", "Kiev region", "Kyiv Oblast"):
        entry = first(gazetteer, form)
        assert entry.kind == "admin1" and not entry.name.endswith("City"), (form, entry)
    assert first(gazetteer, "Kyiv").kind == "city"


def test_a_city_named_x_city_leaves_the_bare_name_to_its_state(gazetteer):
    new_york = first(gazetteer, "New York")
    assert (new_york.kind, new_york.country_code) == ("admin1", "US")
    assert first(gazetteer, "New York City").kind == "city"
    assert first(gazetteer, "Oklahoma").kind == "admin1"
    assert first(gazetteer, "Mexico").kind == "country"


def test_a_region_said_bare_is_still_its_big_namesake_city(gazetteer):
    for name in ("Kherson", "Kharkiv", "Donetsk", "Aleppo"):
        assert first(gazetteer, name).kind == "city", name
    assert first(gazetteer, "Quebec").kind == "admin1"  # Quebec City is a small part of the province


def test_countries_and_regions_sit_at_geonames_own_points_where_known(gazetteer):
    # GeoNames puts Australia at 25S 135E and Queensland at 20S 145E (the Factbook: 27S 133E)
    australia = next(e for e in gazetteer.lookup("Australia") if e.kind == "country")
    queensland = next(e for e in gazetteer.lookup("Queensland") if e.kind == "admin1")
    assert (round(australia.lat), round(australia.lon)) == (-25, 135)
    assert (round(queensland.lat), round(queensland.lon)) == (-20, 145)
