"""Word valences from VADER's lexicon (vadersentiment, the authors' package, which ships
vader_lexicon.txt: 7,506 words and emoticons rated -4..+4 by ten people each).

Only the word list is used, not VADER's sentence scorer: sentence scores measured poorly as a harsh
detector (tests/quality/README.md). Here the valences are a lexicon of negative evaluative words;
harsh.py combines it with the target of the judgment (you, your work), intensifiers and an
allow-list of ordinary criticism words ("wrong", "weak", "failed") that VADER rates as negative too.
The file is read once, at import, with importlib.resources (the analyzer module is not imported).
"""

from __future__ import annotations

from importlib.resources import files


def _load() -> dict[str, float]:
    out: dict[str, float] = {}
    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


VALENCE: dict[str, float] = _load()


def valence(word: str) -> float:
    """The mean rating of a lower-case word, -4 (most negative) to +4; 0 when not rated."""
    return VALENCE.get(word, 0.0)
