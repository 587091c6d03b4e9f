"""Event detection and typing: rules over spaCy's parse, following the ACLED codebook.

In: a parsed spaCy `Doc` and its `Document`. Out: `EventMention`s, one per sentence and sub-event type (and
modality), each with the ACLED event type and sub-event type, a confidence, the trigger word or phrase, the
sentence as evidence, actor1 / actor2 (sitreps.actors) and the modality (sitreps.modality). Date, location,
quantities, fatalities and sources are left for the linking step.

Triggers come from data/event_triggers.tsv, looked up by lemma (one dictionary probe per token). A trigger
either names a sub-event type outright ("ambush", "kidnap") or a rule family ("strike", "attack", "seize",
"protest") that is resolved from the sentence: the weapon words near it (data/weapons.tsv), what was hit,
who acted, and the cues that turn a protest into one met with force. "Fall" and "land" are triggers only where
munitions do ("mortar rounds started falling"). An ambush of civilians (a bus of pilgrims)
is an attack, not a clash (staff of a radio station are civilians: a station is a military target only as a post),
and so is armed men's arson in which people die; a named man killing people is one where the report calls him a
gunman or attacker. Helicopters that airlift the wounded are no weapon of the attack. A sit-in is the noun or the
verb alone ("teachers sat in"), never someone "sitting in a parked car"; a band that storms a village, town or
neighbourhood (not a building in one) falls on its people, an attack; an attacker shot dead at the scene is part
of his attack. A protest a shooting set off ("was shot dead by police, sparking protests") is a later event of its
own, and the shooting is its own event, not force used on that protest.
A plural that sums up events ("both attacks", "a weekend of attacks on police stations") tells none of them, nor
does what traces are read as ("craters consistent with artillery fire", "signs of shelling"): an earlier event's;
but the traces of a weapon found ("found fresh mortar craters") tell the report's weapon, as a weapon found does not.
A mortar bomb is a mortar round (shelling), however it falls; people hit with no one named ("the couple were hit in
their garden"), in a report of shelling, were shelled; and the fight a front line is "of" ("a village on the front
line of the fight for the airport") is the war as a place, no clash.
Troops "pushed into" a town take it (not into a part of it: "pushed into the centre"); "armed men" that the parse
reads as "deployed" by a participle are the ones who moved, and armed men who "entered the village and fired at
houses" raid it. A strike that destroys
something other than a weapon, a weapon site included ("a depot of missiles"), is the strike, not disrupted
weapons use, even where the thing was destroyed "in a drone attack". A referendum told as held ("voted to secede in
a referendum", "separatists held a referendum") is a strategic development of its own ("Other"), held even where a
leader dismisses it; one called for or named ("a referendum commission") is none.

A classifier (sitreps.event_classifier) then reads each sentence with the rules' verdicts as features. The two
are merged by `decide`: rule events the classifier is sure are none are dropped (unless the rule is confident),
a lone rule event of a type the classifier finds unlikely is retyped, and where the rules abstain the
classifier's type stands when likely enough. `salient_event` picks the event a short report is about, and
`disorder_type_for` gives ACLED's disorder type of a sub-event type.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sitreps.actors import (
    ActorContext,
    agent_and_target,
    build_context,
    country_of_phrase,
    country_of_text,
    country_of_token,
    gapped_passive,
    in_cause_phrase,
    is_party,
    is_resolved_place,
    match_actor_pattern,
    note_place_countries,
    reporting_speaker,
    resolve_actors,
    sentence_countries,
)
from sitreps.datelines import dateline_end
from sitreps.event_classifier import (
    NONE,
    EventClassifier,
    HybridPolicy,
    RuleFindings,
    load_classifier,
    sentence_features,
)
from sitreps.modality import (
    OCCURRENCE_VERBS,
    POSITIONING_VERBS,
    WEEKDAYS,
    classify_modality,
    days_apart_from,
    is_background_clause,
)
from sitreps.models import EVENT_TYPES, POLITICAL_VIOLENCE_TYPES, Document, EventMention, Place
from sitreps.models import Span as TextSpan
from sitreps.nlp import doc_memo, doc_text, previous_in_paragraph
from sitreps.places import TIME_MEASURES, in_aside_clause, measures_time_from
from sitreps.quantities import CIVILIAN_TRADES, PERSON_NOUNS, bare_plural
from sitreps.speech import CLAIMING_VERBS, CONFIRMING_VERBS, REPORTING_VERBS, SELF_SUBJECTS

DATA = Path(__file__).parent / "data"

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
# When a sentence names several weapon kinds, the more specific wins ("suicide car bomb", "drone-dropped grenade").
WEAPON_PRIORITY = {SUICIDE: 0, "Chemical weapon": 1, AIR: 2, "Grenade": 3, IED: 4, SHELLING: 5}
DRONE_WORDS = {"drone", "uav", "shahed", "kamikaze", "quadcopter", "unmanned", "uncrewed", "sea", "naval"}
MISSILE_WORDS = {"missile", "iskander", "kalibr", "kinzhal", "precision"}
# Verbs of bombardment that name a remote attack even when the report names no weapon.
BOMBARD_VERBS = {"bombard", "pound", "pummel", "blitz"}

# Sentence cue words (lemmas, lower case).
LABOUR_CUES = {"general", "hunger", "labour", "labor", "worker", "union", "teacher", "doctor", "nurse", "nationwide",
               "walkout", "wage", "pay", "employee", "driver", "miner", "staff"}
DISASTER_CUES = {"earthquake", "quake", "flood", "flooding", "cyclone", "hurricane", "typhoon", "tsunami", "wildfire",
                 "landslide", "storm", "eruption", "outbreak", "epidemic", "blizzard"}
MISHAP_NOUNS = {"crash", "accident", "collision", "derailment", "malfunction", "mishap"}
ACCIDENT_CUES = {"gas", "cylinder", "boiler", "factory", "fireworks", "firework", "leak", "accident", "accidental",
                 "tanker", "pipeline", "chemical plant", "lightning", "volcano", "earthquake", "transformer",
                 "short-circuit", "mine shaft", "mining", "careless", "negligence", "negligent"}
CIVILIAN_TARGETS = {"civilian", "villager", "resident", "village", "worshipper", "church", "mosque", "market",
                    "school", "passenger", "bus", "wedding", "funeral", "family", "child", "woman",
                    "people", "home", "house", "hospital", "camp", "settlement",
                    "displaced", "refugee", "shop", "traveller", "traveler", "motorist", "commuter",
                    "car", "journalist", "patient", "aid", "town", "community", "neighbourhood",
                    "neighborhood", "person", "unarmed", "man", "boy", "girl", "teenager", "elder",
                    "clinic",
                    "hotel", "restaurant", "cafe", "café", "guesthouse", "mall", "cinema", "theatre", "theater",
                    "concert", "nightclub", "bar", "stadium", "supermarket", "bakery", "pizzeria", "guest",
                    "diner", "shopper", "tourist", "congregation", "rally", "convention", "gathering", "beach",
                    "crowd", "festival", "park", "beachgoer", "holidaymaker", "bystander",
                    "pilgrim", "mourner", "churchgoer", "medic", "paramedic",
                    "reporter", "cameraman", "photographer"} | CIVILIAN_TRADES
MILITARY_TARGETS = {"base", "post", "checkpoint", "convoy", "barracks", "position", "garrison", "patrol",
                    "outpost", "soldier", "troop", "army", "military", "police", "policeman", "policewoman", "officer",
                    "detective", "force", "militant", "rebel", "insurgent", "fighter", "jihadist", "gendarme",
                    "station", "unit",
                    "positions", "airbase", "airfield", "depot", "guard", "headquarters", "vehicle", "tank",
                    "militia", "serviceman", "gunman"}
ARMED_AGENTS = {"gunman", "gunmen", "militant", "rebel", "insurgent", "jihadist", "bandit", "fighter", "terrorist",
                "soldier", "troop", "army", "militia", "militiaman", "attacker", "assailant", "force", "military",
                "gang", "police", "islamist", "extremist", "separatist", "guerrilla", "herdsman", "vigilante",
                "junta", "man", "occupier", "invader", "paramilitary", "saboteur", "herder"}
NON_STATE_AGENTS = {"gunman", "gunmen", "militant", "rebel", "insurgent", "jihadist", "bandit", "fighter",
                    "terrorist", "militia", "militiaman", "islamist", "extremist", "separatist", "guerrilla",
                    "herdsman", "gang", "attacker", "assailant", "group", "faction", "dissident", "mutineer",
                    "paramilitary", "saboteur"}
STATE_AGENTS = {"army", "troop", "soldier", "military", "force", "police", "government", "junta", "marine",
                "gendarme", "navy", "paratrooper", "brigade", "battalion", "regiment", "commando", "unit",
                "formation", "ranger"}
TERRITORY_OBJECTS = {"town", "city", "village", "base", "district", "region", "area", "territory", "airport",
                     "crossing", "position", "hill", "settlement", "outpost", "garrison", "camp", "province",
                     "capital", "stronghold", "control", "bridge", "port", "county", "locality", "checkpoint",
                     "border", "headquarters", "oblast", "state", "municipality", "barracks", "airfield",
                     "neighbourhood", "neighborhood", "island", "road", "highway", "mine", "refinery", "valley",
                     "plant", "dam", "reactor", "hub", "junction"}
WEAPON_OBJECTS = {"weapon", "arm", "ammunition", "explosive", "cache", "missile", "drone", "rocket", "bomb",
                  "ied", "mine", "landmine", "grenade", "launcher", "munition", "shipment", "device", "uav",
                  "projectile", "plane", "aircraft", "helicopter", "jet", "shell", "attack", "plot", "attempt",
                  "warhead", "shahed", "rifle", "gun", "mortar"}
PROPERTY_OBJECTS = {"house", "home", "shop", "store", "village", "property", "church", "mosque", "school", "car",
                    "vehicle", "market", "building", "office", "hut", "farm", "crop", "granary", "warehouse",
                    "business", "temple", "dwelling", "structure", "bank", "truck", "station", "headquarters",
                    "court", "courthouse", "compound", "livestock", "cattle", "shelter", "premises", "centre",
                    "center", "clinic", "facility", "tent", "hospital", "field", "museum", "gallery", "library",
                    "archive", "collection"}
# What a state's forces hit from afar when a report names no weapon ("Russia attacked Odesa's port").
INFRASTRUCTURE_TARGETS = {"port", "grid", "infrastructure", "terminal", "facility", "plant", "power", "refinery",
                          "substation", "dam", "bridge", "railway", "airport", "energy", "pipeline", "harbour",
                          "harbor", "shipyard", "warehouse", "depot", "silo", "granary", "utility", "city", "capital",
                          "region", "oblast", "town"}
GROUND_COMBAT = {"troop", "soldier", "infantry", "tank", "ground", "assault", "offensive", "advance", "frontline",
                 "front", "battle", "fighting", "storm"}
PERSON_OBJECTS = {"hostage", "passenger", "people", "civilian", "villager", "student", "woman", "child",
                  "worker", "person", "man", "traveller", "traveler", "resident", "farmer", "pupil", "employee",
                  "official", "staff", "missionary", "tourist", "journalist", "priest", "pilgrim", "crew", "girl",
                  "boy", "schoolgirl", "schoolchild", "engineer", "trader", "parent", "mother", "father", "son",
                  "daughter", "relative", "family", "businessman", "wife", "husband", "director", "head", "chief",
                  "mayor", "manager", "activist", "leader", "doctor", "teacher", "lawyer", "judge", "politician",
                  "deputy", "governor", "executive", "cleric", "imam", "nun"}
INTERVENTION_CUES = {"disperse", "tear", "cannon", "baton", "arrest", "detain", "crack", "crackdown", "beat",
                     "rubber", "stun", "break", "clear", "pepper", "truncheon", "block", "charge", "forcibly",
                     "evict", "round"}
LETHAL_CUES = {"live", "kill", "dead", "die", "death", "bullet", "gunfire", "shoot", "open"}
PROTESTER_VIOLENCE = {"stone", "rock", "petrol", "molotov", "torch", "vandalise", "vandalize", "loot", "smash",
                      "storm", "clash", "burn", "hurl", "throw", "ransack", "attack", "set", "injure", "rioting",
                      "barricade"}
PROTEST_PEOPLE = {"protester", "protestor", "demonstrator", "thousand", "hundred", "dozen", "crowd", "resident",
                  "student", "worker", "supporter", "activist", "farmer", "woman", "teacher", "people", "marcher",
                  "opposition", "union", "citizen", "villager", "youth", "member", "doctor", "nurse", "trader",
                  "driver", "employee", "lawyer", "family", "relative", "mother", "veteran", "pensioner"}
FINANCE_CUES = {"stock", "share", "market", "price", "dollar", "index", "currency", "bond", "rouble", "ruble",
                "oil", "investor", "bitcoin", "euro", "yen"}
POLITICAL_CUES = {"activist", "opposition", "journalist", "dissident", "protester", "militant", "insurgent",
                  "rebel", "jihadist", "terrorist", "terror", "leader", "politician", "lawmaker", "mp", "candidate",
                  "critic", "blogger", "separatist", "spy", "espionage", "treason", "anti-government", "collaborator",
                  "commander", "cleric", "rights", "coup", "plotter", "demonstrator", "member",
                  "insurgency", "extremist", "extremism", "sedition", "subversion", "student", "unionist",
                  "governor", "mayor", "minister", "officer", "soldier", "fighter", "islamist", "protest", "rally",
                  "sabotage", "saboteur", "informant", "partisan", "mutiny", "mutineer", "jihad", "rebellion",
                  "bandit", "gunman", "kidnapper", "militia", "gang", "sbu", "fsb", "counterintelligence"}
AGREEMENT_VERBS = {"agree", "sign", "reach", "announce", "declare", "broker", "seal", "conclude", "strike",
                   "enter", "take", "begin", "start", "come", "go", "implement", "exchange", "swap", "accept",
                   "ink", "secure", "clinch"}
BASE_VERBS = {"establish", "set", "build", "open", "construct", "install", "erect", "create", "deploy", "inaugurate",
              "expand", "convert", "turn"}
MILITARY_CONTEXT = {"army", "troop", "soldier", "military", "militant", "rebel", "fighter", "militia", "force",
                    "commander", "insurgent", "jihadist", "reservist", "conscript", "combat", "war", "armed",
                    "brigade", "battalion", "wagner", "mercenary", "group", "faction", "front", "chief", "general",
                    "defence", "defense", "draft"}
POLITICAL_WITHDRAWAL = {"deal", "race", "election", "talks", "treaty", "agreement", "bill", "candidacy",
                        "accord", "support", "coalition", "contest", "tournament", "competition", "application",
                        "statement", "membership", "bid", "nomination", "offer", "funding", "plan", "proposal",
                        "market", "investment", "ambassador", "envoy", "diplomat", "license", "licence", "charges",
                        "lawsuit", "case", "complaint", "cash", "money", "fund"}


@dataclass(frozen=True)
class TriggerEntry:
    lemmas: tuple[str, ...]
    pos: str
    label: str
    confidence: float


@dataclass
class Candidate:
    """A trigger found in a sentence, before typing."""

    tokens: list[Token]
    entry: TriggerEntry

    @property
    def head(self) -> Token:
        return self.tokens[0]


@dataclass
class SentenceCues:
    """What a sentence contains, computed once and shared by the resolvers."""

    sentence: Span
    lemmas: set[str]
    weapons: list[tuple[int, str]]  # (token index, sub-event type)
    doc_weapon: str | None
    labels: set[str] = field(default_factory=set)  # rule families / types of all triggers in the sentence
    triggers: list[tuple[Token, str]] = field(default_factory=list)  # each trigger's head and its label


# What follows violence rather than being it: arrests, a curfew or a group's change, a truce.
AFTERMATH_TYPES = {"Arrests", "Change to group/activity", "Agreement"}


@lru_cache(maxsize=1)
def trigger_index() -> dict[str, list[TriggerEntry]]:
    """First lemma -> trigger entries starting with it, longest first."""
    index: dict[str, list[TriggerEntry]] = {}
    for line in _data_lines("event_triggers.tsv"):
        lemmas, pos, label, confidence = line.split("\t")
        entry = TriggerEntry(tuple(lemmas.split()), pos, label, float(confidence))
        index.setdefault(entry.lemmas[0], []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.lemmas))
    return index


@lru_cache(maxsize=1)
def weapon_index() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for line in _data_lines("weapons.tsv"):
        lemmas, sub_event_type = line.split("\t")
        table[tuple(lemmas.split())] = sub_event_type
    return table


def _data_lines(name: str) -> list[str]:
    with open(DATA / name, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]
    return lines[1:]


# Surface forms the small English model lemmatises wrongly ("raged" as the past of "rag").
# (a force named as a proper noun keeps its plural: "Rangers opened fire", Pakistan's paramilitary force)
MISLEMMATISED = {"raged": "rage", "raging": "rage", "rangers": "ranger"}
# Other names for protesters, read as "protester" by every rule: South Asia's press calls those taking part in an
# agitation (a protest movement) "agitators" ("agitators blocked the highway", "agitators attacked police").
PROTESTER_SYNONYMS = {"agitator": "protester", "agitators": "protester"}


def _lemma(token: Token) -> str:
    lemma = MISLEMMATISED.get(token.lower_, token.lemma_.lower())
    lemma = PROTESTER_SYNONYMS.get(lemma, lemma)
    # At the start of a sentence or after a dateline ("KRAMATORSK, Ukraine (Reuters) - Rockets hit ...") the tagger
    # often reads the first, capitalised word as a proper noun and leaves its plural unlemmatised.
    if token.pos_ == "PROPN" and _opens_a_sentence(token) \
            and token.text[1:].islower() and lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


DATELINE_DASHES = {"-", "\u2013", "\u2014", "--"}


def _opens_a_sentence(token: Token) -> bool:
    return token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].text in DATELINE_DASHES)


def _words(sentence: Span) -> list[Token]:
    return [t for t in sentence if not (t.is_punct and t.text in {"-", "–"}) and not t.is_space]


def _pos_ok(token: Token, pos: str) -> bool:
    if pos == "ANY":
        return token.pos_ in {"NOUN", "VERB", "PROPN", "ADJ", "AUX"}
    if pos == "NOUN":
        # "after shelling killed two": the tagger reads the gerund subject as the verb's auxiliary
        return token.pos_ in {"NOUN", "PROPN"} or (token.pos_ == "VERB" and token.tag_ == "VBG"
                                                    and token.dep_ in {"nsubj", "dobj", "pobj"}) \
            or (token.pos_ == "AUX" and token.tag_ == "VBG" and token.dep_ == "aux")
    return token.pos_ in {"VERB", "AUX"} or (token.pos_ == "ADJ" and token.tag_ in {"VBN", "VBD"})


def _inside_a_name(token: Token) -> bool:
    """A capitalised word within an organisation's name, before the name's head: "Liberation" of "the National
    Liberation Army", "Resistance" of "the Islamic Resistance Movement" names a group, not an event."""
    head = token.head
    return token.ent_type_ == "ORG" and token.text[:1].isupper() and token.i > token.sent.start \
        and token.dep_ == "compound" and head.pos_ == "PROPN" and head.i > token.i and head.ent_type_ == "ORG" \
        and head.ent_iob_ == "I"


def find_triggers(sentence: Span) -> list[Candidate]:
    """Trigger words and phrases in a sentence (contiguous phrases, or a verb with its particle/object)."""
    index = trigger_index()
    words = _words(sentence)
    found: list[Candidate] = []
    used: set[int] = set()
    for position, token in enumerate(words):
        # "MOSCOW, March 22 (Reuters)": a month in a date is no march; dates name no events.
        if token.i in used or token.ent_type_ in {"DATE", "TIME"} or _inside_a_name(token):
            continue
        for key in dict.fromkeys((_lemma(token), token.lower_)):
            for entry in index.get(key, ()):
                matched = _match_entry(entry, words, position)
                if matched and any(_pos_ok(t, entry.pos) for t in matched):
                    found.append(Candidate(matched, entry))
                    used.update(t.i for t in matched)
                    break
            else:
                continue
            break
    # "hold" names an event only where armed men hold captives: "held talks" or "held a silence" is no trigger;
    # "wounded" only where gunfire or a downed weapon's debris wounded ("killing three and wounding four" is told by
    # "killing"); "fell", "landed" or "came in" only where munitions did, or a downed weapon's debris did on a building;
    # "pushed into" only where troops went into a town, not a part of one;
    # "chanted" only where a crowd chanted slogans; "the besieged city" describes the town's state, and tells no
    # event of its own
    return [c for c in found if (c.entry.label != "HOLD" or _holds_captives(c.head))
            and not (c.entry.lemmas == ("sit", "in") and _seated_somewhere(c))
            and not (_lemma(c.head) == "besiege" and c.head.dep_ == "amod")
            and (c.entry.label != "WOUND" or _wounded_by_gunfire(c.head) or _wounded_by_debris(c.head))
            and (_lemma(c.head) != "chant" or _crowd_chants_slogans(c.head))
            and (c.entry.lemmas != ("open", "up") or _opens_up_with_a_weapon(c.head))
            and (_lemma(c.head) not in LANDING_VERBS and c.entry.lemmas not in LANDING_PHRASES
                 or _munitions_land(c.head) and _particle_read(c) or _debris_striking_a_place(c.head) is not None)
            and not (c.entry.label == "SEIZE" and _into_a_town_part(c.head))]


def _particle_read(candidate: Candidate) -> bool:
    """Whether a verb-and-particle trigger's second word is the verb's particle: "the rockets came in during the
    afternoon", not "came from the southeast, in the direction of X"."""
    return candidate.entry.lemmas not in LANDING_PHRASES or all(t.dep_ == "prt" for t in candidate.tokens[1:])


def _seated_somewhere(candidate: Candidate) -> bool:
    """'a man sitting in a parked car': an 'in' with an object of its own says where someone sits. A sit-in is
    the noun ('staged a sit-in') or the verb alone ('teachers sat in at the ministry')."""
    return any(t.lower_ == "in" and t.dep_ == "prep" and any(c.dep_ == "pobj" for c in t.children)
               for t in candidate.tokens[1:])


def _opens_up_with_a_weapon(verb: Token) -> bool:
    """'opened up with artillery', 'opened up with machine guns': a firing; 'opened up its markets' is none."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        _lemma(t) in {"gun", "rifle", "machine", "weapon"} or (_lemma(t),) in weapon_index() for t in c.subtree)
        for c in verb.children)


LANDING_VERBS = {"land", "fall"}
# "the rockets came in during the afternoon": munitions arriving, told by a verb and its particle
LANDING_PHRASES = {("come", "in")}


def _munitions_land(verb: Token) -> bool:
    """'Shells landed near the school', 'mortar rounds started falling': the subject, of the verb or of the verb
    it completes, is a weapon the weapons table knows (not 'prices fell', 'the plane landed'). A drone that fell
    was brought down, which tells no strike of its own."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    weapons = {key[0] for key in weapon_index()} - DRONE_WORDS
    return any(c.dep_ == "nsubj" and {_lemma(t) for t in c.subtree} & weapons for c in clause.children)


def _wounded_by_gunfire(head: Token) -> bool:
    return bool(_agent_lemmas(head) & GUNFIRE_WORDS)


def _wounding_debris(head: Token) -> Token | None:
    """The debris of "debris from a downed drone injured two people", "two were wounded by falling wreckage": a
    downed weapon's remains as what wounded."""
    if head.dep_ == "conj" and _lemma(head.head) in DEBRIS_NOUNS:
        # "where debris from a drone damaged houses and injured two people": the parser may hang the second verb
        # on the debris, the subject of both
        return head.head
    agent, _ = agent_and_target(head)
    # "wounded by falling debris" is parsed with the debris as the object of "falling"
    by_falling = [o for c in head.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pcomp" for o in p.children if o.dep_ == "dobj"]
    return next((t for t in [agent, *by_falling] if t is not None and _lemma(t) in DEBRIS_NOUNS), None)


def _wounded_by_debris(head: Token) -> bool:
    return _wounding_debris(head) is not None


def _match_entry(entry: TriggerEntry, words: list[Token], position: int) -> list[Token] | None:
    token = words[position]
    if len(entry.lemmas) == 1:
        return [token]
    rest = entry.lemmas[1:]
    following = words[position + 1:position + 1 + len(rest)]
    if len(following) == len(rest) and all(
            _lemma(t) == w or t.lower_ == w for t, w in zip(following, rest, strict=True)):
        return [token, *following]
    if len(rest) == 1:
        # A verb and its particle or object, possibly apart: "shot them down", "opened fire on", "set X ablaze".
        for child in token.children:
            if (_lemma(child) == rest[0] or child.lower_ == rest[0]) and child.dep_ in {
                    "prt", "dobj", "prep", "oprd", "advmod", "acomp", "ccomp", "xcomp", "npadvmod"}:
                return [token, child]
    if len(rest) == 2:
        # A verb, its preposition and that one's object, apart: "set cars on fire" (the parse may hang the
        # preposition on the verb's object: "set a church on fire").
        holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
        for child in (c for holder in holders for c in holder.children):
            if child.dep_ == "prep" and child.lower_ == rest[0]:
                objects = [g for g in child.children if g.dep_ == "pobj" and _lemma(g) == rest[1]]
                if objects:
                    return [token, child, objects[0]]
    return None


def _weapons_in(sentence: Span) -> list[tuple[int, str]]:
    """(token index, sub-event type) for each weapon word in the sentence; look-alikes block both words (read once
    per sentence: several stages ask)."""
    memo = doc_memo(sentence.doc)
    key = ("weapons", sentence.start, sentence.end)
    if key not in memo:
        memo[key] = tuple(_find_weapons(sentence))
    return list(memo[key])


def names_a_weapon(sentence: Span) -> bool:
    """Whether a sentence names a weapon ("missiles", "shelling", "an air strike"), not only a strike or an attack."""
    return bool(_weapons_in(sentence))


def _find_weapons(sentence: Span) -> list[tuple[int, str]]:
    table = weapon_index()
    words = _words(sentence)
    found: list[tuple[int, str]] = []
    skip: set[int] = set()
    for position, token in enumerate(words):
        if token.i in skip or token.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"}:
            continue
        following = words[position + 1] if position + 1 < len(words) else None
        for second in (following, _modified_noun(token)):
            pair = _weapon_pair(token, second)
            if pair is not None:
                break
        if pair is not None:
            skip.add(second.i)
            if pair != "-":
                found.append((token.i, pair))
            continue
        if _blows_self_up(token) or _strapped_to_a_body(token):
            found.append((token.i, SUICIDE))
            continue
        single = table.get((_lemma(token),)) or table.get((token.lower_,))
        if single is None or single == "-":
            continue
        if _lemma(token) == "mine" and any(_lemma(c) in {"gold", "coal", "copper", "diamond", "lithium", "cobalt"}
                                           for c in token.children):
            continue
        if _lemma(token) == "air" and not _from_the_air(token) and (following is None or _lemma(following) not in {
                "strike", "raid", "attack", "bombardment", "campaign", "assault", "force", "power"}):
            continue
        if _lemma(token) == "shell" and token.pos_ == "VERB":
            continue
        if single == "Chemical weapon" and _names_an_industry(token):
            continue
        if _names_a_unit(token) or _backs_troops(token) or _carries_people(token):
            continue
        if _lemma(token) == "bomb" and _is_landing_bomb(token):
            found.append((token.i, SHELLING))
            continue
        if _lemma(token) == "mine" and _is_mortar_round(token):
            found.append((token.i, SHELLING))
            continue
        if _lemma(token) == "bomb" and _is_dropped_bomb(token):
            found.append((token.i, AIR))
            continue
        if _lemma(token) == "bomber" and not _is_aircraft(token):
            found.append((token.i, IED))  # "the bomber entered the compound": a person with a bomb
            continue
        found.append((token.i, single))
    return found


# Verbs of carrying people by air: an aircraft that airlifts the wounded is no weapon.
AIRLIFT_VERBS = {"airlift", "evacuate", "ferry", "transport", "medevac"}


def _carries_people(aircraft: Token) -> bool:
    """ "dozens of them were airlifted by army helicopters", "helicopters evacuated the injured": an aircraft told
    carrying people names no weapon used."""
    if aircraft.dep_ == "nsubj":
        verb = aircraft.head
    elif aircraft.dep_ == "pobj" and aircraft.head.lower_ in {"by", "on", "aboard"}:
        verb = aircraft.head.head
    else:
        return False
    return _lemma(verb) in AIRLIFT_VERBS


def _weapon_pair(token: Token, second: Token | None) -> str | None:
    if second is None:
        return None
    table = weapon_index()
    return (table.get((_lemma(token), _lemma(second))) or table.get((token.lower_, second.lower_))
            or table.get((token.lower_, _lemma(second))))


NOUN_MODIFIERS = {"compound", "nmod", "amod", "npadvmod"}


def _modified_noun(token: Token) -> Token | None:
    """The noun a modifier describes past other modifiers ('precision' in 'high-precision long-range weapons'),
    so a two-word weapon is read when words stand between its halves; never across a conjunction ('air and ground
    attacks')."""
    head = token.head
    if token.dep_ not in NOUN_MODIFIERS or head.i <= token.i + 1:
        return None
    if any(t.dep_ in {"cc", "conj"} or t.is_punct and t.text == "," for t in token.doc[token.i + 1:head.i]):
        return None
    return head


REFLEXIVES = {"himself", "herself", "themselves"}


def _blows_self_up(token: Token) -> bool:
    """'A bomber blew himself up', 'she detonated herself': one who sets off a bomb on their own body is a
    suicide bomber, though no weapon word says so."""
    return _lemma(token) in {"blow", "detonate"} and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES
                                                          for c in token.children)


def _strapped_to_a_body(token: Token) -> bool:
    """'explosives strapped to her body', 'a bomb strapped to his chest': a bomb worn is a suicide bomb."""
    return _lemma(token) in {"explosive", "bomb"} and any(_lemma(c) in {"strap", "strapped"} for c in token.children)


SUPPORT_VERBS = {"back", "support", "cover", "accompany", "escort"}


def _backs_troops(weapon: Token) -> bool:
    """A weapon that only supports those who attack ("assault groups backed by artillery", "infantry supported by
    tanks", "troops supported by armoured vehicles and helicopters"): the attack is theirs, on the ground, not the
    weapon's."""
    while weapon.dep_ == "conj" and weapon.head != weapon:
        weapon = weapon.head
    return weapon.dep_ == "pobj" and weapon.head.dep_ == "agent" and _lemma(weapon.head.head) in SUPPORT_VERBS


# What "chemical" or "toxic" describes in a report of a strike on industry: a plant, a tank, a spill.
INDUSTRIAL_NOUNS = {"plant", "factory", "works", "industry", "company", "enterprise", "complex", "tank", "storage",
                    "depot", "warehouse", "producer", "manufacturer", "maker", "firm", "giant", "combine", "sector",
                    "smoke", "leak", "spill", "waste", "fertiliser", "fertilizer"}


def _names_an_industry(token: Token) -> bool:
    """'The Azot chemical plant', 'a chemical tank', 'toxic smoke': a chemical word describing an industrial
    site or a leak from one names no chemical weapon (ACLED's Chemical weapon is the use of chemical agents as
    weapons, not a strike on a plant that holds them)."""
    return token.dep_ in {"amod", "compound", "nmod"} and _lemma(token.head) in INDUSTRIAL_NOUNS


def _is_dropped_bomb(bomb: Token) -> bool:
    """'A Russian bomb struck a school', 'Israeli bombs', 'bombs dropped on the market': a state's bomb or one
    dropped falls from an aircraft (a planted or car bomb is nobody's country's and is not dropped)."""
    if any(c.dep_ in {"compound", "amod"} and _lemma(c) in {"car", "roadside", "truck", "pipe", "nail", "suicide"}
           for c in bomb.children):
        return False
    if _refers_to_aerial_bomb(bomb):
        return True
    dropped = {"drop", "fall", "rain"}
    return _actor_modifier_is_state(bomb) or (bomb.dep_ in {"dobj", "nsubjpass", "nsubj"} and _lemma(
        bomb.head) in dropped) or any(c.dep_ in {"acl", "relcl"} and _lemma(c) in dropped for c in bomb.children)


def _is_landing_bomb(bomb: Token) -> bool:
    """'Bombs fell on the market', 'bombs struck two camps': bare bombs landing on a place came from afar, fired
    rather than planted or dropped from a named aircraft (which `_pick_weapon` prefers when named). "The bombs"
    are those the report told of before, and "Russian bombs" a state's, left to `_is_dropped_bomb`."""
    if bomb.dep_ != "nsubj" or any(c.dep_ in {"compound", "amod", "nmod", "poss"} or c.lower_ in {
            "the", "this", "that", "these", "those"} for c in bomb.children):
        return False
    verb = _lemma(bomb.head)
    return verb in {"fall", "land"} or (verb in {"strike", "hit", "pound"} and bomb.lower_.endswith("s"))


# "five 120mm mines", "82-mm mines": a mine told by its calibre is a mortar round (Russian and Ukrainian reports
# call mortar bombs "mines"); a landmine is told by its kind ("anti-tank"), not a bore
CALIBRE = re.compile(r"(?:\d+-?)?(?:mm|millimet(?:er|re)s?)", re.I)
ROUND_FIRING_VERBS = {"fire", "launch", "lob"}
MORTAR_ROUND_LANDING_VERBS = {"explode", "land", "fall", "hit", "strike"}


def _is_mortar_round(mine: Token) -> bool:
    """ "fired five 120mm mines at the village", "mines were fired at the houses", and, in a report of mortar fire,
    "several mines exploded in the gardens": a mine fired, told by its calibre, or landing where mortars were
    fired is a mortar round (shelling), not a landmine; one that went off under a vehicle stays a landmine."""
    if any(CALIBRE.fullmatch(c.text) for c in mine.children if c.dep_ in {"compound", "nummod", "amod", "nmod"}):
        return True
    verb = mine.head
    if mine.dep_ in {"dobj", "nsubjpass"} and _lemma(verb) in ROUND_FIRING_VERBS:
        return True
    if any(c.dep_ == "acl" and _lemma(c) in ROUND_FIRING_VERBS for c in mine.children):
        return True
    return (mine.dep_ == "nsubj" and _lemma(verb) in MORTAR_ROUND_LANDING_VERBS
            and not any(c.dep_ == "prep" and c.lower_ in {"under", "beneath", "underneath"} for c in verb.children)
            and any(_lemma(t) == "mortar" for t in mine.doc[:mine.i]))


def _refers_to_aerial_bomb(bomb: Token) -> bool:
    """'The bomb hit a street', after a report opened on a glide bomb: the definite bomb is that aerial bomb."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in bomb.children):
        return False
    if any(c.dep_ in {"compound", "amod"} for c in bomb.children):
        return False
    table = weapon_index()
    for token in bomb.doc[:bomb.sent.start]:
        if _lemma(token) == "bomb" and token.i > 0:
            modifier = token.doc[token.i - 1]
            if table.get((_lemma(modifier), "bomb")) == AIR or table.get((modifier.lower_, "bomb")) == AIR:
                return True
    return False


UNIT_NOUNS = {"troop", "force", "unit", "regiment", "brigade", "battalion", "corps", "division", "command",
              "protection", "defence", "defense", "directorate", "department", "agency", "institute", "academy",
              "school", "service", "programme", "program", "treaty", "convention", "watchdog", "organisation",
              "organization", "expert", "specialist", "inspector"}


def _from_the_air(air: Token) -> bool:
    """ "struck from the air", "attacked from the air": the air a blow came from names an air strike."""
    doc = air.doc
    return air.i >= 2 and doc[air.i - 1].lower_ == "the" and doc[air.i - 2].lower_ == "from"


def _names_a_unit(token: Token) -> bool:
    """'the nuclear, biological and chemical protection troops', 'the drone forces', 'the chemical weapons
    watchdog': a weapon word in the name of a unit, service or body names no weapon used."""
    while token.dep_ in {"amod", "compound", "conj", "cc", "nmod"} and token.head is not token:
        token = token.head
        if token.pos_ in {"NOUN", "PROPN"} and _lemma(token) in UNIT_NOUNS:
            return True
    return False


AIRCRAFT_MARKERS = {"strategic", "long-range", "heavy", "stealth", "jet", "supersonic", "nuclear-capable", "fighter"}


def _is_aircraft(bomber: Token) -> bool:
    """'Strategic bombers', 'Tu-95 bombers', 'bombers fired cruise missiles' are aircraft; 'the bomber' who
    walked into a mosque is not."""
    modifiers = [c for c in bomber.children if c.dep_ in {"amod", "compound", "nmod"}]
    if any(c.lower_ in AIRCRAFT_MARKERS or any(ch.isdigit() for ch in c.text) for c in modifiers):
        return True
    verb = bomber.head if bomber.dep_ == "nsubj" else None
    return verb is not None and _lemma(verb) in {"fire", "launch", "fly", "drop", "take", "scramble"}


def _pick_weapon(weapons: list[tuple[int, str]], doc: Doc) -> str | None:
    """The sub-event type of a set of weapon words: the most specific kind, except that a barrage of missiles,
    rockets or artillery with drones is a missile attack (ACLED codes combined missile-and-drone barrages as
    shelling/missile attacks; drones alone, aircraft and glide bombs as air/drone strikes)."""
    if not weapons:
        return None
    # "air force", "air power" name a weapon only when nothing else does ("the air force said 40 missiles...").
    named = [(i, kind) for i, kind in weapons if not _is_air_service(doc, i)] or weapons
    # "cruise missiles launched from Tu-95 bombers": the bombers carry the missiles; the attack is a missile one.
    carried = [(i, kind) for i, kind in named if not (kind == AIR and _is_launch_platform(doc[i]))]
    if any(kind == SHELLING for _, kind in carried) and any(_is_one_of(doc[i], MISSILE_WORDS) for i, _ in carried):
        named = carried
    kinds = {kind for _, kind in named}
    best = min(kinds, key=WEAPON_PRIORITY.__getitem__)
    if best == AIR and SHELLING in kinds:
        drones_only = all(_is_one_of(doc[i], DRONE_WORDS) for i, kind in named if kind == AIR)
        if drones_only:  # missiles, rockets or artillery with drones: a barrage, coded as shelling
            return SHELLING
    return best


LAUNCH_PLATFORMS = {"bomber", "aircraft", "plane", "jet", "warplane", "ship", "submarine", "vessel"}


def _is_launch_platform(token: Token) -> bool:
    """'launched from Tu-95 bombers', 'fired from strategic aircraft': what a missile was fired from."""
    noun = token.head if token.dep_ in {"compound", "amod"} else token
    return (_lemma(noun) in LAUNCH_PLATFORMS and noun.dep_ == "pobj" and noun.head.lower_ == "from")


def _is_one_of(token: Token, words: set[str]) -> bool:
    return _lemma(token) in words or token.lower_ in words or token.lower_.rstrip("s") in words


def _is_air_service(doc: Doc, i: int) -> bool:
    return _lemma(doc[i]) == "air" and i + 1 < len(doc) and _lemma(doc[i + 1]) in {"force", "power", "defence",
                                                                                   "defense"}


def dominant_weapon(doc: Doc) -> str | None:
    """The weapon kind most of a document's sentences name (each sentence counted once, by `_pick_weapon`);
    missile or artillery when both those and drones or aircraft are named; not a sentence that tells its strikes
    apart from a blast ("Hours after the blast, missiles hit ...").
    A sentence that names only an "air attack" counts when no sentence names a weapon: "Russia launched its
    biggest air attack of the war" is a missile barrage when a later sentence counts its missiles."""
    counts: Counter[str] = Counter()
    generic: Counter[str] = Counter()
    for sentence in doc.sents:
        if _strike_told_apart_from_a_blast(sentence):
            continue
        weapons = [(i, kind) for i, kind in _weapons_in(sentence) if not _weapon_found(doc[i])]
        # "forces have been shelling the city" names the weapon by its verb
        kind = _pick_weapon(weapons, doc) or (SHELLING if any(
            t.pos_ == "VERB" and _lemma(t) == "shell" for t in sentence) else None)
        if kind:
            (generic if _only_generic_air(weapons, doc) else counts)[kind] += 1
    counts = counts or generic
    if counts[SHELLING] and counts[AIR]:
        return SHELLING  # drones and missiles in one report: by the convention, a missile barrage
    return counts.most_common(1)[0][0] if counts else None


# Prepositions that time a clause's deed from another incident ("Hours after the blast, missiles hit ...").
TIMED_FROM = {"after", "following", "since"}


def _strike_told_apart_from_a_blast(sentence: Span) -> bool:
    """ "Hours after the blast, Russian missiles hit Zaporizhzhia", "strikes in retaliation for the explosion on the
    bridge": a sentence that times or explains its strikes by a blast tells the blast as another incident, so its
    weapons say nothing of how the report's blasts were set off."""
    return any(_lemma(t) in {"blast", "explosion"} and (in_cause_phrase(t) or any(
        a.dep_ == "prep" and a.lower_ in TIMED_FROM for a in t.ancestors)) for t in sentence)


GENERIC_AIR_HEADS = {"attack", "assault", "barrage", "bombardment"}
FINDING_VERBS = {"find", "discover", "uncover", "seize", "confiscate", "recover", "defuse", "dismantle"}


# What a fired weapon leaves where it landed: found, they tell the weapon of the attack ("found mortar craters")
WEAPON_TRACES = {"crater", "fragment", "shrapnel", "debris", "wreckage", "remnant", "casing", "tailfin"}


def _weapon_found(token: Token) -> bool:
    """'Explosive devices were found in a car', 'police seized three grenades': a weapon found is none used,
    and tells nothing of how the attack the report is about was made; the traces of one fired ("monitors found
    fresh mortar craters") do."""
    while token.dep_ in {"amod", "compound", "nmod"} and token.head is not token:
        token = token.head
    return token.dep_ in {"nsubjpass", "dobj"} and _lemma(token.head) in FINDING_VERBS \
        and _lemma(token) not in WEAPON_TRACES


def _only_generic_air(weapons: list[tuple[int, str]], doc: Doc) -> bool:
    """Whether the weapon words are only "air attack", "aerial assault": any remote barrage, aircraft or not."""
    return bool(weapons) and all(
        kind == AIR and _lemma(doc[i]) in {"air", "aerial"} and i + 1 < len(doc)
        and _lemma(doc[i + 1]) in GENERIC_AIR_HEADS for i, kind in weapons)


def _local_weapon(candidate: Candidate, cues: SentenceCues) -> str | None:
    """A weapon word the trigger governs or is governed by ('missile strikes', 'missiles hit', 'fired rockets')."""
    head = candidate.head
    near = {t.i for t in head.children} | {head.i, head.head.i}
    for child in head.children:
        if child.dep_ in {"prep", "agent", "dobj", "nsubj", "nsubjpass", "conj", "compound"}:
            near.update(t.i for t in child.subtree)
    if head.dep_ in {"compound", "amod"}:
        near.update(t.i for t in head.head.subtree)
    if head.dep_ in {"acl", "relcl"}:  # "87 missiles and 40 drones launched by Russia"
        near.update(t.i for t in head.head.conjuncts)
    near.update(t.i for subject in _shared_subjects(head) for t in subject.subtree)
    return _pick_weapon([(i, kind) for i, kind in cues.weapons if i in near], cues.sentence.doc)


def _shared_subjects(verb: Token) -> list[Token]:
    """The subject a conjoined verb without one of its own shares with the verb before it: "artillery" of
    "struck" in "Artillery fired from across the river struck the town"."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _sentence_weapon(candidate: Candidate, cues: SentenceCues) -> str | None:
    """The weapon words of the sentence that may tell how the trigger's event was made: not those of an event
    dated on its own ("since Thursday's suicide bombing"), and, for a trigger so dated, only those of its clause or
    its own phrase ("Friday's attacks in Paris, as jets pounded Raqqa": the jets are not the attacks')."""
    doc = cues.sentence.doc
    others = [other for other, _ in cues.triggers if other != candidate.head and _dated_on_its_own(other)]
    weapons = [(i, kind) for i, kind in cues.weapons
               if not any(_told_within(doc[i], other) and not _told_within(candidate.head, other) for other in others)]
    if _dated_on_its_own(candidate.head):
        clause = _clause_head(candidate.head)
        weapons = [(i, kind) for i, kind in weapons
                   if _clause_head(doc[i]) == clause or _told_within(doc[i], candidate.head)]
    return _pick_weapon(weapons, doc)


CLAUSE_DEPS = {"ROOT", "conj", "advcl", "ccomp", "relcl", "parataxis"}
OWN_DATE_DEPS = {"poss", "compound", "nmod", "npadvmod"}
TIME_ENTITIES = {"DATE", "TIME"}


def _dated_on_its_own(head: Token) -> bool:
    """'Friday's attacks', 'last week's bombing', 'the November 13 attacks': an event noun carrying its own date
    names an event apart from what the rest of its sentence tells."""
    return head.pos_ == "NOUN" and any(c.dep_ in OWN_DATE_DEPS and c.ent_type_ in TIME_ENTITIES
                                       for c in head.children)


def _told_days_back(token: Token) -> bool:
    """'opened fire on them three days earlier', 'was shot a week ago': a clause dated days or more back from
    the news it is told in tells an earlier occasion."""
    return any(c.lower_ in {"earlier", "before", "ago"} and any(
        g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_MEASURES for g in c.children)
               for c in _clause_head(token).children)


def _told_within(token: Token, phrase_head: Token) -> bool:
    return token == phrase_head or phrase_head in token.ancestors


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token belongs to (main, coordinated or subordinate clause)."""
    # (spaCy makes a new Token object on each access: tokens are compared by ==, never by `is`)
    while not (token.pos_ in {"VERB", "AUX"} and token.dep_ in CLAUSE_DEPS) and token.head != token:
        token = token.head
    return token


def _weapon(candidate: Candidate, cues: SentenceCues) -> str | None:
    local = _local_weapon(candidate, cues)
    sentence = _sentence_weapon(candidate, cues)
    if local == IED and sentence in {AIR, "Chemical weapon"}:
        return sentence  # bombs dropped from aircraft or drones, bombs releasing gas
    if local == IED and cues.doc_weapon == AIR and _names_the_bomb(cues):
        return AIR  # "the bomb hit the school", after "a Russian bomb struck a school"
    if (local or sentence) == AIR and cues.doc_weapon == SHELLING and _only_generic_air(cues.weapons,
                                                                                        cues.sentence.doc):
        return SHELLING  # "its biggest air attack", whose missiles a later sentence counts
    return local or sentence


def _names_the_bomb(cues: SentenceCues) -> bool:
    """Whether the sentence's explosive is "the bomb" (or "the bombs") the report has already told of."""
    doc = cues.sentence.doc
    return all(_lemma(doc[i]) == "bomb" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                                 for c in doc[i].children)
               for i, kind in cues.weapons if kind == IED)


def _related_lemmas(token: Token) -> set[str]:
    """Lemmas of a token's arguments (subject, objects, prepositional objects) and their subtrees."""
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj", "prep", "agent", "pobj", "attr", "compound", "amod",
                          "poss", "npadvmod", "advcl", "acl"}:
            lemmas.update(_lemma(t) for t in child.subtree)
    return lemmas


def _is_anaphoric(token: Token) -> bool:
    """'the strikes', 'the attack', 'the December 30 attack': a bare, definite or dated reference to an event
    told elsewhere. An appositive does not count against it: the parser may hang on the event noun the one that
    describes its town ("The strike in X, a commuter town just west of the capital, set ...")."""
    return all(c.dep_ in {"det", "amod", "nummod", "poss", "prep", "cc", "conj", "punct", "appos"}
               or c.ent_type_ in TIME_ENTITIES for c in token.children)


TOLL_HEADS = {"toll", "kill", "dead", "death", "die", "wound", "injure", "casualty", "body", "number", "victim"}


def _is_toll_reference(token: Token) -> bool:
    """'killed in the attack on X', 'the toll from the collapse of Y': an event noun that a casualty count
    refers back to, however it is described."""
    if token.dep_ != "pobj" or token.head.lower_ not in {"in", "from", "of", "after", "during"}:
        return False
    governor = token.head.head
    return _lemma(governor) in TOLL_HEADS or governor.lower_ in {"killed", "injured", "wounded", "dead"}


def _refers_back(token: Token) -> bool:
    return _is_anaphoric(token) or _is_toll_reference(token)


def _agent_lemmas(head: Token) -> set[str]:
    agent, _ = agent_and_target(head)
    return {_lemma(t) for t in agent.subtree} if agent is not None else set()


def _target_lemmas(head: Token) -> set[str]:
    _, target = agent_and_target(head)
    return {_lemma(t) for t in target.subtree} if target is not None else set()


# Verbs that carry out an attack: "launched an attack", "the raid carried out by troops"
CARRYING_OUT_VERBS = {"launch", "carry", "conduct", "stage", "mount"}


def _target_kind(head: Token) -> str | None:
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "at", "in"}]
    # "an attack by paramilitaries on a village": the parse may hang the target on the attacker
    preps += [p for by in head.children if by.dep_ == "prep" and by.lower_ == "by" for attacker in by.children
              for p in attacker.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}]
    # "the attack carried out by insurgents on the village": the parse may hang the target on the participle
    preps += [p for done in head.children if done.dep_ == "acl" and _lemma(done) in CARRYING_OUT_VERBS
              for p in done.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}]
    # "the toll from the assault on a hotel": the parse may hang the target on the toll
    if head.dep_ == "pobj" and head.head.lower_ == "from" and _lemma(head.head.head) == "toll":
        preps += [p for p in head.head.head.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                  and p.i == head.i + 1]
    _, target = agent_and_target(head)
    words = [t for c in preps for t in c.subtree] + (list(target.subtree) if target is not None else [])
    lemmas = {_lemma(t) for t in words if not _civilian_station(t)}
    aimed = [o for c in preps for o in c.children if o.dep_ == "pobj"] + ([target] if target is not None else [])
    if lemmas & MILITARY_TARGETS or any(_is_naval_vessel(t) for t in aimed):
        return "military"
    if lemmas & CIVILIAN_TARGETS:
        return "civilian"
    return None


# A station is a military target as a police or army post, not as a place the public works or travels from.
CIVILIAN_STATIONS = {"radio", "television", "tv", "bus", "railway", "train", "metro", "subway", "petrol", "gas",
                     "filling", "fuel", "service"}


def _civilian_station(token: Token) -> bool:
    """ "a local radio station", "the bus station": a station of the public, not a police or army post."""
    return _lemma(token) == "station" and any(
        c.dep_ in {"compound", "amod"} and _lemma(c) in CIVILIAN_STATIONS for c in token.children)


KILLING_VERBS = {"kill", "wound", "injure", "massacre", "murder", "slaughter", "execute"}
DYING_VERBS = {"die", "perish"}
# What an event "left" people: "the attack left 12 people dead".
HARMED_STATES = {"dead", "wounded", "injured"}
LEFT_STATE_DEPS = {"oprd", "ccomp", "xcomp", "acomp"}  # how the parse hangs "dead" on "left"
# Victims whose killing tells fighting rather than an attack on the public (a vehicle is no victim).
ARMED_VICTIMS = MILITARY_TARGETS - {"vehicle"}
# Armed men a force reports it killed ("killed 35 terrorists", "150 servicemen"): people, not posts or bases.
KILLED_COMBATANTS = {"soldier", "troop", "militant", "rebel", "insurgent", "fighter", "jihadist", "gendarme",
                     "policeman", "officer", "guard", "militia", "serviceman", "servicemen", "gunman", "terrorist",
                     "bandit", "militiaman", "separatist", "guerrilla", "extremist", "islamist", "mercenary",
                     "combatant"}
# Who kills in a conflict: armed men, and a state's forces by any unit name ("its units liquidated ...").
KILLING_FORCES = ARMED_AGENTS | STATE_AGENTS - {"government"}
# Military euphemisms for killing ("neutralised 35 terrorists", "liquidated a sabotage group"), which tell a
# killing only when what they did away with is armed men: "eliminated the threat", "neutralised drones" are not.
KILLING_EUPHEMISMS = {"neutralise", "neutralize", "eliminate", "liquidate", "wipe"}
ARMED_UNITS = {"cell", "group", "unit", "squad", "detachment", "company", "platoon", "team"}
COUNTED_PEOPLE = {"dozen", "score", "hundred", "thousand"}
# a vague count standing for the people it counts: "several were injured", "many killed in the attack"
BARE_COUNTS = {"several", "many", "multiple"}
FIGHT_WORDS = {"clash", "fighting", "fight", "battle", "firefight", "gunfight", "gunbattle", "shootout", "skirmish",
               "exchange"}


def _harms(token: Token) -> bool:
    return token.pos_ == "VERB" and _lemma(token) in KILLING_VERBS


def _harmed_people(head: Token) -> list[Token]:
    """Whom an attack or raid killed or wounded, as the sentence tells it: 'attacked the village, killing 23
    people', 'stormed the compound and killed five men', 'an attack that (officials say) killed 13 people', 'the
    raid killed nine', '13 people were killed in an attack', 'troops killed two men during a raid', '40 civilians
    were killed when gunmen attacked'. A dateline's town the parse hangs on the verb as a second subject
    ("KABUL (AFP) - Ten guards were killed in an attack") is no victim; what of the story the parse hangs on it is."""
    verbs = [c for c in head.children if c.dep_ in {"conj", "advcl", "relcl", "xcomp"} and _harms(c)]
    # "an attack on the town killed 30 people", which the parse may read as a reduced relative clause
    verbs += [c for c in head.children if c.dep_ == "acl" and _harms(c) and any(g.dep_ == "dobj" for g in c.children)]
    verbs += [g for c in head.children if c.dep_ == "relcl" and not _harms(c)
              for g in c.children if g.dep_ == "ccomp" and _harms(g)]  # "an attack that authorities say killed"
    if head.dep_ in {"nsubj", "advcl"} and _harms(head.head):
        verbs.append(head.head)
    if head.dep_ == "nsubj" and _lemma(head.head) == "leave":
        verbs += [c for c in head.head.children if c.dep_ in LEFT_STATE_DEPS and _lemma(c) in HARMED_STATES]
    if head.dep_ == "pobj" and head.head.lower_ in {"in", "during"} and _harms(head.head.head):
        verbs.append(head.head.head)
    victims: list[Token] = []
    if head.dep_ == "pobj" and head.head.lower_ in {"in", "during"} and _lemma(head.head.head) in DYING_VERBS:
        victims += [c for c in head.head.head.children if c.dep_ == "nsubj"]  # "six people died in the attacks"
    if head.dep_ == "dobj" and _lemma(head.head) in CARRYING_OUT_VERBS:
        verbs += [c for c in head.head.children if c.dep_ in {"conj", "advcl"} and _harms(c)]
    for verb in verbs:
        if verb.dep_ == "acl" and verb.head != head and (verb.head.pos_ in {"NOUN", "PROPN", "NUM"}
                                                          or verb.head.lower_ in BARE_COUNTS):
            victims.append(_counted_kind(verb.head))  # "13 people killed in the raid", "several injured in the raid"
        victims += [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if gapped_passive(verb):  # "two were killed and three injured in"
            victims += [_counted_kind(c) for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ in LEFT_STATE_DEPS:  # "the shooting left six people dead": the state's subject, or the object
            victims += [c for c in verb.children if c.dep_ == "nsubj"]
            victims += [c for c in verb.head.children if c.dep_ == "dobj"]
    filed_at = dateline_end(doc_text(head.doc))
    return [t for v in victims for t in ([v] if v.idx >= filed_at else _past_the_dateline(v, filed_at))]


def _counted_kind(count: Token) -> Token:
    """The people a bare count of a gapped conjunct counts: in "seven soldiers were killed and 15 injured" (or
    "... and several injured") the 15 are soldiers, the first conjunct's subject."""
    if count.pos_ != "NUM" and count.lower_ not in BARE_COUNTS:
        return count
    first = count.head.head if count.dep_ == "nsubj" else count.head if count.dep_ == "conj" else count
    return next((c for c in first.children if c.dep_ == "nsubjpass"), count)


def _left_harmed(head: Token) -> list[Token]:
    """Whom an event "left" dead or wounded, as subject or in a "that" clause: "the attack left a sacristan dead",
    "an attack that left two guards wounded" (not an aside on an event named: "the X shooting, which left ...").
    Only people are left dead, whatever word names them."""
    leave = head.head if head.dep_ == "nsubj" else next((c for c in head.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ == "that" for s in c.children)), None)
    if leave is None or _lemma(leave) != "leave":
        return []
    harmed = any(c.dep_ in LEFT_STATE_DEPS and _lemma(c) in HARMED_STATES for c in leave.children)
    return [obj for obj in leave.children if obj.dep_ == "dobj" and (harmed or any(
        c.dep_ == "amod" and _lemma(c) in HARMED_STATES for c in obj.children))]


def _past_the_dateline(token: Token, filed_at: int) -> list[Token]:
    """The phrases of a dateline word's subtree that follow the dateline: the parse may hang the story's own
    subject on the town ("RIO, May 6 (Reuters) - At least 25 people were killed")."""
    return [t for t in token.subtree if t.idx >= filed_at and t.head.idx < filed_at]


def _armed_men_aim_at_people(head: Token) -> bool:
    """ "One of its fighters attacked office workers", "gunmen targeted worshippers": a verb whose subject is
    armed men and whose object is unarmed people, none of them an armed side (not "targeted rebel leaders")."""
    if head.pos_ != "VERB":
        return False
    agent, target = agent_and_target(head)
    if agent is None or target is None or not _singular(_agent_lemmas(head)) & NON_STATE_AGENTS:
        return False
    aimed = _singular(_target_lemmas(head))
    return bool(_singular({_lemma(target)}) & (PERSON_OBJECTS | CIVILIAN_TARGETS)) \
        and not aimed & (MILITARY_TARGETS | NON_STATE_AGENTS)


def _kills_only_armed(head: Token) -> bool:
    """Whether all whom an attack killed or wounded are armed (soldiers, police, guards, fighters): then it is a
    fight between armed sides, whatever place was attacked ("rebels stormed the town, killing five soldiers").
    Where the parse links no victims to the attack, those the sentence says were killed or wounded are its
    ("five soldiers were killed and 39 wounded when rebels tried to storm the town")."""
    victims = _harmed_people(head) or [c for t in head.sent if _harms(t) for c in t.children
                                       if c.dep_ in {"dobj", "nsubjpass"}]
    lemmas = {_lemma(t) for v in victims for t in v.subtree}
    return bool(lemmas & ARMED_VICTIMS) and not lemmas & (PERSON_OBJECTS | CIVILIAN_TARGETS)


def _victims_type(head: Token, cues: SentenceCues) -> str | None:
    """The type a ground attack or raid takes from whom it killed, where no weapon is named: soldiers, police or
    fighters killed, or fighting told, make it a clash; civilians, people or a bare count of dead an attack."""
    victims = _harmed_people(head) or _left_harmed(head)
    if not victims:
        return None
    lemmas = {lemma for v in victims for lemma in _lemmas_less_clauses(v)}
    military = lemmas & ARMED_VICTIMS
    # "three Palestinians", "two Rohingya", "the mayor, Ana Ruiz": a count, a people or a person named
    people = lemmas & (PERSON_OBJECTS | CIVILIAN_TARGETS | COUNTED_PEOPLE) or any(
        v.pos_ == "NUM" or v.lower_ in BARE_COUNTS or v.ent_type_ in {"NORP", "PERSON"} for v in victims) or any(
        v.pos_ == "PROPN" and any(c.dep_ == "nummod" for c in v.children) for v in victims) or bool(
        _left_harmed(head))
    if cues.lemmas & FIGHT_WORDS or (military and not people):
        return "Armed clash"
    if people and not military or military and _counted_as_people(victims):
        return "Attack"
    return None  # "killing civilians and soldiers": the target tells it


# The nouns a toll counts anyone by
PEOPLE_COUNTS = {"people", "person"}


def _counted_as_people(victims: list[Token]) -> bool:
    """ "Five people were killed in the attack: two visitors and three policemen": a toll counted as people, of
    whom some were armed, tells an attack on whoever was there, not a fight between armed sides."""
    return all(_lemma(v) in PEOPLE_COUNTS and any(c.dep_ == "nummod" for c in v.children) for v in victims)


def _convoy_of_civilians(head: Token) -> bool:
    """Whether the attack's target is a convoy whose dead are civilians and no armed men ("25 civilians killed in
    an attack on a convoy", "gunmen attacked a convoy, killing 14 traders"): one of the public, under guard or not."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}]
    _, target = agent_and_target(head)
    aimed = [o for c in preps for o in c.children if o.dep_ == "pobj"] + ([target] if target is not None else [])
    convoys = [t for t in aimed if _lemma(t) == "convoy"]
    if not convoys:
        return False
    victims = list(_harmed_people(head))
    verb = head.head.head if head.dep_ == "pobj" else None
    if verb is not None and verb.dep_ == "acl" and _harms(verb):
        victims.append(verb.head)  # a headline's "25 civilians killed in attack on convoy"
    # the victims' own nouns: not the "army" of a headline's "25 civilians killed ...: army"
    lemmas = {_lemma(t) for v in victims for t in (v, *v.conjuncts)}
    return bool(lemmas & CIVILIAN_TARGETS) and not lemmas & ARMED_VICTIMS


def _lemmas_less_clauses(noun: Token) -> set[str]:
    """The lemmas of a noun phrase less its describing clauses: in "the villagers killed by gunmen" the gunmen
    are no victims."""
    clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    told = {t.i for c in clauses for t in c.subtree}
    return {_lemma(t) for t in noun.subtree if t.i not in told}


# Resolvers: (candidate, cues) -> list of sub-event types (empty: not an event).

def resolve_strike(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _lemma(head) == "raid" and head.dep_ == "compound" and _lemma(head.head) in ALERT_WORDS:
        return []  # "an air raid alert", "air raid sirens": a warning, not a strike
    related = _related_lemmas(head) | {_lemma(t) for t in candidate.tokens}
    if _lemma(head) == "strike":
        if _hunger_strike_in_custody(head, cues):
            return []
        on_strike = head.head.lower_ == "on" and not any(c.dep_ in {"det", "poss"} for c in head.children)
        if related & LABOUR_CUES or any(_lemma(t) == "go" for t in head.ancestors) or on_strike:
            return ["Peaceful protest"]
        if head.pos_ == "VERB" and related & {"deal", "agreement", "balance", "chord", "note", "tone", "pose"}:
            return []
    weapon = _weapon(candidate, cues)
    if weapon:
        return [weapon]  # "rammed an explosives-laden car into a convoy": a vehicle bomb
    rammed = _rammed_people(head, cues)
    if rammed:
        return [rammed]
    if _person_hit_in_the_body(head):
        return ["Attack"]  # "the mayor was hit in the chest as he left the hall": shot, whoever fired
    if head.pos_ == "VERB" and _agent_lemmas(head) & GUNFIRE_WORDS:
        # "a Spirit Airlines plane was struck by gunfire as it came in to land": shot at, not shelled
        return ["Armed clash"] if _target_kind(head) == "military" else ["Attack"]
    if head.pos_ in {"NOUN", "PROPN"} and _lemma(head) in {"strike", "airstrike", "bombardment"}:
        if _lemma(head) == "airstrike":
            return [AIR]
        if _refers_back(head) and cues.doc_weapon:
            return [cues.doc_weapon]
        if _actor_in(related):
            return [AIR]
        if _lemma(head) == "strike" and head.tag_ == "NNS" and _struck_on(head) and not cues.lemmas & LABOUR_CUES:
            # "condemned the strikes on a fuel port", "the strikes on Aleppo": strikes that landed on a place, by
            # the report's weapon and, where it names none, from the air
            return [cues.doc_weapon if cues.doc_weapon in REMOTE_TYPES else AIR]
        if _harmed_by(head):
            # "back-to-back strikes on Monday killed 20 people", "destroyed as a result of several strikes": a
            # strike that killed or destroyed is one, by the report's weapon, else (with none named) from the air
            return [cues.doc_weapon if cues.doc_weapon in REMOTE_TYPES else AIR]
    if _lemma(head) in BOMBARD_VERBS and head.pos_ == "VERB" and _actor_in(_agent_lemmas(head)):
        return [cues.doc_weapon if cues.doc_weapon in {AIR, SHELLING} else SHELLING]
    if _actor_strikes_a_place(head):
        # "Ukrainian forces struck a building in Melitopol": an armed side hitting a place from afar, typed by
        # the report's weapon and, where it names none, as shelling (ACLED's default for an unspecified strike)
        return [cues.doc_weapon if cues.doc_weapon in REMOTE_TYPES else SHELLING]
    if _lemma(head) == "target" and _armed_men_aim_at_people(head):
        return ["Attack"]  # "a fighter targeted ministry employees": armed men on unarmed people
    if (_struck_by_unnamed(head) or _people_struck_by_unnamed(head)) and cues.doc_weapon in REMOTE_TYPES:
        # "when a residential building was hit", "the couple were hit in their garden", in a report of missile
        # strikes or mortar fire
        return [cues.doc_weapon]
    if (debris := _debris_striking_a_place(head)) is not None \
            and (weapon := _debris_weapon(debris) or cues.doc_weapon) in REMOTE_TYPES:
        # "the debris hit a home in the X district": a downed weapon's remains do the strike's own damage there
        return [weapon]
    if _military_site_struck(head):
        # "a Russian military base was hit": no storm or sanction hits a depot, so a strike from afar, typed as
        # _actor_strikes_a_place types one
        return [cues.doc_weapon if cues.doc_weapon in REMOTE_TYPES else SHELLING]
    if _lemma(head) == "raid" and _raid_detains_unharmed(head):
        return ["Arrests"]  # "troops raided the village, detaining 12 men": a raid that only takes people away
    if _lemma(head) == "raid":
        if _raiders_among_its_dead(head, related):
            return ["Armed clash"]  # the raided fought back, however the toll counts its dead
        victims = _victims_type(head, cues)
        if victims and ((_agent_lemmas(head) | related) & (ARMED_AGENTS | STATE_AGENTS | NON_STATE_AGENTS)
                        or cues.doc_weapon not in REMOTE_TYPES):
            # "soldiers raided the village, killing 12 residents", "two men were killed in an army raid": a raid on
            # the ground, typed by whom it killed (a raid in a report of air strikes is one of them)
            return [victims]
        if related & (NON_STATE_AGENTS | HIDEOUTS | {"village", "town", "camp"}):
            return ["Attack"] if _target_kind(head) == "civilian" else ["Armed clash"]
    return []


def _raiders_among_its_dead(raid: Token, related: set[str]) -> bool:
    """Whether a raid by state forces left dead among the forces as well as others ("the raid by police left four
    people dead: a villager and three officers"): the raided fought back, so the raid was a fight."""
    dead = {lemma for v in _harmed_people(raid) or _left_harmed(raid) for lemma in _lemmas_less_clauses(v)}
    return bool((_agent_lemmas(raid) | related) & STATE_AGENTS and dead & ARMED_VICTIMS)


# Verbs of taking people into custody, told beside a raid ("raided the village, detaining 12 men")
RAID_DETENTION_VERBS = {"detain", "arrest"}


def _raid_detains_unharmed(raid: Token) -> bool:
    """Whether a raid told as a verb goes on to detain or arrest people in its own clause and kills or wounds no one
    there."""
    if raid.pos_ != "VERB" or _harmed_people(raid):
        return False
    return any(c.dep_ in {"advcl", "conj", "xcomp"} and _lemma(c) in RAID_DETENTION_VERBS for c in raid.children)


CUSTODY_WORDS = {"jail", "detain", "detention", "custody", "arrest", "prison", "imprison", "cell", "remand", "court",
                 "judge", "sentence"}
ONE_PERSON = {"he", "she", "i"}


def _hunger_strike_in_custody(strike: Token, cues: SentenceCues) -> bool:
    """"Court jails X as she starts hunger strike": one detainee refusing food is no public gathering (ACLED counts
    protests of people in a public space); the custody is what the sentence tells."""
    if not any(_lemma(c) == "hunger" for c in strike.children):
        return False
    verb = strike.head.head if strike.dep_ == "pobj" else strike.head
    striker = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    one_person = striker is not None and (striker.lower_ in ONE_PERSON or striker.ent_type_ == "PERSON")
    return one_person and bool(cues.lemmas & CUSTODY_WORDS)


REMOTE_TYPES = {SHELLING, AIR}
ROAD_VEHICLES = {"car", "van", "truck", "lorry", "suv", "vehicle", "pickup", "jeep", "sedan", "minivan", "motorcar",
                 "automobile", "bulldozer", "tractor"}
# Verbs that name a ramming whoever is at the wheel ("he rammed pedestrians", "mowed down worshippers").
RAMMING_VERBS = {"ram", "mow"}
RAMMED_CIVILIANS = {"crowd", "pedestrian", "shopper", "worshipper", "worshiper", "protester", "protestor",
                    "demonstrator", "marcher", "people", "tourist", "bystander", "passer", "passerby", "reveller",
                    "reveler", "spectator", "onlooker", "pilgrim", "mourner", "civilian", "child", "student",
                    "cyclist", "family", "market", "rally", "march", "procession", "gathering", "parade"}
RAMMED_FORCES = {"checkpoint", "patrol", "soldier", "troop", "police", "policeman", "officer", "gendarme", "guard",
                 "serviceman", "convoy"}
# "a group of soldiers", "a queue of shoppers": what was driven into is the people of the group
GATHERED_PEOPLE = {"group", "crowd", "line", "queue", "column", "throng", "cluster", "knot", "party", "row"}
TRAFFIC_MISHAP_CUES = {"accident", "accidental", "accidentally", "brake", "skid", "drunk", "drunken", "collision",
                       "mishap", "unintentionally"}


BODY_PARTS = {"head", "chest", "abdomen", "stomach", "belly", "neck", "back", "shoulder", "arm", "leg", "limb",
              "hip", "thigh", "knee", "foot", "hand", "face", "eye", "jaw", "groin"}


def _person_hit_in_the_body(head: Token) -> bool:
    """'Fico was hit in the abdomen', 'the candidate was struck in the neck': a named person wounded by a shot,
    told by where it hit them."""
    if head.pos_ != "VERB" or _lemma(head) not in {"hit", "strike"}:
        return False
    victim = _shot_victim(head)
    return victim is not None and _names_a_person(victim) and any(
        child.dep_ == "prep" and child.lower_ == "in" and any(_lemma(o) in BODY_PARTS for o in child.children)
        for child in head.children)


def _rammed_people(head: Token, cues: SentenceCues) -> str | None:
    """'A van ploughed into crowds', 'drove a car into pedestrians', 'rammed a patrol': a road vehicle driven into
    people is an attack on them (a clash, where soldiers or police are hit); a car running into other cars, or
    any ramming told with accident cues ("lost control", "brakes failed"), is a traffic accident, no event."""
    if not _is_ramming(head) or _tells_a_traffic_accident(cues):
        return None
    return "Armed clash" if _singular(_lemmas_of(_ramming_targets(head))) & RAMMED_FORCES else "Attack"


def _tells_a_traffic_accident(cues: SentenceCues) -> bool:
    """Whether the sentence tells a vehicle's crash as an accident ("the brakes failed", "lost control")."""
    lemmas = _singular(cues.lemmas)
    return bool(lemmas & TRAFFIC_MISHAP_CUES) or {"lose", "control"} <= lemmas


def _is_ramming(verb: Token) -> bool:
    """Whether a verb tells a vehicle driven into people."""
    return verb.pos_ == "VERB" and _driven_into_people(verb) and (
        _lemma(verb) in RAMMING_VERBS or _moving_vehicle(verb))


def _moving_vehicle(verb: Token) -> bool:
    """Whether the verb's mover is a road vehicle: its subject, the noun it describes ("a truck ploughed into" is
    often parsed as a truck that ploughed), or what it drives ("drove a car into")."""
    movers = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"}]
    if verb.dep_ in {"acl", "relcl"}:
        movers.append(verb.head)
    return any(_lemma(m) in ROAD_VEHICLES for m in movers)


def _ramming_targets(verb: Token) -> list[Token]:
    """What a vehicle was driven into: the object of "into"/"through", else the verb's direct object."""
    targets = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"into", "through"}
               for o in p.children if o.dep_ == "pobj"]
    targets += [c for c in verb.children if c.dep_ == "dobj" and _lemma(c) not in ROAD_VEHICLES]
    targets += [o for target in targets if _lemma(target) in GATHERED_PEOPLE for p in target.children
                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    targets += [t for target in targets for t in target.conjuncts]
    return targets + [m for target in targets for m in _crew_words(target)]


def _crew_words(craft: Token) -> list[Token]:
    """The compound words before a rammed craft's noun that say whose it is: "a police patrol boat", "an army
    truck" carry police or soldiers, so ramming one is ramming them."""
    return [t for t in craft.subtree if t.dep_ == "compound" and t.i < craft.i]


def _driven_into_people(verb: Token) -> bool:
    return bool(_singular(_lemmas_of(_ramming_targets(verb))) & (RAMMED_CIVILIANS | RAMMED_FORCES))


def _lemmas_of(tokens: list[Token]) -> set[str]:
    return {_lemma(t) for t in tokens}


# Where an armed group shelters: a raid on one is fighting with that group ("the army raided the hideout").
HIDEOUTS = {"hideout", "hide-out", "hideaway", "lair", "stronghold"}
HARMING_VERBS = {"kill", "wound", "injure", "destroy", "damage"}


def _harmed_by(noun: Token) -> bool:
    """Whether a noun is what killed or destroyed: the subject of "killed", or the cause in "destroyed as a result
    of strikes", "damaged in the strikes", "killed by strikes"."""
    if noun.dep_ == "nsubj":
        return _lemma(noun.head) in HARMING_VERBS and noun.head.pos_ == "VERB"
    token = noun
    for _ in range(4):
        if token.dep_ not in {"pobj", "prep", "agent"} or token.head is token:
            return False
        token = token.head
        if token.pos_ == "VERB":
            return _lemma(token) in HARMING_VERBS and token.dep_ != "amod"
    return False


GUNFIRE_WORDS = {"gunfire", "bullet", "gunshot", "sniper", "shot"}
# Who shoots, or what: a sentence naming them tells a shooting.
SHOOTERS = {"gunman", "gunmen", "shooter", "sniper", "gunfire", "gunshot", "rifleman"}
# Soldiers at their posts: a shooting at them is a clash, at anyone else an attack.
SOLDIERS = {"soldier", "troop", "army", "patrol", "checkpoint", "convoy", "barracks", "outpost", "garrison",
            "serviceman", "base"}
ALERT_WORDS = {"alert", "siren", "warning", "alarm", "shelter", "signal"}
# "All designated targets were hit": the Russian defence ministry's closing line on its strikes.
STRUCK_PLACES = PROPERTY_OBJECTS | INFRASTRUCTURE_TARGETS | {"apartment", "block", "residential", "street",
                                                            "district", "neighbourhood", "neighborhood", "area",
                                                            "target", "objective", "hotel", "restaurant", "cafe",
                                                            "supermarket", "mall", "factory", "university",
                                                            "kindergarten", "theatre", "theater", "stadium",
                                                            "barracks", "airfield", "dormitory", "hostel", "bus",
                                                            "train", "hall", "cathedral", "hangar", "pharmacy",
                                                            "post", "position", "base", "airbase", "checkpoint",
                                                            "bunker", "trench", "complex", "point", "platform",
                                                            "rig", "ship", "vessel", "ferry", "warship", "frigate"}


# Places strikes land on ("strikes on the port"); not the railways or airports a labour strike halts.
STRUCK_SITES = (STRUCK_PLACES | INFRASTRUCTURE_TARGETS) - {"railway", "airport", "bus", "train", "university", "school",
                                                           "hall", "post", "point", "complex", "utility", "energy",
                                                           "power", "grid", "infrastructure"}


def _struck_on(strikes: Token) -> bool:
    """Whether strikes are told as landing on a place: 'strikes on a civilian facility', 'strikes on Hodeidah'."""
    target = _prep_object_of(strikes, {"on", "against"})
    after = strikes.doc[strikes.i + 1] if strikes.i + 1 < len(strikes.doc) else None
    if target is None and strikes.dep_ == "dobj" and after is not None and after.dep_ == "prep" \
            and after.lower_ in {"on", "against"} and after.head == strikes.head:
        # the parse may hang the place on the verb: "condemned the strikes on a port"
        target = next((c for c in after.children if c.dep_ == "pobj"), None)
    return target is not None and (_lemma(target) in STRUCK_SITES or (
        target.ent_type_ in {"GPE", "LOC"} and target.pos_ == "PROPN"))


def _struck_by_unnamed(head: Token) -> bool:
    """'A building was hit', 'the city was struck': a passive strike verb with a place hit and no agent named."""
    if head.pos_ != "VERB" or _lemma(head) not in {"hit", "strike", "target"}:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or any(c.dep_ == "agent" for c in head.children):
        return False
    return bool({_lemma(t) for t in subject.subtree} & STRUCK_PLACES) or subject.ent_type_ in {"GPE", "FAC", "LOC"}


# Nouns of a household's people told as one ("the couple were hit", "an elderly couple were killed")
HOUSEHOLDS = {"couple", "family"}


def _people_struck_by_unnamed(head: Token) -> bool:
    """'Two civilians were hit', 'the couple were hit in their garden': a passive strike verb with people hit and
    no agent named (not "hit in the chest", a shot, left to `_person_hit_in_the_body`)."""
    if head.pos_ != "VERB" or _lemma(head) not in {"hit", "strike"} or any(c.dep_ == "agent" for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and (_lemma(subject) in PERSON_NOUNS | HOUSEHOLDS or _names_a_person(subject))


# Verbs of impact a falling thing does its damage by ("the wreckage crashed into a house")
IMPACT_VERBS = {"hit", "strike", "crash", "slam", "smash"}


def _debris_striking_a_place(head: Token) -> Token | None:
    """The debris of "the debris hit a home", "a house was struck by falling wreckage", "fragments crashed into a
    school", "fragments fell on a warehouse": the doer of an impact or landing verb, when it is a weapon's debris and
    what it hit is a building or place."""
    if head.pos_ != "VERB" or _lemma(head) not in IMPACT_VERBS | LANDING_VERBS:
        return None
    agent, target = agent_and_target(head)
    if agent is None or _lemma(agent) not in DEBRIS_NOUNS or target is None \
            or not {_lemma(t) for t in target.subtree} & STRUCK_PLACES:
        return None
    return agent


def _debris_weapon(debris: Token) -> str | None:
    """The weapon kind whose debris it is: named with it ("wreckage of a drone"), or, for "the debris" named alone,
    with the debris the report told of before ("Wreckage from a drone set a house ablaze. The debris hit ...")."""
    doc = debris.doc
    told = [debris]
    if any(c.dep_ == "det" and c.lower_ == "the" for c in debris.children):
        told += [t for t in reversed(doc[:debris.i]) if _lemma(t) in DEBRIS_NOUNS]
    for noun in told:
        inside = {t.i for t in noun.subtree}
        weapon = _pick_weapon([(i, kind) for i, kind in _weapons_in(noun.sent) if i in inside], doc)
        if weapon:
            return weapon
    return None


# Military sites that only a strike hits (not "post", "position" or "unit", which a storm or a sanction may)
MILITARY_SITES = {"base", "airbase", "airfield", "depot", "barracks", "headquarters", "garrison", "arsenal"}


def _military_site_struck(head: Token) -> bool:
    """'An ammunition depot was hit', 'the air base was struck': a passive strike verb whose subject is a military
    site, with no agent named."""
    if head.pos_ != "VERB" or _lemma(head) not in {"hit", "strike"} or any(c.dep_ == "agent" for c in head.children):
        return False
    return any(c.dep_ == "nsubjpass" and _lemma(c) in MILITARY_SITES for c in head.children)


def _actor_strikes_a_place(head: Token) -> bool:
    """ "Russian forces hit an apartment block", "the army struck the town", "the Israeli enemy targeted the
    government complex": an active strike verb whose subject is an armed side and whose object is a place or
    building (not "struck a deal", "hit a record", "targeted protesters")."""
    if head.pos_ != "VERB" or _lemma(head) not in {"hit", "strike", "target"}:
        return False
    agent, target = agent_and_target(head)
    # the parse may split a long name of what was hit into two objects ("hit the regional police and security
    # service building"); a strike that killed people ("..., killing four people") is one whatever was hit
    targets = [t for t in [target] if t is not None] + [c for c in head.children if c.dep_ == "dobj" and c != target]
    targets = targets or _shared_objects(head)
    if agent is None or not targets or not _actor_in({_lemma(t) for t in agent.subtree}):
        return False
    return any(_lemma(t) in STRUCK_PLACES or t.ent_type_ in {"GPE", "FAC", "LOC"} for t in targets) \
        or any(c.dep_ in {"conj", "advcl"} and _harms(c) and any(g.dep_ == "dobj" for g in c.children)
               for c in head.children)


def _shared_objects(verb: Token) -> list[Token]:
    """The objects of the verbs coordinated after a verb that has none of its own: "a ferry" of "struck" in
    "forces struck and sank a ferry"."""
    return [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children if g.dep_ == "dobj"]


def _actor_in(lemmas: set[str]) -> bool:
    return any(country_of_text(lemma) for lemma in lemmas) or bool(lemmas & (STATE_AGENTS | NON_STATE_AGENTS))


def resolve_fire(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _lemma(head) == "launch" and _target_lemmas(head) & LAUNCHED_UNDERTAKINGS:
        return []  # "launched military exercises", "launched an investigation": no weapon leaves
    aimed_at = _prep_object_of(head, {"at", "on"}) or _shared_object(head)
    if aimed_at is not None and _lemma(aimed_at) in AERIAL_THREATS and head.pos_ == "VERB" and _lemma(head) == "fire":
        return ["Disrupted weapons use"]  # "police fired rifles at the drones": defence against the strike
    local = _local_weapon(candidate, cues)
    if local:
        return [local]
    if _lemma(head) == "use":
        return _weapons_used_on(head)
    related = _related_lemmas(head)
    if head.pos_ == "NOUN":
        if related & {"exchange", "small", "arm", "gun", "machine", "automatic", "rifle", "sniper"}:
            return ["Armed clash"]
        if _lemma(head.head) == "under" and _fire_as_circumstance(head.head):
            return []
        if _lemma(head.head) == "under" and _own_vehicle_under_fire(head.head):
            return ["Attack"]
        if _lemma(head.head) == "under":
            return ["Armed clash" if _under_fire_is_armed(head.head) else SHELLING]
        if "heavy" in related:
            return ["Armed clash"]
        blamed = _weapon_blamed_next(head)
        return [blamed] if blamed else []
    if related & {"live", "bullet", "round", "shot", "gun", "rifle", "tear", "rubber", "weapon", "firearm",
                  "pistol", "shotgun", "kalashnikov", "automatic"}:
        return resolve_shooting(candidate, cues)
    if aimed_at is not None and _singular(_agent_lemmas(head)) & (ARMED_AGENTS | NON_STATE_AGENTS):
        # "militants fired on a group of farmers", "gunmen fired on a patrol": who was fired on says what it was
        aimed = _singular({_lemma(aimed_at)} | {_lemma(g) for c in aimed_at.children if c.dep_ == "prep"
                                                and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"})
        if aimed & MILITARY_TARGETS or _is_naval_vessel(aimed_at):
            return ["Armed clash"]
        if aimed & (CIVILIAN_TARGETS | PERSON_OBJECTS) or _names_a_person(aimed_at):
            return [] if cues.labels & {"PROTEST"} else ["Attack"]
        if (aimed & INFRASTRUCTURE_TARGETS or _names_a_town(aimed_at)) \
                and _singular(_agent_lemmas(head)) & BOMBARDING_AGENTS:
            # "troops fired on the power plant", "the army fired on Kherson": a place hit from afar
            return [SHELLING]
    return []


def _names_a_town(token: Token) -> bool:
    """ "Nikopol", "Kryvyi Rih": a proper name the places stage resolved, whatever entity label the tagger gave
    it."""
    return token.pos_ == "PROPN" and is_resolved_place(token)


# A navy's ships: firing on them is fighting with the navy ("fired on three navy vessels").
VESSELS = {"vessel", "ship", "boat", "warship", "frigate", "gunboat", "corvette", "patrol"}
NAVAL_WORDS = {"navy", "naval", "military", "coast", "patrol", "armoured", "armored", "war"}


def _is_naval_vessel(token: Token) -> bool:
    """A ship of a navy or coast guard ("Ukrainian Navy vessels", "a naval patrol boat"), a military target."""
    return _lemma(token) in VESSELS and bool(
        {_lemma(c) for c in token.children if c.dep_ in {"compound", "amod"}} & NAVAL_WORDS)


def _shared_object(head: Token) -> Token | None:
    """What a fire verb whose preposition lost its object to a coordinated verb was aimed at: 'fired on and seized
    three navy vessels', 'opened fire at and wounded two guards'."""
    if not any(c.dep_ == "prt" and c.lower_ in {"on", "at"} for c in head.children):
        return None
    if any(c.dep_ in {"dobj", "pobj"} for c in head.children):
        return None
    return next((o for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 for o in c.children if o.dep_ == "dobj"), None)


def _weapons_used_on(head: Token) -> list[str]:
    """'Border guards used weapons to stop three navy vessels', 'troops used firearms against the intruders': an
    official's words for opening fire, typed by whom it stopped (whoever uses weapons is armed)."""
    aimed = _prep_object_of(head, {"against", "on", "at"})
    if aimed is None:
        purpose = next((c for c in head.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        aimed = next((o for o in purpose.children if o.dep_ == "dobj"), None) if purpose is not None else None
    if aimed is None:
        return []
    words = {_lemma(t) for t in aimed.subtree}
    if _singular(words) & MILITARY_TARGETS or _is_naval_vessel(aimed):
        return ["Armed clash"]
    if _singular(words) & (CIVILIAN_TARGETS | PERSON_OBJECTS):
        return ["Attack"]
    return []


# armies that fire on a plant or a town from afar; not a gunman or a gang
BOMBARDING_AGENTS = {"troop", "army", "force", "military", "occupier", "invader"}


AERIAL_THREATS = {"drone", "missile", "uav", "shahed", "rocket", "projectile"}
LAUNCHED_UNDERTAKINGS = {"exercise", "drill", "manoeuvre", "maneuver", "war-game", "wargame", "investigation",
                         "probe", "inquiry", "campaign", "appeal", "bid", "programme", "program", "initiative"}
# What can fire back when it "comes under fire": without one of these, the fire is one side's, from afar.
ARMED_TARGETS = {"troop", "soldier", "force", "unit", "position", "patrol", "convoy", "base", "post", "trench",
                 "fighter", "militant", "rebel", "army", "marine", "military", "checkpoint", "outpost", "ship",
                 "vessel", "warship"}


OUTBREAK_VERBS = {"break", "erupt", "start", "rage"}
BLAME_VERBS = {"blame", "attribute"}


def _weapon_blamed_next(fire: Token) -> str | None:
    """The weapon kind the next sentence blames a fire that broke out on ("A fire broke out at the depot. The
    governor blamed a drone"): a strike told by the fire it started."""
    if fire.dep_ != "nsubj" or _lemma(fire.head) not in OUTBREAK_VERBS or fire.sent.end >= len(fire.doc):
        return None
    following = fire.doc[fire.sent.end].sent
    for verb in following:
        if verb.pos_ == "VERB" and _lemma(verb) in BLAME_VERBS:
            blamed = {t.i for c in verb.children if c.dep_ in {"dobj", "prep"} for t in c.subtree}
            return _pick_weapon([(i, kind) for i, kind in _weapons_in(following) if i in blamed], fire.doc)
    return None


def _under_fire_is_armed(under: Token) -> bool:
    """'Troops came under fire' is a fight; 'a column of civilian cars came under fire' or 'the town has come
    under heavier fire' is a bombardment of people or places that cannot answer it."""
    verb = under.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb.pos_ in {"VERB", "AUX"} \
        else [verb]
    words = {_lemma(t) for s in subjects for t in s.subtree}
    return bool(words & ARMED_TARGETS) and not words & {"civilian", "car", "resident", "bus", "evacuation"}


PERSONAL_VEHICLES = {"car", "vehicle", "suv", "jeep", "van", "minibus"}
# Work that goes on while shells fall: "crews worked under fire to restore a line" tells the repair, not a strike
WORK_VERBS = {"work", "labour", "labor", "repair", "restore", "rebuild", "clear", "toil", "operate"}
# and life: "people are tired of living under fire" tells a place's lot, not one attack
LIVING_VERBS = {"live", "survive"}


def _fire_as_circumstance(under: Token) -> bool:
    """'Repair crews worked through the night under fire to restore a power line', 'tired of living under fire':
    fire as the circumstance of a work of repair or rescue, or of people's lives, the verb's news, not an attack
    told (unlike 'the convoy came under fire')."""
    verb = next((t for t in under.ancestors if t.pos_ == "VERB"), None)  # (past "for hours" or "all night")
    return verb is not None and _lemma(verb) in WORK_VERBS | LIVING_VERBS


def _own_vehicle_under_fire(under: Token) -> bool:
    """'His car came under fire', 'the mayor's vehicle came under fire': one person's car shot at on the road, a
    targeted shooting rather than a bombardment of a place (a column of cars under fire stays one)."""
    verb = under.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb.pos_ in {"VERB", "AUX"} \
        else []
    return any(_lemma(s) in PERSONAL_VEHICLES and s.tag_ == "NN" and any(c.dep_ == "poss" for c in s.children)
               for s in subjects)


def _prep_object_of(head: Token, prepositions: set[str]) -> Token | None:
    """The object of the head's first preposition among `prepositions` that does not tell a time: in "on Friday,
    gunmen fired on a car" the car was fired on, not Friday."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is None or not _tells_a_time(found):
                return found
    return None


def _tells_a_time(token: Token) -> bool:
    return token.ent_type_ in TIME_ENTITIES or token.lower_ in WEEKDAYS


def resolve_attack(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    related = _related_lemmas(head)
    if related & {"cyber", "heart", "panic", "cyberattack", "ransomware", "shark", "dog", "verbal", "asthma",
                  "acid", "hacker"}:
        return []
    if related & {"knife", "stabbing"}:
        return _knife_attack_type(head, cues)  # "a knife attack at a festival": the stabbing resolver's line
    if head.dep_ == "dobj" and _lemma(head.head) in REPEL_VERBS:
        return []  # "repelled an attack by ...": the repelling verb tells what happened
    weapon = _weapon(candidate, cues)
    if weapon:
        return [weapon]
    if _lemma(head) == "attack" and _attacked_by_unarmed_crowd(head):
        # "a crowd attacked the mosque", "rioters attacked police": rioting, as when they torch or storm
        mob = "mob" in _singular(_agent_lemmas(head)) or _crowd_turns_on_protesters(head)
        return ["Mob violence" if mob else "Violent demonstration"]
    if _aimed_at_a_gathering(head) and not _agent_lemmas(head) & STATE_AGENTS:
        return ["Attack"]  # "an attack on a march by mothers": armed men on a gathering, whose people are the victims
    if "PROTEST" in cues.labels and not (_is_grievance(head) or _commemorated(head)):
        return []  # unless the attack is what the crowd mourns or protests ("the funeral of the attack's victims")
    target = _target_kind(head)
    if related & {"terrorist", "terror", "terrorism"} and target != "military":
        # "the terrorist attack at the concert hall", "treating Tuesday's attack as terrorism": armed men against
        # the public
        return ["Attack"]
    agent = _agent_lemmas(head)
    if _lemma(head) in {"storm", "besiege", "siege"} and not (agent | related | cues.lemmas) & (
            ARMED_AGENTS | NON_STATE_AGENTS):
        if _storms_where_people_live(head) and not _singular(agent) & CROWD_AGENTS:
            return ["Attack"]  # "settlers stormed the village": a band falling on its people, not a riot at a building
        # a crowd storming a building in a sentence that names no protest (one that does was left to the protest
        # resolver above) is rioting
        return ["Violent demonstration"] if _crowd_forces_entry(cues.sentence) else []
    if target == "military" and _convoy_of_civilians(head):
        target = "civilian"
    if target == "military" or (target == "civilian" and _kills_only_armed(head)):
        return ["Armed clash"]
    if _lemma(head) == "burst":
        # "gunmen burst into a cafe": armed men forcing their way in on people; a crowd bursting into song or
        # police bursting into a flat is no attack
        return ["Attack"] if _singular(agent) & NON_STATE_AGENTS else []
    if target == "civilian" or _armed_men_aim_at_people(head):
        return ["Attack"]
    attacker, _ = agent_and_target(head)
    # armed men, troops, or a band of people ("suspected herders") who attack and kill, not a state from afar
    ground = (agent | related) & (ARMED_AGENTS | STATE_AGENTS | NON_STATE_AGENTS) or (
        attacker is not None and attacker.tag_ == "NNS")
    if cues.doc_weapon in REMOTE_TYPES and not (agent | related) & (GROUND_COMBAT | NON_STATE_AGENTS):
        ground = False  # "Russian forces attacked Kharkiv, killing two", in a report of missile strikes
    if _refers_back(head) and cues.doc_weapon:
        ground = False  # "the attack by militants killed ten", after the bomb that made it
    victims = _victims_type(head, cues) if ground or not (agent or cues.doc_weapon) else None
    if victims and not _state_strikes_from_afar(head, agent, cues):
        # "gunmen stormed the town, killing 30 people", "troops raided the area in an attack that killed 13",
        # "an attack on the village killed 40": armed men on the ground, typed by whom they killed
        return [victims]
    if _lemma(head) in {"storm", "besiege", "siege"}:
        if not (agent | related) & NON_STATE_AGENTS:
            return []
        # gunmen storming a parliament, no one killed: they take the seat of power, not fight for it
        return ["Non-state actor overtakes territory"] if _storms_seat_of_power(head) else ["Armed clash"]
    if _lemma(head) == "assault" and head.dep_ == "dobj" and _singular(_agent_lemmas(head.head)) & STATE_AGENTS \
            and not related & {"sexual", "indecent"}:
        return ["Armed clash"]  # "Russian forces have stepped up assaults around Vuhledar": troops on the ground
    if (_refers_back(head) or _told_as_landing(head)) and cues.doc_weapon:
        if cues.lemmas & SHOOTERS:
            # "a gunman killed 12 people at a synagogue, filming the attack": the attack this sentence tells is a
            # shooting, whatever explosives the report names elsewhere ("bombs were found in his car")
            return ["Armed clash"] if cues.lemmas & SOLDIERS else ["Attack"]
        return [cues.doc_weapon]
    if _is_toll_reference(head) and _actor_modifier_is_state(head) and not cues.lemmas & GROUND_COMBAT:
        # "one person was killed in Lutsk in a Russian attack": a state's attack on a town, told by its dead, is a
        # strike from afar, as when the state is the subject ("Russia attacked Odesa")
        return [SHELLING]
    if (agent | related) & NON_STATE_AGENTS:
        return ["Armed clash"]
    if ground and _troops_attack_near_a_place(head, agent):
        return ["Armed clash"]
    if _state_strikes_from_afar(head, agent, cues):
        return [cues.doc_weapon if cues.doc_weapon in WEAPON_PRIORITY else SHELLING]
    if not agent and _told_by_toll_or_occurrence(head):
        return ["Attack"]  # nothing says who fought whom
    return []


# Verbs of a blow landing on a place: "the attack, which hit the village"
LANDING_BLOW_VERBS = {"hit", "strike"}


def _told_as_landing(head: Token) -> bool:
    """'blamed the militants for the attack, which hit the village shortly after 1:30 p.m.': an attack noun whose
    relative clause tells only where and when it landed refers back to the report's attack, as "the attack"
    does."""
    return head.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and _lemma(c) in LANDING_BLOW_VERBS
        and any(s.dep_ == "nsubj" and s.lower_ in {"which", "that"} for s in c.children) for c in head.children)


# Prepositions that set a ground attack by a place without naming what was hit ("attacked near the town").
FRONT_PREPOSITIONS = {"near", "around", "towards", "toward", "outside"}


def _troops_attack_near_a_place(head: Token, agent: set[str]) -> bool:
    """ "Russian forces attacked near Kupiansk and Synkivka": troops pressing an assault on the front, the form
    of war summaries, an armed clash; a verb with an object ("attacked the city") is typed by its target."""
    return _lemma(head) == "attack" and head.pos_ == "VERB" and bool(_singular(agent) & STATE_AGENTS) \
        and not any(c.dep_ in {"dobj", "obj"} for c in head.children) \
        and _prep_object_of(head, FRONT_PREPOSITIONS) is not None


def _attacked_by_unarmed_crowd(head: Token) -> bool:
    """Whether the attackers are a crowd, rioters or a mob that bears no arms ("an armed mob" fights)."""
    agent, _ = agent_and_target(head)
    crowd = _singular(_agent_lemmas(head))
    return bool(crowd & CROWD_AGENTS) and not crowd & ARMED_AGENTS and not (agent is not None and _is_armed(agent))


# The people of a protest by name: a crowd named otherwise that attacks them is no demonstration of its own
PROTESTER_NAMES = {"protester", "protestor", "demonstrator", "marcher"}


def _crowd_turns_on_protesters(verb: Token) -> bool:
    """Whether a crowd that is not the protest's ("supporters of the ruling party", "youths") attacked
    protesters: a mob's violence, which the protesters suffered."""
    crowd = _singular(_agent_lemmas(verb))
    return bool(crowd & CROWD_AGENTS) and not crowd & PROTESTER_NAMES \
        and bool(_singular(_target_lemmas(verb)) & PROTESTER_NAMES)


# Buildings where a government sits: armed men who storm one unopposed hold it
SEATS_OF_POWER = {"parliament", "legislature", "ministry", "administration", "assembly", "palace", "council"}


def _storms_seat_of_power(head: Token) -> bool:
    """Whether the verb is "storm" with a seat of power as its target ("stormed the regional parliament")."""
    return _lemma(head) == "storm" and bool(_target_lemmas(head) & SEATS_OF_POWER)


# Places where people live, as a whole: a band that storms one falls on its people
INHABITED_PLACES = {"village", "town", "hamlet", "neighbourhood", "neighborhood"}


def _storms_where_people_live(head: Token) -> bool:
    """Whether what the verb storms is a village, town or neighbourhood itself ("stormed the village of X"),
    not a building in one ("stormed the town hall")."""
    return _lemma(head) == "storm" and any(c.dep_ == "dobj" and _lemma(c) in INHABITED_PLACES for c in head.children)


TARGETED_GATHERINGS = {"march", "rally", "protest", "demonstration", "procession", "vigil", "sit-in", "gathering"}


def _aimed_at_a_gathering(head: Token) -> bool:
    """Whether an attack noun says a gathering was its target: "an attack on a march", "the assault against a rally"."""
    return head.pos_ == "NOUN" and any(
        p.dep_ == "prep" and p.lower_ in {"on", "against"} and any(
            o.dep_ == "pobj" and _lemma(o) in TARGETED_GATHERINGS for o in p.children) for p in head.children)


def _landed_on_something(event: SentenceEvent) -> bool:
    """Whether a strike from afar is told hitting or destroying something ("the strike hit the school where crowds
    had gathered"): a blow that landed, whatever gathering it fell on, is no walkout or protest."""
    head = event.trigger[0]
    return event.sub_event_type in REMOTE_TYPES and head.dep_ == "nsubj" and _lemma(head.head) in DAMAGE_VERBS


def _names_a_country(text: str) -> bool:
    """Whether a name is a country's rather than its capital's ("Ukraine", not "Kyiv")."""
    from sitreps.gazetteer import Gazetteer

    entries = Gazetteer.load().lookup(text.removeprefix("the "))
    return bool(entries) and entries[0].kind == "country"


def _state_strikes_from_afar(head: Token, agent: set[str], cues: SentenceCues) -> bool:
    """A country itself (not its troops) attacking a place or its infrastructure: a remote strike, though the
    report names no weapon ("Russia attacked Odesa's port overnight")."""
    if not agent or agent & (STATE_AGENTS | NON_STATE_AGENTS) or not any(country_of_text(a) for a in agent):
        return False
    if cues.lemmas & GROUND_COMBAT:
        return False
    _, target = agent_and_target(head)
    if target is None:
        return False
    if country_of_text(target.text) and _names_a_country(target.text):
        return False  # "Russia attacked Ukraine" is a war, not a strike on a place (but "Russia attacked Kyiv" is)
    target_lemmas = {_lemma(t) for t in target.subtree}
    return bool(target_lemmas & INFRASTRUCTURE_TARGETS) or target.ent_type_ in {"GPE", "LOC", "FAC"} or (
        target.pos_ == "PROPN" and country_of_text(target.text, city_ok=True) is not None)  # "Kyiv" tagged a person


# Nouns for those who fight, whom a participle "fighting" only describes.
FIGHTING_NOUNS = {"force", "troop", "soldier", "fighter", "unit", "army", "militant", "rebel", "brigade",
                  "volunteer", "mercenary", "militia", "men", "battalion", "regiment", "legion", "corps"}


REPEL_VERBS = {"repel", "repulse", "fend", "beat", "thwart", "foil"}
TROOP_WORDS = {"troop", "soldier", "infantry", "tank", "ground", "force", "unit", "fighter", "militant", "rebel",
               "marine", "paratrooper", "commando", "saboteur", "group"}


def _repelled_weapons(head: Token, cues: SentenceCues) -> bool:
    """A repelled attack made by weapons rather than troops ("repelled an attack by sea drones", "repulsed a
    missile attack", "fended off drones"): an interception, not a battle."""
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in head.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in {"off", "back"})
                for g in c.children if g.dep_ == "pobj"]
    inside = {t.i for o in objects for t in o.subtree}
    if not inside:
        return False
    lemmas = {_lemma(cues.sentence.doc[i]) for i in inside}
    if lemmas & TROOP_WORDS:
        return False
    return bool(lemmas & AERIAL_THREATS) or any(i in inside and kind in REMOTE_TYPES for i, kind in cues.weapons)


# Breaking through an enemy's defences ("pushed through the main defensive line") is a battle.
BREACH_VERBS = {"push", "break", "breach"}
DEFENCES = {"line", "defence", "defense", "defensive", "fortification", "frontline", "front", "position",
            "trench", "minefield", "encirclement", "cordon"}


def _breaks_defences(head: Token) -> bool:
    """Whether a breaching verb breaks an enemy's defences: what it broke through is one ("the defensive line"),
    or troops broke through where the sentence names nothing broken ("troops tried to break through")."""
    broken = [c for c in head.children if c.dep_ == "dobj"]
    broken += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "through" for o in c.children
               if o.dep_ == "pobj"]
    if not broken:
        return bool(_singular(_agent_lemmas(head)) & (FIGHTING_NOUNS | STATE_AGENTS | NON_STATE_AGENTS))
    return bool({_lemma(t) for b in broken for t in b.subtree} & DEFENCES)


def resolve_clash(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _lemma(head) == "encounter" and not _armed_encounter(cues):
        return []
    if _lemma(head) in REPEL_VERBS and _repelled_weapons(head, cues):
        return ["Disrupted weapons use"]
    related = _singular(_related_lemmas(head) | _agent_lemmas(head))
    crowd = {"protester", "demonstrator", "rioter", "student", "supporter", "youth", "crowd", "mob", "resident",
             "activist", "worker", "fan", "marcher"}
    if related & crowd or _singular(cues.lemmas) & {"protester", "demonstrator", "rioter"}:
        return ["Violent demonstration"]
    if related & {"villager", "community", "herder", "farmer", "clan", "tribe", "ethnic", "communal"}:
        return ["Armed clash"]
    fighters = [head.head] if head.dep_ == "acl" else [c for c in head.children if c.dep_ == "nsubj"] \
        if head.dep_ == "pcomp" else []
    if head.tag_ == "VBG" and any(_lemma(f) in FIGHTING_NOUNS for f in fighters):
        return []  # a description of who they are: "the main supply route for Russian forces fighting in the south"
    combat_context = STATE_AGENTS | NON_STATE_AGENTS | TERRITORY_OBJECTS | {"control", "front", "frontline"}
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in {"in", "during", "after", "amid"}:
        # "units had gained a foothold on the outskirts in fighting on Thursday": who fought is the clause's
        related |= _singular(_agent_lemmas(head.head.head))
    if _lemma(head) in BREACH_VERBS and not _breaks_defences(head):
        return []  # "pushed through reforms", "breached the ceasefire": no enemy's defences broken
    if _lemma(head) in {"fight", "battle", "beat"} and not related & combat_context:
        if not _actor_in(related) and not _battle_breaks_out(head):
            return []
    if head.dep_ == "pobj" and _lemma(head.head.head) in LULLS:
        return []  # "a pause in fighting", "an end to the fighting": fighting that stops, no clash told
    if head.dep_ == "pobj" and head.head.lower_ == "before" and any(c.lower_ == "the" for c in head.children):
        return []  # "a city of 400,000 before the fighting": the war as a point in time, no clash told
    if _front_of_the_fight(head):
        return []  # "a village on the front line of the fight for the airport": the war as a place, no clash told
    if _lemma(head) in {"battle", "fight"} and related & {"cancer", "disease", "election", "court", "legal",
                                                         "inflation", "fire", "wildfire", "corruption"}:
        return []
    return ["Armed clash"]


FRONT_WORDS = {"line", "frontline", "front"}


def _front_of_the_fight(fight: Token) -> bool:
    """Whether the fight is the one a front line is "of" ("on the front line of the fight for Donetsk airport", "the
    front lines of the fighting"): where a place lies in a war, no clash of the report's own."""
    of = fight.head
    return fight.dep_ == "pobj" and of.lower_ == "of" and _lemma(of.head) in FRONT_WORDS


def _battle_breaks_out(battle: Token) -> bool:
    """Whether battles are told breaking out, erupting or raging ("street battles broke out in the capital"):
    fighting told as it starts is a clash even with no side named; a battle "over" something is a dispute."""
    return battle.dep_ == "nsubj" and _lemma(battle.head) in OUTBREAK_VERBS and battle.tag_ == "NNS" \
        and not any(c.dep_ == "prep" and c.lower_ == "over" for c in battle.children)


def _armed_encounter(cues: SentenceCues) -> bool:
    """'killed in an encounter with militants': an encounter is a gunfight, as South Asian news uses the word,
    where its sentence names armed men and someone killed or fired on; not 'a chance encounter with a bear'."""
    lemmas = _singular(cues.lemmas)
    return bool(lemmas & (STATE_AGENTS | NON_STATE_AGENTS)) and bool(lemmas & (CASUALTY_CUES | GUNFIRE_WORDS))


# Whom the state's forces go after in an operation that is a fight: armed groups and organised crime.
ARMED_OPPONENTS = NON_STATE_AGENTS | {"cartel", "trafficker", "smuggler", "mafia", "kidnapper", "pirate"}


def resolve_operation(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """A police or army operation against an armed group or a gang that left dead is an armed clash ("the toll
    from a police operation against a drug gang rose to 60"); one told without deaths or fighting, or against
    anything else (a rescue operation, an operation against smuggling), is none."""
    head = candidate.head
    if _offensive_by_armed_forces(head):
        return ["Armed clash"]
    if _against_armed_foes(head) and (
            _is_toll_reference(head) or cues.lemmas & (CASUALTY_CUES | FIGHT_WORDS | GUNFIRE_WORDS)):
        return ["Armed clash"]
    if _armed_dead_counted(head):
        return ["Armed clash"]
    if _unarmed_dead_of_state_forces(head) and not cues.lemmas & (FIGHT_WORDS | ARMED_OPPONENTS):
        return ["Attack"]
    return []


def _armed_dead_counted(operation: Token) -> bool:
    """ "Nine militants were killed in a security operation", "soldiers and gunmen died in the operation to
    capture him": an operation whose dead are armed men was a fight with them."""
    return bool(_operation_dead(operation) & (ARMED_VICTIMS | ARMED_GROUP_VICTIMS))


def _operation_dead(operation: Token) -> set[str]:
    """The words (singular lemmas) of the dead an operation is told as killing ("Nine militants were killed in a
    security operation"); none where the operation is no toll's reference."""
    if not _is_toll_reference(operation):
        return set()
    dead = [c for c in operation.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return _singular({_lemma(t) for d in dead for t in d.subtree})


def _unarmed_dead_of_state_forces(operation: Token) -> bool:
    """ "Two men were killed during an operation by gendarmes", "a youth died in a police operation": an operation
    of the state's forces whose dead are no armed men, with no fight told, is the force's attack on them."""
    dead = _operation_dead(operation)
    if not dead:
        return False
    doers = _agent_lemmas(operation) | {_lemma(c) for c in operation.children if c.dep_ in {"compound", "amod"}}
    return bool(_singular(doers) & STATE_AGENTS) \
        and not dead & (ARMED_VICTIMS | ARMED_GROUP_VICTIMS | KILLED_COMBATANTS)


def _offensive_by_armed_forces(operation: Token) -> bool:
    """ "Russian forces continued offensive operations near Toretsk": an army's operations named offensive are
    ground assaults on the front, an armed clash; a firm's, a rescue's or an unnamed side's operations are not."""
    if not {_lemma(c) for c in operation.children if c.dep_ in {"amod", "compound"}} & {"offensive", "assault"}:
        return False
    doer = operation.head if operation.dep_ == "dobj" else operation
    return bool(_singular(_agent_lemmas(doer)) & (STATE_AGENTS | ARMED_AGENTS))


def _against_armed_foes(operation: Token) -> bool:
    # "were killed in a police operation against a cartel": the parse may hang "against" on the verb
    opponents = _prep_object_of(operation, {"against"}) or (
        _prep_object_of(operation.head.head, {"against"}) if operation.dep_ == "pobj" else None)
    return opponents is not None and bool(_singular({_lemma(t) for t in opponents.subtree}) & ARMED_OPPONENTS)


LULLS = {"pause", "lull", "halt", "break", "end", "stop", "respite", "cessation", "truce", "ceasefire", "let-up",
         "suspension", "freeze"}


def resolve_explosion(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _is_protesters_petrol_bomb(head, cues):
        return []
    weapon = _weapon(candidate, cues)
    if _lemma(head) == "bomb" and head.pos_ == "VERB" and weapon in {None, IED} and _air_arm_bombs(head):
        return [AIR]  # "the air force bombed a camp": its own bombs, from the air
    if weapon:
        return [weapon]
    if cues.lemmas & ACCIDENT_CUES and not cues.lemmas & SABOTAGE_CUES:
        # a blast the report calls deliberate elsewhere was set off by a planted device, not fired from afar
        return [IED] if _report_calls_deliberate(cues.sentence.doc) else []
    if _lemma(head) == "bombing" and cues.doc_weapon == SUICIDE:
        return [SUICIDE]  # "the Egypt bus bombing" of a report about a suicide bomber: the country is where, not who
    if _lemma(head) in {"bomb", "bombing"} and (_agent_lemmas(head) & STATE_AGENTS or _actor_modifier_is_state(head)):
        return [AIR]
    if cues.doc_weapon in {AIR, SHELLING} and (_lemma(head) in {"explosion", "blast"} or (
            _lemma(head) == "bombing" and _refers_back(head)) or _one_told_before_exploded(head)) \
            and not in_cause_phrase(head):
        # the blasts of the strikes the document reports, "the bombing" of them; not the blast they answered
        # ("revenge for the explosion that damaged the bridge"): an incident of its own
        return [cues.doc_weapon]
    if _lemma(head) == "bombing" and cues.doc_weapon in {SUICIDE, IED}:
        return [cues.doc_weapon]  # "Monday's bombing" of a report about a suicide bomber
    return [IED]


def _one_told_before_exploded(verb: Token) -> bool:
    """ "One of them exploded in a yard", "it exploded near the school": what exploded is a munition the report
    has told of, not a device of its own."""
    if _lemma(verb) != "explode":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ == "one":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children)
                   for c in subject.children)
    return subject.lower_ in {"it", "they"}


def _is_protesters_petrol_bomb(head: Token, cues: SentenceCues) -> bool:
    """ "Protesters hurled petrol bombs at police": a bottle of fuel thrown in a riot is the riot's weapon, which
    the protest trigger of the sentence already reports, not a planted explosive device."""
    return _lemma(head) == "bomb" and any(_lemma(c) in {"petrol", "gasoline"} for c in head.children) \
        and bool(cues.labels & {"PROTEST", "RIOT"})


# Words that make a blast at a pipeline or a plant a deliberate act rather than an accident.
SABOTAGE_CUES = {"sabotage", "saboteur"}
# ... said of it elsewhere in the report: "investigators believe it was a deliberate act"
DELIBERATE_CUES = SABOTAGE_CUES | {"deliberate"}


def _report_calls_deliberate(doc: Doc) -> bool:
    return any(_lemma(t) in DELIBERATE_CUES for t in doc)


def _air_arm_bombs(head: Token) -> bool:
    """'Colombia's air force bombed', 'warplanes bombed', 'Israel bombed': who bombs is an air arm, aircraft or a
    state, not a bomber who planted a device."""
    agent, _ = agent_and_target(head)
    if agent is None:
        return False
    words = {_lemma(t) for t in agent.subtree}
    return bool(words & ({"air", "aircraft", "warplane", "jet", "plane", "helicopter", "drone", "aviation"}
                         | STATE_AGENTS)) or bool(country_of_token(agent))


def _actor_modifier_is_state(head: Token) -> bool:
    return any(c.dep_ in {"amod", "compound", "poss"} and country_of_token(c) for c in head.children)


def resolve_shooting(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _some_of_the_dead_told(head):
        return []  # "killed 50 people, including 40 attackers shot dead by police": how some of that toll died
    if cues.labels & {"PROTEST"} and not (_told_days_back(head) or _commemorated(head) or _sparks_protest(head)):
        # the protest resolver types police shooting at protesters; armed men firing into a crowd attack it (a
        # vigil "for the victims of Friday's shooting" mourns a shooting of its own)
        return ["Attack"] if _fired_by_armed_men(head) else []
    heavy_weapon = _weapon_used(head, cues)
    if heavy_weapon in REMOTE_TYPES:
        return [heavy_weapon]  # "opened fire with mortars on the village": a shelling, not a shooting
    target = _target_kind(head)
    borrowed = _borrowed_subject(head)
    agent = _agent_lemmas(head) - ({_lemma(t) for t in borrowed.subtree} if borrowed is not None else set())
    victim = _shot_victim(head) or _shot_object(head)
    if _shot_person_described(head) and not agent:
        return ["Attack"]  # "a day of mourning for the 12 people gunned down at the offices of the magazine"
    if _fires_at_people(head) and not agent and victim is not None and _names_one_person(victim):
        return ["Attack"]  # "Stanislav Rzhitsky, 42, was shot several times while on a morning run"
    if _lemma(head) == "shoot" and not (agent | _target_lemmas(head) | cues.lemmas) & (
            ARMED_AGENTS | CIVILIAN_TARGETS | MILITARY_TARGETS):
        return []
    if _one_killing_one_called_murder(head, victim):
        return ["Attack"]
    if target == "military" or (agent & STATE_AGENTS and _target_lemmas(head) & NON_STATE_AGENTS):
        return ["Armed clash"]
    if target == "civilian" or agent & ARMED_AGENTS or cues.lemmas & {"gunman", "gunmen"}:
        return ["Attack"]
    victims = _victims_type(head, cues)
    if victims:
        return [victims]  # "two people were killed when a battalion opened fire", "a shooting left six dead"
    if not agent and _shot_dead(head) and (victim is None or _lemma(victim) in LONE_ATTACKERS):
        # "the gunman was shot dead at the scene": an attacker killed as he is stopped is part of his attack; one
        # shot dead whom the parse lost is still a person killed by gunfire, whoever fired
        return ["Attack"]
    if not agent and _hurt_in(head) & (PERSON_OBJECTS | CIVILIAN_TARGETS) and not _hurt_in(head) & MILITARY_TARGETS:
        return ["Attack"]  # "a man wounded in Saturday's shooting": a civilian shot, whoever fired
    if not agent and _commemorated(head):
        return ["Attack"]  # "a vigil for the victims of Friday's shooting": people shot, whoever fired
    if not agent and _characterised(head):
        return ["Attack"]  # "described Tuesday's shooting as a criminal act": people shot, whoever fired
    if not agent and _told_by_toll_or_occurrence(head):
        # "the death toll from Thursday's shootings rose to 29": at protesters when the report has the state's
        # forces fire on them
        return ["Excessive force against protesters"] if _fired_on_protesters(head.doc) else ["Attack"]
    return []


def _some_of_the_dead_told(participle: Token) -> bool:
    """Whether the participle describes some of the people a killing verb counts, in its "including" or "among"
    phrase ("killed 50 people, including 40 attackers shot dead by police"): part of that event, not another."""
    if participle.dep_ != "acl" or participle.head.dep_ != "pobj":
        return False
    phrase = participle.head.head
    counted = phrase.head
    return phrase.lower_ in {"including", "among"} and counted.dep_ in {"dobj", "nsubjpass"} \
        and _lemma(counted.head) in KILLING_VERBS


# Verbs by which an event sets off what follows it: "was shot dead by police, sparking protests", "which
# prompted a curfew".
SETTING_OFF_VERBS = {"spark", "prompt", "trigger", "provoke", "ignite"}


def _sparks_protest(head: Token) -> bool:
    """'was shot dead during a police operation, sparking protests on Thursday': a protest the shooting set off,
    told in a clause of consequence below it, is a later event of its own, not force used on that protest."""
    return any(c.dep_ in {"advcl", "conj"} and _lemma(c) in SETTING_OFF_VERBS and any(
        o.dep_ == "dobj" and _lemma(o) in PROTEST_WORDS for o in c.children) for c in head.children)


# Words for one armed person who attacks: shot dead, he is killed stopping his attack.
LONE_ATTACKERS = {"gunman", "attacker", "assailant", "shooter", "knifeman", "bomber"}


def _shot_dead(head: Token) -> bool:
    """'was shot dead', 'shot him dead': gunfire that killed."""
    return _lemma(head) == "shoot" and any(c.lower_ == "dead" for c in head.children)


def resolve_wound(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """"The mayor was wounded by a shot in the back": a wounding by gunfire is a shooting; other woundings are
    told with the trigger of what hurt them (`find_triggers` keeps only the former)."""
    head = candidate.head
    if "PROTEST" in cues.labels:
        return []
    if (debris := _wounding_debris(head)) is not None:
        # "debris from a downed drone injured two people": the downed weapon's strike, as its debris's killings are
        weapon = _debris_weapon(debris) or cues.doc_weapon
        return [weapon] if weapon in REMOTE_TYPES else []
    return ["Armed clash"] if _target_kind(head) == "military" else ["Attack"]


def _fires_at_people(head: Token) -> bool:
    """'Shot' or 'gunned down' (only people are gunned down), not 'shot down' (an aircraft)."""
    shot_down = any(c.dep_ == "prt" and c.lower_ == "down" for c in head.children)
    return _lemma(head) == "gun" or (_lemma(head) == "shoot" and not shot_down)


MURDER_WORDS = {"murder", "homicide", "manslaughter"}


def _one_killing_one_called_murder(head: Token, victim: Token | None) -> bool:
    """"An officer was shot dead by a soldier ... the ministry called the killing murder": one armed man
    shooting one person the report calls murdered has killed, not fought, whichever uniform the victim wore."""
    shooter, _ = agent_and_target(head)
    return shooter is not None and shooter.tag_ == "NN" and victim is not None and victim.tag_ in {"NN", "NNP"} \
        and any(_lemma(t) in MURDER_WORDS for t in head.doc)


# Who fires at a crowd without being the state's forces: ACLED's excessive force is the state's alone.
IRREGULAR_SHOOTERS = (NON_STATE_AGENTS | {"gunman", "gunmen", "attacker", "assailant", "shooter"}) - {
    "group", "dissident"}
# Anyone else who shoots: "a motorist opened fire on protesters at a roadblock" attacks them.
PRIVATE_SHOOTERS = {"man", "woman", "motorist", "driver"}


def _fired_by_armed_men(head: Token) -> bool:
    """"Gunmen on motorcycles opened fire on protesters and security forces", "a man shot two protesters": armed
    men who are not the state's forces shooting, an attack whoever they fired at."""
    shooters = _singular(_agent_lemmas(head))
    if shooters & (STATE_AGENTS | {"security", "officer"}):
        return False
    return bool(shooters & IRREGULAR_SHOOTERS) or _shot_by_private_person(head)


def _shot_by_private_person(head: Token) -> bool:
    """Whether a man, a woman or a driver is the subject who shoots someone or at something ("a motorist opened fire
    on protesters", "man shoots dead two"); not "a young man shot in the head died", the one shot."""
    verb = head.head if _lemma(head) == "fire" and _lemma(head.head) == "open" else head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    aimed = any(c.dep_ == "dobj" or c.lower_ == "dead" or c.dep_ == "prep" and c.lower_ in {"on", "at", "into"}
                for c in verb.children)
    return _lemma(verb) in {"shoot", "open", "fire"} and aimed and subject is not None \
        and bool(_singular({_lemma(subject)}) & PRIVATE_SHOOTERS)


def _shot_victim(head: Token) -> Token | None:
    """Who a passive shooting verb says was shot: its subject, or, for a clause of time with none of its own, the
    subject of the verb it depends on ("Abe died after being shot": Abe). A dateline's town the parse hangs on the
    verb as a second subject ("HANDLOVA, Slovakia (Reuters) - The mayor was shot") is not the victim."""
    filed_at = dateline_end(doc_text(head.doc))
    victim = next((_antecedent(c) for c in head.children if c.dep_ == "nsubjpass" and c.idx >= filed_at), None)
    return victim if victim is not None else _borrowed_subject(head)


def _shot_object(head: Token) -> Token | None:
    """Whom an active shooting verb with no subject of its own shot ("accused of shooting dead the mayor")."""
    if any(c.dep_ in {"nsubj", "agent"} for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def _borrowed_subject(head: Token) -> Token | None:
    """The subject a passive verb in a clause of time takes from the verb it depends on ("Abe died after being
    shot": Abe), which the parse may give as the one who acted."""
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    governor = {"advcl": head.head, "pcomp": head.head.head}.get(head.dep_)
    if governor is None or governor.pos_ not in {"VERB", "AUX"}:
        return None
    return next((_antecedent(c) for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


# Compounds that make an event noun a shoot of another kind: "the film shooting took place in May".
NON_VIOLENT_COMPOUNDS = {"film", "movie", "photo", "video", "fashion"}
# Verbs whose subject is told to have happened: "the attack occurred at dusk".
HAPPENING_VERBS = {"happen", "occur", "unfold"}


def _told_by_toll_or_occurrence(event: Token) -> bool:
    """Whether an event noun is told only by its dead or by its taking place ("the death toll from Tuesday's
    attack stands at 9", "the shooting happened near a bar"): an event the report tells of, whoever its sides."""
    return _toll_counted(event) or _told_as_occurring(event)


def _told_as_occurring(event: Token) -> bool:
    """Whether an event noun is the subject of a verb saying it took place: 'the attack took place late on
    Thursday', 'the shooting happened outside a bar' (not 'the film shooting took place in May')."""
    verb = event.head
    if event.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "compound" and c.lower_ in NON_VIOLENT_COMPOUNDS for c in event.children):
        return False
    lemma = _lemma(verb)
    return lemma in HAPPENING_VERBS or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _toll_counted(event: Token) -> bool:
    """Whether an event noun is the one a death toll counts: 'the death toll from the shootings', 'the toll of
    Sunday's shooting'."""
    preposition = event.head
    return event.dep_ == "pobj" and preposition.lower_ in {"from", "of", "in"} and _lemma(preposition.head) == "toll"


def _fired_on_protesters(doc: Doc) -> bool:
    """Whether the report has the state's forces fire, and protesters to fire on."""
    return (any(_lemma(t) in {"protester", "protestor", "demonstrator"} for t in doc) or _road_blocked_by_people(doc)) \
        and _state_forces_fire(doc)


# Ways people block in protest: "villagers blocked the highway"; a junction or a crossing too, which no way
# "leads to" (places.WAY_NOUNS, with tracks and paths, which protesters seldom block).
BLOCKED_WAYS = {"road", "highway", "street", "bridge", "railway", "motorway", "route", "junction", "crossing"}


def _road_blocked_by_people(doc: Doc) -> bool:
    """Whether people block a road in the report ("Residents had blocked the road to keep troops out"): a protest,
    though the report never calls them protesters."""
    return any(_lemma(t) == "block" and any(c.dep_ == "dobj" and _lemma(c) in BLOCKED_WAYS for c in t.children)
               and any(c.dep_ == "nsubj" and _lemma(c) in PROTEST_PEOPLE for c in t.children) for t in doc)


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the journalist Ivan Petrenko, who was shot": Petrenko), else the
    token itself."""
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


# Ranks that single out one officer, as a name does: "a colonel of the guard was shot dead".
RANKS = {"colonel", "lieutenant", "sergeant", "corporal", "captain", "major", "general", "brigadier"}


def _names_one_person(token: Token) -> bool:
    """A person's name, or one officer given by rank: a shooting of one such person is a targeted attack."""
    return _names_a_person(token) or (token.pos_ == "NOUN" and token.tag_ == "NN" and _lemma(token) in RANKS)


def _names_a_person(token: Token) -> bool:
    """A person's name, tagged as one here or, where the tagger missed it, elsewhere in the document ("activist
    Ivan Petrenko ... Petrenko was shot", a surname it may even read as a common noun)."""
    if token.ent_type_ == "PERSON" or _given_an_age(token):
        return True
    return (token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.text[:1].isupper()) and any(
        e.label_ == "PERSON" and token.text in {t.text for t in e} for e in token.doc.ents)


def _given_an_age(token: Token) -> bool:
    """ "Farion, 60, ...": a proper noun with a bare number set off beside it is a person and their age, whatever
    the tagger took the name for."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.i + 3 >= len(doc):
        return False
    comma, age, closing = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
    return comma.text == closing.text == "," and age.head == token and age.text.isdigit() and 0 < int(age.text) < 110


def _shot_person_described(head: Token) -> bool:
    """A shooting told as a reduced relative clause on its victims: 'the three students gunned down outside a
    school', 'a journalist shot dead in Kabul' (the victims are the noun the participle describes, so the verb has
    no subject or object of its own). Soldiers or police so described may have fallen in a fight: not decided."""
    # the parse may tag the participle as a past tense ("villagers gunned down near their farms")
    if head.dep_ != "acl" or head.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in head.children):
        return False
    victim = head.head
    if victim.pos_ not in {"NOUN", "PROPN"} or victim.i > head.i:
        return False
    if _lemma(victim) in ARMED_VICTIMS | NON_STATE_AGENTS:
        return False
    return _lemma(victim) in PERSON_OBJECTS | CIVILIAN_TARGETS | SHOT_PEOPLE or victim.ent_type_ == "PERSON"


# People often reported shot who are not among the usual targets' words.
SHOT_PEOPLE = {"reporter", "photographer", "cameraman", "lawmaker", "councillor", "councilor", "candidate",
               "pedestrian", "shopkeeper", "vendor", "mourner", "youth"}


# Verbs of someone killed or hurt.
HARM_VERBS = {"kill", "wound", "injure", "hurt", "die"}


def _hurt_in(event: Token) -> set[str]:
    """Who was killed or wounded in an event noun: 'a man wounded in Saturday's shooting', 'two people were
    killed in the shooting'."""
    preposition = event.head
    if event.dep_ != "pobj" or preposition.lower_ not in {"in", "during"}:
        return set()
    verb = preposition.head
    if _lemma(verb) not in HARM_VERBS:
        return set()
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        victims = [verb.head]
    else:
        victims = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
    return {_lemma(t) for v in victims for t in v.subtree}


def _linked(a: Token, b: Token) -> bool:
    """Whether one token lies in the other's subtree: the same clause or one of its arguments. A semicolon
    parts two clauses whatever the parse hangs on what ("Gunmen kill five; blast kills child")."""
    return a.i != b.i and (a in b.subtree or b in a.subtree) and not _semicolon_between(a, b)


def _semicolon_between(a: Token, b: Token) -> bool:
    first, last = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[first + 1:last])


TIME_NOUNS = {"day", "night", "week", "weekend", "month", "year", "morning", "evening", "afternoon"}
# Clauses and phrases that tell how someone was killed or died: "when shells landed", "by shell fragments".
CIRCUMSTANCE_DEPS = {"advcl", "prep", "agent"}


def _circumstance_weapon(head: Token, cues: SentenceCues) -> str | None:
    """The weapon a killing's own circumstances name: "died when Grad rockets landed near the unit", "was killed
    when shell fragments pierced the armoured vehicle", "killed by shrapnel from a mortar round"."""
    inside = {t.i for c in head.children if c.dep_ in CIRCUMSTANCE_DEPS for t in c.subtree}
    return _pick_weapon([(i, kind) for i, kind in cues.weapons if i in inside], cues.sentence.doc)


# Verbs for a vehicle being driven at speed; other verbs of motion ("crashed", "skidded") tell an accident.
DRIVING_VERBS = {"drive", "plough", "plow", "ram", "mow", "steer"}


def _killed_by_a_driven_vehicle(head: Token, cues: SentenceCues) -> bool:
    """'the four people killed when a hijacked truck was driven down the high street': people killed by a road
    vehicle driven through them are rammed, unless the sentence tells an accident."""
    if _tells_a_traffic_accident(cues):
        return False
    return any(c.dep_ == "advcl" and _lemma(c) in DRIVING_VERBS and any(
        m.dep_ in {"nsubj", "nsubjpass", "dobj"} and _lemma(m) in ROAD_VEHICLES for m in c.children)
        for c in head.children)


def _killed_by_the_vehicle_driven(head: Token, cues: SentenceCues) -> str | None:
    """'suspected of driving the van that killed 13 pedestrians': a road vehicle someone drove that killed people
    of the kinds a ramming hits rammed them (soldiers or police: a clash); no event beside accident cues."""
    agent, _ = agent_and_target(head)
    if agent is None or _lemma(agent) not in ROAD_VEHICLES or _tells_a_traffic_accident(cues):
        return None
    if not (agent.dep_ == "dobj" and _lemma(agent.head) in DRIVING_VERBS):
        return None
    victims = _singular(_target_lemmas(head))
    if victims & RAMMED_FORCES:
        return "Armed clash"
    return "Attack" if victims & RAMMED_CIVILIANS - {"cyclist"} else None


def _unnamed_killers_victim(head: Token) -> Token | None:
    """The victim of 'the journalist was killed', 'the journalist killed the day before': a person's death, its
    killer untold."""
    if any(c.dep_ == "agent" for c in head.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if head.tag_ == "VBD" and objects and all(_lemma(c) in TIME_NOUNS for c in objects):
        # "the journalist killed the day before": a reduced passive the parser read as "killed the day"
        victim = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif head.tag_ != "VBN":
        return None
    elif head.dep_ in {"acl", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"} \
            and not any(c.dep_ == "nsubjpass" for c in head.children):
        # (a clause with a victim of its own tells of a place or time: "the village where a couple were killed")
        victim: Token | None = head.head
    else:
        victim = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if victim is not None and victim.lower_ in {"who", "that"} and head.dep_ == "relcl":
        victim = head.head
    if victim is not None and (_a_victim_word(victim) or any(
            c.dep_ == "appos" and (_a_victim_word(c) or _told_by_age(c)) for c in victim.children)):
        return victim  # (also "Ali Musa, a 38-year-old from Kano, was killed": a name the tagger missed)
    return None


def _a_victim_word(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or _lemma(token) in PERSON_OBJECTS | HOUSEHOLDS | {
        "civilian", "journalist", "reporter", "cameraman", "photographer", "correspondent", "volunteer", "medic"}


def _told_by_age(token: Token) -> bool:
    """ "a 38-year-old": a person told by age."""
    return token.lower_ == "old" and any(t.lower_ in {"year", "years"} for t in token.subtree)


def _speaking_killer(head: Token) -> set[str]:
    """Who "it" or "they" is in "the military said it had killed ...": the one who says so."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in SELF_SUBJECTS or head.dep_ != "ccomp" or \
            _lemma(head.head) not in SOURCE_VERBS | CLAIMING_VERBS:
        return set()
    speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return {_lemma(t) for t in speaker.subtree} if speaker is not None else set()


def _named_person_killed(head: Token) -> bool:
    """Whether the killing's object is a person named ("killed Ali Musa"), not a count of people."""
    # (a title's "Kill Five Hindus" may read as a name to the tagger; a number says it is a count)
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and not any(t.like_num for t in c.lefts)
               for c in head.children)


def _tells_a_violent_event(trigger: Token, label: str) -> bool:
    """Whether a trigger may tell how someone was killed: not another killing, an arrest, a looting or a base
    ("killed gunmen holed up at the base" tells where), nor an operation other than one against armed men ("the
    rebels' chief of operations"), nor a peaceful development ("police named the gunman who killed five"), nor a
    capture of people ("killed eight people and captured two others"), an arrest by other words."""
    if label == "OPERATION":
        return _against_armed_foes(trigger)
    if label == "SEIZE" and _takes_prisoners(trigger):
        return False
    return label not in {"KILL", "ARREST", "LOOT", "DISAPPEAR", "BASE"} | PEACEFUL_DEVELOPMENTS


def _takes_prisoners(head: Token) -> bool:
    """Whether a capture verb takes people: soldiers or persons, or "others" counted after the people its
    conjoined verb names ("killed eight people and captured two others", not "destroyed two tanks and captured
    two others")."""
    if _captured_people(head) & CAPTIVES or _takes_a_person(head):
        return True
    others = any(c.dep_ == "dobj" and _lemma(c) == "other" for c in head.children)
    return others and head.dep_ == "conj" and bool(_object_heads(head.head) & (PERSON_OBJECTS | CAPTIVES))


# Trigger families and types of strategic developments that harm no one: none tells how someone was killed.
PEACEFUL_DEVELOPMENTS = {"CHANGE", "AGREEMENT", "WITHDRAW", "CALL", "FLAG", "Change to group/activity", "Agreement",
                         "Non-violent transfer of territory"}


def _killed_by_a_sides_fire(head: Token) -> bool:
    """ "killed by Israeli fire", "wounded by army fire": the fire of a country or an armed force."""
    agent, _ = agent_and_target(head)
    if agent is None or _lemma(agent) != "fire":
        return False
    return any(country_of_token(m) or _lemma(m) in ARMED_AGENTS for m in agent.children
               if m.dep_ in {"amod", "compound", "poss", "nmod"})


# Tenses in which a weapon's killing tells an event: the past, and the present of headlines.
TOLD_KILLING_TAGS = {"VBD", "VBZ", "VBP"}


def _armed_men_done_away_with(head: Token) -> bool:
    """Whether a euphemism for killing has armed men for its object: "eliminated 20 jihadists", "liquidated up
    to 150 servicemen", "wiped out an al-Shabaab cell", "neutralised dozens of terrorists"."""
    _, target = agent_and_target(head)
    if target is None:
        return False
    if _lemma(target) in COUNTED_PEOPLE or target.pos_ == "NUM":
        target = _prep_object_of(target, {"of"}) or target
    return _lemma(target) in KILLED_COMBATANTS | ARMED_UNITS


def resolve_kill(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _lemma(head) == "dump":
        return ["Attack"] if _bodies_dumped(head) and not cues.lemmas & DISASTER_CUES else []
    if _lemma(head) in KILLING_EUPHEMISMS and not _armed_men_done_away_with(head):
        return []
    if _lemma(head) == "die":
        # a death is a conflict event only when its circumstances name the weapon; the rest restate a toll or
        # tell of illness and age
        if any(_linked(head, other) for other, label in cues.triggers if label not in {"KILL", "ARREST", "LOOT"}):
            return []
        weapon = _circumstance_weapon(head, cues)
        return [weapon] if weapon else []
    weapon_agent = _weapon_agent(head, cues)
    if weapon_agent and head.tag_ in TOLD_KILLING_TAGS:
        # "a missile killed three people", also beside a threat ("Israel vowed to hit back after a rocket killed 12"),
        # and in a headline's present ("Rockets kill six as clashes erupt": the clashes are when, the rockets how)
        return [weapon_agent]
    if _killed_by_a_sides_fire(head) and cues.doc_weapon:
        return [cues.doc_weapon]  # "killed by Russian fire" in a report of a war fought with shells
    if (_killed_by_debris(head) or _dead_of_debris_told_before(head, cues)) and (weapon_agent or cues.doc_weapon):
        # "falling debris killed a man" after "air defences shot down 30 drones": the deaths make the night a
        # strike of the report's weapon, however many of them were downed; debris "from a drone" is a drone's
        return [weapon_agent or cues.doc_weapon]
    if (_agent_lemmas(head) & GUNFIRE_WORDS or _killed_by_a_sides_fire(head)) and "PROTEST" not in cues.labels:
        # "a serviceman was killed by sniper fire": shot dead, in a clash where the dead man was a soldier
        return ["Armed clash"] if _target_kind(head) == "military" else ["Attack"]
    if any(_tells_a_violent_event(other, label) and _linked(head, other) and not _mentioned_aside(head, other)
           and not _is_harmed_by(other, head) and not _joined_by_the_harmed(other, head)
           and not _restated_in_apposition(other) for other, label in cues.triggers):
        return []  # another trigger of the clause says how they were killed ("killed in a missile strike")
    if weapon_agent:
        return [weapon_agent]
    rammed = _killed_by_the_vehicle_driven(head, cues)
    if rammed:
        return [rammed]
    victim = _unnamed_killers_victim(head)
    if victim is not None:
        # "was killed when shell fragments pierced the vehicle"; else, in a report of a war fought with one kind
        # of weapon, "the journalist killed the day before near Severodonetsk" died by it (counted dead, "six
        # people had been killed", restate the toll of the event the report tells)
        weapon = _circumstance_weapon(head, cues) or (cues.doc_weapon if _is_one_person(victim) else None)
        if weapon:
            return [weapon]
        if _killed_by_a_driven_vehicle(head, cues):
            return ["Attack"]
    if _bare_killing_of_a_named_person(head, cues):
        # "Ana Ruiz, 31, was killed on Tuesday as she walked home", in a report of gunfire or murder: her killing,
        # whoever the report's other sentences say did it
        return ["Attack"]
    agent = _agent_lemmas(head) | _speaking_killer(head)
    victims = _target_lemmas(head) | _killed_of(head)
    if agent & ARMED_AGENTS and cues.doc_weapon and _named_person_killed(head):
        # "the army said it had killed the rebel commander Ali Musa": a force's strike on a named man, made with
        # the weapon the report names
        return [cues.doc_weapon]
    if _killer_named_as_attacker(head) and not victims & MILITARY_TARGETS \
            and not cues.lemmas & PRIVATE_VIOLENCE_CUES:
        return ["Attack"]  # "the gunman, Ali Musa, ... Musa killed four people on Friday"
    if not agent & KILLING_FORCES and not cues.lemmas & (NON_STATE_AGENTS - {"group"}):
        return []
    if (victims & (MILITARY_TARGETS | KILLED_COMBATANTS) or _lemma(head) in KILLING_EUPHEMISMS) \
            and agent & KILLING_FORCES:
        return ["Armed clash"]
    if agent & STATE_AGENTS and victims & ARMED_GROUP_VICTIMS and not victims & CIVILIAN_TARGETS:
        return ["Armed clash"]  # "its forces killed five members of a sabotage group": troops fighting armed men
    if not agent and victims & KILLED_FORCES and not cues.weapons and _armed_men_faced(head):
        # "two soldiers were killed while storming a house held by militants" (a weapon named tells the event)
        return ["Armed clash"]
    if "PROTEST" in cues.labels and agent & STATE_AGENTS:
        return []  # "security forces killed 15 people in the deadliest day of protests": the protest resolver's
    if victims & CIVILIAN_TARGETS or (agent & NON_STATE_AGENTS and not victims & MILITARY_TARGETS):
        return ["Attack"]
    if victim is not None and _is_one_person(victim) and not victims & MILITARY_TARGETS:
        return ["Attack"]  # "the governor was killed, hours after he accused the militia": one man's killing
    return []


# Words that make a report one of people killed by others, not of accidents or illness.
VIOLENT_DEATH_WORDS = {"shoot", "gun", "gunman", "gunmen", "gunfire", "bullet", "murder", "assassinate",
                       "assassination", "killer", "hitman", "assailant", "attacker", "stab"}
# Words opening a clause that tells what caused a death ("killed when his car overturned", "killed after a fall");
# "as" and "while" tell what the dead were doing.
CAUSE_MARKERS = {"when", "after", "because"}
# Prepositions that tell a death's cause by a common noun ("killed in a crash", "by lightning", "from his wounds").
CAUSE_PREPOSITIONS = {"in", "by", "from", "during", "after"}


def _bare_killing_of_a_named_person(head: Token, cues: SentenceCues) -> bool:
    """'Ana Ruiz was killed on Tuesday as she walked home': a named civilian killed on a day the killing's own clause
    tells, with no killer and no cause told beside it ("in a crash", "when the roof fell"), in a report of gunfire or
    murder."""
    victim = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if head.tag_ != "VBN" or victim is None or not _names_a_person(victim) or "PROTEST" in cues.labels \
            or cues.lemmas & (ACCIDENT_CUES | DISASTER_CUES | MISHAP_NOUNS):
        return False
    if {_lemma(c) for c in victim.children if c.dep_ == "appos"} & (KILLED_FORCES | KILLED_COMBATANTS):
        return False  # "Sgt Ali Musa, a soldier, was killed": a side's loss, told by the fighting
    told_day = any(t.lower_ in WEEKDAYS for c in head.children
                   if c.dep_ in {"npadvmod", "advmod"} or c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree)
    return told_day and not any(_tells_a_cause(c) for c in head.children) and any(
        _lemma(t) in VIOLENT_DEATH_WORDS or _lemma(t) == "fire" and _lemma(t.head) == "open" for t in head.doc)


def _tells_a_cause(dependent: Token) -> bool:
    """Whether a dependent of a death verb names who or what caused it: its agent, a clause of cause, or a
    preposition's common noun ("in a road accident"; not "in Tocoa")."""
    if dependent.dep_ == "agent":
        return True
    if dependent.dep_ == "advcl":
        return any(m.dep_ in {"mark", "advmod"} and m.lower_ in CAUSE_MARKERS for m in dependent.children)
    return dependent.dep_ == "prep" and dependent.lower_ in CAUSE_PREPOSITIONS and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" for o in dependent.children)


# A state's men, who die at the hands of the armed men they face.
KILLED_FORCES = {"soldier", "troop", "policeman", "policewoman", "police", "officer", "detective", "serviceman",
                 "servicemen", "gendarme"}


def _armed_men_faced(head: Token) -> bool:
    """Whether the sentence of a killing told with no killer names armed men other than its dead: troops "killed
    while rescuing civilians held by militants" fell fighting them."""
    _, target = agent_and_target(head)
    dead = {t.i for t in target.subtree} if target is not None else set()
    # the men themselves, not a word qualifying another ("an anti-terrorist operation", "the group's statement")
    return any(_lemma(t) in ARMED_GROUP_VICTIMS - {"group"} and t.pos_ == "NOUN" and t.dep_ not in {"compound", "amod"}
               and t.i not in dead for t in head.sent)


def _killed_of(head: Token) -> set[str]:
    """Who a nominal killing names as killed ("the killing of 12 soldiers"), or a participle with its killer describing
    them ("ten farm workers killed by police"), which has no object of its own. A bare participle ("lost five men
    killed") only counts a side's losses."""
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in {"NOUN", "PROPN"} \
            and any(c.dep_ == "agent" for c in head.children):
        return {_lemma(t) for t in head.head.lefts} | {_lemma(head.head)}
    if head.pos_ != "NOUN":
        return set()
    return {_lemma(t) for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}


CORPSES = {"body", "corpse"}


def _bodies_dumped(verb: Token) -> bool:
    """'The bodies of 11 men were found dumped', 'bodies dumped in a ravine': corpses left out in the open were
    killed (several of them: one body dumped may be a private crime)."""
    if verb.dep_ == "xcomp":
        holders = [c for c in verb.head.children if c.dep_ in {"nsubjpass", "dobj"}]
    elif verb.dep_ == "acl":
        noun = verb.head
        holders = [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [noun]
    else:
        holders = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(_lemma(h) in CORPSES and h.tag_ == "NNS" for h in holders)


DEBRIS_NOUNS = {"debris", "wreckage", "fragment", "shrapnel"}


def _killed_by_debris(head: Token) -> bool:
    """"Debris killed a woman", "two were killed by falling wreckage", "killed when debris hit her car": a downed
    weapon's remains as the killer, or as the subject of the clause telling how."""
    agent, _ = agent_and_target(head)
    if agent is not None:
        return _lemma(agent) in DEBRIS_NOUNS
    return any(c.dep_ == "advcl" and _lemma(s) in DEBRIS_NOUNS
               for c in head.children for s in c.children if s.dep_ in {"nsubj", "nsubjpass"})


# What a downed weapon's remains do as they come down: "debris fell on a house", "wreckage hit a street".
DEBRIS_LANDING_VERBS = LANDING_VERBS | {"hit", "strike", "crash", "damage"}


def _dead_of_debris_told_before(head: Token, cues: SentenceCues) -> bool:
    """"Debris of a downed missile fell on a house. One person was killed": a death told with no killer, no weapon
    and no circumstance, right after a sentence of the same paragraph in which a downed weapon's remains came down,
    is the debris strike's."""
    if agent_and_target(head)[0] is not None or cues.weapons or any(c.dep_ == "advcl" for c in head.children):
        return False
    previous = previous_in_paragraph(cues.sentence)
    # the verb the debris is the subject of, or one joined to it ("debris of a missile shot down ... fell on"
    # parses with "fell" joined to "shot"); a capital "Debris" the tagger took for a name has "debri" for lemma
    return previous is not None and any(
        (_lemma(t) in DEBRIS_NOUNS or t.lower_ in DEBRIS_NOUNS) and t.dep_ in {"nsubj", "nsubjpass"} and any(
            _lemma(v) in DEBRIS_LANDING_VERBS for v in [t.head, *(c for c in t.head.children if c.dep_ == "conj")])
        for t in previous)


# Armed men whom troops kill in a fight, however the report counts them ("members of a sabotage group"). Unlike
# KILLED_COMBATANTS, which any killing force fights, it names groups and irregulars ("a gang", "saboteurs",
# "paramilitaries") that only a state's forces fight by killing them, and only where no civilian is among the dead.
ARMED_GROUP_VICTIMS = NON_STATE_AGENTS - {"attacker", "assailant"}
# Nouns the report may introduce a killer by before it names him ("the gunman, Ali Musa")
ATTACKER_NOUNS = {"gunman", "attacker", "assailant", "shooter", "bomber", "jihadist", "militant"}


def _killer_named_as_attacker(head: Token) -> bool:
    """Whether the killer is a name the report gives elsewhere in apposition to an attacker noun ("the gunman,
    Ali Musa" or "Musa, the gunman"): a named man killing people then tells an attack, not a crime."""
    killer = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if killer is None:
        return False
    return any(t.i != killer.i and t.lower_ == killer.lower_ and (
        t.dep_ == "appos" and _lemma(t.head) in ATTACKER_NOUNS
        or any(c.dep_ == "appos" and _lemma(c) in ATTACKER_NOUNS for c in t.children)) for t in head.doc)


def _is_one_person(victim: Token) -> bool:
    """Whether a victim is one person ("the governor", "Ali Musa"), not a count of people."""
    return victim.tag_ != "NNS" and _lemma(victim) not in {"people", "person"} and not any(
        c.dep_ == "nummod" for c in victim.children)


# A stabbing is an ACLED event when it is an attack on the public or on an enemy (a terror stabbing, an attacker
# knifing passers-by, pupils or worshippers); a stabbing in a private quarrel, a robbery or a home is crime.
PRIVATE_VIOLENCE_CUES = {"wife", "husband", "girlfriend", "boyfriend", "partner", "fiancee", "fiancée", "domestic",
                         "argument", "quarrel", "row", "brawl", "fight", "dispute", "robbery", "mugging", "burglary",
                         "bar", "pub", "nightclub", "drunken", "jealousy", "neighbour", "neighbor", "flatmate",
                         "roommate", "sister", "brother", "mother", "father", "son", "daughter", "relative"}
# Words anywhere in the sentence that make a stabbing political violence...
TERROR_CUES = {"terror", "terrorist", "terrorism", "extremist", "islamist", "jihadist", "radicalise", "radicalize",
               "radicalised", "radicalized"}
# ...and words of the stabbing's own clause for an attack on the public: who did it, whom, where.
PUBLIC_ATTACK_CUES = {"attacker", "assailant", "rampage", "spree", "passer", "passerby", "passersby", "passer-by",
                      "passers-by", "worshipper", "pedestrian", "shopper", "commuter", "pupil", "student", "teacher",
                      "festival", "crowd", "stranger", "indiscriminately", "randomly", "militant", "settler",
                      "gunman"}
SECURITY_VICTIMS = {"soldier", "troop", "police", "policeman", "policewoman", "officer", "detective", "guard",
                    "gendarme", "serviceman", "servicemen", "reservist"}


def _stab_victims(event: Token) -> list[Token]:
    """Who was stabbed: the object of "stabbed", the subject of "was stabbed", those "wounded in a stabbing"."""
    victims = [c for c in event.children if c.dep_ in {"dobj", "nsubjpass"}]
    if event.dep_ in {"acl", "relcl"} and event.tag_ == "VBN" and event.head.pos_ in {"NOUN", "PROPN"}:
        victims.append(event.head)  # "a teenager stabbed outside a mosque"
    if event.dep_ == "pobj" and event.head.lower_ in {"in", "during"} and _lemma(event.head.head) in HARM_VERBS:
        verb = event.head.head
        victims += [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
    return victims


def _knife_attack_type(event: Token, cues: SentenceCues) -> list[str]:
    """The sub-event type of a stabbing or knife attack, or none when it is private crime."""
    if cues.lemmas & PRIVATE_VIOLENCE_CUES:
        return []  # "stabbed his wife", "stabbed in a bar fight", "in a row over a stolen bicycle"
    victims = _stab_victims(event)
    victim_lemmas = {_lemma(t) for v in victims for t in v.subtree}
    several = any(v.tag_ in {"NNS", "NNPS"} or _lemma(v) in {"people", "several", "dozen"} or any(
        c.dep_ == "nummod" and c.lower_ not in {"one", "1", "a"} for c in v.children) for v in victims)
    told_as_attack = _lemma(event) == "attack" or any(
        c.dep_ == "conj" and _lemma(c) == "attack" for c in event.children)
    clause = {_lemma(t) for t in event.subtree} | victim_lemmas | _agent_lemmas(event)
    if not (cues.lemmas & TERROR_CUES or clause & (PUBLIC_ATTACK_CUES | NON_STATE_AGENTS) or several
            or told_as_attack):
        return []  # "a man was stabbed to death in the city centre": a crime, told as no attack
    if victim_lemmas & SECURITY_VICTIMS and not victim_lemmas & (CIVILIAN_TARGETS - {"man"}):
        return ["Armed clash"]  # an attacker knifing soldiers at a checkpoint: an attack on an armed side
    return ["Attack"]


def resolve_stab(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    # "a stabbing attack", "a stabbing spree": the noun it describes is the event
    event = head.head if head.dep_ in {"amod", "compound"} and head.head.pos_ == "NOUN" else head
    return _knife_attack_type(event, cues)


def _mentioned_aside(head: Token, other: Token) -> bool:
    """'A gunman killed 49 people, broadcasting footage of the attack': the killing itself, named again as the
    object of what else the killer did, tells nothing of how it was done."""
    if not _is_anaphoric(other) or _is_toll_reference(other):
        return False
    return any(child.dep_ in {"advcl", "xcomp", "conj"} and child.tag_ == "VBG" and other in child.subtree
               and other is not child for child in head.children)


def _restated_in_apposition(other: Token) -> bool:
    """ "43 farmers killed by insurgents near Zabarmari, an attack the president condemned": a noun set beside a
    name, after a comma, names the killing again and tells nothing of how it was done."""
    return other.dep_ == "appos" and other.pos_ == "NOUN" and other.i > 0 and any(
        t.text == "," for t in other.doc[max(0, other.left_edge.i - 1):other.left_edge.i + 1])


RAIDERS = {"saboteur", "sabotage", "raider", "raiding"}


# Verbs of going into a place ("entered the town", "pushed into the city"): troops doing so take it.
ENTERING_VERBS = {"enter", "push"}
# Parts of a town troops may push into while the fight for the rest goes on: no town taken. Lemmas of what "into"
# takes, where places.TOWN_PARTS are raw words before "of X"; pushing into "the area" does not leave a town untaken.
TOWN_PART_LEMMAS = {"centre", "center", "outskirt", "outskirts", "edge", "part", "suburb", "heart", "side"}


def _place_gone_into(head: Token) -> Token | None:
    """What troops pushed into: the object of "into" after a verb of going in ("pushed into the city")."""
    if _lemma(head) not in ENTERING_VERBS:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children
                 if g.dep_ == "pobj"), None)


def _into_a_town_part(head: Token) -> bool:
    """Whether troops pushed into a part of a town ("pushed into the centre of the city"): they hold part of it while
    the fight for the rest goes on."""
    place = _place_gone_into(head)
    return place is not None and _lemma(place) in TOWN_PART_LEMMAS


def _enters_to_shoot(head: Token, agent_lemmas: set[str]) -> bool:
    """'Two armed men entered the village and fired at three houses': armed men (not the state's forces) entering
    to shoot or kill raid the place rather than take it."""
    return not agent_lemmas & (STATE_AGENTS | SOLDIER_EPITHETS) and any(
        c.dep_ == "conj" and _lemma(c) in {"fire", "shoot", "kill", "stab"} for c in head.children)


def resolve_seize(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if (_lemma(head) == "occupy" and _describes_a_place(head)) or _states_who_holds(head) \
            or _describes_a_place_word(head):
        return []  # "in occupied Olenivka", "Russian forces occupy most of the region": a state of affairs
    if _lemma(head) == "fall":
        objects = {_lemma(t) for t in head.subtree}
        agent_lemmas = {_lemma(t) for c in head.children if c.dep_ == "prep" for t in c.subtree}
    else:
        target = agent_and_target(head)[1] or _place_gone_into(head)
        objects = {_lemma(t) for t in target.subtree} if target is not None else set()
        objects |= {_lemma(t) for t in candidate.tokens[1:]}
        agent_lemmas = _agent_lemmas(head)
        if target is not None and target.ent_type_ in {"GPE", "LOC", "FAC"} or (
                target is None and _place_hung_as_adverb(head) is not None):
            objects.add("town")
        if target is not None and target.ent_type_ == "PERSON":
            objects.add("person")
    if _lemma(head) in ENTERING_VERBS and (not agent_lemmas & (STATE_AGENTS | ARMED_AGENTS | SOLDIER_EPITHETS)
                                    or agent_lemmas & RAIDERS or _enters_to_shoot(head, agent_lemmas)):
        # troops entering a city take it; people entering talks, a race or a building do not, nor do saboteurs
        # slipping into a village to strike and leave
        return []
    if _controls_no_ground(candidate):
        return []  # "the junta sought to take control of the security situation"
    if _vessel_taken_by_armed_men(head, agent_lemmas) and not cues.labels & GUNFIRE_FAMILIES:
        return [_territory_type(head, agent_lemmas, cues, default="Non-state actor overtakes territory")]
    if _captured_people(head) & CAPTIVES or _takes_a_person(head):
        # "servicemen captured by Ukrainian troops", "captured the gang's leader in the state capital": prisoners
        # taken, no ground changes hands
        if _lemma(head) == "seize":
            return ["Abduction/forced disappearance"]
        return ["Arrests"] if _captured_by_a_state_away_from_fighting(head, cues) else []
    if head.dep_ == "xcomp" and _lemma(head.head) in {"try", "attempt", "seek"}:
        # "groups tried to take over the airport": a failed attempt; by armed men a fight, by others a riot
        if _agent_lemmas(head.head) & (STATE_AGENTS | ARMED_AGENTS | SOLDIER_EPITHETS):
            return ["Armed clash"]
        return ["Violent demonstration"]
    if _object_heads(head) & WEAPON_OBJECTS or (objects & WEAPON_OBJECTS and not objects & TERRITORY_OBJECTS):
        return ["Disrupted weapons use"]
    if objects & PERSON_OBJECTS and (not objects & TERRITORY_OBJECTS or _object_heads(head) & PERSON_OBJECTS):
        return ["Abduction/forced disappearance"] if _lemma(head) == "seize" else []
    if not objects & TERRITORY_OBJECTS and _ground_named_before(head) is None:
        return []
    if _taken_by_a_crowd(agent_lemmas):
        return ["Violent demonstration"]  # "protesters seized the regional administration building"
    if _held_ground_taken_by_armed_men(head, agent_lemmas):
        return ["Change to group/activity"]
    return [_territory_type(head, agent_lemmas, cues, default="Non-state actor overtakes territory")]


def _place_hung_as_adverb(verb: Token) -> Token | None:
    """A place name the parse hangs on the verb as an adverb ("had entered Rostov-on-Don", the hyphens read
    apart, and the name perhaps tagged a person's): the object taken. A day so hung ("entered it Monday") is none."""
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                 and c.ent_type_ not in TIME_ENTITIES and c.lower_ not in WEEKDAYS), None)


# A ship seized in a sentence that tells shots fired at it is the prize of that fight, an armed clash.
GUNFIRE_FAMILIES = {"FIRE", "SHOOTING", "STRIKE", "EXPLOSION", "KILL"}
# Ships an armed force may board and hold, as it would a base ("troops seized the corvette").
VESSEL_OBJECTS = {"ship", "vessel", "warship", "minesweeper", "frigate", "corvette", "submarine", "cruiser",
                  "destroyer", "tanker", "gunboat"}


def _seized_things(head: Token) -> list[Token]:
    """The nouns a capture verb takes: its object, the noun a relative pronoun stands for ("the frigate, which
    troops captured"), or the noun a clause as object names ("seizing what was thought to be the last ship")."""
    _, target = agent_and_target(head)
    if target is not None and target.lower_ in {"which", "that"} and head.dep_ == "relcl":
        return [head.head]
    if target is not None and target.lower_ != "what":
        return [target]
    clause = next((c for c in head.children if c.dep_ in {"ccomp", "dobj"} and c.i > head.i), None)
    return [t for t in clause.subtree if t.dep_ == "attr"] if clause is not None else []


def _vessel_taken_by_armed_men(head: Token, agent_lemmas: set[str]) -> bool:
    """Troops or a navy boarding and seizing a ship: ground of a kind changing hands, like a base; a ship merely
    taken somewhere, or one seized by no armed side, is not."""
    if not agent_lemmas & (STATE_AGENTS | ARMED_AGENTS | SOLDIER_EPITHETS):
        return False
    return any(_names_a_vessel(thing) for thing in _seized_things(head))


def _names_a_vessel(noun: Token) -> bool:
    """ "the frigate", "the minesweeper Cherkasy", "Cherkasy, the last ship of the fleet"."""
    names = {_lemma(noun)} | {_lemma(c) for c in noun.children if c.dep_ in {"compound", "amod", "appos", "conj"}}
    return bool(names & VESSEL_OBJECTS)


def _ground_named_before(head: Token) -> Token | None:
    """The place that "it", what is taken, stands for: the last the sentence named before ("troops are fighting
    for the town, a day after the enemy claimed to have captured it")."""
    if not _object_heads(head) & {"it"}:
        return None
    places = [t for t in head.sent
              if t.i < head.i and t.pos_ == "NOUN" and _lemma(t) in TERRITORY_OBJECTS - {"control"}]
    return places[-1] if places else None


def _captured_by_a_state_away_from_fighting(head: Token, cues: SentenceCues) -> bool:
    """Soldiers a state's side says it captured, in a sentence that tells no fighting ("Ukraine said it had
    captured ten Russian paratroopers"): a detention, which ACLED codes as arrests; prisoners taken in a battle
    the sentence tells are part of that battle."""
    return bool(_object_heads(head) & CAPTIVES) and _side_country(head) is not None \
        and not (cues.labels - {"SEIZE"}) & VIOLENT_FAMILIES


def _taken_by_a_crowd(agent_lemmas: set[str]) -> bool:
    """Protesters, crowds or a party's supporters, and no armed men, occupying a place: a demonstration that turned
    to force, not a change of who holds ground."""
    agents = _singular(agent_lemmas)
    return bool(agents & CROWD_AGENTS) and not agents & (ARMED_AGENTS | NON_STATE_AGENTS | STATE_AGENTS)


# How a report says that ground is already in a side's hands: "occupied Luhansk", "the rebel-held centre".
HELD_MARKERS = {"occupied", "held", "controlled"}


def _names_held_ground(head: Token) -> bool:
    """Whether what the seizure takes is ground already held: "took control of the centre of occupied Luhansk"."""
    _, target = agent_and_target(head)
    places = [target] if target is not None else []
    places += [o for t in head.subtree if _lemma(t) == "control" for p in t.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(t.dep_ == "amod" and t.lower_.split("-")[-1] in HELD_MARKERS for place in places
               for t in place.subtree)


def _held_ground_taken_by_armed_men(head: Token, agent_lemmas: set[str]) -> bool:
    """Gunmen who "took control of the centre of occupied Luhansk" moved within ground their side already holds: a
    show of force in a power struggle, not a change of hands."""
    return bool(agent_lemmas & NON_STATE_AGENTS) and not agent_lemmas & STATE_AGENTS and _names_held_ground(head)


def _controls_no_ground(candidate: Candidate) -> bool:
    """Whether "control" is what is taken and what it controls is no ground: "take control of the security
    situation", not "took control of the town" or "of Kherson"."""
    control = next((t for t in candidate.tokens if _lemma(t) == "control"), None)
    if control is None:
        return False
    held = [o for p in control.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"]
    return bool(held) and all(_lemma(o) in CONTROLLED_AFFAIRS for o in held)


# What one takes control of that is no ground: "take control of the security situation".
CONTROLLED_AFFAIRS = {"situation", "security", "economy", "finance", "budget", "narrative", "agenda", "process",
                      "crisis", "response", "investigation", "negotiation", "talk", "party", "company", "board",
                      "media", "outbreak", "fire", "blaze", "epidemic", "spending", "policy"}


# People taken prisoner: their capture is no change of territory.
CAPTIVES = {"soldier", "serviceman", "servicemen", "troop", "fighter", "militant", "prisoner", "pow", "conscript",
            "mercenary", "officer", "commander", "man", "member", "personnel", "marine", "paratrooper", "they"}


def _captured_people(head: Token) -> set[str]:
    """What was captured: the verb's object, or the noun a participle describes ("servicemen captured by
    Ukrainian troops", "all of them captured near Kursk")."""
    lemmas = _object_heads(head)
    described = head.head if head.dep_ in {"acl", "amod"} else None
    if any(c.dep_ == "agent" for c in head.children):  # "all of them captured by ...", parsed with a subject
        described = next((c for c in head.children if c.dep_ == "nsubj"), described)
    if described is not None:
        lemmas.add(_lemma(described))
        lemmas.update(_lemma(t) for c in described.children if c.dep_ == "prep" and c.lower_ == "of"
                      for t in c.children if t.dep_ == "pobj")
    return lemmas


# What wire reports call an army's soldiers ("Ukrainian defenders entered the town", "the occupiers left").
SOLDIER_EPITHETS = {"defender", "occupier", "invader", "liberator", "serviceman", "servicemen"}


def _states_who_holds(verb: Token) -> bool:
    """A verb of holding ground in the present tense, in a sentence of the body ("Russian forces occupy most of the
    region", "the rebels control the airport"), tells who holds it now, not a capture; a headline's present tense
    ("Rebels occupy key town") tells the news."""
    in_body = verb.sent.text.rstrip().endswith((".", "!", "?", '"', "”"))
    return _lemma(verb) in HOLDING_LEMMAS and verb.tag_ in {"VBP", "VBZ"} and in_body


def _describes_a_place(participle: Token) -> bool:
    """A participle used as an adjective right before the place it describes, with no subject of its own, or
    right after an article or a preposition ("in occupied East Jerusalem", "the occupied territories"), where no
    verb can stand, whatever subject the parse gives it."""
    doc = participle.doc
    following = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    if participle.tag_ not in {"VBN", "VBD", "JJ"} or following is None or participle.i == 0:
        return False
    before = doc[participle.i - 1]
    if before.dep_ in {"det", "prep", "case"} and following.pos_ in {"PROPN", "NOUN"}:
        return True
    if participle.dep_ == "amod" and before.text == "-" and not before.whitespace_ \
            and not doc[participle.i - 2].whitespace_:
        return True  # "Russian-occupied parts of the region", "rebel-held areas": who holds it, not a capture
    return following.pos_ == "PROPN" and before.pos_ in {"ADP", "DET", "PUNCT", "ADJ", "PROPN"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent", "aux", "auxpass"} for c in participle.children)


def _describes_a_place_word(participle: Token) -> bool:
    """A participle used as an adjective on a word for a place ("the recently liberated city of Kherson", "newly
    captured villages"), with no agent of its own, or one set after the place a preposition puts something else
    in, with no time of its own ("crimes in the parts of the region retaken by Ukraine"): it tells what the place
    is now, not that it changed hands."""
    if _lemma(participle.head) not in TERRITORY_OBJECTS - {"control"} or participle.tag_ != "VBN":
        return False
    if participle.dep_ == "acl" and participle.i > participle.head.i:
        place = participle.head
        while place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
            place = place.head.head  # "the parts of the region": the phrase the preposition takes
        timed = any(t.ent_type_ in {"DATE", "TIME"} for t in participle.subtree)
        return place.dep_ == "pobj" and not timed \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in participle.children)
    return participle.dep_ == "amod" and participle.i < participle.head.i \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent", "aux", "auxpass"} for c in participle.children)


def _takes_a_person(head: Token) -> bool:
    """Whether the verb's object is a person, by name, by a nationality in the plural ("captured two Syrians") or by
    what the report calls them ("captured Juan Perez, a gang leader", "seized the governor"), and no place is taken
    with them."""
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    described = {_lemma(t) for o in objects for t in [o, *(c for c in o.children if c.dep_ == "appos")]}
    named = any(o.ent_type_ == "PERSON" or (o.ent_type_ == "NORP" and o.tag_ == "NNPS") for o in objects)
    taken = _object_heads(head) | described  # "entered Balakliia, a town of 27,000": a place, whatever the tagger says
    return (named or bool(described & (PERSON_OBJECTS | CAPTIVES))) and not taken & TERRITORY_OBJECTS


def _object_heads(head: Token) -> set[str]:
    """Lemmas of a verb's object and of that object's "of" complement ("a cache of weapons")."""
    lemmas: set[str] = set()
    for child in head.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            lemmas.add(_lemma(child))
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ == "of":
                    lemmas.update(_lemma(t) for t in grandchild.children if t.dep_ == "pobj")
                if grandchild.dep_ == "conj":
                    lemmas.add(_lemma(grandchild))
    return lemmas


def _territory_type(head: Token, agent_lemmas: set[str], cues: SentenceCues, default: str) -> str:
    """Who takes a place from whom: a non-state group, or a state's forces abroad (ACLED counts a foreign force
    that takes territory as the "non-state" side), overtake it; a state's forces taking back its own territory
    regain it. The taker is the agent, else the party that announces the gain ("... have liberated the town,
    the Russian defence ministry said")."""
    if agent_lemmas & NON_STATE_AGENTS or _named_armed_group_acts(head):
        return "Non-state actor overtakes territory"
    taker, place = _taker_and_place(head)
    if taker and place:
        return "Government regains territory" if taker == place else "Non-state actor overtakes territory"
    agent_countries = {country for country in map(country_of_text, agent_lemmas) if country}
    if agent_countries:
        # ACLED: a foreign state's forces taking a place abroad "overtake" it, like a non-state actor.
        places = set(sentence_countries(cues.sentence))
        if places and not places & agent_countries:
            return "Non-state actor overtakes territory"
    if agent_lemmas & STATE_AGENTS or agent_countries:
        return "Government regains territory"
    sentence_agents = [t for t in cues.sentence if _lemma(t) in (NON_STATE_AGENTS | STATE_AGENTS)]
    for token in sentence_agents:
        return ("Non-state actor overtakes territory" if _lemma(token) in NON_STATE_AGENTS
                else "Government regains territory")
    named = match_actor_pattern(list(cues.sentence))
    if named is not None and named[0].kind != "state_forces" and named[0].country is not None:
        return "Non-state actor overtakes territory"
    return default


# ACLED's kinds of armed actor that are no state's forces, whichever country they come from.
ARMED_GROUP_KINDS = {"rebels", "political_militia", "identity_militia", "external"}


def _named_armed_group_acts(head: Token) -> bool:
    """'Wagner units entered the city': a group the actor list names, armed but no state's forces, takes a place
    even at home, where its country's name would make it the state regaining it."""
    agent, _ = agent_and_target(head)
    named = match_actor_pattern(list(agent.subtree)) if agent is not None else None
    return named is not None and named[0].kind in ARMED_GROUP_KINDS and "{country}" not in named[0].name


def _taker_and_place(head: Token) -> tuple[str | None, str | None]:
    """The countries of the side taking a place and of the place taken, when the sentence tells them."""
    taker, place = _side_country(head), _territory_country(head)
    antecedent = _ground_named_before(head)
    if antecedent is not None:
        place = place or _first_named_country(antecedent.subtree, build_context(head.doc).countries)
    if taker and not place and (_object_heads(head) & TERRITORY_OBJECTS or antecedent is not None):
        place = _report_country(head.doc)  # "its troops had seized the city": the city the report is about
    return taker, place


def _report_country(doc: Doc) -> str | None:
    """The country a report is about: its dateline's, else the one it names most."""
    context = build_context(doc)
    dateline = doc_text(doc)[:context.dateline_end]
    for part in dateline.replace("(", ",").split(","):
        country = country_of_text(part.strip(), city_ok=True)
        if country:
            return country
    return context.dominant_country()


def resolve_retake(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _describes_a_place_word(head):
        return []  # "visited the recently liberated city": the capture is behind the news, not told by it
    objects = _target_lemmas(head) | {_lemma(t) for t in head.subtree}
    if _lemma(head) == "regain" and not objects & (TERRITORY_OBJECTS | {"control"}):
        return []
    if _drove_out_to_somewhere(head):
        return []
    return [_territory_type(head, _agent_lemmas(head), cues, default="Government regains territory")]


def _drove_out_to_somewhere(verb: Token) -> bool:
    """ "The crew had driven out to the village": a journey to a place, with nobody driven out of anywhere."""
    return _lemma(verb) == "drive" and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in {"to", "towards", "toward"} for c in verb.children)


FLAG_VERBS = {"raise", "hoist", "fly", "plant", "unfurl", "run"}


def resolve_flag(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """A country's flag raised over a place marks who now holds it ("the Ukrainian flag is flying again over the
    town"): its own government regaining it, or a foreign force taking it. A flag a protest's crowd raises, with
    no armed side named, marks no change of hands."""
    flag = candidate.head
    # a flag set in apposition to the subject, as the parse reads "SIMFEROPOL (Agency) - The Russian flag was
    # raised ...", shares its verb
    subject = flag.head if flag.dep_ == "appos" else flag
    verb = subject.head if subject.dep_ in {"nsubj", "nsubjpass", "dobj"} else flag
    raised = next((c for c in flag.children if c.dep_ == "acl" and _lemma(c) in FLAG_VERBS), None)
    verb = raised or verb
    if _lemma(verb) not in FLAG_VERBS or _flown_by_a_ship(verb):
        return []
    if "PROTEST" in cues.labels and not cues.lemmas & ORGANISED_ARMED:
        return []  # a rally's crowd raising a flag over a building: the protest, no armed side takes anything
    holder = _flag_holder(flag) or (_report_country(flag.doc) if _is_national_flag(flag) else None)
    over = _prep_object_of(verb, {"over", "above", "atop", "in"})
    if holder is None or over is None:
        return []
    if _names_a_vessel(over):
        # a ship's name is no place ("over the corvette Ternopil"): the ship lies in the country the report is from
        return ["Government regains territory" if holder == _report_country(flag.doc)
                else "Non-state actor overtakes territory"]
    # a capitalised name only: the tagger takes "council" of "the city council building" for one
    names = [t for t in over.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
    place = next(filter(None, (country_of_token(t) or country_of_text(t.text, city_ok=True) for t in names)), None)
    if place is None and over.pos_ != "PROPN" and not {_lemma(over), over.lower_} & (
            TERRITORY_OBJECTS | {"building", "hall"}):
        return []
    place = place or _report_country(flag.doc)
    return ["Government regains territory" if holder == place else "Non-state actor overtakes territory"]


def _flown_by_a_ship(verb: Token) -> bool:
    """ "the last ship still flying the Ukrainian flag": a ship's ensign, no flag raised over taken ground."""
    flier = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return flier is not None and _names_a_vessel(flier)


def _is_national_flag(flag: Token) -> bool:
    """ "raising the national flag over the town", with no country named: the flag of the country the report is
    about, as its outlet tells it."""
    return any(c.dep_ == "amod" and c.lower_ in {"national", "state"} for c in flag.children)


def _flag_holder(flag: Token) -> str | None:
    """The country whose flag it is, also through the force that owns it ("the Russian navy's ensign flag")."""
    owners = [t for t in flag.subtree if t.i < flag.i and t.dep_ in {"amod", "compound", "poss"}]
    return next(filter(None, map(country_of_token, owners)), None)


def resolve_withdraw(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    related = _related_lemmas(head) | {_lemma(t) for t in head.subtree}
    if related & POLITICAL_WITHDRAWAL:
        return []
    agent = _agent_lemmas(head)
    has_place = any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in head.subtree if t.i != head.i)
    military = (agent | related) & (STATE_AGENTS | NON_STATE_AGENTS | TERRITORY_OBJECTS | {"front", "frontline"})
    if not (military or has_place or any(country_of_token(t) for t in head.subtree if t.i != head.i)):
        if not (agent and _actor_in(agent)):
            return []
    if _lemma(head) == "abandon" and not related & (TERRITORY_OBJECTS | {"post"}):
        return []
    if _hands_over_things(head) or _moves_within(head):
        return []
    if related & FORCED_WITHDRAWAL or _told_taken_by_others(head):
        # Pulled out after being encircled or under assault: the other side took the place by fighting.
        leaver, place = _side_country(head), _territory_country(head)
        if leaver and place and not _leavers_own_assault(head, place):
            return ["Non-state actor overtakes territory" if leaver == place else "Government regains territory"]
    return ["Non-violent transfer of territory"]


HANDED_THINGS = WEAPON_OBJECTS | {"equipment", "tank", "vehicle", "hardware", "gear", "piece", "prisoner", "body",
                                  "hostage", "suspect", "document", "evidence", "list", "remains", "captive",
                                  "detainee", "citizen", "national", "soldier", "serviceman", "sailor", "fisherman"}


def _moves_within(head: Token) -> bool:
    """'militants retreating into the industrial zone': a force falling back into a place it still holds, leaving
    none named."""
    preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
    return "into" in preps and "from" not in preps


def _hands_over_things(head: Token) -> bool:
    """'handed over 2,000 pieces of military equipment', 'surrendered their weapons', 'pulled out the passengers':
    goods or people change hands or places, not a place; in the passive ("110 sailors were handed over") what
    changes hands is the subject."""
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects:
        return False
    lemmas = {_lemma(t) for o in objects for t in o.subtree}
    places = any(t.ent_type_ in {"GPE", "LOC", "FAC"} for o in objects for t in o.subtree)
    return bool(lemmas & (HANDED_THINGS | PERSON_OBJECTS)) and not lemmas & TERRITORY_OBJECTS and not places


# What makes a withdrawal a loss in battle rather than a handover ("pulled out after Ukrainian forces encircled
# it"); an ordered withdrawal with none of these is a non-violent transfer.
FORCED_WITHDRAWAL = {"encircle", "encirclement", "surround", "counteroffensive", "counter-offensive", "onslaught",
                     "assault", "pressure", "fighting", "battle", "storm", "offensive", "rout", "siege"}


CAPTURE_LEMMAS = {"take", "capture", "seize", "overrun"}


def _told_taken_by_others(head: Token) -> bool:
    """ "have withdrawn from Lysychansk, the staff said, hours after Moscow said its troops had taken the city": the
    sentence tells the place left taken, by name or as "the city", so it fell to the other side."""
    left = {t.lower_ for prep in head.subtree if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
            and prep.head.i in {head.i, *(c.i for c in head.children)}
            for t in prep.subtree if t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"}}
    if not left:
        return False
    for token in head.sent:
        if _lemma(token) not in CAPTURE_LEMMAS:
            continue
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            named = obj.lower_ in left
            anaphor = _lemma(obj) in TERRITORY_OBJECTS and any(c.lower_ == "the" for c in obj.children)
            if named or anaphor:
                return True
    return False


def _leavers_own_assault(head: Token, place: str) -> bool:
    """ "pulled out of the camp after a two-day assault that killed 12 Palestinians": an assault whose dead are the
    place's people was the leaving side's own, which ends with the pull-out; nobody drove it out."""
    for token in head.subtree:
        if _lemma(token) not in FORCED_WITHDRAWAL:
            continue
        for clause in token.children:
            victims = [c for c in clause.children if c.dep_ == "dobj"] if _lemma(clause) in KILLING_VERBS else []
            if clause.dep_ in {"relcl", "acl"} and any(country_of_phrase(v) == place for v in victims):
                return True
    return False


def _side_country(head: Token) -> str | None:
    """The country of the side acting in a territorial event: its agent's, else (for a pronoun or a unit
    named without its country) that of a state or military body announcing it."""
    agent, _ = agent_and_target(head)
    if agent is not None:
        country = country_of_phrase(agent)
        if country:
            return country
    speaker = reporting_speaker(head)
    return country_of_phrase(speaker) if speaker is not None and is_party(speaker) else None


def _territory_country(head: Token) -> str | None:
    """The country of the place taken or left: the first place named in the event's own phrase (its objects and
    prepositions, not a clause hung on it: "... entered Kupyansk as Moscow said it was pulling back")."""
    agent, _ = agent_and_target(head)
    skip = {t.i for t in agent.subtree} if agent is not None else set()
    for child in head.children:
        if child.dep_ in {"advcl", "ccomp", "xcomp", "conj", "relcl", "parataxis"}:
            skip.update(t.i for t in child.subtree)
    tokens = (t for t in head.subtree if t.i not in skip and t.i != head.i)
    return _first_named_country(tokens, build_context(head.doc).countries)


def _first_named_country(tokens: Iterable[Token], named: Counter[str]) -> str | None:
    """The country of the first place among `tokens` in a country the report names (`named`): a village's name
    borne by a town abroad ("Malaya Loknya ... in the Kursk region": Malaya, the Philippines) gives way."""
    for token in tokens:
        if token.ent_type_ in {"GPE", "LOC", "FAC"} or token.pos_ == "PROPN":
            country = country_of_token(token) or country_of_text(token.text, city_ok=True)
            if country and named.get(country):
                return country
    return None


def resolve_disrupt(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    killed = resolve_kill(candidate, cues) if _lemma(head) in KILLING_EUPHEMISMS and \
        _armed_men_done_away_with(head) else []
    if killed:
        return killed  # "the army said it had neutralised 35 terrorists"
    weapon_agent = _weapon_agent(head, cues)
    if weapon_agent:
        return [weapon_agent]  # "a restaurant destroyed by a Russian missile" is the missile's strike
    _, target = agent_and_target(head)
    objects = _hit_lemmas(head) | {_lemma(t) for t in candidate.tokens[1:]}
    objects |= _lemmas_past_contents(target) if target is not None else set()
    if objects & {"they", "it", "them"} and _weapon_named_before(head, cues, candidate):
        objects.add("weapon")  # "launched 30 drones ... shot down 28 of them"
    if "vehicle" in objects and objects & {"unmanned", "uncrewed", "aerial"}:
        objects.add("drone")  # "an unmanned aerial vehicle"
    if _lemma(head) in {"shoot", "down"} and objects & AIRLINER_WORDS:
        objects.add("plane")
    if _weapon_told_before(head, cues):
        objects.add("drone")  # "tried to attack the ship with three unmanned boats ... all three boats were destroyed"
    weapon_used = _weapon_used(head, cues) or (AIR if _air_arm_agent(head) and objects & AIR_ARM_TARGETS else None)
    if weapon_used and _lemma(head) in STRIKE_BY_MEANS and not objects & WEAPON_OBJECTS:
        return [weapon_used]  # "destroyed a headquarters with ballistic missiles" is the missiles' strike
    if objects & WEAPON_OBJECTS or (not objects and cues.weapons and _lemma(head) in {"intercept", "interception"}):
        if _lemma(head) == "destroy" and not objects & {"drone", "missile", "rocket", "uav", "projectile",
                                                        "shahed", "bomb", "ied", "explosive", "mine"} \
                and not (objects & AIRCRAFT and _in_flight(head)):
            return []
        if _crew_killed(head, objects):
            return ["Armed clash"]
        return ["Disrupted weapons use"]
    return []


# Verbs that, done with a weapon to something other than a weapon, tell a strike: "targets were neutralised with
# high-precision weapons" as much as "destroyed a depot with missiles".
STRIKE_BY_MEANS = {"destroy", "neutralise", "neutralize"}
# What an air arm destroys in a strike ("the air force destroyed a bridge", not "destroyed his career").
AIR_ARM_TARGETS = MILITARY_TARGETS | PROPERTY_OBJECTS | INFRASTRUCTURE_TARGETS | ARMED_TARGETS
# Verbs that put a weapon to use, whose participle or infinitive tells what it did ("used drones to destroy").
USING_VERBS = {"use", "employ", "deploy"}
AIRCRAFT = {"plane", "aircraft", "helicopter", "jet", "warplane", "bomber", "fighter"}
# What is shot down besides a weapon: an airliner, often named by its maker, its airline or its flight ("shot down
# the Ukraine International Airlines Boeing 737", "downed Flight 17").
AIRLINER_WORDS = {"airliner", "airplane", "boeing", "airbus", "airline", "airlines", "flight"}
# Where an aircraft flies: destroyed "over the sea", "in the sky" it was brought down, not bombed on the ground.
FLIGHT_PLACES = {"sky", "skies", "air", "airspace", "sea"}


# Sites that hold weapons: one destroyed ("a depot of missiles", "an ammunition dump") is a site struck, not
# weapons stopped.
WEAPON_SITES = MILITARY_SITES | {"warehouse", "storage", "dump", "facility", "factory", "plant"}
CONTENT_DEPS = {"compound", "amod", "nmod", "prep"}


def _lemmas_past_contents(noun: Token) -> set[str]:
    """The lemmas of a noun phrase, leaving out what a weapon site is said to hold ("a large depot of missiles"
    gives depot and large, not missile)."""
    if _lemma(noun) not in WEAPON_SITES:
        return {_lemma(t) for t in noun.subtree}
    contents = {t.i for c in noun.children if c.dep_ in CONTENT_DEPS for t in c.subtree}
    return {_lemma(t) for t in noun.subtree if t.i not in contents}


def _hit_lemmas(verb: Token) -> set[str]:
    """The lemmas of what a verb destroyed or hit: its object, or its subject in the passive."""
    return {lemma for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for lemma in _lemmas_past_contents(c)}


def _crew_killed(head: Token, objects: set[str]) -> bool:
    """Whether a crewed aircraft was brought down and the sentence tells of those aboard killed ("shot down an
    army helicopter, killing nine soldiers"): a deadly blow in a fight, not a weapon stopped; passengers or
    civilians killed leave it a downing."""
    if not objects & AIRCRAFT or objects & {"drone", "uav", "unmanned"}:
        return False
    victims = {_lemma(t) for v in _harmed_people(head) for t in v.subtree}
    return bool(victims) and not victims & CIVILIAN_TARGETS


def _in_flight(head: Token) -> bool:
    """Whether what a verb destroyed was in the air: 'destroyed two jets over the Black Sea', 'destroyed a
    helicopter in the sky over Donetsk' (not 'destroyed aircraft at the airfield', a strike on the ground)."""
    for token in head.subtree:
        if token.dep_ != "prep" or token.lower_ not in {"over", "in", "above"}:
            continue
        place = next((c for c in token.children if c.dep_ == "pobj"), None)
        if place is None:
            continue
        if token.lower_ in {"over", "above"} and (place.ent_type_ in {"GPE", "LOC"} or _lemma(place) in FLIGHT_PLACES):
            return True
        if _lemma(place) in FLIGHT_PLACES - {"sea"}:
            return True
    return False


def _weapon_told_before(head: Token, cues: SentenceCues) -> bool:
    """Whether what was destroyed or intercepted is a remote weapon an earlier sentence named ("three unmanned
    boats", then "the boats"): its head noun is the noun a weapon word of an earlier sentence belongs to."""
    hit = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not hit:
        return False
    nouns = {_lemma(c) for c in hit} | {_lemma(g) for c in hit for g in c.children if g.dep_ == "prep"
                                         for g in g.children if g.dep_ == "pobj"}
    doc = cues.sentence.doc
    for sentence in doc.sents:
        if sentence.start >= cues.sentence.start:
            break
        for i, kind in _weapons_in(sentence):
            if kind in REMOTE_TYPES and _lemma(doc[i].head if doc[i].dep_ in {"amod", "compound"} else doc[i]) in nouns:
                return True
    return False


def _weapon_agent(head: Token, cues: SentenceCues) -> str | None:
    """The weapon kind when the trigger's agent is a weapon ('destroyed by a missile', 'a drone destroyed')."""
    agent, _ = agent_and_target(head)
    if agent is None or _lemma(agent) in MISHAP_NOUNS:
        return None  # "a helicopter crash that killed all 12 on board": an aircraft's accident, not a strike
    inside = {t.i for t in agent.subtree}
    return _pick_weapon([(i, kind) for i, kind in cues.weapons if i in inside], cues.sentence.doc)


def _weapon_used(head: Token, cues: SentenceCues) -> str | None:
    """The weapon kind a verb names as its means: 'destroyed the depot with missiles', or what the verb it tells
    the outcome of put to use: 'used a missile system, destroying a depot', 'used drones to destroy a radar station'."""
    means = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
    if head.dep_ in {"advcl", "xcomp"} and _lemma(head.head) in USING_VERBS:
        means |= {t.i for c in head.head.children if c.dep_ == "dobj" for t in c.subtree}
    return _pick_weapon([(i, kind) for i, kind in cues.weapons if i in means], cues.sentence.doc)


def _air_arm_agent(head: Token) -> bool:
    """Whether the verb's agent is an air arm ('the air force destroyed a bridge', 'Russian aviation destroyed a
    command post'): what it destroys, it destroys from the air (the weapon words leave 'air force' out, as a
    unit's name)."""
    agent, _ = agent_and_target(head)
    if agent is None:
        return False
    doc = head.doc
    return any(_lemma(t) == "aviation" or (_is_air_service(doc, t.i) and _lemma(doc[t.i + 1]) == "force")
               for t in agent.subtree)


def _weapon_named_before(head: Token, cues: SentenceCues, candidate: Candidate) -> bool:
    """A pronoun object's antecedent is a weapon: one named earlier in the sentence, or (for shooting down and
    intercepting) the weapon the document is about."""
    if any(_lemma(t) in WEAPON_OBJECTS for t in cues.sentence if t.i < head.i and t.pos_ == "NOUN"):
        return True
    return bool(cues.doc_weapon) and candidate.entry.lemmas[0] in {"shoot", "down", "intercept", "neutralise",
                                                                   "neutralize"}


def resolve_arrest(candidate: Candidate, cues: SentenceCues) -> list[str]:
    if cues.labels & {"PROTEST"} or "Violent demonstration" in cues.labels:
        return []  # the protest or riot is the event; the arrests are its intervention
    if candidate.head.dep_ == "compound" and _lemma(candidate.head.head) in {"warrant", "order"}:
        return []  # "an arrest warrant for ..." is a court's act, not an arrest
    context = cues.lemmas | {t.lower_ for t in cues.sentence}
    if context & POLITICAL_CUES:
        return ["Arrests"]
    if _bare_count_detained(candidate.head) and _previous_words(cues.sentence) & POLITICAL_CUES:
        return ["Arrests"]  # "The FSB searched dozens of homes. 23 people were detained.": the same raid's arrests
    if context & ALLEGATION_WORDS and (cues.labels & VIOLENT_FAMILIES or cues.weapons):
        return ["Arrests"]  # "detained a man suspected of planting the bomb": the suspect of an attack
    return []


def _bare_count_detained(head: Token) -> bool:
    """'23 people were detained', 'dozens were arrested': a count of people held, who and by whom left to the
    sentence before."""
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(
        any(t.like_num or _lemma(t) in {"dozen", "hundred", "score"} for t in s.subtree) for s in subjects)


def _previous_words(sentence: Span) -> set[str]:
    """The lemmas and lower-case words of the sentence before, in the same paragraph."""
    previous = previous_in_paragraph(sentence)
    return set() if previous is None else {_lemma(t) for t in previous} | {t.lower_ for t in previous}


ALLEGATION_WORDS = {"suspect", "suspected", "accuse", "accused", "charge", "charged"}


BANNING_VERBS = {"ban", "outlaw", "prohibit", "forbid", "criminalise", "criminalize"}


def _banned(head: Token) -> bool:
    """'where protests have been all but banned', 'a law that outlaws unauthorised rallies': protests as a kind of
    thing the law forbids, not one that took place."""
    # the parse may take the subject of "have been all but banned" for an active one
    return head.dep_ in {"nsubjpass", "nsubj", "dobj"} and _lemma(head.head) in BANNING_VERBS \
        and head.pos_ == "NOUN" and (head.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in head.head.children))


# What makes a vigil a protest: a demand or a grievance it is held for or against.
VIGIL_DEMANDS = {"demand", "demanding", "urge", "against", "protest", "justice", "release", "free", "accountability"}


def resolve_protest(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    related = _related_lemmas(head) | _agent_lemmas(head)
    if head.pos_ == "PROPN" and head.text[0].isupper() and _lemma(head) in {"march", "rally"}:
        return []
    if _lemma(head) in {"protester", "protestor", "demonstrator"} and not _protesters_act(head):
        return []
    if _names_own_campaign(head) and not cues.lemmas & PROTEST_PEOPLE:
        return []
    if _is_venue_of_violence(head, cues):
        return []
    if _banned(head):
        return []
    if _lemma(head) == "rally" and (cues.lemmas & FINANCE_CUES or head.pos_ == "VERB" and not related
                                    & PROTEST_PEOPLE):
        return []
    if _lemma(head) == "march" and head.pos_ == "VERB" and related & (STATE_AGENTS | {"toward", "towards"}) \
            and not related & PROTEST_PEOPLE:
        return []
    if _lemma(head) in {"protest", "demonstrate"} and head.pos_ == "VERB":
        agent = _agent_lemmas(head)
        # Governments and diplomats "protest" to each other: that is diplomacy.
        if agent & {"ministry", "government", "embassy", "ambassador", "minister", "president", "foreign"} or \
                any(t.ent_type_ in {"GPE"} for t in (agent_and_target(head)[0] or head).subtree if agent):
            return []
        if _lemma(head) == "demonstrate" and not related & PROTEST_PEOPLE:
            return []
    if _lemma(head) in {"demonstration", "take"} and not (cues.lemmas & (PROTEST_PEOPLE | {"street", "protest"})):
        return []
    if _lemma(head) == "vigil" and not cues.lemmas & VIGIL_DEMANDS:
        return []  # a vigil that only mourns ("a vigil for the victims of the crash") makes no demand
    if _lemma(head) == "take" and "street" not in {_lemma(t) for t in head.subtree}:
        return []
    if _lemma(head) == "protest" and head.pos_ == "NOUN" and (_is_lodged(head) or _names_a_written_protest(head)):
        return []
    if _spans_a_movement(head):
        return []
    if any(label in {"SHOOTING", "FIRE"} and _fired_by_armed_men(t) for t, label in cues.triggers) \
            or _harmed_by_armed_men(head, cues):
        return []  # the shooting or killing resolver types armed men's violence on a crowd as the attack it is
    lemmas = cues.lemmas
    words = {t.lower_ for t in cues.sentence}
    if any(_is_ramming(t) for t, _ in cues.triggers):
        return ["Peaceful protest"]  # the violence and the dead are those of the car driven into the marchers
    if lemmas & PROTESTER_VIOLENCE and _protesters_violent(cues) or _crowd_forces_entry(cues.sentence):
        return ["Violent demonstration"]
    live_fire = "live" in words and bool(lemmas & {"round", "ammunition", "bullet", "fire"})
    shot_at = "shoot" in lemmas and not lemmas & {"tear", "rubber", "water", "pepper"}
    state_killed_protesters = _protesters_killed_by_state(cues)
    if any(label in {"SHOOTING", "FIRE"} and (_told_days_back(t) or _sparks_protest(t)
                                              or (_is_grievance(t) and not state_killed_protesters))
           for t, label in cues.triggers):
        # "marched to demand the return of students who vanished after police fired on them three days earlier",
        # "demanding justice for the teachers shot dead in an attack": the shooting is an earlier event of its
        # own, not force used on this march
        return ["Protest with intervention"] if lemmas & INTERVENTION_CUES and _intervention(cues) \
            else ["Peaceful protest"]
    if state_killed_protesters or any(_lemma(t) in {"kill", "dead", "die", "death"} and not
                                                 (_is_grievance(t) or _in_quotes(t)) for t in cues.sentence) \
            or live_fire or shot_at or {"open", "fire"} <= lemmas:
        return ["Excessive force against protesters"]
    if lemmas & INTERVENTION_CUES and _intervention(cues):
        return ["Protest with intervention"]
    return ["Peaceful protest"]


QUOTES = {'"', "“", "”", "'", "‘", "’"}
# Where chanting is worship or cheering, not dissent: "monks chanted prayers", "fans chanted through the match".
NOT_DISSENT_CHANTS = {"prayer", "hymn", "mantra", "psalm", "verse", "fan", "club", "team", "match", "stadium", "game",
                      "concert"}


def _crowd_chants_slogans(head: Token) -> bool:
    """'thousands gathered for the funeral, some chanting "No to war"', 'students chanted anti-government
    slogans': a crowd calling out slogans is a demonstration, though no protest word is written."""
    chanted = list(head.subtree)
    slogans = any(t.text in QUOTES or _lemma(t) == "slogan" for t in chanted)
    chanters = _agent_lemmas(head)
    if head.dep_ in {"advcl", "conj", "xcomp"}:
        chanters |= _agent_lemmas(head.head)  # "some" of the crowd that "gathered"
    worship_or_sport = {_lemma(t) for t in head.sent} & NOT_DISSENT_CHANTS
    return slogans and bool(chanters & (PROTEST_PEOPLE | {"mourner"})) and not worship_or_sport


def _names_own_campaign(head: Token) -> bool:
    """'his "march of justice"': the name someone gives their own campaign, in quotes, not a protest the sentence
    tells (unless the sentence names people out on it)."""
    doc = head.doc
    first = min([head.i, *(c.i for c in head.lefts if c.dep_ in {"compound", "amod"})])
    last = max(t.i for t in head.subtree if not t.is_punct)
    quoted = 0 < first and last + 1 < len(doc) and doc[first - 1].text in QUOTES and doc[last + 1].text in QUOTES
    return quoted and any(c.dep_ == "poss" for c in head.children)


def _is_lodged(head: Token) -> bool:
    """'lodged a protest', 'filed a formal protest': a complaint one government makes to another."""
    return any(_lemma(t) in {"lodge", "file", "formal"} for t in [head.head, *head.children])


# Papers a complaint is put in: "sent a note of protest", "handed over a protest note", "a letter of protest".
PROTEST_PAPERS = {"note", "letter", "memorandum"}


def _names_a_written_protest(head: Token) -> bool:
    """'a note of protest', 'a protest note': a complaint put on paper and sent, not people out in protest."""
    if head.dep_ == "compound":
        return _lemma(head.head) in PROTEST_PAPERS
    governor = head.head
    return head.dep_ == "pobj" and governor.lower_ == "of" and _lemma(governor.head) in PROTEST_PAPERS


# Triggers whose object is hurt: "gunmen killed 23 protesters", "attacked demonstrators", "stabbed a marcher".
HARMING_FAMILIES = {"KILL", "ATTACK", "STAB"}


def _harmed_by_armed_men(head: Token, cues: SentenceCues) -> bool:
    """Whether the protest word names the people armed men (not the state's forces) kill, attack or stab ("gunmen
    killed 23 protesters"), or what those people were doing ("killed seven people who had joined a march"): the
    victims of an attack, not a protest the sentence tells."""
    return any(label in HARMING_FAMILIES and (_is_harmed_by(head, trigger) or _joined_by_the_harmed(head, trigger))
               and _fired_by_armed_men(trigger) for trigger, label in cues.triggers)


def _joined_by_the_harmed(protest: Token, verb: Token) -> bool:
    """Whether the protest word stands in a clause describing the people the verb harms ("people who had joined a
    protest", "villagers taking part in a march")."""
    clause = next((t for t in protest.ancestors if t.dep_ in {"relcl", "acl"}), None)
    return clause is not None and _is_harmed_by(clause.head, verb)


def _is_harmed_by(people: Token, verb: Token) -> bool:
    """Whether a noun is the object of a harming verb, or of its "on" or "at" phrase ("opened fire on them")."""
    while people.dep_ == "conj" and people.head != people:
        people = people.head
    if people.dep_ == "pobj" and people.head.lower_ in {"on", "at", "against"}:
        people = people.head
    return people.head == verb and people.dep_ in {"dobj", "nsubjpass", "prep"}


def _spans_a_movement(head: Token) -> bool:
    """'at the heart of two months of protests', 'after weeks of demonstrations': protests counted over a span of
    time name the movement the news belongs to, not a protest the sentence tells."""
    span = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return head.tag_ == "NNS" and span is not None and span.tag_ == "NNS" and _lemma(span) in TIME_NOUNS


KILLING_NOUNS = {"killing", "shooting", "massacre", "death", "murder"}
# What a protest is about: "marched to protest the death of a blogger", "denounced the killing of a journalist";
# mourners "carrying the bodies of those killed" in a raid, "the funeral of a man killed".
GRIEVANCE_GOVERNORS = {"protest", "denounce", "condemn", "decry", "mourn", "demand", "oppose", "commemorate",
                       "mark", "remember", "honour", "honor", "against", "over", "about", "justice", "anger",
                       "outrage", "investigation", "probe", "body", "coffin", "funeral", "burial"}


def _in_quotes(token: Token) -> bool:
    """Whether a word is inside quotation marks in its sentence: a slogan ("Death to the dictator") kills no one.
    Unlike attribution's `_opens_quotation`, which counts double marks in a paragraph's raw text, it counts the
    sentence's quote tokens before the word, an opening single mark among them (a slogan may be in single quotes)."""
    return sum(t.text in QUOTES and t.text not in {"'", "’"} for t in token.sent if t.i < token.i) % 2 == 1


def _is_grievance(token: Token) -> bool:
    """Whether a word of killing is what a protest is about rather than force used on it. A clause telling what
    happened at the protest ("protests in which two men were killed") is force used on it."""
    for word in [token, *token.ancestors]:
        if word is not token and _lemma(word) in GRIEVANCE_GOVERNORS:
            return True
        if _happened_within(word):
            return False
    return False


def _happened_within(clause: Token) -> bool:
    """A relative clause told of its noun as the occasion: "in which", "during which", "at which"."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ in {"in", "during", "at"} and any(o.lower_ == "which" for o in c.children)
        for c in clause.children)


def _protesters_killed_by_state(cues: SentenceCues) -> bool:
    """'The killing of 15 protesters by security forces during demonstrations', whoever condemns it: the
    killing's victims are demonstrators and its agent the state's forces."""
    for token in cues.sentence:
        if _lemma(token) not in KILLING_NOUNS or token.pos_ != "NOUN":
            continue
        victims = _prep_object_of(token, {"of"})
        if victims is None:
            continue
        # the parser hangs "by police" on the victims or on the verb of an active clause ("denounced the
        # shooting of three demonstrators by police"), where it can only be the killing's agent
        holders = [token, victims, *([token.head] if token.dep_ == "dobj" else [])]
        agent = next((g for h in holders for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            continue
        if {_lemma(t) for t in victims.subtree} & PROTESTER_WORDS and {_lemma(t) for t in agent.subtree} & (
                STATE_AGENTS | {"security"}):
            return True
    return False


def _is_venue_of_violence(head: Token, cues: SentenceCues) -> bool:
    """'a suicide bombing at a political rally', 'the attack on a march': the gathering is where a bombing or
    an attack happened, not the event itself."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ != "pobj":
        return False
    preposition = head.head
    if preposition.lower_ not in {"at", "on", "during", "near", "outside", "of", "targeting", "against"}:
        return False
    governor = preposition.head
    if _lemma(governor) not in {"bombing", "bomb", "blast", "explosion", "attack", "strike", "shooting", "airstrike",
                                "assault", "blow", "detonate", "explode", "raid", "fire", "kill", "massacre"}:
        return False
    return not (cues.lemmas & {"police", "security", "troop", "soldier"} and _lemma(governor) in {"fire", "kill"})


def _protesters_act(head: Token) -> bool:
    """'Protesters' names a protest when they act or are acted on, not when merely mentioned ('songs
    supporting protesters')."""
    if head.dep_ in {"nsubj", "nsubjpass", "conj", "ROOT", "appos"}:
        return True
    governor = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and _describes_in_passing(governor):
        # "a slogan printed on posters and repeated by protesters": who uses the slogan, no protest told
        return False
    if head.dep_ == "pobj" and head.head.lower_ in {"on", "at", "against", "with", "among", "by", "of"}:
        return _lemma(governor) not in {"support", "sympathy", "solidarity", "praise", "call", "appeal"}
    return _lemma(governor) in (INTERVENTION_CUES | LETHAL_CUES | PROTESTER_VIOLENCE | {
        "fire", "shoot", "kill", "arrest", "detain", "disperse", "attack", "beat", "injure", "join", "wound",
        "tear-gas", "chase", "confront", "hold", "lead", "gather", "block", "prevent"})


def _describes_in_passing(verb: Token) -> bool:
    """A reduced passive participle describing something ("a song sung by protesters", "a reply repeated by
    protesters"), not a finite clause telling what was done."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"} and not any(
        c.dep_ in {"auxpass", "aux"} for c in verb.children)


def _protesters_violent(cues: SentenceCues) -> bool:
    """Protesters (not police) threw, torched, stormed or clashed: not violence the crowd suffered ("several
    protesters were injured"), nor an attack told as a noun whose author is not the crowd ("accused armed factions
    of carrying out the attack")."""
    for token in cues.sentence:
        if _lemma(token) not in PROTESTER_VIOLENCE:
            continue
        subject_lemmas = _agent_lemmas(token)
        if subject_lemmas & (STATE_AGENTS | {"security", "officer"}):
            continue
        if _crowd_turns_on_protesters(token):
            continue  # "party supporters attacked protesters": violence the protest suffered
        by_crowd = bool(_singular(subject_lemmas) & STORMING_CROWDS)
        if not by_crowd and (_suffered_by_a_crowd(token) or (_lemma(token) == "attack" and token.pos_ == "NOUN")
                             or _hurt_unsaid_by_whom(token)):
            continue
        return True
    return False


def _hurt_unsaid_by_whom(verb: Token) -> bool:
    """ "two were killed by police gunfire and dozens more were injured": people hurt, told without the crowd
    hurting anyone."""
    return _lemma(verb) == "injure" and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _suffered_by_a_crowd(verb: Token) -> bool:
    """'several protesters were injured', 'attacked the marchers': the crowd is who the violence was done to. Police
    hurt beside them ("53 police and 22 protesters were injured") tell a fight the crowd took part in."""
    sufferers = _singular({_lemma(t) for c in verb.children if c.dep_ in {"nsubjpass", "dobj"} for t in c.subtree})
    return bool(sufferers & STORMING_CROWDS) and not sufferers & (STATE_AGENTS | {"security", "officer"})


# A crowd's forcible entry or assault: "stormed the governor's office", "broke into the building", "forced its
# way past the police line", "ransacked the offices", "beat the men inside", and its throwing out of those
# inside: "dragged out the occupiers", "freed the building from the men holding it".
STORMING_VERBS = {"storm", "ransack", "smash"}
ENTRY_PARTICLES = {"into", "in", "through"}
BREAK_IN_VERBS = {"break", "burst", "barge"}  # "burst into the building"
EJECTION_VERBS = {"drag", "drive", "throw", "chase", "kick"}
OUSTING_VERBS = {"free", "expel", "evict", "oust", "beat"}
CROWD_AGENTS = {"youth", "protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "supporter", "fan"}
STORMING_CROWDS = CROWD_AGENTS | {"participant", "marcher", "activist", "rally", "people", "thousand", "hundred"}


def _crowd_forces_entry(sentence: Span) -> bool:
    """Whether a crowd (not the police) storms, breaks or bursts into or forces its way into a place, throws out
    those inside, or beats people: a violent demonstration, however peaceful the rally it came from."""
    for token in sentence:
        if token.pos_ != "VERB" or not _singular(_agent_lemmas(token)) & STORMING_CROWDS \
                or _crowd_turns_on_protesters(token):
            continue
        lemma = _lemma(token)
        particles = {c.lower_ for c in token.children if c.dep_ in {"prep", "prt"}}
        if lemma in STORMING_VERBS or (lemma in BREAK_IN_VERBS and particles & ENTRY_PARTICLES) or (
                lemma == "force" and any(c.dep_ == "dobj" and c.lower_ == "way" for c in token.children)) or (
                lemma in EJECTION_VERBS and "out" in particles) or (lemma in OUSTING_VERBS and _done_to_people(token)):
            return True
    return False


def _done_to_people(verb: Token) -> bool:
    """'freed the building from the activists who held it', 'expelled the occupiers', 'beat the guards': people
    put out or hurt, not litter cleared or drums beaten."""
    ousted = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(o) in PERSON_OBJECTS | STORMING_CROWDS | {"occupier"} or any(
        c.dep_ == "relcl" and any(w.lower_ in {"who", "whom"} for w in c.children) for c in o.children) for o in ousted)


def _intervention(cues: SentenceCues) -> bool:
    # Someone must intervene: security forces named, or their tools ("blocked roads" alone is the protesters').
    return bool(cues.lemmas & {"police", "security", "force", "officer", "troop", "soldier", "authority",
                               "gendarme", "tear", "cannon", "baton", "rubber", "stun", "pepper", "truncheon"})


def _singular(lemmas: set[str]) -> set[str]:
    """Lemmas with plural forms the tagger left as proper nouns ("Youths", "Protesters" opening a sentence)."""
    return lemmas | {lemma[:-1] for lemma in lemmas if lemma.endswith("s")}


def resolve_loot(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    agent = _singular(_agent_lemmas(head))
    if _lemma(head) in {"take", "steal"}:
        return ["Looting/property destruction"] if _carried_off_by_force(head, agent) else []
    if agent & CROWD_AGENTS:
        # Youths torching cars, protesters setting a building ablaze: rioting; a mob's rampage is mob violence.
        return ["Mob violence" if "mob" in agent else "Violent demonstration"]
    if _lemma(head) == "burn" and not any(c.dep_ in {"dobj", "agent"} for c in head.children):
        return []  # "fuel tankers burned for hours", "the house burned down": a fire, nobody's act
    if _lone_agent(head) and cues.lemmas & CASUALTY_CUES:
        return ["Attack"]  # "people died after a man set the church on fire": one person's deadly arson
    if cues.labels & {"PROTEST", "Violent demonstration", "Mob violence", "ATTACK", "KILL", "SHOOTING", "STRIKE",
                      "EXPLOSION", "Attack"}:
        return []
    if agent & KILLING_FORCES and cues.lemmas & DEATH_CUES:
        # "troops set fire to the village, and the charred bodies of a couple were found in their home": armed
        # men's arson that kills is an attack on the people in it
        return ["Attack"]
    weapon = _weapon_agent(head, cues)
    if weapon:
        return [weapon]  # "drones set a depot ablaze": a strike told by the fire it started
    if _caused_by_a_blast(head):
        return []  # "debris set several cars on fire": the strike's damage, not someone's arson
    objects = _target_lemmas(head) | {_lemma(t) for t in head.subtree}
    if _lemma(head) in {"loot", "looting", "plunder", "pillage", "ransack"}:
        return ["Looting/property destruction"]
    if objects & PROPERTY_OBJECTS and (objects | cues.lemmas) & (ARMED_AGENTS | NON_STATE_AGENTS | STATE_AGENTS
                                                                  | {"mob", "crowd", "youth", "arsonist"}):
        return ["Looting/property destruction"]
    return []


DAMAGE_VERBS = {"destroy", "damage", "hit", "strike", "shatter", "flatten", "level", "wreck", "demolish", "raze"}
BLAST_CAUSES = {"debris", "fragment", "shrapnel", "wreckage", "blast", "explosion", "shockwave", "wave", "missile",
                "drone", "shell", "rocket", "bomb", "strike", "impact", "projectile"}


def _caused_by_a_blast(head: Token) -> bool:
    """Whether the subject of the trigger's clause (or of the clause it hangs from) is a blast or its debris."""
    for verb in [head, *head.ancestors]:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return _lemma(subject) in BLAST_CAUSES
    return False


# Places goods are carried off from, and what taken things must not be (a town, people, arms, "control").
LOOTED_PLACES = PROPERTY_OBJECTS | {"zoo", "park", "plant", "factory", "port", "silo", "elevator", "orphanage",
                                    "theatre", "theater", "university", "laboratory", "farmstead", "store"}
NOT_LOOT = TERRITORY_OBJECTS | PERSON_OBJECTS | WEAPON_OBJECTS | {"prisoner", "captive", "hostage", "position",
                                                                  "step", "measure", "part", "place", "cover",
                                                                  "office", "power", "refuge", "shelter", "aim"}


LOOTERS = (ARMED_AGENTS | STATE_AGENTS | SOLDIER_EPITHETS) - {"man", "police", "gang"}


def _carried_off_by_force(head: Token, agent: set[str]) -> bool:
    """Soldiers taking things from a property ("troops took the animals from the zoo", "fighters stole grain from
    the silos"): looting. A place, people or weapons taken are a capture, an abduction or a seizure instead."""
    if not agent & LOOTERS or head.dep_ == "pcomp":  # "arrested for stealing phones": a charge, not an act
        return False
    taken = [c for c in head.children if c.dep_ == "dobj"]
    if not taken or any(t.ent_type_ in {"GPE", "LOC", "PERSON", "NORP"} or _lemma(t) in NOT_LOOT
                        for o in taken for t in o.subtree if t.dep_ != "prep" and t.head == o or t == o):
        return False
    sources = [g for holder in [head, *taken] for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"]
    return _lemma(head) == "steal" or any(_lemma(t) in LOOTED_PLACES for s in sources for t in s.subtree)


# What a deal must be about to be one between the parties to a conflict, not over trade or a budget.
CONFLICT_TERMS = {"attack", "strike", "fighting", "fight", "hostility", "war", "ceasefire", "truce", "prisoner",
                  "peace", "troop", "weapon", "rebel", "militia", "armed", "military", "offensive", "shelling",
                  "bombing", "violence", "conflict", "captive", "hostage", "pullout", "disarmament", "militant",
                  "combatant", "bombardment", "frontline", "front"}
GENERAL_ACCORD_WORDS = {"agreement", "deal", "accord", "agree"}


SIGNED_THINGS = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "protocol", "document", "ceasefire",
                 "truce", "armistice", "declaration"}


def resolve_agreement(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if _lemma(head) == "sign":
        # "signed documents on the deployment of weapons", "signed a truce with the rebels"; not "signed a law"
        signed = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in SIGNED_THINGS]
        if signed and _is_personal_undertaking(signed[0]):
            return []
        if not signed or not ({_lemma(t) for t in head.subtree} | _told_before(signed[0])) & CONFLICT_TERMS:
            return []
        return ["Agreement"]
    if _lemma(head) in GENERAL_ACCORD_WORDS:
        # "agreed to halt strikes on energy sites", "reached a deal to end the fighting"; not "a trade deal"
        said = head.subtree if head.pos_ == "VERB" else head.sent
        if not ({_lemma(t) for t in said} | _told_before(head)) & CONFLICT_TERMS:
            return []
        if head.pos_ == "VERB":
            return ["Agreement"]
    if _lemma(head) == "return":
        # "Ukraine has returned 150 of its defenders from Russian captivity": an exchange told by its homecoming
        return ["Agreement"] if any(t.dep_ == "prep" and t.lower_ == "from" and any(
            _lemma(g) == "captivity" for g in t.children) for t in head.subtree) else []
    if head.pos_ == "VERB":  # "exchanged prisoners", "swapped 90 captives", "brought home 189 prisoners of war"
        objects = _target_lemmas(head)
        # bodies are exchanged too; a family brings home its dead
        exchanged = EXCHANGED_PEOPLE - {"body"} if _lemma(head) == "bring" else EXCHANGED_PEOPLE
        return ["Agreement"] if objects & exchanged else []
    if _lemma(head) in {"exchange", "swap"}:
        # "a large exchange of prisoners of war", "a swap of bodies"; not "an exchange of views", "a debt swap"
        swapped = {_lemma(g) for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "involving"}
                   for g in c.children if g.dep_ == "pobj"} | {_lemma(c) for c in head.children if c.dep_ == "compound"}
        return ["Agreement"] if swapped & EXCHANGED_PEOPLE or _freed_in_exchange(head) else []
    governors = [head.head, *head.head.ancestors][:3] if head.head != head else []
    if any(_lemma(t) in AGREEMENT_VERBS for t in governors):
        return ["Agreement"]
    if head.dep_ in {"nsubj", "nsubjpass"} and _lemma(head.head) in {"take", "come", "go", "begin", "start"}:
        return ["Agreement"]
    return []


EXCHANGED_PEOPLE = {"prisoner", "captive", "pow", "detainee", "hostage", "body", "pows"}
# Who, given "in exchange for", makes a release a prisoner exchange ("freed in exchange for two servicemen").
TRADED_PEOPLE = EXCHANGED_PEOPLE | {"soldier", "serviceman", "servicemen", "officer", "pilot", "sailor", "fighter",
                                    "citizen", "national"}
RELEASE_VERBS = {"free", "release", "return", "repatriate", "hand", "send", "fly"}


def _freed_in_exchange(exchange: Token) -> bool:
    """'Freed in exchange for two captured soldiers', 'released in a swap for a jailed pilot': a person set free for
    other people is a prisoner exchange, even where the word "prisoner" is not written."""
    preposition = exchange.head
    if exchange.dep_ != "pobj" or preposition.lower_ != "in" or _lemma(preposition.head) not in RELEASE_VERBS:
        return False
    traded = [g for c in exchange.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(g) in TRADED_PEOPLE or g.ent_type_ == "PERSON" for g in traded)


PLEDGE_VERBS = {"pledge", "promise", "vow", "undertake", "swear", "commit", "renounce"}


def _is_personal_undertaking(signed: Token) -> bool:
    """'Prisoners signed papers promising not to fight again': a document that is a pledge (not an accord, a deal
    or a treaty between sides) is one person's undertaking, no agreement between conflict actors."""
    return _lemma(signed) in {"document", "paper", "form", "statement", "declaration"} and any(
        c.dep_ in {"acl", "relcl"} and _lemma(c) in PLEDGE_VERBS for c in signed.children)


def _told_before(accord: Token) -> set[str]:
    """For "the agreement" or "the deal", told as one the report has already named, the lemmas of the sentence
    before (the lead that says what it is about)."""
    if accord.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                        for c in accord.children):
        return set()
    sentence = accord.sent
    if sentence.start == 0:
        return set()
    previous = accord.doc[sentence.start - 1].sent
    return {_lemma(t) for t in previous}


# A call to protest that people answered ("crowds formed in response to the opposition's call"): a protest.
CALL_ANSWERS = {"response", "respond", "answer", "heed", "follow", "obey", "answering", "heeding"}
CALLERS = {"opposition", "activist", "protest", "union", "dissident", "organiser", "organizer", "movement", "party",
           "committee", "campaigner", "leader", "boycott", "strike", "shutdown"}
TURNOUT = {"gather", "form", "line", "queue", "turn", "flock", "crowd", "throng", "pour", "assemble", "march",
           "hundred", "thousand", "people", "shut", "close", "stay", "empty", "desert", "boycott"}


def resolve_call(candidate: Candidate, cues: SentenceCues) -> list[str]:
    call = candidate.head
    answered = any(_lemma(t) in CALL_ANSWERS for t in [call.head, *list(call.head.ancestors)[:2]]) or \
        _lemma(call.head) == "to" and _lemma(call.head.head) in CALL_ANSWERS
    callers = {_lemma(t) for c in call.children if c.dep_ in {"poss", "amod", "compound", "prep"}
               for t in c.subtree}
    if not answered or not callers & CALLERS or not cues.lemmas & TURNOUT:
        return []
    if cues.lemmas & INTERVENTION_CUES and _intervention(cues):
        return ["Protest with intervention"]
    return ["Peaceful protest"]


SETTLING_VERBS = {"arrive", "move", "relocate", "settle", "drive", "pull", "roll", "redeploy", "transfer"}


def resolve_base(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    governors = [head.head, *head.head.ancestors][:2] if head.head != head else []
    # "fighters arrived at a field camp", "the unit moved into the base": an armed group taking up its quarters
    settles = head.dep_ == "pobj" and head.head.lower_ in {"at", "into", "in", "to"} and any(
        _lemma(t) in SETTLING_VERBS and {_lemma(s) for c in t.children if c.dep_ == "nsubj" for s in c.subtree}
        & MILITARY_CONTEXT for t in governors)
    if not settles and not any(_lemma(t) in BASE_VERBS for t in governors):
        return []
    if _lemma(head) == "camp" and (cues.lemmas & {"refugee", "displaced", "idp", "aid", "relief"}
                                   or not cues.lemmas & MILITARY_CONTEXT):
        return []
    if not cues.lemmas & (MILITARY_CONTEXT | {"military", "naval", "air", "troop"}):
        return []
    return ["Headquarters or base established"]


POPULAR_VOTES = {"referendum", "plebiscite"}
# Verbs that hold a popular vote ("held a referendum", "the plebiscite was staged").
HOLDING_VERBS = {"hold", "stage", "conduct", "organise", "organize"}


def resolve_vote(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """'Voters backed independence in Sunday's referendum', 'separatists held a referendum', 'the referendums held
    the day before': a popular vote that took place is a strategic development of its own; one called for,
    demanded or merely named ("a referendum commission") is none."""
    return ["Other"] if _vote_held(candidate.head) else []


def _vote_held(vote: Token) -> bool:
    if vote.dep_ in {"dobj", "nsubjpass"} and _lemma(vote.head) in HOLDING_VERBS:
        return True
    if any(c.dep_ == "acl" and _lemma(c) in HOLDING_VERBS and c.tag_ == "VBN" for c in vote.children):
        return True
    # "voted in a referendum", "backed union in Sunday's referendum": the vote is where the ballots were cast
    return vote.dep_ == "pobj" and vote.head.lower_ == "in"


# Verbs telling the choice voters made ("voted to join", "backed secession").
BALLOT_VERBS = {"vote", "back", "support", "approve", "reject", "endorse", "choose", "opt", "favour", "favor"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _vote_modality(vote: Token, modality: str, sentence: Span, document: Document | None) -> str:
    """'Crimeans voted to leave and join the union in a referendum', 'a day after voters in a referendum backed
    breaking away': a popular vote is told as its ballots are, in the past where they were cast; the infinitive
    of what the voters chose tells no future vote. A vote dismissed or rejected ("dismissed the referendums held
    the day before as a farce") was still held: what is denied is its legitimacy."""
    if modality == "denied":
        return "asserted"
    if not (vote.dep_ == "pobj" and vote.head.lower_ == "in"):
        return modality
    ballot = next((t for t in vote.ancestors if t.tag_ in FINITE_TAGS), None)
    if ballot is None or ballot.tag_ != "VBD" or _lemma(ballot) not in BALLOT_VERBS:
        return modality
    return classify_modality(ballot, sentence, document)


MOVEMENT_VERBS = {"deploy", "deployment", "move", "relocate", "arrive"}
# Words for one armed person: "the gunman", "an assailant" (a "force" or a "militia" is a group however named).
LONE_ACTORS = {"attacker", "assailant", "gunman", "man", "suspect", "perpetrator", "bomber", "shooter", "killer",
               "fighter", "militant", "rebel", "soldier", "jihadist", "terrorist", "insurgent", "saboteur",
               "militiaman", "woman", "driver", "assassin"}
DEPLOYED_FORCES = {"troop", "soldier", "force", "unit", "brigade", "battalion", "guard", "marine", "reservist",
                   "contingent", "police", "officer", "paratrooper", "peacekeeper", "commando", "gendarme", "army"}


DECREE_VERBS = {"declare", "impose", "introduce", "announce", "order", "decree", "proclaim", "enact", "lift", "end",
                "extend", "begin", "launch", "start", "approve", "sign", "lower", "raise", "expand", "tighten",
                "pass", "adopt", "toughen"}
MOBILISATION_WORDS = {"mobilise", "mobilize", "mobilisation", "mobilization", "martial"}


def _is_decreed(head: Token) -> bool:
    """'Putin declared martial law', 'martial law was imposed', 'announced a partial mobilisation': a measure
    taken now. 'Life under martial law', 'wives of mobilised soldiers' tell a state of affairs."""
    if head.pos_ == "VERB":
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
        return head.dep_ not in {"amod", "acl", "relcl"} and not passive
    while head.dep_ == "compound":  # "lowered the mobilisation age", "a mobilisation law was passed"
        head = head.head
    governor = head.head if head.dep_ in {"dobj", "nsubjpass", "nsubj", "conj", "appos"} else None
    return governor is not None and _lemma(governor) in DECREE_VERBS


# Whom police move against in a dispersal ("riot police moved against demonstrators")
CROWD_WORDS = {"demonstrator", "protester", "protestor", "crowd", "rally", "march", "protest", "marcher",
               "demonstration", "sit-in"}


def resolve_change(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if candidate.entry.lemmas[0] in MOBILISATION_WORDS:
        return ["Change to group/activity"] if _is_decreed(head) else []
    if _lemma(head) == "pledge" and head.dep_ in {"relcl", "acl"}:
        return []  # "a group that pledged allegiance to Islamic State": who the group is, not news
    related = _related_lemmas(head) | {_lemma(t) for t in head.subtree}
    if related & {"voter", "vote", "support", "fund", "resource", "money", "supporter", "investor", "company"}:
        return []
    if _lemma(head) in {"appoint", "name"}:
        if not related & {"commander", "chief", "leader", "head", "general", "emir"}:
            return []
        if not cues.lemmas & MILITARY_CONTEXT:
            return []
        return ["Change to group/activity"]
    if _lemma(head) in MOVEMENT_VERBS:
        # Troops sent, moved or arriving somewhere are a change of activity; drones "deployed" in an attack, or
        # civilians moved, are not.
        deployed = _target_lemmas(head) | {_lemma(t) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                                           for t in c.subtree}
        if _lemma(head) in {"arrive", "relocate", "move"}:
            if any(c.lower_ in {"closer", "forward", "toward", "towards"} or (
                    c.lower_ in {"on", "in"} and c.dep_ in {"prt", "advmod"}) for c in head.children):
                return []  # "troops moved closer", "riot police moved in": an advance, told by what it led to
            against = _prep_object_of(head, {"against", "on"})
            if against is not None and _lemma(against) in CROWD_WORDS:
                return []  # "riot police moved against demonstrators": the dispersal, told as the protest's
            mover, _ = agent_and_target(head)
            if mover is not None and mover.tag_ in {"NN", "NNP"} and _lemma(mover) in LONE_ACTORS:
                return []  # "the attacker moved along the road": one person's movements, no group's activity
            deployed |= _agent_lemmas(head)
        if head.dep_ == "acl" and head.tag_ == "VBN":
            # "Armed men, backed by armour, deployed in the centre": the men were deployed (not "officers arriving
            # at the scene", who are told by what they did there)
            deployed |= _mover_lemmas(head.head)
        if not deployed & (DEPLOYED_FORCES | NON_STATE_AGENTS) or deployed & WEAPON_OBJECTS or cues.weapons:
            return []
        if _disaster_named(head.sent, cues.lemmas):
            return []  # troops sent to dig out an earthquake's victims or fight a flood: relief, not conflict
        return ["Change to group/activity"]
    if _lemma(head) == "split" and not _agent_lemmas(head) & {"faction", "group", "dissident", "wing", "commander",
                                                               "militia", "rebel", "fighter"}:
        return []
    if not (related | cues.lemmas) & MILITARY_CONTEXT and _lemma(head) not in {"mobilisation", "mobilization",
                                                                                  "conscription"}:
        return []
    return ["Change to group/activity"]


def _mover_lemmas(noun: Token) -> set[str]:
    """The lemmas naming who moves: the noun and its modifiers, "armed men" read as gunmen."""
    lemmas = {_lemma(noun)} | {_lemma(t) for t in noun.children if t.dep_ in {"amod", "compound"}}
    return lemmas | {"gunman"} if {"man", "armed"} <= lemmas else lemmas


# Whom armed men hold captive besides the people of PERSON_OBJECTS: a mission's members.
HELD_PEOPLE = PERSON_OBJECTS | {"observer", "monitor", "inspector", "delegate", "envoy", "volunteer"}


def resolve_hold(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """Armed men holding people abduct them (`find_triggers` keeps only such holdings: `_holds_captives`)."""
    return ["Abduction/forced disappearance"]


def _holds_captives(head: Token) -> bool:
    """Whether armed men outside the state hold people ("gunmen are holding a team of observers"): not whatever
    else is held (a town, talks, a rally), nor people held by others (police holding suspects)."""
    captors = _agent_lemmas(head)
    return bool(captors & NON_STATE_AGENTS) and not captors & STATE_AGENTS and bool(_object_heads(head) & HELD_PEOPLE)


# Nouns that "riot" modifies to name a duty, not a riot: "riot police", "riot gear", "the Riot Act".
RIOT_DUTY_NOUNS = {"police", "gear", "squad", "shield", "officer", "control", "unit", "policeman", "act"}


def resolve_riot(candidate: Candidate, cues: SentenceCues) -> list[str]:
    if _names_riot_duty(candidate.head):
        return []
    return ["Violent demonstration"]


def _names_riot_duty(riot: Token) -> bool:
    """ "riot police", "riot gear", also inside a longer compound ("a riot police vehicle", where the parse hangs
    both modifiers on "vehicle"): the word "riot" modifies names a duty."""
    if riot.dep_ not in {"compound", "amod"}:
        return False
    modified = riot.nbor(1) if riot.i + 1 < riot.head.i else riot.head
    return _lemma(modified) in RIOT_DUTY_NOUNS


def resolve_disappear(candidate: Candidate, cues: SentenceCues) -> list[str]:
    head = candidate.head
    if any(_lemma(c) in {"forcibly", "forced"} for c in head.children) or "forcibly" in cues.lemmas:
        return ["Abduction/forced disappearance"]
    return []


def resolve_aftermath(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """'The toll from the collapse of the apartment block rose to 15', in a report of a missile strike: the
    collapse the strike caused, typed by the document's weapon; with no weapon in the report, no event."""
    if cues.doc_weapon in REMOTE_TYPES and _is_toll_reference(candidate.head) and not cues.lemmas & ACCIDENT_CUES:
        return [cues.doc_weapon]
    return []


def resolve_unrest(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """'Victims of Friday's violence', 'after Sunday's unrest': a day's violence told in the aftermath of a
    protest is that protest's deadly turn, excessive force where the report has the state's forces shoot or
    kill, else a violent demonstration. Undated, or with no protest in the report, the word names no event."""
    head = candidate.head
    if not any(c.dep_ == "poss" and (c.lower_ in WEEKDAYS or c.ent_type_ == "DATE") for c in head.children):
        return []
    doc = cues.sentence.doc
    if not _tells_a_protest(doc):
        return []
    if _state_forces_fire(doc) or _state_forces_kill(doc):
        return ["Excessive force against protesters"]
    return ["Violent demonstration"]


def resolve_disorder(candidate: Candidate, cues: SentenceCues) -> list[str]:
    """ "A man died during violent disorders in the neighbourhood", "several people were hurt in the
    disturbances": street disorder in which someone died or was hurt is a riot. Named otherwise ("a criminal record
    for public disorder", "charged with mass disorder", "a blood disorder") the word tells no event."""
    head = candidate.head
    preposition = head.head if head.dep_ == "pobj" else None
    return ["Violent demonstration"] if preposition is not None and preposition.lower_ in {"during", "in", "amid"} \
        and _lemma(preposition.head) in HARM_VERBS else []


def _tells_a_protest(doc: Doc) -> bool:
    """Protesters, a march or roadblocks, or a general or national strike anywhere in the report."""
    return any(_lemma(t) in PROTEST_WORDS | {"roadblock"} or _lemma(t) == "strike" and any(
        _lemma(c) in LABOUR_CUES | {"national"} for c in t.children if c.dep_ in {"amod", "compound"}) for t in doc)


def _state_forces_kill(doc: Doc) -> bool:
    """'Killings by security forces', 'documented 40 killings allegedly by police': the parser may hang the
    agent on the verb the killings are the object of."""
    for token in doc:
        if _lemma(token) not in KILLING_NOUNS or token.pos_ != "NOUN":
            continue
        holders = [token, *([token.head] if token.dep_ == "dobj" else [])]
        agents = [g for h in holders for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]
        if any({_lemma(t) for t in agent.subtree} & (STATE_AGENTS | {"security"}) for agent in agents):
            return True
    return False


RESOLVERS: dict[str, Callable[[Candidate, SentenceCues], list[str]]] = {
    "STRIKE": resolve_strike, "FIRE": resolve_fire, "ATTACK": resolve_attack, "CLASH": resolve_clash,
    "EXPLOSION": resolve_explosion, "SHOOTING": resolve_shooting, "KILL": resolve_kill, "SEIZE": resolve_seize,
    "RETAKE": resolve_retake, "FLAG": resolve_flag, "WITHDRAW": resolve_withdraw, "DISRUPT": resolve_disrupt,
    "ARREST": resolve_arrest,
    "PROTEST": resolve_protest, "LOOT": resolve_loot, "AGREEMENT": resolve_agreement, "BASE": resolve_base,
    "CHANGE": resolve_change, "DISAPPEAR": resolve_disappear, "RIOT": resolve_riot,
    "AFTERMATH": resolve_aftermath, "UNREST": resolve_unrest, "DISORDER": resolve_disorder, "CALL": resolve_call,
    "STAB": resolve_stab, "OPERATION": resolve_operation, "HOLD": resolve_hold, "WOUND": resolve_wound,
    "VOTE": resolve_vote,
}
# The sentence-level rule families whose presence lets "killed" and property destruction stand aside.
VIOLENT_FAMILIES = {"STRIKE", "FIRE", "ATTACK", "CLASH", "EXPLOSION", "SHOOTING", "SEIZE", "RETAKE", "FLAG",
                    "STAB"}


def _typed(candidate: Candidate, cues: SentenceCues) -> list[str]:
    label = candidate.entry.label
    if label == "Mob violence" and _is_armed(candidate.head):
        return []  # "an armed mob tried to storm a military unit": armed men, typed by what they did
    if label == "Armed clash" and _lemma(candidate.head) == "ambush" and _target_kind(candidate.head) == "civilian":
        return ["Attack"]  # "gunmen ambushed a bus carrying pilgrims": armed men on civilians, not a fight
    if label in EVENT_TYPES:
        return [label]
    if _weapons_told_apart(candidate, cues):
        cues = replace(cues, doc_weapon=None)
    return RESOLVERS[label](candidate, cues)


def _is_armed(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "armed" for c in noun.children)


def _armed_crowd_assaults_troops(head: Token) -> bool:
    """"An armed mob tried to storm a military unit": a crowd bearing arms against soldiers fights them; it is not
    protesting."""
    agent, _ = agent_and_target(head)
    if agent is None and head.dep_ == "xcomp":
        agent, _ = agent_and_target(head.head)
    return agent is not None and _is_armed(agent) and _target_kind(head) == "military"


def _weapons_told_apart(candidate: Candidate, cues: SentenceCues) -> bool:
    """Whether the trigger is dated on its own and its sentence's weapons all belong to other clauses: those
    weapons, which also make the report's weapon, are another event's, so the report's weapon says nothing of
    how the dated one was made ("the victims of Friday's attacks, as jets pounded Raqqa")."""
    return bool(cues.weapons) and _dated_on_its_own(candidate.head) and _sentence_weapon(candidate, cues) is None


def _sentence_cues(sentence: Span, candidates: list[Candidate], doc_weapon: str | None) -> SentenceCues:
    cues = SentenceCues(sentence=sentence, lemmas={_lemma(t) for t in sentence}, weapons=_weapons_in(sentence),
                        doc_weapon=doc_weapon)
    cues.labels = {c.entry.label for c in candidates}
    cues.triggers = [(c.head, c.entry.label) for c in candidates]
    if cues.labels & {"PROTEST"} and not _protest_is_real(sentence, candidates, cues):
        cues.labels.discard("PROTEST")
    return cues


def _protest_is_real(sentence: Span, candidates: list[Candidate], cues: SentenceCues) -> bool:
    probe = SentenceCues(sentence, cues.lemmas, cues.weapons, cues.doc_weapon, set())
    return any(resolve_protest(c, probe) for c in candidates if c.entry.label == "PROTEST")


def _char_span(document: Document, doc: Doc, start_token: int, end_token: int) -> TextSpan:
    start = doc[start_token].idx
    last = doc[end_token - 1]
    end = last.idx + len(last.text)
    return TextSpan(text=document.text[start:end], start=start, end=end)


def _sentence_span(document: Document, sentence: Span) -> TextSpan:
    tokens = [t for t in sentence if not t.is_space]
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return TextSpan(text=document.text[start:end], start=start, end=end)


@dataclass
class SentenceEvent:
    """One event found in a sentence, before it becomes an EventMention."""

    sub_event_type: str
    modality: str
    confidence: float
    trigger: list[Token]


@dataclass
class SentenceAnalysis:
    """The rules' events in a sentence and what the classifier is told about them."""

    rule_events: list[SentenceEvent]
    findings: RuleFindings
    candidates: list[Candidate]
    # the sentence tells an accident or a common crime, which ACLED does not code: the classifier adds no event
    not_political: bool = False


def _names_an_event_told_elsewhere(head: Token, candidates: list[Candidate]) -> bool:
    """ "Sunday's attack", "the attack": an event noun made definite by an article or a possessive names an event
    rather than telling one, and so does a verb in a relative clause describing what another trigger of the
    sentence hit ("crashed into the tower that was hit on Sunday"); a verb or indefinite noun of the same type
    in the sentence is the one to report."""
    if _dates_the_news(head) or _one_of_a_run(head):
        return True
    if head.pos_ in {"NOUN", "PROPN"}:
        # not "the bomb hit the school": a definite noun that is the subject of the sentence's verb tells it
        return _is_anaphoric(head) and head.dep_ not in {"nsubj", "nsubjpass"} and any(
            c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in head.children)
    clause = next((t for t in [head, *head.ancestors] if t.dep_ == "relcl"), None)
    return clause is not None and any(c.head is not head and (c.head in clause.ancestors or c.head.head in
                                                              clause.ancestors) for c in candidates)


# "a weekend of attacks", "a week of strikes": the events of a period (a night or a day of strikes may be one
# attack, a weekend or a week is many)
PERIOD_RUN_NOUNS = {"weekend", "week"}
# "the latest in a series of attacks", "a wave of strikes": a run of events the news belongs to
RUN_NOUNS = {"series", "spate", "string", "wave", "succession", "streak", "run"} | PERIOD_RUN_NOUNS


def _one_of_a_run(head: Token) -> bool:
    """An event noun in the plural naming a run of events ("the latest in a series of attacks on the region"), not
    the one the sentence tells, unless the sentence counts the run's dead ("the toll from the wave of strikes")."""
    if head.tag_ != "NNS" or head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    run = head.head.head
    return run.lemma_.lower() in RUN_NOUNS and not _is_toll_reference(run)


# Prepositions that set a run of events as the background of the news ("after a series of attacks", "amid a spate of
# bombings")
BACKGROUND_PREPOSITIONS = {"after", "amid", "amidst", "following", "despite"}


def _background_run(head: Token) -> bool:
    """ "schools closed after a series of deadly attacks on the village": a run of events set as the background of
    the news sums up attacks the report tells one by one (or not at all); it is none of them. Not "after a wave of
    strikes", which news also uses for one night's barrage."""
    if not _one_of_a_run(head):
        return False
    run = head.head.head
    return run.dep_ == "pobj" and run.head.lower_ in BACKGROUND_PREPOSITIONS and _lemma(run) != "wave"


def _sums_up_a_period(head: Token) -> bool:
    """ "after a weekend of attacks on police stations that left seven dead": the events of a period summed up,
    none of those the report tells one by one."""
    # (not "a week of protests": the unrest the report's protests belong to, which tells how to type them)
    return head.tag_ == "NNS" and head.dep_ == "pobj" and head.head.lower_ == "of" \
        and _lemma(head.head.head) in PERIOD_RUN_NOUNS and _lemma(head) not in TARGETED_GATHERINGS


def _stretch_of_days(head: Token) -> bool:
    """ "left the town after days of intensified shelling", "weeks of fighting": a bare plural stretch of days,
    weeks or months of an event is many days' events summed up, none of those the report tells one by one ("two
    days of fighting" may be one battle's, "hours of shelling" one night's)."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or _lemma(head) in TARGETED_GATHERINGS:
        return False
    stretch = head.head.head
    return bare_plural(stretch) and _lemma(stretch) in TIME_MEASURES


# The spans a count of events is told within that are longer than a day ("in a week", "over four days").
COUNTED_SPANS = {"in", "over", "within"}


def _counted_over_days(head: Token) -> bool:
    """ "after two attacks in a week killed four people", "three strikes over four days": several events counted over
    a span of days happened on different days, so the count sums them up and is none of them (nor is its toll any
    one's)."""
    if head.tag_ != "NNS" or not any(c.dep_ == "nummod" and c.like_num and c.lower_ not in {"one", "1"}
                                     for c in head.children):
        return False
    spans = [o for p in head.children if p.dep_ == "prep" and p.lower_ in COUNTED_SPANS
             for o in p.children if o.dep_ == "pobj"]
    return any(_lemma(o) in TIME_MEASURES and (_lemma(o) != "day" or o.tag_ == "NNS") for o in spans)


def _dates_the_news(head: Token) -> bool:
    """'..., two days after a strike on a mall killed 18', 'a week after a missile attack': an event the sentence
    measures its own from is an earlier occasion, named to date the news."""
    for token in [head, *head.ancestors]:
        if token.dep_ == "ROOT":
            return False
        links = [token.head] if token.dep_ == "pobj" else [c for c in token.children if c.dep_ == "mark"]
        if any(measures_time_from(link) for link in links):
            return True
    return False


# Vehicles whose crash or collision is an accident: a crewed aircraft, a train, a bus (a drone that "crashed into"
# a block of flats is a drone strike, so drones are not among them).
# a car or truck driven into a crowd or a patrol may be a ramming attack, so road vehicles other than buses are not.
CREWED_VEHICLES = {"train", "express", "locomotive", "plane", "aircraft", "airliner", "jet", "helicopter", "bus",
                   "minibus", "coach", "ferry", "boat"}
MISHAP_VERBS = {"crash", "collide", "derail", "capsize", "overturn", "plunge"}
IMPACT_VERBS = {"hit", "strike", "smash", "slam", "plough", "plow"}
DRUGS = {"cocaine", "heroin", "methamphetamine", "meth", "cannabis", "marijuana", "fentanyl", "narcotic", "drug",
         "opium", "hashish", "captagon", "ecstasy", "amphetamine", "ketamine", "tramadol", "khat"}
SEARCH_VERBS = {"seize", "find", "confiscate", "intercept", "discover", "impound", "bust", "uncover", "recover"}
COMMON_CRIMINALS = {"thief", "robber", "burglar", "pickpocket", "shoplifter", "fraudster", "swindler", "conman"}
PERSONAL_QUARRELS = {"argument", "quarrel", "altercation", "squabble"}
# Who, named in a sentence, makes its violence political: an armed group or a state's forces ("police said" does not).
ORGANISED_ARMED = (NON_STATE_AGENTS - {"group", "attacker", "assailant"}) | {"soldier", "troop", "army", "military",
                                                                            "militia", "junta"}


def tells_no_political_event(sentence: Span, cues: SentenceCues) -> bool:
    """Whether a sentence tells only an accident or a common crime, which ACLED does not code: a train or a crewed
    aircraft that crashed or hit another ("an air force training jet crashed into a school"), a drug haul seized,
    thieves' burglary, a man who shot his neighbour in a quarrel."""
    lemmas = _singular(cues.lemmas)
    organised = bool(lemmas & ORGANISED_ARMED)
    if tells_vehicle_mishap(sentence) or _relief_work(sentence, lemmas):
        return True
    if lemmas & DRUGS and lemmas & SEARCH_VERBS and not lemmas & (WEAPON_OBJECTS - {"shipment", "cache", "device"}) \
            and not _finds_the_dead(sentence):
        return True
    if any(t.dep_ == "nsubj" and _lemma(t) in COMMON_CRIMINALS for t in sentence) and not organised and (
            "armed" not in lemmas):
        return True  # thieves who broke in (not villagers who mistook men for thieves)
    return bool(lemmas & PERSONAL_QUARRELS) and not organised


# What a search finds when it finds a death, not a haul ("divers found the body of an officer").
FOUND_DEAD = {"body", "corpse", "remains"}


def _finds_the_dead(sentence: Span) -> bool:
    """Whether a search verb of the sentence finds a body: "found the body of an officer who went missing when drug
    smugglers rammed a patrol" tells a death, however many drug words are beside it."""
    return any(t.pos_ == "VERB" and _lemma(t) in SEARCH_VERBS and any(
        c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in FOUND_DEAD for c in t.children) for t in sentence)


VIOLENT_ACTS = {"attack", "ambush", "shoot", "kill", "clash", "fight", "loot", "abduct", "kidnap", "shell", "bomb"}
RELIEF_WORK = {"survivor", "rescue", "rescuer", "rubble", "debris", "relief", "evacuate", "evacuation", "victim"}


def _relief_work(sentence: Span, lemmas: set[str]) -> bool:
    """'Army troops were deployed to dig out survivors', after an earthquake: rescue work in a disaster the report
    has named, not a move in a conflict."""
    return bool(lemmas & RELIEF_WORK and not lemmas & (NON_STATE_AGENTS | WEAPON_OBJECTS | VIOLENT_ACTS)
                and _disaster_named(sentence, lemmas))


def _disaster_named(sentence: Span, lemmas: set[str]) -> bool:
    """Whether the sentence (its `lemmas`) or the 60 tokens before it name an earthquake, a flood or the like."""
    doc = sentence.doc
    return bool((lemmas | {_lemma(t) for t in doc[max(0, sentence.start - 60):sentence.start]}) & DISASTER_CUES)


def tells_vehicle_mishap(sentence: Span) -> bool:
    """'A training jet crashed into a school', 'an express hit a stationary goods train', 'coaches derailed': a
    vehicle crashing, or running into another vehicle, with no weapon named but the vehicle itself."""
    doc = sentence.doc
    if any(not {_lemma(doc[i]), _lemma(doc[i].head)} & CREWED_VEHICLES and not _is_air_service(doc, i)
           for i, _ in _weapons_in(sentence)):  # "fighter jet" names the crashed vehicle
        return False
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} and _lemma(c) in CREWED_VEHICLES for c in token.children):
            continue
        if _lemma(token) in MISHAP_VERBS:
            return True
        target = next((c for c in token.children if c.dep_ == "dobj"), None)
        if _lemma(token) in IMPACT_VERBS and target is not None and _lemma(target) in CREWED_VEHICLES:
            return True
    return False


def analyse_sentence(sentence: Span, document: Document | None, doc_weapon: str | None) -> SentenceAnalysis:
    """Run the trigger rules over one sentence: their events (one per sub-event type and modality) and findings."""
    candidates = find_triggers(sentence)
    weapons = tuple(sorted({kind for _, kind in _weapons_in(sentence)}))
    if not candidates:
        return SentenceAnalysis([], RuleFindings(weapons=weapons), [])
    cues = _sentence_cues(sentence, candidates, doc_weapon)
    if tells_no_political_event(sentence, cues):
        return SentenceAnalysis([], RuleFindings(weapons=weapons), candidates, not_political=True)
    best: dict[tuple[str, str], SentenceEvent] = {}
    best_told_here: dict[tuple[str, str], tuple[bool, bool, bool]] = {}
    heads = {c.head for c in candidates}
    for candidate in candidates:
        if _is_a_name_given(candidate.head) or _names_kinds_of_event(candidate.head) \
                or _told_as_a_rising_trend(candidate.head) \
                or _sums_up_told_events(candidate.head) or _sums_up_a_period(candidate.head) \
                or _background_run(candidate.head) or _stretch_of_days(candidate.head) \
                or _counted_over_days(candidate.head) \
                or _read_from_traces(candidate.head, heads):
            continue
        for sub_event_type in _typed(candidate, cues):
            modality = classify_modality(candidate.head, sentence, document)
            if sub_event_type == "Other" and _lemma(candidate.head) in POPULAR_VOTES:
                modality = _vote_modality(candidate.head, modality, sentence, document)
            if modality not in NOT_HAPPENED and days_apart_from(candidate.head) in heads:
                modality = "historical"
            confidence = _rule_confidence(candidate, sub_event_type)
            key = (sub_event_type, modality)
            # the main clause's event before one named to date it, told aside ("..., while other missiles
            # struck the Tel Aviv area") or told as what it followed ("struck a checkpoint after troops shelled
            # villages"); of two words naming it, the one with a day of its own says when ("since the start of the
            # gunfight ... killed in Wednesday's encounter")
            told_here = (not _names_an_event_told_elsewhere(candidate.head, candidates),
                         not in_aside_clause(candidate.head), not _told_as_what_came_before(candidate.head, heads),
                         _dated_on_its_own(candidate.head))
            if key not in best or (told_here, confidence) > (best_told_here[key], best[key].confidence):
                best[key] = SentenceEvent(sub_event_type, modality, confidence, candidate.tokens)
                best_told_here[key] = told_here
    events = sorted(best.values(), key=lambda e: e.trigger[0].i)
    findings = RuleFindings(families=tuple(sorted({c.entry.label for c in candidates})),
                            types=tuple(sorted({e.sub_event_type for e in events})), weapons=weapons,
                            modalities=tuple(sorted({e.modality for e in events})))
    return SentenceAnalysis(events, findings, candidates)


def _told_as_what_came_before(head: Token, heads: set[Token]) -> bool:
    """Whether the trigger heads a clause of "after" with a subject of its own on another trigger's verb ("artillery
    struck a checkpoint after troops shelled villages of the district"): the earlier event that prompted the one the
    main clause tells."""
    children = list(head.children)
    return head.dep_ == "advcl" and head.head in heads \
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in children) and any(c.dep_ == "nsubj" for c in children)


def detect_events(doc: Doc, document: Document, *, mode: str = "hybrid",
                  classifier: EventClassifier | None = None, places: Iterable[Place] = ()) -> list[EventMention]:
    """Event mentions in a parsed document: one per sentence, sub-event type and modality.

    `mode` is "hybrid" (rules and classifier together), "rules" or "classifier" (each alone, for evaluation);
    `classifier` defaults to the bundled model (without one, the rules work alone); `places`, the places stage's
    toponyms, give actors the countries of the towns the text names.
    """
    note_place_countries(doc, places)
    if mode != "rules":
        classifier = classifier or load_classifier()
    doc_weapon = dominant_weapon(doc)
    actor_context: ActorContext = build_context(doc)
    mentions: list[EventMention] = []
    for sentence in doc.sents:
        if not sentence.text.strip():
            continue
        evidence = _sentence_span(document, sentence)
        if document.is_boilerplate(evidence.start, evidence.end):
            continue
        analysis = analyse_sentence(sentence, document, doc_weapon)
        if mode == "rules" or classifier is None:
            events = [replace(e, confidence=_blend(e.confidence, None, e.modality)) for e in analysis.rule_events]
        else:
            probabilities = classifier.probabilities(sentence_features(list(sentence), analysis.findings))
            events = decide(analysis, probabilities, classifier, sentence, document, mode)
        for event in events:
            mentions.append(_mention(doc, document, sentence, event, actor_context, len(mentions) + 1))
    mentions = _follow_ups(_reported_in_own_right(mentions, doc, document), doc)
    mentions = _protest_deaths_settled(_protest_fighting(mentions, doc, doc_weapon), doc)
    return _sourced_by_what_follows(_without_compared_events(_without_restatements(mentions, doc), doc), doc)


# How many sentences after an event's own may name its source ("Gunmen killed 12 villagers on Sunday. A local
# official said the attackers came on motorbikes.").
SOURCE_REACH = 2
# Not "claimed", which a later sentence mostly uses of responsibility ("the group claimed the attack"), not of the
# lead's facts.
SOURCE_VERBS = REPORTING_VERBS | CONFIRMING_VERBS


def _names_a_source(sentence: Span) -> bool:
    """Whether the sentence tells what someone said: a reporting verb with a subject, or "according to"."""
    for token in sentence:
        # active voice only: "no casualties were reported" names no source
        if _lemma(token) in SOURCE_VERBS and token.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in token.children):
            return True
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor(1).lower_ == "to":
            return True
    return False


def _sourced_by_what_follows(mentions: list[EventMention], doc: Doc) -> list[EventMention]:
    """An event its own sentence asserts is told on someone's word when one of the next sentences names a
    source: wire reports give the lead's source after it ("Police said the march passed off peacefully")."""
    sentences = [s for s in doc.sents if s.text.strip()]
    starts = {next(t.idx for t in s if not t.is_space): i for i, s in enumerate(sentences)}
    out: list[EventMention] = []
    for mention in mentions:
        index = starts.get(mention.evidence.start)
        if mention.modality == "asserted" and index is not None and any(
                _names_a_source(s) for s in sentences[index + 1:index + 1 + SOURCE_REACH]):
            mention = replace(mention, modality="reported")
        out.append(mention)
    return out


ANAPHORIC_ATTACKS = {"attack", "assault", "raid", "massacre", "killing", "shooting", "violence"}
DETENTION_VERBS = {"detain", "arrest", "hold", "seize", "round", "take", "bundle", "drag"}
PROTESTER_WORDS = {"protester", "protestor", "demonstrator", "participant", "marcher", "organiser", "organizer"}


def _follow_ups(mentions: list[EventMention], doc: Doc) -> list[EventMention]:
    """Later sentences that tell more of an event already reported: "the attack" takes the type of the violent
    event told before it, and the detention of the protesters of an earlier protest ("police detained 20 of
    the women") is that protest's intervention, not an arrest campaign of its own."""
    out: list[EventMention] = []
    for mention in mentions:
        span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
        head = span.root if span is not None else None
        earlier = [m for m in out if m.evidence.start < mention.evidence.start and m.modality not in NOT_HAPPENED]
        if head is None or not earlier:
            out.append(mention)
            continue
        violent = [m for m in earlier if m.event_type in POLITICAL_VIOLENCE_TYPES]
        if violent and _lemma(head) in ANAPHORIC_ATTACKS and head.pos_ == "NOUN" and _is_anaphoric(head) and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children) \
                and not _names_a_scene(head):
            mention = _retyped(mention, violent[-1].sub_event_type)
        protests = [i for i, m in enumerate(out) if m.evidence.start < mention.evidence.start
                    and m.sub_event_type in {"Peaceful protest", "Protest with intervention"}]
        if protests and mention.sub_event_type in {"Arrests", "Protest with intervention"} and _detains_those_told_of(
                next((t for t in [head, *head.ancestors] if t.pos_ == "VERB"), head)):
            out[protests[-1]] = _retyped(out[protests[-1]], "Protest with intervention")
            continue
        out.append(mention)
    return out


SCENE_NOUNS = {"scene", "site", "spot", "place", "location"}


def _names_a_scene(noun: Token) -> bool:
    """Whether an attack noun only names where something else happens: "gathered near the scene of the attack"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in SCENE_NOUNS


VIOLENT_PROTEST = {"Violent demonstration", "Excessive force against protesters"}
# What state forces fire that does not kill: "fired tear gas", "fired into the air", "fired rubber bullets".
NON_LETHAL_FIRE = {"tear", "gas", "teargas", "rubber", "water", "pepper", "warning", "air", "blank", "canister",
                   "flare", "grenade", "pellet", "stun"}


def _protest_deaths_settled(mentions: list[EventMention], doc: Doc) -> list[EventMention]:
    """A deadly protest told both as a violent demonstration and as excessive force ("Clashes between soldiers
    and protesters left eight dead") is one event. Its type is who killed: excessive force when the report has
    the state's forces fire on the crowd ("troops opened fire"), else a violent demonstration (a demonstrator
    who "died during clashes" after police "fired tear gas"); a crowd that itself stoned, torched or stormed
    ("protesters hurled rocks and set cars ablaze") made a violent demonstration, whatever the police fired back.
    A protest told as peaceful in a sentence where someone dies is that event too, and no second mention where its
    sentence tells the deadly violence itself ("a farmer died in clashes ... as farmers tried to resume their
    march")."""
    told = {m.sub_event_type for m in mentions if m.modality not in NOT_HAPPENED}
    if not VIOLENT_PROTEST <= told:
        return mentions
    settled = "Excessive force against protesters" if _state_forces_fire(doc) and not _crowd_acts_violently(doc) \
        else "Violent demonstration"
    violent_sentences = {m.evidence.start for m in mentions
                         if m.sub_event_type in VIOLENT_PROTEST and m.modality not in NOT_HAPPENED}
    beside_a_death = [_protest_beside_a_death(m, doc) for m in mentions]
    return [_retyped(m, settled) if m.modality not in NOT_HAPPENED and (m.sub_event_type in VIOLENT_PROTEST or beside)
            else m for m, beside in zip(mentions, beside_a_death, strict=True)
            if not (beside and m.evidence.start in violent_sentences)]


def _protest_beside_a_death(mention: EventMention, doc: Doc) -> bool:
    """Whether a protest told as no violence happened in a sentence where someone dies."""
    return mention.modality not in NOT_HAPPENED and mention.sub_event_type not in VIOLENT_PROTEST \
        and EVENT_TYPES[mention.sub_event_type] == "Protests" and _tells_a_death(mention, doc)


# Who makes fighting a battle: soldiers or an armed group on either side (the police alone fight crowds).
BATTLE_SIDES = (ORGANISED_ARMED | STATE_AGENTS) - {"police", "government", "unit"}
# Words for a crowd's fight with the police; a gunfight, shootout or gun battle is armed men's.
STREET_FIGHTING = {"clash", "fighting", "fight", "scuffle", "skirmish", "brawl"}
PROTEST_TYPES = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration"}


def _protest_fighting(mentions: list[EventMention], doc: Doc, doc_weapon: str | None) -> list[EventMention]:
    """Fighting or clashes in a report of a protest that names no soldiers, no armed group and no weapon of war
    ("the fighting on the avenue has cost a life", "died of bullet wounds during clashes near parliament") are the
    protesters' fight with the police: a violent demonstration, not an armed clash."""
    if doc_weapon is not None or {_lemma(t) for t in doc} & BATTLE_SIDES or not any(
            m.sub_event_type in PROTEST_TYPES and m.modality not in NOT_HAPPENED for m in mentions):
        return mentions
    return [_retyped(m, "Violent demonstration") if m.sub_event_type == "Armed clash" and _street_fighting(m, doc)
            else m for m in mentions]


def _street_fighting(mention: EventMention, doc: Doc) -> bool:
    trigger = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    return trigger is not None and any(t.lower_ in STREET_FIGHTING or _lemma(t) in STREET_FIGHTING for t in trigger)


def _tells_a_death(mention: EventMention, doc: Doc) -> bool:
    """Whether a protest's sentence has someone die ("a farmer died in clashes"), not protest a death."""
    sentence = doc.char_span(mention.evidence.start, mention.evidence.end, alignment_mode="expand")
    return sentence is not None and any(_lemma(t) in {"kill", "dead", "die", "death"} and not _is_grievance(t)
                                        for t in sentence)


# A crowd's own violence, beyond a clash with the police: what it throws, burns or storms
CROWD_VIOLENCE_VERBS = {"throw", "hurl", "pelt", "storm", "loot", "ransack", "smash", "torch", "burn", "set",
                        "vandalise", "vandalize"}
THROWN = {"stone", "rock", "brick", "bottle", "petrol", "molotov", "firebomb", "cocktail", "projectile"}
BURNING = {"fire", "ablaze", "alight", "blaze"}
# A side's own account of why it used force ("police said they fired after protesters threw stones"), which may
# allege or accuse; "reported", "announced" and "added" have not been read as one here.
SIDE_ACCOUNT_VERBS = REPORTING_VERBS - {"report", "announce", "add"} | CLAIMING_VERBS | {"allege", "accuse"}


def _crowd_acts_violently(doc: Doc) -> bool:
    """Whether the report tells, as its own account, protesters (not the police) throwing stones, setting fires,
    burning, looting or storming; not where only a speaker says so ("police said they fired after protesters threw
    stones"), the side that fired justifying it."""
    for token in doc:
        lemma = _lemma(token)
        if token.pos_ != "VERB" or lemma not in CROWD_VIOLENCE_VERBS or not _agent_lemmas(token) & CROWD_AGENTS \
                or any(_lemma(a) in SIDE_ACCOUNT_VERBS for a in token.ancestors) or _told_of_elsewhere(token.sent):
            continue
        done = {_lemma(t) for c in token.children if c.dep_ != "nsubj" for t in c.subtree}
        if lemma in {"throw", "hurl", "pelt"} and not done & THROWN or lemma == "set" and not done & BURNING:
            continue
        return True
    return False


# What opens a sentence about another place than the report's own event: "Elsewhere, ...", "In neighbouring X, ..."
OTHER_PLACE_WORDS = {"neighbouring", "neighboring", "another", "nearby", "other"}


def _told_of_elsewhere(sentence: Span) -> bool:
    """Whether a sentence opens by moving to another place ("In neighbouring Meghalaya, protesters torched cars",
    "Elsewhere, demonstrators stormed a police post"): a crowd's violence there is not the crowd's the report is
    about."""
    words = [t.lower_ for t in sentence[:2]]
    return words[0] == "elsewhere" or len(words) == 2 and words[0] == "in" and words[1] in OTHER_PLACE_WORDS


def _state_forces_fire(doc: Doc) -> bool:
    """Whether the report has police, soldiers or security forces fire or shoot with live rounds."""
    for token in doc:
        if _lemma(token) in {"firing", "gunfire"} and {_lemma(c) for c in token.children if c.dep_ in {
                "compound", "poss", "amod"}} & (STATE_AGENTS | {"security"}):
            return True  # "killed by police firing"
        verb = token.head if _lemma(token) == "fire" and _lemma(token.head) == "open" else token
        if _lemma(token) not in {"fire", "shoot"} or verb.pos_ != "VERB":
            continue
        fired = {_lemma(t) for c in verb.children if c.dep_ != "nsubj" for t in c.subtree}
        # live rounds fired beside tear gas ("fired live ammunition and tear gas") are still fire on the crowd
        if _shooter_lemmas(verb) & (STATE_AGENTS | {"security"}) and ("live" in fired or not fired & NON_LETHAL_FIRE):
            return True
    return False


def _shooter_lemmas(verb: Token) -> set[str]:
    """Who fired: the noun a participle describes, else the verb's agent, else (the parse losing the subject of
    a long clause, "troops deployed under a state of emergency opened fire") the nearest subject before it."""
    if verb.dep_ == "acl":
        return {_lemma(t) for t in verb.head.subtree if t.i < verb.i}  # "killed by police firing"
    agent = _agent_lemmas(verb)
    if agent:
        return agent
    subject = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.dep_ == "nsubj"), None)
    return {_lemma(t) for t in subject.subtree} if subject is not None else set()


def _retyped(mention: EventMention, sub_event_type: str) -> EventMention:
    event_type = EVENT_TYPES[sub_event_type]
    return replace(mention, sub_event_type=sub_event_type, event_type=event_type,
                   disorder_type=disorder_type_for(event_type, sub_event_type))


def _detains_those_told_of(head: Token) -> bool:
    """'detained 20 of the women', 'some of them were detained', 'arrested the protesters'."""
    definite = {"the", "these", "those"}
    if _lemma(head) not in DETENTION_VERBS:
        return False
    for person in (c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}):
        if person.pos_ == "PRON" or _lemma(person) in PROTESTER_WORDS:
            return True
        if any(c.dep_ == "det" and c.lower_ in definite for c in person.children):
            return True
        for of in (c for c in person.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(o.lower_ in {"them", "those", "these"} or any(d.lower_ in definite for d in o.children)
                   for o in of.children):
                return True
    return False


def _without_restatements(mentions: list[EventMention], doc: Doc) -> list[EventMention]:
    """Drop a mention that only refers back to an event told earlier in the document: a definite event noun
    ("the barrage", "the strikes") that is the subject of a verb telling what it led to ("the barrage
    overshadowed the summit in Bali", "the attacks prompted talks in Brussels"), in a sentence that counts no
    victims. Kept, its sentence would lend the event the places of the aftermath."""
    out: list[EventMention] = []
    for mention in mentions:
        span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is not None and _restates(head) and any(
                earlier.sub_event_type == mention.sub_event_type for earlier in out):
            continue
        out.append(mention)
    return out


# Nouns that set the report's event beside another it names: "no sign of a connection to Saturday's attack",
# "parallels to last year's bombing". Not "links to" (a suspect's ties to the news itself) nor "in connection
# with/to" (what an arrest is for).
RELATION_NOUNS = {"connection", "similarity", "parallel", "resemblance"}


def _without_compared_events(mentions: list[EventMention], doc: Doc) -> list[EventMention]:
    """Drop a mention of an event named only as what the report's event is or is not connected to: another
    event, which the report does not tell and is no source of."""
    out: list[EventMention] = []
    for mention in mentions:
        span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
        if span is None or not _compared_with(span.root):
            out.append(mention)
    return out


def _compared_with(head: Token) -> bool:
    """Whether an event noun is what a relation noun sets the news beside ("a connection to Saturday's attack"),
    not what something happened "in connection with"."""
    preposition = head.head
    relation = preposition.head
    return head.dep_ == "pobj" and preposition.lower_ in {"to", "between"} \
        and relation.lemma_.lower() in RELATION_NOUNS and relation.head.lower_ != "in"


def _restates(head: Token) -> bool:
    if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ != "nsubj" or not _is_anaphoric(head):
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in head.children):
        return False
    verb = head.head
    return verb.pos_ == "VERB" and not (
        {_lemma(t) for t in head.sent} & CASUALTY_CUES or _lemma(verb) in trigger_index()
        or verb.lemma_.lower() in OCCURRENCE_VERBS)


def _reported_in_own_right(mentions: list[EventMention], doc: Doc, document: Document) -> list[EventMention]:
    """An event in a positioning clause ("the strikes come after Russian forces ... retreat from Kherson") is
    background, unless the document also reports it in its own right (another mention of the same type whose
    sentence names the same place) or tells no other event that happened. Then its modality is read as for any
    other mention."""
    out: list[EventMention] = []
    # A positioning clause places the report's event after an earlier one; with no event told in its own right
    # ("a 'tragic mishap' had occurred after Sunday's strike"), the clause holds the report's only event.
    main_event = any(m.modality not in NOT_HAPPENED | {"historical"} for m in mentions)
    for mention in mentions:
        if mention.modality == "historical":
            token = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
            head = token.root if token is not None else None
            if head is not None and is_background_clause(head):
                names = {t.text for t in head.subtree if t.pos_ == "PROPN" and t.ent_type_ in {"GPE", "LOC", "FAC"}
                         and not _locates_another_name(t)}
                if (not main_event and not _follows_a_named_event(head)) or any(
                        other.sub_event_type == mention.sub_event_type and other.modality != "historical"
                        and other.evidence.start != mention.evidence.start
                        and any(name in other.evidence.text for name in names) for other in mentions):
                    mention = replace(mention, modality=classify_modality(head, head.sent, document,
                                                                          background_clauses=False))
        out.append(mention)
    return out


def _locates_another_name(name: Token) -> bool:
    """ "Cleveland, Texas": a state or country set after a town only says where the town lies, and names no
    scene of its own."""
    return name.dep_ == "appos" and name.head.pos_ == "PROPN" and name.head.ent_type_ in {"GPE", "LOC", "FAC"}


def _follows_a_named_event(head: Token) -> bool:
    """'The attack followed Friday's attack': the positioning verb's subject is itself an event word, so the
    report's event is that subject, and the one it followed stays background even if nothing else is told."""
    verb = next((t for t in head.ancestors if t.lemma_.lower() in POSITIONING_VERBS), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    return subject is not None and subject.pos_ == "NOUN" and _lemma(subject) in trigger_index()


# Event types whose victims a sentence may count when it restates them: violence, a riot that killed included.
TOLLED_TYPES = POLITICAL_VIOLENCE_TYPES | {"Riots"}


def decide(analysis: SentenceAnalysis, probabilities: dict[str, float], classifier: EventClassifier,
           sentence: Span, document: Document | None, mode: str = "hybrid",
           policy: HybridPolicy | None = None) -> list[SentenceEvent]:
    """Merge the rules' events with the classifier's verdict on the sentence.

    The classifier is stacked on the rules (their verdicts are among its features), so its type is the better
    judge of what the sentence tells; the rules contribute the triggers, the modality and a second event in a
    sentence that tells two. Rule events the classifier is sure are none are dropped, unless the rule is
    confident or the sentence counts victims of a violent event or a riot (toll updates restate an earlier attack); when
    the classifier's type is none of the rules' types, rule events of a type it finds unlikely take its type;
    where the rules found nothing, the classifier's type stands when it is likely enough.
    """
    policy = policy or classifier.policy
    label = max(probabilities, key=probabilities.__getitem__)
    top = probabilities[label]
    if mode == "classifier":
        found = _classifier_event(label, top, analysis, classifier, sentence, document) if label != NONE else None
        return [found] if found else []
    if label in TERRITORY_TYPES and (not _transfer_words(sentence) or any(
            c.entry.label == "SEIZE" and (_captured_people(c.head) & CAPTIVES or _takes_a_person(c.head)
                                          or _held_ground_taken_by_armed_men(c.head, _agent_lemmas(c.head)))
            for c in analysis.candidates) or any(
            e.sub_event_type == "Abduction/forced disappearance" for e in analysis.rule_events)):
        # a change of hands needs words for one: "an assault on the town" is fighting, not its capture, and
        # "servicemen captured by Ukrainian troops", "captured the gang's leader" or "gunmen in the town are
        # holding a team of monitors" are prisoners taken
        label, top = NONE, 0.0
    if label == "Headquarters or base established" and _bases_only_speak(analysis):
        label, top = NONE, 0.0  # "a tank caught fire, the emergency headquarters said": the base is the source
    if label == "Headquarters or base established" and _bases_only_left(analysis):
        label, top = NONE, 0.0  # "the units began leaving the headquarters": a base given up, not set up
    if (label == "Looting/property destruction" or EVENT_TYPES.get(label) == "Riots") and any(
            c.entry.label == "LOOT" and _caused_by_a_blast(c.head) for c in analysis.candidates):
        label, top = NONE, 0.0  # "debris ... setting several cars on fire": the strike's damage
    events: list[SentenceEvent] = []
    retypes = label != NONE and top >= policy.override_rule_type and all(
        e.sub_event_type != label for e in analysis.rule_events)
    counts_victims = bool({_lemma(t) for t in sentence} & CASUALTY_CUES)
    # A sentence that tells two kinds of event ("drove the troops out of the town after a day of fighting") keeps
    # the one the classifier does not speak for: its type corrects only the rule events of its own kind.
    retyped_kind = _kind(label) if any(_kind(e.sub_event_type) == _kind(label) for e in analysis.rule_events) \
        else None
    for event in analysis.rule_events:
        agreement = probabilities.get(event.sub_event_type, 0.0)
        # A toll update ("the death toll from Monday's strike rose to five") restates an event: keep it, so
        # its count reaches the event it refers back to.
        # Keep, too, the attack a rite mourns ("funerals were held for the victims of Tuesday's attack"): it is
        # what the report follows.
        told_of_its_dead = counts_victims or _commemorated(event.trigger[0])
        kept = event.confidence >= policy.sure_rule or _popular_vote(event) or (
                told_of_its_dead and EVENT_TYPES[event.sub_event_type] in TOLLED_TYPES)
        if label == NONE and top >= policy.drop_rule_event and event.modality not in NOT_HAPPENED and not kept:
            continue
        # An armed clash needs two armed, organised sides: what the rules found to be a demonstration stays one.
        # A missile's blast that "shattered windows" is the strike's damage, not a riot or property destruction.
        # Nor is a bomb that "destroyed a house" a bomb destroyed (disrupted weapons use).
        weapon_did_it = event.trigger[0].dep_ == "nsubj" and _lemma(event.trigger[0].head) in DAMAGE_VERBS
        blast_damage = event.sub_event_type in REMOTE_TYPES and (
            label == "Looting/property destruction" or EVENT_TYPES.get(label) == "Riots" or (
                label == "Disrupted weapons use" and (weapon_did_it or _destroyed_no_weapon(event))))
        blast_damage = blast_damage or (label == "Looting/property destruction" and _blows_up_infrastructure(event))
        handover = event.sub_event_type in SIDED_TERRITORY_TYPES and label == "Non-violent transfer of territory"
        # violence that hurt people ("fired on the boats, wounding several sailors") is no strategic development,
        # however much the sentence's other words (a martial law declared over it) suggest one
        harmful = counts_victims and EVENT_TYPES[event.sub_event_type] in POLITICAL_VIOLENCE_TYPES \
            and EVENT_TYPES.get(label) == "Strategic developments"
        # "martial law was declared after troops attacked the ships": the violence is the event the change follows
        prompted = label == "Change to group/activity" and _violence_prompting(event)
        if retypes and agreement < policy.overridden and retyped_kind in {None, _kind(event.sub_event_type)} and not (
                label == "Armed clash" and EVENT_TYPES[event.sub_event_type] in {"Protests", "Riots"}) and not (
                handover or blast_damage or harmful or prompted or _sided_by_countries(event, label)
                or _prisoners_taken(event, label) or _popular_vote(event)
                or _aftermath_beside_violence(event, label, analysis)
                or _violence_kept(event, label, sentence) or _no_protest_told(label, analysis, sentence)):
            event = replace(event, sub_event_type=label)
            agreement = top
        elif event.sub_event_type in SIDED_TERRITORY_TYPES and label in TERRITORY_TYPES:
            # the classifier confirms a change of hands; the rules said whose
            agreement = sum(probabilities.get(kind, 0.0) for kind in TERRITORY_TYPES)
        elif blast_damage and label == "Disrupted weapons use":
            # the classifier read the weapons of a strike that destroyed something else: it confirms the strike
            agreement += top
        events.append(replace(event, confidence=_blend(event.confidence, agreement, event.modality)))
    if not analysis.rule_events and label != NONE and not analysis.not_political and (
            top >= policy.add_classifier_event or probabilities.get(NONE, 0.0) < policy.none_unlikely):
        found = _classifier_event(label, top, analysis, classifier, sentence, document)
        events.extend([found] if found else [])
    merged: dict[tuple[str, str], SentenceEvent] = {}
    for event in events:
        key = (event.sub_event_type, event.modality)
        if key not in merged or event.confidence > merged[key].confidence:
            merged[key] = event
    return sorted(merged.values(), key=lambda e: e.trigger[0].i)


def _popular_vote(event: SentenceEvent) -> bool:
    """A referendum held is kept, with the rules' type: the classifier, fitted before the rules told popular votes,
    reads one as no event, and its crowds at polling stations as protesters."""
    return event.sub_event_type == "Other" and _lemma(event.trigger[0]) in POPULAR_VOTES


def _bases_only_speak(analysis: SentenceAnalysis) -> bool:
    """Whether every base word of the sentence names who speaks ('the operational headquarters said'): a source
    of the news, not a base set up."""
    bases = [c.head for c in analysis.candidates if c.entry.label == "BASE"]
    speech = REPORTING_VERBS | CLAIMING_VERBS | CONFIRMING_VERBS
    return bool(bases) and all(_speaker_of(base) and _lemma(_speaker_of(base)) in speech for base in bases)


LEAVING_VERBS = {"leave", "abandon", "vacate", "evacuate", "quit", "withdraw", "pull", "retreat", "flee"}


def _bases_only_left(analysis: SentenceAnalysis) -> bool:
    """Whether every base word of the sentence names a place someone leaves ('began leaving the territory of the
    headquarters', 'withdrew from the base')."""
    bases = [c.head for c in analysis.candidates if c.entry.label == "BASE"]
    return bool(bases) and all(_lemma(_verb_above(base)) in LEAVING_VERBS for base in bases)


def _verb_above(token: Token) -> Token:
    """The verb whose object or prepositional phrase holds a noun ('leaving the territory of the base' -> leave)."""
    while token.pos_ != "VERB" and token.dep_ in {"dobj", "pobj", "prep", "compound", "conj"} and token.head != token:
        token = token.head
    return token


def _speaker_of(token: Token) -> Token | None:
    """The verb a word is the subject of, through a conjunction ('the army and its headquarters said')."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.head if token.dep_ == "nsubj" else None


def _destroyed_no_weapon(event: SentenceEvent) -> bool:
    """Whether a strike the rules read from "destroyed", or from the attack something was destroyed in
    ("destroyed a landing craft in a drone attack"), hit something other than a weapon ("the air force destroyed a
    bridge", "destroyed an ammunition depot"): no weapon was stopped, whatever the sentence's other words suggest."""
    head = event.trigger[0]
    if head.dep_ == "pobj" and head.head.lower_ in {"in", "with", "by"}:
        head = head.head.head
    hit = _hit_lemmas(head)
    return _lemma(head) in STRIKE_BY_MEANS and bool(hit) and not hit & WEAPON_OBJECTS


# What blowing up makes an explosion rather than the demolition of property ("troops blew up houses"): a work
# that serves the public.
BLOWN_INFRASTRUCTURE = {"dam", "bridge", "railway", "rail", "railroad", "track", "line", "pipeline", "plant",
                        "substation", "pylon", "tunnel", "road", "highway", "reservoir", "station", "grid",
                        "refinery", "power"}
# Who is never a mob: an armed group or a state's forces.
NOT_A_MOB = (ORGANISED_ARMED | STATE_AGENTS) - {"government", "gang", "herdsman", "bandit"}
MOB_WORDS = CROWD_AGENTS | {"rioter", "mob", "villager", "resident", "settler", "vigilante", "disperse", "tear",
                           "stone", "rock", "molotov", "petrol", "baton", "truncheon"}


PROTEST_WORDS = PROTESTER_WORDS | {"protest", "demonstration", "rally", "march", "sit-in", "riot", "rioter"}
AID_WORDS = {"aid", "food", "flour", "bread", "ration", "relief", "handout"}
# A crowd, or people doing what protesters do ("students demanding reform"), where no protest word is written.
GATHERINGS = {"crowd", "gather", "gathering", "throng", "mob", "mourner", "procession", "vigil", "sit-in", "picket",
              "demand", "chant", "denounce", "blockade", "block", "barricade"}


def _no_protest_told(label: str, analysis: SentenceAnalysis, sentence: Span) -> bool:
    """Troops who "opened fire on a crowd waiting for food aid" attacked civilians: a crowd that came for aid, in
    a sentence that names no protest, is no demonstration, whatever the classifier makes of it; nor are people
    fired on in a sentence that names no protest, no crowd and no protesters' acts ("opened fire on the men who
    came to talk to them"), unless the report has people block a road (`_road_blocked_by_people`)."""
    lemmas = {_lemma(t) for t in sentence}
    if label != "Excessive force against protesters" or lemmas & PROTEST_WORDS or any(
            c.entry.label == "PROTEST" for c in analysis.candidates) or _road_blocked_by_people(sentence.doc):
        return False
    return bool(lemmas & AID_WORDS) or not lemmas & GATHERINGS


def _blows_up_infrastructure(event: SentenceEvent) -> bool:
    """Whether the rules' explosion is the blowing up of a dam, a bridge or a railway: an explosion, which the
    classifier, used to troops blowing up houses, may read as property destruction."""
    head = event.trigger[0]
    if event.sub_event_type != IED or _lemma(head) != "blow":
        return False
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_lemma(o) in BLOWN_INFRASTRUCTURE for o in objects)


# Conjunctions of a clause telling what a development followed ("after rebels attacked the base").
PROMPTING_MARKS = {"after", "when", "because", "since", "as"}


def _violence_prompting(event: SentenceEvent) -> bool:
    """Whether the rules' violent event is told in a clause of time or cause ("after Russian forces attacked the
    vessels"): an event of its own that the main clause's development followed."""
    head = event.trigger[0]
    return EVENT_TYPES.get(event.sub_event_type) in POLITICAL_VIOLENCE_TYPES and head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in PROMPTING_MARKS for c in head.children)


def _dated_event_followed(head: Token) -> bool:
    """ "gathered at the airstrip ... after Tuesday's massacre of 36 workers": violence named after "after" or
    "following" with a day of its own is the earlier event the gathering followed, not the gathering."""
    return head.dep_ == "pobj" and head.head.lower_ in {"after", "following"} and _dated(head)


def _aftermath_beside_violence(event: SentenceEvent, label: str, analysis: SentenceAnalysis) -> bool:
    """Whether the rules' event is what followed violence the same sentence tells ("a curfew was imposed after
    mobs attacked shops"): the classifier's type of violence belongs to the violence, not to the curfew."""
    violent = POLITICAL_VIOLENCE_TYPES | {"Riots"}
    return event.sub_event_type in AFTERMATH_TYPES and EVENT_TYPES.get(label) in violent \
        and any(EVENT_TYPES[other.sub_event_type] in violent for other in analysis.rule_events)


def _violence_kept(event: SentenceEvent, label: str, sentence: Span) -> bool:
    """Whether the rules' violent event keeps its type against the classifier's: violence by an armed group or a
    state's forces, with no crowd named, is no mob's ("security forces were attacked by rebels"); a killing is no
    change to a group's activity ("the army said it had killed the rebel commander"), nor are armed men who
    attack or target unarmed people ("one of its fighters targeted office workers"), nor is the killing that a
    vigil or a day of mourning is held for a protest ("stood in silence to remember the 22 people killed in the
    bombing"), nor armed men's firing on a crowd ("gunmen opened fire on protesters"), an attack on a march or an
    armed crowd's assault on troops, nor one person's violence (a lone attacker at a rally); a fight whose dead are
    all armed is no attack on civilians ("gunmen attacked the jail, killing ten guards"), nor an attack told with no
    attacker, or with only the state it came from, and no crowd ("wounded in an attack at a rally", "in a Russian
    attack on the town"); nor are the dead of a downed weapon's debris an attack on them; nor is a ramming
    anything but a ramming, nor violence that killed or wounded people a peaceful protest. A crowd that
    stormed or broke into a building is a violent demonstration, not a peaceful protest, whatever the rally's other
    words suggest, nor a change of who holds ground when the crowd occupies it."""
    if event.sub_event_type == "Violent demonstration" and label == "Peaceful protest":
        return _crowd_forces_entry(sentence)
    if event.sub_event_type == "Violent demonstration" and label in TERRITORY_TYPES:
        return _taken_by_a_crowd(_agent_lemmas(event.trigger[0]))
    if EVENT_TYPES.get(event.sub_event_type) not in POLITICAL_VIOLENCE_TYPES:
        return False
    head = event.trigger[0]
    if _is_ramming(head):
        return True  # a vehicle driven into a crowd is no crowd's violence, nor a protest
    if label == "Peaceful protest" and _harmed_people(head):
        return True  # "relatives of the two people killed during the assault demanded an inquiry": no peaceful protest
    if EVENT_TYPES.get(label) == "Protests":
        return _commemorated(head) or _fired_by_armed_men(head) or _armed_crowd_assaults_troops(head) \
            or _aimed_at_a_gathering(head) or _landed_on_something(event) or _dated_event_followed(head)
    if label == "Change to group/activity":
        return _lemma(head) in KILLING_VERBS or _armed_men_aim_at_people(head) or _lived_through(head)
    if label == "Agreement":
        return _dated(head)  # "claimed Thursday's attack", beside a ceasefire the group left
    if label == "Attack":
        return event.sub_event_type == "Armed clash" and _kills_only_armed(head) or (
            event.sub_event_type in REMOTE_TYPES and _killed_by_debris(head))
    if label != "Mob violence":
        return False
    agent = _singular(_agent_lemmas(head))
    # "wounded in a Russian attack": an attack told with no attacker, or by the state it came from
    state_or_unattributed = head.pos_ == "NOUN" and _lemma(head) == "attack" and (
        not agent or _actor_modifier_is_state(head))
    return (bool(agent & NOT_A_MOB) or _lone_agent(head) or state_or_unattributed) \
        and not _singular({_lemma(t) for t in sentence}) & MOB_WORDS


def _lone_agent(head: Token) -> bool:
    """Whether one person did it: "a man armed with a knife attacked people at a rally" is no crowd's violence."""
    agent, _ = agent_and_target(head)
    return agent is not None and agent.tag_ == "NN" and _lemma(agent) in LONE_ACTORS


# What honours the dead of an attack rather than demands something: "a day of mourning for", "a vigil for", "stood in
# silence to remember", "gathered to say goodbye to", "held candles and photographs of those killed".
COMMEMORATION_WORDS = {"mourn", "mourning", "remember", "commemorate", "commemoration", "vigil", "memorial",
                       "funeral", "tribute", "honour", "honor", "silence", "goodbye", "farewell", "candle"}


# people named by the violence they came through: "survivors of Friday's attack", "the victims of the raid"
SURVIVOR_NOUNS = {"survivor", "victim", "witness"}


def _lived_through(head: Token) -> bool:
    """Whether the violence is told as what the sentence's people survived or suffered ("Survivors of Friday's
    attack on Damasak began arriving in Maiduguri"): where they went or what they were given since is its
    aftermath, not the event the noun tells."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and _lemma(head.head.head) in SURVIVOR_NOUNS


# Verbs that say what a happening was: "described the shooting as a criminal act", "called the shooting terrorism"
CHARACTERISING_VERBS = {"describe", "call", "label", "brand", "characterise", "characterize", "term", "classify"}


def _characterised(head: Token) -> bool:
    """Whether the violence is the object of a verb saying what it was ("after describing Tuesday's shooting near the
    synagogue as a criminal act"): one that happened, whatever the speaker calls it."""
    return head.dep_ == "dobj" and _lemma(head.head) in CHARACTERISING_VERBS


def _commemorated(head: Token) -> bool:
    """Whether the violence is told as the one a rite for its dead remembers: a governing word of the rite, the
    rite a governing verb holds ("observed a day of mourning for the people gunned down"), or the rite it is told
    of ("Funerals were held for the victims of Tuesday's attack")."""
    for governor in head.ancestors:
        rite = [governor, *(t for c in governor.children if c.dep_ == "dobj" for t in c.subtree),
                *(c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"})]
        if any(_lemma(t) in COMMEMORATION_WORDS for t in rite):
            return True
    return False


def _kind(sub_event_type: str) -> str:
    """The kind of event a sub-event type tells: a change of hands, or else its ACLED event type."""
    return "territory" if sub_event_type in TERRITORY_TYPES else EVENT_TYPES.get(sub_event_type, sub_event_type)


NOT_HAPPENED = {"future", "hypothetical", "denied"}
TERRITORY_TYPES = {"Government regains territory", "Non-state actor overtakes territory",
                   "Non-violent transfer of territory"}
# A capture the rules found (a taking verb, an armed taker) is no handover, whichever side the classifier prefers.
SIDED_TERRITORY_TYPES = {"Government regains territory", "Non-state actor overtakes territory"}


def _prisoners_taken(event: SentenceEvent, label: str) -> bool:
    """Whether the rules found soldiers captured by a state and the classifier calls it only a strategic
    development ("Other"): the words alone cannot tell who was taken, and a state's capture is its arrest."""
    return event.sub_event_type == "Arrests" and label == "Other" and _lemma(event.trigger[0]) == "capture"


def _sided_by_countries(event: SentenceEvent, label: str) -> bool:
    """Whether the rules found which state's forces took a place in the country the report is about, which words
    alone cannot tell: "Russian troops have liberated the village of Kopani" overtakes territory, whatever
    "liberated" suggests, and "Ukrainian forces have taken control of the village" there regain it, whatever
    "taken" suggests. Deciding it from the countries gives a headline and its lead the same side."""
    if event.sub_event_type not in SIDED_TERRITORY_TYPES or label not in SIDED_TERRITORY_TYPES:
        return False
    head = event.trigger[0]
    taker, place = _taker_and_place(head)
    if taker is None or place is None or place != build_context(head.doc).dominant_country():
        return False
    if taker != place:
        return event.sub_event_type == "Non-state actor overtakes territory"
    return event.sub_event_type == "Government regains territory" and _plain_state_forces(head)


def _plain_state_forces(head: Token) -> bool:
    """Whether the taker is a state's forces named only by their country ("Ukrainian troops"), not a force with a
    name of its own ("Sudan's Rapid Support Forces", "forces of the Donetsk People's Republic"), which may be a
    paramilitary or a breakaway state's."""
    agent, _ = agent_and_target(head)
    return agent is not None and agent.pos_ == "NOUN" and _lemma(agent) in STATE_AGENTS \
        and not any(t.pos_ == "PROPN" or _lemma(t) in NON_STATE_AGENTS for t in agent.subtree)


# Words that tell a place changing hands.
TRANSFER_LEMMAS = {"seize", "capture", "overrun", "take", "fall", "occupy", "enter", "control", "retake", "retook",
                   "recapture", "regain", "liberate", "liberation", "retreat", "withdraw", "withdrawal", "pull",
                   "pullout", "hand", "handover", "cede", "abandon", "annex", "surrender", "free", "clear", "oust",
                   "expel", "drive", "recover", "flee", "evacuate", "lose", "loss", "reclaim", "win", "gain",
                   "advance", "push", "hold", "transfer", "return", "raise", "flag", "hoist"}
# Verbs that tell ground held, which only their tense makes a capture ("occupied the town") or a standing state.
HOLDING_LEMMAS = {"occupy", "hold", "control"}
# What is taken over that is no ground: "prosecutors took over the investigation", "took over the command".
TAKEN_DUTIES = {"investigation", "inquiry", "probe", "case", "command", "leadership", "responsibility", "role",
                "duty", "task", "management", "presidency", "chairmanship", "portfolio"}


def _transfer_words(sentence: Span) -> set[str]:
    """The words for a change of hands in the sentence, less a verb whose object is a duty rather than ground and a
    participle that only describes a place ("the airfield outside occupied Kherson" tells no capture) and a verb
    that states who holds ground now ("Russian forces occupy most of the region")."""
    return {_lemma(t) for t in sentence if _lemma(t) in TRANSFER_LEMMAS and not _describes_a_place(t)
            and not _states_who_holds(t)
            and not any(c.dep_ == "dobj" and _lemma(c) in TAKEN_DUTIES for c in t.children)}


# words that tell people were killed or hurt (a toll's heads without the ones that only count: "number", "victim")
CASUALTY_CUES = TOLL_HEADS - {"number", "victim"}
DEATH_CUES = CASUALTY_CUES - {"wound", "injure", "casualty"}


def _classifier_event(label: str, probability: float, analysis: SentenceAnalysis, classifier: EventClassifier,
                      sentence: Span, document: Document | None) -> SentenceEvent | None:
    """An event typed by the classifier, its trigger a rule trigger when there is one, else its strongest word;
    none when no word of the sentence speaks for the type (only names and "said" do)."""
    # "occupied Kherson" only describes the place: the classifier's own word ("emptied") names the event better;
    # and a word for violence the rules could not type ("it was behind Saturday's attack", "built bunkers from
    # which they fire") names no strategic development: the classifier's word ("built") does, if any
    candidates = [c for c in analysis.candidates if not _describes_a_place(c.head)]
    violence_told = EVENT_TYPES.get(label) == "Strategic developments" and any(
        c.entry.label in VIOLENT_WORDS for c in candidates)
    if violence_told:
        candidates = [c for c in candidates if c.entry.label not in VIOLENT_WORDS]
    trigger = candidates[0].tokens if candidates else None
    if trigger is None:
        token = classifier.strongest_token(list(sentence), label)
        # beside a word for violence, an actor's word ("it was behind the attack, the group said") names who
        # acted, not a development
        if token is None or (violence_told and _lemma(token) in NON_STATE_AGENTS | STATE_AGENTS):
            return None
        trigger = [token]
    if _recovers_remains(trigger[0]) or _is_a_name_given(trigger[0]) or _names_kinds_of_event(trigger[0]) \
            or _told_as_a_rising_trend(trigger[0]):
        return None
    # "held candles for those killed": the killing a rite for the dead remembers is no protest
    if EVENT_TYPES.get(label) == "Protests" and (_names_own_campaign(trigger[0]) or _commemorated(trigger[0])):
        return None
    modality = classify_modality(trigger[0], sentence, document)
    return SentenceEvent(label, modality, _blend(None, probability, modality), trigger)


# The trigger families of violence done: none names a strategic development (a change of hands does).
VIOLENT_WORDS = VIOLENT_FAMILIES - {"SEIZE", "RETAKE", "FLAG"}
NAMING_VERBS = {"call", "brand", "label", "term", "dub", "describe", "declare", "deem", "consider"}


def _is_a_name_given(token: Token) -> bool:
    """'His daughter called it a kidnapping', 'the ministry called the killings a massacre': the word a speaker
    gives an event already told is a judgement of it, no second event."""
    if _lemma(token.head) not in NAMING_VERBS or token.head.pos_ != "VERB":
        return False
    if token.dep_ == "oprd":
        return True
    return token.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)


# What traces are read as ("craters consistent with artillery fire", "signs of shelling"), by the preposition
# that links the reading to the trace.
TRACE_READINGS = {"with": {"consistent", "compatible"}, "of": {"sign", "trace", "evidence", "indicative"}}
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _read_from_traces(token: Token, event_heads: set[Token]) -> bool:
    """'recorded craters consistent with artillery fire', 'damage consistent with a mortar round fired from the
    east', 'showed signs of shelling': what traces are read as is evidence of an earlier event, no event of its own on
    the day someone saw them. (What an event told in the sentence is read as, "the attack had all the signs of a
    suicide bombing", tells that event's kind.)"""
    for ancestor in token.ancestors:
        if ancestor.tag_ in FINITE_VERB_TAGS:
            return False  # the trigger's own clause ends here
        trace = ancestor.head
        if ancestor.dep_ == "prep" and trace.pos_ in {"NOUN", "ADJ"} \
                and _lemma(trace) in TRACE_READINGS.get(ancestor.lower_, set()):
            holders = [trace.head] if trace.dep_ == "amod" else \
                [c for c in trace.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return not any(holder in event_heads for holder in holders)
    return False


# Words that charge a party with kinds of crime rather than tell one ("accused of killings", "blamed for abductions").
ACCUSING_WORDS = {"accuse", "accusation", "blame", "allege", "allegation", "charge", "guilty", "responsible"}
# a finished act that carried the listed events out ("troops have carried out raids and arrests")
TOLD_AS_DONE = {"VBD", "VBN"}


def _names_kinds_of_event(token: Token) -> bool:
    """'an attempt to cover up murders, kidnappings and the seizure of buildings', 'accused of killings and
    torture': bare plural event nouns listed as the object of an accusation, or of a word that tells no past act,
    name kinds of crime, not an event that happened ("the killings in Bucha", "Tuesday's kidnappings" do)."""
    if token.tag_ != "NNS" or _is_determined(token):
        return False
    first = token
    while first.dep_ == "conj":
        first = first.head
    members = [first, *(t for t in first.conjuncts if t.pos_ == "NOUN")]
    if first.dep_ not in {"dobj", "pobj"}:
        return False
    governor = first.head.head if first.dep_ == "pobj" else first.head
    accusing = _lemma(governor) in ACCUSING_WORDS
    if not accusing and (len(members) < 2 or governor.tag_ in TOLD_AS_DONE):
        return False
    return not any(_dated(t) for t in [*members, governor])


# Participles that tell violence as a rising trend ("intensifying attacks", "mounting raids").
RISING_PARTICIPLES = {"intensify", "escalate", "increase", "mount", "grow"}


def _told_as_a_rising_trend(token: Token) -> bool:
    """'citing intensifying Russian attacks on the town', 'amid escalating raids': violence told in the plural as a
    rising trend is what a decision or a warning answers, not an event. The parser hangs the participle on the noun
    or, reading it as a verb, over it."""
    if token.tag_ != "NNS":
        return False
    if any(c.dep_ == "amod" and c.tag_ == "VBG" and _lemma(c) in RISING_PARTICIPLES for c in token.children):
        return True
    governor = token.head
    return token.dep_ == "dobj" and governor.tag_ == "VBG" and governor.dep_ in {"xcomp", "amod", "pobj"} \
        and _lemma(governor) in RISING_PARTICIPLES


# Words that count a definite plural as a set of events told one by one: "the twin attacks", "both bombings".
SET_WORDS = {"twin", "both"}
# Blasts that twin ones are one occasion of: "the twin bombings" went off together, one explosive event of one kind
# (where "the twin attacks" may be a shooting and a bombing).
TWIN_BLASTS = {"bombing", "blast", "explosion"}


def _sums_up_told_events(token: Token) -> bool:
    """'the victims of the twin attacks', 'in the two bombings', 'both attacks': a definite plural counted as a set
    sums up events the report tells one by one, each with its own day and toll; it is none of them."""
    if token.tag_ != "NNS" or _picks_one_member(token):
        return False
    words = {c.lower_ for c in token.children if c.dep_ in {"amod", "nummod", "det", "predet"}}
    if "twin" in words and _lemma(token) in TWIN_BLASTS:
        return False
    counted = bool(words & SET_WORDS) or any(c.dep_ == "nummod" and c.like_num for c in token.children)
    # (not "twin suicide attacks tore through a market" nor "the twin bombings that killed 21": an event told in its
    # own right, with a toll of its own)
    return "both" in words or "the" in words and counted and not _tells_its_own_toll(token)


# Words that pick one member out of a set ("one of the two bombings", "the first of the twin attacks").
MEMBER_WORDS = {"one", "first", "second", "third", "last"}


def _picks_one_member(noun: Token) -> bool:
    """'killed in one of the two bombings': a set noun after "one of" names a single event, told in its own right."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in MEMBER_WORDS


def _tells_its_own_toll(noun: Token) -> bool:
    """'the twin bombings that have now killed 21 people': a relative clause gives the event its own toll."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in KILLING_VERBS for c in noun.children)


def _is_determined(noun: Token) -> bool:
    """Whether a noun has an article, a possessive or a number ("the killings", "Tuesday's", "three kidnappings")."""
    return any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def _dated(token: Token) -> bool:
    """Whether a word has a date or time of its own among its children or their objects ("killings on Monday",
    "Tuesday's massacre")."""
    near = [*token.children, *(g for c in token.children if c.dep_ == "prep" for g in c.children)]
    return any(t.ent_type_ in TIME_ENTITIES for t in near)


RECOVERY_VERBS = {"recover", "find", "discover", "retrieve", "exhume", "pull", "remove", "identify", "collect"}
REMAINS = {"body", "corpse", "remains", "remain", "cadaver"}


def _recovers_remains(token: Token) -> bool:
    """'Police recovered 20 bodies from the burnt-out cars': finding the dead tells the toll of an earlier event,
    and is no event of its own."""
    if _lemma(token) not in RECOVERY_VERBS:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in REMAINS for c in token.children)


def _blend(rule_confidence: float | None, probability: float | None, modality: str) -> float:
    """Confidence of an event from the rule's prior and the classifier's probability (either may be absent).
    The probability, fitted to labelled reports, weighs twice the rule's hand-set prior."""
    weighted = [(c, w) for c, w in ((rule_confidence, 1.0), (probability, 2.0)) if c is not None]
    confidence = sum(c * w for c, w in weighted) / sum(w for _, w in weighted)
    if modality in NOT_HAPPENED:
        confidence *= 0.6
    return max(0.0, min(1.0, confidence))


def _rule_confidence(candidate: Candidate, sub_event_type: str) -> float:
    confidence = candidate.entry.confidence
    if candidate.entry.label == sub_event_type or candidate.entry.label in EVENT_TYPES:
        confidence += 0.1
    return min(1.0, confidence)


def _mention(doc: Doc, document: Document, sentence: Span, event: SentenceEvent, actor_context: ActorContext,
             number: int) -> EventMention:
    event_type = EVENT_TYPES[event.sub_event_type]
    first, last = min(t.i for t in event.trigger), max(t.i for t in event.trigger)
    head = event.trigger[0]
    actor1, actor2 = resolve_actors(doc[head.i:head.i + 1], event_type, event.sub_event_type, actor_context)
    if actor1 is not None and event.modality not in NOT_HAPPENED:
        actor_context.last_agents[event_type] = actor1
    return EventMention(
        id=f"{document.id}:e{number}",
        event_type=event_type,
        sub_event_type=event.sub_event_type,
        disorder_type=disorder_type_for(event_type, event.sub_event_type),
        confidence=event.confidence,
        trigger=_char_span(document, doc, first, last + 1),
        evidence=_sentence_span(document, sentence),
        modality=event.modality,
        actor1=actor1,
        actor2=actor2,
    )


# Confidences this close are a tie, and a tie goes to the earlier sentence: a wire report leads with its event.
LEAD_MARGIN = 0.01


def salient_event(mentions: list[EventMention]) -> EventMention | None:
    """The event a short report is about: its most confident mention of something that happened, the one of the
    earliest sentence on (near) ties (wire reports lead with their event); a barrage outranks the interceptions
    of it."""
    happened = _main_candidates([m for m in mentions if m.modality not in NOT_HAPPENED | {"historical"}])
    best = max(reversed(happened), key=lambda m: m.confidence, default=None)
    if best is None:
        return None
    close = [m for m in happened if m.confidence >= best.confidence - LEAD_MARGIN]
    first_sentence = min(_sentence_start(m) for m in close)
    return max(reversed([m for m in close if _sentence_start(m) == first_sentence]), key=lambda m: m.confidence)


def salient_type(events: list[SentenceEvent]) -> str | None:
    """`salient_event` over a document's SentenceEvents (for tuning without building mentions)."""
    happened = _main_candidates([e for e in events if e.modality not in NOT_HAPPENED | {"historical"}])
    top = max(reversed(happened), key=lambda e: e.confidence, default=None)
    return top.sub_event_type if top else None


def _main_candidates(events: list) -> list:
    """A report that tells of a remote attack and then, in a later sentence, of interceptions ("... shot down 30
    of them") is about the attack; interceptions told first, or alone, remain the main event."""
    strike_starts = [_sentence_start(e) for e in events
                     if EVENT_TYPES[e.sub_event_type] == "Explosions/Remote violence"]
    if not strike_starts:
        return events
    return [e for e in events
            if e.sub_event_type != "Disrupted weapons use" or _sentence_start(e) <= min(strike_starts)]


def _sentence_start(event: EventMention | SentenceEvent) -> int:
    return event.evidence.start if isinstance(event, EventMention) else event.trigger[0].sent.start_char


DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def disorder_type_for(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type: mob violence is political violence, and force against protesters is both."""
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub_event_type == "Mob violence":
        return "Political violence"
    return DISORDER_TYPES[event_type]
