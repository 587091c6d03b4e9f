"""Score the dates stage on the project's labelled examples (sitreps/data/eval/dates.jsonl).

In: a JSONL file, one example a line: {"id", "split" ("dev" | "heldout"), "published" (ISO or null), "text",
"dates": [{"text", "date_start", "date_end", "precision", "occurrence"?}]}; a gold expression is found in the
text by its wording (the `occurrence`-th match, from 0). Out: per split, recognition precision/recall/F1 (a
prediction counts when it overlaps a gold expression; exact-span matches are counted too) and the share of
gold expressions resolved exactly (same start, end and precision). `python -m sitreps.evaluation.dates`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from sitreps.dates import extract_dates
from sitreps.models import DateValue, Document
from sitreps.nlp import parse_documents

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "eval" / "dates.jsonl"


def load_examples(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _gold_offsets(text: str, gold: dict[str, Any]) -> tuple[int, int]:
    start = -1
    for _ in range(gold.get("occurrence", 0) + 1):
        start = text.index(gold["text"], start + 1)
    return start, start + len(gold["text"])


def _score_example(example: dict[str, Any], predicted: list[DateValue]) -> dict[str, Any]:
    counts = {
        "gold": 0,
        "predicted": len(predicted),
        "matched_gold": 0,
        "matched_predicted": 0,
        "exact_span": 0,
        "resolved": 0,
    }
    errors: list[str] = []
    used: set[int] = set()
    for gold in example["dates"]:
        counts["gold"] += 1
        start, end = _gold_offsets(example["text"], gold)
        overlapping = [i for i, p in enumerate(predicted) if p.start < end and start < p.end]
        if not overlapping:
            errors.append(f"{example['id']}: missed {gold['text']!r}")
            continue
        value = predicted[overlapping[0]]
        used.update(overlapping)
        counts["matched_gold"] += 1
        counts["exact_span"] += (value.start, value.end) == (start, end)
        wanted = (gold["date_start"], gold["date_end"], gold["precision"])
        got = (value.date_start, value.date_end, value.precision)
        if got == wanted:
            counts["resolved"] += 1
        else:
            errors.append(f"{example['id']}: {gold['text']!r} -> {got}, gold {wanted}")
    counts["matched_predicted"] = len(used)
    for i, value in enumerate(predicted):
        if i not in used:
            errors.append(f"{example['id']}: spurious {value.text!r} -> {value.date_start}..{value.date_end}")
    return {"counts": counts, "errors": errors}


def _summarise(counts: dict[str, int], examples: int) -> dict[str, Any]:
    precision = counts["matched_predicted"] / counts["predicted"] if counts["predicted"] else 0.0
    recall = counts["matched_gold"] / counts["gold"] if counts["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "examples": examples,
        "gold": counts["gold"],
        "predicted": counts["predicted"],
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "exact_span": counts["exact_span"] / counts["gold"] if counts["gold"] else 0.0,
        "resolution_accuracy": counts["resolved"] / counts["gold"] if counts["gold"] else 0.0,
    }


def evaluate(path: Path | None = None) -> dict[str, Any]:
    """Scores per split ("dev", "heldout") and over all examples, plus the list of errors."""
    examples = load_examples(path or DEFAULT_PATH)
    documents = [
        Document(id=e["id"], text=e["text"], published=e.get("published"), language="en") for e in examples
    ]
    per_split: dict[str, dict[str, int]] = {}
    sizes: dict[str, int] = {}
    errors: list[str] = []
    for example, (document, doc) in zip(examples, parse_documents(documents), strict=True):
        scored = _score_example(example, extract_dates(doc, document))
        errors.extend(scored["errors"])
        for split in (example.get("split", "dev"), "all"):
            totals = per_split.setdefault(split, dict.fromkeys(scored["counts"], 0))
            for key, value in scored["counts"].items():
                totals[key] += value
            sizes[split] = sizes.get(split, 0) + 1
    scores: dict[str, Any] = {split: _summarise(totals, sizes[split]) for split, totals in per_split.items()}
    scores["errors"] = errors
    return scores


def format_report(scores: dict[str, Any]) -> str:
    lines = [
        f"{'split':<8} {'examples':>8} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'exact span':>10} {'resolved':>9}"
    ]
    for split in ("dev", "heldout", "all"):
        if split not in scores:
            continue
        s = scores[split]
        lines.append(
            f"{split:<8} {s['examples']:>8} {s['gold']:>5} {s['predicted']:>5} {s['precision']:>6.3f} "
            f"{s['recall']:>6.3f} {s['f1']:>6.3f} {s['exact_span']:>10.3f} {s['resolution_accuracy']:>9.3f}"
        )
    lines.append(
        "(P/R/F1: recognition, overlap match; resolved: gold expressions with exact start, end, precision)"
    )
    if scores["errors"]:
        lines.append("")
        lines.append("errors:")
        lines.extend(f"  {error}" for error in scores["errors"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(format_report(evaluate(Path(args[0]) if args else None)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
