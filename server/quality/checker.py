"""Text in, findings out: deterministic and explainable.

This first version knows a small core of phrases; the full rule set and its
labelled corpus grow in their own change.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

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


@dataclass(frozen=True)
class _Rule:
    category: str
    pattern: re.Pattern[str]
    message: str
    suggestion: str


def _rule(category: str, pattern: str, message: str, suggestion: str) -> _Rule:
    return _Rule(category, re.compile(pattern, re.IGNORECASE), message, suggestion)


_RULES = [
    _rule("legal_risk", r"\b(too old|too young|your age|older candidates?|younger (?:candidate|team|person))\b",
          "Refers to age, a protected characteristic.",
          "Describe the job-related skill or experience instead."),
    _rule("legal_risk", r"\b(pregnan\w*|maternity|family plans|have kids|your children)\b",
          "Refers to pregnancy or family plans, which must not affect a hiring decision.",
          "Leave family circumstances out; describe job-related evidence only."),
    _rule("legal_risk", r"\b(accent|native (?:english )?speaker)\b",
          "Refers to accent or national origin.",
          "If clarity mattered, describe a specific moment in the conversation instead."),
    _rule("platitude", r"\b(decided to (?:go|move) (?:in )?(?:a )?different direction|"
                       r"not the right fit|(?:chosen|decided) to go with another (?:candidate|applicant))\b",
          "A stock phrase that tells the candidate nothing.",
          "Say what the role needed and what you saw."),
    _rule("harsh", r"\b(stupid|incompetent|lazy|pathetic|useless)\b",
          "Demeaning wording about the person.",
          "Describe the work and its effect, not the person."),
]


def check(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            findings.append(Finding(rule.category, match.start(), match.end(), match.group(0),
                                    rule.message, rule.suggestion))
    findings.sort(key=lambda f: (f.start, f.end))
    return findings
