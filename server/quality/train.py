"""Train the platitude fallback (model.py) from the labelled corpus in tests/quality.

    python -m server.quality.train            # writes server/quality/platitude_model.json

Logistic regression by stochastic gradient descent with a fixed seed, order and number of epochs:
the same corpus always gives the same weights (a test checks the committed file is reproducible).
"""
from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

from .model import WEIGHTS, features

# Corpus files the model learns from (tests/quality/corpus_<name>.txt). The held-out file and the
# newest blind round stay out, so their figures remain out-of-sample for the model too.
TRAINING_FILES = ("tuning", "blind1", "blind2", "blind3", "blind4", "blind5")


def train(examples, epochs: int = 30, rate: float = 0.2, l2: float = 1e-3, seed: int = 0) -> dict:
    """Logistic regression by stochastic gradient descent, in a fixed order: same corpus, same weights."""
    data = sorted(((tuple(sorted(features(ex.text))), 1.0 if "platitude" in ex.labels else 0.0) for ex in examples))
    rnd = random.Random(seed)
    weights: dict[str, float] = {}
    bias = 0.0
    for _ in range(epochs):
        rnd.shuffle(data)
        for feats, y in data:
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            bias -= rate * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + l2 * w)
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.05}
    return {"bias": round(bias, 4), "trained_on": list(TRAINING_FILES), "weights": kept}


def training_examples():
    root = str(Path(__file__).resolve().parents[2])
    if root not in sys.path:
        sys.path.insert(0, root)
    from tests.quality.corpus import load

    return [ex for name in TRAINING_FILES for ex in load(name)]


def dump(model: dict) -> str:
    return json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    model = train(training_examples())
    WEIGHTS.write_text(dump(model), encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(model['weights'])} weights)")


if __name__ == "__main__":
    main()
