"""Text in, findings out: deterministic and explainable.

check(text) returns one Finding per problem span and category, sorted by position. Each finding
carries the exact span (text[start:end] == phrase), why it is a problem and a better way to say it.
The rules live in platitude.py, legal_risk.py and harsh.py; engine.py explains their notation and
how a text is scanned. Pure Python, standard library only.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from . import harsh, legal_risk, platitude
from .engine import Engine, resolve

CATEGORIES = ("platitude", "legal_risk", "harsh")


@dataclass(frozen=True)
class Finding:
    category: str
    start: int
    end: int
    phrase: str
    message: str
    suggestion: str

    def to_dict(self) -> dict:
        return asdict(self)


RULES = [*platitude.RULES, *legal_risk.RULES, *harsh.RULES]
_ENGINE = Engine(RULES)


def check(text: str, *, use_anchors: bool = True) -> list[Finding]:
    """Findings for text, sorted by start. use_anchors=False scans every rule on every sentence
    (slower, same result; kept so tests can prove the anchor index loses nothing)."""
    if not text:
        return []
    findings = []
    for start, end, r in resolve(_ENGINE.scan(text, use_anchors=use_anchors), CATEGORIES):
        phrase = text[start:end]
        message, suggestion = r.texts(phrase)
        findings.append(Finding(r.category, start, end, phrase, message, suggestion))
    return findings
