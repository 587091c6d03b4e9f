"""Score event detection and typing on the project's labelled snippets.

In: a JSONL file (default sitreps/data/eval/events.jsonl), one snippet a line:
`{"text", "sub_event_type" | null, "event_type" | null, "actor1"?, "modality"?, "split": "train" | "test"}`.
Out: per-split scores: per-sub-event-type precision / recall / F1, micro / macro / weighted F1, event-vs-none
detection, modality and actor1 accuracy, and the most frequent confusions. Each snippet's prediction is the
sub-event type of its most confident mention (none when nothing is found).

Run: `python -m sitreps.evaluation.events [PATH]`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sitreps.events import detect_events
from sitreps.models import Document
from sitreps.nlp import parse_documents

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "eval" / "events.jsonl"
NONE = "none"


def load_examples(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(examples: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each example: the top mention's type, modality and actor1 name (or None)."""
    documents = [Document(id=f"eval{i}", text=e["text"], language="en") for i, e in enumerate(examples)]
    predictions = []
    for document, doc in parse_documents(documents):
        mentions = detect_events(doc, document)
        top = max(mentions, key=lambda m: m.confidence, default=None)
        predictions.append({
            "sub_event_type": top.sub_event_type if top else None,
            "modality": top.modality if top else None,
            "actor1": top.actor1.name if top and top.actor1 else None,
            "all": [(m.sub_event_type, m.modality) for m in mentions],
        })
    return predictions


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(examples: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> dict[str, Any]:
    gold = [e.get("sub_event_type") or NONE for e in examples]
    pred = [p["sub_event_type"] or NONE for p in predictions]
    types = sorted({t for t in gold + pred if t != NONE})
    per_type: dict[str, dict[str, float]] = {}
    true_positives = false_positives = false_negatives = 0
    for sub_event_type in types:
        tp = sum(g == p == sub_event_type for g, p in zip(gold, pred, strict=True))
        fp = sum(p == sub_event_type != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == sub_event_type != p for g, p in zip(gold, pred, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_type[sub_event_type] = {"precision": precision, "recall": recall, "f1": _f1(precision, recall),
                                    "support": tp + fn}
        true_positives, false_positives, false_negatives = (true_positives + tp, false_positives + fp,
                                                            false_negatives + fn)
    micro_p = true_positives / (true_positives + false_positives) if true_positives + false_positives else 0.0
    micro_r = true_positives / (true_positives + false_negatives) if true_positives + false_negatives else 0.0
    supported = [s for s in per_type.values() if s["support"]]
    total_support = sum(s["support"] for s in supported)
    detected = [(g != NONE, p != NONE) for g, p in zip(gold, pred, strict=True)]
    detect_tp = sum(g and p for g, p in detected)
    detect_p = detect_tp / sum(p for _, p in detected) if any(p for _, p in detected) else 0.0
    detect_r = detect_tp / sum(g for g, _ in detected) if any(g for g, _ in detected) else 0.0
    modality_pairs = [(e["modality"], p["modality"]) for e, p in zip(examples, predictions, strict=True)
                      if e.get("modality") and (e.get("sub_event_type") or NONE) == (p["sub_event_type"] or NONE)
                      and p["modality"]]
    actor_pairs = [(e["actor1"], p["actor1"]) for e, p in zip(examples, predictions, strict=True)
                   if e.get("actor1") and e.get("sub_event_type") == p["sub_event_type"]]
    confusions = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    return {
        "n": len(examples),
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(examples) if examples else 0.0,
        "micro_f1": _f1(micro_p, micro_r),
        "micro_precision": micro_p,
        "micro_recall": micro_r,
        "macro_f1": sum(s["f1"] for s in supported) / len(supported) if supported else 0.0,
        "weighted_f1": sum(s["f1"] * s["support"] for s in supported) / total_support if total_support else 0.0,
        "detection": {"precision": detect_p, "recall": detect_r, "f1": _f1(detect_p, detect_r)},
        "modality_accuracy": (sum(g == p for g, p in modality_pairs) / len(modality_pairs)
                              if modality_pairs else None),
        "modality_n": len(modality_pairs),
        "actor1_accuracy": sum(g == p for g, p in actor_pairs) / len(actor_pairs) if actor_pairs else None,
        "actor1_n": len(actor_pairs),
        "per_type": per_type,
        "confusions": [{"gold": g, "predicted": p, "count": c} for (g, p), c in confusions.most_common(10)],
    }


def evaluate(path: str | Path | None = None) -> dict[str, Any]:
    """Scores for each split ("train", "test") and for all snippets together."""
    examples = load_examples(Path(path) if path else DEFAULT_PATH)
    predictions = predict(examples)
    out: dict[str, Any] = {}
    for split in ("train", "test"):
        chosen = [i for i, e in enumerate(examples) if e.get("split", "train") == split]
        out[split] = score([examples[i] for i in chosen], [predictions[i] for i in chosen])
    out["all"] = score(examples, predictions)
    return out


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(scores: dict[str, Any]) -> str:
    lines: list[str] = []
    for split, result in scores.items():
        lines.append(f"== {split} (n={result['n']}) ==")
        lines.append(f"accuracy {_number(result['accuracy'])}  micro-F1 {_number(result['micro_f1'])} "
                     f"(P {_number(result['micro_precision'])} R {_number(result['micro_recall'])})  "
                     f"macro-F1 {_number(result['macro_f1'])}  weighted-F1 {_number(result['weighted_f1'])}")
        detection = result["detection"]
        lines.append(f"event vs none: P {_number(detection['precision'])} R {_number(detection['recall'])} "
                     f"F1 {_number(detection['f1'])}")
        lines.append(f"modality accuracy {_number(result['modality_accuracy'])} (n={result['modality_n']})  "
                     f"actor1 accuracy {_number(result['actor1_accuracy'])} (n={result['actor1_n']})")
        lines.append(f"{'sub-event type':40} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
        for sub_event_type, s in result["per_type"].items():
            lines.append(f"{sub_event_type:40} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} "
                         f"{s['support']:4d}")
        if result["confusions"]:
            lines.append("top confusions (gold -> predicted):")
            for c in result["confusions"]:
                lines.append(f"  {c['count']:3d}  {c['gold']} -> {c['predicted']}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(format_report(evaluate(args[0] if args else None)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
