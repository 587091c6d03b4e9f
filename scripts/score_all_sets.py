"""Score every bundled merge set (each alone) and every wire set, and compare two runs set by set.

In: `run TAG` scores `sitreps/data/eval/merge*.jsonl` and `wire*.jsonl` with the code on PYTHONPATH, in parallel
(`--jobs`, default 2), and writes `out/scores/TAG-merge.json` and `TAG-wire.json` (per set: pairwise P/R/F1, the
3+ outlet and best-toll checks, the wire criteria). `compare A B` prints both runs' totals over the sets they share
and every set whose F1, toll or outlet check moved, and every wire criterion that moved. Out: those files and lines.
A whole run takes about 5 minutes on 2 idle cores. Run: `python scripts/score_all_sets.py run base` then, after a
change, `... run new` and `... compare base new`.
"""

from __future__ import annotations

import argparse
import json
from multiprocessing import Pool
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parents[1] / "sitreps" / "data" / "eval"
SCORES = Path("out") / "scores"
WIRE_CRITERIA = ["type_found", "day_right", "toll_right", "sources_found", "place_right"]


def score_set(kind: str, path: str) -> tuple[str, str, dict[str, Any]]:
    """One set's scores: a merge set's "all" split, or a wire set's totals."""
    if kind == "merge":
        from sitreps.evaluation.merge import evaluate

        scores = evaluate(path, shuffle_seed=None)
        a = scores["all"]
        return kind, Path(path).stem, {
            "p": a["precision"], "r": a["recall"], "f1": a["f1"], "toll": a["toll_latest"],
            "tolln": a["toll_clusters"], "listed": a["three_outlet_all_listed"], "multi": a["three_outlet_clusters"],
            "errors": scores["errors"], "clusters": scores["clusters"]}  # fmt: skip
    from sitreps.evaluation.wire import evaluate as evaluate_wire

    return kind, Path(path).stem, evaluate_wire(path)


def run(tag: str, jobs: int) -> None:
    work = [("merge", str(p)) for p in sorted(EVAL.glob("merge*.jsonl"))]
    work += [("wire", str(p)) for p in sorted(EVAL.glob("wire*.jsonl"))]
    with Pool(jobs) as pool:
        results = pool.starmap(score_set, work, chunksize=1)
    SCORES.mkdir(parents=True, exist_ok=True)
    for kind in ("merge", "wire"):
        by_set = {name: scores for k, name, scores in results if k == kind}
        (SCORES / f"{tag}-{kind}.json").write_text(json.dumps(by_set), encoding="utf-8")
    print(f"scored {len(results)} sets into {SCORES}/{tag}-*.json")


def _load(tag: str, kind: str) -> dict[str, Any]:
    path = SCORES / f"{tag}-{kind}.json"
    if not path.exists():
        raise SystemExit(f"error: {path}: no such run; score one first with `run {tag}`")
    return json.loads(path.read_text(encoding="utf-8"))


def _totals(merge: dict[str, Any], wire: dict[str, Any], names: list[str]) -> str:
    f1 = sum(merge[n]["f1"] for n in names) / len(names)
    toll = f"{sum(merge[n]['toll'] for n in names)}/{sum(merge[n]['tolln'] for n in names)}"
    listed = f"{sum(merge[n]['listed'] for n in names)}/{sum(merge[n]['multi'] for n in names)}"
    criteria = ", ".join(f"{c} {sum(s[c] for s in wire.values())}" for c in WIRE_CRITERIA)
    return (f"merge: {len(names)} sets, mean F1 {f1:.4f}, best toll {toll}, 3+ outlets listed {listed} | "
            f"wire: {criteria}")


def compare(before: str, after: str) -> None:
    merge_a, merge_b = _load(before, "merge"), _load(after, "merge")
    wire_a, wire_b = _load(before, "wire"), _load(after, "wire")
    names = sorted(set(merge_a) & set(merge_b))
    print(f"{before}: {_totals(merge_a, wire_a, names)}")
    print(f"{after}: {_totals(merge_b, wire_b, names)}")
    for n in names:
        a, b = merge_a[n], merge_b[n]
        if (round(a["f1"], 4), a["toll"], a["listed"]) != (round(b["f1"], 4), b["toll"], b["listed"]):
            print(f"  {n}: F1 {a['f1']:.3f} -> {b['f1']:.3f} (P {a['p']:.3f} -> {b['p']:.3f}), best toll "
                  f"{a['toll']} -> {b['toll']}/{b['tolln']}, 3+ outlets listed {a['listed']} -> {b['listed']}")
    for name in sorted(set(wire_a) & set(wire_b)):
        for criterion in WIRE_CRITERIA:
            if wire_a[name][criterion] != wire_b[name][criterion]:
                print(f"  {name}: {criterion} {wire_a[name][criterion]} -> {wire_b[name][criterion]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="score every set into out/scores/TAG-*.json")
    run_parser.add_argument("tag")
    run_parser.add_argument("--jobs", type=int, default=2)
    compare_parser = commands.add_parser("compare", help="what moved between two runs")
    compare_parser.add_argument("before")
    compare_parser.add_argument("after")
    args = parser.parse_args()
    if args.command == "run":
        run(args.tag, args.jobs)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
