"""Score the whole pipeline on wire reports about the war in Ukraine (issue 5's measurement).

In: a JSONL file (default sitreps/data/eval/wire.jsonl) of reports, one a line: `{"id", "published", "outlet",
"text", "gold": {"sub_event_type", "day", "toll_floor", "sources", "place"?}}`. Each report goes through the full
pipeline (`sitreps.pipeline.Extractor`); its main event is the most confident one that asserts a happened event
(modality not historical, future, hypothetical or denied), preferring one of the gold type. Out: five figures — the
gold type found among the report's events, the main event's day right (a day-precision date equal to the gold day),
its fatalities floor right (reports with a toll), the share of the gold sources found among the main event's sources
and the document's attributed sources, and the main event placed within 60 km of the gold place (reports whose gold
has a "place" {"name", "lat", "lon"}) — plus, per report, what went wrong and which stage it points at.

Run: `python -m sitreps.evaluation.wire [PATH ...] [--errors]` (default: every bundled set).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from sitreps.gazetteer import haversine_km
from sitreps.ingest import document_from_record
from sitreps.models import EventMention, Extraction
from sitreps.pipeline import ExtractionFailure, Extractor

EVAL_DIR = Path(__file__).resolve().parents[1] / "data" / "eval"
DEFAULT_PATH = EVAL_DIR / "wire.jsonl"
# The bundled sets: wire and wire-b were written before the pipeline was run on them; wire-c to wire-o were
# written blind (their writers never read the pipeline's code); each one's first run is in README-wire.md.
BUNDLED_PATHS = [EVAL_DIR / f"{name}.jsonl"
                 for name in ("wire", "wire-b", "wire-c", "wire-d", "wire-e", "wire-f", "wire-g", "wire-h", "wire-i",
                              "wire-j", "wire-k", "wire-l", "wire-m", "wire-n", "wire-o")]
NOT_HAPPENED = {"historical", "future", "hypothetical", "denied"}
_STOP_TOKENS = {"the", "s"}
PLACE_TOLERANCE_KM = 60.0


def load_reports(path: str | Path | None = None) -> list[dict[str, Any]]:
    with open(path or DEFAULT_PATH, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main_event(events: list[EventMention], gold_type: str | None) -> EventMention | None:
    """The most confident happened event, of the gold type where there is one; else the most confident event."""
    happened = [e for e in events if e.modality not in NOT_HAPPENED]
    of_type = [e for e in happened if e.sub_event_type == gold_type]
    pool = of_type or happened or events
    return max(pool, key=lambda e: e.confidence) if pool else None


def _tokens(name: str) -> list[str]:
    words = re.findall(r"\w+", name.lower().replace("\u2019", "'").replace("'s", ""))
    return [w for w in words if w not in _STOP_TOKENS]


def source_matches(gold: str, found: str) -> bool:
    """Case-insensitive token containment: every gold token in the found name ("Ukraine's air force" in
    "the air force of Ukraine"), or a shorter found name inside the gold one that keeps its head, the last token
    ("Syniehubov" for "Oleh Syniehubov", "air force" for "Ukraine's air force")."""
    gold_tokens, found_tokens = _tokens(gold), _tokens(found)
    if not gold_tokens or not found_tokens:
        return False
    if set(gold_tokens) <= set(found_tokens):
        return True
    return set(found_tokens) <= set(gold_tokens) and gold_tokens[-1] in found_tokens


def found_sources(extraction: Extraction, event: EventMention | None) -> list[str]:
    """Every source name the pipeline offers for the report: the main event's, then each attribution's."""
    names = list(event.sources) if event else []
    for attribution in extraction.attributions:
        if attribution.source is not None:
            names.append(attribution.source.text)
        if attribution.source_name:
            names.append(attribution.source_name)
    return names


def score_report(record: dict[str, Any], extraction: Extraction) -> dict[str, Any]:
    """One report's results: each criterion right or wrong, what was predicted, and the likely culprit stage."""
    gold = record["gold"]
    event = main_event(extraction.events, gold.get("sub_event_type"))
    result: dict[str, Any] = {
        "id": record["id"],
        "gold": gold,
        "event_type": event.sub_event_type if event else None,
        "modality": event.modality if event else None,
        "trigger": event.trigger.text if event else None,
        "type_right": any(e.sub_event_type == gold["sub_event_type"] for e in extraction.events),
        "errors": [],
    }
    if not result["type_right"]:
        found = sorted({e.sub_event_type for e in extraction.events}) or ["no event"]
        result["errors"].append(f"type [events]: gold {gold['sub_event_type']!r}, found {', '.join(found)}")

    date = event.date if event else None
    result["date"] = f"{date.date_start}/{date.precision} ({date.text!r})" if date else None
    result["day_right"] = bool(date and date.precision == "day" and date.date_start == gold["day"])
    if not result["day_right"]:
        resolved = any(d.precision == "day" and d.date_start == gold["day"] for d in extraction.dates)
        stage = "linking: the gold day was resolved but not attached" if resolved else "dates: gold day not resolved"
        result["errors"].append(f"day [{stage}]: gold {gold['day']}, got {result['date']}")

    toll = gold.get("toll_floor")
    fatalities = event.fatalities if event else None
    result["fatalities"] = fatalities
    if toll is not None:
        result["toll_right"] = bool(fatalities and fatalities.get("min") == toll)
        if not result["toll_right"]:
            counted = any(q.what == "killed" and q.min == toll for q in extraction.quantities)
            stage = ("linking/fatalities_from: the figure was counted but not chosen" if counted
                     else "quantities: no killed count with that floor")
            got = f"{fatalities['min']} ({fatalities['text']!r})" if fatalities else None
            result["errors"].append(f"toll [{stage}]: gold {toll}, got {got}")

    names = found_sources(extraction, event)
    missing = [g for g in gold["sources"] if not any(source_matches(g, n) for n in names)]
    result["sources_found"] = len(gold["sources"]) - len(missing)
    result["sources_total"] = len(gold["sources"])
    if missing:
        result["errors"].append(f"sources [attribution]: missing {missing}; found {sorted(set(names))}")
    place = gold.get("place")
    if place is not None:
        location = event.location if event else None
        distance = (haversine_km(place["lat"], place["lon"], location["lat"], location["lon"])
                    if location and location.get("lat") is not None else None)
        result["place_km"] = distance
        result["place_right"] = distance is not None and distance <= PLACE_TOLERANCE_KM
        if not result["place_right"]:
            got = f"{location['name']} ({distance:.0f} km off)" if distance is not None else None
            result["errors"].append(f"place [places/linking]: gold {place['name']}, got {got}")
    if event is None:
        result["errors"].append("no event at all [events]")
    return result


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    with_toll = [r for r in results if "toll_right" in r]
    sources_total = sum(r["sources_total"] for r in results)
    with_place = [r for r in results if "place_right" in r]
    return {
        "n": len(results),
        "type_found": sum(r["type_right"] for r in results),
        "day_right": sum(r["day_right"] for r in results),
        "toll_n": len(with_toll),
        "toll_right": sum(r["toll_right"] for r in with_toll),
        "sources_total": sources_total,
        "sources_found": sum(r["sources_found"] for r in results),
        "place_n": len(with_place),
        "place_right": sum(r["place_right"] for r in with_place),
        "reports": results,
    }


def evaluate(paths: str | Path | list[str | Path] | None = None) -> dict[str, Any]:
    """Run every report of one or more files (default: the bundled sets) through the pipeline and score it; with
    several files the scores are the total, and `sets` holds each file's."""
    if paths is None:
        paths = BUNDLED_PATHS
    elif not isinstance(paths, list):
        paths = [paths]
    extractor = Extractor()
    by_set: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        records = load_reports(path)
        documents = [document_from_record({k: v for k, v in r.items() if k in ("id", "published", "outlet", "text")},
                                          f"wire:{r['id']}")[0] for r in records]
        results = by_set.setdefault(Path(path).stem, [])
        for record, extraction in zip(records, extractor.extract(documents), strict=True):
            if isinstance(extraction, ExtractionFailure):
                raise RuntimeError(str(extraction))
            results.append(score_report(record, extraction))
    scores = summarise([r for results in by_set.values() for r in results])
    if len(by_set) > 1:
        scores["sets"] = {name: summarise(results) for name, results in by_set.items()}
    return scores


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({right / total:.1%})" if total else "-"


def _summary_lines(title: str, scores: dict[str, Any]) -> list[str]:
    return [
        f"{title}: {scores['n']}",
        f"  gold type found:   {_share(scores['type_found'], scores['n'])}",
        f"  event day right:   {_share(scores['day_right'], scores['n'])}",
        f"  toll floor right:  {_share(scores['toll_right'], scores['toll_n'])}",
        f"  sources found:     {_share(scores['sources_found'], scores['sources_total'])}",
        f"  place within {PLACE_TOLERANCE_KM:.0f} km: {_share(scores['place_right'], scores['place_n'])}",
    ]


def format_report(scores: dict[str, Any], show_errors: bool = False) -> str:
    lines: list[str] = []
    for name, set_scores in scores.get("sets", {}).items():
        lines.extend(_summary_lines(f"{name} reports", set_scores))
    lines.extend(_summary_lines("all wire reports" if "sets" in scores else "wire reports", scores))
    if show_errors:
        for report in scores["reports"]:
            if report["errors"]:
                lines.append(f"{report['id']}: main event {report['event_type']} ({report['modality']}, "
                             f"trigger {report['trigger']!r})")
                lines.extend(f"    {error}" for error in report["errors"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    show_errors = "--errors" in args
    paths: list[str | Path] = [a for a in args if a != "--errors"]
    print(format_report(evaluate(paths or None), show_errors=show_errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
