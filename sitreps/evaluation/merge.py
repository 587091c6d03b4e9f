"""Score cross-document merging end to end: reports in, canonical events out, compared with gold clusters.

In: JSONL records `{"id", "split", "cluster", "outlet", "published", "title", "text", "toll"}`, optionally
`"republishes"` (the id of the report it copies verbatim) (default: sitreps/data/eval/merge.jsonl): short
reports from several outlets, `cluster` naming the real-world event that is each report's main event and
`toll` the death toll the report gives for it (null when none). Splits: "dev" (rules tuned on it), "test"
(held back, though its errors were looked at once while the rules were being written), "blind" (written
after the rules were finished, scored once, then used like dev) and "hard" (written to break the rules:
revised tolls, place spellings, republished wire copy, other attacks the same day or in the same city the
next day). Every report goes through the full pipeline (`Extractor`) into a temporary `Store`; a report's
main event is its first mention that was merged into a canonical event. Out: pairwise precision/recall/F1
of "same event" over reports; second, the same for reports that share any canonical event, as a reader of
the `documents` lists of `sitreps events` would pair them (a report that also tells another cluster's attack
rightly joins that event too, and counts there as a false pair); whether each attack reported by three or
more outlets lists them all, whether the best death toll is the latest report's (the latest day's highest),
whether republished copies count once among independent sources, and whether ingesting the reports in
another order gives the same canonical events.

`evaluate_demo()` scores the bundled example corpus against the loose gold table in examples/README.md:
for each event reported by two or more documents, whether one canonical event holds all of them.

Run: `python -m sitreps.evaluation.merge [PATH] [--errors] [--demo]`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

from sitreps.ingest import document_from_text
from sitreps.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "eval" / "merge.jsonl"
DEMO_README = ROOT / "examples" / "README.md"
DEMO_INPUTS = [ROOT / "examples" / "reports.jsonl", ROOT / "examples" / "html", ROOT / "examples" / "text"]


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _ingest(store: Store, documents: list) -> None:
    from sitreps.pipeline import ExtractionFailure, Extractor

    for result in Extractor().extract(documents):
        if isinstance(result, ExtractionFailure):
            raise RuntimeError(str(result))
        store.add(result)


def main_event(store: Store, document_id: str) -> str | None:
    """The canonical event of the document's first merged mention."""
    return next(
        (m["canonical_event"] for m in store.mentions_for_document(document_id) if m["canonical_event"]), None
    )


def document_events(store: Store, document_id: str) -> set[str]:
    """Every canonical event that one of the document's mentions was merged into."""
    return {m["canonical_event"] for m in store.mentions_for_document(document_id) if m["canonical_event"]}


def _pairwise(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    return _pairwise_by(gold, lambda a, b: predicted[a] == predicted[b])


def _pairwise_by(gold: dict[str, str], same: Any) -> dict[str, float]:
    """Pairwise P/R/F1 of "same event", `same(a, b)` saying whether the system put reports a and b together."""
    true_positive = predicted_pairs = gold_pairs = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold, same_predicted = gold[a] == gold[b], same(a, b)
        gold_pairs += same_gold
        predicted_pairs += same_predicted
        true_positive += same_gold and same_predicted
    precision = true_positive / predicted_pairs if predicted_pairs else 1.0
    recall = true_positive / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold_pairs": gold_pairs,
            "predicted_pairs": predicted_pairs, "true_positive": true_positive}  # fmt: skip


def _expected_toll(reports: list[dict[str, Any]]) -> int | None:
    """The toll of the latest report that gives one (the highest of that day's reports)."""
    with_toll = [(r["published"] or "", r["toll"]) for r in reports if r.get("toll")]
    return max(with_toll)[1] if with_toll else None


def _expected_independent(reports: list[dict[str, Any]]) -> int:
    """Independent sources: reports less the verbatim copies, one outlet's several reports counting once."""
    return len({r["outlet"].casefold() for r in reports if not r.get("republishes")})


def _told_also_by(event: dict[str, Any] | None, records: list[dict[str, Any]], cluster: str) -> list[dict[str, Any]]:
    """The reports of other clusters that the event also holds: a roundup that tells this attack beside its own
    is one more independent source of it."""
    documents = set((event or {}).get("documents", []))
    return [r for r in records if r["id"] in documents and r["cluster"] != cluster]


def _cluster_checks(
    store: Store, records: list[dict[str, Any]], predicted: dict[str, str]
) -> list[dict[str, Any]]:
    clusters: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        clusters.setdefault(record["cluster"], []).append(record)
    checks = []
    for cluster, reports in clusters.items():
        events = Counter(predicted[r["id"]] for r in reports)
        event_id = events.most_common(1)[0][0]
        event = store.event(event_id) if not event_id.startswith("unmerged:") else None
        outlets = sorted({r["outlet"] for r in reports})
        listed = {s.casefold() for s in (event or {}).get("sources", [])}
        expected_toll = _expected_toll(reports)
        best = ((event or {}).get("fatalities") or {}).get("best")
        checks.append({
            "cluster": cluster, "split": reports[0]["split"], "reports": len(reports), "outlets": outlets,
            "event": event_id, "events": len(events),
            "all_outlets_listed": all(o.casefold() in listed for o in outlets),
            "independent_sources": (event or {}).get("independent_sources"),
            "expected_toll": expected_toll, "best_toll": best,
            "toll_right": None if expected_toll is None else best == expected_toll,
            "has_copies": any(r.get("republishes") for r in reports),
            "expected_independent": _expected_independent(reports + _told_also_by(event, records, cluster)),
        })  # fmt: skip
    return checks


def _clustering(store: Store) -> set[tuple[str, frozenset[str]]]:
    """Every canonical event as (id, the uids of its mentions)."""
    members: dict[str, set[str]] = {}
    for row in store.connection.execute("SELECT mention_uid, event_id FROM canonical_event_mentions"):
        members.setdefault(row["event_id"], set()).add(row["mention_uid"])
    return {(event_id, frozenset(uids)) for event_id, uids in members.items()}


def evaluate(path: str | Path | None = None, shuffle_seed: int | None = 7) -> dict[str, Any]:
    """Scores per split ("dev", "test", "all"), the per-cluster checks and the reports merged wrongly; with a
    `shuffle_seed`, also whether the reports ingested in a shuffled order give the same canonical events."""
    records = _load(Path(path) if path else DEFAULT_PATH)
    documents = [
        document_from_text(r["text"], r["id"], id=r["id"], title=r.get("title"), outlet=r.get("outlet"),
                           published=r.get("published"))
        for r in records
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "merge-eval.db") as store:
        _ingest(store, documents)
        predicted = {r["id"]: main_event(store, r["id"]) or f"unmerged:{r['id']}" for r in records}
        shared = {r["id"]: document_events(store, r["id"]) for r in records}
        checks = _cluster_checks(store, records, predicted)
        canonical_events = store.stats()["canonical_events"]
        clustering = _clustering(store)
    scores: dict[str, Any] = {"canonical_events": canonical_events, "clusters": checks}
    if shuffle_seed is not None:
        shuffled = list(documents)
        random.Random(shuffle_seed).shuffle(shuffled)
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "merge-shuffled.db") as store:
            _ingest(store, shuffled)
            other = _clustering(store)
        scores["shuffle"] = {"agree": other == clustering, "events": len(clustering),
                             "differing": len(clustering ^ other)}  # fmt: skip
    for split in [*dict.fromkeys(r["split"] for r in records), "all"]:
        chosen = [r for r in records if split in ("all", r["split"])]
        split_checks = [c for c in checks if split in ("all", c["split"])]
        multi = [c for c in split_checks if len(c["outlets"]) >= 3]
        tolls = [c for c in split_checks if c["toll_right"] is not None]
        copies = [c for c in split_checks if c["has_copies"] and c["events"] == 1]
        scores[split] = {
            **_pairwise({r["id"]: r["cluster"] for r in chosen}, {r["id"]: predicted[r["id"]] for r in chosen}),
            "reports": len(chosen), "clusters": len(split_checks),
            "three_outlet_clusters": len(multi),
            "three_outlet_all_listed": sum(c["all_outlets_listed"] for c in multi),
            "toll_clusters": len(tolls), "toll_latest": sum(c["toll_right"] for c in tolls),
            "copy_clusters": len(copies),
            "copies_once": sum(c["independent_sources"] == c["expected_independent"] for c in copies),
            "any_shared": _pairwise_by(
                {r["id"]: r["cluster"] for r in chosen}, lambda a, b: bool(shared[a] & shared[b])
            ),
        }  # fmt: skip
    gold = {r["id"]: r["cluster"] for r in records}
    scores["errors"] = [
        {"id": a, "other": b, "gold_same": gold[a] == gold[b], "predicted_same": predicted[a] == predicted[b],
         "events": (predicted[a], predicted[b])}
        for a, b in combinations(sorted(gold), 2)
        if (gold[a] == gold[b]) != (predicted[a] == predicted[b])
    ]  # fmt: skip
    return scores


def demo_gold(readme: Path = DEMO_README) -> list[dict[str, Any]]:
    """The events table of examples/README.md: per event, the reports that describe it (passing mentions,
    listed after "mention", are left out) as JSONL ids or `html/...`, `text/...` paths."""
    events = []
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not re.match(r"\d{4}-\d{2}|late|\(", cells[1]):
            continue
        reports_cell = re.split(r"\bmentions? in\b", cells[4])[0]
        reports = list(dict.fromkeys(re.findall(r"`([^`]+)`", reports_cell)))
        events.append({"event": cells[0], "date": cells[1], "reports": reports})
    return events


def evaluate_demo(readme: Path = DEMO_README) -> dict[str, Any]:
    """For each README event with two or more reports: the largest share of them one canonical event holds."""
    from sitreps.ingest import InputError, InputWarning, read_inputs

    documents = [d for d in read_inputs([str(p) for p in DEMO_INPUTS]) if not isinstance(d, InputError | InputWarning)]
    rows = []
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "demo-eval.db") as store:
        _ingest(store, documents)
        by_name = {}
        for row in store.connection.execute("SELECT id, input_name FROM documents"):
            by_name[row["id"]] = row["id"]
            name = str(row["input_name"] or "")
            for folder_name in ("html", "text"):
                if f"/{folder_name}/" in name:
                    by_name[folder_name + "/" + name.rsplit("/", 1)[-1]] = row["id"]
        for event in demo_gold(readme):
            ids = [by_name[r] for r in event["reports"] if r in by_name]
            if len(ids) < 2:
                continue
            held: Counter = Counter()
            for document_id in ids:
                for event_id in {m["canonical_event"] for m in store.mentions_for_document(document_id)}:
                    if event_id:
                        held[event_id] += 1
            best_event, best_count = held.most_common(1)[0] if held else (None, 0)
            rows.append({"event": event["event"], "date": event["date"], "reports": len(ids),
                         "in_one_event": best_count, "canonical_event": best_event})  # fmt: skip
        stats = store.stats()
    return {
        "events": rows,
        "fully_merged": sum(r["in_one_event"] == r["reports"] for r in rows),
        "multi_report_events": len(rows),
        "canonical_events": stats["canonical_events"],
        "multi_source_events": stats["multi_source_events"],
    }


def format_report(scores: dict[str, Any], show_errors: bool = False) -> str:
    lines = []
    for split in [*dict.fromkeys(c["split"] for c in scores["clusters"]), "all"]:
        s = scores[split]
        lines.append(
            f"{split:>4}: pairwise P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
            f"({s['true_positive']}/{s['predicted_pairs']} predicted, {s['gold_pairs']} gold pairs; "
            f"{s['reports']} reports, {s['clusters']} events) | 3+ outlets all listed "
            f"{s['three_outlet_all_listed']}/{s['three_outlet_clusters']} | best toll = latest report "
            f"{s['toll_latest']}/{s['toll_clusters']}"
            + (f" | republished copies counted once {s['copies_once']}/{s['copy_clusters']}"
               if s["copy_clusters"] else "")
        )
        any_shared = s["any_shared"]
        lines.append(
            f"{'':>4}  reports together when they share any canonical event (the `documents` of `sitreps events`): "
            f"P {any_shared['precision']:.3f} R {any_shared['recall']:.3f} F1 {any_shared['f1']:.3f}"
        )
    lines.append(f"canonical events in the store: {scores['canonical_events']}")
    if "shuffle" in scores:
        shuffle = scores["shuffle"]
        verdict = "agree" if shuffle["agree"] else f"DIFFER ({shuffle['differing']} events not shared)"
        lines.append(f"ingested in a shuffled order: canonical events (ids and members) {verdict}")
    if show_errors:
        for check in scores["clusters"]:
            if check["events"] > 1 or not check["all_outlets_listed"] or check["toll_right"] is False:
                lines.append(
                    f"  cluster {check['cluster']} ({check['split']}): {check['events']} events; outlets listed "
                    f"{check['all_outlets_listed']}; toll {check['best_toll']} (expected {check['expected_toll']}); "
                    f"independent sources {check['independent_sources']} (expected {check['expected_independent']})"
                )
        for error in scores["errors"]:
            kind = "missed merge" if error["gold_same"] else "false merge"
            lines.append(f"  {kind}: {error['id']} / {error['other']} {error['events']}")
    return "\n".join(lines)


def format_demo_report(scores: dict[str, Any]) -> str:
    lines = [
        f"demo corpus: {scores['fully_merged']}/{scores['multi_report_events']} multi-report events held by one "
        f"canonical event; {scores['canonical_events']} canonical events, {scores['multi_source_events']} with "
        "more than one mention"
    ]
    for row in scores["events"]:
        lines.append(f"  {row['in_one_event']}/{row['reports']}  {row['date']}  {row['event'][:80]}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", help="labelled JSONL (default: the bundled set)")
    parser.add_argument("--errors", action="store_true", help="list the clusters and pairs that went wrong")
    parser.add_argument("--demo", action="store_true", help="also score the example corpus (examples/README.md)")
    args = parser.parse_args()
    print(format_report(evaluate(args.path), show_errors=args.errors))
    if args.demo:
        print(format_demo_report(evaluate_demo()))


if __name__ == "__main__":
    main()
