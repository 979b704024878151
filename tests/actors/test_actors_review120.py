"""An IGO's staff and officers told by its description (session 61, I61).

- "The fund's executive board urged Samoa": the staff or organ (roles.yaml igo_staff) after a
  description's possessive is the body's, as "the IMF's board" is, when the body was named
  before and no other of the description's head word was told since
  (Resolver._described_staff).
- "an IMF staff team ... the team met X's prime minister": the group takes in "team", so the
  later "the team" finds the body's party.
- "the bank's country director, X,": a lender's or agency's officer posted in one state
  (offices.yaml igo_titles) acts for the body.

The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-05-12"


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
            "The International Monetary Fund approved a $60 million loan for Tonga on Friday. "
            "The fund's executive board also urged Tonga's government to cut fuel subsidies.",
            ("IMF", "TON", "02"),
        ),
        (
            "The World Bank froze a road loan to Malawi in March. The bank's board urged "
            "Malawi's government to compensate the evicted families.",
            ("WB", "MWI", "02"),
        ),
        (
            "The loan was announced by the head of an IMF staff team at the end of a mission "
            "to Honiara, during which the team met Solomon Islands' prime minister.",
            ("IMF", "SLB", "04"),
        ),
        (
            "The World Bank froze a road loan to Zambia in March. In a letter, the bank's "
            "country director, Marta Lindqvist, set out its conditions. Lindqvist met Zambia's "
            "finance minister in Lusaka on Monday.",
            ("WB", "ZMB", "04"),
        ),
    ],
)
def test_review120_described_staff(body: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in _coded(body)


@pytest.mark.parametrize(
    "body",
    [
        # a state's court told since the ICC: its registry is no staff of the ICC
        "The International Criminal Court opened a case on Monday. A Mombasa court jailed "
        "the suspect last year. The court's registry urged Kenya to send the file.",
        # no body named before: "the bank" is any bank
        "Kenya's largest lender reported record profits. The bank's board urged Uganda's "
        "government to repay its debts.",
        # a state's team named: "the team" stays its own, no body's
        "A Japanese medical team arrived in Malawi on Monday, and the team met Malawi's "
        "health minister.",
    ],
)
def test_review120_no_body_staff(body: str) -> None:
    coded = _coded(body)
    assert not [c for c in coded if c[0] in ("ICC", "WB", "IMF")], coded
