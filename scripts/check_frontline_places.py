"""Check sitreps/data/frontline_places.tsv (hand-compiled villages of Crimea, the Donbas and the front) against the
gazetteer built without it, and list the rows that fail a quality gate:
  - present: the gazetteer already resolves the name or an alias to a place of that region within 40 km (not to
    a codifier settlement marked a namesake, which the build keeps 30+ km from the row's village);
  - outside: the point lies outside the box around the region's other places (with a 10 km margin);
  - isolated: the point is more than 40 km from every other place of the region (likely a wrong point);
  - word: the name is an English word or shaped like a Russian surname ("Frunze", "Progress", "Lukin");
  - town: a town of the country of 10,000+ people bears the name (the news means the town: "Kalynivka"), as the
    build's rule for the postal villages has it.

Usage:
    python scripts/check_frontline_places.py [--drop] [TABLE]
        prints each failing row with its reason (exit status 1 when there is one); with --drop, rewrites TABLE
        without them. TABLE defaults to sitreps/data/frontline_places.tsv.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from sitreps.gazetteer import DATA_DIR, FEATURE_HROMADA_NAMESAKE, SURNAME_LIKE, Gazetteer, haversine_km, name_key

PRESENT_KM = 40.0  # a postal point can be a council office 15-25 km from its village
ISOLATED_KM = 40.0
TOWN_POPULATION = 10_000
MARGIN_DEGREES = 0.1  # about 10 km: a border village may lie just beyond the region's outermost other place
# English words and surnames that villages of the region share, which news writes far more often as such
COMMON_WORDS = frozenset({"progress", "victory", "pobeda", "spartak", "metalist", "frunze", "oliva", "new york",
                          "lenin", "kirov", "zhukov", "sputnik", "druzhba", "mir", "komsomol", "zarya"})

Row = list[str]  # name, aliases, country_code, admin1, lat, lon, population


def region_places(con: sqlite3.Connection, row: Row, own: set[tuple[str, float, float]]) -> list[tuple[float, float]]:
    """The points of the gazetteer's populated places of the row's region, less the table's own rows."""
    return [(lat, lon) for name, lat, lon in con.execute(
        "SELECT name, lat, lon FROM places WHERE kind = 'city' AND country_code = ? AND admin1 = ?", (row[2], row[3]))
        if (name, round(lat, 3), round(lon, 3)) not in own]


def is_present(gazetteer: Gazetteer, row: Row, own: set[tuple[str, float, float]]) -> bool:
    lat, lon = float(row[4]), float(row[5])
    # a codifier settlement marked a namesake is another village than the row's (the build put it 30+ km from it)
    return any(e.kind == "city" and e.country_code == row[2] and e.admin1 == row[3]
               and e.feature != FEATURE_HROMADA_NAMESAKE
               and (e.name, round(e.lat, 3), round(e.lon, 3)) not in own
               and haversine_km(lat, lon, e.lat, e.lon) <= PRESENT_KM
               for form in [row[0], *row[1].split("|")] if form for e in gazetteer.lookup(form))


def is_word(name: str) -> bool:
    key = name_key(name)
    return key in COMMON_WORDS or key in STOP_WORDS or (" " not in key and bool(SURNAME_LIKE.search(key)))


def is_town_name(gazetteer: Gazetteer, row: Row) -> bool:
    return any(e.kind == "city" and e.country_code == row[2] and e.population >= TOWN_POPULATION
               for e in gazetteer.lookup(row[0]))


def within(value: float, values: list[float]) -> bool:
    return min(values) - MARGIN_DEGREES <= value <= max(values) + MARGIN_DEGREES


def failure(gazetteer: Gazetteer, con: sqlite3.Connection, row: Row, own: set[tuple[str, float, float]]) -> str | None:
    """Why `row` fails a gate, or None."""
    if is_word(row[0]):
        return "word"
    if is_present(gazetteer, row, own):
        return "present"
    if is_town_name(gazetteer, row):
        return "town"
    points = region_places(con, row, own)
    lat, lon = float(row[4]), float(row[5])
    if not points or not (within(lat, [p[0] for p in points]) and within(lon, [p[1] for p in points])):
        return "outside"
    if min(haversine_km(lat, lon, p[0], p[1]) for p in points) > ISOLATED_KM:
        return "isolated"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("table", nargs="?", type=Path, default=DATA_DIR / "frontline_places.tsv")
    parser.add_argument("--drop", action="store_true", help="rewrite the table without the failing rows")
    args = parser.parse_args()
    lines = args.table.read_text(encoding="utf-8").splitlines(keepends=True)
    header = [line for line in lines if line.startswith("#")] + [lines[sum(1 for x in lines if x.startswith("#"))]]
    rows = [line.rstrip("\n").split("\t") for line in lines[len(header):] if line.strip()]
    own = {(row[0], round(float(row[4]), 3), round(float(row[5]), 3)) for row in rows}
    gazetteer = Gazetteer.load()
    con = sqlite3.connect(gazetteer.path)
    failures = {i: reason for i, row in enumerate(rows) if (reason := failure(gazetteer, con, row, own))}
    for i, reason in failures.items():
        print(f"{reason}\t" + "\t".join(rows[i]))
    if args.drop:
        kept = ["\t".join(row) + "\n" for i, row in enumerate(rows) if i not in failures]
        args.table.write_text("".join(header + kept), encoding="utf-8")
    print(f"{len(rows) - len(failures)} of {len(rows)} rows pass", file=sys.stderr)
    return 1 if failures and not args.drop else 0


if __name__ == "__main__":
    sys.exit(main())
