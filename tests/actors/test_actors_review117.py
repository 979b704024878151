"""An IGO's officer told by the body's description alone (session 60, I60).

"The court's deputy prosecutor asked Uganda ... to arrest X" after the International Criminal
Court was named: a description's possessive ("the court's", "the fund's", "the bank's") took
its officer's title only for a body head or a title with a name apposed ("the court's deputy
prosecutor, X,"), so a bare officer acting was no one's and the request was lost. A body's
title that is the subject of the verb right after it is the body's own officer
(Resolver._bare_body_officer); a title a member state's leader holds in turn (offices.yaml
rotating_titles: "the bloc's chair") is left out, and so is a state's court told since the
IGO ("A Nairobi court jailed him ... the court's prosecutor").

The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-04-09"


def _coded(body: str) -> list[tuple[str, str, str]]:
    result = process(f"Story\n\nNAIROBI (Reuters) - {body}\n", date=DATE)
    return [
        (e.source_actor.principal, e.target_actor.principal, e.code[:2])
        for e in result.events
        if e.source_actor is not None and e.target_actor is not None
    ]


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The International Criminal Court opened a case against a militia leader on Monday. "
            "The court's deputy prosecutor asked Kenya in a letter to arrest Peter Otieno.",
            ("ICC", "KEN", "02"),
        ),
        (
            "The International Criminal Court opened a case against a militia leader on Monday. "
            "The court's prosecutor asked Tanzania to arrest Peter Otieno.",
            ("ICC", "TZA", "02"),
        ),
    ],
)
def test_review117_bare_officer_of_a_described_body(body: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in _coded(body)


@pytest.mark.parametrize(
    "body",
    [
        # a member's leader holding the chair in turn is no officer of the bloc
        "The African Union met in Addis Ababa on Monday. The bloc's chair urged Kenya to "
        "withdraw its troops.",
        # a state's court told since the IGO: its prosecutor is no officer of the ICC
        "The ICC opened a case on Monday. A Nairobi court jailed him last year. The court's "
        "prosecutor asked Kenya to free him.",
    ],
)
def test_review117_no_officer_of_the_body(body: str) -> None:
    coded = _coded(body)
    assert not [c for c in coded if c[0] in ("AU", "ICC")], coded
