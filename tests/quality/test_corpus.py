"""The labelled corpus holds the quality check to its targets.

Targets (issue 4): recall >= 0.9 platitude, >= 0.95 legal_risk, >= 0.9 harsh; false flags on clean
sentences <= 3%. They are checked on every corpus file on its own and on all of them together, for
the full checker and for the rules alone (the statistical platitude fallback must not be what carries
the corpus).

The training-only files (train_contempt_a/b/c and train_legal_a, TRAINING_ONLY) are not held to these
targets: they were written as training data for the statistical fallbacks (680 contempt sentences in
constructions no rule covers, 410 legal_risk stand-ins, 1,070 look-alikes), and no rule was written for
them (the point is to measure whether data alone helps the models generalise). Even trained on them the
full checker stays well below the targets there (README.md, "Figures"); meeting them would take rules
copied from training sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

import pytest

from server.quality import CATEGORIES, check
from server.quality.corpus import parse
from tests.quality.corpus import FILES, HERE, TRAINING_ONLY, load, score

# Pure Python, no database: run once, on the SQLite pass (scripts/test).
pytestmark = pytest.mark.nodb

TARGETS = {"platitude": 0.90, "legal_risk": 0.95, "harsh": 0.90}
MAX_FALSE_FLAG_RATE = 0.03

# Words that make a clean sentence a precision test: each also appears in some rule.
TRIGGER_WORDS = re.compile(
    r"\b(?:mature|parent|child|children|native|black|white|single|healthy|health|master|young|younger|old|older|oldest|"
    r"senior|junior|race|garbage|dead|kill\w*|blind|stress|years|english|spanish|german|french|arabic|mandarin|japanese|"
    r"accent\w*|family|families|married|partner\w*|faith|cross|medical|healthcare|disabled|disability|accessib\w+|"
    r"maternity|parental|retire\w*|retirement|generation|age|ageing|aging|fit|match|competitive|future|lazy|worst|"
    r"disaster|mess|junk|trash|dumb|killer|sick|ill|citizenship|visa|mother|father|parents|kids|wheelchair|"
    r"energetic|energy|nervous|background|experience|impressive|impressed|difficult|decided|role|candidates?)\b",
    re.IGNORECASE,
)

ALL = [ex for name in FILES for ex in load(name)]


def _rules_only(text):
    return check(text, use_model=False)


@pytest.mark.parametrize("name", [*FILES, "all"])
@pytest.mark.parametrize("checker", [check, _rules_only], ids=["checker", "rules_only"])
def test_recall_and_false_flags_meet_the_targets(name, checker):
    examples = ALL if name == "all" else load(name)
    s = score(examples, checker)
    for category, target in TARGETS.items():
        missed = [ex.text for ex in s.misses[category]]
        assert s.recall[category] >= target, f"{name}: {category} recall {s.recall[category]:.3f}, missed {missed}"
    flagged = [(ex.text, [(f.category, f.phrase) for f in fs]) for ex, fs in s.false_flags]
    assert s.false_flag_rate <= MAX_FALSE_FLAG_RATE, f"{name}: false flags {flagged}"


def test_the_corpus_is_large_and_varied():
    counts = Counter(c for ex in ALL for c in ex.labels)
    clean = [ex for ex in ALL if not ex.labels]
    assert len(ALL) >= 1000
    assert counts["platitude"] >= 200 and counts["legal_risk"] >= 300 and counts["harsh"] >= 150
    with_triggers = [ex for ex in clean if TRIGGER_WORDS.search(ex.text)]
    assert len(with_triggers) >= 200, len(with_triggers)
    heldout = load("heldout")
    assert len(heldout) >= 250 and all(any(c in ex.labels for ex in heldout) for c in CATEGORIES)


# Stock lines two independent blind writers wrote word for word (rounds 13 and 14); a blind file's sentences
# are never edited, so the repeat stays and is counted in both rounds.
INDEPENDENT_REPEATS = {"unfortunately, on this occasion you have not been successful."}


def test_no_sentence_appears_twice():
    seen = Counter(ex.text.lower() for ex in ALL)
    assert [t for t, n in seen.items() if n > 1 and t not in INDEPENDENT_REPEATS] == []
    assert all(seen[t] == 2 for t in INDEPENDENT_REPEATS)


def test_training_files_parse_and_repeat_no_corpus_or_blind_sentence():
    """The training-only files are labelled like the corpus and share no sentence with it (blind 13 and 14
    included) or with the rounds kept out of every model's training (12, 15, 16, 17: their measures)."""
    training = [ex for name in TRAINING_ONLY for ex in load(name)]
    assert Counter(c for ex in training for c in ex.labels) == {"harsh": 1280, "legal_risk": 910, "platitude": 489}
    assert sum(not ex.labels for ex in training) == 2670
    held_out = [ex for n in (12, 14, 15, 16, 17) for ex in parse(HERE / f"corpus_blind{n}.txt")]
    seen = Counter(ex.text.lower() for ex in training)
    outside = {ex.text.lower() for ex in [*ALL, *held_out]}
    assert [ex.text for ex in training if seen[ex.text.lower()] > 1 or ex.text.lower() in outside] == []


def test_every_category_has_mixed_examples():
    mixed = [ex for ex in ALL if len(ex.labels) > 1]
    pairs = {frozenset(ex.labels) for ex in mixed}
    assert len(mixed) >= 20 and len(pairs) == 3


def test_anchors_lose_nothing():
    """The anchor index only skips rules that could not match: same findings without it."""
    texts = [ex.text for ex in ALL]
    texts += [" ".join(texts[i : i + 7]) for i in range(0, len(texts), 7)]
    without = partial(check, use_anchors=False)
    diffs = [t for t in texts if check(t) != without(t)]
    assert diffs == []
