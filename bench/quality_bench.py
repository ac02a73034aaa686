"""Benchmark for the feedback quality check (server/quality).

Prints, for each corpus file in tests/quality/ (tuning, held-out, blind rounds), the recall per category, the
false-flag rate on clean sentences and how often a flagged sentence also got a category it isn't
labelled with, for the full checker and for the rules alone (without the statistical platitude
fallback); then the time per 1,000 characters on realistic long feedback texts (median and 90th
percentile over many texts, each timed as the median of several runs).

    python bench/quality_bench.py            # figures
    python bench/quality_bench.py --misses   # also list every miss and false flag
    python bench/quality_bench.py --cross-round   # the harsh fallback, leave-one-round-out (needs git)
    python bench/quality_bench.py --file tests/quality/corpus_blind21.txt   # one file's score and misses

--cross-round measures the statistical harsh fallback honestly: for each blind round k of 6-11 it trains
the model (server/quality/train.py's recipe) on every corpus file except round k, leaving out the tuning
sentences added at or after round k was committed (git blame), scores round k's sentences, and compares
with the checker that gave round k its first score (the rules of the commit before round k, exported with
git archive): harsh sentences that checker missed and the model catches (gain), and clean sentences that
checker left clean and the model flags (cost).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from server.quality import CATEGORIES, check  # noqa: E402
from server.quality import model as quality_model  # noqa: E402
from server.quality import train as quality_train  # noqa: E402
from server.quality.corpus import parse  # noqa: E402
from server.quality.lemmas import LemmaView  # noqa: E402
from tests.quality.corpus import FILES, HERE, TRAINING_ONLY, TRAINING_ONLY_FILES, load, score  # noqa: E402

PROMPTS = ["What stood out in a good way", "Where the gaps were", "How you came across", "What to work on next"]


def feedback_texts(examples, count: int, seed: int = 7) -> list[str]:
    """Long, realistic feedback: four prompt sections of three to six corpus sentences each, mostly
    clean job-related sentences with some flagged ones mixed in (as a first draft would be)."""
    rnd = random.Random(seed)
    clean = [e.text for e in examples if not e.labels]
    flagged = [e.text for e in examples if e.labels]
    texts = []
    for _ in range(count):
        sections = []
        for prompt in PROMPTS:
            sentences = [
                rnd.choice(flagged) if rnd.random() < 0.25 else rnd.choice(clean) for _ in range(rnd.randint(3, 6))
            ]
            sections.append(f"**{prompt}**\n\n" + " ".join(sentences))
        texts.append("\n\n".join(sections))
    return texts


def timing(texts: list[str], repeat: int, clock=time.perf_counter, **options) -> list[float]:
    """Milliseconds per 1,000 characters, one figure per text: the median of `repeat` runs. With
    clock=time.process_time it is this process's CPU time, which a busy shared machine inflates less than
    the wall clock (round 14 was timed at a load of about 6 on two cores: wall p90 21 ms, CPU p90 3.7)."""
    out = []
    for text in texts:
        check(text, **options)  # warm
        runs = []
        for _ in range(repeat):
            # The per-sentence cache would make every run after the first free: each run starts without
            # it (the per-word caches stay warm, as in a running server).
            quality_model._lemma_features.cache_clear()
            t0 = clock()
            check(text, **options)
            runs.append(clock() - t0)
        out.append(statistics.median(runs) * 1000 / (len(text) / 1000))
    return out


def report(name: str, examples, show: bool) -> None:
    full = score(examples, check)
    rules = score(examples, partial(check, use_model=False))
    print(f"\n{name}: {full.size} sentences ({full.clean} clean)")
    print(f"  {'':<24}{'checker':>16}{'rules only':>16}")
    for c in CATEGORIES:
        cells = [f"{s.recall[c]:.3f} ({s.positives[c] - len(s.misses[c])}/{s.positives[c]})" for s in (full, rules)]
        print(f"  recall {c:<17}{cells[0]:>16}{cells[1]:>16}")
    cells = [f"{s.false_flag_rate:.3f} ({len(s.false_flags)}/{s.clean})" for s in (full, rules)]
    print(f"  {'false flags on clean':<24}{cells[0]:>16}{cells[1]:>16}")
    flagged = full.size - full.clean
    cells = [f"{sum(len(v) for v in s.spurious.values())}/{flagged}" for s in (full, rules)]
    print(f"  {'extra category':<24}{cells[0]:>16}{cells[1]:>16}")
    if show:
        for c in CATEGORIES:
            for ex in full.misses[c]:
                print(f"    miss {c}: {ex.text}")
        for ex, findings in full.false_flags:
            print(f"    false flag: {ex.text}  -> {[(f.category, f.phrase) for f in findings]}")
        for c in CATEGORIES:
            for ex, findings in full.spurious[c]:
                print(f"    extra {c}: {ex.text}  -> {[f.phrase for f in findings]}")


# The commit that added each blind round; the checker of its parent gave the round its first score.
BLIND_ROUNDS = {6: "366dc3b", 7: "ecf3719", 8: "c530a3e", 9: "745115f", 10: "1760f9a", 11: "29686a3"}
# --category legal_risk also folds in the newest rounds (12 is not in NAMES: read by path)
LEGAL_ROUNDS = {**BLIND_ROUNDS, 12: "c396029", 13: "87fe7bb"}
_OLD_CHECK = (
    "import json, sys; sys.path.insert(0, sys.argv[1]); from server.quality import check; "
    "print(json.dumps([sorted({f.category for f in check(t)}) for t in json.load(sys.stdin)]))"
)


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True, check=True).stdout


def _line_times(path: str) -> dict[int, int]:
    """Commit time of each line of a file (git blame)."""
    times, line = {}, 0
    for row in _git("blame", "--line-porcelain", "HEAD", "--", path).splitlines():
        m = re.match(r"^[0-9a-f]{40} \d+ (\d+)", row)
        if m:
            line = int(m.group(1))
        elif row.startswith("committer-time "):
            times[line] = int(row.split()[1])
    return times


def _first_score_flags(commit: str, texts: list[str]) -> list[list[str]]:
    """Categories the checker as of commit's parent found in each text."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", ROOT, "archive", f"{commit}^", "server/__init__.py", "server/quality"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = subprocess.run(
            [sys.executable, "-c", _OLD_CHECK, tmp], input=json.dumps(texts), capture_output=True, text=True, check=True
        )
    return json.loads(out.stdout)


# Plain praise, questions and logistics written while measuring the harsh fallback (in no corpus file):
# a model that learns topics flags some of these; the shipped one must flag none.
PLAIN_LINES = """
Your code was tidy. | Your code was elegant. | Your answers were thoughtful. | You were punctual and polite.
Your portfolio was lovely. | Your presentation was crisp. | You clearly know your stuff. | Your tests were thorough.
You asked sharp questions. | Your handover notes were exemplary. | Your CV was well laid out.
You came across as calm. | Your references were glowing. | Your sketching was confident. | Your timing was perfect.
Your questions were relevant. | Did you get our email about the new date? | Could you send us your portfolio link?
Your code was clean and well tested. | Your menu was more creative than the others.
You were more prepared than most candidates. | Your answer was better than the model answer.
Your knife skills were excellent. | The panel enjoyed your presentation. | You handled the role-play customer well.
Your risk assessment was clear. | We liked your plan for the first month. | Your driving assessment went smoothly.
Your design was simple and readable. | Your lesson plan was well paced. | You explained the trade-offs clearly.
Your spreadsheet model was easy to follow. | Your care plan was person-centred and practical.
Your references confirmed your experience in the kitchen. | You answered every question directly.
Your sample was the strongest we received. | Could you tell us when you could start?
Would you like feedback on the written test as well? | Your safety briefing covered every exit.
You stayed calm when the fire alarm went off.
"""
PLAIN = [line.strip() for line in PLAIN_LINES.replace("\n", " | ").split(" | ") if line.strip()]


def _lemma_words(sentence: str) -> list[str]:
    view = LemmaView(sentence, 0, len(sentence)).text.split()
    words = [t for t in view if t[0].isalpha() or t == "n't"]
    stop = quality_model.STOP_WORDS
    return [w for w in words if w not in stop] + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _cues_only(sentence: str) -> list[str]:
    return [f for f in quality_model.harsh_features(sentence) if f.startswith("cue:")]


# The models compared (features), the shipped one last.
CANDIDATES = {
    "words and pairs (platitude recipe)": quality_model.features,
    "lemma words and pairs": lambda s: list(dict.fromkeys(_lemma_words(s))),
    "lemma words and pairs + cues": lambda s: list(dict.fromkeys(_lemma_words(s) + _cues_only(s))),
    "cues alone": _cues_only,
    "closed-class lemmas + cues (shipped in rounds 11-16)": quality_model.harsh_features,
    "closed-class lemmas + cues + lemma words and pairs (shipped)": quality_model.harsh_model_features,
}


def _model_only(category: str, uses: dict[str, str] | None) -> tuple[dict[str, str], list]:
    """The model-only training files (train.MODEL_FILES, or uses given on the command line) and their lines
    as the model of category would learn from them; they join every fold (written after every round)."""
    uses = quality_train.MODEL_FILES[category] if uses is None else uses
    lines = [ex for name, how in sorted(uses.items()) for ex in quality_train.select(load(name), how)]
    return uses, lines


# The training-only files every model learns from (the others are model-only: train.MODEL_FILES).
SHARED_TRAINING = tuple(name for name in TRAINING_ONLY if name in quality_train.TRAINING_FILES)


def legal_cross_round(
    thresholds=(0.5, 0.75, 0.9, 0.95),
    l2s=(1e-3, 1e-2),
    uses: dict[str, str] | None = None,
    shipped_only=False,
    category: str = "legal_risk",
) -> None:
    """A legal_risk fallback measured like the harsh one: for each blind round k (6-13), trained on every
    other file (tuning lines from before round k only); gain = legal_risk sentences the first-score checker
    missed that the model catches, cost = clean sentences that checker left clean and the model flags.
    With category="platitude", the platitude model (its own features; the checker also drops a finding in
    a specific sentence, which this leaves out, so its cost is an upper bound)."""
    tuning_times = _line_times("tests/quality/corpus_tuning.txt")
    data = {name: load(name) for name in [*FILES, *SHARED_TRAINING]}
    data.pop("blind14", None)  # the newest round: never a fold, never training data here
    data["blind12"] = parse(HERE / "corpus_blind12.txt")
    uses, extra = _model_only(category, uses)
    old = {k: _first_score_flags(c, [ex.text for ex in data[f"blind{k}"]]) for k, c in LEGAL_ROUNDS.items()}
    cuts = {k: int(_git("log", "-1", "--format=%ct", c).strip()) for k, c in LEGAL_ROUNDS.items()}
    print(f"{category} fallback, leave-one-round-out (gain: first-score misses caught; cost: new false flags)")
    print(f"model-only training files: {uses or 'none'}")
    models = (("words and pairs", quality_model.features), ("lemma words and pairs", _lemma_words))
    shipped = models[:1] if category == "platitude" else models[1:]
    for label, featurize in shipped if shipped_only else models:
        for l2 in l2s:
            totals = {t: [0, 0, 0, 0] for t in thresholds}
            print(f"\n{label}, L2 {l2}")
            for k in LEGAL_ROUNDS:
                train = [
                    ex
                    for name, examples in data.items()
                    if name != f"blind{k}"
                    for ex in examples
                    if not (name == "tuning" and tuning_times[ex.line] >= cuts[k])
                ] + extra
                weights = quality_train.train(train, category=category, featurize=featurize, l2=l2)
                model = quality_model.Model(weights["bias"], weights["weights"], featurize)
                test = data[f"blind{k}"]
                missed = [e for e, c in zip(test, old[k], strict=True) if category in e.labels and category not in c]
                left_clean = [e for e, c in zip(test, old[k], strict=True) if not e.labels and not c]
                cells = []
                for t in thresholds:
                    gain = sum(model.score(e.text) >= t for e in missed)
                    cost = sum(model.score(e.text) >= t for e in left_clean)
                    for i, v in enumerate((gain, len(missed), cost, len(left_clean))):
                        totals[t][i] += v
                    cells.append(f"@{t}: +{gain}/{len(missed)}, {cost}/{len(left_clean)}")
                print(f"  round {k:>2}: " + "; ".join(cells))
            for t, (gain, missed, cost, clean) in totals.items():
                print(
                    f"  threshold {t}: caught {gain}/{missed} first-score misses ({gain / missed:.2f}), "
                    f"{cost}/{clean} new false flags on clean sentences ({cost / clean:.3f})"
                )


def cross_round(
    thresholds=(0.75, 0.8, 0.85, 0.9, 0.95),
    training_files: bool = True,
    shipped_only: bool = False,
    l2=quality_train.HARSH_L2,
    uses: dict[str, str] | None = None,
    rounds: dict[int, str] = BLIND_ROUNDS,
) -> None:
    tuning_times = _line_times("tests/quality/corpus_tuning.txt")
    data = {name: load(name) for name in [*FILES, *(SHARED_TRAINING if training_files else ())]}
    data.pop("blind14", None)  # the newest round: never a fold, never training data here
    if 12 in rounds:
        data["blind12"] = parse(HERE / "corpus_blind12.txt")
    uses, extra = _model_only("harsh", uses if training_files else {})
    old = {k: _first_score_flags(commit, [ex.text for ex in data[f"blind{k}"]]) for k, commit in rounds.items()}
    cuts = {k: int(_git("log", "-1", "--format=%ct", commit).strip()) for k, commit in rounds.items()}
    print("harsh fallback, leave-one-round-out (gain: first-score misses caught; cost: new false flags)")
    print(
        "training files "
        + ("included: " + ", ".join(SHARED_TRAINING) if training_files else "left out")
        + f"; model-only: {uses or 'none'}; L2 {l2}; rounds {min(rounds)}-{max(rounds)}"
    )
    for label, featurize in CANDIDATES.items():
        if shipped_only and featurize is not quality_model.harsh_model_features:
            continue
        print(f"\n{label}")
        _cross_round_one(featurize, data, old, cuts, tuning_times, thresholds, l2, extra, rounds)


def _cross_round_one(
    featurize, data, old, cuts, tuning_times, thresholds, l2=quality_train.HARSH_L2, extra=(), rounds=BLIND_ROUNDS
) -> None:
    totals = {t: [0, 0, 0, 0] for t in thresholds}
    plain = {t: 0 for t in thresholds}
    for k in rounds:
        cut = cuts[k]
        train = [
            ex
            for name, examples in data.items()
            if name != f"blind{k}"
            for ex in examples
            if not (name == "tuning" and tuning_times[ex.line] >= cut)
        ] + list(extra)
        weights = quality_train.train(train, category="harsh", featurize=featurize, l2=l2)
        model = quality_model.Model(weights["bias"], weights["weights"], featurize)
        test = data[f"blind{k}"]
        cells = []
        for t in thresholds:
            flags = old[k]
            missed = [ex for ex, cats in zip(test, flags, strict=True) if "harsh" in ex.labels and "harsh" not in cats]
            left_clean = [ex for ex, cats in zip(test, flags, strict=True) if not ex.labels and not cats]
            gain = sum(model.score(ex.text) >= t for ex in missed)
            cost = sum(model.score(ex.text) >= t for ex in left_clean)
            clean = sum(not ex.labels for ex in test)
            for i, v in enumerate((gain, len(missed), cost, clean)):
                totals[t][i] += v
            cells.append(f"@{t}: +{gain}/{len(missed)}, {cost}/{clean} new false flags")
            if k == 11:  # trained on everything but round 11, as the harsh model was first shipped
                plain[t] = sum(model.score(text) >= t for text in PLAIN)
        print(f"  round {k:>2} (trained on {len(train)} sentences): " + "; ".join(cells))
    for t, (gain, missed, cost, clean) in totals.items():
        print(
            f"  threshold {t}: caught {gain}/{missed} first-score misses ({gain / missed:.2f}), "
            f"{cost}/{clean} new false flags ({cost / clean:.3f}); plain lines flagged {plain[t]}/{len(PLAIN)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list misses, false flags and extra categories")
    parser.add_argument("--texts", type=int, default=300, help="number of long texts to time")
    parser.add_argument("--repeat", type=int, default=9, help="runs per text")
    parser.add_argument("--cross-round", action="store_true", help="measure the harsh fallback across blind rounds")
    parser.add_argument(
        "--no-training-files", action="store_true", help="--cross-round without the train_*.txt files (as before)"
    )
    parser.add_argument("--shipped-only", action="store_true", help="--cross-round for the shipped model only")
    parser.add_argument(
        "--l2",
        type=float,
        default=quality_train.HARSH_L2,
        help="--cross-round L2 penalty (1e-3 before the training files)",
    )
    parser.add_argument(
        "--legal", action="store_true", help="--cross-round for a legal_risk fallback (rounds 6-13) instead"
    )
    parser.add_argument(
        "--platitude", action="store_true", help="--cross-round for the platitude fallback (rounds 6-13) instead"
    )
    parser.add_argument(
        "--uses",
        help="--cross-round with these model-only files instead of train.MODEL_FILES, e.g. "
        "'train_contempt_c=all,train_legal_a=clean' ('' for none)",
    )
    parser.add_argument(
        "--to-round", type=int, default=11, help="--cross-round (harsh): last blind round folded (11, or up to 13)"
    )
    parser.add_argument("--l2s", help="--cross-round --legal: L2 penalties, comma-separated (default 1e-3,1e-2)")
    parser.add_argument(
        "--file", nargs="+", help="score only these corpus files (a new blind round), listing misses and false flags"
    )
    args = parser.parse_args()
    if args.file:
        for path in args.file:
            report(path, parse(Path(path)), True)
        return
    uses = None if args.uses is None else dict(u.split("=") for u in args.uses.split(",") if u)
    if args.cross_round and (args.legal or args.platitude):
        l2s = tuple(float(x) for x in args.l2s.split(",")) if args.l2s else (1e-3, 1e-2)
        category = "legal_risk" if args.legal else "platitude"
        legal_cross_round(l2s=l2s, uses=uses, shipped_only=args.shipped_only, category=category)
        return
    if args.cross_round:
        rounds = {k: c for k, c in LEGAL_ROUNDS.items() if k <= args.to_round}
        cross_round(
            training_files=not args.no_training_files,
            shipped_only=args.shipped_only,
            l2=args.l2,
            uses=uses,
            rounds=rounds,
        )
        return

    everything = []
    for name in FILES:
        examples = load(name)
        everything += examples
        report(f"{name} corpus ({FILES[name].name})", examples, args.misses)
    report("all corpus files together", everything, False)
    for name in TRAINING_ONLY:  # training data only, not held to the targets (README.md says why)
        report(f"{name} (training only, {TRAINING_ONLY_FILES[name].name})", load(name), args.misses)

    texts = feedback_texts(everything, args.texts)
    lengths = [len(t) for t in texts]
    print(
        f"\nspeed: {len(texts)} feedback texts of {min(lengths)}-{max(lengths)} characters "
        f"(median {int(statistics.median(lengths))}); per text the median of {args.repeat} runs"
    )
    for label, options in (("checker", {}), ("rules only", {"use_model": False})):
        for clock_name, clock in (("wall", time.perf_counter), ("cpu", time.process_time)):
            per_k = sorted(timing(texts, args.repeat, clock=clock, **options))
            print(
                f"  {label:<11} {clock_name:<4} ms per 1,000 characters: median {statistics.median(per_k):.3f}, "
                f"p90 {per_k[int(len(per_k) * 0.9)]:.3f}, max {per_k[-1]:.3f}  (target: p90 <= 5.0)"
            )
    for label, text in (
        ("20,000 characters without spaces", "x" * 20_000),
        ("20,000 characters of one word", "fit " * 5_000),
    ):
        t0 = time.perf_counter()
        check(text)
        print(f"  {label}: {(time.perf_counter() - t0) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
