"""Outlet homes: the first-level region (US state, oblast, province) a local outlet covers, learnt from its own
documents, as a prior for the names its stories leave ambiguous.

In: the places of several documents of one outlet (the host of `Document.url`, else `Document.outlet`, a web
address or a name), as `extract_places` resolved them without the prior. Out: `OutletHomes.home(document)` -> the
set of (country code, admin1 name) it covers, or None, which `extract_places(..., outlet_home=...)` favours for towns
and counties.

A local paper names its home towns without their state ("a Berea man", "Madison County"), and a namesake elsewhere
may be bigger; its other stories name the state, or towns only it has. Only confident places count (an unambiguous
name, or one the text places by its state), once per document and name, and an outlet has a home only when at least
`MIN_PLACES` of them from at least `MIN_DOCUMENTS` documents lie `MIN_SHARE` or more in one region, or `LEAD_SHARE`
or more and `LEAD_RATIO` times as many as in any other region (a paper by a state line, or one whose readers hear of
the world too, names its neighbour state and abroad often, but none of them half as often as its own state): a wire
service's places spread over the world and give it none, and a lone document never gives its outlet one. A paper of a
city that straddles a state line (Kansas City) or lies by one names both states' towns about as often: when no region
qualifies alone, the two regions named most, if their places lie within `NEIGHBOUR_KM` of each other (the means of
the places seen in each) and more than in any third region, are its home together when they qualify as one region
would. Fewer would not do: four agency reports from one front can put five of seven places in one region by chance.
For the same reason an outlet `outlets.tsv` knows (the agencies and national and international papers and
broadcasters that cover a war from one front for weeks) never gets a home. A small feed whose towns the first pass
leaves unsure (a parish paper's "Monroe" and "Homer" have bigger namesakes in other states) has, failing that, the one
region where a town, county or state reading lies for `NAMES_SHARE` of the local names its documents use (each once
per document, at least `MIN_PLACES` from `MIN_DOCUMENTS` documents), and for `NAMES_LEAD` times as many as in any
other region, or where `NAMES_MISS_RATIO` times fewer of them lack a reading than in any other (a Connecticut
paper's towns have namesakes in New York and Indiana too, but each of those states lacks several of them). Nothing
of the gold is used: this is what a user's own feed of one local outlet tells about it. A document's places may
therefore depend on the other documents of its outlet that came before it or in its batch.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sitreps.gazetteer import Gazetteer, haversine_km
from sitreps.models import Document, Place
from sitreps.outlets import canonical_outlet, outlet_aliases
from sitreps.places import outlet_host

MIN_PLACES, MIN_DOCUMENTS, MIN_SHARE = 10, 3, 0.6
LEAD_SHARE, LEAD_RATIO = 0.4, 2.0
NEIGHBOUR_KM = 300.0  # two regions whose places lie this close are one city's area split by a state line
CONFIDENT = 0.9  # how sure a place's resolution must be to tell where its outlet is
LOCAL_KINDS = {"city", "admin2", "admin1"}
# a home from the regions that have a town, county or state of each name the outlet's documents use
NAMES_SHARE, NAMES_LEAD = 0.6, 1.5
NAMES_MISS_RATIO = 3  # how many times as many of the names the runner-up region must lack


def outlet_key(document: Document) -> str:
    """The local outlet a document comes from: its web host without "www." (one site, whether its links carry it or
    not), else the outlet's name, lower-cased; "" if unknown or an outlet of `outlets.tsv` (by its name, or by its
    host's name: "reuters.com", "www.bbc.co.uk")."""
    host = outlet_host(document).removeprefix("www.")
    label = host.split(".")[0] if host else ""
    if (document.outlet and canonical_outlet(document.outlet)) or label in _known_outlet_labels():
        return ""
    return host or (document.outlet or "").strip().lower()


@lru_cache(maxsize=1)
def _known_outlet_labels() -> frozenset[str]:
    """The names of `outlets.tsv`'s outlets as a web host would spell them ("reuters", "bbc", "kyivindependent")."""
    return frozenset(re.sub(r"[^a-z0-9]", "", name.lower()) for name in outlet_aliases())


@dataclass
class OutletHomes:
    """The confident places each outlet's documents resolved, per (country code, admin1 name)."""

    regions: dict[str, Counter] = field(default_factory=dict)  # outlet -> region -> places
    # where the names an outlet uses have readings (the process-wide gazetteer when none is given)
    gazetteer: Gazetteer | None = None
    # outlet -> region -> the sums of its places' latitudes and longitudes
    coordinates: dict[str, dict[tuple[str, str], list[float]]] = field(default_factory=dict)
    # outlet -> ids of its documents with places, kept only until there are enough of them for a home, so that a
    # long run over one outlet's feed does not hold every id it saw
    documents: dict[str, set[str]] = field(default_factory=dict)
    # outlet -> region -> the names its documents use that have a reading there, and how many names they use
    name_regions: dict[str, Counter] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    named_documents: dict[str, set[str]] = field(default_factory=dict)

    def observe(self, document: Document, places: list[Place]) -> None:
        """Count the document's confident local places toward its outlet's home."""
        outlet = outlet_key(document)
        if outlet:
            self._observe_names(outlet, document, places)
        seen = {(place.text.lower(), place.country_code, place.admin1): place for place in places
                if outlet and place.kind in LOCAL_KINDS and place.score >= CONFIDENT
                and place.country_code and place.admin1}
        if not seen:
            return
        counts = self.regions.setdefault(outlet, Counter())
        sums = self.coordinates.setdefault(outlet, defaultdict(lambda: [0.0, 0.0]))
        for (_, country, admin1), place in seen.items():
            counts[(country, admin1)] += 1
            sums[(country, admin1)][0] += place.lat or 0.0
            sums[(country, admin1)][1] += place.lon or 0.0
        documents = self.documents.setdefault(outlet, set())
        if len(documents) < MIN_DOCUMENTS:
            documents.add(document.id)

    def _observe_names(self, outlet: str, document: Document, places: list[Place]) -> None:
        """Count, for each region, the document's local names that have a reading there, however the document
        resolved them."""
        names = {place.text.lower(): place.text for place in places if place.kind in LOCAL_KINDS}
        if not names:
            return
        regions = self.name_regions.setdefault(outlet, Counter())
        for name in names.values():
            regions.update(_regions_of_name(self.gazetteer or Gazetteer.load(), name))
        self.names[outlet] = self.names.get(outlet, 0) + len(names)
        documents = self.named_documents.setdefault(outlet, set())
        if len(documents) < MIN_DOCUMENTS:
            documents.add(document.id)

    def home(self, document: Document) -> frozenset[tuple[str, str]] | None:
        """The region the document's outlet covers, or the two neighbouring regions, if its documents seen so far
        agree on them; else the one region that has a reading of most of the names they use."""
        outlet = outlet_key(document)
        return self._home_of_confident_places(outlet) or self._home_of_names(outlet)

    def _home_of_names(self, outlet: str) -> frozenset[tuple[str, str]] | None:
        """The region that has a town, county or state of `NAMES_SHARE` of the names the outlet's documents use (each
        once per document), and of `NAMES_LEAD` times as many as any other region, or lacks one for `NAMES_MISS_RATIO`
        times fewer of them (at least one): a local paper's towns, each with namesakes across the country, all
        have a reading in its own state."""
        counts = self.name_regions.get(outlet)
        names = self.names.get(outlet, 0)
        if not counts or len(self.named_documents[outlet]) < MIN_DOCUMENTS or names < MIN_PLACES:
            return None
        (first, n1), (_, n2) = (counts.most_common(2) + [(("", ""), 0)])[:2]
        leads = n1 >= NAMES_LEAD * n2 or names - n2 >= NAMES_MISS_RATIO * max(names - n1, 1)
        return frozenset({first}) if n1 >= NAMES_SHARE * names and leads else None

    def _home_of_confident_places(self, outlet: str) -> frozenset[tuple[str, str]] | None:
        counts = self.regions.get(outlet)
        if not counts or len(self.documents[outlet]) < MIN_DOCUMENTS or sum(counts.values()) < MIN_PLACES:
            return None
        ranked = counts.most_common(3) + [(("", ""), 0)] * 2
        (first, n1), (second, n2), (_, n3) = ranked[:3]
        total = sum(counts.values())
        if _qualifies(n1, n2, total):
            return frozenset({first})
        if n2 > n3 and self._neighbours(outlet, first, second) and _qualifies(n1 + n2, n3, total):
            return frozenset({first, second})
        return None

    def _neighbours(self, outlet: str, first: tuple[str, str], second: tuple[str, str]) -> bool:
        """Whether the places the outlet named in two regions lie close together, by their means."""
        counts, sums = self.regions[outlet], self.coordinates[outlet]
        (lat1, lon1), (lat2, lon2) = ([value / counts[region] for value in sums[region]] for region in (first, second))
        return haversine_km(lat1, lon1, lat2, lon2) <= NEIGHBOUR_KM


def _regions_of_name(gazetteer: Gazetteer, name: str) -> set[tuple[str, str]]:
    """The (country code, admin1 name) of every town, county and state the gazetteer calls `name`."""
    return {(entry.country_code, entry.admin1) for entry in gazetteer.lookup(name)
            if entry.kind in LOCAL_KINDS and entry.country_code and entry.admin1}


def _qualifies(n: int, runner_up: int, total: int) -> bool:
    """Whether `n` of `total` places in one home make it the outlet's, against `runner_up` elsewhere."""
    return n >= MIN_SHARE * total or (n >= LEAD_SHARE * total and n >= LEAD_RATIO * runner_up)
