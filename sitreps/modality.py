"""Modality of an event mention: does the text assert that it happened, and on whose word?

In: the trigger (a spaCy Token or Span), its sentence (a spaCy Span) and the `Document` (for its publication
date). Out: one of "asserted", "reported" (inside someone's account: said, reported, according to),
"claimed" (a party's unverified claim about its own action: "Russia claimed", "the army said it destroyed"),
"denied", "historical" (a past event cited as background: "since the invasion in February", "earlier this
year"), "future" (threats, plans, warnings: "will", "could", "threatened to", "brace for more attacks") or
"hypothetical" ("if", "would"). An event in a clause that places the report's event after or before
it ("the attack came a day after missiles struck Poltava", "the strike followed a raid on Kharkiv") is
"historical": background, not the news (but a statement or decision so placed answers the event, which stays the
news: "The announcement followed the deaths of two residents in a drone strike"); so is one in an opening clause
measured a day or more from another event of its sentence ("A day after gunmen shot four villagers, a bomb went
off"; `days_apart_from`, which the event stage applies, as only it knows which verbs tell events), and one someone is
thanked or decorated for ("thanked troops for taking back the city"), done before the thanks.

The rules walk from the trigger up the dependency tree to the sentence root and look at the words that govern
it (reporting verbs, plan and threat verbs, negations, "since"), then at the time expressions of its clause.
A trigger that itself says the event took place (a past-tense verb, "Tuesday's strike", "the attack, which
killed 12") is not made a plan or a supposition by the clause around it ("crews worked to restore power after
missiles struck the grid", "the army will investigate after gunmen attacked a convoy").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitreps.dates import HOLIDAY
from sitreps.models import Document
from sitreps.quantities import CIVILIAN_TRADES
from sitreps.speech import CLAIMING_VERBS, CONFIRMING_VERBS, REPORTING_VERBS, SELF_WORDS, WRITING_VERBS

MODALITIES = ("asserted", "reported", "claimed", "denied", "historical", "future", "hypothetical")

# Words that put an event on someone's word: the shared reporting verbs, and cues of a source or a finding
# ("according to", "per", "an estimate shows").
ATTRIBUTION_WORDS = REPORTING_VERBS | CONFIRMING_VERBS | WRITING_VERBS \
    | {"accord", "quote", "cite", "tweet", "note", "explain", "describe", "show", "indicate", "allege", "accuse",
       "according", "per", "reportedly", "suggest", "appear", "estimate", "believe"}
CLAIM_VERBS = CLAIMING_VERBS | {"insist", "boast", "allege", "assert"}
DENIAL_WORDS = {"deny", "reject", "dismiss", "refute", "rebut", "disprove"}
# "denied" also covers a finding that the event most likely did not happen ("it was unlikely the missile had
# been fired from Russia").
UNLIKELY_WORDS = {"unlikely", "improbable", "implausible"}
# "spread a fake about the army shelling X", "the lie that troops fired on X": an event told as the content of what
# the speaker calls a fabrication is denied
FABRICATION_NOUNS = {"fake", "lie", "hoax", "fabrication", "falsehood"}
# "rejected allegations of Indian involvement in the bombing": what is denied is a party's part in the event
INVOLVEMENT_NOUNS = {"involvement", "role", "responsibility", "complicity", "participation", "link", "hand",
                     "connection", "culpability"}
FUTURE_GOVERNORS = {"threaten", "plan", "vow", "intend", "prepare", "warn", "brace", "expect", "aim", "seek",
                    "pledge", "promise", "want", "hope", "consider", "mull", "urge", "demand", "propose",
                    "fear", "plot", "call", "threat", "risk", "warning", "prospect", "possibility",
                    "danger", "ready", "likely", "set", "poised", "determined", "decide", "agree",
                    "order", "stockpile", "prevent", "deter", "avoid", "regroup", "amass"}
FUTURE_MODIFIERS = {"possible", "potential", "planned", "imminent", "future", "upcoming", "looming",
                    "threatened", "renewed", "further", "more", "new"}
FUTURE_AUX = {"will", "shall", "'ll", "could", "may", "might", "can", "going", "wo", "should"}
READINESS_WORDS = {"set", "ready", "poised", "determined", "likely"}
PURPOSE_OF_GATHERING = {"protest", "demonstrate", "march", "rally", "demand", "denounce", "condemn", "oppose",
                        "disperse", "mark", "commemorate", "express", "voice", "press", "call", "show", "stop",
                        "push", "break", "clear"}
ACHIEVED_GOVERNORS = {"able", "manage", "succeed", "continue", "begin", "start", "help", "go", "keep", "come",
                      "fail", "use", "have", "appear", "seem"}
# "returned home to find the roofs torn off": an infinitive of what someone came upon, which had already happened
DISCOVERY_INFINITIVES = {"find", "discover"}
HISTORICAL_GOVERNORS = {"recall", "remember", "commemorate", "anniversary", "mark", "since", "previous",
                        "sentence", "convict", "jail", "acquit", "indict", "trial", "charge", "prosecute",
                        "memorial", "compare", "exhume", "exhumation", "rebury", "reburial"}
COMMEMORATING = {"mark", "commemorate", "remember", "recall"}
# "thanked troops for taking back the city", "was decorated for defending the bridge": a deed done before
GRATITUDE_VERBS = {"thank", "praise", "honour", "honor", "congratulate", "commend", "decorate", "award", "salute"}
ALLEGATION_GOVERNORS = {"suspect", "accuse"}
# "described the liberation of the city as a turning point": a change of hands a speaker sums up had happened
# before (an attack so named, "called the bombing an act of terror", is still the news the speaker answers)
CHARACTERISING_VERBS = {"describe", "hail", "call", "label", "brand", "term", "characterise", "characterize"}
CHANGE_OF_HANDS_NOUNS = {"liberation", "recapture", "capture", "fall", "retreat", "withdrawal", "takeover"}
# what only an event that took place leaves behind ("to assess damage from the shelling")
LEFTOVER_NOUNS = {"damage", "destruction", "wreckage", "rubble", "debris", "aftermath", "crater"}
HABITUAL_ADVERBS = {"regularly", "repeatedly", "frequently", "routinely", "constantly", "often", "daily",
                    "nightly", "continually", "persistently", "long"}  # "rival gangs have long fought over the town"
# "every day", "each week": the units whose every or each tells a recurrence
RECURRING_UNITS = {"day", "night", "morning", "evening", "week", "month"}
HISTORICAL_MODIFIERS = {"previous", "earlier", "past", "former", "prior", "last", "historic", "first"}
OLD_TIME = re.compile(
    r"\b(years? ago|decades? ago|months ago|last year|earlier this year|earlier in the year|in the past|"
    r"previous year|a year ago|last (spring|summer|autumn|fall|winter)|in (18|19|20)\d\d|of (18|19|20)\d\d)\b",
    re.IGNORECASE)
YEAR = re.compile(r"\b(18|19|20)(\d\d)\b")
HOLIDAY_NAME = re.compile(HOLIDAY)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS) + r")\b")
# A month named without a year this many months before publication is background, not the news.
BACKGROUND_MONTHS = 2


def _chain(head: Token) -> list[Token]:
    """The trigger's head and its ancestors, up to the sentence root."""
    return [head, *head.ancestors]


def _clause(head: Token) -> list[Token]:
    """The trigger and the verbs/nouns governing it up to and including the first clause head."""
    out = [head]
    if _is_past_verb(head):
        return out  # a finite past verb heads its own clause: the modals of the clause above are not its own
    for ancestor in head.ancestors:
        out.append(ancestor)
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.dep_ not in {"xcomp", "aux", "amod", "pcomp"}:
            break
    return out


PAST_AUX = {"was", "were", "had", "has", "have", "'s", "'ve", "'d", "been"}
PAST_POSSIBILITY_AUX = {"may", "might", "could", "must"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}


def _auxiliaries(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _is_past_verb(token: Token) -> bool:
    """A verb that itself says something took place: 'struck', 'were killed', 'had shelled', 'has attacked'."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = _auxiliaries(token)
    if auxiliaries & (FUTURE_AUX | {"would", "to"}):
        return False
    if token.tag_ == "VBP" and any(c.dep_ == "mark" and c.lower_ in {"since", "after"} for c in token.children):
        return True  # "since shells hit the dam": the tagger reads past "hit", "cut", "shut" as present
    return token.tag_ == "VBD" or (token.tag_ == "VBN" and bool(auxiliaries & PAST_AUX))


def _is_perfect_infinitive(token: Token) -> bool:
    """'claimed to have captured', 'is said to have fled': an infinitive of an act already done, no plan."""
    return token.tag_ == "VBN" and {"to", "have"} <= _auxiliaries(token) \
        and (token.head.lemma_.lower() not in FUTURE_GOVERNORS or token.dep_ != "xcomp")


def _is_past_possibility(token: Token) -> bool:
    """'may have been killed', 'might have died': uncertainty about the past, not a plan."""
    return bool(_auxiliaries(token) & PAST_POSSIBILITY_AUX) and "have" in _auxiliaries(token) \
        and token.tag_ == "VBN"


def _names_past_event(head: Token) -> bool:
    """An event noun told as done: 'Tuesday's strike', 'last week's bombing', 'the attack, which killed 12',
    'the strike killed 12'."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    for child in head.children:
        if child.dep_ == "poss" and (child.lower_ in WEEKDAYS or child.ent_type_ == "DATE"):
            return True
        if child.dep_ in {"relcl", "acl"} and _is_past_verb(child):
            return True
    if _blamed_or_probed(head):
        return True
    # "... after a missile attack on Sevastopol killed four": the event noun is the subject of a past verb.
    return head.dep_ in {"nsubj", "nsubjpass"} and _is_past_verb(head.head)


PEOPLE_NOUNS = {"journalist", "reporter", "photographer", "cameraman", "correspondent", "civilian", "man", "woman",
                "child", "boy", "girl", "soldier", "officer", "policeman", "volunteer", "medic",
                "resident", "villager", "victim", "people", "person", "teenager", "activist", "protester",
                "worshipper", "passenger", "pilgrim", "shopper", "tourist", "guest"} \
    | CIVILIAN_TRADES
# Verbs whose passive participle on a noun tells what befell it, whoever it names ("the three drivers shot dead").
HARMING_VERBS = {"kill", "shoot", "wound", "injure", "murder", "slay", "behead", "stab"}
TIME_NOUNS = {"day", "night", "week", "weekend", "month", "year", "morning", "evening", "afternoon"}


def _tells_what_befell_someone(verb: Token) -> bool:
    """'The journalist, who was killed by rocket fire', 'the journalist killed the day before': a past clause
    describing a person tells what befell them, and a verb governing the person ("gathered to remember the
    journalist") does not govern that clause."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ in {"relcl", "acl"}:
        person = verb.head
        done = _is_past_verb(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    else:
        # the parser reads the reduced passive "the journalist killed the day before" as "killed the day"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        person = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        done = verb.tag_ == "VBD" and bool(objects) and all(c.lemma_.lower() in TIME_NOUNS for c in objects)
    harmed = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in HARMING_VERBS
    return done and person is not None and (person.ent_type_ == "PERSON" or person.lemma_.lower() in PEOPLE_NOUNS
                                            or harmed)


# Nouns and adjectives after which "for the attack" looks ahead to it rather than back.
FORWARD_LOOKING = {"plan", "preparation", "ready", "prepared", "call", "threat", "warning", "order", "time"}


def _blamed_or_probed(head: Token) -> bool:
    """ "those behind the massacre", "responsible for the attack", "an investigation into the bombing": a definite
    event noun that someone is blamed for or that is inquired into has taken place, whatever the sentence plans."""
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ not in {"behind", "for", "into"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in head.children):
        return False
    governor = preposition.head
    return governor.pos_ in {"PRON", "NOUN", "ADJ"} and governor.lemma_.lower() not in FORWARD_LOOKING


OCCURRENCE_VERBS = {"come", "begin", "start", "happen", "occur", "take", "resume", "continue", "follow", "last",
                    "proceed", "commence", "intensify", "escalate", "spread", "materialise", "materialize", "be"}


def _subject_of_consequence(head: Token) -> bool:
    """'The attack would not go unpunished', 'the strike could deepen the crisis': a definite event noun whose
    verb says what follows from it, not whether it happens (unlike 'the attack could come within days')."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"})
                   for c in head.children)
    verb = head.head
    goes_ahead = any(c.lower_ == "ahead" for c in verb.children)
    return definite and verb.lemma_.lower() not in OCCURRENCE_VERBS and not goes_ahead


def _is_hypothetical(clause: list[Token]) -> bool:
    for token in clause:
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return True
            if child.dep_ == "aux" and child.lower_ in {"would", "'d"} and not _is_reported_future(token):
                return True
    return False


def _is_reported_future(verb: Token) -> bool:
    """'would' as the future of reported speech ('the minister said troops would retake the town'), as opposed
    to a counterfactual ('would have killed more') or a condition."""
    if "have" in _auxiliaries(verb) or verb.dep_ != "ccomp":
        return False
    governor = verb.head
    return governor.lemma_.lower() in ATTRIBUTION_WORDS | FUTURE_GOVERNORS and governor.tag_ in {"VBD", "VBN"}


def _is_denied(head: Token, clause: list[Token], chain: list[Token]) -> bool:
    for token in clause:
        for child in token.children:
            if child.dep_ == "neg" and not (token is not head and _subject_of_consequence(head)):
                return True
            if child.dep_ == "det" and child.lower_ == "no" and token is head:
                return True
    if any(c.dep_ == "acomp" and c.lower_ in UNLIKELY_WORDS for t in chain[1:] for c in t.children):
        return True
    for token in chain[1:]:
        if token.lemma_.lower() in INVOLVEMENT_NOUNS:
            return False
        if token.lemma_.lower() in DENIAL_WORDS and _denial_withheld(token):
            return False
        if token.lemma_.lower() in DENIAL_WORDS | UNLIKELY_WORDS:
            return True
        if token.pos_ == "NOUN" and token.lemma_.lower() in FABRICATION_NOUNS:
            return True
    return False


def _denial_withheld(verb: Token) -> bool:
    """A denial not made: 'neither confirmed nor denied', 'would not confirm or deny', 'declined to confirm or
    deny', 'did not deny': the event is left as others tell it, not refuted."""
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    for token in verbs:
        if any(c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither") for c in token.children):
            return True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in {"decline", "refuse"}:
            return True
    return False


# Prepositions of a time phrase that sets one event beside another: "a day after a strike".
SEQUENCE_PREPOSITIONS = {"after", "before", "following", "since"}


def _is_future(head: Token, clause: list[Token], chain: list[Token]) -> bool:
    if _is_past_verb(head) or _is_perfect_infinitive(head):
        return False
    for token in clause:
        if _is_past_possibility(token):
            continue
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ == "would" and _is_reported_future(token):
                return True
            if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                # "is going to" is future, "is going" (progressive) is not.
                if child.lower_ == "going" and not any(c.lower_ == "to" for c in token.children):
                    continue
                return True
    for child in head.children:
        if child.dep_ == "amod" and child.lower_ in {"possible", "potential", "planned", "imminent", "future",
                                                     "upcoming", "looming", "threatened"}:
            return True
    for i, token in enumerate(chain[1:], start=1):
        lemma = token.lemma_.lower()
        if lemma in ATTRIBUTION_WORDS:
            break
        if lemma in ACHIEVED_GOVERNORS or lemma in {"attempt", "try"} and token.tag_ in {"VBD", "VBN"}:
            return False  # "attempted to strike the airfield": it was carried out, whatever came of it
        below = chain[i - 1]
        if _tells_what_befell_someone(below):
            return False
        if lemma in LEFTOVER_NOUNS and token.pos_ == "NOUN" and below.dep_ == "prep" \
                and below.lower_ in {"from", "of", "by"}:
            return False  # "crews went to clear the rubble from the bombing": what left it took place
        infinitive = below.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                           for c in below.children)
        if lemma == "call" and token.pos_ == "VERB" and not infinitive and not any(
                t.lower_ in {"for", "on"} for t in chain[1:i]):
            continue  # "called the attack cruel" names a done deed; "called for strikes" asks for one
        if lemma in FUTURE_GOVERNORS and not _is_past_agreement(token):
            # "set to attack", "ready to strike" look ahead; "set up a base", "set fire to" do not.
            if lemma not in READINESS_WORDS or infinitive:
                return True
        if infinitive and below.lemma_.lower() in DISCOVERY_INFINITIVES:
            return False
        if infinitive and below.dep_ in {"advcl", "xcomp", "ccomp"} and lemma not in ACHIEVED_GOVERNORS \
                and not _is_past_agreement(token):
            # A to-infinitive of purpose or intent ("stockpiling missiles to renew attacks"), except the point
            # of a gathering or a dispersal that took place ("marched to protest", "fired tear gas to disperse").
            if not (below.lemma_.lower() in PURPOSE_OF_GATHERING and _is_past_verb(token)):
                return True
        if _is_past_verb(token) and not infinitive and any(
                t.dep_ == "prep" and t.lower_ in SEQUENCE_PREPOSITIONS for t in chain[1:i]):
            # the event is told in a time phrase of a past clause, whatever governs that clause: "warned against a
            # war, a day after a strike killed seven", where the parse hangs the strike on "after"
            return False
    return False


def _is_past_agreement(token: Token) -> bool:
    """'agreed to a ceasefire' / 'ordered troops to withdraw' are events, not plans, when past tense."""
    return token.lemma_.lower() in {"agree", "order", "decide"} and token.tag_ in {"VBD", "VBN"}


def _published_year(document: Document | None) -> int | None:
    if document is not None and document.published and document.published[:4].isdigit():
        return int(document.published[:4])
    return None


# Verbs that place the report's event in time against another ("the attack came a day after missiles struck
# Poltava", "the strike followed a raid on Kharkiv"): the other event is background.
POSITIONING_VERBS = {"come", "follow", "happen", "occur", "arrive"}
POSITIONING_MARKS = {"after", "before"}


def is_background_clause(trigger: Token) -> bool:
    """Whether the trigger is an event that a positioning clause places the report's event after or before."""
    return _positions_report_event([trigger, *trigger.ancestors])


def _positions_report_event(chain: list[Token]) -> bool:
    """The trigger is the earlier event that a positioning clause measures the report's event against."""
    for i, token in enumerate(chain[1:], start=1):
        below = chain[i - 1]
        if token.lemma_.lower() not in POSITIONING_VERBS:
            if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"advcl", "pcomp", "xcomp", "relcl", "acl"}:
                return False
            continue
        if token.lemma_.lower() == "follow" and below.dep_ == "dobj" and token.pos_ == "VERB":
            return _has_event_subject(token)
        linked = [t for t in chain[:i] if t.lower_ in POSITIONING_MARKS or any(
            c.dep_ in {"mark", "prep"} and c.lower_ in POSITIONING_MARKS for c in t.children)]
        return bool(linked) and below.dep_ in {"advcl", "prep", "pcomp", "npadvmod"} and _has_event_subject(token)
    return False


# Units of a span that sets two events on different days: "a day after", "two weeks before".
DAY_UNITS = {"day", "week", "month", "year"}


def days_apart_from(trigger: Token) -> Token | None:
    """The verb whose clause the trigger's opening clause is measured from by a day or more ("went" of "A day after
    gunmen shot four villagers, a bomb went off"), else None. When that verb tells an event too, the trigger's is
    another day's happening, background to it; when it tells none ("Two days after missiles struck the barracks,
    rescuers were still searching the ruins"), the trigger's event is the news the report follows up. (A clause
    told after the news, "..., a day after Kyiv reported the recapture of X", is left to the positioning rules.)"""
    verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return None
    measured = any(c.dep_ == "mark" and c.lower_ in POSITIONING_MARKS for c in verb.children) \
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in DAY_UNITS for c in verb.children)
    return verb.head if measured else None


# Statements and decisions: one placed after an event answers it ("The announcement followed the deaths of two
# residents in a drone strike"), and the event it answers is the news, not another's background.
RESPONSE_NOUNS = {"announcement", "statement", "decision", "order", "warning", "appeal", "measure", "curfew",
                  "restriction"}


def _has_event_subject(verb: Token) -> bool:
    """'The attack came ...', 'It came ...', 'The strikes followed ...': the subject is an event or a pronoun, not
    a statement or decision."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ in {"NOUN", "PRON"} and subject.lemma_.lower() not in RESPONSE_NOUNS


def _is_historical(head: Token, clause: list[Token], chain: list[Token], document: Document | None,
                   background_clauses: bool = True) -> bool:
    if background_clauses and _positions_report_event(chain):
        return True
    # "a man suspected of Monday's knife attack", "charged over Tuesday's bombing": a charge or a memorial makes
    # no background of an event its report dates to a day of this week
    this_week = _dated_by_weekday(head)
    for below, token in zip(chain, chain[1:], strict=False):
        if _tells_what_befell_someone(below):
            break
        if this_week and token.lemma_.lower() in HISTORICAL_GOVERNORS | ALLEGATION_GOVERNORS:
            continue
        if token.lemma_.lower() in HISTORICAL_GOVERNORS:
            if token.lower_ == "since" and _dated_by_weekday(below):
                continue  # "raids since Thursday's suicide bombing": an event of the past days is the news
            if token.lemma_.lower() in COMMEMORATING and below.dep_ in {"nsubj", "nsubjpass", "conj", "csubj"}:
                continue  # the rally that marks an anniversary, or demands beside it, is today's news
            return True
        if token.dep_ == "prep" and token.lower_ == "for" and token.head.lemma_.lower() in GRATITUDE_VERBS:
            return True  # what someone is thanked or decorated for was done before the thanks
        if below is head and head.dep_ == "dobj" and head.lemma_.lower() in CHANGE_OF_HANDS_NOUNS \
                and not this_week and _characterised(token):
            return True
        if token.lemma_.lower() in ALLEGATION_GOVERNORS and token.dep_ in {"acl", "amod", "relcl"}:
            return True  # "a man suspected of planting the bomb": the charge against someone, told as past
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"xcomp", "aux", "pcomp", "amod", "prep"}:
            # "began exhuming bodies ... after troops retook the town": the governing verb's complement counts
            if any(c.dep_ == "xcomp" and c.lemma_.lower() in HISTORICAL_GOVERNORS for c in token.children):
                return True
            break
    if _is_long_running(head) or _is_purpose(head) or _over_a_whole_war(head) or _months_of(head) \
            or _told_over_or_not(head):
        return True
    ranked_since = any(c.dep_ == "prep" and c.lower_ == "since" for c in head.children)
    # "have regularly come under fire": the adverb sits on the verb the trigger is the object of "under" to
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "under" else head
    habitual = any(_tells_frequency(c) for c in (*head.children, *verb.children))
    if habitual and (ranked_since or _is_present_perfect(head) or _is_present_perfect(verb)
                     or _is_present_simple(head)):
        return True  # "has been shelled regularly since the spring", "has been hit repeatedly", "are shelled every
        # day": a pattern behind the news, not an event
    for child in head.children:
        if child.dep_ in {"amod", "compound"} and child.lower_ in HISTORICAL_MODIFIERS:
            if not (ranked_since and child.lower_ == "first"):  # "the first mobilisation since 1945" is new
                return True
    if _is_biographical(head) or _reduced_relative_of_old_time(head, document):
        return True
    # "the only regional capital to fall to Russia": an infinitive describing a noun is background.
    if head.dep_ in {"acl", "relcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return True
    clause_heads = {t.i for t in clause} | _clause_described(clause)
    speaker_verb = _speakers_verb(clause)
    year = _published_year(document)
    own_date = _own_recent_date(head, document)
    for ent in head.sent.ents:
        if ent.label_ != "DATE":
            continue
        if own_date is not None and ent != own_date:
            # "during the attack on Sept. 7", which the parse hangs on "a colony founded 2,500 years ago": the
            # event's own recent day dates it, not an old time told of something else in its sentence
            continue
        governor = ent.root.head
        if governor.dep_ == "prep":
            governor = governor.head
        if governor == speaker_verb and _months_before_publication(ent.text, document) >= BACKGROUND_MONTHS:
            return True  # "In September, Ukraine said a strike had killed 34": said long ago, so done long ago
        # A date counts when it governs the trigger's clause, or the clause describes it ("in March, when ...").
        if governor.i not in clause_heads and ent.root.i not in clause_heads and not (
                head.dep_ == "relcl" and ent.start <= head.head.i < ent.end) and not _tells_when(clause[-1], ent):
            continue
        text = ent.text
        if ent.start > 0 and head.doc[ent.start - 1].lower_ in {"in", "of", "since"}:
            text = f"{head.doc[ent.start - 1].lower_} {text}"
        if OLD_TIME.search(text):
            if not (year and (match := YEAR.search(text)) and int(match.group(0)) >= year):
                return True
        if _months_before_publication(ent.text, document) >= BACKGROUND_MONTHS:
            return True
    return False


def _clause_described(clause: list[Token]) -> set[int]:
    """The clause above a relative clause that gives no date of its own, up to its verb: what "gunmen ..., who
    killed 30 people during a siege" did is told as of the time of "was attacked in March 2017 by gunmen", and so
    is a verb joined to that relative clause ("since January, when bombers struck a market and killed 32")."""
    top = clause[-1]
    while top.dep_ == "conj" and top.head.pos_ in {"VERB", "AUX"}:
        top = top.head
    if top.dep_ != "relcl" or any(t.ent_type_ == "DATE" for t in top.subtree):
        return set()
    described: set[int] = set()
    for ancestor in top.ancestors:
        described.add(ancestor.i)
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.dep_ not in {"acl", "relcl", "xcomp", "aux", "amod", "pcomp"}:
            break
    return described


def _tells_when(verb: Token, date: Span) -> bool:
    """'since February 2021, when riots killed 79': a clause opened by "when" just after a date tells what happened
    then, however the parse hangs it (often on the sentence's verb rather than on the date)."""
    opening = verb.left_edge
    if opening.is_punct and opening.i < verb.i:
        opening = opening.nbor()
    if opening.lower_ != "when" or opening.i == 0:
        return False
    before = opening.nbor(-1)
    if before.is_punct and before.i > 0:
        before = before.nbor(-1)
    return before.i == date.end - 1


def _told_over_or_not(head: Token) -> bool:
    """ "the fighting is over", "the shelling was far from over": whether the fighting has ended tells the course of
    a conflict, not an event of the day."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() != "be":
        return False
    return any(t.lower_ == "over" and t.pos_ in {"ADV", "ADP"} and not any(c.dep_ == "pobj" for c in t.children)
               for c in head.head.children if c.dep_ in {"acomp", "advmod", "prt", "prep"} for t in c.subtree)


def _characterised(verb: Token) -> bool:
    """Whether a verb sums up its object as something ("described the retreat as a rout", "called it a victory")."""
    return verb.lemma_.lower() in CHARACTERISING_VERBS and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _own_recent_date(noun: Token, document: Document | None) -> Span | None:
    """The date the event's noun carries itself ("the attack on Sept. 7", "Tuesday's bombing"), when it is no old
    time and falls within `BACKGROUND_MONTHS` of publication."""
    dates = [c for c in noun.children if c.dep_ in {"poss", "compound", "npadvmod", "nmod"}]
    dates += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    for token in dates:
        ent = next((e for e in noun.sent.ents if e.label_ == "DATE" and e.start <= token.i < e.end), None)
        if ent is not None and not OLD_TIME.search(ent.text) and not YEAR.search(ent.text) \
                and _months_before_publication(ent.text, document) < BACKGROUND_MONTHS:
            return ent
    return None


def _dated_by_weekday(noun: Token) -> bool:
    """'Thursday's bombing', 'the bombing on Thursday': an event of the week the report is written in."""
    dates = [c for c in noun.children if c.dep_ in {"poss", "compound", "npadvmod", "nmod"}]
    dates += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ in WEEKDAYS for d in dates)


def _speakers_verb(clause: list[Token]) -> Token | None:
    """The reporting verb whose content is the trigger's clause ("said" in "Ukraine said a strike killed 34")."""
    top = clause[-1]
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in ATTRIBUTION_WORDS:
        return top.head
    return None


LONG_SPANS = {"year", "decade", "month", "century"}
OPENING_EVENTS = {"start", "beginning", "outbreak", "invasion", "war", "independence", "onset", "launch"}
INTENSIFYING_VERBS = {"step", "intensify", "escalate", "increase", "ramp", "scale", "multiply"}
PERFECT_AUX = {"has", "have", "'s", "'ve"}  # not "had": "said it had seized the town" tells today's news


def _tells_frequency(modifier: Token) -> bool:
    """'regularly', 'almost nightly', 'every day', 'each week': an adverbial of how often something happens."""
    if modifier.dep_ == "advmod":
        return modifier.lower_ in HABITUAL_ADVERBS
    return modifier.dep_ == "npadvmod" and modifier.lemma_.lower() in RECURRING_UNITS \
        and any(c.dep_ == "det" and c.lower_ in {"every", "each"} for c in modifier.children)


def _is_present_simple(verb: Token) -> bool:
    """'shell', 'shells', 'are shelled': a verb in the simple present, active or passive."""
    if verb.tag_ in {"VBP", "VBZ"}:
        return not _auxiliaries(verb)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in verb.children) \
        and not any(c.dep_ == "aux" for c in verb.children)


def _is_present_perfect(verb: Token) -> bool:
    """ "has fought", "have been shelled": a verb with a present perfect auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


def _is_long_running(head: Token) -> bool:
    """'has fought the government for 15 years', 'has been fought over since 2022', 'has stepped up bombings':
    a perfect that spans years, or names a rising trend, tells the background of the news, not an event; so does
    one whose subject is the trigger ("attacks have killed more than 200 people since 2015")."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in INTENSIFYING_VERBS:
        return _is_present_perfect(head.head)
    verb = head.head if head.dep_ == "nsubj" else head
    if not _is_present_perfect(verb):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "since"}:
            continue
        span = list(prep.subtree)
        if prep.lower_ == "for" and any(c.dep_ == "pobj" and c.lemma_.lower() in LONG_SPANS for c in prep.children):
            return True
        if prep.lower_ == "since" and any(YEAR.fullmatch(t.text) or t.lemma_.lower() in OPENING_EVENTS for t in span):
            return True
    return False


# (not weeks or months: "seized by officers over the past two weeks" tells recent events)
WHOLE_SPANS = {"war", "conflict", "campaign", "offensive", "invasion", "siege", "occupation", "year", "decade"}


def _over_a_whole_war(head: Token) -> bool:
    """ "killed nearly 30 people over the course of the war", "throughout the conflict", "over the past year": a
    tally over a war or a span of time, not one event."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"over", "throughout"}:
            continue
        for span in (c for c in prep.children if c.dep_ == "pobj"):
            if span.lemma_.lower() in {"course", "duration", "length"}:  # "over the course of the war"
                span = next((g for of in span.children if of.lower_ == "of" for g in of.children
                             if g.dep_ == "pobj"), span)
            if span.lemma_.lower() in WHOLE_SPANS:
                return True
    return False


def _months_of(head: Token) -> bool:
    """ "in three months of fighting", "after years of war": the violence of a span of months or more, the
    background the news is measured against (not "two days of fighting", which may be the news itself)."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in LONG_SPANS \
        and head.head.head.tag_ == "NNS"


def _is_purpose(head: Token) -> bool:
    """'a force to help Haiti fight the gangs': the fight is what the help is for, not a fight that took place."""
    helper = head.head if head.dep_ in {"ccomp", "xcomp"} else None
    return helper is not None and helper.lemma_.lower() in {"help", "enable"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in helper.children)


def _is_biographical(head: Token) -> bool:
    """'a former deputy mayor, who fought in the special military operation, was killed': a relative clause
    telling what the person it describes once did, with no time of its own, is their past, not the news."""
    if head.dep_ != "relcl" or head.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in {"who", "whom"}:
        return False
    # "gunmen who stormed the hall on Friday", "... on New Year's night": a dated clause tells the news itself (the
    # tagger seldom takes a feast day for a DATE).
    clause = head.doc[head.left_edge.i:head.right_edge.i + 1]
    dated = any(t.ent_type_ in {"DATE", "TIME"} for t in clause) or HOLIDAY_NAME.search(clause.text) is not None
    return not dated and head.tag_ in {"VBD", "VBN"}


def _reduced_relative_of_old_time(head: Token, document: Document | None) -> bool:
    """ "aid workers kidnapped in Niger last year were killed in Tuesday's strike": a participle with no auxiliary
    of its own, right after the noun it describes and before the sentence's own verb, tells what befell those people
    earlier; an old time between it and that verb dates it, wherever the parse hangs the time (a dateline before
    the sentence can make the participle its verb)."""
    if head.tag_ != "VBN" or head.i == head.sent.start or head.doc[head.i - 1].pos_ not in {"NOUN", "PROPN"} \
            or any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return False
    verb = next((t for t in head.doc[head.i + 1:head.sent.end] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.pos_ != "AUX":
        return False
    old_time = OLD_TIME.search(head.doc[head.i + 1:verb.i].text)
    year = _published_year(document)
    return old_time is not None and not (year and (match := YEAR.search(old_time.group(0))) and int(
        match.group(0)) >= year)


def _months_before_publication(text: str, document: Document | None) -> int:
    """How many months before the document's publication a date like "in March" or "on 3 March" falls (its year
    as written, else the latest such month not after publication); 0 when either is unknown."""
    month = MONTH.search(text)
    if month is None or document is None or not document.published or len(document.published) < 7:
        return 0
    published_year, published_month = int(document.published[:4]), int(document.published[5:7])
    number = MONTHS.index(month.group(1).lower()) + 1
    written_year = YEAR.search(text)
    if written_year:
        year = int(written_year.group(0))
    else:
        year = published_year if number <= published_month else published_year - 1
    return (published_year * 12 + published_month) - (year * 12 + number)


def _claimed_or_reported(chain: list[Token], sentence: Span, head: Token) -> str | None:
    for i, token in enumerate(chain[1:], start=1):
        lemma = token.lemma_.lower()
        if lemma in {"responsibility", "credit"}:
            return None
        if lemma == "claim" and chain[i - 1] is head and head.dep_ == "dobj" and head.pos_ == "NOUN":
            return None  # "Islamic State claimed Sunday's attack": a claim of responsibility, not of the event
        if lemma in CLAIM_VERBS:
            return "claimed"
        if lemma in ATTRIBUTION_WORDS:
            if not _is_content_of(chain[i - 1]) or _dates_the_content(chain[1:i]):
                continue
            if lemma in REPORTING_VERBS and _self_report(token, chain[i - 1]):
                return "claimed"
            return "reported"
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.lower_ in {"reportedly", "allegedly", "purportedly"}:
            return "claimed" if token.lower_ != "reportedly" else "reported"
        if (lemma == "accord" and token.nbor(1).lower_ == "to") if token.i + 1 < len(token.doc) else False:
            return "reported"
        if token.lower_ == "per" and token.dep_ == "prep":
            return "reported"
    return None


def _dates_the_content(chain: list[Token]) -> bool:
    """Whether the trigger only dates what is reported ("forces say they have killed 100 fighters since Thursday's
    bombing"): the speaker reports the killings, not the bombing."""
    return any(t.dep_ == "prep" and t.lower_ in TIME_FRAME_PREPOSITIONS for t in chain)


TIME_FRAME_PREPOSITIONS = {"since", "after", "before", "following"}


def _is_content_of(child: Token) -> bool:
    """Whether `child` carries what a reporting verb reports, not when or why it was reported."""
    if child.dep_ in {"advcl", "npadvmod", "advmod"}:
        return False
    return not (child.dep_ == "prep" and child.lower_ in {"after", "before", "since", "during", "amid",
                                                           "following", "despite", "over", "at", "on"})


PARTY_WORDS = {"army", "military", "ministry", "force", "forces", "troops", "command", "militant", "group",
               "rebel", "rebels", "spokesman", "spokesperson", "spokeswoman", "kremlin", "pentagon", "idf"}
# Speakers that command fighting forces: a defence ministry, a general staff, an army's media wing, an armed group.
# A health or interior ministry, the police, a mayor, a rescue service or an unnamed officer or source are not
# among them: they report others' violence.
MILITARY_SPEAKERS = {"army", "military", "force", "forces", "troops", "command", "staff", "wing", "coalition",
                     "defence", "defense", "group", "rebel", "rebels", "militant", "militants", "navy", "kremlin",
                     "pentagon", "idf", "guard", "guards", "battlegroup"}
INSTITUTION_HEADS = MILITARY_SPEAKERS | {"ministry", "spokesman", "spokesperson", "spokeswoman", "service"}
CIVILIAN_SPEAKERS = {"civil", "right", "rights", "doctor", "medical", "health", "monitor", "observatory", "human",
                     "aid"}
# Subjects that are a side's own fighting forces ("Ukrainian troops", "units of the Southern group of forces").
FORCE_NOUNS = {"troop", "force", "unit", "soldier", "army", "military", "jet", "aircraft", "warplane", "defence",
               "defense", "defender", "fighter", "navy", "marine", "commando", "paratrooper", "brigade", "battalion",
               "regiment", "division", "battlegroup", "artillery", "gunship"}


def _self_report(reporting_verb: Token, content_head: Token) -> bool:
    """A party to the fighting reporting its own action: 'the army said it killed', 'Russia said its forces',
    'Ukrainian troops recaptured the village, the military said'.
    A force named with a side the speaker does not name ('Thai and Cambodian soldiers clashed, Thailand's army
    said') is not the speaker's own."""
    speaker = next((c for c in reporting_verb.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    speaker_words = {t.lemma_.lower() for t in speaker.subtree} | {speaker.lower_}
    is_party = bool(speaker_words & PARTY_WORDS) or speaker.ent_type_ in {"GPE", "NORP"}
    if not is_party:
        return False
    subject = next((c for c in content_head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    subject_words = {t.lower_ for t in subject.subtree}
    if subject_words & SELF_WORDS or subject.lemma_ == speaker.lemma_:
        return True
    speaker_sides = _sides(speaker)
    if not _is_military_institution(speaker, speaker_words) or speaker_sides and not _sides(subject) <= speaker_sides:
        return False
    if any(t.dep_ == "conj" for t in subject.children):
        return False  # "soldiers and gunmen exchanged fire": both sides, not one side's account of itself
    return any(t.lemma_.lower() in FORCE_NOUNS for t in subject.subtree)


def _is_military_institution(speaker: Token, speaker_words: set[str]) -> bool:
    """'the Russian defence ministry', 'Ukraine's General Staff', 'the military's media wing', 'the group'."""
    return speaker.lemma_.lower() in INSTITUTION_HEADS and bool(speaker_words & MILITARY_SPEAKERS) \
        and not speaker_words & CIVILIAN_SPEAKERS


def _sides(phrase: Token) -> set[str]:
    """The countries, peoples and organisations a phrase names, keyed loosely so that 'Ukraine' and 'Ukrainian'
    agree."""
    return {t.lower_[:4] for t in phrase.subtree
            if t.ent_type_ in {"GPE", "NORP", "ORG"} and t.pos_ in {"PROPN", "ADJ"}}


def classify_modality(trigger: Token | Span, sentence: Span, document: Document | None = None,
                      background_clauses: bool = True) -> str:
    """The modality of the event named by `trigger` in `sentence` (one of MODALITIES). With
    `background_clauses` off, an event in a positioning clause is read like any other (for an event the
    document also reports in its own right)."""
    head = trigger.root if isinstance(trigger, Span) else trigger
    chain = [t for t in _chain(head) if sentence.start <= t.i < sentence.end]
    clause = _clause(head)
    told_as_done = _names_past_event(head) or _subject_of_consequence(head)
    if not told_as_done and _is_hypothetical(clause):
        return "hypothetical"
    if _is_denied(head, clause, chain):
        return "denied"
    if not told_as_done and _is_future(head, clause, chain):
        return "future"
    if _is_historical(head, clause, chain, document, background_clauses):
        return "historical"
    return _claimed_or_reported(chain, sentence, head) or "asserted"
