"""Score event detection and typing on the project's labelled snippets.

In: JSONL files of labelled snippets, one a line: `{"text", "sub_event_type" | null, "event_type" | null,
"disorder_type"?, "actor1"?, "modality"?, "split": "train" | "test"}`; by default all of the bundled ones
(sitreps/data/events/labelled-*.jsonl and sitreps/data/eval/events.jsonl). Out: on the held-out ("test") part,
the rules alone, the classifier alone and the two together, each with micro / macro / weighted F1; for the
combined system per-sub-event-type precision / recall / F1, event-vs-none detection, confidence calibration,
modality, actor1 and actor2 accuracy (actor2 also counts a correctly empty target) and the most frequent
confusions. A snippet's prediction is its most salient
mention that asserts a happened event (sitreps.events.salient_event); none when there is none.

Run: `sitreps eval events [PATH]` or `python -m sitreps.evaluation.events [PATH]`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sitreps.events import detect_events, salient_event
from sitreps.models import Document
from sitreps.nlp import parse_documents

DATA = Path(__file__).resolve().parents[1] / "data"
DEFAULT_PATHS = [DATA / "eval" / "events.jsonl", *sorted((DATA / "events").glob("labelled-*.jsonl"))]
NONE = "none"
MODES = ("rules", "classifier", "hybrid")


def load_examples(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def labelled_examples(paths: list[Path] | None = None) -> list[dict[str, Any]]:
    """All labelled snippets of the given files (default: the bundled ones), in file order."""
    examples: list[dict[str, Any]] = []
    for path in paths or DEFAULT_PATHS:
        examples.extend(load_examples(path))
    return examples


def predict(examples: list[dict[str, Any]], modes: tuple[str, ...] = MODES) -> dict[str, list[dict[str, Any]]]:
    """For each mode and example: the salient mention's type, confidence, modality and actor1 name (or None)."""
    documents = [Document(id=f"eval{i}", text=e["text"], language="en") for i, e in enumerate(examples)]
    predictions: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
    for document, doc in parse_documents(documents):
        for mode in modes:
            top = salient_event(detect_events(doc, document, mode=mode))
            predictions[mode].append({
                "sub_event_type": top.sub_event_type if top else None,
                "confidence": top.confidence if top else None,
                "modality": top.modality if top else None,
                "actor1": top.actor1.name if top and top.actor1 else None,
                "actor2": top.actor2.name if top and top.actor2 else None,
            })
    return predictions


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(examples: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> dict[str, Any]:
    gold = [e.get("sub_event_type") or NONE for e in examples]
    pred = [p["sub_event_type"] or NONE for p in predictions]
    pairs = list(zip(gold, pred, strict=True))
    types = sorted({t for t in gold + pred if t != NONE})
    per_type: dict[str, dict[str, float]] = {}
    true_positives = false_positives = false_negatives = 0
    for sub_event_type in types:
        tp = sum(g == p == sub_event_type for g, p in pairs)
        fp = sum(p == sub_event_type != g for g, p in pairs)
        fn = sum(g == sub_event_type != p for g, p in pairs)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_type[sub_event_type] = {"precision": precision, "recall": recall, "f1": _f1(precision, recall),
                                    "support": tp + fn}
        true_positives += tp
        false_positives += fp
        false_negatives += fn
    micro_p = true_positives / (true_positives + false_positives) if true_positives + false_positives else 0.0
    micro_r = true_positives / (true_positives + false_negatives) if true_positives + false_negatives else 0.0
    supported = [s for s in per_type.values() if s["support"]]
    total_support = sum(s["support"] for s in supported)
    detected = [(g != NONE, p != NONE) for g, p in pairs]
    detect_tp = sum(g and p for g, p in detected)
    detect_p = detect_tp / sum(p for _, p in detected) if any(p for _, p in detected) else 0.0
    detect_r = detect_tp / sum(g for g, _ in detected) if any(g for g, _ in detected) else 0.0
    modality_pairs = [(e["modality"], p["modality"]) for e, p in zip(examples, predictions, strict=True)
                      if e.get("modality") and e.get("sub_event_type") and e.get("sub_event_type")
                      == p["sub_event_type"]]
    actor_pairs = [(e["actor1"], p["actor1"]) for e, p in zip(examples, predictions, strict=True)
                   if e.get("actor1") and e.get("sub_event_type") == p["sub_event_type"]]
    # actor2 where the gold names one, or where it names none but has actor1 (an event with no target)
    actor2_pairs = [(e.get("actor2"), p.get("actor2")) for e, p in zip(examples, predictions, strict=True)
                    if "actor2" in e and e.get("actor1") and e.get("sub_event_type") == p["sub_event_type"]]
    return {
        "n": len(examples),
        "accuracy": sum(g == p for g, p in pairs) / len(examples) if examples else 0.0,
        "micro_f1": _f1(micro_p, micro_r),
        "micro_precision": micro_p,
        "micro_recall": micro_r,
        "macro_f1": sum(s["f1"] for s in supported) / len(supported) if supported else 0.0,
        "weighted_f1": sum(s["f1"] * s["support"] for s in supported) / total_support if total_support else 0.0,
        "detection": {"precision": detect_p, "recall": detect_r, "f1": _f1(detect_p, detect_r)},
        "calibration": _calibration(gold, predictions),
        "modality_accuracy": (sum(g == p for g, p in modality_pairs) / len(modality_pairs)
                              if modality_pairs else None),
        "modality_n": len(modality_pairs),
        "actor1_accuracy": sum(g == p for g, p in actor_pairs) / len(actor_pairs) if actor_pairs else None,
        "actor1_n": len(actor_pairs),
        "actor2_accuracy": (sum(g == p for g, p in actor2_pairs) / len(actor2_pairs) if actor2_pairs else None),
        "actor2_n": len(actor2_pairs),
        "per_type": per_type,
        "confusions": [{"gold": g, "predicted": p, "count": c}
                       for (g, p), c in Counter(pair for pair in pairs if pair[0] != pair[1]).most_common(15)],
    }


def _calibration(gold: list[str], predictions: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """How often the predicted event is right, for predictions above and at or below 0.5 confidence."""
    out: dict[str, dict[str, float]] = {}
    for name, keep in (("above 0.5", lambda c: c > 0.5), ("0.5 or below", lambda c: c <= 0.5)):
        chosen = [g == p["sub_event_type"] for g, p in zip(gold, predictions, strict=True)
                  if p["sub_event_type"] and keep(p["confidence"])]
        out[name] = {"n": len(chosen), "precision": sum(chosen) / len(chosen) if chosen else 0.0}
    return out


def evaluate(path: str | Path | None = None) -> dict[str, Any]:
    """Scores of each mode on the held-out snippets, and of the combined system on the training part too."""
    examples = labelled_examples([Path(path)] if path else None)
    predictions = predict(examples)
    out: dict[str, Any] = {}
    for split in ("test", "train"):
        chosen = [i for i, e in enumerate(examples) if e.get("split", "train") == split]
        if not chosen:
            continue
        out[split] = {mode: score([examples[i] for i in chosen], [predictions[mode][i] for i in chosen])
                      for mode in MODES}
    return out


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(scores: dict[str, Any]) -> str:
    lines: list[str] = []
    for split, by_mode in scores.items():
        hybrid = by_mode["hybrid"]
        lines.append(f"== {split} split (n={hybrid['n']}) ==")
        for mode, result in by_mode.items():
            lines.append(f"{mode:10}  accuracy {_number(result['accuracy'])}  micro-F1 {_number(result['micro_f1'])}"
                         f"  macro-F1 {_number(result['macro_f1'])}  weighted-F1 {_number(result['weighted_f1'])}")
        if split != "test":
            lines.append("")
            continue
        lines.append("-- rules + classifier --")
        lines.append(f"micro P {_number(hybrid['micro_precision'])} R {_number(hybrid['micro_recall'])}")
        detection = hybrid["detection"]
        lines.append(f"event vs none: P {_number(detection['precision'])} R {_number(detection['recall'])} "
                     f"F1 {_number(detection['f1'])}")
        calibration = "  ".join(f"confidence {name}: {_number(c['precision'])} right (n={c['n']})"
                                for name, c in hybrid["calibration"].items())
        lines.append(calibration)
        lines.append(f"modality accuracy {_number(hybrid['modality_accuracy'])} (n={hybrid['modality_n']})  "
                     f"actor1 accuracy {_number(hybrid['actor1_accuracy'])} (n={hybrid['actor1_n']})  "
                     f"actor2 accuracy {_number(hybrid['actor2_accuracy'])} (n={hybrid['actor2_n']})")
        lines.append(f"{'sub-event type':40} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
        for sub_event_type, s in hybrid["per_type"].items():
            lines.append(f"{sub_event_type:40} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} "
                         f"{s['support']:4d}")
        if hybrid["confusions"]:
            lines.append("top confusions (gold -> predicted):")
            for c in hybrid["confusions"]:
                lines.append(f"  {c['count']:3d}  {c['gold']} -> {c['predicted']}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(format_report(evaluate(args[0] if args else None)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
