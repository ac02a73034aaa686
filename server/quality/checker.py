"""Text in, findings out: deterministic and explainable.

check(text) returns one Finding per problem span and category, sorted by position. Each finding
carries the exact span (text[start:end] == phrase), why it is a problem and a better way to say it.
The rules live in platitude.py, legal_risk.py and harsh.py; engine.py explains their notation and
how a text is scanned, lemmas.py the lemma view some rules match on (simplemma), valence.py the word
lexicon the harsh rules draw on (VADER's), specificity.py when a warm sentence is specific enough not
to be a platitude. Pure Python (two small pure-Python packages besides the standard library), no Flask.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import asdict, dataclass

from . import harsh, legal_risk, platitude
from .engine import Engine, normalise, resolve, sentences
from .model import (
    HARSH_WEIGHTS_FILE,
    LEGAL_THRESHOLD,
    LEGAL_WEIGHTS_FILE,
    MAX_WORDS,
    MIN_WORDS,
    THRESHOLD,
    Model,
    describe,
    harsh_model_features,
    harsh_threshold,
    lemma_features,
    weights_resource,
)
from .specificity import is_specific
from .whose import belongs_to_the_work, described_as_served, names_a_topic, serves_others, word_is_theirs

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


# Platitude rules that stand even in a sentence naming something concrete: "we will keep your CV on
# file for twelve months" states a retention period, not feedback.
_EVEN_IF_SPECIFIC = frozenset({"keep_on_file", "keep_on_file_passive"})
# A bare courtesy sentence beside specific feedback is manners, not a platitude (round 76: "Thanks for coming in. Your
# interlocking design review was thorough, but this post needs an IRSE licence ..."); alone, it is still one.
_COURTESIES = frozenset({"thanks_for_interest", "thanks_again", "lovely_to_meet_you", "nice_meeting_you"})

# ... unless the CV is kept for a named vacancy, with when or why (round 54: "We'll keep your details on file for
# the data engineer vacancy opening in February, because your Airflow experience suits that team better"); "for
# future roles" and "for any suitable vacancy" are still the courtesy.
_FILED_FOR = re.compile(
    r"\s+(?:specifically |especially |particularly |in particular |mainly )?for (?:the|our|a|an) (?!(?:suitable"
    r"|similar|relevant|appropriate|future|other|new|right|next suitable|any)\b)"
    r"(?:[\w-]+\s+){1,4}?(?:vacancy|vacancies|role|roles|position|post|opening|team|programme|intake|contract)\b"
    r"[^.;]*?(?:\b(?:because|as|since|given)\s+\w+\s+\w+|\b(?:opening|starting|opens|starts|launching|from|in|by)"
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer"
    r"|autumn|winter|Q[1-4]|the new year)\b)",
    re.IGNORECASE,
)

# Platitude rules that deliver the decision. Their specificity is judged on their own clause: a specific
# thank-you does not make "it's not going to work out" in the same sentence a reason. Courtesy and
# praise rules are judged on the whole sentence ("Thanks for travelling to Leeds, it was lovely to meet
# you" is warm and specific as a whole).
_VERDICTS = frozenset(
    """
    better_aligned business_needs came_down_to chose_someone_else close_call competitive didnt_work_out
    different_direction different_profile difficult_decision fine_margins fit match no_offer not_moving_forward
    not_progressing not_the_right_one not_what_we_need other_candidate_won pass_on position_filled profile_mismatch
    someone_else_selected stronger_candidates unsuccessful verdict_idiom strong_field regret_to_inform
    others_met_requirements
    """.split()
)

RULES = [*platitude.RULES, *legal_risk.RULES, *harsh.RULES]
_ENGINE = Engine(RULES)
_MODEL = Model.load()
_HARSH_MODEL = Model.load(weights_resource(HARSH_WEIGHTS_FILE), harsh_model_features)
_LEGAL_MODEL = Model.load(weights_resource(LEGAL_WEIGHTS_FILE), lemma_features)

_MODEL_MESSAGE = (
    "This sentence reads like a stock rejection line: nothing in it is specific to the candidate (it leans on {words})."
)
_MODEL_SUGGESTION = (
    "Replace it with something only this candidate could receive: the skill the role needed, a "
    "moment from the interview that showed the gap, or one concrete next step."
)


def check(text: str, *, use_anchors: bool = True, use_model: bool = True) -> list[Finding]:
    """Findings for text, sorted by start.

    use_anchors=False scans every rule on every sentence (slower, same result; kept so tests can
    prove the anchor index loses nothing). use_model=False leaves out the statistical platitude and
    harsh fallbacks (model.py), leaving the rules alone."""
    if not text:
        return []
    norm = normalise(text)
    spans = sentences(norm)
    findings = []
    specific = _Specific(norm, spans)
    whose = _Whose(norm, spans)
    courteous: list[tuple[int, int]] = []  # courtesies let pass: the platitude fallback leaves them too
    for start, end, r in resolve(_ENGINE.scan(norm, use_anchors=use_anchors, spans=spans), CATEGORIES):
        if r.category == "platitude":
            family = r.name.split(".")[0]
            if family in _EVEN_IF_SPECIFIC:
                if _FILED_FOR.match(norm, end):
                    continue
            elif (
                (specific.clause_at(start) or specific.reason_before(start) or specific.reason_after(end))
                if family in _VERDICTS
                else specific.at(start)
            ):
                continue
            elif family in _COURTESIES and specific.elsewhere(start):
                courteous.append((start, end))
                continue
        if r.category == "legal_risk" and whose.at(start, end):
            continue
        phrase = text[start:end]
        message, suggestion = r.texts(phrase)
        findings.append(Finding(r.category, start, end, phrase, message, suggestion))
    if use_model:
        covered = [(f.start, f.end) for f in findings if f.category == "platitude"] + courteous
        findings += _model_findings(text, norm, spans, covered, specific)
        findings += _legal_model_findings(
            text, norm, spans, [(f.start, f.end) for f in findings if f.category == "legal_risk"]
        )
        findings += _harsh_model_findings(
            text, norm, spans, [(f.start, f.end) for f in findings if f.category == "harsh"]
        )
        findings.sort(key=lambda f: (f.start, f.end, CATEGORIES.index(f.category)))
    return findings


class _PerSentence:
    """A judgement about the sentence holding an offset, kept per sentence (``known``)."""

    def __init__(self, norm: str, spans: list[tuple[int, int]]):
        self.norm = norm
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.known: dict[int, bool] = {}

    def index(self, offset: int) -> int | None:
        """The index of the sentence holding the offset (None between sentences)."""
        i = bisect_right(self.starts, offset) - 1
        return None if i < 0 or offset >= self.spans[i][1] else i


class _Whose(_PerSentence):
    """Whether a legal_risk word names the people the work serves, not the candidate (whose.py); the
    sentence-wide part is computed once per sentence."""

    def at(self, offset: int, until: int) -> bool:
        i = self.index(offset)
        if i is None:
            return False
        s, e = self.spans[i]
        serves = self.known.get(i)
        if serves is None:
            serves = self.known[i] = serves_others(self.norm[s:e])
        sentence = self.norm[s:e]
        return (
            (serves and word_is_theirs(sentence, offset - s, until - s))
            or names_a_topic(sentence, offset - s, until - s)
            or described_as_served(sentence, offset - s, until - s)
            or belongs_to_the_work(sentence, offset - s, until - s)
        )


class _Specific(_PerSentence):
    """Whether the sentence at an offset names something concrete (specificity.py): then nothing in
    it is a platitude, however warm its wording ("Thanks for travelling to Leeds for the assessment
    day"). Computed once per sentence, on demand."""

    def at(self, offset: int) -> bool:
        i = self.index(offset)
        if i is None:
            return False
        hit = self.known.get(i)
        if hit is None:
            s, e = self.spans[i]
            hit = self.known[i] = is_specific(self.norm[s:e])
        return hit

    def elsewhere(self, offset: int) -> bool:
        """Whether another sentence of the text names something concrete."""
        i = self.index(offset)
        return any(self.at(s) for j, (s, _) in enumerate(self.spans) if j != i)

    def clause_at(self, offset: int) -> bool:
        """Whether the rest of the sentence, from the start of the clause holding the offset, names
        something concrete. A sentence can join a specific thank-you to a bare verdict ("Thanks for
        coming in for the trial shift, it's not going to work out this time"): the trial shift makes the
        thanks specific, not the verdict. What follows the verdict counts ("we went with another
        candidate: the role needs production Kubernetes"), since that is where a reason goes. Clauses
        start after a semicolon, a colon, a dash, "but", or a comma before a new subject."""
        i = self.index(offset)
        if i is None or not self.at(offset):
            return False
        s, e = self.spans[i]
        a = max((m.end() for m in _CLAUSE_BREAK.finditer(self.norm, s, e) if m.end() <= offset), default=s)
        return is_specific(self.norm[a:e])

    def reason_after(self, offset: int) -> bool:
        """Whether the verdict ending at offset is followed, in its sentence, by its reason ("as no share code
        was provided by the deadline"), other than one about the applicant pool."""
        i = self.index(offset - 1)
        if i is None:
            return False
        _s, e = self.spans[i]
        m = _REASON_AFTER.match(self.norm, offset, e)
        return bool(m) and not _POOL.search(self.norm, offset, e)

    def reason_before(self, offset: int) -> bool:
        """Whether the verdict at offset follows its reason in the same sentence: the clause before it opens
        with "since", "because", "as", "given that" ("since you need fully remote work, it wasn't a match").
        A mismatch announced after its reason is not a bare verdict (round 14); "as you know, it wasn't a
        match" and a reason about the applicant pool ("since we had so many strong applicants") still are."""
        i = self.index(offset)
        if i is None:
            return False
        s, _e = self.spans[i]
        breaks = [m for m in _CLAUSE_BREAK.finditer(self.norm, s, offset) if m.end() <= offset]
        if not breaks:
            return False
        before = self.norm[breaks[-2].end() if len(breaks) > 1 else s : breaks[-1].start()]
        last = breaks[-1]
        if _CONSEQUENCE.match(self.norm, last.start()) and not _POOL.search(self.norm, s, last.start()):
            # "..., and this role is mostly major-donor stewardship, so we went with someone who had that track
            # record" (round 52): the verdict follows from what came before it, which counts when concrete.
            return is_specific(self.norm[s : last.start()])
        return bool(_REASON_OPENER.match(before)) and not _POOL.search(before)


# The reason right after the verdict (round 35: "we could not progress your application as no share code was
# provided by the deadline"); "as we discussed" and a reason about the applicant pool are not one.
_REASON_AFTER = re.compile(
    # "a difficult decision only because your scores were close" (round 66)
    r"\W*(?:(?:only|simply|purely|partly|mainly|largely) )?(?:because|since|as|given that|due to|owing to)\s+"
    r"(?!you know\b|we (?:said|discussed|mentioned)\b"
    r"|(?:discussed|mentioned|such|always|ever|promised|agreed)\b|i said\b)\w+\s+\w+",
    re.IGNORECASE,
)
_REASON_OPENER = re.compile(
    r"\W*(?:since|because|as|given that|seeing as|now that)\s+(?!you know\b|we (?:said|discussed|mentioned)\b"
    r"|(?:a|an|your|his|her|my|our|someone|somebody|one)\b"
    r"|discussed\b|mentioned\b|such\b|always\b|ever\b|i said\b|promised\b|agreed\b)\w+\s+\w+",
    re.IGNORECASE,
)
# A "reason" about the applicant pool is the stock line itself ("since we had so many strong applicants").
_POOL = re.compile(
    r"\b(?:applicants?|applications?|candidates?|competition|competitive|field|interest|response|volume|talent)\b",
    re.IGNORECASE,
)

# A clause break that makes what follows a consequence of what came before.
_CONSEQUENCE = re.compile(r",\s+(?=so\b)", re.IGNORECASE)
# Where a clause ends inside a sentence (see _Specific.clause_at).
_CLAUSE_BREAK = re.compile(
    r"\s*[;:]\s*|\s+-+\s+|\s+but\s+|,\s+(?=(?:you|you're|you've|you'd|it|it's|we|we're|we've|we'll|I|I'm|I've"
    r"|this|that|there|though|however|unfortunately|sadly|so|and (?:we|I|it))\b)",
    re.IGNORECASE,
)


def _fallback_findings(
    category: str,
    text: str,
    norm: str,
    spans: list[tuple[int, int]],
    covered: list[tuple[int, int]],
    flags: Callable[[str, int], bool],
    message: Callable[[str], str],
    suggestion: str,
) -> list[Finding]:
    """A statistical fallback: each sentence of a usable length that no finding of ``category``
    covers and that ``flags(sentence, start)`` becomes one finding spanning the sentence."""
    out = []
    for s, e in spans:
        if any(a < e and s < b for a, b in covered):
            continue
        sentence = norm[s:e]
        if not MIN_WORDS <= sentence.count(" ") + 1 <= MAX_WORDS or not flags(sentence, s):
            continue
        lead = len(sentence) - len(sentence.lstrip(" \t*_>-#\"'("))
        start, end = s + lead, s + len(sentence.rstrip())
        out.append(Finding(category, start, end, text[start:end], message(sentence), suggestion))
    return out


def _model_findings(
    text: str, norm: str, spans: list[tuple[int, int]], covered: list[tuple[int, int]], specific: _Specific
) -> list[Finding]:
    """The platitude fallback: sentences no platitude rule caught that still read as a stock line."""

    def words(sentence: str) -> str:
        return ", ".join(f"“{w}”" for w in _MODEL.explain(sentence)) or "its general wording"

    return _fallback_findings(
        "platitude",
        text,
        norm,
        spans,
        covered,
        lambda sentence, s: _MODEL.score(sentence) >= THRESHOLD and not specific.at(s),
        lambda sentence: _MODEL_MESSAGE.format(words=words(sentence)),
        _MODEL_SUGGESTION,
    )


_HARSH_MODEL_MESSAGE = (
    "This sentence reads as contempt for the candidate rather than a point about the work (a statistical "
    "check trained on labelled feedback; it leans on {words})."
)
_HARSH_MODEL_SUGGESTION = (
    "Say plainly what was missing or wrong in the work and what the role needs, without irony, comparisons "
    "or remarks about the person."
)


# A question that offers the candidate something or asks their leave ("Would it help if I sent you the marking
# criteria ...?", "Could I ask what ...?", "Would you like notes on ...?") is not contempt, though the harsh
# model reads the first person, "you" and the question mark as its cues (round 14; no harsh sentence in the
# corpus or the training files opens this way). Offering to explain the basics stays the model's to judge.
_OFFER = re.compile(
    r"\W*(?:would it help (?:if|to)|would you like|would you be (?:interested|open|happy|willing)|shall (?:i|we)"
    r"|(?:can|could|may) (?:i|we) (?:ask|send|share|offer|suggest|call|forward|put you)|do you want (?:me|us) to"
    r"|if it helps,? (?:i|we) can)\b(?![^?]*\bexplain(?:ed|ing)? (?:to you )?(?:what|how) (?:a|an|the basics)\b)"
    r"[^?]*\?\s*$",
    re.IGNORECASE,
)


# An offer of help in the first person is never contempt ("I'm happy to be a reference for the volunteer work
# you did"): the harsh fallback, at its lower bar, read one as such.
_FIRST_PERSON_OFFER = re.compile(
    r"\W*(?:i|we)(?:'m|'d|'re| am| are| would| will|'ll)? (?:be )?(?:very |really |more than |always )?"
    r"(?:happy|glad|pleased|delighted) to (?!see you go\b|(?:see|watch) (?:the )?back\b)",
    re.IGNORECASE,
)


# The role set against the candidate's experience so far is a gap, not contempt (round 44: "this campaign needs
# more motion design than you've done so far"); "more brains than you have" has no such measure of experience.
_RELATIVE_TO_ROLE = re.compile(
    r"\b(?:needs?|needed|requires?|required|calls? for|called for|asks? for|demands?|wanted) (?:\w+ ){0,2}?"
    r"(?:more|deeper|broader|longer|wider)\b[^.;]{0,60}?\bthan you(?:'ve| have| had|'d)? (?:done|shown|had|built"
    r"|managed|led|gained|worked|used|delivered|covered)\b(?: \w+)? (?:so far|to date|yet|until now|before|previously"
    r"|in your)\b",
    re.IGNORECASE,
)


def _is_offer(sentence: str) -> bool:
    return bool(_OFFER.match(sentence) or _FIRST_PERSON_OFFER.match(sentence))


def _not_contempt(sentence: str) -> bool:
    """Sentences the harsh fallback leaves alone: an offer of help, or the role measured against experience."""
    return _is_offer(sentence) or bool(_RELATIVE_TO_ROLE.search(sentence))


# Announcing frankness for the candidate's sake ("I'll be blunt because I think it helps:", round 53) is not contempt;
# the harsh model reads "blunt" and the first person as its cues, so it judges what follows the announcement.
_FRANK_OPENER = re.compile(
    r"\W*(?:i'll|i will|i'm going to|i am going to|let me|i want to|i'd like to|we'll|we will) be (?:very |quite )?"
    r"(?:blunt|direct|frank|honest|candid|straight|straightforward)(?: with you)?,? (?:because|as|since) (?:i think |i "
    r"believe |we think |i hope )?(?:it(?:'ll| will| would)? (?:help|helps|be (?:more )?(?:useful|helpful|kinder))"
    r"|it's (?:more )?(?:useful|helpful|kinder)|you asked(?: for it)?)[^:;,.]*[:;,.]\s*",
    re.IGNORECASE,
)


def _harsh_score(sentence: str) -> float:
    opener = _FRANK_OPENER.match(sentence)
    return _HARSH_MODEL.score(sentence[opener.end() :] if opener else sentence)


def _harsh_model_findings(
    text: str, norm: str, spans: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> list[Finding]:
    """The harsh fallback: sentences no harsh rule caught that still read as contempt."""

    def words(sentence: str) -> str:
        # A pair can be both a closed-class feature and a lemma pair ("could have"): named once.
        named = list(dict.fromkeys(describe(f) for f in _HARSH_MODEL.explain(sentence, 6)))[:3]
        return ", ".join(named) or "its general wording"

    return _fallback_findings(
        "harsh",
        text,
        norm,
        spans,
        covered,
        lambda sentence, _s: not _not_contempt(sentence) and _harsh_score(sentence) >= harsh_threshold(sentence),
        lambda sentence: _HARSH_MODEL_MESSAGE.format(words=words(sentence)),
        _HARSH_MODEL_SUGGESTION,
    )


_LEGAL_MODEL_MESSAGE = (
    "This sentence may bring a protected characteristic or a stand-in for one (age, origin, family, health, "
    "religion, sex) into the decision (a statistical check trained on labelled feedback; it leans on {words})."
)
_LEGAL_MODEL_SUGGESTION = (
    "If it does, leave it out and give the job-related reason: the skill, experience or availability the role "
    "needs, asked of every candidate alike."
)


def _legal_model_findings(
    text: str, norm: str, spans: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> list[Finding]:
    """The legal_risk fallback: sentences no legal_risk rule caught that still read like one."""

    def words(sentence: str) -> str:
        # single words read better than word pairs when the reader must decide whether to send
        lean = [f for f in _LEGAL_MODEL.explain(sentence, 30) if " " not in f][:3] or _LEGAL_MODEL.explain(sentence)
        return ", ".join(describe(f) for f in lean) or "its general wording"

    return _fallback_findings(
        "legal_risk",
        text,
        norm,
        spans,
        covered,
        lambda sentence, _s: _LEGAL_MODEL.score(sentence) >= LEGAL_THRESHOLD,
        lambda sentence: _LEGAL_MODEL_MESSAGE.format(words=words(sentence)),
        _LEGAL_MODEL_SUGGESTION,
    )
