"""Score the attribution stage on PolNeAR (political news with annotated source/cue/content spans).

In: a PolNeAR split directory holding `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (BRAT standoff;
one annotator per article is used, the first in name order). Out: cue, source and content precision,
recall and F1 under overlap matching. A predicted cue is right when it overlaps a gold cue; a predicted
source is right when its cue overlaps a gold relation's cue and its span overlaps that relation's source
(content likewise).

    python -m sitreps.evaluation.attribution [DIR]   # default ../shared/eval/dev/polnear/dev
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from sitreps.attribution import extract_attributions
from sitreps.models import Attribution, Document
from sitreps.nlp import parse_documents

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "polnear" / "dev"

Ranges = list[tuple[int, int]]


@dataclass
class GoldRelation:
    cue: Ranges
    source: Ranges = field(default_factory=list)
    content: Ranges = field(default_factory=list)


def _ranges(offsets: str) -> Ranges:
    """BRAT offsets "12 20" or discontinuous "12 20;25 30"."""
    return [(int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))]


def read_annotation(path: Path) -> list[GoldRelation]:
    """The attribution relations of one .ann file."""
    spans: dict[str, Ranges] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = _ranges(offsets)
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields[1].split()))
    relations = []
    for event in events:
        if "Cue" not in event:
            continue
        relations.append(GoldRelation(cue=spans.get(event["Cue"], []),
                                      source=spans.get(event.get("Source", ""), []),
                                      content=spans.get(event.get("Content", ""), [])))
    return relations


def load_split(split_dir: Path) -> list[tuple[Document, list[GoldRelation]]]:
    """(document, gold relations) per article, one annotator each."""
    chosen: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)
    articles = []
    for name, ann in sorted(chosen.items()):
        text_path = split_dir / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append((Document(id=name, text=text, language="en"), read_annotation(ann)))
    return articles


def _overlaps(start: int, end: int, ranges: Ranges) -> bool:
    return any(a < end and start < b for a, b in ranges)


@dataclass
class Counts:
    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0

    def scores(self) -> dict[str, float]:
        precision = self.predicted_right / self.predicted if self.predicted else 0.0
        recall = self.gold_found / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "predicted": self.predicted, "gold": self.gold}


def _score_article(predicted: list[Attribution], gold: list[GoldRelation],
                   counts: dict[str, Counts]) -> None:
    def matches(attribution: Attribution, relation: GoldRelation, part: str) -> bool:
        if not _overlaps(attribution.cue.start, attribution.cue.end, relation.cue):
            return False
        if part == "cue":
            return True
        span = attribution.source if part == "source" else attribution.content
        return span is not None and _overlaps(span.start, span.end, getattr(relation, part))

    for part in ("cue", "source", "content"):
        count = counts[part]
        scored = [a for a in predicted if part != "source" or a.source is not None]
        targets = [r for r in gold if getattr(r, part)]
        count.predicted += len(scored)
        count.predicted_right += sum(any(matches(a, r, part) for r in targets) for a in scored)
        count.gold += len(targets)
        count.gold_found += sum(any(matches(a, r, part) for a in scored) for r in targets)


def evaluate(dev_dir: Path = DEFAULT_DIR) -> dict:
    """Cue, source and content P/R/F1 (overlap matching) over the PolNeAR split in `dev_dir`."""
    articles = load_split(Path(dev_dir))
    gold_by_id = {document.id: gold for document, gold in articles}
    counts = {part: Counts() for part in ("cue", "source", "content")}
    for document, doc in parse_documents([document for document, _ in articles]):
        _score_article(extract_attributions(doc, document), gold_by_id[document.id], counts)
    scores: dict = {part: count.scores() for part, count in counts.items()}
    scores["articles"] = len(articles)
    return scores


def format_report(scores: dict) -> str:
    lines = [f"PolNeAR attribution, {scores['articles']} articles (overlap matching)",
             f"{'':8} {'P':>7} {'R':>7} {'F1':>7} {'pred':>6} {'gold':>6}"]
    for part in ("cue", "source", "content"):
        s = scores[part]
        lines.append(f"{part:8} {s['precision']:7.3f} {s['recall']:7.3f} {s['f1']:7.3f} "
                     f"{s['predicted']:6d} {s['gold']:6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    split_dir = Path(args[0]) if args else DEFAULT_DIR
    if not (split_dir / "attributions").is_dir():
        print(f"no PolNeAR split at {split_dir} (expected attributions/ and text/)", file=sys.stderr)
        return 2
    print(format_report(evaluate(split_dir)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
