"""The rule engine behind quality.check(): rules, their notation, and how a text is scanned.

A rule is one regular expression for one kind of problem, with the message and the suggestion a
person sees. Patterns are written in a light notation so they stay readable:

- a space means "one or more whitespace characters" (``set in (?:your|his|her) ways``), and a
  space followed by ``?`` means "any whitespace, or none";
- ``~`` means "a hyphen, a space or nothing" (``over~qualified`` matches overqualified,
  over-qualified and over qualified);
- every pattern is matched case-insensitively and only at word boundaries (it cannot start or end
  inside a word).

The text is normalised before matching with one-for-one character replacements (curly quotes to
straight, dashes to hyphens, non-breaking spaces to spaces), so offsets stay those of the text.

Speed: a rule only runs on a sentence that contains one of its anchor words (lower case; a trailing
``*`` makes it a prefix). The anchors are a pure optimisation: tests check that results are the same
with and without them.

Focus: when a pattern has a group named ``hit``, the finding covers only that group; the rest of
the match is context ("you were (?P<hit>arrogant)" marks "arrogant"). ``hit_in`` restricts the hit to
a word list (a lexicon of thousands of words would make a slow alternation): "you were
(?P<hit>[a-z]+)" with hit_in={"arrogant", ...}.

Context: ``not_before`` / ``not_after`` are patterns that, when they match just before or just after
a match, cancel it (``lazy`` is fine in "lazy loading"); ``unless`` cancels a match when it is found
anywhere in the same sentence (citizenship is fine when the sentence says it is a legal requirement).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .lemmas import LemmaView, lemma

_FLAGS = re.IGNORECASE

# One-for-one replacements: offsets in the normalised text are offsets in the original text.
_NORMALISE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)

# A sentence ends at . ! or ? followed by whitespace, or at a line break ("Node.js" stays whole). An
# ellipsis before a lower-case word is a pause, not an end ("the task was... memorable").
_BOUNDARY = re.compile(r"(?<=[.!?])(?<!\.\.\.)\s+|(?<=\.\.\.)\s+(?![a-z\s])|\n\s*")
_TOKEN = re.compile(r"[a-z0-9]+")
_WINDOW = 60  # characters of context looked at by not_before / not_after


def normalise(text: str) -> str:
    """The text with one-for-one character replacements (same length, same offsets)."""
    return text.translate(_NORMALISE)


def sentences(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(norm):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if len(norm) > start:
        spans.append((start, len(norm)))
    return spans


def expand(pattern: str) -> str:
    """The notation above, as a plain regular expression."""
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+").replace("~", r"[-\s]?")


def compile_pattern(pattern: str, bounded: bool = True) -> re.Pattern[str]:
    body = expand(pattern)
    if bounded:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, _FLAGS)


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    anchors: tuple[str, ...]
    pattern: re.Pattern[str]
    message: str
    suggestion: str
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    lemmas: bool = False  # matched on the sentence's lemma view (lemmas.py), anchored on lemmas
    hit_in: frozenset[str] | None = None  # when set, the "hit" group must be one of these words

    def texts(self, phrase: str) -> tuple[str, str]:
        return (self.message.replace("{phrase}", phrase), self.suggestion.replace("{phrase}", phrase))


def rule(
    category: str,
    name: str,
    anchors: str,
    pattern: str,
    message: str,
    suggestion: str,
    *,
    not_before: str | None = None,
    not_after: str | None = None,
    unless: str | None = None,
    lemmas: bool = False,
    hit_in: frozenset[str] | None = None,
) -> Rule:
    """Build a rule. not_before must match right up to the start of the match (it is anchored at the
    end of the text before it); not_after must match right from its end. With lemmas=True the
    pattern, its anchors and its context patterns are written over the lemma view (lemmas.py: lower
    case, one space between tokens, "n't" and "'s" split off, punctuation as tokens), so "young"
    matches "younger" and "waste" matches "wasting"."""
    return Rule(
        lemmas=lemmas,
        hit_in=hit_in,
        category=category,
        name=name,
        anchors=tuple(anchors.split()),
        pattern=compile_pattern(pattern),
        message=message,
        suggestion=suggestion,
        not_before=re.compile(rf"(?:{expand(not_before)})\Z", _FLAGS) if not_before else None,
        not_after=re.compile(expand(not_after), _FLAGS) if not_after else None,
        unless=compile_pattern(unless) if unless else None,
    )


def rules(
    category: str, name: str, parts: list[tuple[str, str]], message: str, suggestion: str, **context
) -> list[Rule]:
    """One kind of problem written as several (anchors, pattern) parts, so that each part only runs
    on sentences holding its own anchor words. The parts share the message and suggestion."""
    if len(parts) == 1:
        return [rule(category, name, *parts[0], message, suggestion, **context)]
    return [
        rule(category, f"{name}.{i}", anchors, pattern, message, suggestion, **context)
        for i, (anchors, pattern) in enumerate(parts, start=1)
    ]


def lexicon(words: str) -> tuple[str, str]:
    """An (anchors, pattern) part for a plain word list: "stupid*" is a prefix, "brain~dead" a
    compound (hyphen, space or nothing). A compound is anchored on its first word and on its
    one-word spelling."""
    anchors, alternatives = [], []
    for entry in words.split():
        prefix = entry.endswith("*")
        word = entry.rstrip("*")
        tokens = _TOKEN.findall(word.replace("~", " ").lower())
        anchors.append(tokens[0] + ("*" if prefix and len(tokens) == 1 else ""))
        if "~" in word:
            anchors.append("".join(tokens))
        alternatives.append("~".join(re.escape(p) for p in word.split("~")) + (r"\w*" if prefix else ""))
    return " ".join(dict.fromkeys(anchors)), "|".join(alternatives)


def flatten(items) -> list[Rule]:
    out: list[Rule] = []
    for item in items:
        out.extend(item if isinstance(item, list) else [item])
    return out


@dataclass
class _Index:
    """Anchor word -> rules, for exact words and for prefixes (grouped by prefix length)."""

    exact: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    prefixes: dict[int, dict[str, list[int]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))


class Engine:
    def __init__(self, rules: list[Rule]):
        names = [(r.category, r.name) for r in rules]
        if len(set(names)) != len(names):
            raise ValueError("rule names must be unique within a category")
        self.rules = list(rules)
        index = _Index()
        for i, r in enumerate(self.rules):
            if not r.anchors:
                raise ValueError(f"rule {r.category}/{r.name} has no anchors")
            for anchor in r.anchors:
                if anchor != anchor.lower() or not re.fullmatch(r"[a-z0-9]+\*?", anchor):
                    raise ValueError(f"rule {r.category}/{r.name}: bad anchor {anchor!r}")
                if anchor.endswith("*"):
                    index.prefixes[len(anchor) - 1][anchor[:-1]].append(i)
                else:
                    index.exact[anchor].append(i)
        self._exact = {k: tuple(v) for k, v in index.exact.items()}
        self._prefixes = sorted((n, {k: tuple(v) for k, v in d.items()}) for n, d in index.prefixes.items())
        self._cache: dict[str, tuple[int, ...]] = {}

    def _rules_for(self, token: str) -> tuple[int, ...]:
        """Rules anchored on the token or on its lemma (cached per token)."""
        hit = self._cache.get(token)
        if hit is None:
            found: set[int] = set()
            for word in {token, lemma(token)}:
                found.update(self._exact.get(word, ()))
                for n, table in self._prefixes:
                    if len(word) < n:
                        break
                    found.update(table.get(word[:n], ()))
            hit = tuple(sorted(found))
            if len(self._cache) > 100_000:  # bounded: plain text has a limited vocabulary
                self._cache.clear()
            self._cache[token] = hit
        return hit

    def _candidates(self, sentence: str) -> list[int]:
        """Rules with an anchor among the sentence's words or their lemmas."""
        found: set[int] = set()
        cache = self._cache
        for token in _TOKEN.findall(sentence.lower()):
            hit = cache.get(token)
            if hit is None:
                hit = self._rules_for(token)
            if hit:
                found.update(hit)
        return sorted(found)

    def scan(
        self, text: str, use_anchors: bool = True, spans: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, int, Rule]]:
        """Every (start, end, rule) match, before overlaps are resolved. text should be normalised;
        spans are its sentences (computed when not given)."""
        matches: list[tuple[int, int, Rule]] = []
        everything = range(len(self.rules))
        for start, cut in sentences(text) if spans is None else spans:
            ids = self._candidates(text[start:cut]) if use_anchors else everything
            view: LemmaView | None = None
            for i in ids:
                r = self.rules[i]
                if not r.lemmas:
                    self._match(r, text, start, cut, matches)
                    continue
                if view is None:
                    view = LemmaView(text, start, cut)
                found: list[tuple[int, int, Rule]] = []
                self._match(r, view.text, 0, len(view.text), found)
                matches.extend((*view.span(a, b), r) for a, b, r in found)
        return matches

    @staticmethod
    def _match(r: Rule, norm: str, s: int, e: int, out: list) -> None:
        focus = "hit" in r.pattern.groupindex
        cancelled: bool | None = None  # r.unless in this sentence, looked up once, at the first match
        for m in r.pattern.finditer(norm, s, e):
            a, b = m.span("hit") if focus else m.span()
            if r.hit_in is not None and m.group("hit").lower() not in r.hit_in:
                continue
            if a == b:
                continue
            if r.not_before is not None and r.not_before.search(norm, max(0, a - _WINDOW), a):
                continue
            if r.not_after is not None and r.not_after.match(norm, b, min(len(norm), b + _WINDOW)):
                continue
            if r.unless is not None:
                if cancelled is None:
                    cancelled = r.unless.search(norm, s, e) is not None
                if cancelled:
                    continue
            out.append((a, b, r))


def resolve(matches: list[tuple[int, int, Rule]], categories: tuple[str, ...]) -> list[tuple[int, int, Rule]]:
    """One finding per span and category: within a category, overlapping matches collapse to the
    longest (then earliest, then first-listed rule). Categories do not suppress each other."""
    order = {c: i for i, c in enumerate(categories)}
    rank = {}
    kept: list[tuple[int, int, Rule]] = []
    by_category: dict[str, list[tuple[int, int, Rule]]] = defaultdict(list)
    for a, b, r in matches:
        by_category[r.category].append((a, b, r))
    for category, items in by_category.items():
        items.sort(key=lambda t: (-(t[1] - t[0]), t[0], t[2].name))
        taken: list[tuple[int, int]] = []
        for a, b, r in items:
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            kept.append((a, b, r))
        rank[category] = order.get(category, len(order))
    kept.sort(key=lambda t: (t[0], t[1], rank[t[2].category], t[2].name))
    return kept
