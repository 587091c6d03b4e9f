"""Train the event-type classifier (sitreps/data/event_classifier.npz) from the labelled snippets.

In: the `"split": "train"` lines of sitreps/data/events/labelled-*.jsonl and sitreps/data/eval/events.jsonl.
Out: the model file, and 5-fold cross-validated accuracy on the training split for the chosen settings.
Deterministic: same data, same model (lbfgs, no random state involved; snippets in file order).
Needs scikit-learn (training only; the pipeline reads the model with numpy).

    .venv/bin/python scripts/train_event_classifier.py [--c 4.0] [--min-count 2] [--cv]
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from sitreps.evaluation.events import labelled_examples
from sitreps.event_classifier import MODEL_PATH, NONE, EventClassifier
from sitreps.events import document_features
from sitreps.models import Document
from sitreps.nlp import parse_documents


def featurise(examples: list[dict]) -> list[set[str]]:
    documents = [Document(id=f"train{i}", text=e["text"], language="en") for i, e in enumerate(examples)]
    return [document_features(doc, document) for document, doc in parse_documents(documents)]


def matrix(rows: list[set[str]], vocabulary: dict[str, int]) -> csr_matrix:
    indices, pointers = [], [0]
    for features in rows:
        indices.extend(sorted(vocabulary[f] for f in features if f in vocabulary))
        pointers.append(len(indices))
    return csr_matrix((np.ones(len(indices), dtype=np.float32), indices, pointers), shape=(len(rows), len(vocabulary)))


def fit(rows: list[set[str]], labels: list[str], c: float, min_count: int) -> EventClassifier:
    counts = Counter(f for features in rows for f in features)
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(matrix(rows, vocabulary), labels)
    return EventClassifier(sorted(vocabulary, key=vocabulary.__getitem__), [str(c) for c in model.classes_],
                           model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32))


def cross_validate(rows: list[set[str]], labels: list[str], c: float, min_count: int, folds: int = 5) -> float:
    correct = 0
    for fold in range(folds):
        train = [i for i in range(len(rows)) if i % folds != fold]
        held = [i for i in range(len(rows)) if i % folds == fold]
        classifier = fit([rows[i] for i in train], [labels[i] for i in train], c, min_count)
        for i in held:
            probabilities = classifier.probabilities(rows[i])
            correct += max(probabilities, key=probabilities.__getitem__) == labels[i]
    return correct / len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=4.0, help="inverse L2 regularisation strength")
    parser.add_argument("--min-count", type=int, default=2, help="keep features seen in at least this many snippets")
    parser.add_argument("--cv", action="store_true", help="also report 5-fold cross-validated accuracy")
    args = parser.parse_args()

    examples = [e for e in labelled_examples() if e.get("split", "train") == "train"]
    labels = [e.get("sub_event_type") or NONE for e in examples]
    rows = featurise(examples)
    print(f"{len(examples)} training snippets, {len(set(labels))} classes: {Counter(labels).most_common()}")
    if args.cv:
        print(f"5-fold cross-validated accuracy: {cross_validate(rows, labels, args.c, args.min_count):.3f}")
    classifier = fit(rows, labels, args.c, args.min_count)
    classifier.save(MODEL_PATH)
    print(f"{len(classifier.index)} features -> {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
