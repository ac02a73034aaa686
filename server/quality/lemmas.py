"""Lemmas, so that rules match a word in all its forms ("younger team", "a team this young" and
"young, energetic team" are one finding; "wasted", "wasting" and "waste" one family).

The lemmatizer is simplemma (pure Python, no dependencies, a lookup table per language; chosen by
measurement, see tests/quality/README.md). It misses a few irregular forms that matter here, which
_IRREGULAR fills in. Results are cached per word: plain text has a limited vocabulary.

A sentence's *lemma view* is its tokens in lower case, each replaced by its lemma and joined by
single spaces ("We felt you wouldn't fit" -> "we feel you would n't fit"). Lemma rules (engine.py)
are regular expressions over that view; LemmaView.span() maps a match back to the exact characters
of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import simplemma

# Forms simplemma gets wrong or leaves alone that the rules rely on.
_IRREGULAR = {
    "felt": "feel",
    "bore": "bear",
    "borne": "bear",
    "worse": "bad",
    "worst": "bad",
    "stood": "stand",
    "thinking": "think",
    "thought": "think",
    "gone": "go",
    "travelling": "travel",
    "sitting": "sit",
    "ca": "can",  # "can't" splits as ca + n't
    "wo": "will",  # "won't"
    "'re": "be",  # "you're a lovely candidate" reads as "you be a lovely candidate", like "you are"
    "'m": "be",
    "bloke": "bloke",  # simplemma reads it as a past tense ("blike")
}
# Tokens: words (with a split-off "n't" or "'s"), numbers, single punctuation marks.
_TOKEN = re.compile(r"[a-z]+(?=n't)|n't|'[a-z]+\b|[a-z]+|\d+(?:[.,:]\d+)*|[^\sa-z\d]")
_CACHE: dict[str, str] = {}


def lemma(word: str) -> str:
    """The lemma of a lower-case word (the word itself when the lemmatizer does not know it)."""
    hit = _CACHE.get(word)
    if hit is None:
        hit = _IRREGULAR.get(word)
        if hit is None:
            hit = simplemma.lemmatize(word, lang="en").lower() if word.isalpha() else word
        if len(_CACHE) > 200_000:
            _CACHE.clear()
        _CACHE[word] = hit
    return hit


class LemmaView:
    """The lemma view of text[start:end], with the map back to the text's offsets."""

    __slots__ = ("ends", "origin", "starts", "text")

    def __init__(self, text: str, start: int, end: int):
        parts: list[str] = []
        self.starts: list[int] = []  # offset of each token in the view
        self.ends: list[int] = []
        self.origin: list[tuple[int, int]] = []  # (start, end) of each token in the text
        pos = 0
        for m in _TOKEN.finditer(text.lower(), start, end):
            word = lemma(m.group())
            parts.append(word)
            self.starts.append(pos)
            self.ends.append(pos + len(word))
            self.origin.append(m.span())
            pos += len(word) + 1
        self.text = " ".join(parts)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The text's (start, end) of the tokens a view match (a, b) covers."""
        first = max(0, bisect_right(self.starts, a) - 1)
        last = min(len(self.ends) - 1, bisect_left(self.ends, b))
        return self.origin[first][0], self.origin[last][1]
