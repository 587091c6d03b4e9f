"""Score toponym recognition and resolution on a geoparsing corpus (LGL or TR-News XML).

In: the path of an XML file of `<article><text/><toponyms><toponym><start/><end/><phrase/><gaztag>
<lat/><lon/>...` (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation"); an article's `<url>` and
`<domain>` become its document's URL and outlet, as a news record's would. Out: a dict of scores, and
a text report. Recognition counts a predicted place as correct when its span overlaps a gold toponym's
(each gold toponym matched at most once); resolution is measured over the recognised gold toponyms that
have coordinates: accuracy within 161 km (100 miles), median error in km, and the area under the curve of
sorted log(1 + error) normalised by log(20039), the largest possible error (lower is better).
Both corpora annotate demonyms ("Russian", "Canadians") as toponyms of their country, so by default the
places are extracted with their demonyms; `demonyms=False` scores what the pipeline itself stores.

    python -m sitreps.evaluation.geo [--no-demonyms] [--no-outlets] [--errors] FILE [FILE...]

The corpus is read as the pipeline reads a user's feed: a first pass over every article learns each local outlet's
home region from the places its articles resolve confidently (`sitreps.outlet_homes`; no gold is used), and the
second, scored pass resolves the places with it. `--no-outlets` resolves each article alone.

`--errors` also lists, one a line, each toponym resolved more than 161 km off (FAR), each gold toponym not
recognised (MISSED) and each predicted place that is no gold toponym (EXTRA), with the text around it.
"""

from __future__ import annotations

import math
import statistics
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from sitreps.gazetteer import Gazetteer, haversine_km
from sitreps.models import Document
from sitreps.nlp import parse_documents
from sitreps.outlet_homes import OutletHomes
from sitreps.places import extract_places

ACCURACY_RADIUS_KM = 161.0
MAX_ERROR_KM = 20039.0


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None


def read_corpus(path: Path) -> list[tuple[Document, list[GoldToponym]]]:
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for toponym in article.iter("toponym"):
            lat = toponym.findtext("gaztag/lat")
            lon = toponym.findtext("gaztag/lon")
            gold.append(GoldToponym(int(toponym.findtext("start") or 0), int(toponym.findtext("end") or 0),
                                    toponym.findtext("phrase") or "",
                                    float(lat) if lat else None, float(lon) if lon else None))
        document = Document(id=article.get("docid") or str(len(articles)), text=text, language="en",
                            url=article.findtext("url"), outlet=article.findtext("domain"))
        articles.append((document, gold))
    return articles


def auc_of_errors(errors_km: list[float]) -> float:
    """Area under the sorted log(1 + error) curve, normalised to [0, 1] (trapezoid rule)."""
    if len(errors_km) < 2:
        return math.log(1 + errors_km[0]) / math.log(MAX_ERROR_KM) if errors_km else float("nan")
    logs = sorted(math.log(1 + e) for e in errors_km)
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
    return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def _around(text: str, start: int, end: int) -> str:
    return repr(text[max(0, start - 40):end + 30])


def learn_outlet_homes(parsed: list, gazetteer: Gazetteer) -> OutletHomes:
    """The outlets' home regions, from a first pass over every parsed article."""
    homes = OutletHomes(gazetteer=gazetteer)
    for document, doc in parsed:
        homes.observe(document, extract_places(doc, document, gazetteer))
    return homes


def evaluate(path: Path, demonyms: bool = True, outlets: bool = True) -> dict:
    gazetteer = Gazetteer.load()
    articles = read_corpus(path)
    gold_by_id = {document.id: gold for document, gold in articles}
    n_predicted = n_gold = n_matched = 0
    errors: list[float] = []
    listed: list[str] = []
    parsed = list(parse_documents([document for document, _ in articles]))
    homes = learn_outlet_homes(parsed, gazetteer) if outlets else OutletHomes()
    for document, doc in parsed:
        gold = gold_by_id[document.id]
        predicted = extract_places(doc, document, gazetteer, demonyms=demonyms, outlet_home=homes.home(document))
        n_predicted += len(predicted)
        n_gold += len(gold)
        unmatched = list(gold)
        for place in predicted:
            match = next((g for g in unmatched if g.start < place.end and place.start < g.end), None)
            if match is None:
                listed.append(f"EXTRA\t{document.id}\t{place.text!r}\t{place.kind} {place.name}, "
                              f"{place.country_code}\t{_around(document.text, place.start, place.end)}")
                continue
            unmatched.remove(match)
            n_matched += 1
            if match.lat is not None and match.lon is not None and place.lat is not None and place.lon is not None:
                errors.append(haversine_km(match.lat, match.lon, place.lat, place.lon))
                if errors[-1] > ACCURACY_RADIUS_KM:
                    listed.append(f"FAR\t{document.id}\t{place.text!r}\t{errors[-1]:.0f} km\t{place.kind} "
                                  f"{place.name}, {place.admin1}, {place.country_code}\tgold {match.lat:.2f} "
                                  f"{match.lon:.2f}\t{_around(document.text, place.start, place.end)}")
        listed.extend(f"MISSED\t{document.id}\t{g.phrase!r}\t{_around(document.text, g.start, g.end)}"
                      for g in unmatched)
    precision = n_matched / n_predicted if n_predicted else 0.0
    recall = n_matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "file": str(path),
        "demonyms": demonyms,
        "outlets": outlets,
        "articles": len(articles),
        "gold_toponyms": n_gold,
        "predicted": n_predicted,
        "matched": n_matched,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "resolved_with_coordinates": len(errors),
        "accuracy_161km": sum(e <= ACCURACY_RADIUS_KM for e in errors) / len(errors) if errors else 0.0,
        "median_error_km": statistics.median(errors) if errors else float("nan"),
        "mean_error_km": statistics.fmean(errors) if errors else float("nan"),
        "auc": auc_of_errors(errors),
        "errors": listed,
    }


def format_report(scores: dict) -> str:
    return "\n".join([
        f"{scores['file']}: {scores['articles']} articles, {scores['gold_toponyms']} gold toponyms"
        f"{'' if scores.get('demonyms', True) else ' (demonyms not counted as places)'}"
        f"{' (outlet homes learnt from a first pass)' if scores.get('outlets') else ' (each article alone)'}",
        f"  recognition  P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}"
        f"  ({scores['matched']} matched of {scores['predicted']} predicted)",
        f"  resolution   acc@161km {scores['accuracy_161km']:.3f}  median {scores['median_error_km']:.1f} km"
        f"  mean {scores['mean_error_km']:.0f} km  AUC {scores['auc']:.3f}"
        f"  (over {scores['resolved_with_coordinates']} recognised toponyms with coordinates)",
    ])


def main(argv: list[str]) -> int:
    demonyms = "--no-demonyms" not in argv
    show_errors = "--errors" in argv
    outlets = "--no-outlets" not in argv
    files = [arg for arg in argv if arg not in {"--no-demonyms", "--errors", "--no-outlets"}]
    if not files:
        print("usage: python -m sitreps.evaluation.geo [--no-demonyms] [--no-outlets] [--errors] FILE [FILE...]",
              file=sys.stderr)
        return 2
    for name in files:
        scores = evaluate(Path(name), demonyms=demonyms, outlets=outlets)
        print(format_report(scores))
        if show_errors:
            print("\n".join(scores["errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
