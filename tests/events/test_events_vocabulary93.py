"""Vocabulary 93 (session 49, lead): claims named untrue are disapproved of; a plan or a
deal vetoed or blocked is rejected.

"Chile described Bolivia's claims as 'pure fantasy'", "called the report propaganda",
"branded the accusations lies": the wrong names of v.describe_as / v.call_names
(patterns.yaml &wrong_names) now hold words that call a claim untrue. A talk or a film named
so by no state acting on another codes nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("SANTIAGO", 'Chile described Bolivia\'s claims as "pure fantasy."', "CHL>BOL:11|12"),
    ("MOSCOW", "Russia called the Ukrainian report propaganda.", "RUS>UKR:11|12"),
    ("BEIJING", "China branded the Philippine accusations lies.", "CHN>PHL:11|12"),
    ("RABAT", "Morocco described Algeria's account of the clash as a fabrication.", "MAR>DZA:11|12"),
    ("BUDAPEST", "Hungary vetoed the EU's plan to fund weapons for Ukraine.", "HUN>EU:12"),
    ("MOSCOW", "Russia blocked Georgia's candidacy for the council.", "RUS>GEO:12"),
    ("WARSAW", "Poland blocked the EU budget on Tuesday.", "POL>EU:12"),
]

NEAR_MISSES: list[NearMiss] = [
    ("SANTIAGO", "Chile described the talks with Bolivia as constructive."),
    ("SANTIAGO", "The minister described the film about Bolivia as pure fantasy."),
    ("MOSCOW", "Russia did not call the Ukrainian report propaganda."),
    ("NAIROBI", "The court blocked the government's plan to build a dam."),
    ("BUDAPEST", "Hungary did not block the EU budget."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary93_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary93_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
