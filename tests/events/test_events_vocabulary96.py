"""Vocabulary 96 (session 52, O73): thanks voiced as a present wish.

- '"I want to thank Peru"', '"We would like to congratulate Ghana"', "said he wants to
  congratulate Laos": saying one wants (wishes, would like) to thank, congratulate, apologize,
  commend or salute does it, so the wish makes no intent (03) of the act
  (parties._performative_wish, rules.yaml performative_wishes / performative_acts).
- A past or negated wish, a plan to thank, and any other act wanted keep their reading: "said
  she wanted to thank" (03), "plans to thank" (03), '"We do not want to apologize"' (nothing),
  "wants to buy gas from" (03).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a present wish to thank or congratulate is the thanks (051)
    ("SANTIAGO", '"I want to thank Peru for listening," Chile\'s foreign minister, Ana Rojas, said on Monday.', "CHL>PER:05"),
    ("NAIROBI", '"We would like to thank Ghana for its patience," Kenya\'s foreign minister said.', "KEN>GHA:05"),
    ("HANOI", "Vietnam's president said he wants to congratulate Laos on its new government.", "VNM>LAO:05"),
    # a past wish, a plan, or another act wanted: still intent
    ("NAIROBI", "Kenya's foreign minister said she wanted to thank Ghana for its help.", "KEN>GHA:03"),
    ("LIMA", "Peru's president plans to thank Chile in person next week.", "PER>CHL:03"),
    ("LIMA", '"I want to visit Chile soon," Peru\'s president Luis Vargas said.', "PER>CHL:03"),
    ("OSLO", "Norway wants to buy gas from Denmark.", "NOR>DNK:03"),
]

NEAR_MISSES: list[NearMiss] = [
    # a negated wish thanks no one
    ("OSLO", '"We do not want to apologize to Denmark," Norway\'s prime minister said.'),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary96_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary96_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
