"""Linking: give each event its date, place, counts and sources, and fold the
mentions of one event inside a document into one record.

In: an `Extraction` whose stages have run (places, dates, quantities,
attributions, bare event mentions) and the spaCy `Doc`. Out: the same
extraction, its events completed in place.

The steps, in order (`link_events`): each mention takes the date, place and counts its sentence's parse hangs on
it; mentions of one event are folded into clusters; days and counts told in sentences without an event go to the
cluster they refer back to, and counts that are no cluster's toll are dropped; each cluster takes its day (its
own, else inherited), then its place, counts and sources; the report's events are ordered as its news.

How arguments are chosen:
- a date, count or place in the event's own sentence belongs to the event whose
  governing verb it hangs from in the parse (so "strikes on Tuesday, after
  Russia retreated ... last week" gives each event its own date); a day told with more of the dead or wounded
  ("were killed and one was injured on Monday", "was killed on Sunday when troops shelled ...") dates their event;
  a day told between "the" and the event's noun ("the craters left by the Aug. 12 shelling") is that event's,
  however the parse reads the phrase;
- mentions of one event (same sub-event type, compatible date and place, or a definite reference such as "the missile
  strikes") are folded into one event (not an attack by the side the event struck, told in another town: "accused
  Ukrainian troops of shelling X", each side's own; nor a killing someone else than the event's attacker is accused
  of in another town, which counts no dead of the event told before it: "accused Ukraine of killing one in Y"; nor
  one placed in another town than the one an event whose sentences name no place is only guessed at from a speaker's
  title or a "Source: X City Council" line, however near: "a drone killed a driver in neighbouring Y"; nor one
  placed in a town told as lying some way off: "Kiev says fire killed a woman in Y, a few kilometres away");
  so is a lead placed only in a country (by its words, or by its
  sentence where that names no town) and a mention of its kind in the very next sentence placed inside that country,
  which names its scene, and a violent lead placed only in a region or country and told again by the same word ("an
  attack ... Rebels attacked the base") in the very next sentence, placed in a town there, whatever type each wording
  suggests (not under a headline), and a violent lead that struck a military site ("attacked a military camp") and
  a violent verb acting on that site told again ("stormed the base at X, firing mortars") in the very next sentence,
  whatever type its weapons suggest, which may narrow the lead's place, and a lead placed only by its dateline and
  told with neither day nor town as what its news followed ("put troops on the streets after a bombing") and the next
  mention of its kind that gives its day and a town of that country ("Friday night's blast in Davao City"),
  and one placed in "a village in" a region and a mention of its kind next placed in a town, which names the village,
  and one placed only by its bearing from a town ("an ambush in the hills south of X") and a mention of its kind in
  the very next sentence placed in a town that lies that way within a bearing's reach, the scene it pointed at,
  and one placed in "the capital of" a region and a mention of its kind next placed in a town there, which names
  the capital ("in the capital of China's Xinjiang region ... the assault on the market in Urumqi"),
  and one placed only in a well-known area at a spot it does not name ("an attack on a mountain resort in the Kurdish
  region") and a mention of its kind next placed in a town of that country whose sentence names the spot ("the Parkhi
  resort in the Zakho district"), and an attack placed only in a region and "one of" the weapons it was told with
  (or "a" weapon of that kind) hitting a town of that region in the sentence after it ("attacked the X region with
  missiles ... One of the missiles hit the town of Y", "... with drones. In Y, a drone hit a house"), which names its
  scene;
  "similar bombings" a group has carried out, like "a separate strike", are other occasions, never folded in;
  a bombing told in the next sentence as a suicide bombing is that bombing, which takes the finer type, and "the
  bombing" told in the sentence after a suicide bombing is that suicide bombing;
- an exchange of prisoners is placed where the report says its captives were handed over or arrived in the
  story's own country ("were taken to a hospital in the Chernihiv region"), not where they go next ("would be
  flown to Moscow");
- an event placed only in a region takes a town of that region: one the lead names after the dateline, then
  (under a dateline) one the sentence after it puts something in, then the dateline's own town, then one the
  event's other sentences or the body name ("PESHAWAR - ... a police station in the province ... The assailants
  fired at the station in X");
- an event told across a list of regions ("hit energy sites in the X, Y and Z regions") is placed in their
  country, not in the first region listed, nor (when the report tells the list) in its dateline's town;
- an event's place is the finest its mentions name: a district of the city another mention names ("the Kievsky
  district of Donetsk" beside "shells at Donetsk", as `places.told_as_district_of` reads it), a district over
  the well-known area that holds it; a town where only a share of the dead fell ("killed 15, most of them in
  Khartoum North") is no place of the whole event, nor is a town where someone condemned it ("In Abuja, the
  president condemned the killings") or spoke of it ("a spokesman told reporters in Maputo"), nor one named only to
  tell where a settlement already named lies ("ZHOVANKA ... this village north of Horlivka"), nor a town where a
  victim died in care, by whatever name ("in a hospital in X, the town called Y until 2016"); an event placed
  only in its country takes a region the body tells something happened in over the bureau of its dateline, whether
  that dateline opens the report or stands under its headline;
- an event with no date of its own takes that of the last event of its type,
  else of a sentence-mate, else the lead event's, else the publication date; the report's day is the lead's,
  else the one the opening of a "Details:" paragraph gives, else the first one told; a day told in a
  "Background:" paragraph belongs to the earlier events told there, and no event outside it inherits it (nor
  is an event told there with a day of its own folded into the news's, unless on the news's day);
  a day told in a clause of what the event set off ("was shot dead by police, sparking protests on Thursday")
  is the consequence's: neither the lead's day nor one its sentence-mates inherit;
  a day told as "last Friday", days before the lead's, dates an earlier occasion, not an undated event told
  before it; violence left with only the report's day takes the day a sentence just before names by its dead
  ("on Monday, when two medics were killed"), in the week before the report's;
  one told as still going on ("detonations continue"), or in the clause of its outbreak below the news ("deployed
  troops on Thursday after violence erupted, with mobs burning homes", whose day is the troops'), takes the day
  the report says it began ("the fire at the depot started on 26 September", "the clashes broke out on
  Wednesday"), and so does one told in a clause below that verb of beginning ("The raids started on Monday in
  hamlets where gunmen shot farmers"); the date of a dateline under a headline is the report's, not an event's,
  and a day owning a noun of another kind in the next sentence ("Yesterday's order to withdraw was met with
  scepticism") the order's; a day a sentence opens with ("In March last year, militants stormed a hotel, and dozens
  died in the siege") dates the clauses coordinated with the one it hangs on that tell no day of their own;
  one told beside a speaker's day takes the one earlier day the report gives to
  what it refers back to ("the attack on Friday", "The gunmen struck on Sunday"), or the day the next sentence
  gives what the attack broke in on ("The convoy was driving north on Monday when it was ambushed") or its
  attackers, named again in a town of its region ("The attackers stormed Zango late on Saturday"), or its target,
  named again as known ("An attack on a camp killed 29, the group said on Tuesday. ... the camp was hit late on
  Monday"), or, for violence, the day in the week before that a sentence soon after gives its dead, past a quote or
  a later death in care ("Sunday morning's blast killed 25"; not "In a separate attack, two were killed"), or the
  day in that week a sentence soon after gives the event's own verb where it found no event ("'He was detained on
  Monday in Lutsk,' the statement reads"; for an aircraft shot down, the day it "crashed"; not that verb told of
  another town, "Izium, which troops entered on Saturday"), or, where no event was
  found in the lead, the lead's day ("... violated the ceasefire 24 times yesterday, and one soldier was killed", then
  a quoted firefight the press centre told "on Wednesday", the report's day); a town taken "after fighting on
  Saturday", told on Sunday, takes the fighting's day, and one the next sentence says outright "took place",
  "happened" or "occurred" on a day ("The killings took place on April 7") takes it, however long before the
  speaker's day the news came; an event dated only by a bare "overnight" of the publication
  day takes the eve when the next two sentences say the night began then ("The gunmen came late on Sunday", "shortly
  before midnight on Sunday"), not where that eve is a statement's or a rite's, and violence so dated takes, up to
  three days back, the night one of the next two sentences names by its small hours for deaths in the event's town
  ("after two overnight attacks ..., the army said on Wednesday ... at X, where two soldiers were killed in the early
  hours of Monday": a follow-up report's "overnight"); violence with no day, whose report's
  first day is a speaker's or a claim's, takes the one day the report gives something told as coming "hours after the
  attack" ("struck camps late Friday, hours after the attack");
  violence dated by the day a siege of it ended or was still going on ("ended a 30-hour siege at the hotel early on
  Sunday", "were still battling gunmen holed up in the hotel on Saturday") takes the day, up to two before, that
  the report says the attack began ("The attack on the hotel began on Friday evening", "began the assault on
  Friday evening"), not a protest's or a fire's;
  violence told "hours after" which its sentence's day came ("reopened at dawn on Friday, hours after a bomber
  killed 30") takes the eve where a later sentence names it again in that eve's late hours ("Thursday evening's
  blast", "The ambush late on Thursday");
- the day of a verb tending to people hurt in an attack ("landed on Sunday to evacuate people wounded in a
  bombing") does not date the attack, nor does the day a victim died in care ("A man was killed at the scene,
  and a woman died in hospital overnight into Sunday"); of two days the parse hangs on one verb, the one told
  right after its subject dates the event that subject tells ("A man wounded in the bombing earlier this week
  died on Saturday");
- the day a source published images or footage ("on Monday published images of a depot hit by drones") is
  not the day of what they show; an event in a sentence opening "Earlier" and dated only by a period the report's
  day falls in ("Earlier in June, soldiers kidnapped ...") is background;
- "a week after gunmen killed ..." dates the killing a week before its clause's
  day (not "less than a week after"), and "reopened on Sunday, two days after the
  massacre" dates the massacre Friday (a month naming others inside the phrase, "the April victims", does not
  date it), as does "closed on Sunday, two days after Russian shelling killed ...",
  however the parse hangs the count, and so does a count opening its sentence ("A day after a bomb killed eight,
  schools stayed shut on Wednesday", from the day after its clause), and so is an event told in a "when" clause
  of the measured one ("a day after a teenager was killed when police fired on protesters"); "closed on Friday,
  days after gunmen attacked ..." dates the attack in the week before Friday; a day opening an event's compound
  ("the Monday night drone attack") dates that event, not the statement about it; the day of a funeral, a vigil
  (or a rite a rite word names: "a memorial prayer"), a silence kept "in memory of" the dead or the homecoming of
  their remains ("flew in on Saturday to receive the remains of four soldiers killed in a bombing") does not date
  the killing it mourns, nor does the day a mourning was
  declared, or the day declared one ("declared three days of mourning on Saturday after gunmen stormed a hotel",
  "declared Oct. 17 a day of mourning for those killed ... two days earlier") date the attack or serve
  as the report's day, unless the attack struck during the rite ("hit a cafe during a wake on Thursday"); violence
  told with no day inside a rite for its dead ("the funeral of five guards killed in an air strike") takes the day
  a later sentence says they were killed ("The five were killed on Saturday");
- a restatement the parse hangs on a speaker's day ("..., a governor said Friday, the deadliest attack in years")
  is not dated by it, while a that-clause the parse took for a relative one ("told a briefing that troops had
  entered X on Saturday") is what the speaker said; a day closing a run of deeds with one subject ("threw stones,
  burned cars and stormed shops on Monday") dates each; an undated past event in a clause the news is measured
  from ("two months after 100 people were killed there") is an earlier occasion, not the news's event;
- a relative clause on the event's actors tells what they did on another occasion ("troops, who went on the
  offensive last week, have retaken a village"): its day is not the event's;
- a day that owns the event's noun ("lowered on Tuesday the toll in Sunday's
  bombing") or tells since when it has gone on ("the explosions that had rocked the
  area since Tuesday night") dates it rather than the day of the verb above it;
- a habit told in a relative clause ("units that fight alongside the army") does
  not lead the report before a violent event that happened, nor does an aftermath (arrests, a truce) or, where
  its own sentence tells the violence it followed, another non-violent development ("withdrew the trade status
  it had granted, a day after a bombing killed 40"); nor does a march, a funeral or a vigil for the dead of
  violence the report tells ("marched on Friday, a day after a police raid left 28 dead"), whose violence takes
  the one earlier day the report gives it ("died in the raid on Thursday"), not the march's;
- a count in a sentence without an event ("one person has died from the
  missile strikes") goes to the event it refers back to, and so does a toll
  raised beside another event ("raised the toll to 16 and said 43 inmates were
  recaptured"); a count of dead "at the airfield" goes to the event done to the airfield ("took back an
  airfield"), not to the fighting told in between; a count of dead told right after a past event cited without a
  toll ("came hours after Russia launched a barrage on the city. Two people were killed") is that event's, and so
  is one told right after a violent event without a count of its kind placed where no other event is, rather than
  the headline's event its nouns recall ("The same night, drones struck the Moscow region. Officials said three
  people were killed"); the
  dead of a crash told on its own ("a police helicopter crashed, killing two") are no event's;
- a tally across a region or the front ("two soldiers were killed across the front") is no toll of one event; an
  event told with a region's tally of the day ("attacks on the oblast killed three over the past day") stays placed
  in the region, not in the town the report then names, and does not lead a report that tells an attack that
  happened; nor does violence told as done to several settlements of a region ("shelled border communities of the
  X region") lead a report that tells that day's violence in a town of that region; the dead a run of attacks
  "left" are none of one attack's;
  while a tally across the whole country ("the number killed in strikes across Ukraine has risen to 19") stays the
  toll of an event first told over the country, even where a later sentence about it places it in a town ("In
  Kyiv, a missile hit a park"): the barrage's dead, which the report tells as the country's; nor is a
  toll broken down by scene ("killed 11, including six at a park") when the event's own count is that part;
- the surest violent event of each type, told without dead, takes the toll of another violent event of the same
  incident (its place, within a day) that the wording gave the dead to ("four died after a mob stormed the
  Capitol" beside "as rioters tried to break through"); a change of territory only where it is the report's surest
  violent event;
- a higher death toll that another source gives later ("a monitoring group
  said 25 were killed") does not raise the figure of the event's first sentence
  (ACLED's lowest credible figure), unless it is told as risen or updated, as a new total ("bringing the
  death toll to four"), as it stood at a later moment ("stood at 11 by Tuesday morning") or as the speaker's
  correction of a first figure ("had first said 35 ..."), while that first
  figure itself ("channels had initially reported three deaths") never does;
- sources are the attributions whose content covers one of the event's sentences;
- a lead that denies a claim ("rejected a claim that troops had captured the village") gives first place to the
  claim, where the report tells it too of the same kind and place, as the report's main event;
- a roundup of bullet points has no lead: its first event told as one happening (with its dead, or with a day and
  a scene of its own) is its main event; a first event told as a practice going on ("we are arresting people who
  ...") with no day gives first place to an event that happened on a day its own sentence gives;
- a report titled by what befell a killer ("Gunman who killed two fans shot dead by police") that opens with violence
  (the killer's own death) and tells violence of that type at that place on an earlier day gives first place to
  that earlier violence: the killing the title recalls is the report's news, the killer's fate a day later is not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import takewhile

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps import datelines
from sitreps.actors import ARMED_SIDE_KINDS, RESPONSIBILITY_NOUNS, actor_from_token, cause_phrase, in_cause_phrase
from sitreps.attribution import cue_kind, source_label
from sitreps.dates import WEEKDAY
from sitreps.events import (
    AFTERMATH_TYPES,
    AIRCRAFT,
    AIRLINER_WORDS,
    ATTACKER_NOUNS,
    DISASTER_CUES,
    FIGHT_WORDS,
    HARM_VERBS,
    MISHAP_NOUNS,
    NOT_HAPPENED,
    RUN_NOUNS,
    SETTING_OFF_VERBS,
    TERRITORY_TYPES,
    names_a_weapon,
    tells_vehicle_mishap,
    trigger_index,
)
from sitreps.gazetteer import haversine_km
from sitreps.modality import SEQUENCE_PREPOSITIONS as TIME_PHRASE_PREPOSITIONS
from sitreps.models import (
    POLITICAL_VIOLENCE_TYPES,
    Attribution,
    DateValue,
    EventMention,
    Extraction,
    Place,
    Quantity,
    Span,
)
from sitreps.nlp import char_span_root, doc_text, load_nlp, previous_in_paragraph
from sitreps.places import (
    ANCHOR_PREFIX,
    ANOTHER_STORY_OPENER,
    BEARING_MAX_KM,
    BROUGHT_TO_BEFORE,
    CARE_NOUNS,
    CONTAINER_GAP,
    TOLD_AS_AWAY,
    bearing_degrees,
    bearing_of_town_told_before,
    beside_border,
    bureau_starts,
    can_be_scene,
    clause_about_a_person,
    country_of,
    in_aside_clause,
    in_district_list,
    journey_end,
    lies_toward,
    listed_regions,
    listed_with,
    locate_event,
    location_of,
    main_country,
    measured_clause,
    measures_time_from,
    names_unknown_settlement,
    place_acts,
    told_as_district_of,
    told_as_journey_end,
    told_as_share_of_dead,
    told_of_an_earlier_occasion,
    where_hurt_were_taken,
    where_speaker_spoke,
)
from sitreps.quantities import ORDINAL_COUNTS, PAST_DAY, TOLL_NOUNS, UNITS, fatalities_from, says_past_day
from sitreps.speech import (
    CLAIMING_VERBS,
    CONFIRMING_VERBS,
    REPORTING_VERBS,
    SELF_POSSESSIVES,
    SELF_SUBJECTS,
    STANCE_VERBS,
    WRITING_VERBS,
)

UNASSERTED = {"historical", "future", "hypothetical", "denied"}
# Developments that are violence of their own (an interception, a looting), not a response to the violence told.
VIOLENT_DEVELOPMENTS = {"Disrupted weapons use", "Looting/property destruction"}
# Nouns that refer back to an attack already reported ("the strikes", "the attacks").
ATTACK_NOUNS = {"strike", "attack", "airstrike", "barrage", "bombardment", "shelling", "bombing",
                "raid", "assault", "blast", "explosion", "wave"}
# Nouns for events and occasions: a day that owns one ("Saturday's explosion", "Monday's talks") dates it
OCCASION_NOUNS = ATTACK_NOUNS - {"wave"} | {
    "offensive", "operation", "fighting", "clash", "battle", "protest", "rally", "march", "demonstration", "riot",
    "talks", "meeting", "summit", "vote", "election", "statement", "announcement", "decision", "deal", "agreement",
    "incident", "killing", "shooting", "massacre", "fire", "crash", "collapse", "ceremony", "visit", "speech",
    "address", "report", "briefing", "update", "toll", "release", "exchange", "swap", "withdrawal", "capture",
    "violence", "unrest", "bloodshed", "siege", "ambush", "rampage"}
# Of those, the occasions of violence: a day owning one in the lead ("the toll from Friday's violence has risen")
# is the day of the lead's event, whatever verb of statement or update the sentence hangs it on
VIOLENCE_OCCASIONS = ATTACK_NOUNS - {"wave"} | {
    "fighting", "clash", "battle", "riot", "massacre", "killing", "shooting", "violence", "unrest", "bloodshed",
    "siege", "ambush", "rampage"}
# gatherings held at a set time, whose day is the day of what happened during them ("during Sunday evening mass")
WORSHIP_TIMES = {"mass", "prayer", "service", "sermon", "liturgy", "worship", "iftar", "vespers"}
WEAPON_NOUNS = {"missile", "rocket", "drone", "shell", "bomb", "projectile", "munition"}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
DEFINITE_DETERMINERS = {"the", "these", "those", "this", "that", "such"}
# Which events a count can belong to, by the count's kind.
_HARM = ("killed", "injured", "missing", "buildings_hit", "infrastructure_hit", "missiles_launched",
         "drones_launched")
QUANTITY_AFFINITY: dict[str, set[str]] = {
    "missiles_intercepted": {"Disrupted weapons use"},
    "drones_intercepted": {"Disrupted weapons use"},
    "arrested": {"Arrests", "Protest with intervention"},
    "participants": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                     "Violent demonstration", "Mob violence"},
    **{what: VIOLENT_TYPES for what in _HARM},
    # people killed or hurt when police broke up a protest are that event's casualties
    **{what: VIOLENT_TYPES | {"Protest with intervention", "Excessive force against protesters"}
       for what in ("killed", "injured")},
}
# Nouns by which a later sentence refers back to an event of a sub-event type.
_ATTACK_REFERENCES = ATTACK_NOUNS | {"bombardment", "barrage", "salvo"}
_TERRITORY_REFERENCES = {"retreat", "withdrawal", "pullout", "setback", "loss", "defeat", "liberation",
                         "recapture", "capture", "fall"}
# "The fighting began on Tuesday morning" after "A battle between rival gangs ... killed 116"
_CLASH_REFERENCES = {"fighting", "battle", "clash", "firefight", "gunfight", "skirmish", "shootout", "combat"}
REFERENCE_NOUNS = {
    "Armed clash": _CLASH_REFERENCES,
    "Shelling/artillery/missile attack": _ATTACK_REFERENCES,
    "Air/drone strike": _ATTACK_REFERENCES,
    "Non-violent transfer of territory": _TERRITORY_REFERENCES,
    "Government regains territory": _TERRITORY_REFERENCES,
    "Non-state actor overtakes territory": _TERRITORY_REFERENCES,
}
# Sub-event types and the more specific ones a next sentence may tell the same event as.
REFINES = {"Remote explosive/landmine/IED": {"Suicide bomb"}}
# Verbs of speaking, whose date is the day the speaker spoke: an event they report with no day of its own
# happened by then.
SPEECH_VERBS = REPORTING_VERBS | CLAIMING_VERBS | CONFIRMING_VERBS | WRITING_VERBS | {"speak"}
# Verbs whose date is that of a statement or a toll update, not of the event reported:
# "the toll from the strike rose to 19 on Sunday", "officials said on Thursday", "the US on Thursday condemned the
# killings" (Thursday's reaction), "relatives on Tuesday named a student killed when a strike hit ...".
STATEMENT_VERBS = SPEECH_VERBS | STANCE_VERBS | {"acknowledge", "admit", "comment", "brief"} \
    | {"rise", "climb", "reach", "stand", "increase", "update", "revise", "put"} \
    | {"mourn", "bury", "commemorate", "identify", "name"} \
    | {"denounce", "decry", "deplore", "criticise", "criticize", "slam"}
# Verbs that only time another ("continued to blame"): the other verb says what the day is of.
ASPECT_VERBS = {"continue", "keep", "begin", "start", "go"}
# What a body confirms by a formal act, not by a statement: "Congress confirmed Biden's win early Thursday".
RATIFIED_OUTCOMES = {"win", "victory", "appointment", "nomination", "result", "election"}
# Verbs that put out the medium a speaker spoke in: "said in an audio message released late on Friday".
PUBLISHING_VERBS = {"release", "publish", "post", "issue", "air", "broadcast", "upload"}
# Words that make a date inside their phrase a point of comparison, not the event's date.
COMPARISON_WORDS = {"since", "than", "like", "unlike"}


def _dates_speakers_medium(verb: Token) -> bool:
    """Whether the verb puts out the message a speaker spoke in, so that its day is the speaker's: "released" of
    "said in an audio message released late on Friday", "posted" of "wrote in a video posted on Sunday"."""
    medium = verb.head
    return verb.dep_ == "acl" and verb.lemma_.lower() in PUBLISHING_VERBS and medium.dep_ == "pobj" \
        and medium.head.dep_ == "prep" and medium.head.head.lemma_.lower() in SPEECH_VERBS


def _speaks(verb: Token) -> bool:
    """Whether the verb tells a speaker's statement, whose day is the day they spoke: not a speech verb whose object
    is an outcome the subject ratified ("confirmed Biden's win")."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return _dates_speakers_medium(verb)
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in RATIFIED_OUTCOMES for c in verb.children)


def _publishes(verb: Token, date_root: Token) -> bool:
    """Whether the day is told before a publishing verb and so is its own: "on Monday published footage of ...",
    not "published footage of a column ambushed on Sunday", where the parse may hang the ambush's day on the verb."""
    return verb.lemma_.lower() in PUBLISHING_VERBS and date_root.i < verb.i


def _marks_comparison(token: Token) -> bool:
    """A word that opens a phrase of comparison: "since", "than", or "after" and "before" measured in days or more
    ("two days after a strike on a mall killed 18": the occasion the news is dated from)."""
    return token.lower_ in COMPARISON_WORDS or measures_time_from(token)


@dataclass
class _Mention:
    event: EventMention
    sentence: SpacySpan
    governor: Token
    own_date: DateValue | None = None
    own_location: dict | None = None
    fallback_location: dict | None = None
    # the place its sentence names where it has none of its own, not one in a speaker's name or title
    sentence_location: dict | None = None
    # placed only by the dateline's town or by a country while its sentence names a scene the gazetteer lacks
    # ("Niamey (AFP) - ... an assault on a camp in <unknown village>, in western Niger"): its town is unknown, and
    # a later mention placed in a region of that country may be it
    scene_unknown: bool = False
    # placed only by the dateline, its sentence naming no scene: "KYIV (Reuters) - Rockets killed 12 soldiers at a
    # camp near the border ..." is filed from the capital; the next mention of its kind, placed, may say where
    dateline_only: bool = False
    # its sentence names a town or site (after the dateline), whatever event that town is the scene of
    sentence_names_town: bool = False
    quantities: list[Quantity] = field(default_factory=list)


@dataclass
class _Cluster:
    mentions: list[_Mention]

    @property
    def head(self) -> _Mention:
        return self.mentions[0]

    @property
    def event(self) -> EventMention:
        return self.head.event

    def date(self) -> DateValue | None:
        """The finest date its mentions give, the earliest told on a tie: a restating sentence's "this year" does
        not replace the day the report gives."""
        dated = [m.own_date for m in self.mentions if m.own_date]
        # a calendar day told for a night ("an overnight attack ... late on Wednesday, March 8") is that night's
        return min(dated, key=lambda d: (PRECISION_ORDER.get(d.precision, 9),
                                         " ".join(d.text.lower().split()) in NIGHT_WORDS)) if dated else None

    def location(self) -> dict | None:
        """The most precise place any of its mentions names ("Kyiv" over "Ukraine"), the first of equals; a city's
        district that another mention names is finer than the city, though told at precision 2."""
        own = [m.own_location for m in self.mentions if m.own_location]
        if not own:
            return None
        best = min(own, key=lambda loc: (loc.get("geo_precision") or 3, _place_rank(loc)))
        return self._district_of(best) or best

    def _district_of(self, city: dict) -> dict | None:
        """A district of `city` named by one of the mentions ("shelled the Kievsky district of Donetsk" beside
        "fired shells at Donetsk")."""
        text = doc_text(self.head.sentence.doc)
        return next((m.own_location for m in self.mentions
                     if m.own_location is not None and told_as_district_of(text, m.own_location, city)), None)


# narrowest first: a well-known area (Kashmir, Donbas, Darfur) spans districts
_PLACE_KINDS = ("city", "facility", "admin2", "area", "admin1", "country")


def _place_rank(location: dict) -> int:
    kind = (location.get("place") or {}).get("kind")
    return _PLACE_KINDS.index(kind) if kind in _PLACE_KINDS else len(_PLACE_KINDS)


def _root_of(doc: Doc, start: int, end: int) -> Token | None:
    return char_span_root(doc, start, end)


def _governor(token: Token) -> Token:
    """The nearest full verb at or above `token` (or the sentence root), but the speaker's verb for a phrase the
    parse hangs on the reported clause while it stands between the two: "said on Tuesday it had taken the town"."""
    current = token
    while current.pos_ != "VERB" and current.head.i != current.i:
        current = current.head
    return _speaker_of_phrase(token, current) or _clause_of_misread_object(token, current) or current


def _clause_of_misread_object(token: Token, verb: Token) -> Token | None:
    """The clause a speech verb's parenthetical follows, when the parse takes that clause's object for the
    speaker: in "the raid killed 12 people, a nurse said", "12 people" is the subject of "said" and "a nurse"
    its apposition."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.dep_ != "parataxis" or token == verb:
        return None
    phrase = next((t for t in (token, *token.ancestors) if t.head == verb), None)
    if phrase is None or phrase.dep_ != "nsubj" or not any(c.dep_ == "appos" for c in phrase.children):
        return None
    return verb.head if verb.head.pos_ == "VERB" else None


def _speaker_of_phrase(token: Token, verb: Token) -> Token | None:
    """The speech verb that a phrase of `verb`'s reported clause directly follows, when the phrase ends before the
    clause's subject: "on Tuesday" of "The group said on Tuesday it had taken the town on Monday"."""
    speaker = verb.head
    if verb.dep_ != "ccomp" or speaker.lemma_.lower() not in SPEECH_VERBS or token == verb:
        return None
    phrase = next((t for t in (token, *token.ancestors) if t.head == verb), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if phrase is None or phrase.dep_ not in {"prep", "npadvmod"} or subject is None:
        return None
    return speaker if phrase.left_edge.i == speaker.i + 1 and phrase.right_edge.i < subject.left_edge.i else None


def _owns_violence(date_root: Token, occasions: set[str] = VIOLENCE_OCCASIONS) -> bool:
    """A day that owns an occasion of violence: "Friday's violence", "Sunday's bombing" (of `occasions`)."""
    return date_root.dep_ == "poss" and date_root.head.lemma_.lower() in occasions


def _affine(mention: _Mention, what: str) -> bool:
    allowed = QUANTITY_AFFINITY.get(what)
    return allowed is None or mention.event.sub_event_type in allowed or mention.event.event_type in allowed


def _is_headline(sentence: SpacySpan) -> bool:
    """A title line above the body: no closing punctuation, a line break after it. The whole line counts, so
    both halves of "Glide bomb attack on Slatyne: death toll rises to two" are the title."""
    text = doc_text(sentence.doc)
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    line_end = text.find("\n", sentence.start_char)
    line = text[line_start:line_end].strip() if line_end != -1 else ""
    return bool(line) and line[-1] not in '.!?"\'”’:'


def _in_who_clause_apart(verb: Token, trigger: Span) -> bool:
    """Whether the verb heads a "who" clause about people that does not hold the event's trigger."""
    return verb.dep_ == "relcl" and any(c.lower_ in {"who", "whom"} for c in verb.children) \
        and not verb.left_edge.idx <= trigger.start < verb.right_edge.idx + len(verb.right_edge)


# "two men suspected of killing ...", "a man accused of ...", "a gunman wanted for ...": what someone did, told of them
DEED_OF_SOMEONE_LEMMAS = {"suspect", "accuse", "want", "charge", "convict"}


# Verbs of a hunt for people: whom troops search for or arrest did their deed before the hunt.
PURSUIT_LEMMAS = {"search", "hunt", "seek", "pursue", "chase", "track", "comb", "arrest", "detain", "catch"}


def _past_deed_of_someone(root: Token, mention: _Mention, governor: Token) -> bool:
    """Whether the event is told as the past in a clause describing someone, "who ..." or "suspected of ...", a
    clause the date stands outside of: "police on Wednesday questioned relatives of the man who killed four people",
    "troops on Sunday caught two men suspected of killing three" (the day of the questioning, of the catch). The
    deed of people hunted is past however it is told: "troops searched on Friday for the rebels who killed 18"."""
    if mention.event.modality != "historical" and not _hunts_for_doers(governor):
        return False
    event = _root_of(root.doc, mention.event.trigger.start, mention.event.trigger.end)
    clause = next((t for t in (event, *event.ancestors) if _describes_someone(t)), None) if event is not None else None
    return clause is not None and root not in clause.subtree


def _hunts_for_doers(verb: Token) -> bool:
    """Whether the verb hunts people its clause describes by a deed: "searched on Friday for the rebels who killed
    18 soldiers" (the hunt's day, later than the deed)."""
    return verb.lemma_.lower() in PURSUIT_LEMMAS and any(_describes_someone(t) for t in verb.subtree if t != verb)


def _describes_someone(token: Token) -> bool:
    """ "who killed four" (a "who" clause), "suspected of killing three" (a participle on a noun)."""
    if token.dep_ == "relcl":
        return any(c.lower_ in {"who", "whom"} for c in token.children)
    return token.dep_ == "acl" and token.lemma_.lower() in DEED_OF_SOMEONE_LEMMAS


def _dates_something_else(root: Token, mention: _Mention) -> bool:
    """True for a date that dates something else than this event: "Oct. 10" in "the largest since Russia's
    Oct. 10 campaign" (unless the event is the campaign itself), "Saturday's" in "a response to Saturday's
    explosion", "on Sunday" in "the toll from the strike rose to 19 on Sunday"."""
    trigger = mention.event.trigger
    if root.dep_ in {"poss", "compound", "nmod"}:
        # "Saturday's strike" and "the July 31 missile attack" date the attack; "Saturday's explosion" dates
        # another noun's event.
        head = root.head
        while not trigger.start <= head.idx < trigger.end and head.dep_ in {"compound", "nmod"} \
                and head.head.pos_ == "NOUN":
            head = head.head
        # "Thursday's missile and drone attack", which the parse coordinates as "missile" and "attack"
        if any(trigger.start <= t.idx < trigger.end for t in (head, *head.conjuncts)):
            return False
        # "Friday's truck bomb attack": the trigger a noun that names the dated noun's own kind of event
        if any(trigger.start <= t.idx < trigger.end for t in _noun_modifiers(head)):
            return False
        # another event's day ("Saturday's explosion"), but the time of the clause when what it owns is no
        # event: "the drone struck the mosque as worshippers gathered for Friday's dawn prayer", "opened fire on
        # worshippers during Sunday evening mass"
        if root.dep_ == "compound" and head.lemma_.lower() in WORSHIP_TIMES:
            return False
        return root.dep_ != "poss" or head.lemma_.lower() in OCCASION_NOUNS or head.pos_ != "NOUN"
    if _bounds_a_superlative(root) or _bounds_an_ordinal(root):
        return True
    governor = _governor(root)
    if _ends_what_began_on_a_day(governor):
        return True  # "the fighting, which began on Saturday and ended on Sunday": the day it began is its day
    if _died_in_care(governor) and root.i > governor.i and not trigger.start <= governor.idx < trigger.end \
            and not SAME_DAY.search(root.sent.text[root.left_edge.idx - root.sent.start_char:]):
        # "and a woman died in hospital overnight into Sunday": the wounded died later than the attack, unless
        # told the same day ("died in hospital later that day"); a day before the verb is the parse's slip:
        # "injured when drones hit the town overnight on Sunday died in ..."
        return True
    branch = _branch_under(root.doc, trigger.start, governor)
    if branch is not None and root not in branch.subtree and _days_either_side(governor, branch, trigger):
        # "on Friday opened an inquiry into the attack ... on Tuesday night": a verb has one day, the one told
        # before the event; the other the parse hangs on it is the event's
        return root.idx < trigger.start
    if _mourned_in(root, trigger) or _dates_a_rite(root, trigger):
        return True
    if _dates_a_reaction(governor) and trigger.start not in {t.idx for t in governor.subtree}:
        return True  # "a bombing that killed 15, as nationalists held a strike on Thursday to protest the attack"
    if _dates_act_of_the_harmeds_kin(root, trigger, governor):
        return True  # "relatives of the two people killed in the assault demanded on Sunday an inquiry"
    if _in_who_clause_apart(governor, trigger) or _past_deed_of_someone(root, mention, governor):
        return True  # "Troops, who went on the offensive last week, have taken X": the troops' past, not the taking
    if _outbreak_clause_holding(governor, trigger) is not None:
        return True  # "deployed troops on Thursday after violence erupted, with mobs burning homes": the troops' day
    if _reinforces_after(governor, trigger):
        return True  # "sent 300 soldiers to the town on Monday after gunmen killed seven": the soldiers' day
    if _orders_measures_after(governor, trigger) and root.idx < trigger.start:
        return True  # "on Monday ordered tighter security after a second bombing": the order's day
    if _takes_up_inquiry_into(governor, trigger) and root.idx < trigger.start:
        return True  # "prosecutors on Saturday took over the investigation into a knife attack": the inquiry's day
    if _inspects_its_traces(governor, trigger):
        return True  # "monitors on Dec. 7 inspected the craters left by rockets that killed two": the visit's day
    if _finds_remains(governor) and not trigger.start <= governor.idx < trigger.end:
        return True  # "the bodies of the missing guards were recovered on Monday": the day they were found
    if governor.lemma_.lower() in SEQUENCE_VERBS and _told_by_subject(governor, trigger.start) \
            and not _told_by_subject(governor, root.idx):
        return True  # "The attack followed Israeli strikes on two schools on Thursday": the strikes' day
    if _tells_aftermath(governor) and root.lower_ in {"earlier", "before", "ago"}:
        return False  # "held a day of mourning for those killed when a shell hit a farm, three days earlier"
    if _publishes(governor, root) and governor.idx < trigger.start:
        return True  # "on Monday published images of a depot hit by drones": the day the images came out
    if _states(governor) and not trigger.start <= governor.idx < trigger.end:
        # ... unless it stands in the phrase that holds the event ("condemned the killing of 15 protesters a
        # day earlier") or between the event and the update verb: "the toll from the strike on Friday has
        # risen to 23", where the parse hangs "on Friday" on the verb.
        branch = _branch_under(root.doc, trigger.start, governor)
        if branch is None:
            return True  # a statement about the event from outside its clause: "in what Tusk on Monday called"
        if branch == root and _restated_beside_day(root, trigger):
            return True  # "..., the governor said Friday, the deadliest attack in years": the news, not Friday's
        if root in branch.subtree and _speaker_of_phrase(root, branch) is None:
            return False  # (not "said on Sunday it had captured the town", which the parse hangs on "captured")
        if root.idx < trigger.start < governor.idx:
            return False  # "Hours earlier, a missile hit the port, the governor said": the parse hangs it on "said"
        return not trigger.end <= root.idx < governor.idx
    sequence = _sequence_phrase(root)
    if sequence is not None and not sequence.left_edge.idx <= trigger.start <= sequence.right_edge.idx:
        return True  # "keep pushing forward after the fall of Avdiivka last month": the fall's month
    comparison = _comparison_phrase(root)
    if comparison is None:
        return False
    # the phrase begins at its word of comparison: "in the deadliest day of protests since the military took power
    # on Oct. 25", which the parse may hang on "took", tells the protests before "since"
    marker = comparison if comparison.dep_ in {"prep", "mark"} and _marks_comparison(comparison) else next(
        c for c in comparison.children if c.dep_ == "mark" and _marks_comparison(c) and c.i < root.i)
    return not (marker.idx <= trigger.start and trigger.start in {t.idx for t in comparison.subtree})


def _ends_what_began_on_a_day(verb: Token) -> bool:
    """Whether the verb ends what a verb of beginning before it in the sentence gives a day or time of its own:
    "ended on Sunday" in "the fighting, which began at dawn on Saturday and ended on Sunday" dates the end."""
    return verb.lemma_.lower() in ENDING_VERBS and any(
        token.lemma_.lower() in ONSET_VERBS and token.pos_ == "VERB" and any(
            d.ent_type_ in {"DATE", "TIME"} and d.i < verb.i for d in token.subtree)
        for token in verb.sent if token.i < verb.i)


def _bounds_a_superlative(root: Token) -> bool:
    """Whether the date bounds the span a superlative ranks over rather than dating an event: "this year" in "one
    of the deadliest attacks this year", "this month" in "the worst bombing in the capital this month"."""
    ranked = root.head
    return root.dep_ == "npadvmod" and ranked.pos_ == "NOUN" and any(
        modifier.dep_ == "amod" and (modifier.tag_ == "JJS" or any(c.lower_ == "most" for c in modifier.children))
        for modifier in ranked.children)


def _bounds_an_ordinal(root: Token) -> bool:
    """Whether the date bounds the span an ordinal counts occasions over rather than dating an event: "this week"
    in "It is the second deadly attack on the town this week", which the parse may hang on the copula."""
    if root.dep_ != "npadvmod":
        return False
    ranked = [root.head] if root.head.pos_ == "NOUN" else [c for c in root.head.children if c.dep_ == "attr"]
    return any(word.ent_type_ == "ORDINAL" for noun in ranked if noun.pos_ == "NOUN"
               for modifier in noun.children if modifier.dep_ in {"amod", "advmod"}
               for word in (modifier, *modifier.children))


def _restated_beside_day(root: Token, trigger: Span) -> bool:
    """Whether the event's noun heads an apposition the parse hangs on a speaker's day, where it restates the news
    told before the speaker ("the deadliest single attack on the army" after "said Friday,")."""
    event = _root_of(root.doc, trigger.start, trigger.end)
    return event is not None and event.dep_ == "appos" and event.head == root


def _days_either_side(verb: Token, branch: Token, trigger: Span) -> bool:
    """Whether the parse hangs a day on the verb both before and after the event its branch holds (a dateline's
    day is the report's, not the verb's)."""
    filed_at = datelines.dateline_end(doc_text(verb.doc))
    days = [t for t in verb.subtree if t.ent_type_ == "DATE" and t.idx >= filed_at and t not in branch.subtree
            and _governor(t) == verb]
    return any(t.idx < trigger.start for t in days) and any(t.idx >= trigger.end for t in days)


# Verbs of a clause telling people by what an event did to them ("the people killed in the assault").
HARMED_CLAUSE_VERBS = {"kill", "wound", "injure", "hurt", "die"}


def _dates_act_of_the_harmeds_kin(root: Token, trigger: Span, governor: Token) -> bool:
    """Whether the day hangs on a verb whose subject holds the event only in a clause telling people it harmed
    ("relatives of the two people killed during the assault demanded on Sunday an inquiry", "families of those
    wounded in the shelling gathered on Monday"): the day of what the subject did, later than the event. A day told
    before the verb, in the subject's stretch, is the subject's clause's even where the parser hung it on the verb
    ("the number of people killed when a shell hit the school on Friday rose to nine")."""
    event = _root_of(root.doc, trigger.start, trigger.end)
    subject = next((c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if event is None or subject is None or root in subject.subtree or event not in subject.subtree \
            or root.i < governor.i or governor.lemma_.lower() in HARMED_CLAUSE_VERBS \
            or _after_the_event_named_again(root, governor):
        return False  # (the wounded who "died in hospital later that day" died of the event, on its toll's day)
    return any(t.dep_ in {"acl", "relcl"} and t.lemma_.lower() in HARMED_CLAUSE_VERBS
               for t in event.ancestors if t in subject.subtree)


def _after_the_event_named_again(root: Token, verb: Token) -> bool:
    """Whether the day follows the verb's object, which names the attack again ("demanded an inquiry into the raid,
    in the night from Wednesday to Thursday"): the day of the attack so named."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return thing is not None and root.i > thing.right_edge.i \
        and any(t.lemma_.lower() in ATTACK_NOUNS for t in thing.subtree)


def _dates_a_reaction(verb: Token) -> bool:
    """Whether the verb heads an "as" or "while" clause of its own subject that answers an attack it names again
    ("as nationalists held a strike on Thursday to protest the attack"): its day is the answer's, later than the
    attack's."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"as", "while"} for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) and any(
            t.lemma_.lower() in ATTACK_NOUNS and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                                     for c in t.children) for t in verb.subtree)


def _tells_consequence(verb: Token) -> bool:
    """Whether the verb heads a clause telling what the event of its governing clause set off ("..., sparking
    protests on Thursday", "..., which prompted a curfew on Friday"): its day is the consequence's, which may
    come days after the event."""
    if verb.lemma_.lower() not in SETTING_OFF_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG"
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children)


def _sequence_phrase(root: Token) -> Token | None:
    """The "after" or "since" phrase naming an occasion that a date stands in or closes, if any: "after" of "after
    the fall of Avdiivka last month", a month the parse may hang on the verb the phrase belongs to."""
    inside = next((a for a in root.ancestors if a.dep_ == "prep" and a.lower_ in SEQUENCE_PREPOSITIONS), None)
    if inside is not None:
        return inside if _names_occasion(inside) else None
    first = (root.head if root.dep_ == "pobj" else root).left_edge  # "in" of "in May"
    if first.i == 0:
        return None
    before = root.doc[first.i - 1]
    return next((a for a in before.ancestors if a.dep_ == "prep" and a.lower_ in SEQUENCE_PREPOSITIONS
                 and a.right_edge == before and _names_occasion(a)), None)


def _names_occasion(preposition: Token) -> bool:
    """Whether the preposition's object is a noun of an occasion, not a time: "after the fall", not "since 2014"
    nor "before dawn"."""
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ not in {"DATE", "TIME"}
               and c.lemma_.lower() not in TIMES_OF_DAY for c in preposition.children)


def _mourned_in(root: Token, trigger: Span) -> bool:
    """Whether the event is told inside a rite for its dead that the day dates: "gathered on Tuesday for the funeral
    of a priest killed by gunmen" (the day of the funeral, not of the killing)."""
    event = _root_of(root.doc, trigger.start, trigger.end)
    rites = [a for a in (event.ancestors if event is not None else ()) if _is_rite_noun(a)]
    return any(root not in rite.subtree for rite in rites)


def _dates_a_rite(root: Token, trigger: Span) -> bool:
    """Whether the day hangs on a rite for the dead that does not hold the event: "declared three days of mourning
    on Saturday after gunmen stormed a hotel" (the day the mourning was declared or began, not the attack's)."""
    rite = _dated_rite(root)
    if rite is None:
        return False
    # (a rite the event's clause holds is its time: "a missile hit a cafe during a wake on Thursday")
    event = _root_of(root.doc, trigger.start, trigger.end)
    if event is not None and event in rite.ancestors:
        return False
    # (what the rite is coordinated with shares its day: "declared a state of emergency and three days of mourning")
    return not any(trigger.start <= t.idx < trigger.end for noun in (rite, *rite.conjuncts) for t in noun.subtree)


def _dated_rite(root: Token) -> Token | None:
    """The noun of a rite for the dead that the day hangs on, or that is the object of the verb it hangs on: "days"
    of "three days of mourning on Saturday", "day" of "held a day of mourning 20 May"."""
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if head == root or root.lower_ in {"earlier", "before", "ago"}:
        return None  # (a gap back from the rite dates what it mourns: "held a day of mourning ..., three days earlier")
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj"
                                                 or _describes_day(c, root)]
    return next((noun for noun in nouns if _names_rite(noun)), None)


def _describes_day(noun: Token, date_root: Token) -> bool:
    """Whether the noun opens a phrase right after the day (set off, or its complement) that says what the day
    was, which the parse hangs on the verb: "the last" of "flags flew on Monday, the last of three days of
    mourning", "day" of "declared Friday a day of mourning"."""
    after = date_root.right_edge.i + 1
    set_off = after < len(noun.doc) and noun.doc[after].text == "," and noun.left_edge.i == after + 1
    return noun.dep_ in {"appos", "npadvmod", "dep", "oprd"} and (set_off or noun.left_edge.i == after)


def _names_rite(noun: Token, depth: int = 2) -> bool:
    """Whether the noun, or what it is "of" (or what that is of), is a rite for the dead: "a funeral", "a day of
    mourning", "the last of three days of mourning", or a noun a rite word qualifies: "a memorial prayer", "a funeral
    procession"."""
    if noun.lemma_.lower() in RITE_NOUNS or noun.lower_ in RITE_NOUNS:  # ("mourning" read as a verb)
        return True
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in RITE_NOUNS for c in noun.children):
        return True
    return depth > 0 and any(_names_rite(o, depth - 1) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")


SEQUENCE_VERBS = {"follow", "precede"}
# How far before an undated event's sentence a day told by its dead may lie (characters: a paragraph or so).
DEAD_DAY_REACH = 600
# Rites held for the dead after their killing: a day that dates one does not date the killing it names.
RITE_NOUNS = {"funeral", "burial", "memorial", "vigil", "wake", "commemoration", "mourning", "memory", "coffin",
              "casket"}
# Verbs of finding the dead, whose day is the day the remains were found, not the day of the killing.
DISCOVERY_VERBS = {"find", "recover", "discover", "retrieve", "exhume", "locate", "uncover"}
REMAINS_NOUNS = {"body", "corpse", "remains"}


# verbs by which people look over what an event left: "monitors inspected the craters left by rockets"
INSPECTION_VERBS = {"inspect", "examine", "survey"}


def _inspects_its_traces(verb: Token, trigger: Span) -> bool:
    """Whether the verb tells people looking over what the event left, the event told within its object ("monitors
    on Dec. 7 inspected the craters left by rockets that killed two"): the day of the visit, not the event's."""
    return verb.lemma_.lower() in INSPECTION_VERBS and any(
        c.dep_ == "dobj" and c.left_edge.idx <= trigger.start <= c.right_edge.idx for c in verb.children)


def _finds_remains(verb: Token) -> bool:
    """Whether the verb tells the finding of the dead ("the bodies were recovered", "villagers found the corpses"),
    whose day is not the day they were killed."""
    return verb.lemma_.lower() in DISCOVERY_VERBS and any(
        c.dep_ in {"nsubjpass", "dobj"} and c.lemma_.lower() in REMAINS_NOUNS for c in verb.children)


def _is_rite_noun(token: Token) -> bool:
    """Whether the token names a rite for the dead (`RITE_NOUNS`) or the remains one is held over, which come home
    after the killing as a coffin does ("received on Saturday the remains of four soldiers killed in a bombing"; the
    noun, whose lemma the tagger gives as "remain", not the verb)."""
    return token.lemma_.lower() in RITE_NOUNS or token.pos_ == "NOUN" and token.lower_ == "remains"


def _noun_modifiers(noun: Token) -> list[Token]:
    """The nouns that modify `noun` within its own name, at any depth: "car" and "bomb" of "car bomb attack"."""
    found = []
    for child in noun.children:
        if child.dep_ in {"compound", "nmod"} and child.i < noun.i:
            found += [child, *_noun_modifiers(child)]
    return found


def _told_by_subject(verb: Token, char: int) -> bool:
    """Whether the character lies in the verb's subject: "The attack" of "The attack followed strikes"."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.idx <= char < c.right_edge.idx + len(c.right_edge)
               for c in verb.children)


def _states(verb: Token) -> bool:
    """A verb of statement or reaction, or one made so by its object: "traded blame", "exchanged accusations"; or
    one that tells an aftermath, whose day is not the event's: "held a day of mourning on Sunday for those killed",
    "Funerals began on Monday", "police hunted on Thursday for the gunmen"."""
    if verb.lemma_.lower() in STATEMENT_VERBS or _tells_aftermath(verb):
        return True
    if verb.lemma_.lower() in ASPECT_VERBS:  # "on Sunday continued to blame each other for a strike"
        return any(c.dep_ == "xcomp" and _states(c) for c in verb.children)
    return verb.lemma_.lower() in {"trade", "exchange"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"blame", "accusation", "charge", "recrimination"}
        for c in verb.children)


# Verbs and nouns of what follows an attack (mourning, burial, a manhunt, a resignation, a court's hearing): a day
# told for them is theirs, not the attack's.
AFTERMATH_VERBS = {"hunt", "resign"}
AFTERMATH_NOUNS = {"mourning", "funeral", "burial", "vigil", "memorial", "manhunt", "resignation", "silence",
                   "court", "magistrate", "judge", "hearing", "trial", "tribute", "commemoration", "wake"}


def _tells_aftermath(verb: Token) -> bool:
    """Whether the verb or its subject or object (or what that noun is "of": "a day of mourning") tells an
    aftermath."""
    if verb.lemma_.lower() in AFTERMATH_VERBS:
        return True
    for noun in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        told = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj")]
        if any(t.lemma_.lower() in AFTERMATH_NOUNS for t in told):
            return True
    return False


def _branch_under(doc: Doc, char: int, governor: Token) -> Token | None:
    """The child of `governor` whose phrase holds the token at `char` ("killing" in "condemned the killing of
    protesters"), or None when that token is not below it."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    while token is not None and token.head != token:
        if token.head == governor:
            return token
        token = token.head
    return None


def _comparison_phrase(root: Token) -> Token | None:
    """The head of the phrase or clause of comparison a date stands in, if any: "since" in "the largest since
    Russia's Oct. 10 campaign", "began" in "since their offensive began last August"."""
    for ancestor in (root, *root.ancestors):
        if ancestor.dep_ in {"prep", "mark"} and _marks_comparison(ancestor):
            return ancestor
        # the clause begins at its word of comparison: a parse may hang "killed 11 on Saturday, ... the deadliest
        # day since the army took power" on "took", but "Saturday" stands before "since"
        if any(c.dep_ == "mark" and _marks_comparison(c) and c.i < root.i for c in ancestor.children):
            return ancestor
        # the parse may read "the heaviest loss since the uprising began in April" as "since the uprising" and a
        # main verb "began": a verb straight after a "since" phrase that names no time heads that phrase's clause
        opener = _comparison_ending_before(ancestor) if ancestor.i < root.i else None
        if opener is not None:
            return opener
    return None


def _comparison_ending_before(verb: Token) -> Token | None:
    """The "since" phrase that ends just before `verb` and names an occasion rather than a time ("since the war" of
    "since the war began"), misread by the parse as a phrase of its own; None if there is none."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    for opener in before.ancestors:
        if opener.dep_ == "prep" and opener.lower_ == "since" and opener.right_edge == before:
            objects = [c for c in opener.children if c.dep_ == "pobj"]
            if objects and all(o.ent_type_ not in {"DATE", "TIME"} and o.pos_ in {"NOUN", "PROPN"} for o in objects):
                return opener
            return None
    return None


def _told_with_subject(root: Token) -> bool:
    """Whether the clause of `root` has a subject of its own ("a missile ... killed 28"), as a past occasion told
    for comparison does, unlike a participle of the main clause ("..., killing a 41-year-old man")."""
    verb = _governor(root)
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _compared_occasion(root: Token) -> Token | None:
    """The phrase of comparison `root` stands in, or the one that a "when" clause it stands in tells of: "the
    heaviest since June 17, when a missile killed 28" (the parse hangs the "when" clause on the main verb)."""
    comparison = _comparison_phrase(root)
    if comparison is not None:
        return comparison
    for verb in (root, *root.ancestors):
        when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("when", "where")), None)
        if when is not None and verb.dep_ in ("advcl", "relcl"):
            before = when.doc[when.i - 1] if when.i > 0 else None
            if before is not None and before.is_punct and before.i > 0:
                before = before.doc[before.i - 1]
            return _comparison_phrase(before) if before is not None else None
    return None


def _told_for_comparison(doc: Doc, mention: _Mention) -> bool:
    """Whether the mention names a past occasion the news is compared with ("the worst since a strike in May")."""
    root = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    return root is not None and _comparison_phrase(root) is not None


def _has_own_clause(verb: Token) -> bool:
    """A conjoined, relative or adverbial verb with a subject of its own heads a clause of its own: "... and
    Ukrainian forces destroyed a column on October 13", "the town that Ukraine had held since last August"."""
    # "a strike that killed 51 people on Thursday" is about the strike: its subject is the relative pronoun
    if verb.dep_ == "conj" and _shares_passive(verb):
        return False  # "X was killed and a colleague wounded when ...": one clause, the passive said once
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return False  # "died on the outskirts of X, a town west of Y, when rockets landed": a time, however hung
    return verb.dep_ in {"conj", "relcl"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in verb.children)


def _shares_passive(conjunct: Token) -> bool:
    """A conjunct with no auxiliary or object of its own after a passive verb: "was killed and a colleague
    wounded"."""
    own = {c.dep_ for c in conjunct.children}
    return not own & {"aux", "auxpass", "dobj", "obj"} and any(c.dep_ == "auxpass" for c in conjunct.head.children)


def _crosses_clause(lower: Token, upper: Token) -> bool:
    """Whether the path from `lower` up to its ancestor `upper` enters another clause."""
    current = lower
    while current != upper and current.head != current:
        if _has_own_clause(current):
            return True
        current = current.head
    return False


PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
UNRELATED_COST = 10.0
# the cost of each further step up the tree from a count to an event above it
HOP_COST = 0.5
# A place told as "outside X" or "near X" fits a town named elsewhere this close to X.
NEAR_TOWN_KM = 25.0
AREA_REACH_KM = 150.0  # a town this near a well-known area's centre may lie in it (Donbas: Donetsk and Luhansk)
# A district named as part of a city ("the Kievsky district of Donetsk") lies this close to the city's centre.
# Events that happen between parties rather than at a target: a town of another story in the report is not their
# scene, nor is the dateline's bureau.
SCENELESS_TYPES = {"Agreement"}
# Verbs that tell violence as a state that goes on ("fighting continues to intensify", "clashes rage").
TREND_LEMMAS = {"continue", "intensify", "escalate", "rage", "persist", "spread", "worsen", "grind"}


AREA_NOUNS = {"country", "nation", "region", "oblast", "province", "state", "territory", "zone"}
# what a tally "across the east", "throughout the front" spans: a part of a country or a war's whole front
SPREAD_NOUNS = AREA_NOUNS | {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
                             "front", "frontline"}
NATIONWIDE = {"nationwide", "countrywide"}
# words that make a count a sum of a day's or a period's events
DAY_TALLY = re.compile(rf"\b(?:in total|in all|altogether|{PAST_DAY})\b", re.IGNORECASE)
# words that make an event's own sentence tell of many places: "Russia pounded Kyiv and other Ukrainian cities"
MANY_PLACES = re.compile(r"\b(?:cities|towns|regions|provinces|oblasts|across|nationwide|countrywide|country's|"
                         r"nation's|power grid|energy system)\b", re.IGNORECASE)
# Verbs by which a side tells of its own deed or of its enemy's dead ("the ministry said ...").
SIDE_CLAIM_VERBS = {"say"} | CLAIMING_VERBS


def _killers_own_claim(root: Token | None) -> bool:
    """Whether a count is of those its speaker says it killed: "saying it had killed 30 soldiers"."""
    if root is None:
        return False
    verb = _governor(root)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "it", "they", or the speaker's own men: "its fighters had killed 87 soldiers"
    own = [c for c in subjects if c.lower_ in SELF_SUBJECTS
           or any(p.dep_ == "poss" and p.lower_ in SELF_POSSESSIVES for p in c.children)]
    return verb.lemma_.lower() == "kill" and bool(own) \
        and any(a.lemma_.lower() in SIDE_CLAIM_VERBS for a in verb.ancestors)


# Fighters of an armed group, whose dead the other side counts: "more than 100 militants had been killed"
ENEMY_FIGHTER_NOUNS = {"militant", "insurgent", "terrorist", "jihadist", "jihadi", "rebel", "fighter", "attacker",
                       "assailant", "gunman", "bandit", "enemy"}


def _claimed_by_a_side(root: Token | None) -> bool:
    """Whether a count of dead is one side's claim: its own deed, or the enemy fighters it says were killed."""
    return _killers_own_claim(root) or _enemy_dead_claimed(root)


def _enemy_dead_claimed(root: Token | None) -> bool:
    """Whether a count is of an armed group's fighters, told as a speaker's claim ("the ministry said that more
    than 100 militants had been killed"): one side's count of its enemy's dead, not the attack's victims."""
    if root is None:
        return False
    noun = root.head if root.dep_ in {"nummod", "quantmod"} else root
    verb = _governor(root)
    fighters_killed = noun.lemma_.lower() in ENEMY_FIGHTER_NOUNS \
        and verb.lemma_.lower() in {"kill", "die", "neutralise", "neutralize", "eliminate"}
    return (fighters_killed or _lost_by_fighters(verb)) \
        and any(a.lemma_.lower() in SIDE_CLAIM_VERBS for a in verb.ancestors)


def _lost_by_fighters(verb: Token) -> bool:
    """Whether the count is of men an armed group lost: "the fighters had lost at least five men killed"."""
    return verb.lemma_.lower() == "lose" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ENEMY_FIGHTER_NOUNS for c in verb.children)


def _killed_by_mishap(root: Token) -> bool:
    """Whether the count's dead were killed by a disaster or an accident, not by an event: the subject of its
    verb, or the noun a "which killed ..." clause tells of, is an earthquake, a flood, a crash."""
    verb = _governor(root)
    if verb.lemma_.lower() not in HARM_VERBS:
        return False
    causes = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        causes.append(verb.head)
    if verb.lemma_.lower() == "die":  # "died of hunger", "died from cholera"
        causes += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                   for o in p.children if o.dep_ == "pobj"]
    return any(c.lemma_.lower() in DISASTER_CUES | MISHAP_NOUNS | DEPRIVATION_CAUSES for c in causes)


def _killed_by_a_run(root: Token) -> bool:
    """Whether the count's dead are those of a run of events, told in a "that killed ..." clause after it ("followed
    a string of stabbings since March that killed 18 people"): a tally of many attacks, no one event's toll."""
    verb = _governor(root)
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in HARM_VERBS | {"leave"}:  # "that left seven dead"
        return False
    # the clause may hang from any noun of the run's phrase ("a wave of attacks on markets that killed 40")
    clause = {t.i for t in verb.subtree}
    for run in verb.sent[: verb.head.i + 1 - verb.sent.start]:
        if run.lemma_.lower() in RUN_NOUNS and _names_events_in_plural(run) and not any(
                t.pos_ in {"VERB", "AUX"} for t in verb.doc[run.i + 1: verb.i] if t.i not in clause):
            return True
    return False


def _names_events_in_plural(run: Token) -> bool:
    """ "a string of stabbings": the run noun is followed by "of" and a plural noun."""
    return any(p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in p.children)
               for p in run.children if p.dep_ == "prep")


def _follows_a_day_tally(sentence: SpacySpan) -> bool:
    """Whether the sentence before opens a day's tally ("In total, troops shelled the region 60 times over the past
    day."), which a count placed in the region then goes on with ("Two people were killed in the region.")."""
    return sentence.start > 0 and bool(DAY_TALLY.search(sentence.doc[sentence.start - 1].sent.text))


def _tallied_across(root: Token | None) -> bool:
    """Whether a count is told over a whole country, region or front ("killed across the country by midday",
    "attacks across Donetsk Oblast killed four", "two killed and five hurt across the region", "killed across the
    east"): a tally of many events."""
    if root is None:
        return False
    verb = _governor(root)
    chain = [root, *takewhile(lambda t: t != verb, root.ancestors), verb]
    if any(c.lower_ in NATIONWIDE for t in chain for c in t.children):
        return True  # "killing at least seven people nationwide"
    # "In all, attacks hit 14 villages in the region over the past day, killing two": the clause "killing" hangs from
    told = verb.head if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} else verb
    if (DAY_TALLY.search(_clause_text(told)) or _follows_a_day_tally(told.sent)) and any(
            t.lemma_.lower() in AREA_NOUNS and t.head.lower_ in {"in", "of", "on"} for t in told.subtree):
        # "In total, five people were killed and nine injured in the Kherson region", "In all, shelling killed
        # four residents of the oblast"
        return True
    # "Two were killed and 13 injured across the oblast" (or "across the front"): the last conjunct's place tells
    # the shared tally
    for word in [*chain, *(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "conj"})]:
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in {"across", "throughout"} and any(
                    o.dep_ == "pobj" and (o.lemma_.lower() in SPREAD_NOUNS or o.ent_type_ in {"GPE", "LOC"})
                    for o in prep.children):
                return True
    return False


def _tallies_its_areas_day(doc: Doc, cluster: _Cluster) -> bool:
    """Whether the event's dead are a tally of the past day over its region or the front ("attacks on the oblast
    killed three over the past day"), or one its sentence breaks down by town ("In total, attacks killed four in the
    region on Monday: three in X and one in Y"): a sum of the day's attacks, which the towns the report then names
    each had a share of (not "an overnight attack killed three across the oblast", one wave of strikes)."""
    return any(q.what == "killed" and _tallied_across(root := _root_of(doc, q.start, q.end))
               and (_tallied_over_past_day(root) or _breaks_down_by_place(root.sent))
               for m in cluster.mentions for q in m.quantities)


def _clause_text(head: Token) -> str:
    """The text of the words a clause's head governs, from its first word to its last."""
    return doc_text(head.doc)[head.left_edge.idx: head.right_edge.idx + len(head.right_edge)]


def _drop_counts_beside_others(doc: Doc, cluster: _Cluster, what: str, dropped: Callable[[Token | None], bool]) \
        -> None:
    """Drop the cluster's counts of `what` whose root `dropped` picks out, where a count of that kind remains."""
    counts = [(m, q) for m in cluster.mentions for q in m.quantities if q.what == what]
    picked = [(m, q) for m, q in counts if dropped(_root_of(doc, q.start, q.end))]
    if len(picked) < len(counts):
        for mention, quantity in picked:
            mention.quantities.remove(quantity)


def _drop_past_day_tallies(doc: Doc, cluster: _Cluster) -> None:
    """Drop the dead and hurt counted over the past day ("Over the past day, shelling also killed six people in
    the region") from an event that gives its own count of that kind: the day's tally, not the event's toll."""
    for what in ("killed", "injured"):
        _drop_counts_beside_others(doc, cluster, what, _tallied_over_past_day)


def _tallied_over_past_day(root: Token | None) -> bool:
    """Whether a count's clause spans the past day ("four had been killed in the city over the past day"), or its
    sentence goes on with a tally the one before opened ("Over the past day, rebels fired on our positions 60 times.
    Two soldiers were killed."): the tally of a day's attacks."""
    if root is None:
        return False
    sentence = root.sent
    opened_before = sentence.start > 0 and says_past_day(root.doc[sentence.start - 1].sent.text)
    verb = _governor(root)
    # "over the past day troops shelled the region 62 times, killing three": the participle's clause hangs from
    # the verb the past day is told on
    told = verb.head if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} else verb
    return says_past_day(_clause_text(told)) or opened_before


def _parts_told_by_scene(root: Token | None) -> set[int]:
    """The figures a count of dead is broken into by scene ("strikes killed 11 people, including six at a
    recreation area"): such a count sums several scenes."""
    if root is None:
        return set()
    noun = root.head if root.dep_ in {"nummod", "quantmod"} else root
    parts = [part for word in (_governor(root), noun) for prep in word.children
             if prep.dep_ == "prep" and prep.lower_ == "including"
             for part in prep.children if part.dep_ == "pobj"]
    told_at_scene = [part for part in parts
                     if any(c.dep_ == "prep" and c.lower_ in SCENE_PREPOSITIONS for c in part.children)]
    figures = [word for part in told_at_scene for word in (part, *part.children) if word.like_num]
    return {value for value in map(_figure_value, figures) if value is not None}


def _figure_value(word: Token) -> int | None:
    """The value of a figure written in digits or as one number word ("6", "six")."""
    text = word.text.replace(",", "")
    return int(text) if text.isdigit() else UNITS.get(word.lower_)


def _drop_sums_over_scenes(doc: Doc, cluster: _Cluster) -> None:
    """Drop a count of dead that sums several scenes, one of them the event's own count ("strikes on the region
    killed 11, including six at a park ... Two missiles hit the park, killing six"): the event's toll is its part."""
    counts = [(m, q) for m in cluster.mentions for q in m.quantities if q.what == "killed"]
    figures = {q.min for _, q in counts}
    for mention, quantity in counts:
        if _parts_told_by_scene(_root_of(doc, quantity.start, quantity.end)) & (figures - {quantity.min}):
            mention.quantities.remove(quantity)


def _told_in_a_region(root: Token | None) -> bool:
    """Whether a count's clause places it in a whole region rather than a town: "attacks kill 3 in Donetsk
    Oblast", "shelling kills five in Kherson region"."""
    if root is None:
        return False
    verb = _governor(root)
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ in ("pobj", "punct") and o.lemma_.lower() in AREA_NOUNS - {"country", "nation"}  # a title's
        for o in prep.children)  # parse may hang its last word off "in" as punctuation
        for prep in verb.children)


def _drop_regional_title_tolls(doc: Doc, cluster: _Cluster) -> None:
    """A title that sums up a region's day above a body that tells the strike on one town ("Russian attacks kill 3
    in Donetsk Oblast" over "shelled Krasnohorivka, killing two civilians ... Another person was killed in
    Kurakhove"): the town's toll is the body's, so the title's higher regional count goes."""
    body = [q.min for m in cluster.mentions if not _is_headline(m.sentence) for q in m.quantities
            if q.what == "killed" and q.min is not None]
    if not body:
        return
    for mention in cluster.mentions:
        if not _is_headline(mention.sentence):
            continue
        for quantity in [q for q in mention.quantities if q.what == "killed"]:
            if quantity.min is not None and quantity.min > max(body) \
                    and _told_in_a_region(_root_of(doc, quantity.start, quantity.end)):
                mention.quantities.remove(quantity)


def _told_across_places(cluster: _Cluster) -> bool:
    """Whether an event is told as striking many places or a whole country, so that a countrywide tally is its
    own toll ("Russia pounded Kyiv and other Ukrainian cities ... the number of dead across the country")."""
    location = cluster.location() or next((m.fallback_location for m in cluster.mentions if m.fallback_location),
                                          None) or {}
    # told so where the body first tells it: a later "the attacks came as Russia fired 120 missiles nationwide"
    # widens the scene, not the strike on a village; nor does a title that sums up the day ("Shelling kills two
    # in Tiahynka, five dead across Kherson region")
    first = next((m.sentence for m in cluster.mentions if not _is_headline(m.sentence)), cluster.head.sentence)
    return (location.get("place") or {}).get("kind") in {None, "country", "admin1"} or bool(
        MANY_PLACES.search(first.text))


def _path_up_to(event_governor: Token, governor: Token) -> Iterator[Token]:
    """The event's governor and its ancestors below `governor`, which is above it."""
    return takewhile(lambda t: t != governor, (event_governor, *event_governor.ancestors))


def _past_of_someone_aside(event_governor: Token, governor: Token) -> bool:
    """Whether the event describes people or things of an aside clause below `governor`: "held Wednesday as
    families prepared to bury four people killed by a missile" (but "pushed into Kupiansk on Saturday, as Russia
    said it was pulling troops back" tells two things of one day)."""
    if not in_aside_clause(event_governor, governor):
        return False
    path = _path_up_to(event_governor, governor)
    return any(t.dep_ in {"acl", "relcl"} for t in path)


def _past_of_someone_described(event_governor: Token, governor: Token) -> bool:
    """Whether the event is told in a "who" clause set off by commas, describing someone of the clause above: "X,
    who was shot dead during Friday's clashes, was yesterday buried" (the clause above tells a later moment)."""
    path = _path_up_to(event_governor, governor)
    return any(t.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WP" for c in t.children)
               and t.doc[t.left_edge.i - 1].text == "," for t in path if t.left_edge.i > 0)


# (not "killed": the dead mourned or buried are left to the rules on rites, which read a told gap "three days earlier")
HURT_VERBS = {"wound", "injure", "hurt", "maim"}


def _past_of_people_tended(event_governor: Token, governor: Token) -> bool:
    """Whether the event tells what befell people that a verb above tends to: "a plane landed on Sunday to evacuate
    people wounded in a bombing" (the bombing may be of the day before)."""
    path = _path_up_to(event_governor, governor)
    return any(t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in HURT_VERBS for t in path)


def _attachment_cost(argument: Token, event_governor: Token, claimed_by_other: bool) -> float:
    """How badly an argument (a date or count) fits an event; lower is better."""
    governor = _governor(argument)
    distance = abs(argument.i - event_governor.i) / 100
    if governor == event_governor:
        return 0.0
    if _participle_on(governor, event_governor):
        return 0.5 + distance  # "fired missiles at cities, killing at least 11": the dead of the firing
    if claimed_by_other:
        return 50.0 + distance
    # not a day of the main clause for an event told aside: "a ceasefire held Wednesday as families prepared to
    # bury four people killed by a missile" (a day told aside may time the main clause's event, though)
    if governor in event_governor.ancestors and not _crosses_clause(event_governor, governor) \
            and not _past_of_someone_aside(event_governor, governor) \
            and not _past_of_people_tended(event_governor, governor) \
            and not _past_of_someone_described(event_governor, governor):
        return 1.0 + distance
    if event_governor in governor.ancestors and not _crosses_clause(governor, event_governor):
        # of two events above the count, the nearer in the tree is the count's: "gunmen opened fire ..., killing
        # 15, officials said, in an attack claimed by ..." (the killing tells the shooting, not the attack said)
        hops = next(i for i, t in enumerate(governor.ancestors, 1) if t == event_governor)
        return 2.0 + HOP_COST * (hops - 1) + distance
    return UNRELATED_COST + distance


def _participle_on(participle: Token, verb: Token) -> bool:
    """Whether `participle` is an -ing clause hung on `verb` that tells what its deed did: "killing" of "shelled
    the town, killing two"."""
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and participle.head == verb


def _best_in_sentence(
    doc: Doc, mentions: list[_Mention], start: int, end: int
) -> tuple[_Mention, float] | None:
    """The mention of this sentence that an argument at [start, end) belongs to, and how well it fits."""
    if not mentions:
        return None
    root = _root_of(doc, start, end)
    if root is None:
        return mentions[0], 100.0
    governor = _governor(root)
    governors = {m.governor for m in mentions}
    costs = [(_attachment_cost(root, m.governor, governor in governors and governor != m.governor), m)
             for m in mentions]
    cost, mention = min(costs, key=lambda c: c[0])
    return mention, cost


def _below_a_toll_update(count: Token, event_governor: Token) -> bool:
    """Whether a count gives a death toll's new figure ("raised the toll to 16", "the toll rose to 9") and the
    event is told in a clause below it, not in the toll's own words: "raised the toll to 16 and said 43 inmates
    had been recaptured" (but "the toll from the shelling rose to 24" is the shelling's)."""
    governor = _governor(count)
    toll = next((t for t in (governor, *governor.children) if t.lemma_.lower() == "toll"), None)
    return toll is not None and governor in event_governor.ancestors and event_governor not in toll.subtree


def _assign_in_sentence(doc: Doc, mentions: list[_Mention], start: int, end: int) -> _Mention | None:
    best = _best_in_sentence(doc, mentions, start, end)
    return best[0] if best else None


def _trigger_lemma(doc: Doc, event: EventMention) -> str:
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root.lemma_.lower() if root is not None else event.trigger.text.lower()


def _is_definite_reference(doc: Doc, event: EventMention) -> bool:
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if root is None or root.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(
        child.dep_ in {"det", "poss"} and (child.lower_ in DEFINITE_DETERMINERS or child.dep_ == "poss")
        for child in root.children
    )


# words for a count of an event's dead that name the event back: "the toll from the shelling", "the death toll of
# the attack" (narrower than quantities.TOLL_NOUNS: "the number from the shelling" names no event back)
EVENT_TOLL_NOUNS = {"toll", "tally"}


def _names_the_event_of_a_toll(doc: Doc, event: EventMention) -> bool:
    """An event noun told as whose toll a figure is ("bringing the toll from the shelling to two", "the death toll
    of the attack rose to three"): an event already told, named back. Not one with a day or place of its own ("the
    toll from Saturday's strike on a block in Odesa"), which may be another event."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in {"from", "of"} \
            or any(c.dep_ != "det" for c in root.children):
        return False
    holder = root.head.head
    return holder.lower_ in EVENT_TOLL_NOUNS or any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ in EVENT_TOLL_NOUNS for c in holder.children)


def _dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _locations_compatible(a: dict | None, b: dict | None, containment: bool = False) -> bool:
    """Same place; with `containment`, also a country or region and a place inside it, or a well-known area of one
    region and a district in it ("the attack on the capital" after "drones against Ukraine", "the strikes hit the
    village of Serhiivka" after "in the Odesa region", "in the Reasi district" after "in Jammu and Kashmir").
    Containment is for references back to an event: a new "a missile destroyed a ward in Vilniansk" after "strikes
    across Ukraine" is an event of its own place."""
    if a is None or b is None:
        return True
    kinds = {(a.get("place") or {}).get("kind"), (b.get("place") or {}).get("kind")}
    same_country = bool(a.get("country_code")) and a.get("country_code") == b.get("country_code")
    if containment and same_country and "country" in kinds:
        return True
    if containment and same_country and _area_around_town(a, b):
        return True
    for region, other in ((a, b), (b, a)):
        if containment and same_country and _holds_as_region(region, other) \
                and region.get("admin1") and region.get("admin1") == other.get("admin1"):
            return True
    if a.get("place", {}).get("geonameid") and a["place"].get("geonameid") == b.get("place", {}).get("geonameid"):
        return True
    if _areas_of_one_region(a, b):
        return True  # "the bridge to Crimea" and "the bridge across the Kerch Strait": one scene, told two ways
    if 2 in {a.get("geo_precision"), b.get("geo_precision")} and None not in (a.get("lat"), b.get("lat")) \
            and haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= NEAR_TOWN_KM:
        return True  # "struck by fire outside Kyiv" and "in Horenka, a village northwest of the capital"
    return (a.get("name"), a.get("country_code")) == (b.get("name"), b.get("country_code"))


def _areas_of_one_region(a: dict, b: dict) -> bool:
    """Whether both are well-known areas of one first-level region: a strait or valley told inside the area that
    holds it (the Kerch Strait in Crimea, the Galwan Valley in Kashmir)."""
    kinds = {(a.get("place") or {}).get("kind"), (b.get("place") or {}).get("kind")}
    return kinds == {"area"} and bool(a.get("admin1")) and a.get("admin1") == b.get("admin1")


def _area_around_town(area: dict, town: dict) -> bool:
    """Whether `area` is a well-known area (Donbas) told after a town that lies in its reach: "soldier killed near
    X" over "forces opened fire in Donbas ..., and one soldier was killed" retells the town's event broadly."""
    if (area.get("place") or {}).get("kind") != "area" or town.get("geo_precision") not in {1, 2} \
            or None in (area.get("lat"), town.get("lat")):
        return False
    return haversine_km(area["lat"], area["lon"], town["lat"], town["lon"]) <= AREA_REACH_KM


def _holds_as_region(region: dict, other: dict) -> bool:
    """Whether `region` is a first-level region, or a well-known area and `other` a district: an area (the Gaza
    Strip, Donbas) holds many towns struck in one day, so a town told after it may be another strike's."""
    kind = (region.get("place") or {}).get("kind")
    return kind == "admin1" or (kind == "area" and (other.get("place") or {}).get("kind") == "admin2")


# Deaths from want or sickness, which no attack's toll counts ("14 people died of malnutrition").
# (not "exposure" or "infection", which may be a chemical attack's or a wound's)
DEPRIVATION_CAUSES = {"malnutrition", "starvation", "hunger", "famine", "dehydration", "thirst", "disease", "illness",
                      "cholera", "hypothermia", "heatstroke", "sickness"}


def _is_bare_casualty(doc: Doc, event: EventMention) -> bool:
    """An Attack known only by its victims, with no one doing it: "At least four people were killed", "two
    civilians died". After a strike has been reported, such a sentence counts the strike's dead. So does a killing
    typed remote violence only by the weapon the report names ("A man was killed" after a drone attack, in a
    report that also tells of shelling), but not one told with its own cause ("died when a strike hit a school")."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if root is None or root.lemma_.lower() not in HARM_VERBS:
        return False
    if event.event_type == "Explosions/Remote violence":
        return root.lemma_.lower() != "die" and not any(c.dep_ in {"agent", "nsubj", "advcl"} for c in root.children)
    if event.sub_event_type != "Attack":
        return False
    if root.lemma_.lower() == "die":
        return True
    return not any(c.dep_ in {"agent", "nsubj"} for c in root.children)


def _casualties_of(doc: Doc, mention: _Mention, clusters: list[_Cluster]) -> _Cluster | None:
    """The latest earlier violent event a bare casualty mention counts the victims of, unless it names as their
    scene what another of them was done to ("killed at the airfield"). A country-wide place on either side
    ("across the country", a barrage "on Ukraine") does not keep them apart. A sentence that opens as an aside
    ("Meanwhile, the militants claimed that a woman had been killed in Y") adds victims of another occasion."""
    if ASIDE_OPENER.match(mention.sentence.text):
        return None
    fitting = [c for c in _fitting_for_casualties(mention, clusters) if not _counter_accusation(doc, mention, c)]
    trigger = mention.event.trigger
    return _acting_on_scene(doc, _root_of(doc, trigger.start, trigger.end), fitting) or next(
        reversed(fitting), None)


# The verbs that charge a party with a deed, and the preposition that introduces the deed.
CHARGING_PREPOSITIONS = {"accuse": "of", "blame": "for"}


def _counter_accusation(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """ "Three civilians were killed in the shelling of X ... The separatists accused Ukraine of killing one
    civilian in Y on the same day": a killing that a party other than the event's known attacker is accused of, in
    another town than the event's, is the other side's counter-claim about an event of its own, not the count of the
    event's dead, and its town is not the event's scene. So is a killing in a town told beside the charge ("The
    separatists say a man was killed in Y and blame Ukraine"), unless the event is placed in that very town: the
    charge is news of its own, not the count of an event told only of its region."""
    root = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    accused, attacker = mention.event.actor1, cluster.event.actor1
    if root is None or not (attacker is None or accused is None or accused.name != attacker.name):
        return False
    here, there = mention.own_location, cluster.location() or cluster.head.fallback_location
    if root.dep_ == "pcomp" and root.head.dep_ == "prep" \
            and CHARGING_PREPOSITIONS.get(root.head.head.lemma_.lower()) == root.head.lower_:
        return _two_towns(here, there)
    town = (here or {}).get("place") or {}
    return _beside_a_charge(root) and town.get("kind") == "city" \
        and ((there or {}).get("place") or {}).get("geonameid") != town.get("geonameid")


def _beside_a_charge(verb: Token) -> bool:
    """Whether the verb, or a verb it hangs from, has a verb of charging a party for its conjunct: "say a man was
    killed in Y, and blame Ukraine" (however the parse hangs the "and blame": on the killing or on the saying)."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in CHARGING_PREPOSITIONS
               for v in (verb, *verb.ancestors) for c in v.children)


def _last_violent_event_just_before(sentence: SpacySpan, clusters: list[_Cluster]) -> _Cluster | None:
    """The violent event of `clusters` that the sentence right before `sentence`, in its paragraph, tells last."""
    previous = previous_in_paragraph(sentence)
    if previous is None:
        return None
    told = [(m.event.trigger.start, cluster) for cluster in clusters for m in cluster.mentions
            if m.sentence.start == previous.start and cluster.event.event_type in VIOLENT_TYPES]
    return max(told, key=lambda pair: pair[0])[1] if told else None


def _uncounted_past_event_just_before(sentence: SpacySpan, clusters: list[_Cluster]) -> _Cluster | None:
    """The violent event cited as past (historical) that the sentence right before `sentence`, in its paragraph,
    tells last, when no count of its dead was given."""
    last = _last_violent_event_just_before(sentence, clusters)
    if last is None:
        return None
    counted = any(q.what == "killed" for m in last.mentions for q in m.quantities)
    return last if last.event.modality == "historical" and not counted else None


def _uncounted_event_just_before(sentence: SpacySpan, earlier: list[_Cluster], what: str) -> _Cluster | None:
    """The violent event of `earlier` that the sentence right before `sentence`, in its paragraph, tells last, when
    it fits counts of `what`, no such count of its own was given, and no other event is placed where it is: another
    scene's news, not a retelling of one told before."""
    last = _last_violent_event_just_before(sentence, earlier)
    if last is None:
        return None
    counted = any(q.what == what for m in last.mentions for q in m.quantities)
    place = (last.location() or last.head.fallback_location or {}).get("name")
    elsewhere = place is not None and all((c.location() or c.head.fallback_location or {}).get("name") != place
                                          for c in earlier if c is not last)
    return last if elsewhere and _affine(last.head, what) and not counted else None


def _fitting_for_casualties(mention: _Mention, clusters: list[_Cluster]) -> list[_Cluster]:
    """The earlier violent events, in text order, whose date and place a bare casualty mention fits."""
    fitting = []
    for cluster in clusters:
        head = cluster.event
        if head.modality in UNASSERTED or head.event_type not in VIOLENT_TYPES:
            continue
        if cluster.head.sentence.start_char >= mention.sentence.start_char:
            continue
        if not _dates_compatible(mention.own_date, cluster.date()):
            continue
        here, there = mention.own_location or mention.fallback_location, cluster.location()
        broad = any((loc or {}).get("geo_precision") == 3 for loc in (here, there))
        if broad or _locations_compatible(mention.own_location, there):
            fitting.append(cluster)
    return fitting


ANOTHER_OCCASION_WORDS = {"also", "again", "previously", "earlier", "before", "already"}


SEQUENCE_PREPOSITIONS = TIME_PHRASE_PREPOSITIONS | {"ahead"}  # "ahead of the talks" too
# words that set an event apart from the one already told: "a separate strike", "an unrelated blast", and the
# group's "similar bombings" elsewhere, which are like the event, not it
SEPARATE_WORDS = {"separate", "unrelated", "similar"}


def _is_outbreak_clause(verb: Token) -> bool:
    """Whether the verb heads an "after" (or "before", "since") clause telling an outbreak: "erupted" in "after
    violence erupted" (not "after a drone dropped a grenade", the same occasion as the news)."""
    return verb.dep_ == "advcl" and verb.lemma_.lower() in ONSET_VERBS \
        and any(m.dep_ == "mark" and m.lower_ in SEQUENCE_PREPOSITIONS for m in verb.children)


def _outbreak_clause_holding(verb: Token, trigger: Span) -> Token | None:
    """The verb's outbreak clause that holds the event's trigger, if any."""
    return next((c for c in verb.children if _is_outbreak_clause(c)
                 and c.left_edge.idx <= trigger.start < c.right_edge.idx + len(c.right_edge)), None)


def _reinforces_after(verb: Token, trigger: Span | None = None) -> bool:
    """Whether the verb sends forces in answer to an event its "after" clause holds (the one of `trigger`, if
    given): "sent 300 soldiers and police to the town after gunmen killed seven". Forces are sent once the news is
    known, later than the event."""
    return verb.lemma_.lower() in REINFORCING_VERBS \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in verb.children) \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
                and (trigger is None or c.left_edge.idx <= trigger.start < c.right_edge.idx + len(c.right_edge))
                for c in verb.children)


def _orders_measures_after(verb: Token, trigger: Span) -> bool:
    """Whether the verb orders measures in answer to an event its "after" phrase holds: "ordered tighter security
    measures after a second bombing", "imposed a curfew following the blast". Measures are taken once the news is
    known, later than the event."""
    return verb.lemma_.lower() in ORDERING_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in {"after", "following"}
                and c.left_edge.idx <= trigger.start < c.right_edge.idx + len(c.right_edge) for c in verb.children)


# Nouns for an inquiry into an event, which opens once the event is known, often days after it.
INQUIRY_NOUNS = {"investigation", "inquiry", "enquiry", "probe"}


def _takes_up_inquiry(verb: Token) -> bool:
    """Whether the verb acts on an inquiry: "opened an investigation", "took over the probe"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS for c in verb.children)


def _takes_up_inquiry_into(verb: Token, trigger: Span) -> bool:
    """Whether the verb acts on an inquiry into the event its "into" or "of" phrase holds, which the parse may hang
    on the verb or on the inquiry: the inquiry's day is not the event's."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS)]
    phrases = [c for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in {"into", "of"}]
    return _takes_up_inquiry(verb) and any(
        p.left_edge.idx <= trigger.start < p.right_edge.idx + len(p.right_edge) for p in phrases)


def _told_as_outbreak(doc: Doc, event: EventMention) -> bool:
    """Whether the event is told in a clause of its outbreak below the news: "deployed troops after violence
    erupted, with mobs burning homes"."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and any(_is_outbreak_clause(a) for a in (root, *root.ancestors))


def _marks_another_occasion(doc: Doc, event: EventMention) -> bool:
    """ "The base was also struck on Dec. 5", "had been hit before", "Hours after the blast, missiles hit
    Zaporizhzhia": a mention of another occasion, not of the event already reported."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if root is None:
        return False
    if ANOTHER_STORY_OPENER.match(root.sent.text):
        return True  # "In a separate incident in the Sui area, three soldiers died in an exchange of fire"
    if any(c.dep_ in {"amod", "det"} and c.lower_ in SEPARATE_WORDS for c in root.children):
        return True  # "when a separate strike hit a telecoms building", "an unrelated blast shook the port"
    verb = _governor(root)
    children = (*verb.children, *root.children)
    # "was also struck on Dec. 5" (the event's own verb), not "Wednesday's strike also wounded 17" (more effects);
    # "Fighting also continued around the airport" goes on elsewhere
    if (root.pos_ == "VERB" or _told_as_ongoing(doc, event)) \
            and any(c.dep_ == "advmod" and c.lower_ in ANOTHER_OCCASION_WORDS for c in children):
        return True
    # "Hours later, an Israeli strike on a camp killed 20", "Later that day, a missile hit ...": a next occasion
    if any(c.dep_ == "advmod" and c.lower_ == "later" and (c.i == c.sent.start or any(
            g.dep_ == "npadvmod" for g in c.children)) for c in verb.children):
        return True
    if _fronted_earlier(verb) and _introduced_anew(root):
        return True  # "Earlier, a roadside bomb near the town wounded two guards": a former occasion
    # "after the blast" hanging on the verb, or on "hours" that hangs on it
    preps = [c for c in children if c.dep_ == "prep"]
    preps += [g for c in children if c.dep_ == "npadvmod" for g in c.children if g.dep_ == "prep"]
    # ... unless the event is that blast itself, named again
    return any(p.lower_ in SEQUENCE_PREPOSITIONS and root not in p.children
               and any(o.lemma_.lower() in ATTACK_NOUNS for o in p.children) for p in preps)


def _in_clause_measured_from(token: Token | None) -> bool:
    """Whether the token stands in a clause the news is measured from, as its verb or below it: "comes two months
    after 100 people were killed there, one of the worst massacres" (not "two days after the massacre", which may
    name the news's own event again)."""
    return token is not None and _measured_clause_above(token) is not None


def _ranks_among(token: Token | None) -> bool:
    """Whether the event noun is the class "one of the deadliest attacks" ranks the event of its own sentence in
    ("a strike killed 19 people last May, one of the deadliest attacks since the invasion"): no event named back."""
    return token is not None and token.tag_ in {"NNS", "NNPS"} and token.dep_ == "pobj" \
        and token.head.lower_ == "of" and token.head.head.lower_ == "one" and any(
            modifier.dep_ == "amod" and (modifier.tag_ == "JJS" or any(c.lower_ == "most" for c in modifier.children))
            for modifier in token.children)


def _measured_clause_above(token: Token) -> Token | None:
    """The verb of the clause the news is measured from that the token stands in, as its verb or below it."""
    return next((a for a in (token, *token.ancestors) if measured_clause(a)), None)


def _fronted_earlier(verb: Token) -> bool:
    """Whether the verb's sentence opens with its "Earlier," ("Earlier, a bomb wounded two"), alone or with the
    time it narrows ("Earlier on Wednesday, ...", "Earlier that day, ...")."""
    first = verb.sent[0]
    return first.dep_ == "advmod" and first.lower_ == "earlier" \
        and (first.head == verb or (first.head.head == verb and first.head.dep_ in {"prep", "npadvmod"}))


def _introduced_anew(root: Token) -> bool:
    """Whether the event is named as one not told before: with an indefinite article ("a roadside bomb") or as a
    bare plural ("dropped guided bombs on the village")."""
    if root.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in root.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children)


SCENE_PREPOSITIONS = {"in", "at", "near", "outside"}


def _names_unknown_scene(sentence: SpacySpan, places: list[Place], dateline_end: int) -> bool:
    """Whether the sentence puts something in a named town or area the gazetteer does not know: "an assault on a
    military camp in Chinagodrar" where no place was found over that name (not a building: "at Nasser Hospital")."""
    return any(_unknown_scenes(sentence, places, dateline_end))


def _unknown_scenes(sentence: SpacySpan, places: list[Place], dateline_end: int) -> list[str]:
    """The names of the towns or areas the gazetteer does not know that the sentence puts something in."""
    names = []
    for entity in sentence.ents:
        if entity.label_ not in {"GPE", "LOC"} or entity.start_char < dateline_end:
            continue
        name = _name_head(entity)
        if name.dep_ != "pobj" or name.head.lower_ not in SCENE_PREPOSITIONS:
            continue
        end = max(entity.end_char, name.idx + len(name))
        if not any(p.start < end and entity.start_char < p.end for p in places):
            names.append(doc_text(sentence.doc)[entity.start_char:end])
    return names


def _unknown_town_in_country(cluster: _Cluster) -> bool:
    """Whether an event is placed only in its country while its own sentence names a town the gazetteer does not
    know ("a blast in <unknown town> killed four"): a town the report names elsewhere is another story's scene, and
    the country was read from that town's name, so the event has no place the report gives."""
    place = (cluster.head.fallback_location or {}).get("place") or {}
    return cluster.location() is None and cluster.head.scene_unknown and place.get("kind") == "country"


def _where_unknown_town_lies(extraction: Extraction, cluster: _Cluster, dateline_end: int) -> dict | None:
    """The district, town or region that the report puts the unknown town of an event's sentence in where it names
    that town again: "killed near <village>" above "near the village of <village> in the Linden district" lies in
    that district, the nearest place the report gives (at district precision)."""
    text = extraction.document.text
    for name in _unknown_scenes(cluster.head.sentence, extraction.places, dateline_end):
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            place = next((p for p in extraction.places if p.start >= match.end()), None)
            if place is not None and place.kind in {"city", "admin2", "admin1"} and place.lat is not None \
                    and CONTAINER_GAP.fullmatch(text, match.end(), place.start):
                return {**location_of(place, text), "geo_precision": 2}
    return None


def _name_head(entity: SpacySpan) -> Token:
    """The word that ends the name an entity begins: its root, or the proper noun the tagger left out of it that the
    root qualifies ("in D.G. Khan", with only "D.G." tagged a place)."""
    root = entity.root
    if root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i == entity.end:
        return root.head
    return root


# Night words a report resolves from its own publication day alone: "an overnight attack", "last night".
NIGHT_WORDS = {"overnight", "last night"}


LATE_HOURS = re.compile(r"\b(?:late|night|evening)\b", re.IGNORECASE)
# A night told by the two days it joins ("from Sunday into Monday", "Saturday night to Sunday"): named outright.
NIGHT_BY_ITS_DAYS = re.compile(rf"\b(?:into|to)\s+(?:\w+\s+)?{WEEKDAY}\b")


def _night_of_publication(date: DateValue | None, published: str | None) -> bool:
    """A bare "overnight" or "last night" read from the publication day (not from a speaker's day): only a guess at
    the night, since a report may come out days after the night it tells of."""
    return date is not None and date.anchor == "published" and bool(published) \
        and " ".join(date.text.lower().split()) in NIGHT_WORDS and _days_before(date, published) == 0


def _dates_the_night(date: DateValue | None, night: DateValue | None, published: str | None) -> bool:
    """Whether a calendar day told later ("stormed the village late on Wednesday, March 8") is the day of the night
    an event was first told to happen on ("killed 30 people in an overnight attack", read from a report published
    on Friday): a day up to three days before the publication day, written with its date; or the late hours of
    the publication day's eve, even told by weekday alone ("late on Sunday", "Sunday night" in a report out on
    Monday), where the bare "overnight" most likely begins; or a night named by its two days ("from Sunday into
    Monday"), which says outright which night it was, as a date does."""
    if not _night_of_publication(night, published) or date is None or date.precision != "day":
        return False
    days = _days_before(date, published)
    return days == 1 and LATE_HOURS.search(date.text) is not None \
        or (any(ch.isdigit() for ch in date.text) or NIGHT_BY_ITS_DAYS.search(date.text) is not None) and 0 < days <= 3


def _named_in_sentence(mention: _Mention) -> dict | None:
    """The mention's place: its own, else the one its sentence names (not the dateline's town)."""
    return mention.own_location or mention.sentence_location


def _in_another_town(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether a mention with no place of its own, whose sentence names a town ("In the town of Kozacha, retaken on
    Friday, ..."), tells of somewhere else than the town the event was placed in: not the same town nor one beside
    it."""
    there = cluster.location() or _named_in_sentence(cluster.head)
    town = (mention.sentence_location or {}).get("place") or {}
    if mention.own_location is not None or there is None or town.get("kind") != "city" or not town.get("geonameid"):
        return False
    place = there.get("place") or {}
    if place.get("geonameid") == town["geonameid"]:
        return False
    # (a region or a country: the town may lie in it)
    return place.get("kind") == "city" and not _locations_compatible(mention.sentence_location, there)


def _told_as_elsewhere(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """Whether the mention is placed in a town its sentence tells as lying some way off ("Kiev says rebel fire
    killed a woman in the village of X, a few kilometres away, on the same day"): a scene set apart from the one
    told before, so an event of its own, unless the event is placed in that very town."""
    place = (_named_in_sentence(mention) or {}).get("place") or {}
    if place.get("kind") != "city" or place.get("end") is None \
            or not TOLD_AS_AWAY.match(doc.text, place["end"], place["end"] + 40):
        return False
    return ((cluster.location() or {}).get("place") or {}).get("geonameid") != place.get("geonameid")


def _takes_another_town(mention: _Mention, cluster: _Cluster) -> bool:
    """ "liberated the village of Hrakove ... On Saturday, troops entered the centre of Chkalovske": a change of
    control told of another town is another town's, however near the two lie."""
    return mention.event.sub_event_type in TERRITORY_TYPES \
        and _two_towns(mention.own_location, cluster.location())


def _other_sides_attack(mention: _Mention, cluster: _Cluster) -> bool:
    """ "Russian forces shelled troops near Avdiivka ... The separatists accused Ukrainian troops of shelling
    Yasynuvata": an attack by the side the event struck, told in another town than the event's, is that side's own
    attack (each side says the other fired), not the event's scene, however near the two towns lie. So is one by
    another armed side than the event's attacker ("killed by Ukrainian mortar fire in Horlivka ... a soldier was
    killed by rebel mortar fire near Shumy"): one attack has one attacker."""
    attacker, target, own_attacker = mention.event.actor1, cluster.event.actor2, cluster.event.actor1
    if attacker is None:
        return False
    if own_attacker is None and _blamed_by_its_enemy(mention) \
            and _two_towns(_named_in_sentence(mention), cluster.location() or _named_in_sentence(cluster.head)):
        return True
    if target is not None and attacker.name == target.name \
            and _two_towns(mention.own_location, cluster.location()):
        return True
    # (the event's town may be named only by its sentence: "craters in Horlivka, where two were killed")
    # (one state's army and police are one side)
    return own_attacker is not None and (own_attacker.kind, own_attacker.country) != (attacker.kind, attacker.country) \
        and {attacker.kind, own_attacker.kind} <= ARMED_SIDE_KINDS \
        and _two_towns(mention.own_location, cluster.location() or _named_in_sentence(cluster.head))


def _blamed_by_its_enemy(mention: _Mention) -> bool:
    """Whether the mention's sentence has another armed side say or claim that the mention's attacker did it ("The
    militants said Ukrainian fire had killed a civilian in Horlivka"): one side's charge against the other, told
    beside an event whose attacker is not named, is the charge's own attack wherever it names another town."""
    attacker = mention.event.actor1
    if attacker is None or attacker.kind not in ARMED_SIDE_KINDS:
        return False
    for verb in mention.governor.ancestors:
        if verb.lemma_.lower() not in SIDE_CLAIM_VERBS:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            speaker = actor_from_token(subject, "agent", mention.event.event_type, None)
            # (an army named without its country, "the military said", may be the attacker's own)
            if speaker is not None and speaker.kind in ARMED_SIDE_KINDS and (
                    speaker.kind != attacker.kind or None not in (speaker.country, attacker.country)
                    and speaker.country != attacker.country):
                return True
    return False


def _two_towns(a: dict | None, b: dict | None) -> bool:
    """Whether `a` and `b` are two different towns."""
    return a is not None and b is not None \
        and ((a.get("place") or {}).get("kind"), (b.get("place") or {}).get("kind")) == ("city", "city") \
        and a["place"].get("geonameid") != b["place"].get("geonameid")


def _beside_a_guessed_town(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether the mention is placed in another town than the one an event with no place in its own sentences is
    only guessed at (a speaker's title, a "Source: X City Council" line): a guess is no scene that neighbouring towns
    lie near, so "a drone killed a driver in neighbouring Y" is Y's own event. (Not under a headline, whose scene
    the lead tells again.)"""
    guess = cluster.head.fallback_location
    return cluster.location() is None and not _is_headline(cluster.head.sentence) \
        and all(m.sentence_location is None for m in cluster.mentions) \
        and _two_towns(mention.own_location, guess) and mention.own_location.get("name") != guess.get("name")


def _opens_in_another_town(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether the mention's sentence opens by naming a town other than the cluster's ("In rebel-held Horlivka,
    officials said two died in shelling"): what it tells happened there, even where its verb is a speaker's."""
    town = (mention.sentence_location or {}).get("place") or {}
    opening = FRONTED_PLACE.match(mention.sentence.text)
    return opening is not None and town.get("start") is not None \
        and town["start"] < mention.sentence.start_char + opening.end() and _in_another_town(mention, cluster)


def _towns_apart(a: _Cluster, b: _Cluster) -> bool:
    """Whether two events are placed in two towns that are not one nor neighbours ("retook Velykyi Burluk ...
    Kozacha Lopan, which troops had entered on Tuesday"); two towns changing hands, even neighbours."""
    places = [c.location() or _named_in_sentence(c.head) for c in (a, b)]
    if {a.event.sub_event_type, b.event.sub_event_type} <= TERRITORY_TYPES:
        return _two_towns(*places)  # neighbours change hands apart
    return all(p is not None and (p.get("place") or {}).get("kind") == "city" for p in places) \
        and not _locations_compatible(*places)


# a sentence's opening place phrase: "In rebel-held Donetsk,", "At the port of Odesa,"
FRONTED_PLACE = re.compile(r"(?:In|At|Near|Outside)\s[^,.;]{1,60},")
STRUCK_VERBS = {"hit", "strike", "shell", "pound", "target", "attack", "bomb", "bombard"}


def _after_a_new_strike(sentence: SpacySpan) -> bool:
    """Whether the sentence before this one in its paragraph says, in its main clause, that a place was struck
    again ("Kharkiv itself was hit again. In the city's Saltivka district two people were killed when rockets
    struck a block"): what this sentence tells is that other strike, not an event told before it."""
    previous = previous_in_paragraph(sentence)
    return previous is not None and any(
        t.lower_ == "again" and t.dep_ == "advmod" and t.head.pos_ == "VERB" and t.head.dep_ == "ROOT"
        and t.head.lemma_.lower() in STRUCK_VERBS for t in previous)


def _in_next_sentence(mention: _Mention, cluster: _Cluster, within: int = 1) -> bool:
    """Whether the mention stands in the sentence right after the cluster's first (or in one of the `within`
    sentences after it)."""
    following: SpacySpan | None = cluster.head.sentence
    for _ in range(within):
        following = _next_sentence(following)
        if following is None:
            return False
        if following.start_char == mention.sentence.start_char:
            return True
    return False


def _follows_cluster(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether the mention stands in the sentence right after one of the cluster's."""
    return any((following := _next_sentence(m.sentence)) is not None
               and following.start_char == mention.sentence.start_char for m in cluster.mentions)


def _refines_next(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether the mention, in the sentence right after one of the cluster's, tells the cluster's event as a kind
    of it: "A bomb attack killed 11 at a funeral. A suicide bomber detonated explosives inside the mosque" tells one
    bombing, a suicide one."""
    return mention.event.sub_event_type in REFINES.get(cluster.event.sub_event_type, set()) \
        and _follows_cluster(mention, cluster)


def _refines_as_named(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """Whether the mention tells what an event named back by a definite noun was, however far below the cluster's
    first mention: "officials said the attack had all the marks of a suicide bombing" tells the bombing already
    told as a suicide one."""
    if mention.event.sub_event_type not in REFINES.get(cluster.event.sub_event_type, set()):
        return False
    root = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    if root is None or root.pos_ not in {"NOUN", "PROPN"} or root.dep_ in {"nsubj", "nsubjpass"}:
        return False
    for verb in root.ancestors:
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() != "be":
            return any(c.dep_ == "nsubj" and c is not root and c.lemma_.lower() in ATTACK_NOUNS | {"blast", "explosion"}
                       and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in c.children)
                       for c in verb.children)
    return False


def _generalises_next(mention: _Mention, cluster: _Cluster, definite: bool) -> bool:
    """Whether the mention, a definite reference in the sentence right after one of the cluster's, names the
    cluster's event by the broader kind it is one of: "A suicide bomber struck a church on Sunday. The bombing
    during Sunday's service killed 12" tells one bombing, which keeps its finer type."""
    return definite and cluster.event.sub_event_type in REFINES.get(mention.event.sub_event_type, set()) \
        and _follows_cluster(mention, cluster)


def _done_by_its_attacker(doc: Doc, event: EventMention) -> bool:
    """Whether the event's verb has "the attacker" or "the bomber" for its subject: the one already told, so "A
    suicide bomber struck a market. The attacker detonated his explosives among the stalls" tells one bombing."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and root.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ATTACKER_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in root.children)


# Verbs of the hunt that follows an attack: the raid on the attacker's home, the search for him, his kin's arrest.
RAID_LEMMAS = {"raid", "search", "storm", "arrest", "detain"}


def _pursues_its_attacker(doc: Doc, event: EventMention) -> bool:
    """Whether the event's verb is a raid, search or arrest aimed at an attacker or what is his ("Soldiers raided the
    family home of the attacker"): the hunt that followed the attack, an event of its own."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() not in RAID_LEMMAS:
        return False
    objects = [c for c in root.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lemma_.lower() in ATTACKER_NOUNS for o in objects for t in o.subtree)


def _placed_next(mention: _Mention, cluster: _Cluster, wide: str) -> dict | None:
    """The place of a mention in the sentence right after the cluster's first, placed in the country of a cluster
    placed only at the `wide` level ("country", "admin1"), by its own words or, where they name no place, by its
    sentence if that names no town ("a monitor was killed when his car hit a mine" in "the mission in eastern
    Ukraine"); None otherwise."""
    head = cluster.head
    there = cluster.location() or (None if head.sentence_names_town else head.sentence_location)
    here = mention.own_location
    if there is None or here is None or (there.get("place") or {}).get("kind") != wide \
            or here.get("country_code") != there.get("country_code") or not _in_next_sentence(mention, cluster):
        return None
    return here.get("place") or {}


def _narrows_country_next(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether an event placed only in a country gets, in the very next sentence, a mention of its kind placed in
    a region or town of that country: "attackers blew up power pylons in southern Ukraine ... pylons in the Odesa
    region were damaged by explosions" tells one event, whose scene the second sentence names."""
    place = _placed_next(mention, cluster, "country")
    return place is not None and place.get("kind") != "country"


def _retells_its_scene_next(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """Whether a violent event placed only in a region or country is told again, by the same word, in the very
    next sentence, placed in a town there: "an attack on an army post in Kayes region ... Militants attacked the post
    outside Diema" is the one attack, whose town the second sentence names, whatever type each wording suggests.
    (A headline's broad word is no lead's: the sentence under it tells the event in full, with its own type.)"""
    if mention.event.event_type not in VIOLENT_TYPES or cluster.event.event_type not in VIOLENT_TYPES \
            or _is_headline(cluster.head.sentence) \
            or _trigger_lemma(doc, mention.event) != _trigger_lemma(doc, cluster.head.event):
        return False
    place = _placed_next(mention, cluster, "admin1") or _placed_next(mention, cluster, "country")
    return place is not None and place.get("kind") in {"city", "admin2"}


# words for one military site: "an army camp" told again as "the base"
MILITARY_SITE_NOUNS = {"camp", "base", "post", "outpost", "barracks", "garrison"}


def _retells_its_target_next(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """Whether a violent event whose lead strikes a military site told indefinitely ("militants attacked a military
    camp in western X") is told again in the very next sentence by a violent verb acting on that site told
    definitely ("fighters stormed the base at Y, firing mortars"): the one assault, whatever type the weapons of
    the second wording suggest."""
    if mention.event.event_type not in VIOLENT_TYPES or cluster.event.event_type not in VIOLENT_TYPES \
            or _is_headline(cluster.head.sentence) or not _in_next_sentence(mention, cluster):
        return False
    told = _site_acted_on(doc, cluster.head.event, {"a", "an"})
    return told is not None and _site_acted_on(doc, mention.event, {"the"}) is not None


def _site_acted_on(doc: Doc, event: EventMention, articles: set[str]) -> Token | None:
    """The military site the event's verb acts on (its object, or the object of its preposition), told with one
    of `articles`."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if root is None or root.pos_ != "VERB":
        return None
    objects = [c for c in root.children if c.dep_ == "dobj"]
    objects += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return next((o for o in objects if o.lemma_.lower() in MILITARY_SITE_NOUNS
                 and any(c.dep_ == "det" and c.lower_ in articles for c in o.children)), None)


def _names_the_town_its_bearing_pointed_at(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether an event placed only by its bearing from a town ("killed in an ambush in the region east of X") gets in
    the very next sentence a mention of its kind placed in a town that lies that way: "The soldiers came under fire
    near a village southeast of Y" names the scene the bearing pointed at."""
    there = cluster.location()
    return there is not None and mention.own_location is not None and _in_next_sentence(mention, cluster) \
        and _lies_the_way_told(doc_text(mention.sentence.doc), there, mention.own_location)


def _names_its_spot_next(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether an event placed only in a well-known area, at a spot it does not name ("an attack on a mountain resort
    in the Kurdish region"), gets in the sentence right after one of the cluster's a mention of its kind placed in a
    town of that country whose sentence names that spot ("The shells hit the Parkhi resort in the Zakho district"):
    the one event, whose town that sentence names. (An area holds many towns struck in a day; only the spot told
    again ties this town to the lead.)"""
    there, here = cluster.location() or {}, mention.own_location or {}
    kinds = (there.get("place") or {}).get("kind"), (here.get("place") or {}).get("kind")
    if kinds[0] != "area" or kinds[1] not in {"city", "admin2"} \
            or here.get("country_code") != there.get("country_code") or not _follows_cluster(mention, cluster):
        return False
    # the spot, not the event's own noun: "an Israeli strike near a school ... The strike hit a school in Abasan"
    event_nouns = {t.lemma_ for m in (*cluster.mentions, mention) for t in _trigger_tokens(m)}
    untold = {t.lemma_ for m in cluster.mentions for t in m.sentence if _told_as_some(t)} - event_nouns
    return any(t.lemma_ in untold and any(c.lower_ == "the" for c in t.children) for t in mention.sentence)


def _trigger_tokens(mention: _Mention) -> list[Token]:
    """The words of the mention's trigger."""
    trigger = mention.event.trigger
    span = mention.sentence.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _told_as_some(noun: Token) -> bool:
    """ "a mountain resort", "an open-air market": a common noun told with an indefinite article."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


# "in a village in Yobe state", "the border villages of the X district ... in one of those villages": a lead whose
# scene is a settlement it does not name, only its region
UNNAMED_SETTLEMENT_IN = re.compile(r"\b(?:a|one)\s+(?:[a-z]+\s+)?(?:village|town|settlement|hamlet)\s+in\b"
                                   r"|\bone\s+of\s+(?:the|those|these)\s+(?:[a-z]+\s+)?"
                                   r"(?:villages|towns|settlements|hamlets)\b", re.IGNORECASE)


def _names_region_village_next(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether an event placed only in a region or a district, in "a village in" it, gets in the very next sentence
    a mention of its kind placed in a town of that country: "gunmen killed 37 people in a village in Yobe state ...
    The attackers opened fire on traders in Mafa" names the village, wherever the gazetteer puts a town of that
    name; so does "shelling killed two farmers in a village in the Zaporizhzhia district ... troops fired mortars at
    Stepnohirsk", however far from the district's namesake town the village lies (a district spans more than a
    town's outskirts); and an event told with no place of its own, only in "one of those villages" ("two days after
    a drone killed a couple in one of those villages. ... a drone hit a car in Golovchino"), gets the town of its
    country named next."""
    if not UNNAMED_SETTLEMENT_IN.search(cluster.head.sentence.text):
        return False
    place = _placed_next(mention, cluster, "admin1")
    if place is not None:
        return place.get("kind") == "city"
    district, here = cluster.location() or cluster.head.sentence_location, mention.own_location
    if district is None:
        # no place of its own at all ("a drone killed a couple in one of those villages"): the town of its country
        # named next is the village
        country = (cluster.head.fallback_location or {}).get("country_code")
        return here is not None and (here.get("place") or {}).get("kind") == "city" and bool(country) \
            and here.get("country_code") == country and _in_next_sentence(mention, cluster)
    return here is not None and district.get("geo_precision") == 2 \
        and here.get("geo_precision") == 1 and (here.get("place") or {}).get("kind") == "city" \
        and bool(here.get("admin1")) and here.get("admin1") == district.get("admin1") \
        and _in_next_sentence(mention, cluster)


# the word after a town's name that makes it a district's ("attacked the Novomoskovsk district with drones")
DISTRICT_WORD_AFTER = re.compile(r"\s+(?:district|raion)\b", re.IGNORECASE)
# how far from the town a district is named after its towns may lie: a district spans some 50 to 100 km
DISTRICT_REACH_KM = 60.0


def _names_district_town_soon(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether an event told as striking a whole district ("Russian troops attacked the Novomoskovsk district with
    drones") gets, in one of the next two sentences, a mention of its kind placed in another town of the region
    within the district's reach ("a drone hit a farm in Pereshchepyne"): the town of the district that was hit."""
    district, here = cluster.location(), mention.own_location
    if district is None or here is None or district.get("geo_precision") != 2:
        return False
    place, town = district.get("place") or {}, here.get("place") or {}
    text = doc_text(mention.sentence.doc)
    return _in_next_sentence(mention, cluster, within=2) \
        and place.get("end") is not None and bool(DISTRICT_WORD_AFTER.match(text, place["end"])) \
        and here.get("geo_precision") == 1 and town.get("kind") == "city" \
        and town.get("geonameid") != place.get("geonameid") and bool(here.get("admin1")) \
        and here.get("admin1") == district.get("admin1") \
        and haversine_km(district["lat"], district["lon"], here["lat"], here["lon"]) <= DISTRICT_REACH_KM


# "in the capital of China's Xinjiang region": the words just before a region that tell a scene as its capital
CAPITAL_OF = re.compile(r"\bcapital\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _names_regional_capital_next(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """Whether an event placed only in a region it tells the capital of ("hurled explosives at a market in the
    capital of China's Xinjiang region") gets, in the sentence right after one of the cluster's, a mention of its
    kind placed in a town of that region ("the assault on the market in Urumqi"): the capital, named. (A region told
    as the scene holds many towns; only "the capital of" says the scene is one town there.)"""
    there, here = cluster.location() or cluster.head.sentence_location, mention.own_location
    region = (there or {}).get("place") or {}
    if there is None or here is None or region.get("kind") not in {"admin1", "area"} or region.get("start") is None \
            or (here.get("place") or {}).get("kind") != "city" or not here.get("admin1") \
            or here.get("admin1") != there.get("admin1") or not _follows_cluster(mention, cluster):
        return False
    return CAPITAL_OF.search(doc.text[max(0, region["start"] - 60):region["start"]]) is not None


def _one_of_its_weapons_hit_next(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """Whether an attack placed only in a region ("attacked the Khmelnytskyi region with missiles") is followed, in
    the sentence right after one of its own, by "one of the missiles" or "a missile" (one of a weapon the attack's
    sentences name) hitting a town of that region: the town is where that attack struck, the region only its wider
    place, not a second scene."""
    there, here = cluster.location() or {}, mention.own_location or {}
    if (there.get("place") or {}).get("kind") != "admin1" or (here.get("place") or {}).get("kind") != "city" \
            or not there.get("admin1") or here.get("admin1") != there.get("admin1") \
            or here.get("country_code") != there.get("country_code") or _is_headline(cluster.head.sentence) \
            or not _follows_cluster(mention, cluster):
        return False
    root = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    if root is None or root.pos_ != "VERB":
        return False
    told = {t.lemma_.lower() for m in cluster.mentions for t in m.sentence} & WEAPON_NOUNS
    # "a shell hit X" after "shelled villages of the region" is no weapon the attack was told with, only its verb
    told_nouns = {t.lemma_.lower() for m in cluster.mentions for t in m.sentence if t.pos_ == "NOUN"} & told
    return any(s.dep_ == "nsubj" and (s.lower_ == "one" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            w.dep_ == "pobj" and w.lemma_.lower() in told and any(d.lower_ == "the" for d in w.children)
            for w in p.children) for p in s.children) or _one_weapon_of(s, told_nouns)) for s in root.children)


def _one_weapon_of(subject: Token, told: set[str]) -> bool:
    """ "a drone", "a missile": one, by the indefinite article, of a weapon the attack was told with."""
    return subject.tag_ == "NN" and subject.lemma_.lower() in told \
        and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in subject.children)


def _retells_what_the_news_followed(doc: Doc, mention: _Mention, cluster: _Cluster, since: list[_Cluster]) -> bool:
    """Whether the mention gives the day and the town of an event the lead told only as what its news followed,
    with neither of its own and placed only by the dateline ("MANILA - ... put troops on the streets after a bombing
    in his hometown ... Friday night's blast at a night market in Davao City"), no event of its kind told between:
    the same event, earlier than the news."""
    head = cluster.head
    if not head.dateline_only or cluster.date() is not None or cluster.location() is not None \
            or mention.own_date is None or mention.own_location is None:
        return False
    root = _root_of(doc, head.event.trigger.start, head.event.trigger.end)
    followed = root is not None and root.dep_ == "pobj" and root.head.lower_ in {"after", "following"}
    same_country = mention.own_location.get("country_code") == (head.fallback_location or {}).get("country_code")
    return followed and same_country and all(c.event.sub_event_type != head.event.sub_event_type for c in since)


def _fold(doc: Doc, mentions: list[_Mention], published: str | None = None) -> list[_Cluster]:
    """Fold mentions of the same event (in text order) into clusters."""
    clusters: list[_Cluster] = []
    for mention in mentions:
        event = mention.event
        best: _Cluster | None = None
        if event.modality not in UNASSERTED and _is_bare_casualty(doc, event):
            best = _casualties_of(doc, mention, clusters)
        definite = _is_definite_reference(doc, event)
        # "the wagons came off the rails after the blast": an undated definite reference read as past is the
        # event already told, not an earlier one
        referring_back = event.modality == "historical" and definite and mention.own_date is None \
            and not _in_clause_measured_from(_root_of(doc, event.trigger.start, event.trigger.end)) \
            and not _ranks_among(_root_of(doc, event.trigger.start, event.trigger.end))
        # the sentence's day and town of "died overnight in hospital in X, bringing the toll from the shelling to
        # two" are the victim's, not the named event's
        toll_of = definite and _names_the_event_of_a_toll(doc, event)
        by_its_attacker = _done_by_its_attacker(doc, event)
        placing = _tells_where_it_happened(doc, event)
        if best is None and (event.modality not in UNASSERTED or referring_back):
            lemma = _trigger_lemma(doc, event)
            pursuit = _pursues_its_attacker(doc, event)
            candidates = []
            for order, cluster in enumerate(clusters):
                head = cluster.event
                if head.modality in UNASSERTED:
                    continue
                same_type = head.sub_event_type == event.sub_event_type
                refines = _refines_next(mention, cluster) or _refines_as_named(doc, mention, cluster) \
                    or _generalises_next(mention, cluster, definite or by_its_attacker) \
                    or _retells_its_scene_next(doc, mention, cluster) or _retells_its_target_next(doc, mention, cluster)
                if not same_type and not refines and not (definite and head.event_type == event.event_type):
                    continue
                # A reference of another sub-type that carries its own date or place ("Saturday's
                # explosion") names an event of its own; one that names no weapon ("The strike on Saturday in
                # the city of X" after "a missile and drone attack") takes the weapon of the one it refers back to.
                unarmed_reference = definite and head.event_type == event.event_type \
                    and not names_a_weapon(mention.sentence)
                if not same_type and not refines and not toll_of and not unarmed_reference \
                        and (mention.own_date or mention.own_location):
                    continue
                if _marks_another_occasion(doc, event) or _after_a_new_strike(mention.sentence) \
                        or _background_occasion(doc, mention, cluster):
                    continue
                if pursuit and lemma not in {_trigger_lemma(doc, m.event) for m in cluster.mentions}:
                    continue  # "Soldiers raided the family home of the attacker" after the attack: the hunt for him
                # a headline names the lead's event broadly: "... strike in Zaporizhzhia region" over "... in Vilniansk"
                # "The attacker detonated his explosives in the X district" after "a suicide bomber struck ... in
                # eastern Afghanistan": the bomber's deed, told more finely placed
                broad = definite or (by_its_attacker and refines and not same_type) \
                    or _is_headline(cluster.head.sentence)
                retold = same_type and _retells_what_the_news_followed(doc, mention, cluster, clusters[order + 1:])
                if cluster.date() is None and not retold and (_days_before(mention.own_date, published) > 2
                                                              or _earlier_period(mention.own_date)):
                    continue  # an undated event is the report's news; one dated days or "earlier this month" is another
                if cluster.date() is None and mention.own_date is not None and _names_the_cause(doc, event):
                    continue  # "a response to Saturday's explosion": what the news answered, on a day of its own
                # a region of the country an unknown town lies in may be its place; a town there is another's
                unknown = cluster.head.scene_unknown and ((mention.own_location or {}).get("place") or {}).get(
                    "kind") in {"admin1", "admin2"}
                # the report's latest event, placed only by its dateline, and a mention of its kind in the very next
                # sentence placed in the dateline's country: the one event, whose scene that sentence names
                unknown = unknown or (
                    same_type and cluster.location() is None and cluster.head.dateline_only
                    and mention.own_location is not None
                    and mention.own_location.get("country_code") == (cluster.head.fallback_location or {}).get(
                        "country_code")
                    and all(c.event.modality in UNASSERTED for c in clusters[order + 1:])
                    and _in_next_sentence(mention, cluster))
                unknown = unknown or retold or (same_type and _narrows_country_next(mention, cluster)) \
                    or _retells_its_scene_next(doc, mention, cluster) or _retells_its_target_next(doc, mention, cluster)
                unknown = unknown or (same_type and _one_of_its_weapons_hit_next(doc, mention, cluster))
                there = cluster.location() or (None if unknown else cluster.head.fallback_location)
                if placing and there is not None and _area_around_town(there, mention.own_location or {}):
                    there = None  # "killed a soldier in Donbas. The attack took place near X": the area's town
                if same_type and (_names_region_village_next(mention, cluster)
                                  or _names_district_town_soon(mention, cluster)
                                  or _names_its_spot_next(mention, cluster)
                                  or _names_regional_capital_next(doc, mention, cluster)
                                  or _names_the_town_its_bearing_pointed_at(mention, cluster)):
                    there = None
                if not toll_of and (mention.own_date is not None and cluster.date() is None
                                    and _in_another_town(mention, cluster) or _opens_in_another_town(mention, cluster)):
                    continue  # "Troops took Bilohirka ... In the town of Kozacha, retaken on Friday, ...": its own day
                if same_type and (_takes_another_town(mention, cluster) or _other_sides_attack(mention, cluster)):
                    continue
                if _told_as_elsewhere(doc, mention, cluster):
                    continue
                if there is not None and _beside_a_guessed_town(mention, cluster):
                    continue
                # the day of the night a lead told, given later, tells that night's event in a town of its region
                night = _dates_the_night(mention.own_date, cluster.date(), published)
                if not toll_of and not ((_dates_compatible(mention.own_date, cluster.date()) or night)
                                        and _locations_compatible(mention.own_location, there,
                                                                  containment=broad or unknown or night)):
                    continue
                cluster_lemmas = {_trigger_lemma(doc, m.event) for m in cluster.mentions}
                # "The strike came ..." after "Russian rockets have destroyed the airport": a noun for an event of
                # the cluster's type names it, whatever verb told it
                exact_match = lemma in cluster_lemmas or (lemma in ATTACK_NOUNS and bool(cluster_lemmas & ATTACK_NOUNS))
                lemma_match = exact_match or (definite and lemma in REFERENCE_NOUNS.get(head.sub_event_type, set()))
                # An anaphor with no place or date of its own only joins an event it names.
                if definite and not lemma_match and mention.own_location is None and len(clusters) > 1:
                    continue
                # "the shelling went on. In X, shells killed two ... hurt in the attack": a reference back names
                # the event told as one happening, not violence told only as going on
                trend = definite and (_ongoing_trend(doc, head) or _kept_up_as_backdrop(doc, head))
                candidates.append((trend, not exact_match, not lemma_match, not same_type, -order, cluster))
            if candidates:
                best = min(candidates, key=lambda c: c[:5])[5]
        if best is None:
            clusters.append(_Cluster([mention]))
        else:
            if _refines_next(mention, best) or _refines_as_named(doc, mention, best):
                best.event.sub_event_type = event.sub_event_type
            best.mentions.append(mention)
    return clusters


@dataclass
class _DayContext:
    """What choosing an undated cluster's day reads: the report's clusters (the asserted ones apart), the days
    chosen so far by cluster id, the speakers' days by sentence start, the lead's day, the report's day, whether
    the lead tells remains found, and the day of a lead whose news went unrecognised."""
    doc: Doc
    extraction: Extraction
    clusters: list[_Cluster]
    asserted: list[_Cluster]
    dates: dict[int, DateValue | None]
    statement_dates: dict[int, DateValue]
    lead_date: DateValue | None
    lead: DateValue | None
    lead_found_remains: bool
    untold_lead: DateValue | None


def _inherit_dates(doc: Doc, clusters: list[_Cluster], extraction: Extraction,
                   statement_dates: dict[int, DateValue], lead_date: DateValue | None) -> dict[int, DateValue | None]:
    """Each cluster's date, by id: its own, else inherited (see module docstring), else the publication day."""
    dates = {id(c): c.date() for c in clusters}
    asserted = [c for c in clusters if c.event.modality not in UNASSERTED]
    context = _DayContext(doc, extraction, clusters, asserted, dates, statement_dates, lead_date,
                          lead=_report_day(doc, extraction, asserted, dates, statement_dates, lead_date),
                          lead_found_remains=_lead_found_remains(doc, lead_date),
                          # the day of a lead whose news went unrecognised: "... violated the ceasefire 24 times
                          # yesterday, and one soldier was killed", then the spokesman's account of the firefight,
                          # given on the report's day
                          untold_lead=_day_of_lead_telling_no_event(doc, clusters, lead_date))
    for cluster in asserted:
        if not dates[id(cluster)]:
            dates[id(cluster)] = _inherited_day(context, cluster)
    for cluster in asserted:  # sentence-mates of clusters that inherited above
        if dates[id(cluster)] is None and (mates := _dated_sentence_mates(doc, asserted, dates, cluster)):
            dates[id(cluster)] = dates[id(mates[0])]
    published = extraction.document.published
    for cluster in asserted:
        if dates[id(cluster)] is None and published:
            dates[id(cluster)] = DateValue(text="", start=0, end=0, date_start=published,
                                           date_end=published, precision="day", anchor="published")
    return dates


def _report_day(doc: Doc, extraction: Extraction, asserted: list[_Cluster], dates: dict[int, DateValue | None],
                statement_dates: dict[int, DateValue], lead_date: DateValue | None) -> DateValue | None:
    """The report's day: its lead's, else the opening day of a "Details:" paragraph (it tells the lead's news at
    length), else the first day the report gives, an event's or a speaker's (the news happened by then, and closer
    to it than the publication date), not an event's told further down, nor one told in a background paragraph
    (that day is the earlier events'), nor one told only as what the news answered ("revenge for Saturday's
    shelling"), nor one that stands as a point of comparison ("one of the few deadly attacks since a truce took hold
    on Sept. 1": the lead's own day would not be taken from there either), nor one weeks before the report told
    below its first event ("It was the second time this month: on August 21 a strike injured 12"), which the
    report tells as background."""
    opening = min((c.head.sentence.start_char for c in asserted), default=None)
    published = extraction.document.published
    told = [(c.head.sentence.start_char, dates[id(c)]) for c in asserted if dates[id(c)]
            and not _told_only_as_cause(doc, c)
            and (c.head.sentence.start_char == opening or not _background_date(dates[id(c)], published))]
    told += [(start, date) for start, date in statement_dates.items()]
    told = [(start, date) for start, date in told if not _in_background_paragraph(doc, date.start)
            and date.precision == "day" and not _day_of_comparison(doc, date)]
    return lead_date or _day_in_details(doc, extraction.dates) or (
        min(told, key=lambda pair: pair[0])[1] if told else None)


def _day_of_comparison(doc: Doc, date: DateValue) -> bool:
    """Whether the day stands in a phrase of comparison ("since a truce took hold on Sept. 1")."""
    root = _root_of(doc, date.start, date.end) if date.end else None
    return root is not None and _comparison_phrase(root) is not None


def _lead_found_remains(doc: Doc, lead_date: DateValue | None) -> bool:
    """Whether the lead's day is the day the dead were found ("bodies were found on Monday")."""
    lead_root = _root_of(doc, lead_date.start, lead_date.end) if lead_date is not None and lead_date.end else None
    return lead_root is not None and _finds_remains(_governor(lead_root))


def _dated_sentence_mates(doc: Doc, asserted: list[_Cluster], dates: dict[int, DateValue | None],
                          cluster: _Cluster) -> list[_Cluster]:
    """The dated asserted clusters headed in the cluster's sentence, not those dated as another occasion."""
    return [c for c in asserted if c.head.sentence == cluster.head.sentence and dates[id(c)]
            and not _dated_as_other_occasion(doc, c.date(), cluster)]


def _inherited_day(context: _DayContext, cluster: _Cluster) -> DateValue | None:
    """The day an undated asserted cluster inherits, in order: the day its onset or its mourned violence gives, a
    later one of its type, a day set just before, the day before a speaker's, then one of its type, sentence-mates
    or the lead's (see module docstring); None where there is none."""
    doc, extraction, dates = context.doc, context.extraction, context.dates
    if (_told_as_ongoing(doc, cluster.event) or _told_as_outbreak(doc, cluster.event)) \
            and (onset := _onset_day(doc, extraction.dates)) is not None:
        return onset  # "detonations continue ... the fire started at 21:50 on 26 September"
    if (mourned := _mourned_violence_day_told_later(doc, cluster, extraction.dates)) is not None:
        return mourned
    same_type = _earlier_of_its_type(context, cluster)
    told_later = _later_days_of_its_type(context, cluster)
    start = cluster.head.sentence.start_char
    later_same_type = [c for c in told_later if c.head.sentence.start_char - start < 600]
    statement = next((context.statement_dates[m.sentence.start_char] for m in cluster.mentions
                      if m.sentence.start_char in context.statement_dates), None) or _next_statement(
        doc, cluster, context.statement_dates, context.lead_date)
    mates = _dated_sentence_mates(doc, context.asserted, dates, cluster)
    own_mates = [c for c in mates if c.date() is not None]
    if not same_type and later_same_type and not own_mates and (
            not _gives_day(cluster.head.sentence, context.lead_date) or context.lead_found_remains):
        # "A car bomb killed ... She died when the SUV blew up late Saturday"; but "forces killed 15 on
        # Wednesday in the deadliest day of protests ... Five were killed at protests on Saturday" dates the
        # protests by the sentence that tells them (unless the lead's day is the day the dead were found)
        return later_same_type[0].date()
    told_beside = _dated_beside(context, cluster)
    if not same_type and not mates and not told_beside \
            and (setting := _day_set_just_before(cluster, context.clusters, extraction.dates)) is not None \
            and (statement is None or _days_before(setting, statement.date_start) >= 0):
        return setting
    if not same_type and statement is not None and not told_beside:
        return _day_before_statement(context, cluster, statement)
    return _day_of_kin_or_lead(context, cluster, same_type, mates or told_beside, told_later)


# Missiles and drones shot down are the strikes' own: an interception told with no day of its own is of the day of
# the strikes told before it ("The strikes on Saturday hit energy facilities ... about half of the missiles had
# been intercepted"), not of the report's lead.
INTERCEPTED_STRIKES = {"Shelling/artillery/missile attack", "Air/drone strike"}


def _earlier_of_its_type(context: _DayContext, cluster: _Cluster) -> list[_Cluster]:
    """The dated asserted clusters of the cluster's type headed no later than it (for an interception, also the
    strikes it stopped), not those dated by a background day of another."""
    start = cluster.head.sentence.start_char
    kinds = {cluster.event.sub_event_type}
    if cluster.event.sub_event_type == "Disrupted weapons use":
        kinds |= INTERCEPTED_STRIKES
    return [c for c in context.asserted if c.event.sub_event_type in kinds
            and c.head.sentence.start_char <= start and context.dates[id(c)] and c is not cluster
            and not _background_day_of_another(context.doc, context.dates[id(c)], cluster)]


def _later_days_of_its_type(context: _DayContext, cluster: _Cluster) -> list[_Cluster]:
    """The asserted clusters of the cluster's type told after it with a day of their own, not told as another
    occasion (a day: "Earlier this month, a deputy minister was arrested" tells another arrest; nor does one days
    before the lead's: "Last Friday, nine were killed when police fired on marchers" is an earlier occasion, nor
    one told only as what another act answered: "revenge for Saturday's shelling of a border village"), in
    another town, or by a background day of another."""
    doc, start = context.doc, cluster.head.sentence.start_char
    return [c for c in context.asserted if c.event.sub_event_type == cluster.event.sub_event_type
            and 0 < c.head.sentence.start_char - start and c.date()
            and c.date().precision == "day" and not _marks_another_occasion(doc, c.event)
            and not _told_only_as_cause(doc, c)
            and not _towns_apart(c, cluster) and not _background_day_of_another(doc, c.date(), cluster)
            and not _last_week_before_lead(c.date(), context.lead_date)]


def _dated_beside(context: _DayContext, cluster: _Cluster) -> list[_Cluster]:
    """The other dated asserted clusters with a mention in the cluster's sentence carrying its own day, not one
    dated as another occasion."""
    return [c for c in context.asserted if c is not cluster and context.dates[id(c)] and c.date() is not None
            and any(m.sentence == cluster.head.sentence and m.own_date
                    and not _dated_as_other_occasion(context.doc, m.own_date, cluster) for m in c.mentions)]


def _day_before_statement(context: _DayContext, cluster: _Cluster, statement: DateValue) -> DateValue:
    """For a cluster told beside a speaker's day: the first day in the week before it that the report gives the
    event, else the speaker's day. "claimed on Saturday that his fighters had captured Bakhmut"; but "drove the
    troops out after a day of fighting on March 2, the mayor said on March 3" dates the fighting by its
    sentence-mate. A speaker's day is only the latest the event can be: "..., the order said Tuesday. ... were
    killed Monday in the church"."""
    doc, extraction, clusters = context.doc, context.extraction, context.clusters
    detail = _day_in_next_sentence(doc, cluster, clusters, extraction.dates)
    # a headline's event told with its speaker's day in the lead ("Shelling kills man in X" over "troops
    # shelled the district, the governor said on Tuesday. The town came under fire on Monday evening"):
    # the sentence after the speaker's is the one that gives the event's day
    spoken_in = next((m.sentence for m in cluster.mentions if m.sentence.start_char in context.statement_dates), None)
    if detail is None and spoken_in is not None and spoken_in != cluster.head.sentence:
        detail = _day_in_next_sentence(doc, cluster, clusters, extraction.dates, spoken_in)
    if detail is None:
        detail = _earlier_day_for_town(doc, cluster, context.asserted, extraction.places, context.statement_dates,
                                       context.lead_date, statement)
    # or the day the event's own sentence gives the attack it updates: "..., the military said on Thursday,
    # raising the toll from Wednesday's attack from four"
    owned = _day_owning_attack_noun(doc, cluster.head.sentence, extraction.dates)
    # or the day a sentence soon after gives its dead: "..., Trudeau said Thursday. [a quote] All 176 aboard
    # were killed when it went down early Wednesday"
    dead_after = _day_its_dead_fell_told_after(doc, cluster, clusters, extraction.dates, statement)
    # or the day a sentence soon after gives its own verb: "... was detained on Monday in Uzhhorod"
    retold_after = _day_its_verb_tells_after(doc, cluster, clusters, extraction.dates, extraction.places, statement)
    untold = _one_untold_day_before(doc, clusters, extraction.dates, statement)
    # or, for violence, the day of what followed it within hours ("struck camps late Friday, hours after
    # the attack"), as the claim of an attack comes after it
    hours_after = _day_told_hours_after_attack(extraction.document.text, extraction.dates) \
        if cluster.event.event_type in VIOLENT_TYPES else None
    # or, for a town taken, the day of the fighting that won it: "retook the village after fighting on
    # Saturday, the spokesman said on Sunday"
    won_by = _day_of_fight_that_won_it(doc, cluster, extraction.dates)
    candidates = (owned, detail, dead_after, retold_after, untold, hours_after, won_by, context.untold_lead)
    if detail is not None and _days_before(detail, statement.date_start) > 0 and _tells_when_it_happened(doc, detail):
        # "The killings took place on April 7": the report says outright when, however long the news took
        return detail
    return next((day for day in candidates if 0 < _days_before(day, statement.date_start) <= 7), statement)


# Nouns for the happening itself: "the killings took place on April 7", "the attack happened on Monday".
HAPPENING_NOUNS = ATTACK_NOUNS - {"wave"} | {"killing", "massacre", "murder", "shooting", "ambush", "incident",
                                             "clash", "abduction", "kidnapping", "violence"}


def _tells_when_it_happened(doc: Doc, day: DateValue) -> bool:
    """Whether the day is given by "took place", "happened" or "occurred" with a definite noun of the happening as
    subject: "The killings took place on April 7"."""
    root = _root_of(doc, day.start, day.end)
    return root is not None and _happening_told_by(_governor(root))


def _tells_where_it_happened(doc: Doc, event: EventMention) -> bool:
    """Whether the event is a definite noun of the happening, subject of "took place", "happened" or "occurred":
    "The attack took place near the village of X" places the event just told, not another one."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and root.dep_ == "nsubj" and _happening_told_by(root.head)


def _happening_told_by(verb: Token) -> bool:
    """Whether the verb is "took place", "happened" or "occurred" with a definite noun of the happening as subject."""
    lemma = verb.lemma_.lower()
    if not (lemma in {"happen", "occur"} or (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in HAPPENING_NOUNS and any(
        d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in c.children) for c in verb.children)


def _day_of_kin_or_lead(context: _DayContext, cluster: _Cluster, same_type: list[_Cluster], beside: list[_Cluster],
                        told_later: list[_Cluster]) -> DateValue | None:
    """The day of the last earlier cluster of its type, else of a sentence-mate or a cluster dated beside it, else
    the lead's day its sentence gives, else a day the report gives it further on (the next sentence, the violence
    it opened with, hours after the attack, the violence a rally answers, its dead, its verb), else the report's;
    in a report with no day of its own, the day a sentence soon after gives its dead."""
    doc, extraction, clusters, dates = context.doc, context.extraction, context.clusters, context.dates
    lead = context.lead
    if same_type:
        return dates[id(same_type[-1])]
    if beside:
        return dates[id(beside[0])]
    if _gives_day(cluster.head.sentence, context.lead_date):
        return context.lead_date  # the lead's own day, not one the next sentence gives another occasion
    if (detail := _day_in_next_sentence(doc, cluster, clusters, extraction.dates)) is not None:
        return detail
    if (opened := _day_violence_opened_with(doc, cluster, clusters, extraction.dates)) is not None:
        return opened
    if cluster.event.event_type in VIOLENT_TYPES \
            and (hours_after := _day_told_hours_after_attack(extraction.document.text, extraction.dates)):
        return hours_after
    if lead and (answered := _day_a_rally_answers(doc, clusters, cluster, extraction.dates, lead)):
        return answered
    if lead:
        return _day_the_mourned_died(doc, cluster, extraction.dates) or _day_of_mourned_attack(
            doc, cluster, extraction.dates) or _day_told_by_its_dead(
            doc, cluster, extraction.dates, lead) or _day_its_verb_tells_after(
            doc, cluster, clusters, extraction.dates, extraction.places, lead) or _day_before_speaker(
            doc, cluster, clusters, extraction.dates, context.statement_dates, lead, told_later) or lead
    published = extraction.document.published
    if published is None:
        return None
    # a report that gives no day before its violence's: "... on Monday condemned the killing of four villagers.
    # [a quote] The four were killed on Friday morning" (a condemnation's day is no report's day)
    return _day_its_dead_fell_told_after(doc, cluster, clusters, extraction.dates, DateValue(
        text="", start=0, end=0, date_start=published, date_end=published, precision="day", anchor="published"))


def _day_of_fight_that_won_it(doc: Doc, cluster: _Cluster, dates: list[DateValue]) -> DateValue | None:
    """For a town taken, the day of the fighting its taking is told as following, in the taking's own clause:
    "Saturday" of "forces regained control of the village after fighting on Saturday"."""
    if cluster.event.sub_event_type not in TERRITORY_TYPES:
        return None
    governors = {m.governor for m in cluster.mentions}
    for value in dates:
        root = _root_of(doc, value.start, value.end)
        if root is None or value.precision != "day" or value.tense == "future":
            continue
        after = next((a for a in root.ancestors if a.dep_ == "prep" and a.lower_ == "after"), None)
        if after is not None and after.head in governors and any(
                c.dep_ in {"pobj", "pcomp"} and c.lemma_.lower() in FIGHT_WORDS for c in after.children):
            return value
    return None


def _day_the_mourned_died(doc: Doc, cluster: _Cluster, dates: list[DateValue]) -> DateValue | None:
    """For "the attack" told with no day, the day an earlier rite's dead were killed: "a vigil on Wednesday for the
    six people killed at the school on Monday ... the teacher killed in the attack" is Monday's attack."""
    if not _is_definite_reference(doc, cluster.event):
        return None
    mourned = [d for d in dates if d.precision == "day" and d.end <= cluster.head.sentence.start_char
               and (root := _root_of(doc, d.start, d.end)) is not None
               and (verb := _governor(root)).lemma_.lower() in HARM_VERBS
               and any(_is_rite_noun(a) for a in verb.ancestors)]
    return mourned[-1] if mourned else None


def _mourned_violence_day_told_later(doc: Doc, cluster: _Cluster, dates: list[DateValue]) -> DateValue | None:
    """For violence told with no day inside a rite for its dead ("gathered for the funeral of five guards killed in an
    air strike"), the first day a later sentence says the dead were killed ("The five were killed on Saturday"): the
    rite's day, which the report's is, is not the violence's."""
    trigger = cluster.event.trigger
    event = _root_of(doc, trigger.start, trigger.end)
    if cluster.event.event_type not in VIOLENT_TYPES or event is None \
            or not any(_is_rite_noun(a) for a in event.ancestors):
        return None
    return next((d for d in dates if d.precision == "day" and d.start >= cluster.head.sentence.end_char
                 and (root := _root_of(doc, d.start, d.end)) is not None
                 and _governor(root).lemma_.lower() in HARM_VERBS), None)


def _day_of_mourned_attack(doc: Doc, cluster: _Cluster, dates: list[DateValue]) -> DateValue | None:
    """For violence told with no day, the day of an attack that an earlier rite mourns: "mourners gathered on
    Friday for the victims of Tuesday's bombing ... Nine died when the device exploded" is Tuesday's bombing."""
    if cluster.event.event_type not in VIOLENT_TYPES:
        return None
    mourned = [d for d in dates if d.precision == "day" and d.end <= cluster.head.sentence.start_char
               and (root := _root_of(doc, d.start, d.end)) is not None and _owns_violence(root, ATTACK_NOUNS)
               and any({a.lemma_.lower(), a.lower_} & RITE_NOUNS for a in root.head.ancestors)]
    return mourned[-1] if mourned else None


def _day_told_by_its_dead(doc: Doc, cluster: _Cluster, dates: list[DateValue], lead: DateValue) -> DateValue | None:
    """For violence told with no day, the day a sentence just before names by its dead, in the week before the
    report's day: "asked who fired on Friday, when two medics were killed ... Shells began to land around them"
    is Friday's shelling, not the day the report tells its news."""
    if cluster.event.event_type not in VIOLENT_TYPES:
        return None
    start = cluster.head.sentence.start_char
    named = [d for d in dates if d.precision == "day" and d.end <= start and start - d.start < DEAD_DAY_REACH
             and (root := _root_of(doc, d.start, d.end)) is not None and _defined_by_deaths(root)
             and 0 < _days_before(d, lead.date_start) <= 7]
    return named[-1] if named else None


def _day_its_dead_fell_told_after(doc: Doc, cluster: _Cluster, clusters: list[_Cluster], dates: list[DateValue],
                                  statement: DateValue) -> DateValue | None:
    """For violence whose own sentence gives only a speaker's day, the first day in the week before it that a
    sentence soon after gives to deaths: "Sunday morning's blast inside the church killed 25", "were killed when it
    went down early Wednesday". Not the day the wounded died in care, nor a day told of another occasion ("In a
    separate attack, two were killed on Monday")."""
    if cluster.event.event_type not in VIOLENT_TYPES:
        return None
    end = cluster.head.sentence.end_char
    for value in dates:
        if not end <= value.start < end + DEAD_DAY_REACH or value.precision != "day" or value.tense == "future" \
                or not 0 < _days_before(value, statement.date_start) <= 7:
            continue
        root = _root_of(doc, value.start, value.end)
        if root is not None and not _in_background_paragraph(doc, value.start) \
                and (verb := _harm_verb_timed_by(_governor(root))) is not None and not _died_in_care(verb) \
                and not _told_as_other_occasion(verb) and not _done_by_another_kind_of_attack(verb, cluster, clusters):
            return value
    return None


def _day_its_verb_tells_after(doc: Doc, cluster: _Cluster, clusters: list[_Cluster], dates: list[DateValue],
                              places: list[Place], statement: DateValue) -> DateValue | None:
    """For an event whose own sentences give only a speaker's day, the first day in the week before it that a
    sentence soon after them gives to the event's own verb, where no event of its own was found: "The SBU has detained
    an agent in Lutsk, its press office said on Wednesday. ... 'He was detained on Tuesday at the station'"; for an
    aircraft shot down, the day it crashed ("Flight 8243 crashed on Wednesday near Aktau"); not the verb told of
    another town ("Sloviansk, which troops entered on Saturday")."""
    lemmas = {_trigger_lemma(doc, m.event) for m in cluster.mentions}
    if any(_downs_an_aircraft(doc, m.event) for m in cluster.mentions):
        lemmas.add("crash")  # a downing is told from the ground as the crash, often the only day a follow-up gives it
    others = {m.governor for c in clusters if c is not cluster for m in c.mentions}
    end = max(m.sentence.end_char for m in cluster.mentions)
    for value in dates:
        if not end <= value.start < end + DEAD_DAY_REACH or value.precision != "day" or value.tense == "future" \
                or not 0 < _days_before(value, statement.date_start) <= 7 or _in_background_paragraph(doc, value.start):
            continue
        root = _root_of(doc, value.start, value.end)
        verb = _governor(root) if root is not None else None
        # the day on the verb itself ("was detained on Monday"), not one of an occasion it is set after ("struck
        # the city again, after an attack on October 3")
        if verb is not None and verb.lemma_.lower() in lemmas and verb not in others \
                and _day_on_verb(root, verb) and not _told_as_other_occasion(verb) \
                and not _verb_tells_of_another_town(verb, cluster, places):
            return value
    return None


RELATIVE_GAP = re.compile(r",?\s*")


def _verb_tells_of_another_town(verb: Token, cluster: _Cluster, places: list[Place]) -> bool:
    """Whether what the verb acts on is a town other than the event's: its object, or the town its relative clause
    tells of ("Sloviansk and Kramatorsk, which government forces entered on Saturday")."""
    town = (cluster.location() or {}).get("place") or {}
    if town.get("kind") != "city":
        return False
    told = [t for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree]
    if verb.dep_ == "relcl":
        told += [verb.head, *verb.head.conjuncts]
    text = verb.doc.text
    # (a "which" the parse leaves unattached stands for the town named just before it)
    named = [p for p in places if p.kind == "city" and (any(p.start <= t.idx < p.end for t in told) or any(
        t.lower_ == "which" and RELATIVE_GAP.fullmatch(text, p.end, t.idx) for t in told))]
    return bool(named) and not any(p.geonameid == town.get("geonameid") if p.geonameid and town.get("geonameid")
                                   else p.name == town.get("name") for p in named)


def _downs_an_aircraft(doc: Doc, event: EventMention) -> bool:
    """Whether the event is an aircraft brought down: its trigger's verb has a plane, a helicopter or an airliner
    as what it downed ("had shot down the airline's Boeing 737", "a helicopter was downed")."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if event.sub_event_type != "Disrupted weapons use" or root is None:
        return False
    downed = [c for c in _governor(root).children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lemma_.lower() in AIRCRAFT | AIRLINER_WORDS for c in downed for t in c.subtree)


def _day_on_verb(root: Token, verb: Token) -> bool:
    """Whether a day hangs on the verb directly ("detained Monday") or through one preposition ("on Monday")."""
    return root.head == verb or root.head.dep_ == "prep" and root.head.head == verb \
        and not _orders_occasions(root.head)


def _harm_verb_timed_by(verb: Token) -> Token | None:
    """The verb of killing or dying that a day's verb tells the time of: the verb itself ("killed 25 on Sunday"),
    or the one its clause of time hangs on ("were killed when it went down minutes after taking off early
    Wednesday"), not one a relative or reported clause hangs on ("killed a man who had arrived on Monday")."""
    current = verb
    while current.lemma_.lower() not in HARM_VERBS:
        if current.dep_ not in {"advcl", "pcomp", "pobj", "prep", "npadvmod"} or current.head.i == current.i:
            return None
        current = current.head
    return current


def _told_as_other_occasion(verb: Token) -> bool:
    """Whether the verb's clause sets its deed apart: "also", "earlier" on the verb, or "a separate attack"."""
    return any(c.dep_ == "advmod" and c.lower_ in ANOTHER_OCCASION_WORDS for c in verb.children) \
        or any(t.lower_ in SEPARATE_WORDS for t in verb.sent)


def _defined_by_deaths(day: Token) -> bool:
    """ "Friday, when two medics were killed": a day told by a clause of the dead it hangs."""
    return any(child.dep_ == "relcl" and child.lemma_.lower() in HARM_VERBS
               and any(w.lower_ == "when" for w in child.children) for child in day.children)


# What goes on and is told as going on ("detonations continue", "the fighting rages"), with the day it began
CONTINUING_VERBS = {"continue", "persist", "rage"}
ONSET_VERBS = {"start", "begin", "erupt"}
# sending forces to a scene, and the forces sent: an answer to the news, not part of it
REINFORCING_VERBS = {"send", "deploy", "dispatch", "rush"}
# ordering or tightening measures: an answer to the news, as sending forces is
ORDERING_VERBS = {"order", "impose", "tighten", "heighten", "step", "ban", "declare"}
FORCE_NOUNS = {"troop", "soldier", "police", "policeman", "officer", "force", "reinforcement", "unit", "guard"}
ONGOING_NOUNS = ATTACK_NOUNS | _CLASH_REFERENCES | {"fire", "blaze", "detonation", "siege", "unrest", "riot",
                                                    "protest"}


def _told_as_ongoing(doc: Doc, event: EventMention) -> bool:
    """Whether the event's trigger is the subject of a verb of going on ("detonations continue")."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and root.dep_ == "nsubj" and root.head.lemma_.lower() in CONTINUING_VERBS


def _still_going_on(doc: Doc, event: EventMention) -> bool:
    """Whether the event's trigger is the subject of a verb told as still going on ("fighting was still going on
    on Thursday", "clashes still raged")."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and root.dep_ in {"nsubj", "csubj"} \
        and any(c.dep_ == "advmod" and c.lower_ == "still" for c in root.head.children)


def _day_it_began(doc: Doc, cluster: _Cluster, clusters: list[_Cluster],
                  dates: dict[int, DateValue | None]) -> DateValue | None:
    """The day before its own that the sentence gives another event, for an event told as still going on on its day
    ("insurgents attacked the town on Wednesday, and fighting was still going on on Thursday"): the day it began."""
    own = dates.get(id(cluster))
    if own is None or own.precision != "day" or not _still_going_on(doc, cluster.event):
        return None
    sentence = cluster.head.sentence.start_char
    earlier = [day for other in clusters if other is not cluster and other.head.sentence.start_char == sentence
               and (day := dates.get(id(other))) is not None and day.precision == "day"
               and 0 < _days_before(day, own.date_start) <= 2]
    return min(earlier, key=lambda day: day.date_start) if earlier else None


def _onset_day(doc: Doc, dates: list[DateValue], nouns: set[str] = ONGOING_NOUNS) -> DateValue | None:
    """The day the report says what goes on began: "the fire at the arsenal started at 21:50 on 26 September",
    "the fighting broke out on Tuesday", "the group began the attack on Friday evening" (a definite subject or
    object that refers back, a verb of beginning), of one of `nouns`."""
    for value in dates:
        root = _root_of(doc, value.start, value.end)
        if root is None or value.precision != "day" or value.tense == "future":
            continue
        verb = _governor(root)
        begins = verb.lemma_.lower() in ONSET_VERBS or (
            verb.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))
        # what began: the definite subject ("the fighting broke out") or object ("the group began the attack")
        begun = (_definite_subject(root), _definite_object(verb))
        if begins and any(noun is not None and noun.lemma_.lower() in nouns for noun in begun):
            return value
    return None


def _definite_object(verb: Token) -> Token | None:
    """The definite object of a verb: "the attack" of "the group began the attack on Friday evening"."""
    return next((c for c in verb.children if c.dep_ == "dobj" and any(
        d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in c.children)), None)


def _verb_above(token: Token) -> Token:
    """The nearest verb above `token` in the parse (or the sentence root)."""
    current = token.head
    while current.pos_ != "VERB" and current.head.i != current.i:
        current = current.head
    return current


# Verbs that end what went on ("ended a 30-hour siege early on Sunday"), and the violence a siege began with
ENDING_VERBS = {"end", "conclude", "finish"}
SIEGE_NOUNS = ATTACK_NOUNS | {"siege"}


def _day_its_siege_began(doc: Doc, cluster: _Cluster, date: DateValue | None,
                         dates: list[DateValue]) -> DateValue | None:
    """For violence dated by the day a siege ended or was still going on ("ended a 30-hour siege at the hotel early
    on Sunday", "were still battling gunmen in the hotel on Saturday, a day after they stormed it"): the day in the
    two before that the report says the attack began ("The attack on the hotel began on Friday evening")."""
    if date is None or date.precision != "day" or cluster.event.event_type not in VIOLENT_TYPES \
            or cluster.event.modality in UNASSERTED or (root := _root_of(doc, date.start, date.end)) is None:
        return None
    verb = _governor(root)
    # and the verb above a participle the day stands in: "battling gunmen holed up in the hotel on Saturday"
    verbs = (verb, _verb_above(verb)) if verb.dep_ in {"acl", "ccomp"} else (verb,)
    ended_or_going_on = any(v.lemma_.lower() in ENDING_VERBS or any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in v.children) for v in verbs)
    onset = _onset_day(doc, dates, SIEGE_NOUNS) if ended_or_going_on else None
    return onset if onset is not None and 0 < _days_before(onset, date.date_start) <= 2 else None


def _day_its_onset_gives(doc: Doc, mention: _Mention, dates: list[DateValue]) -> DateValue | None:
    """The day a verb of beginning gives what is told below it: "The raids started on Friday night in hamlets
    where gunmen torched homes and shot residents" dates the shooting Friday night."""
    trigger = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    if trigger is None:
        return None
    sentence = trigger.sent
    onset = _onset_day(doc, [d for d in dates if sentence.start_char <= d.start < sentence.end_char])
    onset_root = _root_of(doc, onset.start, onset.end) if onset is not None else None
    return onset if onset_root is not None and trigger in _governor(onset_root).subtree else None


def _one_untold_day_before(doc: Doc, clusters: list[_Cluster], dates: list[DateValue],
                           statement: DateValue) -> DateValue | None:
    """The one day of the week before a speaker's that the report gives, in a sentence telling no event, to what it
    names as already told: "Militants killed 15 policemen, the governor said on Monday. ... The gunmen struck on
    Sunday evening in two cities", "... fled after the attack on Friday"."""
    told = {m.sentence.start_char for c in clusters for m in c.mentions}
    days: dict[str, DateValue] = {}
    for value in dates:
        root = _root_of(doc, value.start, value.end)
        if root is None or value.precision != "day" or value.tense == "future" or root.sent.start_char in told \
                or _comparison_phrase(root) is not None or not _refers_back(root):
            continue
        if 0 < _days_before(value, statement.date_start) <= 7:
            days.setdefault(value.date_start, value)
    return next(iter(days.values())) if len(days) == 1 else None


def _day_of_lead_telling_no_event(doc: Doc, clusters: list[_Cluster],
                                  lead_date: DateValue | None) -> DateValue | None:
    """The lead's day, where no event was found in the lead's sentence."""
    root = _root_of(doc, lead_date.start, lead_date.end) if lead_date is not None else None
    if root is None or any(m.sentence.start_char == root.sent.start_char for c in clusters for m in c.mentions):
        return None
    return lead_date


def _day_a_rally_answers(doc: Doc, clusters: list[_Cluster], cluster: _Cluster, dates: list[DateValue],
                         lead: DateValue) -> DateValue | None:
    """The day of the violence a protest lead answers: "Residents marched on Friday, a day after a police operation
    left 28 dead. ... died in the raid on Thursday" dates the raid's killings Thursday, not the march's Friday (the
    one earlier day the report gives to what it names as already told)."""
    rally_lead = any(c.date() is lead and c.event.event_type == "Protests" for c in clusters)
    if not rally_lead or cluster.event.event_type not in POLITICAL_VIOLENCE_TYPES:
        return None
    return _one_untold_day_before(doc, clusters, dates, lead)


# "..., late Friday, hours after the attack": what that day dates followed the attack within hours
HOURS_AFTER_ATTACK = re.compile(r",?\s+(?:just\s+|only\s+|a\s+few\s+|several\s+|some\s+)?hours\s+after\s+the\s+(\w+)\b",
                                re.IGNORECASE)


def _day_told_hours_after_attack(text: str, dates: list[DateValue]) -> DateValue | None:
    """The one day the report gives something told as coming hours after the attack it refers back to ("struck
    camps late Friday, hours after the attack"): the attack's own day, for one told with none."""
    days = {d.date_start: d for d in dates if d.precision == "day" and d.tense != "future"
            and (m := HOURS_AFTER_ATTACK.match(text, d.end)) and m.group(1).lower().rstrip("s") in ATTACK_NOUNS}
    return next(iter(days.values())) if len(days) == 1 else None


def _refers_back(date_root: Token) -> bool:
    """Whether the day dates a definite noun or a clause with a definite subject ("the attack on Friday", "The gunmen
    struck on Sunday"), not a speaker's statement nor news of its own ("One person was killed on Friday")."""
    noun = _dated_noun(date_root) or _definite_subject(date_root) or _attack_noun_before(date_root)
    return noun is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _attack_noun_before(date_root: Token) -> Token | None:
    """The attack noun right before the day's preposition, where the parser hangs the day on the verb instead:
    "died in the raid on Thursday"."""
    preposition = date_root.head
    if date_root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i == 0:
        return None
    noun = preposition.nbor(-1)
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in ATTACK_NOUNS else None


def _names_town(sentence: SpacySpan, location: dict | None, places: list[Place]) -> bool:
    """Whether the sentence names the town of `location`."""
    town = (location or {}).get("place") or {}
    if town.get("kind") != "city":
        return False
    return any(sentence.start_char <= p.start < sentence.end_char and p.kind == "city"
               and (p.geonameid == town.get("geonameid") if p.geonameid and town.get("geonameid")
                    else p.name == town.get("name")) for p in places)


def _earlier_day_for_town(doc: Doc, cluster: _Cluster, asserted: list[_Cluster], places: list[Place],
                          statement_dates: dict[int, DateValue], lead_date: DateValue | None,
                          statement: DateValue) -> DateValue | None:
    """An earlier day than the speaker's, told of the event's town elsewhere: the lead's day for news in the town
    this later sentence names ("Troops moved into Bilohirka on Saturday. ... The General Staff said in its Sunday update
    that Bilohirka was among the villages retaken"), or the day of an earlier statement in the next sentence that names
    the town ("troops took Bilohirka, officials said on Sunday. 'Bilohirka is ours,' the mayor wrote late on
    Saturday"))."""
    head = cluster.head.sentence
    lead_root = _root_of(doc, lead_date.start, lead_date.end) if lead_date is not None and lead_date.end else None
    if lead_root is not None and lead_root.sent.start_char < head.start_char:
        for other in asserted:
            if other is not cluster and other.head.sentence == lead_root.sent and other.date() is lead_date \
                    and _names_town(head, other.location(), places):
                return lead_date
    following = _next_sentence(head)
    spoken = statement_dates.get(following.start_char) if following is not None else None
    there = cluster.location() or _named_in_sentence(cluster.head)
    if spoken is not None and spoken.start > following.start_char and _names_town(following, there, places) \
            and not any(m.own_date for c in asserted for m in c.mentions if m.sentence == following):
        return spoken
    return None


def _dated_as_other_occasion(doc: Doc, date: DateValue | None, cluster: _Cluster) -> bool:
    """Whether a sentence-mate's own day stands in a phrase that tells another occasion than the sentence's news,
    one the undated event is not part of: a point of comparison ("seven soldiers were killed in fighting, the worst
    loss since a truce was signed on 5 May") or what came before or after it ("the town was retaken after the
    garrison slipped away overnight"). The mate's day is then no day for the undated event."""
    root = _root_of(doc, date.start, date.end) if date is not None and date.end else None
    trigger = _root_of(doc, cluster.event.trigger.start, cluster.event.trigger.end)
    if root is None or trigger is None:
        return False
    if _dates_a_rite(root, cluster.event.trigger):
        return True  # "declared three days of mourning on Saturday after gunmen stormed a hotel"
    governor = _governor(root)
    if _tells_consequence(governor) and trigger not in governor.subtree:
        return True  # "was shot dead by police, sparking protests on Thursday": the protests' day
    phrase = _comparison_phrase(root) or next(
        (a for a in (root, *root.ancestors) if (a.dep_ == "prep" and a.lower_ in SEQUENCE_PREPOSITIONS)
         or any(c.dep_ == "mark" and c.lower_ in SEQUENCE_PREPOSITIONS for c in a.children)), None)
    return phrase is not None and trigger not in phrase.subtree and not _told_moments_apart(phrase)


# words that put what a sequence phrase tells moments from the news: "shortly after they crossed the border"
MOMENTS_APART = {"shortly", "soon", "immediately", "just", "moments", "minutes", "right"}


def _told_moments_apart(phrase: Token) -> bool:
    """Whether a sequence phrase tells what came moments before or after the news, one occasion with it."""
    return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in MOMENTS_APART for c in phrase.children)


def _day_owning_attack_noun(doc: Doc, sentence: SpacySpan, dates: list[DateValue],
                            nouns: set[str] = ATTACK_NOUNS) -> DateValue | None:
    """A day in the sentence that owns an attack noun (of `nouns`): "Wednesday's attack", "Sunday's strikes"."""
    for value in dates:
        if sentence.start_char <= value.start < sentence.end_char and value.precision == "day":
            root = _root_of(doc, value.start, value.end)
            if root is not None and _owns_violence(root, nouns):
                return value
    return None


def _day_before_speaker(doc: Doc, cluster: _Cluster, clusters: list[_Cluster], dates: list[DateValue],
                        statement_dates: dict[int, DateValue], lead: DateValue,
                        told_later: list[_Cluster]) -> DateValue | None:
    """When the report's first day is a speaker's ("The minister has said ... the bombing. He told reporters on
    Monday ..."), the earlier day the sentence after the speaker's gives the event: as its own news, or for an attack
    as the day that owns an attack noun there, though the toll update it hangs on is later ("The toll from Saturday
    night's blast rose to 54 on Monday"); else the day of the first later event of its type, however far down
    ("The clinic was hit on Saturday"); else, for violence, the day a sentence soon after its own gives its dead
    ("Police blamed a banned group for the attack. The ministry said on Tuesday ... The five were killed on
    Sunday when ...")."""
    spoken_in = _sentence_of(doc, lead)
    if spoken_in is None or statement_dates.get(spoken_in.start_char) is not lead \
            or cluster.head.sentence.start_char >= spoken_in.start_char:
        return None  # (an event told after the speaker's words is no event they spoke of)
    detail = _day_in_next_sentence(doc, cluster, clusters, dates, spoken_in)
    following = _next_sentence(spoken_in)
    if detail is None and following is not None and cluster.event.event_type in VIOLENT_TYPES:
        detail = _day_owning_attack_noun(doc, following, dates)
    if detail is None and told_later:
        detail = told_later[0].date()
    if detail is None:
        detail = _day_its_dead_fell_told_after(doc, cluster, clusters, dates, lead)
    return detail if detail is not None and 0 < _days_before(detail, lead.date_start) <= 7 else None


def _day_set_just_before(cluster: _Cluster, clusters: list[_Cluster], dates: list[DateValue]) -> DateValue | None:
    """The one day the sentence before the cluster's, in its paragraph, opens with when that sentence tells no
    event of its own: it sets the scene the event follows ("On March 3, officers searched dozens of homes. Eleven
    people were detained")."""
    previous = _eventless_sentence_before(cluster.head.sentence, clusters)
    if previous is None:
        return None
    days = [d for d in dates if previous.start_char <= d.start < previous.end_char]
    if len(days) != 1 or days[0].precision != "day" or days[0].tense == "future":
        return None
    opening = previous.doc.char_span(previous.start_char, days[0].start, alignment_mode="expand")
    root = _root_of(previous.doc, days[0].start, days[0].end)
    # the day must open a sentence and date its main verb (not a dateline's "KYIV, May 24 (Reuters) -")
    dates_main_verb = root is not None and previous.root.pos_ == "VERB" and _governor(root) == previous.root
    return days[0] if opening is not None and len(opening) <= 2 and dates_main_verb else None


def _owns_another_kind_of_noun(doc: Doc, date_root: Token, cluster: _Cluster) -> bool:
    """Whether a day owns a noun that names no event of the cluster's kind ("Yesterday's order by the minister",
    "Monday's decision"): it dates what it owns, not the sentence's news nor an event told before."""
    if date_root.dep_ != "poss" or date_root.head.pos_ != "NOUN":
        return False
    event = cluster.event
    kind = REFERENCE_NOUNS.get(event.sub_event_type, set()) | {_trigger_lemma(doc, m.event) for m in cluster.mentions}
    if event.event_type in VIOLENT_TYPES:
        kind |= VIOLENCE_OCCASIONS
    return date_root.head.lemma_.lower() not in kind


def _day_in_next_sentence(doc: Doc, cluster: _Cluster, clusters: list[_Cluster],
                          dates: list[DateValue], sentence: SpacySpan | None = None) -> DateValue | None:
    """The day the next sentence gives (across a paragraph break too), when the day is not a speaker's nor that of
    an event the sentence tells, nor one owning a noun of another kind ("Yesterday's order to withdraw"): "Russian
    forces have emptied Kherson's art museum. The museum said that on Thursday soldiers carried out most of its
    collection". The sentence after `sentence` where given, else after the cluster's head."""
    following = _next_sentence(sentence or cluster.head.sentence)
    if following is None:
        return None
    # a day the sentence gives to an event of its own is that event's
    # (but not an event that is this one told again in other words: "Troops have retaken Shevchenkove, the ministry said
    # Sunday. Soldiers entered Shevchenkove on Saturday")
    governors = {m.governor for c in clusters for m in c.mentions if m.sentence.start_char == following.start_char
                 and not _retells(m, c, cluster)}
    if cluster.event.event_type in VIOLENT_TYPES:
        # but a verb an attack broke in on tells no other occasion: "The convoy was driving north on Monday when it
        # was ambushed"
        governors = {g for g in governors if not _attack_broke_in_on(g)}
    # the dateline under a headline ("KYIV, May 4. /Ukrinform/.") dates the report, not the headline's event
    dateline = range(*datelines.dateline_span(doc_text(doc)))
    for value in dates:
        if following.start_char <= value.start < following.end_char and value.precision == "day" \
                and value.tense != "future" and value.start not in dateline \
                and not _background_day_of_another(doc, value, cluster):
            root = _root_of(doc, value.start, value.end)
            if root is None or _comparison_phrase(root) is not None or any(
                    _orders_occasions(a) for a in root.ancestors):
                continue  # an earlier occasion: "the second strike in a week, after an attack ... on June 3"
            if _dated_rite(root) is not None:
                continue  # a later one: "declared a day of mourning on Nov. 15"
            if _owns_another_kind_of_noun(doc, root, cluster):
                continue  # "Yesterday's order to abandon the bank was met with scepticism": the order's day
            verb = _timed_by_clause(_governor(root), root)
            if _died_in_care(verb) and cluster.event.event_type in VIOLENT_TYPES and (
                    updated := _day_owning_attack_noun(doc, following, dates, VIOLENCE_OCCASIONS)) is not None:
                # the wounded dying later updates the toll of the attack the sentence dates: "Two of the wounded
                # died in hospital on Sunday, raising the toll from Saturday's shooting to seven"
                return updated
            # the sentence's own news ("on Sunday the fighters loaded ...", "groups had infiltrated ... on
            # Wednesday, he said"), not a clause inside it ("the districts, which troops entered on August 6"),
            # nor another occasion ("The base was also struck on Dec. 5")
            main_clause = verb == following.root or (verb.dep_ == "ccomp" and verb.head == following.root
                                                     and following.root.lemma_.lower() in SPEECH_VERBS) \
                or (_complement_read_as_relative(verb) and verb.head.head == following.root)
            # or the day its dead were killed: "He was among four people killed early Monday"
            # (but not the day the wounded later died in care: "three more died in hospital overnight")
            main_clause = main_clause or (verb.lemma_.lower() in HARM_VERBS and not _died_in_care(verb))
            if main_clause and verb.lemma_.lower() not in STATEMENT_VERBS and verb not in governors \
                    and not any(c.dep_ == "advmod" and c.lower_ in ANOTHER_OCCASION_WORDS for c in verb.children) \
                    and not _done_by_another_kind_of_attack(verb, cluster, clusters):
                return value
    return None


def _done_by_another_kind_of_attack(verb: Token, cluster: _Cluster, clusters: list[_Cluster]) -> bool:
    """Whether the verb's subject introduces, with "a", an event of another kind than the cluster's, which another
    cluster holds: "On Monday, a drone attack on the city wounded a boy" after a shelling tells another occasion,
    whose day is its own; so does a clause of "when" telling that other event where the dead are introduced anew
    ("on Sunday, a resident was killed when the village was shelled" after a drone strike; not "two of the
    victims were killed when a drone struck", the lead's dead)."""
    deeds = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and _told_as_some(c)]
    if deeds:
        deeds += [c for c in verb.children
                  if c.dep_ == "advcl" and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)]
    return any(deed in _trigger_tokens(m) for deed in deeds for other in clusters if other is not cluster
               and other.event.sub_event_type != cluster.event.sub_event_type for m in other.mentions)


def _complement_read_as_relative(verb: Token) -> bool:
    """Whether the verb heads what the parse reads as a relative clause on a speech verb's object but is what was
    said: in "told a briefing that troops had entered the village", "that" fills no gap, the clause having its own
    word in the role the parse gives it."""
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    return verb.dep_ == "relcl" and that is not None and verb.head.dep_ in {"dobj", "dative"} \
        and verb.head.head.lemma_.lower() in SPEECH_VERBS \
        and any(c.dep_ == that.dep_ and c != that for c in verb.children)


# A day told as the one just named: "later that day", "the same day"
SAME_DAY = re.compile(r"^(?:later\s+)?(?:that|the\s+same)\s+day\b", re.IGNORECASE)


def _died_in_care(verb: Token) -> bool:
    """Whether the verb tells a death in a hospital or morgue ("died in hospital overnight"): the wounded dying
    after the attack, on a day that need not be the attack's."""
    return any(p.dep_ == "prep" and p.lower_ in {"in", "at"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CARE_NOUNS for o in p.children) for p in verb.children)


# Times of day: "before dawn on Wednesday" tells when on Wednesday, not an occasion before another
TIMES_OF_DAY = {"dawn", "daybreak", "sunrise", "sunset", "dusk", "nightfall", "midnight", "noon", "midday", "dark"}


def _orders_occasions(token: Token) -> bool:
    """Whether the token is a preposition that sets its object before or after another occasion ("after an attack
    on June 3"), not one that tells the time of day ("before dawn on Wednesday")."""
    return token.dep_ == "prep" and token.lower_ in SEQUENCE_PREPOSITIONS \
        and not any(c.dep_ == "pobj" and c.lemma_.lower() in TIMES_OF_DAY for c in token.children)


def _attack_broke_in_on(verb: Token) -> bool:
    """Whether a "when" clause below the verb tells an attack that broke in on it: "was driving north on Monday when it
    was ambushed", "were travelling on Sunday when a drone hit them"."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in STRUCK_VERBS | HARM_VERBS | {"ambush"}
               and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children) for c in verb.children)


# Marks of a clause that happens at the time of the verb it hangs on: "attacked workers as they left on Monday".
SIMULTANEITY_MARKS = {"as", "when", "while"}


def _timed_by_clause(verb: Token, root: Token) -> Token:
    """The verb a clause of time gives its day to ("targeted workers" of "as they left the office on Monday"), the
    verb a participle set off by commas hangs on for a day the parse gave the participle past its closing comma
    ("drove a van, reportedly loaded with food, into the area on Saturday"), else the verb itself."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SIMULTANEITY_MARKS for c in verb.children):
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.i < verb.i and verb.i > 0 \
            and verb.doc[verb.left_edge.i - 1].text == "," \
            and any(c.dep_ == "punct" and c.text == "," and verb.i < c.i < root.i for c in verb.children):
        return verb.head
    return verb


def _retells(mention: _Mention, owner: _Cluster, cluster: _Cluster) -> bool:
    """Whether a mention of another event in the sentence after `cluster`'s tells the same happening again: one in
    its town, or one of the same kind of event with no place of its own ("... entered the town on Saturday after
    a short fight" after "troops have pushed the rebels out of Shevchenkove")."""
    if owner is cluster or mention.event.modality in UNASSERTED:
        return False
    trigger = _root_of(mention.sentence.doc, mention.event.trigger.start, mention.event.trigger.end)
    if trigger is not None and trigger.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ in {"poss", "compound", "nmod"} and c.ent_type_ == "DATE" for c in trigger.children):
        return False  # "Sunday's clashes in the capital" names an occasion by its own day
    there = cluster.location() or _named_in_sentence(cluster.head)
    if cluster.event.event_type in VIOLENT_TYPES and _done_by_the_attackers(trigger) and (
            there is None or _locations_compatible(mention.own_location, there, containment=True)):
        return True
    if mention.own_location is not None:
        return there is not None and (there.get("place") or {}).get("kind") == "city" \
            and _locations_compatible(mention.own_location, there)
    # or one whose verb the event's own sentence already used of it: "An officer who was stabbed during an attack at
    # a rally has died, officials said Sunday. He was stabbed in the head on Friday"
    return mention.event.event_type == cluster.event.event_type or (
        cluster.event.sub_event_type in TERRITORY_TYPES and _moves_territory(mention)) \
        or (cluster.event.event_type in RAID_TYPES and _attackers_arrive(mention)) \
        or _verb_used_in(trigger, cluster.head.sentence) or _details_the_claim(mention, cluster) \
        or (cluster.event.event_type in VIOLENT_TYPES and _target_named_again(trigger, cluster.head.sentence))


# "in the mountains east of Algiers", "in the region north of the capital": a scene told only by its bearing from a town
BEARING_FROM_TOWN_BEFORE = re.compile(r"\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                                      r"(?:ern)?\s+of\s+" + ANCHOR_PREFIX + "$", re.I)


def _lies_the_way_told(text: str, there: dict, town: dict) -> bool:
    """Whether a place told only by its bearing from a town ("ambushed in the Kabylie region east of Algiers") holds
    a town of the same country that lies that way within a bearing's reach: "near the village of X, southeast of
    Tizi Ouzou", a town 90 km east of Algiers, is the scene the bearing pointed at."""
    place = there.get("place") or {}
    start = place.get("start")
    if there.get("geo_precision") != 2 or start is None or town.get("country_code") != there.get("country_code") \
            or None in (there.get("lat"), town.get("lat")):
        return False
    told = BEARING_FROM_TOWN_BEFORE.search(text, max(0, start - 80), start)
    if told is None:
        return False
    bearing = bearing_degrees(told.group(1))
    return haversine_km(there["lat"], there["lon"], town["lat"], town["lon"]) <= BEARING_MAX_KM \
        and lies_toward(there["lat"], there["lon"], town["lat"], town["lon"], bearing)


def _done_by_the_attackers(verb: Token | None) -> bool:
    """Whether the verb's subject names the attackers already told ("The attackers stormed the town late on
    Saturday", after "Gunmen killed 14 in a night raid on a town"): the attack told again, from its start."""
    return verb is not None and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ATTACKER_NOUNS
        and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in c.children) for c in verb.children)


def _details_the_claim(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether violence the claimant tells ("the group said one of its fighters had attacked office workers")
    follows a sentence in which someone claims responsibility for the cluster's violence: the claim's details, in
    other words than the lead's."""
    return mention.event.modality == "claimed" and mention.event.event_type in VIOLENT_TYPES \
        and cluster.event.event_type in VIOLENT_TYPES and _claims_responsibility(cluster.head.sentence)


def _claims_responsibility(sentence: SpacySpan) -> bool:
    """ "Islamic State claimed responsibility for the bombing", "the group claimed credit"."""
    return any(t.lemma_.lower() == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS
                                                   for c in t.children) for t in sentence)


# Violence done on the spot, whose doers' coming is its start ("the gunmen arrived on Saturday, rounded up ...").
RAID_TYPES = {"Battles", "Violence against civilians"}


def _attackers_arrive(mention: _Mention) -> bool:
    """Whether a mention tells people coming or moving in ("the gunmen arrived on motorbikes"): in the sentence
    after a raid, the raid told from its start, not a move of its own."""
    return mention.event.sub_event_type == "Change to group/activity" \
        and _trigger_lemma(mention.sentence.doc, mention.event) in ENTERING_LEMMAS | {"arrive"}


# verbs by which troops take a place without a fight told: "units moved into the village"
ENTERING_LEMMAS = {"move", "enter", "advance", "push"}


def _moves_territory(mention: _Mention) -> bool:
    """Whether a mention tells a place changing hands or troops moving into it ("the militants pulled out of
    positions there", "units moved into the village"): in the sentence after a capture, the capture told again."""
    return mention.event.sub_event_type in TERRITORY_TYPES or mention.event.sub_event_type == \
        "Change to group/activity" and _trigger_lemma(mention.sentence.doc, mention.event) in ENTERING_LEMMAS


def _verb_used_in(trigger: Token | None, sentence: SpacySpan) -> bool:
    """Whether the trigger is a verb whose lemma a verb of the sentence shares."""
    return trigger is not None and trigger.pos_ == "VERB" and any(
        t.pos_ == "VERB" and t.lemma_.lower() == trigger.lemma_.lower() for t in sentence)


def _target_named_again(trigger: Token | None, sentence: SpacySpan) -> bool:
    """Whether the trigger is a verb whose subject or object is a noun told as known ("the camp was hit late on
    Monday") that the sentence names: "An attack on a camp for displaced people killed 29 ..." tells what was hit."""
    if trigger is None or trigger.pos_ != "VERB":
        return False
    targets = [c for c in trigger.children if c.dep_ in {"nsubjpass", "dobj"} and c.pos_ == "NOUN"
               and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == target.lemma_.lower() for target in targets for t in sentence)


def _next_statement(doc: Doc, cluster: _Cluster, statement_dates: dict[int, DateValue],
                    lead_date: DateValue | None) -> DateValue | None:
    """The day a speaker spoke in the sentence after one of the event's, in the same paragraph: "Ukrainian forces
    have withdrawn from Popasna, the governor has said. The troops have retreated ..., he told television on
    Sunday". Not a day before the lead's for an event its sentence tells: a claim comes after the event, so "A bomb
    killed two on Monday, and strikes killed two more. ... Trump said on Sunday" is no claim of the strikes."""
    for mention in cluster.mentions:
        following = _next_in_paragraph(mention.sentence)
        if following is not None and following.start_char in statement_dates:
            spoken = statement_dates[following.start_char]
            if _gives_day(cluster.head.sentence, lead_date) and spoken.date_end < lead_date.date_start:
                continue
            return spoken
    return None


def _sentence_of(doc: Doc, value: DateValue) -> SpacySpan | None:
    """The sentence a date stands in."""
    root = _root_of(doc, value.start, value.end)
    return root.sent if root is not None else None


def _day_violence_opened_with(doc: Doc, cluster: _Cluster, clusters: list[_Cluster],
                              dates: list[DateValue]) -> DateValue | None:
    """The day the sentence just before a violent event gives to violence it names without telling an event of
    its own: "The first attempt to retake the town ended in bloodshed on Sunday. A captain was killed when his unit
    came under fire" dates the fire Sunday, not by the report's lead."""
    previous = _eventless_sentence_before(cluster.head.sentence, clusters)
    if previous is None or cluster.event.event_type not in VIOLENT_TYPES:
        return None
    for value in dates:
        if previous.start_char <= value.start < previous.end_char and value.precision == "day" \
                and value.tense != "future" and (root := _root_of(doc, value.start, value.end)) is not None:
            verb = _governor(root)
            if verb.lemma_.lower() not in STATEMENT_VERBS | SPEECH_VERBS \
                    and any(t.lemma_.lower() in VIOLENCE_OCCASIONS for t in verb.subtree):
                return value
    return None


def _eventless_sentence_before(sentence: SpacySpan, clusters: list[_Cluster]) -> SpacySpan | None:
    """The sentence before `sentence` in its paragraph, when it tells no event of its own."""
    previous = previous_in_paragraph(sentence)
    if previous is None or any(m.sentence.start_char == previous.start_char for c in clusters for m in c.mentions):
        return None
    return previous


def _next_sentence(sentence: SpacySpan) -> SpacySpan | None:
    """The sentence after `sentence`, if any."""
    doc = sentence.doc
    return doc[sentence.end].sent if sentence.end < len(doc) else None


def _next_in_paragraph(sentence: SpacySpan) -> SpacySpan | None:
    """The sentence after `sentence`, when no line break stands between them."""
    following = _next_sentence(sentence)
    if following is None:
        return None
    # (a sentence may end with the line break's own whitespace token)
    gap = doc_text(sentence.doc)[sentence.start_char + len(sentence.text.rstrip()):following.start_char]
    return None if "\n" in gap else following


# A label opening a paragraph that tells what came before the news ("Background: On Sunday, 6 March, ...")
BACKGROUND_LABEL = re.compile(r"(?:Background|Context|Reminder|Backstory)\s*:", re.IGNORECASE)
# A label opening a paragraph that tells the news itself at length ("Details: Troops broke in yesterday, 22 March")
DETAILS_LABEL = re.compile(r"Details\s*:", re.IGNORECASE)


def _day_in_details(doc: Doc, dates: list[DateValue]) -> DateValue | None:
    """The first day told in the opening sentence of a paragraph labelled as the news's details."""
    text = doc_text(doc)
    for value in dates:
        root = _root_of(doc, value.start, value.end)
        if root is None or value.precision != "day" or value.tense == "future" or _comparison_phrase(root) is not None:
            continue
        opening = DETAILS_LABEL.match(text, _paragraph_start(doc, value.start))
        if opening is not None and not text[opening.end():root.sent.start_char].strip():
            return value
    return None


def _paragraph_start(doc: Doc, char: int) -> int:
    """Where the paragraph holding the character `char` begins."""
    return doc_text(doc).rfind("\n", 0, char) + 1


def _in_background_paragraph(doc: Doc, char: int) -> bool:
    """Whether the character stands in a paragraph labelled as background ("Background: ...")."""
    return bool(BACKGROUND_LABEL.match(doc_text(doc), _paragraph_start(doc, char)))


def _background_occasion(doc: Doc, mention: _Mention, cluster: _Cluster) -> bool:
    """Whether a mention told with a day of its own in a background paragraph is an earlier occasion than the
    news it would join ("... drones attacked the town overnight. Background: On 22 March, Russia carried out one of
    its largest attacks")."""
    day, news_day = mention.own_date, cluster.date()
    return day is not None and _in_background_paragraph(doc, mention.sentence.start_char) \
        and not _in_background_paragraph(doc, cluster.head.sentence.start_char) \
        and (news_day is None or day.date_start != news_day.date_start)


def _last_week_before_lead(day: DateValue, lead_date: DateValue | None) -> bool:
    """Whether a day is told as "last Friday" and falls days before the lead's: a day of the week before the news,
    an earlier occasion."""
    return day.text.lower().startswith("last ") and _days_before(day, lead_date and lead_date.date_start) > 1


def _background_day_of_another(doc: Doc, day: DateValue, cluster: _Cluster) -> bool:
    """Whether the day is told in a background paragraph the cluster is not told in: its day belongs to the earlier
    events that paragraph tells, not to the news ("X has been killed ... Background: On Sunday, forces shelled Y")."""
    return _in_background_paragraph(doc, day.start) and not any(
        _paragraph_start(doc, m.sentence.start_char) == _paragraph_start(doc, day.start) for m in cluster.mentions)


# Spans by which a clause counts back to an exact day ("a week after"; a month varies too much to give one).
DAYS_PER_UNIT = {"day": 1, "week": 7}
APPROXIMATE_WORDS = {"less", "more", "fewer", "nearly", "almost", "about", "around", "over", "under", "some",
                     "roughly", "approximately", "barely", "within"}
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _told_as_now(verb: Token) -> bool:
    """A verb in the present or present perfect: "has resigned", "says", "is mourning" tell the day of the report."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children) and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in verb.children)


def _days_from_clause(doc: Doc, text: str, mention: _Mention, dates: list[DateValue],
                      lead_date: DateValue | None = None, published: str | None = None) -> DateValue | None:
    """An event dated by the clause it follows or precedes: "digging through the wreckage on Wednesday, a day
    after a missile ripped through it" is Tuesday; "two days before ..." is two days earlier than the clause.
    Where that clause gives no day, the report's lead does: "He spoke a day after munitions rained on the
    market", after a lead told on Wednesday."""
    verb = _clause_of_participle(_above_infinitives(mention.governor))
    trigger = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    if _tells_when(verb):
        # "a day after a teenager was killed when police fired on protesters": the firing is on the killing's day
        verb = trigger = verb.head
    if verb.dep_ not in {"advcl", "ccomp", "acl"}:  # (a parse may hang "a day after he was detained" elsewhere)
        return None
    # the event is the clause after "after" ("a day after a missile ripped through it"), not a verb that "a day
    # after a deadly attack" (a prepositional phrase) places after another event, unless that attack is the
    # event itself ("a day after a barrage of rockets killed nine", parsed as "a day after a barrage")
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
    units = [c for c in (*verb.children, *verb.head.children, *(mark.children if mark is not None else ()))
             if c.dep_ == "npadvmod" and c.lemma_ in DAYS_PER_UNIT]
    if mark is None:
        # ("a day after one of its residents shot dead three", parsed as "shot ... a day after one of its residents":
        # the verb's subject went to "after", so the verb is the event measured)
        subjectless = trigger == verb and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        mark = next((p for u in units for p in u.children if p.dep_ == "prep" and p.lower_ in {"after", "before"}
                     and trigger is not None and (trigger in p.subtree or subjectless)), None)
        units = [u for u in units if mark is not None and mark.head == u]
    if mark is None or not units:
        return None
    unit = units[0]
    count = _unit_count(unit)  # (none for "less than a week after": no exact day)
    # the day of the clause it hangs from, or of that clause's governor ("ordered on Wednesday ... to be held ...,
    # a day after he was detained")
    governing = {verb.head, *verb.head.ancestors}
    head_date = next((d for d in dates if d.precision == "day" and (root := _root_of(doc, d.start, d.end))
                      is not None and _governor(root) in governing), None) or _day_outside_clause(doc, verb, dates)
    if head_date is None and not any(d.precision == "day" and verb.sent.start_char <= d.start < verb.sent.end_char
                                     for d in dates):
        head_date = lead_date
        if head_date is None and published and _told_as_now(verb.head):
            # "The minister has resigned, two days after a bomb killed 213": the news of the day it is published
            head_date = DateValue(text="", start=0, end=0, date_start=published, date_end=published,
                                  precision="day", anchor="published")
    if head_date is None:
        return None
    if count is None:
        # (a day the clause gives itself stands: "days after troops withdrew last week")
        dated = any(verb.left_edge.idx <= d.start < verb.right_edge.idx + len(verb.right_edge) for d in dates)
        return _days_window(text, unit, mark, head_date) if _uncounted_days(unit) and not dated else None
    return _shifted_day(text, unit, mark, count, head_date)


def _tells_when(verb: Token) -> bool:
    """Whether the verb heads a "when" clause placing its event at the moment of the verb above it ("was killed
    when police fired on protesters")."""
    return verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ == "when" for c in verb.children)


def _day_outside_clause(doc: Doc, verb: Token, dates: list[DateValue]) -> DateValue | None:
    """The one day the sentence gives outside the measured clause, where the parse hangs the clause on a verb that
    day is not told with: "A gunman opened fire late on Thursday, police said, a day after a schoolboy shot dead
    nine" measures from Thursday."""
    clause = {t.i for t in verb.subtree}
    days = [d for d in dates if d.precision == "day" and (root := _root_of(doc, d.start, d.end)) is not None
            and root.sent == verb.sent and root.i not in clause]
    return days[0] if len(days) == 1 else None


def _above_infinitives(verb: Token) -> Token:
    """The verb whose clause an infinitive completes: "claimed" of "a day after the ministry claimed to have
    captured it"."""
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb


def _uncounted_days(unit: Token) -> bool:
    """"days after", "just days before": some days apart, fewer than a week, with no number to give the day."""
    return unit.lower_ == "days" and not any(
        c.dep_ in {"det", "nummod", "amod", "quantmod"} or c.lower_ in APPROXIMATE_WORDS for c in unit.children)


def _days_window(text: str, unit: Token, mark: Token, head_date: DateValue) -> DateValue:
    """The week of days before ("after" of `mark`) or after `head_date`, without the day itself: "closed the port on
    Friday, days after gunmen attacked a ferry" tells of the days before Friday, not of Friday."""
    head = dt.date.fromisoformat(head_date.date_start)
    near, far = dt.timedelta(days=1), dt.timedelta(days=DAYS_PER_UNIT["week"])
    first, last = (head + near, head + far) if mark.lower_ == "before" else (head - far, head - near)
    start, end = unit.left_edge.idx, mark.idx + len(mark.text)
    return DateValue(text=text[start:end], start=start, end=end, date_start=first.isoformat(),
                     date_end=last.isoformat(), precision="week", anchor=head_date.anchor, tense="past")


def _shifted_day(text: str, unit: Token, mark: Token, count: int, head_date: DateValue,
                 from_occasion: bool = False) -> DateValue:
    """The day `count` units ("two days") before or after ("after" of `mark`) `head_date`, spanning "two days
    after". `head_date` is the later event's day, or with `from_occasion` the day of the occasion the event is
    counted from ("a day after the talks, a drone hit a bus" is the day after the talks)."""
    days = count * DAYS_PER_UNIT[unit.lemma_]
    if from_occasion:
        days = -days
    shift = dt.timedelta(days=days if mark.lower_ == "before" else -days)
    day = (dt.date.fromisoformat(head_date.date_start) + shift).isoformat()
    start = unit.left_edge.idx
    end = mark.idx + len(mark.text)
    return DateValue(text=text[start:end], start=start, end=end, date_start=day, date_end=day, precision="day",
                     anchor=head_date.anchor, tense="past")


def _unit_count(unit: Token) -> int | None:
    """The exact number of a unit of days ("two" of "two days"), None for "less than a week" or none."""
    if any(t.lower_ in APPROXIMATE_WORDS for t in unit.subtree):
        return None
    counts = [_count_of(c) for c in unit.children if c.dep_ in {"det", "nummod"}]
    return next((c for c in counts if c), None)


def _count_of(word: Token) -> int | None:
    """The number a word gives: "two", "a", "12"; None for any other word."""
    return SMALL_NUMBERS.get(word.lower_) or (int(word.text) if word.text.isdigit() else None)


def _days_from_phrase(doc: Doc, text: str, mention: _Mention, dates: list[DateValue],
                      published: str | None = None) -> DateValue | None:
    """An event named as the object of a counted "after" or "before" is that many days from the day of the clause
    the phrase hangs from: "Schools reopened on Monday, three days after the bombing" dates the bombing Friday.
    Where the sentence gives no day and tells its news as now, the publication day is counted from: "Troops have
    crossed the border, two days after an attack that killed 16" dates the attack two days before the report."""
    trigger = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    mark = _counting_mark(trigger) if trigger is not None else None
    if mark is None:
        return None
    units = [u for u in (*mark.children, mark.head) if u.dep_ == "npadvmod" and u.lemma_ in DAYS_PER_UNIT]
    count = _unit_count(units[0]) if units else None
    if count is None or any(mark.left_edge.idx <= d.start <= mark.right_edge.idx
                            and not _names_another_noun(doc, d, trigger) for d in dates):
        return None  # (a day told inside the phrase is the event's own: "a day after the attack on Friday")
    governing = {_governor(units[0]), *_governor(units[0]).ancestors}
    head_date = next((d for d in dates if d.precision == "day" and (root := _root_of(doc, d.start, d.end))
                      is not None and root.sent == trigger.sent and _governor(root) in governing), None)
    if head_date is None and published and _news_told_as_now(trigger.sent) and not any(
            d.precision == "day" and trigger.sent.start_char <= d.start < trigger.sent.end_char for d in dates):
        head_date = DateValue(text="", start=0, end=0, date_start=published, date_end=published,
                              precision="day", anchor="published")
    return _shifted_day(text, units[0], mark, count, head_date) if head_date is not None else None


def _news_told_as_now(sentence: Span) -> bool:
    """Whether the sentence's main clause, or the clause its speaker reports, is in the present or present perfect:
    "Troops have crossed the border", "The president has cut short a visit, his office said"."""
    root = sentence.root
    return any(_told_as_now(verb) for verb in (root, *(c for c in root.children if c.dep_ == "ccomp")))


def _names_another_noun(doc: Doc, date: DateValue, trigger: Token) -> bool:
    """Whether the date modifies a noun other than the trigger: "April" of "a march for the mothers of the April
    victims" tells who they are, not when the event was."""
    root = _root_of(doc, date.start, date.end)
    return root is not None and root.dep_ in {"compound", "amod", "nmod"} and root.head != trigger


def _days_counted_just_before(text: str, mention: _Mention, dates: list[DateValue]) -> DateValue | None:
    """An event whose words follow a counted "after" or "before" straight on is that many days from the day the
    count is read from (`_day_counted_from`), however the parse hangs the phrase: "suspended the service on Sept.
    14, a day after Russian shelling killed two" dates the shelling Sept. 13."""
    trigger = mention.event.trigger
    sentence = mention.sentence
    mark = next((t for t in sentence if t.lower_ in {"after", "before"} and t.i >= sentence.start + 2
                 and t.nbor(-1).lemma_ in DAYS_PER_UNIT and _names_the_event_next(t, trigger.start)), None)
    if mark is None:
        return None
    unit, number = mark.nbor(-1), mark.nbor(-2)
    if any(t.lower_ in APPROXIMATE_WORDS for t in mark.doc[max(sentence.start, number.i - 2):number.i]):
        return None  # (no exact day: "nearly a day after", "less than a week after")
    count = _count_of(number)
    counted_from = _day_counted_from(number, mark, trigger, dates)
    if count is None or counted_from is None:
        return None
    days = count * DAYS_PER_UNIT[unit.lemma_]
    day = dt.date.fromisoformat(counted_from.date_start) + dt.timedelta(
        days=days if mark.lower_ == "before" else -days)
    end = mark.idx + len(mark.text)
    return DateValue(text=text[number.idx:end], start=number.idx, end=end, date_start=day.isoformat(),
                     date_end=day.isoformat(), precision="day", anchor=counted_from.anchor, tense="past")


def _day_counted_from(number: Token, mark: Token, trigger: Span, dates: list[DateValue]) -> DateValue | None:
    """The day a count of days is read from: the last its sentence gives before the count ("suspended the service
    on Sept. 14, a day after ..."), or, for a count opening the sentence, the first it gives after the clause the
    count opens ("A day after a bomb killed eight, schools stayed shut on Wednesday"). None where a day is told
    in the counted clause itself, the event's own ("a day after the shelling on Friday")."""
    sentence = number.sent
    if number.i == sentence.start:
        comma = next((t for t in sentence if t.idx >= trigger.end and t.text == ","), None)
        if comma is None or any(mark.idx <= d.start < comma.idx for d in dates):
            return None
        return next((d for d in dates if d.precision == "day" and comma.idx < d.start < sentence.end_char), None)
    earlier = [d for d in dates if d.precision == "day" and sentence.start_char <= d.start and d.end <= number.idx]
    if not earlier or any(mark.idx <= d.start < sentence.end_char for d in dates):
        return None
    return earlier[-1]


def _names_the_event_next(mark: Token, trigger_start: int) -> bool:
    """Whether the trigger at `trigger_start` comes within a few words after `mark`, only its modifiers between:
    "after Russian shelling", "after the deadly drone strike"."""
    words = [t for t in mark.doc[mark.i + 1:mark.i + 5] if t.idx <= trigger_start]
    return bool(words) and words[-1].idx == trigger_start \
        and all(t.pos_ in {"DET", "ADJ", "PROPN", "NOUN", "NUM"} for t in words[:-1])


def _counting_mark(noun: Token) -> Token | None:
    """The "after" or "before" whose object is the noun, or the part of it the noun is counted among: "after" of
    "a day after one of the deadliest shootings" (not of "after the anniversary of the bombing")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" \
            and noun.head.head.pos_ in {"NUM", "PRON", "ADJ", "DET"}:
        noun = noun.head.head
    return noun.head if noun.dep_ == "pobj" and noun.head.lower_ in {"after", "before"} else None


def _day_fronted_over_its_clause(doc: Doc, text: str, mention: _Mention,
                                 dates: list[DateValue]) -> DateValue | None:
    """The day a sentence opens with, for an event of a clause coordinated with the one the parse hangs that day on:
    "In January last year, fighters seized the plant, and dozens of hostages died in the siege" dates the siege
    too. Not a clause that tells a day of its own ("..., and on Tuesday troops retook it")."""
    clause = mention.governor
    if clause.dep_ != "conj":
        return None
    head = clause
    while head.dep_ == "conj":
        head = head.head
    sentence = mention.sentence
    own_span = range(clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
    if any(d.start in own_span for d in dates):
        return None
    for value in dates:
        if not sentence.start_char <= value.start < sentence.end_char or value.tense == "future" \
                or not FRONTED_TIME.fullmatch(text, sentence.start_char, value.start):
            continue
        root = _root_of(doc, value.start, value.end)
        if root is not None and _governor(root) == head:
            return value
    return None


def _day_of_violence_shown(doc: Doc, text: str, mention: _Mention, dates: list[DateValue]) -> DateValue | None:
    """An event told only as what a release shows, its sentence counted from an attack, happened on the attack's
    day: "Police on Friday released video of officers shooting the gunman, a day after the rampage" is Thursday,
    not the day the video came out."""
    sentence = mention.sentence
    released = next((d for d in dates if d.precision == "day" and sentence.start_char <= d.start < sentence.end_char
                     and (root := _root_of(doc, d.start, d.end)) is not None and _publishes(_governor(root), root)
                     and _governor(root) in mention.governor.ancestors), None)
    if released is None:
        return None
    marks = [mark for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() in VIOLENCE_OCCASIONS
             and (mark := _counting_mark(t)) is not None]
    for mark in marks:
        unit = next((u for u in (*mark.children, mark.head) if u.dep_ == "npadvmod" and u.lemma_ in DAYS_PER_UNIT),
                    None)
        count = _unit_count(unit) if unit is not None else None
        if count is not None and not any(mark.left_edge.idx <= d.start <= mark.right_edge.idx for d in dates):
            return _shifted_day(text, unit, mark, count, released)
    return None


def _days_from_dated_occasion(doc: Doc, text: str, mention: _Mention, dates: list[DateValue]) -> DateValue | None:
    """An event whose clause is counted from an occasion the report dated before: "the talks on May 16 ... A day
    after the talks, a drone hit a bus" is May 17, not the day the report leads with."""
    trigger = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    verb = mention.governor
    # the parse hangs "a day after the talks" on the verb by "day" or by "after"
    marks = [*(m for u in verb.children if u.dep_ == "npadvmod" for m in u.children), *verb.children]
    for mark in marks:
        if mark.dep_ != "prep" or mark.lower_ not in {"after", "before"} \
                or (trigger is not None and trigger in mark.subtree):
            continue
        unit = next((u for u in (mark.head, *mark.children) if u.dep_ == "npadvmod" and u.lemma_ in DAYS_PER_UNIT),
                    None)
        occasion = next((c for c in mark.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        count = _unit_count(unit) if unit is not None else None
        if occasion is None or count is None:
            continue
        dated = [d for d in dates if d.precision == "day" and d.end <= mark.left_edge.idx
                 and (root := _root_of(doc, d.start, d.end)) is not None
                 and (noun := _dated_noun(root)) is not None and noun.lemma_ == occasion.lemma_]
        if dated:
            return _shifted_day(text, unit, mark, count, dated[-1], from_occasion=True)
    return None


# Verbs that tell an event as the next thing to happen after what the sentence before told ("A shootout followed")
FOLLOWING_VERBS = {"follow", "ensue"}


def _day_of_what_it_followed(doc: Doc, mention: _Mention, dates: list[DateValue]) -> DateValue | None:
    """An event told only as following what the sentence before tells ("Troops surrounded the house on the night of
    May 3. A gunfight followed.") happened on that sentence's day, not on one a later paragraph gives."""
    trigger = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    verb = _following_verb(trigger) if trigger is not None else None
    if verb is None or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "a shootout followed the raid" is dated by the raid's own mention
    previous = previous_in_paragraph(mention.sentence)
    if previous is None:
        return None
    told = [d for d in dates if d.precision == "day" and d.tense != "future"
            and previous.start_char <= d.start < previous.end_char]
    return told[-1] if len(told) == 1 else None


def _following_verb(event: Token) -> Token | None:
    """The verb of following an event noun is the subject of ("A gunfight ensued"), or, as the parser also reads it,
    that hangs from it ("A shootout followed in which ...")."""
    if event.dep_ == "nsubj" and event.head.lemma_ in FOLLOWING_VERBS:
        return event.head
    return next((c for c in event.children if c.dep_ == "acl" and c.lemma_ in FOLLOWING_VERBS), None)


def _clause_of_participle(verb: Token) -> Token:
    """For a participle describing a noun, the clause that noun stands in when "after" or "before" marks it: "were"
    of "a week after 30 tourists were among 38 people shot dead"; otherwise the verb itself."""
    if verb.dep_ != "acl":
        return verb
    clause = next((a for a in verb.ancestors if a.dep_ in {"advcl", "ccomp", "relcl", "conj", "ROOT"}), None)
    # (the participle after the mark: not "in effect ceding the town three days after a truce", parsed inside it)
    marked = clause is not None and clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"after", "before"} and c.i < verb.i for c in clause.children)
    return clause if marked else verb


def _dated_noun(root: Token) -> Token | None:
    """The noun a date modifies: "Saturday's attack", "the attack on Saturday", the head of the compound it opens
    ("the weekend drone attack"), or the noun whose participle it dates: "the raids, launched on Sunday"."""
    if root.dep_ in {"poss", "compound", "nmod"} and root.head.pos_ == "NOUN":
        noun = root.head
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            noun = noun.head
        return noun
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
        return root.head.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        participle = root.head.head
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.head.pos_ == "NOUN":
            return participle.head
    return None


def _dates_trigger(root: Token, trigger: Span) -> bool:
    """Whether the date modifies the event's own noun: "Sunday's bombing", "the bombing on Sunday"."""
    noun = _dated_noun(root)
    return noun is not None and trigger.start <= noun.idx < trigger.end


# "the" opening a date told as an attribute of the noun right after it
ATTRIBUTIVE_DATE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _date_before_noun(text: str, date: DateValue, trigger: Span) -> bool:
    """Whether the date stands between "the" and the event's own word, as its attribute: "the craters left by the
    Aug. 12 shelling" (which the parse may read as "by the Aug. 12" and a clause "shelling ...") dates the
    shelling, not the visit the sentence tells."""
    return date.precision == "day" and not text[date.end:trigger.start].strip() \
        and ATTRIBUTIVE_DATE_BEFORE.search(text, max(0, date.start - 10), date.start) is not None


def _dates_noun_clause(root: Token, trigger: Span) -> bool:
    """Whether the date hangs on a relative clause that tells the event's own noun: "the bombing that hit a bus
    a day earlier", "the car bomb attack that targeted a convoy on Monday" (not a day the clause tells a statement
    on: "the attack, which the group claimed on Monday", nor one of a weapon the trigger qualifies: "attack drones
    that entered the region overnight"), also through the infinitive the clause's verb takes: "a truce that was
    supposed to begin on Aug. 29")."""
    clause = _governor(root)
    while clause.dep_ == "xcomp" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "relcl" or _states(clause):
        return False
    noun = clause.head
    if trigger.start <= noun.idx < trigger.end:
        return True
    return noun.lemma_.lower() in trigger_index() and any(trigger.start <= t.idx < trigger.end
                                                          for t in _noun_modifiers(noun))


def _dates_subject_event(root: Token, trigger: Span) -> bool:
    """Whether the date stands right between the verb's subject, which tells the event, and a verb that has a day of
    its own told after it: "A man wounded in the bombing earlier this week died on Saturday", where the parse hangs
    both days on "died" (a verb has one day; the one told inside its subject's stretch is the subject's)."""
    verb = _governor(root)
    if not root.left_edge.i < verb.i or root.right_edge.i + 1 != verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and c.left_edge.idx <= trigger.start < c.right_edge.idx + len(c.right_edge)), None)
    if subject is None or subject.right_edge.i + 1 != root.left_edge.i:
        return False
    return any(t.ent_type_ == "DATE" and t.i > verb.i and _governor(t) == verb for t in verb.subtree)


def _dates_casualty_clause(root: Token, event_governor: Token) -> bool:
    """Whether the date stands in a clause of killing or wounding that tells the event's casualties: one joined to
    the event's own ("two soldiers were killed and one was injured on Monday": all of them on Monday), or one the
    event follows as its "when" clause, however the parse hangs that ("a soldier was killed on Sunday when troops
    shelled ..., the army said")."""
    clause = _governor(root)
    if clause.lemma_.lower() not in HARM_VERBS:
        return False
    if clause.dep_ == "conj" and clause.head == event_governor:
        return event_governor.lemma_.lower() in HARM_VERBS
    return any(c.dep_ == "advmod" and c.lower_ == "when" and c.i == clause.right_edge.i + 1
               for c in event_governor.children)


def _dates_coordinated_deeds(root: Token, event_governor: Token) -> bool:
    """Whether the date closes a run of verbs that share the event's subject, hung by the parse on the last of them:
    "mobs threw stones, burned cars and stormed shops on Monday evening" dates the burning too."""
    verb = _governor(root)
    told_of_verb = root.head == verb or root.head.dep_ == "prep" and root.head.head == verb  # not "the 2009 massacre"
    if verb == event_governor or root.i < verb.i or _states(verb) or not told_of_verb:
        return False
    run = [verb]
    while run[-1].dep_ == "conj" and run[-1] != event_governor and not _has_own_clause(run[-1]):
        run.append(run[-1].head)
    # no other verb in between: "imposed a curfew after rioters threw stones, burned cars" is two clauses
    between = root.doc[event_governor.i + 1:verb.i]
    return run[-1] == event_governor and all(t in run for t in between if t.pos_ == "VERB")


def _since_in_clause_on(root: Token, trigger: Span) -> bool:
    """Whether the date tells since when the event's noun has gone on, in a relative clause on it: "the explosions
    that had rocked the area since Tuesday night" (not "the strike, which was the deadliest since June")."""
    clause = _governor(root)
    return clause.dep_ == "relcl" and clause.lemma_ != "be" and trigger.start <= clause.head.idx < trigger.end \
        and any(a.dep_ == "prep" and a.lower_ == "since" and a.head == clause for a in root.ancestors)


def _definite_subject(root: Token) -> Token | None:
    """The definite subject of the clause a date stands in: "The missile" of "The missile came down on a farm
    on Tuesday afternoon". Not of a statement ("the ministry said on Tuesday")."""
    verb = _governor(root)
    if verb.lemma_.lower() in STATEMENT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and any(
        d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in c.children)), None)


def _gives_day(sentence: SpacySpan, lead_date: DateValue | None) -> bool:
    """Whether the sentence is the one that gave the lead's day."""
    return lead_date is not None and sentence.start_char <= lead_date.start < sentence.end_char


def _referenced_by_date(doc: Doc, root: Token, clusters: list[_Cluster]) -> _Cluster | None:
    """The earlier event that a date in an event-less sentence dates by naming it ("... were wounded in
    Saturday's attack" after "shelling of Belgorod killed 24"), unless the date is a point of comparison."""
    noun = _dated_noun(root) or _definite_subject(root)
    if noun is None or _comparison_phrase(root) is not None:
        return None
    if any(a.dep_ == "prep" and a.lower_ in SEQUENCE_PREPOSITIONS for a in (noun, *noun.ancestors)):
        return None  # "the second strike in a week, after an attack on a building on October 3": an earlier one
    for cluster in reversed(clusters):
        if cluster.event.modality in UNASSERTED or cluster.head.sentence.start_char >= root.sent.start_char:
            continue
        family = REFERENCE_NOUNS.get(cluster.event.sub_event_type, set()) | {
            _trigger_lemma(doc, m.event) for m in cluster.mentions}
        if cluster.event.event_type == "Explosions/Remote violence":
            family |= WEAPON_NOUNS
        if noun.lemma_.lower() in family:
            return cluster
    return None


# "In Kyiv, four people died": a town named as where something happened, not as a title ("Donetsk governor").
_LOCATIVE_WORD = re.compile(r"\b(?:[Ii]n|near|at|outside|around)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$")


def _aside_from_count(place: Token | None, counted: Token | None) -> bool:
    """A town named where a victim was taken or cared for, not where the count's dead fell: "a second man, who had
    been taken to hospital in Dnipro, died", "died in a hospital in Zaporizhzhia"."""
    if place is None or counted is None:
        return False
    for ancestor in place.ancestors:
        if ancestor.lemma_.lower() in CARE_NOUNS:
            return True
        if ancestor.dep_ in {"relcl", "acl"} and counted not in ancestor.subtree:
            return True
    return False


def _opens_another_story(sentence: SpacySpan, places: list[Place]) -> bool:
    """Whether the sentence tells another occasion's dead: one opening "Separately," or "Elsewhere," does by that
    word alone ("Separately, in a district the gazetteer lacks, four bodies were found"); one opening "Also
    Wednesday," does where it names a town ("two guards were killed in an attack in the city of X")."""
    opener = ANOTHER_STORY_OPENER.match(sentence.text)
    if opener is None:
        return False
    return not opener.group().lstrip().startswith("Also") or any(
        sentence.start_char <= p.start < sentence.end_char and p.kind == "city" for p in places)


# A sentence that names some of the dead already told of ("Among the dead were two children")
AMONG_THE_DEAD = re.compile(r"among (?:the|those) (?:dead|killed|victims)\b", re.IGNORECASE)


def _orphan_target(doc: Doc, sentence: SpacySpan, quantity: Quantity, clusters: list[_Cluster],
                   places: list[Place]) -> _Cluster | None:
    """The earlier event that a count in an event-less sentence refers to: the one placed where the sentence
    says ("In Lutsk, two servicemen were killed"), else by the rules below. A past event cited just before, with
    no toll of its own, is the one a count of dead refers to ("The shooting came hours after Russia launched a
    barrage on the city. Two people were killed in the city"), not the news told before it."""
    cited = _uncounted_past_event_just_before(sentence, clusters)
    if cited is not None and quantity.what == "killed":
        return cited
    earlier = [c for c in clusters if c.head.sentence.start_char < sentence.start_char
               and c.event.modality not in UNASSERTED]
    text = doc_text(doc)
    counted = _root_of(doc, quantity.start, quantity.end)
    named_here = {p.name for p in places if sentence.start_char <= p.start < sentence.end_char
                  and p.kind in {"city", "facility"} and _LOCATIVE_WORD.search(text, max(0, p.start - 40), p.start)
                  and not _aside_from_count(_root_of(doc, p.start, p.end), counted)}
    if _opens_another_story(sentence, places):
        return None
    if named_here:
        placed = [c for c in earlier if c.event.event_type in VIOLENT_TYPES and _affine(c.head, quantity.what)
                  and ((c.location() or c.head.fallback_location or {}).get("name") in named_here)]
        if placed:
            return placed[-1]
        # "In Kyiv, four people died" after a strike on Lutsk: the dead of a town no event here is placed in
        earlier = [c for c in earlier if (c.location() or c.head.fallback_location or {}).get("geo_precision") != 1]
    if not earlier:
        # A lead that counts the dead before naming what killed them ("Three servicemen were killed when a
        # drone was shot down ... The men were hit by falling debris"): the next violent event, if it is near.
        # An event that counts its own dead is not that cause ("All 298 on board were killed when it was brought
        # down. ... four civilians had died in Monday's fighting"). A toll raised before any event is told is that
        # of the event its own sentence names ("the ministry raised the toll to 40, calling the raid a massacre").
        later = [c for c in clusters if c.event.modality not in UNASSERTED and c.event.event_type in VIOLENT_TYPES
                 and (0 <= c.head.sentence.start_char - sentence.end_char < 400
                      or c.head.sentence.start_char == sentence.start_char and _raised_toll_figure(doc, quantity))]
        return later[0] if later and _affine(later[0].head, quantity.what) \
            and (not _counts_own(later[0], quantity.what) or _total_beyond_its_counts(doc, quantity, later[0])) \
            else None
    # an agreement counts no dead: "The swap was the first since the plane crash that killed all 74 on board"
    earlier = [c for c in earlier if _affine(c.head, quantity.what)] or [
        c for c in earlier if c.event.sub_event_type not in SCENELESS_TYPES]
    continued = _toll_it_carries_on(quantity, earlier)
    if continued is not None:
        return continued
    at_scene = _acting_on_scene(doc, counted, earlier)
    if at_scene is not None:
        return at_scene
    if AMONG_THE_DEAD.match(sentence.text.lstrip()) and sentence.start > 0:
        # "... the building that was hit by a drone on Monday. Among the dead was a pregnant woman": the dead of the
        # event told just before, not of the news told earlier
        before = doc[sentence.start - 1].sent.start_char
        just_before = [c for c in earlier if any(m.sentence.start_char == before for m in c.mentions)]
        if just_before:
            return just_before[-1]
    just_before = _uncounted_event_just_before(sentence, earlier, quantity.what)
    if just_before is not None:
        # "The same night, Ukraine struck the Moscow region. Officials said three people were killed": the dead of
        # the attack told just before, not of the headline's strike the sentence's nouns also recall
        return just_before
    nouns = {t.lemma_.lower() for t in sentence if t.pos_ in {"NOUN", "PROPN"}}
    named = [c for c in earlier
             if {_trigger_lemma(doc, m.event) for m in c.mentions} & nouns
             or (nouns & ATTACK_NOUNS and {_trigger_lemma(doc, m.event) for m in c.mentions} & ATTACK_NOUNS)]
    if named:
        return named[0] if len(named) > 1 and named[0].event.event_type in VIOLENT_TYPES else named[-1]
    violent = [c for c in earlier if c.event.event_type in VIOLENT_TYPES]
    if violent and _told_there(sentence):
        return violent[-1]  # "The death toll there rose to 48": the scene just told, not the news's first strike
    # a revised figure ("raising the toll to two") goes to the event that already has a figure of its kind
    counted = [c for c in violent if any(q.what == quantity.what for m in c.mentions for q in m.quantities)]
    return (counted or violent)[-1] if violent else None


def _ordinal_told(quantity: Quantity) -> int | None:
    """The rank a count is told by ("a sixth person" is 6), when its ordinal is the count; else None."""
    nth = next((ORDINAL_COUNTS[word] for word in re.findall(r"[a-z]+", quantity.text.lower())
                if word in ORDINAL_COUNTS), None)
    return nth if nth is not None and quantity.min == nth else None


def _raised_toll_figure(doc: Doc, quantity: Quantity) -> bool:
    """Whether a count is a toll's new figure: "this brings the number of dead to two", "the toll rose to three"."""
    count = _root_of(doc, quantity.start, quantity.end)
    if count is None or count.dep_ != "pobj" or count.head.lower_ != "to":
        return False
    verb = count.head.head
    return any(c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in TOLL_NOUNS for c in verb.children)


def _total_beyond_its_counts(doc: Doc, quantity: Quantity, cluster: _Cluster) -> bool:
    """Whether a count told as a total so far, by rank or as a toll's new figure, goes beyond every count of its
    kind the event gives itself: "A woman hurt in the shelling has died. This brings the number of dead to two. ...
    a man was killed" is that shelling's dead, one more than it counts."""
    return _adds_to_its_counts(quantity, cluster) or _raised_toll_figure(doc, quantity) \
        and _beyond_its_counts(quantity.min or 0, quantity.what, cluster)


def _adds_to_its_counts(quantity: Quantity, cluster: _Cluster) -> bool:
    """Whether an ordinal count goes beyond every count of its kind the event gives itself: "a second civilian has
    died after the attack. ... Her neighbor was killed on the spot" is that attack's second dead."""
    nth = _ordinal_told(quantity)
    return nth is not None and _beyond_its_counts(nth, quantity.what, cluster)


def _beyond_its_counts(total: int, what: str, cluster: _Cluster) -> bool:
    """Whether a total is above every count of this kind the event has."""
    return all((q.max or q.min or 0) < total for m in cluster.mentions for q in m.quantities if q.what == what)


def _toll_it_carries_on(quantity: Quantity, earlier: list[_Cluster]) -> _Cluster | None:
    """The latest earlier event that counted one fewer of the kind an ordinal count tells: "a sixth person had died"
    after "shot dead at least five" raises that event's toll, whatever event was told in between."""
    nth = _ordinal_told(quantity)
    if nth is None:
        return None
    carried_on = [c for c in earlier if any(q.what == quantity.what and q.min == nth - 1
                                            for m in c.mentions for q in m.quantities)]
    return carried_on[-1] if carried_on else None


def _tallied_at_another_place(doc: Doc, quantity: Quantity, cluster: _Cluster, places: list[Place]) -> bool:
    """Whether a count is told in a "where" clause on a place other than the event's ("raids in the West Bank,
    where at least a dozen have been killed"): a tally of what happened there, not the event's toll."""
    root = _root_of(doc, quantity.start, quantity.end)
    if root is None:
        return False
    verb = _governor(root)
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return False
    place = next((p.name for p in places if p.start <= verb.head.idx < p.end), None)
    if place is None and verb.head.ent_type_ in {"GPE", "LOC"}:
        place = verb.head.text  # a region the gazetteer does not know is no town an event is placed in
    location = cluster.location() or cluster.head.fallback_location or {}
    return place is not None and place != location.get("name")


def _counted_at_another_scene(doc: Doc, count: Token, mention: _Mention, places: list[Place]) -> bool:
    """Whether a count is the subject of a clause of its own, apart from the one that tells the mention, which
    places it elsewhere than the mention's own place: "a cyclist was killed in a bomb attack in Lyon and three
    soldiers were shot dead in Corsica" gives the Lyon bombing no three dead."""
    trigger = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    verb = _governor(count)
    if trigger is None or mention.own_location is None or verb == mention.governor \
            or trigger in verb.subtree or verb in trigger.ancestors:
        return False
    scenes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "near"}
              for g in c.children if g.dep_ == "pobj"]
    named = [next((p.name for p in places if p.start <= g.idx < p.end), g.text if g.ent_type_ in {"GPE", "LOC"}
                  else None) for g in scenes]
    return any(name is not None and name != mention.own_location.get("name") for name in named)


def _counts_own(cluster: _Cluster, what: str) -> bool:
    """Whether the event's own sentences give a count of this kind (not one given to it from another sentence)."""
    return any(q.what == what and m.sentence.start_char <= q.start < m.sentence.end_char
               for m in cluster.mentions for q in m.quantities)


SCENE_PREPOSITIONS = {"at", "in", "near", "inside", "outside", "around", "on"}


def _told_there(sentence: SpacySpan) -> bool:
    """Whether the sentence points back to a scene with "there" ("the toll there rose", "two died there"), not the
    "there" of "there were no casualties"."""
    return any(t.lower_ == "there" and (t.dep_ == "advmod" or t.dep_ == "expl" and t.head.lemma_ != "be")
               for t in sentence)


def _acting_on_scene(doc: Doc, counted: Token | None, clusters: list[_Cluster]) -> _Cluster | None:
    """The latest event done to the thing a count's clause names as where the dead fell: "four of their men were
    killed at the airfield" after "troops took back an airfield" counts the retaking's dead, whatever fighting the
    report told in between."""
    if counted is None:
        return None
    verb = _governor(counted)
    scenes = {o.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPOSITIONS
              for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
              and any(d.lower_ == "the" for d in o.children)}
    if not scenes:
        return None
    acted_on = [c for c in clusters if scenes & {
        o.lemma_.lower() for m in c.mentions if (root := _root_of(doc, m.event.trigger.start, m.event.trigger.end))
        for o in root.children if o.dep_ in {"dobj", "nsubjpass"}}]
    return acted_on[-1] if acted_on else None


def _days_before(date: DateValue | None, reference: str | None) -> int:
    """How many days before the day `reference` (ISO) a date ended (0 when either is unknown)."""
    if date is None or not reference or not date.date_end:
        return 0
    return (dt.date.fromisoformat(reference[:10]) - dt.date.fromisoformat(date.date_end[:10])).days


def _earlier_period(date: DateValue | None, reference: str | None = None) -> bool:
    """ "earlier this month", "earlier this week": a period told as before the news, whose end is still today;
    or a whole month or year over before the report's day ("Last month, gangs killed 70 in Pont-Sonde")."""
    if date is None or date.precision == "day":
        return False
    return date.text.lower().startswith("earlier") or (
        date.precision in {"month", "year"} and bool(reference) and bool(date.date_end)
        and date.date_end[:10] < reference[:10])


def _background_date(date: DateValue | None, reference: str | None) -> bool:
    """An event's own date that ended more than two weeks before the report's day: the report tells it as
    background to its news."""
    return date is not None and date.precision in {"day", "week", "month"} and _days_before(date, reference) > 14


EARLIER_OPENERS = re.compile(r"\s*(?:earlier|previously|before that|prior to that)\b", re.I)


def _told_as_earlier(cluster: _Cluster, reference: str | None) -> bool:
    """ "Earlier, on July 21, shelling killed three people in the town": a sentence that opens by setting its
    event before the news, dated days before the report or only by a period the report's day falls in ("Earlier
    in June, soldiers kidnapped a school director"), is background however recent."""
    date = cluster.date()
    if EARLIER_OPENERS.match(cluster.head.sentence.text) is None or date is None:
        return False
    return date.precision in {"week", "month", "year"} or _days_before(date, reference) > 1


def _day_given_later(doc: Doc, cluster: _Cluster, date: DateValue | None,
                     dates: list[DateValue]) -> DateValue | None:
    """The day a report gives in the next two sentences for an event its lead dates only broadly ("shot down a
    missile over Kyiv this week ... It was intercepted in the early hours of May 4"), when that day falls in
    the broad date and no speaker's statement (nor the medium it came out in) is what it dates; further on, only
    a day given to a sentence that names the event again ("this week's attack on a mall ... The assault began on
    Tuesday evening"), or, on the broad date's eve, the day the report says the attack began ("the weekend's
    assault ... The siege began on Friday evening")."""
    if date is None or date.precision not in {"week", "month"}:
        return None
    head = cluster.head.sentence
    later = [s for s in doc.sents if s.start_char >= head.end_char]
    following = later[:2]
    family = {_trigger_lemma(doc, m.event) for m in cluster.mentions} | (
        REFERENCE_NOUNS.get(cluster.event.sub_event_type)
        or (ATTACK_NOUNS if cluster.event.event_type in VIOLENT_TYPES else set()))
    for candidate in sorted(dates, key=lambda d: d.start):
        if candidate.precision != "day" or not any(s.start_char <= candidate.start < s.end_char for s in later):
            continue
        root = _root_of(doc, candidate.start, candidate.end)
        # a speaker's day, or the day the medium they spoke in came out ("In a report published on August 23, ...")
        if root is None or _governor(root).lemma_.lower() in STATEMENT_VERBS or _speaks(_governor(root)):
            continue
        if _began_on_the_eve(doc, candidate, date):
            return candidate
        if not any(s.start_char <= candidate.start < s.end_char for s in following) \
                and not _names_again(_governor(root), family):
            continue
        if date.date_start <= candidate.date_start <= date.date_end:
            return candidate
    return None


def _began_on_the_eve(doc: Doc, candidate: DateValue, broad: DateValue) -> bool:
    """Whether the day is the eve of a broad date that the report says an attack began on: "the weekend's assault
    on the hotel ... The siege began on Friday evening" (a weekend's attack may open the evening before)."""
    return _days_before(candidate, broad.date_start) == 1 and _onset_day(doc, [candidate], SIEGE_NOUNS) is not None


def _eve_the_night_began(doc: Doc, cluster: _Cluster, date: DateValue | None, dates: list[DateValue],
                         published: str | None) -> DateValue | None:
    """For an event dated by a bare "overnight" of the publication day, the eve the next two sentences say that
    night began ("killed 12 in an overnight raid ... The gunmen came late on Sunday", "on Sunday night", "shortly
    before midnight on Sunday"): the night is the eve's, by the report's own account. Not a day a speaker, a rite
    or another aftermath is given ("the army said late on Sunday", "the funeral was held on Sunday night")."""
    if not _night_of_publication(date, published):
        return None
    head = cluster.head.sentence
    following = [s for s in doc.sents if s.start_char >= head.end_char][:2]
    text = doc_text(doc)
    for candidate in sorted(dates, key=lambda d: d.start):
        if not any(s.start_char <= candidate.start < s.end_char for s in following) \
                or _days_before(candidate, published) != 1 or not _told_late_in_day(text, candidate):
            continue
        root = _root_of(doc, candidate.start, candidate.end)
        verb = _governor(root) if root is not None else None
        if verb is not None and not _dates_an_aftermath(verb, root):
            return candidate
    return None


# A day told by the small hours that end its night: "in the early hours of Monday", "before dawn on Monday".
SMALL_HOURS = re.compile(r"\b(?:early|small|wee)\s+hours\b|\bbefore\s+dawn\b|\bpre-?dawn\b", re.IGNORECASE)
FOLLOW_UP_REACH_DAYS = 3  # how many days after the night a follow-up report may still call it "overnight"


def _night_its_town_dates_later(doc: Doc, cluster: _Cluster, date: DateValue | None, extraction: Extraction,
                                published: str | None) -> DateValue | None:
    """For violence dated by a bare "overnight" of the publication day, the night one of the next two sentences
    names by its small hours for deaths in the event's own town ("after two overnight attacks killed three, the army
    said on Wednesday ... the post at Kafolo, where two soldiers were killed in the early hours of Monday"): a
    follow-up report calls a night days old "overnight" too; that sentence says which night it was."""
    if not _night_of_publication(date, published) or cluster.event.event_type not in VIOLENT_TYPES:
        return None
    where = cluster.location() or cluster.head.sentence_location or {}
    place = where.get("place") or {}
    following = [s for s in doc.sents if s.start_char >= cluster.head.sentence.end_char][:2]
    text = doc_text(doc)
    for candidate in sorted(extraction.dates, key=lambda d: d.start):
        sentence = next((s for s in following if s.start_char <= candidate.start < s.end_char), None)
        if sentence is None or candidate.precision != "day" \
                or not 0 < _days_before(candidate, published) <= FOLLOW_UP_REACH_DAYS \
                or SMALL_HOURS.search(text, max(sentence.start_char, candidate.start - 20), candidate.end) is None:
            continue
        root = _root_of(doc, candidate.start, candidate.end)
        # the event's own town, or, for a lead placed only in its country, a town of that country
        names_town = any(sentence.start_char <= p.start < sentence.end_char and p.kind == "city" and (
            p.geonameid == place.get("geonameid") if place.get("kind") != "country"
            else p.country_code == place.get("country_code")) for p in extraction.places)
        if root is not None and names_town and _harm_verb_timed_by(_governor(root)) is not None:
            return candidate
    return None


# "..., hours after a bomber killed 76": what the clause tells came some hours before the day the sentence gives
HOURS_AFTER = re.compile(r"\bhours\s+after\b", re.IGNORECASE)


def _eve_hours_before(doc: Doc, cluster: _Cluster, date: DateValue | None,
                      dates: list[DateValue]) -> DateValue | None:
    """For violence told as hours before the day its sentence gives ("The shrine reopened at dawn on Friday, hours
    after a bomber killed 76 there"), the eve where a later sentence names it again by a definite noun in that
    eve's late hours ("Thursday evening's blast", "The shooting late on Thursday"): the hours reached back across
    midnight. Without such a sentence the sentence's day stands."""
    if date is None or date.precision != "day" or cluster.event.event_type not in VIOLENT_TYPES:
        return None
    sentence, trigger = cluster.head.sentence, cluster.event.trigger
    text = doc_text(doc)
    hours_after = HOURS_AFTER.search(text, sentence.start_char, trigger.start)
    if hours_after is None or not sentence.start_char <= date.start < hours_after.start():
        return None
    for candidate in dates:
        if candidate.start >= sentence.end_char and candidate.precision == "day" \
                and _days_before(candidate, date.date_start) == 1 and _told_late_in_day(text, candidate) \
                and _names_violence_again(_root_of(doc, candidate.start, candidate.end)):
            return candidate
    return None


def _names_violence_again(date_root: Token | None) -> bool:
    """Whether a day dates violence named as already told: "Thursday evening's blast", "The shooting late on
    Thursday" (not "a second blast on Thursday", another occasion)."""
    if date_root is None:
        return False
    noun = _dated_noun(date_root) or _definite_subject(date_root)
    if noun is None or noun.lemma_.lower() not in VIOLENCE_OCCASIONS:
        return False
    return date_root.dep_ == "poss" or any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                           for c in noun.children)


# "midnight on" and "late on" just before a day the date parser did not take into it
LATE_BEFORE_DAY = re.compile(r"\b(?:late|midnight)(?:\s+on)?\s+$", re.IGNORECASE)


def _told_late_in_day(text: str, date: DateValue) -> bool:
    """Whether a day is told by its late hours: "late on Sunday", "Sunday night", "shortly before midnight on
    Sunday"."""
    return LATE_HOURS.search(date.text) is not None \
        or LATE_BEFORE_DAY.search(text[max(0, date.start - 20):date.start]) is not None


def _dates_an_aftermath(verb: Token, root: Token) -> bool:
    """Whether a day hangs on what comes after an event: a statement, a publication, a rite or a manhunt."""
    return _states(verb) or verb.lemma_.lower() in PUBLISHING_VERBS or _dated_rite(root) is not None


def _names_again(verb: Token, family: set[str]) -> bool:
    """Whether the verb's subject refers back to an event by a definite noun of its family ("The assault on the
    mall began on Tuesday", "the attack ended")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in family
               and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in c.children)
               for c in verb.children)


def _dated_long_before(doc: Doc, sentence: SpacySpan, dates: list[DateValue], day: str | None) -> bool:
    """Whether the sentence is about a time well before the event's day (ISO) ("murdered more than 33,000 Jews in
    1941", "last year's strike killed 40"), so its counts are not the event's. A later date ("the toll rose to 12
    on Sunday") is no sign: tolls are revised after the event; nor is a day told as where a span up to now began
    ("the deadliest attack since the offensive began a month ago")."""
    return day is not None and any(sentence.start_char <= d.start < sentence.end_char
                                   and _days_before(d, day) > 7
                                   and not _starts_a_span(doc_text(doc), sentence, d) for d in dates)


def _hurt_on_an_earlier_day(doc: Doc, quantity: Quantity, dates: list[DateValue], day: DateValue | None) -> bool:
    """ "A second soldier, who had been wounded on Jan. 18, died on Saturday": the dead of an occasion before the
    event's day, told by the clause on when they were hurt."""
    root = _root_of(doc, quantity.start, quantity.end)
    if root is None or day is None:
        return False
    clauses = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ in HURT_VERBS]
    return any(c.left_edge.idx <= d.start < c.right_edge.idx + len(c.right_edge) and _days_before(d, day.date_start) > 0
               for c in clauses for d in dates)


def _set_days_before(sentence: SpacySpan, dates: list[DateValue], day: DateValue | None) -> bool:
    """Whether a sentence opens by setting itself on a day more than one day before the event's `day` ("Last
    Friday, ...", "On May 2, ..."; a day's slack for a night told by the morning it ends in)."""
    opening = sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
    return day is not None and any(d.start == opening and d.precision == "day" and _days_before(d, day.date_start) > 1
                                   for d in dates)


def _drop_harm_of_earlier_days(extraction: Extraction, clusters: list[_Cluster],
                               count_sentences: dict[int, list[SpacySpan]], dates: dict[int, DateValue | None]) -> None:
    """Drop from each event the dead and hurt told without it in a sentence that opens on a day days before its own:
    "Last Friday, a student died after falling from a car park", after a clash on Wednesday, is another occasion's,
    as no one dies or is hurt in an event before it happens. Such a sentence gives the event no count any more."""
    for cluster in clusters:
        earlier = [s for s in count_sentences.get(id(cluster), [])
                   if _set_days_before(s, extraction.dates, dates.get(id(cluster)))]
        for sentence in earlier:
            inside = range(sentence.start_char, sentence.end_char)
            for mention in cluster.mentions:
                mention.quantities = [q for q in mention.quantities
                                      if q.what not in {"killed", "injured"} or q.start not in inside]
            if not any(q.start in inside for m in cluster.mentions for q in m.quantities):
                count_sentences[id(cluster)].remove(sentence)


def _starts_a_span(text: str, sentence: SpacySpan, date: DateValue) -> bool:
    """Whether a date is the start of a span measured up to now: "since May 2", "since the war began in 2022" (read
    from the words: the parse may not hang the date under "since")."""
    return SPAN_START.search(text, sentence.start_char, date.start) is not None


# Cue verbs whose subject vouches for a claim; stance and belief verbs ("targeted", "hopes") do not.
CLAIM_CUE_KINDS = {"speech", "report", "relay"}


def _vouches(doc: Doc, attribution: Attribution) -> bool:
    """Whether an attribution is someone telling, reporting or relaying something (so a source for events
    in it): "X said", "put the toll at", "according to X", "per X"; not "X targeted", "X believes", "backed"."""
    return cue_kind(doc, attribution) in CLAIM_CUE_KINDS


def _covering_attributions(attributions: list[Attribution], sentences: list[SpacySpan]) -> list[int]:
    covering = []
    doc = sentences[0].doc if sentences else None
    for index, attribution in enumerate(attributions):
        if doc is not None and not _vouches(doc, attribution):
            continue
        for sentence in sentences:
            content, cue = attribution.content, attribution.cue
            overlaps_content = content.start < sentence.end_char and sentence.start_char < content.end
            cue_inside = sentence.start_char <= cue.start < sentence.end_char
            if overlaps_content or cue_inside:
                covering.append(index)
                break
    return covering


# a toll told as grown or continued: "had risen to 20", "had reached 433", "a fourth body"
RISE_WORDS = re.compile(r"\b(?:rises?|rose|risen|rising|raised?|raises|raising|climbed|increased|reached|reaching|grew|"
                        r"mounted|updated|brings|bringing|"
                        r"revised|later|now|new|another|further|second|third|fourth|fifth|sixth|seventh)\b", re.I)
# "since" and the words up to a date it governs: "since the offensive began a month ago"
SPAN_START = re.compile(r"\bsince\b[^,;:.]{0,80}$")
# a toll told as the new sum: "bringing the death toll to four"
TOLL_UPDATE = re.compile(r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took)\s+(?:the\s+)?(?:overall\s+|total\s+|"
                         r"death\s+)?(?:toll|tally|total|number\s+of\s+(?:dead|deaths))\b", re.I)
# a toll told as it stood at a later moment: "the toll stood at 11 dead by Tuesday morning", "by nightfall"
TOLL_AS_OF = re.compile(rf"\bby\s+(?:late\s+|early\s+)?(?:{WEEKDAY}"
                        r"(?!['’])(?:\s+(?:morning|afternoon|evening|night))?|(?:the\s+)?(?:morning|afternoon|"
                        r"evening|nightfall|midday|noon|midnight|dawn|dusk)|then)\b", re.I)
# a speaker's first figure, which a correction may follow: "had first said 35 people had died, but ..."
FIRST_FIGURE = re.compile(r"\b(?:initially|first|originally)\s+(?:said|put|reported|gave|announced|stated|told)\b",
                          re.I)
# what turns from a first figure to its correction: "had first said 12 died, but ... 14"
CORRECTION_TURN = re.compile(r"\b(?:but|later|then|now|before|revised|corrected)\b", re.I)
# what a source's name ends on before its complements: "Syrian Observatory for Human Rights" -> "observatory"
NAME_HEAD = re.compile(r"([\w-]+)\s*(?:$|\(|\bfor\b|\bof\b|\bin\b|,)")


def _speakers(extraction: Extraction, sentence: SpacySpan) -> set[str]:
    """What the sources telling a sentence are ("ministry", "observatory"), empty where no one is cited."""
    covering = _covering_attributions(extraction.attributions, [sentence])
    heads = (NAME_HEAD.search(source_label(extraction.attributions[i])) for i in covering)
    return {head.group(1).lower() for head in heads if head}


def _told_as_update(sentence: SpacySpan, count: Quantity) -> bool:
    """Whether a count is told as risen, as a new total or as the speaker's correction of a first figure; the first
    figure itself ("channels had initially reported three deaths") is not, whatever comes after it."""
    if RISE_WORDS.search(sentence.text) or TOLL_UPDATE.search(sentence.text) or TOLL_AS_OF.search(sentence.text):
        return True
    first = FIRST_FIGURE.search(sentence.text)
    if first is None:
        return False
    offset = count.start - sentence.start_char
    return offset < first.end() or CORRECTION_TURN.search(sentence.text, first.end(), offset) is not None


def _rival_tolls(doc: Doc, extraction: Extraction, cluster: _Cluster) -> list[Quantity]:
    """The higher death tolls that other sources give in later sentences of an event whose first sentence
    already gives a figure ("a monitoring group said 25 were killed" after the ministry's "at least 18"): ACLED
    takes the lowest credible figure, so they do not raise the event's; a toll told as risen or updated does,
    and so does any over a vague first count ("scores of people")."""
    head = cluster.head.sentence
    counts = [(q, _root_of(doc, q.start, q.end)) for m in cluster.mentions for q in m.quantities
              if q.what == "killed" and q.min is not None]
    told = [q.min for q, root in counts if root is not None and root.sent.start_char == head.start_char
            and q.qualifier != "vague"]
    first_speakers = _speakers(extraction, head)
    if not told or not first_speakers:
        return []
    return [q for q, root in counts if root is not None and root.sent.start_char > head.start_char
            and q.min > max(told) and not _told_as_update(root.sent, q)
            and (speakers := _speakers(extraction, root.sent)) and not speakers & first_speakers]


def _reference_attributions(
    doc: Doc, extraction: Extraction, clusters: list[_Cluster], linked: set[int]
) -> dict[int, list[int]]:
    """Attributions with no event of their own whose claim refers back to an event by
    name and place ("Russia is retaliating after its setback in Kherson, per the BBC")."""
    extra: dict[int, list[int]] = {}
    mention_sentences = {m.sentence.start_char for c in clusters for m in c.mentions}
    for index, attribution in enumerate(extraction.attributions):
        content = attribution.content
        root = _root_of(doc, content.start, content.end)
        if index in linked or root is None or root.sent.start_char in mention_sentences \
                or not _vouches(doc, attribution):
            continue
        nouns = {t.lemma_.lower() for t in doc.char_span(content.start, content.end, alignment_mode="expand")
                 if t.pos_ == "NOUN"}
        places = {key for p in extraction.places if content.start <= p.start < content.end
                  for key in (p.geonameid, p.text) if key is not None}
        for cluster in clusters:
            if cluster.event.modality in UNASSERTED:
                continue
            place = (cluster.location() or {}).get("place") or {}
            same_place = bool({place.get("geonameid"), place.get("text")} & places)
            family = REFERENCE_NOUNS.get(cluster.event.sub_event_type, set()) | {
                _trigger_lemma(doc, m.event) for m in cluster.mentions}
            if same_place and nouns & family:
                extra.setdefault(id(cluster), []).append(index)
                break
    return extra


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside|on|into|across|over)\s+(?:the\s+)?(?:\w+\s+){0,3}$")


# "a resident of the town of Ochakiv", "from the direction of the nearby town of Antratsyt", not "a train travelling
# from the town of Klimovo"
_TOWN_OF_BEFORE = re.compile(r"\b(?!from\b|to\b)\w+\s+the\s+(?:(?:nearby|neighbouring|neighboring)\s+)?"
                             r"(?:town|village|city|settlement|port)\s+of\s+$")


# "The village lies on the contact line north-east of Mariupol", "X lies between government-held Y and ...": the town a
# settlement is told to lie by, in the same sentence (not one it is measured from: "lies 150 km south of Kharkiv")
_LIES_BY_BEFORE = re.compile(r"\b(?:lies|lay|sits|is\s+(?:located|situated))\b[^.;:!?\n\d]{0,60}?\b(?:between|near|"
                             r"outside|close\s+to|next\s+to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
                             r"(?:(?:flank|edge|outskirts|side)\s+)?of)\s+(?:the\s+)?(?:[\w-]+-held\s+)?$", re.I)
LIES_BY_REACH = 120  # characters before a town within which "X lies ... north-east of" is looked for


# "hit houses in the village", "fighting on the edge of the town": a settlement called back by its kind alone
_KIND_CALLED_BACK = re.compile(r"\b(?:in|at|on|near|into|of|outside)\s+the\s+(village|town|settlement)\b(?!\s+of\b)",
                               re.I)


# "a town in the western state of Michoacán", "a small village in the Kherson region": a town left unnamed
_UNNAMED_TOWN = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|settlement|hamlet)\s+"
                           r"(?:in|near)\s+", re.I)


# "lies 110 km (70 miles) from Damaturu", "north of Goma", "the road to Bukavu": a town a place is measured or
# reached from, not one where anything happened
_BEARING_BEFORE = re.compile(r"\b(?:(?:from|to|towards?)|(?:north|south|east|west)(?:east|west)?\w*\s+of|"
                             r"(?:km|kilomet(?:re|er)s?|miles?)\)?\s+(?:\w+\s+)?of)\s+(?:the\s+)?$", re.I)


def _in_another_story(doc: Doc, place: Place, sentences: list[SpacySpan]) -> bool:
    """A place named in a sentence that opens another event ("Separately, ... in Khartoum"), not one of the
    event's own sentences: no fallback for it."""
    root = _root_of(doc, place.start, place.end)
    if root is None or any(s.start_char == root.sent.start_char for s in sentences):
        return False
    return bool(ANOTHER_STORY_OPENER.match(root.sent.text))


def _spoken_by(start: int, speakers: list[Span]) -> bool:
    """Whether the text at `start` lies inside a speaker's name ("Kyiv Mayor Vitali Klitschko")."""
    return any(s.start <= start < s.end for s in speakers)


def _names_the_cause(doc: Doc, event: EventMention) -> bool:
    """An event named as what another was answering: "retaliation for the weekend blast", "in response to"."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and in_cause_phrase(root)


def _told_only_as_cause(doc: Doc, cluster: _Cluster) -> bool:
    """Whether every mention of the cluster names it as what another act answered."""
    return all(_names_the_cause(doc, m.event) for m in cluster.mentions)


def _answering_first(doc: Doc, mentions: list[_Mention], count: Token) -> list[_Mention]:
    """The mentions that may take a count of their sentence: the incident another act answered only where the
    sentence tells no other event (the act that answered it then went unread, and the count still marks the news)."""
    return [m for m in mentions if not _answered_apart(doc, m, count)] or mentions


def _answered_apart(doc: Doc, mention: _Mention, count: Token) -> bool:
    """Whether the mention is named as what another act answered and the count lies outside that phrase: in
    "shelled the town, killing nine, in revenge for a raid on a depot", the raid is an earlier incident and none of
    the nine are its dead (as they are in "in revenge for a raid that killed two")."""
    root = _root_of(doc, mention.event.trigger.start, mention.event.trigger.end)
    phrase = cause_phrase(root) if root is not None else None
    return phrase is not None and count not in phrase.subtree


def _can_place_event(doc: Doc, place: Place, speakers: list[Span]) -> bool:
    """A recognised place that can say where an event happened: located, a scene, not part of a speaker, and not
    the scene of an event another answered ("retaliation for the blast on the Crimean bridge")."""
    root = _root_of(doc, place.start, place.end)
    return place.lat is not None and can_be_scene(doc, place) and not _spoken_by(place.start, speakers) \
        and not (root is not None and in_cause_phrase(root)) and not place_acts(doc, place) \
        and not journey_end(doc, place)


def _town_in_region(doc: Doc, extraction: Extraction, region: dict, sentences: list[SpacySpan],
                    speakers: list[Span], body_start: int, other_days: frozenset[int] = frozenset()) -> dict | None:
    """A town inside the region an event is placed in, named in the event's sentences: "drones struck an
    industrial zone in Tatarstan, injuring 12 people ... in the town of Yelabuga"; else the first one the
    report's body names ("drones attacked a military facility in the Bryansk region ... the target was a
    depot near the town of Karachev"): a report about a strike in a region names the town it hit. Past the event's
    first sentence, not a town named as one of a list of districts ("houses were damaged in the Graivoron and
    Shebekino districts"), which sums up the region's day. The dateline's town in the region comes before the
    event's other sentences and the body, but after a town the lead or the sentence after it put something in
    ("PESHAWAR - ... a police station in Khyber Pakhtunkhwa province ... the station in Kulachi"). Past the event's
    sentences, a town counts where the report puts something in it, calls it the nearby town, or tells a settlement
    of the event's words that the gazetteer lacks to lie by it ("the village of X ... The village lies north-east of
    Mariupol"), not where it only measures from it ("lies 150 km south of Kupiansk"), nor the scene of an event told
    on another day (`other_days`: trigger token indices; "In 2023, an attack near X killed 49")."""
    search = _TownInRegion(doc, extraction, region, sentences, speakers, body_start, other_days)
    if not sentences:
        return search.town_in(0, body_start, len(search.text))
    return search.in_lead() or search.called_back() or search.after_datelined_lead() or search.dateline_town() \
        or search.in_other_sentences() or search.in_rest_of_body()


@dataclass
class _TownInRegion:
    """The search `_town_in_region` makes, step by step: each step a town of the region or None."""
    doc: Doc
    extraction: Extraction
    region: dict
    sentences: list[SpacySpan]
    speakers: list[Span]
    body_start: int
    other_days: frozenset[int] = frozenset()

    @property
    def text(self) -> str:
        return self.extraction.document.text

    @cached_property
    def town_unnamed(self) -> bool:
        """ "killed the mayor of a town in the state of Michoacán": the event's words say a town, just not which
        one; the town of that region the report goes on to name is it, however it names it ("the mayor of
        Cotija")."""
        return bool(self.sentences) and _UNNAMED_TOWN.search(self.sentences[0].text) is not None

    def in_region(self, place: Place) -> bool:
        return place.kind in {"city", "facility"} and place.country_code == self.region.get("country_code") \
            and bool(place.admin1) and place.admin1 == self.region.get("admin1") \
            and _can_place_event(self.doc, place, self.speakers)

    def said_where(self, place: Place, number: int) -> bool:
        """Beyond the event's sentences (`number` past them), only a town the text puts something in (not "a train
        from Klimovo")."""
        before = self.text[max(0, place.start - 60):place.start]
        if number == 0 and self.settlement_referred_back is not None \
                and _LIES_BY_BEFORE.search(self.text, max(0, place.start - LIES_BY_REACH), place.start):
            return False  # "hit houses in the village, which lies just east of X": the village is the scene, not X
        return bool(number < len(self.sentences) or _LOCATIVE_BEFORE.search(before)
                    or _TOWN_OF_BEFORE.search(before) or (self.town_unnamed and not _BEARING_BEFORE.search(before))
                    or self.lies_by(place))

    def lies_by(self, place: Place) -> bool:
        """Whether the text tells a settlement the gazetteer lacks, named in the event's words, to lie by the town
        ("shelled the village of X ... The village lies north-east of Mariupol"): the nearest guess at its scene."""
        before = self.text[max(0, place.start - LIES_BY_REACH):place.start]
        return self.names_unknown_settlement and _LIES_BY_BEFORE.search(before) is not None

    @cached_property
    def settlement_referred_back(self) -> Place | None:
        """The settlement of the region that the event's sentence calls back by its kind ("the village of X ...
        mortar rounds hit houses in the village"): the last one named before it as "the village of X"."""
        lead = self.sentences[0] if self.sentences else None
        kind = _KIND_CALLED_BACK.search(lead.text) if lead is not None else None
        if lead is None or kind is None:
            return None
        called = re.compile(rf"\bthe\s+{kind.group(1)}\s+of\s+$", re.I)
        return next((p for p in reversed(self.extraction.places) if p.start < lead.start_char and self.in_region(p)
                     and called.search(self.text, max(0, p.start - 20), p.start)), None)

    @cached_property
    def names_unknown_settlement(self) -> bool:
        return any(names_unknown_settlement(self.text, self.extraction.places, s.start_char, s.end_char)
                   for s in self.sentences)

    def town_in(self, number: int, start: int, end: int, rest_of_body: bool = False) -> dict | None:
        """The first town of the region in text[start:end], the `number`th of the event's sentences (or past them);
        in the `rest_of_body`, not one an event told on another day took place in."""
        for place in self.extraction.places:
            # past the event's own sentence, a district listed with others ("damaged houses in the Graivoron and
            # Shebekino districts") sums up a day's strikes across the region, not the town the event struck
            summed_up = number > 0 and (in_district_list(self.text, place) or _unnamed_village_of_district(self.text,
                                                                                                      place))
            # nor where the wounded were flown ("were evacuated by helicopter to X"): not where they fell
            brought_to = BROUGHT_TO_BEFORE.search(self.text, max(0, place.start - 80), place.start) is not None
            if max(start, self.body_start) <= place.start < end and self.in_region(place) \
                    and self.said_where(place, number) and not summed_up and not brought_to \
                    and not _in_another_story(self.doc, place, self.sentences) \
                    and not (rest_of_body and _scene_of(self.doc, place, self.other_days, self.sentences)):
                location = location_of(place, self.text)
                return location if number == 0 else {**location, "geo_precision": 2}
        return None

    def in_lead(self) -> dict | None:
        lead = self.sentences[0]
        return self.town_in(0, lead.start_char, lead.end_char)

    def called_back(self) -> dict | None:
        settlement = self.settlement_referred_back
        return None if settlement is None else location_of(settlement, self.text)

    def after_datelined_lead(self) -> dict | None:
        """ "PESHAWAR - Militants attacked a police station in Khyber Pakhtunkhwa province ... The assailants fired
        at the station in Kulachi": a town the sentence after the datelined lead names comes before the bureau's."""
        lead = self.sentences[0]
        following = _next_sentence(lead) if lead.start_char < self.body_start else None
        return None if following is None else \
            self.town_in(len(self.sentences), following.start_char, following.end_char)

    def dateline_town(self) -> dict | None:
        """The dateline's town, where it is in the region and the event's words name no other town ("MELITOPOL -
        ... shelled the town of <one the gazetteer lacks> in the Zaporizhzhia region")."""
        if self.names_unknown_settlement:
            return None
        lead_start = self.sentences[0].start_char
        bureau = next((p for p in self.extraction.places
                       if lead_start <= p.start < self.body_start and self.in_region(p)), None)
        return None if bureau is None else location_of(bureau, self.text)

    def in_other_sentences(self) -> dict | None:
        return next(filter(None, (self.town_in(number, s.start_char, s.end_char)
                                  for number, s in enumerate(self.sentences) if number)), None)

    def in_rest_of_body(self) -> dict | None:
        return self.town_in(len(self.sentences), self.body_start, len(self.text), rest_of_body=True)


# "debris fell on a house in a village of the X district": a settlement left unnamed in the district named after X
_UNNAMED_VILLAGE_OF_BEFORE = re.compile(r"\b(?:an?|one|some|several|two|three|four|five)\s+(?:[\w-]+\s+)?"
                                        r"(?:villages?|settlements?|hamlets?)\s+(?:of|in)\s+the\s+$", re.I)
_DISTRICT_AFTER = re.compile(r"\s+(?:district|raion|community|hromada)\b", re.I)


def _unnamed_village_of_district(text: str, place: Place) -> bool:
    """Whether the town is named only for the district an unnamed village lies in ("a village of the X district"):
    what happened there happened somewhere in the district, not in the town."""
    return _DISTRICT_AFTER.match(text, place.end) is not None \
        and _UNNAMED_VILLAGE_OF_BEFORE.search(text, max(0, place.start - 60), place.start) is not None


ELSEWHERE_BEFORE = re.compile(r"\belsewhere\s+in\s+(?:the\s+)?$", re.I)
# "On Monday morning", "Early on Friday,": a day the sentence opens with
FRONTED_TIME = re.compile(r"\s*(?:(?:early|late|later|earlier)\s+)?(?:on|in|at|during|by|since)?\s*", re.I)


def _names_an_occasion_apart(doc: Doc, place: Place, trigger: Token | None) -> bool:
    """Whether the town modifies a noun that a year dates and that does not hold the trigger: "a siege that
    recalled the 2014 Peshawar school massacre" names where that earlier massacre was, not this event's scene."""
    token = _root_of(doc, place.start, place.end)
    if token is None or trigger is None:
        return False
    head = token
    while head.dep_ in {"compound", "amod", "nmod"} and head.head != head:
        head = head.head
    return head != token and trigger not in head.subtree and any(
        c.dep_ in {"nummod", "compound"} and _is_a_year(c) for c in head.children)


def _is_a_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2100


def _narrower_place(doc: Doc, extraction: Extraction, location: dict | None, sentences: list[SpacySpan],
                    dateline_end: int, speakers: list[Span], trigger: Token | None = None,
                    other_days: frozenset[int] = frozenset(), event_words: frozenset[int] = frozenset()) -> dict | None:
    """A place inside the country an event is only placed in. In order: a town named in the event's own
    sentence, in another sentence about the event, anywhere in the report's body (a report about a town names
    it; in a report on the dateline's country, a town there), then a region of the dateline's country that the body
    tells something happened in, then the dateline's town ("KRAMATORSK, Ukraine (AP) - A rocket slammed into a
    station in eastern Ukraine"; a bureau's dateline is a weaker sign than the body), then a region named in the
    event's sentence, then one named in another sentence about the event ("the village of X in Idlib province").
    An event placed only by the dateline is treated like one placed in the dateline's country, unless the body
    names the dateline's town again other than as its government (not "accused Kiev of a provocation"), as a point
    to measure from (not "270 km southwest of Kiev") or as a journey's start; the body's town is not one that the
    trigger of an event told on another day governs, or stands beside in a sentence that is none of this event's
    (`other_days`: token indices), nor one naming an earlier, dated occasion ("recalled the 2014 Peshawar school
    massacre"). Nor is a town of another sentence about the event its scene where an aside clause names it and the
    sentence's word for the event (`event_words`: token indices) stands outside that clause ("The attack came as the
    UN tries to hold a truce in the port of X"). None where the event has a more precise place than a country, or
    nothing fits."""
    place = (location or {}).get("place") or {}
    from_dateline = place.get("start") is not None and place["start"] < dateline_end
    if place.get("start") is not None and ELSEWHERE_BEFORE.search(
            extraction.document.text, max(0, place["start"] - 20), place["start"]):
        return None  # "killed several civilians elsewhere in the Donetsk region": not the town told before
    if location is not None and place.get("kind") == "admin1" and not from_dateline:
        return _town_in_region(doc, extraction, location, sentences, speakers, dateline_end, other_days)
    if location is None or (place.get("kind") != "country" and not from_dateline):
        return None
    text = extraction.document.text
    if from_dateline and place.get("name") and _names_dateline_again(doc, extraction.places, place["text"],
                                                                     dateline_end, other_days):
        # the report names its dateline's town again: a local story ("ZAPORIZHZHIA ... Zaporizhzhia"), placed
        # at that town even where the event's own words gave only its country ("Minsk (AFP) - Police in Belarus
        # detained hundreds ... in the centre of Minsk")
        town = next((p for p in extraction.places if p.start == place["start"] and p.kind == "city"), None)
        return location_of(town, text) if place.get("kind") == "country" and town is not None else None
    dateline_country = location.get("country_code")
    # a bureau says nothing of the country, nor does one of several ("BEIRUT/WASHINGTON (Reuters) - ... U.S.
    # officials said"), whose towns are no scene
    bureaus = bureau_starts(text)
    # "at the Colombia border", "across the border from Colombia": the scene lies on either side of that border
    across_border = any(p.start == place.get("start") and beside_border(text, p) for p in extraction.places)
    country = None if from_dateline or across_border or any(p.start in bureaus and p.country_code == dateline_country
                                                            for p in extraction.places) else dateline_country

    def fits(place: Place, kinds: set[str]) -> bool:
        # a town abroad from the dateline only where the text puts something in it ("the destruction in Kiev",
        # not "no comment from Moscow")
        abroad = place.country_code != dateline_country and not across_border \
            and not _LOCATIVE_BEFORE.search(text[:place.start])
        return (country in (None, place.country_code) and not (country is None and abroad)
                and place.start not in bureaus
                and place.kind in kinds and _can_place_event(doc, place, speakers)
                and not told_as_journey_end(doc, place) and not told_as_share_of_dead(text, place)
                and not bearing_of_town_told_before(text, place)
                and not BROUGHT_TO_BEFORE.search(text, max(0, place.start - 80), place.start)
                and not where_hurt_were_taken(doc, place)
                and not told_of_an_earlier_occasion(doc, place)
                and not _in_another_story(doc, place, sentences)
                and not _names_an_occasion_apart(doc, place, trigger)
                and not _where_it_was_condemned(doc, place)
                and not where_speaker_spoke(doc, place)
                and not listed_regions(place, extraction.places, text))

    head = sentences[0]
    clause = clause_about_a_person(trigger) if trigger is not None else None
    words = list(clause.subtree) if clause is not None else []
    told_in_main_clause = trigger is not None and not in_aside_clause(trigger)

    def elsewhere_in_head(place: Place) -> bool:
        if not head.start_char <= place.start < head.end_char:
            return False
        # "gathered in Kyiv to remember the journalist, who was killed in eastern Ukraine": the gathering's town
        if words and not words[0].idx <= place.start < words[-1].idx + len(words[-1]):
            return True
        # "a missile hit the main hospital in southern Israel, while other missiles struck in the Tel Aviv area"
        token = _root_of(doc, place.start, place.end)
        return told_in_main_clause and token is not None and in_aside_clause(token)

    # "Gunmen kill 13 in Mexico\n\nMEXICO CITY (AP) - Gunmen burst into a party in the city of X": the bureau of
    # a dateline under a headline opens the body's first sentence, but it is no town of the body, only the bureau
    headline_dateline = range(*datelines.dateline_span(text)) if not dateline_end else range(0)

    def places_in(start: int, end: int, kinds: set[str]) -> list[Place]:
        return [p for p in extraction.places if start <= p.start < end and fits(p, kinds)
                and not elsewhere_in_head(p) and p.start not in headline_dateline]

    def first_in(start: int, end: int, kinds: set[str]) -> Place | None:
        return next(iter(places_in(start, end, kinds)), None)

    def told_aside_of_event(place: Place, sentence: SpacySpan) -> bool:
        token = _root_of(doc, place.start, place.end)
        word = next((doc[i] for i in sorted(event_words) if sentence.start <= i < sentence.end), None)
        return word is not None and token is not None and in_aside_clause(token) and not in_aside_clause(word)

    def first_town_of_event_in(sentence: SpacySpan) -> Place | None:
        return next((p for p in places_in(sentence.start_char, sentence.end_char, towns)
                     if not told_aside_of_event(p, sentence)), None)

    towns, regions = {"city", "facility"}, {"area", "admin2", "admin1"}
    # of the towns the sentence names, first one where it tells of dead or wounded: "knocking out power in Kyiv
    # ... and killing three people when a missile hit a building in Kryvyi Rih"
    in_head = places_in(max(head.start_char, dateline_end), head.end_char, towns)
    found = next((p for p in in_head if _tells_casualties(doc, p)), in_head[0] if in_head else None)
    if found is not None:
        return location_of(found, text)
    bureau = first_in(0, dateline_end, towns) or next(
        (p for p in extraction.places if p.start in headline_dateline and fits(p, towns)), None)
    if bureau is not None and _names_a_city_of(text, place, bureau):
        return location_of(bureau, text)
    region_told = first_in(dateline_end, len(text), regions)
    if bureau is not None and region_told is not None and region_told.country_code != bureau.country_code:
        # "LONDON (Reuters) - Two men shot dead 11 people at a Russian training ground ... The shooting in the
        # Belgorod region ...": a bureau abroad is no scene; the region the report puts the event in is
        bureau = region_told
    # a report about a town names it, but not only in a list ("smaller rallies took place in Lviv, Rivne and Lutsk");
    # in a report on the bureau's own country, a town abroad is where someone was flown or reacted, no scene
    home = bureau.country_code if bureau is not None and main_country(extraction.places, doc) == bureau.country_code \
        else None
    in_body = next((p for p in places_in(dateline_end, len(text), towns)
                    if not listed_with(p, [q for q in extraction.places if q.kind in towns], text)
                    and not _scene_of(doc, p, other_days, sentences) and home in (None, p.country_code)), None)
    # "ABUJA - Gunmen blew up a train ... The attack happened near a village in Kaduna state": the region the body
    # tells something happened in says more of the scene than the bureau's town in it, whether the dateline opens
    # the report or stands under its headline
    under_headline = bureau is not None and bureau.start in headline_dateline
    region_in_body = next((p for p in places_in(dateline_end, len(text), regions)
                           if _LOCATIVE_BEFORE.search(text, max(0, p.start - 60), p.start)
                           and not _scene_of(doc, p, other_days, sentences)), None) \
        if from_dateline or under_headline else None
    if region_in_body is not None and bureau is not None and region_in_body.country_code != bureau.country_code:
        region_in_body = None
    # "OUAGADOUGOU - gunmen ambushed a convoy in eastern Burkina Faso ... said the governor of the Est region": the
    # bureau's town lies outside the part of the country the event is told in, the region the body names there
    # (if only in an official's title) does not
    region_of_part = next((p for p in extraction.places if p.start >= dateline_end and p.kind in regions
                           and _region_of_part_told(text, place, bureau, p)), None) if bureau is not None else None
    if region_of_part is not None:
        bureau, region_in_body = None, region_of_part
    if any(p.start >= dateline_end and p.country_code == dateline_country and listed_regions(p, extraction.places, text)
           for p in extraction.places):
        # "KYIV (Reuters) - Russia launched a wave of strikes on Ukraine ... power was cut in several regions
        # including X, Y and Z. Blackouts were imposed in Kyiv": a wave the report tells across a list of regions
        # is no more the bureau's than that of a town the body names
        bureau = in_body = None
    for place in (*(first_town_of_event_in(s) for s in sentences[1:]),
                  in_body, region_in_body, bureau,
                  first_in(max(head.start_char, dateline_end), head.end_char, regions)):
        if place is not None:
            return location_of(place, text) if place is region_in_body else \
                {**location_of(place, text), "geo_precision": 2}
    region_in_event = next(filter(None, (first_in(s.start_char, s.end_char, regions) for s in sentences[1:])), None)
    return location_of(region_in_event, text) if region_in_event is not None else None


# "in eastern Burkina Faso", "in north-western Nigeria": the part of a country an event is told in
COUNTRY_PART_BEFORE = re.compile(r"\b(north|south)?-?(east|west)?(?:ern)?\s+$", re.I)
PART_MARGIN_DEGREES = 0.5  # how far a region must lie from the bureau's town toward the part told


def _region_of_part_told(text: str, place: dict, bureau: Place, region: Place) -> bool:
    """Whether the event's country is told with a part of it ("in eastern X") that a region of it the body names
    lies in, away from the bureau's town, which lies in another region."""
    if place.get("kind") != "country" or place.get("start") is None or region.country_code != bureau.country_code \
            or region.admin1 == bureau.admin1 or None in (region.lat, region.lon, bureau.lat, bureau.lon):
        return False
    match = COUNTRY_PART_BEFORE.search(text[max(0, place["start"] - 20):place["start"]])
    if match is None or not (match[1] or match[2]):
        return False
    north_south = {"north": 1, "south": -1}.get((match[1] or "").lower(), 0)
    east_west = {"east": 1, "west": -1}.get((match[2] or "").lower(), 0)
    return (region.lat - bureau.lat) * north_south >= PART_MARGIN_DEGREES * abs(north_south) \
        and (region.lon - bureau.lon) * east_west >= PART_MARGIN_DEGREES * abs(east_west)


# "in Ukraine's second-largest city", "in the country's main port": a city of that country, left unnamed
CITY_OF_COUNTRY_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:city|port)\b")


def _names_a_city_of(text: str, place: dict, town: Place) -> bool:
    """Whether the event's country is told as one of its cities, left unnamed: then the city is the dateline's
    ("KHARKIV, Ukraine - Shelling in Ukraine's second-largest city killed three")."""
    if place.get("kind") != "country" or place.get("start") is None or town.country_code != place.get("country_code"):
        return False
    return CITY_OF_COUNTRY_AFTER.match(text, place["start"] + len(place.get("text") or "")) is not None


def _told_on_other_days(doc: Doc, clusters: list[_Cluster], cluster: _Cluster,
                        dates: dict[int, DateValue | None]) -> frozenset[int]:
    """The trigger tokens of the other events dated to another day than `cluster` (both dated), or told as
    another occasion ("Earlier, a roadside bomb near Mastung wounded two")."""
    day = dates.get(id(cluster))

    def another_day(other: _Cluster) -> bool:
        other_day = dates.get(id(other))
        return day is not None and other_day is not None and other_day.date_start != day.date_start

    roots = (_root_of(doc, m.event.trigger.start, m.event.trigger.end) for other in clusters if other is not cluster
             and (another_day(other) or _marks_another_occasion(doc, other.event)) for m in other.mentions)
    return frozenset(root.i for root in roots if root is not None)


# verbs of a reaction to violence told elsewhere: "In Abuja, the president condemned the killings"
CONDEMNING_LEMMAS = {"condemn", "denounce", "deplore", "decry"}


def _where_it_was_condemned(doc: Doc, place: Place) -> bool:
    """Whether the place is where someone condemned the violence, on the verb of that reaction: a capital's
    statement, not the scene."""
    root = _root_of(doc, place.start, place.end)
    verb = next((t for t in root.ancestors if t.pos_ == "VERB"), None) if root is not None else None
    return verb is not None and verb.lemma_.lower() in CONDEMNING_LEMMAS


def _scene_of(doc: Doc, place: Place, triggers: frozenset[int], sentences: list[SpacySpan]) -> bool:
    """Whether one of the `triggers` governs the place ("militants tried to storm a base in Turbat"), or, in a
    sentence that is none of the event's own, is conjoined to the verb the place hangs on ("a bomber killed 20 at a
    market in Homs, and another blew himself up": the other event's trigger is "blew") or is its object ("the group
    has carried out similar bombings in Sinai")."""
    root = _root_of(doc, place.start, place.end)
    if root is None:
        return False
    if any(t.i in triggers for t in root.ancestors):
        return True
    if any(s.start_char == root.sent.start_char for s in sentences):
        return False
    verb = next((t for t in root.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and any(c.dep_ in {"conj", "dobj"} and c.i in triggers for c in verb.children)


def _names_dateline_again(doc: Doc, places: list[Place], dateline: str, dateline_end: int,
                          other_days: frozenset[int] = frozenset()) -> bool:
    """Whether the body names the dateline's town again as a town, not as its government ("accused Kiev of a
    provocation", "according to Kiev"), as a point to measure from ("270 km southwest of Kiev"), as where a
    journey set out or was bound ("a train travelling from Abuja", "a lorry headed for Kano") nor as the scene
    of an event told on another day (`other_days`: trigger token indices; "its 2021 raid on Kano's market")."""
    text = doc_text(doc)
    for match in re.finditer(rf"\b{re.escape(dateline.title())}\b", text[dateline_end:]):
        start = dateline_end + match.start()
        if _BEARING_BEFORE.search(text, max(0, start - 40), start):
            continue
        named = next((p for p in places if p.start == start), None)
        if named is not None and (_scene_of(doc, named, other_days, []) or where_hurt_were_taken(doc, named)
                                  or _where_rite_was_held(doc, named)):
            continue
        # the end of a journey of something named is not where anything is told ("a lorry headed for Kano");
        # a town someone went to may be ("flew to Jolo")
        if named is None or can_be_scene(doc, named) and not place_acts(doc, named) \
                and not journey_end(doc, named):
            return True
    return False


def _where_rite_was_held(doc: Doc, place: Place) -> bool:
    """Whether the place is where the dead were mourned or buried ("Funeral prayers for the nine were offered at
    Police Lines X", "the funeral in X"): a town the dead were brought back to, not where they were killed."""
    token = _root_of(doc, place.start, place.end)
    while token is not None and token.dep_ in {"pobj", "prep", "compound", "appos"} and token.head.i != token.i:
        token = token.head
        if token.pos_ == "NOUN" and _names_rite(token):
            return True
    return token is not None and token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and _names_rite(c) for c in token.children)


def _tells_casualties(doc: Doc, place: Place) -> bool:
    """Whether the place stands in a clause of killing or wounding ("killing three when a missile hit X")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and any(a.lemma_.lower() in HARM_VERBS for a in span.root.ancestors)


# "swapped 70 prisoners", "the prisoner exchange", "brought home 189 prisoners of war"
EXCHANGE_TRIGGER = re.compile(r"\b(?:swap|exchang|handover|hand(?:ed)? over|brought home)", re.IGNORECASE)
# verbs that tell where an exchange's captives arrived or were handed over: "landing at Boryspil airport",
# "were taken to a hospital in the Chernihiv region", "the handover took place in ..."
ARRIVAL_LEMMAS = {"land", "arrive"}
CARRIED_LEMMAS = {"take", "bring", "fly", "transport", "return", "bus"}
# prepositions by which such a verb says where: "taken to X", "landed at X", "handed over in X", "flown into X"
WHERE_PREPOSITIONS = {"to", "at", "in", "into", "on", "near", "inside", "outside"}


def _arrival_verb(token: Token) -> bool:
    """Whether a place hangs from a verb telling where people arrived or an occasion took place: "landed at X",
    "were taken to X", "took place in X" (not "Moscow brought 35 people to X", which tells the other side's, nor
    a later leg: "would be flown to X", "taken to Belarus before being flown to X")."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.head.lower_ in {"before", "then"} \
            or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    took_place = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    arrives = lemma in ARRIVAL_LEMMAS or lemma in CARRIED_LEMMAS and (passive or took_place)
    return arrives and _told_as_where(token, verb)


def _told_as_where(token: Token, verb: Token) -> bool:
    """Whether the place stands in a phrase the verb takes to say where ("taken to a hospital in X", "landed at
    X"), not in one that says when or why ("taken prisoner after the defence of X")."""
    phrase = next((a for a in [token, *token.ancestors] if a.head == verb), None)
    return phrase is not None and (phrase.dep_ != "prep" or phrase.lower_ in WHERE_PREPOSITIONS)


def _exchange_scene(doc: Doc, extraction: Extraction, cluster: _Cluster, sentences: list[SpacySpan]) -> dict | None:
    """Where an exchange of prisoners is recorded when the report tells where its captives arrived or were handed
    over in a country of its parties ("Russia and Ukraine swapped ... The freed Ukrainians were taken to a hospital
    in the Chernihiv region"): that town or region, over the country, a place of the talks that agreed it or the
    town its captives once defended."""
    if not any(EXCHANGE_TRIGGER.search(m.event.trigger.text) for m in cluster.mentions):
        return None
    parties = {p.country_code for p in extraction.places if p.kind == "country"
               and any(s.start_char <= p.start < s.end_char for s in sentences)}
    own = main_country(extraction.places, doc)
    for place in extraction.places:
        token = _root_of(doc, place.start, place.end)
        if place.kind != "country" and place.country_code in parties and place.country_code == own \
                and token is not None and _arrival_verb(token):
            return location_of(place, extraction.document.text)
    return None


def _party_country(extraction: Extraction, location: dict | None, sentences: list[SpacySpan],
                   dateline_end: int) -> dict | None:
    """Where an agreement or exchange that names no place of its own is recorded: the dateline's country, as a
    country, when its sentences name that country ("KYIV (AP) - Russia and Ukraine exchanged 175 prisoners"),
    not the dateline's town nor a town of another story in the report."""
    place = (location or {}).get("place") or {}
    if place.get("kind") == "country" and place.get("start") is not None and place["start"] >= dateline_end:
        # "Russia and Ukraine swap hundreds of prisoners": of the parties named, the story's own country
        own = main_country(extraction.places)
        party = next((p for p in extraction.places if p.kind == "country" and p.country_code == own
                      and any(s.start_char <= p.start < s.end_char for s in sentences)), None)
        return location_of(party, extraction.document.text) if party is not None else location
    if location is None or place.get("start") is None or place["start"] >= dateline_end:
        return location  # placed by its own words
    text = extraction.document.text
    party = next((p for p in extraction.places if p.kind == "country" and p.country_code == location.get("country_code")
                  and any(s.start_char <= p.start < s.end_char for s in sentences)), None)  # fmt: skip
    return location_of(party, text) if party is not None else location


@dataclass
class _ToldDays:
    """The days a report's sentences tell beside its mentions: the day each speaker spoke (by sentence start), the
    lead's day, and the days of sentences with no mention, each with its parse root."""
    statements: dict[int, DateValue] = field(default_factory=dict)
    lead: DateValue | None = None
    orphans: list[tuple[Token, DateValue]] = field(default_factory=list)


def _mentions_of(extraction: Extraction, doc: Doc) -> list[_Mention]:
    """The report's event mentions in text order, each with its sentence and governing verb (none the parse lacks)."""
    mentions: list[_Mention] = []
    for event in sorted(extraction.events, key=lambda e: e.trigger.start):
        root = _root_of(doc, event.trigger.start, event.trigger.end)
        if root is None:
            continue
        mentions.append(_Mention(event=event, sentence=root.sent, governor=_governor(root)))
    return mentions


def _by_sentence(mentions: list[_Mention]) -> dict[int, list[_Mention]]:
    """The mentions of each sentence, by the sentence's start."""
    by_sentence: dict[int, list[_Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence.start_char, []).append(mention)
    return by_sentence


def _body_start(doc: Doc, dateline_end: int) -> int:
    """Where the lead starts: the first real sentence after the dateline (not "KURSK, 11 Aug - RIA Novosti.")."""
    return next((sent.start_char for sent in doc.sents
                 if sum(t.is_alpha for t in sent if t.idx >= dateline_end) >= 6 and not _is_headline(sent)), 0)


def _may_date_the_lead(root: Token, governor: Token, date: DateValue) -> bool:
    """Whether a day of the lead's sentence is the lead's day: a day told in the past, not a statement's (unless
    it owns violence), a comparison's, a rite's, a reaction's, a consequence's ("..., sparking protests on
    Thursday") or that of forces sent, a hunt begun or an inquiry taken up after the event."""
    return date.precision == "day" and (not _states(governor) or _owns_violence(root)) and date.tense != "future" \
        and _comparison_phrase(root) is None and _dated_rite(root) is None and not _dates_a_reaction(governor) \
        and not _reinforces_after(governor) and not _hunts_for_doers(governor) and not _tells_consequence(governor) \
        and not _takes_up_inquiry(governor)


def _attach_own_dates(doc: Doc, extraction: Extraction, by_sentence: dict[int, list[_Mention]], dateline: range,
                      dateline_end: int, body_start: int) -> _ToldDays:
    """Give each mention the cheapest date of its sentence whose parse hangs on it, and collect the days told
    beside the mentions (a dateline's date is the report's, no event's)."""
    told = _ToldDays()
    date_costs: dict[int, float] = {}
    for date in extraction.dates:
        root = _root_of(doc, date.start, date.end)
        if root is None or date.start < dateline_end or date.start in dateline:
            continue
        sentence_start = root.sent.start_char
        governor = _governor(root)
        # (not the day of a rite the speaker announced: "declared a day of mourning on 15 May")
        if _speaks(governor) and date.precision == "day" and _dated_rite(root) is None:
            told.statements.setdefault(sentence_start, date)
        if sentence_start == body_start and told.lead is None and _may_date_the_lead(root, governor, date):
            told.lead = date  # the lead's day, for events that have none (its own may have gone unrecognised)
        in_sentence = by_sentence.get(sentence_start, [])
        if not in_sentence:
            told.orphans.append((root, date))
            continue
        best = _date_owner(doc, extraction.document.text, root, date, in_sentence)
        if best is None:
            continue
        owner, cost = best
        published = extraction.document.published
        if _names_the_nights_day(date, owner.own_date, published):
            owner.own_date, date_costs[id(owner)] = date, cost
        elif cost < date_costs.get(id(owner), float("inf")) \
                and not _names_the_nights_day(owner.own_date, date, published):
            owner.own_date, date_costs[id(owner)] = date, cost
    return told


def _names_the_nights_day(day: DateValue | None, night: DateValue | None, published: str | None) -> bool:
    """Whether a day the sentence gives its event beside a bare "overnight" ("an overnight drone attack early on
    Saturday", in a report out on Sunday) says which night it was: the night word alone only guesses the night from
    the publication day, while the named day, of the days just before it, is the report's own account."""
    return _night_of_publication(night, published) and day is not None and day.precision == "day" \
        and " ".join(day.text.lower().split()) not in NIGHT_WORDS and 0 < _days_before(day, published) <= 3


def _date_owner(doc: Doc, text: str, root: Token, date: DateValue,
                in_sentence: list[_Mention]) -> tuple[_Mention, float] | None:
    """The mention of its sentence a date belongs to, with the cost of that attachment; None where it dates
    something else."""
    # a day told in future talk ("said he would meet Putin on Aug. 15") dates only a planned event
    candidates = [m for m in in_sentence if not _dates_something_else(root, m)
                  and (date.tense != "future" or m.event.modality in UNASSERTED)]
    timely = [m for m in in_sentence if date.tense != "future" or m.event.modality in UNASSERTED]
    named = _mention_dated_by_name(root, date, candidates, timely)
    best = (named, -1.0) if named is not None else _best_in_sentence(doc, candidates, date.start, date.end)
    if best is None:
        return None
    owner, cost = best
    if (cost >= UNRELATED_COST and _dates_clause_of_its_own(text, root, date, owner)) \
            or (named is None and _dates_a_noun_s_participle(root, owner)):
        return None
    if any(ch.isdigit() for ch in date.text):
        cost -= 0.001  # on a tie, a calendar date beats a relative one: "the overnight attack ... on July 23"
    return owner, cost


def _mention_dated_by_name(root: Token, date: DateValue, candidates: list[_Mention],
                           timely: list[_Mention]) -> _Mention | None:
    """The mention whose own noun the day names ("lowered on Tuesday the toll in Sunday's bombing"), or the day
    since which it has gone on: that day beats its verb's."""
    return next((m for m in candidates if _dates_trigger(root, m.event.trigger)
                 or _date_before_noun(doc_text(root.doc), date, m.event.trigger)
                 or _dates_noun_clause(root, m.event.trigger)
                 or _dates_casualty_clause(root, m.governor) or _dates_subject_event(root, m.event.trigger)
                 or _dates_coordinated_deeds(root, m.governor) or _day_told_by_relative_clause(root, m.governor)),
                None) or next(
        (m for m in timely if date.precision == "day" and _since_in_clause_on(root, m.event.trigger)), None)


def _day_told_by_relative_clause(root: Token, governor: Token) -> bool:
    """Whether the event's clause hangs on the day itself, telling what happened then: "concerned by the violence
    on Friday, when rival supporters fought with machetes"."""
    return governor.dep_ == "relcl" and governor.head == root


def _dates_a_noun_s_participle(root: Token, owner: _Mention) -> bool:
    """Whether the day dates a participle that tells of another noun than the event ("the shelling was the worst
    breach of a truce signed in Minsk on Sept. 5"): the truce's day, not the shelling's. A participle within the
    event's own phrase tells its scene ("blew himself up among troops gathered outside the camp on Sunday"), and a
    day that names the event's own noun ("the craters left by the Aug. 12 shelling") is its day whatever the parse."""
    governor = _governor(root)
    trigger = _root_of(root.doc, owner.event.trigger.start, owner.event.trigger.end)
    return governor.dep_ == "acl" and governor.tag_ == "VBN" and trigger is not None \
        and trigger not in (governor, governor.head) and governor not in trigger.ancestors \
        and trigger not in governor.ancestors


def _dates_clause_of_its_own(text: str, root: Token, date: DateValue, owner: _Mention) -> bool:
    """Whether a day far from its mention dates a clause of its own with no event found in it; but a day the
    sentence opens with dates what the clauses below tell ("On Monday he walked into the hall where recruits waited
    and shot ...")."""
    governor = _governor(root)
    return governor.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in governor.children) \
        and not (FRONTED_TIME.fullmatch(text, root.sent.start_char, date.start)
                 and governor in owner.governor.ancestors)


def _news_day(doc: Doc, extraction: Extraction, lead_date: DateValue | None, body_start: int) -> DateValue | None:
    """The day the lead tells of, even a statement's ("The governor on Wednesday urged residents to leave")."""
    return lead_date or next((d for d in sorted(extraction.dates, key=lambda d: d.start)
                              if d.precision == "day" and d.tense != "future" and d.start >= body_start
                              and (root := _root_of(doc, d.start, d.end)) is not None
                              and root.sent.start_char == body_start), None)


def _date_from_clauses(doc: Doc, extraction: Extraction, mentions: list[_Mention],
                       by_sentence: dict[int, list[_Mention]], news_day: DateValue | None) -> None:
    """Date each mention a clause or phrase counts from another day ("..., a day after a missile ripped through
    it": not the clause's own day), else by its own date, else by the occasion it is told with."""
    document = extraction.document
    for mention in mentions:
        # (the publication day only for a sentence whose one event is the one measured: not "a drone attack has
        # set a tank on fire, a day after explosions hit two bases")
        alone = len(by_sentence.get(mention.sentence.start_char, [])) == 1
        mention.own_date = _days_from_clause(doc, document.text, mention, extraction.dates, news_day,
                                             document.published if alone else None) \
            or _days_from_phrase(doc, document.text, mention, extraction.dates,
                                 document.published if alone else None) \
            or _days_counted_just_before(document.text, mention, extraction.dates) \
            or mention.own_date or _days_from_dated_occasion(doc, document.text, mention, extraction.dates) \
            or _day_of_what_it_followed(doc, mention, extraction.dates) \
            or _day_its_onset_gives(doc, mention, extraction.dates) \
            or _day_of_violence_shown(doc, document.text, mention, extraction.dates) \
            or _day_fronted_over_its_clause(doc, document.text, mention, extraction.dates)


def _attach_place(doc: Doc, extraction: Extraction, mention: _Mention, sources: list[Span],
                  dateline_end: int) -> None:
    """Give a mention the place its sentence names: as its own where the parse hangs it on the event, as its
    sentence's otherwise, and as a fallback whatever the sentence gives (not a speaker's place)."""
    document = extraction.document
    sentence = mention.sentence
    location = locate_event(extraction.places, doc, document, max(sentence.start_char, dateline_end),
                            sentence.end_char,
                            mention.event.trigger.start)
    if _names_the_cause(doc, mention.event):
        return  # "in retaliation for Saturday's blast on the Crimea bridge": that blast's place, not this event's
    mention.fallback_location = location
    place = (location or {}).get("place") or {}
    start = place.get("start")
    mention.scene_unknown = start is not None and (start < dateline_end or place.get("kind") == "country") \
        and _names_unknown_scene(sentence, extraction.places, dateline_end)
    mention.dateline_only = start is not None and start < dateline_end
    mention.sentence_names_town = any(p.kind in {"city", "facility"} and max(sentence.start_char, dateline_end)
                                      <= p.start < sentence.end_char for p in extraction.places)
    if start is None or start < dateline_end or not sentence.start_char <= start < sentence.end_char:
        return  # (the dateline in the lead's sentence is where the report was filed, not its own scene)
    place_root = _root_of(doc, start, place.get("end", start + 1))
    is_speaker = _spoken_by(start, sources)
    if not is_speaker:
        mention.sentence_location = location
    if _place_on_event(doc, place_root, mention) and not is_speaker:
        mention.own_location = location


def _place_on_event(doc: Doc, place_root: Token | None, mention: _Mention) -> bool:
    """Whether the parse hangs a place on the mention's own verb (not in an aside) or inside its trigger's phrase."""
    return place_root is not None and place_root.dep_ != "poss" and (
        (_governor(place_root) == mention.governor and not in_aside_clause(place_root, mention.governor))
        or place_root.i in {t.i for t in _root_of(doc, mention.event.trigger.start,
                                                  mention.event.trigger.end).subtree})


def _attach_counts(doc: Doc, extraction: Extraction,
                   by_sentence: dict[int, list[_Mention]]) -> list[tuple[SpacySpan, Quantity]]:
    """Give each count to the mention of its sentence the parse hangs it on; return, with their sentences, the
    counts left for an event told elsewhere."""
    orphans: list[tuple[SpacySpan, Quantity]] = []
    for quantity in extraction.quantities:
        root = _root_of(doc, quantity.start, quantity.end)
        if root is None:
            continue
        in_sentence = _mentions_a_count_may_be_of(doc, root, by_sentence.get(root.sent.start_char, []))
        if in_sentence is None:
            continue
        fitting = _answering_first(doc, [m for m in in_sentence if _affine(m, quantity.what)], root)
        owner = _assign_in_sentence(doc, fitting, quantity.start, quantity.end)
        if owner is not None and _counted_at_another_scene(doc, root, owner, extraction.places):
            continue  # "a tourist was killed in an attack in Tel Aviv and two sisters were shot dead in Hebron"
        if owner is None or _below_a_toll_update(root, owner.governor):
            # "the agency raised the toll to 16 and said 43 inmates had been recaptured": the toll of an event
            # told before, not of one told in a clause below it
            orphans.append((root.sent, quantity))
        else:
            owner.quantities.append(quantity)
    return orphans


def _mentions_a_count_may_be_of(doc: Doc, root: Token, in_sentence: list[_Mention]) -> list[_Mention] | None:
    """The mentions of a count's sentence it may belong to; None where it counts an occasion no event is told of
    (one compared with, measured from, a mishap or a run of deeds)."""
    comparison = _compared_occasion(root) if _told_with_subject(root) else None
    if comparison is not None:
        compared = {t.idx for t in comparison.subtree}
        in_sentence = [m for m in in_sentence if m.event.trigger.start in compared]
        if not in_sentence:
            return None  # the toll of the past event compared with: "the heaviest since June 17, when ... killed 28"
        # else that event's own, not the news's: "the deadliest since a strike in March that killed 21"
    else:
        # nor is the news's toll the compared occasion's: "killing 9, the worst since a strike that killed 17"
        in_sentence = [m for m in in_sentence if not _told_for_comparison(doc, m)] or in_sentence
    link = next((t for t in reversed(root.sent[: root.i - root.sent.start]) if measures_time_from(t)), None)
    if link is not None and not any(m.event.trigger.start > link.idx for m in in_sentence):
        return None  # "..., three days after a strike on a station killed at least nine": that strike's toll
    measured = _measured_clause_above(root)
    if measured is not None and not any(m.event.trigger.start in {t.idx for t in measured.subtree}
                                        for m in in_sentence):
        return None  # "The attack came two months after 100 people were killed there": that occasion's dead
    if _killed_by_mishap(root):
        return None  # "a ceasefire declared after the earthquake, which killed more than 3,700 people"
    if _killed_by_a_run(root):
        return None
    return in_sentence


def _drop_tallies_across(doc: Doc, clusters: list[_Cluster]) -> None:
    """Drop from each event told in one place the tallies of dead and hurt over the country: "A bomb struck
    Pisochyn ... The attacks came as Russia fired 120 missiles, killing seven nationwide"."""
    for cluster in clusters:
        if not _told_across_places(cluster):
            for mention in cluster.mentions:
                mention.quantities = [q for q in mention.quantities if q.what not in {"killed", "injured"}
                                      or not _tallied_across(_root_of(doc, q.start, q.end))]


def _date_referenced_clusters(doc: Doc, clusters: list[_Cluster], orphan_dates: list[tuple[Token, DateValue]],
                              lead_date: DateValue | None) -> None:
    """Give a day told in a sentence without an event to the undated event it refers back to."""
    for root, date in orphan_dates:
        target = _referenced_by_date(doc, root, clusters)
        # not a lead that gives its own day ("killed 15 on Wednesday in the deadliest day of protests ... five were
        # killed during protests on Saturday"): the later date is another occasion's
        if target is not None and target.date() is None and not _gives_day(target.head.sentence, lead_date) \
                and (date.tense != "future" or target.event.modality in UNASSERTED):
            # (a day still to come dates only a planned event: "the attack has stirred the debate ahead of the
            # vote on June 9")
            target.head.own_date = date


def _attach_orphan_counts(doc: Doc, extraction: Extraction, clusters: list[_Cluster],
                          orphans: list[tuple[SpacySpan, Quantity]],
                          lead_date: DateValue | None) -> dict[int, list[SpacySpan]]:
    """Give each count told without its event to the event it refers back to; return, by cluster, the sentences
    that gave it a count without naming it: whoever says them is a source for it."""
    count_sentences: dict[int, list[SpacySpan]] = {}
    for sentence, quantity in orphans:
        if tells_vehicle_mishap(sentence):
            continue  # "a police helicopter crashed outside the city, killing two": an accident's dead, no event's
        target = _orphan_target(doc, sentence, quantity, clusters, extraction.places)
        if target is None or _tallied_beyond(doc, extraction, quantity, target) \
                or _counted_before(doc, extraction, sentence, quantity, target, lead_date):
            continue
        target.head.quantities.append(quantity)
        count_sentences.setdefault(id(target), []).append(sentence)
    return count_sentences


def _tallied_beyond(doc: Doc, extraction: Extraction, quantity: Quantity, target: _Cluster) -> bool:
    """Whether a count told without its event tallies more than that event: across the country, over the past
    day, or at another place."""
    root = _root_of(doc, quantity.start, quantity.end)
    if quantity.what in {"killed", "injured"} and not _told_across_places(target) and _tallied_across(root):
        return True  # "more than 40 soldiers had been killed across the country": not the Podilsk strike's toll
    if _counts_own(target, quantity.what) and _tallied_over_past_day(root):
        return True  # "killing two ... four people had been killed in the city over the past day": the day's tally
    # "raids in the West Bank, where at least a dozen have been killed": not the Tel Aviv attack's; but "a second
    # civilian has died" tells the next dead of one attack, which no tally of a place counts by rank
    return not _adds_to_its_counts(quantity, target) \
        and _tallied_at_another_place(doc, quantity, target, extraction.places)


def _counted_before(doc: Doc, extraction: Extraction, sentence: SpacySpan, quantity: Quantity, target: _Cluster,
                    lead_date: DateValue | None) -> bool:
    """Whether a count told without its event was told long before the event's day, or hurt on an earlier day;
    an event not dated yet is news: of the lead's day, else of the report's."""
    day = target.date() or lead_date
    reference = day.date_start if day else extraction.document.published
    return _dated_long_before(doc, sentence, extraction.dates, reference) \
        or _hurt_on_an_earlier_day(doc, quantity, extraction.dates, day)


def _drop_rival_counts(doc: Doc, extraction: Extraction, clusters: list[_Cluster]) -> None:
    """Drop from each event the counts that are not its toll: a side's count beside the others', a rival toll, a
    region's toll in a title, a tally of the past day, and a sum over several scenes."""
    for cluster in clusters:
        # "JNIM claimed the attack, saying it had killed 30 soldiers" beside the government's 28: the side
        # that killed speaks for its own deed, and the count of the dead is the others'; so does a side's
        # count of the enemy fighters killed ("the ministry said more than 100 militants died") beside the
        # victims' toll
        _drop_counts_beside_others(doc, cluster, "killed", _claimed_by_a_side)
        rivals = _rival_tolls(doc, extraction, cluster)
        for mention in cluster.mentions:
            mention.quantities = [q for q in mention.quantities if q not in rivals]
        if not _told_across_places(cluster):
            _drop_regional_title_tolls(doc, cluster)
        _drop_past_day_tallies(doc, cluster)
        _drop_sums_over_scenes(doc, cluster)


def _cluster_days(doc: Doc, extraction: Extraction, clusters: list[_Cluster],
                  told: _ToldDays) -> dict[int, DateValue | None]:
    """Each cluster's day, by id: its own or inherited, then moved to a day the report gives it later, the eve a
    night began, the eve hours before, or the day it began."""
    dates = _inherit_dates(doc, clusters, extraction, told.statements, told.lead)
    for cluster in clusters:
        dates[id(cluster)] = _day_given_later(doc, cluster, dates.get(id(cluster)), extraction.dates) \
            or _eve_the_night_began(doc, cluster, dates.get(id(cluster)), extraction.dates,
                                    extraction.document.published) \
            or _night_its_town_dates_later(doc, cluster, dates.get(id(cluster)), extraction,
                                           extraction.document.published) \
            or _eve_hours_before(doc, cluster, dates.get(id(cluster)), extraction.dates) \
            or _day_it_began(doc, cluster, clusters, dates) \
            or _day_its_siege_began(doc, cluster, dates.get(id(cluster)), extraction.dates) or dates.get(id(cluster))
    for cluster in sorted(clusters, key=lambda c: c.event.trigger.start):
        dates[id(cluster)] = _day_of_event_told_before(doc, cluster, clusters, dates) or dates[id(cluster)]
    return dates


# A day told as that of the event just told: "on the same day", "that same evening" (not "on the same day that
# Russia fired a missile", which names its own occasion)
SAME_DAY_AS_TOLD = re.compile(
    r"\b(?:that|the)\s+same\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:that|when|as)\b)", re.IGNORECASE)


def _day_of_event_told_before(doc: Doc, cluster: _Cluster, clusters: list[_Cluster],
                              dates: dict[int, DateValue | None]) -> DateValue | None:
    """The day of a cluster with no day of its own told "the same day": that of the last event told before the
    phrase, in its paragraph or the one before, not the day named last ("the governor said on Tuesday ...
    Separatists accused Kyiv of killing a civilian the same day" is the day of the shelling, not of his words)."""
    sentence = cluster.head.sentence
    phrase = SAME_DAY_AS_TOLD.search(sentence.text)
    if cluster.date() is not None or phrase is None:
        return None
    start, text = sentence.start_char + phrase.start(), doc_text(doc)
    told_before = [(m.event.trigger.end, other) for other in clusters if other is not cluster
                   and other.event.modality not in NOT_HAPPENED for m in other.mentions
                   if m.event.trigger.end <= start and len(re.findall(r"\n+", text[m.event.trigger.end : start])) <= 1]
    if not told_before:
        return None
    day = dates.get(id(max(told_before, key=lambda pair: pair[0])[1]))
    if day is None or day.precision != "day":
        return None
    return DateValue(text=phrase.group(), start=start, end=start + len(phrase.group()), date_start=day.date_start,
                     date_end=day.date_end, precision="day", anchor=day.anchor, tense="past")


def _told_as_background(cluster: _Cluster, opening: int | None, background_from: str | None) -> bool:
    """Whether an asserted event, dated, is background: dated long before, in an earlier period, or told as
    earlier ("In April, a car bomb killed a general in Balashikha", "Earlier this month"); never the event of the
    report's opening sentence."""
    event = cluster.event
    return event.modality not in UNASSERTED and cluster.head.sentence.start_char != opening \
        and (_background_date(cluster.date() or event.date, background_from)
             or _earlier_period(cluster.date(), background_from)
             or _told_as_earlier(cluster, background_from))


def _event_place(doc: Doc, extraction: Extraction, cluster: _Cluster, clusters: list[_Cluster],
                 dates: dict[int, DateValue | None], evidence: list[SpacySpan], sources: list[Span],
                 summaries: set[int], dateline_end: int) -> dict | None:
    """An event's place: its mentions' finest, else a fallback, then the scene of an exchange, the region of an
    unknown town, or a narrower place its sentences give (not for a summary, whose wide place is no one town's)."""
    event = cluster.event
    location = _across_listed_regions(extraction, cluster.location() or next(
        (m.fallback_location for m in cluster.mentions if m.fallback_location), None))
    if event.sub_event_type in SCENELESS_TYPES:
        return _exchange_scene(doc, extraction, cluster, evidence) or _party_country(
            extraction, location, evidence, dateline_end)
    if _unknown_town_in_country(cluster):
        return _where_unknown_town_lies(extraction, cluster, dateline_end)
    if id(event) in summaries:
        return location
    first = cluster.mentions[0].event.trigger
    words = frozenset(root.i for m in cluster.mentions
                      if (root := _root_of(doc, m.event.trigger.start, m.event.trigger.end)) is not None)
    return _narrower_place(doc, extraction, location, evidence, dateline_end, sources,
                           _root_of(doc, first.start, first.end),
                           _told_on_other_days(doc, clusters, cluster, dates), words) or location


def _across_listed_regions(extraction: Extraction, location: dict | None) -> dict | None:
    """The country of a place that is one of a list of its regions ("hit energy facilities in the Khmelnytskyi,
    Rivne, Volyn and Odesa regions"): an event told across them is not the first one's; else `location`."""
    start = ((location or {}).get("place") or {}).get("start")
    place = next((p for p in extraction.places if p.start == start), None)
    if place is None or not listed_regions(place, extraction.places, extraction.document.text):
        return location
    country = country_of(place)
    return location_of(country, extraction.document.text) if country is not None else location


def _attach_sources(extraction: Extraction, event: EventMention, attributions: list[int]) -> None:
    """Give an event its attributions and the labels of their sources (each once, in order); an asserted event
    with a source is reported."""
    event.attributions = attributions
    labels: list[str] = []
    for index in event.attributions:
        attribution = extraction.attributions[index]
        for label in (source_label(attribution), attribution.via):
            if label and label not in labels:
                labels.append(label)
    event.sources = labels
    if event.modality == "asserted" and event.attributions:
        event.modality = "reported"


def _retellings(text: str, cluster: _Cluster) -> list[Span]:
    """The sentences of a cluster's further mentions, each once, not the head's."""
    sentences = [m.sentence for m in cluster.mentions]
    return [Span(text[s.start_char:s.end_char], s.start_char, s.end_char)
            for s in dict.fromkeys(sentences[1:]) if s != cluster.head.sentence]


def _confidence(cluster: _Cluster, lead_start: int | None) -> float:
    """How sure an event is: as sure as its surest mention (a terse headline's event is the lead's, told in full
    below it), more with each further mention and for being in the report's lead, as the report's own news rather
    than background."""
    in_lead = cluster.head.sentence.start_char == lead_start
    surest = max(m.event.confidence for m in cluster.mentions)
    return min(1.0, surest + 0.05 * (len(cluster.mentions) - 1) + 0.1 * in_lead)


def _summaries(doc: Doc, clusters: list[_Cluster]) -> set[int]:
    """The ids of events that sum up many rather than tell one: a trend, a habit, or a tally of the region's dead."""
    trends = {id(c.event) for c in clusters
              if all(_ongoing_trend(doc, m.event) or _describes_a_habit(doc, m.event)
                     or _kept_up_as_backdrop(doc, m.event) for m in c.mentions)}
    return trends | {id(c.event) for c in clusters if _tallies_its_areas_day(doc, c)}


def _order_events(doc: Doc, text: str, title: str | None, events: list[EventMention], clusters: list[_Cluster],
                  summaries: set[int]) -> list[EventMention]:
    """The report's events in the order they are its news: violence before what answers it, a claim before its
    denial, the concrete before the trend, the dated happening before a practice, the killer's deed before his
    fate."""
    events = _capture_before_ongoing_fight(doc, _violence_first(_violence_before_rally(doc, events)))
    events = _own_event_before_deed(doc, _claim_before_its_denial(events))
    events = _concrete_before_trend(_weapon_before_crowd(events), summaries)
    tallies = {id(c.event): region for c in clusters if (region := _region_of_many_settlements(doc, c))}
    events = _town_before_regions_tally(events, tallies)
    events = _concrete_first_in_roundup(text, events, _told_as_one_happening(clusters, summaries))
    return _headlined_violence_first(title, _killers_deed_first(title, _dated_happening_before_practice(doc, events,
                                                                                                       clusters)))


def link_events(extraction: Extraction, doc: Doc) -> None:
    """Complete `extraction.events` in place (see module docstring)."""
    document = extraction.document
    mentions = _mentions_of(extraction, doc)
    by_sentence = _by_sentence(mentions)

    # A dateline after a headline is read as body text here: the headline before it names the scene, and a reading
    # of everything up to the dateline as the bureau's would take the headline's town for the bureau.
    dateline_start, dateline_end = datelines.dateline_span(document.text)
    dateline = range(dateline_start, dateline_end)  # its date is the report's, wherever it stands
    dateline_end = 0 if dateline_start else dateline_end
    body_start = _body_start(doc, dateline_end)
    told = _attach_own_dates(doc, extraction, by_sentence, dateline, dateline_end, body_start)
    _date_from_clauses(doc, extraction, mentions, by_sentence, _news_day(doc, extraction, told.lead, body_start))
    sources = [a.source for a in extraction.attributions if a.source is not None]
    for mention in mentions:
        _attach_place(doc, extraction, mention, sources, dateline_end)
    orphans = _attach_counts(doc, extraction, by_sentence)

    clusters = _fold(doc, mentions, document.published)
    _drop_tallies_across(doc, clusters)
    _date_referenced_clusters(doc, clusters, told.orphans, told.lead)
    count_sentences = _attach_orphan_counts(doc, extraction, clusters, orphans, told.lead)
    _drop_rival_counts(doc, extraction, clusters)
    dates = _cluster_days(doc, extraction, clusters, told)
    _drop_harm_of_earlier_days(extraction, clusters, count_sentences, dates)

    evidence = {id(c): [m.sentence for m in c.mentions] + count_sentences.get(id(c), []) for c in clusters}
    covering = {id(c): _covering_attributions(extraction.attributions, evidence[id(c)]) for c in clusters}
    linked = {i for indices in covering.values() for i in indices}
    references = _reference_attributions(doc, extraction, clusters, linked)
    lead_start = mentions[0].sentence.start_char if mentions else None
    # the first event's sentence is spared as background only where it opens the report: a report whose headline
    # and lead tell no event may close on a recap ("On April 21, the minister reported the city taken")
    opening = lead_start if lead_start is not None and lead_start <= body_start else None
    background_from = document.published or (told.lead and told.lead.date_end)  # the day background is measured from
    summaries = _summaries(doc, clusters)
    events: list[EventMention] = []
    for cluster in clusters:
        event = cluster.event
        event.date = dates.get(id(cluster))
        if _told_as_background(cluster, opening, background_from):
            event.modality = "historical"
        event.location = _event_place(doc, extraction, cluster, clusters, dates, evidence[id(cluster)], sources,
                                      summaries, dateline_end)
        event.quantities = sorted((q for m in cluster.mentions for q in m.quantities), key=lambda q: q.start)
        event.fatalities = fatalities_from(event.quantities)
        _attach_sources(extraction, event,
                        sorted(set(covering[id(cluster)]) | set(references.get(id(cluster), []))))
        event.also = _retellings(document.text, cluster)
        event.confidence = _confidence(cluster, lead_start)
        events.append(event)
    _below_the_lead(doc, clusters, {lead_start, body_start})
    _references_below_their_event(doc, clusters)
    _causes_below_answers(doc, clusters)
    events = _order_events(doc, document.text, document.title, events, clusters, summaries)
    _carry_incident_tolls(events)  # last: the order above weighs the dead each event was told with
    for number, event in enumerate(events, start=1):
        event.id = f"{document.id}:e{number}"
    extraction.events = events


def _within_a_day(a: DateValue | None, b: DateValue | None) -> bool:
    """Whether both days are known and at most a day apart (a toll confirmed "on Saturday" of Friday's ambush)."""
    if a is None or b is None:
        return False
    gap = dt.date.fromisoformat(a.date_start) - dt.date.fromisoformat(b.date_start)
    return abs(gap.days) <= 1


def _same_incident(a: EventMention, b: EventMention) -> bool:
    """Whether two events are told at one known scene within a day of each other: one incident the report may name
    twice ("gunmen stormed a hotel" and "explosions were heard"), as two types."""
    return bool(a.location and b.location) and _within_a_day(a.date, b.date) \
        and _locations_compatible(a.location, b.location)


def _carry_incident_tolls(events: list[EventMention]) -> None:
    """The surest violent event of each type, told without dead, takes the toll of the surest event of the same
    incident told with one ("four people died after a mob stormed the Capitol ... rioters tried to break
    through", "gunmen stormed a hotel ... three were dead on arrival"): the dead are the incident's, whichever of
    its types the report's wording gave them to. A change of territory takes or lends a toll only as the report's
    surest event."""
    violent = [e for e in events if e.event_type in VIOLENT_TYPES and e.modality not in UNASSERTED]
    if not violent:
        return
    lead = max(violent, key=lambda e: e.confidence)
    told_dead = [e for e in violent if e.fatalities is not None]
    for event in (e for e in _surest_of_each_type(violent) if e.fatalities is None):
        siblings = [e for e in told_dead if _same_incident(event, e) and _shares_toll(event, e, lead)]
        if siblings:
            event.fatalities = dict(max(siblings, key=lambda e: e.confidence).fatalities or {})


def _surest_of_each_type(events: list[EventMention]) -> list[EventMention]:
    """The surest event of each sub-event type: only it may take a sibling's toll, as a lesser event of a type
    ("Explosions were reported in Kyiv, Lviv, Dnipro", "a building was also hit in Vyshhorod") is a part of the
    incident or another hit, and copying the dead to it would count them twice."""
    surest: dict[str, EventMention] = {}
    for event in events:
        if event.sub_event_type not in surest or event.confidence > surest[event.sub_event_type].confidence:
            surest[event.sub_event_type] = event
    return list(surest.values())


def _shares_toll(event: EventMention, donor: EventMention, lead: EventMention) -> bool:
    """Whether the event may take the donor's toll: a place taken counts its own dead ("took back the airport ...
    three of his fighters were killed at the airport" is no toll of the shooting told beside it), so a change of
    territory neither lends its toll nor takes one, unless it is the report's lead."""
    return event is lead or TERRITORY_TYPES.isdisjoint({event.sub_event_type, donor.sub_event_type})


# "Also on Thursday, ...", "Meanwhile, ...", "Elsewhere, ...": a sentence that adds another event to the report's
ASIDE_OPENER = re.compile(r"\s*(?:(?:Separately|Elsewhere|Meanwhile|In other news|Also)\s*,|(?:Also|Meanwhile|"
                          r"Elsewhere) (?:on|in|near|at|overnight|late|early|earlier|that|this)\b[^,.;]{0,60},)")


# "Across Ukraine, at least 30 people were killed ...", "Nationwide, ...", "In all, ...": a sentence that sums the
# lead's event up with others
TALLY_OPENER = re.compile(r"\s*(?:(?:Across|Throughout) (?:the )?[\w' -]{2,40}|Nationwide|Countrywide|In all|"
                          r"In total|All told|Altogether),")


# "12 over the Bryansk region, five over the Kursk region": a count broken down by place, as a tally gives it
PLACE_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:over|in|above)"
                         r"\s+(?:the\s+)?[A-Z]")


def _ongoing_trend(doc: Doc, event: EventMention) -> bool:
    """ "as fighting in the east continues to intensify", "while clashes have escalated": violence told as a state
    that goes on, in the present, rather than as one event with a scene of its own."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    if root is None or root.dep_ != "nsubj":
        return False
    verb = root.head
    if _went_on_bare(verb):
        return True
    if verb.lemma_.lower() not in TREND_LEMMAS:
        return False
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)


def _went_on_bare(verb: Token) -> bool:
    """ "Along the front line, the shelling went on.", "The fighting continued.": a past verb saying only that the
    violence went on, with no span, object or clause of its own, bridges to the news rather than telling an event."""
    if verb.tag_ != "VBD" or verb.dep_ != "ROOT":
        return False
    children = list(verb.children)
    went_on = verb.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in children)
    if not (went_on or verb.lemma_.lower() == "continue"):
        return False
    return all(c.dep_ in {"nsubj", "prt", "punct"} or c.dep_ == "prep" and c.i < verb.i for c in children)


# Conjunctions of a clause told as the backdrop of the sentence's news: "..., as strikes kept killing civilians"
BACKDROP_MARKS = {"as", "while"}


def _kept_up_as_backdrop(doc: Doc, event: EventMention) -> bool:
    """ "Zelensky began a visit to the US, as Russian glide bombs kept falling on towns along the front", "..., as
    civilians continue to die under fire", "residents were evacuated, as troops continued to shell the area":
    violence told as going on ("kept", "continued to") in a clause that sets the scene for the sentence's news, not
    as one event with a scene of its own."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    while root is not None and root.dep_ == "conj" and root.head.pos_ in {"NOUN", "PROPN"}:
        root = root.head  # "drone and missile strikes kept ...": the subject is the first of the nouns
    if root is not None and root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.dep_ == "xcomp":
        verb = root.head.head.head  # "continue to die under fire": the violence is what they keep dying of
    elif root is not None and root.dep_ in {"nsubj", "xcomp"}:
        verb = root.head  # "strikes kept falling", "troops continued to shell the area"
    else:
        return False
    return verb.lemma_.lower() in KEEPING_UP_VERBS and verb.dep_ == "advcl" \
        and any(c.dep_ == "xcomp" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ in BACKDROP_MARKS for c in verb.children)


def _describes_a_habit(doc: Doc, event: EventMention) -> bool:
    """ "Members of the units that fight alongside the army gathered ...": a relative clause in the simple present
    below the headline tells who someone is by what they do, not an event that happened."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and root.dep_ == "relcl" and root.tag_ in {"VBZ", "VBP"} \
        and not _is_headline(root.sent) and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in root.children)


def _concrete_before_trend(events: list[EventMention], trends: set[int]) -> list[EventMention]:
    """A report that opens with violence told only as an ongoing trend ("... as fighting in the east continues to
    intensify"), a habit ("units that fight alongside the army") or a tally of a region's dead ("attacks on the
    oblast killed three over the past day") and then tells a violent event that happened is that event's report:
    the event goes first."""
    if not events or id(events[0]) not in trends:
        return events
    return _first_to_front(events, lambda e: e.event_type in VIOLENT_TYPES and e.modality not in UNASSERTED
                           and id(e) not in trends)


# settlements a tally of many is told over: "shelled border communities of the region", "hit six villages"
SETTLEMENT_NOUNS = {"community", "village", "town", "settlement", "hamlet"}


def _region_of_many_settlements(doc: Doc, cluster: _Cluster) -> str | None:
    """The region (its admin1 code) whose several settlements the event's first mention tells its violence as done
    to, named by a plural ("shelled border communities of the X region", "attacks on six villages of the region",
    "killed three civilians in two communities of the region"): a tally of many strikes, not one; None for an event
    told otherwise, or not placed in a region by its words."""
    head = cluster.head
    region = head.own_location or {}
    root = _root_of(doc, head.event.trigger.start, head.event.trigger.end)
    if root is None or (region.get("place") or {}).get("kind") != "admin1" or not region.get("admin1"):
        return None
    targets = [c for c in root.children if c.dep_ == "dobj"]
    targets += [o for c in root.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "across", "in"}
                for o in c.children if o.dep_ == "pobj"]
    many = any(t.tag_ == "NNS" and t.lemma_.lower() in SETTLEMENT_NOUNS for t in targets)
    return region["admin1"] if many else None


def _town_before_regions_tally(events: list[EventMention], tallies: dict[int, str]) -> list[EventMention]:
    """A report that opens with violence done to several settlements of a region ("shelled border communities of
    the X region", three dead) and then tells that day's violence in a town of that region ("In the village of Y, a
    shell killed two") is the town's report: the region's tally sums up the day, the town's event carries the
    story and goes first. `tallies` gives each such event's region."""
    lead = events[0] if events else None
    if lead is None or id(lead) not in tallies or lead.date is None or lead.date.precision != "day":
        return events
    lead_day = lead.date.date_start

    def in_town_that_day(event: EventMention) -> bool:
        place = event.location or {}
        return event.event_type in VIOLENT_TYPES and event.modality not in UNASSERTED and id(event) not in tallies \
            and place.get("geo_precision") == 1 and place.get("admin1") == tallies[id(lead)] \
            and event.date is not None and event.date.precision == "day" and event.date.date_start == lead_day

    return _first_to_front(events, in_town_that_day)


def _first_to_front(events: list[EventMention], fits: Callable[[EventMention], bool]) -> list[EventMention]:
    """The events with the first one after the lead that `fits` moved to the front, the others in their order (the
    list itself, where none fits)."""
    index = next((i for i, event in enumerate(events[1:], start=1) if fits(event)), None)
    return events if index is None else [events[index], *events[:index], *events[index + 1:]]


# a line that opens with a bullet mark: "- A shell hit a school in ...", "• Two gunmen ..."
BULLET_LINE = re.compile(r"^[ \t]*[-*\u2022][ \t]+\S", re.MULTILINE)


def _is_roundup(text: str) -> bool:
    """A report of three or more bullet points rounds up several stories: no bullet is a lead the others follow."""
    return len(BULLET_LINE.findall(text)) >= 3


def _told_as_one_happening(clusters: list[_Cluster], summaries: set[int]) -> set[int]:
    """The events (by id) that happened and are told as one happening: with their dead, or with a day and a scene
    their own sentences give."""
    return {id(c.event) for c in clusters
            if c.event.modality not in UNASSERTED and id(c.event) not in summaries
            and (c.event.fatalities is not None or (c.date() is not None and c.location() is not None))}


def _concrete_first_in_roundup(text: str, events: list[EventMention], concrete: set[int]) -> list[EventMention]:
    """A roundup's news is its first story told as one happening ("- A drone set a fuel depot in X ablaze on
    Wednesday evening"), not a bullet that tells fighting only in passing ("- Troops pushed toward the town after
    seizing a string of hamlets", "- The city remains under shelling"): that event goes first, so that merging takes
    it for the report's main event. Other events keep their order."""
    if not events or id(events[0]) in concrete or not _is_roundup(text):
        return events
    return _first_to_front(events, lambda e: id(e) in concrete)


PRESENT_AUXILIARIES = {"am", "is", "are", "'m", "'re", "'s"}


def _told_as_going_on(doc: Doc, event: EventMention) -> bool:
    """ "We are arresting people who ...": an act told in the present progressive, a practice that goes on."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and root.tag_ == "VBG" \
        and any(c.dep_ == "aux" and c.lower_ in PRESENT_AUXILIARIES for c in root.children)


def _dated_happening_before_practice(doc: Doc, events: list[EventMention],
                                     clusters: list[_Cluster]) -> list[EventMention]:
    """A report whose first event is a practice told as going on, with no day of its own ("We are arresting
    people who have been spying for the enemy," the police chief said), and that tells an event that happened on a
    day its own sentence gives ("Soldiers arrived in the city centre on Wednesday evening") is that event's report:
    the event goes first, so that merging takes it for the report's main event. Other events keep their order."""
    undated = {id(c.event) for c in clusters if c.date() is None}
    if not events or id(events[0]) not in undated or not _told_as_going_on(doc, events[0]):
        return events
    dated_days = {id(c.event) for c in clusters if (day := c.date()) is not None and day.precision == "day"}
    return _first_to_front(events, lambda e: id(e) in dated_days and e.modality not in UNASSERTED)


def _breaks_down_by_place(sentence: SpacySpan) -> bool:
    """Whether the sentence splits a count over several named places ("21 drones: 12 over the Bryansk region,
    five over the Kursk region and four over the Oryol region"): a tally of many events."""
    return len(PLACE_COUNT.findall(sentence.text)) >= 2


def _same_wave_elsewhere(doc: Doc, event: EventMention) -> bool:
    """ "The same overnight barrage struck Ternopil": the lead's attack told again where it hit another place."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and any(c.dep_ == "amod" and c.lower_ == "same" for c in root.children)


def _is_aside(cluster: _Cluster, lead_sentences: set[int | None]) -> bool:
    """Whether the cluster is first told below the lead in a sentence that opens as an aside or sums up a tally."""
    sentence = cluster.head.sentence
    return sentence.start_char not in lead_sentences and bool(
        ASIDE_OPENER.match(sentence.text) or ANOTHER_STORY_OPENER.match(sentence.text)
        or TALLY_OPENER.match(sentence.text) or _breaks_down_by_place(sentence))


def _earlier_occasion_below(cluster: _Cluster, lead: _Cluster, lead_sentences: set[int | None]) -> bool:
    """Whether the cluster is told only below the lead and dated wholly before the lead's day ("Last week, gunmen
    killed a dozen people" under a lead of Wednesday's killing): background to the news, not the news."""
    if any(m.sentence.start_char in lead_sentences for m in cluster.mentions):
        return False
    # the lead's day as linking settled it: a lead may take its day from a later sentence ("moved on Tuesday")
    own, lead_date = cluster.date(), lead.event.date or lead.date()
    return own is not None and lead_date is not None and own.date_end < lead_date.date_start


def _below_the_lead(doc: Doc, clusters: list[_Cluster], lead_sentences: set[int | None]) -> None:
    """A report leads with its news: an event told in a later sentence that opens as an aside ("Also on Thursday,
    one soldier was killed in a clash near ...", "Separately, ...", "Meanwhile, ...") is not surer than an event
    the lead (the headline's sentence or the first sentence of the body) tells with its dead, or, where the lead
    tells no dead, than the lead's event of its own kind, however sure its own wording: it ranks just below that
    event; so does a tally over many places ("Across Ukraine, at least 30 people were killed", "12 over the
    Bryansk region, five over the Kursk region"), a mention of another occasion ("again", "also", "hours later"),
    wherever it is told, the lead's attack where it hit another place ("the same barrage struck ..."), and one
    told right after "Kharkiv itself was hit again", one dated before the lead's day, and one told below it in a
    sentence that opens in another town ("In rebel-held Donetsk, ...")."""
    in_lead = [c for c in clusters if any(m.sentence.start_char in lead_sentences for m in c.mentions)]
    told_dead = [c for c in in_lead if c.event.fatalities is not None]
    ceilings: dict[int, float] = {}
    for cluster in clusters:
        leads = told_dead or [c for c in in_lead if c.event.sub_event_type == cluster.event.sub_event_type]
        if not leads:
            continue
        lead = max(leads, key=lambda c: c.event.confidence)
        if cluster is lead:
            continue
        # "..., as Moscow again targeted regions far from the front": a word for what recurs, not the news
        if _is_aside(cluster, lead_sentences) or _marks_another_occasion(doc, cluster.event) \
                or _same_wave_elsewhere(doc, cluster.event) or _after_a_new_strike(cluster.head.sentence) \
                or _earlier_occasion_below(cluster, lead, lead_sentences) \
                or cluster.head.sentence.start_char not in lead_sentences \
                and _opens_in_another_town(cluster.head, lead):
            ceilings[id(cluster)] = lead.event.confidence - 0.01
    for cluster in clusters:
        if id(cluster) in ceilings:
            cluster.event.confidence = min(cluster.event.confidence, ceilings[id(cluster)])


def _references_below_their_event(doc: Doc, clusters: list[_Cluster]) -> None:
    """An event first told by a definite noun said to have also done something ("He said the strike had also hit a
    depot in another region") after an event of its sub-event type refers back to that event, though told in
    another place: a detail of the news, it ranks just below the event it names back."""
    for cluster in clusters:
        if cluster.event.modality in UNASSERTED or not _is_definite_reference(doc, cluster.event) \
                or not _also_did(doc, cluster.event):
            continue
        earlier = [c.event.confidence for c in clusters
                   if c.event.sub_event_type == cluster.event.sub_event_type and c.event.modality not in UNASSERTED
                   and c.head.sentence.start_char < cluster.head.sentence.start_char]
        if earlier:
            cluster.event.confidence = min(cluster.event.confidence, max(earlier) - 0.01)


def _also_did(doc: Doc, event: EventMention) -> bool:
    """ "the strike also hit a depot": the event's noun is the subject of a verb told with "also"."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    return root is not None and root.dep_ == "nsubj" and any(
        c.dep_ == "advmod" and c.lower_ == "also" for c in root.head.children)


def _causes_below_answers(doc: Doc, clusters: list[_Cluster]) -> None:
    """An event told only as what another act answered ("the operation was a response to a landmine attack
    earlier in the day") is background to the report's news: it ranks just below the surest event the report
    tells that happened outside such a phrase."""
    answers = [c.event.confidence for c in clusters
               if c.event.modality not in UNASSERTED and not _told_only_as_cause(doc, c)]
    if not answers:
        return
    for cluster in (c for c in clusters if _told_only_as_cause(doc, c)):
        cluster.event.confidence = min(cluster.event.confidence, max(answers) - 0.01)


def _weapon_before_crowd(events: list[EventMention]) -> list[EventMention]:
    """A lead that tells a riot and, in the same sentence, the blast that made it deadly ("a policeman died when a
    protester threw a grenade during the rally") tells one happening: the blast, the more specific violence and
    what other outlets lead with, goes first, so that merging takes it for the report's main event."""
    if not events or events[0].event_type != "Riots":
        return events
    return _first_to_front(events, lambda e: e.evidence.start == events[0].evidence.start
                           and e.modality not in UNASSERTED and e.event_type == "Explosions/Remote violence")


def _capture_before_ongoing_fight(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """A lead that tells a fight still going on for a place and, in the same sentence, its capture ("troops are still
    fighting for the town, a day after the enemy claimed to have seized it") is news of the capture, what other
    outlets lead with: the capture goes first, so that merging takes it for the report's main event. Without a
    capture, the attack the fight answers goes first ("police were still battling gunmen holed up in the mall,
    hours after a bomb blast killed nine"): the siege is that attack's."""
    if not events or events[0].event_type != "Battles" or events[0].sub_event_type in TERRITORY_TYPES \
            or not _told_as_still_going_on(doc, events[0]):
        return events
    def told_with_lead(event: EventMention) -> bool:
        return event.evidence.start == events[0].evidence.start and event.modality not in UNASSERTED

    capture_first = _first_to_front(events, lambda e: told_with_lead(e) and e.sub_event_type in TERRITORY_TYPES)
    if capture_first is not events:
        return capture_first
    return _first_to_front(events, lambda e: told_with_lead(e) and e.event_type in ONE_SIDED_VIOLENCE)


def _own_event_before_deed(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """A lead that names its subject by an earlier deed ("the gunman who carried out Thursday night's attack was
    killed in a shootout on Friday") is news of what befell that subject: the sentence's own event goes first, so
    that merging takes it, not the deed other outlets reported the day before, for the report's main event."""
    if not events or not _names_subject_by_earlier_deed(doc, events[0]):
        return events
    return _first_to_front(events, lambda e: e.evidence.start == events[0].evidence.start
                           and e.modality not in UNASSERTED)


def _claim_before_its_denial(events: list[EventMention]) -> list[EventMention]:
    """A lead that denies a claim ("the army rejected a claim that enemy troops had captured the village") is news of
    that claim: where the report tells it too, as claimed or reported, of the same kind and place, that telling goes
    first, so that merging takes it, not an ongoing fight told in between, for the report's main event."""
    if not events or events[0].modality != "denied" or not events[0].location:
        return events
    place = events[0].location.get("name")
    return _first_to_front(events, lambda e: e.modality not in UNASSERTED
                           and e.sub_event_type == events[0].sub_event_type
                           and bool(e.location) and e.location.get("name") == place)


def _names_subject_by_earlier_deed(doc: Doc, event: EventMention) -> bool:
    """The event is told in a relative clause on the subject of its sentence's verb, dated as one the reader
    already knows of ("Thursday night's")."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    deed = root.head if root is not None and root.dep_ == "compound" else root
    if deed is None or deed.dep_ != "dobj" or deed.head.dep_ != "relcl" \
            or deed.head.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in deed.children)


# Violence a side does to a target that does not fight back: what a fight still going on can answer.
ONE_SIDED_VIOLENCE = {"Explosions/Remote violence", "Violence against civilians"}


# Verbs whose infinitive or participle goes on: "continue to repel", "kept shelling"
KEEPING_UP_VERBS = {"continue", "keep"}


def _told_as_still_going_on(doc: Doc, event: EventMention) -> bool:
    """'are still fighting', 'clashes still raged', 'continue to repel attacks': violence told as continuing, not as
    what happened."""
    root = _root_of(doc, event.trigger.start, event.trigger.end)
    verb = root.head if root is not None and root.dep_ in {"nsubj", "nsubjpass"} else root
    if verb is None:
        return False
    kept_up = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in KEEPING_UP_VERBS
    return kept_up or any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


# A rally that answers violence told in its own sentence: a rite for the dead (mourners, a funeral, the bodies of
# the dead), a march "a day after" a raid that left 28 dead, one "to condemn Thursday's bombing" or "demanding
# justice for" those killed
RALLY_RITES = {"mourner", "funeral", "burial", "vigil", "body", "coffin"}
RALLY_ANSWERS = RALLY_RITES | {"after", "condemn", "denounce", "justice"}
DEATH_LEMMAS = {"kill", "killing", "dead", "die", "death", "massacre"}
# The people a rally can answer besides the dead: those taken or vanished ("to demand the return of 43 students who
# vanished after police opened fire on them")
VANISHED_LEMMAS = {"vanish", "disappear", "disappearance", "abduct", "abduction", "kidnap", "kidnapping"}


def _evidence_lemmas(doc: Doc, event: EventMention) -> set[str]:
    sentence = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    return {t.lemma_.lower() for t in sentence} if sentence is not None else set()


def _violence_before_rally(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """A report that leads with a march, a funeral or a vigil for the dead (or the vanished) of violence it tells
    ("Residents marched on Friday, a day after a police raid left 28 dead") is that violence's report: its first
    violent event that happened, before the lead's day (or on it, for a rite for the dead), goes first. A protest
    whose own sentence names no dead it answers keeps the lead, and so does one whose violence is told only as on
    its day."""
    lemmas = _evidence_lemmas(doc, events[0]) if events and events[0].event_type == "Protests" else set()
    if not lemmas & RALLY_ANSWERS or not lemmas & (DEATH_LEMMAS | VANISHED_LEMMAS | ATTACK_NOUNS):
        return events
    rite = bool(lemmas & RALLY_RITES)
    lead_day = events[0].date.to_event_date().get("start") if events[0].date else None
    if not lead_day:
        return events

    def answered(event: EventMention) -> bool:
        start = event.date.to_event_date().get("start") if event.date else None
        return event.event_type in POLITICAL_VIOLENCE_TYPES and event.modality not in UNASSERTED and bool(start) \
            and (str(start) < str(lead_day) or (str(start) == str(lead_day) and rite))

    return _first_to_front(events, answered)


# "Gunman who killed two fans shot dead by police": a title that names its subject by the violence he did
KILLER_TITLE = re.compile(r"\bwho (?:had )?(?:killed|shot|stabbed|murdered|attacked|gunned down|bombed|ambushed)\b",
                          re.IGNORECASE)


def _killers_deed_first(title: str | None, events: list[EventMention]) -> list[EventMention]:
    """A report titled by what befell someone who killed ("Gunman who killed two fans shot dead by police") is the
    report of the killing: where it opens with violence (the killer's own death, his arrest told as a raid) and
    tells, later, violence of that type at that place on an earlier day, that earlier violence goes first, as the
    news the title recalls; the killer's fate, a day after, follows it."""
    if not title or not KILLER_TITLE.search(title) or not events or events[0].event_type not in VIOLENT_TYPES \
            or events[0].date is None or events[0].date.precision != "day":
        return events
    lead = events[0]

    def deed(event: EventMention) -> bool:
        return event.event_type == lead.event_type and event.modality not in UNASSERTED \
            and event.date is not None and event.date.precision == "day" \
            and event.date.date_start < lead.date.date_start \
            and event.location is not None and _locations_compatible(event.location, lead.location)

    return _first_to_front(events, deed)


# Headline words for violence by what it was: a strike, a shelling or a bombing is remote violence; an attack, a
# killing or the dead may be any violence, a fight or a crowd fired on
REMOTE_VIOLENCE_WORDS = {"strike", "airstrike", "shelling", "shell", "missile", "rocket", "drone", "bomb", "bombing",
                         "blast", "explosion", "barrage", "bombardment"}
KILLING_WORDS = {"kill", "dead", "massacre", "attack", "ambush", "gunman", "shoot", "stab", "slaughter"}
LETHAL_PROTEST_TYPES = {"Excessive force against protesters", "Protest with intervention"}
# Words that split a headline into two happenings ("Israel strikes Yemen after drone attack on Tel Aviv"; "Woman
# killed as troops shell village", which may be one, is left alone too), or that put its violence out of the record
# (a threat, a denial, violence stopped, a day's roundup)
HEADLINE_SEQUENCE_WORDS = {"after", "following", "before", "as", "amid", "while", ";"}
HEADLINE_UNASSERTED_WORDS = {"threaten", "vow", "warn", "fear", "deny", "plan", "could", "may", "will", "would",
                             "intercept", "down", "repel", "foil", "thwart", "latest", "live", "roundup", "recap"}


def _headline_violence(title: str) -> tuple[set[str], set[str]] | None:
    """What violence a headline names as one happening: the event types it may be, and the places the headline
    names (none where it names none). None where it names no violence, two happenings, or violence not asserted."""
    headline = load_nlp()(title)
    if {t.lemma_.lower() for t in headline} & HEADLINE_UNASSERTED_WORDS:
        return None
    told_in_parts: list[list[Token]] = [[]]
    for token in headline:
        if token.lower_ in HEADLINE_SEQUENCE_WORDS:
            told_in_parts.append([])
        else:
            told_in_parts[-1].append(token)
    violent_parts = [part for part in told_in_parts
                     if {t.lemma_.lower() for t in part} & (REMOTE_VIOLENCE_WORDS | KILLING_WORDS)]
    if len(violent_parts) != 1:
        return None
    violence = violent_parts[0]
    remote = bool({t.lemma_.lower() for t in violence} & REMOTE_VIOLENCE_WORDS)
    kinds = {"Explosions/Remote violence"} if remote else VIOLENT_TYPES | LETHAL_PROTEST_TYPES
    # the places of the violence's own words: "Kyiv" is no scene in "Kyiv prepares for talks as strikes kill five"
    places = {e.text.lower() for e in headline.ents
              if e.label_ in {"GPE", "LOC", "FAC"} and violence[0].i <= e.start <= violence[-1].i}
    return kinds, places


def _headlined_violence_first(title: str | None, events: list[EventMention]) -> list[EventMention]:
    """A headline that names one act of violence ("Car bomb kills 14 at bus station in Kirkuk") tells the report's
    main event, whatever its lead opens with (a march for safer roads, an inquiry, an appeal): where the first event
    is no violence, or is violence of the headline's kind but later and elsewhere than the headline's place, the
    first asserted event of that kind, on or before the first event's day and told at the headline's place (where it
    names one), goes first. A headline of two happenings, of a threat or a denial, or of a day's roundup changes
    nothing, and so does a lead of violence the classifier typed otherwise than the headline's words."""
    if not title or len(events) < 2:
        return events
    named = _headline_violence(title)
    if named is None:
        return events
    kinds, places = named
    lead = events[0]

    def kind_of(event: EventMention) -> bool:
        return event.event_type in kinds or event.sub_event_type in kinds

    def at_headline_place(event: EventMention) -> bool:
        told = " ".join([event.evidence.text, *(s.text for s in event.also)]).lower()
        return not places or any(place in told for place in places)

    def day(event: EventMention) -> str | None:
        return event.date.date_start if event.date is not None and event.date.precision == "day" else None

    violent_lead = lead.event_type in VIOLENT_TYPES or lead.sub_event_type in VIOLENT_DEVELOPMENTS | kinds
    if violent_lead and not (kind_of(lead) and places and not at_headline_place(lead)):
        return events

    def headlined(event: EventMention) -> bool:
        if not kind_of(event) or event.modality in UNASSERTED or not at_headline_place(event):
            return False
        if violent_lead:  # the lead's own violence gives way only to earlier violence at another place
            return bool(day(event) and day(lead)) and day(event) < day(lead) \
                and not _locations_compatible(event.location, lead.location)
        return not (day(event) and day(lead)) or day(event) <= day(lead)

    return _first_to_front(events, headlined)


def _violence_answered(event: EventMention) -> bool:
    """Whether an event is violence a measure may answer: political violence, or force used on a crowd ("the
    curfew was extended, a day after a 17-year-old was killed when police fired on protesters")."""
    return event.event_type in POLITICAL_VIOLENCE_TYPES or event.sub_event_type == "Excessive force against protesters"


# what police or troops do to arms they find: a weapons seizure is no blow of violence, but a development like an arrest
SEIZURE_TRIGGER = re.compile(r"\b(?:seiz|confiscat|impound)", re.IGNORECASE)


def _weapons_seized(event: EventMention) -> bool:
    """Whether a disrupted weapons use is arms seized ("seized automatic weapons in a sweep"), not a blow stopped
    (a missile shot down, a bomb defused)."""
    return event.sub_event_type == "Disrupted weapons use" and SEIZURE_TRIGGER.search(event.trigger.text) is not None


def _violence_first(events: list[EventMention]) -> list[EventMention]:
    """A report that opens with what followed an act of violence ("police arrested 42 people, among them relatives
    of the gunman", "a curfew imposed after Tuesday's strikes", "a truce, a day after a missile strike") and tells
    that violence too is the violence's report: its first violent event that happened, on or before the lead's day,
    goes first, so that a reader (and merging) takes it for the report's main event. Other events keep their
    order. A lead with another non-violent development ("India withdrew the trade status it had granted, a day
    after a suicide bombing killed 40", "seized rifles in a sweep launched after a shootout on Friday") gives way only
    to the violence its own sentence tells."""
    if not events or events[0].event_type != "Strategic developments" \
            or events[0].sub_event_type in VIOLENT_DEVELOPMENTS and not _weapons_seized(events[0]):
        return events
    aftermath = events[0].sub_event_type in AFTERMATH_TYPES
    lead_date = events[0].date.to_event_date() if events[0].date else {}
    lead_end = lead_date.get("end") or lead_date.get("start")

    def followed(event: EventMention) -> bool:
        if not _violence_answered(event) or event.modality in UNASSERTED:
            return False
        if not aftermath and event.evidence.start != events[0].evidence.start:
            return False
        start = event.date.to_event_date().get("start") if event.date else None
        # violence after the lead's day is another event, not what the lead followed
        return not (lead_end and start and str(start) > str(lead_end))

    return _first_to_front(events, followed)
