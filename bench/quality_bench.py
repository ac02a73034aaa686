"""Benchmark for the feedback quality check (server/quality).

Prints, for each corpus file in tests/quality/ (tuning, held-out, blind rounds), the recall per category, the
false-flag rate on clean sentences and how often a flagged sentence also got a category it isn't
labelled with; then the time per 1,000 characters on realistic long feedback texts (median and
90th percentile over many runs).

    python bench/quality_bench.py            # figures
    python bench/quality_bench.py --misses   # also list every miss and false flag
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from server.quality import CATEGORIES, check  # noqa: E402
from tests.quality.corpus import FILES, load, score  # noqa: E402

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
            sentences = [rnd.choice(flagged) if rnd.random() < 0.25 else rnd.choice(clean)
                         for _ in range(rnd.randint(3, 6))]
            sections.append(f"**{prompt}**\n\n" + " ".join(sentences))
        texts.append("\n\n".join(sections))
    return texts


def timing(texts: list[str], repeat: int) -> list[float]:
    """Milliseconds per 1,000 characters, one figure per text (the best of `repeat` runs)."""
    out = []
    for text in texts:
        check(text)  # warm
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            check(text)
            best = min(best, time.perf_counter() - t0)
        out.append(best * 1000 / (len(text) / 1000))
    return out


def report(name: str, examples, show: bool) -> None:
    s = score(examples, check)
    print(f"\n{name}: {s.size} sentences ({s.clean} clean)")
    for c in CATEGORIES:
        hits = s.positives[c] - len(s.misses[c])
        print(f"  recall {c:<11} {s.recall[c]:.3f}  ({hits}/{s.positives[c]})")
    print(f"  false flags on clean sentences: {s.false_flag_rate:.3f}  ({len(s.false_flags)}/{s.clean})")
    extra = sum(len(v) for v in s.spurious.values())
    flagged = s.size - s.clean
    print(f"  flagged sentences with an extra, unlabelled category: {extra}/{flagged}")
    if show:
        for c in CATEGORIES:
            for ex in s.misses[c]:
                print(f"    miss {c}: {ex.text}")
        for ex, findings in s.false_flags:
            print(f"    false flag: {ex.text}  -> {[(f.category, f.phrase) for f in findings]}")
        for c in CATEGORIES:
            for ex, findings in s.spurious[c]:
                print(f"    extra {c}: {ex.text}  -> {[f.phrase for f in findings]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list misses, false flags and extra categories")
    parser.add_argument("--texts", type=int, default=300, help="number of long texts to time")
    parser.add_argument("--repeat", type=int, default=7, help="runs per text")
    args = parser.parse_args()

    everything = []
    for name in FILES:
        examples = load(name)
        everything += examples
        report(f"{name} corpus ({FILES[name].name})", examples, args.misses)
    report("all corpus files together", everything, False)

    texts = feedback_texts(everything, args.texts)
    per_k = timing(texts, args.repeat)
    lengths = [len(t) for t in texts]
    print(f"\nspeed: {len(texts)} feedback texts, {min(lengths)}-{max(lengths)} characters "
          f"(median {int(statistics.median(lengths))}), best of {args.repeat} runs each")
    print(f"  ms per 1,000 characters: median {statistics.median(per_k):.3f}, "
          f"p90 {sorted(per_k)[int(len(per_k) * 0.9)]:.3f}, max {max(per_k):.3f}  (target <= 1.0)")
    worst = "x" * 20_000
    t0 = time.perf_counter()
    check(worst)
    print(f"  20,000 characters without spaces: {(time.perf_counter() - t0) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
