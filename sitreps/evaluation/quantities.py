"""Score the quantities stage on the project's labelled sentences (sitreps/data/eval/quantities.jsonl).

In: JSONL records `{"id", "split", "text", "quantities": [{"what", "min", "max"}], "fatalities": {"min",
"max"} | null}`. Out: precision/recall/F1 of exact (what, min, max) triples per split, and how often
`fatalities_from` gets the death-toll floor (`min`) right where the record gives one.
Splits: "dev" (rules tuned on it), "test" (held back, never tuned on), "blind" (written after the rules
were first finished; scored once before any change, then used like dev).

Run: `python -m sitreps.evaluation.quantities [PATH] [--errors dev|test|all]`.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sitreps.models import Document
from sitreps.nlp import parse_documents
from sitreps.quantities import extract_quantities, fatalities_from

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "eval" / "quantities.jsonl"


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _triples(quantities: list[dict]) -> Counter:
    return Counter((q["what"], q["min"], q["max"]) for q in quantities)


def _f1(true_positives: int, predicted: int, gold: int) -> dict:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": true_positives,
            "predicted": predicted, "gold": gold}


def evaluate(path: str | Path | None = None) -> dict:
    """Scores per split ("dev", "test", "all") plus the records that went wrong."""
    records = _load(Path(path) if path else DEFAULT_PATH)
    documents = [Document(id=r["id"], text=r["text"], language="en") for r in records]
    tallies: dict[str, Counter] = {}
    errors = []
    for record, (document, doc) in zip(records, parse_documents(documents), strict=True):
        quantities = extract_quantities(doc, document)
        gold, found = _triples(record["quantities"]), _triples([q.to_dict() for q in quantities])
        true_positives = sum((gold & found).values())
        fatalities = fatalities_from(quantities)
        floor_right = None
        if record.get("fatalities") is not None:
            floor_right = fatalities is not None and fatalities["min"] == record["fatalities"]["min"]
        for split in (record["split"], "all"):
            tally = tallies.setdefault(split, Counter())
            tally["tp"] += true_positives
            tally["predicted"] += sum(found.values())
            tally["gold"] += sum(gold.values())
            tally["records"] += 1
            if floor_right is not None:
                tally["toll_records"] += 1
                tally["toll_right"] += int(floor_right)
        if gold != found or floor_right is False:
            errors.append({"id": record["id"], "split": record["split"], "text": record["text"],
                           "missing": sorted(map(str, (gold - found).elements())),
                           "spurious": sorted(map(str, (found - gold).elements())),
                           "fatalities": fatalities, "gold_fatalities": record.get("fatalities")})
    scores: dict = {"errors": errors}
    for split, tally in tallies.items():
        scores[split] = {**_f1(tally["tp"], tally["predicted"], tally["gold"]), "records": tally["records"],
                         "toll_records": tally["toll_records"],
                         "toll_floor_accuracy": tally["toll_right"] / tally["toll_records"]
                         if tally["toll_records"] else None}
    return scores


def format_report(scores: dict, show_errors: str | None = None) -> str:
    """A table of the scores; with `show_errors` ("dev", "test" or "all"), the failing records too."""
    lines = ["split  records  P      R      F1     toll floor right"]
    for split in ("dev", "test", "blind", "all"):
        if split not in scores:
            continue
        s = scores[split]
        toll = (f"{s['toll_floor_accuracy']:.3f} ({s['toll_records']} records)"
                if s["toll_floor_accuracy"] is not None else "-")
        lines.append(f"{split:<6} {s['records']:<8} {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}  {toll}")
    for error in scores["errors"]:
        if show_errors not in (error["split"], "all"):
            continue
        lines.append(f"\n{error['id']}: {error['text']}")
        if error["missing"]:
            lines.append(f"  missing:  {', '.join(error['missing'])}")
        if error["spurious"]:
            lines.append(f"  spurious: {', '.join(error['spurious'])}")
        if error["fatalities"] != error["gold_fatalities"]:
            lines.append(f"  fatalities: {error['fatalities']} (gold {error['gold_fatalities']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="labelled JSONL (default: the bundled set)")
    parser.add_argument("--errors", metavar="SPLIT", help="list the failing records of a split (or all)")
    args = parser.parse_args(argv)
    print(format_report(evaluate(args.path), args.errors))


if __name__ == "__main__":
    main()
