"""Shared dataclasses that flow between the pipeline stages.

Every span-bearing object stores character offsets into `Document.text`;
`Document.text[start:end] == text` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# ACLED's taxonomy: each sub-event type and the event type it belongs to.
EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
# The event types of ACLED's "Political violence" disorder.
POLITICAL_VIOLENCE_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclass
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Document:
    """One article. `text` is what every offset indexes."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD
    language: str | None = None
    input_name: str | None = None  # the file, line or record this came from
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # junk ranges

    def is_boilerplate(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.boilerplate)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "text": self.text,
        }


@dataclass
class Place:
    """A toponym mention resolved against the gazetteer."""

    text: str
    start: int
    end: int
    name: str
    kind: str  # "country", "admin1", "city", "area", "continent", "facility"
    geonameid: int | None
    country_code: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    lat: float | None
    lon: float | None
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DateValue:
    """A resolved time expression."""

    text: str
    start: int
    end: int
    date_start: str  # ISO
    date_end: str  # ISO
    precision: str  # "day" | "week" | "month" | "year"
    anchor: str | None  # "published", "document" (text's own explicit date) or None (absolute)
    tense: str | None = None  # "past" | "future" | None, when the expression is relative

    def to_event_date(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.date_start,
            "end": self.date_end,
            "precision": self.precision,
            "text": self.text,
        }
        if self.anchor == "document":
            out["anchored_on"] = "document"
        return out


@dataclass
class Quantity:
    """A counted thing: people killed, missiles launched, buildings hit..."""

    what: str  # "killed", "injured", "missiles_launched", "missiles_intercepted", "buildings_hit", ...
    min: int | None
    max: int | None
    qualifier: str | None  # "at least", "about", "more than", "up to", "exactly", "vague", "more", None
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "min": self.min, "max": self.max,
                "qualifier": self.qualifier, "text": self.text,
                "start": self.start, "end": self.end}


@dataclass
class Attribution:
    """Who says what: source (may be absent), the cue verb/phrase, the content."""

    source: Span | None
    source_kind: str | None  # "media", "government", "military", "person", "organisation", "unnamed"
    cue: Span
    content: Span
    source_name: str | None = None  # normalised ("The Guardian")
    role: str | None = None  # "Kyiv's mayor"
    via: str | None = None  # outlet relaying the source ("Axios")

    def to_dict(self) -> dict[str, Any]:
        source = None
        if self.source is not None:
            source = {**self.source.to_dict(), "kind": self.source_kind}
            if self.source_name:
                source["name"] = self.source_name
            if self.role:
                source["role"] = self.role
        out: dict[str, Any] = {"source": source, "cue": self.cue.to_dict(),
                               "content": self.content.to_dict()}
        if self.via:
            out["via"] = self.via
        return out


@dataclass
class Actor:
    text: str
    name: str  # ACLED-style, e.g. "Military Forces of Russia"
    country: str | None  # ISO3
    # state_forces, rebels, political_militia, identity_militia, rioters, protesters, civilians, external
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EventMention:
    """One event as found in one document (mentions of the same event inside
    a document are folded into one; `evidence` is the first, `also` the rest)."""

    id: str
    event_type: str
    sub_event_type: str
    confidence: float
    trigger: Span
    evidence: Span  # the sentence
    disorder_type: str | None = None  # ACLED: Political violence, Demonstrations, Strategic developments
    modality: str = "asserted"
    actor1: Actor | None = None
    actor2: Actor | None = None
    date: DateValue | None = None
    location: dict[str, Any] | None = None
    fatalities: dict[str, Any] | None = None
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[int] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    also: list[Span] = field(default_factory=list)  # further evidence sentences

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "disorder_type": self.disorder_type,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger.to_dict(),
            "evidence": self.evidence.to_dict(),
            "date": self.date.to_event_date() if self.date else None,
            "location": self.location,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "fatalities": self.fatalities,
            "quantities": [q.to_dict() for q in self.quantities],
            "sources": self.sources,
            "attributions": self.attributions,
            "modality": self.modality,
            "also": [s.to_dict() for s in self.also],
        }


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    places: list[Place] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    skipped: str | None = None  # why the document was not analysed (e.g. "language: de")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.document.id,
            "document": self.document.to_dict(),
            "places": [p.to_dict() for p in self.places],
            "attributions": [a.to_dict() for a in self.attributions],
            "events": [e.to_dict() for e in self.events],
        }
        if self.skipped:
            out["skipped"] = self.skipped
        return out
