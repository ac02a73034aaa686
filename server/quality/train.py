"""Train the statistical fallbacks (model.py) from the labelled corpus files.

    python -m server.quality.train          # writes platitude_weights.json, harsh_weights.json, legal_weights.json
    python -m server.quality.train --corpus-dir DIR --out FILE --harsh-out FILE --legal-out FILE

Every model learns from TRAINING_FILES; MODEL_FILES adds files that feed one model only (train_contempt_c
the harsh model, train_legal_a the legal_risk model, and its clean lines the harsh model as negatives).

The corpus is read by path (default: tests/quality in the repository this file sits in), with the
parser in corpus.py. Logistic regression by stochastic gradient descent with a fixed seed, order and
number of epochs: the same corpus always gives the same weights, byte for byte (a test checks the
committed file is reproducible).
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .corpus import Example, corpus_file, parse
from .model import HARSH_WEIGHTS_FILE, LEGAL_WEIGHTS_FILE, WEIGHTS_FILE, features, harsh_model_features, lemma_features

# Corpus files the model learns from (corpus_<name>.txt). The held-out file and the newest blind
# round stay out, so their figures remain out-of-sample for the model too.
TRAINING_FILES = (
    "tuning",
    "blind1",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "train_contempt_a",
    "train_contempt_b",
)
# Training files that feed some models only (issue 10, added after blind round 14's first score): for each
# model (category), the files it also learns from and how: "all" (every line: its own category's lines are
# positives, the rest negatives) or "clean" (the clean lines only, as negatives). train_contempt_c was
# written as contempt data, train_legal_a as legal_risk data; which model gets which lines was chosen by the
# cross-round measurement (bench/quality_bench.py --cross-round, README.md "Figures").
MODEL_FILES: dict[str, dict[str, str]] = {
    "platitude": {"train_platitude_a": "all"},
    "harsh": {"train_contempt_c": "all", "train_contempt_d": "all", "train_legal_a": "clean"},
    "legal_risk": {"train_legal_a": "all", "train_legal_b": "all"},
}
# Blind rounds that have had their first score (issue 10; 47-48 joined after theirs): their sentences teach the harsh
# and legal_risk fallbacks too. Measured fold by fold over rounds 15-46 (each fold of four rounds scored by models
# trained without it; README.md "Figures"): harsh recall 0.850 -> 0.881 with clean lines flagged 3 -> 0 of 1,120,
# legal_risk 0.835 -> 0.891 with 3 -> 1. A new round joins only after its first score is recorded. Kept apart
# from MODEL_FILES, which bench/quality_bench.py --cross-round adds to every fold.
SCORED_ROUNDS = tuple(f"blind{n}" for n in range(11, 49))
ROUND_MODELS = ("harsh", "legal_risk")
CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "quality"  # in a source checkout
OUT = Path(__file__).resolve().with_name(WEIGHTS_FILE)
HARSH_OUT = Path(__file__).resolve().with_name(HARSH_WEIGHTS_FILE)
LEGAL_OUT = Path(__file__).resolve().with_name(LEGAL_WEIGHTS_FILE)
LEGAL_L2 = 1e-3  # chosen by bench/quality_bench.py --cross-round --legal (README.md, "Figures")


def train(
    examples: Iterable[Example],
    epochs: int = 30,
    rate: float = 0.2,
    l2: float = 1e-3,
    seed: int = 0,
    category: str = "platitude",
    featurize: Callable[[str], list[str]] = features,
    trained_on: list[str] | None = None,
) -> dict[str, Any]:
    """Logistic regression by stochastic gradient descent, in a fixed order: same corpus, same weights.
    A sentence is a positive example when it carries `category` among its labels."""
    data = sorted((tuple(sorted(featurize(ex.text))), 1.0 if category in ex.labels else 0.0) for ex in examples)
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
    names = trained_on if trained_on is not None else files_for(category)
    return {"bias": round(bias, 4), "trained_on": names, "weights": kept}


# The harsh model's L2 penalty, chosen leave-one-round-out (bench/quality_bench.py --cross-round) once the
# train_contempt files joined the training data: 1e-2 caught 36 of 75 first-score misses at 0.9 for 0 new
# false flags on 210 clean sentences, 1e-3 37/75 for 2 (tests/quality/README.md, "Figures").
HARSH_L2 = 1e-2


def train_harsh(examples: Iterable[Example]) -> dict[str, Any]:
    """The harsh fallback: the same recipe over closed-class lemmas, pairs and structural cues, and the
    lemma words and pairs (model.harsh_model_features)."""
    return train(examples, category="harsh", featurize=harsh_model_features, l2=HARSH_L2)


def train_legal(examples: Iterable[Example]) -> dict[str, Any]:
    """The legal_risk fallback: the same recipe over lemma words and pairs."""
    return train(examples, category="legal_risk", featurize=lemma_features, l2=LEGAL_L2)


def all_training_files() -> list[str]:
    """Every file some model learns from, shared ones first."""
    return list(dict.fromkeys([*TRAINING_FILES, *(n for uses in MODEL_FILES.values() for n in uses), *SCORED_ROUNDS]))


def files_for(category: str = "platitude") -> list[str]:
    """What the model of category learns from, as the weights file records it ("train_x (clean lines)")."""
    uses = MODEL_FILES.get(category, {})
    rounds = list(SCORED_ROUNDS) if category in ROUND_MODELS else []
    return [*TRAINING_FILES, *(n if how == "all" else f"{n} (clean lines)" for n, how in sorted(uses.items())), *rounds]


def select(examples: Iterable[Example], how: str) -> list[Example]:
    """A model-only file's lines as a model uses them: "all", or "clean" (its clean lines only)."""
    if how not in ("all", "clean"):
        raise ValueError(f"unknown use {how!r}")
    return [ex for ex in examples if how == "all" or not ex.labels]


def training_examples(corpus_dir: Path = CORPUS_DIR, category: str = "platitude") -> list[Example]:
    """The sentences the model of category learns from: the shared files, then its own (MODEL_FILES)."""
    shared = [ex for name in TRAINING_FILES for ex in parse(corpus_file(corpus_dir, name))]
    own = MODEL_FILES.get(category, {})
    rounds = SCORED_ROUNDS if category in ROUND_MODELS else ()
    return (
        shared
        + [ex for n, how in sorted(own.items()) for ex in select(parse(corpus_file(corpus_dir, n)), how)]
        + [ex for n in rounds for ex in parse(corpus_file(corpus_dir, n))]
    )


def dump(model: dict[str, Any]) -> str:
    """The weights file: JSON with sorted keys and one weight a line, so a retrain diffs readably."""

    def item(key: str, value: Any) -> str:
        return f"{json.dumps(key)}: {json.dumps(value)}"

    weights = sorted(model["weights"].items())
    lines = ["{", f" {item('bias', model['bias'])},", f" {item('trained_on', model['trained_on'])},", ' "weights": {']
    lines += [f"  {item(feature, weight)}," for feature, weight in weights]
    if weights:
        lines[-1] = lines[-1].removesuffix(",")
    lines += [" }", "}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m server.quality.train", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus-dir", type=Path, default=CORPUS_DIR, help=f"folder holding corpus_<name>.txt (default: {CORPUS_DIR})"
    )
    parser.add_argument("--out", type=Path, default=OUT, help=f"platitude weights to write (default: {OUT})")
    parser.add_argument(
        "--harsh-out", type=Path, default=HARSH_OUT, help=f"harsh weights to write (default: {HARSH_OUT})"
    )
    parser.add_argument(
        "--legal-out", type=Path, default=LEGAL_OUT, help=f"legal_risk weights to write (default: {LEGAL_OUT})"
    )
    args = parser.parse_args(argv)
    missing = [
        str(corpus_file(args.corpus_dir, name))
        for name in all_training_files()
        if not corpus_file(args.corpus_dir, name).is_file()
    ]
    if missing:
        parser.error(f"corpus files not found: {', '.join(missing)} (pass --corpus-dir)")
    for out, model in (
        (args.out, train(training_examples(args.corpus_dir))),
        (args.harsh_out, train_harsh(training_examples(args.corpus_dir, "harsh"))),
        (args.legal_out, train_legal(training_examples(args.corpus_dir, "legal_risk"))),
    ):
        out.write_text(dump(model), encoding="utf-8")
        print(f"wrote {out} ({len(model['weights'])} weights)")


if __name__ == "__main__":
    main()
