"""Attribution stage: who says (reports, claims, warns, believes) what.

In: a parsed spaCy `Doc` and its `Document` (the doc's character offsets index `document.text`).
Out: `Attribution`s, each with the source phrase (or None), its kind (media, government, military, person,
organisation, unnamed), the cue ("said", "according to", "per", a headline colon), the content, the
normalised source name, a role for named people ("Kyiv's mayor") and, for nested chains such as
"X said that ..., The Guardian reports", the outlet relaying the source (`via`). A source named by a title ("the
regional governor said") is the person the report names as its holder, before or just after it.

The patterns come from the dependency parse: a cue verb from sitreps/data/cue_verbs.tsv with its subject
and its clause or object ("X said that ...", "..., X said.", "X told reporters ..."), the prepositional
cues "according to X" and "per X", headline-style "Kyiv mayor: ..." and quotations a colon opens after a
name or a lead-in ("... surprised pollster Daron Shaw: “...”"), and a "Source: ..." line set under a lead, which
sources what the item told before it (not a credit line closing the item). A source cited ("citing the
ministry", "citing the press service of the army") or an outlet that carried the statement ("in a statement
carried by its Amaq news agency") relays what the speaker says; a statement read out or issued by someone ("a
statement read by its spokesman") is theirs, and a toll given by a body ("a toll given by the ministry") is
credited to it. A that-clause the parser read as a relative one ("told a briefing that troops had entered X") is
still what the cue verb says.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.gazetteer import MATCH_NAME, MATCH_SHADOWED, Gazetteer
from sitreps.models import Attribution, Document, Span
from sitreps.nlp import doc_text
from sitreps.outlets import find_outlet
from sitreps.quantities import TOLL_NOUNS

DATA_DIR = Path(__file__).resolve().parent / "data"

SUBJECT_DEPS = {"nsubj", "csubj"}
CLAUSE_DEPS = {"ccomp", "xcomp"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
# "in a statement carried by its Amaq news agency": what a source's words came in, and how an outlet passed it on
CARRIED_NOUNS = {"statement", "message", "video", "communique", "communiqué", "recording", "post", "announcement"}
# "claimed the attack through its Amaq news agency": a named outlet a source speaks through
CHANNEL_NOUNS = {"agency", "outlet", "channel", "website", "mouthpiece"}
CARRYING_VERBS = {"carry", "publish", "post", "release", "broadcast", "circulate", "distribute", "air"}
# "a statement read on television by its spokesman": who delivers a statement speaks it
DELIVERING_VERBS = {"read", "issue", "deliver", "sign"}
# A complement introduced by a preposition: "called for a ceasefire", "pointed to the losses".
CONTENT_PREPOSITIONS = {
    "call": {"for", "on"}, "point": {"to"}, "ask": {"for", "about"}, "warn": {"of", "against", "about"},
    "complain": {"about", "of"}, "refer": {"to"}, "talk": {"about", "of"}, "speak": {"about", "of"},
    "plead": {"for"}, "agree": {"to"}, "respond": {"to"}, "comment": {"on"},
}
# Verbs whose direct object is the person addressed, not what is said ("told reporters").
ADDRESSEE_VERBS = {"tell", "ask", "urge", "inform", "assure", "remind", "warn"}
# Verbs whose bare use ("Trump said, “Our country ...") is followed by what was said.
DECLARATIVE_VERBS = {"say", "add", "write", "tweet", "note", "argue", "insist", "explain", "state", "claim",
                     "warn", "declare", "stress", "reply", "answer", "post", "announce", "confirm", "deny"}
OPENING_QUOTES = "“\"‘"
CLOSING_QUOTES = "”\"’"
EDGE_PUNCTUATION = set(",.;:!?—–-()[]\"'“”‘’")

DETERMINERS = {"a", "an", "the"}
# Nouns whose owner states facts ("the ministry's statement that ...", "claims by the army that ...").
STATEMENT_NOUNS = {"statement", "claim", "report", "announcement", "warning", "assertion", "allegation", "comment",
                   "remark", "account", "estimate", "tally", "testimony", "denial", "admission", "confirmation",
                   "accusation", "assessment", "finding", "count", "figure", "data", "update", "briefing"}
# Prepositions that introduce what a noun or adjective cue is about ("criticism of", "support for").
NOMINAL_CONTENT_PREPOSITIONS = {"of", "for", "about", "on", "against", "to", "over"}

MEDIA_WORDS = {"media", "newspaper", "paper", "outlet", "broadcaster", "channel", "television", "tv", "radio",
               "report", "account", "press", "daily", "tabloid", "magazine", "website", "journalist",
               "reporter", "correspondent", "editor", "columnist", "network", "wire", "publication",
               "broadcast", "footage", "news"}
MILITARY_WORDS = {"army", "military", "navy", "force", "troops", "troop", "command", "commander", "general",
                  "colonel", "brigade", "battalion", "regiment", "pentagon", "idf", "marines", "defence",
                  "defense", "militia", "soldier", "officer", "staff", "airforce", "guard", "corps"}
GOVERNMENT_WORDS = {"government", "ministry", "minister", "president", "presidency", "premier", "chancellor",
                    "mayor", "governor", "official", "authority", "authorities", "administration", "kremlin",
                    "cabinet", "parliament", "lawmaker", "legislator", "senator", "congressman",
                    "congresswoman", "ambassador", "embassy", "diplomat", "prosecutor", "police", "council",
                    "department", "secretary", "king", "office", "envoy", "regime", "junta", "municipality",
                    "state", "white", "spokesman", "spokeswoman", "spokesperson", "agency", "court",
                    "judge", "commission", "country", "nation", "commissioner", "prefect", "leader", "deputy",
                    "mp", "sheriff"}
ORGANISATION_WORDS = {"organisation", "organization", "group", "committee", "ngo", "charity", "union",
                      "cross", "crescent", "watchdog", "monitor", "observatory", "institute", "foundation",
                      "association", "coalition", "alliance", "party", "campaign", "company", "firm",
                      "nations", "nato", "un", "unicef", "who", "unhcr", "amnesty", "poll", "survey",
                      "study", "center", "centre", "network", "movement", "federation"}
# Names and words of international and non-governmental bodies, checked before GOVERNMENT_WORDS so that
# "the UN refugee agency" or "the Red Cross" is not taken for a government.
INTERNATIONAL_BODIES = {"un", "nations", "nato", "unicef", "unhcr", "who", "cross", "crescent", "amnesty",
                        "ngo", "charity", "watchdog", "observatory", "msf", "iaea", "unrwa", "ocha"}
UNNAMED_HEADS = {"source", "witness", "resident", "official", "people", "person", "analyst", "expert",
                 "observer", "someone", "aide", "insider", "activist", "local", "villager", "survivor",
                 "eyewitness", "others", "some", "many", "critic", "spokesperson", "spokesman",
                 "spokeswoman", "diplomat"}
# Nouns that can name who speaks.
SPEAKER_WORDS = (MEDIA_WORDS | MILITARY_WORDS | GOVERNMENT_WORDS | ORGANISATION_WORDS | UNNAMED_HEADS
                 | {"voter", "supporter", "member", "candidate", "worker", "student", "leader", "citizen"})
# Titles written before a name ("President", "Gen.", "Sen.").
TITLE_WORDS = GOVERNMENT_WORDS | MILITARY_WORDS | {"prime", "sen", "gov", "rep", "gen", "col", "lt", "maj",
                                                   "capt", "adm", "mr", "mrs", "ms", "dr", "prof", "sheikh",
                                                   "ayatollah", "vice", "foreign", "interior", "chief"}
# Roles only a person holds, written before the name ("commander Mykola Oleshchuk").
PERSON_ROLES = {"president", "minister", "mayor", "governor", "commander", "spokesman", "spokeswoman",
                "spokesperson", "chief", "head", "secretary", "general", "ambassador", "envoy", "senator", "leader"}
# Entity labels of places and peoples, never a person's name.
PLACE_LABELS = {"GPE", "NORP", "LOC", "FAC"}
# Forms of address written before a name: no role ("Mr Klitschko said" says nothing of his office).
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam", "madame", "monsieur", "herr", "frau"}
# Nouns naming a place's division, so that "the Odesa region reported" is the region's authorities speaking.
PLACE_NOUNS = {"region", "province", "oblast", "city", "district", "county", "town", "village",
               "municipality", "prefecture", "governorate"}
# Population from which a place's name said bare is more likely the place (or its government) than a
# person's surname: above most towns that share a politician's name (Warren, Michigan: 134,000).
LARGE_PLACE = 250_000
# Prepositions whose object is a place ("in Kherson", "near Bakhmut").
PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "across", "inside", "towards", "toward"}
# Recordings that show what happened without being anyone's account ("Videos shared by residents showed").
EVIDENCE_NOUNS = {"video", "footage", "photo", "photograph", "image", "imagery", "picture", "recording", "clip",
                  "film", "livestream", "snapshot"}
# Words naming bodies rather than people ("Russia's defence ministry" is no person even when tagged a name).
BODY_WORDS = (GOVERNMENT_WORDS | MILITARY_WORDS | ORGANISATION_WORDS | MEDIA_WORDS) - {
    "president", "minister", "mayor", "governor", "general", "colonel", "commander", "king", "senator", "judge"}
# What a finding can be "in" ("in a CNN poll, ...").
SURVEY_NOUNS = {"poll", "survey", "study", "census", "report", "analysis", "review"}
# What a person's opinion can be "in" ("in Forbes' words", "in Bolton's view, ...").
OPINION_NOUNS = {"words", "view", "opinion", "estimation", "judgment", "judgement", "telling", "mind", "eyes",
                 "assessment", "account", "recollection"}
# Words that make "per X" a unit ("per day") rather than a source.
PER_SOURCE_WORDS = MEDIA_WORDS | {"source", "official", "statement", "figure", "data", "estimate", "ministry"}
# Nouns that can head a headline-style source ("Kyiv mayor: ...").
HEADLINE_ROLE_WORDS = GOVERNMENT_WORDS | MILITARY_WORDS | MEDIA_WORDS | {
    "spokesperson", "spokesman", "spokeswoman", "un", "poll", "survey", "study", "camp", "campaign"}


@dataclass(frozen=True)
class CueVerb:
    kind: str  # speech, report, cognition, intent
    takes_object: bool  # whether a direct object can be the content ("announced a ceasefire")


# A verb outside the lexicon: a stance its subject takes ("backed the plan", "voted against the bill").
STANCE_VERB = CueVerb(kind="stance", takes_object=True)


# Verbs by which a source states a casualty figure ("put the toll at 13", "raised the toll to 11").
TOLL_VERBS = {"put", "raise", "revise", "give", "bring", "update", "set", "lower"}
TOLL_VERB = CueVerb(kind="report", takes_object=True)
# who keeps a count of the dead: "the toll from the ministry"
TOLL_AUTHOR_KINDS = {"government", "military", "media"}


@lru_cache(maxsize=1)
def cue_verbs() -> dict[str, CueVerb]:
    """The cue-verb lexicon from sitreps/data/cue_verbs.tsv, keyed by lemma."""
    text = (DATA_DIR / "cue_verbs.tsv").read_text(encoding="utf-8")
    lexicon: dict[str, CueVerb] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, kind, content = line.split("\t")
        lexicon[lemma] = CueVerb(kind=kind, takes_object=content == "any")
    return lexicon


@lru_cache(maxsize=1)
def cue_model() -> dict[str, float]:
    """Feature weights of the cue model (sitreps/data/cue_model.tsv; see README-attribution.md)."""
    weights: dict[str, float] = {}
    for line in (DATA_DIR / "cue_model.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            feature, weight = line.rsplit("\t", 1)
            weights[feature] = float(weight)
    return weights


def cue_score(features: list[str], weights: dict[str, float] | None = None) -> float:
    """The cue model's log-odds that a candidate verb is an attribution cue (> 0: it is); `weights` replace the
    model's own (cross-validation scores folds with models fitted without them)."""
    weights = cue_model() if weights is None else weights
    return sum(weights.get(feature, 0.0) for feature in features)


# --- spans -----------------------------------------------------------------------------------------

_DOC_PLACES: weakref.WeakKeyDictionary[Doc, set[str]] = weakref.WeakKeyDictionary()


def _place_names(doc: Doc) -> set[str]:
    """Lower-cased names the document uses as places more often than as people: tagged a GPE, the object of
    "in"/"near", followed by "region"/"city", or a large place in the gazetteer count for a place; a full name
    tagged a person counts against it and its surname (a lone word tagged a person, only if no large place)."""
    names = _DOC_PLACES.get(doc)
    if names is not None:
        return names
    votes: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "GPE":
            votes[ent.text.lower()] = votes.get(ent.text.lower(), 0) + 1
        elif ent.label_ == "PERSON" and len(ent) > 1:  # a full name, and the surname it is later known by
            for key in (ent.text.lower(), ent[-1].lower_):
                votes[key] = votes.get(key, 0) - 1
        elif ent.label_ == "PERSON":  # a lone word: the tagger often takes "Kyiv" for a person
            votes[ent.text.lower()] = votes.get(ent.text.lower(), 0) - (0 if _is_large_place(ent.text) else 1)
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        in_place = token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS and token.i == token.head.i + 1
        before_division = after is not None and after.lemma_.lower() in PLACE_NOUNS and token.dep_ == "compound"
        if in_place or before_division:
            votes[token.lower_] = votes.get(token.lower_, 0) + 1
        elif token.lower_ not in votes and token.dep_ in SUBJECT_DEPS and _is_large_place(token.text):
            votes[token.lower_] = 0  # counted once below
    for name in votes:
        if _is_large_place(name):
            votes[name] += 1
    names = _DOC_PLACES[doc] = {name for name, vote in votes.items() if vote > 0}
    return names


@lru_cache(maxsize=4096)
def _is_large_place(name: str) -> bool:
    """Whether the gazetteer knows `name` itself (or a region by its capital's name) as a country, region or city
    of LARGE_PLACE people or more."""
    return any(entry.match in (MATCH_NAME, MATCH_SHADOWED) and entry.kind in ("country", "admin1", "city")
               and entry.population >= LARGE_PLACE for entry in Gazetteer.load().lookup(name))


def _is_place_name(doc: Doc, tokens: SpacySpan) -> bool:
    """Whether a proper name (a whole phrase or an entity) is used as a place in the document."""
    text = " ".join(t.text for t in tokens if t.lower_ not in DETERMINERS).lower()
    return bool(text) and text in _place_names(doc)


def _char_span(doc: Doc, first: int, last: int) -> Span | None:
    """The text of tokens first..last (inclusive) with edge punctuation and a leading "that" trimmed."""
    while first <= last and (doc[first].text in EDGE_PUNCTUATION or doc[first].is_space
                             or (doc[first].lower_ == "that" and doc[first].dep_ == "mark")):
        first += 1
    while last >= first and (doc[last].text in EDGE_PUNCTUATION or doc[last].is_space) \
            and not _brackets_a_name(doc[last]):
        last -= 1
    if first > last:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    return Span(text=doc_text(doc)[start:end], start=start, end=end)


def _token_span(token: Token) -> Span:
    return Span(text=token.text, start=token.idx, end=token.idx + len(token))


# "a group calling itself the Ahvaz National Resistance": a verb that names its subject, says nothing
SELF_NAMING_VERBS = {"call", "style", "dub", "name"}
REFLEXIVE_PRONOUNS = {"itself", "themselves", "himself", "herself"}


def _names_itself(verb: Token) -> bool:
    """Whether the verb is a participle giving its subject a name: "calling itself", "styling themselves"."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in SELF_NAMING_VERBS \
        and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children)


def _self_named_phrase(token: Token) -> tuple[int, int] | None:
    """Token bounds of the subjects of a naming participle the parse took for the main verb, with the name it
    gives: "Both X and a group calling itself Y" in "Both X and a group calling itself Y claimed responsibility"."""
    namer = token.head
    if token.dep_ not in SUBJECT_DEPS or not _names_itself(namer):
        return None
    subjects = [c for c in namer.children if c.dep_ in SUBJECT_DEPS]
    names = [c for c in namer.children if c.dep_ == "oprd"]
    return min(c.left_edge.i for c in subjects), max([namer.i, *(c.right_edge.i for c in names)])


def _noun_phrase(token: Token) -> tuple[int, int]:
    """Token bounds (inclusive) of the noun phrase headed by `token`, without trailing relative clauses (but with
    the name a group is said to call itself)."""
    self_named = _self_named_phrase(token)
    if self_named is not None:
        return self_named
    first, last = token.left_edge.i, token.right_edge.i
    for child in token.lefts:  # a quotation the parser hung on the speaker ("“...,” Sarandon told MSNBC")
        # (not the hyphen inside a name, "OVD-Info", nor the brackets round an acronym inside it, "the Joint Maritime
        # Information Center (JMIC) agency")
        if child.dep_ in ("ccomp", "advcl", "parataxis") or child.dep_ == "punct" and child.text not in "-‐‑" \
                and not _brackets_a_name(child):
            first = max(first, child.right_edge.i + 1)
        elif child.left_edge.i == first and _objectless_preposition(token.doc, first - 1):
            # "trenches outside the hamlet of X, east of Y, army spokesman Z said" parsed with "of" left bare and
            # "X, east of Y" hung on Z: the preposition's object, not part of who spoke
            first = child.right_edge.i + 1
    for child in token.rights:
        if child.dep_ in ("relcl", "acl") and not _names_itself(child) or (
                child.dep_ == "punct" and child.text in "—–(" and child.i > token.i and not _brackets_a_name(child)):
            last = min(last, child.left_edge.i - 1)
    return first, last


def _objectless_preposition(doc: Doc, i: int) -> bool:
    """Whether token `i` is a preposition the parser gave no object ("of" in "the hamlet of X, ..." where
    "X" was hung on a later noun)."""
    return i >= 0 and doc[i].dep_ == "prep" and not any(True for _ in doc[i].children)


def _brackets_a_name(bracket: Token) -> bool:
    """A bracket of "(JMIC)" set between the words of a name and its head noun: an acronym, one capitalised word,
    between the two brackets."""
    doc, i = bracket.doc, bracket.i
    if bracket.text == "(":
        return i + 2 < len(doc) and doc[i + 2].text == ")" and BRACKETED_ACRONYM.match(doc[i + 1].text) is not None
    if bracket.text == ")":
        return i >= 2 and doc[i - 2].text == "(" and BRACKETED_ACRONYM.match(doc[i - 1].text) is not None
    return False


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i


def _longer_side(doc: Doc, sent: SpacySpan, first: int, last: int) -> Span | None:
    """Content of a sentence around an inserted phrase (tokens first..last): the longer remaining side, or the
    side before when the side after opens with a conjunction."""
    before = _char_span(doc, sent.start, first - 1) if first > sent.start else None
    after = _char_span(doc, last + 1, sent.end - 1) if last + 1 < sent.end else None
    # "killed three, according to X, and damaged the road": the phrase closes the clause before; what the
    # conjunction adds is the writer's own account
    opening = next((t for t in doc[last + 1:sent.end] if not t.is_punct), None)
    if before is not None and opening is not None and opening.lower_ in ("and", "but"):
        return before
    sides = [s for s in (before, after) if s is not None]
    return max(sides, key=lambda s: s.end - s.start) if sides else None


def _extend_over_quote(document_text: str, content: Span, sent: SpacySpan) -> Span:
    """Stretch content that closes a quotation back to where the quotation opened, when that is in an
    earlier sentence of the same paragraph ("“We will rebuild. Every house,” he said.")."""
    after = document_text[content.end:content.end + 3].lstrip(",. ")
    if not after or after[0] not in CLOSING_QUOTES:
        return content
    opening_in_sentence = any(ch in OPENING_QUOTES for ch in document_text[sent.start_char:content.start])
    if opening_in_sentence or content.start != sent.start_char + _leading_gap(document_text, sent):
        return content
    window_start = max(0, content.start - 1500)
    before = document_text[window_start:content.start]
    paragraph = before.rfind("\n")
    for i in range(len(before) - 1, max(paragraph, -1), -1):
        if before[i] in "”":
            return content
        if before[i] in "“\"":
            start = window_start + i + 1
            return Span(text=document_text[start:content.end], start=start, end=content.end)
    return content


def _leading_gap(document_text: str, sent: SpacySpan) -> int:
    """Characters of space and opening punctuation at the start of a sentence."""
    text = document_text[sent.start_char:sent.end_char]
    return len(text) - len(text.lstrip(" \n" + OPENING_QUOTES))


# --- sources ---------------------------------------------------------------------------------------

def _normalise_name(text: str) -> str:
    words = " ".join(text.replace("’", "'").split()).strip(" ,")
    first, _, rest = words.partition(" ")
    if rest and first.lower() in DETERMINERS:
        return rest
    return words


def _name_start(doc: Doc, first: int, start: int) -> int:
    """Stretch a name leftwards over given names the entity recogniser left out ("Oleksandr Prokudin")."""
    while start - 1 >= first and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in ("", "PERSON", "ORG") \
            and doc[start - 1].lower_.rstrip(".") not in TITLE_WORDS:
        start -= 1
    return start


def _entity_bounds(doc: Doc, token: Token) -> tuple[int, int]:
    """Token bounds (end exclusive) of the named entity `token` belongs to."""
    start, end = token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _person_entity(doc: Doc, first: int, last: int, head: Token) -> SpacySpan | None:
    """The name of a person heading the source phrase (directly, or through an apposition): a PERSON entity,
    or a proper name set beside a role ("the regional governor, Oleksandr Starukh")."""
    appositions = [c for c in head.children if c.dep_ == "appos"]
    candidates = [head, *appositions]
    if head.dep_ == "appos":
        candidates.append(head.head)
    for token in candidates:
        if first <= token.i <= last and token.ent_type_ == "PERSON":
            start, end = _entity_bounds(doc, token)
            if _is_place_name(doc, doc[start:end]):
                continue
            return _after_titles(doc[_name_start(doc, first, max(start, first)):min(end, last + 1)])
    if head.lemma_.lower() in TITLE_WORDS:
        for token in appositions:
            if first <= token.i <= last and token.pos_ == "PROPN" and token.ent_type_ not in PLACE_LABELS:
                return doc[_name_start(doc, first, token.i):token.i + 1]
    return None


def _after_titles(name: SpacySpan) -> SpacySpan:
    """A name without the titles and the place written before them ("Kharkiv Mayor Ihor Terekhov" -> "Ihor
    Terekhov"), as long as a name is left."""
    titles = [t.i for t in name[:-1] if t.lower_.rstrip(".") in TITLE_WORDS]
    return name.doc[titles[-1] + 1:name.end] if titles else name


def _titled_name(doc: Doc, first: int, head: Token) -> SpacySpan | None:
    """A name the entity recogniser missed, behind a title: "Mexican President Andrés Manuel López
    Obrador" -> "Andrés Manuel López Obrador"."""
    if head.pos_ != "PROPN" or head.ent_type_ in PLACE_LABELS or head.lower_ in BODY_WORDS:
        return None
    start = head.i
    while start - 1 >= first:
        if doc[start - 1].text in "-‐‑" and start - 2 >= first and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_:
            start -= 2  # a hyphenated name is one name: "OVD-Info"
        elif doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= start - 1:
            start -= 1
        else:
            break
    if head.ent_type_ == "ORG" and not (  # a name the tagger took for a body, after a role: "commander X Y"
            start - 1 >= first and doc[start - 1].lower_ in PERSON_ROLES
            and not any(t.lower_.rstrip(".") in TITLE_WORDS for t in doc[start:head.i + 1])):
        return None
    if start == first and not any(t.lower_.rstrip(".") in TITLE_WORDS for t in doc[first:head.i]):
        return None
    return _after_titles(doc[start:head.i + 1])


def _role_text(doc: Doc, first: int, last: int, name: SpacySpan) -> str | None:
    """What the source phrase says besides the person's name ("Kyiv's mayor")."""
    before_last = name.start
    while before_last > first and doc[before_last - 1].lower_.rstrip(".") in HONORIFICS:  # "Mr", "Dame"
        before_last -= 1
    parts = [doc[first:before_last].text, doc[name.end:last + 1].text]
    role = " ".join(p.strip(" ,") for p in parts if p.strip(" ,"))
    role = _normalise_name(role)
    return role or None


def classify_source(doc: Doc, first: int, last: int, head: Token) -> tuple[str, str, str | None]:
    """(kind, normalised name, role) for the source phrase doc[first:last+1] headed by `head`."""
    phrase = doc[first:last + 1]
    if head.pos_ == "PRON":
        return ("organisation" if head.lower_ == "it" else "person"), head.text, None
    outlet = find_outlet(phrase.text)
    if outlet is not None:
        canonical, start, end = outlet
        head_start = head.idx - phrase.start_char
        if start <= head_start < end:
            return "media", canonical, None
    if head.pos_ == "PROPN" and _is_place_name(doc, phrase):  # "Kyiv says": the government seated there
        return "government", _normalise_name(phrase.text), None
    if head.lemma_.lower() in PLACE_NOUNS and any(t.pos_ == "PROPN" and t.i < head.i for t in phrase):
        return "government", _normalise_name(phrase.text) + " authorities", None  # "the Odesa region reported"
    person = _person_entity(doc, first, last, head) or _titled_name(doc, first, head)
    if person is not None:
        return "person", _normalise_name(person.text), _role_text(doc, first, last, person)
    name = _normalise_name(phrase.text)
    if head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.i > head.i for c in head.children):
        name = _normalise_name(doc[first:head.i + 1].text)  # "OVD-Info, an independent group that ..." -> OVD-Info
    lemmas = {t.lemma_.lower() for t in phrase} | {t.lower_ for t in phrase}
    head_lemma = head.lemma_.lower()
    entity_labels = {t.ent_type_ for t in phrase if t.ent_type_}
    if head_lemma in MEDIA_WORDS or head.lower_ in MEDIA_WORDS or {"news", "agency"} <= lemmas:
        return "media", name, None
    if lemmas & MILITARY_WORDS and not (head_lemma in UNNAMED_HEADS - {"spokesperson", "spokesman",
                                                                        "spokeswoman"}
                                         and not entity_labels):
        return "military", name, None
    if head_lemma in UNNAMED_HEADS and not entity_labels and not (lemmas & GOVERNMENT_WORDS - {head_lemma}):
        return "unnamed", name, None
    if lemmas & INTERNATIONAL_BODIES or (head.ent_type_ == "ORG" and not lemmas & GOVERNMENT_WORDS):
        return "organisation", name, None
    if lemmas & GOVERNMENT_WORDS or head.ent_type_ in ("GPE", "NORP") or (
            head_lemma in UNNAMED_HEADS and entity_labels & {"GPE", "NORP"}):
        return "government", name, None
    if lemmas & ORGANISATION_WORDS or "ORG" in entity_labels:
        return "organisation", name, None
    if head.pos_ == "PROPN":
        return "person", name, None
    return "unnamed", name, None


# --- cue patterns -----------------------------------------------------------------------------------

@dataclass
class _Found:
    source: tuple[int, int] | None  # token bounds of the source as written ("who", "he", "the BBC")
    speaker: tuple[int, int, Token] | None  # bounds and head of the phrase naming the source
    cue: Span
    content: Span
    cue_kind: str  # speech, report, cognition, intent, appearance, stance, or relay (according to, per)
    features: list[str] | None = None  # what the cue model scores; None for patterns kept without scoring


FINITE_PAST = {"VBD", "VBN"}


def _is_misattached_conjunct(verb: Token) -> bool:
    """Whether a verb the parser coordinated with the clause of a cue verb belongs with the cue verb itself, as
    its tense shows: "Clinton has vowed to keep abortion legal and celebrated the ruling", "She said she admires
    him and highlighted their shared goals"."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ not in CLAUSE_DEPS or verb.tag_ not in ("VBD", "VBZ"):
        return False
    outer = clause.head

    def agree(a: str, b: str) -> bool:
        return a == b or {a, b} <= FINITE_PAST

    return outer.pos_ == "VERB" and agree(verb.tag_, outer.tag_) and not agree(verb.tag_, clause.tag_)


def _verb_subject(verb: Token) -> Token | None:
    """The speaker of a cue verb: its subject, or the subject it shares with the verb it hangs off."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:  # the nearest: "MOSCOW (Reuters) - Russia vowed" has the dateline parsed as a second subject
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    head = verb.head
    if _is_misattached_conjunct(verb):
        return _verb_subject(head.head)
    if verb.dep_ in ("ccomp", "parataxis") and _names_itself(head) and head.i < verb.i:
        # "a group calling itself X claimed responsibility", parsed with the naming participle as the main verb
        return _verb_subject(head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _verb_subject(head.head)  # "After saying ..., the man ended up", "tripped him up by calling"
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        return _verb_subject(head.head)  # "voters are more likely to say"
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        # an adverbial clause shares the subject when it is a participle or a to-infinitive ("came to talk")
        if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not (
                verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            return None
        return _verb_subject(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "Trump released an ad calling for ...": the ad's author speaks
        noun = verb.head
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            return _verb_subject(noun.head) or noun
        return noun
    return None


def _with_split_off_name(subject: Token, bounds: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the speaker's phrase, stretched over a name the parser split off as a second subject of the
    verb right before it: "Channel" of "Channel 12 news estimated the crowd"."""
    first, last = bounds
    for sibling in subject.head.children:
        if sibling.dep_ in SUBJECT_DEPS and sibling.i < subject.i and sibling.pos_ == "PROPN" \
                and sibling.right_edge.i + 1 == first and not any(t.is_punct for t in sibling.subtree):
            return sibling.left_edge.i, last
    return first, last


def _with_coordinated_subject(subject: Token, bounds: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the speakers' phrase, stretched back over an earlier subject of the same verb that an "and"
    right before this one joins it to: "Both the alliance, through its agency, and a splinter group claimed"."""
    first, last = bounds
    if first == 0 or subject.doc[first - 1].lower_ != "and":
        return first, last
    earlier = [c for c in subject.head.children if c.dep_ in SUBJECT_DEPS and c.i < subject.i]
    return (earlier[-1].left_edge.i, last) if earlier else (first, last)


def _speaking_conjunct(subject: Token, verb: Token) -> Token:
    """The named person of a subject the parser coordinated across two clauses ("The deaths caused public
    anger and President Volodymyr Zelenskiy ordered checks"): a common noun that names no speaker, joined
    to a person's name right before the verb."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in SPEAKER_WORDS:
        return subject
    for conjunct in subject.conjuncts:
        if conjunct.i > subject.i and conjunct.ent_type_ == "PERSON" and conjunct.right_edge.i + 1 == verb.i:
            return conjunct
    return subject


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("Smith, who said ..." -> Smith)."""
    if subject.tag_ not in ("WP", "WDT"):
        return subject
    token = subject.head
    while token.dep_ != "relcl" and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ == "relcl" else subject


def _speaker_before(doc: Doc, sent: SpacySpan, verb: Token) -> Token | None:
    """A closing speech tag whose speaker the parser hung elsewhere (", regional governor X said.", ", the
    regional governor, Vitaliy Kim, said.", ", Serhiy Cherevatyi, spokesman for the eastern group of forces,
    told Reuters."): the noun phrase right before the verb, set off by a comma. The verb is the sentence's root,
    or a verb the parser coordinated with it or hung on it as an adverbial clause that closes the sentence ("X
    bombarded Y, ..., the mayor said.")."""
    if verb.i == sent.start:
        return None
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("conj", "advcl") and all(
            t.is_punct or t.is_space or verb in t.ancestors for t in doc[verb.i + 1:sent.end])):
        return None
    end = verb.i - 1
    while end > sent.start and doc[end].dep_ == "aux" and doc[end].head == verb:
        end -= 1  # "..., the press centre ... (ATO) has reported.": the speaker ends before the auxiliary
    if doc[end].text == "," and end - 1 > sent.start:  # the comma closing an apposition
        end -= 1
    if _brackets_a_name(doc[end]) and end - 3 > sent.start:  # "..., the press centre of the ... (JFO) reports."
        end -= 3
    candidate = doc[end]
    if candidate.pos_ not in ("PROPN", "NOUN"):
        return None
    while True:
        owner = candidate.head.head  # "spokesman for the eastern group of forces": climb to the spokesman
        if candidate.dep_ == "pobj" and candidate.head.dep_ == "prep" and owner.pos_ in ("NOUN", "PROPN") and (
                owner.i < candidate.i):
            candidate = owner
        elif candidate.dep_ == "appos" and candidate.head.i < candidate.i and candidate.head.dep_ != "pobj" and (
                candidate.head.lemma_.lower() in TITLE_WORDS or candidate.head.ent_type_ == "PERSON"):
            # "the regional governor, Oleksandr Starukh"; but a preposition's object ("north-east of X, the
            # militia said", X misread as a person) closes the clause before the comma
            candidate = candidate.head
        elif candidate.dep_ == "conj" and candidate.head.i < candidate.i and candidate.head.pos_ in (
                "NOUN", "PROPN") and doc[candidate.left_edge.i - 1].dep_ == "cc":
            # "..., medics and the Norwegian Refugee Council said.", which the parse coordinates with the
            # object before the comma: the speakers begin at the first conjunct after it
            candidate = candidate.head
        else:
            break
    first = _phrase_start(doc, sent, candidate)
    if first <= sent.start or doc[first - 1].text not in ",—–" and doc[first - 1].tag_ != "''":
        return None
    return candidate


def _phrase_start(doc: Doc, sent: SpacySpan, speaker: Token) -> int:
    """Where a speaker's phrase begins, stretched back to the comma before a title the parser hung elsewhere
    ("..., killing a man, head of the regional administration Pavlo Kyrylenko wrote"): a person's name right
    after a verbless noun phrase headed by a role."""
    first = speaker.left_edge.i
    commas = [t.i for t in doc[sent.start:first] if t.text == ","]
    if speaker.ent_type_ != "PERSON" or not commas or commas[-1] == first - 1:
        return first
    title = doc[commas[-1] + 1:first]
    if title.root.lemma_.lower() in PERSON_ROLES and title.root.left_edge.i == title.start \
            and title.root.right_edge.i == title.end - 1 and not any(t.pos_ in ("VERB", "AUX") for t in title):
        return title.start
    return first


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)


def _verb_content(doc: Doc, sent: SpacySpan, verb: Token, cue_verb: CueVerb,
                  subject: Token | None) -> Span | None:
    """What a cue verb introduces: its clause, object or prepositional complement, or - when the verb
    is parenthetical ("..., officials said.") - the rest of the sentence."""
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.i > verb.i:
            # "the changes, which officials said will take effect": the relative pronoun is left behind
            last = child.right_edge.i
            for conjunct in child.children:  # "vowed to keep it legal and celebrated the ruling": not the vow's
                if conjunct.dep_ == "conj" and _is_misattached_conjunct(conjunct):
                    end = conjunct.left_edge.i - 1
                    while end > child.i and (doc[end].dep_ == "cc" or doc[end].is_punct):
                        end -= 1
                    last = min(last, end)
            return _char_span(doc, max(child.left_edge.i, verb.i + 1), last)
    if any(c.dep_ == "agent" for c in verb.children):  # "the plan, opposed by Democrats"; "it was denied by"
        patients = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if patients:
            return _char_span(doc, *_noun_phrase(patients[0]))
        if verb.dep_ == "acl":
            return _char_span(doc, *_noun_phrase(verb.head))
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
            c.dep_ == "dobj" for c in verb.children):  # "As the BBC reported, ..."
        return _longer_side(doc, sent, verb.left_edge.i, verb.right_edge.i)
    if cue_verb.kind == "appearance":
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.i > verb.i]
        return _char_span(doc, *_subtree_bounds(complements[0])) if complements else None
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if predicates:  # "called the plan a disgrace"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        first = objects[0].left_edge.i if objects else predicates[0].left_edge.i
        return _char_span(doc, first, predicates[0].right_edge.i)
    prepositions = CONTENT_PREPOSITIONS.get(verb.lemma_.lower(), ())
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and (child.lower_ in prepositions or (
                cue_verb.kind == "stance" and not any(c.dep_ == "dobj" for c in verb.children))):
            return _char_span(doc, child.i + 1, child.right_edge.i)
        if child.dep_ == "prt" and child.lower_ == "out" and verb.lemma_.lower() == "point":
            objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i > verb.i]
            if objects:
                return _char_span(doc, *_subtree_bounds(objects[0]))
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:  # the cue model weighs an object of a clause verb
        for child in verb.children:
            if child.dep_ == "dobj" and child.i > verb.i and (child.pos_ != "PRON" or cue_verb.kind == "stance"):
                last = child.right_edge.i
                # "reported power outages from the attacks": the verb's own modifiers that follow
                for modifier in verb.rights:
                    if modifier.dep_ == "prep" and modifier.i == last + 1:
                        last = modifier.right_edge.i
                return _char_span(doc, child.left_edge.i, last)
        if cue_verb.kind != "stance":
            # "declared Monday a day of mourning": the parser can take a bare noun object for a modifier
            objects = [c for c in verb.rights if c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN")]
            if objects and objects[-1].ent_type_ not in ("DATE", "TIME"):
                return _char_span(doc, objects[0].left_edge.i, objects[-1].right_edge.i)
    for child in verb.children:  # "calling for the United States to take a stronger role"
        if child.dep_ == "advcl" and child.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ == "for" and c.i < child.i for c in child.children):
            return _char_span(doc, child.left_edge.i + 1, child.right_edge.i)
    if cue_verb.kind != "stance":
        misplaced = _misplaced_that_clause(verb)
        if misplaced is not None:
            return _char_span(doc, *_subtree_bounds(misplaced))
    parenthetical = _parenthetical_content(doc, sent, verb, subject)
    if parenthetical is not None:
        return parenthetical
    if cue_verb.kind in ("speech", "report"):
        introduced = _introduced_paragraph(doc, sent, verb)
        if introduced is not None:
            return introduced
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.i < verb.i:
            return _char_span(doc, child.left_edge.i, child.right_edge.i)
    # "the attack, which the ministry denied"; "an attack that police said bore the hallmarks of ..."
    if verb.dep_ == "relcl" and (cue_verb.takes_object or _relative_pronoun_as_object(verb)):
        return _char_span(doc, *_noun_phrase(verb.head))
    if verb.lemma_.lower() in DECLARATIVE_VERBS:
        return _trailing_content(doc, sent, verb)
    return None


def _relative_pronoun_as_object(verb: Token) -> bool:
    """Whether the parser took the relative pronoun before a speech verb for its object: in "an attack that police
    said bore the hallmarks of ..." it is the subject of what the speaker says of the noun."""
    return any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < verb.i for c in verb.children)


def _misplaced_that_clause(verb: Token) -> Token | None:
    """A that-clause the parser hung on a noun after a cue verb, as if a relative clause ("is telling customers
    at a diner that she needs their votes")."""
    for token in verb.subtree:
        opened_by_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) \
            or _that_taken_for_argument(token)
        if token.i > verb.i and token.dep_ in ("relcl", "acl") and token.head.i > verb.i and opened_by_that \
                and any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in token.children):
            return token
    return None


def _that_taken_for_argument(verb: Token) -> bool:
    """Whether the parser took the "that" opening a clause for its verb's subject or object although the verb has
    one of its own ("told a briefing that troops had entered the village"): a that-clause, not a relative one."""
    that = next((c for c in verb.lefts if c.lower_ == "that" and c.dep_ in ("nsubj", "dobj")), None)
    return that is not None and any(c.dep_ == that.dep_ and c != that for c in verb.children)


def _introduced_paragraph(doc: Doc, sent: SpacySpan, verb: Token) -> Span | None:
    """What a speech tag ending in a colon introduces in the next paragraph ("Reporter Jomana Karadsheh
    says:" and then the quotation)."""
    rest = [t for t in doc[verb.i + 1:sent.end] if not t.is_space]
    if not rest or rest[-1].text != ":" or any(t.head != verb and t.text != ":" for t in rest[:-1]):
        return None
    text = doc_text(doc)
    start = rest[-1].idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    first = doc.char_span(start, end, alignment_mode="expand")
    return _char_span(doc, first.start, first.end - 1) if first is not None and len(first) else None


def _trailing_content(doc: Doc, sent: SpacySpan, verb: Token) -> Span | None:
    """For a speech verb the parser left without a complement ("Trump said, “Our country ..."), what
    follows it in the sentence, when that holds a clause of its own."""
    first = verb.i + 1
    while first < sent.end and (doc[first].dep_ in ("prt", "advmod", "npadvmod") and doc[first].head == verb):
        first += 1
    rest = doc[first:sent.end]
    if len(rest) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    if rest[0].dep_ == "prep" and rest[0].head == verb:  # "said in a statement on Monday"
        return None
    return _char_span(doc, first, sent.end - 1)


def _parenthetical_content(doc: Doc, sent: SpacySpan, verb: Token, subject: Token | None) -> Span | None:
    """Content of a speech tag set off by a comma, dash or quote: "..., the ministry said."; never of a relative
    clause, which describes its speaker (“...,” said O'Donnell, who wrote about the visit)."""
    if verb.dep_ == "relcl":
        return None
    first = min(verb.i, _phrase_start(doc, sent, subject) if subject is not None and subject.i < verb.i else verb.i)
    last = verb.i
    for child in verb.rights:
        if child.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj", "agent", "prt") or (
                child.dep_ == "nsubj"):
            last = max(last, child.right_edge.i)
    before = doc[first - 1] if first > sent.start else None
    if before is None or not (before.text in ",—–-:" + CLOSING_QUOTES or before.tag_ == "''"):
        return None
    return _longer_side(doc, sent, first, last)


def _subject_type(subject: Token | None) -> str:
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return "PRON:" + subject.lower_
    if subject.ent_type_:
        return "ENT:" + subject.ent_type_
    return subject.pos_


def _content_shape(doc: Doc, content: Span) -> str:
    """A coarse description of a candidate's content: quoted, a clause, or a short or long phrase."""
    if content.start > 0 and doc_text(doc)[content.start - 1] in OPENING_QUOTES or content.text[:1] in OPENING_QUOTES:
        return "quote"
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
        return "clause"
    words = len(content.text.split())
    return "word" if words == 1 else "short" if words <= 4 else "phrase"


def _cue_features(doc: Doc, verb: Token, cue_verb: CueVerb, subject: Token | None, content: Span,
                  passive: bool) -> list[str]:
    """The description of a candidate cue verb that the cue model scores."""
    lemma = verb.lemma_.lower()
    subject_type = _subject_type(subject)
    features = ["bias", f"L={lemma}", f"K={cue_verb.kind}", f"D={verb.dep_}", f"T={verb.tag_}",
                f"L|D={lemma}|{verb.dep_}", f"S={subject_type}", f"L|S={lemma}|{subject_type}",
                f"K|S={cue_verb.kind}|{subject_type}", f"K|D={cue_verb.kind}|{verb.dep_}",
                "CP=" + ("before" if content.end <= verb.idx else "after"),
                f"L|T={lemma}|{verb.tag_}", f"L|CP={lemma}|" + ("before" if content.end <= verb.idx else "after")]
    if subject is not None and subject.pos_ == "NOUN":
        features += [f"SH={subject.lemma_.lower()}", f"L|SH={lemma}|{subject.lemma_.lower()}"]
    if subject is not None and subject.pos_ != "PRON":
        first, last = _noun_phrase(subject)
        source_kind = classify_source(doc, first, last, subject)[0]
        features += [f"SK={source_kind}", f"K|SK={cue_verb.kind}|{source_kind}", f"L|SK={lemma}|{source_kind}"]
    shape = _content_shape(doc, content)
    features += [f"C={shape}", f"L|C={lemma}|{shape}", f"K|C={cue_verb.kind}|{shape}"]
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj", "dative", "oprd", "acomp", "advcl", "neg", "agent", "prt"):
            features.append(f"H={child.dep_}")
            features.append(f"L|H={lemma}|{child.dep_}")
            if child.dep_ in ("dobj", "prt"):
                features.append(f"L|O={lemma}|{child.lemma_.lower()}")
        elif child.dep_ == "prep":
            features.append(f"P={child.lower_}")
            features.append(f"L|P={lemma}|{child.lower_}")
        elif child.dep_ == "aux" and child.tag_ == "MD":
            features.append("modal")
        elif child.dep_ == "mark":
            features.append(f"M={child.lower_}")
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pcomp") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        features.append(f"HL={verb.dep_}|{verb.head.lemma_.lower()}")
    if passive:
        features += ["passive", f"L|passive={lemma}"]
    if _inside_quotation(doc_text(doc), verb.idx):
        features += ["quoted", f"L|quoted={lemma}"]
    return features


def _recorded_by(evidence: Token) -> Token | None:
    """Who a recording comes from ("Videos shared by residents" -> residents); None when it names nobody."""
    return next((agent for child in evidence.children if child.dep_ == "acl"
                 if (agent := _agent_of(child)) is not None), None)


def _agent_of(verb: Token) -> Token | None:
    """The doer a passive verb names with "by" ("read by spokesman X" -> X)."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


# What a group's spokesman issues in its name, as he would a statement: "in a message from its spokesman"
ISSUED_NOUNS = {"message", "communique", "communiqué"}


def _statement_author(statement: Token) -> Token | None:
    """Whom a statement that speaks is credited to ("a statement attributed to the group", "a statement from the
    army", "a statement read by its spokesman" -> the group, the army, the spokesman); None for a statement that
    names nobody."""
    if statement.lemma_.lower() not in STATEMENT_NOUNS | ISSUED_NOUNS:
        return None
    prepositions = [c for c in statement.children if c.dep_ == "prep" and c.lower_ == "from"]
    prepositions += [p for c in statement.children if c.dep_ == "acl" and c.lemma_.lower() == "attribute"
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    credited = next((o for p in prepositions for o in p.children if o.dep_ == "pobj"), None)
    return credited or next((agent for c in statement.children if c.dep_ == "acl"
                             and c.lemma_.lower() in DELIVERING_VERBS if (agent := _agent_of(c)) is not None), None)


def _toll_author(subject: Token) -> Token | None:
    """The body a toll that stands or rises is credited to ("an earlier toll from the Interior Ministry stood at
    30", "a toll given by the ministry had 30 dead" -> the ministry); not what the dead died in ("the toll from
    the blast rose to 12")."""
    if subject.lemma_.lower() not in TOLL_NOUNS:
        return None
    doc = subject.doc
    owners = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "from"
              for o in p.children if o.dep_ == "pobj"]
    owners += [agent for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in TOLL_VERBS
               if (agent := _agent_of(c)) is not None]
    for owner in owners:
        kind = classify_source(doc, *_noun_phrase(owner), owner)[0]
        if kind in TOLL_AUTHOR_KINDS or owner.ent_type_ == "ORG":
            return owner
    return None


def _states_a_toll(verb: Token) -> bool:
    """ "put the death toll at 13", "raised the number of dead to 20", "gave a toll of 11"."""
    return verb.lemma_.lower() in TOLL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS for c in verb.children)


def _cue_tagged_as_noun(token: Token, lexicon: dict[str, CueVerb]) -> bool:
    """A cue verb the tagger took for a plural noun although the parse has it govern a speaker and a clause:
    "..., killing a man, the regional prosecutor's office reports." """
    return token.tag_ == "NNS" and token.lemma_.lower() in lexicon \
        and (any(c.dep_ == "nsubj" for c in token.children) or _compound_speaker(token) is not None) \
        and any(c.dep_ == "ccomp" for c in token.children)


def _compound_speaker(cue: Token) -> Token | None:
    """The speaker of a closing cue tagged as a plural noun whose words the parse made its compounds: "..., the
    Joint Forces Operation press service reports." """
    if cue.tag_ != "NNS" or cue.i == 0 or not all(t.is_punct or t.is_space for t in cue.doc[cue.i + 1:cue.sent.end]):
        return None
    before = cue.doc[cue.i - 1]
    return before if before.dep_ == "compound" and before.head == cue else None


def _closing_tag_speaker(doc: Doc, sent: SpacySpan, verb: Token, lexicon: dict[str, CueVerb]) -> Token | None:
    """The speaker of a speech tag closing the sentence that the parser read as a participle describing a noun
    ("..., the regional news agency reported on Tuesday, citing officials."): a reporting verb with nothing said
    after it, running to the end of the sentence or to a participle clause closing it, after a noun phrase set off
    by a comma. That phrase is the noun the verb hangs on, or the one right before the verb where the parse hung it
    on an earlier noun ("recaptured the village ..., the General Staff of the army reported on Friday")."""
    cue_verb = lexicon.get(verb.lemma_.lower())
    # (the parser may tag the finite verb it misread as a modifier VBD)
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or cue_verb is None \
            or cue_verb.kind not in ("speech", "report"):
        return None
    if any(c.dep_ in ("dobj", "oprd", "dative") or c.dep_ in CLAUSE_DEPS for c in verb.children):
        return None
    closing = doc[verb.i + 1:_trailing_participle(doc, sent, verb)]
    if not all(t.is_punct or t.is_space or verb in t.ancestors for t in closing):
        return None
    return next((speaker for speaker in (verb.head, _phrase_before(doc, verb))
                 if _set_off_by_comma(doc, sent, speaker)), None)


def _phrase_before(doc: Doc, verb: Token) -> Token:
    """The head of the noun phrase that ends right before `verb`, climbing "of" phrases to their owner ("the
    General Staff of the Armed Forces")."""
    candidate = doc[verb.i - 1]
    while candidate.dep_ == "pobj" and candidate.head.dep_ == "prep" and candidate.head.lower_ == "of" \
            and candidate.head.head.pos_ in ("NOUN", "PROPN"):
        candidate = candidate.head.head
    return candidate


def _set_off_by_comma(doc: Doc, sent: SpacySpan, speaker: Token) -> bool:
    """Whether a noun's phrase follows a comma inside the sentence (", the regional news agency reported")."""
    first = speaker.left_edge.i
    return speaker.pos_ in ("NOUN", "PROPN") and first > sent.start and doc[first - 1].text == ","


def _trailing_participle(doc: Doc, sent: SpacySpan, verb: Token) -> int:
    """Where a closing participle clause after `verb` begins (", citing officials", ", adding that ..."), else the
    sentence end."""
    for token in doc[verb.i + 1:sent.end - 1]:
        if token.text == "," and doc[token.i + 1].tag_ == "VBG":
            return token.i
    return sent.end


def _verb_attributions(doc: Doc, sent: SpacySpan) -> list[_Found]:
    """Every verb of the sentence with a content as a candidate cue; the cue model (see `_cue_score`)
    decides later which are attributions. Verbs outside the lexicon are stance cues ("backed", "opposed")."""
    found = []
    lexicon = cue_verbs()
    for token in sent:
        lemma = token.lemma_.lower()
        if not (token.pos_ == "VERB" or _cue_tagged_as_noun(token, lexicon)) \
                or token.dep_ in ("amod", "compound", "nmod"):
            continue
        has_agent = any(c.dep_ == "agent" for c in token.children)
        closing_tag = _closing_tag_speaker(doc, sent, token, lexicon)
        if token.dep_ == "acl" and token.tag_ == "VBN" and not has_agent and closing_tag is None:
            continue  # "a class called Perception"
        if lemma == "accord":  # "according to" is its own pattern
            continue
        if token.dep_ == "xcomp" and token.head.pos_ == "VERB":  # "refused to acknowledge": one cue
            continue
        if _names_itself(token):
            continue
        cue_verb = lexicon.get(lemma, STANCE_VERB)
        passive = _is_passive(token)
        if passive and not has_agent and not any(c.dep_ in CLAUSE_DEPS for c in token.children):
            continue
        subject = closing_tag or _verb_subject(token) or _compound_speaker(token)
        if subject is not None:
            subject = _speaking_conjunct(subject, token)
        closing = None if passive else _speaker_before(doc, sent, token)
        if closing is not None and (subject is None or (
                subject.i < closing.left_edge.i and closing not in subject.subtree)):
            subject = closing  # the parser took the sentence's first noun for the speaker
        content = _verb_content(doc, sent, token, cue_verb, subject)
        if content is None:
            content = _previous_quotation(doc, sent, token)
        if content is None:
            continue
        if passive and subject is not None and subject.dep_ in PASSIVE_SUBJECT_DEPS:
            subject = None
        if subject is not None and subject.lemma_.lower() in EVIDENCE_NOUNS:
            subject = _recorded_by(subject)
        if subject is not None and (author := _statement_author(subject)) is not None:
            subject = author
        toll_author = _toll_author(subject) if subject is not None else None
        if toll_author is not None:
            subject = toll_author
        if subject is not None and subject.lower_ in ("it", "there") and (
                subject.dep_ == "expl" or cue_verb.kind == "appearance"):
            if cue_verb.kind == "appearance":
                continue
            subject = None
        source = speaker = None
        if subject is not None:
            source = _with_coordinated_subject(subject, _with_split_off_name(subject, _noun_phrase(subject)))
            named = _antecedent(subject)
            speaker = (*_with_coordinated_subject(named, _with_split_off_name(named, _noun_phrase(named))), named)
        cue_last = token.i
        if token.i + 1 < sent.end and doc[token.i + 1].dep_ == "prt" and doc[token.i + 1].head == token:
            cue_last = token.i + 1
        cue = Span(text=doc_text(doc)[token.idx:doc[cue_last].idx + len(doc[cue_last])], start=token.idx,
                   end=doc[cue_last].idx + len(doc[cue_last]))
        if content.start <= cue.start < content.end:
            continue
        features = _cue_features(doc, token, cue_verb, subject, content, passive)
        if _states_a_toll(token) or toll_author is not None:
            # "the emergency service put the death toll at 13", "a toll from the ministry stood at 30": kept unscored
            cue_verb, features = TOLL_VERB, None
        found.append(_Found(source=source, speaker=speaker, cue=cue, content=content, cue_kind=cue_verb.kind,
                            features=features))
    return found


def _nominal_attributions(doc: Doc, sent: SpacySpan) -> list[_Found]:
    """Candidate noun cues with an owner and a content: "Sanders's critique of the trade deal", "claims by
    intelligence agencies that ...", "the ministry's statement that ...". The cue model decides."""
    found = []
    for token in sent:
        if token.pos_ != "NOUN":
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        owner_route = "poss"
        if owner is None:
            agents = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > token.i
                      for o in c.children if o.dep_ == "pobj"]
            owner, owner_route = (agents[0], "by") if agents else (None, "")
        if owner is None:
            continue
        content = None
        content_route = ""
        for child in token.children:
            if child.i < token.i or child.i <= owner.i and owner_route == "by":
                continue
            preposition = child.dep_ == "prep" and child.lower_ in NOMINAL_CONTENT_PREPOSITIONS
            if preposition and child.i + 1 <= child.right_edge.i:
                content, content_route = _char_span(doc, child.i + 1, child.right_edge.i), child.lower_
                break
            if child.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and (  # the parser's "that" may be an advmod
                    m.dep_ == "mark" or m.dep_ == "advmod" and m.i == child.left_edge.i) for m in child.children):
                first = child.left_edge.i + (child.left_edge.lower_ == "that")
                content, content_route = _char_span(doc, first, child.right_edge.i), "that"
                break
            if child.dep_ == "acl" and child.tag_ == "VB" and any(  # "Obama's decision not to strike"
                    m.dep_ == "aux" and m.lower_ == "to" for m in child.children):
                content, content_route = _char_span(doc, *_subtree_bounds(child)), "to"
                break
        if content is None:
            continue
        if owner_route == "poss":
            source = (owner.left_edge.i, owner.i)
        else:
            source = _noun_phrase(owner)
        lemma = token.lemma_.lower()
        subject_type = _subject_type(owner)
        features = ["bias", "nominal", f"N={lemma}", f"S={subject_type}", f"N|S={lemma}|{subject_type}",
                    f"NR={owner_route}", f"NC={content_route}", f"N|C={lemma}|{content_route}", f"ND={token.dep_}"]
        if owner.pos_ == "NOUN":
            features.append(f"SH={owner.lemma_.lower()}")
        found.append(_Found(source=source, speaker=(*source, owner), cue=_token_span(token), content=content,
                            cue_kind="nominal", features=features))
    return found


def _adjective_attributions(doc: Doc, sent: SpacySpan) -> list[_Found]:
    """Candidate adjective cues of a stance: "Republicans were adamant that ...", "she is proud of ..."."""
    found = []
    for token in sent:
        if token.pos_ != "ADJ" or token.dep_ != "acomp" or token.head.i > token.i:
            continue
        subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
        complement = next((c for c in token.children if c.i > token.i and (
            c.dep_ in CLAUSE_DEPS or (c.dep_ == "prep" and c.lower_ in NOMINAL_CONTENT_PREPOSITIONS | {"with"}))), None)
        if subject is None or complement is None:
            continue
        first = complement.i + 1 if complement.dep_ == "prep" else complement.left_edge.i
        content = _char_span(doc, first, complement.right_edge.i)
        if content is None:
            continue
        lemma = token.lemma_.lower()
        route = complement.lower_ if complement.dep_ == "prep" else complement.dep_
        subject_type = _subject_type(subject)
        features = ["bias", "adjective", f"A={lemma}", f"S={subject_type}", f"A|S={lemma}|{subject_type}",
                    f"AC={route}", f"A|C={lemma}|{route}"]
        named = _antecedent(subject)
        cue_start = token.head.idx
        found.append(_Found(source=_noun_phrase(subject), speaker=(*_noun_phrase(named), named),
                            cue=Span(text=doc_text(doc)[cue_start:token.idx + len(token)], start=cue_start,
                                     end=token.idx + len(token)),
                            content=content, cue_kind="stance", features=features))
    return found


def _previous_quotation(doc: Doc, sent: SpacySpan, verb: Token) -> Span | None:
    """For a bare speech tag ("Smith said on Tuesday.") right after a quotation, that quotation."""
    if verb.lemma_.lower() not in ("say", "add", "tell", "write", "tweet", "explain", "insist", "note", "ask",
                                   "reply", "respond", "continue", "warn", "recall", "conclude"):
        return None
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    text = previous.text.rstrip()
    if not text or text[-1] not in CLOSING_QUOTES:
        return None
    content = _char_span(doc, previous.start, previous.end - 1)
    return _extend_over_quote(doc_text(doc), content, previous) if content else None


def _prepositional_attributions(doc: Doc, sent: SpacySpan) -> list[_Found]:
    """ "according to X, ...", "..., according to X", "..., per X" and, scored by the cue model, "in a poll"."""
    found = []
    for token in sent:
        features = None
        if token.lower_ == "according" and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "to":
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"] or [
                t for t in doc[to.i + 1:sent.end] if t.pos_ in ("NOUN", "PROPN", "PRON")][:1]
            if not objects:
                continue
            cue_start, cue_end = token.idx, to.idx + len(to)
        elif token.lower_ == "per" and token.dep_ == "prep" and (
                token.i == sent.start or doc[token.i - 1].text in ",—–("):
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if not objects or not _looks_like_speaker(objects[0]):
                continue
            cue_start, cue_end = token.idx, token.idx + len(token)
        elif token.lower_ == "in" and token.dep_ == "prep":  # "in a CNN poll", "in Forbes' words", "in his view"
            objects = [c for c in token.children if c.dep_ == "pobj" and (c.lemma_.lower() in SURVEY_NOUNS or (
                c.lower_ in OPINION_NOUNS and any(g.dep_ == "poss" for g in c.children)))]
            if not objects:
                continue
            cue_start, cue_end = token.idx, token.idx + len(token)
            noun = objects[0].lemma_.lower()
            features = ["bias", "in_source", f"IN={noun}", f"IND={token.head.pos_}", f"IN|IND={noun}|{token.head.pos_}",
                        f"INH={token.head.lemma_.lower()}"]
        else:
            continue
        head = objects[0]
        first, last = _noun_phrase(head)
        first = max(first, token.i + 1)
        content = _longer_side(doc, sent, token.i, last)
        if content is None:
            continue
        found.append(_Found(source=(first, last), speaker=(first, last, head), cue_kind="relay",
                            cue=Span(text=doc_text(doc)[cue_start:cue_end], start=cue_start, end=cue_end),
                            content=content, features=features))
    return found


def _cited_sources(doc: Doc, sent: SpacySpan, found: list[_Found]) -> list[_Found]:
    """The source a speaker cites ("state media said, citing the health ministry"), who says what the speaker
    says (not a reason cited: "citing the losses"); a speaker the parse hung elsewhere before the citation
    ("Late on Friday the TASS agency, citing the ministry, reported ...") is the noun phrase before its comma."""
    cited = []
    for item in found:
        verb = _cue_token(sent, item)
        citing = next((c for c in verb.children if c.lemma_.lower() == "cite" and c.tag_ == "VBG"
                       and c.dep_ == "advcl"), None) if verb is not None else None
        obj = next((c for c in citing.children if c.dep_ == "dobj"), None) if citing is not None else None
        if obj is None or not (_cited_speaker(obj) or any(_cited_speaker(o) for o in _of_objects(obj))):
            continue  # "citing her work": a reason, not a source; "citing the press service of the army": a source
        first, last = _noun_phrase(obj)
        cited.append(_Found(source=(first, last), speaker=(first, last, obj), cue=_token_span(citing),
                            content=item.content, cue_kind="relay"))
        before = doc[citing.i - 2] if citing.i - 2 >= sent.start and doc[citing.i - 1].text == "," else None
        if item.source is None and before is not None and before.pos_ in ("NOUN", "PROPN"):
            item.source = (before.left_edge.i, before.i)
            item.speaker = (before.left_edge.i, before.i, before)
    return cited


def _cited_speaker(token: Token) -> bool:
    """Whether a noun cited could speak: a name, an outlet or a speaking body ("citing the ministry")."""
    return _looks_like_speaker(token) or token.lemma_.lower() in SPEAKER_WORDS


def _of_objects(noun: Token) -> list[Token]:
    """The nouns an "of" phrase hangs on `noun`: "the city administration" of "the press service of the city
    administration"."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _carrying_outlets(sent: SpacySpan, found: list[_Found]) -> list[_Found]:
    """The outlet that carried a source's statement ("the group said it was behind the attack, in a statement
    carried by its Amaq news agency"): it relays what the source says."""
    carried = []
    for noun in sent:
        if noun.lemma_.lower() not in CARRIED_NOUNS | STATEMENT_NOUNS:
            continue
        carrier = next((c for c in noun.children if c.dep_ == "acl"
                        and c.lemma_.lower() in CARRYING_VERBS | DELIVERING_VERBS), None)
        outlet = _carrying_outlet(carrier) if carrier is not None else None
        item = _statement_told_in(noun, found)
        if outlet is None or item is None:
            continue
        first, last = _outlet_name(outlet)
        cue = outlet.head if outlet.head.dep_ == "prep" else carrier  # "on its Andalus radio", like "through ..."
        carried.append(_Found(source=(first, last), speaker=(first, last, outlet), cue=_token_span(cue),
                              content=item.content, cue_kind="relay"))
    return carried


def _cue_token(sent: SpacySpan, item: _Found) -> Token | None:
    """The word of the sentence that an attribution's cue starts at."""
    return next((t for t in sent if t.idx == item.cue.start), None)


def _outlet_name(outlet: Token) -> tuple[int, int]:
    """The first and last token of an outlet's noun phrase, without whose outlet it is ("its Amaq news agency")."""
    first, last = _noun_phrase(outlet)
    return (first + 1, last) if outlet.doc[first].tag_ == "PRP$" else (first, last)


def _statement_told_in(noun: Token, found: list[_Found]) -> _Found | None:
    """The attribution whose words a statement noun tells: the one whose content holds it, else the one whose
    cue the phrase hangs on ("the mission said in a statement carried by ...", "In a statement carried by ...,
    the group said")."""
    return next((f for f in found if f.source is not None and f.content.start <= noun.idx < f.content.end), None) \
        or next((f for f in found if f.source is not None and any(a.idx == f.cue.start for a in noun.ancestors)),
                None)


def _channel_outlets(sent: SpacySpan, found: list[_Found]) -> list[_Found]:
    """The named outlet a source spoke through ("the group claimed the attack through its Amaq news agency"): it
    relays what the source says."""
    relayed = []
    for item in found:
        verb = _cue_token(sent, item)
        if verb is None or item.source is None:
            continue
        claim = verb.head if verb.dep_ == "advcl" else verb  # "claimed it through ..., saying ..."
        # or the speaker's phrase: "Both the group, through its Amaq news agency, and ... claimed"
        speakers = sent.doc[item.source[0]:item.source[1] + 1]
        for channel in sorted({*claim.subtree, *speakers}, key=lambda t: t.i):
            if channel.dep_ != "pobj" or channel.head.lower_ not in ("through", "via") \
                    or channel.lemma_.lower() not in CHANNEL_NOUNS \
                    or not any(t.pos_ == "PROPN" for t in channel.subtree if t.i < channel.i):
                continue
            first, last = _outlet_name(channel)
            relayed.append(_Found(source=(first, last), speaker=(first, last, channel), cue=_token_span(channel.head),
                                  content=item.content, cue_kind="relay"))
    return relayed


def _carrying_outlet(carrier: Token) -> Token | None:
    """The outlet a statement went out by ("carried by its Amaq news agency"), or the named medium it went out on
    ("read on its Andalus radio", "posted on its Telegram channel")."""
    if carrier.lemma_.lower() in CARRYING_VERBS and (agent := _agent_of(carrier)) is not None:
        return agent
    return next((medium for on in carrier.children if on.dep_ == "prep" and on.lower_ == "on"
                 for medium in on.children if medium.dep_ == "pobj"
                 and medium.lemma_.lower() in CHANNEL_NOUNS | MEDIA_WORDS
                 and any(t.pos_ == "PROPN" for t in medium.subtree if t.i < medium.i)), None)


def _statement_issuers(sent: SpacySpan, found: list[_Found]) -> list[_Found]:
    """Who issued the statement a source spoke in ("the group claimed the attack in a statement from its
    spokesman Ali Bakr"): the issuer says what the source says."""
    issued = []
    for item in found:
        verb = _cue_token(sent, item)
        if verb is None or item.source is None:
            continue
        for noun in verb.subtree:
            if noun.dep_ != "pobj" or noun.head.lower_ != "in" \
                    or noun.lemma_.lower() not in CARRIED_NOUNS | STATEMENT_NOUNS:
                continue
            author = _statement_author(noun)
            issuer = _name_in_apposition(author) if author is not None else None
            if issuer is not None and _looks_like_speaker(issuer) and not item.source[0] <= issuer.i < item.source[1]:
                first, last = _noun_phrase(issuer)
                issued.append(_Found(source=(first, last), speaker=(first, last, issuer),
                                     cue=_token_span(author.head), content=item.content, cue_kind=item.cue_kind))
    return issued


def _name_in_apposition(role: Token) -> Token:
    """The person's name set beside a role noun ("its spokesman, Ali Bakr" -> Ali Bakr), else the noun itself: a
    statement from a named spokesman is his to cite."""
    return next((c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"),
                role)


def _looks_like_speaker(token: Token) -> bool:
    return (token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
            or token.lemma_.lower() in PER_SOURCE_WORDS or find_outlet(token.text) is not None)


def _headline_attribution(doc: Doc, sent: SpacySpan) -> list[_Found]:
    """Headline style "Kyiv mayor: three buildings hit" - a short noun phrase, a colon, the content - and the
    speaker tags of a transcript ("PENCE: Well, look, ...")."""
    tokens = [t for t in sent if not t.is_space]
    while tokens and tokens[0].text in OPENING_QUOTES:
        tokens = tokens[1:]
    colons = [i for i, t in enumerate(tokens[:8]) if t.text == ":"]
    if not colons or colons[0] == 0:
        return []
    last = sent.end - 1
    if colons[0] == len(tokens) - 1:  # the parser ended the sentence at the colon: the line goes on
        text = doc_text(doc)
        line_end = text.find("\n", tokens[-1].idx)
        rest = doc.char_span(tokens[-1].idx, len(text) if line_end < 0 else line_end, alignment_mode="expand")
        last = rest.end - 1 if rest is not None else last
    if last - tokens[colons[0]].i < 3:
        return []
    speaker = tokens[:colons[0]]
    dashes = [i for i, t in enumerate(speaker) if t.text in ("-", "—", "–") and t.whitespace_]
    if dashes and _opens_quote_after(doc, tokens[colons[0]]):  # "Polls agree - Carl Bialik: “..."
        speaker = speaker[dashes[-1] + 1:]
        if len(speaker) > 2 and speaker[0].lower_ == "more" and speaker[1].lower_ == "from":
            speaker = speaker[2:]
    if not speaker or any(t.pos_ in ("VERB", "AUX", "NUM") or t.text in EDGE_PUNCTUATION - {"'", "’"}
                          for t in speaker):
        return []
    if not speaker[0].text[:1].isupper():
        return []
    head = speaker[-1]
    is_role = head.lemma_.lower() in HEADLINE_ROLE_WORDS
    is_named = (head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "LOC", "DATE")) or find_outlet(
        " ".join(t.text for t in speaker)) is not None or _named_elsewhere(doc, head)
    if not (is_role or is_named):
        return []
    colon = tokens[colons[0]]
    content = _char_span(doc, colon.i + 1, last)
    if content is None:
        return []
    return [_Found(source=(speaker[0].i, head.i), speaker=(speaker[0].i, head.i, head), cue_kind="speech",
                   cue=_token_span(colon), content=content)]


def _colon_quotation(doc: Doc, sent: SpacySpan, found: list[_Found]) -> list[_Found]:
    """A quotation introduced by a colon after a lead-in with no cue of its own: "The surge does not surprise
    pollster Daron Shaw: “Historically, ...", "He then listed the qualities a nominee needs:" and a quoted
    paragraph. The speaker is the name right before the colon, or else the subject of the lead-in."""
    colons = [t for t in sent if t.text == ":" and t.i - sent.start > 2 and _opens_quote_after(doc, t)]
    if not colons:
        return []
    colon = colons[0]
    if sent.root.lemma_.lower() in cue_verbs() or any(sent.start_char <= item.cue.start < colon.idx for item in found):
        return []  # "He told his audience:" is the verb's own
    before = doc[colon.i - 1]
    if before.ent_type_ in ("PERSON", "ORG") and before.pos_ == "PROPN":
        speaker = before
    else:
        if any(not t.is_space for t in doc[colon.i + 1:sent.end]):  # the quotation opens on the same line
            return []
        root = sent.root
        speaker = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if speaker is None or not (speaker.lower_ in ("he", "she", "they") or speaker.ent_type_ in ("PERSON", "ORG")
                                   or speaker.lemma_.lower() in SPEAKER_WORDS):
            return []
    content = _quotation_after(doc, colon)
    if content is None:
        return []
    first, last = _noun_phrase(speaker)
    last = min(last, colon.i - 1)
    for token in doc[first:speaker.i]:  # a heading before a dash: "RED STATES OUTNUMBER BLUE - Jeffrey M. Jones:"
        if token.text in ("-", "—", "–", ":") or token.text in OPENING_QUOTES + CLOSING_QUOTES:
            first = token.i + 1
    return [_Found(source=(first, last), speaker=(first, last, speaker), cue_kind="speech", cue=_token_span(colon),
                   content=content)]


def _quotation_after(doc: Doc, colon: Token) -> Span | None:
    """The quotation a colon opens, up to its closing mark or the end of its paragraph."""
    text = doc_text(doc)
    start = colon.idx + 1
    while start < len(text) and (text[start].isspace() or text[start] in OPENING_QUOTES):
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    closing = [text.find(mark, start, end) for mark in "”\""]
    closing = [i for i in closing if i >= 0]
    end = min(closing) if closing else end
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return Span(text=text[start:end], start=start, end=end) if end > start else None


def _opens_quote_after(doc: Doc, colon: Token) -> bool:
    """Whether a quotation opens right after a colon (on the same line or at the next paragraph)."""
    text = doc_text(doc)
    rest = text[colon.idx + 1:colon.idx + 12].lstrip(" \n\u00a0")
    return bool(rest) and rest[0] in OPENING_QUOTES


_NAME_WORDS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def _named_elsewhere(doc: Doc, token: Token) -> bool:
    """Whether a capitalised word the tagger took for a common noun (title-case headlines: "Sanders: ...",
    transcripts: "TAPPER: ...") is a person's or body's name elsewhere in the document."""
    if not token.text[:1].isupper():
        return False
    words = _NAME_WORDS.get(doc)
    if words is None:
        words = _NAME_WORDS[doc] = frozenset(t.lower_ for e in doc.ents if e.label_ in ("PERSON", "ORG") for t in e
                                             if t.pos_ == "PROPN")
    return token.lower_ in words and token.ent_type_ not in PLACE_LABELS


_BYLINE = re.compile(r"[”\"]\s*(―|—|–|--)\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}?)\.?\s*$")


def _quote_byline(doc: Doc, sent: SpacySpan) -> list[_Found]:
    """A quotation signed with a dash and a name that ends its paragraph ("“... our greatest shame.” ― Ana
    Ruiz"), as in collected reactions and letters."""
    text = doc_text(doc)
    end = sent.end_char
    while end > sent.start_char and text[end - 1].isspace():
        end -= 1
    if end >= len(text) or text[end] != "\n" and end < len(text.rstrip()):
        return []
    match = _BYLINE.search(text, max(0, sent.start_char - 2), end)
    if match is None or match.start() < text.rfind("\n", 0, end):
        return []
    name = doc.char_span(match.start(2), match.start(2) + len(match.group(2).rstrip(".")), alignment_mode="expand")
    if name is None or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in name):
        return []
    paragraph_start = text.rfind("\n", 0, match.start()) + 1
    opening = next((i for i in range(paragraph_start, match.start()) if text[i] in OPENING_QUOTES), None)
    quoted = doc.char_span(opening + 1, match.start(), alignment_mode="contract") if opening is not None else None
    content = _char_span(doc, quoted.start, quoted.end - 1) if quoted is not None and len(quoted) else None
    if content is None:
        return []
    cue = Span(text=match.group(1), start=match.start(1), end=match.end(1))
    return [_Found(source=(name.start, name.end - 1), speaker=(name.start, name.end - 1, name.root),
                   cue_kind="speech", cue=cue, content=content)]


SOURCE_LABELS = {"source", "sources"}


def _starts_line(text: str, position: int) -> bool:
    return position == 0 or text[position - 1] == "\n"


def _source_line(doc: Doc, sent: SpacySpan) -> list[_Found]:
    """A line that names who reports the whole item, as some outlets set it under the lead ("Source: press service
    of the regional police"): the source of everything the item told before it. Not the credit that closes an item
    ("Source: Al Jazeera and news agencies"), which names who compiled it, not who told it."""
    text = doc_text(doc)
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 3 or tokens[0].lower_ not in SOURCE_LABELS or tokens[1].text != ":" \
            or not _starts_line(text, tokens[0].idx):
        return []
    line_end = text.find("\n", tokens[0].idx)
    name = [t for t in tokens[2:] if t.text not in EDGE_PUNCTUATION]
    if line_end < 0 or not text[line_end:].strip() or not name or any(t.pos_ in ("VERB", "AUX") for t in name) \
            or text[name[-1].idx + len(name[-1]):line_end].strip(" ."):
        return []
    content = _char_span(doc, 0, tokens[0].i - 1)
    if content is None:
        return []
    head = next(t for t in name if t.head == t or not name[0].i <= t.head.i <= name[-1].i)
    return [_Found(source=(name[0].i, name[-1].i), speaker=(name[0].i, name[-1].i, head), cue_kind="report",
                   cue=_token_span(tokens[0]), content=content)]


# --- assembly ---------------------------------------------------------------------------------------

def _resolve_person_names(doc: Doc, attributions: list[Attribution], heads: list[Token | None]) -> None:
    """Give pronoun and surname-only person sources the fullest name used for them earlier in the text,
    carry a known role along ("he said" after "Kyiv's mayor, Vitali Klitschko, said"), and take "the
    governor said" for the person last named with that role."""
    person_ents = [e for e in doc.ents if e.label_ == "PERSON" and not _is_place_name(doc, e)]
    roles: dict[str, str] = {}
    named: list[tuple[int, str]] = []  # (token index, name) of the person sources met so far
    for attribution, head in zip(attributions, heads, strict=True):
        if head is None:
            continue
        if attribution.source_kind != "person":
            _resolve_role_reference(attribution, head, named, roles)
            continue
        name = attribution.source_name or ""
        if head.pos_ == "PRON":
            if head.lower_ not in ("he", "she"):
                continue
            window_start = doc[max(0, head.sent.start - 1)].sent.start
            # "he said" goes on with the last speaker ("Governor Bogomaz said ... near Snezhetskaya station. No one
            # was hurt, he said"), else the last person named
            earlier = [(i, n) for i, n in named if window_start <= i < head.i] or [
                (e.start, _normalise_name(e.text)) for e in person_ents if window_start <= e.start and e.end <= head.i]
            if not earlier:
                continue
            name = max(earlier)[1]
        surname = name.split()[-1] if name else ""
        fuller = [_normalise_name(e.text) for e in person_ents
                  if e.end <= head.i and e.text.split()[-1] == surname and len(e.text) > len(name)]
        fuller += [n for i, n in named if i < head.i and n.split()[-1] == surname and len(n) > len(name)]
        if fuller:
            name = fuller[-1]
        attribution.source_name = name
        named.append((head.i, name))
        if attribution.role:
            roles[name] = attribution.role
        elif name in roles:
            attribution.role = roles[name]


def _resolve_role_reference(attribution: Attribution, head: Token, named: list[tuple[int, str]],
                            roles: dict[str, str]) -> None:
    """ "the governor" (a bare role) -> the person last named with a role holding that word."""
    words = attribution.source.text.split() if attribution.source else []
    if len(words) > 3 or head.lemma_.lower() not in TITLE_WORDS or head.lower_ in ("it", "they"):
        return
    for _, name in reversed(named):
        role = roles.get(name, "")
        if head.lower_ in role.lower().replace("’", "'").split():
            attribution.source_kind, attribution.source_name, attribution.role = "person", name, role
            return


def _resolve_titles_named_next(doc: Doc, attributions: list[Attribution], heads: list[Token | None]) -> None:
    """ "the regional governor said" -> the person the same or the next sentence names as its holder: a wire
    credits the title first and names the holder just after ("Governor Vitaliy Kim said ...", or "Vitaliy Kim said
    ..." where the name comes with no title of its own and is new to the report)."""
    for index, (attribution, head) in enumerate(zip(attributions, heads, strict=True)):
        if (head is None or attribution.source_kind == "person" or attribution.source is None
                or len(attribution.source.text.split()) > 3 or head.lemma_.lower() not in PERSON_ROLES
                or "Plur" in head.morph.get("Number")):
            continue
        sentence_end = head.sent.end
        next_end = doc[sentence_end].sent.end if sentence_end < len(doc) else sentence_end
        for holder, holder_head in zip(attributions[index + 1:], heads[index + 1:], strict=True):
            if holder_head is None or holder_head.i >= next_end or holder.source_kind != "person":
                continue
            name = holder.source_name or ""
            titled = bool(holder.role) and head.lower_ in holder.role.lower().split()
            introduced = (not holder.role and holder_head.pos_ == "PROPN" and len(name.split()) >= 2
                          and name not in doc_text(doc)[:attribution.source.start])
            if titled or introduced:
                attribution.source_kind, attribution.source_name = "person", name
                attribution.role = holder.role or _normalise_name(attribution.source.text)
                if not holder.role:
                    holder.role = attribution.role
            break  # the first person named after the title is its holder or not named at all


def _set_relays(document_text: str, attributions: list[Attribution]) -> None:
    """A source whose statement sits inside a media report is relayed by that outlet (`via`)."""
    for inner in attributions:
        for outer in attributions:
            if outer is inner or outer.source_kind != "media" or inner.source_kind == "media":
                continue
            if outer.content.start <= inner.cue.start and inner.cue.end <= outer.content.end:
                inner.via = outer.source_name
                _trim_relay(document_text, inner, outer)
                break


def _trim_relay(document_text: str, inner: Attribution, outer: Attribution) -> None:
    """Drop a trailing ", according to Axios" (the relaying outlet) from the relayed content."""
    assert outer.source is not None
    relay_start = min(outer.cue.start, outer.source.start)
    relay_end = max(outer.cue.end, outer.source.end)
    if not (inner.content.start < relay_start and relay_end <= inner.content.end):
        return
    end = relay_start
    while end > inner.content.start and document_text[end - 1] in " ,;—–-":
        end -= 1
    inner.content = Span(text=document_text[inner.content.start:end], start=inner.content.start, end=end)


def _opens_quotation(text: str) -> bool:
    """Whether `text` leaves a quotation open: an odd number of double quotation marks. Marks are counted
    without their direction, which news text often gets wrong ("“Not yet,“ he said", "\"No,” she said"). Raw text,
    not tokens: a quotation may span a paragraph's sentences (events' `_in_quotes` reads one parsed sentence)."""
    return (text.count("“") + text.count("”") + text.count('"') + text.count("''")) % 2 == 1


def _inside_quotation(document_text: str, position: int) -> bool:
    """Whether `position` lies inside a quotation opened earlier in its paragraph."""
    paragraph_start = document_text.rfind("\n", 0, position) + 1
    return _opens_quotation(document_text[paragraph_start:position])


def _is_nested_aside(document_text: str, item: _Found, found: list[_Found]) -> bool:
    """Whether an attribution is only part of what another source says: said inside quoted words, or
    a belief or wish inside another attribution's content ("“I think we can win,” she said")."""
    if _inside_quotation(document_text, item.cue.start):
        return True
    for outer in found:
        if outer is item or not (outer.content.start <= item.cue.start < outer.content.end):
            continue
        if item.cue_kind in ("cognition", "intent", "appearance", "stance", "nominal"):
            return True
        before = document_text[outer.content.start:item.cue.start]
        opening = document_text[outer.content.start - 1] if outer.content.start > 0 else ""
        if _opens_quotation(before) or (opening and opening in OPENING_QUOTES):
            return True
    return False


@dataclass
class StanceAttribution(Attribution):
    """An attribution of a stance - support, opposition, a wish, a criticism ("Democrats opposed the bill",
    "Sanders's critique of the deal") - rather than of information: it names no source of what happened."""


def is_stance(attribution: Attribution) -> bool:
    """Whether the attribution is a stance, not a statement of facts (see `StanceAttribution`)."""
    return isinstance(attribution, StanceAttribution)


def cue_kind(doc: Doc, attribution: Attribution) -> str:
    """What the cue of an attribution does: "speech" or "report" (a statement of facts: said, reported, put the
    toll at, a headline colon, the ministry's statement), "relay" (according to, per), "cognition", "intent",
    "appearance" (believes, wants, seems) or "stance" (backed, opposed, criticism of)."""
    if is_stance(attribution):
        return "stance"
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return "speech"
    root = cue.root
    if root.lower_ in ("according", "to", "per"):
        return "relay"
    if root.pos_ != "VERB":
        return "speech"
    if _states_a_toll(root):
        return "report"
    entry = cue_verbs().get(root.lemma_.lower())
    return entry.kind if entry is not None else "stance"


def _attribution_class(doc: Doc, item: _Found) -> type[Attribution]:
    if item.cue_kind == "stance":
        return StanceAttribution
    if item.cue_kind == "nominal":
        cue = doc.char_span(item.cue.start, item.cue.end, alignment_mode="expand")
        if cue is None or cue.root.lemma_.lower() not in STATEMENT_NOUNS:
            return StanceAttribution
    return Attribution


def _without_dateline(doc: Doc, source: tuple[int, int], speaker: tuple[int, int, Token]
                      ) -> tuple[tuple[int, int], tuple[int, int, Token]]:
    """Source bounds without a dateline the parser hung on the speaker ("Dec 26 (Reuters) - Ukraine's air
    force"): they start after the last dash before the speaker's head."""
    head = speaker[2]
    dashes = [t.i for t in doc[source[0]:source[1] + 1]
              if t.text in ("-", "—", "–") and t.i > 0 and doc[t.i - 1].whitespace_]  # not "Russian-installed"
    if not dashes or dashes[-1] >= source[1]:
        return source, speaker
    first = dashes[-1] + 1
    if head.i < first:  # the parser took the dateline's place for the speaker: "MOSCOW, June 24 (Reuters) - Russia"
        head = doc[first:source[1] + 1].root
    return (max(source[0], first), source[1]), (max(speaker[0], first), max(speaker[1], head.i), head)


def _sentences(doc: Doc, document: Document):
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words and not document.is_boilerplate(words[0].idx, words[-1].idx + len(words[-1])):
            yield sent


def _candidates(doc: Doc, sent: SpacySpan) -> list[_Found]:
    return (_prepositional_attributions(doc, sent) + _verb_attributions(doc, sent)
            + _nominal_attributions(doc, sent) + _adjective_attributions(doc, sent))


def candidate_cues(doc: Doc, document: Document) -> list[_Found]:
    """Every candidate cue the cue model scores (for fitting it; see sitreps.evaluation.attribution)."""
    return [item for sent in _sentences(doc, document) for item in _candidates(doc, sent) if item.features]


def extract_attributions(doc: Doc, document: Document, cue_weights: dict[str, float] | None = None
                         ) -> list[Attribution]:
    """All attributions in the document, in text order (`cue_weights`: see `cue_score`)."""
    attributions: list[Attribution] = []
    heads: list[Token | None] = []
    for sent in _sentences(doc, document):
        found = [item for item in _candidates(doc, sent)
                 if item.features is None or cue_score(item.features, cue_weights) > 0]
        found = _headline_attribution(doc, sent) + _quote_byline(doc, sent) + _source_line(doc, sent) + found
        found += _colon_quotation(doc, sent, found)
        found = _cited_sources(doc, sent, found) + _carrying_outlets(sent, found) + _channel_outlets(sent, found) \
            + _statement_issuers(sent, found) + found
        found = [item for item in found if not _is_nested_aside(document.text, item, found)]
        taken: list[Span] = []
        for item in found:
            if any(c.start < item.cue.end and item.cue.start < c.end for c in taken):
                continue
            taken.append(item.cue)
            content = _extend_over_quote(document.text, item.content, sent)
            if item.source is not None and item.speaker is not None:
                item.source, item.speaker = _without_dateline(doc, item.source, item.speaker)
            source = _char_span(doc, *item.source) if item.source is not None else None
            if source is None or item.speaker is None:
                attributions.append(_attribution_class(doc, item)(source=None, source_kind=None, cue=item.cue,
                                                                   content=content))
                heads.append(None)
                continue
            kind, name, role = classify_source(doc, *item.speaker)
            attributions.append(_attribution_class(doc, item)(source=source, source_kind=kind, cue=item.cue,
                                                               content=content, source_name=name, role=role))
            heads.append(item.speaker[2])
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].cue.start)
    attributions = [attributions[i] for i in order]
    heads = [heads[i] for i in order]
    _resolve_person_names(doc, attributions, heads)
    _resolve_titles_named_next(doc, attributions, heads)
    _resolve_body_names(doc, attributions)
    _resolve_owner_references(doc_text(doc), attributions)
    _set_relays(document.text, attributions)
    return attributions


# "the organisation said": nouns by which a report refers back to a body it has named.
ANY_BODY_NOUNS = {"organisation", "organization", "agency", "group", "body", "charity", "watchdog", "monitor"}
NAMED_BODY_NOUNS = {"ministry", "committee", "department", "service", "office", "commission", "council",
                    "directorate", "administration", "command", "inspectorate", "prosecutor's office"}
BODY_REFERENCE = re.compile(r"(?i)^(?:the|this)\s+(?P<noun>[a-z']+(?:\s+office)?)$")
NAME_JOINERS = {"of", "for", "and", "on", "the"}
ACRONYM = re.compile(r"^(?:[Tt]he\s+)?(?P<acronym>[A-Z]{3,6})$")
# An acronym in brackets may keep a lower-case letter of the words it shortens ("the Malian army (FAMa)").
BRACKETED_ACRONYM = re.compile(r"^(?=(?:\w*[A-Z]){3})[A-Z][A-Za-z]{2,6}$")


def _resolve_body_names(doc: Doc, attributions: list[Attribution]) -> None:
    """Give "the organisation" / "the ministry" the body last named that it refers back to, and an acronym
    ("the ICRC") the full name the report spelled out for it ("International Committee of the Red Cross
    (ICRC)")."""
    text = doc_text(doc)
    organisations = [e for e in doc.ents if e.label_ == "ORG"]
    for index, attribution in enumerate(attributions):
        if attribution.source is None or attribution.source_kind == "person":
            continue
        phrase = " ".join(attribution.source.text.split())
        acronym = ACRONYM.match(phrase)
        if acronym:
            spelled = _spelled_out(text, acronym["acronym"])
            if spelled:
                attribution.source_name = spelled
            continue
        name = attribution.source_name or _normalise_name(phrase)
        spelled_name = _acronyms_spelled_out(text, name)
        if spelled_name != name:
            attribution.source_name = spelled_name
        reference = BODY_REFERENCE.match(phrase)
        if not reference:
            continue
        noun = reference["noun"].lower()
        if noun not in ANY_BODY_NOUNS and noun not in NAMED_BODY_NOUNS:
            continue
        # (end, length, name): the nearest one, and of two ending together the fuller ("Russia's defence ministry");
        # "the group" is no outlet that carried its words ("in a statement read on its Andalus radio, the group said")
        earlier = [(a.source.end, a.source.end - a.source.start, a.source_name or _normalise_name(a.source.text))
                   for a in attributions[:index] if a.source is not None
                   and a.source_kind not in ("person", "unnamed", None)
                   and (a.source_kind != "media" or noun.split()[-1] in MEDIA_WORDS)]
        earlier += [(e.end_char, len(e.text), _normalise_name(e.text)) for e in organisations
                    if e.end_char <= attribution.source.start]
        fits = [item for item in earlier if len(item[2].split()) > 1 and item[2].lower() != phrase.lower()
                and (noun in ANY_BODY_NOUNS or noun.split()[-1] in item[2].lower())]
        if fits:
            attribution.source_name = max(fits)[2]


# Kinds of body a report names a body by when it refers back to it ("committee spokesman Vladimir Markin" after
# "the Investigative Committee", "a spokesman for the battalion" after "the Aidar battalion").
OWNER_NOUNS = ANY_BODY_NOUNS | NAMED_BODY_NOUNS | {
    "court", "militia", "battalion", "brigade", "regiment", "army", "guard", "staff", "police", "airline", "mission"}
# Who speaks for a body: what its name, written before, owns ("the court's press service", "militia spokesman").
BODY_VOICES = r"spokes(?:man|woman|person)|press\s+(?:service|office|centre|center|secretary)|officer|representative"
# "the court's press service", "the Russian ministry's spokesman", "committee spokesman", "a spokesman for the
# battalion", "the General Staff", "The Russian ministry": the words that name the body (`owner`)
OWNER_REFERENCES = [
    re.compile(r"(?i)^(?:the\s+|its\s+)?(?P<owner>[\w'’ -]+?)['’]s\s+(?:" + BODY_VOICES + r")$"),
    re.compile(r"(?i)^(?:an?\s+|the\s+)?(?:" + BODY_VOICES + r")\s+(?:for|of)\s+the\s+(?P<owner>[\w'’ -]+)$"),
    re.compile(r"(?i)^(?:an?\s+|the\s+)?(?P<owner>[\w'’ -]+?)\s+(?:" + BODY_VOICES + r")$"),
    re.compile(r"(?i)^(?:the\s+)?(?P<owner>[\w'’ -]+)$"),
]
# A body's name as written: capitalised words (and a numbered unit's "235th"), which "of", "for", "and" or "the"
# may join, and the kind of body after them in lower case ("the volunteer Aidar battalion"); not "on", which joins
# a date ("the Service on March 23").
NAME_WORD = r"(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))"
NAMED_BODY = re.compile(NAME_WORD + r"(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*" + NAME_WORD + r")*"
                        r"(?:[^\S\n]+(?P<kind>[a-z]+))?")
SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)$")
# Titles that end a body's name and begin its officer's ("Foreign Ministry Spokeswoman Maria Zakharova").
OFFICER_TITLES = {"spokesman", "spokeswoman", "spokesperson", "minister", "president", "governor", "mayor", "head",
                  "commander", "officer", "director", "ambassador", "envoy", "senator", "leader", "secretary"}


def _resolve_owner_references(text: str, attributions: list[Attribution]) -> None:
    """Name the body a source speaks for in full where the report refers back to it by a short form: "the
    court's press service" after "the Moscow 235th Garrison Military Court", "committee spokesman" (a role) after
    "the Investigative Committee", "a spokesman for the battalion" after "the Aidar battalion", "The Russian
    ministry" after "Russia's Defense Ministry", "the General Staff" after "the General Staff of the Armed Forces
    of Ukraine". The name or role is rewritten, so a statement keeps one source."""
    for attribution in attributions:
        if attribution.source is None:
            continue
        position = attribution.source.start
        if attribution.source_kind == "person":
            if attribution.role:
                attribution.role = _owner_named(text, position, attribution.role) or attribution.role
            continue
        phrase = attribution.source_name or _normalise_name(attribution.source.text)
        attribution.source_name = _owner_named(text, position, phrase) or attribution.source_name


def _owner_named(text: str, position: int, phrase: str) -> str | None:
    """`phrase` with the short form of the body it names or speaks for replaced by the fuller name the report
    gave that body before `position`; None where it names none."""
    phrase = " ".join(phrase.replace("’", "'").split())
    for pattern in OWNER_REFERENCES:
        match = pattern.match(phrase)
        if not match:
            continue
        owner = match["owner"]
        body = _body_named_before(text, position, owner)
        if body is None:
            return None
        start, end = match.span("owner")
        if start >= 4 and phrase[start - 4:start].lower() == "the ":
            start -= 4
        return phrase[:start] + body + phrase[end:]
    return None


def _body_named_before(text: str, position: int, owner: str) -> str | None:
    """The fullest name, nearest before `position`, of the body that `owner` ("committee", "Russian ministry",
    "LPR People's Militia", "General Staff") refers back to: a longer name holding the owner's last word, a
    kind of body or a capitalised name, and each of its other words (a people's adjective as its country,
    "Russian" as "Russia's"; an acronym as the words the report spelled it out with)."""
    words = _acronyms_spelled_out(text, owner).split()
    if not words or not (words[-1].lower() in OWNER_NOUNS or all(w[0].isupper() for w in words)):
        return None
    if len(words) == 1 and words[0][0].isupper() and not owner.isupper() and words[0].lower() not in OWNER_NOUNS:
        return None  # "Russia said" is no short form of "Russia's Defense Ministry"
    best: tuple[int, int, str] | None = None
    for match in NAMED_BODY.finditer(text, 0, position):
        name = _body_name(match)
        if SENTENCE_START.search(text, 0, match.start()):
            # a sentence's first word before "of" is more likely a common noun ("Units of the People's Militia")
            first, joined, rest = name.partition(" of ")
            rest = re.sub(r"^(?:the|for|and)\s+", "", rest)
            if joined and " " not in first and _holds_words(rest, words):
                name = rest
        if name and len(name.split()) > len(words) and _holds_words(name, words):
            candidate = (match.end(), len(name), name)
            best = max(best, candidate) if best else candidate
    return best[2] if best else None


def _holds_words(name: str, words: list[str]) -> bool:
    """Whether a body's name holds each of a reference's words (`_same_word`)."""
    name_words = [_word_key(w) for w in name.split()]
    return all(any(_same_word(w, n) for n in name_words) for w in words)


def _body_name(match: re.Match[str]) -> str:
    """The name a `NAMED_BODY` match gives a body: without a leading "The" or its officer's title and name after,
    with a kind of body written after it in lower case ("Aidar battalion")."""
    words = match.group().split()
    if match["kind"]:
        words = words[:-1] + ([match["kind"]] if match["kind"] in OWNER_NOUNS else [])
    for index, word in enumerate(words):
        if word.lower() in OFFICER_TITLES and index > 0:
            words = words[:index]
            break
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not any(_word_key(w) in OWNER_NOUNS or _word_key(w).removesuffix("s") in OWNER_NOUNS for w in words):
        return ""  # a person's or a place's name
    return " ".join(words)


def _word_key(word: str) -> str:
    """A word in lower case without its possessive ("Russia's" -> "russia")."""
    return re.sub(r"['’]s$", "", word).lower()


def _same_word(reference: str, name_key: str) -> bool:
    """Whether a reference's word is a name's word (keyed by `_word_key`), in the singular ("airline" of "Spirit
    Airlines") or, capitalised, a people's adjective agreeing with its country by their first letters ("Russian" of
    "Russia's")."""
    key = _word_key(reference)
    if key in (name_key, name_key.removesuffix("s")):
        return True
    return reference[0].isupper() and len(key) > 4 and len(name_key) > 4 and key[:5] == name_key[:5]


def _acronyms_spelled_out(text: str, name: str) -> str:
    """A name with each acronym the report spelled out replaced by its words ("SBU press service" -> "Security
    Service of Ukraine press service")."""
    return " ".join((_spelled_out(text, word) if ACRONYM.match(word) else None) or word for word in name.split())


def _spelled_out(text: str, acronym: str) -> str | None:
    """The name a report spelled out before "(ICRC)": the capitalised words whose initials make the acronym."""
    match = re.search(rf"((?:[\w'’-]+[^\S\n]+){{1,10}})\({acronym}\)", text)  # within one line
    if not match:
        return _named_in_full(text, acronym)
    words = match.group(1).split()
    for start in range(len(words)):
        tail = words[start:]
        if tail[0][0].isupper() and "".join(w[0] for w in tail if w[0].isupper()) == acronym:
            return " ".join(tail)
    # an acronym of another language's words ("the Security Service of Ukraine (SBU)", from Sluzhba Bezpeky
    # Ukrainy): the run of capitalised words, joined by "of", "for" or "and", right before it
    run: list[str] = []
    for word in reversed(words):
        if word[0].isupper() or (run and word in NAME_JOINERS):
            run.insert(0, word)
        else:
            break
    while run and run[0].lower() in NAME_JOINERS:
        run.pop(0)
    return " ".join(run) if sum(w[0].isupper() for w in run) >= 2 else None


# a run of capitalised words, which "of", "for", "and", "on" or "the" may join ("Ministry of Internal Affairs")
CAPITALISED_RUN = re.compile(r"[A-Z][\w-]*(?:[^\S\n]+(?:(?:of|for|and|on|the)[^\S\n]+)*[A-Z][\w-]*)*")


def _named_in_full(text: str, acronym: str) -> str | None:
    """A name the report wrote out without bracketing its acronym ("the National Security and Defence Council's
    spokesman", later "the NSDC"): capitalised words whose initials are exactly the acronym's letters."""
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for start in range(len(words)):
            name = _words_for_initials(words[start:], acronym)
            if name:
                return " ".join(name)
    return None


def _words_for_initials(words: list[str], acronym: str) -> list[str] | None:
    """The leading words whose capitalised ones, each a word rather than an initial, spell out the acronym."""
    capitals = 0
    for end, word in enumerate(words):
        if not word[0].isupper():
            continue
        if word[0] != acronym[capitals] or len(word) == 1:
            return None
        capitals += 1
        if capitals == len(acronym):
            return words[:end + 1]
    return None


def source_label(attribution: Attribution) -> str:
    """The name to list among an event's sources: "The Guardian", "Vitali Klitschko (Kyiv's mayor)",
    "Ukrainian air force spokesperson", "media accounts"; "" when the attribution names no source."""
    if attribution.source is None:
        return ""
    name = attribution.source_name or _normalise_name(attribution.source.text)
    if attribution.source_kind == "person" and attribution.role:
        return f"{name} ({attribution.role})"
    return name


__all__ = ["extract_attributions", "source_label", "classify_source", "cue_verbs", "cue_model", "cue_score",
           "candidate_cues", "cue_kind", "is_stance", "StanceAttribution"]

