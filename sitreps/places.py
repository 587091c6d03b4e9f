"""Toponyms: recognise place names in a parsed document, resolve them against the gazetteer, and pick
the place where an event happened.

In: a spaCy `Doc` whose offsets index `Document.text`, and the `Gazetteer`.
Out: `extract_places` -> `Place`s (one per mention, in text order); `locate_event` -> the contract's
event location dict, or None.

Recognition takes spaCy's GPE/LOC/FAC entities, plus entities spaCy mislabels (a lone "Kherson" tagged
ORG or PERSON, "the Nikolayev region" tagged a nationality) and capitalised words it missed when the
gazetteer knows them as a country, region, area or large city, and streets and roads ("Falcon Street", "County
Road 43"), which take the town they are said to be in, else the town named last before them.
A hyphenated name the gazetteer knows is read whole
("Mazar-i-Sharif"), and so is one joined by "and" ("Jammu and Kashmir"); the first part of a longer name is no
town of its own ("Gulshan-e-Iqbal", "St Ann's Square"), and names listed with a country's region are its regions
too ("Montana and Wyoming"); each name of "the X and Y districts" is a district named after its town, found even
where the tagger missed it (not the quarters of "the X and Y districts of <city>"). Demonyms ("Ukrainian") are not
places, nor is a name given to a being ("an army dog named Kent"), nor a holiday ("a brief Eid truce"); a town and its
region tagged as one organisation ("Tame, Arauca") are places, and so is a town that a capitalised preposition
opening its sentence was tagged with as a person ("Near X, the enemy fired"), a name of no one; so is an outlet's
regional desk closing the report or its source line ("Suspilne X"), whose town, read as a place elsewhere in the
report, is no surname there. A name the tagger
mislabels or leaves out (a plural noun to it: "Marhanets") is a place where the words tell it struck or fought over
("a drone strike on X", "X was shelled", "X came under fire", "fighting between X and Y"), or visited ("monitors
visited X"), in a country the story
names, or where it can be a town of a region whose governor or regional authorities the story names ("Kharkiv
Governor Oleh Syniehubov"), a region that also favours its towns over their namesakes; so is a town of some size whose
residents it tells ("a resident of X", "two X residents") in a country the story names. Resolution scores
each candidate by its prior
(population, kind, how the name matched) plus the document's
context: the country of a nationality before "city of X" ("the eastern Ukrainian city of X"), countries and
regions the document names (a region named less often than another of its country counts
for less), "X, Y" and "X in Y" patterns, a town the text places X by ("X, west of Y",
"X, on the edge of Y"; a village none of whose namesakes lies so is left unplaced, as one the gazetteer lacks), a
dateline ("KRAMATORSK, Ukraine -"), the places near each other that local news names, and words that show which
country's local news a story is (country_cues.tsv: dollar amounts, sheriffs, school districts). The outlet's web
address (the document's URL, or an outlet given as one) tells it too: a country-code domain ("lfpress.ca",
".co.uk") is its country's local news, and a name its domain spells ("jordannews.com") is its own town, not the
country of that name. A Ukrainian village in a Russian spelling also reads as its Ukrainian namesakes in the regions
of the story's other places; a square or park named after a town ("Independence Square") is that town only near the
story's places, while a capital is believed by any of its names ("Kiev"); a name read in one mention by a town the
text places it by ("X, west of Y") is read so in all, and where another mention names its region ("X in the Z
region"), by the reading that lies both there and as told, not the region's likelier namesake lying the other way;
and a village the gazetteer cannot place in the region the text names lies by that town; one it cannot place in the
district the text names ("X village, Y Local Government Area of Z State", "X in the Y district of Z region", "X, in
Y municipality", "X, in the township of Y") lies in that district's main town, not a quarter of the dateline's
city ("MOSCOW - ... the Korenevo district of the Kursk
region"). A district named without
its city ("the Kyivskyi district"), whose every reading is a district of some other city, is one of the city the
story named last, as is one the text tells as the city's own ("the city's X district"), whatever its namesakes; a
name before a word naming only a part of a town ("the X neighbourhood"), placed in no town, is a quarter of the town
named before it, not a namesake far off; a name before "regional" or "provincial" and an
institution ("the X regional administration") names no town that they lie in. A town before "district" or a
Nigerian "Local Government Area" ("Tsafe LGA") places an event near it (precision 2), unless the district was read
as the city it is part of ("Kherson's Dniprovskyi district"): that is in the city itself. So does a town the event's
own sentence tells a distance from without a bearing ("50 km from the town of X"), one before "region" ("the Bakhmut
region"), and one before "state", "province", "governorate" or "department" ("Hodeidah province"), read so because
the gazetteer knows its region by another name; where it lacks the town's region altogether ("the coast of X
state"), the event lies in that region (precision 3), never in the town.
A distance the text tells from such a town ("X, 60 km from Y", "X, 30 km east of the capital": "the city" or "the
capital" is one the story named before) favours the namesake lying nearest that far from it; an event placed only by
such a town ("a village 70 km north of Kharkiv") lies that far that way from it; the town it is measured from keeps
its own reading, whatever region is told after it (in "X lies 30km northeast of Baghdad in Diyala province", Diyala
holds X; Baghdad is still the capital). A part of a front named
after a town ("the Svitlodarsk bulge", "the Novopavlivka direction") names that town, and a village told to be in it
("X, on the western flank of the Y bulge") lies by it, closer than one told "near Y". Namesakes alike in all else (two
villages of one region) go to the one lying nearest the story's other confidently placed towns, and a village far
from all of them gives way to a namesake of its region that several of them lie around, however much larger it is.
A name before "village" or "town" ("troops torched X village") is a settlement of that size called so, else the
region it lies in, never a city of another size; a city read by a name it does not carry as written but other towns
do, a letter short or over ("Mina" for Minna), in a country the story does not name and far from its places, is no
reading, however close the spellings.
A village told shelled, stormed, taken or mined (not hit by a missile, a drone or a bomb, which reach far) in a
report of a day the war in Ukraine had a front (front_lines.tsv) is the namesake lying on that front, not a larger one
far behind it; one told in a Ukrainian raion ("X in the Y district") whose readings all lie beyond a raion's reach of Y
lies at Y; a reading within a few km of the town the text tells it lies off ("X, north-west of Y") lies as told.
The readings of a city's districts that later stages need live here too, so that one module decides what a district
of a city is: `told_as_district_of` (linking: an event location told as a district of the city another mention is
placed at) and `names_district_of` (merge: sentences naming a district as part of a town). So do both readings of a
journey's end: `journey_end` by the parse, and `told_as_journey_end`, wider, by the words before the place as well.
A place people withdrew, fled or were evacuated to ("pulled back towards X", `movement_goal`) is an event's scene
only where nothing else places it; in "X, north of Y" and "X in the north of Y" the scene is X, not the town it is
told to lie off or in.
A town told only as where an accord was made or talks held ("despite a ceasefire agreed in Minsk") is no scene
that a later sentence's event takes over. A city the story surely names by its own name is not what another of its
names reads as elsewhere, where towns of its country bear that name as their own ("Novooleksandrivka" beside
"Melitopol").
The region (or two neighbouring regions) a local outlet covers, learnt from its other documents (`outlet_homes.py`),
favours its towns and counties over their namesakes elsewhere, though not over a country of that name, and makes its
country the story's home as a country-code domain would.
An event told in a city's suburbs ("in suburban Chicago") under the dateline of a town by that city happened in the
dateline's town. An event's scene is none of the places its sentence names only as where another strike hit, told
in an aside ("after the attack, as news came in of a strike on Poltava"), nor one it tells as what something draws
near ("as the front line edges closer to the city of X"), nor either end of a bridge or a road it tells joins two
places ("the bridge linking Russia to Crimea"). A village an apposition says what it is of ("X, a small village on the
front line near Y") is the scene, not the town the apposition places it by, even where the tagger calls the name a
facility; a place whose "where" clause tells the event ("in the city's X district, where a missile killed three") is
its scene, "the city" or "the town" there the town named before it. A town where something is yet to happen after
the deed ("the school will hold its lessons in Y, a day after shelling killed two villagers") is not its scene, nor
is a place of the deed an attack is told as coming after, where the attack's own phrase names one ("stepped up checks
at X following Friday's attack on a police station in Y": Y).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from spacy.tokens import Doc, Span, Token

from sitreps.actors import in_cause_phrase, names_office_holder
from sitreps.gazetteer import (
    DATA_DIR,
    FEATURE_HROMADA_NAMESAKE,
    MATCH_ALTERNATE,
    MATCH_COMMON,
    MATCH_NAME,
    MATCH_PENALTY,
    MATCH_SHADOWED,
    MATCH_VARIANT,
    RESPELLING_LIKENESS,
    Gazetteer,
    GazetteerEntry,
    haversine_km,
    is_postal_place,
    name_key,
    prior,
    read_tsv,
    region_base,
)
from sitreps.models import Document, Place
from sitreps.nlp import char_span_root, doc_memo, doc_text, token_at
from sitreps.outlets import canonical_outlet
from sitreps.speech import CLAIMING_VERBS, CONFIRMING_VERBS, REPORTING_VERBS, STANCE_VERBS

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# what follows the place of a place phrase spaCy took for a name ("Voznesensk in Mykolaiv Oblast", "Izium on Sunday")
PLACE_PREPOSITIONS = {"in", "on", "at"}
NAME_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}  # names a place inside of is not the scene
DEMONYM = "DEMONYM"  # label of a demonym mention ("Ukrainian"): the country, for context and scoring only
ORG_PART = "ORG_PART"  # label of a place named inside an organisation's name ("University of Kentucky")
# Entity labels spaCy sometimes gives a place name: accepted only when the gazetteer is sure.
MISLABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
# Words that name a direction or a kind of place, never a place when said alone.
GENERIC_WORDS = {
    "north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
    "western", "capital", "city", "region", "state", "province", "coast", "border", "island", "islands",
    "union", "republic", "kingdom", "midwest", "northeast", "northwest", "southeast", "southwest", "downtown",
    "earth", "world", "globe", "heaven", "hell", "mission", "police", "court", "congress", "parliament",
    "senate", "federal", "government", "army", "navy", "airport", "university", "college", "school", "church",
}
# spaCy labels of times and dates, which sometimes swallow a place next to them ("Kyiv overnight")
TIME_LABELS = {"DATE", "TIME"}
# "in Kofa village": the settlement word a tagger takes into the name before it
TRAILING_SETTLEMENT_WORDS = {"village", "hamlet"}
# time adverbs a tagger sometimes takes into the name before them ("struck Zaporizhzhia overnight" as a person)
TRAILING_TIME_WORDS = {"overnight", "yesterday", "today", "tonight", "tomorrow", "earlier", "later"}
# "6:48 PM EST", "14:00 GMT", "at 3 p.m. ET": a time zone after a clock time, not Burkina Faso's Est region
TIME_ZONES = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt", "akst", "hst", "ast",
              "gmt", "utc", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "jst", "kst", "aest",
              "aedt", "sast", "eat", "wat", "cat", "pkt", "wib", "sgt", "hkt", "irst", "trt", "z"}
INSTITUTION_AFTER = re.compile(r"\s+(?:said|says|told|added|announced|confirmed|denied|warned|declined)\b|['\u2019]s\s|"
                               r"\s+(?:spokes(?:man|woman|person)|press secretary|officials?)\b")
CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?\s*\(?$", re.I)
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "christmas", "easter", "ramadan", "eid", "new", "year", "day", "eve"}
# "Falcon Street", "N. High St.", "Old Lexington Highway", "County Road 43": streets and roads, which no
# gazetteer lists; they lie in the town the story names (or says they are in)
STREET = re.compile(
    r"\b(?:(?:[NSEW]\.|North|South|East|West|Old) )?(?:[A-Z][\w'’-]* ){1,3}"
    r"(?:Street|St\.(?!\s+[A-Z][a-z])|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pike|Circle|Trail)(?![\w-])"
    r"|\b(?:County Road|State Highway|State Route|Highway|Interstate|Route|U\.S\. Highway) \d+\b"
    # "along Artema street to the square": a translation's lower-case street, told as one by what follows it
    # ("Kyiv street protests" is no street)
    r"|\b(?:[A-Z][\w'’-]* ){1,2}(?:street|avenue|boulevard)"
    r"(?=\s*[,.;:)]|\s+(?:to|in|of|near|and|at|on|from|toward|towards|where|outside|by)\b)")
# "Gulshan-e-Iqbal", "Saint-Etienne-du-Rouvray": a name continued by a particle and another name ("Kyiv-based" is no
# such compound)
COMPOUND_CONTINUES = re.compile(r"[-\u2010\u2011][a-z]{1,3}[-\u2010\u2011][A-Z][\w'’]*")
# "Jabal al-Zawiya", "Ras al-Ain": a name after a word and its Arabic article ends a longer name
# "Ain al-Tineh", "Deir el-Balah": an Arabic name whose first word alone may be another place
ARTICLE_NAME_CONTINUES = re.compile(r"\s+(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et)[-\u2010\u2011][A-Z][\w'’]*")
LONGER_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et)[-\u2010\u2011]$")
# "St Ann's Square", "St Thomas' Hospital": a landmark that bears a name in the possessive
NAMED_LANDMARK_AFTER = re.compile(r"['’]s?\s+(?:Square|Park|Gardens?|Church|Cathedral|Basilica|Chapel|Abbey|Hospital"
                                  r"|College|Gate|Market)\b")
# "St. Michael's Golden-Domed Monastery": a saint's church or monastery, named with words between
SAINT_CHURCH_AFTER = re.compile(r"['’]s?\s+(?:[A-Z][\w’'-]*\s+){1,2}(?:Monastery|Cathedral|Church|Basilica|Chapel|Abbey"
                                r"|Convent|Lavra)\b")
SAINT_CITY_POPULATION = 100_000  # a saint-named city this big keeps its reading before such a church
# "the church of Nuestra Señora de La Palma", "Our Lady of Lourdes": a church's dedication names a shrine, not a town
DEDICATION_BEFORE = re.compile(r"\b(?:Our\s+Lady|Nuestra\s+Se[ñn]ora|Notre[- ]Dame|Virgen|Madonna)\s+"
                               r"(?:of|de|del|du|des|di|della)\s+(?:the\s+)?$")
# "St. Paul", "Ste. Genevieve", "Mt. Pleasant", "Ft. Myers": the abbreviated first word of a town's name
SAINT_WORDS = {"st.", "ste.", "mt.", "ft.", "saint", "sainte", "mount", "fort"}
STREET_LABEL = "STREET"  # label of a street or road mention
# "made to look like X", "resembles X", "into another X": a town named as a likeness
LIKENESS_BEFORE = re.compile(r"\b(?:look(?:s|ed|ing)?\s+like|resembl(?:e|es|ed|ing)|(?:into|like|become|becomes)\s+"
                             r"(?:another|a\s+(?:second|new)))\s+$", re.I)
# "Northeast Georgia", "South Arlington": part of a place, which the place stands for
DIRECTION_PREFIX = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|"
                              r"North-?east|North-?west|South-?east|South-?west)(?:ern)? ", re.I)
WATER_WORDS = {"river", "creek", "mountains"}
RIVER_PART = re.compile(r"\s+(?:(?:west|east|left|right|north|south|far|opposite|other)(?:ern)?\s+)?"
                        r"(?:bank|banks|shore|shores|delta|estuary|mouth|floodplain)\b", re.IGNORECASE)
RIVER_PART_OF = re.compile(r"\b(?:bank|banks|shore|shores|delta|estuary|mouth|floodplain)\s+of\s+the\s+$",
                           re.IGNORECASE)
# "across the Dnipro,", "a port on the Dnipro," crosses, follows or lies on a river
CROSSING_WORDS = {"across", "along", "beyond", "over", "on"}
URBAN_PART_WORDS, URBAN_PART_KM = {"district", "neighbourhood", "neighborhood", "quarter", "microdistrict"}, 30.0
QUARTER_WORDS = URBAN_PART_WORDS - {"district"} | {"commune"}  # parts of a town only
# "the Kharkiv regional state administration", "the Odesa provincial council": the region's own institution
REGIONAL_INSTITUTION_AFTER = re.compile(
    r"\s+(?:regional|provincial|oblast)\s+(?:(?:state|military|civil|civil-military|police|health)\s+)?"
    r"(?:administration|council|government|governor|police|prosecutor|department|authorities|"
    r"assembly|directorate|headquarters|court|office|service)\b", re.IGNORECASE)
# "Kharkiv Governor Oleh Syniehubov", "the Sumy regional military administration": a region's own officials
# (its institution in either case: "the Kharkiv regional administration", "Kharkiv Oblast Military Administration")
REGION_OFFICIAL = re.compile(r"\b([A-Z][\w'’-]+)(?=\s+(?:(?:region|oblast)\s+)?[Gg]overnor\b|(?i:"
                             + REGIONAL_INSTITUTION_AFTER.pattern + "))")
RAION_WORDS = {"raion", "rayon"}  # a district of a city or of a region, in Ukrainian and Russian
# the same words in text, after a name ("Kievsky district")
URBAN_PART_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|microdistrict)\b", re.IGNORECASE)
# "Tsafe Local Government Area", "Maru LGA": a Nigerian district, named after its seat town
LGA_WORDS = r"(?:local\s+government(?:\s+area)?|LGA)\b"
LGA_AFTER = re.compile(rf"\s+{LGA_WORDS}", re.IGNORECASE)
LGA_AT_END = re.compile(rf"\s{LGA_WORDS}$", re.IGNORECASE)  # an entity that ends in it: "the Tsafe LGA"
# a town's district: "the Pokrovsk district", "the Shebekino urban district", "Tsafe Local Government Area", and
# the municipality or township named after its seat ("Aguililla municipality", "Hpakant township")
DISTRICT_AFTER = re.compile(rf"\s+(?:(?:(?:urban|municipal|city)\s+)?(?:district|raion|rayon)\b"
                            rf"|(?:municipality|township)\b|{LGA_WORDS})", re.IGNORECASE)
# the same told before the name: "in the municipality of Aguililla", "the township of Hpakant" (not "the Brussels
# district of Molenbeek", a city's part named after no seat)
DISTRICT_BEFORE = re.compile(r"\b(?:municipality|township)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the other names of a list of districts after its first ("the Kievsky and Kalininsky districts"), each told as
# a district as much as the last one
LISTED_DISTRICTS_AFTER = re.compile(r"(?:,\s*[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+districts\b")
# "the Shevchenkovsky district of the Ukrainian capital, Kiev": words that describe the city named after them
CITY_ROLE_WORDS = {"capital", "city", "port"}
# a place told as a district of a city another place names lies within this of the city
CITY_DISTRICT_KM = 15.0
# how far from the town a Ukrainian raion is named after its villages lie: the raions before the reform of July 2020
# reach about 50 km, the larger ones since about 90 km (districts elsewhere, Pakistan's or Siberia's, may be larger)
RAION_REACH_COUNTRY, RAION_REFORM_DAY, OLD_RAION_REACH_KM, RAION_REACH_KM = "UA", "2020-07-17", 50.0, 90.0
# "Vila Nova, a slum of 40,000 people on the city's edge": a name the text calls a part of the city it
# is about, which a namesake town far off is not
CITY_PART_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:favela|slum|shantytown|township|"
                                  r"neighbou?rhood|district|suburb|community|quarter|borough)\b(?:[^,.;]|[,.](?=\d{3})){0,60}?"
                                  r"\b(?:the|this|that)\s+(?:city|capital)\b")
# A spot within a town ("Lido beach", "Bakara market"): a hamlet of that name abroad is not where it lies.
SPOT_WORDS = {"beach", "market", "bazaar", "square", "camp", "park", "mall", "stadium", "hotel", "mosque", "church"}
SHOPPING_SITE_WORDS = {"mall", "outlets", "galleria"}
# "the Lakeview complex in Accra", "the Palm Grove mall in Lagos": a named site the text puts in a town
SITE_WORDS = SPOT_WORDS - {"camp"} | {"complex", "compound", "building", "centre", "center", "tower", "towers",
                                     "plaza", "arcade", "estate"}
# Below this population, a town that shares only its name with a spot in the document's town is a namesake.
NAMESAKE_POPULATION = 50_000
# Arabic names written with a lower-case article: "el-Fasher", "al-Fashir", "ad-Dawr".
ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et)-[A-Z]")
# "the town of X", and a part of one ("the outskirts of X", "the private-house sector of X"): only a place has these
PLACE_OF = re.compile(r"\b(?:town|village|city|settlement|port|district|hamlet|suburb|neighbou?rhood|outskirts|sector)"
                      r" of$")
# "the southern province of Lahj": a name the tagger missed after a region word is that region's
REGION_OF = re.compile(r"\b(?:province|region|governorate|oblast|department|state) of$")
VILLAGE_OF = re.compile(r"\b(?:village|hamlet) of\s+$")
# "X province of Y": Y is the province, X an area holding it
PROVINCE_OF_NAME_AFTER = re.compile(r"\s+(?:province|state|governorate)\s+of\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")
TOWN_OF_BEFORE = re.compile(r"\b(?:city|town|village|hamlet) of\s+$", re.I)
VILLAGE_MAX_POPULATION = 50_000  # a place told as a village is smaller than this
# "X village", "X town": a settlement told by its word ("the X village of Y" is Y's, in X)
SETTLEMENT_WORD_AFTER = re.compile(r"\s+(village|hamlet|town)\b(?!\s+of\b)")
VILLAGE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:village|hamlet)\b")
CITY_QUARTER_KM, QUARTER_MIN_POPULATION = 10.0, 5_000  # a populous reading this close to a big city is its quarter
CITY_QUARTER_PENALTY = -10.0  # a place told as a village read as a quarter of a city
# "the Ostrogozhsky district", "Pokrovskyi raion": a district named by the adjective of its main town
DISTRICT_ADJECTIVE = re.compile(r"([A-Z][a-z'-]{2,}?)s?k(?:y|yi|iy|ii|i|oy|ij)")
DISTRICT_WORDS = {"district", "raion", "rayon", "municipality", "okrug"}
# the adjectival town names after whose stem a district is named: Kirovske, Kirovskoye, Kirovsk for "Kirovskyi"
DISTRICT_TOWN_ENDINGS = ("ske", "skoye", "skoe", "sk")
# "Bakhmut, the ruined eastern city where ...", "Ilovaisk, a rail hub of ...": a name the text itself calls a town
TOWN_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}"
                             r"(?:city|town|village|settlement|port|capital|hub|junction|stronghold|enclave)\b")
# "X, a village on the outskirts of Y": an apposition calling a name a settlement, not a port or hub a facility may be
SETTLEMENT_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:city|town|village|settlement|hamlet)\b")
# the parts of a town whose "of" names it: "the outskirts of X", "a residential area of X"; raw words as spelt
# before the name, so plurals too (events.TOWN_PART_LEMMAS are the parts troops push into while the rest is fought
# for; actors.PLACE_HEAD_NOUNS, any noun whose "of" names a place, a town or region itself among them)
SPACED_DASHES = {"-", "\u2013", "\u2014", "--"}  # one standing between spaces parts a name from what follows
TOWN_PARTS = {"area", "areas", "outskirts", "centre", "center", "suburbs", "edge", "streets", "downtown"}
LOCATIVE_WORDS = {"in", "near", "outside", "at", "from", "around", "town", "village", "city", "into", "toward",
                  "towards", "nearby"}
# "Odesa and Mykolaiv regions", "Kharkiv, Sumy and Chernihiv oblasts": each of them a region
REGIONS_AFTER = re.compile(r"(?:,? (?:and )?[A-Z][\w'-]+){0,4}\s+(?:regions|oblasts|provinces|governorates|states)\b")
_LIST_NAME = r"[A-Z][^\W\d_]+(?:-[^\W\d_]+)*(?: [A-Z][^\W\d_]+)?"
REGION_LIST = re.compile(rf"{_LIST_NAME}(?:,\s+{_LIST_NAME})*,?\s+(?:and|or)\s+{_LIST_NAME}\s+"
                         r"(regions|provinces|oblasts|governorates|states|counties|parishes|districts)\b")
# the singular of each list's kind ("Dakota, Otoe and Washington counties": Washington County), and the kind of
# gazetteer entry it names
LIST_KINDS = {"regions": ("region", "admin1"), "provinces": ("province", "admin1"), "oblasts": ("oblast", "admin1"),
              "governorates": ("governorate", "admin1"), "states": ("state", "admin1"),
              "counties": ("County", "admin2"), "parishes": ("Parish", "admin2"), "districts": ("district", "admin2")}
# "DeKalb County", "Rapides Parish": a county's name with its kind after it
COUNTY_SUFFIX = re.compile(r"\s+(?:County|Parish)$")
# "Nassau and Baker counties in Florida", "the Donetsk and Luhansk regions of Ukraine": the region holding a list
LIST_REGION_GAP = re.compile(r"\s+(?:in|of)\s+(?:the\s+(?:state\s+of\s+)?)?")
# what joins the names of a list: "X, Y and Z", "X or Y" (group 1: the conjunction)
# "several regions including", "the regions of", "provinces such as" before a list of names
REGIONS_BEFORE_LIST = re.compile(r"\b(?:regions|oblasts|provinces|governorates|states)\s+(?:including|such as|like|of)?"
                                 r"\s*:?\s*(?:the\s+)?$", re.IGNORECASE)
# the fewest regions a list names for an event told across them to be placed in their country
LISTED_REGIONS_LEAST = 3
COORDINATION_GAP = re.compile(r"\s*,\s*|\s*,?\s+(and|or)\s+")
# "districts of Donetsk", not "districts of the Belgorod region" nor "districts of Kursk Oblast"
DISTRICTS_OF_TOWN = re.compile(r"\s+of\s+[A-Z][\w'-]+"
                               r"(?!\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Gg]overnorate|[Kk]rai))\b")
# nouns a name set in apposition to ("the village, Gornal,") names a place
APPOSED_PLACE_NOUNS = {"village", "town", "city", "settlement", "hamlet", "region", "oblast", "province", "district"}
REGION_WORDS = {"region", "oblast", "province", "governorate", "state", "department", "krai", "district", "territory"}
SUBDIVISION_WORDS = {"district", "township", "tehsil", "county", "subdistrict", "village"}
# "the Nuseirat camp", "Jabalia refugee camp", "the Shejaiya neighbourhood": a name heading a settlement noun
# "shelled Pokrov", "liberated Bohdanivka": a doubtful name a strike or capture is aimed at is a place
TARGETING_WORDS = {"shelled", "struck", "hit", "attacked", "bombed", "pounded", "targeted", "captured", "liberated",
                   "recaptured", "retook", "seized", "stormed", "shelling", "striking", "attacking", "bombing"}
# "occupied Horlivka", "rebel-held Idlib", "Russian-controlled Tokmak": only a territory is held
HELD_BEFORE = re.compile(r"(?:^|[\s-])(?:occupied|annexed|held|controlled)$")
# "monitors visited Talakivka", "the minister toured Kupiansk": what one goes to see in person is a place there
VISITING_WORDS = {"visited", "visiting", "toured", "touring"}
# "a drone strike on Bilopillia", "attacks on Huliaipole": an attack's noun, whose "on" names its target
ATTACK_NOUNS = {"strike", "strikes", "attack", "attacks", "raid", "raids", "assault", "assaults", "barrage",
                "bombardment", "offensive", "onslaught"}
# "fighting between Bakhmut and Chasiv Yar": both ends of a stretch named by its towns
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+(?:towns|villages|cities|settlements)\s+of\s+)?"
                            r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+)?$")
# "Marhanets was shelled overnight", "Lyptsi came under fire": a name opening its clause as what a strike hit
STRUCK_AFTER = re.compile(r"\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+|again\s+|also\s+)?"
                          r"(?:shelled|struck|hit|attacked|bombed|pounded|targeted|captured|liberated|recaptured|seized|"
                          r"stormed)|(?:came|comes|has\s+come|had\s+come)\s+under)\b")
# "the Svitlodarsk bulge", "in the Novopavlivka direction": a stretch of front named after the town it lies by
FRONT_SECTOR_AFTER = re.compile(r"\s+(?:bulge|salient|direction|sector|axis|pocket|bridgehead|cauldron|front)\b")
SETTLEMENT_AFTER = re.compile(r"\s+(?:refugee\s+)?(?:camp|area|neighbou?rhood|suburb|quarter|community|village)\b",
                              re.IGNORECASE)
# "a resident of X", "two X residents", "a native of X": the people of a town, so the name is that town
RESIDENT_OF = re.compile(r"\b(?:residents?|inhabitants?|natives?) of$")
RESIDENTS_AFTER = re.compile(r"\s+(?:residents?|inhabitants?)\b", re.IGNORECASE)
# words that make "X <word>" a first-level region whatever else X names ("Krasnodar Territory" is the krai)
ADMIN1_WORDS = {"region", "oblast", "province", "governorate", "krai", "territory"}
# "the Tuapse oil refinery", "the Engels air base": a facility named after the town it is in
FACILITY_WORDS = {"refinery", "terminal", "airfield", "airport", "base", "airbase", "depot", "plant", "port",
                  "shipyard", "arsenal", "dam", "bridge", "factory", "substation", "harbour", "harbor"}
# ... of which these are named after a place even with nothing between ("the Belaya airfield"); "Golden Gate
# Bridge", "Kennedy Airport" and "Hurricane Harbor" are not
PLACE_NAMED_FACILITY_WORDS = {"refinery", "airfield", "airbase", "shipyard", "substation"}
FACILITY_MODIFIERS = {"oil", "air", "power", "gas", "fuel", "naval", "military", "nuclear", "thermal", "chemical",
                      "ammunition", "arms", "sea", "river", "hydroelectric", "steel", "coal", "aluminium",
                      "aluminum", "energy", "heating", "grain", "container", "cargo", "rail", "railway"}
# "weapons supplied by the United States", "funded by Qatar": a country named as a supplier or backer, which
# says little about where the story is
SUPPLIER_BEFORE = re.compile(r"\b(?:supplied|provided|donated|delivered|sent|given|sold|backed|funded|financed|"
                             r"sponsored|armed|made|built|manufactured|produced|designed|pledged|promised) "
                             r"(?:to (?:\w+ )?)?by (?:the )?$")
# "a citizen of Uzbekistan": a country named as someone's nationality, like a demonym, is not a scene
NATIONALITY_BEFORE = re.compile(r"\b(?:citizens?|nationals?|natives?|subjects?|passport holders?) of (?:the )?$", re.I)
# "fighting on Ukraine's side", "volunteers on the side of Russia", "to serve Russia's propaganda", "planning
# sabotage for Ukraine", "working for Russia": a country taken sides with or served, not a scene; so is the state a
# territory's people vote to join or leave ("voted to leave Ukraine and join Russia", "backed union with Russia",
# "asked to become part of Russia")
ALLEGIANCE_BEFORE = re.compile(r"\b(?:on the side of|sid(?:ed|ing|es)? with|loyal to|fighting for|on behalf of|"
                               r"(?:spy|spies|spied|spying|espionage|sabotage|work(?:s|ed|ing)?) for|"
                               r"join(?:s|ed|ing)?|leav(?:e|es|ing)|"
                               r"(?:re)?unification with|union with|(?:become|became|becoming) (?:a )?part of)"
                               r" (?:the )?$", re.I)
ALLEGIANCE_AFTER = re.compile(r"['’]s? (?:side|propaganda|interests?|narrative|agenda|cause|hands)\b")
# "Magura V5 naval drones", "a Neptune-1 missile": a model code after a name makes it a product's
MODEL_CODE = re.compile(r"[A-Z]{1,4}-?\d+[A-Za-z]*")
# "state news agency SANA", "the daily Kommersant": a name right after the kind of outlet it is names the outlet
OUTLET_BEFORE = re.compile(r"\b(?:news agency|press agency|wire service|broadcaster|newspaper|(?:the|a) daily|tabloid|"
                           r"television channel|TV channel)\s+$", re.I)
# Organisation words: an ORG entity containing one is an organisation, whatever its place name.
ORG_WORDS = {
    "ministry", "party", "council", "army", "forces", "force", "police", "university", "bank", "company",
    "group", "agency", "department", "office", "committee", "news", "times", "post", "press", "club", "fc",
    "united", "city", "corp", "inc", "association", "institute", "court", "airlines", "guard", "front",
    "movement", "brigade", "battalion", "command", "authority", "service", "network", "daily", "journal",
}
MAKER_SUFFIX = re.compile(r"[-\u2010\u2011](?:made|built|supplied|backed|led|based|designed|produced|funded|"
                          r"provided|manufactured|registered|flagged|installed|appointed|controlled|held|occupied|"
                          r"annexed|allied|aligned|friendly)\b")
DESTINATION_SUFFIX = re.compile(r"[-\u2010\u2011]bound\b")  # "the Peshawar-bound train": where it was going
# "the Dallas suburb of Allen": the city only tells where the suburb named after it lies
SUBURB_OF_SUFFIX = re.compile(r"\s+(?:suburbs?|exurbs?|satellite\s+towns?|outskirts)\s+of\s+[A-Z]")
# "the Minsk agreements", "the Dayton Accords": a place that names a pact names where it was signed, long ago
ACCORD_SUFFIX = re.compile(r"(?:\s+(?:peace|ceasefire|cease-fire))?\s+(?:agreements|accords?|protocols?|treaty|"
                           r"treaties|conventions|memorandum|format)\b", re.I)
# "a UAE-brokered swap", "talks mediated by Qatar", "accusing Moscow of looting", "the Kiev regime's drones":
# a country or capital that brokers, hosts or is blamed for something is a party to it, not its scene
BROKER_SUFFIX = re.compile(r"[-\u2010\u2011](?:brokered|mediated|hosted|sponsored)\b")
# "a ceasefire agreed in Minsk", "the deal signed at Istanbul", "peace talks in Geneva", "talks between the two
# sides that were due to open in Doha": where an accord was made or talks held, no scene a later sentence's event
# takes over
ACCORD_MADE_BEFORE = re.compile(
    r"\b(?:(?:ceasefire|cease-fire|truce|deal|agreements?|accords?|protocols?|memorandum|treaty)"
    r"(?:\s+\w+){0,3}?\s+(?:agreed|signed|reached|brokered|struck|concluded|negotiated)"
    r"|(?:talks|negotiations)(?:\s+(?:were\s+)?held)?"
    r"|(?:talks|negotiations)\b[^.;:]{0,100}?\b(?:due|set|scheduled|planned|expected|going)\s+to\s+"
    r"(?:begin|start|open|resume|take\s+place|be\s+held|convene))\s+(?:in|at)\s+(?:the\s+)?$", re.I)
BROKER_BEFORE = re.compile(r"\b(?:(?:mediated|brokered|facilitated|hosted|sponsored|arranged) by|(?:with|through|"
                           r"under) the (?:mediation|auspices|good offices) of)(?: the)?\s+$", re.I)
BLAMED_BEFORE = re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
                           r"call(?:s|ed|ing)? on|press(?:es|ed|ing)?)(?: the)?\s+$", re.I)
REGIME_AFTER = re.compile(r"\s+(?:regime|junta|leadership)\b", re.I)
# "according to Kiev", "loyal to Kiev", "the Kiev authorities", "US authorities", "Washington officials", "a U.S.
# military official": a country or its capital standing for its government or its press, not a scene
GOVERNMENT_SOURCE_BEFORE = re.compile(r"\b(?:according to|loyal to|backed by|on behalf of)(?: the)?\s+$", re.I)
# "broke off relations with Colombia", "talks with Moscow": the government dealt with, not a scene
PARTNER_BEFORE = re.compile(r"\b(?:relations|ties|talks|negotiations|dialogue)\s+with(?: the)?\s+$", re.I)
# "the new leadership in Kiev", "the men who seized power in Kiev": the capital as the seat of power (not
# "authorities in Kyiv", often the city's own, who report what happened there)
GOVERNMENT_SEAT_BEFORE = re.compile(r"\b(?:leadership|government|regime|rulers|(?:seiz(?:e|ed|ing)|"
                                    r"took|tak(?:e|en|ing)|grabb(?:ed|ing)|c[ao]me to|in)\s+power)\s+in\s+$", re.I)
GOVERNMENT_AFTER = re.compile(r"\s+(?:(?:military|defen[cs]e|intelligence|security|government|administration|"
                              r"senior)\s+)?(?:authorities|government|officials?|administration|media|press)\b")
# "Japan's deputy foreign minister", "France's ambassador": a country's office-holder, who tells no scene
OFFICE_HOLDER_AFTER = re.compile(r"['\u2019]s\s+(?:(?:deputy|vice|acting|former|top|chief|senior|foreign|home|interior|"
                                 r"defen[cs]e|prime|first)\s+){0,3}(?:minister|ambassador|envoy|president|premier|"
                                 r"chancellor|consul|spokes(?:man|woman|person))\b")
# "the war between Israel and Hezbollah", "talks between Russia and Ukraine": the sides of a war, not its scene
WAR_PARTIES_BEFORE = re.compile(r"\b(?:war|conflict|hostilities|talks|negotiations|truce|ceasefire|tensions)\s+"
                                r"between\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$", re.I)
# "Kiev's claim to have captured ...", "Moscow's decision": a government speaking or acting, not a scene
GOVERNMENT_ACT_AFTER = re.compile(r"['\u2019]s?\s+(?:[a-z]+\s+)?(?:claims?|statements?|accusations?|allegations?|"
                                  r"decisions?|announcements?|assertions?|demands?|denials?|refusal|insistence|"
                                  r"position|stance|version|assessment|control)\b")
UNIT_WORDS = {"regiment", "division", "corps", "battlegroup", "unit", "units", "detachment", "squadron", "fleet",
              "administration", "garrison", "direction"}
PUBLIC_SITE_WORDS = {"park", "square", "stadium", "garden", "gardens", "street", "avenue", "boulevard", "embankment",
                     "market", "cemetery", "arena"}
LOCAL_INSTITUTION_WORDS = {
    "police", "mayor", "council", "city", "county", "township", "fire", "sheriff", "sheriff's", "library",
    "school", "schools", "high", "hospital", "town", "village", "board", "municipal", "public", "courthouse",
    "park", "jail", "hall", "station", "community", "regional", "historical", "chamber", "recreation",
    "elementary", "middle", "district", "parish", "borough", "metropolitan",
}
# "HUDSON -- Officials said ...", "KRAMATORSK, Ukraine —", "LUGANSK, May 12. /TASS/.", "QUITO.- ..." (the
# Spanish-language press's), "PESHAWAR: Four soldiers ..." (South Asian papers'): a dateline at the start of a
# paragraph or story; "KYIV/MOSCOW, March 3 (Reuters) -" names the bureaus of a report written in two
DATELINE_TOWN = r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}"
DATELINE = re.compile(rf"(?:^|\n|[.!?]\s)\s*({DATELINE_TOWN}(?:/{DATELINE_TOWN})*)"
                      r"(?=(?:,[^\n,]{2,30}){0,2}(?:\s+(?:\([^)\n]{1,25}\)\s+)?(?:--|—|–|-)\s|\s+/[A-Z][\w-]{1,20}/|\.-\s"
                      r"|:\s+[A-Z]))")
# A vessel named after a town or region, alone or in a list: "the gunboats Berdyansk and Nikopol", "the two tugs,
# Kherson and Yany Kapu,", "the cruiser Moskva", "the patrol ship Donbas".
VESSEL_NAMES_BEFORE = re.compile(
    r"\b(?:(?:war|gun|patrol |landing |supply )?(?:ships?|boats?|vessels?)|tugs?|tugboats?|frigates?|cruisers?|"
    r"corvettes?|destroyers?|tankers?|submarines?|minesweepers?|trawlers?|ferry|ferries|freighters?)\s*,?\s+"
    r"(?:[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?(?:\s*,\s*|\s+and\s+))*$")
# "an army dog named Kent", "a boy called Jordan": a name given to a being; but "a village called X" is a place
GIVEN_NAME_BEFORE = re.compile(r"\b(?!(?:village|hamlet|town|city|settlement|place|area|district|region|province|"
                               r"county|camp|neighbou?rhood|suburb|quarter|locality|island|port)\b)"
                               r"[a-z]+,?\s+(?:named|called|nicknamed|dubbed)\s+$")
# "Logan said", "Brent told CTV", '..." said Kristina.': a one-word name that speaks is a person or a company
SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|recalled|wrote)\b")
SPEAKER_BEFORE = re.compile(r"[\"”’]\s*(?:said|says|told|added|explained|recalled|wrote)\s+$")
SPEAKER_MAX_POPULATION = 1_000_000  # governments speak for countries, regions, capitals and large cities
PERSON_TITLES = {"mr", "mrs", "ms", "miss", "dr", "president", "minister", "gen", "general", "sen", "senator", "rep",
                 "judge", "lt", "col", "sgt", "capt", "governor", "gov", "mayor", "prince", "king", "queen"}
# Containment prepositions: "X in Y", "X, Y"; and event prepositions: "struck in X", "fled from X".
EVENT_PREPOSITIONS = {"in": 3.0, "on": 2.5, "at": 3.0, "across": 3.0, "near": 2.5, "outside": 2.5,
                      "around": 2.5, "into": 2.5, "over": 2.0, "throughout": 3.0, "inside": 3.0,
                      "from": 2.0, "out": 2.0, "towards": 1.5, "toward": 1.5, "within": 2.5, "along": 2.0}
# A place that speaks, claims, confirms or takes a stance is a government, not a scene: "Moscow said",
# "Kyiv accused", "Tehran threatened".
SPEECH_LEMMAS = REPORTING_VERBS | CLAIMING_VERBS | CONFIRMING_VERBS | STANCE_VERBS | {"allege", "threaten"}
UNDERGO_LEMMAS = {"suffer", "endure", "face", "sustain", "experience", "weather", "witness", "undergo", "see",
                  "come", "receive"}
# "the village of Zaitseve, a few kilometres away": a town told as lying some way off from the scene told before;
# "Olenivka, across the contact line": on the other side of a front, a border or a river from it
TOLD_AS_AWAY = re.compile(r",\s+(?:(?:just\s+|only\s+)?(?:a\s+few|several|some|about|around|\d+(?:\.\d+)?|[a-z]+)\s*"
                          r"(?:km|kilomet(?:re|er)s?|miles?)\s+away\b"
                          r"|(?:just\s+)?across\s+the\s+(?:[\w-]+\s+){0,2}(?:line|front|border|river)\b)",
                          re.IGNORECASE)
# "the remains were being sent to Yerevan", "the wounded were evacuated to Mopti", "taken to hospitals in Lviv":
# where the dead or wounded were brought, not where they fell; each town of a list ("flown to Fada N'Gourma and
# the capital, Ouagadougou")
BROUGHT_TO_BEFORE = re.compile(
    r"\b(?:sent|taken|evacuated|transferred|flown|airlifted|moved|brought|rushed|transported|driven)\s+"
    r"(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:and\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,2})?$", re.I)

# what may come between a word placing an event by a town and the town's name: " the western city of ", " "
BEFORE_TOWN_NAME = r"(?: the(?: [a-z][\w-]*){0,2}(?: (?:town|city|village|capital|port) of)?)?\s+$"
# "outside the western city of Lviv", "outside the capital": the event lies near the town, not in it
NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|outskirts of|(?:centre|center|heart|edge|flank) of|"
                         r"close to|next to|north of|south of|east of|west of|"
                         r"(?:hills|heights) (?:above|overlooking)(?: the)?)"
                         + BEFORE_TOWN_NAME, re.I)
# "the centre of Kramatorsk", "the heart of the city of Kharkiv": a part of the town inside it, the town itself
CENTRE_OF_BEFORE = re.compile(r"\b(?:centre|center|heart) of" + BEFORE_TOWN_NAME, re.I)
# "killed 15 people, most of them in Khartoum North", "eight of whom in the capital": where a share of the dead
# fell, so the event reaches wider than that town (not "all of them in Gao", which is its town)
SHARE_OF_DEAD_BEFORE = re.compile(r"\b(?:most|many|some|several|half|the majority|dozens|scores|hundreds|\d+|one|two|"
                                  r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+of\s+"
                                  r"(?:them|whom|those)\s+(?:were\s+|died\s+|killed\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
# "in the east of the country", "across the country": the document's own country
COUNTRY_ANAPHOR = re.compile(r"\b(?:in|across|of|throughout|around) the (?:(?:[a-z]+(?:-[a-z]+)? )?"
                             r"(?:part|parts|east|west|north|south|centre|center|north-?east|north-?west|south-?east|"
                             r"south-?west) of the )?(country)\b(?!['\u2019])")
CAPITAL_PATTERN = re.compile(r"\b(?:(?i:the) (?:(?i:country's|nation's) |(?P<demonym>[A-Z][a-z]+) |"
                             r"(?P<regional>regional|provincial) |)|(?P<owner>[A-Z][a-z]+)['’]s )"
                             r"(?i:capital)\b(?!(?:\s+town)?\s+of\b)")
CAPITAL_TOWN_AFTER = re.compile(r"\s+town\b", re.I)
# "the regional capital, Kherson": the seat is named right after the word
NAME_AFTER = re.compile(r",?\s+(?:[A-Z]|(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et)-[A-Z])")  # "el-Arish" too

# what stands between X and Y in "X, Y", "X in Y", "X, in northern Y", "the X entry-exit checkpoint in Y", "X, in
# the province of Y", "X village, Y Local Government Area of Z" (X in Y, Y in Z)
CONTAINER_GAP = re.compile(r"(?:\s+(?:village|hamlet|community))?\s*,\s*"
                           r"|(?:\s+(?:(?:refugee|[a-z]+-[a-z]+)\s+)?(?:camp|area|district|neighbou?rhood|suburb|quarter|"
                           r"local government area|outskirts|checkpoint|crossing))?\s*,?\s+(?:in|of)\s+(?:the\s+)?"
                           r"(?:(?:north|south|east|west|central|"
                           r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                           r"(?:(?:[A-Z][a-z]+-)?(?:occupied|annexed|controlled|held)\s+)?"
                           r"(?:(?:province|region|state|oblast|governorate|municipality|township)\s+of\s+)?", re.I)
# "X, a town of 22,000 people just south-west of Y", "X, a village 10 km north of the city of Y": an apposition that
# places X by its bearing from Y, named only as the point of reference
BEARING_APPOSITION_GAP = re.compile(r",\s+(?:a|an|the)\s+[^.;:!?\n]{0,50}?\b(?:north|south|east|west|north-?east|"
                                    r"north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?"
                                    r"(?:(?:[a-z][\w-]*\s+){1,3}of\s+)?")
# "this village north of Y", "this town 20 km south of the city of Y", "this village west of Russian-occupied Y": a
# settlement named before, which Y only tells where it lies
BEARING_OF_TOWN_TOLD_BEFORE = re.compile(r"\bthis\s+(?:[a-z][\w-]*\s+)?(?:village|town|settlement|hamlet|city)\s+"
                                         r"(?:[^.;:!?\n]{0,30}?\s)?(?:north|south|east|west|north-?east|north-?west|"
                                         r"south-?east|south-?west)\s+of\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}"
                                         r"(?:city|town)\s+of\s+)?"
                                         r"(?:(?:[a-z]+-)?(?:occupied|annexed|controlled|held)\s+)?$", re.I)
# "X in the north of Y", "X on the northern side of Y", "X on the southern outskirts of the city of Y": X is a part of
# Y or a place beside it, Y only tells where X lies
PART_OF_TOWN_GAP = re.compile(r",?\s+(?:in|on)\s+the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|"
                              r"south-?east|south-?west)(?:ern)?\s+(?:(?:part|side|edge|end|outskirts)\s+)?of\s+"
                              r"(?:the\s+(?:city|town)\s+of\s+)?", re.I)
# "X, north of Y", "X just south-west of Y": Y only tells where X lies
BARE_BEARING_GAP = re.compile(r",?\s+(?:(?:just|some|about)\s+)?(?:north|south|east|west|north-?east|north-?west|"
                              r"south-?east|south-?west)\s+of\s+(?:the\s+)?")
# "X on Basilan island", "X on the southern island of Y": the island holds X
ISLAND_GAP = re.compile(r"\s+on\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}island\s+of\s+)?")
ISLAND_WORDS = {"island", "islands"}
# "the Belbek military airfield outside Sevastopol", "a village near Bakhmut": the place named first is the finer
# (also "X outside the separatist stronghold of Y", "X near the port city of Y")
NEAR_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:just\s+)?(?:outside|near|on the outskirts of)\s+(?:the\s+)?"
                      r"(?:(?:[a-z][\w-]*\s+){1,3}of\s+)?")
# "the North Sinai village of X", "Ukraine's border town of X": Y, named first, holds the settlement X
REGION_SETTLEMENT_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:village|hamlet|town|settlement)\s+of\s+")
# "the eastern Ukrainian city of X", "the Syrian border town of X": the nationality named first is X's country
NATIONAL_SETTLEMENT_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:city|village|hamlet|town|settlement)\s+of\s+")
# "Ukraine's northern Chernihiv region": Y is named inside the country before it
POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                            r"south-?west)(?:ern)?\s+)?")
# "a bomb near Menaka, France's defence ministry said": the Y of "X, Y's ..." opens a speaker's clause, not a
# container (unlike "Kharkiv, Ukraine's second city")
SPEAKER_CLAUSE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,4}?(?:said|says|told|reported|announced|stated|"
                                  r"confirmed|claimed|added)\b")
# "Malakand regional police chief Ali Khan", "Kharkiv regional governor Oleh Syniehubov": a place opening an
# official's lower-case title before the official's name names the office's area (title case, "Kyiv Mayor Vitali
# Klitschko", is left to the speaker spans)
OFFICER_TITLE_AFTER = re.compile(
    r"\s+(?:(?:regional|provincial|district|state|county|city|municipal|local|deputy|assistant|senior|top|police|"
    r"military|army|security|health|government)\s+){1,3}(?:chief|commander|governor|mayor|official|"
    r"spokes(?:man|woman|person)|head|administrator|commissioner|superintendent|inspector|prosecutor|officer)\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+")
STRICT_POPULATION, STRICT_ALTERNATE_POPULATION = 100_000, 500_000
# a town the tagger took for a facility is a place by this size, after "at" or "in", in a country the document names
TENTATIVE_TOWN_POPULATION = 20_000
DISTRICTED_CITY_POPULATION = 50_000  # a town the text divides into named districts (GeoNames undercounts some)
CONTEXT_COUNTRY = 3.0  # a candidate in a country the document names
CONTEXT_ADMIN1 = 2.0  # in a region the document names
# in the region where (almost) all the document's other confidently placed towns and counties lie: local news
# of Kentucky that places "Madison County" and "Berea" there means Richmond, Kentucky by "Richmond"
# (bonus, the least number of such names, their least share)
ANCHOR_REGION, ANCHOR_REGION_NAMES, ANCHOR_REGION_SHARE = 2.5, 2, 0.6
CONTAINER_MATCH = 5.0  # "X, Y" / "X in Y" where Y contains the candidate
CONTAINER_CONFLICT = -4.0  # "X, Y" where Y is a place that does not contain the candidate
CONTAINER_KIND = 2.0  # the Y of "X, Y" being a country or region
AREA_CONTAINER_KM = 800.0  # a wide area ("West Africa", a sea) holds the places this close to its centre
REGION_AREA_REACH_KM = 300.0  # an area of its own first-level region ("Crimea") holds those this close outside it
DIRECTION_AREA = 3.0  # "central Gaza", "northern Gaza": a part of the area by that name, not its town
DIRECTION_WORDS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                   "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                   "south-eastern", "south-western"}
# a town inside a county the story places under another name, or a county holding such a town (bonus, how far
# from the county's centre its towns lie)
COUNTY_FIT, COUNTY_RADIUS_KM = 2.0, 40.0
MUTUAL_SUPPORT = 1.5  # a reading in a region where another name's likely readings also lie
# "a village in eastern Ukraine": of a name's towns in that country, those well on the side of it the text names
# (this many degrees from its centre; not a town near the middle)
SIDE_FIT, SIDE_MARGIN_DEGREES = 1.0, 1.5
REGION_SIDE_MARGIN_DEGREES = 0.5  # a town on the side of a region the text names lies this far off its centre
SIDE_ADJECTIVES = {"eastern": ("east",), "western": ("west",), "northern": ("north",), "southern": ("south",),
                   "north-eastern": ("north", "east"), "northeastern": ("north", "east"),
                   "north-western": ("north", "west"), "northwestern": ("north", "west"),
                   "south-eastern": ("south", "east"), "southeastern": ("south", "east"),
                   "south-western": ("south", "west"), "southwestern": ("south", "west")}
PLAUSIBLE_READINGS = 3  # how many of a name's best-prior readings count as likely
CONSIDERED_READINGS = 40  # how many of a name's best-prior readings resolution weighs
ANCHOR_CONFIDENCE = 0.8  # how sure a town's resolution must be for its neighbours to lean on it
BEARING_WEIGHT, BEARING_MAX_KM = 2.0, 150.0  # "X, south of Y": the reading that lies that way, within reach of Y
BEARING_UNJUDGED_KM = 10.0  # this close to Y, a reading's bearing from it is not judged
# "X, 60 km from Y": a reading's fit falls from full to none as its distance from Y misses the told one by up to this
# many km, or this share of it (a report rounds, and may count the road's length)
DISTANCE_TOLERANCE_KM, DISTANCE_TOLERANCE_SHARE = 15.0, 0.25
NEAR_TO_KM, NEAR_TO_MAX_KM = 50.0, 100.0  # "X, near Y": the readings within the first of Y; none beyond the second
PROXIMITY_BONUS = ((50.0, 2.5), (150.0, 1.5), (400.0, 0.5))  # (within km of an anchor, bonus)
NEIGHBOUR_BONUS = ((40.0, 2.0), (100.0, 1.0))  # (within km of another name's possible reading, bonus)
# a village reading this far from every town the story places loses to a namesake of its region lying among them
VILLAGE_OFF_THE_STORY_KM = 60.0
STORY_TOWNS_AROUND_A_VILLAGE = 2  # ... where this many of them lie within the closest proximity radius of it
METROPOLIS_POPULATION = 1_000_000  # a confident city this big adds no neighbour bonus on top of its proximity
LIKELY_PRIOR_GAP = 4.0  # a name's possible readings: those whose prior is within this of its best one's
SURE_COUNTRY = 0.9  # how sure a name's country must be for the story to count as that country's news
OWN_PRIOR_GAP = 5.0  # how far below a name's best reading one may lie and still gain from its neighbours
# a document whose places lie (almost) all in one country: its ambiguous names lie there too
DOMINANT_SHARE, DOMINANT_WEIGHT, DOMINANT_COUNTRY = 0.8, 2.0, 5.0
# "Jordan Elementary School", "Lebanon City Council": a town's institutions, which a country does not have
TOWN_INSTITUTION_WORDS = {"city", "township", "town", "village", "county", "elementary", "school", "schools",
                          "high", "middle", "library", "mayor", "sheriff", "fire", "municipal", "courthouse",
                          "borough", "district"}
# "a Jordan resident": words after a name that make it a town's, where a country would take its demonym
TOWN_PEOPLE_WORDS = {"resident", "residents", "man", "woman", "boy", "girl", "teen", "teenager", "mayor", "native",
                     "elementary", "township", "alderman", "aldermen", "councilman", "councilwoman"}
TOWN_INSTITUTION_PENALTY = -4.0
# "the Athens Police Department", "Palestine police", "Gary Wilson, 54, of Palestine", "the City of Oxford": a name
# local news gives a town, whose own police, school or council it names; in a story that reads as one country's
# local news (country_cues.tsv) that town lies in that country, however famous a namesake abroad
LOCAL_TOWN_AFTER = TOWN_INSTITUTION_WORDS | {"police", "firefighters", "council", "board", "public", "community"}
LOCAL_TOWN_BEFORE = re.compile(r"(?:\b\d{1,3},? (?:of|from)|\b[Cc]ity of|\b[Tt]own of|\b[Vv]illage of)\s+$")
# "MALTA - About 5,000 books ...", "DONETSK, May 12": a dateline names the town the story was filed from, not a
# country or a region (those follow it: "KRAMATORSK, Ukraine -")
DATELINE_REGION_PENALTY = -5.0
# "the Middle East", "the Red Sea": a name said with "the" (and not as a modifier, as in "the Paris attacks")
# is a sea, a world region or an area, not the hamlet or governorate that shares its name
THE_AREA_BONUS = 3.0
FAR_FETCHED_KM = 1500.0  # how far from the document's places a loosely spelt foreign reading is not believed
FAR_FETCHED_VILLAGE_KM = 500.0  # the same for a village the text tells as one ("the village of X"), or a landmark
# "Militants shelled positions near the village of X": in a report of a day the war in Ukraine had a front
# (front_lines.tsv), a village told shelled, fought over, taken or mined is the namesake lying within this of that
# front (not one told hit by a missile, a drone or a bomb, which reach far behind it)
FRONT_KM, FRONT_FIT, FRONT_COUNTRIES = 25.0, 3.0, frozenset({"UA", "RU"})
# a codifier settlement filed at its hromada's centre, whose name a village of its oblast elsewhere bears, is a
# reading only beside a town the story names: the village lies this far from that centre at most, and so near it
HROMADA_NAMESAKE_REACH_KM = 30.0
FRONT_WORDS = re.compile(r"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|grenades?|snipers?|positions?|front(?:line)?|"
                         r"storm(?:s|ed|ing)|captur(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|retak(?:e|es|en)|retook|"
                         r"recaptur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|fighting|fought|"
                         r"clash(?:es|ed)?|assaults?|(?:land)?mines?|explosive)\b", re.I)
# a big city whose name is spelt this much like the text's is named by a transliteration ("Zaporizhzhia" for
# "Zaporizhzhya"), not read loosely ("Boni" as Bonn, "Kristina" as the Finnish village Ristiina)
SAME_SPELLING, WELL_KNOWN_POPULATION = 0.85, 100_000
CAPITAL_SPELLING = 0.7  # "Kiev" / "Kyiv" (0.75), not "Federal Capital" / "Washington"
# "the City of Richmond", "Dublin City", "the Town of Berlin": the town's name in its municipality's form
OWN_NAME_FORM = re.compile(r"^(?:city|town|village|borough) of (?=\w)|(?<=\w) city$")
# a story whose words show it is local news of one country (country_cues.tsv): its towns lie there
HOME_BONUS, HOME_MIN_CUES, HOME_FULL_CUES = 3.0, 1, 4
# A country-code domain (".co.uk", ".ca") shows the outlet's country as surely as a full set of text cues would;
# the two-letter domains sold to anyone ("bit.ly", "twitch.tv") show none
COUNTRY_DOMAIN_HOME = 1.0
GENERIC_COUNTRY_DOMAINS = {"ai", "am", "cc", "co", "fm", "gg", "io", "ly", "me", "tv", "ws", "to", "eu"}
DOMAIN_ALIASES = {"uk": "GB"}
# "Mexico's National Palace": a possessive before a named site, which a capital named after its country may own
# (not "Panama's capital", nor "protests across Panama": the country)
SITE_OWNER_AFTER = re.compile(r"['\u2019]s?\s+[A-Z]")
DOMAIN_TOWN_MIN_LETTERS = 5  # a shorter name spelled inside a domain is too often chance ("Erie" in "series")
LOCAL_NAMESAKE_ABROAD_PENALTY = -2.0
OUTLET_HOME_BONUS = 2.0  # a town or county in the region the outlet's other stories place themselves in
OUTLET_HOME_COUNTRY = 1.0  # the country of that region is the outlet's home, as surely as a country-code domain says


@dataclass
class Mention:
    start: int  # character offsets
    end: int
    text: str
    label: str  # spaCy label, or "GAZ" for a gazetteer match spaCy missed
    span: Span
    candidates: list[GazetteerEntry] = field(default_factory=list)
    prefer_region: bool = False  # "Kherson region", "the region of Kherson"
    container: Mention | None = None  # the Y of "X, Y" / "X in Y"
    is_container: bool = False  # this mention is such a Y
    resolved: GazetteerEntry | None = None
    score: float = 0.0
    country_score: float = 0.0  # how sure the resolution is of the country, whichever reading in it
    listed: bool = False  # one name of a list "the X, Y and Z regions": a region of its own, not inside its neighbour
    # "Andriivka, south of Bakhmut": the place X lies from, and the bearing (degrees from north) it lies at (None:
    # "near Bakhmut", any way)
    bearing_from: tuple[Mention, float | None] | None = None
    told_km: float | None = None  # "X, 20 km north of Y": how far from that place the text puts X
    # "Rozivka lies in the east of the Zaporizhzhia region": the region X lies in, and the sides of it X lies on
    side_of: tuple[Mention, tuple[str, ...]] | None = None

    @cached_property
    def own_key(self) -> str:
        """The key under which a name's mentions count as one name when they weigh each other's readings (read
        once resolution begins, when the candidates are settled): "Dublin City Council" and "the City of
        Richmond" name Dublin and Richmond, and cannot vouch for the Irish capital or Virginia's as a second name
        beside "Dublin" or "Richmond". A city named so ("Mexico City") keeps its name."""
        key = name_key(self.text)
        if any(e.kind == "city" and name_key(e.name) == key for e in self.candidates[:3]):
            return key
        return OWN_NAME_FORM.sub("", key)


def _dateline_starts(text: str, end: int | None = None) -> set[int]:
    """Where the datelines of the text (or of its first `end` characters) put their town: "KYIV" of "KYIV, March 3
    (Reuters) -", also a liveblog entry's."""
    return {start for match in DATELINE.finditer(text, 0, len(text) if end is None else end)
            for start, _ in _dateline_towns(match)}


def bureau_starts(text: str) -> set[int]:
    """Where the towns of a dateline naming several bureaus start ("KYIV" and "MOSCOW" of "KYIV/MOSCOW, March 3
    (Reuters) -"): a report written in two capitals was filed from both, and neither is its scene."""
    return {start for match in DATELINE.finditer(text) if len(towns := _dateline_towns(match)) > 1
            for start, _ in towns}


def _dateline_towns(match: re.Match[str]) -> list[tuple[int, int]]:
    """Where each town of a dateline starts and ends: "BEIRUT" and "WASHINGTON" of "BEIRUT/WASHINGTON, Feb 8"."""
    towns, start = [], match.start(1)
    for name in match[1].split("/"):
        towns.append((start, start + len(name)))
        start += len(name) + 1
    return towns


def _trim(span: Span) -> Span | None:
    """Drop leading determiners, anything from a spaced dash on ("Vasylivka - governor"), and trailing possessives,
    punctuation, counts, time adverbs, prepositions and a settlement word from an entity span ("Zaporizhzhia 17" of
    "struck Zaporizhzhia 17 times", "Zaporizhzhia overnight", "Kofa village"), and a bracket it leaves open."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    # a dash spaced apart ends the name: "Blast in Nova Kakhovka - governor" names its source after it
    end = next((t.i for t in doc[start:end] if t.text in SPACED_DASHES and t.i > start
                and doc[t.i - 1].whitespace_ and t.whitespace_), end)
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct
                           or doc[end - 1].is_space or (doc[end - 1].like_num and end - 1 > start)
                           or (doc[end - 1].text in TRAILING_TIME_WORDS and end - 1 > start)
                           or (_function_word(doc[end - 1]) and end - 1 > start)
                           or (doc[end - 1].text in TRAILING_SETTLEMENT_WORDS and end - 1 > start)):
        end -= 1
    # a bracket the span opens and does not close ends the name: "the Lugansk People's Republic (LPR", "Zernovo
    # (Zernove in Ukrainian": the abbreviation or other name given after it
    end = _end_at_open_bracket(doc, start, end)
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def _without_opening_preposition(span: Span | None, gazetteer: Gazetteer) -> Span | None:
    """"Near Krasnohorivka" of "Near Krasnohorivka, the enemy fired", which the tagger may take for a person: the
    name after a capitalised preposition, unless the gazetteer knows the whole ("In Salah")."""
    if span is None or len(span) < 2 or not _opens_with_preposition(span) or gazetteer.lookup(span.text):
        return span
    return span[1:]


def _without_district_word(span: Span | None, gazetteer: Gazetteer) -> Span | None:
    """"Rylsk" of "the Rylsk District" tagged whole: a district word the gazetteer does not know with the name is read
    after it, as in "the Rylsk district", unless the gazetteer knows the whole ("Central District")."""
    if span is None or len(span) < 2 or span[-1].lower_ not in DISTRICT_WORDS or gazetteer.lookup(span.text):
        return span
    return span[:-1]


def _function_word(token: Token) -> bool:
    """A lowercase preposition or conjunction, which ends no name ("Bentiu in" of "the town of Bentiu in Unity")."""
    return token.is_lower and token.tag_ in {"IN", "CC"}


def _region_by_common_name(entry: GazetteerEntry) -> bool:
    """A region by one of its common English names ("the Lugansk People's Republic", which spaCy may call a
    facility; a one-word "facility" stays doubtful, a headline's "Sagaing" no surer a region than a town)."""
    return entry.kind == "admin1" and entry.match == MATCH_COMMON


def _part_of_town_before(before: str) -> bool:
    """ "a residential area of Avdiivka", "residential areas of Horlivka", "the outskirts of Pokrovsk": the two
    words before a name are a part of a town and "of"."""
    words = before.split()
    return len(words) == 2 and words[0] in TOWN_PARTS and words[1] == "of"


def _aimed_at_by_noun(before: str) -> bool:
    """ "the shelling of Debaltsevo", "the bombing of Sievierodonetsk", "a missile strike on Kurakhove": the two
    words before a name are a strike's noun and "of", or an attack's noun and "on"."""
    words = before.split()
    return len(words) == 2 and (words[0] in TARGETING_WORDS and words[1] == "of"
                                or words[0] in ATTACK_NOUNS and words[1] == "on")


def _told_as_struck(span: Span) -> bool:
    """Whether the words around a name tell it as where a strike or fight was: "the shelling of X", "a drone strike on
    X", "X was shelled", "X came under fire", "fighting between X and Y"."""
    doc, text = span.doc, doc_text(span.doc)
    return _aimed_at_by_noun(doc[max(0, span.start - 2):span.start].text.lower()) \
        or STRUCK_AFTER.match(text, span.end_char) is not None \
        or BETWEEN_BEFORE.search(text, max(0, span.start_char - 60), span.start_char) is not None


def _plausible(candidates: list[GazetteerEntry], strict: bool) -> bool:
    """Whether a name is worth taking as a place: strict for words spaCy did not call a place."""
    if not candidates:
        return False
    best = candidates[0]
    if strict:
        regional_capital = best.kind == "city" and any(
            e.kind == "admin1" and e.match == MATCH_SHADOWED and e.country_code == best.country_code
            for e in candidates)
        # a foreign alternate spelling ("Hamas" for Hamm) needs a very large city behind it
        big_enough = best.population >= (STRICT_ALTERNATE_POPULATION if best.match == MATCH_ALTERNATE
                                         else STRICT_POPULATION)
        return best.kind in {"country", "admin1", "area", "continent", "facility"} or regional_capital or (
            best.match <= MATCH_ALTERNATE and big_enough) or best.feature == "PPLC" or (
            best.kind == "admin2" and best.match == MATCH_NAME)
    return not (best.match >= MATCH_ALTERNATE and best.population < 5_000 and best.kind == "city")


def _names_region(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether `span` and the region word after it name a first-level region ("the Vinnitsa region"): a name that
    spelt alone is only a town's alternate, too small to be taken on its own, is certain with it."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in REGION_WORDS:
        return False
    return any(e.kind == "admin1" for e in gazetteer.lookup(f"{span.text} {doc[span.end].text}"))


def _postal_only(candidates: list[GazetteerEntry], span: Span | None = None) -> bool:
    """Whether every reading of a name is a US hamlet only the ZIP codes know, or a village of Russia's border
    regions only the postal codes know, which most capitalised words spaCy does not call a place ("Dow believes",
    "House Minority Leader", "PRIDE coordinators") are not. A Russian village a strike or capture is aimed at
    ("shelled Nekhoteyevka"), or one set beside a place noun ("the last village in the Kursk region, Gornal"), is
    not only postal: the words say it is a place."""
    if span is not None and (span.start > 0 and span.doc[span.start - 1].lower_ in TARGETING_WORDS
                             or _apposed_to_place_noun(span)) \
            and all(is_postal_place(e, "RU") for e in candidates):
        return False
    return all(is_postal_place(e, "US") or is_postal_place(e, "RU") for e in candidates)


def _russian_villages_supported(mentions: list[Mention], doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Russia's postal villages (`is_postal_place`) are readings only in a text that names their region: the
    region itself ("the Kursk region", "Belgorod Oblast") or a city of 100,000 people or more in it ("Bryansk").
    "Ukrainian forces shelled Lyubimovka" beside a strike on Kursk is Kursk's village; a Ukrainian village under
    its Russian spelling, an English word or a surname in a text on anything else is not. A name left with no
    reading is dropped."""
    regions = set()
    for m in mentions:
        if not m.candidates or all(is_postal_place(e, "RU") for e in m.candidates):
            continue
        best = m.candidates[0]
        if best.kind == "admin1" or best.kind == "city" and best.population >= STRICT_POPULATION:
            regions.add((best.country_code, best.admin1_code))
        if m.span.end < len(doc) and doc[m.span.end].lower_ in REGION_WORDS:
            regions.update((e.country_code, e.admin1_code)
                           for e in gazetteer.lookup(f"{m.text} {doc[m.span.end].text}")[:1] if e.kind == "admin1")
    kept = []
    for m in mentions:
        if m.candidates and any(is_postal_place(e, "RU") for e in m.candidates):
            m.candidates = [e for e in m.candidates
                            if not is_postal_place(e, "RU") or (e.country_code, e.admin1_code) in regions]
            if not m.candidates:
                continue
        kept.append(m)
    return kept


def _names_a_district(span: Span) -> bool:
    """Whether the name heads a district word, past a bracketed other name: "the Jbeil (Byblos) district"."""
    doc, after = span.doc, span.end
    if after < len(doc) and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after:min(after + 5, len(doc))] if t.text == ")"), after)
    elif after < len(doc) and doc[after].text == ")" and span.start > 0 and doc[span.start - 1].text == "(":
        after += 1
    return after < len(doc) and doc[after].lower_ in SUBDIVISION_WORDS - {"village"}


def _lookup_name(span: Span, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The readings of a name the text gives. One heading a district word is the district's adjective, never a town of
    Russia that GeoNames spells with "-iy": "the Krasnogvardeysky district" is Crimea's, not Krasnogvardeyskiy."""
    return gazetteer.lookup(span.text, russian_spelling=not _names_a_district(span))


def _apposed_to_place_noun(span: Span) -> bool:
    """ "the village they held, Gornal", "in the Kursk region, Gornal": a name in apposition to a place noun."""
    return span.root.dep_ == "appos" and span.root.head.lower_ in APPOSED_PLACE_NOUNS


def _after_preposition(span: Span) -> bool:
    """"in Atalissa", "from Winside", "drove to Lanexa": a name right after a preposition."""
    return span.start > 0 and span.doc[span.start - 1].pos_ == "ADP"


def _names_front_sector(span: Span) -> bool:
    """ "the Svitlodarsk bulge", "the Novopavlivka direction": a town's name, which names its part of the front."""
    return FRONT_SECTOR_AFTER.match(doc_text(span.doc), span.end_char) is not None


def _is_person_like(span: Span) -> bool:
    if len(span) > 1:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return bool(before is not None and before.lower_.rstrip(".") in PERSON_TITLES)


def _inside_longer_name(span: Span) -> bool:
    """Whether capitalised words spaCy did not tag continue on either side of `span` ("Van" in "Van Dorn
    Street", "Man" in a title-case headline): then a town's name is probably part of something else."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.is_alpha and after.text[:1].isupper() and after.lower_ not in REGION_WORDS:
        return True
    # "- Near Chasiv Yar, troops ...": a capitalised preposition opening the sentence after a dateline opens no name
    return bool(before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start
                and before.lower_ not in EVENT_PREPOSITIONS)


def _title_case(sentence: Span) -> bool:
    """Whether every longer word of a sentence opens with a capital, as in a headline ("Russia-Ukraine War: Live
    Updates"), where a country's name followed by a capitalised word is still the country."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _extended(span: Span | None, gazetteer: Gazetteer, taken: list[bool]) -> Span | None:
    """An entity spaCy cut short of a longer name the gazetteer knows: "Cherkaska" + "Lozova", "Zaporizhzhia" +
    "nuclear power plant"."""
    if span is None:
        return None
    doc = span.doc
    # "ST. PAUL --", "South St. Paul man": spaCy leaves out the "St." it took for the end of a sentence (or
    # splits it into "ST" and ".")
    for start in (span.start - 1, span.start - 2):
        saint = doc[start:span.start] if start >= 0 else None
        # (the tagger may have taken a lone "ST" for a place of its own; alone, it names none)
        if saint is not None and saint.text.lower() in SAINT_WORDS \
                and gazetteer.lookup(doc[start:span.end].text):
            span = doc[start:span.end]
            break
    # "Mocímboa da Praia" tagged "Praia", "the Stanytsia Luhanska district" tagged "Luhanska": the words before
    # the entity that open with a capital make with it a name the gazetteer knows whole (`_reads_whole`; any small
    # linking word inside: "da", "de", "del")
    for extra in (3, 2, 1):
        start = span.start - extra
        # (not an article that opens a sentence: "The Kiev regime")
        if start < 0 or any(taken[t.i] or not t.is_alpha for t in doc[start:span.start]) \
                or not doc[start].text[:1].isupper() or doc[start].pos_ == "DET":
            continue
        longer = doc[start:span.end]
        candidates = gazetteer.lookup(longer.text)
        if candidates and candidates[0].kind == "city" and _reads_whole(candidates[0], extra, span, gazetteer):
            span = longer
            break
    for extra in (4, 3, 2, 1):
        end = span.end + extra
        if end > len(doc) or any(taken[t.i] or not (t.is_alpha or t.text == "-") for t in doc[span.end:end]):
            continue
        longer = doc[span.start:end]
        candidates = gazetteer.lookup(longer.text) if longer[-1].text != "-" else []
        # a name in capitals ("Cherkaska Lozova"), one hyphenated word ("Mazar-i-Sharif"), or a landmark's ("the
        # Zaporizhzhia nuclear power plant")
        if candidates and (all(t.text[:1].isupper() or t.text == "-" for t in doc[span.end:end])
                           or _hyphenated_word(longer) or candidates[0].kind == "facility"):
            return longer
    return span


def _reads_whole(whole: GazetteerEntry, extra: int, cut: Span, gazetteer: Gazetteer) -> bool:
    """Whether a town the words before a cut-short entity make with it is read whole: by its own name across two or
    more words ("Mocímboa da Praia"), or by any name where the cut part alone would be misread as another place
    ("Stanytsia Luhanska" cut to "Luhanska", read alone as Luhansk)."""
    if whole.match == MATCH_NAME and extra > 1:
        return True
    return whole.match <= MATCH_ALTERNATE and bool(gazetteer.lookup(cut.text))


def _end_at_open_bracket(doc: Doc, start: int, end: int) -> int:
    """Where the tokens `start` to `end` end if a bracket they open (after their first) and do not close ends the
    name: "Zernovo (Zernove in Ukrainian", "the Lugansk People's Republic (LPR"."""
    return next((t.i for t in doc[start + 1:end] if t.text == "(" and ")" not in doc[t.i:end].text), end)


def _hyphenated_word(span: Span) -> bool:
    """Whether `span` is one word joined by hyphens, with no space inside: "Mazar-i-Sharif", "Gulshan-e-Iqbal"."""
    return any(t.text == "-" for t in span) and not any(t.whitespace_ for t in span[:-1])


def _short_landmark(span: Span, gazetteer: Gazetteer, taken: list[bool]) \
        -> tuple[Span, list[GazetteerEntry]] | None:
    """A landmark named by its town and its kind alone ("the Zaporizhzhia plant", "the Kursk nuclear plant" for
    the Kursk Nuclear Power Plant, "the Engels base"): the landmark whose name starts with the town's and ends in
    that word, not the town (a nuclear plant may lie 50 km from the city it is named after)."""
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < 2 and doc[i].lower_ in FACILITY_MODIFIERS and not taken[i]:
        i += 1
    if i >= len(doc) or taken[i] or doc[i].lower_ not in FACILITY_WORDS | {"station"}:
        return None
    landmarks = gazetteer.landmarks_named_after(span.text, doc[i].text)
    return (doc[span.start:i + 1], landmarks) if len(landmarks) == 1 else None


def _district_town_reading(span: Span, candidates: list[GazetteerEntry], gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The town a district's adjective names (`_district_town`) where the gazetteer has no reading of the adjective
    itself, or only a variant respelling that the region the text puts the district in confirms: "the Morozovsky
    district of the Rostov region" is Morozovsk's, which the gazetteer also respells "Morozovskiy"."""
    if not candidates:
        return _district_town(span, gazetteer)
    if all(e.match >= MATCH_ALTERNATE for e in candidates):
        named = _district_town_named_in_text(span, gazetteer)
        if named:
            return named
    if any(e.match < MATCH_SHADOWED for e in candidates):
        return []
    regions = _regions_told_after_district(span, gazetteer)
    return [t for t in _district_town(span, gazetteer)
            if any(r.country_code == t.country_code and r.admin1_code == t.admin1_code for r in regions)]


def _district_adjective_stem(span: Span) -> str | None:
    """The stem of a one-word district adjective followed by "district" or "raion" ("Kirovskyi" -> "Kirov")."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].lower_ not in DISTRICT_WORDS:
        return None
    adjective = DISTRICT_ADJECTIVE.fullmatch(span.text)
    return adjective.group(1) if adjective else None


def _district_town_named_in_text(span: Span, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The town a district's adjective is named after where the text itself names that town, a Ukrainian or Russian
    adjectival name of the same stem ("the Kirovskyi district" in a story on Kirovske, "the Kirovsky district" in one
    on Kirovskoye), over a district of that name elsewhere the gazetteer knows only by a former name."""
    stem = _district_adjective_stem(span)
    if stem is None:
        return []
    text = doc_text(span.doc)
    for ending in DISTRICT_TOWN_ENDINGS:
        town = stem + ending
        if re.search(rf"\b{re.escape(town)}\b", text):
            return [e for e in gazetteer.lookup(town) if e.kind == "city"]
    return []


def _regions_told_after_district(span: Span, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The readings of the region in "<span> district of the Y region" (or "in Y oblast")."""
    doc, i = span.doc, span.end + 1
    if i >= len(doc) or doc[i].lower_ not in {"of", "in"}:
        return []
    i += 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else 1
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in REGION_WORDS:
        return []
    return [e for e in gazetteer.lookup(doc[i].text) if e.kind == "admin1"]


def _district_town(span: Span, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The town a Russian or Ukrainian district is named after, from the district's adjective: "the Ostrogozhsky
    district" (Ostrogozhsk), "Pokrovskyi raion" (Pokrovsk), "Belgorodsky district" (Belgorod), "Shebekinsky
    district" (Shebekino)."""
    stem = _district_adjective_stem(span)
    if stem is None:
        return []
    # by a current name only: Gatchina was once Krasnogvardeysk, but the "Krasnogvardeysky district" is Crimea's;
    # nor a generic Soviet village name ("Krasnogvardeyskoye", "Sovetskoye"), which a dozen villages share
    for ending in ("sk", "", "o", "a", "e"):
        towns = [e for e in gazetteer.lookup(stem + ending) if e.kind == "city" and e.match <= MATCH_COMMON]
        if towns:
            return towns
    return []


def _urban_part_word_after(span: Span, words: set[str] = URBAN_PART_WORDS | RAION_WORDS) -> bool:
    """Whether a word of `words` follows the span: "Sviatoshynskyi district", "Podilskyi raion"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in words


def _owning_city(span: Span, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The city whose district `span` names: "Kyiv's Sviatoshynskyi district", "the Kadikoy district of Istanbul"."""
    doc = span.doc
    if not _urban_part_word_after(span):
        return None
    names = []
    if span.start >= 2 and doc[span.start - 1].lower_ in {"'s", "’s"}:
        names.append(doc[span.start - 2].text)
    # not "the Kremenchuk district of Poltava region": a district of a region is the region's, named after its town;
    # nor "the Kupwara district of Jammu and Kashmir", a region whose name starts with a city's
    after = _past_city_description(doc, span.end + 2)
    if after < len(doc) and doc[span.end + 1].lower_ == "of" and not (
            after + 1 < len(doc) and doc[after + 1].lower_ in REGION_WORDS) \
            and not (after + 2 < len(doc) and doc[after + 1].lower_ == "and"
                     and gazetteer.lookup(doc[after:after + 3].text)):
        names += [doc[after:after + 2].text, doc[after].text]
    for name in names:
        entries = gazetteer.lookup(name)
        # a big city under an older spelling ("Kiev") too
        cities = [e for e in entries if e.kind == "city" and e.match <= MATCH_ALTERNATE
                  and e.population >= DISTRICTED_CITY_POPULATION]
        if cities and name[:1].isupper() and not _names_region_better(entries, cities[0]):
            return cities[0]
    return None


def _names_region_better(entries: list[GazetteerEntry], city: GazetteerEntry) -> bool:
    """Whether the name is a region's own name and the city's only another spelling of it: "Bihar's Saran
    district" names the state Bihar, not the city Bihar Sharif."""
    return any(e.kind in {"admin1", "area"} and e.match < city.match for e in entries)


def _past_city_description(doc: Doc, i: int) -> int:
    """The token after a description that names a city by its role ("the Ukrainian capital, Kiev"), else `i`."""
    for end in range(i + 1, min(i + 5, len(doc) - 1)):
        if doc[end].lower_ in CITY_ROLE_WORDS and doc[end + 1].text == "," and doc[i].lower_ == "the":
            return end + 2
    return i


def _demonym_before_noun(span: Span, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The country of a lone demonym the tagger left untagged that qualifies the words after it ("Somali Islamist
    militants", "Somali pirates"): a nationality, not the region of the same name, unless a region word follows
    ("the Somali region")."""
    if len(span) != 1 or span.end >= len(span.doc):
        return None
    token, after = span[0], span.doc[span.end]
    if token.dep_ not in {"amod", "compound", "nmod"} or token.head.i <= token.i \
            or not after.is_alpha or after.lower_ in REGION_WORDS | SUBDIVISION_WORDS:
        return None
    return gazetteer.demonym_country(span.text)


def _city_district(span: Span, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """A district named as part of a city: its own reading within the city when the gazetteer has one, under
    this spelling or as the place its adjective is named after ("Sviatoshynskyi" -> Sviatoshyn), else the city."""
    city = _owning_city(span, gazetteer)
    if city is None:
        return []
    adjective = DISTRICT_ADJECTIVE.fullmatch(span.text)
    names = [span.text] + ([adjective.group(1) + ending for ending in ("", "sk", "o", "a", "e")] if adjective else [])
    for name in names:
        inside = [e for e in gazetteer.lookup(name) if e.kind == "city" and e.id != city.id
                  and haversine_km(e.lat, e.lon, city.lat, city.lon) <= URBAN_PART_KM]
        if inside:
            return inside
    return [city]


def _as_city_districts(found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names inside a place phrase spaCy called an organisation ("Kherson's Dniprovskyi district"), a city's
    district read as part of that city rather than as a namesake elsewhere."""
    for m in found:
        m.candidates = _city_district(m.span, gazetteer) or m.candidates
    return found


def _streets(doc: Doc) -> list[Mention]:
    """Streets and roads named in the text, unless inside an organisation's name ("Wall Street Journal")."""
    found = []
    for match in STREET.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        while span is not None and len(span) > 1 and (span[0].is_stop or span[0].is_punct):
            span = span[1:]  # "In Main Street", "The Old Road": a capitalised word that names nothing
        if span is None or len(span) < 2:
            continue
        if any(ent.start_char <= span.start_char and span.end_char <= ent.end_char and len(ent) > len(span)
               for ent in _name_entities(doc)):
            continue
        found.append(Mention(span.start_char, span.end_char, span.text, STREET_LABEL, span, []))
    return found


def _proper_word(doc: Doc, i: int) -> bool:
    """Whether the word at `i` may start a name: a proper noun, or a word the tagger took for an adjective that
    heads a region word ("western Aleppo province")."""
    token = doc[i]
    return token.pos_ == "PROPN" or (token.pos_ == "ADJ" and i + 1 < len(doc) and doc[i + 1].lower_ in REGION_WORDS)


def _capitalised_common_noun(doc: Doc, i: int) -> bool:
    """ "- Marhanets was shelled": a capitalised word inside a sentence that the tagger took for a common noun (a
    plural, for its -s), which a place name may be; only doubtful, as a title-case headline's nouns are too."""
    token = doc[i]
    return token.pos_ == "NOUN" and not token.is_sent_start and token.is_alpha and token.text.istitle()


def _joined_by_nothing_or_and(first: Span, second: Span) -> bool:
    """Whether entity `second` follows `first` right away or after a lone "and" ("Trinidad and Tobago")."""
    gap = first.doc[first.end:second.start]
    return len(gap) == 0 or len(gap) == 1 and gap[0].lower_ == "and"


def _names_nothing_alone(first: Span, gazetteer: Gazetteer) -> bool:
    """Whether the first part of a name the tagger cut in two is a plain capitalised word that names no place,
    people or direction ("Short" of "the Short Strand"): the whole is one name the gazetteer does not know."""
    return len(first) == 1 and first[0].is_title and first.label_ in {"GPE", "LOC", "FAC"} \
        and first[0].lower_ not in DIRECTION_WORDS and not gazetteer.lookup(first.text) \
        and gazetteer.demonym_country(first.text) is None


def _find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = _streets(doc)
    doubtful: list[Mention] = []  # names accepted only if the document uses them as places elsewhere
    repeats: list[Mention] = []  # small places by another spelling, accepted only if accepted elsewhere
    taken = [False] * len(doc)
    for m in mentions:
        for token in m.span:
            taken[token.i] = True
    ents = list(doc.ents)
    for first, second in zip(ents, ents[1:], strict=False):
        # "Krivoy" (GPE) + "Rog" (PERSON), "Jammu" + "and" + "Kashmir": one name the tagger cut in two
        if _joined_by_nothing_or_and(first, second) and not any(taken[t.i] for t in (*first, *second)):
            joined = doc[first.start:second.end]
            candidates = gazetteer.lookup(joined.text)
            if candidates and _plausible(candidates, strict=True) and candidates[0].match != MATCH_SHADOWED:
                mentions.append(Mention(joined.start_char, joined.end_char, joined.text, "GAZ", joined, candidates))
                for token in joined:
                    taken[token.i] = True
            elif not candidates and first.end == second.start and _names_nothing_alone(first, gazetteer):
                for token in joined:  # "the Short Strand area": an unknown name, not a "Strand" of its own
                    taken[token.i] = True
    for ent in ents:
        if any(taken[token.i] for token in ent):
            continue
        if ent.label_ in TIME_LABELS:
            # "an attack on Kyiv overnight" tagged TIME as a whole: its other words stay for the word scan
            for token in ent:
                taken[token.i] = not (token.pos_ == "PROPN" and token.lower_ not in CALENDAR_WORDS)
            continue
        span = _extended(_without_district_word(_without_opening_preposition(_trim(ent), gazetteer), gazetteer),
                         gazetteer, taken)
        for token in (*ent, *(span or ())):
            taken[token.i] = True
        if span is None or sum(ch.isalpha() for ch in span.text) < 2 or span.text.lower() in GENERIC_WORDS \
                or not (span.text[:1].isupper() or ARTICLE_PREFIX.match(span.text)):
            continue
        demonym = gazetteer.demonym_country(span.text) if ent.label_ in {"NORP", "GPE"} else None
        if demonym is not None:
            mentions.append(Mention(span.start_char, span.end_char, span.text, DEMONYM, span, [demonym]))
            continue
        candidates = _lookup_name(span, gazetteer)
        district_town = _city_district(span, gazetteer) or _district_town_reading(span, candidates, gazetteer)
        if district_town:
            mentions.append(Mention(span.start_char, span.end_char, span.text, "GAZ", span, district_town))
            continue
        landmark = None if candidates and candidates[0].kind == "facility" else _short_landmark(span, gazetteer, taken)
        if landmark is not None:
            span, landmarks = landmark
            for token in span:
                taken[token.i] = True
            mentions.append(Mention(span.start_char, span.end_char, span.text, "GAZ", span, landmarks))
            continue
        mention = Mention(span.start_char, span.end_char, span.text, ent.label_, span, candidates)
        if candidates and candidates[0].kind == "facility" and candidates[0].match <= MATCH_COMMON:
            mentions.append(mention)  # a landmark, whatever spaCy calls it ("Crocus City Hall" as an ORG)
        elif ent.label_ in {"GPE", "LOC"}:
            if not candidates and len(span) > 1 and span[-1].lower_ == "city":
                # "the Moscow City business district": a quarter named after its city, in that city
                mention.candidates = [e for e in gazetteer.lookup(span[:-1].text) if e.kind == "city"]
            direction = DIRECTION_PREFIX.match(span.text)
            if not candidates and direction and len(span) > 1:
                mention.candidates = [e for e in gazetteer.lookup(span.text[direction.end():])
                                      if e.kind in {"country", "admin1", "area"}
                                      or e.kind == "city" and e.population >= STRICT_POPULATION]
            if _plausible(mention.candidates, strict=False):
                mentions.append(mention)
            elif mention.candidates and (PLACE_OF.search(doc[max(0, span.start - 2):span.start].text.lower()) or (
                    span.end < len(doc) and doc[span.end].lower_ in SUBDIVISION_WORDS)
                    or NEAR_BEFORE.search(doc_text(doc), max(0, span.start_char - 40), span.start_char)
                    or _after_preposition(span)):
                # "the village of Viroliubivka", "in Musakhel district", "near Trokhizbenka", "killed two in
                # Trokhizbenka": a hamlet under another spelling, or a district named after its small main town
                doubtful.append(mention)
            elif mention.candidates:
                repeats.append(mention)
        elif ent.label_ == "FAC":  # a facility is only a gazetteer place when the gazetteer is sure
            sure = _plausible(candidates, strict=True) and (
                candidates[0].match == MATCH_NAME or len(span) > 1 and _region_by_common_name(candidates[0]))
            if not sure:
                inside = _places_inside(span, gazetteer, label="GAZ") if len(span) > 1 else []
                if inside:  # "the Cottonport Fire Station", "Athens Regional Park"
                    mentions.extend(inside)
                    continue
                before = doc[max(0, span.start - 2):span.start].text.lower()
                if _town_name(span, candidates) and (PLACE_OF.search(before) or _told_as_struck(span)
                                                     or SETTLEMENT_APPOSITION.match(doc_text(doc), span.end_char)):
                    # "the town of Vuhledar", "the neighbourhood of Petion-Ville", "between Kurakhove and
                    # Vuhledar", "Zalizne, a village on the outskirts of Toretsk" tagged as a facility
                    doubtful.append(mention)
                    continue
                if _facility_tagged_town(span, candidates):
                    doubtful.append(mention)  # a place if the document names the town's country
                    continue
                mention.candidates = []
            mentions.append(mention)
        elif ent.label_ in MISLABELS and candidates and not {t.lower_ for t in span} & ORG_WORDS:
            # "the besieged city of el-Fasher", "Sudan's al-Fashir", "the Nikolayev region" tagged as an organisation,
            # a person or a nationality
            named_as_place = bool(PLACE_OF.search(doc[max(0, span.start - 2):span.start].text.lower())) \
                or _in_named_country(doc, span, candidates, gazetteer) or _names_a_district(span) \
                or _names_an_island(span) or _names_region(span, gazetteer)
            if ent.label_ == "PERSON" and _is_person_like(span) and not named_as_place:
                # "Sri Lanka", "Kryvyi Rih" tagged as a person: a place when the gazetteer is sure, or when the
                # document uses the name as a place elsewhere ("the city of Kryvyi Rih")
                if len(span) > 1 and not _is_person_like(span[:1]):
                    (mentions if _plausible(candidates, strict=True) else doubtful).append(mention)
                continue
            if named_as_place or _plausible(candidates, strict=True):
                mentions.append(mention)
            elif not _postal_only(candidates, span) or _after_preposition(span) or _names_front_sector(span):
                doubtful.append(mention)
        elif len(span) > 1 and (ent.label_ == "ORG" or ent.label_ in MISLABELS and _place_phrase(ent)):
            label = "GAZ" if _place_phrase(ent) else ORG_PART
            mentions.extend(_as_city_districts(_places_inside(span, gazetteer, label=label), gazetteer))
        elif ent.label_ in MISLABELS and len(span) > 1 and not candidates and _names_facility(span):
            # "the Rosneft Tuapse refinery" tagged as a product: the facility is in the town its name carries
            mentions.extend(_places_inside(span, gazetteer, label="GAZ"))
        elif ent.label_ in MISLABELS and not candidates and _coordinated_names(ent):
            for token in ent:  # "Kyiv and Kharkiv" tagged as one work of art: let the word scan read each name
                taken[token.i] = False
    mentions.extend(_datelines(doc, gazetteer, taken))
    # capitalised words spaCy left alone, longest gazetteer match first
    i = 0
    while i < len(doc):
        common_noun = _capitalised_common_noun(doc, i)
        if taken[i] or not ((_proper_word(doc, i) or common_noun) and doc[i].text[:1].isupper()):
            i += 1
            continue
        for length in range(1 if common_noun else min(4, len(doc) - i), 0, -1):
            span = doc[i:i + length]
            if any(taken[t.i] for t in span):
                continue
            if not span[-1].text[:1].isupper():  # only a landmark ends in lower case: "the Kakhovka dam"
                landmark = gazetteer.lookup(span.text) if span[-1].is_alpha else []
                if landmark and landmark[0].kind == "facility":
                    mentions.append(Mention(span.start_char, span.end_char, span.text, "GAZ", span, landmark))
                    for token in span:
                        taken[token.i] = True
                    i += length - 1
                    break
                continue
            if span.text.lower() in GENERIC_WORDS | CALENDAR_WORDS or span.text.lower().rstrip(".") in PERSON_TITLES \
                    or sum(ch.isalpha() for ch in span.text) < 2:
                continue  # "a brief Eid ceasefire": a holiday the tagger left untagged is no place (Norway's Eid)
            demonym = _demonym_before_noun(span, gazetteer)
            if demonym is not None:
                mentions.append(Mention(span.start_char, span.end_char, span.text, DEMONYM, span, [demonym]))
                taken[i] = True
                break
            candidates = _lookup_name(span, gazetteer)
            district_town = _city_district(span, gazetteer) or _district_town_reading(span, candidates, gazetteer)
            if district_town:
                mentions.append(Mention(span.start_char, span.end_char, span.text, "GAZ", span, district_town))
                taken[i] = True
                break
            # "the Port of Spain General Hospital": a country's name inside a longer name is no more that
            # country than a town's is that town
            if not candidates or (candidates[0].kind == "city" and _inside_longer_name(span)) or (
                    candidates[0].kind == "country" and _inside_longer_name(span) and not _title_case(span.sent)):
                continue
            mention = Mention(span.start_char, span.end_char, span.text, "GAZ", span, candidates)
            # "Man arrested after crash": a sentence's first word is capitalised whatever it is, so a lone word
            # there that the tagger did not call a place, and not a big city's name, is one only if
            # the document uses it as one elsewhere
            opening_word = length == 1 and span[0].is_sent_start and candidates[0].kind == "city" \
                and candidates[0].population < STRICT_ALTERNATE_POPULATION
            if common_noun:
                doubtful.append(mention)
            elif _names_region(span, gazetteer) or _names_an_island(span) and _plausible(candidates, strict=False) \
                    or (_plausible(candidates, strict=True) and not opening_word):
                mentions.append(mention)
            elif not _postal_only(candidates, span) or _after_preposition(span):
                doubtful.append(mention)
            for token in span:
                taken[token.i] = True
            i += length - 1
            break
        i += 1
    # a doubtful name is a place when the document uses it as one elsewhere, when it follows a locative
    # word ("near Djibo", "the shelling of Debaltsevo") and can be a place in a country the document names, or
    # when it can be a town in a region the document names ("recaptured Sudzha ... in the Kursk region")
    # "LUGANSK, May 12. /TASS/.": a dateline spaCy tagged as an organisation is still a dateline
    dateline_starts = _dateline_starts(doc_text(doc))
    for m in doubtful:
        if m.start in dateline_starts and m.span.end_char == m.end:
            m.label = "DATELINE"
            mentions.append(m)
    doubtful = [m for m in doubtful if m.label != "DATELINE"]
    place_names = {name_key(m.text) for m in mentions if m.label in PLACE_LABELS | {"GAZ", "DATELINE"}}
    countries = {m.candidates[0].country_code for m in mentions if m.candidates}
    regions = {(e.country_code, e.admin1_code) for m in mentions if m.candidates and m.label != ORG_PART
               for e in m.candidates[:1] if e.kind == "admin1"}
    regions |= {(e.country_code, e.admin1_code) for m in mentions  # "the Kursk region", before it is extended
                if m.span.end < len(doc) and doc[m.span.end].lower_ in REGION_WORDS
                for e in gazetteer.lookup(f"{m.text} {doc[m.span.end].text}")[:1] if e.kind == "admin1"}
    regions |= _regions_of_officials(doc_text(doc), gazetteer)
    accepted_names: set[str] = set()
    for m in doubtful:
        before = doc[max(0, m.span.start - 2):m.span.start].text.lower()
        # "the al-Mawasi area west of Khan Younis": a bearing from a place is locative too
        locative = bool(before) and (before.split()[-1] in LOCATIVE_WORDS | TARGETING_WORDS | VISITING_WORDS
                                     or bool(PLACE_OF.search(before) or REGION_OF.search(before)
                                             or HELD_BEFORE.search(before))
                                     or _part_of_town_before(before)
                                     or bool(NEAR_BEFORE.search(doc_text(doc)[max(0, m.start - 40):m.start])))
        locative = locative or _told_as_struck(m.span)
        facility_town = _names_facility(m.span)
        described = TOWN_APPOSITION.match(doc_text(doc), m.end) is not None
        settlement = SETTLEMENT_AFTER.match(doc_text(doc), m.end) is not None
        # only a town that size: a smaller namesake may be a quarter ("residents of Jacarezinho", a favela) or a
        # region's byname ("a Kuban resident")
        residents = m.candidates[0].population >= VILLAGE_MAX_POPULATION and (
            RESIDENT_OF.search(before) is not None or RESIDENTS_AFTER.match(doc_text(doc), m.end) is not None)
        in_named_country = any(e.country_code in countries for e in m.candidates)
        if name_key(m.text) in place_names or described or _town_of_next_region(m, mentions) or (
                (locative or facility_town or settlement or residents or _names_front_sector(m.span))
                and in_named_country) or any(e.kind == "city" and (e.country_code, e.admin1_code) in regions
                                             for e in m.candidates[:3]):
            mentions.append(m)
            accepted_names.add(name_key(m.text))
    # one sense per report: "Beryslav" used once as a place ("the centre of Beryslav") is one in its other uses
    mentions.extend(m for m in doubtful if m not in mentions and name_key(m.text) in accepted_names)
    # ... and in a headline that names it without a cue ("Army shells Ivanopillia")
    mentions.extend(m for m in repeats if name_key(m.text) in accepted_names | place_names)
    # "the Dnipro river": a river named after (or like) a town is not the town; "Magura V5 drones" a product
    mentions = [m for m in mentions if m.span.end >= len(doc) or not (doc[m.span.end].lower_ in WATER_WORDS or (
        m.label != STREET_LABEL and MODEL_CODE.fullmatch(doc[m.span.end].text)))]
    # "across the Dnipro", "the left bank of the Dnieper": a town's name with an article of its own is the river
    mentions = [m for m in mentions if not _river_by_article(m)]
    mentions = [m for m in mentions if not OUTLET_BEFORE.search(doc_text(doc)[max(0, m.start - 30):m.start])]
    mentions = [read for m in mentions if (read := _as_part_of_longer_name(m)) is not None]
    # a surname of someone the document names ("John Ripley ... Ripley said") is not a place, unless spaCy
    # calls it one and it names a country or region ("Egypt", after a headline tagged "Rethinking Egypt")
    # (a dateline in capitals that the tagger calls a person, "KHARTOUM NORTH / BAHRI -", names no one)
    # (nor does a "person" the gazetteer read as a whole place: "Novaya Kakhovka" leaves "Kakhovka" a town)
    read_as_places = {(m.start, m.end) for m in mentions if m.candidates}
    people = [ent for ent in doc.ents if (ent.label_ == "PERSON" or _initialled_name(ent)) and len(ent) > 1
              and not ent.text.isupper() and (ent.start_char, ent.end_char) not in read_as_places
              and not _opens_with_preposition(ent) and not _desk_sign_off(ent)]
    surnames = {name_key(ent[-1].text) for ent in people} | _first_names(people, doc)
    # ... but a name the text itself calls a town ("shelled the town of Borova"), whatever longer name the
    # tagger took for a person's ("Novaya Borova")
    surnames -= {name_key(m.text) for m in mentions
                 if len(m.span) == 1 and PLACE_OF.search(doc[max(0, m.span.start - 2):m.span.start].text.lower())}
    mentions = [m for m in mentions if len(m.span) > 1 or name_key(m.text) not in surnames
                or (m.label in {"GPE", "LOC"} and m.candidates[0].kind in {"country", "admin1", "continent"})]
    mentions = [m for m in mentions if not _speaker(m) and not _time_zone(m) and not _institution_by_article(m)
                and not _vessel_name(m) and not _given_name(m)]
    mentions = _russian_villages_supported(mentions, doc, gazetteer)
    mentions.sort(key=lambda m: m.start)
    _read_districts_without_city(mentions, gazetteer)
    return mentions


def _regions_of_officials(text: str, gazetteer: Gazetteer) -> set[tuple[str | None, str | None]]:
    """The regions whose governor or regional authorities the text names ("Kharkiv Governor Oleh Syniehubov", "the
    Kherson regional administration"), however the tagger read the name: the region, not its namesake city."""
    return {(e.country_code, e.admin1_code) for match in REGION_OFFICIAL.finditer(text)
            for e in gazetteer.lookup(f"{match.group(1)} region")[:1] if e.kind == "admin1"}


INITIALLED_NAME = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+")
# what ends the name of a building or a site the tagger may take for a person's ("Manchester Arena")
NAMED_SITE_WORDS = SITE_WORDS | FACILITY_WORDS | {"arena", "hall", "station", "street", "road", "avenue", "palace",
                                                  "university", "college", "hospital", "school", "cathedral"}


def _opens_with_preposition(ent: Span) -> bool:
    """"Near Krasnohorivka, the enemy fired": a capitalised preposition the tagger took into a person's name
    opens a place phrase, and names no one."""
    return ent[0].lower_ in EVENT_PREPOSITIONS and ent[0].text[:1].isupper()


def _desk_sign_off(ent: Span) -> bool:
    """"Suspilne Kherson" closing a report or its source line, tagged as a person: an outlet and the town of its
    regional desk, no one's name, when the tagger reads that town as a place elsewhere in the report."""
    text = doc_text(ent.doc)
    line_end = text.find("\n", ent.end_char)
    closes_line = not text[ent.end_char:line_end if line_end >= 0 else len(text)].strip(" .")
    town = name_key(ent[-1].text)
    return closes_line and canonical_outlet(ent[:-1].text) is not None and any(
        other.label_ in {"GPE", "LOC"} and name_key(other.text) == town for other in ent.doc.ents)


def _initialled_name(ent: Span) -> bool:
    """"Tyrone K. Marsh" tagged as an organisation: a given name, a middle initial and a surname are a person's."""
    return INITIALLED_NAME.fullmatch(ent.text) is not None


def _first_names(people: list[Span], doc: Doc) -> set[str]:
    """First names of people the text names in full: used alone ("Kian Pirfalak ... seven people, including Kian")
    they are the person, as a surname is; not a name the tagger calls a place elsewhere, nor one heading a
    building's name it took for a person's ("Manchester Arena"), nor the town heading an official's title
    ("Pavlohrad Mayor Anatolii Vershyna")."""
    tagged_places = {name_key(ent.text) for ent in doc.ents if ent.label_ in {"GPE", "LOC", "FAC"}}
    return {name_key(ent[0].text) for ent in people if ent[0].lower_.rstrip(".") not in PERSON_TITLES
            and ent[1].lower_.rstrip(".") not in PERSON_TITLES
            and not any(t.lower_ in NAMED_SITE_WORDS for t in ent[1:])} - tagged_places


def _read_districts_without_city(mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """Districts named without their city: first as the district the text tied to a city before, then as one of
    the city the story named last."""
    _districts_named_again(mentions, gazetteer)
    _districts_of_story_city(mentions, gazetteer)
    _quarters_of_sentence_city(mentions)


def _districts_named_again(mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """A city's district named again without its city ("the Dniprovskyi district of Kherson ... the Dniprovskyi
    district was hit") is the same district, not a namesake elsewhere."""
    owned: dict[str, list[GazetteerEntry]] = {}
    for m in mentions:
        if not _urban_part_word_after(m.span):
            continue
        in_city = _city_district(m.span, gazetteer)
        if in_city:
            owned.setdefault(name_key(m.text), in_city)
        elif name_key(m.text) in owned:
            m.candidates = owned[name_key(m.text)]


def _districts_of_story_city(mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """A district named without its city is one of the city the story named last before it: the reading inside
    that city, smaller than it, where it has one ("the Kalininsky district" in a story on Horlivka filed from
    Donetsk, both cities having one; not the city itself, "HANGU: ... of Hangu district"), else, when its every
    reading is a district of another city ("the Kyivskyi district" in a story on Kharkiv: Poltava's, Donetsk's),
    or the text tells it as the city's own ("the city's Tsentralnyi district"), the city itself: its namesakes far
    off must not draw the city's own reading towards them. Not a district the text puts in a region ("the Korenevo
    district of the Kursk region" under a MOSCOW dateline): that is the region's district, named after its town, not
    a quarter of the city."""
    for m in mentions:
        if not _urban_part_word_after(m.span, URBAN_PART_WORDS) or not m.candidates \
                or _regions_told_after_district(m.span, gazetteer):
            continue
        # (a big city's known other spelling counts for the reading inside it: "Gorlovka" for Horlivka)
        spelt = _last_city_before(m, mentions, MATCH_ALTERNATE)
        inside = [e for e in m.candidates if spelt is not None and e.population < spelt.population
                  and haversine_km(e.lat, e.lon, spelt.lat, spelt.lon) <= URBAN_PART_KM]
        city = _last_city_before(m, mentions, MATCH_COMMON)
        if inside:
            m.candidates = inside
        elif city is not None and all(_district_of_region_seat(e, gazetteer) for e in m.candidates):
            m.candidates = [city]
        elif spelt is not None and _told_of_the_town(m):
            m.candidates = [spelt]


def _told_of_the_town(m: Mention) -> bool:
    """Whether the text tells the district as part of a town it refers back to: "the city's X district", "the X
    district of the city"."""
    text = doc_text(m.span.doc)
    return re.search(rf"(?i)\b{TOWN_ANAPHOR}['’]s\s+$", text[max(0, m.start - 40):m.start]) is not None \
        or re.match(rf"(?i)\s+(?:district|raion|neighbou?rhood|quarter)\s+of\s+{TOWN_ANAPHOR}\b",
                    text[m.end:m.end + 60]) is not None


def _last_city_before(m: Mention, mentions: list[Mention], loosest_match: int) -> GazetteerEntry | None:
    """The last reading, before the mention, of a city big enough to have districts, in a country of the mention's
    readings and matched no looser than `loosest_match`."""
    countries = {e.country_code for e in m.candidates}
    return next((c for other in sorted(mentions, key=lambda o: -o.start) if other.end <= m.start
                 for c in other.candidates if c.kind == "city" and c.match <= loosest_match
                 and c.population >= DISTRICTED_CITY_POPULATION and c.country_code in countries), None)


def _quarters_of_sentence_city(mentions: list[Mention]) -> None:
    """A quarter or commune named later in a sentence that names a city ("in Goma, in the Katindo quarter"), whose every
    reading lies in another country, is part of that city. Not a "district": one can be a province's, abroad."""
    for m in mentions:
        if not _urban_part_word_after(m.span, QUARTER_WORDS) or not m.candidates:
            continue
        countries = {e.country_code for e in m.candidates}
        city = next((c for other in sorted(mentions, key=lambda o: -o.start)
                     if other.end <= m.start and other.span.sent == m.span.sent
                     for c in other.candidates if c.kind == "city" and c.match <= MATCH_COMMON
                     and c.population >= DISTRICTED_CITY_POPULATION), None)
        if city is not None and city.country_code not in countries:
            m.candidates = [city]


def _district_of_region_seat(entry: GazetteerEntry, gazetteer: Gazetteer) -> bool:
    """Whether a town lies inside a bigger one that its region is named after: Kyivskyi, a district of Poltava;
    Dniprovskyi, a district of Kyiv, whose region is "Kyiv City"."""
    if entry.kind != "city" or entry.admin1 is None:
        return False
    seat_names = {entry.admin1, entry.admin1.removesuffix(" City")}
    return any(
        seat.kind == "city" and seat.id != entry.id and seat.population > entry.population
        and seat.country_code == entry.country_code and seat.admin1_code == entry.admin1_code
        and haversine_km(seat.lat, seat.lon, entry.lat, entry.lon) <= URBAN_PART_KM
        for name in seat_names for seat in gazetteer.lookup(name))


def told_as_district_of(text: str, district: dict, city: dict) -> bool:
    """Whether an event location (`locate_event`'s dict) is a district of a city located at the town level: another
    town the text tells with "district" after it ("the Kievsky district" beside Donetsk), within CITY_DISTRICT_KM
    and no more populous than the city."""
    place, city_place = district.get("place") or {}, city.get("place") or {}
    return city.get("geo_precision") == 1 and city_place.get("kind") == "city" \
        and district.get("geo_precision") == 2 and place.get("kind") == "city" \
        and place.get("geonameid") != city_place.get("geonameid") \
        and _told_as_district(text, place.get("end") or 0, URBAN_PART_AFTER) \
        and haversine_km(city["lat"], city["lon"], district["lat"], district["lon"]) <= CITY_DISTRICT_KM \
        and not _more_populous(district, city)


def _more_populous(a: dict, b: dict) -> bool:
    """Whether the town location `a` reads has more people than `b`'s: a part of a town is no bigger than the
    whole, so "the Shebekino district" beside the village of Novaya Tavolzhanka is the district around the town of
    Shebekino, not a quarter of the village."""
    populations = [_population_of(loc.get("place") or {}) for loc in (a, b)]
    return None not in populations and populations[0] > populations[1]


def _population_of(place: dict) -> int | None:
    return next((e.population for e in Gazetteer.load().lookup(place.get("name") or "")
                 if place.get("geonameid") is not None and e.geonameid == place.get("geonameid")), None)


# "the city", "the regional capital": a town named before, as in "the city's Fokinsky district"
TOWN_ANAPHOR = r"the\s+(?:(?:regional|provincial|port)\s+)?(?:city|town|capital)"


def names_district_of(texts: list[str], town: str) -> bool:
    """Whether the texts name a district as part of `town`: "Kyiv's Sviatoshynskyi district", "the Shevchenkivskyi
    district of Kyiv", or a district named in a sentence that opens on the town as its scene ("In Kyiv, the mayor
    said two blocks in the central Pecherskyi district were hit"), unless it tells another strike there."""
    return bool(town) and (_names_district_of_pattern(texts, re.escape(town)) or any(
        re.match(TOWN_SCENE_OPENING.format(town=re.escape(town)), text) and not ANOTHER_STRIKE.search(text)
        for text in texts))


def names_district_of_the_town(texts: list[str]) -> bool:
    """Whether the texts name a district as part of a town they refer back to: "the city's Fokinsky district", "a
    district of the capital"."""
    return _names_district_of_pattern(texts, TOWN_ANAPHOR)


# A sentence opening on a town as the scene of what it tells, and naming a district in it: "In Kyiv, ... in the
# central Pecherskyi district".
TOWN_SCENE_OPENING = r"(?i)\s*In\s+{town},[^.;]*\b(?:district|raion|borough|neighbou?rhood)\b"
# Words telling a strike apart from one told before it: "In Kyiv, a separate missile hit the X district".
ANOTHER_STRIKE = re.compile(r"(?i)\b(?:another|separate(?:ly)?|second|again)\b")


def _names_district_of_pattern(texts: list[str], name: str) -> bool:
    pattern = (rf"(?i)(?<!\w){name}['’]s\s+(?:[\w'’-]+\s+){{0,2}}(?:district|raion|borough|neighbou?rhood)\b"
               rf"|\b(?:district|raion|borough|neighbou?rhood)\s+(?:of|in)\s+(?:central\s+|southern\s+|northern\s+"
               rf"|eastern\s+|western\s+)?{name}(?!\w)")
    return any(re.search(pattern, text) for text in texts)


def _as_part_of_longer_name(m: Mention) -> Mention | None:
    """The name read as the first part of a longer one, if it is: a compound joined by a particle takes the
    readings of the whole ("Rostov" of "Rostov-on-Don"), or is no place when the gazetteer does not know the
    whole ("Gulshan-e-Iqbal park" is no town Gulshan); a landmark named after a saint or a person ("St Ann's
    Square", "St Thomas' Hospital", "St. Luke's Old Abbey") is not in the town of St Ann or St Thomas, nor a
    church's dedication ("Our Lady of Lourdes") in Lourdes; nor is the end of a longer Arabic
    name ("the Jabal al-Zawiya hills") the town it ends with, nor its first word ("the Ain al-Tineh camp") a place
    named so alone."""
    text = doc_text(m.span.doc)
    before = text[max(0, m.start - 40):m.start]
    if NAMED_LANDMARK_AFTER.match(text, m.end) or LONGER_NAME_BEFORE.search(before) or DEDICATION_BEFORE.search(before):
        return None
    if m.span[0].lower_ in SAINT_WORDS and SAINT_CHURCH_AFTER.match(text, m.end) \
            and not any(c.population >= SAINT_CITY_POPULATION for c in m.candidates):
        return None  # but "St. Petersburg's Kazan Cathedral" is in the city
    compound = COMPOUND_CONTINUES.match(text, m.end) or ARTICLE_NAME_CONTINUES.match(text, m.end)
    if compound is None:
        return m
    whole = [e for e in m.candidates if name_key(e.name) == name_key(m.text + compound.group())]
    return replace(m, candidates=whole) if whole else None


def _town_of_next_region(m: Mention, mentions: list[Mention]) -> bool:
    """ "Mykhailivka in Zaporizhzhia Oblast", "Krynky, Kherson region": a doubtful name that some town of the
    region named right after it bears, however small or spelt."""
    text = doc_text(m.span.doc)
    for n in mentions:
        if n.start > m.end and n.candidates and n.candidates[0].kind == "admin1" \
                and CONTAINER_GAP.fullmatch(text[m.end:n.start]):
            region = n.candidates[0]
            return any(e.kind == "city" and (e.country_code, e.admin1_code) == (region.country_code, region.admin1_code)
                       for e in m.candidates)
    return False


def _time_zone(m: Mention) -> bool:
    """ "Updated 6:48 PM EST", "at 14:00 GMT": a time zone's abbreviation after a clock time."""
    text = doc_text(m.span.doc)
    return m.text.lower() in TIME_ZONES and CLOCK_BEFORE.search(text[max(0, m.start - 20):m.start]) is not None


def _institution_by_article(m: Mention) -> bool:
    """ "the White House said", "the White House's envoy": a name of several words that the gazetteer knows only
    as small towns, with an article no town takes, that speaks, is an institution named like one (not "the Old
    City", "the Highland Park shooting", which name places)."""
    if len(m.span) < 2 or m.span.start == 0 or m.span.doc[m.span.start - 1].lower_ != "the" \
            or m.label in {DEMONYM, STREET_LABEL} or not INSTITUTION_AFTER.match(doc_text(m.span.doc), m.end):
        return False
    exact = [e for e in m.candidates if e.match <= MATCH_COMMON]
    return bool(exact) and all(e.kind == "city" and e.population < NAMESAKE_POPULATION
                               and not e.name.lower().startswith("the ") for e in exact)


def _river_by_article(m: Mention) -> bool:
    """ "the Dnipro" as a whole noun phrase ("across the Dnipro", not "the Dnipro region"): a town has no
    article, so the name is the river's (or another feature's) where the gazetteer only knows towns by it."""
    doc = m.span.doc
    if m.span.start == 0 or doc[m.span.start - 1].text != "the" or m.label in {DEMONYM, STREET_LABEL} \
            or len(m.span) > 1 or REGIONS_AFTER.match(doc_text(doc), m.end):
        return False  # "over the Bryansk, Kursk and Belgorod regions" lists regions
    after = doc[m.span.end] if m.span.end < len(doc) else None
    if after is not None and after.tag_ == "POS" and RIVER_PART.match(doc_text(doc), after.idx + len(after.text)):
        return bool(m.candidates)  # "the Dnipro's west bank" names the river whatever towns share its name
    if RIVER_PART_OF.search(doc_text(doc), max(0, m.start - 40), m.start):
        return bool(m.candidates)  # "the right bank of the Dnipro", "the mouth of the Danube"
    crossed = m.span.start > 1 and doc[m.span.start - 2].lower_ in CROSSING_WORDS and after is not None \
        and after.text == ","  # "pulled back across the Dnipro, though ..."
    if after is not None and not crossed and (
            after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "CCONJ"} or after.text in {"-", "–", ","}
            or after.tag_ == "POS"):
        return False  # "the Kyiv region", "the Kansas City, Kan., police", "the Oxford's society"
    return bool(m.candidates) and all(e.kind == "city" and not e.name.lower().startswith("the ")
                                      or e.match == MATCH_SHADOWED for e in m.candidates[:3])


def _vessel_name(m: Mention) -> bool:
    """ "The gunboats Berdyansk and Nikopol were handed over": a ship's name, not a place."""
    text = doc_text(m.span.doc)
    possessive = text[m.end:m.end + 2] in {"'s", "\u2019s"}  # "sank two boats, Ukraine's navy said"
    return not possessive and bool(VESSEL_NAMES_BEFORE.search(text[max(0, m.start - 80):m.start]))


def _given_name(m: Mention) -> bool:
    """ "An army dog named Kent died": the name of an animal or person, not a place."""
    return bool(GIVEN_NAME_BEFORE.search(doc_text(m.span.doc), max(0, m.start - 40), m.start))


def _speaker(m: Mention) -> bool:
    """A one-word town name that speaks ("Logan said", '"...," said Kristina.') names a person or company;
    countries, regions, capitals and large cities speak through their governments ("Moscow said")."""
    if len(m.span) > 1 or not m.candidates or m.label in {DEMONYM, STREET_LABEL}:
        return False
    before = m.span.doc[m.span.start - 1] if m.span.start > 0 else None
    if before is not None and (before.lower_ in LOCATIVE_WORDS or before.lower_ == "of"):
        return False  # "a 20-year-old from Brampton said", "a spokesman for the city of Sevierville said"
    text = doc_text(m.span.doc)
    speaks = bool(SPEAKER_AFTER.match(text, m.end)) or (
        bool(SPEAKER_BEFORE.search(text[max(0, m.start - 20):m.start])) and text[m.end:m.end + 1] in {".", ","})
    if not speaks:
        return False
    return not any(e.kind != "city" or e.feature == "PPLC" or e.population >= SPEAKER_MAX_POPULATION
                   for e in m.candidates[:3])


def _datelines(doc: Doc, gazetteer: Gazetteer, taken: list[bool]) -> list[Mention]:
    """A place in capitals opening a paragraph before a dash ("HUDSON -- ..."), which spaCy rarely tags."""
    found = []
    towns = [town for match in DATELINE.finditer(doc_text(doc)) for town in _dateline_towns(match)]
    for start, end in towns:
        span = doc.char_span(start, end)
        if span is None or any(taken[t.i] for t in span):
            continue
        candidates = gazetteer.lookup(span.text)
        if _plausible(candidates, strict=False):
            found.append(Mention(span.start_char, span.end_char, span.text, "DATELINE", span, candidates))
            for token in span:
                taken[token.i] = True
    return found


def _names_an_island(span: Span) -> bool:
    """"Basilan island", "the island of Basilan": the name is an island's, a place whatever its size."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ISLAND_WORDS or (
        span.start >= 2 and doc[span.start - 2].lower_ in ISLAND_WORDS and doc[span.start - 1].lower_ == "of")


def _place_phrase(ent: Span) -> bool:
    """An "organisation" spaCy made of a place phrase: "Hroza in Kharkiv Oblast", "Kherson's Dniprovskyi
    district", or a one-word name and what a headline says after it ("Bakhmut on Monday - governor")."""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return any(token.lower_ == "in" for token in ent[1:-1]) or (
        len(ent) > 2 and ent[1].lower_ in PLACE_PREPOSITIONS) or (
        URBAN_PART_WORDS & {ent[-1].lower_, after} and any(token.tag_ == "POS" for token in ent)) or (
        len(ent) > 1 and ent[-1].lower_ in ADMIN1_WORDS) or _names_facility(ent[:1]) or (
        LGA_AT_END.search(ent.text) is not None) or _town_comma_region(ent)


def _town_comma_region(ent: Span) -> bool:
    """"Tame, Arauca" tagged as one organisation: two lone names joined by a comma, a town and where it lies."""
    words = [t for t in ent if not t.is_space]
    return len(words) == 3 and words[1].text == "," \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (words[0], words[2]))


def _facility_tagged_town(span: Span, candidates: list[GazetteerEntry]) -> bool:
    """Whether a one-word name the tagger took for a facility, after "at" or "in", is a town of some size
    ("landed at Grand-Lahou"): a town of `TENTATIVE_TOWN_POPULATION` people or more by that very name."""
    best = candidates[0] if candidates else None
    return best is not None and best.kind == "city" and best.match == MATCH_NAME \
        and best.population >= TENTATIVE_TOWN_POPULATION and not any(t.whitespace_ for t in span[:-1]) \
        and span.start > 0 and span.doc[span.start - 1].lower_ in {"at", "in"}


def _town_name(span: Span, candidates: list[GazetteerEntry]) -> bool:
    """Whether a facility-tagged `span` may be the name of a town: one word the gazetteer knows ("Vuhledar"), or
    several that are a town's own full name ("Velyka Novosilka"), in any of its spellings ("Velikaya Novoselka",
    the Russian one), not a building's that only starts like one."""
    if not candidates:
        return False
    one_word = not any(t.whitespace_ for t in span[:-1])
    return one_word or candidates[0].kind == "city" and candidates[0].match <= MATCH_ALTERNATE


def _names_facility(span: Span) -> bool:
    """Whether `span` is followed by words that name an industrial or military facility ("Tuapse oil refinery",
    "Engels air base", "the Belaya airfield"): the facility is in the town it is named after."""
    return _facility_end(span) is not None


def _facility_end(span: Span) -> int | None:
    """Where the facility words after `span` end (a character offset), if they follow it."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 2 and doc[i].lower_ in FACILITY_MODIFIERS:
        i += 1
    if i < len(doc) and (doc[i].lower_ in PLACE_NAMED_FACILITY_WORDS
                         or span.end < i and doc[i].lower_ in FACILITY_WORDS):
        return doc[i].idx + len(doc[i].text)
    return None


def _site_end(span: Span) -> int | None:
    """Where a site word right after `span` ends ("Lakeview complex", "Palm Grove mall"), if one follows it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in SITE_WORDS:
        return doc[span.end].idx + len(doc[span.end].text)
    return None


def _in_named_country(doc: Doc, span: Span, candidates: list, gazetteer: Gazetteer) -> bool:
    """"Sudan's al-Fashir": a name right after its own country's possessive."""
    if span.start < 2 or doc[span.start - 1].lower_ not in {"'s", "’s"}:
        return False
    country = [e for e in gazetteer.lookup(doc[span.start - 2].text) if e.kind == "country"]
    return bool(country) and any(c.country_code == country[0].country_code for c in candidates)


def _without_small_namesakes(candidates: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """The readings of a first-level region's name inside an organisation's name that is no town's own
    institution ("the Iowa Farm Bureau", "the Ohio Army National Guard"): the region and anything as large, not
    the small namesake towns that the story's other towns nearby would otherwise pull it to."""
    return [e for e in candidates if e.kind != "city" and e.kind != "admin2" or e.population >= STRICT_POPULATION]


def _opens_shopping_site_name(span: Span, org: Span) -> bool:
    """ "the Allenby Premium Outlets", "Brixford Mall": a shopping site is named after the town it is in, whose
    name opens the site's."""
    opening = org.start + (org[0].lower_ == "the")
    return span.start == opening and span.end < org.end and org[-1].lower_ in SHOPPING_SITE_WORDS


def _facility_of_named_city(span: Span, org: Span, found: list[Mention]) -> bool:
    """ "Kiev's Boryspil airport", "Moscow's Vnukovo airport": a name between a city's possessive and a facility
    word is the town the city's facility lies in."""
    doc = span.doc
    after_city = span.start >= 2 and doc[span.start - 1].lower_ in {"'s", "’s"} \
        and any(m.span.end == span.start - 1 for m in found)
    return after_city and span.end < org.end and doc[span.end].lower_ in FACILITY_WORDS


def _places_inside(org: Span, gazetteer: Gazetteer, label: str = ORG_PART) -> list[Mention]:
    """Countries, regions and large cities named inside an organisation's name ("University of Kentucky",
    "Kharkiv regional administration"), and towns whose local institution it is ("Roselle Police"): they say
    where the organisation is."""
    found = []
    # "the Olympic Park in Krasnodar", "Independence Square in Kyiv": a public site whose town the text names
    # after it is named after something else
    placed_after = org.end + 1 < len(org.doc) and org.doc[org.end].lower_ in {"in", "at"}
    i = org.start
    while i < org.end:
        for length in range(min(3, org.end - i), 0, -1):
            span = org.doc[i:i + length]
            if not span.text[:1].isupper() or span.text.lower() in GENERIC_WORDS or span[-1].text == "-":
                continue  # (not "Kaduna-" of "the Kaduna-Zaria road": the name ends before the hyphen)
            candidates = gazetteer.lookup(span.text)
            # a town's own institutions ("Roselle Police Department", "Dublin City Council") name the town
            local = span.end < org.end and org.doc[span.end].lower_ in LOCAL_INSTITUTION_WORDS \
                or _names_facility(span) or _opens_shopping_site_name(span, org)
            if placed_after and span.end < org.end and org.doc[span.end].lower_ in PUBLIC_SITE_WORDS:
                continue
            # the X of a place phrase "X in Y" or "X, Y Oblast" spaCy took for a name ("Voznesensk in Mykolaiv
            # Oblast", "Merefa, Kharkiv Oblast") is a town
            local = local or label == "GAZ" and span.end < org.end and (
                org.doc[span.end].lower_ in PLACE_PREPOSITIONS
                or org.doc[span.end].text == "," and (org[-1].lower_ in ADMIN1_WORDS or _town_comma_region(org))
                or LGA_AFTER.match(doc_text(org.doc), span.end_char) is not None)
            local = local or _names_an_island(span) or _facility_of_named_city(span, org, found)
            if _plausible(candidates, strict=not local) and candidates[0].kind != "continent":
                if not local and candidates[0].kind == "admin1":
                    candidates = _without_small_namesakes(candidates)
                found.append(Mention(span.start_char, span.end_char, span.text, label, span, candidates))
            elif length > 1 and candidates and span[0].lower_ not in DIRECTION_WORDS and not _possessive(span) \
                    and _ends_in_place(span, gazetteer, strict=not local):
                # "the New Concord Reservoir", "the St. Paul Pioneer Press": the small town's longer name, not a
                # "Concord" or "Paul" of its own (but "North Arlington Neighbors" may be a part of Arlington)
                found.append(Mention(span.start_char, span.end_char, span.text, label, span, candidates))
            else:
                continue
            i += length - 1
            break
        i += 1
    return found


def _possessive(span: Span) -> bool:
    """ "St. Paul's" (a church, a hospital): a name followed by a possessive 's."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in {"'s", "’s"}


def _ends_in_place(span: Span, gazetteer: Gazetteer, strict: bool) -> bool:
    """Whether the last word or two of `span` would be read as a place of their own ("New [Concord]"); a name that
    only begins with one ("Victoria Park", "Michigan Center") is a site or institution named after it."""
    return any(part.text[:1].isupper() and part.text.lower() not in GENERIC_WORDS
               and _plausible(gazetteer.lookup(part.text), strict) for part in (span[1:], span[2:]) if len(part))


def _settlements_told_by_their_word(mentions: list[Mention], text: str) -> None:
    """ "Troops shelled Sagaing town", "bandits raided Katsina village": a name before the word for a settlement is
    the settlement of that name where it has a reading of that size (a village is small), not the region named
    alike; else it is the region the settlement lies in ("a coastal South Carolina town", "a Katsina village"), and
    never a city of another size. ("The Katsina village of X" is X, in that state.)"""
    for m in mentions:
        told = SETTLEMENT_WORD_AFTER.match(text, m.end)
        if told is None or m.label == DEMONYM:
            continue
        village = told.group(1) != "town"
        settlements = [e for e in m.candidates
                       if e.kind == "city" and (not village or e.population < VILLAGE_MAX_POPULATION)]
        m.candidates = settlements or [e for e in m.candidates if e.kind != "city"]


def _areas_holding_a_province(mentions: list[Mention], gazetteer: Gazetteer, text: str) -> None:
    """ "the Highlands province of Hela": the province is the name after "of", and the name before the word a wider
    area holding it, never a town or a district (unless what follows "of" is a country: "the Hodeidah province of
    Yemen" is the town's own province)."""
    for m in mentions:
        told = PROVINCE_OF_NAME_AFTER.match(text, m.end)
        if told is None or m.label == DEMONYM:
            continue
        if any(e.kind == "country" for e in gazetteer.lookup(told.group(1))):
            continue
        m.candidates = [e for e in m.candidates if e.kind not in {"city", "admin2", "facility"}]


def _extend_regions(mentions: list[Mention], gazetteer: Gazetteer, text: str) -> None:
    """ "Kherson region" / "Kherson Oblast" / "the region of Kherson": the mention means the region."""
    for m in mentions:
        after = re.match(r"\s+([A-Za-z]+)", text[m.end:m.end + 20])
        if after and after.group(1).lower() in REGION_WORDS:
            regions = [e for e in gazetteer.lookup(f"{m.text} {after.group(1)}") if e.kind == "admin1"]
            if not regions and after.group(1).lower() in ADMIN1_WORDS:
                regions = [e for e in m.candidates if e.kind == "admin1"]  # "Krasnodar Territory": the krai
            if regions:
                m.end += after.end()
                m.text = text[m.start:m.end]
                m.candidates = regions
                m.prefer_region = True
                continue
        before = text[max(0, m.start - 30):m.start].lower()
        if re.search(r"\b(region|province|oblast|governorate|state|department) of (the )?$", before) \
                or REGIONS_AFTER.match(text, m.end):
            m.prefer_region = True  # "the region of X", "the X and Y regions"
        region_word = re.search(r"\b(province|oblast|governorate|department) of $", before)
        region_noun = region_word.group(1) if region_word else None
        # "the central state of Puebla", "the Indian state of Punjab": a state told by its bearing or its country (a
        # bare "the state of X" may be how X fares)
        described_state = re.search(r"\b([\w-]+) state of $", before)
        if region_noun is None and described_state is not None and (
                described_state.group(1) in DIRECTION_WORDS or gazetteer.demonym_country(described_state.group(1))):
            region_noun = "state"
        if region_noun and not any(e.kind == "admin1" for e in m.candidates):
            # "the province of Lahj": the region the gazetteer knows only as "Lahj province"
            m.candidates = [e for e in gazetteer.lookup(f"{m.text} {region_noun}") if e.kind == "admin1"] \
                or m.candidates
        if region_noun and any(e.kind == "admin1" for e in m.candidates):
            # "the northern province of Kunduz", "the department of Cauca" is the region, however near its city
            # the other places lie
            m.candidates = [e for e in m.candidates if e.kind != "city"]


def _coordinated_lists(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Runs of names joined only by commas, "and" or "or", with at least one "and" or "or" ("Oregon and Washington",
    "New South Wales, Victoria and Queensland"); a lone comma is "X, Y", a town and what contains it."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    coordinated = False
    for m in mentions:
        gap = COORDINATION_GAP.fullmatch(text, run[-1].end, m.start) if run else None
        if gap is None:
            if coordinated:
                runs.append(run)
            run, coordinated = [m], False
            continue
        run.append(m)
        coordinated = coordinated or gap.group(1) is not None
    if coordinated:
        runs.append(run)
    return runs


def _regions_listed_with_regions(mentions: list[Mention], text: str) -> None:
    """Names listed with a name that is first a country's first-level region, each of which can be one of that
    country's regions, are its regions: "Montana and Wyoming" are two states, not Montana and a town of Ohio called
    Wyoming. (Not "Louisville, Ky., New Haven and Denver": towns and their states.) Each is listed: the comma after
    it parts it from the next region ("Khmelnytskyi, Rivne, Volyn and Odesa"), it is no town of that region."""
    for run in _coordinated_lists([m for m in mentions if m.label != DEMONYM], text):
        for country in {m.candidates[0].country_code for m in run if m.candidates and m.candidates[0].kind == "admin1"}:
            if all(_has_region_reading(m, country) for m in run):
                for m in run:
                    m.prefer_region = m.listed = True


def _has_region_reading(m: Mention, country: str | None) -> bool:
    return any(e.kind == "admin1" and e.country_code == country for e in m.candidates[:CONSIDERED_READINGS])


def _region_lists(mentions: list[Mention], doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """ "the Bryansk, Voronezh, Belgorod and Kursk regions", "the Belgorod and Kursk regions": every listed name is a
    region of its own (not the next name's town, "X, Y", nor the dateline's city of that name), including one the
    tagger missed."""
    text = doc_text(doc)
    added = []
    for match in REGION_LIST.finditer(text):
        if _lists_districts_of_a_town(match):
            continue
        kind, entry_kind = LIST_KINDS[match.group(1)]
        for name in re.finditer(_LIST_NAME, text[match.start():match.start(1)]):
            start, end = match.start() + name.start(), match.start() + name.end()
            regions = [e for e in gazetteer.lookup(f"{name.group()} {kind}") if e.kind == entry_kind]
            readings = regions or _district_towns(name.group(), kind, gazetteer)
            listed = [m for m in mentions if m.start < end and start < m.end]
            span = doc.char_span(start, end)
            if not listed and readings and span is not None:
                listed = [Mention(start, end, name.group(), "GAZ", span, readings)]
                added.extend(listed)
            for m in listed:
                m.listed = True
                if regions and m.start == start and m.end == end:
                    m.candidates, m.prefer_region = regions, True
                _place_in_region_after(m, match, mentions)
    return sorted(mentions + added, key=lambda m: m.start)


def _place_in_region_after(m: Mention, match: re.Match, mentions: list[Mention]) -> None:
    """ "Camden and Charlton counties in Georgia and Nassau and Baker counties in Florida": every name of a list
    lies in the state or country named right after it, not only in the context's."""
    gap = LIST_REGION_GAP.match(match.string, match.end())
    region = next((r for r in mentions if gap is not None and r.start == gap.end() and r.candidates
                   and r.candidates[0].kind in {"admin1", "country"}), None)
    if region is not None:
        m.container = region
        region.is_container = True


def _lists_districts_of_a_town(match: re.Match) -> bool:
    """ "the Kievsky and Kuibyshevsky districts of Donetsk": quarters of a city, which its own readings place (not
    "the Graivoron and Shebekino districts of the Belgorod region")."""
    return match.group(1) == "districts" and DISTRICTS_OF_TOWN.match(match.string, match.end()) is not None


def in_district_list(text: str, place: Place) -> bool:
    """Whether the place is one name of a list of districts ("the Graivoron and Shebekino districts"): a district
    named after its town, which sums up a wide area rather than telling the town."""
    return any(match.group(1) == "districts" and match.start() <= place.start < match.start(1)
               and not _lists_districts_of_a_town(match) for match in REGION_LIST.finditer(text))


def _district_towns(name: str, kind: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The towns a listed district the gazetteer lacks is named after: "the Graivoron and Shebekino districts"."""
    return [e for e in gazetteer.lookup(name) if e.kind == "city"] if kind == "district" else []


# "the settlements of Strelechya, Pylnaya, Borisovka and Pletenevka in the Kharkov Region", "the settlement of
# Progress in the Donetsk People's Republic", "attacks near Klishchiivka, Andriivka and Bakhmut in Donetsk Oblast":
# names of villages, every one of them in the region named after them
SETTLEMENT_LIST = re.compile(rf"\b(?:(?:settlements?|villages?|hamlets?|localities|locality)\s+of|near|around)\s+"
                             rf"({_LIST_NAME}(?:,\s+{_LIST_NAME})*(?:,?\s+(?:and|or)\s+{_LIST_NAME})?)"
                             r",?\s+(?:in|of)\s+(?:the\s+)?(?=[A-Z])")


def _region_readings(name: str, region: GazetteerEntry, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The towns and villages of `region` that `name` may be: for a Ukrainian region, under the Ukrainian
    respellings of a Russian spelling too ("Bogdanovka" in the Donetsk People's Republic is its Bohdanivka)."""
    if region.country_code == "UA":
        return gazetteer.ukrainian_readings(name, region.admin1_code)
    return [e for e in gazetteer.lookup(name) if e.kind == "city" and _contains(region, e)]


def _settlement_lists(mentions: list[Mention], doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """ "liberated the settlements of Strelechya, Pylnaya, Borisovka and Pletenevka in the Kharkov Region": every
    village of the list lies in the region (not only the last one, next to it), Borisovka is Kharkiv's Borysivka
    and not Russia's Borisovka in Belgorod, and a name the tagger missed (or did not believe) is a place when the
    region has a village of that name. Then a name the text puts in a Ukrainian region ("Progress in the Donetsk
    People's Republic") where the gazetteer has no place of that spelling is read under its Ukrainian spellings
    there (Prohres)."""
    text = doc_text(doc)
    added: list[Mention] = []
    for match in SETTLEMENT_LIST.finditer(text):
        region = next((m for m in mentions if m.start == match.end() and m.candidates), None)
        if region is None or region.candidates[0].kind != "admin1":
            continue
        area = region.candidates[0]
        for name in re.finditer(_LIST_NAME, match.group(1)):
            start, end = match.start(1) + name.start(), match.start(1) + name.end()
            members = [m for m in mentions if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in members):
                continue  # a longer name than the list's: not one of its villages
            span = doc.char_span(start, end)
            if not members and span is not None:
                readings = _region_readings(name.group(), area, gazetteer)
                if not readings:
                    continue
                members = [Mention(start, end, name.group(), "GAZ", span, readings)]
                added.extend(members)
            for m in members:
                m.container, m.is_container, m.listed = region, False, True
                region.is_container = True
    mentions = sorted(mentions + added, key=lambda m: m.start)
    for m in mentions:
        region = m.container.candidates[0] if m.container is not None and m.container.candidates else None
        if region is None or region.kind != "admin1" or region.country_code != "UA" or m.label == DEMONYM \
                or any(e.kind == "city" and _contains(region, e) for e in m.candidates) or not m.text[:1].isupper():
            continue
        readings = gazetteer.ukrainian_readings(m.text, region.admin1_code)
        if readings:
            # the name's other mentions ("Bogdanovka lies north-east of Chasov Yar") may be the same village
            for other in mentions:
                if name_key(other.text) == name_key(m.text) and other.label != DEMONYM:
                    known = {e.id for e in other.candidates}
                    other.candidates = [e for e in readings if e.id not in known] + other.candidates
    return mentions


def _add_readings_in_story_regions(mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """A Ukrainian village named only in a Russian spelling ("Grigorovka"), which the gazetteer gives to a few of
    its namesakes, may be one of the others: its Ukrainian respellings (Hryhorivka) in the regions the story's
    other places lie in (those it names, and those of its towns) join the readings, for context to choose. Not for
    a name the text places in another country ("Zhuravlevka in the Belgorod region")."""
    abroad = {name_key(m.text) for m in mentions if m.container is not None and m.container.candidates
              and m.container.candidates[0].country_code != "UA"}
    regions = list(dict.fromkeys(
        m.candidates[0].admin1_code for m in mentions
        if m.candidates and m.label != DEMONYM and m.candidates[0].country_code == "UA"
        and m.candidates[0].kind in {"admin1", "city"} and m.candidates[0].admin1_code))
    for m in mentions:
        if m.label in {DEMONYM, ORG_PART, STREET_LABEL} or name_key(m.text) in abroad \
                or not _russian_spelt_village(m):
            continue
        known = {e.id for e in m.candidates}
        for region in regions:
            m.candidates = m.candidates + [e for e in gazetteer.ukrainian_readings(m.text, region)
                                           if e.id not in known]
            known |= {e.id for e in m.candidates}


def _add_russian_readings_in_story_regions(mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """A Soviet-era adjectival name that places answer to only as former names ("Proletarsky", since renamed in
    Ukraine), in a story that names a region of Russia ("a drone hit a car in Proletarsky ... in the Belgorod
    Region"), may be that region's town of the name: its readings there (GeoNames' "-iy" spelling) join the others,
    for context to choose."""
    regions = list(dict.fromkeys(
        m.candidates[0].admin1_code for m in mentions
        if m.candidates and m.label != DEMONYM and m.candidates[0].country_code == "RU"
        and m.candidates[0].kind == "admin1" and m.candidates[0].admin1_code))
    for m in mentions:
        if not regions or m.label in {DEMONYM, ORG_PART, STREET_LABEL} or not _only_a_former_name(m) \
                or _names_a_district(m.span):  # "the Leninsky district of Donetsk" keeps to Ukraine
            continue
        known = {e.id for e in m.candidates}
        m.candidates = m.candidates + [e for region in regions for e in gazetteer.russian_readings(m.text, region)
                                       if e.id not in known]


def _only_a_former_name(m: Mention) -> bool:
    """Whether the name has readings and every one is a town it names only as an alternate (former) name."""
    return bool(m.candidates) and all(e.kind == "city" and e.match >= MATCH_ALTERNATE for e in m.candidates)


def _unknown_settlements_in_story_regions(mentions: list[Mention], doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """ "the village of Granitne" in a story on the Donetsk region: a settlement named as such that the gazetteer
    knows under no spelling is read under its Ukrainian respellings (Hranitne) in the Ukrainian regions the
    story's other places lie in; its other mentions ("GRANITNE (Ukraine)") are that place too."""
    regions = list(dict.fromkeys(
        m.candidates[0].admin1_code for m in mentions
        if m.candidates and m.label != DEMONYM and m.candidates[0].country_code == "UA"
        and m.candidates[0].kind in {"admin1", "city"} and m.candidates[0].admin1_code))
    text = doc_text(doc)
    for match in SETTLEMENT_NAMED.finditer(text):
        name = match.group(1)
        if any(m.start <= match.start(1) < m.end and m.candidates for m in mentions) or gazetteer.lookup(name):
            continue
        readings = [e for region in regions for e in gazetteer.ukrainian_readings(name, region)]
        if readings:
            mentions = _read_every_occurrence_as(name, readings, mentions, doc)
    return sorted(mentions, key=lambda m: m.start)


def _unknown_towns_in_named_countries(mentions: list[Mention], doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """ "the town of Atareb in northern Syria": a settlement named as such that the gazetteer knows under no
    spelling is read as a town of a country its sentence names, however small, whose name it spells another way
    (`Gazetteer.variant_readings`: Al Atarib); its other mentions are that town too."""
    text = doc_text(doc)
    for match in SETTLEMENT_NAMED.finditer(text):
        name = match.group(1)
        if any(m.start <= match.start(1) < m.end and m.candidates for m in mentions) or gazetteer.lookup(name):
            continue
        token = token_at(doc, match.start(1))
        if token is None:
            continue
        sentence = token.sent
        countries = dict.fromkeys(
            m.candidates[0].country_code for m in mentions
            if sentence.start_char <= m.start < sentence.end_char and m.label != DEMONYM and m.candidates
            and m.candidates[0].kind in {"country", "admin1"} and m.candidates[0].country_code)
        readings = [e for country in countries for e in gazetteer.variant_readings(name, country)]
        if readings:
            mentions = _read_every_occurrence_as(name, readings, mentions, doc)
    return sorted(mentions, key=lambda m: m.start)


def _read_every_occurrence_as(
    name: str, readings: list[GazetteerEntry], mentions: list[Mention], doc: Doc
) -> list[Mention]:
    """`mentions` with every occurrence of `name` in the text read as `readings`; a mention of it with no reading
    (a "facility" to the tagger) gives way, one with readings of its own stays."""
    for other in re.finditer(rf"\b{re.escape(name)}\b", doc_text(doc)):
        span = doc.char_span(other.start(), other.end())
        overlapping = [m for m in mentions if m.start < other.end() and other.start() < m.end]
        if span is not None and not any(m.candidates for m in overlapping):
            mentions = [m for m in mentions if all(m is not o for o in overlapping)]
            mentions.append(Mention(other.start(), other.end(), name, "GAZ", span, readings))
    return mentions


def _russian_spelt_village(m: Mention) -> bool:
    """Whether every reading of the name in Ukraine is a village known by it as an alternate name only."""
    ukrainian = [e for e in m.candidates if e.country_code == "UA"]
    return bool(ukrainian) and all(e.kind == "city" and e.match >= MATCH_ALTERNATE
                                   and e.population < VILLAGE_MAX_POPULATION for e in ukrainian)


def _link_containers(mentions: list[Mention], text: str) -> None:
    """ "Kharkiv, Ukraine", "Freedom Square in Kharkiv" and "the Kharkiv region village of X": link X to Y."""
    for index, (a, b) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if a.label != DEMONYM and (REGION_SETTLEMENT_GAP.fullmatch(text[a.end:b.start])
                                   or _possessor_of(a, b, text)) \
                or a.label == DEMONYM and b.label != DEMONYM and NATIONAL_SETTLEMENT_GAP.fullmatch(text[a.end:b.start]):
            b.container = a
            a.is_container = True
            continue
        # "the Belaya airfield in Irkutsk Oblast": the town of the facility is in Y
        facility_end = _facility_end(a.span) or _site_end(a.span) if a.end == a.span.end_char else None
        gap = text[facility_end if facility_end is not None and facility_end <= b.start else a.end:b.start]
        contained = CONTAINER_GAP.fullmatch(gap) or ISLAND_GAP.fullmatch(gap) and _names_an_island(b.span)
        if a.label != DEMONYM and b.label != DEMONYM and not (a.listed and b.listed) and contained \
                and not SPEAKER_CLAUSE_AFTER.match(text, b.end) and not OFFICER_TITLE_AFTER.match(text, b.end):
            a.container = b
            # the Y of a site the gazetteer does not know ("the Olympic Park in Krasnodar") is its town, not
            # necessarily a region
            b.is_container = b.is_container or bool(a.candidates)
            # "Desna in Ukraine's northern Chernihiv region": the region is the closer container
            c = mentions[index + 2] if index + 2 < len(mentions) else None
            if c is not None and c.label != DEMONYM and POSSESSIVE_GAP.fullmatch(text[b.end:c.start]):
                a.container = c
                c.is_container = True


def _possessor_of(a: Mention, b: Mention, text: str) -> bool:
    """ "Oregon's Jordan Valley", "Ukraine's northern Kharkiv region": the place in the possessive holds the one
    named after it, as "Jordan Valley, Oregon" does. A name the gazetteer lacks ("Sudan's Wad Alhilu camp") is left
    alone rather than placed at the whole country."""
    return b.label != DEMONYM and bool(b.candidates) and not a.listed \
        and POSSESSIVE_GAP.fullmatch(text[a.end:b.start]) is not None


# "X, south of Y", "X, a village 10 km north-west of Y", "X in the Donetsk region, east of Y", "X, on the
# south-western flank of Y"
# what may stand before Y's name: "the town of Y", "the embattled town of Y", "rebel-held Y", "occupied Y", "the
# ruined Y" (one or two describing words, not "the border with Y")
ANCHOR_PREFIX = r"(?:the\s+(?:[a-z][\w-]*\s+)?(?:city|town|village|port)\s+of\s+" \
                r"|the\s+(?:(?!(?:of|with|and|in)\b)[a-z][\w-]*\s+){1,2})?" \
                r"(?:[\w-]+-(?:held|controlled|occupied)\s+|occupied\s+)?"
BEARING_GAP = re.compile(r"[^.;:!?\n]{0,50}?\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                         r"(?:ern)?\s+(?:(?:flank|edge|outskirts|side|approaches)\s+)?of\s+" + ANCHOR_PREFIX + "$",
                         re.I)
# "X, a village near Y", "X, on the edge of rebel-held Y", "X, 20 km from Y": X lies by Y, whichever way
NEAR_TO_GAP = re.compile(r",?\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3})?(?:just\s+|some\s+|about\s+)?(?:"
                         r"near|outside|close to|next to|\d+\s*(?:km|kilometres|kilometers|miles)\s+"
                         r"(?:\(\d+\s*(?:km|miles)\)\s+)?(?:away\s+)?from|"
                         r"on the (?:[\w-]+\s+)?(?:flank|edge|outskirts|fringes?|approaches) of)"
                         r"\s+" + ANCHOR_PREFIX + "$", re.I)
# "X, in the Svitlodarsk bulge", "X, on the western flank of the Debaltseve salient": X lies by the town the stretch of
# front is named after (the name is then followed by FRONT_SECTOR_AFTER)
FRONT_SECTOR_GAP = re.compile(r",?\s+(?:in|on the (?:[\w-]+\s+)?(?:flank|edge|fringes?|tip) of)\s+the\s+$", re.I)
STATED_DISTANCE = re.compile(r"\b(\d{1,3}(?:,\d{3})*)\s*(km|kilomet(?:re|er)s?|miles?)\b", re.I)
MILE_KM = 1.609
FAR_WORD = re.compile(r"\b(?:far|deep)\b", re.I)
BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0, "southwest": 225.0,
            "west": 270.0, "northwest": 315.0}


def bearing_degrees(word: str) -> float:
    """Degrees from north of a compass word as written: "South-East" and "southeast" are 135."""
    return BEARINGS[word.lower().replace("-", "")]


def _link_bearings(mentions: list[Mention], text: str) -> None:
    """ "Andriivka in Donetsk region, south of Bakhmut": X lies south of Y; "Pisky, near Donetsk": X lies by Y."""
    for index, a in enumerate(mentions):
        for b in mentions[index + 1:index + 3]:
            if b.label == DEMONYM or _beyond_reach(text[a.end:b.start]):
                continue
            match = BEARING_GAP.fullmatch(text, a.end, b.start)
            if match is not None:
                a.bearing_from = (b, bearing_degrees(match.group(1)))
            elif NEAR_TO_GAP.fullmatch(text, a.end, b.start):
                a.bearing_from = (b, None)
            elif _in_front_sector_of(a, b, text):
                # a bulge or a direction is the country round its town: judged as told 0 km from it
                a.bearing_from, a.told_km = (b, None), 0.0
                break
            else:
                continue
            a.told_km = _told_km(text[a.end:b.start])
            break
    for index, a in enumerate(mentions):
        if a.bearing_from is None:
            _link_referred_anchor(a, mentions[:index][::-1], text)


def _in_front_sector_of(a: Mention, b: Mention, text: str) -> bool:
    """ "Sanzharivka, on the western flank of the Debaltseve bulge": X lies in the stretch of front named after Y."""
    return FRONT_SECTOR_GAP.fullmatch(text, a.end, b.start) is not None and _names_front_sector(b.span)


# "X, a village some 60 km from the city centre", "X, 30 km (19 miles) east of the capital": a distance told from
# a town the story named before, referred to ("the city", "the capital"), not named again
REFERRED_ANCHOR_GAP = re.compile(
    r",?\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3})?(?:just\s+|some\s+|about\s+|around\s+)?"
    r"(\d{1,3})\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\(\d+\s*(?:km|miles)\)\s+)?"
    r"(?:(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|(?:away\s+)?from)\s+"
    r"the\s+(?:(capital)|city|town)(?:(?:'s)?\s+(?:centre|center))?\b", re.I)
REFERRED_CITY_POPULATION = 100_000  # a town the text calls "the city" without naming it again is this big


def _link_referred_anchor(a: Mention, earlier: list[Mention], text: str) -> None:
    """ "X, a village some 60 km from the city centre": X lies that far from the city the story named last
    before it, in a country where X has a reading ("the capital": the capital it named last)."""
    match = REFERRED_ANCHOR_GAP.match(text, a.end)
    if match is None:
        return
    countries = {e.country_code for e in a.candidates[:CONSIDERED_READINGS]}
    anchor = next((b for b in earlier if b.candidates and b.label != DEMONYM
                   and _may_be_referred_city(b.candidates[0], countries, capital=match.group(3) is not None)), None)
    if anchor is not None:
        direction = match.group(2)
        a.bearing_from = (anchor, bearing_degrees(direction) if direction else None)
        a.told_km = _told_km(match.group(0))


def _may_be_referred_city(entry: GazetteerEntry, countries: set[str | None], capital: bool) -> bool:
    return entry.kind == "city" and entry.country_code in countries and (
        entry.feature == "PPLC" if capital else entry.population >= REFERRED_CITY_POPULATION)


# "X lies in the east of the Y region", "X, in the north-west of Y"
SIDE_OF_GAP = re.compile(r"(?:,|\s+(?:lies|is|sits))\s+in\s+the\s+(north|south|east|west)(?:-?(east|west))?(?:ern)?"
                         r"\s+(?:part\s+)?of\s+(?:the\s+)?", re.I)


def _link_sides(mentions: list[Mention], text: str) -> None:
    """ "Rozivka lies in the east of the Zaporizhzhia region": X lies on that side of Y."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        match = SIDE_OF_GAP.fullmatch(text, a.end, b.start)
        if match is not None and b.label != DEMONYM:
            a.side_of = (b, tuple(side.lower() for side in match.groups() if side))


def _beyond_reach(gap: str) -> bool:
    """Whether the gap between two names puts the first beyond the reach judged here: "Proletarsk, about 250
    kilometers east of Rostov", "X lies far north of Y"."""
    if FAR_WORD.search(gap):
        return True
    km = _told_km(gap)
    return km is not None and km > BEARING_MAX_KM


def _told_km(gap: str) -> float | None:
    """The distance the words between two names tell, in km: "about 250 kilometers east of" -> 250.0."""
    match = STATED_DISTANCE.search(gap)
    if match is None:
        return None
    return float(match.group(1).replace(",", "")) * (MILE_KM if match.group(2).lower().startswith("mile") else 1.0)


def _bearing_fit(m: Mention, entry: GazetteerEntry) -> float:
    """A bonus for a reading that lies the way the text says from the place it names ("south of Bakhmut"), or
    close to it ("near Bakhmut"), a penalty for one that lies the other way or far off; where the text tells how
    far ("60 km from Y"), the bonus is the larger the closer the reading lies to that distance. Within a few km the
    bearing is not judged: a village's point in the gazetteer is often its post office's, off its middle, and a
    reading so close lies as told as much as one further off that way ("north-west of Bakhmut": the village by the
    town, not a namesake 130 km west)."""
    if m.bearing_from is None or m.bearing_from[0].resolved is None:
        return 0.0
    anchor, bearing = m.bearing_from[0].resolved, m.bearing_from[1]
    distance = haversine_km(anchor.lat, anchor.lon, entry.lat, entry.lon)
    if bearing is None and m.told_km is None:
        return BEARING_WEIGHT if distance <= NEAR_TO_KM else -BEARING_WEIGHT if distance > NEAR_TO_MAX_KM else 0.0
    fit = BEARING_WEIGHT if m.told_km is None else _distance_fit(m.told_km, distance)
    if bearing is None:
        return fit
    if distance > BEARING_MAX_KM:
        return -BEARING_WEIGHT
    if distance <= BEARING_UNJUDGED_KM:
        return fit
    return fit if lies_toward(anchor.lat, anchor.lon, entry.lat, entry.lon, bearing) else -BEARING_WEIGHT


def lies_toward(anchor_lat: float, anchor_lon: float, lat: float, lon: float, bearing: float) -> bool:
    """Whether the point lies the way `bearing` (degrees from north) points from the anchor, within a compass
    quarter and a half: "north-east of Y" holds a point due east of it."""
    north = lat - anchor_lat
    east = (lon - anchor_lon) * math.cos(math.radians(anchor_lat))
    actual = math.degrees(math.atan2(east, north)) % 360
    return min(abs(actual - bearing), 360 - abs(actual - bearing)) <= 67.5


def _distance_fit(told_km: float, distance: float) -> float:
    """How well a reading `distance` km from the anchor fits the distance told: the full bearing weight when it
    lies just so far, falling to none where it misses by the tolerance; a penalty only where it misses by more than
    twice that (a report's distance may be the road's, or rough: a reading off by a little is no namesake's sign)."""
    miss = abs(distance - told_km) / max(DISTANCE_TOLERANCE_KM, DISTANCE_TOLERANCE_SHARE * told_km)
    if miss <= 1.0:
        return BEARING_WEIGHT * (1.0 - miss)
    return -BEARING_WEIGHT * min(1.0, max(0.0, miss - 2.0))


def _contains(container: GazetteerEntry, entry: GazetteerEntry) -> bool:
    if container.kind == "country":
        return entry.country_code == container.country_code
    if container.kind == "admin1":
        return entry.country_code == container.country_code and entry.admin1_code == container.admin1_code
    if container.kind == "admin2":
        return entry.country_code == container.country_code and entry.admin1_code == container.admin1_code \
            and haversine_km(container.lat, container.lon, entry.lat, entry.lon) < 80
    if container.kind in {"area", "continent"}:
        return _in_area(container, entry)
    if container.kind == "city":
        return haversine_km(container.lat, container.lon, entry.lat, entry.lon) < 30
    return False


def _in_area(area: GazetteerEntry, entry: GazetteerEntry) -> bool:
    """Whether a place lies in a wide area: one of its own first-level region ("Crimea", "Tigray") holds that
    region's places and those just past it (the Kashmir valley's towns across the line of control), not a namesake
    in the next region ("Kirovske in eastern Crimea" is not Donetsk's Kirovske); another (a sea, "West Africa")
    reaches `AREA_CONTAINER_KM` from its centre."""
    if area.admin1 and (entry.country_code, entry.admin1) == (area.country_code, area.admin1):
        return True
    reach = REGION_AREA_REACH_KM if area.admin1 else AREA_CONTAINER_KM
    return haversine_km(area.lat, area.lon, entry.lat, entry.lon) < reach


@dataclass
class Context:
    """What the document says about where it is: the countries and regions it names (with weights),
    and the places it has already resolved with confidence."""

    countries: Counter = field(default_factory=Counter)
    own: dict[str, Counter] = field(default_factory=dict)  # name key -> what its own mentions added to countries
    regions: Counter = field(default_factory=Counter)
    # (country, admin1) -> weight of the confidently placed towns and counties lying there, per name key
    anchor_regions: dict[str, Counter] = field(default_factory=dict)
    # (country, admin1) -> the names whose likeliest readings lie in that region, or are that region
    plausible_regions: dict[tuple[str | None, str | None], set[str]] = field(default_factory=dict)
    anchors: list[tuple[str, GazetteerEntry]] = field(default_factory=list)  # (name key, entry)
    # (name key, entry) of every town and county the story resolved, however unsure
    resolved_local: list[tuple[str, GazetteerEntry]] = field(default_factory=list)
    home: dict[str, float] = field(default_factory=dict)  # country -> how surely the story is its local news
    # 1-degree cell -> (name key, entry) of every name's possible town and county readings
    readings_by_cell: dict[tuple[int, int], list[tuple[str, GazetteerEntry]]] = field(default_factory=dict)
    local_town_names: set[str] = field(default_factory=set)  # name keys said somewhere with a local-town cue
    outlet_towns: set[str] = field(default_factory=set)  # names the outlet's domain spells: its town, not a country
    # (country code, admin1 name) of the regions the outlet covers (`outlet_homes`)
    outlet_home: frozenset[tuple[str, str]] = frozenset()
    # country -> (its centre, the sides of it the text names: "eastern Ukraine")
    sides: dict[str, tuple[GazetteerEntry, set[str]]] = field(default_factory=dict)
    # name key -> (the region, the sides of it) the text puts that name on: "X lies in the east of the Y region"
    region_sides: dict[str, tuple[GazetteerEntry, tuple[str, ...]]] = field(default_factory=dict)
    front: tuple[tuple[tuple[float, float], ...], ...] = ()  # the war's front lines on the report's day

    def others(self, key: str) -> Counter:
        """The country weights that the names other than `key` add up to."""
        return self.countries - self.own.get(key, Counter())

    def anchor_region(self, key: str) -> tuple[str | None, str | None] | None:
        """The first-level region where (almost) all the other names' confident towns and counties lie."""
        counts: Counter = Counter()
        for k, regions in self.anchor_regions.items():
            if k != key:
                counts.update(regions)
        if not counts:
            return None
        region, n = counts.most_common(1)[0]
        return region if n >= ANCHOR_REGION_NAMES and n >= ANCHOR_REGION_SHARE * sum(counts.values()) else None

    def dominant_country(self, key: str) -> str | None:
        """The country (almost) all the document's other names point to, if any: a name repeated ten times
        cannot make its own reading the document's country."""
        others = self.others(key)
        if not others:
            return None
        country, weight = others.most_common(1)[0]
        return country if weight >= DOMINANT_WEIGHT and weight >= DOMINANT_SHARE * sum(others.values()) else None


def _proximity(m: Mention, entry: GazetteerEntry, context: Context) -> float:
    """A bonus for a town or county close to the places the document names unambiguously (local news
    names neighbouring towns: "Paris" next to "Hugo" and "Clarksville" is Paris, Texas)."""
    key = m.own_key
    nearest = min((haversine_km(entry.lat, entry.lon, a.lat, a.lon) for k, a in context.anchors if k != key),
                  default=None)
    if nearest is None:
        return 0.0
    for radius, bonus in PROXIMITY_BONUS:
        if nearest <= radius:
            return bonus
    return 0.0


def _nearby_anchors(m: Mention, entry: GazetteerEntry, context: Context) -> int:
    """How many of the other names' confident towns lie within the closest proximity radius of a town or county
    reading ("Hrakove lies between Chuhuiv and Balakliia": the Hrakove beside both, not the one by Kupiansk)."""
    if entry.kind not in {"city", "admin2"}:
        return 0
    radius = PROXIMITY_BONUS[0][0]
    return len({k for k, a in context.anchors
                if k != m.own_key and haversine_km(entry.lat, entry.lon, a.lat, a.lon) <= radius})


def _nearest_anchor_km(m: Mention, entry: GazetteerEntry, context: Context) -> float:
    """How far a town or county reading lies from the nearest of the other names' confident towns, metropolises
    aside (news names a capital for much else than being near: "MOSCOW, Sept. 20 /TASS/")."""
    if entry.kind not in {"city", "admin2"}:
        return math.inf
    return min((haversine_km(entry.lat, entry.lon, a.lat, a.lon) for k, a in context.anchors
                if k != m.own_key and a.population < METROPOLIS_POPULATION), default=math.inf)


def _neighbours(m: Mention, entry: GazetteerEntry, context: Context) -> float:
    """A bonus for a town or county reading close to a possible reading of another name in the document,
    however ambiguous: local news names places near each other ("Paris" and "Henry County" are the
    Tennessee ones, which lie together, not the French capital and a county across the ocean)."""
    key = m.own_key
    # a metropolis placed with confidence already counts, where it is, in `_proximity`: that reading must not count
    # twice, for news names a capital or a city of millions for much else than being local (a blast near Kyiv
    # last month makes no village beside Kyiv likelier than its namesake in the region the story names); a small town
    # so named is the story's own neighbourhood, as local news tells it, and counts in both
    anchored = {(k, a.id) for k, a in context.anchors if a.population >= METROPOLIS_POPULATION}
    cell_lat, cell_lon = math.floor(entry.lat), math.floor(entry.lon)
    nearest = min((haversine_km(entry.lat, entry.lon, other.lat, other.lon)
                   for d_lat in (-1, 0, 1) for d_lon in (-1, 0, 1)
                   for k, other in context.readings_by_cell.get((cell_lat + d_lat, cell_lon + d_lon), ())
                   if k != key and (k, other.id) not in anchored), default=None)
    if nearest is None:
        return 0.0
    return next((bonus for radius, bonus in NEIGHBOUR_BONUS if nearest <= radius), 0.0)


def _county_fit(m: Mention, entry: GazetteerEntry, context: Context) -> bool:
    """Whether a town reading lies in a county the story has placed under another name, or a county reading holds a
    town it has placed: "a Richmond man ... the Madison County jail" are Kentucky's, however unsure each alone."""
    if entry.kind not in {"city", "admin2"}:
        return False
    for key, other in context.resolved_local:
        if key == m.own_key or {entry.kind, other.kind} != {"city", "admin2"}:
            continue
        county, town = (entry, other) if entry.kind == "admin2" else (other, entry)
        if county.country_code == town.country_code and county.admin1_code == town.admin1_code \
                and haversine_km(county.lat, county.lon, town.lat, town.lon) <= COUNTY_RADIUS_KM:
            return True
    return False


def _town_institution(m: Mention, entry: GazetteerEntry) -> bool:
    """ "Lebanon City Council" for a region or country; "a Jordan resident", "a Palestine man" for a country
    (which would be "a Jordanian resident"); "the southern city of Karak", "the town of Mexico" for either: the name
    is a town's."""
    doc = m.span.doc
    if TOWN_OF_BEFORE.search(doc_text(doc), max(0, m.start - 20), m.start):
        return True
    after = doc[m.span.end] if m.span.end < len(doc) else None
    if after is None:
        return False
    if after.text[:1].isupper():
        return after.lower_ in TOWN_INSTITUTION_WORDS
    return entry.kind == "country" and after.lower_ in TOWN_PEOPLE_WORDS


def _local_town_cue(m: Mention) -> bool:
    """The name is said as a town's that has its own police, school or council, or as a local person's town."""
    doc = m.span.doc
    after = doc[m.span.end] if m.span.end < len(doc) else None
    if after is not None and (after.lower_ in LOCAL_TOWN_AFTER or after.lower_ in TOWN_PEOPLE_WORDS):
        return True
    return LOCAL_TOWN_BEFORE.search(doc_text(doc)[max(0, m.start - 20):m.start]) is not None


def _local_town_cue_of_town(m: Mention) -> bool:
    """A local-town cue after a name that is not first a state's or a province's, unless a metropolis bears it too:
    "Indiana residents" or "Georgia schools" are the state's as often as a small town's of that name, but "New York
    police" are the city's."""
    region_first = bool(m.candidates) and m.candidates[0].kind == "admin1" and not any(
        e.kind == "city" and e.population >= METROPOLIS_POPULATION for e in m.candidates[:CONSIDERED_READINGS])
    return _local_town_cue(m) and not region_first


def _named_with_the(m: Mention) -> bool:
    """ "the Red Sea", but not "the Paris attacks": the name heads its own noun phrase after "the"."""
    doc = m.span.doc
    before = doc[m.span.start - 1] if m.span.start > 0 else None
    return before is not None and before.lower_ == "the" and m.span.root.dep_ not in {"compound", "amod", "nmod"}


def _score(m: Mention, entry: GazetteerEntry, context: Context) -> float:
    score = prior(entry)
    if entry.kind == "area" and _named_with_the(m):
        score += THE_AREA_BONUS
    if entry.kind == "area" and m.span.start > 0 and m.span.doc[m.span.start - 1].lower_ in DIRECTION_WORDS:
        score += DIRECTION_AREA
    if m.label == "DATELINE" and entry.kind in {"country", "admin1"}:
        score += DATELINE_REGION_PENALTY
    # the countries the rest of the document points to: a name cannot vouch for its own reading
    key = m.own_key
    weight = context.others(key)[entry.country_code]
    if weight > 0 and (entry.kind not in {"country", "continent"} or _shares_name_with_own_part(m, entry)):
        score += (DOMINANT_COUNTRY if entry.country_code == context.dominant_country(key)
                  else CONTEXT_COUNTRY * min(1.0, 0.5 + 0.25 * weight))
    if entry.kind in {"city", "admin2", "admin1"}:
        home = context.home.get(entry.country_code or "", 0.0)
        # "the Athens City Council" in one country's local news makes every mention of Athens its own Athens,
        # however much bigger a capital abroad is
        local_town = entry.kind in {"city", "admin2"} \
            and (_local_town_cue_of_town(m) or key in context.local_town_names)
        # but "China" or "Italy" in American local news is the country, unless said as a town's
        if local_town or entry.kind == "admin1" or m.candidates[0].kind not in {"country", "continent"}:
            score += HOME_BONUS * home
        if local_town and home:
            score += HOME_BONUS * home
        elif local_town and any(c.country_code in context.home for c in m.candidates[:CONSIDERED_READINGS]):
            score += LOCAL_NAMESAKE_ABROAD_PENALTY  # (not when the name has no reading at home to give way to)
    if entry.kind in {"country", "admin1"} and _town_institution(m, entry) \
            or entry.kind == "country" and key in context.outlet_towns:
        score += TOWN_INSTITUTION_PENALTY
    if entry.kind in {"city", "admin2"} and (entry.country_code, entry.admin1_code) in context.regions:
        score += CONTEXT_ADMIN1 * _named_region_share(entry, context)
    # (not for a name that is first a country's: "China" in a Texas paper is rarely China, Texas)
    if entry.kind in {"city", "admin2"} and (entry.country_code, entry.admin1) in context.outlet_home \
            and m.candidates[0].kind not in {"country", "continent"}:
        score += OUTLET_HOME_BONUS
    if entry.kind in {"city", "admin2", "admin1"} and entry.admin1_code \
            and (entry.country_code, entry.admin1_code) == context.anchor_region(key):
        score += ANCHOR_REGION
    container = m.container.resolved if m.container else None
    if entry.kind in {"city", "admin2"}:
        proximity = _proximity(m, entry, context)
        # not "Florida" the state for Florida, New York, nor Atlanta, Illinois for Atlanta
        if m.candidates[0].kind in {"city", "admin2"} and prior(entry) >= prior(m.candidates[0]) - OWN_PRIOR_GAP:
            neighbours = _neighbours(m, entry, context)
            # in the region the text puts it in ("Mykhailivka in the Zaporizhzhia region"), the name's towns all
            # lie near the others: a confident neighbour, also a possible reading, must not count twice and let
            # a hamlet beside it beat the sizeable town of that name 30 km further
            in_stated_region = container is not None and container.kind == "admin1" and _contains(container, entry)
            proximity = max(proximity, neighbours) if in_stated_region else proximity + neighbours
        score += proximity
    if _county_fit(m, entry, context):
        score += COUNTY_FIT
    if entry.kind in {"city", "admin2"} and _on_named_side(entry, context):
        score += SIDE_FIT
    if entry.kind in {"city", "admin2"} and _on_told_side_of_region(m, entry, context):
        score += SIDE_FIT
    if _on_the_front(m, entry, context):
        score += FRONT_FIT
    if entry.kind in {"city", "admin2", "admin1"} and \
            context.plausible_regions.get((entry.country_code, entry.admin1_code), set()) - {m.own_key}:
        score += MUTUAL_SUPPORT  # "Atlanta" and "Georgia" in one story: the US state and its capital
    if m.prefer_region and entry.kind == "admin1":
        score += 4.0
    if m.is_container and entry.kind in {"country", "admin1", "admin2", "area"}:
        score += CONTAINER_KIND  # the Y of "X, Y" is a larger unit: "Rego Park, New York" is the state
    if container is not None and entry.kind not in {"country", "continent"}:
        score += CONTAINER_MATCH if _contains(container, entry) else CONTAINER_CONFLICT
    if entry.kind in {"city", "admin2", "facility"}:
        score += _bearing_fit(m, entry)
    if entry.kind == "city" and entry.population >= QUARTER_MIN_POPULATION and _told_as_village(m) \
            and _quarter_of_named_city(m, entry, context):
        score += CITY_QUARTER_PENALTY
    if _name_of_a_town_as_large(m, entry) or _country_name_for_a_town(m, entry):
        score -= MATCH_PENALTY[entry.match]
    if _city_named_otherwise(m, entry, context):
        score -= MATCH_PENALTY[MATCH_SHADOWED]  # the name speaks for the towns that bear it as their own
    return score


def _city_named_otherwise(m: Mention, entry: GazetteerEntry, context: Context) -> bool:
    """Whether a city read by another name of its own is one the story surely names by its own name elsewhere,
    while towns of its country bear this name as their own: a report that calls Melitopol "Melitopol" does not call
    it "Novooleksandrivka", its old name, a paragraph on, where that is a village's name. Not where the sentence
    itself gives the city's own name ("Bakhmut, formerly Artemivsk"), nor for a mere respelling ("Kiev", "Kyiv")."""
    if entry.kind != "city" or entry.match != MATCH_ALTERNATE \
            or not any(k != m.own_key and a.id == entry.id and a.match == MATCH_NAME for k, a in context.anchors):
        return False
    owners = sum(e.kind == "city" and e.match == MATCH_NAME and e.country_code == entry.country_code
                 for e in m.candidates[:CONSIDERED_READINGS])
    return owners >= 2 and not re.search(rf"\b{re.escape(name_key(entry.name))}\b", name_key(m.span.sent.text)) \
        and SequenceMatcher(None, m.own_key, name_key(entry.name)).ratio() < RESPELLING_LIKENESS


def _country_name_for_a_town(m: Mention, entry: GazetteerEntry) -> bool:
    """Whether a town read by one of its alternate names is spelt as a country's own name: "Albania" is the country,
    not an Albany, however near the story's towns that lies, so the town pays for the name twice. A capital
    named after its country keeps the name only as the owner of a site in it ("Mexico's National Palace" in a
    report from Mexico City): "Panama" in a story from Panama City is still the country ("a blockade west of
    Panama's capital", "protests across Panama")."""
    if entry.kind not in {"city", "admin2"} or entry.match < MATCH_ALTERNATE or not any(
            e.kind == "country" and e.match == MATCH_NAME for e in m.candidates[:CONSIDERED_READINGS]):
        return False
    return entry.feature != "PPLC" or SITE_OWNER_AFTER.match(doc_text(m.span.doc), m.end) is None


def _drop_towns_read_by_their_countrys_name(mentions: list[Mention]) -> None:
    """Drop the readings of a town whose name only begins with the name of the country it lies in, found by that
    name as an alternate of its own: "Kosovo" is the country, never Kosovo Polje, however near the story's other
    Kosovo towns that lies, for they lie in the country too. A capital named after its country is left to
    `_country_name_for_a_town` ("Mexico's National Palace"), and a town of another country to the story's context
    (Benin City lies in Nigeria, not Benin)."""
    for m in mentions:
        countries = {e.country_code for e in m.candidates[:CONSIDERED_READINGS]
                     if e.kind == "country" and e.match == MATCH_NAME}
        if countries:
            m.candidates = [e for e in m.candidates if not (
                e.kind in {"city", "admin2"} and e.match >= MATCH_ALTERNATE and e.feature != "PPLC"
                and e.country_code in countries and name_key(e.name).startswith(name_key(m.text) + " "))]


def _named_region_share(entry: GazetteerEntry, context: Context) -> float:
    """How much of the bonus of a named region the reading's region earns: all of it where the story names no
    region of that country more often, half of it plus its share of the most-named one's mentions otherwise, so
    that a town of the region told three times beats its namesake in the neighbour told once."""
    most = max(n for (country, _), n in context.regions.items() if country == entry.country_code)
    return 0.5 + 0.5 * context.regions[(entry.country_code, entry.admin1_code)] / most


def _name_of_a_town_as_large(m: Mention, entry: GazetteerEntry) -> bool:
    """Whether a town read by a name that is not its own (one other towns bear as theirs, or a loose respelling)
    shares the text's spelling with a town at least as large. The spelling then speaks for that town, and the
    other must pay for its name twice: what the story says of a region should not carry a reading the text did
    not spell ("Maryville" for a Beeville of a state the story names, over the Maryvilles as large). A town renamed
    since keeps its old name over the hamlets that bear it ("Novhorodske" is still New York, Donetsk)."""
    if entry.kind != "city" or entry.match < MATCH_SHADOWED:
        return False
    return any(e.kind in {"city", "admin2"} and e.match == MATCH_NAME and e.population >= entry.population
               for e in m.candidates[:CONSIDERED_READINGS])


def _shares_name_with_own_part(m: Mention, entry: GazetteerEntry) -> bool:
    """A country named like one of its own regions or towns ("Mexico", "Kuwait"): the story's pointers to that
    country favour its namesakes no more than it."""
    return entry.kind == "country" and any(e.kind != "country" and e.country_code == entry.country_code
                                           and e.match == entry.match for e in m.candidates[:CONSIDERED_READINGS])


def _told_as_village(m: Mention) -> bool:
    """Whether the text calls the place a village: "the village of X", "X, a village some 60 km from ..."."""
    text = doc_text(m.span.doc)
    return bool(VILLAGE_OF.search(text[max(0, m.start - 30):m.start])) \
        or VILLAGE_APPOSITION.match(text, m.end) is not None


def _quarter_of_named_city(m: Mention, entry: GazetteerEntry, context: Context) -> bool:
    """Whether the reading lies inside a big town the story surely names: Kyiv's Lukyanivka quarter is no village."""
    return entry.population >= QUARTER_MIN_POPULATION and any(
        k != m.own_key and anchor.kind == "city" and anchor.population >= STRICT_ALTERNATE_POPULATION
        and haversine_km(anchor.lat, anchor.lon, entry.lat, entry.lon) <= CITY_QUARTER_KM
        for k, anchor in context.anchors)


def _best(m: Mention, context: Context) -> tuple[GazetteerEntry | None, float, float]:
    """The best reading, how sure it is (against the runner-up), and how sure its country is (the share of
    the readings' weight in that country: "Crestwood" is surely in the US, whichever Crestwood)."""
    readings = [(i, e) for i, e in enumerate(m.candidates[:CONSIDERED_READINGS])
                if e.feature != FEATURE_HROMADA_NAMESAKE or _hromada_namesake_supported(m, e, context)]
    if not readings:
        return None, 0.0, 0.0
    # equal scores (namesake villages of one region, each near some named town) go to the reading more of the
    # story's other towns lie close to, else to the one lying nearest them
    scored = sorted(((_score(m, e, context), _nearby_anchors(m, e, context), -_nearest_anchor_km(m, e, context), i)
                     for i, e in readings), reverse=True)
    scored = [(score, i) for score, _, _, i in scored]
    best_score, best_i = scored[0]
    best = m.candidates[best_i]
    runner_up = scored[1][0] if len(scored) > 1 else best_score - 4.0
    weights = [(math.exp(score - best_score), m.candidates[i].country_code) for score, i in scored]
    country_share = sum(w for w, cc in weights if cc == best.country_code) / sum(w for w, _ in weights)
    confidence = 1 / (1 + math.exp(-(best_score - runner_up)))
    return best, confidence, max(confidence, country_share)


def _hromada_namesake_supported(m: Mention, entry: GazetteerEntry, context: Context) -> bool:
    """Whether the story puts a codifier settlement that shares its name with a village of its oblast elsewhere
    (`FEATURE_HROMADA_NAMESAKE`, at its hromada's centre) where it is: another town the story surely places lies
    within reach of that centre (the centre itself: "Novooleksandrivka, west of Popasna"), or the sentence tells
    fighting on the front of the report's day and the centre lies on it. Elsewhere the namesake with a point of its
    own is the likelier village, and the centre's point would draw the name tens of km off. The town of the district
    the village is told to lie in ("X in the Y district") supports neither: the raion named after Y reaches far
    beyond Y's hromada, and holds the namesake as well."""
    district = m.container.own_key if m.container is not None and _names_district(m.container) else None
    return any(k not in {m.own_key, district} and haversine_km(entry.lat, entry.lon, a.lat, a.lon)
               <= HROMADA_NAMESAKE_REACH_KM for k, a in context.anchors) or _on_the_front(m, entry, context)


def _on_named_side(entry: GazetteerEntry, context: Context) -> bool:
    """Whether the town lies on a side of its country that the text names ("in eastern Ukraine")."""
    country, sides = context.sides.get(entry.country_code, (None, set()))
    if country is None:
        return False
    margin = SIDE_MARGIN_DEGREES
    return ("east" in sides and entry.lon > country.lon + margin or "west" in sides and entry.lon < country.lon - margin
            or "north" in sides and entry.lat > country.lat + margin
            or "south" in sides and entry.lat < country.lat - margin)


def _on_told_side_of_region(m: Mention, entry: GazetteerEntry, context: Context) -> bool:
    """Whether the town lies in the region the text puts the name in, on the side of it the text names ("X lies in
    the east of the Zaporizhzhia region"), whichever mention of the name says so."""
    region, sides = context.region_sides.get(m.own_key, (None, ()))
    if region is None or not _contains(region, entry):
        return False
    return all(_lies_on_side(entry, region, side, REGION_SIDE_MARGIN_DEGREES) for side in sides)


def _lies_on_side(entry: GazetteerEntry, centre: GazetteerEntry, side: str, margin: float) -> bool:
    """Whether `entry` lies more than `margin` degrees off `centre` towards `side` ("east", ...)."""
    return {"east": entry.lon - centre.lon, "west": centre.lon - entry.lon, "north": entry.lat - centre.lat,
            "south": centre.lat - entry.lat}[side] > margin


def _on_the_front(m: Mention, entry: GazetteerEntry, context: Context) -> bool:
    """Whether a village reading lies on the front of the report's day, where its sentence tells fighting there
    ("shelled", "captured", "a mine"): such villages are the front's news, their namesakes far behind it rarely.
    A name a city bears is the city's ("shells hit the city of Mykolaiv"), whatever village on the front shares it."""
    return bool(context.front) and entry.kind == "city" and entry.country_code in FRONT_COUNTRIES \
        and entry.population < VILLAGE_MAX_POPULATION and FRONT_WORDS.search(m.span.sent.text) is not None \
        and not any(e.kind == "city" and e.population >= VILLAGE_MAX_POPULATION
                    for e in m.candidates[:CONSIDERED_READINGS]) \
        and any(_km_to_line(entry.lat, entry.lon, line) <= FRONT_KM for line in context.front)


@lru_cache(maxsize=1)
def _front_lines() -> tuple[tuple[str, str, tuple[tuple[float, float], ...]], ...]:
    """front_lines.tsv: (first day, last day or "", points) of each stretch of the war's front."""
    rows = read_tsv(DATA_DIR / "front_lines.tsv")
    return tuple((start, until, tuple((float(lat), float(lon)) for lat, lon in (p.split(",") for p in points.split())))
                 for _, start, until, points in rows)


def front_on(day: str | None) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The stretches of the war's front that held on `day` (YYYY-MM-DD); none for an undated report."""
    if not day:
        return ()
    day = day[:10]
    return tuple(points for start, until, points in _front_lines() if start <= day and (not until or day <= until))


def _km_to_line(lat: float, lon: float, line: tuple[tuple[float, float], ...]) -> float:
    """How far a point lies from a line of points, in km (flat within a segment: the segments are short)."""
    scale = math.cos(math.radians(lat))
    best = math.inf
    for (lat1, lon1), (lat2, lon2) in zip(line, line[1:], strict=False):
        ax, ay = (lon1 - lon) * scale, lat1 - lat
        bx, by = (lon2 - lon) * scale, lat2 - lat
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) if dx or dy else 0.0
        best = min(best, math.hypot(ax + t * dx, ay + t * dy) * 111.2)
    return best


def _context(mentions: list[Mention]) -> Context:
    """Countries and regions the document names (or whose places it names unambiguously), and its
    confidently resolved towns and counties. Places inside organisation names ("The New York Times")
    say nothing about where the story is."""
    context = Context()
    demonym_countries = set()
    for m in mentions:
        entry = m.resolved
        # a county's or a town's own institutions ("the Madison County jail", "Berea police") place it too
        if entry is not None and entry.kind in {"city", "admin2"} and m.candidates and m.label != DEMONYM \
                and (m.label != ORG_PART or _local_town_cue(m) or _county_name(m)) and not _in_another_story(m):
            context.resolved_local.append((m.own_key, entry))
        if entry is None or entry.country_code is None or m.label == ORG_PART or _named_as_supplier(m):
            continue  # a supplier or backer neither vouches for its country's towns nor counts against others
        weight = 0.0
        if m.label == DEMONYM:
            # "Russian forces attacked ...", said ten times, names the actor, not where the story is: once
            weight = 0.5 if entry.country_code not in demonym_countries else 0.0
            demonym_countries.add(entry.country_code)
        elif entry.kind == "country":
            # "Russia's missile strike on a hotel in Zaporizhzhia": a possessive country, like a demonym, may be
            # the actor rather than where the story is
            weight = 0.5 if m.span.end < len(m.span.doc) and m.span.doc[m.span.end].tag_ == "POS" else 1.0
        elif (m.country_score >= 0.9 or m.container is not None) and not _capital_as_government(m, entry):
            weight = 0.5
        context.countries[entry.country_code] += weight
        context.own.setdefault(m.own_key, Counter())[entry.country_code] += weight
        if entry.kind == "country" and m.label != DEMONYM and m.span.start > 0:
            side = SIDE_ADJECTIVES.get(m.span.doc[m.span.start - 1].lower_)
            if side is not None:
                context.sides.setdefault(entry.country_code, (entry, set()))[1].update(side)
        if entry.kind == "admin1":
            context.regions[(entry.country_code, entry.admin1_code)] += 1
        if m.side_of is not None and m.side_of[0].resolved is not None and m.side_of[0].resolved.kind == "admin1":
            context.region_sides[m.own_key] = (m.side_of[0].resolved, m.side_of[1])
        if entry.kind in {"city", "admin2"} and (m.score >= ANCHOR_CONFIDENCE or _placed_as_told(m, entry)) \
                and not _doubtful_person(m, entry) and not _in_another_story(m):
            context.anchors.append((m.own_key, entry))
            # a name said five times is one place: it counts once toward its region
            regions = context.anchor_regions.setdefault(m.own_key, Counter())
            regions[(entry.country_code, entry.admin1_code)] = 1.0
    return context


def _capital_as_government(m: Mention, entry: GazetteerEntry) -> bool:
    """"Washington said it held Moscow responsible": a capital that speaks is its government, which speaks of
    events abroad, and says nothing of where the story is."""
    return entry.feature == "PPLC" and bool(SPEAKER_AFTER.match(doc_text(m.span.doc), m.end))


def _placed_as_told(m: Mention, entry: GazetteerEntry) -> bool:
    """Whether the text puts the place in another ("X, Y", "the Y village of X") and the reading lies there, or
    its container is yet unread: a namesake abroad of "the Aleppo province village of X" anchors nothing."""
    container = m.container.resolved if m.container is not None else None
    return m.container is not None and (container is None or _contains(container, entry))


# "Separately, ...", "Elsewhere, ...", "In a separate incident in X, ...", "Also on Wednesday, ...": a sentence
# that opens another story
ANOTHER_STORY_OPENER = re.compile(r"\s*(?:Separately|Elsewhere|In other news|In (?:a|another) separate "
                                  r"(?:incident|attack|clash)(?: [^,.;]{0,60})?"
                                  r"|Also (?:on |late |early )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                                  r"(?: [^,.;]{0,20})?),")


def _in_another_story(m: Mention) -> bool:
    """Whether the name stands in a sentence that opens another story ("Separately, a drone attack on Nikopol
    killed one man"): its town does not pull the report's places towards it."""
    memo = doc_memo(m.span.doc)
    key = ("another story", m.span.start)  # (a span's sentence is its first token's)
    if key not in memo:
        memo[key] = bool(ANOTHER_STORY_OPENER.match(m.span.sent.text))
    return memo[key]


def _doubtful_person(m: Mention, entry: GazetteerEntry) -> bool:
    """A name the tagger took for a person's ("Retired workers Brent and Lynne") may be a town, but too doubtful a
    one to draw the story's other towns to it, unless it is a capital or a city of millions ("Kyiv" tagged a
    person is the tagger's slip), or the text says it as a place ("retreated towards Snizhne")."""
    return m.label == "PERSON" and m.container is None and entry.feature != "PPLC" \
        and entry.population < SPEAKER_MAX_POPULATION and not _said_as_place(m)


def _said_as_place(m: Mention) -> bool:
    """The name follows words only places follow: "towards X", "the town of X", "near the village of X" ("from"
    and "at" also follow people: "a call from Brent", "looked at Lynne")."""
    doc = m.span.doc
    before = doc[m.span.start - 1].lower_ if m.span.start > 0 else ""
    return before in LOCATIVE_WORDS - {"from", "at"} \
        or bool(PLACE_OF.search(doc[max(0, m.span.start - 2):m.span.start].text.lower())) \
        or bool(NEAR_BEFORE.search(doc_text(doc)[max(0, m.start - 40):m.start]))


def _named_as_supplier(m: Mention) -> bool:
    """ "weapons supplied by the United States", "US-supplied missiles", "a Qatar-funded school": the country
    is the supplier or backer of something, not where the story is."""
    text = doc_text(m.span.doc)
    return bool(SUPPLIER_BEFORE.search(text[max(0, m.start - 40):m.start]) or MAKER_SUFFIX.match(text, m.end))


def _readings_by_cell(mentions: list[Mention], story_countries: set[str]) -> dict[
        tuple[int, int], list[tuple[str, GazetteerEntry]]]:
    """Each name's possible town and county readings by 1-degree cell: those whose prior is near its best one's,
    and in the story's home countries, those near its best one's there (beside Henry County, surely somewhere
    in the US, "Paris" may well be Paris, Tennessee, however much likelier the French capital is elsewhere)."""
    cells: dict[tuple[int, int], list[tuple[str, GazetteerEntry]]] = {}
    seen = set()
    for m in mentions:
        key = m.own_key
        # a town's own police, school or council ("the Athens Police Department") is local news of that town,
        # unlike a newspaper or a university named after a city far away; a county's institutions ("the Madison
        # County Detention Center") serve that county alone
        if m.label == DEMONYM or m.label == ORG_PART and not _local_town_cue(m) and not _county_name(m) \
                or key in seen or _in_another_story(m):
            continue
        seen.add(key)
        if not m.candidates or _doubtful_person(m, m.candidates[0]):
            continue
        likely = prior(m.candidates[0]) - LIKELY_PRIOR_GAP
        likely_in_country: dict[str, float] = {}
        for entry in m.candidates[:CONSIDERED_READINGS]:  # best prior first
            if entry.country_code in story_countries:
                likely_in_country.setdefault(entry.country_code, prior(entry) - LIKELY_PRIOR_GAP)
        for entry in m.candidates[:CONSIDERED_READINGS]:
            # (a codifier namesake must itself be vouched for by the story's towns: it vouches for none)
            if entry.kind in {"city", "admin2"} and entry.feature != FEATURE_HROMADA_NAMESAKE and prior(entry) >= min(
                    likely, likely_in_country.get(entry.country_code or "", likely)):
                cells.setdefault((math.floor(entry.lat), math.floor(entry.lon)), []).append((key, entry))
    return cells


def _county_name(m: Mention) -> bool:
    """The name is a county's or parish's: its likeliest reading is one."""
    return bool(m.candidates) and m.candidates[0].kind == "admin2"


def _plausible_regions(mentions: list[Mention]) -> dict[tuple[str | None, str | None], set[str]]:
    regions: dict[tuple[str | None, str | None], set[str]] = {}
    for m in mentions:
        if m.label == DEMONYM:
            continue
        # (a country's name is rarely its namesake town's: Russia, Ohio lends Geneva, Ohio no support; a state
        # named like a country, Georgia's, still may)
        country_first = bool(m.candidates) and m.candidates[0].kind == "country"
        for entry in m.candidates[:PLAUSIBLE_READINGS]:
            if entry.kind in {"admin2", "admin1"} or entry.kind == "city" and not country_first:
                regions.setdefault((entry.country_code, entry.admin1_code), set()).add(m.own_key)
    return regions


@lru_cache(maxsize=1)
def _country_cues() -> list[tuple[re.Pattern, list[str]]]:
    rows = read_tsv(DATA_DIR / "country_cues.tsv")
    return [(re.compile(pattern), countries.split("|")) for pattern, countries, _ in rows]


def home_countries(text: str) -> dict[str, float]:
    """How surely the text is local news of each country, 0..1, from the distinct cues it shows (dollar
    amounts, sheriffs, school districts, "a.m."): none below HOME_MIN_CUES, full from HOME_FULL_CUES."""
    counts: Counter = Counter()
    for pattern, countries in _country_cues():
        if pattern.search(text):
            counts.update(countries)
    return {cc: min(1.0, (n - HOME_MIN_CUES + 1) / (HOME_FULL_CUES - HOME_MIN_CUES + 1))
            for cc, n in counts.items() if n >= HOME_MIN_CUES}


# "www.thetowntalk.com", "thetowntalk.com/news/...": an outlet named by its web address
HOST_LIKE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/|$)", re.IGNORECASE)


def outlet_host(document: Document) -> str:
    """The host of the document's URL, else of an outlet given as a web address, lower-cased ("" if none)."""
    for address in (document.url, document.outlet):
        if not address:
            continue
        address = address.strip()
        if "//" in address:
            return (urlsplit(address).hostname or "").lower()
        if HOST_LIKE.match(address):
            return address.split("/")[0].lower()
    return ""


def outlet_countries(host: str) -> dict[str, float]:
    """The outlet's home country from a country-code domain ("lfpress.ca", "oxfordmail.co.uk"), as a home weight."""
    suffix = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(suffix) != 2 or suffix in GENERIC_COUNTRY_DOMAINS:
        return {}
    return {DOMAIN_ALIASES.get(suffix, suffix.upper()): COUNTRY_DOMAIN_HOME}


def outlet_town_names(host: str, mentions: list[Mention], home: dict[str, float]) -> set[str]:
    """The names the outlet's domain spells that read first as a country but also as a town at home ("Jordan" in
    a story from "jordannews.com"): a local paper's own town, which the story means by that name."""
    labels = host.split(".")[:-1]
    named = set()
    for m in mentions:
        letters = re.sub(r"[^a-z]", "", m.own_key)
        if m.label == DEMONYM or len(letters) < DOMAIN_TOWN_MIN_LETTERS or not any(letters in lb for lb in labels):
            continue
        readings = m.candidates[:CONSIDERED_READINGS]
        if readings and readings[0].kind == "country" and any(
                e.kind in {"city", "admin2"} and e.country_code in home for e in readings):
            named.add(m.own_key)
    return named


def _home(text: str, host: str, outlet_home: frozenset[tuple[str, str]] = frozenset()) -> dict[str, float]:
    """How surely the story is each country's local news: from its text's cues, its outlet's domain, or the country
    of the region its outlet covers (a paper whose stories lie in Tennessee is American local news, whether or not
    this story shows a dollar amount)."""
    home = home_countries(text)
    outlet = outlet_countries(host)
    for country, _ in outlet_home:
        outlet[country] = max(OUTLET_HOME_COUNTRY, outlet.get(country, 0.0))
    for country, weight in outlet.items():
        home[country] = max(weight, home.get(country, 0.0))
    return home


def _resolve(mentions: list[Mention], text: str, host: str = "",
             outlet_home: frozenset[tuple[str, str]] = frozenset(), published: str | None = None) -> None:
    # containers first (they are mostly countries and regions), then everything with context, twice
    home = _home(text, host, outlet_home)
    front = front_on(published)
    for m in mentions:
        m.resolved, m.score, m.country_score = _best(m, Context(home=home, front=front))
    plausible_regions = _plausible_regions(mentions)
    # the story's home countries: those of its local news cues, and those where a name is surely placed
    story_countries = set(home) | {m.resolved.country_code for m in mentions if m.resolved is not None
                                   and m.resolved.country_code and m.country_score >= SURE_COUNTRY
                                   and m.resolved.kind in {"city", "admin2", "admin1"}
                                   and m.label not in {DEMONYM, ORG_PART}}
    readings_by_cell = _readings_by_cell(mentions, story_countries)
    local_town_names = {m.own_key for m in mentions if m.label != DEMONYM and _local_town_cue_of_town(m)}
    outlet_towns = outlet_town_names(host, mentions, home)
    local_town_names |= outlet_towns
    officials = _regions_of_officials(text, Gazetteer.load())
    for _ in range(2):
        context = _context(mentions)
        for region in officials:  # "Kharkiv Governor Oleh Syniehubov said": the story names his region
            context.regions[region] = max(context.regions[region], 1)
        context.home = home
        context.plausible_regions = plausible_regions
        context.readings_by_cell = readings_by_cell
        context.local_town_names = local_town_names
        context.outlet_towns = outlet_towns
        context.outlet_home = outlet_home
        context.front = front
        for m in sorted(mentions, key=lambda m: m.container is not None):
            m.resolved, m.score, m.country_score = _best(m, context)
    _villages_among_the_story_towns(mentions, _context(mentions))
    _one_reading_per_name(mentions)
    _bare_names_of_named_counties(mentions)
    _drop_namesakes_off_their_anchor(mentions)
    _drop_namesakes_off_the_story_region(mentions, replace(_context(mentions), outlet_home=outlet_home))
    context = _context(mentions)
    doubted = {(m.own_key, m.resolved.id) for m in mentions if m.resolved is not None
               and (_far_fetched(m, context) or _landmark_far_off(m, context))}
    for m in mentions:
        # a reading doubted where the text says most of the place ("the village of X") is doubted where it
        # says less ("fighting near X")
        if m.resolved is not None and (m.own_key, m.resolved.id) in doubted:
            m.resolved = None


def _villages_among_the_story_towns(mentions: list[Mention], context: Context) -> None:
    """ "Shelling killed a man in Ivanivka ... Beryslav and Nova Kakhovka were hit too": a village's name that recurs
    across a region is the namesake lying among the towns the story places, not a larger one of that region far from
    all of them. Population barely tells villages apart (the gazetteer knows no people of many), the story's towns
    do, where several lie together: one town nearby may be another story's, or a region's seat named for it."""
    for m in mentions:
        local = _namesake_among_the_story_towns(m, context)
        if local is not None:
            m.resolved = local


def _namesake_among_the_story_towns(m: Mention, context: Context) -> GazetteerEntry | None:
    """The town reading of the mention's region lying close to several of the story's other confident towns, where
    its own reading is a village lying far from all of them; None otherwise, or where the text places the name by a
    town ("X, west of Y") or on a side of its region ("X lies in the east of the Y region"), which decides."""
    entry = m.resolved
    if entry is None or entry.kind != "city" or entry.population >= VILLAGE_MAX_POPULATION \
            or m.bearing_from is not None or m.own_key in context.region_sides or m.label == DEMONYM \
            or _nearest_anchor_km(m, entry, context) <= VILLAGE_OFF_THE_STORY_KM:
        return None
    container = m.container.resolved if m.container is not None else None
    near = [e for e in m.candidates[:CONSIDERED_READINGS]
            if e.kind == "city" and (e.country_code, e.admin1_code) == (entry.country_code, entry.admin1_code)
            and (container is None or _contains(container, e))
            and _story_towns_close_by(m, e, context) >= STORY_TOWNS_AROUND_A_VILLAGE]
    return max(near, key=lambda e: (_story_towns_close_by(m, e, context), -_nearest_anchor_km(m, e, context)),
               default=None)


def _story_towns_close_by(m: Mention, entry: GazetteerEntry, context: Context) -> int:
    """How many of the other names' confident towns, metropolises aside, lie within the closest proximity radius."""
    radius = PROXIMITY_BONUS[0][0]
    return len({k for k, a in context.anchors if k != m.own_key and a.population < METROPOLIS_POPULATION
                and haversine_km(entry.lat, entry.lon, a.lat, a.lon) <= radius})


def _bare_names_of_named_counties(mentions: list[Mention]) -> None:
    """ "a jogger stabbed in DeKalb County ... DeKalb police said": the bare name of a county the text names is
    that county, or a town of its name in it, not a bigger namesake in another state."""
    counties = {name_key(COUNTY_SUFFIX.sub("", m.text)): m for m in mentions
                if m.resolved is not None and m.resolved.kind == "admin2" and COUNTY_SUFFIX.search(m.text)}
    for m in mentions:
        named = counties.get(name_key(m.text))
        county = named.resolved if named is not None else None
        if county is None or m.container is not None or m.resolved is None or m.label == DEMONYM \
                or _contains(county, m.resolved):
            continue
        local = next((e for e in m.candidates if e.id == county.id or e.kind == "city" and _contains(county, e)),
                     None)
        if local is not None:
            m.resolved, m.score = local, min(m.score, named.score)


def _one_reading_per_name(mentions: list[Mention]) -> None:
    """A town named again is the same town: "Trostianets, a town in the Sumy region ... the houses in
    Trostianets" takes the reading its "X in Y" mention was sure of, whatever homonym the rest of the story
    (a strike on Lviv in the last paragraph) pulls its other mentions towards; failing that, the reading of its
    mention that the text places by a town ("the village of X, west of Y") where it lies as told. Where the text
    tells both and the region's reading lies the other way from that town, the reading fitting both wins."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.resolved is not None and m.label != DEMONYM and not m.is_container:
            by_name.setdefault(name_key(m.text), []).append(m)
    for group in by_name.values():
        placed = [m for m in group if m.container is not None and m.container.resolved is not None
                  and m.resolved.kind in {"city", "admin2"} and _contains(m.container.resolved, m.resolved)] \
            or [m for m in group if _placed_by_its_anchor(m)]
        if not placed:
            continue
        leader = max(placed, key=lambda m: m.score)
        fitting = _reading_fitting_every_cue(group)
        if fitting is not None and _against_a_bearing(group, leader.resolved):
            for m in group:
                if any(e.id == fitting.id for e in m.candidates):
                    m.resolved = fitting
            continue
        for m in group:
            if m.container is None and m.resolved.id != leader.resolved.id \
                    and any(e.id == leader.resolved.id for e in m.candidates):
                m.resolved, m.score, m.country_score = leader.resolved, leader.score, leader.country_score


def _told_by_anchor(group: list[Mention]) -> list[Mention]:
    """The mentions of a name the text places by a confidently placed town ("X lies west of Y")."""
    return [m for m in group if m.bearing_from is not None and m.bearing_from[0].resolved is not None
            and m.bearing_from[0].score >= ANCHOR_CONFIDENCE]


def _against_a_bearing(group: list[Mention], entry: GazetteerEntry) -> bool:
    """Whether a reading lies other than one mention of its name tells from a town ("X lies west of Y")."""
    return any(_bearing_fit(m, entry) < 0 for m in _told_by_anchor(group))


def _reading_fitting_every_cue(group: list[Mention]) -> GazetteerEntry | None:
    """The town reading of a name that every mention's cue fits, the region one names ("X in the Y region") and
    the town another places it by ("X lies west of Z"): of those, the nearest to that town. None where the text
    gives not both, or no reading fits them all."""
    told = _told_by_anchor(group)
    containers = [m.container.resolved for m in group if m.container is not None
                  and m.container.resolved is not None and m.container.score >= ANCHOR_CONFIDENCE]
    if not told or not containers:
        return None
    anchor = told[0].bearing_from[0].resolved
    fitting = [e for e in told[0].candidates[:CONSIDERED_READINGS] if e.kind == "city"
               and all(_contains(c, e) for c in containers) and all(_bearing_fit(m, e) > 0 for m in told)]
    return min(fitting, key=lambda e: haversine_km(anchor.lat, anchor.lon, e.lat, e.lon), default=None)


def _names_district(m: Mention) -> bool:
    """Whether the town's name is told as its district's: "the Linden district", "Maru Local Government Area", "the
    municipality of Aguililla"."""
    text = doc_text(m.span.doc)
    return DISTRICT_AFTER.match(text, m.end) is not None or DISTRICT_BEFORE.search(text, max(0, m.start - 40),
                                                                                   m.start) is not None


def raion_reach_km(country_code: str | None, published: str | None) -> float | None:
    """How far from the town a Ukrainian raion is named after its villages lie on a report's day, None for a
    district of another country."""
    if country_code != RAION_REACH_COUNTRY:
        return None
    return OLD_RAION_REACH_KM if published and published[:10] < RAION_REFORM_DAY else RAION_REACH_KM


def _outside_district(entry: GazetteerEntry, town: GazetteerEntry, district_region: GazetteerEntry | None,
                      published: str | None = None) -> bool:
    """Whether a village told as one of the district named after `town` ("X in the Linden district", "... of Y
    region") lies outside the first-level region the district is in: Y where the text names it, else `town`'s; or,
    in Ukraine, beyond a raion's reach of `town` on the report's day (a namesake across the region is no village of
    that district)."""
    reach = raion_reach_km(town.country_code, published)
    if reach is not None and haversine_km(entry.lat, entry.lon, town.lat, town.lon) > reach:
        return True
    if district_region is None:
        return (entry.country_code, entry.admin1_code) != (town.country_code, town.admin1_code)
    return district_region.kind == "admin1" and _contains(district_region, town) \
        and not _contains(district_region, entry)


def _placed_by_its_anchor(m: Mention) -> bool:
    """Whether the mention's town reading lies as the text tells from a confidently placed town ("X, west of Y"),
    and close to it."""
    if m.bearing_from is None or m.resolved is None or m.resolved.kind != "city":
        return False
    anchor, confidence = m.bearing_from[0].resolved, m.bearing_from[0].score
    return anchor is not None and confidence >= ANCHOR_CONFIDENCE and _bearing_fit(m, m.resolved) > 0 \
        and haversine_km(anchor.lat, anchor.lon, m.resolved.lat, m.resolved.lon) <= NEAR_TO_KM


def _drop_namesakes_off_their_anchor(mentions: list[Mention]) -> None:
    """ "Karlivka, west of Donetsk", where every Karlivka the gazetteer knows lies far from Donetsk or the other
    way: the gazetteer lacks the village, and a namesake 200 km off is worse than no place (the event then falls to
    the town the text places it by). Every mention of the name goes."""
    _drop_town_readings(mentions, {name_key(m.text) for m in mentions
                                   if _off_its_anchor(m) or _outside_its_container(m)})


def _drop_town_readings(mentions: list[Mention], names: set[str]) -> None:
    """Every mention of these names loses its town reading (a region or country reading stays)."""
    for m in mentions:
        if name_key(m.text) in names and m.resolved is not None and m.resolved.kind == "city":
            m.resolved = None


def _off_its_anchor(m: Mention) -> bool:
    """Whether no town reading of a village told by a confidently placed town ("north of Avdiivka") lies as told,
    nor close to that town, or, told by a country ("a slum north of Haiti's capital"), in that country (a town too
    big for the gazetteer to lack stays)."""
    if m.bearing_from is None or m.resolved is None or m.resolved.kind != "city" \
            or m.resolved.population >= VILLAGE_MAX_POPULATION:
        return False
    anchor = m.bearing_from[0].resolved
    if anchor is None or anchor.kind not in {"city", "country"} or m.bearing_from[0].score < ANCHOR_CONFIDENCE:
        return False
    towns = [e for e in m.candidates[:CONSIDERED_READINGS] if e.kind == "city"]
    if anchor.kind == "country":
        return not any(_contains(anchor, e) for e in towns)
    return all(_bearing_fit(m, e) < 0 and haversine_km(anchor.lat, anchor.lon, e.lat, e.lon) > NEAR_TO_KM
               for e in towns)


def _drop_namesakes_off_the_story_region(mentions: list[Mention], context: Context) -> None:
    """ "LA MORA, Mexico ... in Mexico's northern state of Sonora ... La Mora, a hamlet of Bavispe municipality",
    where the gazetteer's only La Mora is a hamlet in another state, 1,500 km off: the gazetteer lacks the village,
    and a namesake far from the region the story names and from every town it places there is worse than no place
    (the event then falls to those). Every mention of the name goes."""
    _drop_town_readings(mentions, {name_key(m.text) for m in mentions if _off_the_story_region(m, mentions, context)})


def _off_the_story_region(m: Mention, mentions: list[Mention], context: Context) -> bool:
    """Whether a village reading lies outside every first-level region of its country that the story names (or, for
    one read by another spelling where the story names none there, every one it names: "Dunayka" in a story on
    Russia's Belgorod region is not Ukraine's Dunaika near Kyiv), and far from each of them and from the story's
    confident towns in that country. A village in the region the outlet covers is its own news, wherever else the
    story goes."""
    entry = m.resolved
    if entry is None or entry.kind != "city" or entry.population >= VILLAGE_MAX_POPULATION or m.label == DEMONYM:
        return False
    named = [o.resolved for o in mentions if o.resolved is not None and o.resolved.kind == "admin1"
             and o.label not in {DEMONYM, ORG_PART}]
    regions = [r for r in named if r.country_code == entry.country_code] \
        or (named if entry.match >= MATCH_ALTERNATE else [])
    if not regions or any((r.country_code, r.admin1_code) == (entry.country_code, entry.admin1_code) for r in regions) \
            or (entry.country_code, entry.admin1) in context.outlet_home:
        return False
    towns = [a for k, a in context.anchors if k != m.own_key and a.country_code == entry.country_code]
    return all(haversine_km(entry.lat, entry.lon, p.lat, p.lon) > FAR_FETCHED_VILLAGE_KM for p in regions + towns)


def _outside_its_container(m: Mention) -> bool:
    """Whether a village told as one of a confidently placed country or area ("the North Sinai village of X") has
    no town reading there: the gazetteer lacks it, and its namesake in another country is no better. (One told
    in a first-level region takes that region instead, in `_resolve_facilities`.)"""
    container = m.container.resolved if m.container is not None else None
    if container is None or container.kind not in {"country", "area"} or m.resolved is None \
            or m.resolved.kind != "city" or m.resolved.population >= VILLAGE_MAX_POPULATION \
            or m.container.score < ANCHOR_CONFIDENCE:
        return False
    return not any(_contains(container, e) for e in m.candidates[:CONSIDERED_READINGS] if e.kind == "city")


def _well_known_as_spelt(m: Mention, entry: GazetteerEntry) -> bool:
    """A well-known city spelt as the text spells it, or the region named after one ("Istanbul" read as its
    province), or a capital by any of its names: no namesake by another spelling. A city other than a capital read
    by a name it does not carry as written but other towns do, a letter short or over, is not spelt so:
    "Mina", by Mecca in a story on Saudi Arabia, is one of Minna's other names, not Minna in Nigeria."""
    if entry.kind == "city":
        # a capital is known abroad by its other spellings too ("Kiev" for Kyiv), though not by its epithets
        if entry.feature == "PPLC" and entry.population >= WELL_KNOWN_POPULATION and entry.match <= MATCH_ALTERNATE \
                and SequenceMatcher(None, m.text.lower(), entry.name.lower()).ratio() >= CAPITAL_SPELLING:
            return True
        # a letter dropped or added makes another word, not a respelling ("Lugansk" for Luhansk)
        if entry.match >= MATCH_ALTERNATE and len(name_key(m.text)) != len(name_key(entry.name)) and any(
                e.kind == "city" and e.match == MATCH_NAME for e in m.candidates[:CONSIDERED_READINGS]):
            return False
        cities = [entry]
    elif entry.kind == "admin1":
        cities = [e for e in m.candidates
                  if e.kind == "city" and (e.country_code, e.admin1_code) == (entry.country_code, entry.admin1_code)]
    else:
        return False
    return any(c.population >= WELL_KNOWN_POPULATION and SequenceMatcher(
        None, m.text.lower(), c.name.lower()).ratio() >= SAME_SPELLING for c in cities)


def _before_public_site(m: Mention) -> bool:
    """Whether the name opens a public site's ("Independence Square", "Lenin Park")."""
    return m.label == "GAZ" and m.span.end < len(m.span.doc) and m.span.doc[m.span.end].lower_ in PUBLIC_SITE_WORDS


def _names_site(m: Mention, entry: GazetteerEntry | None) -> bool:
    """Whether a town is read only from a name inside a site's name: a public site's, whatever the town's size
    ("Independence Square" in Kyiv is not in Missouri), or a small town's institution's ("near the Bahman Hospital"
    in Beirut is no town in Iran). Such a reading is as doubtful as one by another spelling."""
    if entry is None or entry.kind != "city" or m.label != "GAZ" or m.span.end >= len(m.span.doc):
        return False
    return _before_public_site(m) or (entry.population < WELL_KNOWN_POPULATION
                                      and m.span.doc[m.span.end].lower_ in LOCAL_INSTITUTION_WORDS)


def _far_fetched(m: Mention, context: Context) -> bool:
    """A small place's name read, by another spelling, as a town in a country the document does not name and
    far from every place it does: "Boni" (a Malian village the gazetteer lacks) is not Bonn, "Mika" in a
    story on Poland not a town in India. Better no place than one on another continent. A hamlet the gazetteer
    knows no people of is as doubtful by its exact name: a village in a story on Pakistan is no English hamlet."""
    entry = m.resolved
    if entry is None or not (entry.kind == "city" and (entry.match >= MATCH_ALTERNATE or entry.population == 0)
                             or entry.kind == "admin1" or _names_site(m, entry)):
        return False
    if entry.kind == "city" and (entry.population >= VILLAGE_MAX_POPULATION or entry.match == MATCH_VARIANT) \
            and VILLAGE_OF.search(doc_text(m.span.doc)[max(0, m.start - 30):m.start]):
        # "the village of Almat" (Lebanon) is not Almetyevsk, a city of 140,000, by another spelling; nor is a
        # village any town a loose spelling reaches, since only large towns are read so
        return True
    if _well_known_as_spelt(m, entry) and not _before_public_site(m):
        return False
    key = m.own_key
    countries = context.others(key)
    if not countries or entry.country_code in countries:
        return False
    points = [(a.lat, a.lon) for k, a in context.anchors if k != key]
    if entry.kind == "admin1":
        # "the North Western zone" in a story on Tigray is not Zambia's province: a region of a country the text
        # does not name, far from every town it places (a country's middle is too rough a point to measure from);
        # towns read by a loose spelling do not count against it
        sure = [(a.lat, a.lon) for k, a in context.anchors if k != key and a.match < MATCH_ALTERNATE]
        if not sure:
            # nothing surely placed: a name of directions only ("North Western"), or one read by another
            # spelling, is doubted against a country the text names, as a town is below ("Manitoba" is not)
            loose = entry.match >= MATCH_ALTERNATE or set(re.split(r"[\s-]+", m.text.lower())) <= DIRECTION_WORDS
            return loose and max(countries.values()) >= 1.0
        return all(haversine_km(entry.lat, entry.lon, lat, lon) > FAR_FETCHED_KM for lat, lon in sure)
    if not points:
        # nothing placed to measure from: doubted only against a country the text names, not one whose people act
        # in it ("Russian missiles struck Zaporizhzhia" names no country for the story), or against a region of
        # another country that it names ("Mahas, a town in Hiiraan region" is no small town in Jordan)
        return max(countries.values()) >= 1.0 or entry.population < WELL_KNOWN_POPULATION and any(
            cc != entry.country_code for cc, _ in context.regions)
    # a village abroad by another spelling is believed only close to the story's places: a report on Egypt's
    # "village of Rawda" does not reach across the sea for Bulgaria's Ravda; so is a small town abroad read by a
    # name not its own, for news names a small foreign town by its own name: a district of the story's city that the
    # gazetteer lacks is no hamlet two countries off that GeoNames files under that name
    village = entry.kind == "city" and entry.population < VILLAGE_MAX_POPULATION and (
        _told_as_village(m) or entry.match >= MATCH_ALTERNATE)
    reach = FAR_FETCHED_VILLAGE_KM if village else FAR_FETCHED_KM
    return all(haversine_km(entry.lat, entry.lon, lat, lon) > reach for lat, lon in points)


def _landmark_far_off(m: Mention, context: Context) -> bool:
    """A landmark or city quarter (the gazetteer's few are in war zones) in a country the document does not name
    and far from every place it does: a bridge or square of that name in the story's own town ("the Rimal bridge"
    in a report on Basra is not Gaza City's Rimal quarter)."""
    entry = m.resolved
    if entry is None or entry.kind != "facility" or entry.country_code in context.others(m.own_key):
        return False
    points = [(a.lat, a.lon) for k, a in context.anchors if k != m.own_key]
    return bool(points) and all(haversine_km(entry.lat, entry.lon, lat, lon) > FAR_FETCHED_VILLAGE_KM
                                for lat, lon in points)


# "the village of Xyz", "the town of Xyz": a settlement named as such
SETTLEMENT_NAMED = re.compile(r"\b(?:town|village|city|settlement|hamlet|township)\s+of\s+([A-Z][\w'\u2019-]+)")


def names_unknown_settlement(text: str, known: Iterable[Mention | Place], start: int, end: int) -> bool:
    """Whether text[start:end] names a settlement as such ("the village of Xyz") that none of the `known` places
    covers: a town the gazetteer lacks, where what the text tells next more likely is than in a town named before
    it or in the dateline's."""
    spans = [(k.start, k.end) for k in known if not isinstance(k, Mention) or k.resolved is not None]
    return any(not any(a <= match.start(1) < b for a, b in spans)
               for match in SETTLEMENT_NAMED.finditer(text, start, end))


def _unknown_villages_at_their_anchor(mentions: list[Mention]) -> None:
    """A village the gazetteer cannot place, told as one of a region ("X in the Zaporizhzhia region ... X lies
    north-east of Y") lies by the town the text places it by: every mention of the name takes that town, a nearer
    guess than the region. (Told in no region, it is left unplaced, and its event falls to the town anyway.)"""
    unplaced: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label not in {DEMONYM, ORG_PART, STREET_LABEL, "FAC"}:
            unplaced.setdefault(name_key(m.text), []).append(m)
    for group in unplaced.values():
        if any(m.resolved is not None for m in group) or all(m.container is None for m in group):
            continue
        anchor = next((m.bearing_from[0] for m in group if m.bearing_from is not None
                       and m.bearing_from[0].resolved is not None and m.bearing_from[0].resolved.kind == "city"
                       and m.bearing_from[0].score >= ANCHOR_CONFIDENCE), None)
        if anchor is not None:
            for m in group:
                m.resolved, m.score = anchor.resolved, anchor.score * 0.8


def _distance_measured_from(m: Mention) -> bool:
    """Whether the text measures a distance from the town ("30km northeast of Baghdad in Diyala province"): the
    region told after it holds the place measured, and is no sign that the town is a namesake lying there."""
    return DISTANCE_FROM.search(doc_text(m.span.doc), max(0, m.start - 60), m.start) is not None


def _resolve_facilities(mentions: list[Mention], published: str | None = None) -> None:
    """A facility or street with no gazetteer entry takes the place it is in ("Freedom Square in Kharkiv"); a
    street the text does not place lies in the town named last before it (else first after it). `published`, the
    report's day, tells which raions a district of Ukraine is."""
    towns = [m for m in mentions if m.resolved is not None and m.resolved.kind in {"city", "admin2"}
             and m.label not in {ORG_PART, DEMONYM, STREET_LABEL, "FAC"} and m.score >= ANCHOR_CONFIDENCE
             and not _names_regional_institution(m)]
    namesakes_elsewhere: dict[tuple[str, int], tuple[GazetteerEntry, float]] = {}
    for m in mentions:
        region = m.container.resolved if m.container is not None and not _bare_abbreviation(m.container) else None
        district = m.container if region is not None and region.kind == "city" and m.label != STREET_LABEL \
            and _names_district(m.container) else None
        district_region = district.container.resolved if district is not None \
            and district.container is not None else None
        if m.resolved is not None and m.resolved.kind == "city" and region is not None and district is not None \
                and _outside_district(m.resolved, region, district_region, published):
            # "the village of Oakfield in the Linden district of Y region": a village the gazetteer knows only in
            # other regions lies in the district the text puts in Y, whose main town names it
            namesakes_elsewhere[(name_key(m.text), m.resolved.id)] = (region, district.score * 0.8)
            m.resolved, m.score = region, district.score * 0.8
            continue
        if m.resolved is not None and m.resolved.kind in {"city", "admin2"} and region is not None \
                and region.kind == "admin1" and not _contains(region, m.resolved) and not _distance_measured_from(m):
            # "the Belaya airfield in Irkutsk Oblast", "Smalltown, Ohio": a town the gazetteer does not know
            # there, only namesakes elsewhere, lies in the region the text puts it in
            namesakes_elsewhere[(name_key(m.text), m.resolved.id)] = (region, m.container.score * 0.8)
            m.resolved, m.score = region, m.container.score * 0.8
            continue
        if m.resolved is not None and m.resolved.kind == "city" and region is not None and region.kind == "city" \
                and m.label not in {ORG_PART, DEMONYM} and _site_end(m.span) is not None \
                and haversine_km(m.resolved.lat, m.resolved.lon, region.lat, region.lon) > URBAN_PART_KM:
            # "the Lakeview complex in Accra": a site in the town the text names, not a namesake town elsewhere
            m.resolved, m.score = region, m.container.score * 0.8
            continue
        if m.resolved is not None:
            after = m.span.doc[m.span.end] if m.span.end < len(m.span.doc) else None
            previous = max((t for t in towns if t.start < m.start and t is not m), key=lambda t: t.start, default=None)
            # "the city's Kyivskyi district": a district of the town the story is in, not a namesake village
            # "Kherson's Dniprovskyi district": the town named just before owns the district, however big a
            # namesake is. "Balochistan's Mastung district" or "the Mastung district of ..." is a district of
            # its own, not part of a town.
            text = doc_text(m.span.doc)
            text_before = text[max(0, m.start - 20):m.start]
            owned = previous is not None and re.fullmatch(r"\s*['\u2019]s\s+", text[previous.end:m.start])
            of_town = re.search(r"\b(?:city|town|capital)['\u2019]s\s+$", text_before) is not None
            if previous is not None and _spot_of_town_abroad(m, previous, bool(owned)):
                m.resolved, m.score = previous.resolved, previous.score * 0.8
                continue
            told_part = after is not None and after.lower_ in URBAN_PART_WORDS and (owned or of_town) \
                or _bare_quarter(m) or CITY_PART_APPOSITION.match(text, m.end) is not None
            if told_part and previous is not None and m.resolved.kind == "city" \
                    and haversine_km(m.resolved.lat, m.resolved.lon, previous.resolved.lat,
                                     previous.resolved.lon) > URBAN_PART_KM:
                m.resolved, m.score = previous.resolved, previous.score * 0.8
            continue
        # (a nationality, "the Somali town of X", names only the country, which stands for no town)
        if m.container is not None and m.container.resolved is not None and m.container.label != DEMONYM:
            m.resolved, m.score = m.container.resolved, m.container.score * 0.8
        elif m.label == STREET_LABEL and towns:
            # (not a town told as where the fire came from, "troops near X fired ... a house on Y Street", nor one a
            # place is likened to, "should be made to look like X")
            text = doc_text(m.span.doc)
            town = max((t for t in towns if t.start < m.start and not fire_origin(text, t) and not _likened_to(t)),
                       key=lambda t: t.start, default=towns[0])
            if town.start > m.start and listed_with(town, towns, doc_text(town.span.doc)):
                continue  # "... smaller rallies in Batumi, Kutaisi and Zugdidi": a street lies in none of a list
            if town.start < m.start and names_unknown_settlement(doc_text(m.span.doc), mentions, town.end, m.start):
                continue  # "shelled the village of <unknown> ... a house on Sadova Street": not the town before it
            m.resolved, m.score = town.resolved, town.score * 0.5
    # the same town named again without its region ("fighting near Oakdale" in the headline) is the town the text
    # put in that region, not the namesake elsewhere its bare name was read as
    for m in mentions:
        if m.container is None and m.resolved is not None and m.label != DEMONYM:
            moved = namesakes_elsewhere.get((name_key(m.text), m.resolved.id))
            if moved is not None:
                m.resolved, m.score = moved


# between two places of a list: "Lviv, Rivne and Lutsk"
LIST_GAP = re.compile(r"\s*(?:,|and|or|, and)\s*")


def listed_with(item: Mention | Place, others: Iterable[Mention | Place], text: str) -> bool:
    """Whether a place named in `text` stands in a list with one of `others` ("in Lviv, Rivne and Lutsk"): a street
    named before the list lies in none of them, and a report's scene is no town it only lists."""
    return any(LIST_GAP.fullmatch(text[a.end:b.start]) is not None
               for other in others if other is not item for a, b in ((item, other), (other, item)) if a.end <= b.start)


def listed_regions(place: Place, places: list[Place], text: str) -> list[Place]:
    """The regions of one country `place` is listed with, itself included, where they are at least
    `LISTED_REGIONS_LEAST` ("the Khmelnytskyi, Rivne, Volyn and Odesa regions", "several regions including
    Khmelnytskyi, Rivne and Volyn", a town reading of some names notwithstanding); [] otherwise. Such a list tells
    where a wave of strikes reached, and none of its regions is the wave's one scene."""
    ordered = sorted({p.start: p for p in places}.values(), key=lambda p: p.start)
    at = next((i for i, p in enumerate(ordered) if p.start == place.start), None)
    if at is None:
        return []
    first = last = at
    while first > 0 and LIST_GAP.fullmatch(text, ordered[first - 1].end, ordered[first].start):
        first -= 1
    while last + 1 < len(ordered) and LIST_GAP.fullmatch(text, ordered[last].end, ordered[last + 1].start):
        last += 1
    run = ordered[first:last + 1]
    if len(run) < LISTED_REGIONS_LEAST or not re.search(r"\b(?:and|or)\b", text[run[-2].end:run[-1].start]) \
            or len({p.country_code for p in run}) != 1:
        return []
    told_as_regions = all(p.kind == "admin1" for p in run) or REGIONS_AFTER.match(text, run[-1].end) is not None \
        or REGIONS_BEFORE_LIST.search(text, max(0, run[0].start - 40), run[0].start) is not None
    return run if told_as_regions else []


def country_of(place: Place) -> Place | None:
    """`place`'s country, as a Place at the same span."""
    entry = Gazetteer.load().country(place.country_code) if place.country_code else None
    return _country_at(entry, place.text, place.start, place.end, place.score) if entry is not None else None


def _country_at(entry: GazetteerEntry, text: str, start: int, end: int, score: float) -> Place:
    """The country `entry` as a Place at the span [start, end) of the text."""
    return Place(text=text, start=start, end=end, name=entry.name, kind="country", geonameid=entry.geonameid,
                 country_code=entry.country_code, admin1=None, lat=round(entry.lat, 5), lon=round(entry.lon, 5),
                 score=score)


def _names_regional_institution(m: Mention) -> bool:
    """ "the head of the X regional administration": X names the region the institution serves, not a town the
    story's streets and quarters lie in (though its building stands in the region's seat)."""
    return REGIONAL_INSTITUTION_AFTER.match(doc_text(m.span.doc), m.end) is not None


def _likened_to(m: Mention) -> bool:
    """ "the village should be made to look like X", "turn it into another X": a town named as the likeness of
    another place, not as a place the story's streets lie in."""
    return LIKENESS_BEFORE.search(doc_text(m.span.doc), max(0, m.start - 40), m.start) is not None


def _bare_quarter(m: Mention) -> bool:
    """ "rockets hit the X neighbourhood": a name before a word naming only a part of a town, placed in no town ("the
    X neighbourhood of Y"), is a quarter of the town the story is in."""
    return m.container is None and _urban_part_word_after(m.span, QUARTER_WORDS)


def _spot_of_town_abroad(m: Mention, town: Mention, owned: bool) -> bool:
    """ "Mogadishu's Lido beach", "the market" of a story about a town: a spot that the gazetteer knows only as a
    small town in another country lies in the town the text names before it."""
    if m.resolved is None or town.resolved is None or m.resolved.kind != "city" or m.label in {ORG_PART, DEMONYM}:
        return False
    if not (owned or m.span[-1].lower_ in SPOT_WORDS):
        return False
    country = town.resolved.country_code
    return all(entry.country_code != country and entry.population < NAMESAKE_POPULATION for entry in m.candidates)


def _bare_abbreviation(m: Mention) -> bool:
    """ "Miss", "Ga", "NY": a short form without the period of AP style, too often another word to overrule a
    town's own reading with."""
    return m.resolved is not None and m.resolved.match != MATCH_NAME and len(m.text) <= 4 and not m.text.endswith(".")


def _to_place(m: Mention) -> Place:
    entry = m.resolved
    assert entry is not None
    kind = "demonym" if m.label == DEMONYM else entry.kind
    if m.label in {"FAC", STREET_LABEL} and not m.candidates:
        kind = "facility"
    admin1 = entry.admin1 if entry.kind != "country" else None
    return Place(text=m.text, start=m.start, end=m.end, name=entry.name, kind=kind, geonameid=entry.geonameid,
                 country_code=entry.country_code, admin1=admin1, lat=round(entry.lat, 5),
                 lon=round(entry.lon, 5), score=round(m.score, 3))


# "at about 02:00 Moscow time", "Kyiv time": a clock, not a place
TIME_ZONE_AFTER = re.compile(r"\s+time\b(?!\s+(?:and|again))", re.IGNORECASE)
# "Molotov cocktails", "Kalashnikov rifles": a name that, before these nouns, is an object's, not a place's
NAMED_OBJECT_AFTER = re.compile(r"\s+(?:cocktails?|rifles?|carbines?|pistols?)\b", re.IGNORECASE)


def extract_places(doc: Doc, document: Document, gazetteer: Gazetteer, demonyms: bool = False,
                   outlet_home: frozenset[tuple[str, str]] | None = None) -> list[Place]:
    """Every place mention in the document, resolved, in text order. Demonyms ("Ukrainian") inform the
    resolution of the others but are only returned, as kind "demonym", when `demonyms` is true (some
    geoparsing corpora count them as toponyms; they never name where an event happened). `outlet_home`, the
    (country code, admin1 name) of the regions the outlet's other documents lie in (`OutletHomes.home`), favours
    their towns."""
    text = document.text
    mentions = [m for m in _find_mentions(doc, gazetteer)
                if not document.is_boilerplate(m.start, m.end) and not TIME_ZONE_AFTER.match(text, m.end)
                and not NAMED_OBJECT_AFTER.match(text, m.end)]
    mentions = _region_lists(mentions, doc, gazetteer)
    _settlements_told_by_their_word(mentions, text)
    _areas_holding_a_province(mentions, gazetteer, text)
    _extend_regions(mentions, gazetteer, text)
    _regions_listed_with_regions(mentions, text)
    _link_containers(mentions, text)
    mentions = _settlement_lists(mentions, doc, gazetteer)
    _add_readings_in_story_regions(mentions, gazetteer)
    _add_russian_readings_in_story_regions(mentions, gazetteer)
    mentions = _unknown_settlements_in_story_regions(mentions, doc, gazetteer)
    mentions = _unknown_towns_in_named_countries(mentions, doc, gazetteer)
    _link_bearings(mentions, text)
    _link_sides(mentions, text)
    _drop_towns_read_by_their_countrys_name(mentions)
    _resolve(mentions, text, outlet_host(document), outlet_home or frozenset(), document.published)
    _unknown_villages_at_their_anchor(mentions)
    _resolve_facilities(mentions, document.published)
    return [_to_place(m) for m in mentions if m.resolved is not None and (demonyms or m.label != DEMONYM)
            and not _stray_abbreviation(m, text)]


def _stray_abbreviation(m: Mention, text: str) -> bool:
    """ "during Sunday Mass", "Miss Universe": a US state's bare short form in title case ("Mass", not "NY" nor
    "Mass.") names the state only after its town ("Worcester, Mass"); elsewhere it is the word it spells."""
    state = m.resolved is not None and m.resolved.kind == "admin1" and m.resolved.country_code == "US"
    return state and _bare_abbreviation(m) and not m.text.isupper() and not text[:m.start].rstrip().endswith(",")


# --- event location ---------------------------------------------------------------------------------


def main_country(places: list[Place], doc: Doc | None = None) -> str | None:
    """The country most of the document's places are in; a place that is the subject of a clause
    ("Russia launched ...") counts half, as it is more often the actor than the scene. A place named as the other
    side of a border does not count, nor does a dateline's (the bureau's city: "CAIRO" over a story on Sudan) where
    the text names another country's places or people, unless the body names the dateline's country too (a
    "PORT-AU-PRINCE" story on Haiti that names where the wounded were flown abroad and who condemned the attack).
    Of countries named as often, the one the text names first in any role wins: the lead's "Iran's deputy minister"
    tells the story's country better than "had fought in Iraq" further down."""
    counts: Counter = Counter()
    datelines: Counter = Counter()
    text = doc_text(doc) if doc is not None else ""
    dateline_starts = _dateline_starts(text)
    for place in places:
        if place.country_code and (doc is None or can_be_scene(doc, place) and not beside_border(text, place)):
            token = _place_token(doc, place) if doc is not None else None
            weight = 0.5 if token is not None and token.dep_ == "nsubj" else 1.0
            (datelines if place.start in dateline_starts and place.text.isupper() else counts)[
                place.country_code] += weight
    if set(counts) & set(datelines) or not (set(counts) - set(datelines) or _foreign_people(doc, set(datelines))):
        counts.update(datelines)
    if not counts:
        return None
    first_named: dict[str, int] = {}
    for place in places:
        first_named.setdefault(place.country_code, place.start)
    return max(counts, key=lambda country: (counts[country], -first_named[country]))


def _foreign_people(doc: Doc | None, countries: set[str]) -> bool:
    """Whether the text names people of a country other than `countries` ("Sudanese security forces")."""
    if doc is None:
        return False
    gazetteer = Gazetteer.load()
    return any(entry is not None and entry.country_code not in countries
               for entry in (gazetteer.demonym_country(ent.text) for ent in doc.ents if ent.label_ == "NORP"))


def _country_place(document: Document, doc: Doc, start: int, end: int, places: list[Place]) -> Place | None:
    """ "the country" in [start, end) ("a village in the east of the country"): the document's main country, as a
    Place."""
    match = COUNTRY_ANAPHOR.search(document.text, start, end)
    country = main_country(places, doc) if match else None
    entry = Gazetteer.load().country(country) if country else None
    if entry is None:
        return None
    return _country_at(entry, match.group(1), match.start(1), match.end(1), 0.7)


def can_be_scene(doc: Doc, place: Place) -> bool:
    """A demonym, a place inside an organisation's or outlet's name ("The New York Times", "Kyiv
    Independent", "Kharkiv Regional Administration"), or one in a relative clause about a person ("a lawmaker who
    was shot in Lviv") is not where an event happened, unless (`locate_event`) that clause tells the event."""
    if not _can_be_scene_of_own_clause(doc, place):
        return False
    token = _place_token(doc, place)
    return token is None or not in_side_clause(token)


def _can_be_scene_of_own_clause(doc: Doc, place: Place) -> bool:
    if place.kind == "demonym" or MAKER_SUFFIX.match(doc_text(doc), place.end) \
            or DESTINATION_SUFFIX.match(doc_text(doc), place.end) or ACCORD_SUFFIX.match(doc_text(doc), place.end) \
            or SUBURB_OF_SUFFIX.match(doc_text(doc), place.end):
        return False  # "a US-made HIMARS launcher", "a Kyiv-based group", "the Peshawar-bound train"
    if _government_act(doc, place) or _party_not_scene(doc, place):
        return False
    if place.kind == "country" and _names_a_nationality(doc, place):
        return False  # "U.S. filmmaker Brent Renaud", "US troops": whose, not where
    if _origin_of_person(doc, place):
        return False  # "a student from the Lviv region": where the person comes from
    if _lies_beyond(doc, place):
        return False  # "the revolt spread far beyond Kyiv": somewhere other than Kyiv
    if _institution_of_its_people(doc, place):
        return False  # "two students of the Lviv polytechnic school": whose school they attend, not where they were
    if place.kind == "country" and (EMBASSY_AFTER.match(doc_text(doc), place.end)
                                    or FLAG_BEFORE.search(doc_text(doc)[max(0, place.start - 20):place.start])):
        return False  # "outside the US, French and Belgian embassies", "burned flags of the United States"
    if SLOGAN_BEFORE.search(doc_text(doc)[max(0, place.start - 60):place.start]):
        return False  # 'the crowd chanted "Russia! Russia!"': what they called for, not where they were
    if _in_officer_title(doc_text(doc), place):
        return False  # "Inspector General of Police (Kashmir) Vijay Kumar said": the officer's beat, not a scene
    if place.kind == "country" and (NATIONALITY_BEFORE.search(doc_text(doc)[max(0, place.start - 30):place.start])
                                    or ALLEGIANCE_BEFORE.search(doc_text(doc)[max(0, place.start - 30):place.start])
                                    or ALLEGIANCE_AFTER.match(doc_text(doc), place.end)):
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return True
    for ent in _name_entities(doc):
        if ent.start <= span.start and span.end <= ent.end and len(_without_article(ent)) > len(span) \
                and not _place_phrase(ent) and not _coordinated_names(ent) and not _site_named(ent):
            return False
    return True


def _in_officer_title(text: str, place: Place) -> bool:
    """ "Additional Director General of Police (Jammu) Mukesh Singh", "IGP (Kashmir) Vijay Kumar", "Malakand
    regional police chief Ali Khan": a place bracketed between an officer's title and name, or opening the title
    before the name, tells the area the officer serves, not where anything happened."""
    return bool(TITLE_BEFORE_BRACKET.search(text, max(0, place.start - 40), place.start)
                and NAME_AFTER_BRACKET.match(text, place.end)) or bool(OFFICER_TITLE_AFTER.match(text, place.end))


def _names_a_nationality(doc: Doc, place: Place) -> bool:
    """A country's name used as a modifier of a person or a group: "U.S. filmmaker", "Irish cameraman", "U.S. and
    Kenyan forces"."""
    token = _place_token(doc, place)
    return token is not None and token.dep_ in {"compound", "amod", "nmod"} and token.head.pos_ in {"NOUN", "PROPN"} \
        and token.head.ent_type_ not in {"GPE", "LOC", "FAC"} and token.head.lemma_.lower() in NATIONAL_PEOPLE


def _origin_of_person(doc: Doc, place: Place) -> bool:
    """A place that tells where a person is from ("a young man from the Poltava region", "refugees from
    Mariupol", "they were identified as Ivan Petrenko and Oleh Bondar, from the village of Sokil near Lutsk"), not
    where anything happened to them."""
    token = _place_token(doc, place)
    while token is not None and (token.dep_ == "compound"
                                 or (token.dep_ == "pobj" and token.head.lower_ in {"of", "near"})):
        token = token.head if token.dep_ == "compound" else token.head.head  # up to "the village" the man is from
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "from":
        return False
    person = token.head.head
    if person.lemma_.lower() in {"identify", "name"}:
        return True  # "were identified as ..., from ...": the "from" tells of the people named
    return person.pos_ == "NOUN" and person.lemma_.lower() in NATIONAL_PEOPLE | TOWN_PEOPLE_WORDS | ORIGIN_PEOPLE


def _lies_beyond(doc: Doc, place: Place) -> bool:
    """A town or region that the text says the event went beyond: the event happened elsewhere."""
    token = _place_token(doc, place)
    return token is not None and token.dep_ == "pobj" and token.head.lower_ == "beyond"


def _institution_of_its_people(doc: Doc, place: Place) -> bool:
    """A place naming the school or body that people belong to ("students of the Lviv polytechnic school",
    "members of the Odesa city council"): their affiliation, not where anything happened to them."""
    token = _place_token(doc, place)
    if token is None:
        return False
    while token.dep_ in {"compound", "nmod", "poss", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in MEMBER_PEOPLE


# people an institution's name says whose they are: "students of the X college"
MEMBER_PEOPLE = {"student", "pupil", "member", "teacher", "worker", "employee", "staff", "cadet", "graduate",
                 "professor", "lecturer"}
# people a place says where they come from: "refugees from Mariupol", "a family from Irpin"
ORIGIN_PEOPLE = {"refugee", "evacuee", "family", "families", "people", "person", "child", "native", "migrant",
                 "protester", "demonstrator", "conscript", "recruit", "prisoner", "captive"}
# "the US, French and Belgian embassies", "the Russian consulate": a country's mission abroad, not the country
EMBASSY_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w-]+)*(?:,?\s+and\s+[A-Z][\w-]+)?\s+(?:embassy|embassies|consulate|"
                           r"consulates)\b")
FLAG_BEFORE = re.compile(r"\bflags? of (?:the )?$", re.I)
# A name inside the quoted words of a chant or shout ('chanted "Russia! Russia!"', 'cries of "Free Gaza"').
SLOGAN_BEFORE = re.compile(r"\b(?:chant|chants|chanted|chanting|shout|shouts|shouted|shouting|cries|cried|"
                           r"slogans?)(?:\s+of)?\s*[:,]?\s*[\"“][^\"”]*$", re.I)
# "Director General of Police (", "IGP (", "Commissioner (": an officer's title, whose beat a bracketed place names
TITLE_BEFORE_BRACKET = re.compile(r"\b(?:Police|General|Commissioner|Inspector|Superintendent|Director|Commander|"
                                  r"Officer|Magistrate|Secretary|Chief|[A-Z]{2,5})\s*\($")
# "(Jammu) Mukesh Singh", "(Kashmir), Vijay Kumar,": the officer's name follows the bracket
NAME_AFTER_BRACKET = re.compile(r"\)\s*,?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+")
# People and groups a country's name may modify ("U.S. filmmaker", "U.S. troops", "Russian-installed official").
NATIONAL_PEOPLE = {"filmmaker", "journalist", "reporter", "photographer", "cameraman", "correspondent", "citizen",
                   "national", "soldier", "troop", "official", "diplomat", "envoy", "aid", "worker", "volunteer",
                   "contractor", "tourist", "student", "activist", "mercenary", "fighter", "pilot", "sailor",
                   "marine", "veteran", "businessman", "writer", "author", "doctor", "nurse", "medic", "force",
                   "member"}


def _site_named(ent: Span) -> bool:
    """ "the Gazprom Neftekhim Salavat petrochemical plant", "the Lukoil Volgograd refinery": a company's name
    for a site that a facility word follows carries the site's town."""
    after = ent.doc[ent.end:ent.end + 2]
    return any(t.lower_ in FACILITY_WORDS for t in after)


def _government_act(doc: Doc, place: Place) -> bool:
    """ "Kiev's claim to have captured Andreyevka", "Washington's decision": a country's or its capital's
    possessive before what a government says or decides names the government, not where anything happened."""
    if not GOVERNMENT_ACT_AFTER.match(doc_text(doc), place.end):
        return False
    return place.kind == "country" or _is_capital(place)


def _party_not_scene(doc: Doc, place: Place) -> bool:
    """A country or capital named as the broker, host, partner, supplier or blamed party of an act ("in a deal
    mediated by the United Arab Emirates", "a Qatar-brokered truce", "talks with Moscow", "missiles supplied by the
    United States", "accusing Moscow of looting", "the Kiev regime's drones"), or standing for its
    government or press ("according to Kiev", "US authorities", "the new leadership in Kiev"). A country whose organ
    speaks ("Ukraine's SBU said") stays a scene: it is most often the story's own country."""
    text = doc_text(doc)
    before = text[max(0, place.start - 50):place.start]
    if BROKER_SUFFIX.match(text, place.end) or BROKER_BEFORE.search(before):
        return True
    if place.kind != "country" and not _is_capital(place):
        return False
    return bool(BLAMED_BEFORE.search(before) or PARTNER_BEFORE.search(before) or REGIME_AFTER.match(text, place.end)
                or WAR_PARTIES_BEFORE.search(before) or GOVERNMENT_SOURCE_BEFORE.search(before)
                or GOVERNMENT_SEAT_BEFORE.search(before) or SUPPLIER_BEFORE.search(before)
                or GOVERNMENT_AFTER.match(text, place.end) or OFFICE_HOLDER_AFTER.match(text, place.end)
                or names_office_holder(text, place.start, place.end))


def _name_entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's organisation, work and product names, their bounds found once per doc (spaCy rebuilds `doc.ents`
    on every access, which made placing events quadratic in the number of places). The memo keeps token bounds, not
    Spans: a Span holds its doc, and would keep every doc alive."""
    memo = doc_memo(doc)
    if "name_entities" not in memo:
        memo["name_entities"] = tuple((e.start, _end_before_spaces(e), e.label_) for e in doc.ents
                                      if e.label_ in NAME_LABELS)
    return tuple(Span(doc, start, end, label=label) for start, end, label in memo["name_entities"])


def _end_before_spaces(ent: Span) -> int:
    """Where a name ends without the paragraph break spaCy may run it over: a headline's last word tagged
    "Luhanske\n\n" is a name of one word, the place's own; nor with a bracket it opens and leaves open: the
    organisation "Maksymilianivka (Maksimilianovka" is the village and its other name (as `_trim` reads it)."""
    end = _end_at_open_bracket(ent.doc, ent.start, ent.end)
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return end


def _without_article(ent: Span) -> Span:
    """The name without a leading "the" or a trailing preposition: "the Pétion-Ville area" tagged an organisation
    "the Pétion-Ville", or "Bentiu in" tagged a work of art, is only the place's name."""
    ent = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
    return ent[:-1] if len(ent) > 1 and _function_word(ent[-1]) else ent


def _coordinated_names(ent: Span) -> bool:
    """A "name" spaCy made of names joined by "and" or commas ("Kyiv and Kharkiv" as a work of art)."""
    return ent.label_ != "ORG" and any(t.lower_ in {"and", ","} for t in ent)


def _place_token(doc: Doc, place: Place) -> Token | None:
    return char_span_root(doc, place.start, place.end)


# The ways into a place, whose "to" names the place they stand at: "the entrance to the settlement", "the gate to
# the camp", "the approaches to the town".
ACCESS_NOUNS = {"entrance", "gate", "gateway", "approach", "doorstep"}


def _attachment_score(token: Token, trigger: Token) -> float:
    """How strongly the syntax says the event happened at the place `token` names."""
    trigger_chain = _clause_chain(trigger)
    if trigger.lemma_.lower() in PROTEST_LEMMAS and any(
            a.dep_ == "prep" and a.lower_ in TOPIC_PREPOSITIONS and a.head in trigger_chain for a in token.ancestors):
        return -2.0  # what a protest is about, not where: "protest against the military campaign in Ukraine"
    if in_cause_phrase(token) and not in_cause_phrase(trigger):
        return -2.0
    t = token
    for _ in range(6):
        if t == trigger:
            return 1.5  # "the Kyiv strikes", a modifier of the trigger itself
        if _scene_of_where_clause(t, trigger) or t.dep_ == "poss" and _scene_of_where_clause(t.head, trigger):
            return EVENT_PREPOSITIONS["in"]  # "in Kherson, where shells killed two", "the city's X district, where"
        if t is not token and _describes_a_named_place(t):
            # "liberated Kozacha Lopan, a settlement in Kharkiv district", "Chasiv Yar, a town west of Bakhmut":
            # a place in what another place is, not where the event happened
            return 0.5
        head = t.head
        if t.dep_ == "pobj" and head.dep_ == "prep":
            preposition = head.lower_
            if preposition == "of" or preposition == "to" and head.head.lemma_.lower() in ACCESS_NOUNS:
                t = head.head  # "the region of Kherson" -> region; "the entrance to Har Adar" -> entrance
                continue
            weight = EVENT_PREPOSITIONS.get(preposition)
            if weight is None:
                return 0.0
            if _describes_a_named_place(head.head):
                return 0.5  # the same, hung on the description by "in" or "near"
            if head.head.dep_ in {"relcl", "acl"} and head.head.lemma_.lower() in LIFE_STORY_LEMMAS:
                return -1.0  # "Soldin, who was born in Sarajevo, died ...": where a person is from, not the scene
            if _describes_the_doer(token, trigger_chain):
                return 0.0  # "forces sent by the authorities in Kyiv stormed ...": where the doer is from
            governor = head.head
            while governor.dep_ == "conj" and governor not in trigger_chain:
                governor = governor.head  # "A car bomb wounded X and killed his driver ... in the Y region"
            if head.head in trigger_chain or head.head in trigger.subtree or governor in trigger_chain:
                return weight
            t = head.head
            continue
        if t.dep_ == "prep" and t.lower_ in EVENT_PREPOSITIONS and head in trigger_chain:
            return EVENT_PREPOSITIONS[t.lower_]  # "pulled out of the town of X": "of" hangs from "out"
        # "struck Kyiv", "Kyiv was shelled"; "recaptured Sudzha", which the parser may call an npadvmod
        if (t.dep_ in {"dobj", "nsubjpass", "obj", "attr"} or t.dep_ == "npadvmod" and t.pos_ == "PROPN") \
                and (head == trigger or head in trigger_chain):
            return 2.5
        if t.dep_ in {"dobj", "nsubjpass", "obj"} and head in trigger.subtree:
            return 2.0  # "killed when shells hit the village of X"
        if t.dep_ in {"nsubj", "poss"}:
            verb = head if t.dep_ == "nsubj" else head.head
            if verb.lemma_ in SPEECH_LEMMAS:
                return -4.0  # "Moscow said", "Kyiv's mayor reported"
            if t.dep_ == "nsubj" and verb == trigger:
                return -1.0  # the actor: "Russia fired"
            if t.dep_ == "nsubj" and trigger.head == verb and trigger.dep_ in {"dobj", "obj"}:
                if verb.lemma_ in UNDERGO_LEMMAS:
                    return 1.0  # the one who suffered: "Ukraine suffered strikes"
                return -2.0  # the one who acted: "Moscow resumed air strikes", "Russia launched an attack"
            return -0.5
        if t.dep_ in {"compound", "amod", "nmod"} and head.lower_ in ORG_WORDS | UNIT_WORDS:
            return -1.0  # a place in a unit's or body's name: "the Seversk operational-tactical group"
        if t.dep_ in {"compound", "amod", "nmod", "appos", "conj"}:
            t = head
            continue
        return 0.0
    return 0.0


def _scene_of_where_clause(noun: Token, trigger: Token) -> bool:
    """Whether the noun carries a relative clause opened by "where" that holds the trigger ("the X district, where
    a missile killed three"): the clause tells what happened there."""
    return any(clause.dep_ == "relcl" and clause.left_edge.i <= trigger.i <= clause.right_edge.i
               and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
               for clause in noun.children)


def _describes_the_doer(token: Token, trigger_chain: set[Token]) -> bool:
    """Whether `token` lies in a participle or relative clause on the subject of the event's verb that says who sent
    the doer or where it is based ("troops sent by the government in X", "militants based in X"): the doer's
    seat, not the scene."""
    for clause in token.ancestors:
        if clause in trigger_chain:
            return False
        doer = clause.head
        if clause.dep_ in {"acl", "relcl"} and doer.dep_ == "nsubj" and doer.head in trigger_chain \
                and (any(c.dep_ == "agent" for c in clause.children) or clause.lemma_.lower() in SEAT_LEMMAS):
            return True
    return False


def _clause_chain(trigger: Token) -> set[Token]:
    """The trigger and the words it hangs from, up to a relative clause about a person that holds it, and below a
    verb of speaking that tells it: in "... died when rebels attacked trenches near X, a spokesman said at a news
    conference in Kyiv", the conference's town is where he spoke."""
    clause = clause_about_a_person(trigger)
    chain = []
    for t in [trigger, *trigger.ancestors]:
        if t is not trigger and t.pos_ == "VERB" and t.lemma_ in SPEECH_LEMMAS:
            break
        chain.append(t)
    return {t for t in chain if clause is None or t in clause.subtree}


def clause_about_a_person(trigger: Token) -> Token | None:
    """The relative clause about a person that holds the trigger, if any: in "colleagues gathered at the offices
    in Paris to remember the journalist, who was killed in eastern Ukraine", the gathering's place is not the
    killing's."""
    return next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "whom"} for c in t.children)), None)


# Verbs of a life story told of a participant: where they were born, grew up, lived, studied or were based.
LIFE_STORY_LEMMAS = {"bear", "born", "raise", "grow", "live", "base", "study", "educate", "hail", "settle"}
# Verbs that tell where a force is kept ("troops stationed in X", "a group headquartered in X").
SEAT_LEMMAS = {"base", "station", "headquarter", "garrison"}


def _describes_a_named_place(token: Token) -> bool:
    """ "a settlement" in "Kozacha Lopan, a settlement in Kharkiv district": an apposition saying what a name is."""
    return token.dep_ == "appos" and token.head.pos_ == "PROPN"


def _further_target(token: Token) -> bool:
    """ "a barrage that also hit Lviv", "drones also struck Odesa": a place added to the main one, not the scene."""
    t = token
    while t.dep_ in {"compound", "amod", "appos", "conj", "pobj", "prep"} and t.head is not t:
        t = t.head
    verb = t.head if t.dep_ in {"dobj", "obj", "nsubjpass"} else None
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def _drawn_near(token: Token) -> bool:
    """A place told as what something draws near ("as the front line creeps closer to the regional capital,
    Dnipro", "closer to the city of X"): what is coming, not where anything happened."""
    t = token
    while t.head is not t and (t.dep_ in {"appos", "compound"} or t.dep_ == "pobj" and t.head.lower_ == "of"):
        t = t.head.head if t.dep_ == "pobj" else t.head  # "the city of X", "the capital, X"
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ in {"closer", "nearer"}


# "a train travelling from Abuja to Kaduna", "a bus bound for Lviv": the ends of a journey, not where what
# happened on the way happened
JOURNEY_LEMMAS = {"travel", "head", "drive", "fly", "sail", "commute", "bind", "bound", "journey", "ride", "move"}
# "the roads leading to Kherson": where a way goes, not where what happened on it happened (not "the talks leading
# to the handover of Kherson"); not events.BLOCKED_WAYS, the places protesters block (a junction, a crossing)
WAY_NOUNS = {"road", "highway", "route", "street", "bridge", "track", "railway", "path", "motorway"}
# "lorries carrying grain into the city", "a ship transporting fuel to the port": where a load goes, the end of a
# journey by "into" as well (not for driving: "a car driving into the square" may be the scene)
CARGO_LEMMAS = {"carry", "transport", "ship", "deliver", "haul", "ferry"}

# "a bus to Lviv", "the night train from Kyiv": a service named by the ends of its run
SERVICE_NOUNS = {"bus", "minibus", "coach", "train", "flight", "ferry"}

JOURNEY_ENDS = {"from", "to", "for", "toward", "towards"}
# "the bus, travelling from Zlatopil to Kramatorsk, was hit near ...", "a flight bound for Lima", "leaders are to
# travel to Paris and Berlin": the words before a journey's end, read without the parse
JOURNEY_BEFORE = re.compile(
    r"\b(?:travel(?:s|l?ing|l?ed)?|driv(?:e|es|ing)|drove|head(?:s|ing|ed)|bound|en route|on (?:its|their|his|her|the) "
    r"way|fl(?:y|ies|ying|ew)|sail(?:s|ing|ed)?|commuting|walk(?:s|ing|ed)?(?:\s+across)?)\s+"
    r"(?:from\s+[^,.;:]{1,40}?\s+)?(?:from|to|for|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:" + "|".join(f"{way}s?" for way in sorted(WAY_NOUNS)) + r")\s+(?:that\s+)?"
    r"(?:lead(?:s|ing)?|led)\s+(?:to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:carr(?:y|ies|ying|ied)|transport(?:s|ing|ed)?|deliver(?:s|ing|ed)?|haul(?:s|ing|ed)?)\s+[^,.;:]{1,40}?"
    r"\s+(?:into|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# Occasions a speaker speaks at: "said at a news conference in Kyiv".
SPEAKING_OCCASIONS = {"conference", "briefing", "meeting", "interview", "speech", "address"}
# Verbs of speaking whose place is only where the speaker was ("reported explosions in X" tells where they were)
SPEAKING_LEMMAS = {"say", "tell", "speak", "add"}


def where_speaker_spoke(doc: Doc, place: Place) -> bool:
    """ "police spokesman X told reporters in Maputo", "said at a briefing in Kyiv", "said at a meeting of the
    Security Council in Astana": the town a speaker's verb of speaking, or the occasion it names (or the body that
    occasion is of), is told in is where someone spoke, not where the event happened."""
    token = _place_token(doc, place)
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in {"in", "at"}:
        return False
    holder = token.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.lemma_.lower() in SPEAKING_OCCASIONS:
        holder = holder.head.head  # "at a meeting of the Security Council in Astana": the meeting's town
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in SPEAKING_OCCASIONS and holder.dep_ == "pobj":
        holder = holder.head.head
    return holder.pos_ == "VERB" and holder.lemma_.lower() in SPEAKING_LEMMAS \
        and any(c.dep_ == "nsubj" for c in holder.children)


def journey_end(doc: Doc, place: Place, ends: set[str] = JOURNEY_ENDS) -> bool:
    """Whether the place is where the journey of something named starts or ends ("a train travelling from Nigeria's
    capital Abuja to the city of Kaduna"), by the prepositions in `ends`; not where someone went ("the president
    flew to Jolo"), who is there."""
    t = _place_token(doc, place)
    if t is None:
        return False
    while t.dep_ in {"appos", "conj", "compound", "poss"} or (t.dep_ == "pobj" and t.head.lower_ == "of"):
        t = t.head.head if t.dep_ == "pobj" else t.head
    # "people were waiting for a bus to X": where the service runs, not where they waited (by the words: the parse
    # often hangs "to X" on the verb)
    if t.dep_ == "pobj" and t.head.lower_ in ends and t.head.i > 0 \
            and doc[t.head.i - 1].lemma_.lower() in SERVICE_NOUNS:
        return True
    if not (t.dep_ == "pobj" and t.head.dep_ == "prep"
            and (t.head.head.dep_ in {"acl", "amod"} or _told_under_way(t.head.head))):
        return False
    verb = t.head.head.lemma_.lower()
    ends_here = ends | {"into"} if verb in CARGO_LEMMAS and "to" in ends else ends
    way = verb == "lead" and t.head.head.head.lemma_.lower() in WAY_NOUNS
    return t.head.lower_ in ends_here and (verb in JOURNEY_LEMMAS | CARGO_LEMMAS or way)


# "the militants pulled back towards Horlivka", "thousands fled to Poland", "residents were evacuated to Dnipro":
# where people withdrew or fled to, not where what they left happened; "pull" and "fall" only with "back" or "out"
# ("Bakhmut fell to Wagner" is a capture)
WITHDRAWAL_LEMMAS = {"retreat", "withdraw", "flee", "evacuate", "escape", "relocate"}
WITHDRAWAL_PHRASAL_LEMMAS = {"pull", "fall"}
WITHDRAWAL_PARTICLES = {"back", "out", "away"}
GOAL_PREPOSITIONS = {"to", "toward", "towards", "into"}


def movement_goal(doc: Doc, place: Place) -> bool:
    """Whether the place is where people withdrew, fled or were evacuated to ("retreated towards X", "fled in the
    direction of X")."""
    t = _place_token(doc, place)
    if t is None:
        return False
    while t.dep_ in {"appos", "conj", "compound"} and t.head is not t:
        t = t.head
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return False
    preposition = t.head
    if preposition.lower_ == "of" and preposition.head.lower_ == "direction" and preposition.head.dep_ == "pobj":
        preposition = preposition.head.head  # "in the direction of X"
    elif preposition.lower_ not in GOAL_PREPOSITIONS:
        return False
    verb = preposition.head
    if verb.dep_ in {"prt", "advmod"} and verb.lower_ in WITHDRAWAL_PARTICLES:
        verb = verb.head  # "pulled back towards X" with the phrase hung on "back"
    lemma = verb.lemma_.lower()
    return lemma in WITHDRAWAL_LEMMAS or lemma in WITHDRAWAL_PHRASAL_LEMMAS and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ in WITHDRAWAL_PARTICLES for c in verb.children)


# What a thing is said to join ("the bridge linking Russia to Crimea", "a pipeline that connects X with Y").
LINK_LEMMAS = {"link", "connect", "join"}


def end_of_a_link(doc: Doc, place: Place) -> bool:
    """Whether the place is one of the two ends a bridge, road or pipeline is told to join ("the bridge linking
    Russia to the Crimean peninsula"): what happens on the link happens between them, not in either."""
    t = _place_token(doc, place)
    if t is None:
        return False
    while t.dep_ in {"appos", "conj", "compound", "amod"} and t.head is not t:
        t = t.head
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in {"to", "with", "and"}:
        t = t.head
    verb = t.head
    return t.dep_ in {"dobj", "prep"} and verb.dep_ in {"acl", "relcl"} and verb.lemma_.lower() in LINK_LEMMAS \
        and verb.head.pos_ in {"NOUN", "PROPN"}


def _told_under_way(verb: Token) -> bool:
    """ "the train was hit as it was heading towards Kyiv": a journey told in progress in a clause of time, whose
    end the traveller had not reached."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" \
        and any(c.dep_ == "mark" and c.lower_ in {"as", "while", "when"} for c in verb.children)


def told_as_journey_end(doc: Doc, place: Place) -> bool:
    """The wider reading of `journey_end`: also a place the words before it make a journey's end whatever the parse
    says, including where someone went ("leaders are to travel to Paris"); for a town offered as the scene of an
    event told only by its region, where a wrong town is worse than none."""
    text = doc_text(doc)
    return journey_end(doc, place) or JOURNEY_BEFORE.search(text, max(0, place.start - 80), place.start) is not None \
        and DISTANCE_FROM.search(text, max(0, place.start - 60), place.start) is None


def place_acts(doc: Doc, place: Place) -> bool:
    """ "Moscow was not obstructing UN efforts", "Russia said": a place as the subject of a verb that acts on
    something or speaks is an actor, not a scene for events of later sentences ("Kharkiv burned" is one)."""
    token = _place_token(doc, place)
    while token is not None and token.dep_ == "conj" and token.head.pos_ == "PROPN":
        token = token.head  # "Moscow and Kyiv signed a deal": both act
    if token is None or token.dep_ != "nsubj" or token.head.lemma_ in UNDERGO_LEMMAS or place.text.isupper():
        return False  # a dateline in capitals ("KYIV, Ukraine (AP) - ...") is no subject, whatever the parse says
    verb = token.head
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and not any(
            c.dep_ in {"dobj", "obj", "nsubjpass"} or c.lower_ in {"where", "when"} for c in verb.children):
        return True  # "one of the deepest strikes Kyiv has carried out": the relative clause's object is its noun
    return verb.lemma_ in SPEECH_LEMMAS or any(c.dep_ in {"dobj", "obj", "ccomp"} for c in verb.children) \
        or _said_willing(verb)


def regional_institution_acts(doc: Doc, place: Place) -> bool:
    """ "The Kherson regional prosecutor's office has opened proceedings over the attack": a region's institution
    that acts, as one that speaks, names whose body it is, not where the event it acts on happened."""
    if REGIONAL_INSTITUTION_AFTER.match(doc_text(doc), place.end) is None:
        return False
    token = _place_token(doc, place)
    while token is not None and token.dep_ in {"nmod", "compound", "amod", "poss"} and token.head.i > token.i:
        token = token.head  # up to the institution's head noun: "office" of "the X regional prosecutor's office"
    return token is not None and token.dep_ == "nsubj" and any(
        c.dep_ in {"dobj", "obj", "ccomp"} for c in token.head.children)


def _said_willing(verb: Token) -> bool:
    """ "Kiev was unwilling to rein in nationalists", "Moscow is ready to talk": a subject said able, willing or
    bound to act is a government, not a scene."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and any(g.dep_ == "xcomp" for g in c.children)
                                       for c in verb.children)


def _at_gathering(token: Token) -> bool:
    """ "at a ceremony in Istanbul", "talks in Geneva": the place where a gathering was held."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in {"in", "at"} and head.head.lemma_.lower() in GATHERING_NOUNS


def _in_clause_apart(trigger: Token, other: Token) -> bool:
    """Whether `trigger` lies in an adverbial clause that `other` is outside of ("used a conference in Rome to
    appeal for arms, hours after a barrage on Kyiv killed two": the barrage's clause is not the conference's)."""
    above_other = {other, *other.ancestors}
    for t in [trigger, *trigger.ancestors]:
        if t in above_other:
            return False
        if t.dep_ == "advcl":
            return True
    return False


def _in_clause_comment(token: Token, trigger: Token) -> bool:
    """Whether `token` lies in a noun phrase set after a comma that sums up the event's clause with a clause of its
    own ("exchanged 200 prisoners on Sunday, a step agreed at peace talks in Paris"): a remark on the event, told of
    another occasion. The parse hangs that phrase on the verb as a modifier, or as a second object."""
    for t in [token, *token.ancestors]:
        if t.head == trigger and t != trigger:
            second_object = t.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < t.i for c in trigger.children)
            return trigger.pos_ == "VERB" and t.pos_ == "NOUN" and (t.dep_ in {"npadvmod", "appos"} or second_object) \
                and any(c.dep_ in {"acl", "relcl"} for c in t.children) \
                and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
    return False


def _superlative_scope(token: Token) -> bool:
    """ "the largest nuclear plant in Europe", "the deadliest attack in Ukraine this year", "the largest rally
    outside the capital": the place is what a superlative ranks against, not where the thing is; but one whose
    possessive already names what it ranks against ("Mali's biggest military camp in Kati") is where the thing is."""
    head = token.head
    ranked = list(head.head.children)
    return token.dep_ == "pobj" and head.lower_ in {"in", "outside"} and head.dep_ == "prep" \
        and any(c.tag_ == "JJS" for c in ranked) and not any(c.dep_ == "poss" for c in ranked)


def beside_border(text: str, place: Place) -> bool:
    """A place named as the other side of a border: "near the border with Ukraine", "close to the border with
    Ukraine's Lviv region", "the Polish-Ukrainian border", "fled across the border into Uganda"."""
    before = text[max(0, place.start - 50):place.start]
    if BORDER_BEFORE.search(before) or FLED_ACROSS_BORDER.search(before):
        return True
    return place.kind == "country" and bool(BORDER_AFTER.match(text[place.end:]))


OUTSKIRTS_TOWN_KM = 40  # how far from a city "on the outskirts of" it a town told next may lie
# a sentence opening on an occasion before the one just told: "Earlier on Monday, ...", "Previously, ..."
OCCASION_APART_OPENER = re.compile(r"\s*(?:Earlier|Previously)\b")
DEATH_LEMMAS = {"die", "kill", "wound", "injure"}


def _where_a_victim_died(doc: Doc, place: Place, trigger: Token | None) -> bool:
    """Whether an earlier sentence puts a person's death at the place in a relative clause ("the reporter, who died
    on assignment in the Belgorod region") and the event's own sentence, naming no place, tells a death too ("She
    was killed when her car hit a mine"): that clause gave the scene of the event."""
    token = _place_token(doc, place)
    if token is None or trigger is None or not any(t.lemma_.lower() in DEATH_LEMMAS for t in trigger.sent):
        return False
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.lemma_.lower() in DEATH_LEMMAS \
        and any(c.lower_ in PERSON_RELATIVES for c in clause.children)


def _town_told_next(places: list[Place], doc: Doc, city: Place, sentence_end: int) -> Place | None:
    """The town near a city that the next two sentences say the dead died in: "killed when their car came under
    fire on the outskirts of Kyiv ... They died on Monday in Horenka, a village north-west of the capital"; not a
    town opening an institution's name ("the Brovary City Council said"), nor one the wounded were taken to ("had
    been evacuated to a hospital in X"), nor one told as lying some way off ("killed a woman in X, a few kilometres
    away"), nor one of a sentence that opens on another occasion ("Earlier on Monday, bombs hit the village of X,
    wounding two"): another scene."""
    following = [s for s in doc.sents if s.start_char >= sentence_end][:2]
    for sentence in following:
        if not any(t.lemma_.lower() in DEATH_LEMMAS for t in sentence) \
                or OCCASION_APART_OPENER.match(sentence.text) or ANOTHER_STORY_OPENER.match(sentence.text):
            continue
        for place in places:
            if sentence.start_char <= place.start < sentence.end_char and place.kind == "city" \
                    and place.name != city.name and place.lat is not None \
                    and haversine_km(place.lat, place.lon, city.lat, city.lon) <= OUTSKIRTS_TOWN_KM \
                    and _can_be_scene_of_own_clause(doc, place) \
                    and not BROUGHT_TO_BEFORE.search(doc_text(doc), max(0, place.start - 80), place.start) \
                    and not TOLD_AS_AWAY.match(doc_text(doc), place.end) \
                    and not where_hurt_were_taken(doc, place) and not fire_origin(doc_text(doc), place):
                return place
    return None


# "in suburban Chicago", "in the suburbs of Paris": somewhere around the city, not in it
SUBURB_BEFORE = re.compile(r"\b(?:suburban|suburbs\s+of)" + BEFORE_TOWN_NAME, re.I)


def _suburb_in_dateline(places: list[Place], text: str, city: Place) -> Place | None:
    """The dateline's town, where it lies by a city the event is told in the suburbs of: "HIGHLAND PARK, Ill.
    (AP) - A gunman opened fire on a parade in suburban Chicago" happened in Highland Park."""
    datelines = _dateline_starts(text, city.start)
    return next((p for p in places if p.start in datelines and p.kind == "city" and p.name != city.name
                 and p.lat is not None and city.lat is not None
                 and haversine_km(p.lat, p.lon, city.lat, city.lon) <= OUTSKIRTS_TOWN_KM), None)


def _national_settlement(text: str, start: int, end: int, best: Place | None) -> Place | None:
    """The country of "a Polish village", "a Russian town" in [start, end), as a country Place, where it says
    more than the place found so far: none was, or only a country, or a region, of another country (the
    neighbour in "a Polish village near the border with Ukraine")."""
    if best is not None and best.kind not in {"country", "admin1", "continent"}:
        return None
    gazetteer = Gazetteer.load()
    for match in NATIONAL_SETTLEMENT.finditer(text, start, end):
        entry = gazetteer.demonym_country(match.group(1))
        if entry is None or (best is not None and best.country_code == entry.country_code):
            continue
        return _country_at(entry, match.group(1), match.start(1), match.end(1), 0.7)
    return None


def _location(place: Place, precision: int, text: str) -> dict:
    lat, lon = place.lat, place.lon
    in_settlement = SETTLEMENT_BEFORE.search(text[max(0, place.start - 60):place.start]) is not None
    seat = _seat_named_after(place) if place.kind == "admin1" and not in_settlement else None
    if seat is not None:
        lat, lon = round(seat.lat, 5), round(seat.lon, 5)
    offset = OFFSET_FROM.search(text, max(0, place.start - 80), place.start) if place.kind == "city" else None
    if offset is not None and lat is not None and lon is not None:
        # "a village 70 km north of Kharkiv": the scene lies that far that way from the town, not in it
        lat, lon = _point_towards(lat, lon, _told_km(offset.group(0)) or 0.0,
                                  bearing_degrees(offset.group(1)))
        precision = 2
    return {"name": place.name, "lat": lat, "lon": lon, "country_code": place.country_code,
            "admin1": place.admin1, "geo_precision": precision, "place": place.to_dict()}


# "a village 70 km north of", "some 40 miles (64 km) to the south-west of the city of", "100 km southeast of the
# provincial capital": where the scene lies from the town named next (group 1: the bearing)
OFFSET_FROM = re.compile(r"\b\d{1,3}(?:,\d{3})?\s*(?:km|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^()]{0,25}\))?\s+"
                         r"(?:to\s+the\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of"
                         r"\s+(?:the\s+(?:[a-z]+\s+)?(?:city|town|village|port|capital)\s+(?:of\s+)?)?$", re.I)


def _point_towards(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) on the compass `bearing` (degrees), on a sphere."""
    angle, heading, start = km / 6371.0, math.radians(bearing), math.radians(lat)
    end = math.asin(math.sin(start) * math.cos(angle) + math.cos(start) * math.sin(angle) * math.cos(heading))
    east = math.atan2(math.sin(heading) * math.sin(angle) * math.cos(start),
                      math.cos(angle) - math.sin(start) * math.sin(end))
    return round(math.degrees(end), 5), round(lon + math.degrees(east), 5)


# "a small village in the Kharkiv region", "the village of Robotyne in Zaporizhzhia region": a settlement the
# gazetteer lacks lies somewhere in the region, best guessed at its middle rather than at its capital
SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|city|settlement|hamlet)s?\b(?: of [A-Z][\w'-]+)?"
                               r"(?: (?:in|near)(?: the)?(?: [a-z]+)?|,)?\s*$")


def _seat_named_after(region: Place) -> GazetteerEntry | None:
    """The town a region is named after and governed from ("the Zaporizhzhia region" -> Zaporizhzhia): ACLED
    records an event known only by its region (and not in some settlement of it) at the region's capital. None
    where no town of the region bears its name (Crimea, Volyn), or only a village does, which leaves the region's
    middle."""
    base = region_base(region.text)
    return next((e for e in Gazetteer.load().lookup(base) if e.kind == "city" and e.country_code == region.country_code
                 and e.admin1 == region.admin1 and e.population >= NAMESAKE_POPULATION), None) \
        if base != region.text else None


def _told_near(before: str) -> bool:
    """Whether the words `before` a town place the event near it, outside it ("outside the city of X", "the edge
    of X"), not in its centre ("the centre of X", in the town itself)."""
    return NEAR_BEFORE.search(before) is not None and CENTRE_OF_BEFORE.search(before) is None


# "the coast of La Guaira state", "in Kano province": a first-level region named after its town, read as the town
# only because the gazetteer lacks the region (not "Moscow State University")
FIRST_LEVEL_AFTER = re.compile(r"\s+(?:state|province|governorate|department)\b(?!\s+(?-i:[A-Z]))", re.I)
# "the Bakhmut region": loosely, the country around the town
TOWN_REGION_AFTER = re.compile(r"\s+region\b(?!\s+(?-i:[A-Z]))", re.I)
# "around 50 kilometres (30 miles) from the town of", "20 km away from": somewhere that far from the town, no bearing
DISTANCE_AWAY_BEFORE = re.compile(r"\b\d{1,3}(?:,\d{3})?\s*(?:km|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^()]{0,25}\))?"
                                  r"\s+(?:away\s+)?from" + BEFORE_TOWN_NAME, re.I)


def _precision(place: Place, text: str, own_sentence: bool = True) -> int:
    """1 the town, 2 around it, 3 its region; `own_sentence` False for a place an earlier sentence named, whose
    distance told from it ("Kati, 15 km from Bamako") placed that sentence's scene, not this one's."""
    if place.kind in {"city", "facility"}:
        first_level = place.kind == "city" and FIRST_LEVEL_AFTER.match(text, place.end) is not None
        if first_level and place.admin1 is None:
            return 3  # a region the gazetteer lacks altogether
        # else the town's own region under a spelling the gazetteer lacks ("Hodeidah province"): around the town
        before = text[max(0, place.start - 40):place.start]
        district = _told_as_district(text, place.end, DISTRICT_AFTER) and not _read_as_its_city(place)
        told_away = own_sentence and DISTANCE_AWAY_BEFORE.search(text, max(0, place.start - 80), place.start)
        town_region = place.kind == "city" and TOWN_REGION_AFTER.match(text, place.end) is not None
        return 2 if _told_near(before) or district or bool(told_away) or town_region or first_level else 1
    return 3


def _told_as_district(text: str, end: int, word_after: re.Pattern[str]) -> bool:
    """Whether the name ending at `end` is told as a district: `word_after` follows it ("the Kievsky district"), or
    it starts a list of districts ("the Kievsky and Kalininsky districts")."""
    return word_after.match(text, end) is not None or LISTED_DISTRICTS_AFTER.match(text, end) is not None


def _read_as_its_city(place: Place) -> bool:
    """Whether a district's name was read as the city it is part of ("Kherson's Dniprovskyi district" as Kherson):
    the gazetteer has no reading of the name as that city, and the city is no district of a bigger one itself
    (Rutchenkivskyi, read for "the Kirovsky district" of Donetsk). Such a district is in the city, not around it."""
    gazetteer = Gazetteer.load()
    if place.geonameid is None or any(e.geonameid == place.geonameid for e in gazetteer.lookup(place.text)):
        return False
    read = [e for e in gazetteer.lookup(place.name) if e.geonameid == place.geonameid]
    return bool(read) and not _district_of_region_seat(read[0], gazetteer)


def _capital_place(document: Document, doc: Doc, start: int, end: int, places: list[Place]) -> Place | None:
    """ "the capital" in [start, end): the capital of the document's main country (of the country named, in
    "the Sudanese capital" or "Nicaragua's capital", whatever other capital the sentence names) on the day the
    document was published, as a Place; or, where the sentence has already named another country's capital other
    than as the side that acts ("Moscow's mayor said drones approaching the capital were shot down"), that capital."""
    match = CAPITAL_PATTERN.search(document.text, start, end)
    if not match:
        return None
    word_start = match.end() - len("capital")
    if match["demonym"]:  # "the Sudanese capital"
        entry = Gazetteer.load().demonym_country(match["demonym"])
        country = entry.country_code if entry is not None and entry.kind == "country" else None
        if country is None:  # "the Crimean capital": a region's
            return _seat_told_before(doc, places, match.start(), word_start, match.end())
    elif match["regional"] or CAPITAL_TOWN_AFTER.match(document.text, match.end()):
        # "ordered checkpoints in the capital town": a province's seat; a country's capital is no town
        return _seat_told_before(doc, places, match.start(), word_start, match.end())
    elif match["owner"]:  # "Nicaragua's capital"
        owner = next((p for p in places if p.start == match.start() and p.kind == "country"), None)
        country = owner.country_code if owner is not None else None
    else:
        country = main_country(places, doc)
    if not country:
        return None
    datelines = _dateline_starts(document.text, end)
    named = [p for p in places if start <= p.start < match.start() and p.country_code != country
             and p.start not in datelines and _is_capital(p) and not _place_is_subject(doc, p)]
    if named and not (match["owner"] or match["demonym"]):
        country = named[-1].country_code
    capital = _capital_when(country, document.published)
    if capital is None:
        return None
    return Place(text=document.text[word_start:match.end()], start=word_start, end=match.end(),
                 name=capital.name, kind="city", geonameid=capital.geonameid, country_code=capital.country_code,
                 admin1=capital.admin1, lat=round(capital.lat, 5), lon=round(capital.lon, 5), score=0.7)


@lru_cache(maxsize=1)
def _capital_moves() -> dict[str, tuple[str, str]]:
    """country code -> (its former capital, the day it stopped being the capital), from capital_moves.tsv."""
    rows = read_tsv(DATA_DIR / "capital_moves.tsv")
    return {country: (former, moved) for country, former, moved in rows}


def _capital_when(country: str, published: str | None) -> GazetteerEntry | None:
    """The country's capital on the day a report was published: the former one before a move ("Burundi's
    capital" in 2015 is Bujumbura, not Gitega), else the gazetteer's."""
    gazetteer = Gazetteer.load()
    former, moved = _capital_moves().get(country, (None, ""))
    if former is not None and published is not None and published < moved:
        towns = [e for e in gazetteer.lookup(former) if e.kind == "city" and e.country_code == country]
        if towns:
            return max(towns, key=lambda e: e.population)
    return gazetteer.capital(country)


def _seat_told_before(doc: Doc, places: list[Place], before: int, start: int, end: int) -> Place | None:
    """The town that "the regional capital" or "the Crimean capital" (a region's, not a country's) stands for: the
    last town the text, dateline included, named before it, as a Place at the word "capital"; not one that acts
    ("Kharkiv said ...")."""
    if NAME_AFTER.match(doc_text(doc), end):
        return None
    towns = [p for p in places if p.end <= before and p.kind == "city" and p.lat is not None
             and not place_acts(doc, p)]
    if not towns:
        return None
    town = max(towns, key=lambda p: p.start)
    return replace(town, text=doc_text(doc)[start:end], start=start, end=end, score=0.7)


def _is_capital(place: Place) -> bool:
    """Whether the place is its country's capital city."""
    capital = Gazetteer.load().capital(place.country_code) if place.kind == "city" else None
    return capital is not None and capital.geonameid == place.geonameid


def _place_is_subject(doc: Doc, place: Place) -> bool:
    token = _place_token(doc, place)
    return token is not None and token.dep_ in {"nsubj", "nsubjpass"}


# "signed a deal ... at a ceremony in Istanbul": where a gathering was held is where its agreement was made
GATHERING_NOUNS = {"ceremony", "meeting", "summit", "talks", "conference", "negotiations", "signing"}
GATHERING_BONUS = 2.0
# "a Polish village near the border with Ukraine", "an Israeli kibbutz": the settlement's country
NATIONAL_SETTLEMENT = re.compile(r"\b(?:a|an|the)\s+(?:(?:small|remote|tiny|frontline|front-line|border|rural|"
                                 r"southern|northern|eastern|western)\s+)*([A-Z][a-z]+)\s+(?:border\s+)?"
                                 r"(?:village|town|city|hamlet|settlement|kibbutz|farm|port)\b")
# "near the border with Ukraine", "the Ukrainian border", "the Polish-Ukrainian border", "on the Chad frontier",
# "a border crossing with Jordan" (not "the border crossing of Rafah", the crossing's own town), each neighbour of
# "the borders with Mali and Niger" or "the tripoint with Togo and Burkina Faso": a neighbour, not the scene; but
# X of "X's border with Y" is the side the scene lies on
BORDER_BEFORE = re.compile(r"\b(?i:(?:border|frontier|tripoint)s?\s+(?:with|of|from)"
                           r"|border\s+(?:crossing|post|checkpoint|check\s+post|gate)s?\s+with)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:,|\s+and)\s+)*"
                           r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+)?$")
# "thousands fled across the border into Uganda": where the fleeing went, not the scene they fled
FLED_ACROSS_BORDER = re.compile(r"\b(?i:(?:fle[de]\w*|escap\w+)\s+across\s+the\s+(?:border|frontier)\s+into)\s+"
                                r"(?:the\s+)?$")
BORDER_AFTER = re.compile(r"^(?:-[A-Za-z]+|['’]s(?:\s+state)?)?\s+(?:border|frontier)\b(?!\s+(?:with|between)\b)",
                          re.I)  # "Russia's state border" too
BORDER_PENALTY = 4.0

# A place inside what a protest is against or about is its topic, not its scene.
TOPIC_PREPOSITIONS = {"against", "over", "about"}
PROTEST_LEMMAS = {"protest", "rally", "march", "demonstrate", "demonstration", "demonstrator", "protester", "vigil",
                  "picket", "sit-in"}
ACTING_COUNTRY = -1.0  # the attachment of a country that names the attacker, not the scene: at most this
SPECIFICITY = {"facility": 0.8, "city": 0.6, "area": 0.4, "admin1": 0.3, "country": 0.0, "continent": -0.5}


# Conjunctions of a clause told beside the event, not about it: "The attack came as the envoy was due in Moscow".
ASIDE_MARKS = {"as", "while", "although", "though", "because", "whereas"}


TIME_MEASURES = {"day", "week", "month", "year"}


def measures_time_from(link: Token) -> bool:
    """'two days after', 'a week before', 'months since': a link that measures the news from another occasion in
    days or more. The parse may hang the link on the measure ("a week" -> "after") rather than the reverse."""
    if link.lower_ not in {"after", "before", "since"}:
        return False
    measured_by_head = link.dep_ == "prep" and link.head.lemma_.lower() in TIME_MEASURES
    return measured_by_head or any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_MEASURES for c in link.children)


def _measured_from(token: Token) -> bool:
    """Whether the token heads an occasion the news is measured from: the link of "three days after the raid",
    or the verb it marks."""
    return measures_time_from(token) or measured_clause(token)


def measured_clause(verb: Token) -> bool:
    """Whether the verb heads a clause the news is measured from ("came three days after a rocket hit"), the parse
    giving the days to the link or to the verb."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"after", "before", "since"}]
    return any(measures_time_from(mark) for mark in marks) or bool(marks) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_MEASURES for c in verb.children)


def told_of_an_earlier_occasion(doc: Doc, place: Place) -> bool:
    """Whether the place stands in a clause the news is measured from ("The attack came a week after a man in
    Tyler killed three"): the scene of that occasion, not of the news."""
    token = _place_token(doc, place)
    return token is not None and any(_measured_from(ancestor) for ancestor in token.ancestors)


def _apart_from_occasion_named(token: Token, trigger: Token) -> bool:
    """Whether the trigger names the occasion that a phrase times the sentence's news from by minutes or hours, and
    the place stands outside that phrase: "20 minutes after the attack, a man walked into a bar in Sonoma" tells
    where its sequel went on (days later, the aftermath is often at the scene: "schools in the village reopened two
    days after the massacre")."""
    link = next((a for a in trigger.ancestors if a.dep_ == "prep" and a.lower_ in {"after", "before"}
                 and any(c.dep_ == "npadvmod" and c.lemma_.lower() in {"minute", "hour"} for c in a.children)), None)
    return link is not None and token not in link.subtree


def _of_an_earlier_occasion(token: Token, trigger: Token) -> bool:
    """Whether the place stands in a clause that the news is measured from and the trigger does not: "The
    strike came three days after a rocket hit a football pitch in the Golan Heights", "The strike came hours
    before troops entered Kherson"."""
    for ancestor in token.ancestors:
        if _measured_from(ancestor) or _clause_timed_apart(ancestor):
            return trigger not in ancestor.subtree
    return False


# the auxiliaries of a deed told as yet to come: "will hold its lessons in X"
WILL_WORDS = {"will", "shall", "'ll"}
# Units that time a clause within the day of the news: "hours before troops entered the city".
SHORT_TIME_MEASURES = {"hour", "minute"}


def _clause_timed_apart(verb: Token) -> bool:
    """Whether the verb heads a clause of its own deed that the news is timed from by a measure ("hours before
    Ukrainian forces entered Kherson", "a day after troops took back Lyman"): that deed's place is not the news's
    scene, however close in time. The parse may hang the measure on the clause's verb, on its link or on the verb
    the clause times."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
    if not marks or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    holders = [verb, *marks, verb.head] if verb.dep_ == "advcl" else [verb, *marks]
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_MEASURES | SHORT_TIME_MEASURES
               for holder in holders for c in holder.children)


def _where_a_sequel_is_to_go_on(token: Token, trigger: Token) -> bool:
    """Whether the place hangs by "in" or "at" on a verb told in the future, or on its object, and that verb is not
    the trigger's own ("the school will hold its lessons in Toretsk, a day after shelling killed two villagers"):
    where something is yet to happen after the deed, not its scene. (Where something is to go, "will deploy troops to
    Kosovo after clashes", is a goal, the scene where nothing else places the event.) Not a place whose "where"
    clause tells the deed ("will open in X, where shelling killed two last week"): that is its scene."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in {"in", "at"} \
            or _scene_of_where_clause(token, trigger):
        return False
    verb = token.head.head
    if verb.dep_ == "dobj":  # "will attend classes in Bakhmut"
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "aux" and c.lower_ in WILL_WORDS for c in verb.children):
        return False
    trigger_verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    return trigger_verb is not None and trigger_verb != verb


def _in_a_clause_of_last_period(token: Token, trigger: Token) -> bool:
    """Whether the place stands in a clause of its own that is dated to an earlier period and does not hold the
    trigger: "swapped 70 prisoners, among them sailors seized off Crimea last year"."""
    clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if clause is None or trigger in clause.subtree or _told_by_triggers_verb(clause, trigger):
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_MEASURES
               and any(m.lower_ == "last" for m in c.children) for c in clause.children)


def _told_by_triggers_verb(clause: Token, trigger: Token) -> bool:
    """Whether the clause is what a verb above the trigger says ("18 people were killed in X last week, the
    authorities said, in the first toll from the protests"): the event itself, however its words are placed."""
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head in trigger.ancestors


def in_aside_clause(token: Token | None, upper: Token | None = None) -> bool:
    """Whether `token`, or its path up to `upper` (else to the root), lies in a clause with its own subject that
    an aside conjunction ("as", "while", "because") introduces."""
    current = token
    while current is not None and current != upper and current.head != current:
        children = list(current.children)
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in children) \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children):
            return True
        current = current.head
    return False


# Nouns of a strike, whose "on"/"in" phrase names the scene it hit: "a deadly strike on Poltava".
STRIKE_NOUNS = {"strike", "attack", "airstrike", "bombardment", "shelling", "bombing", "raid", "assault", "blast",
                "explosion"}


def _target_of_strike_told_aside(token: Token, trigger: Token) -> bool:
    """Whether the place is where another strike hit, named by a strike noun in an aside clause that does not hold
    the trigger: "crews cleared debris after the attack, as news came in of a strike on Poltava"."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in {"on", "in", "at"} or head.head.lemma_.lower() not in STRIKE_NOUNS:
        return False
    strike = head.head
    return strike != trigger and trigger not in strike.ancestors and in_aside_clause(strike) \
        and not in_aside_clause(trigger)


# Places of care, and what is done to the hurt in one or to bring them there: "died in a Donetsk hospital", "remains
# in hospital in X", "is being treated at a hospital in Dnipro", "airlifted to a hospital in X" (not "a missile hit a
# hospital in X", the scene)
CARE_NOUNS = {"hospital", "clinic", "morgue", "ward", "infirmary"}
CARE_VERBS = {"die", "succumb", "treat", "recover", "admit", "hospitalise", "hospitalize", "remain", "take", "bring",
              "rush", "evacuate", "transfer", "fly", "airlift"}
# in a place of care or brought to one, not "died in an airstrike on a maternity hospital", the scene
CARE_PREPOSITIONS = {"in", "at", "to"}
STATE_NOUNS = {"condition", "state"}  # "in critical condition", "in a serious state"


def care_verb(token: Token) -> Token | None:
    """The verb that puts the hurt in, or brings them to, the place of care the place is named with: "died in a
    hospital in X" (the town below the hospital) or, as the parse often has it, "remains in hospital in X" (the town's
    phrase beside the hospital's on the verb, not "died in hospital after a strike on a hotel in X"); None where the
    place's governing verb is no such verb."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or not (verb.lemma_.lower() in CARE_VERBS or _hurt_are_in_care(verb)):
        return None
    phrase = next(a for a in (token, *token.ancestors) if a.head == verb)
    # the place of care hangs on the verb, or on a phrase of the hurt's state the verb has ("remain in critical
    # condition at the hospital in X")
    below_care = any(_is_place_of_care(a) and (a.head.head == verb or a.head.head.lemma_.lower() in STATE_NOUNS
                                               and a.head.head.head.head == verb) for a in token.ancestors)
    beside_care = phrase.dep_ == "prep" and phrase.lower_ in CARE_PREPOSITIONS \
        and any(_is_place_of_care(g) for c in verb.children for g in c.children)
    return verb if below_care or beside_care else None


def _hurt_are_in_care(verb: Token) -> bool:
    """Whether the verb is a bare "be" whose subject is no strike: "two wounded soldiers are in hospital in X" says
    where the hurt lie, "the blast was in a hospital in X" where it struck."""
    return verb.lemma_.lower() == "be" and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in STRIKE_NOUNS
                                                   for c in verb.children)


def _is_place_of_care(token: Token) -> bool:
    return token.lemma_.lower() in CARE_NOUNS and token.dep_ == "pobj" and token.head.lower_ in CARE_PREPOSITIONS


# "in a hospital in X, the town called Y until February", "X, known as Y in Russian": Y is X's other name
OTHER_NAME_BEFORE = re.compile(r",\s+(?:(?:the|a)\s+(?:[\w-]+\s+)?(?:town|city|village|settlement)\s+)?"
                               r"(?:(?:formerly|once|then|previously)\s+)?(?:called|known\s+as|named)\s+$")


def _renamed_place(doc: Doc, token: Token) -> Token:
    """The place the token's name gives another name of ("X, the town called Y"), which holds its role in the
    sentence; else the token itself."""
    text = doc_text(doc)
    before = OTHER_NAME_BEFORE.search(text, max(0, token.idx - 80), token.idx)
    renamed = token_at(doc, before.start() - 1) if before is not None else None
    return renamed if renamed is not None and renamed.sent == token.sent else token


def where_hurt_were_taken(doc: Doc, place: Place) -> bool:
    """Whether the place, whatever event is placed, is where the hurt were taken, cared for or died later: "two of the
    wounded later died in a hospital in X", "a third soldier remains in hospital in X", "died in a hospital in X,
    the town called Y until February"."""
    token = _place_token(doc, place)
    return token is not None and care_verb(_renamed_place(doc, token)) is not None


def _where_cared_for(token: Token, trigger: Token) -> bool:
    """Whether the place names where a victim of the event was cared for, died later or was taken ("wounded when
    troops shelled X has died in a Donetsk hospital"), not where the event's blow fell; a death the trigger itself
    tells keeps its place."""
    verb = care_verb(_renamed_place(token.doc, token))
    return verb is not None and verb != trigger


PERSON_RELATIVES = {"who", "whom", "whose"}
# Verbs of a relative clause that tell another event of the person's ("a student who was stabbed in Ankara", "the
# commanders who led the defence of Azovstal"), not where the event's people were ("15 who were waiting in Kharkiv").
SIDE_STORY_VERBS = {"shoot", "stab", "kill", "murder", "assassinate", "kidnap", "abduct", "arrest", "detain",
                    "jail", "sentence", "wound", "injure", "attack", "die", "execute", "torture", "beat", "lead",
                    "command", "defend", "fight", "serve", "found", "head", "run", "flee", "escape"}
# Verbs of a conjoined clause that counts more of the event's victims ("... and one was wounded when ..."), read
# passive: events.HARM_VERBS less "die", which has none (events imports this module, not the other way)
HARMED_VERBS = {"kill", "wound", "injure", "hurt"}
# Verbs of a relative clause that tell where arms or goods went ("the missiles Washington supplied to Kyiv", "drones
# that Iran sold to Russia"): the thing's history, not the scene of the event told of it.
SUPPLY_VERBS = {"ship", "send", "supply", "deliver", "provide", "give", "sell", "export", "transfer", "donate",
                "pledge", "promise", "smuggle"}
# A place coordinated after another: the parser often hangs it lower than the first ("the X airfield in the Y
# region and the Z airfield" makes Z a conjunct of Y), which must not make it look more attached.
CONJUNCT_PENALTY = 0.75


def _in_clause_beside_own_scene(token: Token, trigger: Token, doc: Doc, places: list[Place]) -> bool:
    """Whether `token` lies in an "as" or "while" clause below the trigger ("fighting near Kreminna as Ukraine
    pushes in Luhansk") while a place hangs on the trigger itself by a preposition: that place is its scene."""
    in_clause = any(a.dep_ == "advcl" and trigger in a.ancestors
                    and any(c.dep_ == "mark" and c.lower_ in {"as", "while"} for c in a.children)
                    for a in token.ancestors)
    return in_clause and any((t := _place_token(doc, p)) is not None and t.dep_ == "pobj"
                             and t.head.dep_ == "prep" and t.head.head == trigger for p in places)


# Prepositions that tell an event as what the main clause's deed came after: "tightened security following the attack".
SEQUEL_PREPOSITIONS = {"after", "following"}


def _where_the_sequel_was(token: Token, trigger: Token, doc: Doc, places: list[Place]) -> bool:
    """Whether `token` hangs by a preposition on the verb an attack noun is told after ("stepped up checks at X
    following Friday's attack on a station in Y") while the attack's own phrase names a place: X is where the
    sequel happened, Y the attack's scene."""
    sequel = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or sequel.dep_ != "prep" \
            or sequel.lower_ not in SEQUEL_PREPOSITIONS or token in trigger.subtree:
        return False
    hung_on_sequel = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head == sequel.head
    return hung_on_sequel and any((t := _place_token(doc, p)) is not None and t != trigger and t in trigger.subtree
                                  for p in places)


def in_side_clause(token: Token, trigger: Token | None = None) -> bool:
    """Whether `token` lies in a clause that tells something else than the event of `trigger`: a relative clause
    about a person ("a lawmaker who was shot in Lviv", "commanders who led the defence of Azovstal") the trigger
    is not in, or a conjoined clause with its own subject ("the bridge was hit, and traffic was diverted through
    Armyansk") that does not count the event's dead or wounded."""
    trigger_chain = {trigger, *trigger.ancestors} if trigger is not None else set()
    for ancestor in token.ancestors:
        if ancestor in trigger_chain:
            return False
        children = list(ancestor.children)
        if ancestor.dep_ == "relcl" and any(c.lower_ in PERSON_RELATIVES for c in children):
            person = ancestor.head
            if person.dep_ in {"nsubj", "nsubjpass"} and person.head in trigger_chain:
                return False  # the one who did or suffered the event: "the attacker who stabbed five in Hadera fled"
            if ancestor.lemma_.lower() not in SIDE_STORY_VERBS:
                return False  # where the victims were: "wounded 15 who were waiting for aid in Kharkiv"
            return trigger is None or trigger not in ancestor.subtree
        if ancestor.dep_ == "relcl" and ancestor.lemma_.lower() in SUPPLY_VERBS \
                and (trigger is None or trigger not in ancestor.subtree):
            return True  # "Storm Shadows, missiles Britain had delivered to Kyiv": where the arms went, not the scene
        if ancestor.dep_ == "conj" and ancestor.pos_ in {"VERB", "AUX"} and ancestor.head in trigger_chain \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) and not _counts_the_harmed(ancestor):
            return True
    return False


def _counts_the_harmed(verb: Token) -> bool:
    """A passive clause of the killed or wounded ("two were killed and one was wounded when ..."): the same
    event's victims, counted on, not another thing told beside it."""
    return verb.lemma_.lower() in HARMED_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children)


def _scene_attachment(doc: Doc, text: str, place: Place, token: Token | None, trigger: Token | None) -> float:
    """How closely the place hangs on the trigger in the parse, as a scene of it (see `locate_event`)."""
    attachment = _attachment_score(token, trigger) if token is not None and trigger is not None else 0.0
    if token is not None and place.kind == "country" and token.dep_ == "nsubj" and attachment < 0 \
            and token.head.lemma_ not in UNDERGO_LEMMAS:
        attachment -= 1.0  # "the missiles Russia launched": a country that acts is the attacker, not the scene
    if token is not None and trigger is not None and place.kind == "country" and _names_the_attacker(token, trigger):
        attachment = ACTING_COUNTRY  # "U.S. strikes on a port": the country whose strikes they are, not where they fell
    if token is not None and (_further_target(token) or _drawn_near(token)):
        attachment -= 2.5
    if token is not None and token.dep_ == "conj":
        attachment -= CONJUNCT_PENALTY  # "struck the X airfield ... and the Y airfield": the first named leads
    if token is not None and trigger is not None and _at_gathering(token) \
            and not _in_clause_apart(trigger, token):
        # not "used a conference in Rome to appeal for arms, hours after a barrage on Kyiv killed two"
        attachment += GATHERING_BONUS
    if beside_border(text, place):
        attachment -= BORDER_PENALTY
    return attachment


def _names_the_attacker(token: Token, trigger: Token) -> bool:
    """A country's name modifying an attack noun that says what it hit ("Israel strikes on Beirut", "Russia's
    attacks against the grid"): whose attack it was, not its scene."""
    return token.dep_ in {"compound", "nmod", "poss"} and token.head == trigger and trigger.pos_ == "NOUN" \
        and any(c.dep_ == "prep" and c.lower_ in {"on", "against"} and any(g.dep_ == "pobj" for g in c.children)
                for c in trigger.children)


def _does_the_deed(token: Token, trigger: Token) -> bool:
    """A place named as the subject of the event's own verb, which acts on an object ("Moscow targeted regions
    far from the front", "Kyiv struck two airfields"): the government that struck, not where the blows fell."""
    # (not a dateline in capitals, "MOSCOW, Dec 18 - Police have detained ...", whatever the parse says)
    return token.dep_ == "nsubj" and token.head == trigger and trigger.pos_ == "VERB" and not token.text.isupper() \
        and trigger.lemma_ not in UNDERGO_LEMMAS and any(c.dep_ in {"dobj", "obj"} for c in trigger.children)


WIDE_KINDS = {"area", "admin1", "admin2", "country", "continent"}
AREA_REACH_KM = 600  # a town "near" which a sea or wide area is told lies about this close to its centre


def _narrows_wider(wide: Place, town: Place) -> bool:
    """Whether the town of "X near Y" says more precisely where than X: a sea, region or country named first
    ("shot down over the Baltic near Kaliningrad", "fighting in the Zaporizhzhia region near Orikhiv") is
    narrowed by the town, where a village named first ("a village near Bakhmut") is the finer. The town must lie
    in that region or country, or by that sea: one read elsewhere is a namesake of a village the gazetteer lacks."""
    if wide.kind not in WIDE_KINDS or town.kind not in {"city", "facility"}:
        return False
    if wide.kind in {"area", "continent"}:
        return haversine_km(wide.lat, wide.lon, town.lat, town.lon) <= AREA_REACH_KM
    return town.country_code == wide.country_code and (wide.kind == "country" or town.admin1 == wide.admin1)


def _region_of_country(country: Place, region: Place) -> bool:
    """Whether the Y of "inside X in Y" is a region of the country X, and so says more precisely where than X
    ("20 km inside Ukraine in the Donetsk region")."""
    return country.kind == "country" and region.kind in {"admin1", "admin2"} \
        and region.country_code == country.country_code


# "fired from the direction of occupied X", "rounds fired from the south-east, the direction of X", "from positions
# near X", "missiles launched from the X region", "the fire came from X": where the fire came from, not where it fell
FIRE_ORIGIN_BEFORE = re.compile(
    r"(?:\bfrom\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?,?\s+(?:the\s+)?)?direction\s+of"
    r"|\bfrom\s+(?:[\w'’-]+\s+){0,3}positions?\s+(?:of\s+(?:[\w'’-]+\s+){1,4})?"
    r"(?:in|near|around|outside|on\s+the\s+outskirts\s+of)"
    r"|\b(?:fired|launched|shelled|(?:fire|shelling|shells|rounds|rockets|missiles|drones)\s+(?:came|come|comes|coming))"
    r"\s+from)\s+(?:the\s+)?(?:(?!(?:at|on|in|into|onto|towards?|and|killing|hitting)\b)[\w'’-]+\s+){0,3}$"
    # "fired 82mm mortars from the area of X", "shelling from the vicinity of X"
    r"|\b(?:fired|launched|shelled|fire|shelling|shells|rounds|mortars|mines|rockets|missiles|drones)\s+"
    r"(?:[\w'’-]+\s+){0,3}from\s+the\s+(?:area|vicinity|outskirts)\s+of\s+(?:[\w'’-]+\s+){0,2}$"
    # "fired from the south-east, where the militants hold positions around X"
    r"|\bfrom\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?,?\s+where\s+(?:[\w'’-]+\s+){1,5}"
    r"positions?\s+(?:in|near|around|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# "troops positioned near X fired five mines at the village": where the gunners stood, told before they fired
STATIONED_BEFORE = re.compile(r"\b(?:positioned|stationed|deployed|based|dug\s+in)\s+(?:in|near|around|outside)\s+"
                              r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
FIRED_AFTER = re.compile(r"\s+(?:fired|shelled|launched|opened\s+fire)\b", re.I)


def fire_origin(text: str, place: Place) -> bool:
    """Whether the place is told as where fire came from ("fired from the direction of occupied X", "from positions
    near X", "launched from X", "fired mortars from the area of X", "troops positioned near X fired", "fired from the
    east, where rebels hold positions around X"): the attacker's side of the line, neither the scene of the event it
    hit nor of one told after it."""
    before = max(0, place.start - 80)
    return FIRE_ORIGIN_BEFORE.search(text, before, place.start) is not None \
        or (STATIONED_BEFORE.search(text, before, place.start) is not None
            and FIRED_AFTER.match(text, place.end) is not None)


def where_accord_made(text: str, place: Place) -> bool:
    """Whether the place is told only as where an accord was made or talks held or are to be held ("despite a
    ceasefire agreed in Minsk", "peace talks in Istanbul", "talks due to begin in Doha"): the town of the signing
    or the talks, not the scene of the strikes told after it."""
    return ACCORD_MADE_BEFORE.search(text, max(0, place.start - 160), place.start) is not None


def bearing_of_town_told_before(text: str, place: Place) -> bool:
    """Whether the place only tells where a settlement the report has already named lies ("ZHOVANKA, Ukraine --
    ... the cemetery of this village north of Horlivka"): the scene is that settlement, not the town measured from."""
    return BEARING_OF_TOWN_TOLD_BEFORE.search(text, max(0, place.start - 80), place.start) is not None


def told_as_share_of_dead(text: str, place: Place) -> bool:
    """Whether the place is where a share of the dead fell ("killed 15, most of them in Khartoum North"): the
    event reaches wider than it, so it is not the event's scene."""
    return SHARE_OF_DEAD_BEFORE.search(text, max(0, place.start - 40), place.start) is not None


# "the X community in the Y district", "the X hromada of the Y raion"
COMMUNITY_IN_GAP = re.compile(r"\s+(?:community|hromada)\s+(?:in|of)\s+the\s+")
DISTRICT_WORD_AFTER = re.compile(r"\s+(?:district|raion)\b")


def _community_in_district(text: str, community: Place, district: Place) -> bool:
    """ "the X community in the Y district": X is a settlement of the region the district named after Y lies in,
    where the gazetteer knows one there (a community it reads as a namesake elsewhere is left to Y)."""
    return community.kind == "city" and district.kind == "city" and community.end <= district.start \
        and COMMUNITY_IN_GAP.fullmatch(text, community.end, district.start) is not None \
        and DISTRICT_WORD_AFTER.match(text, district.end) is not None \
        and community.country_code == district.country_code and bool(community.admin1) \
        and community.admin1 == district.admin1


def _one_scene_told_outwards(gap: str) -> bool:
    """Whether the text between two places makes them one scene told from the first outwards: "X in Y", "X, Y",
    "X, a town just south-west of Y", "X, north of Y", "X in the north of Y"."""
    return CONTAINER_GAP.fullmatch(gap) is not None or BEARING_APPOSITION_GAP.fullmatch(gap) is not None \
        or BARE_BEARING_GAP.fullmatch(gap) is not None or PART_OF_TOWN_GAP.fullmatch(gap) is not None


# "X, a small village ...", "X, the port city ...": an apposition opening to say what X is (not a headline's
# "X: ..." or a bare bearing, "X, north of Y")
WHAT_IT_IS_AFTER = re.compile(r",\s+(?:a|an|the)\s")


def _placed_by_its_apposition(doc: Doc, place: Place, other: Place) -> bool:
    """Whether `other` is named inside an apposition saying what `place` is ("Hnutove, a small village on the front
    line near Mariupol"): `other` only tells where `place` lies, so the two name one scene, `place` the finer."""
    token, other_token = _place_token(doc, place), _place_token(doc, other)
    return token is not None and other_token is not None \
        and WHAT_IT_IS_AFTER.match(doc_text(doc), place.end) is not None \
        and any(a.dep_ == "appos" and a.head == token and a.pos_ == "NOUN" for a in other_token.ancestors)


# "the city", "the town" standing for a town named before (not "the city of X", "the town, Y")
TOWN_WORD = re.compile(r"\bthe\s+(?P<word>city|town)\b(?!\s+of\b)", re.I)


def _town_told_as_scene(doc: Doc, places: list[Place], start: int, end: int, trigger: Token | None) \
        -> Place | None:
    """The town that "the city" or "the town" in [start, end) stands for (the last named before it), as a Place at
    that word, when a relative clause of "where" on its phrase tells the event ("Residents of X laid flowers in the
    city's Y district, where a missile killed three people"), or when the event's own verb strikes it and the
    sentence named the town before ("X is in mourning for three killed when bombs fell on the town centre")."""
    if trigger is None:
        return None
    for match in TOWN_WORD.finditer(doc_text(doc), start, end):
        word = token_at(doc, match.start("word"))
        if word is not None and (_scene_of_where_clause(word, trigger)
                                 or word.dep_ == "poss" and _scene_of_where_clause(word.head, trigger)):
            return _seat_told_before(doc, places, match.start(), match.start("word"), match.end())
        if word is not None and _struck_by_event(word, trigger):
            # only a town the sentence itself named: one named in an earlier sentence may be another than it strikes
            town = _seat_told_before(doc, places, match.start(), match.start("word"), match.end())
            if town is not None and any(p.geonameid == town.geonameid and start <= p.start < match.start()
                                        for p in places):
                return town
    return None


def _struck_by_event(word: Token, trigger: Token) -> bool:
    """Whether "the town" or "the city" (or a part of it, "the town centre") is the object of the event's own word or
    of the verb its trigger noun is the object of: "shelled the town", "dropped bombs on the city centre"."""
    phrase = word.head if word.dep_ in {"compound", "poss"} and word.head.lemma_.lower() in TOWN_PARTS else word
    anchors = {trigger, trigger.head} if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else {trigger}
    if phrase.dep_ == "dobj":
        return phrase.head in anchors
    return phrase.dep_ == "pobj" and phrase.head.head in anchors


def locate_event(places: list[Place], doc: Doc, document: Document, sentence_start: int, sentence_end: int,
                 trigger_start: int) -> dict | None:
    """Where the event whose trigger starts at `trigger_start` happened, as the contract's location dict."""
    text = document.text
    bureaus = bureau_starts(text)
    in_sentence = [p for p in places if sentence_start <= p.start < sentence_end and p.start not in bureaus
                   and _can_be_scene_of_own_clause(doc, p) and not regional_institution_acts(doc, p)]
    capital = _capital_place(document, doc, sentence_start, sentence_end, places)
    if capital is not None:
        in_sentence.append(capital)
    country_anaphor = _country_place(document, doc, sentence_start, sentence_end, places)
    if country_anaphor is not None:
        in_sentence.append(country_anaphor)
    trigger = token_at(doc, trigger_start)
    town_anaphor = _town_told_as_scene(doc, places, sentence_start, sentence_end, trigger)
    if town_anaphor is not None:
        in_sentence.append(town_anaphor)
    in_sentence.sort(key=lambda p: p.start)
    attachments: list[float | None] = [None] * len(in_sentence)
    on_a_link = False  # the sentence tells a bridge or a road by the places it joins
    goals: list[Place] = []  # where people withdrew or fled to (`movement_goal`)
    for i, place in enumerate(in_sentence):
        token = _place_token(doc, place)
        if token is not None and trigger is not None and in_side_clause(token, trigger):
            continue  # "detained a man over the death of a student who was stabbed in Ankara"
        if token is not None and _superlative_scope(token):
            continue  # "seized the largest nuclear plant in Europe"
        if token is not None and trigger is not None and (_of_an_earlier_occasion(token, trigger)
                                                           or _apart_from_occasion_named(token, trigger)
                                                           or _where_a_sequel_is_to_go_on(token, trigger)
                                                           or _in_a_clause_of_last_period(token, trigger)):
            continue
        if token is not None and trigger is not None and _does_the_deed(token, trigger):
            continue  # "as Moscow again targeted regions far from the front": the attacker, not the scene
        if token is not None and trigger is not None and _where_cared_for(token, trigger):
            continue  # "wounded when troops shelled X has died in a Donetsk hospital": not the shelling's scene
        if journey_end(doc, place):
            continue  # "opened fire on a train travelling from Abuja to Kaduna": the scene lies on the way
        if movement_goal(doc, place):
            goals.append(place)  # the scene only where nothing else places the event
            continue
        if end_of_a_link(doc, place):
            on_a_link = True
            continue
        if told_as_share_of_dead(text, place) or fire_origin(text, place) or bearing_of_town_told_before(text, place):
            continue
        if token is not None and trigger is not None and _target_of_strike_told_aside(token, trigger):
            continue  # "cleared debris after the attack, as news came in of a strike on Poltava": its scene
        if token is not None and trigger is not None and _in_clause_comment(token, trigger):
            continue  # "exchanged prisoners at a checkpoint, a step agreed at talks in Paris": where it was agreed
        if token is not None and trigger is not None and _in_clause_beside_own_scene(token, trigger, doc, in_sentence):
            continue  # "fighting near Kreminna as Ukraine pushes in Luhansk": where the other clause's deed is
        if token is not None and trigger is not None and _where_the_sequel_was(token, trigger, doc, in_sentence):
            continue  # "tightened checks at X following an attack on a station in Y": where the checks were
        attachments[i] = _scene_attachment(doc, text, place, token, trigger)
    best: tuple[float, Place] | None = None
    for i, place in enumerate(in_sentence):
        attachment = attachments[i]
        if attachment is None:
            continue
        if i + 1 < len(in_sentence) and attachments[i + 1] is not None \
                and (_one_scene_told_outwards(text[place.end:in_sentence[i + 1].start])
                     or _placed_by_its_apposition(doc, place, in_sentence[i + 1])):
            # "a hospital in Deir al-Balah in central Gaza" with "in central Gaza" hung on the verb: the phrase
            # names one scene, told from X outwards (so does "X, a town just south-west of Y")
            attachment = max(attachment, attachments[i + 1])
        distance = abs(place.start - trigger_start) / 100
        gap = text[in_sentence[i - 1].end:place.start] if i > 0 else ""
        narrows = i > 0 and attachments[i - 1] is not None \
            and (NEAR_GAP.fullmatch(gap) or POSSESSIVE_GAP.fullmatch(gap)) is not None \
            and _narrows_wider(in_sentence[i - 1], place)
        if narrows:
            # "over the Black Sea near Novorossiysk", "in Kashmir's Pulwama district": one scene, told from the
            # wide area inwards
            attachment = max(attachment, attachments[i - 1])
            distance = min(distance, abs(in_sentence[i - 1].start - trigger_start) / 100)
        score = attachment + SPECIFICITY.get(place.kind, 0.0) - distance
        if i + 1 < len(in_sentence) and attachments[i + 1] is not None \
                and _community_in_district(text, place, in_sentence[i + 1]):
            attachment = max(attachment, attachments[i + 1])
            score = attachment + SPECIFICITY.get(place.kind, 0.0) - distance
        if i > 0 and _community_in_district(text, in_sentence[i - 1], place):
            score -= 2.0  # the Y of "the X community in the Y district": X, a village of Y's region, is the scene
        elif i > 0 and (_one_scene_told_outwards(gap) or _placed_by_its_apposition(doc, in_sentence[i - 1], place)
                      or (NEAR_GAP.fullmatch(gap) and not narrows)) \
                and not _region_of_country(in_sentence[i - 1], place):
            score -= 2.0  # the Y of "X, Y" / "X in Y" / "X, a town south of Y": X says more precisely where
        elif any(attachments[j] is not None and _placed_by_its_apposition(doc, in_sentence[j], place)
                 for j in range(i - 1)):
            score -= 2.0  # the Z of "X, a village in Y near the front line with Z": told only to say where X lies
        if score > -1.0 and (best is None or score > best[0]):
            best = (score, place)
    if best is not None and best[1].kind == "admin1" and trigger is not None:
        village = _captured_village(places, doc, text, best[1], trigger, sentence_end)
        if village is not None:
            return _location(village, _precision(village, text), text)
    if best is not None and best[1].kind in WIDE_KINDS - {"country", "continent"}:
        base = _target_base_within(in_sentence, attachments, best[1], text)
        if base is not None:
            return _location(base, _precision(base, text), text)
    if best is not None and best[1].kind == "city" \
            and SUBURB_BEFORE.search(text, max(0, best[1].start - 40), best[1].start):
        suburb = _suburb_in_dateline(places, text, best[1])
        if suburb is not None:
            return _location(suburb, 1, text)
    if best is not None and best[1].kind == "city" and _told_near(text[max(0, best[1].start - 40):best[1].start]):
        town = _town_told_next(places, doc, best[1], sentence_end)
        if town is not None:
            return _location(town, 1, text)
    national = _national_settlement(text, sentence_start, sentence_end, best[1] if best is not None else None)
    if national is not None:
        return _location(national, 3, text)
    if best is not None:
        return _location(best[1], _precision(best[1], text), text)
    region = _region_referred_to(places, doc, text, sentence_start, sentence_end)
    if region is not None:
        return _location(region, 3, text)
    earlier = [p for p in places if p.start < sentence_start and p.kind != "continent" and p.start not in bureaus
               and (can_be_scene(doc, p) or _where_a_victim_died(doc, p, trigger))
               and not place_acts(doc, p) and not beside_border(text, p) and not told_as_journey_end(doc, p)
               and not fire_origin(text, p) and not where_accord_made(text, p) and not where_speaker_spoke(doc, p)
               and not ((earlier_token := _place_token(doc, p)) is not None and trigger is not None
                        and _where_cared_for(earlier_token, trigger))]
    if earlier:
        # the most specific of the places named in the nearest earlier sentence that names any
        last_sentence_start = max(p.start for p in earlier) - 300
        recent = [p for p in earlier if p.start >= last_sentence_start]
        # not one told in an aside ("... just as Biden was preparing to speak in Warsaw")
        recent = [p for p in recent if not in_aside_clause(_place_token(doc, p))] or recent
        # nor a town distances are measured from ("about 1,400 km (870 miles) east of Moscow")
        recent = [p for p in recent if not DISTANCE_FROM.search(text, max(0, p.start - 60), p.start)] or recent
        recent = _without_distant_bureau(recent, text, sentence_start)
        target = _country_beyond_dateline(recent, in_sentence, attachments, text)
        if target is not None:
            return _location(target, 3, text)
        # nor the Y of "X in Y", "the X camp in central Y", "X, north of Y", "X, a town on the outskirts of Y": X
        # says more precisely where
        recent = [p for p in recent if not any(
            q.end <= p.start and (_one_scene_told_outwards(text[q.end:p.start]) or _placed_by_its_apposition(doc, q, p))
            for q in recent)] or recent
        # of equally specific places, one in the story's own country: not "the war in Ukraine" in a story on Poland
        own = main_country(places, doc)
        chosen = max(recent, key=lambda p: (SPECIFICITY.get(p.kind, 0.0), p.country_code == own, p.start))
        return _location(chosen, _precision(chosen, text, own_sentence=False), text)
    if goals:
        return _location(goals[0], _precision(goals[0], text), text)
    if on_a_link:
        return None  # somewhere between the two ends told, which a later sentence may name: no country's centre
    country = main_country(places, doc)
    institution_town = next((p for p in places if p.kind == "city" and (country is None or p.country_code == country)
                             and _town_institution_named(doc, p)), None)
    if institution_town is not None:
        # "the Kathmandu District Administration Office imposed a curfew": a story that names no scene but a
        # town's own authorities happened in that town
        return _location(institution_town, 2, text)
    entry = Gazetteer.load().country(country) if country else None
    if entry is not None:
        place = next(p for p in places if p.country_code == country and can_be_scene(doc, p))
        return _location(_country_at(entry, place.text, place.start, place.end, place.score), 3, text)
    return None


def _country_beyond_dateline(recent: list[Place], in_sentence: list[Place], attachments: list[float | None],
                             text: str) -> Place | None:
    """The one country the event's sentence names as a scene, where the only place told before is the dateline's
    town in another country: in "MOSCOW, Nov 25. /TASS/. The army struck facilities of Ukraine's defence industry"
    the bureau filed the story and the blows fell in Ukraine. A country that acts (the attacker) does not count,
    nor does one where the sentence also names a place of the dateline's country."""
    datelines = _dateline_starts(text)
    if not recent or any(p.start not in datelines for p in recent):
        return None
    filed_from = {p.country_code for p in recent}
    if any(p.country_code in filed_from for p in in_sentence):
        return None
    targets = {p.country_code: p for p, attachment in zip(in_sentence, attachments, strict=True)
               if p.kind == "country" and attachment is not None and attachment > ACTING_COUNTRY}
    return next(iter(targets.values())) if len(targets) == 1 else None


def _without_distant_bureau(recent: list[Place], text: str, before: int) -> list[Place]:
    """The places of the sentence before, less the dateline's town where that sentence names a region or town of
    its own that the town lies outside: in "KIEV - ... seized three ships off the coast of Crimea. The navy said a
    Russian vessel opened fire" Kiev is the bureau, not the scene; in "VOLGOGRAD - ... a fire near a village in
    the Volgograd Region" the town stays, the nearest guess inside the region."""
    datelines = _dateline_starts(text, before)
    bureaus = [p for p in recent if p.start in datelines]
    own = [p for p in recent if p.start not in datelines and p.kind != "country"]
    if not bureaus or not own or any(p.country_code == b.country_code and p.admin1 == b.admin1
                                     for p in own for b in bureaus):
        return recent
    return [p for p in recent if p.start not in datelines]


# "have liberated five settlements in the Kharkov Region", "captured a village in the Donetsk region": a capture
# told at the region's level, whose villages the report may name right after
CAPTURE_TRIGGER = re.compile(r"(?:liberat|captur|recaptur|seiz|took|take|taking|retook|retak|occup|overr)", re.I)
SETTLEMENTS_IN = re.compile(r"\b(?:settlements?|villages?|hamlets?|localities|communities)\s+(?:in|of)\s+(?:the\s+)?$",
                            re.I)
SETTLEMENTS_OF = re.compile(r"\b(?:settlements?|villages?|hamlets?|localities|locality)\s+of\s+$", re.I)


def _captured_village(places: list[Place], doc: Doc, text: str, region: Place, trigger: Token,
                      sentence_end: int) -> Place | None:
    """The village a capture told only at region level took: "Units ... have liberated five settlements in the
    Kharkov Region, the ministry said. 'Units ... liberated the settlements of Strelechya, Pylnaya and Borisovka
    in the Kharkov Region,' ..." happened at the first village the report names, in that region, after "the
    settlements of", in the same sentence or the next."""
    if not CAPTURE_TRIGGER.match(trigger.text) or not SETTLEMENTS_IN.search(text[max(0, region.start - 40):
                                                                                   region.start]):
        return None
    following = next((sent for sent in doc.sents if sent.start_char >= sentence_end), None)
    end = max(sentence_end, following.end_char if following is not None else sentence_end)
    return next((p for p in places if region.end <= p.start < end and p.kind == "city"
                 and p.country_code == region.country_code and p.admin1 == region.admin1
                 and SETTLEMENTS_OF.search(text[max(0, p.start - 30):p.start])), None)


# "a ship based in Sevastopol", "jets stationed at Saky": where the thing told is kept
BASED_AT_BEFORE = re.compile(r"\b(?:based|stationed|moored|docked|berthed|garrisoned|parked)\s+(?:in|at)\s+"
                             r"(?:the\s+)?$", re.I)


def _target_base_within(in_sentence: list[Place], attachments: list[float | None], wide: Place,
                        text: str) -> Place | None:
    """The town in the region told as the scene where the sentence says the thing hit was kept: "an attack on
    Crimea destroyed a ship based in Sevastopol" happened at Sevastopol."""
    return next((p for p, attachment in zip(in_sentence, attachments, strict=True)
                 if attachment is not None and p.start > wide.end and _narrows_wider(wide, p)
                 and BASED_AT_BEFORE.search(text, max(0, p.start - 30), p.start)), None)


# "1,400 km (870 miles) east of", "40 kilometres north of", "30km northeast of": a distance measured from the place
# named next
# ("a short drive from the centre of", "an hour's walk from": a distance told by the way there, no journey)
DISTANCE_FROM = re.compile(r"(?:\b|(?<=\d))(?:km|kilometres|kilometers|miles)\b[^.;]{0,30}?\b(?:north|south|east|west|"
                           r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$"
                           r"|\ban?\s+(?:[\w'’-]+\s+){0,2}(?:drive|walk|ride)\s+from\s+(?:the\s+(?:centre|center)\s+of\s+)?"
                           r"(?:the\s+)?$", re.I)


# "over the region", "across the oblast": the region the report has already named, or whose town it named
REGION_ANAPHOR = re.compile(r"\b(?:in|over|across|throughout|around|within|of) the (?:region|oblast|province)\b"
                            r"(?!\s+of)")


def _region_referred_to(places: list[Place], doc: Doc, text: str, start: int, end: int) -> Place | None:
    """The first-level region that "the region" in [start, end) stands for: that of the last place named before
    it, even one in a title or a body's name ("Bryansk Governor Alexander Bogomaz said ... drones over the
    region"), as a Place at that mention; not a government blamed or speaking ("Kharkiv Oblast Governor ...
    accused Moscow of ... a morning attack in the region's southwest")."""
    match = REGION_ANAPHOR.search(text, start, end)
    if match is None:
        return None
    before = [p for p in places if p.end <= match.start() and p.kind in {"city", "admin2", "admin1", "facility"}
              and not (_party_not_scene(doc, p) or _government_act(doc, p))]
    if not before:
        return None
    last = max(before, key=lambda p: p.start)
    if last.kind == "admin1":
        return last
    gazetteer = Gazetteer.load()
    entry = gazetteer.admin1_named(last.country_code, last.admin1)
    if entry is None:
        return None
    named_after = [replace(e, match=entry.match) for e in gazetteer.lookup(f"{last.text} region")]
    if last.kind == "city" and entry in named_after:
        return last  # the region is named after this town, its seat, where a region-wide event is recorded
    return Place(text=last.text, start=last.start, end=last.end, name=entry.name, kind="admin1",
                 geonameid=entry.geonameid, country_code=entry.country_code, admin1=entry.admin1,
                 lat=round(entry.lat, 5), lon=round(entry.lon, 5), score=last.score)


def _town_institution_named(doc: Doc, place: Place) -> bool:
    """ "Kathmandu District Administration Office", "Lutsk City Council": the town's name opens the name of one of
    its own institutions."""
    token = token_at(doc, place.start)
    following = next((t for t in doc[token.i:token.i + 6] if t.idx >= place.end), None) if token is not None else None
    return following is not None and following.text[:1].isupper() and following.lower_ in LOCAL_INSTITUTION_WORDS


def location_of(place: Place, text: str) -> dict:
    """The contract's location dict for a recognised place, with its precision read from the text around it."""
    return _location(place, _precision(place, text), text)
