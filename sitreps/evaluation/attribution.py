"""Score the attribution stage on PolNeAR (political news with annotated source/cue/content spans).

In: a PolNeAR split directory holding `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (BRAT standoff;
one annotator per article is used, the first in name order). Out: cue, source and content precision,
recall and F1 under overlap matching. A predicted cue is right when it overlaps a gold cue; a predicted
source is right when its cue overlaps a gold relation's cue and its span overlaps that relation's source
(content likewise).

    python -m sitreps.evaluation.attribution [DIR]   # default ../shared/eval/dev/polnear/dev
    python -m sitreps.evaluation.attribution --train TRAIN_DIR   # refit sitreps/data/cue_model.tsv
    python -m sitreps.evaluation.attribution --cv TRAIN_DIR   # two-fold cross-validation on train

`train_cue_model` fits the cue model that `sitreps.attribution` uses to decide which candidate cues (verbs,
nouns, adjectives with a source and a content) are attributions: an L2-regularised logistic regression over
the candidates' features, labelled by whether a gold cue overlaps them, written with its decision threshold
folded into the bias weight.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from sitreps import attribution as attribution_stage
from sitreps.attribution import extract_attributions
from sitreps.models import Attribution, Document
from sitreps.nlp import parse_documents

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "polnear" / "dev"
MODEL_PATH = attribution_stage.DATA_DIR / "cue_model.tsv"
# Regularisation strength (sklearn's C) and decision threshold, chosen by two-fold cross-validation on the
# train split (source F1 of the whole stage), never on dev.
REGULARISATION = 0.3
THRESHOLD = 0.35
MIN_FEATURE_COUNT = 3

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


ParsedArticle = tuple[Document, list[GoldRelation], Doc]


def parse_split(split_dir: Path) -> list[ParsedArticle]:
    """(document, gold relations, parsed doc) per article of a PolNeAR split."""
    articles = load_split(Path(split_dir))
    gold_by_id = {document.id: gold for document, gold in articles}
    return [(document, gold_by_id[document.id], doc)
            for document, doc in parse_documents([document for document, _ in articles])]


def _scores(parsed: list[ParsedArticle], cue_weights: dict[str, float] | None = None) -> dict:
    counts = {part: Counts() for part in ("cue", "source", "content")}
    for document, gold, doc in parsed:
        _score_article(extract_attributions(doc, document, cue_weights), gold, counts)
    scores: dict = {part: count.scores() for part, count in counts.items()}
    scores["articles"] = len(parsed)
    return scores


def evaluate(dev_dir: Path = DEFAULT_DIR) -> dict:
    """Cue, source and content P/R/F1 (overlap matching) over the PolNeAR split in `dev_dir`."""
    return _scores(parse_split(dev_dir))


def _candidates_of(parsed: list[ParsedArticle]) -> list[tuple[list[str], bool]]:
    candidates: list[tuple[list[str], bool]] = []
    for document, gold, doc in parsed:
        cues = [cue for relation in gold for cue in relation.cue]
        for item in attribution_stage.candidate_cues(doc, document):
            candidates.append((item.features or [], _overlaps(item.cue.start, item.cue.end, cues)))
    return candidates


def cue_candidates(split_dir: Path) -> list[tuple[list[str], bool]]:
    """(features, is a gold cue) for every candidate cue the stage considers in a PolNeAR split."""
    return _candidates_of(parse_split(split_dir))


def cross_validate(train_dir: Path, folds: int = 2, threshold: float = THRESHOLD) -> dict:
    """P/R/F1 of the whole stage on each fold of the train split (articles dealt round-robin) with a cue model
    fitted on the other folds, summed over the folds: the estimate by which C and the threshold were chosen."""
    parsed = parse_split(train_dir)
    totals = {part: Counts() for part in ("cue", "source", "content")}
    for fold in range(folds):
        held_out = parsed[fold::folds]
        fitted = [article for i, article in enumerate(parsed) if i % folds != fold]
        weights = _with_threshold(fit_logistic(_candidates_of(fitted)), threshold)
        counts = {part: Counts() for part in totals}
        for document, gold, doc in held_out:
            _score_article(extract_attributions(doc, document, weights), gold, counts)
        for part, count in counts.items():
            for name in ("predicted", "predicted_right", "gold", "gold_found"):
                setattr(totals[part], name, getattr(totals[part], name) + getattr(count, name))
    scores: dict = {part: count.scores() for part, count in totals.items()}
    scores["articles"] = len(parsed)
    return scores


def _with_threshold(weights: dict[str, float], threshold: float) -> dict[str, float]:
    """The weights with the decision threshold folded into the bias, so that a cue scores above 0."""
    return {**weights, "bias": weights.get("bias", 0.0) - float(np.log(threshold / (1 - threshold)))}


def fit_logistic(candidates: list[tuple[list[str], bool]], regularisation: float = REGULARISATION,
                 steps: int = 600) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression (sklearn's objective, no separate intercept) fitted
    by full-batch Adam; features seen fewer than MIN_FEATURE_COUNT times are dropped."""
    counts: dict[str, int] = {}
    for features, _ in candidates:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    index = {name: i for i, name in enumerate(names)}
    rows, cols = [], []
    for row, (features, _) in enumerate(candidates):
        for feature in set(features):
            if feature in index:
                rows.append(row)
                cols.append(index[feature])
    row_ids, col_ids = np.array(rows), np.array(cols)
    labels = np.array([label for _, label in candidates], dtype=float)
    weights = np.zeros(len(names))
    moment, velocity = np.zeros_like(weights), np.zeros_like(weights)
    for step in range(1, steps + 1):
        scores = np.bincount(row_ids, weights=weights[col_ids], minlength=len(candidates))
        errors = 1 / (1 + np.exp(-scores)) - labels
        gradient = regularisation * np.bincount(col_ids, weights=errors[row_ids], minlength=len(names)) + weights
        gradient /= len(candidates)
        moment = 0.9 * moment + 0.1 * gradient
        velocity = 0.999 * velocity + 0.001 * gradient ** 2
        weights -= 0.05 * (moment / (1 - 0.9 ** step)) / (np.sqrt(velocity / (1 - 0.999 ** step)) + 1e-8)
    return dict(zip(names, weights.tolist(), strict=True))


def train_cue_model(train_dir: Path, path: Path = MODEL_PATH, threshold: float = THRESHOLD) -> int:
    """Fit the cue model on a PolNeAR train split and write it to `path`; returns the number of weights."""
    weights = _with_threshold(fit_logistic(cue_candidates(train_dir)), threshold)
    lines = ["# Cue model of sitreps/attribution.py: feature<TAB>weight; a candidate is a cue when its weights",
             "# sum above 0. Fitted by `python -m sitreps.evaluation.attribution --train` on the PolNeAR train",
             f"# split (C={REGULARISATION}, threshold {threshold} folded into bias). See README-attribution.md."]
    lines += [f"{name}\t{weight:.4f}" for name, weight in sorted(weights.items()) if abs(weight) >= 0.01]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attribution_stage.cue_model.cache_clear()
    return len(lines) - 3


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
    if args[:1] == ["--cv"]:
        train_dir = Path(args[1]) if len(args) > 1 else DEFAULT_DIR.parent / "train"
        print(format_report(cross_validate(train_dir)).replace("PolNeAR", "PolNeAR two-fold cross-validation:", 1))
        return 0
    if args[:1] == ["--train"]:
        train_dir = Path(args[1]) if len(args) > 1 else DEFAULT_DIR.parent / "train"
        print(f"wrote {train_cue_model(train_dir)} weights to {MODEL_PATH}")
        return 0
    split_dir = Path(args[0]) if args else DEFAULT_DIR
    if not (split_dir / "attributions").is_dir():
        print(f"no PolNeAR split at {split_dir} (expected attributions/ and text/)", file=sys.stderr)
        return 2
    print(format_report(evaluate(split_dir)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
