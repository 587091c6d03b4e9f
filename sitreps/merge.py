"""Cross-document merging of event mentions into canonical events.

In: event mentions as dicts (the contract's extract `events` shape) carrying their document's
`document` id, `outlet`, `published` and their `position` in it, and canonical events as dicts (the
contract's `events` shape). Out: a decision per mention - join an existing canonical event or start a
new one - with a score and the reasons, and canonical-event dicts recomputed from their mentions.

Matching is conservative: the same event type, compatible dates (the same day; adjacent days only when
a date text suggests overnight; overlapping weeks or months) and compatible places (the same city,
an area near it, the same region; a country-level place only when nothing better exists). Coarse dates
or places ("last week", "in Ukraine") join a canonical event only when exactly one candidate fits.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

MERGE_THRESHOLD = 0.65
NON_MERGING_MODALITIES = {"historical", "future", "hypothetical", "denied"}
CREDIBLE_MODALITIES = {"asserted", "reported"}
# Strategic developments are too varied for their sub-types to describe one happening.
SUBTYPES_MUST_MATCH = {"Strategic developments"}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
SAME_CITY_KM = 25.0
SAME_PLACE_OTHER_NAME_KM = 2.0
NEAR_AREA_KM = 25.0
UNDATED_LOOKBACK_DAYS = 2
ACTOR_CONFLICT_PENALTY = {"actor1": 0.3, "actor2": 0.15}
# The canonical-event fields that matching reads.
MATCH_FIELDS = ("id", "event_type", "sub_event_type", "date", "location", "actor1", "actor2", "documents",
                "first_reported")  # fmt: skip
OVERNIGHT_CUE = re.compile(r"\b(overnight|night|nighttime|midnight|dawn|early|late)\b", re.IGNORECASE)


@dataclass
class Match:
    """How well a mention fits a canonical event. `weak` matches rest on coarse dates or places."""

    score: float
    reasons: list[str] = field(default_factory=list)
    weak: bool = False
    blocked: bool = False


def mergeable(mention: dict[str, Any]) -> bool:
    """Past references, threats, hypotheticals and denials are kept as mentions, never merged."""
    return mention.get("modality") not in NON_MERGING_MODALITIES


def canonical_id(mention_uid: str, salt: int = 0) -> str:
    """A deterministic canonical-event id derived from its first mention's uid (`salt` > 0 when the
    plain one is taken)."""
    key = mention_uid if salt == 0 else f"{mention_uid}#{salt}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def match_score(mention: dict[str, Any], canonical: dict[str, Any]) -> tuple[float, list[str]]:
    """Score in [0, 1] of `mention` describing `canonical`, and why (0 when they cannot be the same)."""
    match = assess(mention, canonical)
    return match.score, match.reasons


def assess(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    """Compare a mention with a canonical event field by field; any hard incompatibility blocks."""
    if mention.get("document") and mention["document"] in canonical.get("documents", []):
        return Match(
            0.0, [f"document {mention['document']} already reports another event here"], blocked=True
        )
    parts = [
        _type_match(mention, canonical),
        _date_match(mention, canonical),
        _place_match(mention.get("location"), canonical.get("location")),
        _actors_match(mention, canonical),
    ]
    reasons = [reason for part in parts for reason in part.reasons]
    if any(part.blocked for part in parts):
        return Match(0.0, reasons, blocked=True)
    score = max(0.0, min(1.0, sum(part.score for part in parts)))
    return Match(round(score, 3), reasons, weak=any(part.weak for part in parts))


def merge_mention(
    mention: dict[str, Any], candidates: list[dict[str, Any]]
) -> tuple[str | None, float, list[str]]:
    """Pick the canonical event `mention` joins among `candidates`: (event id or None to start a new
    one, score, reasons). Strong matches win by score; weak ones only when unambiguous."""
    if not mergeable(mention):
        return None, 0.0, [f"modality {mention.get('modality')}: kept as a mention, not merged"]
    scored = []
    for candidate in candidates:
        match = assess(mention, candidate)
        if not match.blocked and match.score >= MERGE_THRESHOLD:
            scored.append((match, candidate["id"]))
    strong = sorted((pair for pair in scored if not pair[0].weak), key=lambda pair: (-pair[0].score, pair[1]))
    if strong:
        match, event_id = strong[0]
        return event_id, match.score, match.reasons
    weak = sorted(scored, key=lambda pair: pair[1])
    if len(weak) == 1:
        match, event_id = weak[0]
        return event_id, match.score, [*match.reasons, "only candidate"]
    if weak:
        ids = ", ".join(event_id for _, event_id in weak)
        return None, 0.0, [f"new event: ambiguous, a coarse date or place fits {len(weak)} events ({ids})"]
    return None, 0.0, ["new event: no compatible event"]


def _type_match(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    if mention.get("event_type") != canonical.get("event_type"):
        return Match(
            0.0,
            [f"different event types ({mention.get('event_type')} / {canonical.get('event_type')})"],
            blocked=True,
        )
    if mention.get("sub_event_type") == canonical.get("sub_event_type"):
        return Match(0.25, [f"same type: {mention.get('sub_event_type')}"])
    subtypes = f"{mention.get('sub_event_type')} / {canonical.get('sub_event_type')}"
    if mention.get("event_type") in SUBTYPES_MUST_MATCH:
        return Match(0.0, [f"different sub-event types ({subtypes})"], blocked=True)
    return Match(0.15, [f"compatible sub-event types ({subtypes})"])


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


def _date_match(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    mention_interval = _interval(mention.get("date"))
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
        texts = [str((mention.get("date") or {}).get("text") or ""), str(canonical["date"].get("text") or "")]
        if gap == 1 and any(OVERNIGHT_CUE.search(text) for text in texts):
            return Match(0.25, [f"adjacent days {min(m_start, c_start)}/{max(m_start, c_start)}, overnight"])
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


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    radians = math.radians
    d_lat, d_lon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = (
        math.sin(d_lat / 2) ** 2
        + math.cos(radians(lat1)) * math.cos(radians(lat2)) * math.sin(d_lon / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _level(location: dict[str, Any]) -> str:
    """'country', 'region' or 'local' (a town, or an area near one)."""
    precision = location.get("geo_precision") or 3
    if precision >= 3:
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
    if levels == {"country"}:
        return Match(0.2, [f"same country {a_country or b_country} (country-level)"])
    if "country" in levels:
        return Match(0.1, [f"country-level place within {a_country or b_country} ({names})"], weak=True)
    if "region" in levels:
        if a.get("admin1") and b.get("admin1"):
            if a["admin1"] != b["admin1"]:
                return Match(0.0, [f"different regions ({a['admin1']} / {b['admin1']})"], blocked=True)
            return Match(0.2, [f"same region {a['admin1']} ({names})"])
        return Match(0.1, [f"region-level place, region unknown ({names})"], weak=True)
    distance = None
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        distance = haversine_km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"]))
    if distance is None:
        if _same_name(a, b):
            return Match(0.3, [f"same place {a.get('name')}"])
        return Match(0.0, [f"different places ({names})"], blocked=True)
    if a.get("geo_precision") == 1 and b.get("geo_precision") == 1:
        if (_same_name(a, b) and distance <= SAME_CITY_KM) or distance <= SAME_PLACE_OTHER_NAME_KM:
            return Match(0.3, [f"same city {a.get('name')} ({distance:.0f} km)"])
        return Match(0.0, [f"different cities ({names}, {distance:.0f} km)"], blocked=True)
    if distance <= NEAR_AREA_KM:
        return Match(0.25, [f"nearby places ({names}, {distance:.0f} km)"])
    return Match(0.0, [f"places too far apart ({names}, {distance:.0f} km)"], blocked=True)


def _same_actor(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if str(a.get("name") or "").casefold() == str(b.get("name") or "").casefold():
        return True
    return bool(a.get("country")) and a.get("country") == b.get("country") and a.get("kind") == b.get("kind")


def _actors_match(mention: dict[str, Any], canonical: dict[str, Any]) -> Match:
    match = Match(0.0)
    for role in ("actor1", "actor2"):
        ours, theirs = mention.get(role), canonical.get(role)
        if not ours or not theirs:
            match.score += 0.025
        elif _same_actor(ours, theirs):
            match.score += 0.05
            match.reasons.append(f"same {role}: {theirs.get('name')}")
        else:  # a different perpetrator usually means a different event, even on the same day and place
            match.score -= ACTOR_CONFLICT_PENALTY[role]
            match.reasons.append(f"{role} differs ({ours.get('name')} / {theirs.get('name')})")
    return match


def _reporting_order(mention: dict[str, Any]) -> tuple[str, str, int]:
    return (
        mention.get("published") or "",
        str(mention.get("document") or ""),
        int(mention.get("position") or 0),
    )


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


def _pick_date(mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    dated = [m for m in mentions if _interval(m.get("date"))]
    if not dated:
        return None
    finest = min(PRECISION_RANK.get(m["date"].get("precision"), 3) for m in dated)
    finest_mentions = [m for m in dated if PRECISION_RANK.get(m["date"].get("precision"), 3) == finest]
    start = _most_common([m["date"]["start"] for m in finest_mentions])
    return next(m["date"] for m in finest_mentions if m["date"]["start"] == start)


def _pick_location(mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
    located = [m["location"] for m in mentions if m.get("location")]
    if not located:
        return None
    finest = min(location.get("geo_precision") or 3 for location in located)
    finest_locations = [loc for loc in located if (loc.get("geo_precision") or 3) == finest]
    if finest >= 3:  # a named region beats the whole country
        finest_locations = [loc for loc in finest_locations if loc.get("admin1")] or finest_locations
    name = _most_common([str(loc.get("name")) for loc in finest_locations])
    return next(loc for loc in finest_locations if str(loc.get("name")) == name)


def _pick_actor(mentions: list[dict[str, Any]], role: str) -> dict[str, Any] | None:
    named = [m[role] for m in mentions if m.get(role)]
    if not named:
        return None
    name = _most_common([str(actor.get("name")) for actor in named])
    return next(actor for actor in named if str(actor.get("name")) == name)


def _fatalities(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    reported = [m for m in mentions if _figure(m.get("fatalities")) is not None]
    mins = [m["fatalities"]["min"] for m in reported if isinstance(m["fatalities"].get("min"), int)]
    maxes = [m["fatalities"]["max"] for m in reported if isinstance(m["fatalities"].get("max"), int)]
    credible = [m for m in reported if m.get("modality", "asserted") in CREDIBLE_MODALITIES] or reported
    best = _figure(max(credible, key=_reporting_order)["fatalities"]) if credible else None
    return {
        "min": min(mins) if mins else None,
        "max": max(maxes + mins) if maxes or mins else None,
        "best": best,
    }


def _distinct(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def _confidence(mentions: list[dict[str, Any]]) -> float:
    """Independent reports corroborate each other: 1 - prod(1 - c)."""
    doubt = 1.0
    for mention in mentions:
        doubt *= 1.0 - max(0.0, min(1.0, float(mention.get("confidence") or 0.0)))
    return round(1.0 - doubt, 3)


def _modality(mentions: list[dict[str, Any]]) -> str:
    present = {m.get("modality") or "asserted" for m in mentions}
    return next(
        (modality for modality in ("asserted", "reported", "claimed") if modality in present),
        sorted(present)[0],
    )


def build_canonical(event_id: str, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The canonical event made of `mentions`: the most precise date and place, the most reported
    type and actors, fatality range and latest credible toll, sources, and the disagreements."""
    mentions = sorted(mentions, key=_reporting_order)
    event_type = _most_common([m.get("event_type") for m in mentions])
    same_type = [m for m in mentions if m.get("event_type") == event_type]
    published = sorted(m["published"] for m in mentions if m.get("published"))
    conflicts = [
        _conflict(
            "fatalities",
            [(_figure(m.get("fatalities")), m) for m in mentions if _figure(m.get("fatalities")) is not None],
        ),
        _conflict(
            "date",
            [
                (m["date"]["start"], m)
                for m in mentions
                if m.get("date") and m["date"].get("precision") == "day"
            ],
        ),
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
    return {
        "id": event_id,
        "event_type": event_type,
        "sub_event_type": _most_common([m.get("sub_event_type") for m in same_type]),
        "date": _pick_date(mentions),
        "location": _pick_location(mentions),
        "actor1": _pick_actor(mentions, "actor1"),
        "actor2": _pick_actor(mentions, "actor2"),
        "fatalities": _fatalities(mentions),
        "documents": _distinct([str(m.get("document")) for m in mentions if m.get("document")]),
        "sources": _distinct(sources),
        "mentions": len(mentions),
        "first_reported": published[0] if published else None,
        "last_reported": published[-1] if published else None,
        "conflicts": [conflict for conflict in conflicts if conflict],
        "modality": _modality(mentions),
        "confidence": _confidence(mentions),
        "evidence": [
            {
                "document": m.get("document"),
                "outlet": m.get("outlet"),
                "published": m.get("published"),
                "mention": m.get("id"),
                **(m.get("evidence") or {}),
            }
            for m in mentions
        ],
    }
