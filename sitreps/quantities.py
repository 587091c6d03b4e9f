"""Quantities stage: counted things in news text (people killed, missiles fired, homes hit...).

In: a parsed spaCy `Doc` and its `Document`. Out: `list[Quantity]`, one per counted claim, with character
offsets into `document.text`; the span covers the number phrase with its qualifier ("at least three",
"about 100", "dozens", "two soldiers and a civilian" when conjoined counts are summed).

`what` vocabulary, decided from the syntax around the number (the noun it counts, the verb governing it):
- killed, injured, missing, abducted, arrested, displaced, participants (protesters, "thousands marched"),
  casualties ("killed or injured", "casualties": deaths and injuries together; men a side "lost over the past day",
  its daily losses);
- missiles_launched, drones_launched (rockets count as missiles), missiles_intercepted, drones_intercepted
  (shot down / destroyed / neutralised by air defence);
- buildings_hit (residential buildings, homes, houses, apartment blocks damaged or hit),
  infrastructure_hit (power plants, substations, energy facilities damaged or hit);
- `<what>_total` (e.g. killed_total, displaced_total): a cumulative tally over a war or period rather
  than one incident ("more than 37,000 killed since October 7", "displaced by the war", "this year", "in recent
  weeks", "have died there this month", "in three months of protests").

Values (ACLED takes the lowest credible figure, so `min` is the floor to use):
- plain "12" -> min=max=12, qualifier None; "no one was killed", "no casualties" -> 0;
  "a civilian" (a/an before a person governed by a casualty verb) -> 1; "both attackers" -> 2.
- "at least"/"no fewer than" N -> min=N, max=None, "at least"; "more than"/"over" N -> min=N+1, "more than".
- "about"/"around"/"nearly"/"almost"/"some"/"roughly"/"an estimated" N and "a dozen" -> min=max=N, "about".
- "up to"/"as many as"/"at most" N -> min=None, max=N, "up to" (no floor is given); "fewer than" N -> max=N-1.
- ranges "between 10 and 15", "10 to 15", "10-15", "two or three" -> min=10, max=15, "between".
- vague words, qualifier "vague", max=None: "a few"/"a handful"/"multiple" 2, "several" 3, "dozens" 24,
  "several dozen" 36, "scores" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000,
  "hundreds of thousands" 200,000, "millions" 2,000,000; "many"/"numerous" -> min=None.
  (ACLED's own codebook uses 10 for "several"/"many"; the project chose the literal reading.)
Ranks count as people ("a colonel, a major and an inspector were killed" -> 3), as does a lower-case noun the
tagger took for a name ("a jawan").
A killing told by its manner ("beaten to death", "burned to death") counts the dead, and so does a verb of killing
joined after another passive one, sharing its subject ("two men were shot in the head and killed").
Conjoined counts of the same kind under one verb are summed ("two soldiers and three civilians were
killed" -> killed 5), and so are people harmed "alongside", "along with" or "together with" the verb's own victims
("killed the commander along with four other soldiers" -> killed 5), people who died "with" them ("was killed with
his two bodyguards" -> 3) and people the parser joined to the verb after an object with an "of" phrase ("killed a
commander of the brigade and one other person" -> 2), as are victims joined by "and" in the "of" phrase of a
noun of harm ("the killing of two officers and a bystander", "the deaths of a teacher and her two sons" -> killed
3; "the abduction of three aid workers and a driver" -> abducted 4); a thing listed after a victim is no more
victims ("killing one man and damaging homes and a power line" -> killed 1); a count followed, after a comma, by a
list of its own members adding up to it is told with its parts ("two civilians, a man and a woman" -> 2, "the three,
two men and a woman" -> 3). A name after a counted person ("his deputy Ivan Petrov") is who that person is, not
what is counted; a companion ("his deputy") joined by "and" to a victim told by a title the count does not read
as a person ("Prosecutor General of the region X and his deputy") makes two. A single victim told as one more
("His assistant was also killed") has qualifier "additional"; `fatalities_from` adds such victims to a single one
named before them, as it does a victim told as the kin of one before ("his wife died in hospital"), and counts a man
and a woman told dead one by one as two. The later dead of an
incident told as more, alone in their sentence ("two more bodies were found", "another man died of his wounds"),
have qualifier "more"; `fatalities_from` adds them to the toll told before them ("one of the wounded died" is one
dead, which may be the rise of a toll told beside it). One new victim who died of wounds after a single victim told
killed in an earlier sentence, as someone's kin or companion ("... killing the driver. His passenger died of her
injuries") or as one wounded ("a woman wounded in the attack later died"), is "additional"; one told as wounded who
died is dead. Soldiers who "embraced martyrdom" (or "shahadat") are dead.
Subsets ("including five children", "among them") are not counted again, but the dead listed are counted ("the
dead included a girl and her grandmother", "among the dead were a man and his son" -> 2, "a nurse, her husband and a
boy of 12" -> 3, "the victims were a trader and her daughter" where no one is told wounded beside them), as is "the
dead numbered 17"; two people one article introduces together are two ("a mother and son were killed" -> 2), and
people joined by "and" whose death a relative clause after them tells are as many ("buried a woman and her son who
died when ..." -> 2; a singular "who was killed" tells the last one's alone). A bare
ordinal for the next victim is the count it reaches ("two were killed and a third died later" -> 3).
Victims of violence told "to death" ("five men were beaten to death") are killed; "sentenced to death" is not. A
wounding told deadly ("mortally wounded", "fatally shot", "received a fatal wound") is a death.
Conjoined to a toll's figure, a count is of something else ("the toll reached 10 and thousands fled").
Ignored: ages, years and dates, times, percentages, money, ordinals, ids, numbers in names ("Densus 88"),
"one of the ..." (but "one of his bodyguards was killed" is one, and "one of the richest men was killed along with
his wife" two, also where the parser glued the "one" onto a dateline), "one-way", and numbers counting things outside
the vocabulary (troops deployed, votes, sources).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitreps import datelines
from sitreps.models import Document, Quantity
from sitreps.nlp import doc_text, token_lowers

# --- number words ---------------------------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE_PLURALS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
VAGUE_DETERMINERS = {"several": 3, "multiple": 2}
VAGUE_UNKNOWN = {"many", "numerous"}
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
# a tally over the day just gone, as text words it ("over the past 24 hours", "in the last day", "over the previous
# day")
PAST_DAY = r"(?:over|in|during) the (?:past|last|previous) (?:day|24 hours)"
PAST_DAY_TALLY = re.compile(rf"\b{PAST_DAY}\b", re.IGNORECASE)
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "jan.", "feb.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours"}
# Words opening a time adverbial after a count, which the tagger may fold into one TIME entity with it ("rose to
# eight overnight", "14 this morning"); a clock time is told after "at", "by", "until"... instead.
PERIOD_OPENERS = {"overnight", "this", "last", "tonight", "today", "yesterday", "earlier", "later", "by", "early",
                  "late"}
# times of one day: a count "since the morning" is that day's, not a running tally
DAYPARTS = {"morning", "dawn", "daybreak", "sunrise", "midnight", "noon", "midday", "afternoon", "evening"}
CLOCK_PREPOSITIONS = {"at", "by", "until", "till", "before", "after", "around", "about", "since", "from"}
CURRENCY = {"$", "€", "£", "us$", "usd", "eur", "rs", "rs."}
PERCENT = {"%", "percent", "per", "pct"}

POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
# Objects of "lose" that are a tie to someone, not a life: "lost contact with the crew".
LOST_LINKS = {"contact", "touch", "track", "communication"}

# Qualifiers, longest first: (words, qualifier, how the value turns into min/max).
QUALIFIERS: list[tuple[tuple[str, ...], str, str]] = [
    (("no", "fewer", "than"), "at least", "floor"), (("no", "less", "than"), "at least", "floor"),
    (("not", "less", "than"), "at least", "floor"), (("a", "minimum", "of"), "at least", "floor"),
    (("at", "least"), "at least", "floor"),
    (("in", "excess", "of"), "more than", "above"), (("upwards", "of"), "more than", "above"),
    (("well", "over"), "more than", "above"), (("just", "over"), "more than", "above"),
    (("more", "than"), "more than", "above"), (("over",), "more than", "above"),
    (("as", "many", "as"), "up to", "ceiling"), (("no", "more", "than"), "up to", "ceiling"),
    (("not", "more", "than"), "up to", "ceiling"), (("at", "most"), "up to", "ceiling"),
    (("up", "to"), "up to", "ceiling"),
    (("fewer", "than"), "up to", "below"), (("less", "than"), "up to", "below"),
    (("an", "estimated"), "about", "approx"), (("close", "to"), "about", "approx"),
    (("about",), "about", "approx"), (("around",), "about", "approx"), (("nearly",), "about", "approx"),
    (("almost",), "about", "approx"), (("some",), "about", "approx"), (("roughly",), "about", "approx"),
    (("approximately",), "about", "approx"), (("estimated",), "about", "approx"),
    (("circa",), "about", "approx"),
]

# --- what is counted ------------------------------------------------------------------------------------

# Trades and jobs that wire reports name civilian victims by ("those killed were a waiter and a cook"). People here
# and in events.py (civilian targets) and modality.py (people something befell) alike.
CIVILIAN_TRADES = {
    "waiter", "waitress", "cook", "chef", "baker", "butcher", "tailor", "barber", "carpenter", "mechanic",
    "electrician", "plumber", "builder", "bricklayer", "porter", "cashier", "clerk", "pharmacist", "trader",
    "merchant", "shopkeeper", "vendor", "hawker", "peddler", "driver", "farmer", "herder", "shepherd", "fisherman",
    "teacher", "student", "pupil", "doctor", "nurse", "surgeon", "miner", "worker", "labourer", "laborer",
    "gardener", "janitor", "caretaker", "housekeeper", "maid", "nanny", "cobbler", "shoemaker", "weaver",
    "blacksmith",
}
PERSON_NOUNS = {
    "people", "person", "civilian", "soldier", "troop", "militant", "fighter", "child", "woman", "man",
    "villager", "resident", "worshipper", "worshiper", "policeman", "policemen", "officer", "police",
    "migrant", "refugee", "passenger", "journalist", "member",
    "insurgent", "rebel", "jihadist", "gunman", "attacker", "assailant", "bandit", "serviceman", "servicemen",
    "personnel", "teenager", "boy", "girl", "terrorist", "suspect", "activist", "official",
    "guard", "commander", "pilgrim", "tourist", "patient", "inmate", "prisoner", "marine",
    "sailor", "contractor", "settler", "recruit", "conscript", "individual", "adult", "infant",
    "baby", "elder", "victim", "crew", "other", "others", "family", "relative",
    "employee", "volunteer", "peacekeeper", "militiaman", "militiamen", "gendarme", "jihadi", "youth",
    "demonstrator", "protester", "protestor", "marcher", "participant", "supporter", "voter", "muslim",
    "christian", "hindu", "fishermen", "herdsman", "herdsmen", "trooper", "paramilitary",
    "combatant", "cadre", "operative", "agent", "diplomat", "lawmaker", "politician", "candidate",
    "priest", "cleric", "displaced", "guest", "bystander", "pedestrian", "motorist",
    "commuter", "spectator", "fan", "mourner", "parishioner", "congregant",
    "nomad", "monk", "nun", "imam", "pastor", "chief", "elderly", "hostage", "detainee",
    "assistant", "aide", "bodyguard", "daughter", "son", "wife", "husband", "mother", "father", "brother",
    "sister", "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "friend", "neighbour",
    "neighbor", "colleague", "blogger", "reporter", "photographer", "lieutenant", "colonel", "mayor", "governor",
    "prosecutor", "deputy", "minister", "judge", "director", "chairman", "ambassador", "envoy", "senator",
    "lawyer", "investigator", "pilot", "engineer", "correspondent", "general", "rescuer", "medic", "paramedic",
    "national", "citizen", "foreigner", "expatriate", "pensioner", "retiree", "passer", "passer-by",
    "passers-by", "shopper", "customer", "toddler", "schoolchild", "schoolchildren", "schoolboy", "schoolgirl",
    "minor", "newborn", "teen", "kid", "grandchild", "grandson", "granddaughter", "sibling", "twin", "occupant",
    "tenant", "homeowner", "widow", "orphan", "veteran", "athlete", "footballer", "ranger", "paratrooper",
    "collaborator", "informant", "informer", "president", "adviser", "advisor",
    # ranks ("a colonel, a major and an inspector were killed"), and India's word for a soldier
    "major", "captain", "sergeant", "corporal", "brigadier", "constable", "inspector", "superintendent", "jawan",
    "detective",
} | CIVILIAN_TRADES
# Endings of agent and role nouns ("shopkeepers", "cyclists", "Ukrainians", "servicemen"): a count of such a
# noun that someone killed, wounded or detained counts people, even if the noun is in no list above.
PERSON_SUFFIXES = ("keeper", "worker", "seller", "dealer", "goer", "fighter", "ist", "ian", "man", "men", "woman",
                   "women")
# Plural nouns that a killing, wounding or kidnapping verb can take without meaning people.
ANIMAL_NOUNS = {"animal", "cow", "cattle", "sheep", "goat", "camel", "horse", "donkey", "dog", "cat", "pig",
                "chicken", "bird", "livestock", "head", "elephant", "dolphin", "fish", "bee", "poultry"}
PROTEST_NOUNS = {"demonstrator", "protester", "protestor", "marcher", "participant", "crowd", "rallygoer"}
DEATH_NOUNS = {"dead", "death", "fatality", "body", "corpse"}
INJURY_NOUNS = {"injured", "wounded", "injury"}
CASUALTY_NOUNS = {"casualty"}
HOSTAGE_NOUNS = {"hostage", "captive"}
ARREST_NOUNS = {"arrest", "detainee"}
EVACUEE_NOUNS = {"evacuee"}
MISSILE_NOUNS = {"missile", "rocket", "iskander", "kinzhal", "kalibr"}
DRONE_NOUNS = {"drone", "uav", "shahed", "shaheds", "geran"}
BUILDING_NOUNS = {"building", "home", "house", "apartment", "dwelling", "high-rise", "residence", "shelter",
                  "flat", "block"}
INFRA_NOUNS = {"substation"}
INFRA_HEADS = {"plant", "station", "facility", "installation", "infrastructure"}
INFRA_MODIFIERS = {"power", "energy", "thermal", "electricity", "hydroelectric", "heating", "gas",
                   "electric", "nuclear", "hydro", "generating"}

# Verb lemmas by what they do to their patient (object, or subject of a passive).
PATIENT_VERBS = {
    "killed": {"kill", "slay", "slaughter", "massacre", "execute", "behead", "murder", "assassinate",
               "neutralise", "neutralize", "lynch", "claim", "lose", "martyr"},
    "injured": {"injure", "wound", "hurt", "maim", "hospitalise", "hospitalize"},
    "abducted": {"abduct", "kidnap"},
    "arrested": {"arrest", "detain", "apprehend", "capture", "jail", "imprison"},
    "displaced": {"displace", "evacuate", "uproot"},
    "participants": {"draw", "attract", "mobilise", "mobilize"},
}
# Verb lemmas whose subject is the counted thing.
SUBJECT_VERBS = {
    "killed": {"die", "perish", "succumb"},
    "displaced": {"flee"},
    "participants": {"march", "rally", "protest", "demonstrate", "gather", "assemble", "converge", "picket"},
}
# South Asian militaries' words for their own men's deaths: "four soldiers embraced martyrdom", "attained shahadat".
MARTYRDOM_VERBS = {"embrace", "attain", "achieve", "receive"}
MARTYRDOM_NOUNS = {"martyrdom", "shahadat", "shahadah", "shahadaat"}
# Adjectives or participles right after the count or its noun: "left five dead", "20 people wounded".
STATE_WORDS = {
    "dead": "killed", "killed": "killed", "slain": "killed", "wounded": "injured", "injured": "injured",
    "hurt": "injured", "missing": "missing", "unaccounted": "missing", "homeless": "displaced",
    "displaced": "displaced", "detained": "arrested", "arrested": "arrested", "abducted": "abducted",
    "kidnapped": "abducted", "hospitalised": "injured", "hospitalized": "injured",
}
# Nouns whose "of" complement is the counted group: "the bodies of 12 people", "the abduction of 20".
OF_HEADS = {"body": "killed", "death": "killed", "killing": "killed", "murder": "killed", "life": "killed",
            "massacre": "killed", "abduction": "abducted", "kidnapping": "abducted", "arrest": "arrested",
            "detention": "arrested", "evacuation": "displaced", "displacement": "displaced",
            "crowd": "participants", "toll": "killed"}
TRANSPARENT_OF_HEADS = {"total", "group", "band", "party", "contingent", "family"}
# Adjectives standing as the toll itself: "put the dead at seven", "the wounded rose to 30".
NOMINAL_TOLLS = {"dead": "killed", "wounded": "injured", "injured": "injured"}
LAUNCH_VERBS = {"fire", "launch", "use", "hurl", "lob", "unleash", "strike", "hit", "target", "attack",
                "involve", "include", "send"}
INTERCEPT_VERBS = {"intercept", "down", "neutralise", "neutralize", "destroy", "eliminate", "repel", "jam",
                   "suppress", "thwart"}
DAMAGE_VERBS = {"hit", "strike", "damage", "destroy", "raze", "burn", "torch", "flatten", "level", "shell",
                "bomb", "target", "loot", "demolish", "wreck", "ruin", "knock", "collapse", "raid",
                "blow", "gut", "ransack", "affect", "set"}
PROTEST_EVENTS = {"protest", "march", "rally", "demonstration", "strike", "vigil", "sit-in", "walkout", "picket"}
HOME_NOUNS = {"home", "house", "village", "town", "land", "farm", "area", "district", "community"}
INJURY_OBJECTS = {"injury", "wound", "burn", "fracture"}
# Words that make a wounding a death: "mortally wounded", "fatally shot", "a fatal wound".
DEADLY_ADVERBS = {"mortally", "fatally"}
DEADLY_ADJECTIVES = {"mortal", "fatal"}
RELEASE_VERBS = {"release", "free", "exchange", "swap", "rescue", "return", "hand"}
ORDINAL_COUNTS = {word: n for n, word in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=2)}
# Words that make a death feared or presumed rather than confirmed.
HEDGE_VERBS = {"fear", "presume", "suspect"}
HEDGE_ADVERBS = {"likely", "probably", "presumably", "possibly"}
HEDGE_ADJECTIVES = {"likely", "possible", "probable"}
# Nouns of a casualty count: "the toll rose to 12", "put the number of dead at nine".
TOLL_NOUNS = {"toll", "tally", "number", "figure", "count"}
CUMULATIVE_HEADS = {"war", "conflict", "insurgency", "invasion", "uprising", "crisis", "campaign", "offensive"}

# A plural attack noun counted over a stretch of days ("two car bombings in two days that killed 16"): its toll
# sums incidents told apart, so it is no one event's toll.
SEVERAL_ATTACK_NOUNS = {"attack", "bomb", "bombing", "blast", "explosion", "strike", "airstrike", "raid", "shooting",
                        "ambush"}
PERIOD_NOUNS = {"day", "week", "month", "hour"}

# A present-perfect count this large is a running tally, not one incident's toll.
CUMULATIVE_FLOOR = 1000
WEAPON_CLASSES = {"missiles", "drones"}


@dataclass
class NumberPhrase:
    """A number with its qualifier: tokens [first, last] of the doc."""

    first: int
    last: int
    min: int | None
    max: int | None
    qualifier: str | None


@dataclass
class Candidate:
    phrase: NumberPhrase
    what: str
    slot: Token  # the noun or number filling the verb's argument slot, for conjunction grouping


# --- number phrases -------------------------------------------------------------------------------------

def _digits_value(text: str) -> float | None:
    if not DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def _read_words(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """Parse spelled-out numbers ("twenty-five", "two hundred and fifty", "a dozen") at token i."""
    total, current, j, seen = 0, 0, i, False
    while j < end:
        word = doc[j].lower_
        parts = word.split("-") if "-" in word and all(p in UNITS or p in TENS for p in word.split("-")) else [word]
        if all(p in UNITS or p in TENS for p in parts):
            if seen and current % 100 != 0 and current % 10 == 0 and parts[0] in TENS:
                break
            current += sum(UNITS.get(p, 0) + TENS.get(p, 0) for p in parts)
        elif word in MULTIPLIERS and (seen or word in ("dozen", "hundred", "thousand", "million")):
            multiplier = MULTIPLIERS[word]
            if not seen:
                current = 1
            if multiplier >= 1000:
                total += max(current, 1) * multiplier
                current = 0
            else:
                current = max(current, 1) * multiplier
        elif word == "-" and seen and doc[j - 1].lower_ in TENS and j + 1 < end and doc[j + 1].lower_ in UNITS:
            j += 1
            continue
        elif word == "and" and seen and doc[j - 1].lower_ in ("hundred", "thousand") and j + 1 < end \
                and (doc[j + 1].lower_ in UNITS or doc[j + 1].lower_ in TENS):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def _read_core(doc: Doc, i: int, end: int) -> tuple[int | None, int, str | None] | None:
    """The bare number at token i: (value, index after it, qualifier implied by the words) or None."""
    word = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < end else ""
    after = doc[i + 2].lower_ if i + 2 < end else ""
    if word in ("tens", "hundreds") and nxt == "of" and after in ("thousands", "millions"):
        base = 20 if word == "tens" else 200
        return base * (1000 if after == "thousands" else 1_000_000), i + 3, "vague"
    if word in VAGUE_PLURALS and (word != "scores" or nxt == "of"):
        return VAGUE_PLURALS[word], i + 1, "vague"
    if word in VAGUE_DETERMINERS:
        if nxt in MULTIPLIERS:
            return VAGUE_DETERMINERS[word] * MULTIPLIERS[nxt], i + 2, "vague"
        return VAGUE_DETERMINERS[word], i + 1, "vague"
    if word in VAGUE_UNKNOWN:
        if i > 0 and doc[i - 1].lower_ in ("how", "too", "as"):
            return None  # questions and comparisons, not counts
        return None, i + 1, "vague"
    if word in ("a", "an") and nxt in ("few", "handful"):
        if after in MULTIPLIERS:
            return 2 * MULTIPLIERS[after], i + 3, "vague"
        return 2, i + 2, "vague"
    if word in ("a", "an") and nxt == "couple":
        return 2, i + 2, "about"
    if word in ("a", "an") and nxt in MULTIPLIERS:
        value, j = MULTIPLIERS[nxt], i + 2
        if j < end and doc[j].lower_ in MULTIPLIERS and MULTIPLIERS[doc[j].lower_] > value:
            value, j = value * MULTIPLIERS[doc[j].lower_], j + 1
        return value, j, ("about" if nxt == "dozen" else None)
    if word == "one" and nxt == "of" and after in POSSESSIVES:
        return 1, i + 1, None  # one person of someone's group: "one of his bodyguards was killed"
    if _one_of_the_wounded(doc, i):
        return 1, i + 1, None  # "one of the wounded died in hospital": a person, the next death
    if word == "one" and (nxt in ("of", "-", "another") or (i > 0 and doc[i - 1].lower_ in ("the", "every",
                                                                                             "each", "any"))):
        return None
    if word in ("one", "body") and i > 0 and doc[i - 1].lower_ == "no":
        return 0, i + 1, None
    if word == "nobody":
        return 0, i + 1, None
    number = _digits_value(doc[i].text)
    if number is not None:
        j = i + 1
        while j < end and doc[j].lower_ in MULTIPLIERS:
            number *= MULTIPLIERS[doc[j].lower_]
            j += 1
        if number != int(number):
            return None
        return int(number), j, None
    words = _read_words(doc, i, end)
    if words is not None:
        return words[0], words[1], None
    return None


def _qualifier_before(doc: Doc, i: int, sent_start: int) -> tuple[int, str, str] | None:
    for words, qualifier, mode in QUALIFIERS:
        first = i - len(words)
        if first >= sent_start and tuple(t.lower_ for t in doc[first:i]) == words:
            return first, qualifier, mode
    return None


def _is_excluded(doc: Doc, first: int, after: int, end: int) -> bool:
    """Ages, years, dates, percentages, money, numbers in names."""
    token = doc[first]
    following = [t.lower_ for t in doc[after:min(after + 3, end)]]
    following_words = [w for w in following if w != "-"]
    if following_words and following_words[0] in TIME_UNITS | {"year-old", "years-old"} and \
            (len(following_words) > 1 and following_words[1] in ("old", "-old") or "-" in following[:1]):
        return True
    if following_words[:1] and following_words[0] in PERCENT:
        return True
    if first > 0 and doc[first - 1].lower_ in CURRENCY | MONTHS:
        return True
    if following_words[:1] and following_words[0] in MONTHS:
        return True
    if token.ent_type_ in ("MONEY", "PERCENT", "ORDINAL"):
        return True
    if token.ent_type_ == "TIME" and _clock_time(doc, first, after):
        return True
    if re.fullmatch(r"(1[89]|20)\d\d", token.text) and token.ent_type_ == "DATE":
        return True
    if first > 0 and _names_with(doc[first - 1]):
        return True
    # "aged 60", and the later ages of "aged 60 and 64", "aged 19, 23 and 31"
    before = first - 1
    while before > 0 and doc[before].lower_ in {"and", "or", ",", "to"} and doc[before - 1].like_num:
        before -= 2
    return before >= 0 and doc[before].lower_ in ("aged", "age", "ages")


def _clock_time(doc: Doc, first: int, after: int) -> bool:
    """Whether a number the tagger put in a TIME entity is a clock time, not a count followed by when it was
    told ("the toll rose to eight overnight")."""
    period_follows = after < len(doc) and doc[after].lower_ in PERIOD_OPENERS
    return not period_follows or first > 0 and doc[first - 1].lower_ in CLOCK_PREPOSITIONS


# Words that name a road by its number: "Route 55", "Highway 1" (the tagger often makes them a facility)
ROAD_NAME_WORDS = {"route", "highway", "motorway", "interstate", "freeway"}


def _names_with(before: Token) -> bool:
    """Whether a number right after this token is part of a name ("Densus 88", "Battalion 81 officers", "Channel
    12", "Route 55"): a count never follows a name directly, except a place or a day ("in Gaza 12 people", "Sunday
    12")."""
    if before.lower_ in ROAD_NAME_WORDS and before.text[:1].isupper():
        return True
    return before.pos_ == "PROPN" and before.is_alpha \
        and before.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP")


def _number_phrases(doc: Doc, sent: Span) -> list[NumberPhrase]:
    phrases: list[NumberPhrase] = []
    i, end = sent.start, sent.end
    while i < end:
        core = _read_core(doc, i, end)
        if core is None:
            i += 1
            continue
        value, after, implied = core
        if _is_excluded(doc, i, after, end):
            i = after
            continue
        first, last = i, after - 1
        low, high, qualifier = value, value, implied
        if implied == "vague":
            high = None
        if value is not None and implied != "vague":
            upper = _range_end(doc, i, after, end)
            if upper is not None:
                high, last = upper
                qualifier = "between"
        before = _qualifier_before(doc, first, sent.start)
        if qualifier == "between" and first > sent.start and doc[first - 1].lower_ == "between":
            first -= 1
            before = _qualifier_before(doc, first, sent.start)
        if before is not None and value is not None:
            first, word, mode = before
            if implied != "vague" or mode in ("floor", "above"):
                if mode == "floor":
                    high, qualifier = (None if qualifier != "between" else high), word
                elif mode == "above":
                    low, high, qualifier = value + 1, None, word
                elif mode == "approx":
                    qualifier = word if qualifier != "between" else qualifier
                elif mode == "ceiling":
                    low, high, qualifier = None, high, word
                elif mode == "below":
                    low, high, qualifier = None, value - 1, word
                if implied == "vague" and mode == "floor":
                    qualifier = "vague"
        phrases.append(NumberPhrase(first, last, low, high, qualifier))
        i = last + 1
    return phrases


def _range_end(doc: Doc, start: int, after: int, end: int) -> tuple[int, int] | None:
    """The upper bound of "10 to 15", "10-15", "two or three", "between 10 and 15"."""
    if after + 1 >= end:
        return None
    link = doc[after].lower_
    preceded_by_between = start > 0 and doc[start - 1].lower_ == "between"
    preceded_by_from = start > 0 and doc[start - 1].lower_ == "from"
    if link in ("to", "-", "–", "or") and not preceded_by_from or link == "and" and preceded_by_between:
        core = _read_core(doc, after + 1, end)
        if core is not None and core[0] is not None and core[2] is None:
            low = _read_core(doc, start, end)
            if low is not None and low[0] is not None and core[0] > low[0]:
                return core[0], core[1] - 1
    return None


# --- what the number counts -----------------------------------------------------------------------------

def _anchor(doc: Doc, phrase: NumberPhrase) -> Token:
    """The token of the phrase whose syntactic head lies outside it (prefer the numeric one)."""
    tokens = doc[phrase.first:phrase.last + 1]
    outside = [t for t in tokens if not (phrase.first <= t.head.i <= phrase.last) or t.head == t]
    numeric = [t for t in outside if t.like_num or t.lower_ in VAGUE_PLURALS or t.lower_ in MULTIPLIERS]
    if numeric:
        return numeric[0]
    return outside[0] if outside else doc[phrase.last]


def _noun_class(token: Token) -> str | None:
    lemma, lower = token.lemma_.lower(), token.lower_
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in MISSILE_NOUNS or lower in MISSILE_NOUNS:
        return "missiles"
    if lemma in DRONE_NOUNS or lower in DRONE_NOUNS or (lemma == "vehicle" and "unmanned" in modifiers):
        return "drones"
    if lemma in INFRA_NOUNS or (lemma in INFRA_HEADS and modifiers & INFRA_MODIFIERS):
        return "infrastructure"
    if lemma in BUILDING_NOUNS and (lemma != "block" or modifiers & {"apartment", "residential", "tower"}):
        return "buildings"
    if lemma in DEATH_NOUNS or lower in DEATH_NOUNS:
        return "death"
    if lemma == "life" or lower == "lives":
        return "life"
    if lemma in INJURY_NOUNS or lower in INJURY_NOUNS:
        return "injury"
    if lemma in CASUALTY_NOUNS:
        return "casualty"
    if lemma in HOSTAGE_NOUNS:
        return "hostage"
    if lemma in ARREST_NOUNS:
        return "arrest"
    if lemma in EVACUEE_NOUNS:
        return "evacuee"
    if lemma in PROTEST_NOUNS or lower in PROTEST_NOUNS:
        return "protest"
    if lemma in PERSON_NOUNS or lower in PERSON_NOUNS or (token.ent_type_ == "NORP" and token.pos_ in ("PROPN", "NOUN")
                                                           and any(c.dep_ == "nummod" for c in token.children)):
        return "person"  # "27 Palestinians", "2,000 Rohingya"
    if token.pos_ == "NOUN" and lemma.endswith(PERSON_SUFFIXES):
        return "person"
    return None


# Verbs whose object or passive subject is people harmed (not "claimed" lives, "lost" men, "neutralised" fighters).
HARMING_VERBS = PATIENT_VERBS["killed"] - {"claim", "lose", "neutralise", "neutralize"} \
    | PATIENT_VERBS["injured"] | PATIENT_VERBS["abducted"]


def _harmed_group(noun: Token) -> bool:
    """A counted plural noun outside the vocabulary that something killed, wounded or kidnapped names people:
    "killed two pensioners", "three retirees were wounded", "abducted 12 hikers"."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() in ANIMAL_NOUNS or noun.lower_ in ANIMAL_NOUNS:
        return False
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    return first.dep_ in ("dobj", "nsubjpass") and first.head.pos_ == "VERB" and first.head.lemma_ in HARMING_VERBS


def _counted_noun(doc: Doc, phrase: NumberPhrase, anchor: Token) -> Token | None:
    """The noun the number counts: "100 missiles", "dozens of people", "20 of the 30 drones"."""
    if anchor.dep_ in ("nummod", "quantmod", "amod", "det", "compound", "nmod", "advmod") \
            and anchor.head.i > phrase.last and anchor.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") \
            and not _glued_across_comma(doc, anchor):
        head = anchor.head
        if head.lower_ == "strong" and head.head.pos_ == "NOUN":  # "a 5,000-strong crowd"
            return head.head
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "Seventeen Nigerien soldiers", parsed as a name "Seventeen Nigerien" of soldiers
        if head.pos_ in ("NOUN", "PROPN") or head.lower_ in DEATH_NOUNS | INJURY_NOUNS:
            return head
    j = phrase.last + 1
    sent_end = anchor.sent.end
    if j < sent_end and doc[j].lower_ == "of" and phrase.first < phrase.last \
            and _noun_class(doc[phrase.last]) == "person":
        return None  # one person told by a noun: "the mayor of a town", not a share "of" a group
    if j < sent_end and doc[j].lower_ == "of":
        for token in doc[j + 1:min(j + 6, sent_end)]:
            if token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ != "compound":
                return token
            if token.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT", "ADV"):
                break
        return None
    # The parse may miss "two more bodies" or "15 one-way attack drones": scan the noun phrase that follows.
    for token in doc[j:min(j + 5, sent_end)]:
        if token.dep_ == "appos" and token.head.i == phrase.last:
            return None  # "his deputy Ivan Petrov": the name of the one person counted, not what is counted
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
            return token
        if token.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "NUM") or token.lower_ in STATE_WORDS \
                or token.pos_ == "PUNCT" and token.tag_ != "HYPH":
            return None
    return None


def _state_after(doc: Doc, index: int, slot: Token) -> str | None:
    """A state word right after the count or its noun: "five dead", "14 fighters dead", "20 wounded"."""
    j = index + 1
    if j < slot.sent.end and doc[j].lower_ in ("more", "others", "other", "people"):
        j += 1
    if j >= slot.sent.end:
        return None
    token = doc[j]
    state = STATE_WORDS.get(token.lower_)
    if token.lemma_ in ("take", "hold") and j + 1 < slot.sent.end and doc[j + 1].lower_ in ("hostage", "captive"):
        return "abducted"  # "about 250 taken hostage"
    if state is None:
        shot_dead = token.lower_ in ("shot", "gunned") and j + 1 < slot.sent.end and doc[j + 1].lower_ in (
            "dead", "down")
        return "killed" if shot_dead and not _acts_on_object(token, slot) else None
    # "12 gunmen killed ..." is the main verb with the count as its agent; not a title's closing "one killed"
    told_last = j + 1 >= slot.sent.end or doc[j + 1].is_punct or doc[j + 1].is_space
    if token == slot.head and slot.dep_ == "nsubj" and token.tag_ == "VBD" and (
            not told_last or any(c.dep_ == "dobj" for c in token.children)):
        return None
    return state


# Violence a victim can be told as done "to death" ("beaten to death"); not "sentenced to death", a verdict.
BEATING_VERBS = {"beat", "hack", "stab", "burn", "stone", "club", "bludgeon", "trample", "crush", "torture",
                 "kick", "batter", "lynch", "strangle", "hang", "shoot"}


def _to_death(verb: Token) -> bool:
    """Whether the verb is told "to death": "five men were hacked to death"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "death" for g in c.children)
               for c in verb.children)


def _acts_on_object(verb: Token, slot: Token) -> bool:
    """Whether the count is the subject of a past-tense verb with an object: "two policemen shot dead three
    gunmen" (they did the shooting), not "two policemen shot dead" (a title's elided "were")."""
    return verb == slot.head and slot.dep_ == "nsubj" and verb.tag_ == "VBD" \
        and any(c.dep_ == "dobj" for c in verb.children)


def _verb_class(verb: Token, role: str, noun_class: str | None) -> str | None:
    """What happens to the counted thing: role is "patient" (object, passive subject) or "agent"."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp", "oprd", "xcomp")}
    if noun_class in WEAPON_CLASSES:
        if lemma in INTERCEPT_VERBS or ("down" in particles and lemma in ("shoot", "bring", "take")):
            return "intercepted" if role == "patient" else None
        return None
    if noun_class in ("buildings", "infrastructure"):
        if role == "patient" and (lemma in DAMAGE_VERBS or ("out" in particles and lemma == "knock")):
            return "hit"
        return None
    # "shot dead two shopkeepers": the parser often hangs "dead" on the object instead of the verb.
    right_after = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    if lemma == "shoot" and ("dead" in particles or right_after == "dead"):
        return "killed" if role == "patient" else None
    if lemma in BEATING_VERBS and _to_death(verb):  # "were beaten to death", "two burned to death"; not "gunmen
        # beat a man to death" (the agents) nor "sentenced to death" (a verdict)
        return "killed" if role == "patient" or not any(c.dep_ == "dobj" for c in verb.children) else None
    if lemma in ("lose",) and any(c.lemma_ == "life" for c in verb.children):
        return "killed" if role == "agent" else None
    if lemma in MARTYRDOM_VERBS and any(c.dep_ == "dobj" and c.lower_ in MARTYRDOM_NOUNS for c in verb.children):
        return "killed" if role == "agent" else None  # "four soldiers embraced martyrdom"
    if lemma == "take" and role == "patient" and particles & {"hostage", "captive", "prisoner"}:
        return "abducted"
    if lemma == "take" and role == "agent" and any(
            c.dep_ == "prep" and any(g.lemma_ == "street" for g in c.children) for c in verb.children):
        return "participants"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if role == "agent" and lemma in ("join", "attend", "stage", "hold") and any(
            o.lemma_ in PROTEST_EVENTS for o in objects):
        return "participants"  # "5,000 people joined the march"
    if lemma == "round" and "up" in particles and role == "patient":
        return "arrested"
    if role == "patient" and lemma in PATIENT_VERBS["injured"] | {"shoot", "stab"} and any(
            c.dep_ == "advmod" and c.lower_ in DEADLY_ADVERBS for c in verb.children):
        return "killed"  # "was mortally wounded", "was fatally shot": the wound killed
    if role == "agent" and lemma in ("suffer", "sustain", "receive") and any(
            o.lemma_ in INJURY_OBJECTS for o in objects):
        deadly = any(c.lower_ in DEADLY_ADJECTIVES for o in objects for c in o.children if c.dep_ == "amod")
        return "killed" if deadly else "injured"  # "received a fatal shrapnel wound" is a death
    if role == "agent" and lemma in ("abandon", "leave", "flee") and any(o.lemma_ in HOME_NOUNS for o in objects):
        return "displaced"
    if role == "patient" and lemma in ("force", "drive", "chase", "push", "uproot") and any(
            c.dep_ == "prep" and c.lower_ in ("from", "out") and any(g.lemma_ in HOME_NOUNS for g in c.subtree)
            for c in verb.children):
        return "displaced"  # "forced from their homes"
    if lemma == "lose" and any(o.lemma_ in LOST_LINKS for o in objects):
        return None  # "lost contact with him and 11 members of his team": missing from view, not dead
    if lemma == "lose" and _spans_past_day(verb):
        return "casualties"  # "the army lost up to 470 servicemen over the past day": a side's daily losses
    if lemma == "lose" and noun_class != "person":
        return None  # "40 were lost to electronic warfare": drones, not lives; "lost 40 soldiers" counts dead
    if role == "patient":
        for what, lemmas in PATIENT_VERBS.items():
            if lemma in lemmas:
                if what == "killed" and _has_or_conj(verb, PATIENT_VERBS["injured"]):
                    return "casualties"
                return what
    else:
        for what, lemmas in SUBJECT_VERBS.items():
            if lemma in lemmas:
                return what
    return None


def _has_or_conj(verb: Token, lemmas: set[str]) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in children) and \
        any(c.dep_ == "conj" and c.lemma_ in lemmas for c in children)


def _role(slot: Token) -> str | None:
    # the subject of a participle in a conjoined clause was its patient ("and two wounded"), but "die" has none
    if slot.dep_ in ("dobj", "obj", "nsubjpass", "pobj") or (slot.dep_ == "nsubj" and slot.head.tag_ == "VBN"
                                                              and slot.head.dep_ in ("conj", "acl")
                                                              and slot.head.lemma_ != "die"):
        return "patient"
    if slot.dep_ in ("nsubj", "expl"):
        return "agent"
    return None


def _predicate_class(slot: Token, noun_class: str | None) -> str | None:
    """What the verb governing `slot` says happened to it."""
    role = _role(slot)
    head = slot.head
    if slot.dep_ == "pobj":
        return None
    if slot.dep_ == "dobj" and head.lower_ == "dead" and head.dep_ in ("acomp", "oprd") \
            and head.head.lemma_ in ("shoot", "gun"):
        head = head.head  # "shot dead three guards": the parser hung the object on "dead", not on the verb
    if slot.dep_ in ("nsubj", "nsubjpass") and head.lower_ in ("missing", "dead", "unaccounted", "homeless"):
        return STATE_WORDS[head.lower_]  # "12 are still missing"
    if slot.dep_ == "nsubj" and head.tag_ == "VBG" and head.dep_ in ("ccomp", "xcomp", "oprd") \
            and head.head.pos_ == "VERB":
        # "detained 150 farmers marching on Delhi": the outer verb acts on the count
        found = _verb_class(head.head, "patient", noun_class)
        if found:
            return found
    if slot.dep_ == "nsubj" and head.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.pos_ == "VERB":
        # "a medic working for the mission was killed": the parser took the participle for a gerund subject;
        # the outer verb tells what happened to the one it describes
        found = _verb_class(head.head, "patient" if head.dep_ == "nsubjpass" else "agent", noun_class)
        if found:
            return found
    if role is not None and head.pos_ in ("VERB", "AUX"):
        found = _verb_class(head, role, noun_class)
        if found:
            return found
        if slot.dep_ == "nsubjpass" and (found := _shared_passive_class(head, noun_class)):
            return found
        # "were found dead", "were reported killed", "forced 32,000 people to flee", "are still missing"; the
        # state of a verb with an object is the object's ("two policemen shot dead three gunmen")
        has_object = any(c.dep_ == "dobj" for c in head.children) or any(
            g.dep_ == "dobj" for c in head.children if c.dep_ in ("acomp", "oprd") for g in c.children)
        for child in head.children:
            if child.dep_ in ("oprd", "acomp", "xcomp") and child.i > slot.i:
                state = STATE_WORDS.get(child.lower_)
                if state and noun_class not in WEAPON_CLASSES | {"buildings", "infrastructure"} \
                        and not (role == "agent" and has_object):
                    return state
                if child.pos_ == "VERB":
                    passive = any(c.dep_ == "auxpass" for c in child.children)
                    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in child.children)
                    nested_role = "patient" if passive or (child.tag_ == "VBN" and role == "patient"
                                                           and not perfect) else "agent"
                    if child.dep_ == "xcomp" and role == "patient" and child.tag_ == "VB":
                        nested_role = "agent"  # "forced N people to flee"
                    found = _verb_class(child, nested_role, noun_class)
                    if found:
                        return found
    if (relative := _relative_subject(slot)) is not None and (found := _predicate_class(relative, noun_class)):
        return found  # "buried a woman and her son who died when ...": the relative clause tells their fate
    if relative is not None and _death_given_to_an_event(relative.head):
        return "killed"
    if slot.dep_ == "conj" or _listed_as_apposition(slot):
        first = _conj_root(slot)
        harm = _harm_noun_of(first) if first != slot and noun_class in ("person", None) else None
        if harm is not None:
            return OF_HEADS[harm.lemma_.lower()]  # "the killing of two officers and a bystander"
        if first != slot and _toll_stated(first) is None:
            # a toll is one figure: what is conjoined to it counts something else ("the toll reached 10 and
            # thousands of residents began to return")
            return _predicate_class(first, noun_class)
    if _listed_among_dead(slot):
        return "killed"
    toll = _toll_stated(slot)
    return _toll_kind(toll) if toll is not None else None


def _death_given_to_an_event(clause: Token) -> bool:
    """ "the woman who was pulled from her house after the attack died in hospital": the parser ends the relative
    clause at "after the attack" and makes the attack the subject of "died"; an attack does not die, so the death
    is that of the person the relative clause describes."""
    return any(verb.dep_ == "advcl" and verb.lemma_ in SUBJECT_VERBS["killed"]
               and any(c.dep_ == "mark" for c in verb.children)
               and any(c.dep_ == "nsubj" and c.lemma_ in SEVERAL_ATTACK_NOUNS for c in verb.children)
               for verb in clause.children)


def _relative_subject(person: Token) -> Token | None:
    """The relative pronoun subject ("who", "that") of a relative clause telling what befell `person`: its own, or
    one after the last of the people it is joined to by "and", which tells of them all ("a woman and her son who
    died", whichever of them the parser hung it on) unless its verb is singular ("a man and his son who was
    killed" tells of the son alone)."""
    people = sorted([person, *person.conjuncts], key=lambda p: p.i)
    last = people[-1]
    for owner in people:
        for clause in owner.children:
            if clause.dep_ != "relcl":
                continue
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.lower_ in ("who", "that") and c.i < clause.i), None)
            if subject is None:
                continue
            if owner == person and (clause.i < last.i or person == last):
                return subject  # "a woman who died and her son": the clause on the one it follows
            if clause.i > last.i and (person == last or not _singular_verb(clause)):
                return subject
    return _who_clause_on_of_phrase(person)


def _who_clause_on_of_phrase(person: Token) -> Token | None:
    """The "who" of a relative clause the parser hung on a thing in the person's "of" phrase ("two employees of a
    farm who were killed"): "who" tells of people, so the clause is the person's."""
    for prep in person.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for thing in prep.children:
            if thing.dep_ != "pobj" or thing.pos_ != "NOUN" or _noun_class(thing) is not None:
                continue
            for clause in thing.children:
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                                and c.lower_ == "who" and c.i < clause.i), None) if clause.dep_ == "relcl" else None
                if subject is not None:
                    return subject
    return None


def _singular_verb(verb: Token) -> bool:
    """A verb agreeing with one subject: "was", "is", "has" as the verb or its auxiliary."""
    return any(t.tag_ == "VBZ" or t.lower_ == "was"
               for t in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))])


def _harm_noun_of(victim: Token) -> Token | None:
    """The noun of harm ("killing", "deaths", "abduction") whose "of" phrase `victim` fills, but not a toll, which
    is one figure."""
    prep = victim.head
    noun = prep.head
    if victim.dep_ != "pobj" or prep.lower_ != "of" or noun.lemma_.lower() not in OF_HEADS \
            or noun.lemma_.lower() in TOLL_NOUNS or noun.lemma_ == "life" and not _claims_lives(noun):
        return None
    return noun


def _victim_joined_to_harm_noun(token: Token) -> Token | None:
    """The victim a person joined by "and" to a noun of harm was meant to be listed with: in "the killing of a
    soldier and two civilians" the parser joins the civilians to "killing", yet they were killed too."""
    noun = token.head
    if token.dep_ != "conj" or noun.lemma_.lower() not in OF_HEADS or noun.lemma_.lower() in TOLL_NOUNS \
            or _noun_class(token) != "person" or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    return next((v for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < token.i
                 for v in p.children if v.dep_ == "pobj" and _noun_class(v) == "person"), None)


def _shared_passive_class(verb: Token, noun_class: str | None) -> str | None:
    """What a later passive verb sharing the subject says happened to it: "two men were shot in the head and
    killed" (the parser gives "killed" no subject of its own)."""
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.tag_ in ("VBN", "VBD") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return _verb_class(conj, "patient", noun_class)
    return None


def _means_the_dead(token: Token) -> bool:
    """ "the dead", "those killed", "those who died"."""
    if token.lower_ == "dead":
        return True
    if token.lower_ == "victims":
        return not _wounded_told_near(token)
    return token.lower_ == "those" and any(c.dep_ in ("acl", "relcl") and c.lemma_ in ("kill", "die")
                                           for c in token.children)


def _wounded_told_near(token: Token) -> bool:
    """Whether the token's sentence or the one before tells of people hurt: then "the victims" may be the wounded."""
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(t.lemma_.lower() in INJURY_NOUNS | PATIENT_VERBS["injured"] for t in token.doc[start:sentence.end])


def _listed_among_dead(slot: Token) -> bool:
    """A person the dead are listed as, not counted: "the dead included a girl and her grandmother", "among the
    dead were a woman and her son", "those killed were a waiter and a cook", "the victims were a trader and her
    daughter" (where no one is told wounded beside them). The dead of another time ("those
    killed last year") are not this toll."""
    verb = slot.head
    if slot.dep_ not in ("dobj", "nsubj", "attr") or verb.lemma_ not in ("include", "be"):
        return False
    if verb.lemma_ == "include" and slot.dep_ != "dobj":
        return False
    dead = [c for c in verb.children if c.dep_ == "nsubj" and c != slot and _means_the_dead(c)]
    dead += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
             for g in c.children if g.dep_ == "pobj" and _means_the_dead(g)]
    return bool(dead) and not any(t.ent_type_ == "DATE" for d in dead for t in d.subtree)


def _numbered_dead(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "the dead numbered 17", "the dead number at least 40": a toll the parser often takes the verb of for a
    noun the figure counts."""
    before = [t.lower_ for t in doc[max(phrase.first - 2, 0):phrase.first]]
    return len(before) == 2 and before[0] == "dead" and before[1] in ("number", "numbered", "numbers")


def _toll_stated(slot: Token) -> Token | None:
    """The toll noun that `slot` is the figure of: "the toll is 12", "the number of dead had reached seven"."""
    head = slot.head
    if (slot.dep_ == "attr" and head.lemma_ == "be") or (slot.dep_ == "dobj" and head.lemma_ in ("reach", "hit")):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lemma_ in TOLL_NOUNS:
            return subjects[0]
    return None


def _toll_kind(toll: Token) -> str | None:
    """"death toll" -> killed, "injury toll"/"number of injured" -> injured. A relative clause set off by a comma
    tells of something else ("the toll from the strike, which also wounded 15, rose to five"), unlike one saying
    whom the toll counts ("the number of people who were wounded")."""
    clauses = [t for t in toll.subtree if t.dep_ == "relcl" and t.left_edge.i > 0
               and t.doc[t.left_edge.i - 1].lower_ == ","]
    words = {t.lemma_.lower() for t in toll.subtree if not any(t in c.subtree for c in clauses)}
    if toll.lemma_ in ("number", "figure", "count") and not words & {"dead", "death", "kill", "killed",
                                                                     "fatality", "injured", "injure",
                                                                     "wound", "casualty"}:
        return None
    if words & {"injury", "injured", "injure", "wound", "wounded"} and not words & {"death", "dead", "kill"}:
        return "injured"
    return "killed"


def _pobj_class(slot: Token, noun_class: str | None) -> tuple[str | None, Token | None]:
    """Counts inside prepositional phrases: "the toll rose to 23", "the bodies of 12", "a total of 12"."""
    prep = slot.head
    if prep.lower_ in ("including", "among", "like") or prep.dep_ not in ("prep", "agent", "dative"):
        return None, None
    governor = prep.head
    if prep.lower_ in ("to", "at"):
        for child in governor.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_ in TOLL_NOUNS:
                return _toll_kind(child), child
            if child.dep_ in ("nsubj", "dobj") and child.lower_ in NOMINAL_TOLLS:
                return NOMINAL_TOLLS[child.lower_], child  # "put the dead at seven", "the dead rose to nine"
            if child.dep_ == "dobj" and child.lemma_ == "total":
                return "killed", child
        toll = _toll_raised_to(prep)
        return (_toll_kind(toll), toll) if toll is not None else (None, None)
    if prep.lower_ == "of":
        lemma = governor.lemma_.lower()
        if lemma == "toll" or lemma in ("number", "figure") and _toll_kind(governor):
            return _toll_kind(governor), governor
        if lemma in OF_HEADS and not (lemma == "life" and not _claims_lives(governor)):
            return OF_HEADS[lemma], governor
        if lemma in TRANSPARENT_OF_HEADS:
            return _predicate_class(governor, noun_class), governor
    return None, None


# "alongside", "along with", "together with", "besides", "as well as": people harmed beside the verb's own victims
BESIDE_PREPOSITIONS = {"alongside", "besides"}
BESIDE_ADVERBS = {"along", "together", "well"}


def _fellow_victim(slot: Token) -> Token | None:
    """The victim a verb names itself when the counted people are told as harmed beside it ("killed the commander
    along with four other soldiers", "killed four soldiers alongside a civilian"): both are its dead."""
    prep = slot.head
    verb = prep.head
    beside = prep.lower_ in BESIDE_PREPOSITIONS or prep.lower_ in ("with", "as") and verb.lower_ in BESIDE_ADVERBS
    if verb.lower_ in BESIDE_ADVERBS and verb.dep_ in ("prep", "advmod", "cc"):
        verb = verb.head
    elif prep.lower_ == "with":  # "was killed together with ...", the adverb hung on the verb (or its particle)
        beside = any(c.dep_ in ("advmod", "prt") and c.lower_ in ("along", "together") for c in verb.children) \
            or _killed_with_people(verb, slot)
    if beside and prep.dep_ == "prep" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        return verb  # "killed ten servicemen alongside the general", the phrase hung on the victims
    if not beside or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != slot.i]
    if not victims and verb.lemma_ == "die":  # "died together with two officers"
        victims = [c for c in verb.children if c.dep_ == "nsubj"]
    return victims[0] if victims else None


def _subject_past_dateline(token: Token) -> Token:
    """The subject the parser glued onto the dateline as its apposition, where it made the dateline's town the
    subject ("KYIV (AP) — One of the city's best-known doctors was killed along with ...", "KYIV" the subject)."""
    start, end = datelines.dateline_span(doc_text(token.doc))
    if not start <= token.idx < end:
        return token
    return next((c for c in token.children if c.dep_ == "appos" and c.idx >= end), token)


def _one_of_a_group(person: Token) -> bool:
    """ "One of the richest men": one person picked from a group, which is no count of its own (unlike "one of his
    bodyguards" and "one of the wounded")."""
    doc, i = person.doc, person.i
    return person.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in person.children) \
        and i + 2 < len(doc) and doc[i + 2].lower_ not in POSSESSIVES and not _one_of_the_wounded(doc, i)


def _killed_with_people(verb: Token, slot: Token) -> bool:
    """Whether a bare "with" on a verb of dying joins people who died beside its victim ("was killed with his two
    bodyguards", "died with three other men"), not the means ("killed with a knife")."""
    if verb.lemma_ not in ("kill", "die"):
        return False
    if slot.like_num:  # "died with three of his fighters"
        slot = next((g for c in slot.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), slot)
    return _noun_class(slot) == "person"


def _toll_raised_to(prep: Token) -> Token | None:
    """The toll noun whose new figure "to N" gives when the parser hung it on the participle inside the toll's
    own phrase ("raises the number of people killed in the attack to four") or on the event the toll is of, beside
    the toll on the verb ("raising the death toll in the attack to two")."""
    for ancestor in prep.ancestors:
        if ancestor.lemma_ in TOLL_NOUNS and ancestor.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return ancestor
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl"):
            slots = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            # (or the subject of an event noun the parser read as the verb's subject: "The death toll from the
            # May 2 shelling of the town's quarters has risen to three", "shelling" a verb whose subject is "toll")
            slots += [g for c in slots if c.pos_ == "VERB" for g in c.children if g.dep_ == "nsubj"]
            return next((c for c in slots if c.lemma_ in TOLL_NOUNS), None)
    return None


def _claims_lives(lives: Token) -> bool:
    return lives.head.lemma_ in ("claim", "lose", "cost", "take")


def _weapon_in_sentence(anchor: Token) -> str | None:
    """For "76 of them were shot down": the nearest missile/drone noun before the number."""
    for token in reversed(list(anchor.sent)[: anchor.i - anchor.sent.start]):
        found = _noun_class(token)
        if found in WEAPON_CLASSES:
            return found
    return None


def _is_partitive_total(noun: Token) -> bool:
    """The 30 of "20 of the 30 drones": the noun is the object of "of" after another count."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ != "one" and (
        prep.head.like_num or prep.head.lower_ in UNITS)


def _glued_across_comma(doc: Doc, number: Token) -> bool:
    """A number ending its clause that the parser hung on the name after the comma as that name's count: "the toll
    has risen to three, Ivan Petrov said"."""
    return number.dep_ == "nummod" and number.head.i > number.i + 1 and doc[number.i + 1].text == ","


def _glued_to_dateline(doc: Doc, slot: Token) -> bool:
    """Whether the parser made `slot` (or the group it is conjoined to) an apposition of the dateline."""
    root = _conj_root(slot)
    return root.dep_ == "appos" and root.head.idx < datelines.dateline_end(doc_text(doc))


def _object_conjoined_before(doc: Doc, phrase: NumberPhrase, slot: Token) -> Token | None:
    """The object a count is the last conjunct of, where a relative clause made the parser hang the count on a
    later verb: in "killed X, the council head, and two volunteers who were helping him hand out bread", "volunteers"
    is parsed as the subject of "hand"."""
    before = doc[phrase.first - 1] if phrase.first > slot.sent.start else None
    if before is None or before.lower_ != "and" or before.dep_ != "cc" or before.head.dep_ != "dobj":
        return None
    # the verb is a bare infinitive, which a clause of its own after "and" would not be ("... and two guards fled")
    if slot.dep_ != "nsubj" or slot.head.tag_ != "VB" or not any(c.dep_ == "relcl" for c in slot.children):
        return None
    return before.head


def _object_joined_on_verb(doc: Doc, phrase: NumberPhrase, slot: Token) -> Token | None:
    """The person object a count of people is joined to by "and" where the parser hung the count on the verb: in
    "killed a commander of the rebel brigade and one other person", "person" is a conjunct of "killed", and the
    two are the verb's dead."""
    before = doc[phrase.first - 1] if phrase.first > slot.sent.start else None
    verb = slot.head
    if before is None or before.lower_ != "and" or slot.dep_ != "conj" or verb.pos_ != "VERB" \
            or _noun_class(slot) != "person" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in slot.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < slot.i and _noun_class(c) == "person"), None)


def _classify(doc: Doc, phrase: NumberPhrase) -> tuple[str, Token] | None:
    """The `what` of a number phrase and the token filling its argument slot, or None when unrelated."""
    anchor = _anchor(doc, phrase)
    if _numbered_dead(doc, phrase):
        return "killed", anchor
    noun = _counted_noun(doc, phrase, anchor)
    via_of = noun is not None and noun.i > phrase.last and doc[phrase.last + 1].lower_ == "of"
    noun_class = _noun_class(noun) if noun is not None else None
    if noun_class is None and noun is not None and _harmed_group(noun):
        noun_class = "person"
    if noun is not None and noun.pos_ == "PRON" and noun.lower_ in ("them", "which", "these", "those"):
        noun_class = _weapon_in_sentence(anchor)
    slot = anchor if (via_of or noun is None or anchor.head != noun and not (
        anchor.dep_ == "compound" and anchor in noun.subtree)) else noun
    if _glued_to_dateline(doc, slot):
        # the parser glued the dateline on: "MARIUPOL, Ukraine (AP) — Three people ... died", also to the
        # people conjoined with them ("Two priests and a guide were shot")
        slot = _conj_root(slot).head
    elif _glued_across_comma(doc, slot):
        slot = slot.head  # the name stands where the number should: "risen to [three], Ivan Petrov said"
    elif slot.dep_ in ("appos", "npadvmod") and slot.head.i < slot.i and slot.head.pos_ in ("NOUN", "PROPN") \
            and not _listed_as_apposition(slot):
        return None  # an apposition restating or detailing an earlier group
    slot = _object_conjoined_before(doc, phrase, slot) or _object_joined_on_verb(doc, phrase, slot) or slot
    if noun is not None and _is_partitive_total(noun) and not via_of:
        # "20 of the 30 drones": the 30 launched; persons in "5 of the 12 passengers" are not a count.
        if noun_class in WEAPON_CLASSES:
            return f"{noun_class}_launched", slot
        return (("abducted", slot) if noun_class == "hostage" and _hostages_held(noun) else None)
    if noun is not None and noun_class is None and noun.pos_ != "PRON" and noun.lower_ not in DEATH_NOUNS:
        return None  # counts something outside the vocabulary: "12 states", "14 votes", "300 km"

    state = _state_after(doc, phrase.last, slot) if noun is None or via_of else _state_after(doc, noun.i, slot)
    if state is None and noun is not None and not via_of:
        state = next((STATE_WORDS[c.lower_] for c in noun.children
                      if c.dep_ in ("amod", "acl") and c.lower_ in STATE_WORDS and c.lower_ != "displaced"), None)
    if state == "injured" and slot.dep_ == "nsubj" and slot.head.lemma_ in SUBJECT_VERBS["killed"]:
        state = None  # the wounded who then died are dead: "a woman wounded in the attack later died in hospital"
    predicate = None
    if slot.dep_ == "pobj" and (victim := _fellow_victim(slot)) is not None:
        predicate, slot = _predicate_class(victim, noun_class), victim  # counted with the victims it died beside
        if _one_of_a_group(_subject_past_dateline(victim)):
            # "one of the country's richest men was killed along with his wife": the one, never counted alone,
            # died too
            phrase.min, phrase.max = (None if v is None else v + 1 for v in (phrase.min, phrase.max))
    elif slot.dep_ == "pobj":
        predicate, governor = _pobj_class(slot, noun_class)
        if governor is not None and governor.lemma_ in TRANSPARENT_OF_HEADS:
            slot = governor  # counted with the group it belongs to
        if predicate is None and (relative := _relative_subject(slot)) is not None:
            # "mourning was declared for two workers who were killed": the relative clause tells their fate
            predicate = _predicate_class(relative, noun_class)
    else:
        predicate = _predicate_class(slot, noun_class)
    previous = doc[phrase.first - 1] if phrase.first > anchor.sent.start else None
    if predicate is None and previous is not None and previous.pos_ == "VERB" and previous.tag_ != "VBN":
        # The parser sometimes detaches the object ("hit at least three residential buildings"):
        # the verb right before the count governs it.
        predicate = _verb_class(previous, "patient", noun_class)

    if noun_class in WEAPON_CLASSES:
        if noun is not None and any(_noun_class(c) not in (noun_class, None)
                                    and not any(_is_count_word(g) for g in c.children) for c in noun.conjuncts):
            return None  # "300 drones and missiles": one figure for two kinds
        if predicate == "intercepted":
            return f"{noun_class}_intercepted", slot
        verb = slot.head
        if via_of or noun is None or noun.pos_ == "PRON":
            return None  # a subset of the weapons that was not intercepted
        if slot.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj", "attr", "conj", "appos", "ROOT") and \
                (verb.lemma_ in LAUNCH_VERBS or verb.pos_ not in ("VERB", "AUX") or slot.dep_ == "conj"):
            return f"{noun_class}_launched", slot
        if any(c.lemma_ in LAUNCH_VERBS for c in noun.children if c.dep_ == "acl"):
            return f"{noun_class}_launched", slot
        return None
    if noun_class in ("buildings", "infrastructure"):
        damaged = predicate == "hit" or any(c.lemma_ in DAMAGE_VERBS for c in noun.children if c.dep_ == "acl")
        return (f"{noun_class}_hit", slot) if damaged else None

    what = state or predicate
    if what is None and noun_class is not None:
        what = _nominal_class(noun, noun_class)
    if slot.head.lemma_ in RELEASE_VERBS and what in ("abducted", "arrested"):
        return None  # "rescued 16 kidnapped students": a release, not an abduction
    if what is None:
        return None
    if what == "participants" and noun_class not in ("protest", "person", None):
        return None
    if what == "killed" and _feared(slot):
        what = "missing"  # "60 are feared dead": not a death toll until they are found
    if _is_cumulative(slot, phrase.min if what == "killed" else None) or _sums_separate_attacks(slot):
        what = f"{what}_total"
    return what, slot


def _feared(slot: Token) -> bool:
    """Deaths feared or presumed, not confirmed: "60 are feared dead", "presumed killed", "the 60 under the rubble
    had probably all died", "it was likely that they had died"."""
    verb = slot.head
    if verb.lemma_ in HEDGE_VERBS:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in verb.children):
        return True
    # "it was likely that ... had died", "officials fear that ... were killed" (but "officials believe 30 were
    # killed" is their figure)
    outer = verb.head if verb.dep_ == "ccomp" and verb.head.i < verb.i else None
    if outer is None:
        return False
    return outer.lemma_ == "fear" or outer.lower_ in HEDGE_ADJECTIVES or any(
        c.dep_ == "acomp" and c.lower_ in HEDGE_ADJECTIVES for c in outer.children)


def _is_count_word(token: Token) -> bool:
    lower = token.lower_
    return token.like_num or lower in VAGUE_DETERMINERS or lower in VAGUE_UNKNOWN or lower in ("a", "an", "few")


def _hostages_held(noun: Token) -> bool:
    return any(c.lemma_ in ("seize", "take", "hold", "abduct", "kidnap") for c in noun.children)


def _nominal_class(noun: Token, noun_class: str) -> str | None:
    """Nouns that say on their own what happened: "19 bodies", "made 45 arrests", "thousands of protesters"."""
    if noun_class == "death":
        return "killed"
    if noun_class == "life":
        return "killed" if _claims_lives(noun) else None
    return {"injury": "injured", "casualty": "casualties", "hostage": "abducted", "arrest": "arrested",
            "evacuee": "displaced", "protest": "participants"}.get(noun_class)


def says_past_day(text: str) -> bool:
    """Whether the text tells of a tally over the past day: "over the past 24 hours", "in the last day"."""
    return PAST_DAY_TALLY.search(text) is not None


def _spans_past_day(verb: Token) -> bool:
    """Whether the verb is told over the past day: "over the past 24 hours", "in the last day". Unlike
    `says_past_day`, this asks of the verb's own phrase, and takes any number of hours or days ("past 48 hours")."""
    return any(child.dep_ == "prep" and child.lower_ in ("over", "in", "during") and any(
        g.dep_ == "pobj" and g.lemma_ in ("day", "hour") and any(d.lower_ in ("past", "last") for d in g.children)
        for g in child.children) for child in verb.children)


def _superlative_between(slot: Token, since: Token) -> bool:
    """ "rose to 75, one of the deadliest attacks since the siege began", "the deadliest incident in months": the
    period measures the superlative, not a running tally. The bound of a figure ("at least 11") is no superlative."""
    doc = slot.doc
    return any((t.tag_ == "JJS" or t.lower_ == "most") and not (t.i > 0 and doc[t.i - 1].lower_ == "at")
               for t in doc[min(slot.i, since.i):max(slot.i, since.i)])


def _participles_counted(noun: Token) -> list[Token]:
    """ "the number of soldiers killed since January": the participles on what a toll noun counts, or on the noun
    itself where the parser hung them there ("the number of soldiers killed this month")."""
    counted = [noun] + [c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                        for c in prep.children if c.dep_ == "pobj"]
    return [p for c in counted for p in c.children if p.dep_ == "acl" and p.tag_ == "VBN"]


def _is_cumulative(slot: Token, value: int | None) -> bool:
    """A running tally: "since October 7", "since the war began", "this year", "displaced by the war",
    "the war has killed", or a present-perfect death toll in the thousands ("41,000 have been killed in
    Gaza"; `value` is given for deaths only: thousands displaced in one incident are common)."""
    anchors = [slot.head]
    if slot.head.dep_ == "prep":  # "the toll rose to 23": look at the verb and the toll noun
        anchors = [slot.head.head] + [c for c in slot.head.head.children if c.lemma_ in TOLL_NOUNS | {"total"}]
    if (toll := _toll_stated(slot)) is not None:
        anchors.append(toll)  # "the toll since the start of the year has reached 120": the toll noun holds the period
    # "the fourth soldier killed since the truce began", "soldiers who died this year": the participle or relative
    # clause on the noun carries the period
    anchors += [c for c in slot.children if c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl"]
    # "brings the number of soldiers killed since January to nine": so does the participle on the counted noun
    counted = [p for a in [*anchors, *slot.ancestors] if a.lemma_ in TOLL_NOUNS for p in _participles_counted(a)]
    anchors += counted
    for anchor in anchors:
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)
        if perfect and value is not None and value >= CUMULATIVE_FLOOR and anchor.pos_ in ("VERB", "AUX"):
            return True
        if _told_over_this_period(anchor, perfect or anchor in counted) and not _ranks_this_period(slot, anchor):
            return True
        for child in anchor.children:
            lower = child.lower_
            if child.dep_ == "prep" and lower == "since" and not _superlative_between(slot, child) \
                    and not _since_earlier_today(child):
                return True
            if child.dep_ == "amod" and lower in ("total", "cumulative", "overall"):
                return True
            if child.dep_ == "mark" and lower == "since" and anchor.dep_ != "advcl" and child.i < anchor.i:
                return True  # "the toll since January has reached 88", the parser taking "since" for the verb's
            if child.dep_ in ("advcl",) and any(g.dep_ == "mark" and g.lower_ == "since"
                                                and not _superlative_between(slot, g) for g in child.children):
                return True
            if child.dep_ in ("prep", "agent") and lower in ("during", "throughout", "by", "over", "in", "from"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if any(g.lemma_ in CUMULATIVE_HEADS for g in objects) and lower != "in":
                    return True
                if any(g.lemma_ == "year" and any(d.lower_ in ("this", "past") for d in g.children)
                       for g in objects):
                    return True
                if any(_stretch_just_gone(g) or _counted_stretch(g) for g in objects) \
                        and not _superlative_between(slot, child):
                    return True  # not "the deadliest incident in months", a superlative's measure
                # a stretch of time before an occasion: "killed in the run-up to Sunday's vote"
                if lower == "in" and any(g.lower_ == "up" and any(d.lower_ in ("run", "lead") for d in g.children)
                                         for g in objects):
                    return True
            if child.dep_ == "prep" and lower == "for" and any(
                    g.dep_ == "pobj" and g.lower_ == "year" and any(d.lower_ in ("the", "this") for d in g.children)
                    for g in child.children):
                return True  # "pushed the murder toll for the year to 182": the year's tally
            if child.dep_ == "nsubj" and child.lemma_ in CUMULATIVE_HEADS:
                return True  # "the war has killed ..."
            if perfect and child.dep_ in ("nsubj", "prep") and (
                    child.lemma_ in ("fighting", "violence")
                    or child.lower_ in ("in", "during") and any(g.lemma_ in CUMULATIVE_HEADS for g in child.children)):
                return True  # "fighting has killed ...", "have been killed in the war"
    return False


def _since_earlier_today(since: Token) -> bool:
    """ "14 fighters had been killed since the morning": a count since a time of the same day is that day's
    fighting, not a running tally."""
    return any(g.dep_ == "pobj" and g.lemma_ in DAYPARTS for g in since.children)


def _stretch_just_gone(noun: Token) -> bool:
    """A stretch of days just gone: "over the past week", "in recent weeks", "in the last three days" (not "the
    past day", whose tally the linking stage weighs on its own)."""
    spans_days = noun.lemma_ in ("week", "month", "fortnight") or noun.lemma_ == "day" and noun.tag_ == "NNS"
    return spans_days and any(d.lower_ in ("past", "last", "recent") for d in noun.children)


def _counted_stretch(noun: Token) -> bool:
    """A counted stretch of weeks, months or years: "killed in nearly three months of protests", "over several
    weeks of fighting", "the toll from months of unrest" (a tally of many days; "in two days of fighting" may be one
    battle's)."""
    return noun.lemma_ in ("week", "month", "year") and noun.tag_ == "NNS" and (any(
        c.dep_ == "nummod" or c.lower_ in ("several", "many") for c in noun.children) or bare_plural(noun))


def bare_plural(noun: Token) -> bool:
    """A plural with no word before it that picks some out ("months of unrest", not "the months before", "two
    months")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "amod", "nummod", "compound")
                                          for c in noun.children)


def _told_over_this_period(anchor: Token, so_far: bool) -> bool:
    """A count told over the current stretch: "this year" always; "this week" or "this month" where the count is
    told as one so far (`so_far`: a perfect verb, "seven soldiers have died there this month", or a toll's
    participle, "the number of troops killed this month"), not where the stretch only dates one attack ("a strike
    on the town killed five this week")."""
    return any(child.dep_ == "npadvmod" and any(d.lower_ == "this" for d in child.children)
               and (child.lemma_ == "year" or so_far and child.lemma_ in ("week", "month"))
               for child in anchor.children)


def _ranks_this_period(slot: Token, anchor: Token) -> bool:
    """ "killing 45 people in one of the deadliest attacks this year": the period measures the superlative
    between the count and it, not a running tally."""
    return any(child.dep_ == "npadvmod" and _superlative_between(slot, child) for child in anchor.children)


def _counted_plural(noun: Token, lemmas: set[str]) -> bool:
    return noun.lemma_ in lemmas and noun.tag_ == "NNS" and any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in noun.children)


def _sums_separate_attacks(slot: Token) -> bool:
    """The count's verb is done by several attacks told apart: "two bombings in two days that killed 16 people",
    "three separate attacks killed 20"."""
    verb = slot.head
    subjects = [verb.head] if verb.dep_ == "relcl" else [c for c in verb.children if c.dep_ == "nsubj"]
    for subject in subjects:
        attack, periods = subject, [g for p in subject.children if p.dep_ == "prep" for g in p.children]
        if subject.lemma_ in PERIOD_NOUNS and subject.head.dep_ == "prep":
            # the relative clause hangs on "days"; the attacks stand just before "in two days"
            attack, periods = subject.doc[max(subject.head.i - 1, 0)], [subject]
        if not _counted_plural(attack, SEVERAL_ATTACK_NOUNS):
            continue
        if any(c.dep_ == "amod" and c.lower_ == "separate" for c in attack.children):
            return True
        if any(_counted_plural(p, PERIOD_NOUNS) for p in periods):
            return True
    return False


# --- "no casualties", "a civilian" -----------------------------------------------------------------------

def _none_reported(doc: Doc, sent: Span) -> list[Candidate]:
    """"No casualties were reported", "there were no immediate reports of deaths" -> 0."""
    found = []
    for token in sent:
        if token.lower_ != "no" or token.dep_ != "det":
            continue
        head = token.head
        target = head
        if head.lemma_ in ("report", "word", "sign", "indication"):
            target = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                          head)
        lemma = target.lemma_.lower()
        what = {"casualty": "killed", "death": "killed", "fatality": "killed", "injury": "injured"}.get(lemma)
        if what:
            phrase = NumberPhrase(token.i, target.i, 0, 0, None)
            found.append(Candidate(phrase, what, target))
    return found


SINGLE_DETERMINERS = {"a", "an", "the", "this", "that"}
# an object pronoun that stands for one person ("exploded under his car, killing him")
ONE_PERSON_PRONOUNS = {"him", "her"}


def _determiners(noun: Token) -> list[Token]:
    """The article or possessive before a noun: "the" of "the driver", "his" of "his assistant"."""
    return [c for c in noun.children if c.dep_ in ("det", "poss") and c.i < noun.i]


def _age_noun_phrase(doc: Doc, token: Token) -> int | None:
    """The first token of "the 62-year-old" used as a noun (a person), when `token` is its "old"."""
    i = token.i
    after = i + 1
    while after < len(doc) and doc[after].pos_ == "ADJ":
        after += 1  # "a 58-year-old local man": the age describes the noun after its other adjectives
    if token.lower_ != "old" or i < 5 or (after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN")):
        return None
    if [t.lower_ for t in doc[i - 3:i]] != ["-", "year", "-"] or not doc[i - 4].like_num:
        return None
    return i - 5 if doc[i - 5].lower_ in SINGLE_DETERMINERS else None


def _named_from_a_group(doc: Doc, token: Token, sent: Span) -> bool:
    """A person picked out of victims already counted: "two people, one of them an infant", "among them a
    child", "including a nurse"."""
    if _listed_among_dead(token):
        return False  # "among the dead were a woman and her son": the dead listed, not picked from a count
    before = token_lowers(doc)[max(sent.start, token.i - 5):token.i]
    return any(w in {"including", "among"} for w in before) or any(
        a == "of" and b in {"them", "whom"} for a, b in zip(before, before[1:], strict=False))


def _joins_counted_persons(token: Token) -> bool:
    """A singular noun outside the vocabulary joined to a count of people names one more person: "two priests
    and a tour guide were shot dead", "three nurses and a caretaker", "five tourists and their guide" (theirs, so
    none of them)."""
    head = token.head
    return token.dep_ == "conj" and any(c.lower_ in ("a", "an") and c.dep_ == "det" or c.lower_ == "their"
                                        and c.dep_ == "poss" for c in token.children) \
        and _noun_class(head) == "person" and any(c.dep_ == "nummod" for c in head.children) \
        and token.lemma_.lower() not in ANIMAL_NOUNS and not _list_turned_to_things(head, token)


def _list_turned_to_things(head: Token, token: Token) -> bool:
    """Whether a conjunct up to `token` names a thing the vocabulary counts, or what a participle the parser hung on
    it did ("damaging stalls"): "killing one man and damaging homes and a power line" lists the harm done, so "a
    power line" is no second victim."""
    return any(_noun_class(c) not in (None, "person") or _noun_class(c) is None and any(
        m.dep_ == "amod" and m.lower_.endswith("ing") for m in c.children) for c in head.conjuncts if c.i <= token.i)


def _singular_persons(doc: Doc, sent: Span, taken: set[int]) -> list[NumberPhrase]:
    """"a civilian", "an Israeli soldier", "the driver", "his assistant", "Vladlen Tatarsky", "killing him": one
    person, when a casualty verb governs it (the caller checks). A later, higher toll always wins over such a count."""
    phrases = []
    dateline_start, dateline_end = datelines.dateline_span(doc_text(doc))
    for token in sent:
        if token.i in taken or dateline_start <= token.idx < dateline_end or _named_from_a_group(doc, token, sent):
            continue
        if token.lemma_.lower() == "couple" and token.tag_ == "NN" \
                and not any(c.lower_ == "of" for c in token.children):
            determiners = _determiners(token)
            if determiners:  # "a married couple were killed": two people
                phrases.append(NumberPhrase(determiners[0].i, token.i, 2, 2, None))
            continue
        partner = _partner_sharing_article(token)
        if partner is not None and not taken.intersection(range(token.i - 1, partner.i + 1)):
            phrases.append(NumberPhrase(_determiners(token)[0].i, partner.i, 2, 2, None))  # "a mother and son"
            continue
        if token.lower_ in ONE_PERSON_PRONOUNS and token.dep_ == "dobj":
            phrases.append(NumberPhrase(token.i, token.i, 1, 1, None))  # "..., killing him": one person
            continue
        pair = _both_of_a_pair(token)
        if pair is not None and not taken.intersection(range(pair, token.i + 1)):
            phrases.append(NumberPhrase(pair, token.i, 2, 2, None))  # "killed both attackers"
            continue
        age = _age_noun_phrase(doc, token)
        if age is not None and not taken.intersection(range(age, token.i + 1)):
            phrases.append(NumberPhrase(age, token.i, 1, 1, None))  # "killing the 62-year-old"
            continue
        if _singular_common_noun(token) and (_names_one_person(token) or _joins_counted_persons(token)) \
                and not _sized_by_count(token):
            determiners = _determiners(token)
            if not determiners and not _bare_in_headline(doc, token) or determiners and (
                    determiners[0].dep_ == "det" and determiners[0].lower_ not in SINGLE_DETERMINERS | {"another"}):
                continue
            first = min((c.i for c in token.children if c.i < token.i and c.dep_ in ("det", "poss", "amod",
                                                                                     "compound", "nmod")),
                        default=token.i)
            if not taken.intersection(range(first, token.i)):
                companion_of = _companion_of_uncounted(token, phrases)
                if companion_of is not None:  # "Prosecutor General X and his deputy were killed": two people
                    phrases.append(NumberPhrase(companion_of.left_edge.i, token.i, 2, 2, None))
                    continue
                # "the body of a third person was found": the third death, so three in all
                nth = _ordinal_count(token) or 1
                phrases.append(NumberPhrase(first, token.i, nth, nth, None))
        elif (nth := _ordinal_for_a_victim(token)) is not None and not taken.intersection(range(token.i - 1,
                                                                                                 token.i + 1)):
            phrases.append(NumberPhrase(token.i - 1, token.i, nth, nth, None))  # "and a third died later"
        elif token.ent_type_ == "PERSON" and token.tag_ == "NNP" and token.ent_iob_ != "O" \
                and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I") \
                and (token.dep_ in ("dobj", "nsubjpass", "nsubj", "conj") or _fellow_victim(token) is not None):
            start = token.i
            while start > sent.start and doc[start].ent_iob_ == "I":
                start -= 1
            if not taken.intersection(range(start, token.i + 1)):
                phrases.append(NumberPhrase(start, token.i, 1, 1, None))  # the last token of a person's name
    return phrases


def _companion_of_uncounted(token: Token, phrases: list[NumberPhrase]) -> Token | None:
    """The person a companion ("his deputy", "her driver") is joined to by "and" where that person, told by a title
    or a name the parser did not take for a person ("Prosecutor General of the region X and his deputy"), is no
    count of its own: both are victims."""
    head = token.head
    if token.dep_ != "conj" or head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass", "dobj") \
            or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children) \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return None
    counted = any(p.first <= t.i <= p.last for p in phrases for t in head.subtree if t.i < token.i)
    return None if counted else head


def _ordinal_for_a_victim(token: Token) -> int | None:
    """ "two were killed and a third died later": a bare ordinal standing for the next victim, so three in all;
    not a fraction ("a third of the city") nor a rank in a list ("the third was a warehouse")."""
    if token.lower_ not in ORDINAL_COUNTS or token.dep_ not in ("nsubj", "nsubjpass") or token.i == 0 \
            or token.doc[token.i - 1].lower_ != "a" or any(c.dep_ == "prep" for c in token.children):
        return None
    return ORDINAL_COUNTS[token.lower_]


# people told as one group, whose "of" count is their number ("a family of four"), not a person's age ("a boy of 12")
GROUP_PERSON_NOUNS = {"family", "crew", "household", "police", "personnel", "cadre"}


def _sized_by_count(noun: Token) -> bool:
    """ "a family of four": the group's own count says how many it holds ("a boy of 12" is one boy)."""
    return noun.lemma_.lower() in GROUP_PERSON_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
        for c in noun.children)


def _names_one_person(token: Token) -> bool:
    """A singular noun naming a person: "a civilian", also one at a protest ("a demonstrator"), not "a crowd"."""
    return _noun_class(token) == "person" or _noun_class(token) == "protest" and token.lemma_.lower() != "crowd"


NOUN_SLOTS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"}


def _singular_common_noun(token: Token) -> bool:
    """A singular common noun, also one the tagger took for a name though written in lower case ("a jawan") or for
    an adjective though it fills a noun's slot ("killed a paramedic and a firefighter")."""
    if token.tag_ == "JJ":
        return token.dep_ in NOUN_SLOTS and token.lemma_.lower() in PERSON_NOUNS \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    return token.tag_ == "NN" or token.tag_ == "NNP" and token.text.islower()


def _partner_sharing_article(noun: Token) -> Token | None:
    """The second of two people one article introduces together ("son" of "a mother and son", "wife" of "the
    husband and wife", "driver" of "their guide and driver"): a singular person noun joined by "and" with no article
    of its own."""
    if not _singular_common_noun(noun) or not (_names_one_person(noun) or _joins_counted_persons(noun)) \
            or not _determiners(noun):
        return None
    partner = next((c for c in noun.children if c.dep_ == "conj"), None)
    if partner is None or not _singular_common_noun(partner) or not _names_one_person(partner) \
            or _determiners(partner) or any(c.dep_ in {"amod", "compound", "nummod"} for c in partner.children):
        return None
    joined_by_and = any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children) \
        and noun.doc[partner.i - 1].lower_ == "and"
    return partner if joined_by_and else None


def _both_of_a_pair(noun: Token) -> int | None:
    """The index of "both" in "both attackers" (two people), not in "both soldiers and civilians" (two kinds)."""
    if noun.tag_ != "NNS" or _noun_class(noun) != "person" or any(c.dep_ == "conj" for c in noun.children):
        return None
    return next((c.i for c in noun.children if c.dep_ == "det" and c.lower_ == "both"), None)


def _bare_in_headline(doc: Doc, noun: Token) -> bool:
    """A singular noun with no article in a one-line title, which drops articles: "Drone kills man in X" is one
    man, as "a man" would be in the body."""
    headline = datelines.HEADLINE.match(doc_text(doc))
    return headline is not None and noun.idx < headline.end() and noun.dep_ != "compound" \
        and not any(c.dep_ == "nummod" for c in noun.children)


def _ordinal_count(noun: Token) -> int | None:
    """How many an ordinal on the noun counts: 3 for "a third person", "the third body"; None without one."""
    return next((ORDINAL_COUNTS[c.lower_] for c in noun.children
                 if c.dep_ == "amod" and c.lower_ in ORDINAL_COUNTS), None)


def _nth_body(doc: Doc, sent: Span, taken: set[int]) -> list[Candidate]:
    """ "crews recovered a fifth body from the debris": the fifth death, so five dead in all."""
    found = []
    for token in sent:
        if token.tag_ != "NN" or token.lemma_.lower() not in {"body", "corpse"}:
            continue
        nth = _ordinal_count(token)
        determiners = _determiners(token)
        if nth is None or not determiners or determiners[0].lower_ not in {"a", "an", "the"} \
                or taken.intersection(range(determiners[0].i, token.i + 1)):
            continue
        found.append(Candidate(NumberPhrase(determiners[0].i, token.i, nth, nth, None), "killed", token))
    return found


# verbs that correct a toll told before, whichever way: "the toll was revised to 13", "lowered the toll to 9"
CORRECTING_VERBS = {"revise", "lower", "correct", "downgrade", "reduce", "adjust", "amend"}


def _told_as_correction(slot: Token) -> bool:
    """An exact toll told as the correction of an earlier one: "the toll had been revised to 13"."""
    prep = slot.head
    return slot.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in CORRECTING_VERBS


def _told_as_additional(slot: Token) -> bool:
    """A victim counted on top of those already named: "His assistant was also killed"."""
    verb = slot.head
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def _told_as_more(doc: Doc, phrase: NumberPhrase) -> bool:
    """A count told as more on top of a toll given before: "two more bodies", "another two people", "a further
    three soldiers", "another resident" (but not "two more than last year")."""
    before = tuple(t.lower_ for t in doc[max(phrase.first - 2, 0):phrase.first])
    after = [t.lower_ for t in doc[phrase.last + 1:phrase.last + 3]]
    return doc[phrase.first].lower_ == "another" or before[-1:] == ("another",) \
        or before in {("a", "further"), ("an", "additional")} or after[:1] == ["more"] and after[1:] != ["than"]


def _one_of_the_wounded(doc: Doc, i: int) -> bool:
    """ "one of the wounded" (or "injured"): one person, though "one of the ..." is no count."""
    words = [t.lower_ for t in doc[i:i + 4]]
    return words[:3] == ["one", "of", "the"] and words[3:] != [] and words[3] in INJURY_NOUNS


def _died_later(slot: Token) -> bool:
    """Dead told as found or as having died ("two more bodies were found", "another man died of his wounds"): the
    later dead of the incident told before, not more killed in another attack ("two more were killed elsewhere")."""
    return slot.lemma_.lower() in DEATH_NOUNS or _conj_root(slot).head.lemma_.lower() in ("die", "succumb")


# "the latest killing of a politician", "the most recent attack on a journalist": this event, as one of a series
SERIES_LATEST = {"latest", "newest", "recent"}


def _another_victim(doc: Doc, phrase: NumberPhrase, what: str, slot: Token, earlier: list[Candidate]) -> bool:
    """A victim brought in with "a"/"an" after another single victim of the sentence, by a verb of its own: a
    new person ("A man was killed on the spot, and a woman later died in hospital"); but not the victim of a killing
    told as the latest of a series ("a reporter was shot dead, the latest killing of a journalist"), which is the
    one told before."""
    if what != "killed" or doc[phrase.first].lower_ not in {"a", "an"}:
        return False
    killing = slot.head.head if slot.dep_ == "pobj" and slot.head.lower_ == "of" else slot
    if any(c.dep_ == "amod" and c.lower_ in SERIES_LATEST for c in killing.children):
        return False
    verb = _conj_root(slot).head
    return any(c.what == "killed" and c.phrase.min == c.phrase.max == 1 and c.phrase.last < phrase.first
               and _conj_root(c.slot).head != verb for c in earlier)


# a death told as coming after the wounding: "died in hospital", "died of his wounds", "later died", "succumbed"
LATER_DEATH_NOUNS = {"hospital", "wound", "wounds", "injury", "injuries"}


def _died_of_wounds(slot: Token) -> bool:
    """Whether a victim is told as dying of wounds: "his passenger died of her injuries", "her husband died in
    hospital", "a woman wounded in the attack later died"."""
    verb = slot.head
    if slot.dep_ != "nsubj" or verb.lemma_ not in SUBJECT_VERBS["killed"]:
        return False
    if verb.lemma_ == "succumb" or any(c.dep_ == "advmod" and c.lower_ == "later" for c in verb.children):
        return True
    return _told_wounded(slot) or any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from") and any(
        g.dep_ == "pobj" and g.lower_ in LATER_DEATH_NOUNS for g in c.children) for c in verb.children)


def _told_wounded(person: Token) -> bool:
    """ "a woman wounded in the attack", "a man who was injured": a person described as hurt."""
    return any(c.dep_ in ("acl", "relcl", "amod") and c.lemma_ in PATIENT_VERBS["injured"] for c in person.children)


def _later_dead_victim(doc: Doc, phrase: NumberPhrase, what: str, slot: Token, earlier: list[Candidate]) -> bool:
    """A new single victim who died of wounds after one other victim told as killed in an earlier sentence: one
    more dead. The new one is someone's kin or companion ("Her husband ... died in hospital", "His passenger died of
    her injuries"), or brought in with "a"/"an" as wounded ("a woman wounded in the attack later died"); a person
    brought in with "a" who died of wounds is most often the victim told before, told again ("One civilian was
    killed ... a man died of his wounds on the way to hospital"), as is the same kind of person again."""
    if what != "killed" or not _died_of_wounds(slot):
        return False
    determiner = doc[phrase.first].lower_
    if determiner not in POSSESSIVES and not (determiner in ("a", "an") and _told_wounded(slot)):
        return False
    killed = [c for c in earlier if c.what == "killed" and c.phrase.last < slot.sent.start]
    return len(killed) == 1 and killed[0].phrase.min == killed[0].phrase.max == 1 \
        and killed[0].slot.lemma_.lower() != slot.lemma_.lower()


# a toll told as risen to its new figure: "the death toll rose to 11"
TOLL_ROSE_TO = re.compile(r"\b(?:rose|risen|rises|climbed|jumped|increased|grew)\s+to\s+$", re.I)


def _rise_told_just_before(doc: Doc, sent: Span, earlier: list[Candidate]) -> bool:
    """Whether the sentence before `sent` gives a death toll told as risen to its figure ("the toll rose to 11 on
    Tuesday. Three more inmates died of their injuries"): the more dead told next are that rise, already in it."""
    if sent.start == 0:
        return False
    previous, text = doc[sent.start - 1].sent, doc_text(doc)
    return any(c.what == "killed" and previous.start <= c.phrase.first < sent.start
               and TOLL_ROSE_TO.search(text, max(0, doc[c.phrase.first].idx - 30), doc[c.phrase.first].idx)
               for c in earlier)


# --- public API -----------------------------------------------------------------------------------------

CASUALTY_WHATS = {"killed", "injured", "missing", "abducted", "arrested", "casualties"}


def extract_quantities(doc: Doc, document: Document) -> list[Quantity]:
    """Every counted claim in the document, in text order."""
    quantities: list[Quantity] = []
    told_before: list[Candidate] = []
    for sent in doc.sents:
        candidates: list[Candidate] = []
        taken: set[int] = set()
        numbers = _number_phrases(doc, sent)
        for phrase in numbers:
            taken.update(range(phrase.first, phrase.last + 1))
            classified = _classify(doc, phrase)
            if classified is not None:
                candidates.append(Candidate(phrase, *classified))
        for phrase in _singular_persons(doc, sent, taken):
            classified = _classify(doc, phrase)
            if classified is not None and classified[0] in CASUALTY_WHATS \
                    and (classified[0] == "killed" or _ordinal_for_a_victim(doc[phrase.last]) is None):
                if _told_as_additional(classified[1]) or _another_victim(doc, phrase, *classified, candidates) \
                        or _later_dead_victim(doc, phrase, *classified, told_before):
                    phrase.qualifier = "additional"  # "His assistant was also killed"
                candidates.append(Candidate(phrase, *classified))
        for candidate in candidates:
            if candidate.phrase.qualifier is None and _told_as_correction(candidate.slot):
                candidate.phrase.qualifier = "revised"  # "the toll was revised to 13"
        killed = [c for c in candidates if c.what == "killed"]
        if len(killed) == 1 and len(numbers) <= 1 and _told_as_more(doc, killed[0].phrase) \
                and _died_later(killed[0].slot) and not _rise_told_just_before(doc, sent, told_before):
            # the sentence's only figure: "raising the toll to five" beside "two more died" gives the sum itself,
            # and "put the dead at 15; two more died" the figure they add to
            killed[0].phrase.qualifier = "more"
        candidates.extend(_none_reported(doc, sent))
        candidates.extend(_nth_body(doc, sent, taken))
        told_before.extend(candidates)
        for candidate in _sum_conjoined(candidates):
            phrase = candidate.phrase
            start, end = doc[phrase.first].idx, doc[phrase.last].idx + len(doc[phrase.last].text)
            if document.is_boilerplate(start, end):
                continue
            quantities.append(Quantity(what=candidate.what, min=phrase.min, max=phrase.max,
                                       qualifier=phrase.qualifier, text=document.text[start:end],
                                       start=start, end=end))
    quantities.sort(key=lambda q: q.start)
    return quantities


def _conj_root(token: Token) -> Token:
    start = token
    token = _victim_joined_to_harm_noun(token) or token
    while (token.dep_ == "conj" or _listed_as_apposition(token)) and token.head != token:
        token = token.head
    return _counted_group_owning(token, start) if token != start and _noun_class(start) == "person" else token


def _listed_as_apposition(token: Token) -> bool:
    """A person the parser hung as an apposition on a single person though a list goes on from it with "and": "a
    nurse, her husband and a boy" are three. A group restated ("two people, a man and a woman") or an apposition
    closed by a comma ("the driver, a man of 43, and his passenger") is no list."""
    head = token.head
    if token.dep_ != "appos" or head.i > token.i or not _singular_common_noun(head) \
            or _noun_class(head) != "person" or _noun_class(token) != "person":
        return False
    joined = [c for c in token.children if c.dep_ == "cc" and c.lower_ == "and"]
    return bool(joined) and token.doc[joined[0].i - 1].lower_ != "," \
        and any(c.dep_ == "conj" and _noun_class(c) == "person" for c in token.children)


def _counted_group_owning(obj: Token, joined: Token) -> Token:
    """The counted people an "of" phrase describes, when the parser joined a person to the object of "of" rather
    than to them: in "Ten commandos of the reaction force and their driver were killed" the driver is the
    eleventh victim, not a part of the force; in "three of the tourists and the driver" one person is no part of
    the group the three were picked from, so the driver is the fourth."""
    prep = obj.head
    group = prep.head
    if obj.dep_ != "pobj" or prep.lower_ != "of":
        return obj
    if _noun_class(obj) != "person" and group.tag_ == "NNS" and any(c.dep_ == "nummod" for c in group.children):
        return group
    if group.tag_ == "CD" and obj.tag_ == "NNS" and joined.tag_ == "NN" and _determiners(joined):
        return group
    return obj


def _sum_conjoined(candidates: list[Candidate]) -> list[Candidate]:
    """"two soldiers and a civilian were killed" -> one count of 3 spanning both."""
    groups: dict[tuple[str, str, int], list[Candidate]] = {}
    for candidate in candidates:
        root = _conj_root(candidate.slot)
        # the subjects of one verb, even when the parser did not coordinate them ("The prosecutor, X, and his
        # deputy were killed" with two subjects)
        key = (candidate.what, "subject of", root.head.i) if root.dep_ in ("nsubj", "nsubjpass") \
            else (candidate.what, "", root.i)
        groups.setdefault(key, []).append(candidate)
    merged = []
    for (what, _, _), group in groups.items():
        if len(group) == 1:
            merged.append(group[0])
            continue
        group.sort(key=lambda c: c.phrase.first)
        if _told_with_its_parts(group):
            merged.append(group[0])
            continue
        mins = [c.phrase.min for c in group if c.phrase.min is not None]
        maxes = [c.phrase.max for c in group]
        qualifiers = {c.phrase.qualifier for c in group}
        qualifier = qualifiers.pop() if len(qualifiers) == 1 else (
            "at least" if None in maxes else "about")
        phrase = NumberPhrase(group[0].phrase.first, group[-1].phrase.last, sum(mins) if mins else None,
                              None if None in maxes else sum(m for m in maxes if m is not None), qualifier)
        merged.append(Candidate(phrase, what, group[0].slot))
    merged.sort(key=lambda c: c.phrase.first)
    return merged


# Words for a group of people as such, which a list set off after them by a comma breaks down rather than adds to
GROUP_NOUNS = {"people", "person", "civilian", "resident", "victim", "villager", "local", "inhabitant", "dead"}
# Words telling people apart by sex or age alone: a list of them describes a group told before it
SEX_AGE_NOUNS = {"man", "woman", "boy", "girl", "child", "teenager", "baby", "infant", "toddler"}


def _told_with_its_parts(group: list[Candidate]) -> bool:
    """Whether a group's first count is followed, after a comma, by a list of its own members adding up to it:
    "two civilians, a man and a woman, were killed" and "the three, two men and a woman, died" tell 2 and 3
    people, not 4 and 6. The first count must be of people as such (or a bare number), or the list must tell them
    by sex or age alone, so that a list of kinds ("three soldiers, two medics and a driver") is still summed."""
    head, parts = group[0], group[1:]
    if len(parts) < 2 or head.phrase.min is None or head.phrase.min < 2 or head.phrase.min != head.phrase.max:
        return False
    told = [c.phrase.min for c in parts if c.phrase.min is not None and c.phrase.min == c.phrase.max]
    if len(told) < len(parts) or sum(told) != head.phrase.min:
        return False
    # read from the words, not the parse, which may hang "three" on the first part's noun ("the three, two women")
    doc = head.slot.doc
    noun = _noun_at(doc, head.phrase.last + 1, parts[0].phrase.first)
    after = head.phrase.last + 1 if noun is None else noun.i + 1
    if doc[after].text != "," or parts[0].phrase.first <= after:
        return False
    if noun is None or noun.lemma_.lower() in GROUP_NOUNS:
        return True
    part_nouns = [_noun_at(doc, c.phrase.last, len(doc)) or _noun_at(doc, c.phrase.last + 1, len(doc)) for c in parts]
    return all(n is not None and n.lemma_.lower() in SEX_AGE_NOUNS for n in part_nouns)


def _noun_at(doc: Doc, index: int, end: int) -> Token | None:
    """The common noun at `index`, past any adjectives before `end` ("two elderly women"), or None."""
    while index < end and doc[index].tag_ == "JJ":
        index += 1
    return doc[index] if index < end and doc[index].tag_ in ("NN", "NNS") else None


def fatalities_from(quantities: list[Quantity]) -> dict | None:
    """The event's fatalities `{"min", "max", "text"}` from its killed quantities, or None.

    Precise figures win over vague ones ("dozens" then "at least 31" -> 31). Among them the highest floor
    wins, the later one on ties: a revised toll ("the toll rose to 23" after "17 died") supersedes the
    earlier figure, and a subset or a repeated mention never lowers it; only a correction told later does ("15
    killed ... the toll was revised to 13"). The later dead told as more add to the figure told just before them
    ("killing three ... two more bodies were found" -> 5), which may already be summed in a higher toll. Single
    victims told one by one are counted as the people they must be (`_single_victims`).
    Cumulative tallies (killed_total) are not an event's fatalities.
    """
    killed = [q for q in quantities if q.what == "killed"]
    if not killed:
        return None
    precise = [q for q in killed if q.qualifier != "vague"] or killed
    told = [q for q in precise if q.qualifier != "more"] or precise
    best = max(told, key=lambda q: (-1 if q.min is None else q.min, q.start))
    revised = [q for q in told if q.qualifier == "revised" and q.start > best.start]
    if revised:
        best = revised[-1]  # a correction told after the higher figure replaces it, even downward
    if all(q.min == q.max == 1 for q in told):
        total = _single_victims(told)
        if total > 1:
            return {"min": total, "max": total, "text": best.text}
    summed = _summed_with_more_dead(precise)
    if summed is not None and (best.min is None or summed > best.min):
        return {"min": summed, "max": None, "text": best.text}
    return {"min": best.min, "max": best.max, "text": best.text}


MALE_NOUNS = {"man", "husband", "father", "son", "boy", "brother", "grandfather", "grandson", "uncle", "nephew"}
FEMALE_NOUNS = {"woman", "wife", "mother", "daughter", "girl", "sister", "grandmother", "granddaughter", "aunt",
                "niece", "widow"}
# The places of one vehicle: its driver is never its passenger, so each named among the dead is another person.
VEHICLE_ROLES = {"driver", "passenger", "pilot", "co-pilot", "copilot"}
# Those known through someone else ("her neighbour", "his colleague"), who is thus another person, as kin are.
RELATION_NOUNS = {"neighbor", "neighbour", "colleague", "friend", "companion", "comrade", "relative"}
KIN_NOUNS = MALE_NOUNS - {"man", "boy"} | FEMALE_NOUNS - {"woman", "girl", "widow"} | {"child", "cousin", "partner"} \
    | RELATION_NOUNS


def _single_victims(singles: list[Quantity]) -> int:
    """How many people single victims told one after another are at least: one, plus each told as one more ("His
    assistant was also killed") or as a kin of someone before ("The driver was killed on the spot, and his wife
    died in hospital"), and never fewer than the sexes told ("A 48-year-old man was killed ... the woman died in
    intensive care"), nor than the places in a vehicle told ("the driver died ... the passenger died in hospital"): a
    man and a woman are two people, while "a woman ... the woman" may be one."""
    nouns = [re.sub(r"'s$", "", q.text.lower().split()[-1]) for q in singles]
    # one victim told both as one more and as kin ("Her husband died of his wounds") is one more person, not two
    more = sum(1 for q, noun in zip(singles[1:], nouns[1:], strict=True) if q.qualifier == "additional"
               or noun in KIN_NOUNS and q.text.lower().split()[0] in {"his", "her", "their"})
    sexes = {"male" for noun in nouns if noun in MALE_NOUNS} | {"female" for noun in nouns if noun in FEMALE_NOUNS}
    roles = {noun for noun in nouns if noun in VEHICLE_ROLES}
    return max(1 + more, len(sexes), len(roles))


def _summed_with_more_dead(killed: list[Quantity]) -> int | None:
    """The highest toll reached by adding the dead told as more to the figure told just before them ("first put
    the toll at six ... three more bodies were found" -> 9, as a lead's "at least nine" may already say), or
    None where no such dead follow a figure."""
    running, highest = None, None
    for quantity in sorted(killed, key=lambda q: q.start):
        if quantity.qualifier != "more":
            running = quantity.min
        elif running is not None and quantity.min is not None:
            running += quantity.min
            highest = max(highest or 0, running)
    return highest
