"""The quality check's contract: interface, exact spans, order, determinism, precision cases, speed."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import time

import pytest

from server.quality import CATEGORIES, Finding, check, specificity
from server.quality import model as quality_model
from server.quality import train as quality_train
from server.quality.checker import _HARSH_MODEL, _MODEL, RULES
from server.quality.corpus import corpus_file
from server.quality.lemmas import LemmaView, lemma
from tests.quality.corpus import FILES, HERE, TRAINING_ONLY_FILES, load

# Pure Python, no database: run once, on the SQLite pass (scripts/test).
pytestmark = pytest.mark.nodb

ALL = [ex for name in FILES for ex in load(name)]


def categories(text):
    return {f.category for f in check(text)}


def assert_well_formed(text, findings):
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, CATEGORIES.index(f.category)))
    for f in findings:
        assert f.category in CATEGORIES
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.phrase
        assert f.phrase == f.phrase.strip() and f.phrase
        assert f.message.strip() and f.suggestion.strip()
        assert "{phrase}" not in f.message + f.suggestion
    per_category = {}
    for f in findings:
        spans = per_category.setdefault(f.category, [])
        assert all(f.start >= b or f.end <= a for a, b in spans), "overlapping findings in one category"
        spans.append((f.start, f.end))


# --- interface ---------------------------------------------------------------------------------------


def test_interface():
    assert CATEGORIES == ("platitude", "legal_risk", "harsh")
    finding = check("It was not the right fit.")[0]
    assert isinstance(finding, Finding) and dataclasses.is_dataclass(Finding)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 3
    assert finding.to_dict() == {
        "category": "platitude",
        "start": 7,
        "end": 24,
        "phrase": "not the right fit",
        "message": finding.message,
        "suggestion": finding.suggestion,
    }
    assert [f.name for f in dataclasses.fields(Finding)] == [
        "category",
        "start",
        "end",
        "phrase",
        "message",
        "suggestion",
    ]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "   \t "])
def test_empty_text_has_no_findings(text):
    assert check(text) == []


def test_spans_are_exact_sorted_and_deterministic_on_the_whole_corpus():
    texts = [ex.text for ex in ALL]
    rnd = random.Random(4)
    for _ in range(150):
        parts = rnd.sample(texts, rnd.randint(2, 12))
        sep = rnd.choice([" ", "\n", "\n\n", "  ", "\n- ", "; "])
        texts.append(sep.join(parts))
    for text in texts:
        first = check(text)
        assert_well_formed(text, first)
        assert check(text) == first


def test_spans_stay_exact_with_curly_quotes_dashes_and_odd_unicode():
    text = (
        "İstanbul office note — We’ve chosen to go with another applicant. Your accent… was “hard to follow”.\u00a0"
        "ß ﬁ straße: honestly your code was garbage."
    )
    findings = check(text)
    assert_well_formed(text, findings)
    phrases = {(f.category, f.phrase) for f in findings}
    assert ("platitude", "chosen to go with another applicant") in phrases
    assert ("legal_risk", "accent") in phrases
    assert ("harsh", "garbage") in phrases


def test_markdown_answers_keep_exact_spans():
    text = (
        "**What stood out**\n\nClear tests.\n\n**Gaps**\n\n- We decided to move forward with other candidates.\n"
        "- Your code was garbage.\n\n> It was a very competitive process"
    )
    findings = check(text)
    assert_well_formed(text, findings)
    assert [f.category for f in findings] == ["platitude", "harsh", "platitude"]


# --- what the rest of the app relies on ---------------------------------------------------------------


def test_age_wording_used_by_the_web_tests():
    text = "We wanted a younger team for this role."
    (finding,) = check(text)
    assert (finding.category, finding.phrase) == ("legal_risk", "younger team")
    assert finding.message.startswith("Refers to age, a protected characteristic.")
    assert finding.suggestion.startswith("Describe the job-related skill or experience instead.")


def test_texts_used_by_the_api_and_service_tests():
    assert {"platitude", "legal_risk"} <= categories(
        "We decided to go in a different direction. Also, you seemed too old for the team."
    )
    assert categories("Your accent made some answers hard to follow.") == {"legal_risk"}
    for clean in [
        "Clear, well-tested code.",
        "Good questions.",
        "Clear, tested code in the exercise.",
        "We needed production PostgreSQL experience.",
        "Your API design exercise was clear and well tested.",
        "The role needs production PostgreSQL tuning; the indexing question showed less depth.",
        "Your take-home was clean and well tested.",
        "The role needs production Kubernetes; the design round showed it was new to you.",
        "Your portfolio walkthrough was structured and you explained trade-offs clearly.",
        "The role needs hands-on experience running user research; your examples relied on research done by others.",
        "Run two or three small usability sessions on a side project and write up what changed.",
    ]:
        assert check(clean) == [], clean


# --- precision: job-related statements with trigger words stay clean ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The team maintains a mature codebase.",
        "Our parent company owns the billing platform.",
        "The role builds cloud-native services.",
        "You described black-box testing well.",
        "The take-home used single sign-on.",
        "We have a healthy pipeline of projects.",
        "You have built native mobile apps.",
        "You pushed directly to the master branch.",
        "Your worker spawned child processes without a limit.",
        "We are a young startup with little process.",
        "The senior engineer on the panel asked about caching.",
        "You found the race condition in your solution.",
        "You tuned garbage collection pauses.",
        "There was dead code in the submission.",
        "You knew how to kill the process safely.",
        "Take-homes go through blind review.",
        "Your stress testing plan was thorough.",
        "You added health checks to every service.",
        "The role asks for five years of experience with Kubernetes.",
        "English proficiency is required for this client-facing role.",
        "We cannot sponsor visas for this role, as the posting said.",
        "The role requires US citizenship because of the security clearance.",
        "Lazy loading would have cut the initial page weight.",
        "You computed the worst-case complexity correctly.",
        "Our disaster recovery plan is part of the role.",
        "The job is embarrassingly parallel, so a worker pool fits.",
        "A dumb terminal emulator was off-topic.",
        "Your UI used the accent colour for errors.",
        "The parent-child relationship between components was neat.",
        "Our app helps parents book childcare, so the role needs privacy law knowledge.",
        "Our users include people with visual impairments, so accessibility matters in this role.",
        "You used a young generation heap that was too small.",
        "Manpower planning is part of this operations role.",
        "You married the two data models with an adapter.",
        "The product serves retirement savers.",
        "You explained the kill switch well.",
        "You were early in your career, and the role needs someone who has owned a production service.",
        "You seemed nervous at first but settled in quickly.",
        "The role supports a maternity-ward booking system.",
        "You were too senior for this role's scope.",
        "The error handling was sloppy and the role owns payments.",
        "Your written English in the report was clear.",
        "Our German subsidiary is the main client.",
        "The man page was out of date, and you didn't notice.",
        "You'd report to the chairman of the board.",
    ],
)
def test_job_related_statements_stay_clean(text):
    assert check(text) == []


# --- recall: the examples from the issue, with useful explanations ------------------------------------


@pytest.mark.parametrize(
    "text, category, phrase",
    [
        ("We've chosen to go with another applicant.", "platitude", "chosen to go with another applicant"),
        ("Your background doesn't quite match what we need.", "platitude", "Your background doesn't quite match"),
        ("We encourage you to apply for future openings.", "platitude", "encourage you to apply"),
        ("It was not the right fit.", "platitude", "not the right fit"),
        ("We'll keep your resume on file.", "platitude", "keep your resume on file"),
        ("You're fresh out of school.", "legal_risk", "fresh out of school"),
        ("You seem set in your ways.", "legal_risk", "set in your ways"),
        ("We want digital natives.", "legal_risk", "digital natives"),
        ("You'd be overqualified.", "legal_risk", "overqualified"),
        ("We're a young and energetic team.", "legal_risk", "young and energetic team"),
        ("As a woman, you'd find the site hard.", "legal_risk", "woman"),
        ("You said you're planning to have kids.", "legal_risk", "planning to have kids"),
        ("Your childcare situation worried us.", "legal_risk", "childcare"),
        ("You're not a native speaker.", "legal_risk", "not a native speaker"),
        ("We asked where you're from originally.", "legal_risk", "where you're from originally"),
        ("Your headscarf came up.", "legal_risk", "headscarf"),
        ("You'd need prayer breaks.", "legal_risk", "prayer"),
        ("Your anxiety showed.", "legal_risk", "anxiety"),
        ("The office doesn't suit a wheelchair.", "legal_risk", "wheelchair"),
        ("Your medical history worried us.", "legal_risk", "Your medical history"),
        ("You seemed depressed.", "legal_risk", "depressed"),
        ("Your code was garbage.", "harsh", "garbage"),
        ("You were clueless.", "harsh", "clueless"),
        ("The interview was a waste of our time.", "harsh", "a waste of our time"),
        ("That was an embarrassing answer.", "harsh", "embarrassing"),
        ("You're lazy.", "harsh", "lazy"),
    ],
)
def test_issue_examples_are_found_with_their_phrase(text, category, phrase):
    findings = check(text)
    assert_well_formed(text, findings)
    assert (category, phrase) in {(f.category, f.phrase) for f in findings}, findings


def test_explanations_are_specific_to_the_phrase_and_category():
    fit = next(f for f in check("It was not the right fit.") if f.category == "platitude")
    assert "“not the right fit”" in fit.message
    assert fit.suggestion.startswith("Name the job-related gap: which skill or experience the role needed")
    accent = check("Your accent was hard to follow.")[0]
    assert "national origin" in accent.message.lower() and "accent" in accent.suggestion.lower()
    harsh = check("Your code was garbage.")[0]
    assert "“garbage”" in harsh.message and "instead" in harsh.suggestion
    suggestions = {
        f.category: f.suggestion
        for f in check("We went with another candidate. Your accent was strong. Your code was garbage.")
    }
    assert len(set(suggestions.values())) == 3


def test_every_rule_explains_itself():
    names = [(r.category, r.name) for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        assert r.category in CATEGORIES and r.anchors
        assert len(r.message) > 20 and len(r.suggestion) > 20, r.name
        assert r.message.rstrip().endswith((".", ")")) and r.suggestion.rstrip().endswith((".", ")")), r.name


# --- the statistical platitude fallback ---------------------------------------------------------------


def test_the_fallback_catches_unseen_stock_lines_and_says_why():
    text = "Your code was tidy. We hope the stars align for you next time around."
    rules = check(text, use_model=False)
    assert rules == []
    (finding,) = check(text)
    assert finding.category == "platitude" and finding.phrase == "We hope the stars align for you next time around."
    assert "stock rejection line" in finding.message and "“" in finding.message
    assert_well_formed(text, [finding])


def test_the_fallback_leaves_specific_sentences_and_rule_findings_alone():
    assert check("The role needs someone who has run Kafka in production; you had used it only locally.") == []
    text = "We decided to move forward with other candidates."
    assert check(text) == check(text, use_model=False)


def test_the_model_weights_are_reproducible_from_the_corpus():
    trained = quality_train.dump(quality_train.train(quality_train.training_examples()))
    assert quality_model.weights_resource().read_text(encoding="utf-8") == trained, (
        "platitude_weights.json is stale: run python -m server.quality.train"
    )


def test_the_legal_model_weights_are_reproducible_from_the_corpus():
    trained = quality_train.dump(quality_train.train_legal(quality_train.training_examples(category="legal_risk")))
    shipped = quality_model.weights_resource(quality_model.LEGAL_WEIGHTS_FILE).read_text(encoding="utf-8")
    assert shipped == trained, "legal_weights.json is stale: run python -m server.quality.train"


def test_the_legal_fallback_catches_an_unseen_age_proxy_and_says_why():
    """No rule knows "finished school in the eighties"; the legal_risk fallback (round 13, measured across
    rounds in README.md) does, names the words behind it, and leaves plain lines alone."""
    text = "A candidate who finished school in the eighties may struggle with our cloud tooling."
    assert check(text, use_model=False) == []
    (finding,) = check(text)
    assert finding.category == "legal_risk" and finding.phrase == text
    assert "protected characteristic" in finding.message and "it leans on “" in finding.message
    assert_well_formed(text, [finding])
    for plain in ("Your code was tidy.", "Could you send us your portfolio link?", "The panel liked your SQL answer."):
        assert check(plain) == []


def test_the_harsh_model_weights_are_reproducible_from_the_corpus():
    trained = quality_train.dump(quality_train.train_harsh(quality_train.training_examples(category="harsh")))
    shipped = quality_model.weights_resource(quality_model.HARSH_WEIGHTS_FILE).read_text(encoding="utf-8")
    assert shipped == trained, "harsh_weights.json is stale: run python -m server.quality.train"


def test_the_training_script_reads_the_corpus_by_path(tmp_path):
    """python -m server.quality.train --corpus-dir DIR --out FILE --harsh-out FILE: the corpus is read
    from DIR (here a copy of the training files), and the files are the shipped weights byte for byte."""
    files = {**FILES, **TRAINING_ONLY_FILES, **{n: corpus_file(HERE, n) for n in quality_train.SCORED_ROUNDS}}
    for name in quality_train.all_training_files():
        shutil.copy(files[name], tmp_path / files[name].name)
    out, harsh_out, legal_out = tmp_path / "weights.json", tmp_path / "harsh.json", tmp_path / "legal.json"
    quality_train.main(
        ["--corpus-dir", str(tmp_path), "--out", str(out), "--harsh-out", str(harsh_out), "--legal-out", str(legal_out)]
    )
    assert out.read_text(encoding="utf-8") == quality_model.weights_resource().read_text(encoding="utf-8")
    shipped = quality_model.weights_resource(quality_model.HARSH_WEIGHTS_FILE).read_text(encoding="utf-8")
    assert harsh_out.read_text(encoding="utf-8") == shipped
    model = quality_model.Model.load(out)
    assert (model.bias, model.weights) == (_MODEL.bias, _MODEL.weights)
    harsh = quality_model.Model.load(harsh_out, quality_model.harsh_model_features)
    assert (harsh.bias, harsh.weights) == (_HARSH_MODEL.bias, _HARSH_MODEL.weights)
    assert json.loads(out.read_text(encoding="utf-8"))["trained_on"] == quality_train.files_for("platitude")
    assert "train_platitude_a" in json.loads(out.read_text(encoding="utf-8"))["trained_on"]
    shipped = quality_model.weights_resource(quality_model.LEGAL_WEIGHTS_FILE).read_text(encoding="utf-8")
    assert legal_out.read_text(encoding="utf-8") == shipped
    # the model-only files (train.MODEL_FILES) reach only their models, as the weights files record
    assert "train_legal_a" in json.loads(legal_out.read_text(encoding="utf-8"))["trained_on"]
    assert "train_legal_a (clean lines)" in json.loads(harsh_out.read_text(encoding="utf-8"))["trained_on"]
    assert "train_contempt_c" not in json.loads(legal_out.read_text(encoding="utf-8"))["trained_on"]
    assert "train_platitude_a" not in json.loads(legal_out.read_text(encoding="utf-8"))["trained_on"]


def test_the_harsh_fallback_catches_held_out_contempt_and_says_why():
    """A sneer from blind round 17 (never in the models' training data) that no harsh rule covers is flagged
    by the harsh model; the finding covers the sentence and names what drove the score, each reason once."""
    text = "The timings were fine. I genuinely couldn't tell whether the cover letter was meant as a joke."
    assert [f for f in check(text, use_model=False) if f.category == "harsh"] == []
    harsh = [f for f in check(text) if f.category == "harsh"]
    assert [f.phrase for f in harsh] == ["I genuinely couldn't tell whether the cover letter was meant as a joke."]
    assert "statistical check" in harsh[0].message and "“joke”" in harsh[0].message
    reasons = harsh[0].message.split("it leans on ")[1].rstrip(").").split(", ")
    assert len(reasons) == len(set(reasons))
    assert_well_formed(text, harsh)


def test_the_harsh_fallback_catches_unseen_contempt_and_says_why():
    """A sneer no harsh rule covers (written for this test, in no corpus file) is flagged by the harsh
    model; the finding covers the sentence and names what drove the score."""
    text = "The timings were fine. Was that supposed to be a risk assessment?"
    rules = check(text, use_model=False)
    assert [f for f in rules if f.category == "harsh"] == []
    harsh = [f for f in check(text) if f.category == "harsh"]
    assert [f.phrase for f in harsh] == ["Was that supposed to be a risk assessment?"]
    assert "statistical check" in harsh[0].message and "“suppose”" in harsh[0].message
    assert_well_formed(text, harsh)


@pytest.mark.parametrize(
    "text",
    [
        "Your code was tidy.",
        "Your presentation was crisp.",
        "You clearly know your stuff.",
        "Could you send us your portfolio link?",
        "Your answer was better than the model answer.",
        "You came across as calm.",
    ],
)
def test_the_harsh_fallback_leaves_short_praise_and_questions_alone(text):
    """Content words are masked in the harsh model: with them, it flagged these (0.8-0.98)."""
    assert check(text) == []


# --- issue 10: lemmas, contempt without a listed word, specificity -------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("We felt you would not fit with a team this young.", "team this young"),
        ("We're a young, energetic team.", "young, energetic team"),
        ("We wanted a younger team for this role.", "younger team"),
        ("The youngest crew in the city needs someone like them.", "youngest crew"),
        ("A fresher face would suit our brand better.", "fresher face"),
        ("Someone of your background may struggle to connect with our clientele.", "of your background"),
        ("We felt a single person would be more flexible about late shifts.", "single person"),
        ("We wanted someone younger.", "someone younger"),
    ],
)
def test_legal_risk_in_any_word_form_and_order(text, phrase):
    findings = [f for f in check(text) if f.category == "legal_risk"]
    assert [f.phrase for f in findings] == [phrase]
    assert findings[0].message.startswith("Refers to")


def test_one_family_for_every_form_of_a_verb():
    for text in [
        "Stop wasting our time.",
        "You wasted our time with this.",
        "You keep wasting the panel's time.",
        "You wasted an hour of six people's time.",
    ]:
        (finding,) = check(text)
        assert finding.category == "harsh" and "time" in finding.message, text
    assert check("We don't want to waste your time with a long process, so here is the decision.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nobody could stand talking to you for an hour.",
        "No one on the panel would want to work with you.",
        "Stop wasting recruiters' time with applications like this.",
        "You should reconsider whether this career is right for you.",
        "The whole panel was laughing about your answers afterwards.",
        "Your code looked like it was written by someone who has never programmed.",
        "A first-year student could have done better.",
        "My ten-year-old could have built this.",
        "I'd be amazed if anyone hires you with that CV.",
        "Maybe try a job that doesn't require thinking.",
        "It's hard to see how you got through the first screen at all.",
        "Listening to you ramble was exhausting.",
        "It was a chore to sit through your presentation.",
        "I can't believe you thought that portfolio was good enough to send.",
        "I can't believe you didn't even open the brief before the call.",
        "You came across as arrogant and self-absorbed.",
        "Your answers were lazy and pathetic.",
    ],
)
def test_contempt_without_a_listed_word_is_harsh(text):
    findings = [f for f in check(text) if f.category == "harsh"]
    assert findings, text
    assert_well_formed(text, findings)


@pytest.mark.parametrize(
    "text",
    [
        "Your answer on indexing was wrong: a covering index would have avoided the lookup.",
        "The error handling was weak, and the retry loop had no backoff.",
        "Your estimate was poor because it left out the data migration.",
        "The deployment failed twice during the exercise.",
        "You made the panel laugh with your story about the Lisbon launch, and it showed real ownership.",
        # amazement, not contempt: the harsh model drops an "I can't believe" opener with nothing negative after
        # it (round 13; until then a strict xfail, 0.93)
        "I can't believe how quickly you found the race condition.",
        "I can't believe how well your dashboard handled the late data, and the panel said so.",
        "Nobody expected you to know our internal tooling.",
        "A single person owns the deploy pipeline today, which is a risk we want to fix.",
        "The young team lead who interviewed you appreciated your questions.",
        "Our codebase is young, so conventions are still settling.",
        "Someone with your background in payments would do well on our risk team next year.",
        "Listening to customers is most of this job, and your examples showed you do it.",
    ],
)
def test_blunt_criticism_and_traps_stay_clean(text):
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You were a great candidate.",
        "Thank you for your time.",
        "Everyone enjoyed meeting you.",
        "It came down to the finest of margins.",
        "We think you'd thrive somewhere else.",
        "You have a lot to offer the right employer.",
    ],
)
def test_bare_courtesy_and_empty_praise_are_platitudes(text):
    assert categories(text) == {"platitude"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the effort you put into the take-home; the test coverage of the parser was thorough.",
        "Thank you for preparing the case study over a weekend; we know interviews take real time.",
        "We'd be glad to hear from you again if the Lisbon support team opens its night-shift roles.",
        "Thanks for travelling to Leeds for the assessment day; the feedback below is from all three assessors.",
        "The successful candidate had negotiated union agreements before, which is half of this job.",
        "You were a great candidate for the Porto warehouse team, and we'd like you to apply again next spring.",
    ],
)
def test_warm_but_specific_sentences_are_not_platitudes(text):
    assert check(text) == [], specificity.signals(text)


def test_encouragement_does_not_repeat_the_phrase():
    """Every screen shows the phrase right before the message, so the message must not quote it again."""
    (finding,) = check("Keep it up!")
    assert finding.phrase == "Keep it up"
    assert "keep it up" not in finding.message.lower()


def test_lemma_view_maps_matches_back_to_the_exact_text():
    text = "We felt you wouldn't fit; stop wasting recruiters' time."
    view = LemmaView(text, 0, len(text))
    assert view.text == "we feel you would n't fit ; stop waste recruiter ' time ."
    a = view.text.index("waste recruiter")
    assert text[slice(*view.span(a, a + len("waste recruiter")))] == "wasting recruiters"
    assert lemma("younger") == "young" and lemma("felt") == "feel" and lemma("women") == "woman"


# --- speed and robustness ----------------------------------------------------------------------------


# Speed is a benchmark figure (bench/quality_bench.py: median and p90 per 1,000 characters), not a
# timed assertion here. The guard below is not a speed target: a catastrophic regex takes seconds to
# minutes on these inputs (about 0.1 s each when sound), so a generous bound catches it on any machine.
# It counts this thread's CPU time, not wall time: in CI the browser tests' Chromium and the other
# worker share the 2 cores, and wall time once stretched a 0.1 s check past 2 s.


@pytest.mark.parametrize(
    "text",
    [
        "x" * 20_000,
        "a " * 10_000,
        ("not " * 3000) + "the right fit",
        ("your " * 2000) + "experience doesn't match",
        "." * 20_000,
        ("We were impressed with your " + "very " * 2000 + "good work, but"),
        "\n".join(["- " + "you're " * 20 + "young"] * 400),
        ("the team " * 1500) + "is mostly white",
        "citizenship " * 1600,  # a rule's "unless" is looked up once per sentence (it took 1.4 s per match)
        "the parent " * 1800,
        "quite the achievement to " * 800,
    ],
)
def test_no_catastrophic_backtracking(text):
    t0 = time.thread_time()
    findings = check(text)
    assert time.thread_time() - t0 < 5.0
    assert_well_formed(text, findings)


# Round 16-18 false flags: protected words about the people the work serves, a contract type, a word of
# praise. Each beside the same words said of the candidate, which stay flagged.
SERVED_AND_PRAISE = [
    "The role involves working with young offenders aged 15 to 17, and we were looking for more direct "
    "experience with that age group.",
    "Just to be clear, this is a 12-month maternity cover contract, so there's no guarantee of a permanent position.",
    "Our young people's services team works with 16- to 18-year-olds, so the role needs an enhanced DBS check.",
    "Your campaign idea landed brilliantly with the under-25 age group in testing.",
    "The advert was for an outreach worker supporting pregnant teenagers, and direct experience was the gap.",
    "The kids were completely hooked on the volcano experiment in your demo lesson.",
    "The way you calmed the angry parent in the role-play was patient and professional.",
    "Your pitch deck was brutally honest about the risks, which the partners found refreshing.",
]
ABOUT_THE_CANDIDATE = [
    ("Your age group tends to struggle with our tools.", "legal_risk"),
    ("We'd prefer someone in a younger age group.", "legal_risk"),
    ("Candidates aged over 50 tend to struggle here.", "legal_risk"),
    ("We don't hire pregnant women for site roles.", "legal_risk"),
    ("Who looks after the kids when you're on shift?", "legal_risk"),
    ("With your parents being ill, the on-call rota would be hard.", "legal_risk"),
    ("Your maternity leave plans worried the panel.", "legal_risk"),
    ("Young people like you rarely last here.", "legal_risk"),
    ("Your answers were brutally stupid.", "harsh"),
]


@pytest.mark.parametrize("text", SERVED_AND_PRAISE)
def test_the_people_the_work_serves_and_praise_are_not_flagged(text):
    assert check(text) == []


@pytest.mark.parametrize(("text", "category"), ABOUT_THE_CANDIDATE)
def test_the_same_words_about_the_candidate_are_flagged(text, category):
    assert category in {f.category for f in check(text, use_model=False)}


# Whose characteristic (whose.py, round 19): a protected word that belongs to a client, a customer or a
# character in an exercise is the work; the same word about the candidate, or a preference of the people
# served about who should do the job, is the proxy the rules exist for.
THEIRS = [
    "Your care plan for the 84-year-old resident with dementia was thorough, but you didn't account for her "
    "hearing aid during the night checks.",
    "Your answer on serving a deaf customer at the till was thoughtful.",
    "The OSCE patient was a 16-year-old asking for contraception without her parents knowing; your assessment "
    "was spot on.",
    "The session plan for the under-12s girls' team was well structured, but the drills ran too long.",
]
PROXIES = [
    "Our customers in this region respond better to white salespeople.",
    "The client asked for a woman to front the campaign.",
    "The salon's clients are mostly young women, so a male stylist might feel odd to them.",
    "You're a lesbian and some clients are old-fashioned.",
    "Your stammer would make client presentations difficult.",
    "Your care plan was thorough, but with your hearing aid the night checks would be hard for you.",
]


@pytest.mark.parametrize("text", THEIRS)
def test_a_protected_word_of_the_people_served_is_not_the_candidates(text):
    assert [f.phrase for f in check(text) if f.category == "legal_risk"] == []


@pytest.mark.parametrize("text", PROXIES)
def test_the_people_served_as_a_reason_about_the_candidate_stays_flagged(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


# Rounds 20-22 (after their first scores): a served person described ("the residents we support are
# widows"), a third person introduced in an exercise ("the grandfather"), a load that is overweight and slang
# praise stay clean; time left to a pension, an upbringing, and three constructions of contempt are found.
THEIRS_DESCRIBED = [
    "Most of the residents we support are widows in their eighties; your activity plan worked well for them.",
    "The patient in the scenario was a pregnant woman of 19, and your triage was textbook.",
    "In the vignette you left out the grandfather, who was the main carer, but the rest was thorough.",
]
DESCRIBED_PROXIES = [
    "Most of our customers are elderly, so we wanted someone closer to their age.",
    "Our clients are mostly retirees and would feel more comfortable with an older adviser.",
]
NOT_ABOUT_A_PERSON = [
    "Under your load plan the trailer would be overweight by 300 kg on the rear axle.",
    "Your plan left two of the pallets overweight for the racking.",
    "Your portfolio was killer, and the packaging work stood out most.",
    "That demo was a killer; we simply needed more experience with payroll.",
    "You explained pension drawdown options clearly, but missed the tax-free lump sum rule.",
    "The only thing missing from your portfolio was a mobile case study.",
    "The only thing we'd change about your deck is the colour contrast.",
    "You discovered the memory leak within ten minutes, which none of the others did.",
    "You spent forty minutes on the design and about ten on testing, which was the wrong balance.",
]
AGE_AND_ORIGIN_PROXIES = [
    "You're only a couple of years from your pension, so the two-year apprenticeship made little sense.",
    "You'd soon be drawing your pension, so the long training made little sense.",
    "With your retirement around the corner, we went another way.",
    "We wanted someone with a proper Yorkshire upbringing for this patch.",
]
CONTEMPT_CONSTRUCTIONS = [
    "The only thing impressive about your slide deck was the font.",
    "Your code reads like a student who just discovered regular expressions.",
    "You talked for twenty minutes about leadership and spent about ten seconds showing any.",
    "Your so-called anxiety is not our problem.",
]


@pytest.mark.parametrize("text", THEIRS_DESCRIBED)
def test_a_served_person_described_or_introduced_is_not_the_candidate(text):
    assert [f.phrase for f in check(text) if f.category == "legal_risk"] == []


@pytest.mark.parametrize("text", DESCRIBED_PROXIES)
def test_served_people_described_as_a_reason_about_the_candidate_stay_flagged(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", NOT_ABOUT_A_PERSON)
def test_loads_slang_praise_and_fair_comparisons_stay_clean(text):
    assert check(text) == []


@pytest.mark.parametrize("text", AGE_AND_ORIGIN_PROXIES)
def test_time_to_a_pension_and_an_upbringing_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", CONTEMPT_CONSTRUCTIONS)
def test_sarcastic_praise_a_newcomers_excitement_and_talk_against_deeds_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


def test_a_templates_role_and_employer_fields_make_nothing_specific():
    for text in (
        "Thank you for applying for the Senior Pharmacist role with us.",
        "Thanks for your interest in joining the Brightwater Surgery team.",
    ):
        assert "platitude" in {f.category for f in check(text)}, text
    assert check("Thanks for travelling to Leeds for the pharmacy assessment day.") == []


# Rounds 23-24 (after their first scores): the verdict that names what the other person had is a reason;
# health-and-safety, a treatment named by what it gives and the worst case of a query are the work; religious
# practice, advice on the candidate's English and six constructions of contempt are found.
ROUND_24_CLEAN = [
    "The other applicant simply had more contract negotiation experience, which this role leans on.",
    "We chose a candidate with direct experience running hospital pharmacy audits.",
    "Your health-and-safety briefing skipped the permit-to-work step.",
    "The dosing was right, but you didn't adjust the oxygen therapy for the patient's sats.",
    "The worst case we've seen for that report was a two-minute load, and your index cut it to a second.",
    "We have seen other candidates give more detailed answers on the tax question than you did.",
    "It was not the weakest answer we have seen, but the schema was missing two tables.",
]
ROUND_24_LEGAL = [
    "We felt a devout churchgoer would fit the trustees' ethos better.",
    "Maybe brush up your English before going for a front-desk job.",
]
ROUND_24_HARSH = [
    "Honestly the sloppiest portfolio the panel has ever reviewed.",
    "I've seen work-experience kids write better SQL than you did today.",
    "A trading floor like ours would chew you up.",
    "Literally any preparation would have been an improvement.",
    "Who told you that was a sensible answer?",
    "Your talk stood out for all the wrong reasons.",
    "Half the room couldn't understand a word you said.",
]


@pytest.mark.parametrize("text", ROUND_24_CLEAN)
def test_named_experience_the_work_and_fair_comparisons_stay_clean(text):
    assert check(text) == []


@pytest.mark.parametrize("text", ROUND_24_LEGAL)
def test_religious_practice_and_advice_on_the_candidates_english_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_24_HARSH)
def test_the_worst_ever_lesser_people_and_sarcastic_asides_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


# Rounds 25-26 (after their first scores): a verdict naming what the chosen person already did is a reason;
# observances by name, "single with no ties" and graduate energy are legal_risk; condescension and sarcastic
# asides are harsh.
ROUND_26_CLEAN = [
    "The successful candidate already held a forklift licence, which the night shift needs from day one.",
    "The other applicant had more experience teaching GCSE physics to resit groups.",
    "Did you really weigh the trade-off between caching and consistency here?",
]
ROUND_26_LEGAL = [
    "Prayers at the mosque every Friday lunchtime would clash with the lunch service.",
    "We wanted someone single with no kids who could travel at short notice.",
    "The agency wanted fresh graduate energy for the campaign team.",
]
ROUND_26_HARSH = [
    "It's cute that you believe two weeks of tutorials make you a data engineer.",
    "Did you seriously expect that a copied template would get past the panel?",
    "We can't have someone who needs their hand held through basic reconciliations.",
    "Your presentation nearly bored the committee to death.",
    "Twenty whole minutes to set up a printer.",
    "Thrilling stuff, that slide of bullet points.",
]


@pytest.mark.parametrize("text", ROUND_26_CLEAN)
def test_what_the_chosen_person_did_and_probing_questions_stay_clean(text):
    assert check(text) == []


@pytest.mark.parametrize("text", ROUND_26_LEGAL)
def test_observances_single_with_no_ties_and_graduate_energy_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_26_HARSH)
def test_condescension_and_sarcastic_asides_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


def test_the_harsh_fallback_asks_more_of_short_sentences():
    """Longer contempt the rules miss is caught at 0.8 (chosen leave-one-round-out); a sentence under seven
    words needs 0.9, so plain praise, whose score rests on its "your _ be _" skeleton, stays clean."""
    from server.quality.model import harsh_threshold

    assert harsh_threshold("Your code was tidy.") == 0.9
    assert harsh_threshold("Your code was tidy and the tests covered the edge cases.") == 0.8
    for plain in ("Your code was tidy.", "Your CV was long.", "Your tone was blunt.", "You were very quiet."):
        assert check(plain) == []
    longer = "It was refreshing to meet someone so confident about things they'd clearly never done."
    assert [f.category for f in check(longer)] == ["harsh"]


def test_a_first_person_offer_of_help_is_not_contempt():
    assert check("I'm happy to be a reference for the volunteer work you did at our event in June.") == []


# Rounds 29-30 (after their first scores): a service for children, a statute, praise the lexicon reads
# literally and a student the work supports are not the candidate's; the same words about the candidate are.
ROUND_30_CLEAN = [
    "The kids' club timetable you drafted for the holiday park left no cover for the lunch break.",
    "Your advice cited the Children Act correctly but missed the 2014 amendment.",
    "Your poster designs were striking, though two of them broke the brand's colour rules.",
    "Your plan for supporting a student with a disability on the field trip was thorough.",
]
ROUND_30_ABOUT_THE_CANDIDATE = [
    "As a student with a disability, you might find the pace of the lab hard.",
    "Who looks after the kids when you're on a late shift?",
]


@pytest.mark.parametrize("text", ROUND_30_CLEAN)
def test_services_statutes_literal_praise_and_students_served_stay_clean(text):
    # The rules; the harsh fallback at 0.8 still reads the first one as contempt (README.md, "Known limits").
    assert check(text, use_model=False) == []


@pytest.mark.parametrize("text", ROUND_30_ABOUT_THE_CANDIDATE)
def test_the_same_words_about_the_candidate_stay_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


# Rounds 31-32 (after their first scores): ranking a named piece of work, advice on maternity pay in an
# exercise and an infant burial on a dig are the work; a cultural match with the local clientele, "fresh off
# the plane", a school-run commitment and applying for a bet are not.
ROUND_32_CLEAN = [
    "Your stock audit for the Leeds store was excellent, among the best we have had from any applicant.",
    "In the payroll role-play your advice on statutory maternity pay was correct, but the dates were off.",
    "Your write-up of the infant remains in trench four was careful and well referenced.",
]
ROUND_32_LEGAL = [
    "We needed a better cultural fit with our neighbourhood customers.",
    "Someone just off the boat would struggle with our local suppliers.",
    "We'd prefer someone without school-run commitments for the early deliveries.",
]


@pytest.mark.parametrize("text", ROUND_32_CLEAN)
def test_ranked_work_and_topics_of_the_work_stay_clean(text):
    assert check(text, use_model=False) == []


@pytest.mark.parametrize("text", ROUND_32_LEGAL)
def test_a_local_cultural_match_fresh_arrivals_and_the_school_run_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


def test_applying_for_a_bet_is_harsh_and_an_application_ranked_among_the_best_is_still_a_platitude():
    assert "harsh" in {f.category for f in check("Were you applying for a laugh?", use_model=False)}
    assert "platitude" in {f.category for f in check("Your application was among the best we received.")}


# Rounds 33-34 (after their first scores).
ROUND_34_CLEAN = [
    "The successful applicant also cleared the backlog of refunds within the trial shift.",
    "We'd encourage you to apply for the next graduate surveyor intake in the spring.",
    "Most of our tour guests are retirees, and your itinerary handled rest stops really well.",
    "You finished the wiring test with your eyes on the clock, and it showed in the rushed labelling.",
]
ROUND_34_LEGAL = [
    "We need someone who won't struggle because of their knees on the ladders.",
    "A colleague with a few more candles on the cake might not pick up the software.",
    "We wanted someone who would blend in with our regulars.",
]


@pytest.mark.parametrize("text", ROUND_34_CLEAN)
def test_what_the_chosen_person_also_did_a_named_role_to_come_and_served_guests_stay_clean(text):
    assert check(text, use_model=False) == []


@pytest.mark.parametrize("text", ROUND_34_LEGAL)
def test_the_body_birthday_candles_and_blending_in_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


def test_all_of_ten_minutes_and_boy_did_it_show_are_harsh():
    found = check("You put in all of ten minutes of preparation, and boy did it show.", use_model=False)
    assert [f.phrase for f in found if f.category == "harsh"] == ["all of ten minutes", "and boy did it show"]


# Rounds 35-36 (after their first scores).
ROUND_36_CLEAN = [
    "We could not progress your application as no DBS certificate was provided by the closing date.",
    "The chain-of-custody log you kept in the practical skipped two transfers.",
    "Your lesson kept the class busy, but the plenary never checked what the children had understood.",
    "In the role-play with the elderly patient you didn't ask which medications he was taking.",
]


@pytest.mark.parametrize("text", ROUND_36_CLEAN)
def test_a_reason_after_the_verdict_evidence_custody_and_the_people_served_stay_clean(text):
    assert check(text, use_model=False) == []


def test_a_verdict_as_we_discussed_and_laughing_at_the_candidate_are_still_found():
    assert "platitude" in {f.category for f in check("We could not progress your application, as we discussed.")}
    assert "harsh" in {f.category for f in check("The team had a good laugh at your cover letter.", use_model=False)}
    assert "legal_risk" in {
        f.category for f in check("People from that part of the country rarely stay long.", use_model=False)
    }


# A protected word followed by a thing of that subject names a subject of the work (whose.names_a_topic): 18
# clean training lines lose a false flag and no labelled sentence in this folder loses a true one. The
# candidate's own ("your maternity pay") and a third person's stay as before.
TOPICS = [
    "Our gender pay gap report is published each April.",
    "Your previous role at a disability charity gave you good knowledge of benefit appeals.",
    "We offer a menopause policy and enhanced sick pay to all staff, as you asked.",
    "The chain-of-custody form had no seal number.",
]
OWNED = [
    "Your maternity pay would start in March, which clashes with the project.",
    "Your therapy sessions would clash with the late rota.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_a_protected_word_naming_a_subject_of_the_work_is_not_flagged(text):
    assert [f.phrase for f in check(text) if f.category == "legal_risk"] == []


@pytest.mark.parametrize("text", OWNED)
def test_the_candidates_own_stays_flagged(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


# Rounds 37-38 (after their first scores).
ROUND_38_CLEAN = [
    "In the role-play with the diabetic client you didn't check her current medication before advising.",
    "Any offer needs proof of the right to work in the UK; if your visa comes through, you'd be welcome to reapply.",
    "Lovely work on the wedding bouquets; the other florist simply had more corporate event experience.",
    "We chose someone with early-stage startup experience, which this team leans on.",
]
ROUND_38_LEGAL = [
    "With a surname like yours, the vetting would take months.",
    "We noticed the bump at interview and thought the timing was wrong.",
    "We need someone with runway, not someone counting down to their retirement.",
]


@pytest.mark.parametrize("text", ROUND_38_CLEAN)
def test_a_served_persons_medication_a_stated_requirement_and_named_experience_stay_clean(text):
    assert check(text, use_model=False) == []


@pytest.mark.parametrize("text", ROUND_38_LEGAL)
def test_a_surname_the_bump_and_counting_down_to_retirement_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


def test_generic_experience_is_still_a_platitude():
    assert "platitude" in {f.category for f in check("We chose someone with strong experience.")}


# Rounds 39-40 (after their first scores).
ROUND_40_HARSH = [
    "Have you considered a career away from accounts?",
    "Sweet little attempt at a marketing plan.",
    "The interview felt like babysitting.",
    "We assumed you were joking when you quoted that figure.",
]
ROUND_40_LEGAL = [
    "Someone near the end of their working life won't want a ten-year track.",
    "We preferred an able-bodied candidate for the warehouse floor.",
]
ROUND_40_CLEAN = [
    "The job needs Spanish at C1, and your Spanish assessment came in at B2.",
    "Your discharge plan for the patient after hip surgery was thorough.",
    "Your wireframes were fully mobile responsive, but the checkout skipped validation.",
]


@pytest.mark.parametrize("text", ROUND_40_HARSH)
def test_careers_elsewhere_cute_attempts_babysitting_and_joking_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_40_LEGAL)
def test_the_end_of_a_working_life_and_able_bodied_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_40_CLEAN)
def test_a_language_assessment_and_a_patient_after_surgery_stay_clean(text):
    assert check(text, use_model=False) == []


# Rounds 41-44 (after their first scores): paraphrases of the misses, each beside a look-alike that stays clean.
ROUND_44_HARSH = [
    "At your age, you should know better than to guess at the load figures.",
    "Stop pretending you understand the tax code.",
    "We can't have someone popping off to the shop every ten minutes.",
    "Two years on the tills and you still can't count change?",
    "You seemed to have confused the assessment with a coffee morning.",
    "Maybe do a basic first-aid course before you apply for lifeguard jobs again.",
    "Cute of you to send a portfolio.",
    "This is a job for real grown-ups.",
    "We wanted a site plan, not a crayon drawing.",
    "You arrived forty minutes late, and that alone says it all.",
    "Did you think the panel would be impressed by a deck with no numbers?",
    "Is the formatting some kind of joke?",
    "I've seen trainees produce more polished reports than that.",
    "Remarkable to finish the audit without one accurate figure.",
]
ROUND_44_HARSH_LOOKALIKES = [
    "At your age group, the pension contributions are matched at six percent.",
    "Rather than pretending to know, say you'd check the regulation.",
    "The alarm tests run every five minutes during the drill.",
    "After two years on the tills you can count change quickly, but the role needs stock control.",
    "We expected the panel to ask about the budget, and your answer was clear.",
    "We asked for a one-page summary, not a full report, so the extra detail was not read.",
    "Your references tell us a lot about your reliability.",
    "Our trainees produce the weekly reports, so we needed someone to review them.",
    "Was the delay some kind of supplier issue? Tell us and we'll reschedule.",
]
ROUND_44_LEGAL = [
    "He's got maybe five good years left in him.",
    "You're expecting again, so the timing doesn't work for us.",
    "We wanted another bloke on the crew.",
    "We want people who are building a career, not someone who's starting to wind down.",
]
ROUND_44_CLEAN = [
    "We're starting to wind down the old depot, so the role moves to Leeds in March.",
    "The pump had five years left in it according to your inspection report.",
    "Your referral to cardiac rehab in the case study was exactly right.",
    "The daemon must reap its children before the parent exits.",
    "Our policy on pregnancy and maternity leave was summarised accurately in your answer.",
    "Your youth work experience is broad, but the post needs a safeguarding lead qualification.",
    "Your mental health first aid certificate was a plus; the role needs a counselling diploma.",
    "The church restoration brief needed lime mortar experience, which your portfolio did not show.",
    "You were calm with the toddlers during the nursery observation.",
    "We needed a phlebotomist confident with children, since the clinic's patients are mostly young children.",
    "We hired someone with hands-on offshore wind turbine experience.",
    "We've filled the post with someone who has already run a night shift of forty pickers.",
]
ROUND_44_PLATITUDE = [
    "There can only be one successful candidate for this vacancy.",
    "You came across really well.",
    "We are not in a position to comment on individual applications.",
    "Thank you for your interest in joining the team at our Bristol office.",
    "The Council thanks you for applying and has decided not to proceed.",
]


@pytest.mark.parametrize("text", ROUND_44_HARSH)
def test_lecturing_hyperbole_mock_questions_and_childish_yardsticks_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_44_HARSH_LOOKALIKES)
def test_their_look_alikes_are_not_harsh(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_44_LEGAL)
def test_years_left_in_someone_expecting_again_another_bloke_and_winding_down_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_44_CLEAN)
def test_clinical_rehab_a_parent_process_topics_credentials_and_served_children_stay_clean(text):
    assert check(text) == []


@pytest.mark.parametrize("text", ROUND_44_PLATITUDE)
def test_one_successful_candidate_came_across_well_and_the_employers_own_name_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


def test_the_role_measured_against_experience_so_far_is_not_contempt():
    assert check("Your layouts were strong, though the job needs more print work than you've done so far.") == []
    assert "harsh" in {f.category for f in check("The job needs more brains than you have.")}


# Rounds 45-46 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_46_HARSH = [
    "Your essay had all the insight of a horoscope.",
    "The plan looked like it was jotted down on a napkin at the last minute.",
    "You answered as if you'd read the brief with your eyes closed.",
    "Quite the accomplishment, two pages and not one accurate figure.",
    "Bold choice, turning up to a site visit without boots.",
    "Stick to roles where nobody relies on your numbers.",
    "Lower your sights before applying here again.",
    "Sending it to the wrong hospital was a real test of our patience.",
    "Is there a single step of the procedure you didn't get wrong?",
]
ROUND_46_HARSH_LOOKALIKES = [
    "The plan had all the elements of a strong bid, but the costings were missing.",
    "You could run this kitchen with your eyes closed, and the role needs a manager of managers.",
    "A bold choice, presenting the failed launch honestly, and it paid off.",
    "You may want to lower your salary expectations for this market.",
    "The test of the evacuation procedure is run every quarter.",
]
ROUND_46_LEGAL = [
    "The night crew is all blokes, so we didn't think you'd fit in.",
    "At seven months along you'd miss the busy season.",
    "You're a wheelchair user, so the loading bay would be hard for you.",
]
ROUND_46_CLEAN = [
    "Your layout for the hospital's multi-faith prayer room was thoughtful.",
    "The post sits in the maternity IT team and needs HL7 experience.",
    "Your redesign of the pregnancy-care leaflet was clear and well tested with readers.",
    "The service is a mental health service for older adults and needs a registered mental health nurse.",
    "Your answer about safeguarding in a Church of England primary was thoughtful.",
    "Our dyslexia support service needs a coordinator with a specialist assessor qualification.",
    "Your plan for midwife-led care for pregnant women was strong.",
    "The successful candidate quantified every risk in the case study.",
    "We're wheelchair accessible and the role is on the ground floor.",
]
ROUND_46_PLATITUDE = [
    "It was one of the toughest recruitment rounds we've ever run.",
    "Please rest assured that all applications were reviewed.",
    "You brought great energy to the interview.",
]


@pytest.mark.parametrize("text", ROUND_46_HARSH)
def test_hollow_praise_scribbled_work_mock_courage_and_rhetorical_blame_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_46_HARSH_LOOKALIKES)
def test_their_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_46_LEGAL)
def test_a_team_by_sex_months_along_and_a_wheelchair_user_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_46_CLEAN)
def test_rooms_teams_leaflets_services_professions_and_a_named_church_school_stay_clean(text):
    assert check(text) == []


@pytest.mark.parametrize("text", ROUND_46_PLATITUDE)
def test_the_hardest_round_rest_assured_and_brought_energy_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


# Rounds 47-48 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_48_HARSH = [
    "We were amazed at how you managed to misspell the client's name twice in one email.",
    "Turning up on the right day is hardly a high bar.",
    "Your pitch was all promises, which the panel found highly entertaining.",
    "The only experience you've had of a restaurant kitchen was as a diner.",
    "We've had tidier invoices from a car boot sale.",
    "Please unlearn whatever you were taught about filing.",
    "No idea where you got the idea that this counts as a risk register.",
    "Ask yourself whether teaching is really a good use of anyone's time.",
]
ROUND_48_HARSH_LOOKALIKES = [
    "We were impressed that you managed to finish both tasks in the hour.",
    "Most candidates manage to finish both parts in the time.",
    "The only time you've used Python was in a university module, and the role needs production work.",
    "You'll need to unlearn some agency habits, which the mentoring programme covers.",
    "We've seen sturdier joinery from candidates with a City & Guilds level 3.",
    "The pupils found your puppet show hilarious, which was lovely to see.",
    "Ask yourself whether a role with this much travel suits you.",
]
ROUND_48_CLEAN = [
    "Your answer on designing for deaf and hard of hearing users was excellent; we hired someone with more Swift.",
    "Your grasp of the antenatal screening pathway for pregnant women was impressive, but we needed a midwife.",
    "Your talk on the history of the Church of Scotland's schools was well researched.",
    "Your route-planning exercise was efficient, but the successful candidate knew our tachograph software.",
]


@pytest.mark.parametrize("text", ROUND_48_HARSH)
def test_awe_at_a_blunder_the_panels_amusement_and_talking_down_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_48_HARSH_LOOKALIKES)
def test_round_48_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_48_CLEAN)
def test_designs_pathways_histories_and_named_software_stay_clean(text):
    assert check(text) == []


def test_a_history_of_illness_and_building_for_decades_stay_legal_risks():
    for text in (
        "Given the history of anxiety you disclosed, we weren't sure the trading floor was right for you.",
        "We're building for the next twenty years and wanted someone whose career runway is longer than yours.",
    ):
        assert "legal_risk" in {f.category for f in check(text, use_model=False)}


# Round 49 (after its first score): paraphrases of the misses, each beside a look-alike.
ROUND_49_HARSH = [
    "Your demo had all the excitement of a queue at the post office.",
    "The portfolio had all the personality of a tax return.",
    "Interesting strategy, reading every single answer off your notes.",
    "A bold approach, ignoring all of the brief we sent.",
    "Sales takes people skills, which you'd need to borrow from a colleague.",
    "Perhaps someone could lend you some manners before your next interview.",
    "You managed to name every design pattern, though not one of them correctly.",
]
ROUND_49_HARSH_LOOKALIKES = [
    "You'd need to borrow a laptop for the assessment day, which we can arrange.",
    "You covered every requirement, if not all of them in depth.",
    "You used every tool in the suite, though not one of them was configured for production.",
    "Interesting approach, testing every endpoint with contract tests; we liked it.",
    "An interesting approach, starting with the user research before the architecture.",
    "The plan had all the elements of a strong bid.",
]
ROUND_49_LEGAL = [
    "You were a union steward at your last employer, which worried the directors.",
    "Your trade union membership came up in the reference.",
    "Given your background as a union rep, we felt you'd push back on the rota changes.",
    "We got the impression you might try to unionise the warehouse.",
]
ROUND_49_UNION_LOOKALIKES = [
    "Your student union welfare campaign showed real organisational skill.",
    "The role involves negotiating with the union over shift patterns.",
    "Our union agreements set the overtime rates for this post.",
    "The site is unionised and the rota is agreed with the works council.",
    "Your query used a union of the two tables where a join was needed.",
]
ROUND_49_PLATITUDE = [
    "We have decided to progress with other applicants for this Grade 7 policy adviser post.",
    "In accordance with NHS Scotland recruitment guidelines, we have selected the candidate who best met the criteria.",
    "We received a record number of applications for this year's training contract.",
]
ROUND_49_CLEAN = [
    "Please apply again once you've finished your probation logbook, as your site reports were excellent.",
    "Your answers on postnatal care and pregnancy symptoms were thorough; the drug calculation station was not.",
    "Your lesson plan on Hinduism and Buddhism was well paced, though the starter ran long.",
    "We'd welcome an application for the data engineering role when it opens.",
]


@pytest.mark.parametrize("text", ROUND_49_HARSH)
def test_hollow_energy_sweeping_habits_borrowed_sense_and_never_correctly_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_49_HARSH_LOOKALIKES)
def test_round_49_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_49_LEGAL)
def test_the_candidates_union_role_is_a_legal_risk(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_49_UNION_LOOKALIKES)
def test_unions_that_are_not_the_candidates_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_49_PLATITUDE)
def test_a_graded_job_title_a_recruitment_rulebook_and_a_kind_of_contract_are_not_specific(text):
    assert "platitude" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_49_CLEAN)
def test_a_named_next_step_a_lesson_or_answers_on_a_topic_and_an_invited_role_stay_clean(text):
    assert check(text) == []


def test_questions_about_pregnancy_stay_a_legal_risk():
    assert "legal_risk" in {f.category for f in check("We asked some questions about pregnancy plans at interview.")}


# Round 50 (after its first score): paraphrases of the misses, each beside a look-alike.
ROUND_50_HARSH = [
    "Your design review was about as helpful as a chocolate fireguard.",
    "The pitch was roughly as inspiring as watching paint dry.",
    "Maybe try something simpler, like flipping burgers.",
    "It's difficult to offer feedback when you gave us so little to go on.",
    "The short answer to what you should improve is: everything.",
]
ROUND_50_HARSH_LOOKALIKES = [
    "The caching layer was about as fast as a plain dictionary lookup.",
    "Experience in retail, like stacking shelves at night, counts for the stock-control role.",
    "It's hard to give feedback on a take-home we cancelled, so here is what the panel saw in the interview.",
    "What would we change about the brief? All of it, honestly.",
]
ROUND_50_LEGAL = [
    "Because you'd want Saturdays and the religious holidays off, we chose a more flexible applicant.",
    "You'd need time off during Ramadan, which is our busiest period.",
    "Given your team is still young, the panel felt a recent graduate would fit in better.",
]
ROUND_50_CLEAN = [
    "Our platform is still young, so we needed someone who has designed a billing system from scratch.",
    "Your answer about covering for a colleague on long-term sick leave was fair, but the rota rules were wrong.",
    "The rota gives everyone two festivals off a year, and your availability matched it.",
]


@pytest.mark.parametrize("text", ROUND_50_HARSH)
def test_useless_similes_menial_alternatives_nothing_to_work_with_and_everything_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_50_HARSH_LOOKALIKES)
def test_round_50_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_50_LEGAL)
def test_religious_days_off_and_a_young_team_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_50_CLEAN)
def test_a_young_platform_a_colleagues_leave_and_the_rotas_festivals_stay_clean(text):
    assert check(text) == []


def test_returning_from_maternity_leave_yourself_stays_a_legal_risk():
    text = "Given that you'd be returning from maternity leave, we felt you might struggle with the pace."
    assert "legal_risk" in {f.category for f in check(text)}


# Rounds 51-52 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_52_HARSH = [
    "Pleasant enough, but a bit of a wet blanket when the kitchen got busy.",
    "Rest assured we've put your CV where it belongs.",
    "We needed an electrician and met someone who'd be baffled by a light switch.",
    "Nursing may not be the right calling for someone who faints at the sight of a cannula.",
]
ROUND_52_HARSH_LOOKALIKES = [
    "The lettuce on the burger station was wet and wilted, which you spotted.",
    "We've filed your application with the Leeds team, where the role is based.",
    "You struggled with the toaster oven settings at first, then fixed the timing.",
    "It's not the right call for someone who needs weekends free, so we paused the hire.",
]
ROUND_52_LEGAL = [
    "With Diwali landing in our peak season, we preferred someone who'd be around all quarter.",
    "The six months you took off for cancer treatment worried the panel.",
    "As you're due in the spring, we went with someone who can start the project and finish it.",
]
ROUND_52_LEGAL_LOOKALIKES = [
    "Your Eid menu for our busiest month was well costed.",
    "You're due to finish your NVQ in March, so apply again then.",
    "The treatment plan you wrote for the case study had a gap in the follow-up.",
]
ROUND_52_PLATITUDE = [
    "You seemed a really lovely person with bags of potential.",
    "Recruitment is never a precise science, and the decision was finely balanced.",
    "Your interview was strong across the board.",
]
ROUND_52_CLEAN = [
    "Your activity plan for the children's book group was lovely; we chose someone with a Level 3 childcare diploma.",
    "Your Religious Studies lesson on Buddhism was accurate, but it had no assessment for learning.",
    "The post covers religious education at Key Stage 4 and your scheme of work was thorough.",
    "You found the contrast issues but missed the main disability access problem: the form had no labels.",
    "This role is mostly bid writing, so we went with someone who had written public-sector tenders.",
]


@pytest.mark.parametrize("text", ROUND_52_HARSH)
def test_a_limp_insult_the_bin_a_trifle_and_the_wrong_calling_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_52_HARSH_LOOKALIKES)
def test_round_52_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_52_LEGAL)
def test_a_festival_in_the_busy_season_treatment_time_and_a_due_date_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_52_LEGAL_LOOKALIKES)
def test_round_52_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_52_PLATITUDE)
def test_a_lovely_person_an_inexact_science_and_strong_across_the_board_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_52_CLEAN)
def test_childrens_groups_school_subjects_access_problems_and_what_the_role_is_stay_clean(text):
    assert check(text) == []


def test_a_mental_health_issue_an_ethnic_minority_group_and_a_young_mans_game_stay_legal_risks():
    for text in (
        "You seemed anxious, perhaps a mental health issue.",
        "We wanted someone from the same ethnic group as our customers.",
        "Scaffolding is a young man's game.",
    ):
        assert "legal_risk" in {f.category for f in check(text, use_model=False)}, text


def test_a_verdict_that_follows_a_concrete_reason_with_so_is_not_a_bare_verdict():
    reasoned = "The role needs daily Terraform and you haven't used it yet, so we went with someone who had."
    assert "platitude" not in {f.category for f in check(reasoned)}
    for bare in (
        "We had many strong applicants, so we went with someone else.",
        "It was a tough call, so we went with someone else.",
    ):
        assert "platitude" in {f.category for f in check(bare)}, bare


# Rounds 53-54 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_54_HARSH = [
    "Honestly, sweetheart, the kitchen is no place for nerves like yours.",
    "You might be better suited to a rocking chair than a trading desk.",
    "We can't spend the induction teaching things you ought to have learned at university.",
    "Your presentation got a few laughs, just not in the way you intended.",
    "Law is hardly the obvious career for someone who can't read a contract clause.",
]
ROUND_54_HARSH_LOOKALIKES = [
    "Cheers, mate, the site walk was useful and your questions on the crane plan were good.",
    "We'll explain the basics of our ledger system in the first week.",
    "The launch wasn't received in the way we'd hoped, and you said so honestly.",
    "Research is the right path for someone who enjoys statistics as much as you do.",
    "I'll be blunt because it helps: your essay had strong sources but no argument, and argument is the job.",
]
ROUND_54_LEGAL = [
    "After what you mentioned about your knee, the warehouse floor didn't seem fair on you.",
    "Your age group isn't the one our clients relate to.",
]
ROUND_54_LEGAL_LOOKALIKES = [
    "You told us about your back-office experience at the bank, which was relevant.",
    "Your age-group analysis of the survey data was careful, but the sample was too small.",
    "You grew the account base past forty clients in a year.",
    "Your reading session with the Year 4 children was well paced.",
    "Your grasp of world religions was strong, but the scheme of work had no assessment.",
    "You ran the maternity triage line on nights, which this post needs.",
]
ROUND_54_PLATITUDE = [
    "We could only offer the role to one candidate, and this time it wasn't you.",
    "Feel free to stay connected with us on LinkedIn.",
]
ROUND_54_CLEAN = [
    "We'll keep your CV on file for the site supervisor vacancy opening in March, since your SMSTS card suits it.",
]


@pytest.mark.parametrize("text", ROUND_54_HARSH)
def test_pet_names_retirement_jokes_the_basics_and_the_wrong_path_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_54_HARSH_LOOKALIKES)
def test_round_54_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_54_LEGAL)
def test_a_disclosed_condition_and_an_age_group_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_54_LEGAL_LOOKALIKES)
def test_round_54_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_54_PLATITUDE)
def test_only_one_post_and_linkedin_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_54_CLEAN)
def test_a_cv_kept_for_a_named_vacancy_with_when_and_why_is_not_a_platitude(text):
    assert "platitude" not in {f.category for f in check(text)}


def test_a_cv_kept_for_any_suitable_vacancy_stays_a_platitude():
    for text in (
        "We'll keep your CV on file for any suitable vacancy that opens in March.",
        "We'll keep your CV on file.",
    ):
        assert "platitude" in {f.category for f in check(text)}, text


# Guards from the training files' clean lines (rules were never written from them; not blind rounds): a group the
# organisation serves, cover for someone's leave, a colleague's leave, the employer's own benefits.
SERVED_AND_COVER_CLEAN = [
    "The clinic supports teenagers with eating disorders, and the post needs CAMHS experience.",
    "You'd be working with blind and partially sighted adults at the resource centre.",
    "The role is maternity leave cover until the post holder returns in June.",
    "It's a twelve-month backfill for a colleague's shared parental leave.",
    "We offer enhanced maternity pay and a carers' network to all staff.",
]
SERVED_AND_COVER_STILL_LEGAL = [
    "Our graduate scheme is aimed at digital natives.",
    "The post supports older clients, and we felt someone younger would not relate.",
    "We offer parental leave, but we'd rather not hire someone about to use it.",
    "Your maternity leave would clash with the project.",
]


@pytest.mark.parametrize("text", SERVED_AND_COVER_CLEAN)
def test_groups_served_leave_cover_and_benefits_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", SERVED_AND_COVER_STILL_LEGAL)
def test_whom_a_scheme_hires_a_preference_and_the_candidates_own_leave_stay_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text)}


# Rounds 55-56 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_56_HARSH = [
    "Your pitch had a certain polish, the way a school play does.",
    "Good luck with the rest of your search, you'll need it.",
    "We've had clearer answers from the vending machine.",
    "This is a trading desk; it isn't finger painting.",
    "You looked genuinely baffled by the idea of a budget.",
    "We didn't need the whole interview to decide; ten minutes was plenty.",
]
ROUND_56_HARSH_LOOKALIKES = [
    "Your stage management of the school nativity play was calm under pressure.",
    "Best of luck with the CIPD course, you'll need it for the senior role.",
    "The role isn't colouring in the wireframes; it's user research.",
    "We didn't need the full hour, as you'd answered everything by the case study.",
]
ROUND_56_LEGAL = [
    "You'd need time out for Friday prayers, and the lunch rota can't allow it.",
    "Our patients are mostly elderly white British, and we wanted someone they'd relate to.",
]
ROUND_56_LEGAL_LOOKALIKES = [
    "You'd need cover for the Friday lunch service, which we can arrange.",
    "Your report used the White British and Black Caribbean census categories correctly.",
    "Your analysis of gender disparities in the pay data was careful.",
    "Your answer on supporting a colleague having an epileptic seizure was exactly right.",
    "Your midwifery and pregnancy care knowledge was strong; the CTG interpretation was not.",
]
ROUND_56_STILL_LEGAL = [
    "Your maternity cover arrangements at your last job came up in the reference.",
    "You'd need childcare cover on Fridays, which worried us.",
]
ROUND_56_PLATITUDE = [
    "We were blown away by the quality of applications and could only move a few forward.",
]
ROUND_56_CLEAN = [
    "Your answer on conflict de-escalation techniques was one of the best we heard; the cash-handling task was not.",
]


@pytest.mark.parametrize("text", ROUND_56_HARSH)
def test_a_school_play_luck_youll_need_a_vending_machine_a_pastime_and_minutes_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_56_HARSH_LOOKALIKES)
def test_round_56_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_56_LEGAL)
def test_prayer_time_and_an_ethnic_census_category_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_56_LEGAL_LOOKALIKES)
def test_round_56_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_56_STILL_LEGAL)
def test_the_candidates_own_cover_arrangements_stay_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_56_PLATITUDE)
def test_the_calibre_of_the_field_is_a_platitude(text):
    assert "platitude" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_56_CLEAN)
def test_a_named_answer_and_a_named_task_are_specific(text):
    assert check(text) == []


def test_a_benefit_the_candidate_asked_about_is_clean_unless_it_weighed_on_the_decision():
    for text in (
        "You asked about childcare vouchers; they're offered through salary sacrifice to every employee.",
        "You asked about the prayer room; we have a quiet room available to all staff.",
    ):
        assert "legal_risk" not in {f.category for f in check(text)}, text
    for text in (
        "You asked about maternity leave, which made us hesitate about the timing.",
        "We offer shared parental leave, but we'd prefer someone who won't need it.",
    ):
        assert "legal_risk" in {f.category for f in check(text, use_model=False)}, text


# Rounds 57-58 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_58_HARSH = [
    "Half the panel had to stifle a laugh during your presentation.",
    "Your report was, to be generous, an outline of an outline.",
    "You sat through the interview like a startled rabbit.",
    "Accountancy may not be the career for you, honestly.",
    "Your logo looked like something out of a Christmas cracker.",
]
ROUND_58_HARSH_LOOKALIKES = [
    "You handled the lambing like a pro, and the vet noticed.",
    "The night-shift job might not be the right job for you, given you want days.",
    "The packaging you designed for the cereal box was bold.",
    "Charitably funded posts like this one need a grants record.",
]
ROUND_58_LEGAL = [
    "The client wanted a darker-skinned presenter for the campaign, so we went another way.",
    "Since you're going through your transition, we felt the client dinners would be awkward.",
    "The months off for your surgery last year worried the panel.",
]
ROUND_58_LEGAL_LOOKALIKES = [
    "The team is going through a transition period after the merger.",
    "Your talk on the cathedral's religious manuscripts was well researched.",
    "Your draft for the children's list was lovely, but it ran to twice the word count.",
]
ROUND_58_PLATITUDE = ["The Council values the time and effort you put into your application."]
ROUND_58_CLEAN = [
    "We'd like to keep your CV on file especially for the Bristol branch opening in autumn, since you know the area.",
]


@pytest.mark.parametrize("text", ROUND_58_HARSH)
def test_stifled_laughs_charitable_asides_animals_the_wrong_career_and_a_cracker_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_58_HARSH_LOOKALIKES)
def test_round_58_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_58_LEGAL)
def test_skin_tone_a_transition_and_time_off_for_surgery_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_58_LEGAL_LOOKALIKES)
def test_round_58_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_58_PLATITUDE)
def test_the_organisation_valuing_your_effort_is_a_platitude(text):
    assert "platitude" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_58_CLEAN)
def test_a_cv_kept_especially_for_a_named_opening_is_not_a_platitude(text):
    assert "platitude" not in {f.category for f in check(text)}


# Rounds 59-60 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_60_HARSH = [
    "The partners had a quiet laugh at your answer on VAT.",
    "Missing the deadline on the take-home was an interesting choice for a project manager role.",
    "At least your suit was smart.",
    "We read your portfolio closely, which didn't take long, and that wasn't saying much.",
    "Thanks for giving the office something to laugh about on Friday.",
]
ROUND_60_HARSH_LOOKALIKES = [
    "Leading with the failed launch was a bold choice for a pitch role, and it paid off.",
    "At least the last two answers recovered well, which showed resilience.",
    "The budget you had, which wasn't much, went a long way.",
]
ROUND_60_PLATITUDE = [
    "Your presentation was really strong and you answered all the questions well.",
    "There were plenty of positives, and we appreciated your input.",
]
ROUND_60_CLEAN = [
    "You assessed the pregnant woman's blood pressure correctly but didn't escalate the reading.",
    "Your games for toddlers in the nursery session were well chosen.",
    "The assembly you led on Diwali was lively and well timed.",
]


@pytest.mark.parametrize("text", ROUND_60_HARSH)
def test_a_laugh_at_an_answer_a_bold_choice_the_handshake_and_the_lunch_gossip_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_60_HARSH_LOOKALIKES)
def test_round_60_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_60_PLATITUDE)
def test_a_good_interview_and_lots_of_positives_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_60_CLEAN)
def test_a_patient_assessed_activities_for_toddlers_and_a_taught_lesson_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


def test_looking_after_an_elderly_parent_stays_a_legal_risk():
    text = "We felt looking after an elderly parent would make the early shifts hard for you."
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


# Rounds 61-62 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_62_HARSH = [
    "Watching you bumble your way through the spreadsheet task was painful.",
    "Half the interviewers could have used subtitles for your answers.",
    "For someone supposedly fluent in Python, you looked genuinely confused by a for loop.",
    "Brave move to explain our own pricing wrongly to the person who set it.",
]
ROUND_62_HARSH_LOOKALIKES = [
    "The client needed an interpreter for the Polish site visit, which you arranged well.",
    "Your memo on the carve-out for fraud was precise.",
]
ROUND_62_LEGAL = [
    "We require a UK passport for everyone on the front desk.",
    "The Friday prayers wouldn't fit around the dinner service rota.",
    "Honestly, the team wasn't looking for a grandpa on the sales floor.",
]
ROUND_62_LEGAL_LOOKALIKES = [
    "We'll need to see your passport or share code for the right-to-work check.",
    "The pensioner in the role-play needed more reassurance than you gave.",
    "The RE unit of work you planned covered Hinduism and Islam well, but the starter ran long.",
    "Your plan for the children's book corner was specific and well costed.",
]
ROUND_62_STILL_LEGAL = [
    "We're an RE department and we'd prefer a Christian for the post.",
    "Your religion would be an issue in the RE department.",
]


@pytest.mark.parametrize("text", ROUND_62_HARSH)
def test_bumbling_subtitles_a_doubted_claim_and_a_brave_move_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_62_HARSH_LOOKALIKES)
def test_round_62_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_62_LEGAL)
def test_a_particular_passport_prayers_against_the_rota_and_a_grandpa_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_62_LEGAL_LOOKALIKES)
def test_round_62_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_62_STILL_LEGAL)
def test_a_faith_preferred_or_owned_in_a_teaching_sentence_stays_a_legal_risk(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


def test_be_assured_every_application_was_considered_is_a_platitude():
    text = "Please be assured that each application received fair consideration."
    assert "platitude" in {f.category for f in check(text)}


# Rounds 63-64 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_64_HARSH = [
    "Frankly we gave your portfolio more attention than it deserved.",
    "The team lead called your design cute, which pretty much sums it up.",
    "You might be happier at a company with lower expectations.",
    "One of the partners asked if this was a joke application.",
    "Your pitch was endearing, the way a school play is endearing.",
    "No idea how you made it past the first sift.",
]
ROUND_64_HARSH_LOOKALIKES = [
    "We spent more time on your case study than on any other, because it raised good questions.",
    "The April Fool's campaign you ran for the brand was well judged.",
]
ROUND_64_LEGAL = [
    "You're a GMB steward, and we need calm on the shop floor.",
    "Being on lithium is fine in most jobs, but not on our night desk.",
    "Our riggers are used to working with local lads.",
    "We can't carry someone who is still learning English on the helpdesk.",
]
ROUND_64_LEGAL_LOOKALIKES = [
    "Your race-day plan for the half marathon was well costed.",
    "The gap was your medication administration record, which had two unsigned entries.",
    "Your work with disabled adults at the day service was relevant.",
    "Your edits for the Black History Month features were tidy.",
    "Our equality and inclusion forum asked for screen-reader testing, which your audit missed.",
]
ROUND_64_STILL_LEGAL = [
    "We noticed your volunteering with the synagogue and felt it might be a conflict with some clients.",
    "Your race would be an issue with our clients.",
]
ROUND_64_PLATITUDE = [
    "Lovely energy today, really enjoyed chatting!",
    "Your application was given careful consideration.",
]
ROUND_64_CLEAN = [
    "Your grasp of TUPE was good; the successful candidate had simply run more redundancy consultations.",
]


@pytest.mark.parametrize("text", ROUND_64_HARSH)
def test_more_than_deserved_cute_lower_standards_a_joke_application_and_the_sift_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_64_HARSH_LOOKALIKES)
def test_round_64_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_64_LEGAL)
def test_a_named_union_a_drug_local_lads_and_learning_english_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_64_LEGAL_LOOKALIKES)
def test_round_64_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_64_STILL_LEGAL)
def test_a_faith_institution_and_your_race_stay_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_64_PLATITUDE)
def test_bare_energy_chatting_and_careful_consideration_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_64_CLEAN)
def test_more_of_a_named_kind_of_work_is_specific(text):
    assert check(text) == []


# Rounds 65-66 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_66_HARSH = [
    "It's remarkable how few of the questions you managed to answer.",
    "Your scheme of work would have been fine for a nursery class.",
    "That presentation was the longest twenty minutes of our week.",
    "Reading your report was like watching a puppy chase its tail.",
    "You somehow made a simple stock count look really difficult.",
    "You seemed about as prepared as a goldfish.",
    "We'd have an easier time teaching the coffee machine.",
]
ROUND_66_HARSH_LOOKALIKES = [
    "It's impressive how much of the brief you covered in an hour.",
    "You made a difficult rota look simple.",
]
ROUND_66_LEGAL = ["We wanted someone straight out of college for the junior post."]
ROUND_66_LEGAL_LOOKALIKES = [
    "The gap was documenting on the maternity records system we use every day.",
    "Your ideas for the school's Hanukkah and Christmas displays were thoughtful.",
    "Your plan for the children's wing of the museum was detailed.",
]
ROUND_66_CLEAN = [
    "It was a close call only because your scores were level with the winner's; the decider was their HACCP audit.",
    "In the moot you found the jurisdiction point but missed limitation, which the successful candidate raised.",
]


@pytest.mark.parametrize("text", ROUND_66_HARSH)
def test_how_little_a_nursery_class_the_longest_minutes_and_a_coffee_machine_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_66_HARSH_LOOKALIKES)
def test_round_66_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_66_LEGAL)
def test_straight_out_of_college_is_a_legal_risk(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_66_LEGAL_LOOKALIKES)
def test_round_66_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_66_CLEAN)
def test_a_close_call_only_because_and_what_the_successful_candidate_raised_are_not_platitudes(text):
    assert "platitude" not in {f.category for f in check(text)}


# Rounds 67-68 (after their first scores): paraphrases of the misses, each beside a look-alike.
ROUND_68_HARSH = [
    "One of the partners wondered whether you'd read your answers off a fortune cookie.",
    "Do yourself a favour and don't apply here again.",
    "We want drive, not someone counting down to their carriage clock.",
    "We have honestly seen enough.",
    "You weren't even a real contender at all.",
    "We've interviewed goldfish with a better memory for detail.",
    "Your plan was about as structured as a school disco.",
]
ROUND_68_HARSH_LOOKALIKES = [
    "Please don't reapply until the March intake opens, when the role returns.",
    "We've seen enough of your portfolio to know the illustration is strong.",
]
ROUND_68_LEGAL = [
    "The bureau prefers interpreters who are French by birth.",
    "Since you're transitioning, we thought it kinder to wait.",
    "Your months off with stress last year worried the panel.",
]
ROUND_68_LEGAL_LOOKALIKES = [
    "You're transitioning to a product role, which suits your research background.",
    "Your diagnosis of the gearbox fault was right, but it took too long.",
    "Your study of vaccine uptake among older adults was well designed.",
    "You handled the sex discrimination case study carefully.",
    "We needed recent experience vaccinating young children, and your placements were on adult wards.",
]
ROUND_68_PLATITUDE = [
    "Your details will be kept on our talent database for six months.",
    "Good candidate overall, nothing significant to mention.",
]


@pytest.mark.parametrize("text", ROUND_68_HARSH)
def test_a_fortune_cookie_a_favour_a_carriage_clock_and_seen_enough_are_harsh(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_68_HARSH_LOOKALIKES)
def test_round_68_harsh_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_68_LEGAL)
def test_birth_a_transition_and_stress_leave_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", ROUND_68_LEGAL_LOOKALIKES)
def test_round_68_legal_look_alikes_stay_clean(text):
    assert "legal_risk" not in {f.category for f in check(text)}


@pytest.mark.parametrize("text", ROUND_68_PLATITUDE)
def test_details_retained_and_nothing_to_report_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


# Rounds 69-70: the work's own subject (a count of children served, a reading team for blind readers, moderated
# slurs, maternity cover, a core shopper's age, the legal exception named, language work, sign language as the work,
# a faith school, a genre for children), paraphrased; each beside the proxy it must not hide.
ROUNDS_69_70_CLEAN = [
    "She had run holiday clubs for more than 1,500 children across the borough, which is the reach this post needs.",
    "Our outreach team supports blind and partially sighted members, so we needed someone already trained on screen"
    " readers.",
    "The trust and safety team removes homophobic slurs from the forums daily, and the other candidate had done that"
    " for three years.",
    "It is a twelve-month contract covering paternity leave, so the start date mattered more than anything else.",
    "Our typical reader is a man aged 60 to 75, and your pitch aimed at Gen Z styles missed that audience.",
    "The imam's post requires him to lead Friday prayers, which is a genuine occupational requirement of the role.",
    "Your Spanish subtitles were accurate, but the cues drifted on three scenes of the translation test.",
    "The caseworker had handled over thirty appeals, against the two you described.",
    "The tool is designed for retired gardeners, many in their eighties, so we wanted a designer who had already"
    " tested with elderly users.",
    "The production is performed in British Sign Language alongside our Deaf presenter, so fluent signing is the job.",
    "As a Catholic primary, our chaplaincy coordinator leads collective worship each Friday.",
    "The series is aimed at preschoolers, so we needed a writer with children's content credits.",
    "The appointee has run three Gen Z trend pieces a week for the magazine since 2023.",
]
ROUNDS_69_70_STILL_LEGAL = [
    "We need someone who fits in with a fresh-faced ski school team.",
    "Our clients in the region prefer dealing with a male lead engineer.",
    "Your English is so broken we'd need a translator just to hire you.",
    "The agency prefers linguists who are German by birth.",
    "You're over forty, which worried the panel.",
    "We need someone with 2 children or fewer for the travel.",
    "The app is built for young gamers, so we wanted someone closer to their age.",
    "You go to worship every Friday, which clashes with the rota.",
    "Since the contract is for a church school, we prefer staff who share the faith.",
]


def test_a_reapply_tied_to_a_named_renewal_is_not_a_platitude():
    assert "platitude" not in {
        f.category for f in check("Your visa had lapsed; you're welcome to reapply once it has been renewed.")
    }
    assert "platitude" in {f.category for f in check("You're welcome to reapply once things settle down.")}


ROUNDS_69_70_HARSH = [
    "Baking for friends is lovely, but it's a hobby, not a career.",
    "A camera and an Instagram account don't make you a photographer, however much you'd like them to.",
    "Editing one wiki page doesn't make you an archivist, whatever your CV says.",
    "We need engineers on the rig, not sightseers who want a boat trip.",
    "You seem to think a kitchen is a place to chat with friends; it isn't.",
    "We can't take on someone who might go to pieces the first time a client shouts.",
    "A granny trying to learn Kubernetes is not what this team needs.",
    "The board spent your whole pitch waiting for it to start making sense.",
    "You just phoned it in, frankly.",
    "Even our summer temps at least pretend to be interested in the product.",
]
ROUNDS_69_70_HARSH_LOOKALIKES = [
    "Passing the exam once doesn't make you chartered yet; the two years of supervised practice do.",
    "The gearbox might fall apart under load, so we test it for a week.",
    "You seem to think the role is mostly coding; it's mostly stakeholder work, so client experience counted.",
    "Photography is a hobby for many of our team, and your portfolio showed real craft.",
]
ROUNDS_69_70_LEGAL = [
    "The team are mostly early thirties, so we couldn't see you fitting in.",
    "We weren't sure a hearing-aid wearer would manage the noise on the line.",
]
ROUNDS_69_70_PLATITUDE = [
    "Let's stay connected; you never know what might come up.",
    "Your application for the Senior Analyst vacancy has not been successful on this occasion.",
]


@pytest.mark.parametrize("text", ROUNDS_69_70_LEGAL)
def test_a_crews_ages_and_a_hearing_aid_are_legal_risks(text):
    assert "legal_risk" in {f.category for f in check(text, use_model=False)}


def test_an_audiologists_hearing_aid_fitting_stays_clean():
    assert not check("Your hearing-aid fitting rationale was clear and your audiogram reading accurate.")


@pytest.mark.parametrize("text", ROUNDS_69_70_PLATITUDE)
def test_stay_connected_and_a_templates_filled_in_title_are_platitudes(text):
    assert "platitude" in {f.category for f in check(text)}


# From the training files' clean lines (never the rules' source): a trade, a team or a credential named by a
# protected word, and technical parents and mothers.
TRAINING_TRADES_CLEAN = [
    "Your costing of the halal supply chain for the airline contract was thorough.",
    "The kosher bakery company needed a shift lead with HACCP experience.",
    "A current Working with Children Check is a legal requirement for the tutoring post.",
    "The parent image in your Dockerfile was three major versions out of date.",
    "The mother liquor was discarded before the second crop was collected.",
    "The job is with our women's under-21 squad, and your analysis work was all in men's football.",
]
TRAINING_TRADES_STILL_LEGAL = [
    "You have two children, and the travel would be hard on them.",
    "We'd rather the post went to someone without young kids.",
    "As a mother of three you'd struggle with the hours.",
]


# Rounds 71-72, paraphrased: the work's own subject kept clean, each beside the proxy it must not hide.
ROUNDS_71_72_CLEAN = [
    "The quote left out the florist's fee, which would have left the family short on the day.",
    "The unit gives chemotherapy infusions to teenagers, and your oncology experience is all with adults.",
    "We hold Sikh, Hindu and Buddhist ceremonies every week, and you were unsure of the cremation paperwork.",
    "Our salon serves a large Turkish community, and the Saturday role may suit you better.",
    "We prioritised applicants with specific experience in falls prevention for older people.",
    "This project houses tenants with mental health conditions, and we needed someone who had written support plans.",
    "You described supporting the family whose mother was detained overseas with real care.",
    "Your treatment plan missed the contraindications we covered, such as blood-thinning medication.",
]
ROUNDS_71_72_STILL_LEGAL = [
    "You said you'd need Friday afternoons for prayers, and the rota can't stretch to that.",
    "You disclosed ADHD, and the audit work needs someone who can concentrate for hours.",
    "We're planning to start a family-friendly rota, but with your kids it wouldn't work.",
    "At 61 you'd only be with us a few years.",
    "A grandfather trying to learn Python at this stage isn't what we need.",
    "You're supporting your father through his illness, so the travel seemed too much.",
]
ROUNDS_71_72_HARSH = [
    "We've had interns write tighter briefs than the one you sent.",
    "Our ten-year-olds keep time better than you did in the audition.",
    "Your personal statement was a gripping read, in the way that fiction often is.",
    "If you can't read a timetable, how exactly did you plan to run our depot?",
    "Don't waste your time or ours by applying again.",
    "We're a charity, not a backdrop for your personal brand.",
    "Owning a telescope doesn't make you an astronomer, however many photos you post.",
]
ROUNDS_71_72_HARSH_LOOKALIKES = [
    "Our pupils responded better than you might expect to the phonics scheme.",
    "How exactly were you planning to phase the roll-out? We'd like to hear more.",
    "The interns wrote the first draft, which you then edited well.",
]


def test_a_work_product_and_papers_asked_for_make_a_sentence_specific():
    assert not check(
        "We valued your honesty about the error, though the budget spreadsheet still lacked a contingency line."
    )
    assert not check("The right-to-work documents didn't arrive by the deadline; you're welcome to reapply with them.")


# Rounds 73-74, paraphrased, each beside the proxy it must not hide.
ROUNDS_73_74_CLEAN = [
    "The boutique sells maternity and petite eveningwear, and we needed two seasons of fitting pregnant clients.",
    "Our chaplaincy team includes imams, rabbis and Hindu and Sikh chaplains, and we needed multi-faith experience.",
    "The post sits in our team for adults with autism, and we looked for positive behaviour support experience.",
    "The role covers a colleague's paternity leave until June, so we needed someone who could start in two weeks.",
    "Most of our callers are retirees in their eighties, so we need someone who explains pensions plainly.",
    "A right-to-work check is required before any offer, and your passport scan couldn't be verified in time.",
    "Cabin crew must hold a valid aviation medical certificate, and yours had expired in May.",
    "Your fraud investigation report put its conclusions before the evidence.",
    "You described when you'd escalate and transfer a woman in labour to the obstetric unit, which was right.",
]
ROUNDS_73_74_STILL_LEGAL = [
    "You asked about shared parental leave, which made us question how committed you'd be.",
    "Go back home and improve your English before applying again.",
    "We weren't confident the hearing aid you wear would cope with a headset on our floor.",
    "Scaffolding is a young man's game, really.",
    "The night shifts would be hard for you with a little one at home.",
    "We felt you'd struggle fitting in with the lads on site as a woman.",
]
ROUNDS_73_74_HARSH = [
    "You're friendly enough, which is about the kindest thing we could say.",
    "You came across as far too giggly and young to be taken seriously.",
    "Oh great, another applicant who thinks a weekend course makes them a counsellor.",
    "For someone who claims ten years in audit, you were remarkably easy to trip up.",
    "Your passion for the brand didn't stretch as far as reading our annual report.",
    "You came across as someone who still needs supervising.",
    "A man your age isn't going to manage the night rounds, so stick to day jobs.",
]
ROUNDS_73_74_HARSH_LOOKALIKES = [
    "The nicest thing about the role is the team you'd join.",
    "Great, another round of interviews is booked for Tuesday.",
    "For someone who claims expenses weekly, the new portal will save time.",
]


def test_same_sex_personal_care_is_not_a_rule_finding():
    # the rules' exception; the legal_risk fallback still weighs this paraphrase on its own
    text = (
        "The lady we support has asked for a female carer for her personal care, so we recruited specifically for that."
    )
    assert "legal_risk" not in {f.category for f in check(text, use_model=False)}


# Rounds 75-76, paraphrased, each beside the look-alike it must not catch.
ROUNDS_75_76_CLEAN = [
    "Thank you for explaining the gap while you cared for your mother; it had no bearing on our decision.",
    "Forklift drivers need a current medical, which is a legal requirement; please reapply once your medical is"
    " renewed.",
    "The timeline missed the changeover between the ceremony and the wedding reception.",
    "The club runs a group for children with dyspraxia, so we were looking for someone with Makaton.",
    "This study recruits men over 70 with heart failure, and we needed a nurse experienced in consent.",
    "We'd like a written plan for supervising thirty kids on the coach trip.",
]
ROUNDS_75_76_STILL_LEGAL = [
    "Your pregnancy played no part, but we'd rather hire someone who won't need time off.",
    "You have 3 children, which worried us for the travel.",
    "We wanted someone younger for the front desk.",
]
ROUNDS_75_76_HARSH = [
    "At your age you should be enjoying your retirement, not learning our software.",
    "We're not running a charity for people who can't be bothered to prepare.",
    "Everyone else was playing chess while you were still learning how the pieces move.",
    "You clearly don't give a damn about the customers.",
    "We've had school leavers write cleaner code than you did.",
    "Given how little you prepared, the outcome shouldn't surprise either of us.",
    "The garden looked better before you started on it.",
    "Calling your report an analysis would be generous.",
    "The rest of the panel came prepared; you came with excuses.",
    "Your answer sounded like someone who'd skimmed a YouTube video in the lift.",
    "We need a chef, not someone who thinks watching cookery shows counts as experience.",
    "If that is how you treat customers, heaven help them.",
]
ROUNDS_75_76_HARSH_LOOKALIKES = [
    "We've had more applicants than you'd expect for this post.",
    "The site looked better before the storm.",
    "The other candidates came prepared with portfolios, as the brief asked.",
    "We're not running the evening shift this winter.",
]


def test_a_thank_you_beside_specific_feedback_is_manners_and_alone_still_a_platitude():
    assert not check("Thanks for coming in. Your SQL was strong, but the role needs two years of dbt.")
    alone = check("Thanks for coming in. Unfortunately we have decided not to proceed.")
    assert "Thanks for coming in" in {f.phrase for f in alone if f.category == "platitude"}


def test_a_template_title_and_the_post_of_one_are_the_templates():
    assert "platitude" in {
        f.category for f in check("We don't feel the Sales Executive role is the best match for you.")
    }
    assert "platitude" in {
        f.category for f in check("Your application for the post of Senior Planner has not been successful.")
    }


# Rounds 77-78, paraphrased, each beside the look-alike it must not catch.
ROUNDS_77_78_CLEAN = [
    "The role requires a practising Anglican under the school's trust deed, and the appointee has led chapel services.",
    "Many of our guests follow vegan or halal diets, and your menu didn't label the allergens.",
    "Many of the children we foster have attachment difficulties, so we needed someone trained in therapeutic"
    " parenting.",
    "We appointed a nurse who has run spacer-device sessions with children and their parents.",
]
ROUNDS_77_78_STILL_LEGAL = [
    "We usually bring in people in their twenties at this level.",
    "Someone of your vintage might find our tools unfamiliar.",
    "You'd have to balance the work with children at home.",
]
ROUNDS_77_78_HARSH = [
    "Someone with your history would crumble the first time a customer complained.",
    "Our apprentices have a better eye for detail than you showed on the trial day.",
    "You might want to think about a career outside nursing.",
    "We've seen more curiosity from visitors on the open day than you showed in the interview.",
    "Your ten years of experience looked like one year repeated ten times.",
    "You read the policy back to us like a bedtime story.",
    "Your plan had more holes than a colander.",
    "Your claim to be a team player would have been more convincing if you'd mentioned anyone else.",
    "Our sixteen-year-old intern could have priced that job better.",
    "Lifting crates all day at your age? Spare us the ambulance call.",
]
ROUNDS_77_78_HARSH_LOOKALIKES = [
    "We've seen more applications this year than last.",
    "The plan would be more convincing with a budget line.",
    "An apprentice could have the role next year if the funding comes through.",
]


def test_people_served_described_by_age_are_not_a_rule_finding():
    # the rules' guard; the legal_risk fallback still weighs this paraphrase as a whole
    text = "Our adopters include single parents and people adopting in their sixties, and we wanted someone who has run"
    text += " preparation groups."
    assert "legal_risk" not in {f.category for f in check(text, use_model=False)}


def test_a_named_skill_to_gain_makes_a_reapply_specific():
    assert not check("You're welcome to reapply next year; more experience with survey weighting would help.")


# Rounds 79-80, paraphrased, each beside the look-alike it must not catch.
ROUNDS_79_80_CLEAN = [
    "We needed someone who had run the student visa process for a university, and your work has been in teaching.",
    "Supporting families after a bereavement is a big part of our hospice's work, and we'd have liked more on that.",
    "The coordinator runs the prayer room bookings for four faith societies, and your plan missed Friday slots.",
    "The fertility nurse post involves supporting single women through donor treatment.",
    "The matching role involves recording ethnicity accurately, and we needed someone who has used our protocols.",
    "You weighed the person's wishes well, but not against a carer's concerns.",
]
ROUNDS_79_80_STILL_LEGAL = [
    "We'd rather have a practising Methodist like the rest of the team.",
    "Nobody wants to watch a fifty-year-old try to keep up with the juniors.",
    "Your accent is hard work, so maybe go back home and teach there.",
    "You asked about paternity leave, which suggested your priorities lie elsewhere.",
    "Women are already well represented among our staff, so we wanted a man this time.",
    "The ward manager thought a male nurse might make patients uncomfortable.",
    "The year you took off for cancer treatment raised questions about how dependable you'd be.",
    "Your surname suggested visa sponsorship might come up, so we prioritised others.",
]
ROUNDS_79_80_HARSH = [
    "Maybe acting isn't for you; plenty of jobs don't need stage presence.",
    "Your CV wrote cheques your portfolio couldn't cash.",
    "Your deck would have been impressive in about 2012.",
    "The error was practically waving at you.",
    "You spoke about teamwork a great deal for someone who talked over everyone.",
    "The title clearly went to your head.",
    "Congratulations on setting the record for the shortest trial shift we've had.",
    "Your answer was so rambling that the panel had given up listening by the end.",
    "We'd need subtitles to understand you.",
]
ROUNDS_79_80_HARSH_LOOKALIKES = [
    "Maybe the night shift isn't for you, so the day role may suit you better.",
    "Congratulations on the record sales at your shop last year.",
    "The design would have been standard in 2009, and we now use WebGL.",
]


# Rounds 81-82, paraphrased, each beside the look-alike it must not catch.
ROUNDS_81_82_CLEAN = [
    "We need a nurse registered in the children's field, and your registration is adult only.",
    "Our youth leaders lead prayers in Hebrew at camp, and your reading isn't yet fluent enough.",
    "Most of our clients are over 70 with age-related sight loss, and the appointee had more low-vision experience.",
    "A check against the children's barred list is a legal requirement for every volunteer.",
    "The appointed adviser had already run money workshops for retirees.",
    "Many residents speak Urdu as a first language, and the post needs fluent spoken Urdu.",
    "Our outreach officer supports blind residents, many of them elderly, so the role needs braille.",
    "Your plan used one board for the halal and non-halal chicken, which we can't allow.",
]
ROUNDS_81_82_STILL_LEGAL = [
    "Our white supporters would warm to you more readily.",
    "We'd prefer a sister from within our own congregation for the office.",
    "We weren't sure how someone who prays five times a day would fit the rota.",
]
ROUNDS_81_82_HARSH = [
    "You're clearly after a cushy number to coast on until retirement.",
    "Applying because it looks good on your CV is about as cynical as it gets.",
    "You'd last about a week on the wards before the sisters gave up on you.",
    "You made our newest apprentice look like a seasoned expert.",
    "There's no job here suited to your rather limited ability.",
    "That was the sort of singing we usually hear at the tail end of a karaoke night.",
    "The pupils would have run rings round you by break time.",
    "You gave it a good go pretending you'd used the software.",
    "If effort were the only criterion, you'd still have fallen short.",
    "The rest of the panel checked their pulse halfway through.",
    "Your excuses were entertaining for about ten seconds.",
]
ROUNDS_81_82_HARSH_LOOKALIKES = [
    "The stock would last about a week at that rate of sales.",
    "If effort were the only criterion you'd have been our first choice; the role needs SQL.",
    "That was the kind of playing we hear from principal players, and the panel noticed.",
]


# Rounds 83-84, paraphrased, each beside the look-alike it must not catch.
ROUNDS_83_84_CLEAN = [
    "We need a second shooter who has covered three full weddings in low light.",
    "Your portfolio is mostly church weddings, and our couples mostly have Sikh ceremonies.",
    "We need someone who has set up adaptive bikes for riders with spinal injuries.",
    "Thanks for coming in to the surgery; the appointee had already run a flu recall.",
    "We were looking for someone with experience of dementia and frailty reviews for older patients.",
]
ROUNDS_83_84_STILL_LEGAL = [
    "We'd prefer someone from a Brahmin family for the temple kitchen.",
    "Your wedding next spring would clash with the launch.",
    "After the surgery on your knee, we weren't sure about the stairs.",
    "We don't need another grandad on the team.",
]
ROUNDS_83_84_HARSH = [
    "We've had work-experience kids write tidier notes than yours.",
    "It was obvious you were after an easy ride rather than a job.",
    "One tournament win doesn't make you a coach, however loudly you say it.",
    "You should stop telling people you're a designer.",
]
ROUNDS_83_84_HARSH_LOOKALIKES = [
    "It was clear you were after a permanent contract, and this one is fixed-term.",
    "Please stop telling candidates the role is remote; it isn't.",
]


# Rounds 85-86, paraphrased, each beside the look-alike it must not catch.
ROUNDS_85_86_CLEAN = [
    "The team supports older people targeted by romance fraud, and your casework was in housing.",
    "The post looks after the synagogue deposits, so reading Hebrew script is essential.",
    "This is a teaching post in a school for blind children, so braille is essential.",
    "The job includes daily checks of residents' hearing aids, and the appointee had done this before.",
]
ROUNDS_85_86_STILL_LEGAL = [
    "With retirement only a couple of years away for you, the training didn't make sense.",
    "We have had bad experiences with staff needing time off for children's illnesses.",
]
ROUNDS_85_86_HARSH = [
    "Thanks for the portfolio, it made a decent doorstop.",
    "You looked like you'd rather be anywhere else, and by the end so would we.",
    "Estimates like yours are the reason we have a second review.",
    "Your shelving looked like something from a Year 7 woodwork class.",
    "We need drivers, not tourists.",
    "The five minutes you spent preparing were clearly very well spent.",
    "Our apprentice of three weeks still outperformed you on the test.",
    "A middle-aged dad who leaves at four isn't going to survive on this desk.",
    "You'd be more of a liability on the ward than a nurse.",
]
ROUNDS_85_86_HARSH_LOOKALIKES = [
    "The hours you spent on the case study were well spent: it was the strongest we saw.",
    "Our apprentice outperformed the forecast this quarter.",
    "The old laptop makes a decent backup machine.",
]


# The paraphrase sets of rounds 69-86 (above), one test per kind: each set is a family's paraphrases beside the
# look-alikes it must not catch.
WORK_SUBJECT_CLEAN = [
    *ROUNDS_69_70_CLEAN,
    *TRAINING_TRADES_CLEAN,
    *ROUNDS_71_72_CLEAN,
    *ROUNDS_73_74_CLEAN,
    *ROUNDS_75_76_CLEAN,
    *ROUNDS_77_78_CLEAN,
    *ROUNDS_79_80_CLEAN,
    *ROUNDS_81_82_CLEAN,
    *ROUNDS_83_84_CLEAN,
    *ROUNDS_85_86_CLEAN,
]
PROXIES_STILL_LEGAL = [
    *ROUNDS_69_70_STILL_LEGAL,
    *TRAINING_TRADES_STILL_LEGAL,
    *ROUNDS_71_72_STILL_LEGAL,
    *ROUNDS_73_74_STILL_LEGAL,
    *ROUNDS_75_76_STILL_LEGAL,
    *ROUNDS_77_78_STILL_LEGAL,
    *ROUNDS_79_80_STILL_LEGAL,
    *ROUNDS_81_82_STILL_LEGAL,
    *ROUNDS_83_84_STILL_LEGAL,
    *ROUNDS_85_86_STILL_LEGAL,
]
HARSH_FAMILIES = [
    *ROUNDS_69_70_HARSH,
    *ROUNDS_71_72_HARSH,
    *ROUNDS_73_74_HARSH,
    *ROUNDS_75_76_HARSH,
    *ROUNDS_77_78_HARSH,
    *ROUNDS_79_80_HARSH,
    *ROUNDS_81_82_HARSH,
    *ROUNDS_83_84_HARSH,
    *ROUNDS_85_86_HARSH,
]
HARSH_FAMILY_LOOKALIKES = [
    *ROUNDS_69_70_HARSH_LOOKALIKES,
    *ROUNDS_71_72_HARSH_LOOKALIKES,
    *ROUNDS_73_74_HARSH_LOOKALIKES,
    *ROUNDS_75_76_HARSH_LOOKALIKES,
    *ROUNDS_77_78_HARSH_LOOKALIKES,
    *ROUNDS_79_80_HARSH_LOOKALIKES,
    *ROUNDS_81_82_HARSH_LOOKALIKES,
    *ROUNDS_83_84_HARSH_LOOKALIKES,
    *ROUNDS_85_86_HARSH_LOOKALIKES,
]


@pytest.mark.parametrize("text", WORK_SUBJECT_CLEAN)
def test_the_works_own_subject_stays_clean(text):
    assert not {"legal_risk", "harsh"} & {f.category for f in check(text)}


@pytest.mark.parametrize("text", PROXIES_STILL_LEGAL)
def test_the_proxy_beside_each_guard_still_flags(text):
    assert "legal_risk" in {f.category for f in check(text)}


@pytest.mark.parametrize("text", HARSH_FAMILIES)
def test_the_harsh_families_of_rounds_69_to_86_are_rule_findings(text):
    assert "harsh" in {f.category for f in check(text, use_model=False)}


@pytest.mark.parametrize("text", HARSH_FAMILY_LOOKALIKES)
def test_the_harsh_families_look_alikes_stay_clean(text):
    assert "harsh" not in {f.category for f in check(text)}
