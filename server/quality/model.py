"""A small statistical fallback for platitudes, for wording the rules have never seen.

Stock rejection lines come in endless idioms ("it's a no from us", "we hope our paths cross again");
rule vocabularies kept missing new ones in blind tests. This is a logistic regression over words and
word pairs that scores a whole sentence. It runs only on sentences where no platitude rule fired,
and flags the sentence only when the score is high (THRESHOLD). Platitude findings warn, they never
block, so a rare false flag costs little; legal_risk and harsh stay purely rule-based.

Explainable: a finding names the words that drove the score. Deterministic: fixed weights in
platitude_weights.json (package data next to this module, read with importlib.resources), trained
with a fixed seed and order from the labelled corpus in tests/quality (every file except the
held-out one and the newest blind round). Retrain after changing the corpus:

    python -m server.quality.train            # writes server/quality/platitude_weights.json

Pure Python, standard library only.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from importlib.resources import files
from importlib.resources.abc import Traversable

WEIGHTS_FILE = "platitude_weights.json"
THRESHOLD = 0.75
MIN_WORDS, MAX_WORDS = 4, 40

_PACKAGE = __name__.rpartition(".")[0]  # server.quality
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Words that carry no content; they may still be part of a pair ("another_candidate").
_STOP = frozenset("a an the and or but of to in on for with at by is are was were be been it this that".split())


def weights_resource() -> Traversable:
    """The shipped weights file (platitude_weights.json in this package)."""
    return files(_PACKAGE) / WEIGHTS_FILE


def features(sentence: str) -> list[str]:
    """Content words and word pairs, each once, in order of first appearance."""
    words = _WORD.findall(sentence.lower())
    feats = [w for w in words if w not in _STOP]
    feats += [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return list(dict.fromkeys(feats))


class Model:
    def __init__(self, bias: float, weights: dict[str, float]):
        self.bias = bias
        self.weights = weights

    @classmethod
    def load(cls, resource: Traversable | None = None) -> Model:
        """The model from a weights file written by train.py (by default the shipped one)."""
        data = json.loads((resource or weights_resource()).read_text(encoding="utf-8"))
        return cls(float(data["bias"]), {str(f): float(w) for f, w in data["weights"].items()})

    def score(self, sentence: str) -> float:
        """Probability that the sentence is a platitude."""
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in features(sentence))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def explain(self, sentence: str, n: int = 3) -> list[str]:
        """The features that pushed the score up most."""
        get = self.weights.get
        hits = sorted(((get(f, 0.0), f) for f in features(sentence)), key=lambda t: (-t[0], t[1]))
        return [f for w, f in hits if w > 0][:n]
