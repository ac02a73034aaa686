"""Harsh means contempt for the candidate. A candidate's own, Candor-written draft asking for
feedback gets no "sharper than you mean" hint; first-person employer wording that aims at nobody is
a known weak spot of the statistical harsh fallback (its contempt examples often speak in the first
person: "I can't believe…", "I've seen more…")."""

from __future__ import annotations

from itertools import combinations

import pytest

from server.feedback.operations import draft_request
from server.feedback.topics import TOPICS
from server.quality import check
from tests import factories
from tests.api.conftest import Api


def _drafts():
    for size in (1, 2, len(TOPICS)):
        for topics in combinations(TOPICS, size):
            yield topics, draft_request(list(topics), "Acme Robotics 4411-2", "Senior Platform Engineer")


def test_a_candidates_draft_gets_no_hint(client, admin, org):
    candidate, _thread = factories.joined_thread(admin, org, email="casey@example.com")
    api = Api(client).as_user(candidate)
    for topics, draft in _drafts():
        r = api.post("/api/v1/feedback/check", {"text": draft})
        assert r.status_code == 200
        assert [f["phrase"] for f in r.get_json()["findings"] if f["category"] == "harsh"] == [], topics
    # The rules still speak up for real hostility.
    r = api.post("/api/v1/feedback/check", {"text": "Your interviewers were incompetent and the process was pathetic."})
    assert {f["phrase"] for f in r.get_json()["findings"] if f["category"] == "harsh"} == {"incompetent", "pathetic"}


def test_the_harsh_rules_leave_the_drafts_alone():
    for topics, draft in _drafts():
        assert [f.phrase for f in check(draft, use_model=False) if f.category == "harsh"] == [], topics


KNOWN = pytest.mark.xfail(
    strict=True, reason="known false flag: the harsh fallback reads first-person sentences as contempt (issue 10)"
)


@pytest.mark.parametrize(
    "text",
    [
        "I was struck by how calmly you talked the panel through the outage timeline.",
        "I thoroughly enjoyed hearing how you rebuilt the stock-count process.",
        "I can't believe how neatly you labelled every valve in the schematic.",
        # a known false flag until the harsh model learned from lemma words and train_contempt_d (round 17)
        "I'd urge you to look at our graduate scheme, which reopens in September.",
        # clean since round 14: the harsh model leaves questions that offer or ask leave alone (checker._OFFER)
        "Could I ask what the panel would have wanted to see in my case study?",
        pytest.param(
            "I'd welcome any pointer on what I should practise before my next assessment centre.", marks=KNOWN
        ),
    ],
)
def test_first_person_wording_is_not_contempt(text):
    assert [f.phrase for f in check(text) if f.category == "harsh"] == []
