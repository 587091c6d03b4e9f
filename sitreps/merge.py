"""Cross-document merging of event mentions into canonical events, and their corroboration.

In: event mentions as dicts (the contract's extract `events` shape) carrying their document's
`document` id, `outlet` and `published`, their `position` in it and their `context` (the other dates and
places named in their sentences, from `sentence_context`), and canonical events as dicts (the
contract's `events` shape). Out: a decision per mention - join an existing canonical event or start a
new one - with a score and the reasons, and canonical-event dicts recomputed from their mentions.

Matching is conservative: an event type of the same family (sub-types of one type agree best, and so does any sub-type
one of the event's mentions gives), compatible dates (the same day; adjacent days only when a date text suggests
overnight or a sentence tells of a siege of many hours that ended on the later day; days apart when the later one's
sentences, or its report elsewhere, tell the event as lasting that long, "a two-day assault", "for a third day", and
both place it in one town; a withdrawal from one town ordered, begun and completed over a few days; overlapping
weeks or months) and compatible places (the same city, an area near it, the same
region; a country-level place only when nothing better exists). Coarse dates or places ("last week", "in Ukraine", "in
the Gaza Strip", "near Khan Younis" for another town's event) join a canonical event only when exactly one candidate
fits, so an area-level report does not pick one of two towns struck in that area the same day; a report placed at
one of two towns it names together ("missiles struck Kharkiv and Zaporizhzhia") joins its own town's event first, a
town's surroundings never join another town's event told with another attacker (the other side's shelling of a
neighbour that day), and a report placed only at a town read from a speaker's title or a source line ("the Sloviansk
City Council said", "Source: Sloviansk City Council") joins that very town's event, never a neighbouring town's: the
council of one town speaks for its own town. A blast planted or thrown at the scene (a mine, a bomb, a grenade) and
munitions fired from afar (shelling, a missile, an air or drone strike), which reports of one blast often confuse, are
one event only at the very same place, the same town or the same landmark (not a landmark and the town beside it, nor
two towns of one region).
Two kinds of report are read with care: a follow-up whose stated date is the day of the statement or toll update ("the
toll from Saturday's strike rose to 30 on Sunday"), of a wounded victim's death ("died in hospital on Wednesday") or of
an act that followed the attack ("prosecutors on Tuesday opened an investigation into the strike") is matched on the
earlier date its sentence names, and a report placed only at its dateline or at country level is matched on the city its
sentence names. A day no sentence gives (the report's own, given by default) is read as no date: the event may be of the
days before the report. Documents whose texts are near-duplicates (a wire story republished by several sites, found by
`text_signature`) form one source chain and count once as corroboration.

Follow-ups and the other side's wording are read generously where the day and the town already agree: a statement
or mourning date ("Ukraine on Thursday mourned ...", "Monday was declared a day of mourning") gives way to the day
the report refers back to ("Wednesday's strike") or, weakly, to its eve in the same town; a week ("this week's
attack") to the one day its sentences name in it; a report filed from abroad
("MOSCOW ... /TASS/") is matched, weakly, on the towns its other sentences name; a village joins, weakly, the town
a report names as its district (or its Ukrainian community: "a village of the Krasnopillia community"), or a report
placed in a district ("a grain store in the Kupiansk district"), a town of it (as far as a Ukrainian raion
reaches, `places.raion_reach_km`; unless that report tells an event of the town apart), and a district a report names
as part of the other side's town ("the Kievsky district of Donetsk", "In Donetsk, ... in the Kievsky district", as
`places.names_district_of` reads it, within one report too unless it tells another strike there; "the
Pivnichne neighbourhood of Toretsk", a town of its own to the gazetteer) is that town's place, not merely near it, as
is a town of its own within a city's reach written as a part of a town ("the Sadr City area", "Baghdad's Sadr City")
where a side tells the city's part unnamed ("a mainly Shiite district of Baghdad"), within one report too,
and so, across reports, is a place inside a city that is a region of its own ("Kyiv City", "Misto Sevastopol'"), if less
than the very place, and the event is placed at the place inside (within one report too, where the inner mention's own
sentence names the city and the place inside it came from a sentence linking folded in, or tells the place as a part of
the city: "X in the north of Sevastopol"); a target called soldiers by one side and civilians by the other is no
conflict of actors, nor is a crowd fired on told as "excessive force against protesters" (the crowd first, ACLED's order
for protests) and as an attack (the shooter first), nor is the crowd one report tells fired on and the civilians of
another's attack, nor are the civilians of the country it happened in and the foreigners another report names among the
dead, nor rebels named for the country they fight in by one report and for their backer by another ("pro-Russian
separatists"), and two reports giving the sides the other way round (one of them confused who struck whom) do not count
against each other in one town (at a village and the town whose district it lies in, they are each side's shelling of
the other's town that day), nor do two that blame an attack on one country's civilians on that country's own forces and
on a foreign side (each side of a war says the other fired), nor two that blame two countries' forces for a blow to one
landmark (a dam, a power plant) that day, nor a siege told as the attackers' assault on people by one report and as the
state's forces fighting those attackers by another. A denial ("our units did not fire on the town") answers another
side's claim of an event: it joins the one event of its sub-type told in its very town on a day it allows, but never
starts an event of its own (and is merged after its report's other mentions). What the gazetteer missed is read from the
text: a report placed at its dateline or at another sentence's town that names a district for its event is that
district's event, not the town's (unless it names it as that town's own: "the city's Fokinsky district"), and a report
whose lead is placed at a district that a later sentence of its own names ("In the capital, ... in the Podilskyi
district") tells one happening there in both; a dateline-placed report that writes the other side's town ("the Zhob
garrison"), or a region-placed one that writes the other side's region, matches it; so do two coarsely placed reports
that write one town the gazetteer did not resolve (in any romanisation of a long enough name, "Mahmoudiyeh" /
"al-Mahmoudiyah", whatever their fallback points, across a border too where one is a town borrowed from another
sentence), while two such reports writing two villages the gazetteer did not resolve ("the village of X" / "the village
of Y") are two events however one their fallback point; a report placed at a far namesake of a village that the other
report tells in the municipality of its own town ("the village of X, in Y municipality") is that town's event where it
names Y too; and a report placed at a town named in passing ("the wounded were flown to Mogadishu") whose sentence
spells the other side's town otherwise. A barrage shot down ("disrupted weapons use") is the attack another report
tells, the defender's side no conflict with the attacker's; a day on which bodies were found may follow the killing (not
a day told between the attack and the finding: "missiles struck the city on Wednesday, killing three, after rescuers
pulled a body from the rubble"). A follow-up that says when an operation began ("the raid, which began on Monday")
refers back to that day as "Monday's raid" does, and a day counted back from the report's ("on Tuesday, a day after a
bomber struck a school, as the toll rose") is the event's own.

A crowd's confrontation with the state's forces is "clashes" or an attack to one outlet and a riot or a protest
met by force to another: a demonstration and a battle or an attack on civilians match across their families, if
less than one family's types, on the same day in the same town, where the violent side's sentences or actors show a
crowd ("rioters", "marchers") or the demonstration's show it fighting police or troops, and no armed group is a side
of the violence (a protest and a gunmen's attack in one city that day are two events). The merged event takes the
type most of its mentions give.

A back-off catches reports evidently about one happening when a field extracted from one of them slipped (the
dateline, a region or a far namesake for the town, a type of the other member of its family, the two sides blaming
each other; not the day, whose slips look like another attack on the town the next night): when nothing else fits,
a mention its report's lead tells joins the one candidate told in the lead of a report published within two days
whose words it shares, weighed by their rarity in conflict news (`story.shared`), beyond `STORY_WEIGHT`; never
across two days or two towns of one region, the traps of other attacks that day in the region.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sitreps.actors import ARMED_SIDE_KINDS, iso3_of
from sitreps.gazetteer import DATA_DIR, haversine_km, read_tsv
from sitreps.models import EVENT_TYPES, POLITICAL_VIOLENCE_TYPES, Extraction
from sitreps.outlets import outlet_name
from sitreps.places import (
    CITY_DISTRICT_KM,
    PART_OF_TOWN_GAP,
    names_district_of,
    names_district_of_the_town,
    raion_reach_km,
)
from sitreps.quantities import says_past_day
from sitreps.story import lead_end, lead_words, shared

MERGE_THRESHOLD = 0.65
NON_MERGING_MODALITIES = {"historical", "future", "hypothetical", "denied"}
CREDIBLE_MODALITIES = {"asserted", "reported"}
# Strategic developments are too varied for their sub-types to describe one happening.
SUBTYPES_MUST_MATCH = {"Strategic developments"}
# Event types that outlets use for the same happening: a bombing is an "attack" to one and an "explosion" to
# another; a demonstration turns into a riot in one account and not in the other.
TYPE_FAMILIES = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}
# Sub-types across families that outlets use for the same happening: security forces shooting marchers are
# "excessive force against protesters" to one report and an "attack" on civilians to another; a barrage shot down
# over a city is "disrupted weapons use" to one report and a missile or drone attack to another.
KINDRED_SUBTYPES = {
    "Excessive force against protesters": {"Attack"},
    "Attack": {"Excessive force against protesters", "Mob violence"},
    "Mob violence": {"Attack"},
    "Disrupted weapons use": {"Shelling/artillery/missile attack", "Air/drone strike", "Armed clash"},
    "Shelling/artillery/missile attack": {"Disrupted weapons use"},
    "Air/drone strike": {"Disrupted weapons use"},
    # a crewed aircraft shot down is a fight to the report that counts its dead crew (`DOWNED_AIRCRAFT`)
    "Armed clash": {"Disrupted weapons use"},
    # one change of control, told as a withdrawal by one side or a capture by the other
    "Non-violent transfer of territory": {"Government regains territory", "Non-state actor overtakes territory"},
    "Government regains territory": {"Non-violent transfer of territory"},
    "Non-state actor overtakes territory": {"Non-violent transfer of territory"},
}
# Street violence is "clashes" (a battle) or an attack on a crowd to one outlet and a riot or a protest met by force
# to another: these types of the two families may tell one happening (`_crowd_confrontation`).
CROWD_CONFRONTATION_TYPES = {"Battles": "demonstrations", "Violence against civilians": "demonstrations",
                             "Protests": "political violence", "Riots": "political violence"}
# a crowd in a sentence of violence: "clashes between protesters and police", "troops fired on marchers"
CROWD_WORDS = re.compile(r"\b(?:protest(?:er|or)s?|demonstrators?|marchers?|rioters?|mobs?)\b", re.IGNORECASE)
# a demonstration that came to blows with the state's forces: "protesters clashed with police", "troops opened fire"
_FORCES = r"(?:police(?:men)?|troops|soldiers|security forces|army|riot police|officers|gendarmes?)"
_FIGHTING = r"(?:clash\w*|fought|fighting|battled?|skirmish\w*|fired|opened fire|shot|gunfire)"
CLASH_WITH_FORCES = re.compile(rf"\b{_FIGHTING}\b[^.;]{{0,60}}?\b{_FORCES}\b"
                               rf"|\b{_FORCES}\b[^.;]{{0,60}}?\b{_FIGHTING}\b", re.IGNORECASE)
# who takes part in a crowd's confrontation with the state: no armed group's attack is one
CONFRONTATION_ACTOR_KINDS = {"state_forces", "protesters", "rioters", "civilians"}
INTERCEPTION = "Disrupted weapons use"
# How an explosive reached its target: planted or thrown at the scene, or fired from afar. Reports of one blast often
# disagree on its kind (a missile to one, a bomb to another) but not on where it went off, so two means are one
# event only at one place (`_one_scene`).
WEAPON_MEANS = {
    "Remote explosive/landmine/IED": "at the scene",
    "Grenade": "at the scene",
    "Suicide bomb": "at the scene",
    "Shelling/artillery/missile attack": "from afar",
    "Air/drone strike": "from afar",
}
# A crewed aircraft, which (unlike a barrage) only a downing, not the attack it stopped, can be an armed clash.
DOWNED_AIRCRAFT = re.compile(r"(?<!unmanned )\b(?:helicopters?|(?:air|war|transport )?planes?|aircraft|jets?|"
                             r"bombers?|gunships?|airliners?|(?:Mi|MiG|Su|Il|An)-\d+)\b", re.IGNORECASE)
ARMED_CLASH = "Armed clash"
# the state's forces fighting an armed group that seized a building or its people: "ended a 12-hour siege", "freed the
# hostages", "militants holed up in a school" (not "troops stormed a hideout": a raid of the forces' own)
SIEGE_FOUGHT = re.compile(r"\b(?:sieges?|besieged|stand-?offs?|hostages?|holed up|barricaded)\b", re.IGNORECASE)
WITHDRAWAL = "Non-violent transfer of territory"
TERRITORY_TYPES = {WITHDRAWAL, "Government regains territory", "Non-state actor overtakes territory"}
# A withdrawal is ordered one day, begun the next and completed days later ("ordered troops to leave the city" on
# Wednesday, "began pulling back" on Thursday, "completed the pullout" on Friday): one handover of the town.
WITHDRAWAL_DAYS = 3
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
SAME_CITY_KM = 25.0
# what a part of a town is called after its name: "the Pivnichne neighbourhood", "the Kievsky district"
URBAN_PART_WORD = r"(?i:district|raion|neighbou?rhood|quarter|microdistrict)\b"
# what a part of a town is called before or after its name: "a district of Baghdad", "the Sadr City area"
TOWN_PART_WORDS = r"(?:district|area|neighbou?rhood|quarter|suburb)\b"
# how a part of a town is told as the city's: "a district of Havana", "a poor district on the outskirts of Havana",
# "the neighbourhood in southern Havana"
PART_OF_CITY = (r"(?:of|in|on\s+the\s+(?:outskirts|edge|fringes?)\s+of)\s+"
                r"(?:(?:the\s+)?(?:north|south|east|west|central)[\w-]*\s+)?")
# what the district around a town is called: "Aguililla municipality", "the township of Hpakant"
DISTRICT_WORDS = r"(?:district|municipality|township|raion|county)"
SAME_PLACE_OTHER_NAME_KM = 2.0
# what `_place_match` and its kin score one town ("same city"), above a town's surroundings or a landmark beside it
SAME_TOWN_SCORE = 0.3
NEAR_AREA_KM = 25.0
# A named area ("the Golan Heights", "the Gaza Strip") holds the towns this close to its centre.
AREA_KM = 50.0
# A town's district reaches this far from it.
DISTRICT_KM = 40.0
# A report filed from a town (its dateline) tells events this close to it; a region can be far wider (Donetsk
# oblast is 250 km across), and a dateline town that far from another report's town is another event's place.
DATELINE_REACH_KM = 120.0
UNDATED_LOOKBACK_DAYS = 2
# A toll this high given alike by two reports ("more than 100 people were killed") tells one happening.
TELLING_TOLL = 10
# A toll update without the event's own date can follow the event by up to this many days.
TOLL_UPDATE_LOOKBACK_DAYS = 7
# A different perpetrator usually means a different event; but outlets (and actor extraction) disagree about
# actors more often than about the day and the town, so a conflict alone does not outweigh both of those.
ACTOR_CONFLICT_PENALTY = {"actor1": 0.2, "actor2": 0.1}
# Sub-types whose actor1 is the crowd fired on and actor2 the force that fired (ACLED's order for protests), where
# the kindred "Attack" has the shooter first.
CROWD_FIRST_SUBTYPES = {"Excessive force against protesters"}
# Outlets call the same crowd protesters or rioters.
DEMONSTRATORS = {"protesters", "rioters"}
# "Earlier on Monday, a drone attacked a car ...", "Later that day, shells hit ...": a sentence that tells another
# occasion than the report's other events, before or after them
ANOTHER_OCCASION_OPENER = re.compile(r"\s*(?:Earlier|Later)\b[^,.;]{0,30},")
# The canonical-event fields that matching reads.
MATCH_FIELDS = ("id", "event_type", "sub_event_type", "sub_event_types", "date", "date_from_reports", "date_said",
                "location", "location_at_dateline", "location_borrowed", "location_from_speaker",
                "actor1", "actor2", "documents", "first_reported", "evidence", "named_places",
                "districts", "fire_origins", "report_days_told", "leads")  # fmt: skip
# The back-off: two leads tell one happening when the words they share weigh this much together (`story.rarity`: a
# name or particular conflict news never uses weighs about 8, "governor" 4, "police" under 2), published within
# `STORY_PUBLISHED_DAYS` of each other. Measured on the first runs of 39 merge sets (each scored blind at the code
# of its time): no two reports of different events weighed more than 44 (two attacks on one village a day apart),
# 25 pairs of one event weighed 50 or more.
STORY_WEIGHT = 50.0
STORY_PUBLISHED_DAYS = 2
# Where in its day a date text puts the event: a night spans two days, so an attack "late on Tuesday" or "on
# Tuesday night" can be another report's "early on Wednesday" or "overnight" (dated Wednesday); "early on Sunday"
# and "Monday morning" are a day apart.
LATE_IN_DAY = re.compile(r"\b(?:late|evening|night|nighttime)\b", re.IGNORECASE)
EARLY_IN_DAY = re.compile(r"\b(?:early|dawn|pre-dawn|small hours|before daybreak)\b", re.IGNORECASE)
START_DATED_NIGHT = re.compile(r"\bnight of\b", re.IGNORECASE)
ACROSS_MIDNIGHT = re.compile(r"\b(?:overnight|midnight|night of|night into)\b", re.IGNORECASE)
# A siege or stand-off of many hours ended on one day can have begun the night before: "troops stormed the
# hotel on Sunday, ending a 14-hour siege" is the attack of "Saturday night".
HOURS_LONG_STANDOFF = re.compile(
    r"\b(?:\d+|[a-z]+)[- ]hours?(?:-long)?\s+(?:siege|stand-?off|hostage[- ](?:crisis|drama|taking))\b"
    r"|\bhours-long\s+(?:siege|stand-?off|hostage[- ](?:crisis|drama|taking))\b",
    re.IGNORECASE,
)
# An event told as lasting days covers the days before the one it is dated by: fighting that "raged for a third
# day" on Tuesday began on Sunday, the dead of "a two-day assault" buried on Wednesday fell from Monday, a hijack
# "in a siege that ended on Wednesday" began the day before, and gunfire "still heard on Wednesday, two days after"
# the city fell is that battle's.
LONGEST_TOLD_SPAN = 7  # the most days the patterns below count
SPAN_COUNTS = {word: n for n, word in enumerate("one two three four five six seven".split(), start=1)}
SPAN_ORDINALS = {word: n for n, word in enumerate("second third fourth fifth sixth seventh".split(), start=2)}
_COUNT = r"(one|two|three|four|five|six|seven|[1-7])"
_ORDINAL = r"(second|third|fourth|fifth|sixth|seventh)"
_OPERATION = r"(?:assault|operation|offensive|raid|incursion|siege|battle|fighting|clashes|stand-?off|hijacking)\b"
DAYS_LONG = re.compile(rf"\b{_COUNT}[- ]day(?:-long)?\s+(?:[\w'’-]+\s+){{0,2}}?{_OPERATION}", re.IGNORECASE)
# ("the third day of Ramadan" dates a day, not an operation)
NTH_DAY = re.compile(rf"\b(?:for|into)\s+(?:a|the)\s+{_ORDINAL}\s+(?:straight\s+|consecutive\s+|successive\s+)?"
                     rf"day\b(?!\s+of\b)|\bthe\s+{_ORDINAL}\s+day\s+of\s+(?:[\w'’-]+\s+){{0,4}}?{_OPERATION}",
                     re.IGNORECASE)
STILL_DAYS_AFTER = re.compile(rf"\bstill\b[^.;]*?\b{_COUNT}\s+days\s+after\b", re.IGNORECASE)
# A gunfight or an operation "that ended on Sunday" can, like a siege, have begun the day before, told with what
# it was fought against between ("a gunfight with suspected militants in the district that ended on Sunday").
SIEGE_ENDED = re.compile(
    r"\b(?:siege|stand-?off|hijacking|hostage[- ]crisis|gunfight|gun-battle|gun battle|firefight|encounter|battle"
    r"|operation)\s+(?:[\w'’-]+\s+){0,8}?(?:that|which)\s+ended\b",
    re.IGNORECASE,
)
# "the death toll ... rose to 30", "the number of people killed ... has reached 40", "now stands at 11", "bringing
# the death toll to nine", and a wounded victim's death, which comes after the attack: "died in hospital on
# Wednesday", "succumbed to his wounds"
TOLL_UPDATE_CUE = re.compile(
    r"\b(?:toll|number of (?:people |those |civilians )?(?:killed|dead|injured|wounded)|dead|killed)\b"
    r"[^.;]{0,120}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stands|stood|increased|jumped|hit)\b"
    r"|\b(?:bringing|raising|pushing|taking|putting)\s+the\s+(?:[\w-]+\s+){0,2}?(?:toll|number of (?:the )?dead)\b"
    # "prosecutors raised to 16 the number of people killed in an attack ...": the figure told before its noun
    r"|\b(?:raised|raises|lifted|revised|put)\s+to\s+[\w,]+\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|number of (?:people |those |civilians )?(?:killed|dead))\b(?:\s+(?:in|from|by)\s+(?:an?|the)\s+\w+)?"
    r"|\b(?:died|succumbed)\b[^.;]{0,30}?\b(?:in (?:a |the )?hospital|(?:of|from|to) (?:his|her|their) "
    r"(?:wounds|injuries))",
    re.IGNORECASE,
)
# A part of the day told with no day of its own ("the shell struck the building in the morning"): in a report whose
# date is that of a toll update, the update's own day ("died in hospital on the evening of May 20").
BARE_PART_OF_DAY = re.compile(
    r"\b(?:(?:in|during)\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)|earlier\s+(?:in\s+the\s+day"
    r"|that\s+day|today)|(?:this|that)\s+(?:morning|afternoon))\b(?!\s+of\b)",
    re.IGNORECASE,
)
# The dead found, not killed, on the day the report gives: "bodies were pulled from cars after Saturday's grim
# discovery", "investigators found the bodies of 20 civilians on Saturday", "ended the search on Friday after
# recovering the body of a third victim".
DISCOVERY_CUE = re.compile(
    r"\b(?:bod(?:y|ies)|remains|corpses?)\b[^.;]{0,80}?\b(?:found|discovered|pulled|recovered|exhumed|unearthed)\b"
    r"|\b(?:found|finding|discovered|discovering|pulled|pulling|recovered|recovering|exhumed|exhuming|unearthed"
    r"|unearthing)\b[^.;]{0,40}?\b(?:bod(?:y|ies)|remains|corpses?)\b"
    r"|\bdiscovery\b",
    re.IGNORECASE,
)
# The search for the dead told as the sentence's own act ("rescue workers finished clearing the rubble of a house
# destroyed by a bomb on Friday after recovering a body"): the attack is only its background.
SEARCH_WORK = re.compile(r"\b(?:rescu\w*|search\w*|clear(?:ed|ing)|recovery|emergency workers?)\b", re.IGNORECASE)
# A day counted back from a later one to the event it is measured from ("on Tuesday, a day after a bomber struck a
# school"): linking has already dated the event itself.
COUNTED_FROM_LATER_DAY = re.compile(r"\b(?:days?|nights?|weeks?)\s+after$", re.IGNORECASE)
# A date that says when something was said, not when the event happened: "said on Thursday that ...".
STATEMENT_VERBS = (r"said|says|told|wrote|posted|announced|reported|confirmed|added|stated|declared"
                   r"|claimed(?: responsibility)?|rose|risen|climbed|reached")  # fmt: skip
# A day that governs a statement, a reaction or a mourning rather than the event: "Ukraine on Thursday mourned 17
# people killed when a missile struck ...", "officials on Sunday said ...", "the UN on Monday condemned the shelling
# ..., which killed 56 on Saturday", "mourners filled the streets on Sunday to bury children killed when ..." (a burial
# comes after the killing), and the acts that follow an attack: "authorities on Tuesday evacuated residents from around
# the block hit by ...", "prosecutors on Tuesday opened an investigation into the strike that killed ...", "the
# governor promised on Monday that the killers of seven ... would be punished".
DATE_BEFORE_STATEMENT = (r"said|says|told|announced|reported|confirmed|added|stated|declared|mourned|mourns|mourn"
                         r"|buried|bury|commemorated|commemorate|honou?red|honou?r"
                         r"|condemned|condemns|denounced|denounces|deplored|decried|critici[sz]ed"
                         r"|evacuated|arrested|detained|charged|visited|promised|vowed|pledged|urged|demanded"
                         r"|(?:opened|launched|began)\s+(?:an?\s+)?(?:criminal\s+|war\s+crimes?\s+)?"
                         r"(?:investigation|inquiry|probe|case)")  # fmt: skip
# What follows such a day: one of those verbs, or the day made a rite by decree: "July 7 has been declared a day of
# mourning after a missile hit the town", "Monday was declared a day of mourning" (a decree follows the attack).
STATEMENT_AFTER_DAY = rf"\s+(?:(?:\w+\s+)?(?:{DATE_BEFORE_STATEMENT})|(?:(?:has|had)\s+been|was|is)\s+declared)\b"
# "raised its alert on Wednesday after a gunman killed five": the day of what answered the event, told before the
# event's clause (not a time of day: "on Wednesday after dark")
REACTION_AFTER = (r",?\s+(?:(?:shortly|hours|just|soon)\s+)?after\b"
                  r"(?!\s+(?:midnight|dark|dawn|dusk|sunset|sunrise|noon))")
TOLL_REVISED_DOWN = re.compile(r"\b(?:revised|lowered|corrected|cut)\b[^.;]{0,40}?\bto\b", re.IGNORECASE)
# "killed 35 people, not counting the two bombers": a figure that says whom it leaves out is a count of its own
TOLL_COUNT_BASIS = re.compile(r"\b(?:not counting|not including|excluding|without counting)\b", re.IGNORECASE)
# "killed three civilians in two communities", "across several villages": a tally over more than one place
SEVERAL_PLACES = re.compile(
    r"\b(?:in|across)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|various|a number of)\s+"
    r"(?:different\s+)?(?:communities|towns|villages|settlements|cities|districts|localities|municipalities|hromadas)\b",
    re.IGNORECASE,
)
# "killed five in the region: three in Bilozerske, one in Toretsk": a tally broken down by town, two shares or more
# "killed three people over the weekend", "in the past three days": the dead of a period of several days
SEVERAL_DAYS = re.compile(r"\b(?:over|during|in)\s+the\s+(?:weekend|(?:past|last|previous)\s+(?:\w+\s+)?"
                          r"(?:days|week))\b", re.IGNORECASE)
TOWN_SHARE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in|over)\s+"
                        r"(?:the\s+)?[A-Z]")
# "claimed responsibility for", "claimed the bombings", "claimed Sunday's attack"
RESPONSIBILITY_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit|the\b|\w+['’]s\b)", re.IGNORECASE)
# A state force's members, as a toll counts them, and the words naming the force's own spokesman: soldiers for an
# army's statement ("the military's media wing", "the defence ministry"), policemen for the police's.
OWN_DEAD = {
    "military": re.compile(r"soldiers?|troops|servicem[ae]n|service members?|personnel|sailors?|airm[ae]n|marines?"
                           r"|guards?|officers?"),
    "police": re.compile(r"police(?:m[ae]n|wom[ae]n)|officers?|constables?|personnel"),
}
OWN_SPOKESMEN = {
    "military": re.compile(r"\b(?:army|military|armed\s+forces|defen[cs]e|general\s+staff|media\s+wing|navy"
                           r"|air\s+force|inter-services|ispr)\b", re.IGNORECASE),
    "police": re.compile(r"\bpolice\b", re.IGNORECASE),
}
# what follows a toll's figure when it counts a force's members: "16 soldiers", "12 Pakistani troops", "nine of its
# border guards", "five security personnel"
VICTIMS = re.compile(r"\s+(?:of\s+(?:its|their|our)\s+(?:own\s+)?)?(?P<sides>(?:[A-Z][\w'’-]*\s+)*)"
                     r"(?:(?:security|paramilitary|border|army|police|government|federal|regular)\s+)*"
                     r"(?P<dead>service members|[a-z]+)")
DATELINE_END = re.compile(r"\s*(?:,|:|\(|—|–|-\s)")
# "Merefa, a town of 22,000 people south-west of Kharkiv, held ...": a paragraph opening on a town described is no
# dateline, which a date, a country or an outlet follows
APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s")
POSSESSIVE = re.compile(r"['’]s\b")
# "the operation, which began early on Monday": the day an operation a follow-up tells of started
STARTED_ON = re.compile(r"\b(?:began|begun|started)\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
# "the Doaba area of Hangu district": a town's name standing for the district around it (not a province or oblast
# named after its capital: "the Kyiv region" is not the city of Kyiv), or for Ukraine's territorial community
# around it ("a village of the Krasnopillia community", "the Zolochiv hromada")
DISTRICT_AFTER = re.compile(r"\s+(?:district|county|raion|tehsil|(?:territorial\s+)?(?:community|hromada))\b",
                            re.IGNORECASE)
# "Svesa lies next to the Yampil community", "the neighbouring Bohodukhiv district": a district named as the scene's
# neighbour, which the scene lies outside of
NEIGHBOUR_BEFORE = re.compile(r"\b(?:next\s+to|neighbou?ring|bordering|adjacent\s+to|adjoining|beside)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# "Balochistan's Musakhail district", "in Kalat district": names the gazetteer may not know
# (a district that a word of purpose names, "the Southern Military District", "a school district", is no place;
# nor is the last part of a two-part name, "the Jammu and Kashmir district", which group 1 catches to skip it)
NAMED_DISTRICT = re.compile(r"(?:\b([A-Z][\w'’-]+)\s+and\s+)?"
                            r"\b(?!(?:Military|Congressional|Judicial|School|Electoral)\b)([A-Z][\w'’-]+)\s+"
                            r"(?i:district|county|raion|tehsil|township)\b")
# a single capitalised name (not the first of two: "in North Kivu", "in Neve Yaakov") written as a place, after an
# Arabic article ("near al-Mahmoudiyah") or a region's possessive ("in southern Lebanon's al-Mahmoudiyah"); or one
# or two names written as a settlement ("the village of Velyka Pysarivka", "the streets of Mahmoudiyeh")
_TOWN_NAME = r"[A-Z][a-z][\w'’-]+"
_ARABIC_ARTICLE = r"(?:(?:al|el|ad|an|ar|as|ash|az)-)?"
TOWN_AFTER_PREPOSITION = re.compile(
    rf"\b(?:in|at|near|outside)\s+(?:(?:[a-z]+\s+)?{_TOWN_NAME}['’]s\s+)?{_ARABIC_ARTICLE}({_TOWN_NAME})\b"
    rf"(?![\w'’-]|\s+[A-Z])"
    rf"|\b(?:village|town|hamlet|settlement|streets|outskirts)\s+of\s+{_ARABIC_ARTICLE}({_TOWN_NAME}(?:\s+{_TOWN_NAME})?)\b"
    rf"(?![\w'’-]|\s+[A-Z])")
# A name this long (as `_romanisation_key` writes it) stays apart from others where its romanisations differ in e and
# a, y and i, or doubled letters ("Mahmoudiyeh", "Mahmoudiyah", "Mahmoudiyyeh").
ROMANISATION_KEY_LENGTH = 6
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday"}
SHINGLE_WORDS = 5
SIGNATURE_SIZE = 128
NEAR_DUPLICATE_JACCARD = 0.5


@dataclass
class Match:
    """How well a mention fits a canonical event. `weak` matches rest on coarse dates or places."""

    score: float
    reasons: list[str] = field(default_factory=list)
    weak: bool = False
    blocked: bool = False
    named: bool = False  # the place matched is one the report's sentence names, not its located place
    firm: bool = False  # a date that holds only with the same sub-type and a firm place (`assess`)
    in_town: bool = False  # a date that holds only with a town-level place (not a region, not weakly)
    attacker_differs: bool = False  # the two name different attackers (actor1), none of the known confusions


def mergeable(mention: dict[str, Any]) -> bool:
    """Past references, threats, hypotheticals and denials are kept as mentions, never merged (a denial only joins
    the event it answers, `answers_a_claim`); a past reference to a day of the week before the report ("a 'tragic
    mishap' had occurred after Sunday's strike") is the follow-up of a recent event, and merges, unless its sentence
    tells another event of a later day ("a day after gunmen shot four villagers, a bomb went off on Monday"), against
    which it is background; a later day of no event ("police hunted on Friday for the men suspected of Thursday's
    attack") leaves it the news."""
    modality = mention.get("modality")
    return modality not in NON_MERGING_MODALITIES or (
        modality == "historical" and _recent_day(mention) and not _later_event_in_sentence(mention))


def _recent_day(mention: dict[str, Any]) -> bool:
    interval, published = _interval(mention.get("date")), _parse_day(mention.get("published"))
    if interval is None or published is None or interval[2] != "day":
        return False
    return 0 <= (published - interval[0]).days <= TOLL_UPDATE_LOOKBACK_DAYS


def _later_event_in_sentence(mention: dict[str, Any]) -> bool:
    """Whether the mention's sentence dates another event to a day after the mention's own."""
    interval = _interval(mention.get("date"))
    days = (_interval(value) for value in (mention.get("context") or {}).get("dates") or [] if value.get("dates_event"))
    return interval is not None and any(day is not None and day[0] > interval[1] for day in days)


def canonical_id(mention_uid: str, salt: int = 0) -> str:
    """A deterministic canonical-event id derived from its first mention's uid (`salt` > 0 when the
    plain one is taken)."""
    key = mention_uid if salt == 0 else f"{mention_uid}#{salt}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def family(event_type: str | None) -> str | None:
    return TYPE_FAMILIES.get(event_type or "")


def compatible_types(event_type: str | None, sub_event_type: str | None = None) -> list[str]:
    """The event types a mention of `event_type` may merge with: its own, its family's, those of sub-types
    kindred to its own (`KINDRED_SUBTYPES`) and those of the other family a crowd's confrontation with the state's
    forces may be told as (`CROWD_CONFRONTATION_TYPES`)."""
    kin = [other for other, name in TYPE_FAMILIES.items() if name == family(event_type)] or [str(event_type)]
    kindred = {EVENT_TYPES[sub] for sub in KINDRED_SUBTYPES.get(sub_event_type or "", set())}
    confronting = {other for other in CROWD_CONFRONTATION_TYPES
                   if family(other) == CROWD_CONFRONTATION_TYPES.get(event_type or "")}
    return kin + sorted((kindred | confronting) - set(kin))


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A place that opens a line and is followed by a comma, colon, bracket or dash: "KYIV, Oct 10 (Reuters)"."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 2 and not text[line_start:start].strip() and bool(DATELINE_END.match(text, end)) \
        and not APPOSITION_AFTER.match(text, end)


SINCE_BEFORE = re.compile(r"\bsince\b[^.;,]{0,60}$", re.I)


def _refers_back(text: str, start: int, end: int) -> bool:
    """Whether a day another sentence names is that of an event a follow-up refers back to: "Wednesday's strike",
    "the raid, which began on Monday"."""
    return bool(POSSESSIVE.match(text, end) or STARTED_ON.search(text, max(0, start - 40), start))


def report_context(extraction: Extraction) -> dict[str, Any]:
    """What the report tells as a whole, the same for each of its events: the days it tells its happening lasted
    before its day (`days_before_told`), where its lead ends, the words of its title and lead (`story`) and the
    towns (casefolded) it tells fire came from (`places.fire_origin`)."""
    # places pulls in spaCy: imported here, where an extraction exists, so that reading a store stays light
    from sitreps.places import fire_origin

    text = extraction.document.text
    return {"report_days_told": days_before_told([text]), "lead_end": lead_end(text),
            "lead": lead_words(extraction.document.title, text, [place.text for place in extraction.places]),
            "fire_origins": sorted({place.name.casefold() for place in extraction.places
                                    if place.kind == "city" and fire_origin(text, place)})}


# what may stand in a speaker's name before the town that opens it: "the Sloviansk City Council"
SPEAKER_OPENING = re.compile(r"(?:the\s+)?", re.IGNORECASE)


def sentence_context(extraction: Extraction, index: int, report: dict[str, Any] | None = None) -> dict[str, Any]:
    """The dates and towns named in the sentences of the extraction's `index`-th event, besides its own (with
    whether a date is another event's of those sentences), and what the rest of the document adds: `{"dates":
    [{"start", "end", "precision", "text", "at", "dates_event"}], "places": [{"name", ..., "dateline", "district",
    "told_apart"}], "back_references": [days named as "Wednesday's ..." in other sentences], "document_places":
    [towns of other sentences, "in_document": true], "place_from_speaker": whether the event's place opens a
    speaker's name or title or a source line, "report_days_told": the days the report tells its happening lasted
    before its day, "lead": [the words of the report's title and lead, for an event its lead tells]}`. The
    dateline the event is placed at is among `places` even when it stands as a sentence of its own
    ("MOSCOW, July 8. /TASS/."). `report` is the extraction's `report_context`, computed once for all its events
    when given."""
    # places pulls in spaCy: imported here, where an extraction exists, so that reading a store stays light
    from sitreps.places import beside_border

    event = extraction.events[index]
    text = extraction.document.text
    spans = [(event.evidence.start, event.evidence.end), *((s.start, s.end) for s in event.also)]

    def inside(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in spans)

    own_date = event.date
    day_dates = [value for value in extraction.dates if value.precision == "day"
                 and not (own_date and (value.start, value.end) == (own_date.start, own_date.end))]  # fmt: skip
    # not a point of comparison: "the deadliest day of protests since the military took power on Oct. 25"
    dated_here = {other.date.start for number, other in enumerate(extraction.events) if number != index
                  and other.date is not None and inside(other.trigger.start, other.trigger.end)}
    dates = [{**value.to_event_date(), "at": value.start, "dates_event": value.start in dated_here}
             for value in day_dates if inside(value.start, value.end)
             and not SINCE_BEFORE.search(text, max(0, value.start - 80), value.start)]
    # "Wednesday's strike" elsewhere in a follow-up: the day the report refers back to, unless it dates another
    # event the report tells of, placed elsewhere ("The police made a similar denial after Saturday's rallies in
    # Omdurman.")
    own_place = str((event.location or {}).get("name") or "").casefold()
    # (a town elsewhere: "Wednesday's attack was the deadliest in Iran" refers back to the Kerman bombing)
    others = [(other.evidence.start, other.evidence.end) for number, other in enumerate(extraction.events)
              if number != index and other.date is not None and own_place
              and (other.location or {}).get("geo_precision") != 3
              and str((other.location or {}).get("name") or "").casefold() not in ("", own_place)]  # fmt: skip
    back_references = [
        {**value.to_event_date(), "at": value.start} for value in day_dates
        if not inside(value.start, value.end) and _refers_back(text, value.start, value.end)
        and not any(s <= value.start and value.end <= e for s, e in others)
    ]  # fmt: skip
    located_place = (event.location or {}).get("place")
    located_at = located_place.get("start") if isinstance(located_place, dict) else None
    told_apart = _towns_told_apart(extraction, index)
    other_attackers = _towns_of_other_attackers(extraction, index)
    places: list[dict[str, Any]] = []
    elsewhere: list[dict[str, Any]] = []
    for place in extraction.places:
        region = place.kind == "admin1"
        if not (place.kind in ("city", "facility") or (region and inside(place.start, place.end))):
            continue
        if beside_border(text, place):
            continue  # "close to the border with Ukraine's Lviv region": a neighbour, not where it happened
        # a region the sentence names ("head of the Kyiv City Military Administration") places an event the
        # extraction put only in a country
        entry = {
            "name": place.name, "lat": place.lat, "lon": place.lon, "country_code": place.country_code,
            "admin1": place.admin1 or (place.name if region else None), "geo_precision": 3 if region else 1,
            "text": place.text, "start": place.start,
            "dateline": _is_dateline(text, place.start, place.end),
            "district": bool(DISTRICT_AFTER.match(text, place.end))
            and not NEIGHBOUR_BEFORE.search(text, max(0, place.start - 40), place.start),
            "told_apart": place.name.casefold() in told_apart,
            "another_attacker": place.name.casefold() in other_attackers,
        }  # fmt: skip
        if inside(place.start, place.end) or (entry["dateline"] and place.start == located_at):
            places.append(entry)  # the dateline the event is placed at counts even when it stands on its own
        elif not entry["dateline"]:
            elsewhere.append({**entry, "in_document": True})
    listed = _listed_with(text, places, located_at)
    places = [{**entry, "listed": True} if entry["start"] in listed else entry for entry in places]
    report = report or report_context(extraction)
    # the town that opens a speaker's name ("the Sloviansk City Council", "Source: Sloviansk City Council", "Kyiv's
    # mayor"), not one inside a phrase told as a source ("residents of the village of X"): a guess at the scene
    from_speaker = located_at is not None and any(
        a.source.start <= located_at < a.source.end and SPEAKER_OPENING.fullmatch(text, a.source.start, located_at)
        for a in extraction.attributions if a.source is not None)
    return {"dates": dates, "places": places, "back_references": back_references, "document_places": elsewhere,
            "place_from_speaker": from_speaker,
            "date_says_when": bool(own_date) and _dates_statement(text, own_date.start, own_date.end),
            "report_days_told": report["report_days_told"], "fire_origins": report["fire_origins"],
            "lead": report["lead"] if event.evidence.start < report["lead_end"] else []}


def _towns_told_apart(extraction: Extraction, index: int) -> set[str]:
    """The towns (casefolded) at which the report tells another event than its `index`-th of that event's day
    ("a drone killed a man near Zolochiv, in the Bohodukhiv district ... Earlier on Friday a bomb struck
    Bohodukhiv"): the report keeps its event apart from those towns' own."""
    event = extraction.events[index]
    day = event.date.date_start if event.date else None
    return {
        str(other.location.get("name") or "").casefold() for number, other in enumerate(extraction.events)
        if number != index and other.location and other.location.get("geo_precision") == 1
        and other.modality != "historical" and (day is None or other.date is None or other.date.date_start == day)
    }  # fmt: skip


def _towns_of_other_attackers(extraction: Extraction, index: int) -> set[str]:
    """The towns (casefolded) among `_towns_told_apart` whose event the report gives another named armed attacker
    than its `index`-th event's ("The militants claimed Ukrainian fire had killed a woman in Horlivka" beside an
    attack on Ukrainian positions near Shumy): each side's attack that day, held apart."""
    attacker = extraction.events[index].actor1
    apart = _towns_told_apart(extraction, index)
    return {
        str(other.location.get("name") or "").casefold() for number, other in enumerate(extraction.events)
        if number != index and other.location and other.actor1 is not None and other.actor1.kind in ARMED_SIDE_KINDS
        and (attacker is None or attacker.name != other.actor1.name)
        and other.modality != "denied"  # (a side's denial answers the other's claim of the very event)
        and str(other.location.get("name") or "").casefold() in apart
    }  # fmt: skip


# what joins the names of a list of towns: "Chernihiv, Sumy and Poltava"
LIST_JOINER = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)")


def _listed_with(text: str, places: list[dict[str, Any]], start: int | None) -> set[int]:
    """The starts of the other towns of a list that names the event's own town at `start`: in "protesters stopped
    lorries at the Ivanivka, Bilozerka and Novotroitske checkpoints" the event is at all three, whichever one it
    was placed at. A name told as a district ("in Hola Prystan, Skadovsk district") is where the town lies, not a town
    of the list."""
    towns = sorted((p for p in places if p["geo_precision"] == 1 and not p.get("district")), key=lambda p: p["start"])
    runs: list[list[dict[str, Any]]] = []
    for town in towns:
        if runs and LIST_JOINER.fullmatch(text, runs[-1][-1]["start"] + len(runs[-1][-1]["text"]), town["start"]):
            runs[-1].append(town)
        else:
            runs.append([town])
    run = next((r for r in runs if any(town["start"] == start for town in r)), [])
    return {town["start"] for town in run if town["start"] != start}


def _dates_statement(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] says when something was said ("Tedros said on Saturday that ...",
    "officials on Sunday said")."""
    said = re.search(rf"\b(?:{STATEMENT_VERBS})\s+(?:\w+\s+){{0,2}}?(?:on\s+)?$", text[max(0, start - 60):start],
                     re.IGNORECASE)
    said_after = re.match(STATEMENT_AFTER_DAY, text[end:end + 40])
    return bool(said or said_after)


def match_score(mention: dict[str, Any], canonical: dict[str, Any]) -> tuple[float, list[str]]:
    """Score in [0, 1] of `mention` describing `canonical`, and why (0 when they cannot be the same)."""
    match = assess(mention, canonical)
    return match.score, match.reasons


def _towns_apart(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the two are placed at towns too far apart to be one scene, whatever region the report names: what
    a report tells in another town ("Earlier, a roadside bomb near Mastung ...") is not its lead's event."""
    ours, theirs = mention.get("location"), canonical.get("location")
    if not (ours and theirs) or not _level(ours) == _level(theirs) == "local":
        return False
    located = _place_match(ours, theirs)
    return located.blocked and not _one_city_told_finer(mention, canonical) \
        and _unnamed_district_named(mention, canonical, located) is None


def _one_region_only(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether both sides are placed at the very same region and neither at a town in it: as firm a place for a
    statement's eve as one town, since neither report tells of a town the other could be apart from."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    return (bool(ours and theirs) and _level(ours) == _level(theirs) == "region" and _same_name(ours, theirs)
            and ours.get("admin1") == theirs.get("admin1") and ours.get("country_code") == theirs.get("country_code"))


def _same_telling_toll(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the mention gives a death toll of many (`TELLING_TOLL`) that a report of the event gives too: where
    one report names only the region, the same toll of the dead marks the other's massacre in a town of it."""
    figure = _figure(mention.get("fatalities"))
    return figure is not None and figure >= TELLING_TOLL and figure in {
        _figure(item.get("fatalities")) for item in canonical.get("evidence") or []}


def _same_sentence(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    evidence = mention.get("evidence") or {}
    return any(
        (item.get("document"), item.get("start"), item.get("text"))
        == (mention.get("document"), evidence.get("start"), evidence.get("text"))
        for item in canonical.get("evidence") or []
    )


def assess(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    """Compare a mention with a canonical event field by field; any hard incompatibility blocks."""
    parts = [
        _type_match(mention, canonical),
        _date_match(mention, canonical),
        _place_match_with_names(mention, canonical),
        _actors_match(mention, canonical),
    ]
    reasons = [reason for part in parts for reason in part.reasons]
    weak = any(part.weak for part in parts)
    if mention.get("document") and mention["document"] in canonical.get("documents", []):
        # Linking folds one event's mentions within a document; what it left apart joins only when it is
        # the same sentence or unmistakably the same event (same day and place), never on a coarse fit.
        if _same_sentence(mention, canonical):
            reasons.append(f"same sentence as another mention of {mention['document']}")
        elif weak or _towns_apart(mention, canonical) or _another_occasion_told(mention, canonical):
            return Match(0.0, [*reasons, f"document {mention['document']} already reports another event here"],
                         blocked=True)
        else:
            reasons.append(f"another mention in {mention['document']} of the same day and place")
    if any(part.blocked for part in parts):
        return Match(0.0, reasons, blocked=True)
    type_part, _, place_part, actors_part = parts
    # the same sub-type, or the same family where both reports place the event in the town itself and a side
    # agrees too ("an attack on the hospital" / "a drone strike on the hospital", both on its patients)
    kin = type_part.score >= 0.25 or (type_part.score > 0 and actors_part.score >= 0.05 and not place_part.named)
    firm_place = not place_part.weak and (place_part.score >= 0.25 or _one_region_only(mention, canonical)
                                          or _same_telling_toll(mention, canonical))
    # a statement's eve holds in the same town, the one region both give, or with the same toll of many dead
    if any(part.firm for part in parts) and (not kin or not firm_place):
        return Match(0.0, [*reasons, "a statement's eve needs the same sub-type and town"], blocked=True)
    if any(part.in_town for part in parts) and (place_part.weak or place_part.score < 0.25):
        return Match(0.0, [*reasons, "an event of several days needs the same town"], blocked=True)
    if actors_part.attacker_differs and _another_towns_surroundings(mention, canonical, place_part):
        return Match(0.0, [*reasons, "another town's surroundings and another attacker: two events"], blocked=True)
    if _another_towns_surroundings(mention, canonical, place_part) and _tells_that_town_apart(mention, canonical):
        return Match(0.0, [*reasons, "the report tells another attacker's event in that town: two events"],
                     blocked=True)
    if _another_towns_surroundings(mention, canonical, place_part) and _fire_came_from_the_other(mention, canonical):
        return Match(0.0, [*reasons, "one report's fire came from the other's town: two sides' events"],
                     blocked=True)
    if _means_differ(mention, canonical) and not _one_scene(mention, canonical, place_part):
        return Match(0.0, [*reasons, "a blast at the scene and a weapon fired from afar need the very same place"],
                     blocked=True)
    score = max(0.0, min(1.0, sum(part.score for part in parts)))
    return Match(round(score, 3), reasons, weak=weak, named=any(part.named for part in parts))


def _another_occasion_told(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the mention, or the event's mention from its own report, stands in a sentence that opens with another
    time of the day ("Earlier on Monday, a drone attacked a car in a village of the district", "Later that day, ..."):
    what linking kept apart there is another event of the report, even on its day and at its town."""
    told = [(mention.get("evidence") or {}).get("text") or ""]
    told += [item.get("text") or "" for item in canonical.get("evidence") or []
             if item.get("document") == mention.get("document")]
    return any(ANOTHER_OCCASION_OPENER.match(text) for text in told)


def _another_towns_surroundings(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> bool:
    """Whether the place fits only as one town's surroundings and another town ("near Avdiivka" / Yasynuvata):
    weak enough that another attacker tells another event, such as the other side's shelling that day."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    return located.weak and not located.named and bool(ours and theirs) \
        and _level(ours) == _level(theirs) == "local" and not _same_name(ours, theirs)


def _tells_that_town_apart(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the mention's report tells, apart from it, another attacker's event of its day at the very town the
    canonical event is placed in ("mortars hit positions near Shumy ... The militants claimed Ukrainian fire had
    killed a woman in Horlivka"): a report that holds the two towns' attacks for two sides' says that its own is
    not the other town's."""
    town = str((canonical.get("location") or {}).get("name") or "").casefold()
    context = mention.get("context") or {}
    # (a report's own mention of the event is no event told apart from it)
    return bool(town) and mention.get("document") not in canonical.get("documents", []) and any(
        place.get("another_attacker") and str(place.get("name")).casefold() == town
        for place in [*context.get("places", []), *context.get("document_places", [])])


def _fire_came_from_the_other(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether one side's reports tell the fire as coming from the town the other is placed at ("shelled the
    Nikitovsky district of Gorlovka ... fire was opened from the direction of Shumy" / "mortars hit positions near
    Shumy"): that town is the attacker's side of the line, so an attack there that day is the other side's."""
    ours, theirs = (str((side.get("location") or {}).get("name") or "").casefold() for side in (mention, canonical))
    return bool(ours) and ours in (canonical.get("fire_origins") or []) \
        or bool(theirs) and theirs in ((mention.get("context") or {}).get("fire_origins") or [])


def merge_mention(
    mention: dict[str, Any], candidates: list[dict[str, Any]]
) -> tuple[str | None, float, list[str]]:
    """Pick the canonical event `mention` joins among `candidates`: (event id or None to start a new
    one, score, reasons). Strong matches win by score; a weak one only when it is the only fit, the only one
    whose town the report names, or the only one of the mention's sub-type."""
    if answers_a_claim(mention):
        return _denied_event(mention, candidates)
    if not mergeable(mention):
        return None, 0.0, [f"modality {mention.get('modality')}: kept as a mention, not merged"]
    scored = []
    for candidate in candidates:
        match = assess(mention, candidate)
        if not match.blocked and match.score >= MERGE_THRESHOLD:
            scored.append((match, candidate["id"]))
    # equal scores go to the event more mentions tell (one report's lead, not a sentence it told in passing); a
    # mention placed at a town its sentence names takes, before those, the event of that town over one of another
    # town named beside it ("missiles struck Kharkiv and Zaporizhzhia", placed at Kharkiv: Zaporizhzhia's own strike is
    # another event)
    told = {candidate["id"]: len(candidate.get("evidence") or []) for candidate in candidates}
    # (a town borrowed from another sentence is not the mention's own where its sentence writes a town the gazetteer
    # did not place: "through the streets of Mahmoudiyeh", placed at the border town of a later sentence)
    in_own_town = _placed_in_its_text(mention) and not (_location_borrowed(mention) and _unplaced_towns(mention))
    strong = sorted((pair for pair in scored if not pair[0].weak),
                    key=lambda pair: (in_own_town and pair[0].named, -pair[0].score, -told.get(pair[1], 0), pair[1]))
    if strong:
        match, event_id = strong[0]
        return event_id, match.score, match.reasons
    weak = sorted(scored, key=lambda pair: pair[1])
    named = [pair for pair in weak if pair[0].named]
    subtypes = {candidate["id"]: candidate.get("sub_event_type") for candidate in candidates}
    same_subtype = [pair for pair in weak if subtypes.get(pair[1]) == mention.get("sub_event_type")]
    for pool, note in ((weak, "only candidate"), (named, "only candidate whose town the report names"),
                       (same_subtype, "only candidate of the same sub-type")):
        if len(pool) == 1:
            match, event_id = pool[0]
            return event_id, match.score, [*match.reasons, note]
    stories = [(match, candidate["id"]) for candidate in candidates if (match := _same_story(mention, candidate))]
    if len(stories) == 1:
        match, event_id = stories[0]
        return event_id, match.score, match.reasons
    if weak:
        ids = ", ".join(event_id for _, event_id in weak)
        return None, 0.0, [f"new event: ambiguous, a coarse date or place fits {len(weak)} events ({ids})"]
    return None, 0.0, ["new event: no compatible event"]


def answers_a_claim(mention: dict[str, Any]) -> bool:
    """Whether the mention is a denial ("our units did not fire on the town"): the answer to another side's claim
    of that event, which joins the event the claim or other reports tell but never starts one of its own."""
    return mention.get("modality") == "denied"


def _denied_event(mention: dict[str, Any], candidates: list[dict[str, Any]]) -> tuple[str | None, float, list[str]]:
    """The one event a denial answers: of its very sub-type (as one of its reports told it: a claim of a mortar
    attack that another report calls an attack is still the shelling denied), at its very town (`_one_town`), on a
    day it allows; none where two fit or the denial is placed no better than a region (a side denying that it strikes
    civilians anywhere answers no one attack)."""
    location = mention.get("location") or {}
    if not location or _level(location) != "local":
        return None, 0.0, ["a denial placed at no town: kept as a mention, not merged"]
    fits = []
    for candidate in candidates:
        told_as = {candidate.get("sub_event_type"), *(candidate.get("sub_event_types") or [])}
        if mention.get("sub_event_type") not in told_as or not _one_town(
                location, candidate.get("location") or {}):
            continue
        match = assess(mention, candidate)
        if not match.blocked and match.score >= MERGE_THRESHOLD:
            fits.append((match, candidate["id"]))
    if len(fits) != 1:
        return None, 0.0, [f"a denial that {len(fits)} events fit: kept as a mention, not merged"]
    match, event_id = fits[0]
    return event_id, match.score, [*match.reasons, "a denial of the one event of its type told in its town"]


def _one_town(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether the two places are one town: one name near enough, or one point under two names."""
    if not (_level(ours) == _level(theirs) == "local"):
        return False
    distance = _distance_km(ours, theirs)
    if distance is None:
        return False
    return (_same_name(ours, theirs) and distance <= SAME_CITY_KM) or distance <= SAME_PLACE_OTHER_NAME_KM


def _placed_in_its_text(mention: dict[str, Any]) -> bool:
    """Whether the mention is placed at a town its sentences name (not at its dateline, a region or a country)."""
    location = mention.get("location") or {}
    return bool(location) and _level(location) == "local" and not _located_at_dateline(
        location, mention.get("context") or {})


def _same_story(mention: dict[str, Any], canonical: dict[str, Any]) -> Match | None:
    """The back-off (`STORY_WEIGHT`): the mention, told in its report's lead, and the event told in the lead of a
    report published within `STORY_PUBLISHED_DAYS` are one happening when the two leads share rare words enough,
    whatever one report's place or actors say, unless the types cannot be one event's, the two are dated to
    different days or placed at two towns of one region."""
    ours = (mention.get("context") or {}).get("lead")
    published = _parse_day(mention.get("published"))
    if not ours or published is None or mention.get("document") in canonical.get("documents", []):
        return None
    if _type_match(mention, canonical).blocked or _other_day(mention, canonical) or _neighbouring_towns(
            mention.get("location"), canonical.get("location")) or _speakers_town_beside_another(mention, canonical):
        return None
    for lead in canonical.get("leads") or []:
        theirs = _parse_day(lead.get("published"))
        if theirs is None or abs((published - theirs).days) > STORY_PUBLISHED_DAYS:
            continue
        weight, common = shared(ours, lead["words"])
        if weight >= STORY_WEIGHT:
            return Match(MERGE_THRESHOLD, [f"one story: the leads of {mention['document']} and {lead['document']} "
                                           f"share rare words ({', '.join(common[:8])}; weight {weight:.0f})"])
    return None


def _other_day(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the two are dated to different days."""
    ours, theirs = _interval(mention.get("date")), _interval(canonical.get("date"))
    return ours is not None and theirs is not None and ours[2] == theirs[2] == "day" and ours[0] != theirs[0]


def _neighbouring_towns(ours: dict[str, Any] | None, theirs: dict[str, Any] | None) -> bool:
    """Whether the two are placed at two towns (not one, as `_place_match` tells it) within a region's reach."""
    if not (ours and theirs) or ours.get("geo_precision") != 1 or theirs.get("geo_precision") != 1:
        return False
    distance = _distance_km(ours, theirs)
    if distance is None:
        return False
    one_town = (_same_name(ours, theirs) and distance <= SAME_CITY_KM) or distance <= SAME_PLACE_OTHER_NAME_KM
    return not one_town and distance <= DATELINE_REACH_KM


def _type_match(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    ours, theirs = mention.get("event_type"), canonical.get("event_type")
    subtypes = f"{mention.get('sub_event_type')} / {canonical.get('sub_event_type')}"
    # the event's mentions may type it differently ("an attack on the airliner", then "hit by a missile"): a
    # report typing it as any of them names the same happening
    if mention.get("sub_event_type") in set(canonical.get("sub_event_types") or []) - {canonical.get("sub_event_type")}:
        return Match(0.25, [f"same type as another mention of the event: {mention.get('sub_event_type')}"])
    if ours != theirs:
        if _kindred(mention, canonical):
            return Match(0.05, [f"kindred sub-event types ({subtypes})"])
        if family(ours) and family(ours) == family(theirs):
            return Match(0.05, [f"event types of one family ({ours} / {theirs}: {subtypes})"])
        if _crowd_confrontation(mention, canonical):
            # weaker than one family's types, and only with the same day and town, so that a protest and a
            # separate attack in one city that day stay apart
            return Match(0.0, [f"a crowd's confrontation told as {ours} and as {theirs} ({subtypes})"], in_town=True)
        return Match(0.0, [f"different event types ({ours} / {theirs})"], blocked=True)
    if mention.get("sub_event_type") == canonical.get("sub_event_type"):
        return Match(0.25, [f"same type: {mention.get('sub_event_type')}"])
    if ours in SUBTYPES_MUST_MATCH:
        return Match(0.0, [f"different sub-event types ({subtypes})"], blocked=True)
    return Match(0.15, [f"compatible sub-event types ({subtypes})"])


def _means_differ(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the mention tells a weapon brought by other means (`WEAPON_MEANS`) than every mention of the event."""
    ours = WEAPON_MEANS.get(mention.get("sub_event_type") or "")
    theirs = {WEAPON_MEANS.get(subtype) for subtype in canonical.get("sub_event_types") or
              [canonical.get("sub_event_type")]} - {None}  # fmt: skip
    return ours is not None and bool(theirs) and ours not in theirs


def _one_scene(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> bool:
    """Whether the two are placed at one town or one landmark: the same town, one name for both ("near X" and "X",
    a landmark and a landmark), or one point; not a landmark and the town beside it, nor two towns of one area
    or region."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    if located.weak or located.blocked:
        return False
    if located.score >= SAME_TOWN_SCORE and "facility" not in {_place_kind(ours), _place_kind(theirs)}:
        return True
    if not _level(ours) == _level(theirs) == "local":
        return False
    distance = _distance_km(ours, theirs)
    return _same_name(ours, theirs) or (distance is not None and distance <= SAME_PLACE_OTHER_NAME_KM)


def _kindred(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the two sub-types are kindred (`KINDRED_SUBTYPES`); an interception and an armed clash only where
    what was brought down is a crewed aircraft."""
    subtypes = {mention.get("sub_event_type"), canonical.get("sub_event_type")}
    if canonical.get("sub_event_type") not in KINDRED_SUBTYPES.get(mention.get("sub_event_type") or "", set()):
        return False
    return subtypes != {INTERCEPTION, ARMED_CLASH} or _aircraft_downed(
        mention if mention.get("sub_event_type") == INTERCEPTION else canonical)


def _crowd_confrontation(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether a demonstration and a fight or attack of the same day may be one crowd's confrontation with the
    state's forces told two ways: the violent side's sentences or actors show a crowd, or the demonstration's
    show it fighting police or troops; and no side of the violence is an armed group."""
    if CROWD_CONFRONTATION_TYPES.get(mention.get("event_type") or "") != family(canonical.get("event_type")):
        return False
    violent, crowd = (mention, canonical) if family(mention.get("event_type")) == "political violence" else (
        canonical, mention)
    actors = [actor for actor in (violent.get("actor1"), violent.get("actor2")) if actor]
    if any(actor.get("kind") not in CONFRONTATION_ACTOR_KINDS for actor in actors):
        return False
    shows_crowd = any(actor.get("kind") in DEMONSTRATORS for actor in actors) or any(
        CROWD_WORDS.search(text) for text in sentence_texts(violent))
    fights_forces = crowd.get("sub_event_type") in CROWD_FIRST_SUBTYPES or any(
        CLASH_WITH_FORCES.search(text) for text in sentence_texts(crowd))
    return (shows_crowd or fights_forces) and _same_day(mention, canonical)


def _same_day(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the canonical event's day is one the mention is dated by (not its report's day by default)."""
    theirs = _interval(canonical.get("date"))
    ours = [] if default_day(mention) else [_interval(value) for value, _ in event_dates(mention)]
    return theirs is not None and theirs[2] == "day" and any(
        interval is not None and interval[2] == "day" and interval[0] == theirs[0] for interval in ours)


def _aircraft_downed(side: dict[str, Any]) -> bool:
    """Whether a mention or event of disrupted weapons use tells a crewed aircraft brought down."""
    items = side.get("evidence") or []
    texts = [items] if isinstance(items, dict) else items
    return any(DOWNED_AIRCRAFT.search(str(item.get("text") or "")) for item in texts)


def _parse_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _interval(date_value: dict[str, Any] | None) -> tuple[date, date, str] | None:
    if not date_value:
        return None
    start = _parse_day(date_value.get("start"))
    end = _parse_day(date_value.get("end")) or start
    if start is None or end is None:
        return None
    return start, end, date_value.get("precision") or "day"


def _offset_in_evidence(mention: dict[str, Any], at: Any) -> int | None:
    """A document offset made relative to the mention's evidence sentence (None when unknown)."""
    start = (mention.get("evidence") or {}).get("start")
    return at - start if isinstance(at, int) and isinstance(start, int) else None


def _report_dating(mention: dict[str, Any]) -> tuple[str, int] | None:
    """How the mention's date reads as the date of a report about the event rather than the event's own:
    ("toll", end of the cue) when the event is the subject of a toll update ("the toll from Saturday's
    strike rose to 30 on Sunday"), ("statement", where the date stands) when the date follows a statement
    verb ("said on Thursday that 40 were killed in Sunday's attack"), ("reaction", where the date stands) when
    the date is that of what followed the event ("raised its alert on Wednesday after a gunman killed five"),
    ("report day", where the date stands)
    when the date is the report's own publication day ("mourned on July 8 the 10 killed ... on July 6");
    None otherwise. Offsets are relative to the evidence sentence."""
    date_value = mention.get("date") or {}
    evidence = str((mention.get("evidence") or {}).get("text") or "")
    text = str(date_value.get("text") or "").strip() or _named_text(mention, date_value)
    trigger_at = _offset_in_evidence(mention, (mention.get("trigger") or {}).get("start"))
    if date_value.get("precision") != "day" or trigger_at is None or not 0 <= trigger_at < len(evidence) \
            or COUNTED_FROM_LATER_DAY.search(text):
        return None
    if text and text not in evidence and (mention.get("context") or {}).get("date_says_when"):
        return "statement", len(evidence)  # a day linking took from another sentence's "X said on Saturday"
    discovery = DISCOVERY_CUE.search(evidence)
    # "missiles struck the city before dawn on Wednesday, killing three, after rescuers pulled a body from the
    # rubble": a day told between the attack and the finding of its dead is the attack's, unless the sentence is led
    # by the search itself
    attack_day_before_finding = trigger_at < evidence.find(text) < discovery.start() if discovery else False
    if attack_day_before_finding and SEARCH_WORK.search(evidence[:trigger_at]):
        attack_day_before_finding = False
    if discovery and text in evidence and not _day_of_killing(evidence, text) and not attack_day_before_finding:
        return "discovery", discovery.end()
    if text and (text not in evidence or re.search(rf"\b{re.escape(text)}['’]s\b", evidence)):
        return None  # "Sunday's attack", or a day linking took from another sentence: the event's own day
    cue = TOLL_UPDATE_CUE.search(evidence)
    trigger = str((mention.get("trigger") or {}).get("text") or "")
    if cue and cue.end() == trigger_at + len(trigger) and trigger.casefold() == "hit":
        # "two were killed when a shell hit their house": "hit", the one toll verb that also tells a strike, is the
        # attack's own here, not a toll's that "hit 30"
        cue = None
    if cue and trigger_at < cue.end():
        # "the toll from the attack on Sunday has risen": a date between the event and the verb is the event's
        at = evidence.find(text) if text else -1
        return None if trigger_at < at < cue.end() else ("toll", cue.end())
    if not text:
        return None
    pattern = rf"\b(?:{STATEMENT_VERBS})\b(?:\s+(?:to\s+)?[\w,]+){{0,3}}?\s+({re.escape(text)})"
    statement = re.search(pattern, evidence, re.IGNORECASE)
    if statement:
        return "statement", statement.start(1)
    statement = re.search(rf"\b({re.escape(text)}){STATEMENT_AFTER_DAY}", evidence)
    if statement and statement.end() <= trigger_at:  # (an arrest's own "police on Monday arrested" dates it)
        return "statement", statement.start(1)
    reaction = re.search(rf"\b({re.escape(text)}){REACTION_AFTER}", evidence)
    if reaction and reaction.end() <= trigger_at:
        return "reaction", reaction.start(1)
    if date_value.get("start") == mention.get("published") and text in evidence:
        return "report day", evidence.index(text)
    return None


def _day_of_killing(evidence: str, text: str) -> bool:
    """Whether the day stands with the killing itself ("killed on Saturday", "Saturday's attack") rather than with
    the finding of the dead."""
    name = re.escape(re.sub(r"^on\s+", "", text.strip(), flags=re.IGNORECASE))
    return bool(re.search(rf"\b(?:killed|died|shot|struck|hit|attacked|shelled)\s+(?:\w+\s+){{0,3}}?(?:on\s+)?{name}"
                          rf"|\b{name}['’]s\s+(?:\w+\s+)?(?:attack|strike|shelling|bombing|raid|massacre|killing)",
                          evidence, re.IGNORECASE))  # fmt: skip


def _named_text(mention: dict[str, Any], date_value: dict[str, Any]) -> str:
    """For a date taken from the document (no text of its own), how the mention's sentences name that day."""
    for value in (mention.get("context") or {}).get("dates") or []:
        if value.get("start") == date_value.get("start") and value.get("text"):
            return str(value["text"])
    return ""


# "..., as the government faced questions Thursday": a clause of what went on while the event's news came
AS_CLAUSE = re.compile(r",[\"”’']?\s+as\s+(?!well\b|of\b|many\b|much\b|part\b)\w+\s")


def event_dates(mention: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """The dates the mention's event may have, most likely first, each with a note: its own date, except
    that a statement or toll-update date gives way to an earlier day its sentence names for the event
    ("Saturday's attack": anywhere in a toll update's sentence; after the event's trigger or nearer to it
    than the statement's date otherwise), or, for a toll update naming no earlier day, to the week before it."""
    own = mention.get("date")
    dating = _report_dating(mention) if own else None
    if dating is None:
        refined = _day_within(mention)
        if refined is not None:
            return [(refined, f"event date {refined.get('text')!r} within {own.get('text')!r}"), (own, "")]
        return [(own, "")] if own else []
    kind, at = dating  # where the cue ends or the statement's date stands
    label = str(own.get("text") or "").strip() or _named_text(mention, own) or "the report's day"
    own_start = _parse_day(own.get("start"))
    trigger_at = _offset_in_evidence(mention, (mention.get("trigger") or {}).get("start")) or 0
    earlier = []
    for value in (mention.get("context") or {}).get("dates") or []:
        day, where = _parse_day(value.get("start")), _offset_in_evidence(mention, value.get("at"))
        if not (own_start and day and day < own_start):
            continue
        in_sentence = where is None or 0 <= where < len(str((mention.get("evidence") or {}).get("text") or ""))
        # otherwise the event's day stands nearer its trigger than the report's date does, or, after a
        # statement, follows the trigger ("claimed ... the bombings that killed 32 people on Thursday")
        nearer = where is None or abs(where - trigger_at) < abs(at - trigger_at)
        beside_trigger = nearer or (kind == "statement" and where > trigger_at)
        if in_sentence and (kind in ("toll", "discovery") or beside_trigger):
            earlier.append(value)
    notes = f"{label!r} dates the report, not the event"
    options = [(value, f"event date {value.get('text')!r}; {notes}") for value in reversed(earlier)]
    referred = {str(value.get("start")): value for value in (mention.get("context") or {}).get("back_references") or []
                if own_start and (_parse_day(value.get("start")) or own_start) < own_start}  # fmt: skip
    evidence = str((mention.get("evidence") or {}).get("text") or "")
    # the report's day told in an "as" clause after the event dates what went on as the news came: "has claimed the
    # killing of two officers, as the government faced questions Thursday"
    told_as_news_came = kind == "report day" and AS_CLAUSE.search(evidence, trigger_at, at) is not None
    if not options and (kind in ("statement", "toll") or told_as_news_came) and len(referred) == 1:
        # the follow-up names the event's day elsewhere: "... mourned 17 people killed ... in Wednesday's strike"
        value = next(iter(referred.values()))
        options.append((value, f"event date {value.get('text')!r}, as the report refers back to it; {notes}"))
    if kind == "toll" and not options and _attack_told_at_part_of_day(mention):
        return [(own, "")]  # "... died in hospital on the evening of May 20. The shell struck in the morning."
    if not options and own_start and kind in ("toll", "discovery", "reaction"):
        what = {"toll": "toll update", "discovery": "bodies found", "reaction": "what followed it"}[kind]
        options.append((_week_before(own_start, label), f"{what}: the event came before {label!r}"))
    return [*options, (own, "")]


def _attack_told_at_part_of_day(mention: dict[str, Any]) -> bool:
    """Whether another sentence of the mention tells its event at a bare part of the day ("the shell struck in the
    morning"): the day of the toll update its own sentence dates."""
    return any(BARE_PART_OF_DAY.search(str(span.get("text") or "")) for span in mention.get("also") or [])


def _day_within(mention: dict[str, Any]) -> dict[str, Any] | None:
    """The one day the mention's sentences name inside its own week or month ("this week's attack ...
    Tuesday's strike"), not after the report; None when there is no such day or several."""
    own = _interval(mention.get("date"))
    if own is None or own[2] == "day":
        return None
    published = _parse_day(mention.get("published"))
    days = {}
    for value in (mention.get("context") or {}).get("dates") or []:
        day = _parse_day(value.get("start"))
        if day and own[0] <= day <= own[1] and (published is None or day <= published) and not _says_when(
            mention, value
        ):
            days[day] = value
    return next(iter(days.values())) if len(days) == 1 else None


def _says_when(mention: dict[str, Any], value: dict[str, Any]) -> bool:
    """Whether a day in the mention's sentences dates a statement ("the general staff said on Thursday")."""
    text, at = str(value.get("text") or ""), value.get("at")
    for span in [mention.get("evidence") or {}, *(mention.get("also") or [])]:
        start, sentence = span.get("start"), str(span.get("text") or "")
        if text and isinstance(at, int) and isinstance(start, int) and start <= at < start + len(sentence):
            said = rf"\b(?:{STATEMENT_VERBS})\s+(?:on\s+)?{re.escape(text)}\b"
            said_first = rf"\b{re.escape(text)}{STATEMENT_AFTER_DAY}"
            return bool(re.search(said, sentence, re.IGNORECASE) or re.search(said_first, sentence))
    return False


def _date_match(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    options = event_dates(mention)
    if default_day(mention):
        options.append((None, "the report's day, given to an event its sentences do not date"))
    if not options:
        return _compare_dates(None, mention, canonical)
    matches = []
    for value, note in options:
        match = _compare_dates(value, mention, canonical)
        if note and not match.blocked:
            match.reasons.append(note)
        elif len(options) > 1 and not match.blocked:
            match.score -= 0.05  # the stated date of a follow-up is the less likely event date
        matches.append(match)
    if canonical.get("date_from_reports") and all(match.blocked for match in matches):
        # the event's only day is that of a toll update or statement: the event came in the week before it
        own = canonical.get("date") or {}
        start = _parse_day(own.get("start"))
        if start:
            window = {**canonical, "date": _week_before(start, str(own.get("text")))}
            for value, _ in options:
                match = _compare_dates(value, mention, window)
                if not match.blocked:
                    match.weak = True
                    match.reasons.append(f"the event's {own.get('text')!r} dates a report about it")
                    matches.append(match)
    if all(match.blocked for match in matches):
        matches += _statement_eve(mention, canonical)
    allowed = [match for match in matches if not match.blocked]
    return max(allowed, key=lambda match: (not match.weak, match.score)) if allowed else matches[-1]


def default_day(mention: dict[str, Any]) -> bool:
    """Whether the mention's day is only its report's, given by default to an event no sentence dates ("troops
    are deployed after the bombing at the arena"): such a report may tell of an event of the days before."""
    own, published = mention.get("date") or {}, _parse_day(mention.get("published"))
    return (published is not None and _parse_day(own.get("start")) == published and own.get("precision") == "day"
            and not str(own.get("text") or "").strip() and not _named_text(mention, own))


def _statement_eve(mention: dict[str, Any], canonical: dict[str, Any]) -> list[Match]:
    """A report whose only day is that of a statement ("the Russian Defence Ministry said on Thursday", the event
    given the speaker's day) and naming no other day can describe the previous day's strike, and an event known
    only from such reports can be another report's strike of the day before: weakly, and only where the sub-type
    (or the family and a side) and the town agree (`firm`): or the one region both are placed at, or a region
    holding the other's town where both give the same toll of many dead."""
    own = mention.get("date") or {}
    if _said_only(mention):
        eve = _eve(own)
        match = _compare_dates(eve, mention, canonical)
    elif canonical.get("date_said") and _interval(canonical.get("date")):
        own = canonical["date"]  # the other way round: the event's only day is a statement's
        match = _compare_dates(mention.get("date"), mention, {**canonical, "date": _eve(own)})
    else:
        return []
    if match.blocked:
        return []
    label = str(own.get("text") or "").strip() or "the report's day"
    return [Match(match.score - 0.1, [*match.reasons, f"{label!r} dates a statement: the event may be the day "
                                                      f"before"], weak=True, firm=True)]  # fmt: skip


def _said_only(mention: dict[str, Any]) -> bool:
    """Whether the mention's only day is that of a statement about it, its sentences naming no other day (a
    dateline's "March 23" naming the statement's own day is none)."""
    own = mention.get("date") or {}
    dating = _report_dating(mention) if own else None
    context = mention.get("context") or {}
    day = _parse_day(own.get("start"))
    return dating is not None and dating[0] == "statement" and day is not None and not (
        any(_interval(value) != (day, day, "day") for value in context.get("dates") or [])
        or context.get("back_references"))


def _eve(value: dict[str, Any]) -> dict[str, Any]:
    day = (_parse_day(value.get("start")) or date.min) - timedelta(days=1)
    return {**value, "start": day.isoformat(), "end": day.isoformat(), "precision": "day",
            "text": f"the day before {value.get('text')}"}


def _week_before(day: date, text: str) -> dict[str, Any]:
    return {
        "start": (day - timedelta(days=TOLL_UPDATE_LOOKBACK_DAYS)).isoformat(),
        "end": (day - timedelta(days=1)).isoformat(),
        "precision": "week",
        "text": f"before {text}",
    }


def _compare_dates(mention_date: dict[str, Any] | None, mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    mention_interval = _interval(mention_date)
    canonical_interval = _interval(canonical.get("date"))
    if mention_interval is None or canonical_interval is None:
        return _undated_match(mention, canonical, mention_interval, canonical_interval)
    m_start, m_end, m_precision = mention_interval
    c_start, c_end, c_precision = canonical_interval
    overlaps = m_start <= c_end and c_start <= m_end
    if m_precision == "day" and c_precision == "day":
        gap = abs((m_start - c_start).days)
        if gap == 0:
            return Match(0.35, [f"same day {m_start.isoformat()}"])
        texts = [_day_text(str((mention_date or {}).get("text") or ""), [mention.get("evidence") or {}]),
                 _day_text(str(canonical["date"].get("text") or ""), canonical.get("evidence") or [])]  # fmt: skip
        earlier, later = texts if m_start < c_start else texts[::-1]
        if gap == 1 and _one_night(earlier, later):
            return Match(0.25, [f"adjacent days {min(m_start, c_start)}/{max(m_start, c_start)}, one night "
                                f"({earlier!r} / {later!r})"])  # fmt: skip
        # no told span is longer than LONGEST_TOLD_SPAN, so farther days need not read the sentences
        told = days_told(mention if m_start > c_start else canonical) if gap <= LONGEST_TOLD_SPAN else 0
        if gap <= told:
            return Match(0.25, [f"an event of {told + 1} days up to {max(m_start, c_start)} covers "
                               f"{min(m_start, c_start)}"], in_town=True)  # fmt: skip
        if gap <= WITHDRAWAL_DAYS and _both_withdrawals(mention, canonical):
            return Match(0.25, [f"one withdrawal, ordered, begun and completed over days "
                                f"({min(m_start, c_start)}/{max(m_start, c_start)})"], in_town=True)  # fmt: skip
        return Match(0.0, [f"different days ({m_start.isoformat()} / {c_start.isoformat()})"], blocked=True)
    if not overlaps:
        return Match(0.0, [f"dates do not overlap ({m_start}..{m_end} / {c_start}..{c_end})"], blocked=True)
    if m_precision == c_precision:
        if (m_start, m_end) == (c_start, c_end):
            return Match(
                {"week": 0.3, "month": 0.25}.get(m_precision, 0.15), [f"same {m_precision} {m_start}"]
            )
        if m_precision == "week":
            return Match(0.2, [f"overlapping weeks ({m_start} / {c_start})"])
        return Match(0.0, [f"different {m_precision}s ({m_start} / {c_start})"], blocked=True)
    coarser = max(m_precision, c_precision, key=lambda precision: PRECISION_RANK.get(precision, 3))
    score = {"week": 0.25, "month": 0.1}.get(coarser, 0.0)
    return Match(
        score,
        [f"{coarser}-precision date contains the other ({m_start}..{m_end} / {c_start}..{c_end})"],
        weak=True,
    )


def _both_withdrawals(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    return mention.get("sub_event_type") == canonical.get("sub_event_type") == WITHDRAWAL


def days_told(side: dict[str, Any]) -> int:
    """How many days before its date a mention's or canonical event's happening began, as its sentences tell
    (`days_before_told`) or its report does elsewhere: the lead's "Israel's two-day operation" spans the days of
    the raid a later sentence tells, "still heard on Wednesday, two days after the rebels took the city" those of
    the fighting the lead counts the dead of."""
    report_span = (side.get("context") or {}).get("report_days_told") or side.get("report_days_told") or 0
    return max(days_before_told(sentence_texts(side)), report_span)


def days_before_told(texts: list[str]) -> int:
    """How many days before the day it is dated an event its sentences tell as lasting days began (0 when they
    tell no such span): "a two-day assault" 2, "for a third day" 2, "a siege that ended on Wednesday" 1."""
    spans = [0]
    for text in texts:
        spans += [_count(found.group(1)) for found in DAYS_LONG.finditer(text)]
        spans += [SPAN_ORDINALS[(found.group(1) or found.group(2)).lower()] - 1 for found in NTH_DAY.finditer(text)]
        spans += [_count(found.group(1)) for found in STILL_DAYS_AFTER.finditer(text)]
        spans += [1 for _ in SIEGE_ENDED.finditer(text)]
    return max(spans)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else SPAN_COUNTS[word.lower()]


def _day_part(text: str) -> str | None:
    """'across' (overnight), 'late' (evening, night), 'early' (before dawn) or None (the day at large)."""
    if ACROSS_MIDNIGHT.search(text):
        return "across"
    if EARLY_IN_DAY.search(text):
        return "early"
    return "late" if LATE_IN_DAY.search(text) else None


def _day_text(text: str, evidence: list[dict[str, Any]]) -> str:
    """A date text, or "overnight" when it says nothing of the time of day but a report's sentence puts the
    event overnight ("missiles slammed into apartment buildings overnight") or tells of a siege of many hours
    that ended that day."""
    if _day_part(text) is None and any(_spans_the_night(str(item.get("text") or "")) for item in evidence):
        return "overnight"
    return text


def _spans_the_night(sentence: str) -> bool:
    return ACROSS_MIDNIGHT.search(sentence) is not None or HOURS_LONG_STANDOFF.search(sentence) is not None


def _one_night(earlier: str, later: str) -> bool:
    """Whether date texts of consecutive days can describe one night. A night is dated by the morning it ends
    in (sitreps.dates, except "the night of Sunday"), so a later "overnight" or "early on Monday" can be the
    night after an earlier "on Sunday" or "late on Sunday", and "the night of Sunday" any Monday report; two
    "overnight"s a day apart are two nights, and "Tuesday evening" and "Wednesday" two protests, not one."""
    first, second = _day_part(earlier), _day_part(later)
    if first == "early" or second == "late":
        return False
    if first == "across":  # "on the night of Sunday" is dated by its start; "overnight" by its morning
        return START_DATED_NIGHT.search(earlier) is not None
    return second in {"early", "across"}


def _undated_match(
    mention: dict[str, Any],
    canonical: dict[str, Any],
    mention_interval: tuple[date, date, str] | None,
    canonical_interval: tuple[date, date, str] | None,
) -> Match:
    """Without a date, the report's publication day bounds when the event can have happened;
    with neither, nothing links the two."""
    if mention_interval is None and canonical_interval is None:
        ours, theirs = _parse_day(mention.get("published")), _parse_day(canonical.get("first_reported"))
        if ours and theirs and abs((ours - theirs).days) <= UNDATED_LOOKBACK_DAYS:
            return Match(0.05, [f"both undated, reported {theirs} and {ours}"], weak=True)
        return Match(0.0, ["dates unknown"], blocked=True)
    undated, dated_interval = (
        (mention, canonical_interval) if mention_interval is None else (canonical, mention_interval)
    )
    published = _parse_day(undated.get("published") or undated.get("first_reported"))
    if dated_interval is None or published is None:
        return Match(0.0, ["date unknown"], blocked=True)
    start, end, _ = dated_interval
    if end < published - timedelta(days=UNDATED_LOOKBACK_DAYS) or start > published:
        return Match(
            0.0, [f"undated report published {published} cannot describe {start}..{end}"], blocked=True
        )
    return Match(0.1, [f"undated, published {published} within {UNDATED_LOOKBACK_DAYS} days"], weak=True)


def _level(location: dict[str, Any]) -> str:
    """'country', 'region' or 'local' (a town, or an area near one)."""
    precision, place = location.get("geo_precision") or 3, location.get("place")
    # a region named in the event's sentence ("the Kharkiv Oblast police") may come with a town's precision
    if precision >= 3 or (isinstance(place, dict) and place.get("kind") == "admin1"):
        return "region" if location.get("admin1") else "country"
    return "local"


def _same_name(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return str(a.get("name") or "").casefold() == str(b.get("name") or "").casefold()


def _place_match(a: dict[str, Any] | None, b: dict[str, Any] | None) -> Match:
    if not a or not b:
        return Match(0.0, ["location unknown"], weak=True)
    a_country, b_country = a.get("country_code"), b.get("country_code")
    if a_country and b_country and a_country != b_country:
        return Match(0.0, [f"different countries ({a_country} / {b_country})"], blocked=True)
    levels = {_level(a), _level(b)}
    names = f"{a.get('name')} / {b.get('name')}"
    within_area = _town_within_area(a, b)
    if within_area is not None and within_area <= SAME_PLACE_OTHER_NAME_KM and _names_share_word(a, b):
        return Match(0.3, [f"same place named as a town and as an area ({names}, {within_area:.0f} km)"])
    if within_area is not None:
        # an area holds many towns: it fits a town's event only where no other event in the area fits as well
        return Match(0.2, [f"a town within the area ({names}, {within_area:.0f} km from its centre)"], weak=True)
    if not _same_name(a, b) and (_is_city_state(a) or _is_city_state(b)):
        # "clashes in Hong Kong" and "a clash in Sheung Shui": the city is its whole territory, holding many towns
        return Match(0.2, [f"a town within the city-state ({names})"], weak=True)
    if levels == {"country"}:
        return Match(0.2, [f"same country {a_country or b_country} (country-level)"])
    if "country" in levels:
        return Match(0.1, [f"country-level place within {a_country or b_country} ({names})"], weak=True)
    if "region" in levels:
        if a.get("admin1") and b.get("admin1"):
            if a["admin1"] != b["admin1"]:
                return Match(0.0, [f"different regions ({a['admin1']} / {b['admin1']})"], blocked=True)
            # a named area holds many towns: unless both name the same place, it fits only where no other event
            # in the area fits as well
            area = "area" in {_place_kind(a), _place_kind(b)}
            return Match(0.2, [f"same region {a['admin1']} ({names})"], weak=area and not _same_name(a, b))
        return Match(0.1, [f"region-level place, region unknown ({names})"], weak=True)
    distance = _distance_km(a, b)
    towns = (a.get("place"), b.get("place"))
    if distance is not None and _same_name(a, b) and all(isinstance(town, dict) for town in towns):
        # "40 km south of Kaduna" and "near Kaduna": told from one town, whatever point each report's words give
        between_towns = _distance_km(*towns)
        distance = distance if between_towns is None else min(distance, between_towns)
    if distance is None:
        if _same_name(a, b):
            return Match(0.3, [f"same place {a.get('name')}"])
        return Match(0.0, [f"different places ({names})"], blocked=True)
    kinds = {(loc.get("place") or {}).get("kind") if isinstance(loc.get("place"), dict) else None for loc in (a, b)}
    if "facility" in kinds and distance <= SAME_CITY_KM:
        # a landmark and the city it lies in or beside: "Crocus City Hall" and "on the edge of Moscow"
        return Match(0.25, [f"landmark near the city ({names}, {distance:.0f} km)"])
    if a.get("geo_precision") == 1 and b.get("geo_precision") == 1:
        if (_same_name(a, b) and distance <= SAME_CITY_KM) or (distance <= SAME_PLACE_OTHER_NAME_KM
                                                               and not _two_villages(a, b)):
            return Match(0.3, [f"same city {a.get('name')} ({distance:.0f} km)"])
        return Match(0.0, [f"different cities ({names}, {distance:.0f} km)"], blocked=True)
    if distance <= NEAR_AREA_KM:
        # "near Khan Younis" and Gaza City: another town's surroundings fit only where no other event fits as well
        return Match(0.25, [f"nearby places ({names}, {distance:.0f} km)"], weak=not _same_name(a, b))
    return Match(0.0, [f"places too far apart ({names}, {distance:.0f} km)"], blocked=True)


@lru_cache(maxsize=1)
def _city_states() -> frozenset[tuple[str, str]]:
    """city_states.tsv: (country code, city) of each city that is its whole country or territory."""
    return frozenset((code, city) for code, city in read_tsv(DATA_DIR / "city_states.tsv"))


def _is_city_state(location: dict[str, Any]) -> bool:
    """Whether the place is a city that is its whole country or territory: Hong Kong, Singapore."""
    return _place_kind(location) == "city" \
        and (location.get("country_code"), location.get("name")) in _city_states()


def _two_villages(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether both places are villages GeoNames lacks (from Ukraine's village lists, which may place a village at its
    community's centre): two such names at one point are two villages of the community ("Sadove" and
    "Prydniprovske"), not one place under two names."""
    places = [side.get("place") for side in (a, b)]
    return all(isinstance(place, dict) and place.get("kind") == "city" and place.get("geonameid") is None
               for place in places)


def _names_share_word(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two place names share a word ("Gaza City" / "Gaza")."""
    words = [set(re.findall(r"\w+", str(side.get("name") or "").casefold())) for side in (a, b)]
    return bool(words[0] & words[1])


def _place_kind(location: dict[str, Any]) -> str | None:
    place = location.get("place")
    return place.get("kind") if isinstance(place, dict) else None


def _town_within_area(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """How far a town lies from the centre of a named area that holds it ("Majdal Shams" and "the Golan Heights",
    "Jabalia" and "the Gaza Strip"), or None when one is not a town and the other an area around it."""
    for area, town in ((a, b), (b, a)):
        # (a town, or a spot near one: "a meadow near the resort town of X")
        if _place_kind(area) == "area" and town.get("geo_precision") in (1, 2) and _place_kind(town) != "area":
            distance = _distance_km(area, town)
            if distance is not None and distance <= AREA_KM:
                return distance
    return None


def _located_at_dateline(location: dict[str, Any], context: dict[str, Any]) -> bool:
    place = location.get("place")
    if not isinstance(place, dict):
        return False
    return any(p.get("dateline") and p.get("start") == place.get("start") for p in context.get("places") or [])


def named_places(mention: dict[str, Any]) -> list[dict[str, Any]]:
    """Towns the mention's sentences name that may be its real place, when its own place is only a country
    or region, or the dateline: the towns named in the text, else the dateline's. When its place is a town named
    in the text (that town is the place), only the other towns of a list that names it (`_listed_with`)."""
    location = mention.get("location") or {}
    context = mention.get("context") or {}
    at_dateline = bool(location) and _located_at_dateline(location, context)
    if location and _level(location) == "local" and not at_dateline:
        return [town for town in context.get("places") or [] if town.get("listed")]
    towns = [p for p in context.get("places") or [] if not p.get("dateline")]
    elsewhere = list(context.get("document_places") or [])
    if not at_dateline:
        # an event placed in a region or country ("a village in Nigeria's Yobe state") may be in the town that
        # another sentence names in that country ("The gunmen rode into Mafa"), weakly
        country = location.get("country_code") if location else None
        elsewhere = [town for town in elsewhere if country and town.get("country_code") == country]
    if at_dateline and any(_same_name(town, location) for town in towns + elsewhere):
        return []  # the dateline town is also named in the text: it is the place
    # a report filed from elsewhere ("MOSCOW, July 8 /TASS/ - ... struck ... on Monday") whose sentences name no
    # town: the towns its other sentences name may be the place
    towns = [town for town in towns if not _same_name(town, location)] or elsewhere or (
        [] if at_dateline else [p for p in context.get("places") or [] if p.get("dateline")]
    )
    distinct: dict[str, dict[str, Any]] = {}
    for town in towns:
        distinct.setdefault(str(town.get("name")).casefold(), town)
    return list(distinct.values())


def _dateline_in_same_region(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether one side is placed only at its report's dateline and the two towns share a first-level region and
    lie within a correspondent's reach of each other."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    at_dateline = (bool(ours) and _located_at_dateline(ours, mention.get("context") or {})
                   or bool(canonical.get("location_at_dateline")))  # fmt: skip
    same_region = bool(ours.get("admin1")) and ours.get("admin1") == theirs.get("admin1") and (
        ours.get("country_code") == theirs.get("country_code")
    )
    distance = _distance_km(ours, theirs)
    return at_dateline and same_region and distance is not None and distance <= DATELINE_REACH_KM


def _distance_km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """How far apart two places are, None where one lacks coordinates."""
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    return haversine_km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"]))


def _place_match_with_names(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    """The place match of the located places, or, when that is coarse or fails, of a town the report
    names (strong when the report names just that one town, weak when it lists several)."""
    located = _place_match(mention.get("location"), canonical.get("location"))
    districts = _different_districts(mention, canonical)
    if districts is not None and not _both_towns(mention, canonical):
        return districts
    borrowed = _borrowed_place_district(mention, canonical)
    if borrowed is not None:
        return borrowed
    spelled = _town_spelled_otherwise(mention, canonical, located)
    if spelled is not None:
        return spelled
    located = (_district_of_other_town(mention, canonical, located)
               or _unnamed_district_named(mention, canonical, located)
               or _village_in_other_towns_district(mention, canonical, located)
               or _inside_city_region(mention, canonical, located)
               or _place_named_in_same_report(mention, canonical, located) or located)
    other_villages = _other_villages_written(mention, canonical, located)
    if other_villages is not None:
        return other_villages
    if located.weak and not located.blocked and _speakers_town_beside_another(mention, canonical):
        located = Match(0.0, [f"{located.reasons[0]}; a town read from a speaker's title or a source line is no "
                              "neighbouring town's scene"], blocked=True)  # fmt: skip
    if not located.blocked and not located.weak:
        return located
    ours = named_places(mention)
    # the event's named towns count only while its own place is no town, or only a dateline, or one of a list
    coarse_event = (not canonical.get("location") or _level(canonical["location"]) != "local"
                    or bool(canonical.get("location_at_dateline")))  # fmt: skip
    theirs = [town for town in canonical.get("named_places") or [] if coarse_event or town.get("listed")]
    # a town named elsewhere in a report is no candidate for its event placed in another region that the report
    # tells apart ("In the Sumy region, shelling wounded two" in a report on a strike on a village near Odesa)
    their_named = canonical.get("named_places") or []
    options = [(town, canonical.get("location"), town, len(ours)) for town in ours
               if not _town_of_another_named_region(town, mention.get("location"), ours)]
    options += [(mention.get("location"), town, town, len(theirs)) for town in theirs
                if not _town_of_another_named_region(town, canonical.get("location"), their_named)]
    best = None
    if located.blocked and _dateline_in_same_region(mention, canonical):
        best = Match(0.1, [f"{located.reasons[0]}; a dateline is where the report was filed: same region "
                           f"{(mention.get('location') or {}).get('admin1')}"], weak=True)  # fmt: skip
    if located.blocked:
        best = best or _district_match(mention, canonical)
    for a, b, town, count in options:
        match = _place_match(a, b)
        if match.blocked or match.weak:
            continue
        elsewhere = bool(town.get("in_document"))
        # the other towns of a list that names the event's own are as much its place ("at the X, Y and Z
        # checkpoints"); of other towns named beside it, any one may be
        match.named, match.weak = True, (count > 1 and not town.get("listed")) or elsewhere
        match.reasons = [f"{match.reasons[0]}, named " + ("elsewhere " if elsewhere else "") + "in the report"
                         + (f" among {count} towns" if count > 1 else "")]  # fmt: skip
        if best is None or (not match.weak, match.score) > (not best.weak, best.score):
            best = match
    if best is None or best.weak:
        # what the gazetteer did not resolve: the other side's town or region written in the report's sentences
        best = (_town_written_at_dateline(mention, canonical) or _region_named(mention, canonical)
                or _unresolved_town_shared(mention, canonical) or best)  # fmt: skip
    return best or located


def _town_of_another_named_region(town: dict[str, Any], location: dict[str, Any] | None,
                                  report_places: list[dict[str, Any]]) -> bool:
    """Whether the event is placed only at a first-level region that its report names ("the Sumy region", not an
    area such as a strait, often borrowed from an earlier incident) and the town lies in another region of its
    country, one the report also names by another of its places (so the gazetteer's region of the town is no
    slip: the report tells the town's own happening there)."""
    region = location.get("place") if location else None
    if not isinstance(region, dict) or region.get("kind") != "admin1" or not town.get("admin1") \
            or location.get("country_code") != town.get("country_code") or town.get("admin1") == location.get("admin1"):
        return False
    return any(place.get("admin1") == town.get("admin1") and place.get("country_code") == town.get("country_code")
               and place.get("name") != town.get("name") for place in report_places)


def _place_named_in_same_report(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> Match | None:
    """A district of the mention's town that its sentence names, where another mention of the same report is
    placed ("In the capital, blasts set a warehouse ablaze in the Podilskyi district", after a lead placed at
    that district): the report tells one happening there, not one near the other."""
    theirs = canonical.get("location") or {}
    if located.blocked or not located.weak or mention.get("document") not in canonical.get("documents", []):
        return None
    if _level(theirs) != "local" or _place_kind(theirs) == "area":
        return None
    places = (mention.get("context") or {}).get("places") or []
    if not any(place.get("district") and _same_name(place, theirs) for place in places):
        return None
    return Match(located.score, [f"{located.reasons[0]}, a district this sentence of the report names"])


def _both_towns(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether both sides are placed at a town itself (not an area near it, a region or a country)."""
    return all((side.get("location") or {}).get("geo_precision") == 1 for side in (mention, canonical))


def _district_keys(texts: list[str]) -> set[str]:
    """The districts named in `texts`, as consonant skeletons ("Musakhail" and "Musakhel" -> "mshl")."""
    keys = set()
    for first_part, name in NAMED_DISTRICT.findall(" ".join(texts)):
        if first_part:
            continue
        key = _spelling_key(name)
        keys.add(key[:1] + re.sub(r"[aeiou]", "", key[1:]))
    return keys


def _different_districts(mention: dict[str, Any], canonical: dict[str, Any]) -> Match | None:
    """Two reports placed no closer than one province whose sentences name different districts ("23 passengers
    shot in Musakhail district" / "six killed in Kalat district"): two attacks of one night, not one. Districts of
    one town (a city's boroughs struck in one raid) do not count, so this holds only where a side is not placed at a
    town itself."""
    ours = _district_keys([str((mention.get("evidence") or {}).get("text") or "")])
    theirs = _district_keys([str(item.get("text") or "") for item in canonical.get("evidence") or []])
    if not ours or not theirs or ours & theirs:
        return None
    return Match(0.0, [f"different districts named ({', '.join(sorted(ours))} / {', '.join(sorted(theirs))})"],
                 blocked=True)  # fmt: skip


def sentence_texts(side: dict[str, Any]) -> list[str]:
    """The sentences of a mention (its evidence and the other sentences linking folded into it) or of a canonical
    event (its mentions' evidence)."""
    items = side.get("evidence")
    items = [items, *(side.get("also") or [])] if isinstance(items, dict) else list(items or [])
    return [str(item.get("text") or "") for item in items]


def _written(name: Any, texts: list[str]) -> bool:
    """Whether a place name stands as a word in `texts`."""
    name = str(name or "").strip()
    return bool(name) and any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) for text in texts)


def _borrowed_place_district(mention: dict[str, Any], canonical: dict[str, Any]) -> Match | None:
    """A side placed at a town its own sentences do not name (the dateline, or a town of another sentence) whose
    sentences name a district of their own ("in Sui, Dera Bugti district" in a report filed from Quetta): the district
    is its place. It does not join an event at another town unless the other side names that district too; two such
    sides naming one district are one place."""
    ours_borrowed, theirs_borrowed = _location_borrowed(mention), bool(canonical.get("location_borrowed"))
    ours, theirs = _district_keys(sentence_texts(mention)), _district_keys(sentence_texts(canonical))
    our_place, their_place = mention.get("location") or {}, canonical.get("location") or {}
    if ours_borrowed and theirs_borrowed and ours & theirs:
        district = ", ".join(sorted(ours & theirs))
        return Match(0.25, [f"both reports name district {district} for the event ({our_place.get('name')} / "
                            f"{their_place.get('name')} being where they were filed or another sentence's town)"],
                     named=True)  # fmt: skip
    distance = _distance_km(our_place, their_place)
    if (ours_borrowed or theirs_borrowed) and ours & theirs and distance is not None and distance <= SAME_CITY_KM:
        # "the Gornyatsky district" in a report placed at the next city / "Makiivka's Hirnytskyi district": the
        # district both name is the place, the borrowed town only where the report was filed or looked from
        district = ", ".join(sorted(ours & theirs))
        return Match(0.25, [f"both reports name district {district} for the event ({our_place.get('name')} / "
                            f"{their_place.get('name')}, {distance:.0f} km, one of them borrowed)"], named=True)
    for borrowed, keys, other_keys, other_place in ((ours_borrowed, ours, theirs, their_place),
                                                    (theirs_borrowed, theirs, ours, our_place)):  # fmt: skip
        other_town = _district_keys([f"{other_place.get('name')} district"])
        if not borrowed or not keys or keys & other_keys or keys & other_town:
            continue
        texts = sentence_texts(mention if keys is ours else canonical)
        own_place = our_place if keys is ours else their_place
        if names_district_of(texts, str(other_place.get("name") or "")):
            continue  # "Kyiv's Sviatoshynskyi district": a borough of the other side's town
        if _same_town(own_place, other_place) and names_district_of_the_town(texts):
            continue  # "the city's Fokinsky district", the city being the other side's town too
        return Match(0.0, [f"the report names district {', '.join(sorted(keys))} for the event, not "
                           f"{other_place.get('name')}"], blocked=True)  # fmt: skip
    return None


def _same_town(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether two locations are one town (by name, within one country)."""
    both_towns = ours.get("geo_precision") == theirs.get("geo_precision") == 1
    return both_towns and _same_name(ours, theirs) and ours.get("country_code") == theirs.get("country_code")


def _district_of_other_town(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> Match | None:
    """A side placed at a district its sentences name as part of the other side's town ("the Kievsky district of
    Donetsk" / Donetsk): the town's own event, not one merely near it. The gazetteer may know the district as a town
    of its own ("the Pivnichne neighbourhood of Toretsk"): then its name must stand before the word for a part of a
    town, and the two lie within a city's reach."""
    if not located.weak and not (located.blocked and _both_towns(mention, canonical)):
        return None
    for side, other in ((mention, canonical), (canonical, mention)):
        district, town = side.get("location") or {}, other.get("location") or {}
        texts = sentence_texts(side)
        if town.get("geo_precision") != 1 or not names_district_of(texts, str(town.get("name") or "")):
            continue
        told_finer = district.get("geo_precision") == 2 and not located.blocked
        distance = _distance_km(district, town)
        town_of_its_own = district.get("geo_precision") == 1 and _written_as_part_of_town(district, texts) \
            and distance is not None and distance <= CITY_DISTRICT_KM
        if told_finer or town_of_its_own:
            return Match(0.25, [f"{district.get('name')} named as a district of {town.get('name')}"])
    return None


def _unnamed_district_named(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> Match | None:
    """A side placed at a city told with an unnamed part of it ("a mainly Shiite district of Baghdad", "a Shiite area
    of Baghdad", "the neighbourhood in southern Havana") and a side placed at a town of the city's region within a
    city's reach of it, which either side writes as a part of a town ("the district of Sadr City", "the Sadr City
    area", "Baghdad's Sadr City") or whose own report tells its scene as an unnamed part of the city too ("a poor
    district on the outskirts of Havana"): that part of the city, which the gazetteer knows as a town of its own,
    not a neighbouring town."""
    if not (located.blocked and _both_towns(mention, canonical)):
        return None
    for side, other in ((mention, canonical), (canonical, mention)):
        district, town = side.get("location") or {}, other.get("location") or {}
        distance = _distance_km(district, town)
        if distance is None or distance > CITY_DISTRICT_KM or district.get("admin1") != town.get("admin1"):
            continue
        city = re.escape(str(town.get("name") or ""))
        place = district.get("place") if isinstance(district.get("place"), dict) else {}
        written = re.escape(str(place.get("text") or district.get("name") or ""))
        if not city or not written:
            continue
        unnamed_part = re.compile(rf"\b(?:(?:an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?|the\s+){TOWN_PART_WORDS}\s+"
                                  rf"{PART_OF_CITY}{city}(?!\w)", re.IGNORECASE)
        named_part = re.compile(rf"\b{TOWN_PART_WORDS}\s+of\s+{written}(?!\w)|(?<!\w){written}\s+{TOWN_PART_WORDS}"
                                rf"|(?<!\w){city}['’]s\s+{written}(?!\w)", re.IGNORECASE)
        # (the town's own report telling its scene as an unnamed part of the city says as much as naming it one)
        if any(unnamed_part.search(text) for text in sentence_texts(other)) \
                and (any(named_part.search(text) for text in [*sentence_texts(side), *sentence_texts(other)])
                     or any(unnamed_part.search(text) for text in sentence_texts(side))):
            return Match(0.25, [f"{district.get('name')} the part of {town.get('name')} the other side tells "
                                f"({distance:.0f} km)"])
    return None


def _village_in_other_towns_district(mention: dict[str, Any], canonical: dict[str, Any],
                                     located: Match) -> Match | None:
    """A side placed at a village that the other side's sentences tell as lying in the district of the other's own
    town ("the village of El Aguaje, in Aguililla municipality"), in a report that writes that town too: the gazetteer
    read a namesake of the village far off, and the event is the town's district's."""
    if not located.blocked:
        return None
    for side, other in ((mention, canonical), (canonical, mention)):
        village, town = side.get("location") or {}, other.get("location") or {}
        if _level(village) != "local" or _level(town) != "local":
            continue
        place = village.get("place") if isinstance(village.get("place"), dict) else {}
        written, town_name = str(place.get("text") or village.get("name") or ""), str(town.get("name") or "")
        if not written or not town_name:
            continue
        told_in_district = re.compile(rf"(?<!\w){re.escape(written)},?\s+in\s+(?:the\s+)?(?:{DISTRICT_WORDS}\s+of\s+)?"
                                      rf"{re.escape(town_name)}(?:\s+{DISTRICT_WORDS})?(?!\w)", re.IGNORECASE)
        if any(told_in_district.search(text) for text in sentence_texts(other)) \
                and any(_same_name(town, p) for p in _report_places(side)):
            return Match(0.25, [f"{written} told as a village of {town_name}'s district"])
    return None


def _written_as_part_of_town(location: dict[str, Any], texts: list[str]) -> bool:
    """Whether the location's name, as written, stands before a word for a part of a town ("Pivnichne
    neighbourhood")."""
    place = location.get("place") if isinstance(location.get("place"), dict) else {}
    written = str(place.get("text") or location.get("name") or "")
    return bool(written) and any(re.search(rf"(?<!\w){re.escape(written)}\s+{URBAN_PART_WORD}", text) for text in texts)


def _city_region(location: dict[str, Any]) -> bool:
    """Whether the place is a city with a region's status, its region named for it ("Kyiv" in "Kyiv City",
    "Sevastopol" in "Misto Sevastopol'", Ukrainian for the city of Sevastopol)."""
    name, region = str(location.get("name") or "").casefold(), str(location.get("admin1") or "").casefold()
    return bool(name) and region.rstrip("'’") in (f"{name} city", f"city of {name}", f"misto {name}")


def _inside_city_region(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> Match | None:
    """A city that is a region of its own ("Kyiv City") and a place the gazetteer puts inside that region (one of
    its districts): one city, told at two precisions, though a weaker fit than the very place. Across reports, or
    within one where its mention inside the city is the city's own told finer (`_one_city_told_finer`): a report's
    own sentences on the city and on one of its districts may otherwise tell two happenings."""
    if not (located.blocked or located.weak):
        return None
    if mention.get("document") in canonical.get("documents", []) and not _one_city_told_finer(mention, canonical):
        return None
    pair = _city_and_place_inside(mention.get("location") or {}, canonical.get("location") or {})
    if pair is None:
        return None
    city, inside = pair
    return Match(0.2, [f"{inside.get('name')} lies within {city.get('name')}, a city that is a region of its own "
                       f"({_distance_km(city, inside):.0f} km)"])  # fmt: skip


def _city_and_place_inside(ours: dict[str, Any], theirs: dict[str, Any]) -> tuple[dict, dict] | None:
    """Of two locations, a city that is a region of its own and a place the gazetteer puts inside it, in that
    order; None where they are not such a pair."""
    city = next((side for side in (ours, theirs) if side and _city_region(side)), None)
    inside = theirs if city is ours else ours
    if city is None or not inside or _level(inside) != "local" or _same_name(city, inside):
        return None
    distance = _distance_km(city, inside)
    if (inside.get("country_code"), inside.get("admin1")) != (city.get("country_code"), city.get("admin1")) \
            or distance is None or distance > SAME_CITY_KM:
        return None
    return city, inside


def _one_city_told_finer(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether a report's mention at a city that is a region of its own and its other mention at a place inside it
    tell one happening: the inner side's own sentence in that report names the city and not that place, which
    linking took from a sentence it folded in ("drones hit Kyiv ..." above "in the central X district"), or names
    the place as a part of the city ("debris fell on X in the north of Sevastopol" beside "Sevastopol was
    attacked")."""
    pair = _city_and_place_inside(mention.get("location") or {}, canonical.get("location") or {})
    if pair is None:
        return False
    city, inside = pair
    side = mention if inside is mention.get("location") else canonical
    # a mention's own evidence carries no document: it is the mention's
    sentences = [item for item in _evidence_items(side) if item.get("document", mention.get("document"))
                 == mention.get("document")]
    texts = [str(item.get("text") or "") for item in sentences]
    place = inside.get("place")
    names = (inside.get("name"), place.get("text") if isinstance(place, dict) else None)
    return bool(texts) and _written(city.get("name"), texts) and (
        not any(_written(name, texts) for name in names) or _written_as_part_of(names, city.get("name"), texts))


def _written_as_part_of(names: tuple[Any, ...], town: Any, texts: list[str]) -> bool:
    """Whether one of `names` stands in `texts` told as a part of `town` or beside it: "X in the north of Y", "X on
    the southern outskirts of Y"."""
    written = [re.escape(str(name)) for name in names if name]
    return bool(written) and bool(town) and any(
        re.search(rf"(?<!\w)(?:{'|'.join(written)}){PART_OF_TOWN_GAP.pattern}{re.escape(str(town))}(?!\w)", text,
                  re.IGNORECASE) for text in texts)


def _evidence_items(side: dict[str, Any]) -> list[dict[str, Any]]:
    """A mention's evidence sentence, or a canonical event's mentions' evidence sentences."""
    evidence = side.get("evidence")
    return [evidence] if isinstance(evidence, dict) else list(evidence or [])


def _placed_by_speaker(mention: dict[str, Any]) -> bool:
    """Whether the mention is placed only at a town read from a speaker's name or title or a source line ("the
    Sloviansk City Council said", "Source: Sloviansk City Council"): a guess at the scene, not a scene told."""
    return bool(mention.get("location")) and bool((mention.get("context") or {}).get("place_from_speaker"))


def _speakers_town_beside_another(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether one side is placed only at a town read from a speaker's title or a source line and the other at
    another town (not the same name, not one point under two names): the council of one town speaks for its own
    town, so a neighbour struck the same day is another event, however near."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    if not (_placed_by_speaker(mention) or canonical.get("location_from_speaker")):
        return False
    if not (ours and theirs) or _level(ours) != "local" or _level(theirs) != "local" or "area" in {
            _place_kind(ours), _place_kind(theirs)}:
        return False
    return not _one_town(ours, theirs)


def _location_borrowed(mention: dict[str, Any]) -> bool:
    """Whether the mention is placed at a town its own sentences do not hold: its dateline, or a town linking took
    from another sentence."""
    location = mention.get("location") or {}
    place = location.get("place")
    if not location or _level(location) != "local" or not isinstance(place, dict):
        return False
    if _located_at_dateline(location, mention.get("context") or {}):
        return True
    spans = [mention.get("evidence") or {}, *(mention.get("also") or [])]
    start = place.get("start")
    return isinstance(start, int) and not any(
        (span.get("start") or 0) <= start < (span.get("end") or 0) for span in spans
    )


def _town_written_at_dateline(mention: dict[str, Any], canonical: dict[str, Any]) -> Match | None:
    """A side placed only at its dateline whose sentences write the other side's town, a name the gazetteer did not
    resolve there ("QUETTA: ... attacked the Zhob garrison" / Zhob)."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    context = mention.get("context") or {}
    # a dateline town that the text names too is the place
    only_dateline = bool(ours) and _located_at_dateline(ours, context) and not any(
        _same_name(p, ours) and not p.get("dateline") for p in context.get("places") or []
    )
    sides = ((only_dateline, mention, theirs),
             (bool(canonical.get("location_at_dateline")), canonical, ours))  # fmt: skip
    for at_dateline, side, town in sides:
        if at_dateline and town and _level(town) == "local" and _written(town.get("name"), sentence_texts(side)):
            return Match(0.3, [f"{town.get('name')} written in the report filed from "
                               f"{(side.get('location') or {}).get('name')}"], named=True)  # fmt: skip
    return None


def _unresolved_town_shared(mention: dict[str, Any], canonical: dict[str, Any]) -> Match | None:
    """Two reports neither placed at a town of their own sentences (each at a dateline, another sentence's town, a
    region or a country) whose sentences write the same town the gazetteer did not resolve ("a church in Kasindi",
    filed from Kinshasa / placed in North Kivu): that town is the place of both."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    if not ours or not theirs or not _both_fallbacks(mention, canonical):
        return None
    # a town borrowed from another sentence may lie across a border ("rockets hit Metula in response")
    if ours.get("country_code") != theirs.get("country_code") \
            and not (_location_borrowed(mention) or _event_location_borrowed(canonical)):
        return None
    known = {str(name or "").casefold() for side in (ours, theirs) for name in (side.get("name"), side.get("admin1"))}
    known |= {str(place.get(key) or "").casefold() for place in [*_report_places(mention),
              *(canonical.get("named_places") or [])] for key in ("name", "text")}  # fmt: skip
    ours_names, theirs_names = _unplaced_towns(mention), _unresolved_towns(sentence_texts(canonical))
    shared = sorted(key for key in ours_names.keys() & theirs_names.keys() if ours_names[key].casefold() not in known
                    and theirs_names[key].casefold() not in known)  # fmt: skip
    if len(shared) != 1:
        return None
    written = " / ".join(sorted({ours_names[shared[0]], theirs_names[shared[0]]}))
    return Match(0.3, [f"both reports write {written}, a town the gazetteer did not place"], named=True)


def _both_fallbacks(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether neither side is placed at a town of its own sentences: each at a dateline, another sentence's town, a
    region or a country."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    return bool(ours and theirs) and (_level(ours) != "local" or _location_borrowed(mention)) and (
        _level(theirs) != "local" or _event_location_borrowed(canonical))


def _event_location_borrowed(canonical: dict[str, Any]) -> bool:
    """Whether the event is placed at a town its reports' sentences do not hold (`_location_borrowed` of them)."""
    return bool(canonical.get("location_at_dateline") or canonical.get("location_borrowed"))


def _report_places(mention: dict[str, Any]) -> list[dict[str, Any]]:
    """The places found in the mention's sentences and elsewhere in its report."""
    context = mention.get("context") or {}
    return [*(context.get("places") or []), *(context.get("document_places") or [])]


def _other_villages_written(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> Match | None:
    """Two sides placed at one fallback point (`_both_fallbacks`: the dateline's town, a region)
    whose sentences each write a settlement the gazetteer did not place ("the village of Khotin" / "the village of
    Velyka Pysarivka"), and never the same one: the events of two villages, not one place."""
    if located.blocked or not _both_fallbacks(mention, canonical):
        return None
    known = {str(place.get(key) or "").casefold() for place in canonical.get("named_places") or []
             for key in ("name", "text")}  # fmt: skip
    ours_all = _unplaced_towns(mention)
    theirs_all = {key: name for key, name in _unresolved_towns(sentence_texts(canonical)).items()
                  if name.casefold() not in known}
    ours = _unplaced_towns(mention, settlements_only=True)
    theirs = {key: name for key, name in _unresolved_towns(sentence_texts(canonical), settlements_only=True).items()
              if key in theirs_all}
    if not ours or not theirs or ours_all.keys() & theirs_all.keys():
        return None
    names = f"{', '.join(sorted(ours.values()))} / {', '.join(sorted(theirs.values()))}"
    return Match(0.0, [f"{located.reasons[0]}; each report writes another village the gazetteer did not place "
                       f"({names})"], blocked=True)  # fmt: skip


def _unplaced_towns(mention: dict[str, Any], settlements_only: bool = False) -> dict[str, str]:
    """The towns the mention's sentences write (`_unresolved_towns`) that are none of the places found in its
    report."""
    known = {str(place.get(key) or "").casefold() for place in _report_places(mention)
             for key in ("name", "text")}  # fmt: skip
    return {key: name for key, name in _unresolved_towns(sentence_texts(mention), settlements_only).items()
            if name.casefold() not in known}


def _unresolved_towns(texts: list[str], settlements_only: bool = False) -> dict[str, str]:
    """Capitalised names written as where something happened ("in Kasindi", "near Gamboru", "the village of Velyka
    Pysarivka"; only those written as a settlement where `settlements_only`), by their `_romanisation_key`."""
    names = {}
    for text in texts:
        for match in TOWN_AFTER_PREPOSITION.finditer(text):
            name = match.group(2) if settlements_only else match.group(1) or match.group(2)
            if name and name.casefold() not in CALENDAR_WORDS:
                names.setdefault(_romanisation_key(name), name)
    return names


def _romanisation_key(name: str) -> str:
    """A town's name as its romanisations write it alike, where it is long enough to stay apart from others:
    "Mahmoudiyeh", "al-Mahmoudiyah" and "Mahmoudiyyeh" -> "mahmoudiah"; a short name stays as written ("Bani" is
    not "Beni")."""
    key = re.sub(r"(.)\1+", r"\1", _spelling_key(name).replace("e", "a"))
    return key if len(key) >= ROMANISATION_KEY_LENGTH else name.casefold()


def _region_named(mention: dict[str, Any], canonical: dict[str, Any]) -> Match | None:
    """A report placed at a region or country that is not the event's (a zone name the gazetteer resolved to a
    province of the same name in another country) whose sentences name the event's region: the same region."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    if not ours or not theirs or _level(ours) == "local" or _level(theirs) != "region":
        return None
    region = theirs.get("admin1")
    if region and ours.get("admin1") != region and _written(region, sentence_texts(mention)):
        return Match(0.2, [f"the report names the event's region {region} (placed at {ours.get('name')})"],
                     named=True)  # fmt: skip
    return None


def _spelling_key(name: str) -> str:
    """A name reduced to what its Russian and Ukrainian romanisations share: "Chaplino" and "Chaplyne" -> "chaplin",
    "Odessa" and "Odesa" -> "odes", "Gornyatsky" and "Hirnytskyi" -> "hirniatski" (the letter Russian romanises g,
    Ukrainian h)."""
    key = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z]", "", key).replace("kh", "h").replace("g", "h").replace("y", "i").replace("j", "i")
    return re.sub(r"[aeiou]+$", "", re.sub(r"(.)\1+", r"\1", key))


def _town_spelled_otherwise(mention: dict[str, Any], canonical: dict[str, Any], located: Match) -> Match | None:
    """A report placed only in a region (or country) whose sentence names the event's town in another romanisation
    the gazetteer does not know ("the Chaplino railway station in the Dnepropetrovsk region" / Chaplyne). A report
    placed at another town of the same country is read the same way when the gazetteer resolved none of its words
    spelled like the event's town: "a truck bomb in Beledweyn ..., some wounded flown to Mogadishu" is Beledweyne's
    bombing, placed at the one town the gazetteer knew."""
    town, ours = canonical.get("location") or {}, mention.get("location") or {}
    if not town or not ours or _level(town) != "local" or canonical.get("location_at_dateline"):
        return None
    other_town = _level(ours) == "local"
    # a report's own other event (two towns struck, each an event) is never taken for the spelling's
    if other_town and (not located.blocked or ours.get("country_code") != town.get("country_code")
                       or mention.get("document") in canonical.get("documents", [])):  # fmt: skip
        return None
    if located.blocked and not other_town:
        return None
    key = _spelling_key(str(town.get("name") or ""))
    if len(key) < 5:
        return None
    # word by word: the town's name in a resolved region ("the Zaporizhzhia region") names the region, not the town
    resolved = {_spelling_key(word) for place in (mention.get("context") or {}).get("places") or []
                for word in [str(place.get("text") or ""), *str(place.get("text") or "").split()]}  # fmt: skip
    sentences = [mention.get("evidence") or {}, *(mention.get("also") or [])]
    for word in re.findall(r"\b[A-Z][\w'’-]+", " ".join(str(item.get("text") or "") for item in sentences)):
        written_as_is = word.casefold() == str(town.get("name") or "").casefold()
        if _spelling_key(word) == key and not (other_town and (key in resolved or written_as_is)):
            return Match(0.3, [f"{town.get('name')} named in the report as {word!r}"], named=True)
    return None


def _district_match(mention: dict[str, Any], canonical: dict[str, Any]) -> Match | None:
    """Two towns near each other of which one report names the other as its district ("the Doaba area of Hangu
    district" / "the town of Hangu"), or places the event in the district around its own town, which holds the
    other's ("a grain store in the Kupiansk district" / "in Shevchenkove"): weak, and only for events of one
    sub-type, since a district's villages are often struck the same day as its town; never where that report tells
    an event of the district's town apart."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    if mention.get("sub_event_type") != canonical.get("sub_event_type") or not (ours and theirs):
        return None
    if {_level(ours), _level(theirs)} != {"local"}:
        return None
    distance = _distance_km(ours, theirs)
    if distance is None:
        return None
    our_districts = [p for p in (mention.get("context") or {}).get("places") or [] if p.get("district")]
    their_districts = list(canonical.get("districts") or [])
    named_districts = [(p, theirs) for p in our_districts] + [(p, ours) for p in their_districts]
    # a side placed around the town whose district it names (not at the town itself) tells the whole district, as
    # far as a raion reaches where the district is one ("a home in the Brovary district" / a village 40 km out)
    named_districts += [(p, ours) for p in our_districts if ours.get("geo_precision") == 2]
    named_districts += [(p, theirs) for p in their_districts if theirs.get("geo_precision") == 2]
    for district, town in named_districts:
        whole_district = town.get("geo_precision") == 2
        reach = (raion_reach_km(town.get("country_code"), mention.get("published")) if whole_district else None)
        if distance > (reach or DISTRICT_KM):
            continue
        if _same_name(district, town) and not district.get("told_apart"):
            return Match(0.2, [f"{ours.get('name')} and {theirs.get('name')} ({distance:.0f} km): one report places "
                               f"the event in {district.get('name')} district"], weak=True)  # fmt: skip
    return None


def _unidentified(actor: dict[str, Any]) -> bool:
    """"Unidentified gunmen" or an explosion of unknown cause: as the attacker, compatible with whoever another
    report blames."""
    return str(actor.get("name") or "").casefold().startswith("unidentified")


def _same_actor(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if str(a.get("name") or "").casefold() == str(b.get("name") or "").casefold():
        return True
    countries = (a.get("country"), b.get("country"))
    kinds = {a.get("kind"), b.get("kind")}
    return (len(kinds) == 1 or kinds <= DEMONSTRATORS) and (None in countries or countries[0] == countries[1])


# Armed groups the actor table names by country ("Rebels (Ukraine)"), which a report may take from their backer.
NON_STATE_GROUPS = {"rebels", "political_militia", "identity_militia"}
COUNTRY_QUALIFIER = re.compile(r" \([^()]+\)$")  # "Rebels (Ukraine)"


def _government(actor: dict[str, Any]) -> bool:
    return str(actor.get("name") or "").startswith("Government of")


def _mirrored(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether two reports give the same two sides the other way round (Russia striking Ukrainian civilians /
    Ukraine striking Russian civilians): one of them confused who did what to whom, not another event."""
    sides = [(pair.get("actor1") or {}).get("country") for pair in (ours, theirs)]
    targets = [(pair.get("actor2") or {}).get("country") for pair in (ours, theirs)]
    return None not in sides + targets and sides[0] != targets[0] and (sides[0], targets[0]) == (targets[1], sides[1])


def _actors_match(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    """Actors agree or conflict; the target of one country described as its soldiers by one side and its civilians
    by the other is no conflict, nor are two sides given the other way round."""
    if _mirrored(mention, canonical):
        # a confusion at one town; at another town's surroundings, each side's shelling of the other's town that day
        return Match(0.0, [f"the reports give the two sides the other way round ({mention['actor1'].get('name')} "
                           f"/ {canonical['actor1'].get('name')})"], attacker_differs=True)  # fmt: skip
    if _interception_of_attack(mention, canonical):
        return Match(0.0, ["one report gives who shot the weapons down, the other who fired them"])
    if _downing_side_in_fight(mention, canonical) or _downing_side_in_fight(canonical, mention):
        return Match(0.0, ["one report gives a side of the aircraft's downing, the other the two sides of the fight"])
    if _attackers_fought(mention, canonical) or _attackers_fought(canonical, mention):
        return Match(0.05, ["one report gives the attackers' assault, the other the forces fighting the attackers"])
    mention, canonical = _in_attack_order(mention, canonical), _in_attack_order(canonical, mention)
    types = {mention.get("sub_event_type"), canonical.get("sub_event_type")}
    if len(types) == 2 and types <= TERRITORY_TYPES and WITHDRAWAL in types:
        return Match(0.0, ["one report gives the side that withdrew, the other the side that took control"])
    match = Match(0.0)
    violent = {mention.get("event_type"), canonical.get("event_type")} <= POLITICAL_VIOLENCE_TYPES
    for role in ("actor1", "actor2"):
        ours, theirs = mention.get(role), canonical.get(role)
        if not ours or not theirs or (role == "actor1" and (_unidentified(ours) or _unidentified(theirs))):
            match.score += 0.025
        elif role == "actor1" and violent and (_government(ours) or _government(theirs)):
            # a government names no side of a fight or an attack: the report took the one who spoke for a side
            match.reasons.append(f"{role}: a government is no fighting side ({ours.get('name')} / "
                                 f"{theirs.get('name')})")  # fmt: skip
        elif _same_actor(ours, theirs):
            match.score += 0.05
            match.reasons.append(f"same {role}: {theirs.get('name')}")
        elif role == "actor1" and _victims_own_side_blamed(mention, canonical):
            match.reasons.append(f"{role}: one report blames the victims' own side ({ours.get('name')} / "
                                 f"{theirs.get('name')})")  # fmt: skip
            # a dispute over who fired on one town, but across the front each side shells the other's town: at
            # another town's surroundings the other attacker tells the other side's shelling that day
            match.attacker_differs = True
        elif role == "actor1" and _sides_blamed_for_one_landmark(mention, canonical):
            match.reasons.append(f"{role}: each side blamed for the blow to one landmark that day ({ours.get('name')} "
                                 f"/ {theirs.get('name')})")  # fmt: skip
        elif role == "actor2" and _same_country_target(ours, theirs):
            match.reasons.append(f"{role}: the same country's soldiers or civilians ({ours.get('name')} / "
                                 f"{theirs.get('name')})")  # fmt: skip
        elif role == "actor2" and _crowd_as_civilians(ours, theirs):
            match.reasons.append(f"{role}: the crowd fired on is the civilians attacked ({ours.get('name')} / "
                                 f"{theirs.get('name')})")  # fmt: skip
        elif _armed_group_and_its_patron(ours, theirs, mention, canonical):
            match.reasons.append(f"{role}: one armed group, named for its country or its backer "
                                 f"({ours.get('name')} / {theirs.get('name')})")  # fmt: skip
        elif role == "actor1" and _backer_and_its_proxies(ours, theirs, mention, canonical):
            match.reasons.append(f"{role}: rebels named for their backer and the backer's forces ({ours.get('name')} "
                                 f"/ {theirs.get('name')})")  # fmt: skip
        elif role == "actor2" and _foreigners_among_civilians(ours, theirs, mention, canonical):
            match.reasons.append(f"{role}: civilians of the country and foreigners among them ({ours.get('name')} "
                                 f"/ {theirs.get('name')})")  # fmt: skip
        else:
            match.score -= ACTOR_CONFLICT_PENALTY[role]
            match.reasons.append(f"{role} differs ({ours.get('name')} / {theirs.get('name')})")
            match.attacker_differs = match.attacker_differs or role == "actor1"
    return match


def _attackers_fought(attack: dict[str, Any], battle: dict[str, Any]) -> bool:
    """Whether `attack` is an armed group's assault on people and `battle` the state's forces fighting that group in a
    siege (`SIEGE_FOUGHT`): one siege told from its start by one report ("gunmen stormed a hotel") and from its end
    by another ("troops ended the siege, killing the attackers"), the attackers the battle's other side."""
    if attack.get("sub_event_type") != "Attack" or battle.get("event_type") != "Battles":
        return False
    attacker = attack.get("actor1") or {}
    sides = [side for side in (battle.get("actor1"), battle.get("actor2")) if side]
    forces = [side for side in sides if side.get("kind") == "state_forces"]
    enemies = [side for side in sides if side.get("kind") != "state_forces"]
    return (attacker.get("kind") in NON_STATE_GROUPS and bool(forces) and len(enemies) <= 1
            and all(_same_actor(attacker, enemy) or _unidentified(enemy) for enemy in enemies)
            and any(SIEGE_FOUGHT.search(str(item.get("text") or "")) for item in _evidence_items(battle)))


def _in_attack_order(side: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """`side` with its actors swapped when it is a crowd fired on ("excessive force against protesters":
    protesters, then the force) and `other` violence (the shooter, then the victims), so that roles compare."""
    crowd_first = side.get("sub_event_type") in CROWD_FIRST_SUBTYPES
    if not crowd_first or other.get("event_type") not in POLITICAL_VIOLENCE_TYPES:
        return side
    return {**side, "actor1": side.get("actor2"), "actor2": side.get("actor1")}


def _interception_of_attack(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether one side is a barrage shot down ("disrupted weapons use", its actor1 the defender) and the other the
    attack itself (its actor1 the attacker) by someone other than the defender."""
    sides = [(side.get("sub_event_type"), (side.get("actor1") or {}).get("country")) for side in (mention, canonical)]
    interceptions = [country for sub_type, country in sides if sub_type == INTERCEPTION]
    attackers = [country for sub_type, country in sides if sub_type in KINDRED_SUBTYPES[INTERCEPTION] - {ARMED_CLASH}]
    return len(interceptions) == 1 and len(attackers) == 1 and interceptions[0] != attackers[0]


def _downing_side_in_fight(downing: dict[str, Any], fight: dict[str, Any]) -> bool:
    """Whether `downing` is an aircraft brought down ("disrupted weapons use", whose one actor may be the side that
    fired or the side that lost it) and `fight` an armed clash with that actor as either of its two sides."""
    if downing.get("sub_event_type") != INTERCEPTION or fight.get("sub_event_type") != ARMED_CLASH:
        return False
    side = downing.get("actor1")
    return bool(side) and any(fight.get(role) and _same_actor(side, fight[role]) for role in ("actor1", "actor2"))


def _same_country_target(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One report's "Ukrainian military facilities" and another's "civilians" of the same country."""
    same_country = bool(a.get("country")) and a.get("country") == b.get("country")
    return same_country and "civilians" in {a.get("kind"), b.get("kind")}


def _victims_own_side_blamed(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether both reports tell of civilians of one country attacked, one blaming that country's own forces and
    the other a foreign side: each side of a war says the other shelled the town ("the Ukrainian army fired from
    residential areas, provoking return fire"), a dispute over one attack, not two attacks."""
    targets = [side.get("actor2") or {} for side in (mention, canonical)]
    if any(t.get("kind") != "civilians" for t in targets) or not targets[0].get("country") \
            or targets[0].get("country") != targets[1].get("country"):
        return False
    attackers = {(side.get("actor1") or {}).get("country") for side in (mention, canonical)}
    return None not in attackers and len(attackers) == 2 and targets[0]["country"] in attackers


def _sides_blamed_for_one_landmark(mention: dict[str, Any], canonical: dict[str, Any]) -> bool:
    """Whether the two blame two countries' forces for a blow to one landmark (a dam, a power plant) on one day:
    each side of a war says the other struck it, one blow told two ways, where a town may be struck by both sides
    the same day."""
    ours, theirs = mention.get("location") or {}, canonical.get("location") or {}
    if _place_kind(ours) != "facility" or _place_kind(theirs) != "facility" or not _same_day(mention, canonical):
        return False
    distance = _distance_km(ours, theirs)
    if not (_same_name(ours, theirs) or (distance is not None and distance <= SAME_PLACE_OTHER_NAME_KM)):
        return False
    attackers = [side.get("actor1") or {} for side in (mention, canonical)]
    countries = {attacker.get("country") for attacker in attackers}
    return all(attacker.get("kind") == "state_forces" for attacker in attackers) and None not in countries \
        and len(countries) == 2


def _crowd_as_civilians(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Protesters or rioters fired on in one report and the civilians attacked in another, of the crowd's country
    or of none the report named ("soldiers fired live rounds at residents")."""
    kinds = {a.get("kind"), b.get("kind")}
    countries = {a.get("country"), b.get("country")} - {None}
    return "civilians" in kinds and bool(kinds & {"protesters", "rioters"}) and len(countries) <= 1


def _armed_group_and_its_patron(a: dict[str, Any], b: dict[str, Any], mention: dict[str, Any],
                                canonical: dict[str, Any]) -> bool:
    """Rebels of the country the fighting was in and rebels of another country: one report names the group for
    where it fights, another for its backer ("pro-Russian separatists" in eastern Ukraine)."""
    if a.get("kind") != b.get("kind") or a.get("kind") not in NON_STATE_GROUPS:
        return False
    # only the table's unnamed groups: two named groups ("Hezbollah", "Hamas") are two groups wherever they fight
    labels = {COUNTRY_QUALIFIER.sub("", str(actor.get("name") or "")) for actor in (a, b)}
    unnamed = all(COUNTRY_QUALIFIER.search(str(actor.get("name") or "")) for actor in (a, b))
    return unnamed and len(labels) == 1 and _one_of_the_country(a, b, mention, canonical)


def _backer_and_its_proxies(a: dict[str, Any], b: dict[str, Any], mention: dict[str, Any],
                            canonical: dict[str, Any]) -> bool:
    """A state's forces and unnamed rebels named for that state, in an event both place in another country: one
    report calls the separatists the backer's troops ("Russia's hybrid forces", "the occupiers"), the other rebels
    it backs ("Russian-backed separatists"). At home the two are the opposite sides of a war."""
    rebels = next((actor for actor in (a, b) if actor.get("kind") in NON_STATE_GROUPS), None)
    forces = next((actor for actor in (a, b) if actor.get("kind") == "state_forces"), None)
    if rebels is None or forces is None or not COUNTRY_QUALIFIER.search(str(rebels.get("name") or "")):
        return False
    here = {iso3_of((side.get("location") or {}).get("country_code")) for side in (mention, canonical)} - {None}
    return rebels.get("country") == forces.get("country") and len(here) == 1 and forces.get("country") not in here


def _one_of_the_country(a: dict[str, Any], b: dict[str, Any], mention: dict[str, Any],
                        canonical: dict[str, Any]) -> bool:
    """Whether both sides place the event in one country and one of the two actors is of that country."""
    here = {iso3_of((side.get("location") or {}).get("country_code")) for side in (mention, canonical)} - {None}
    return len(here) == 1 and bool(here & {a.get("country"), b.get("country")})


def _foreigners_among_civilians(a: dict[str, Any], b: dict[str, Any], mention: dict[str, Any],
                                canonical: dict[str, Any]) -> bool:
    """One report's civilians of the country the attack was in and another's civilians of another country: the
    dead of an attack on a hotel or a market often include foreigners, and a report may name only them."""
    if a.get("kind") != "civilians" or b.get("kind") != "civilians":
        return False
    return _one_of_the_country(a, b, mention, canonical)


def _reporting_order(mention: dict[str, Any]) -> tuple[str, str, int]:
    """Publication day, then document id and position: the same whatever order the documents came in."""
    return (mention.get("published") or "", str(mention.get("document") or ""), int(mention.get("position") or 0))


def _most_common(values: list[Any]) -> Any:
    """The most frequent value; ties go to the one reported first (values are in reporting order)."""
    if not values:
        return None
    counts = Counter(values)
    return max(values, key=lambda value: (counts[value], -values.index(value)))


def _figure(fatalities: dict[str, Any] | None) -> int | None:
    """One number for a reported toll: the stated minimum ("at least 19" -> 19), else the maximum."""
    if not fatalities:
        return None
    for key in ("min", "max"):
        if isinstance(fatalities.get(key), int):
            return fatalities[key]
    return None


def _conflict_value(value: Any, mention: dict[str, Any]) -> dict[str, Any]:
    return {
        "value": value,
        "document": mention.get("document"),
        "outlet": mention.get("outlet"),
        "published": mention.get("published"),
    }


def _conflict(name: str, pairs: list[tuple[Any, dict[str, Any]]]) -> dict[str, Any] | None:
    """A disagreement when the mentions report more than one distinct value for a field."""
    if len({value for value, _ in pairs}) < 2:
        return None
    return {"field": name, "values": [_conflict_value(value, mention) for value, mention in pairs]}


def _event_date(mention: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """The mention's most likely event date and whether it is the event's own (not a report's) date."""
    options = event_dates(mention)
    if not options:
        return None, False
    first = options[0][0]
    if first.get("precision") == "day" or len(options) == 1:
        return first, len(options) == 1 or first is not mention.get("date")
    return mention.get("date"), False


def _date_from_reports(mentions: list[dict[str, Any]]) -> bool:
    """Whether the event's day is known only as the day of toll updates or statements about it."""
    dated = [pair for pair in map(_event_date, mentions) if _interval(pair[0])]
    return bool(dated) and not any(own for _, own in dated)


def _pick_date(mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    dated = [(value, own and not _said_only(m))
             for m in mentions for value, own in [_event_date(m)] if _interval(value)]  # fmt: skip
    dated = [pair for pair in dated if pair[1]] or dated  # a report's or a statement's date only when nothing better
    if not dated:
        return None
    finest = min(PRECISION_RANK.get(value.get("precision"), 3) for value, _ in dated)
    finest_dates = [value for value, _ in dated if PRECISION_RANK.get(value.get("precision"), 3) == finest]
    start = _most_common([value["start"] for value in finest_dates])
    return next(value for value in finest_dates if value["start"] == start)


def _pick_location(mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The finest place reported, a place in the text before one taken from a dateline; a town a report took from
    another of its sentences only where it lies in a region a report's own sentence tells ("energy facilities in
    the Lviv region were hit" is not told of Kyiv because another report's reference back was placed there)."""
    located = [m["location"] for m in mentions if m.get("location")
               and not _located_at_dateline(m["location"], m.get("context") or {})] or [
        m["location"] for m in mentions if m.get("location")
    ]  # fmt: skip
    told_regions = {_region_of(m["location"]) for m in mentions if m.get("location")
                    and _level(m["location"]) == "region" and not _location_borrowed(m)}
    if told_regions:
        borrowed = [id(m["location"]) for m in mentions if m.get("location") and _location_borrowed(m)]
        located = [loc for loc in located if id(loc) not in borrowed or _region_of(loc) in told_regions] or located
    if not located:
        return None
    finest = min(location.get("geo_precision") or 3 for location in located)
    finest_locations = [loc for loc in located if (loc.get("geo_precision") or 3) == finest]
    if finest >= 3:  # a named region beats the whole country
        finest_locations = [loc for loc in finest_locations if loc.get("admin1")] or finest_locations
    # a city that is a region of its own gives way to a place the gazetteer puts inside it, its finer telling
    finest_locations = [loc for loc in finest_locations if not any(
        _city_and_place_inside(loc, other) == (loc, other) for other in finest_locations)] or finest_locations
    name = _most_common([str(loc.get("name")) for loc in finest_locations])
    return next(loc for loc in finest_locations if str(loc.get("name")) == name)


def _region_of(location: dict[str, Any]) -> tuple[Any, Any]:
    return location.get("country_code"), location.get("admin1")


def _pick_actor(mentions: list[dict[str, Any]], role: str) -> dict[str, Any] | None:
    """The side most reports name, each report voting once, for the side it names most often (its first on a
    tie): a report that retells the event, or links asides to it, does not outvote the other reports."""
    by_document: dict[Any, list[dict[str, Any]]] = {}
    for mention in sorted((m for m in mentions if m.get(role)), key=_reporting_order):
        by_document.setdefault(mention.get("document"), []).append(mention[role])
    if not by_document:
        return None
    votes = [_most_common([str(actor.get("name")) for actor in named]) for named in by_document.values()]
    name = _most_common(votes)
    return next(actor for named in by_document.values() for actor in named if str(actor.get("name")) == name)


def _credible(mention: dict[str, Any]) -> bool:
    """A toll stated as fact or attributed to a source; a party's claim only when what it claims is
    responsibility for the attack, not the toll ("IS claimed the bombings that killed 32"), or when the dead it
    counts are its own (`_admits_own_dead`)."""
    modality = mention.get("modality") or "asserted"
    if modality in CREDIBLE_MODALITIES:
        return True
    if modality != "claimed":
        return False
    evidence = str((mention.get("evidence") or {}).get("text"))
    return bool(RESPONSIBILITY_CLAIM.search(evidence)) or _admits_own_dead(mention)


def _admits_own_dead(mention: dict[str, Any]) -> bool:
    """Whether the claimed toll counts the speaking side's own dead ("Sixteen soldiers were killed, the military's
    media wing said"): an admission, credible, unlike a side's count of the enemy's dead ("the army said it killed
    30 militants", "the rebels said they killed 20 soldiers")."""
    evidence = str((mention.get("evidence") or {}).get("text") or "")
    victims = _toll_victims(evidence, str((mention.get("fatalities") or {}).get("text") or ""))
    if victims is None:
        return False
    dead, victim_sides = victims
    speakers = _source_names(mention)
    return any(
        OWN_DEAD[force].fullmatch(dead) and OWN_SPOKESMEN[force].search(speaker)
        and speaker.casefold() in evidence.casefold() and _of_the_speakers_side(victim_sides, speaker)
        for force in OWN_DEAD for speaker in speakers
    )  # fmt: skip


def _toll_victims(evidence: str, figure_text: str) -> tuple[str, set[str]] | None:
    """Whom the toll's figure counts in its sentence and the sides it names them by ("12 Pakistani soldiers":
    ("soldiers", {"paki"}))."""
    at = evidence.find(figure_text) if figure_text else -1
    if at < 0:
        return None
    # a figure that names its dead itself ("A third Ukrainian soldier" has died) counts the words closing it
    named_within = (VICTIMS.fullmatch(figure_text, space.start()) for space in re.finditer(r"\s", figure_text))
    match = next((m for m in named_within if m), None) or VICTIMS.match(evidence, at + len(figure_text))
    return (match["dead"], _sides_of(match["sides"])) if match else None


def _of_the_speakers_side(victim_sides: set[str], speaker: str) -> bool:
    """Dead named by no side are the speaker's; dead named by a side are only where the speaker names no other
    ("Ruritania's defence ministry" on "20 Borduria soldiers")."""
    return not victim_sides or _sides_of(speaker) <= victim_sides


def _sides_of(phrase: str) -> set[str]:
    """The sides a phrase names by its capitalised words, keyed loosely so that 'Pakistan' and 'Pakistani' agree."""
    return {word[:4].casefold() for word in re.findall(r"\b[A-Z][\w'’-]*", phrase)}


def _source_names(mention: dict[str, Any]) -> list[str]:
    """The names of the mention's sources, without the roles given after them ("Vladimir Saldo (Governor)")."""
    return [str(source).split(" (")[0] for source in mention.get("sources") or []]


def _is_revision(mention: dict[str, Any]) -> bool:
    """Whether the mention's sentence revises a toll ("rose to 30", "has reached 40", "revised down to 12") or
    recounts it on a stated basis ("35, not counting the bombers")."""
    evidence = str((mention.get("evidence") or {}).get("text") or "")
    return any(cue.search(evidence) for cue in (TOLL_UPDATE_CUE, TOLL_REVISED_DOWN, TOLL_COUNT_BASIS))


def _partial(mentions: list[dict[str, Any]], tallies: set[int]) -> set[int]:
    """Indexes of the mentions that report one town's part of an event that another report with a toll
    places at region or country level while naming several towns, that one among them (a barrage across
    the country, "killing 19, eight of them in Kyiv"): their tolls are sub-tolls. A region's tally of the day
    (`tallies`, `_regional_tallies`) is no such whole."""
    wide_towns: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if index in tallies:
            continue
        location = mention.get("location")
        towns = {str(town.get("name")).casefold() for town in named_places(mention)}
        figure = _figure(mention.get("fatalities"))
        if location and _level(location) != "local" and len(towns) > 1 and figure:
            for town in towns:
                wide_towns[town] = max(wide_towns.get(town, 0), figure)
    # a town's figure above the wide report's cannot be a share of it
    return {
        index for index, mention in enumerate(mentions)
        if mention.get("location") and _level(mention["location"]) == "local"
        and str(mention["location"].get("name")).casefold() in wide_towns
        and (_figure(mention.get("fatalities")) or 0) <= wide_towns[str(mention["location"].get("name")).casefold()]
    }  # fmt: skip


def _regional_tallies(mentions: list[dict[str, Any]]) -> set[int]:
    """Indexes of the region-placed mentions whose toll counts several communities ("attacks across the oblast
    killed three in two communities", "killed five: three in X, two in Y") or the past day's attacks ("Over the past
    day, troops shelled the region 60 times ... three were killed") when town-placed mentions give a toll: the
    region's tally of the day, not the town's event's. So is the toll of a mention whose own sentence names no town
    told over several days ("Fighting in the east killed three people over the weekend"), whatever town linking
    gave it from another sentence: that period's dead, of more events than the town's (not a toll that rose as the
    wounded died over the weekend)."""
    located = [m for m in mentions if m.get("location")]
    if not any(_level(m["location"]) == "local" and _figure(m.get("fatalities")) for m in located):
        return set()
    texts = [str((mention.get("evidence") or {}).get("text") or "") for mention in mentions]
    return {
        index for index, mention in enumerate(mentions)
        if mention.get("location") and (
            _level(mention["location"]) == "region" and _tallies_the_day(texts[index])
            or _location_borrowed(mention) and SEVERAL_DAYS.search(texts[index]) is not None
            and not _is_revision(mention))
    }  # fmt: skip


def _tallies_the_day(text: str) -> bool:
    return SEVERAL_PLACES.search(text) is not None or len(TOWN_SHARE.findall(text)) >= 2 or says_past_day(text)


def _best_toll(mentions: list[dict[str, Any]]) -> int | None:
    """The latest credible report's toll. Each report counts with its highest figure for the event (a report's
    lower figures are earlier counts or one town's share); reports of one day give way to the highest of them;
    a later report that merely repeats a lower figure does not undo an explicit revision ("rose to 59");
    one town's toll stands for a wider event only when no report gives the whole, and a region's tally over
    several communities for a town's event only when no report gives the town's. A party's figure one report
    calls a claim is credible where another report cites the same source as saying it."""
    reported = [(i, m) for i, m in enumerate(mentions) if _figure(m.get("fatalities")) is not None]
    tallies = _regional_tallies(mentions)
    partial = _partial(mentions, tallies) | tallies
    vouched = {name.casefold() for _, m in reported if _credible(m) for name in _source_names(m)}
    # a party's official whom another report quotes as plainly saying so: one outlet's "claimed" is its wording
    pool = [(i, m) for i, m in reported
            if _credible(m) or any(name.casefold() in vouched for name in _source_names(m))] or reported
    pool = [(i, m) for i, m in pool if i not in partial] or pool
    by_document: dict[str, tuple[str, int, bool]] = {}
    for _, mention in pool:
        document = str(mention.get("document"))
        figure, revision = int(_figure(mention["fatalities"]) or 0), _is_revision(mention)
        published, known, revised = by_document.get(document, (str(mention.get("published") or ""), -1, False))
        if figure > known:
            by_document[document] = (published, figure, revision)
        elif figure == known and revision:
            by_document[document] = (published, known, True)
    best: tuple[str, int, bool] | None = None
    for report in sorted(by_document.values()):  # by day, then figure: a day's highest comes last
        published, figure, revision = report
        if best is not None and published != best[0] and figure < best[1] and best[2] and not revision:
            continue
        best = report
    return best[1] if best else None


def _fatalities(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    reported = [m for m in mentions if _figure(m.get("fatalities")) is not None]
    mins = [m["fatalities"]["min"] for m in reported if isinstance(m["fatalities"].get("min"), int)]
    maxes = [m["fatalities"]["max"] for m in reported if isinstance(m["fatalities"].get("max"), int)]
    return {
        "min": min(mins) if mins else None,
        "max": max(maxes + mins) if maxes or mins else None,
        "best": _best_toll(mentions),
    }


def _distinct(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def _confidence(mentions: list[dict[str, Any]], chains: dict[str, str]) -> float:
    """Independent reports corroborate each other: 1 - prod(1 - c), a republished story counting once."""
    best_per_chain: dict[str, float] = {}
    for mention in mentions:
        chain = chains.get(str(mention.get("document")), str(mention.get("document")))
        confidence = max(0.0, min(1.0, float(mention.get("confidence") or 0.0)))
        best_per_chain[chain] = max(best_per_chain.get(chain, 0.0), confidence)
    doubt = 1.0
    for confidence in best_per_chain.values():
        doubt *= 1.0 - confidence
    return round(1.0 - doubt, 3)


def _corroboration(mentions: list[dict[str, Any]], chains: dict[str, str]) -> dict[str, Any]:
    """Outlets, the number of independent sources (republished copies and one outlet's several articles
    count once) and the republished stories."""
    documents = _distinct([str(m.get("document")) for m in mentions if m.get("document")])
    outlet_of = {str(m.get("document")): m.get("outlet") for m in mentions}
    groups = _UnionFind(documents)
    for document in documents:
        groups.join(document, chains.get(document, document))
    first_of_outlet: dict[str, str] = {}
    for document in documents:
        # one outlet under two names ("AP News" on its pages, "Associated Press" in a feed) is one source
        name = str(outlet_of.get(document) or "")
        outlet = (outlet_name(name) or "").casefold()
        if outlet:
            groups.join(document, first_of_outlet.setdefault(outlet, document))
    chain_members: dict[str, list[str]] = {}
    for document in documents:
        chain_members.setdefault(chains.get(document, document), []).append(document)
    republished = [
        {"documents": members, "outlets": _distinct([str(outlet_of.get(d) or "") for d in members])}
        for members in chain_members.values() if len(members) > 1
    ]  # fmt: skip
    return {
        "outlets": _distinct([str(m.get("outlet") or "") for m in mentions]),
        "independent_sources": len({groups.find(document) for document in documents}),
        "republished": republished,
    }


class _UnionFind:
    def __init__(self, items: list[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _shingle_hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")


def text_signature(text: str) -> list[int]:
    """A bottom-k MinHash sketch of the text's five-word shingles: the SIGNATURE_SIZE smallest shingle
    hashes, sorted. Two sketches estimate the Jaccard similarity of the texts (`signature_similarity`)."""
    return sorted(heapq.nsmallest(SIGNATURE_SIZE, {_shingle_hash(s) for s in _shingles(text)}))


def signature_similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two texts from their sketches: the share of the union's smallest
    hashes that both texts have."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union_smallest = heapq.nsmallest(SIGNATURE_SIZE, set_a | set_b)
    return sum(1 for value in union_smallest if value in set_a and value in set_b) / len(union_smallest)


def source_chains(signatures: dict[str, list[int]], order: list[str]) -> dict[str, str]:
    """Near-duplicate documents (estimated Jaccard >= NEAR_DUPLICATE_JACCARD) grouped into source chains:
    each document id maps to the first document of its chain in `order` (reporting order)."""
    rank = {document: index for index, document in enumerate(order)}
    documents = sorted(signatures, key=lambda document: (rank.get(document, len(rank)), document))
    first = {document: document for document in documents}
    for index, document in enumerate(documents):
        for earlier in documents[:index]:
            if first[earlier] == earlier and signature_similarity(signatures[document], signatures[earlier]) >= (
                NEAR_DUPLICATE_JACCARD
            ):
                first[document] = earlier
                break
    return first


def _modality(mentions: list[dict[str, Any]]) -> str:
    present = {m.get("modality") or "asserted" for m in mentions}
    return next(
        (modality for modality in ("asserted", "reported", "claimed") if modality in present),
        sorted(present)[0],
    )


def _leads(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The lead words of each document whose lead tells the event (`sentence_context`), once a document."""
    leads: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        words = (mention.get("context") or {}).get("lead")
        if words and mention.get("document"):
            leads.setdefault(str(mention["document"]), {
                "document": mention["document"], "published": mention.get("published"), "words": words})
    return list(leads.values())


def build_canonical(
    event_id: str, mentions: list[dict[str, Any]], chains: dict[str, str] | None = None
) -> dict[str, Any]:
    """The canonical event made of `mentions`: the most precise date and place, the most reported
    type and actors, fatality range and latest credible toll, sources and their independence (`chains`
    maps a document id to the first document of its near-duplicate chain), and the disagreements."""
    chains = chains or {}
    mentions = sorted(mentions, key=_reporting_order)
    event_type = _most_common([m.get("event_type") for m in mentions])
    same_type = [m for m in mentions if m.get("event_type") == event_type]
    published = sorted(m["published"] for m in mentions if m.get("published"))
    day_dates = [(value, m) for m, (value, own) in zip(mentions, map(_event_date, mentions), strict=True)
                 if own and value and value.get("precision") == "day"]  # fmt: skip
    conflicts = [
        _conflict(
            "fatalities",
            [(_figure(m.get("fatalities")), m) for m in mentions if _figure(m.get("fatalities")) is not None],
        ),
        _conflict("date", [(value["start"], m) for value, m in day_dates]),
        _conflict(
            "location",
            [
                (m["location"].get("name"), m)
                for m in mentions
                if m.get("location") and m["location"].get("geo_precision") == 1
            ],
        ),
        _conflict("sub_event_type", [(m.get("sub_event_type"), m) for m in mentions]),
        _conflict("actor1", [(m["actor1"].get("name"), m) for m in mentions if m.get("actor1")]),
    ]
    sources: list[str] = []
    for mention in mentions:
        sources += [mention.get("outlet") or "", *(mention.get("sources") or [])]
    towns: dict[str, dict[str, Any]] = {}
    districts: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        for town in named_places(mention):
            towns.setdefault(str(town.get("name")).casefold(), town)
        for town in (mention.get("context") or {}).get("places") or []:
            if town.get("district"):
                districts.setdefault(str(town.get("name")).casefold(), town)
    return {
        "id": event_id,
        "event_type": event_type,
        "sub_event_type": _most_common([m.get("sub_event_type") for m in same_type]),
        "sub_event_types": sorted({m.get("sub_event_type") for m in mentions if m.get("sub_event_type")}),
        "date": _pick_date(mentions),
        "date_from_reports": _date_from_reports(mentions),
        "date_said": bool(mentions) and all(_said_only(m) for m in mentions if _interval(m.get("date"))),
        "location": _pick_location(mentions),
        "location_at_dateline": bool(mentions) and all(
            _located_at_dateline(m["location"], m.get("context") or {}) for m in mentions if m.get("location")
        ) and any(m.get("location") for m in mentions),
        "location_borrowed": any(m.get("location") for m in mentions) and all(
            _location_borrowed(m) for m in mentions if m.get("location")
        ),
        "location_from_speaker": any(m.get("location") for m in mentions) and all(
            _placed_by_speaker(m) for m in mentions if m.get("location")
        ),
        "actor1": _pick_actor(mentions, "actor1"),
        "actor2": _pick_actor(mentions, "actor2"),
        "fatalities": _fatalities(mentions),
        "documents": _distinct([str(m.get("document")) for m in mentions if m.get("document")]),
        "sources": _distinct(sources),
        **_corroboration(mentions, chains),
        "mentions": len(mentions),
        "first_reported": published[0] if published else None,
        "last_reported": published[-1] if published else None,
        "conflicts": [conflict for conflict in conflicts if conflict],
        "modality": _modality(mentions),
        "confidence": _confidence(mentions, chains),
        "named_places": list(towns.values()),
        "report_days_told": max([(m.get("context") or {}).get("report_days_told") or 0 for m in mentions], default=0),
        "districts": list(districts.values()),
        "fire_origins": sorted({town for m in mentions for town in (m.get("context") or {}).get("fire_origins") or []}),
        "leads": _leads(mentions),
        "evidence": [
            {
                "document": m.get("document"),
                "outlet": m.get("outlet"),
                "published": m.get("published"),
                "mention": m.get("id"),
                "sources": m.get("sources") or [],
                "fatalities": m.get("fatalities"),
                **(m.get("evidence") or {}),
            }
            for m in mentions
        ],
    }
