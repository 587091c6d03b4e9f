"""A linear classifier that types a sentence's event (one of ACLED's 25 sub-event types, or none).

In: a parsed sentence (spaCy `Span`) and what the trigger rules of sitreps.events found in it (rule families,
the sub-event types they resolved to, the weapon kinds named). Out: a probability for each sub-event type and
for "none", and the word that speaks most for a type (used as the trigger when the rules found none).

Features are strings: content lemmas, lemma bigrams, verb-argument pairs read off the dependency parse
("shell>city", "police>disperse"), entity labels, weapon kinds and the rules' own verdicts ("rule=Attack").
The model is a multinomial logistic regression trained by scripts/train_event_classifier.py on the project's
labelled snippets and stored as plain arrays (vocabulary, class names, weights) in data/event_classifier.npz,
read here with numpy alone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from sitreps.speech import REPORTING_VERBS

MODEL_PATH = Path(__file__).parent / "data" / "event_classifier.npz"
NONE = "none"
ARGUMENT_DEPS = {"nsubj": "s", "nsubjpass": "o", "dobj": "o", "agent": "s", "attr": "o"}
SKIP_POS = {"PUNCT", "SPACE", "SYM", "X"}
# Reporting words, never an event's trigger; not "post" (a military post is struck) nor "claim" or "confirm".
NOT_TRIGGERS = REPORTING_VERBS | {"write", "accord", "comment", "statement"}


@dataclass(frozen=True)
class RuleFindings:
    """What the rules saw in a sentence: trigger families, resolved sub-event types, weapon kinds."""

    families: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()


def _lemma(token: Token) -> str:
    if token.like_num:
        return "#"
    return token.lemma_.lower()


def sentence_features(tokens: list[Token], findings: RuleFindings) -> set[str]:
    """The classifier's features for a run of tokens (a sentence, or a short snippet's sentences)."""
    features: set[str] = set()
    words = [t for t in tokens if t.pos_ not in SKIP_POS and not t.is_space]
    previous = "<s>"
    for token in words:
        lemma = _lemma(token)
        if not token.is_stop and lemma != "#":
            features.add(f"w:{lemma}")
        features.add(f"b:{previous}_{lemma}")
        previous = lemma
        if token.ent_iob_ == "B":
            features.add(f"e:{token.ent_type_}")
        if token.pos_ in {"VERB", "NOUN"}:
            _argument_features(token, lemma, features)
    features.update(f"fam:{family}" for family in findings.families)
    features.update(f"rule={sub_event_type}" for sub_event_type in findings.types)
    features.update(f"weapon={kind}" for kind in findings.weapons)
    features.update(f"mod={modality}" for modality in findings.modalities)
    if not findings.families:
        features.add("fam:-")
    elif not findings.types:
        features.add("rule=-")
    return features


def _argument_features(head: Token, lemma: str, features: set[str]) -> None:
    """Verb (or event noun) and the heads of its subject, object and prepositional objects."""
    for child in head.children:
        role = ARGUMENT_DEPS.get(child.dep_)
        if role == "s":
            features.add(f"a:{_lemma(child)}>{lemma}")
        elif role == "o":
            features.add(f"a:{lemma}>{_lemma(child)}")
        elif child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    features.add(f"a:{lemma}_{child.lower_}_{_lemma(grandchild)}")
        elif child.dep_ in {"amod", "compound"} and head.pos_ == "NOUN":
            features.add(f"a:{_lemma(child)}+{lemma}")


@dataclass(frozen=True)
class HybridPolicy:
    """When the classifier overrules the rules. Thresholds on its probabilities, tuned on cross-validated
    predictions over the training split and stored with the model."""

    drop_rule_event: float = 0.8  # "none" this likely removes a rule event...
    sure_rule: float = 0.85  # ...unless the rule's own confidence is at least this
    override_rule_type: float = 0.6  # another type this likely replaces the rule's type...
    overridden: float = 0.15  # ...when the rule's type is less likely than this
    add_classifier_event: float = 0.45  # where the rules found nothing, a type this likely is an event...
    none_unlikely: float = 0.0  # ...and so is its most likely type when "none" is less likely than this


class EventClassifier:
    """Multinomial logistic regression over binary string features."""

    def __init__(self, vocabulary: list[str], classes: list[str], weights: np.ndarray, bias: np.ndarray,
                 policy: HybridPolicy | None = None) -> None:
        self.index = {feature: i for i, feature in enumerate(vocabulary)}
        self.classes = classes
        self.weights = weights  # (n_features, n_classes)
        self.bias = bias
        self.policy = policy or HybridPolicy()

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> EventClassifier:
        with np.load(path, allow_pickle=False) as data:
            names = [str(n) for n in data["policy_names"]]
            known = {f.name for f in fields(HybridPolicy)}
            policy = HybridPolicy(**{n: float(v) for n, v in zip(names, data["policy_values"], strict=True)
                                     if n in known})
            return cls([str(v) for v in data["vocabulary"]], [str(c) for c in data["classes"]],
                       data["weights"].astype(np.float32), data["bias"].astype(np.float32), policy)

    def save(self, path: Path = MODEL_PATH) -> None:
        vocabulary = sorted(self.index, key=self.index.__getitem__)
        policy = asdict(self.policy)
        np.savez_compressed(path, vocabulary=np.array(vocabulary), classes=np.array(self.classes),
                            weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
                            policy_names=np.array(list(policy)), policy_values=np.array(list(policy.values())))

    def probabilities(self, features: set[str]) -> dict[str, float]:
        rows = [self.index[f] for f in features if f in self.index]
        scores = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.classes, scores.tolist(), strict=True))

    def strongest_token(self, tokens: list[Token], label: str) -> Token | None:
        """The word whose lemma weighs most for `label` (the trigger of an event only the classifier found)."""
        column = self.classes.index(label)
        best: tuple[float, Token | None] = (0.0, None)
        for token in tokens:
            # Names and reporting verbs carry a type's vocabulary ("Republic", "said"), not its event.
            if token.is_stop or token.pos_ in SKIP_POS | {"PROPN"} or token.like_num or token.ent_type_ \
                    or _lemma(token) in NOT_TRIGGERS:
                continue
            row = self.index.get(f"w:{_lemma(token)}")
            if row is not None and self.weights[row, column] > best[0]:
                best = (float(self.weights[row, column]), token)
        return best[1]


@lru_cache(maxsize=1)
def load_classifier() -> EventClassifier | None:
    """The bundled model, or None when it has not been trained (the rules then work alone)."""
    return EventClassifier.load() if MODEL_PATH.exists() else None
