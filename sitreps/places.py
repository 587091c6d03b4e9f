"""Toponyms: recognise place names in a parsed document, resolve them against the gazetteer, and pick
the place where an event happened.

In: a spaCy `Doc` whose offsets index `Document.text`, and the `Gazetteer`.
Out: `extract_places` -> `Place`s (one per mention, in text order); `locate_event` -> the contract's
event location dict, or None.

Recognition takes spaCy's GPE/LOC/FAC entities, plus entities spaCy mislabels (a lone "Kherson" tagged
ORG or PERSON) and capitalised words it missed when the gazetteer knows them as a country, region, area
or large city. Demonyms ("Ukrainian") are not places. Resolution scores each candidate by its prior
(population, kind, how the name matched) plus the document's context: countries and regions the
document names, "X, Y" and "X in Y" patterns, and a dateline ("KRAMATORSK, Ukraine -").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from sitreps.gazetteer import MATCH_ALTERNATE, MATCH_SHADOWED, Gazetteer, GazetteerEntry, haversine_km, name_key, prior
from sitreps.models import Document, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entity labels spaCy sometimes gives a place name: accepted only when the gazetteer is sure.
MISLABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
# Words that name a direction or a kind of place, never a place when said alone.
GENERIC_WORDS = {
    "north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
    "western", "capital", "city", "region", "state", "province", "coast", "border", "island", "islands",
    "union", "republic", "kingdom", "midwest", "northeast", "northwest", "southeast", "southwest", "downtown",
    "earth", "world", "globe", "heaven", "hell", "mission", "police", "court", "congress", "parliament",
    "senate", "government", "army", "navy", "airport", "university", "college", "school", "church",
}
LOCATIVE_WORDS = {"in", "near", "outside", "at", "from", "around", "town", "village", "city", "into", "toward",
                  "towards"}
REGION_WORDS = {"region", "oblast", "province", "governorate", "state", "department", "krai", "district"}
# Organisation words: an ORG entity containing one is an organisation, whatever its place name.
ORG_WORDS = {
    "ministry", "party", "council", "army", "forces", "force", "police", "university", "bank", "company",
    "group", "agency", "department", "office", "committee", "news", "times", "post", "press", "club", "fc",
    "united", "city", "corp", "inc", "association", "institute", "court", "airlines", "guard", "front",
    "movement", "brigade", "battalion", "command", "authority", "service", "network", "daily", "journal",
}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "gen", "general", "sen", "senator", "rep",
                 "judge", "lt", "col", "sgt", "capt", "governor", "gov", "mayor", "prince", "king", "queen"}
# Containment prepositions: "X in Y", "X, Y"; and event prepositions: "struck in X", "fled from X".
EVENT_PREPOSITIONS = {"in": 3.0, "on": 2.5, "at": 3.0, "across": 3.0, "near": 2.5, "outside": 2.5,
                      "around": 2.5, "into": 2.5, "over": 2.0, "throughout": 3.0, "inside": 3.0,
                      "from": 2.0, "towards": 1.5, "toward": 1.5, "within": 2.5, "along": 2.0}
SPEECH_LEMMAS = {"say", "tell", "report", "claim", "accuse", "announce", "warn", "deny", "state", "add",
                 "confirm", "allege", "insist", "blame", "urge", "call", "condemn", "threaten", "vow"}
NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|outskirts of|close to|north of|south of|east of|west of)"
                         r"(?: the (?:town|city|village|capital) of)?\s+$", re.I)
CAPITAL_PATTERN = re.compile(r"\bthe (?:country's |nation's |Ukrainian |Russian |)capital\b(?! of\b)", re.I)

# what stands between X and Y in "X, Y", "X in Y", "X, in northern Y"
CONTAINER_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|"
                           r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?", re.I)
CONTEXT_COUNTRY = 3.0  # a candidate in a country the document names
CONTEXT_ADMIN1 = 1.5  # in a region the document names
CONTAINER_MATCH = 5.0  # "X, Y" / "X in Y" where Y contains the candidate
CONTAINER_CONFLICT = -4.0  # "X, Y" where Y is a place that does not contain the candidate


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
    resolved: GazetteerEntry | None = None
    score: float = 0.0


def _token_at(doc: Doc, char: int) -> Token | None:
    for token in doc:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


def _trim(span: Span) -> Span | None:
    """Drop leading determiners and trailing possessives/punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _plausible(candidates: list[GazetteerEntry], strict: bool) -> bool:
    """Whether a name is worth taking as a place: strict for words spaCy did not call a place."""
    if not candidates:
        return False
    best = candidates[0]
    if strict:
        regional_capital = best.kind == "city" and any(
            e.kind == "admin1" and e.match == MATCH_SHADOWED and e.country_code == best.country_code
            for e in candidates)
        return best.kind in {"country", "admin1", "area", "continent"} or regional_capital or (
            best.match <= MATCH_ALTERNATE and best.population >= 100_000) or best.feature == "PPLC"
    return not (best.match >= MATCH_ALTERNATE and best.population < 5_000 and best.kind == "city")


def _is_person_like(span: Span) -> bool:
    if len(span) > 1:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return bool(before is not None and before.lower_.rstrip(".") in PERSON_TITLES)


def _find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    doubtful: list[Mention] = []  # names accepted only if the document uses them as places elsewhere
    taken = [False] * len(doc)
    for ent in doc.ents:
        for token in ent:
            taken[token.i] = True
        span = _trim(ent)
        if span is None or len(span.text) < 2 or span.text.lower() in GENERIC_WORDS \
                or not span.text[:1].isupper():
            continue
        candidates = gazetteer.lookup(span.text)
        mention = Mention(span.start_char, span.end_char, span.text, ent.label_, span, candidates)
        if ent.label_ in {"GPE", "LOC"}:
            if _plausible(candidates, strict=False):
                mentions.append(mention)
        elif ent.label_ == "FAC":  # a facility is only a gazetteer place when the gazetteer is sure
            if not _plausible(candidates, strict=True):
                mention.candidates = []
            mentions.append(mention)
        elif ent.label_ in MISLABELS and candidates and not {t.lower_ for t in span} & ORG_WORDS \
                and not (ent.label_ == "PERSON" and _is_person_like(span)):
            (mentions if _plausible(candidates, strict=True) else doubtful).append(mention)
        elif ent.label_ == "ORG" and len(span) > 1:
            mentions.extend(_places_inside(span, gazetteer))
    # capitalised words spaCy left alone, longest gazetteer match first
    i = 0
    while i < len(doc):
        if taken[i] or not (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()):
            i += 1
            continue
        for length in range(min(4, len(doc) - i), 0, -1):
            span = doc[i:i + length]
            if any(taken[t.i] for t in span) or not span[-1].text[:1].isupper():
                continue
            if span.text.lower() in GENERIC_WORDS:
                continue
            candidates = gazetteer.lookup(span.text)
            if not candidates:
                continue
            mention = Mention(span.start_char, span.end_char, span.text, "GAZ", span, candidates)
            (mentions if _plausible(candidates, strict=True) else doubtful).append(mention)
            for token in span:
                taken[token.i] = True
            i += length - 1
            break
        i += 1
    # a doubtful name is a place when the document uses it as one elsewhere, or when it follows a
    # locative word ("near Djibo") and can be a place in a country the document names
    place_names = {name_key(m.text) for m in mentions if m.label in PLACE_LABELS or m.label == "GAZ"}
    countries = {m.candidates[0].country_code for m in mentions if m.candidates}
    for m in doubtful:
        previous = doc[m.span.start - 1].lower_ if m.span.start > 0 else ""
        if name_key(m.text) in place_names or (
                previous in LOCATIVE_WORDS and any(e.country_code in countries for e in m.candidates)):
            mentions.append(m)
    # a surname of someone the document names ("John Ripley ... Ripley said") is not a place
    surnames = {name_key(ent[-1].text) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    mentions = [m for m in mentions if len(m.span) > 1 or name_key(m.text) not in surnames]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _places_inside(org: Span, gazetteer: Gazetteer) -> list[Mention]:
    """Countries, regions and large cities named inside an organisation's name ("University of Kentucky",
    "Kharkiv regional administration"): they say where the organisation is."""
    found = []
    i = org.start
    while i < org.end:
        for length in range(min(3, org.end - i), 0, -1):
            span = org.doc[i:i + length]
            if not span.text[:1].isupper() or span.text.lower() in GENERIC_WORDS:
                continue
            candidates = gazetteer.lookup(span.text)
            if _plausible(candidates, strict=True) and candidates[0].kind != "continent":
                found.append(Mention(span.start_char, span.end_char, span.text, "ORG_PART", span, candidates))
                i += length - 1
                break
        i += 1
    return found


def _extend_regions(mentions: list[Mention], gazetteer: Gazetteer, text: str) -> None:
    """ "Kherson region" / "Kherson Oblast" / "the region of Kherson": the mention means the region."""
    for m in mentions:
        after = re.match(r"\s+([A-Za-z]+)", text[m.end:m.end + 20])
        if after and after.group(1).lower() in REGION_WORDS:
            regions = [e for e in gazetteer.lookup(f"{m.text} {after.group(1)}") if e.kind == "admin1"]
            if regions:
                m.end += after.end()
                m.text = text[m.start:m.end]
                m.candidates = regions
                m.prefer_region = True
                continue
        before = text[max(0, m.start - 30):m.start].lower()
        if re.search(r"\b(region|province|oblast|governorate|state) of (the )?$", before):
            m.prefer_region = True


def _link_containers(mentions: list[Mention], text: str) -> None:
    """ "Kharkiv, Ukraine" and "Freedom Square in Kharkiv": link X to Y."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if CONTAINER_GAP.fullmatch(text[a.end:b.start]):
            a.container = b


def _contains(container: GazetteerEntry, entry: GazetteerEntry) -> bool:
    if container.kind == "country":
        return entry.country_code == container.country_code
    if container.kind == "admin1":
        return entry.country_code == container.country_code and entry.admin1_code == container.admin1_code
    if container.kind in {"area", "continent"}:
        return haversine_km(container.lat, container.lon, entry.lat, entry.lon) < 800
    if container.kind == "city":
        return haversine_km(container.lat, container.lon, entry.lat, entry.lon) < 30
    return False


def _score(m: Mention, entry: GazetteerEntry, countries: Counter, regions: Counter) -> float:
    score = prior(entry)
    if entry.kind not in {"country", "continent"} and entry.country_code in countries:
        score += CONTEXT_COUNTRY * min(1.0, 0.5 + 0.25 * countries[entry.country_code])
    if entry.kind == "city" and (entry.country_code, entry.admin1_code) in regions:
        score += CONTEXT_ADMIN1
    if m.prefer_region and entry.kind == "admin1":
        score += 4.0
    container = m.container.resolved if m.container else None
    if container is not None and entry.kind not in {"country", "continent"}:
        score += CONTAINER_MATCH if _contains(container, entry) else CONTAINER_CONFLICT
    return score


def _best(m: Mention, countries: Counter, regions: Counter) -> tuple[GazetteerEntry | None, float]:
    if not m.candidates:
        return None, 0.0
    scored = sorted(((_score(m, e, countries, regions), i) for i, e in enumerate(m.candidates[:40])),
                    reverse=True)
    best_score, best_i = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else best_score - 4.0
    return m.candidates[best_i], 1 / (1 + math.exp(-(best_score - runner_up)))


def _context(mentions: list[Mention]) -> tuple[Counter, Counter]:
    """Countries and regions the document names (or whose places it names unambiguously)."""
    countries: Counter = Counter()
    regions: Counter = Counter()
    for m in mentions:
        entry = m.resolved
        if entry is None or entry.country_code is None:
            continue
        if entry.kind == "country":
            countries[entry.country_code] += 1
        elif m.score >= 0.9 or m.container is not None:
            countries[entry.country_code] += 0.5
        if entry.kind == "admin1":
            regions[(entry.country_code, entry.admin1_code)] += 1
    return countries, regions


def _resolve(mentions: list[Mention]) -> None:
    empty: Counter = Counter()
    # containers first (they are mostly countries and regions), then everything with context, twice
    for m in mentions:
        m.resolved, m.score = _best(m, empty, empty)
    for _ in range(2):
        countries, regions = _context(mentions)
        for m in sorted(mentions, key=lambda m: m.container is not None):
            m.resolved, m.score = _best(m, countries, regions)


def _resolve_facilities(mentions: list[Mention]) -> None:
    """A facility or street with no gazetteer entry takes the place it is in ("Freedom Square in Kharkiv")."""
    for m in mentions:
        if m.resolved is None and m.container is not None and m.container.resolved is not None:
            m.resolved, m.score = m.container.resolved, m.container.score * 0.8


def _to_place(m: Mention) -> Place:
    entry = m.resolved
    assert entry is not None
    kind = "facility" if m.label == "FAC" and not m.candidates else entry.kind
    admin1 = entry.admin1 if entry.kind != "country" else None
    return Place(text=m.text, start=m.start, end=m.end, name=entry.name, kind=kind, geonameid=entry.geonameid,
                 country_code=entry.country_code, admin1=admin1, lat=round(entry.lat, 5),
                 lon=round(entry.lon, 5), score=round(m.score, 3))


def extract_places(doc: Doc, document: Document, gazetteer: Gazetteer) -> list[Place]:
    """Every place mention in the document, resolved, in text order."""
    text = document.text
    mentions = [m for m in _find_mentions(doc, gazetteer) if not document.is_boilerplate(m.start, m.end)]
    _extend_regions(mentions, gazetteer, text)
    _link_containers(mentions, text)
    _resolve(mentions)
    _resolve_facilities(mentions)
    return [_to_place(m) for m in mentions if m.resolved is not None]


# --- event location ---------------------------------------------------------------------------------


def main_country(places: list[Place], doc: Doc | None = None) -> str | None:
    """The country most of the document's places are in; a place that is the subject of a clause
    ("Russia launched ...") counts half, as it is more often the actor than the scene."""
    counts: Counter = Counter()
    for place in places:
        if place.country_code:
            token = _place_token(doc, place) if doc is not None else None
            counts[place.country_code] += 0.5 if token is not None and token.dep_ == "nsubj" else 1.0
    return counts.most_common(1)[0][0] if counts else None


def _place_token(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def _attachment_score(token: Token, trigger: Token) -> float:
    """How strongly the syntax says the event happened at the place `token` names."""
    trigger_chain = {trigger, *trigger.ancestors}
    t = token
    for _ in range(6):
        if t == trigger:
            return 1.5  # "the Kyiv strikes", a modifier of the trigger itself
        head = t.head
        if t.dep_ == "pobj" and head.dep_ == "prep":
            preposition = head.lower_
            if preposition == "of":
                t = head.head  # "the region of Kherson" -> region
                continue
            weight = EVENT_PREPOSITIONS.get(preposition)
            if weight is None:
                return 0.0
            if head.head in trigger_chain or head.head in trigger.subtree:
                return weight
            t = head.head
            continue
        if t.dep_ in {"dobj", "nsubjpass", "obj", "attr"} and (head == trigger or head in trigger_chain):
            return 2.5  # "struck Kyiv", "Kyiv was shelled"
        if t.dep_ in {"nsubj", "poss"}:
            verb = head if t.dep_ == "nsubj" else head.head
            if verb.lemma_ in SPEECH_LEMMAS:
                return -4.0  # "Moscow said", "Kyiv's mayor reported"
            if t.dep_ == "nsubj" and verb == trigger:
                return -1.0  # the actor: "Russia fired"
            if t.dep_ == "nsubj" and trigger.head == verb and trigger.dep_ in {"dobj", "obj"}:
                return 1.0  # the one who suffered: "Ukraine suffered strikes"
            return -0.5
        if t.dep_ in {"compound", "amod", "nmod", "appos", "conj"}:
            t = head
            continue
        return 0.0
    return 0.0


def _location(place: Place, precision: int) -> dict:
    return {"name": place.name, "lat": place.lat, "lon": place.lon, "country_code": place.country_code,
            "admin1": place.admin1, "geo_precision": precision, "place": place.to_dict()}


def _precision(place: Place, text: str) -> int:
    if place.kind in {"city", "facility"}:
        before = text[max(0, place.start - 40):place.start]
        after = text[place.end:place.end + 12].lower()
        return 2 if NEAR_BEFORE.search(before) or re.match(r"\s+district\b", after) else 1
    return 3


def _capital_place(document: Document, doc: Doc, start: int, end: int, places: list[Place]) -> Place | None:
    """ "the capital" in [start, end): the capital of the document's main country, as a Place."""
    match = CAPITAL_PATTERN.search(document.text, start, end)
    country = main_country(places, doc)
    if not match or not country:
        return None
    capital = Gazetteer.load().capital(country)
    if capital is None:
        return None
    word_start = match.end() - len("capital")
    return Place(text=document.text[word_start:match.end()], start=word_start, end=match.end(),
                 name=capital.name, kind="city", geonameid=capital.geonameid, country_code=capital.country_code,
                 admin1=capital.admin1, lat=round(capital.lat, 5), lon=round(capital.lon, 5), score=0.7)


SPECIFICITY = {"facility": 0.8, "city": 0.6, "area": 0.4, "admin1": 0.3, "country": 0.0, "continent": -0.5}


def locate_event(places: list[Place], doc: Doc, document: Document, sentence_start: int, sentence_end: int,
                 trigger_start: int) -> dict | None:
    """Where the event whose trigger starts at `trigger_start` happened, as the contract's location dict."""
    text = document.text
    in_sentence = [p for p in places if sentence_start <= p.start < sentence_end]
    capital = _capital_place(document, doc, sentence_start, sentence_end, places)
    if capital is not None:
        in_sentence.append(capital)
    trigger = _token_at(doc, trigger_start)
    best: tuple[float, Place] | None = None
    in_sentence.sort(key=lambda p: p.start)
    for i, place in enumerate(in_sentence):
        token = _place_token(doc, place)
        attachment = _attachment_score(token, trigger) if token is not None and trigger is not None else 0.0
        distance = abs(place.start - trigger_start) / 100
        score = attachment + SPECIFICITY.get(place.kind, 0.0) - distance
        if i > 0 and CONTAINER_GAP.fullmatch(text[in_sentence[i - 1].end:place.start]):
            score -= 2.0  # the Y of "X, Y" / "X in Y": X says more precisely where
        if score > -1.0 and (best is None or score > best[0]):
            best = (score, place)
    if best is not None:
        return _location(best[1], _precision(best[1], text))
    earlier = [p for p in places if p.start < sentence_start and p.kind != "continent"]
    if earlier:
        # the most specific of the places named in the nearest earlier sentence that names any
        last_sentence_start = max(p.start for p in earlier) - 300
        recent = [p for p in earlier if p.start >= last_sentence_start]
        chosen = max(recent, key=lambda p: (SPECIFICITY.get(p.kind, 0.0), p.start))
        return _location(chosen, _precision(chosen, text))
    country = main_country(places, doc)
    if country:
        entry = Gazetteer.load().country(country)
        if entry is not None:
            place = next(p for p in places if p.country_code == country)
            as_country = Place(text=place.text, start=place.start, end=place.end, name=entry.name,
                               kind="country", geonameid=entry.geonameid, country_code=country, admin1=None,
                               lat=round(entry.lat, 5), lon=round(entry.lon, 5), score=place.score)
            return _location(as_country, 3)
    return None
