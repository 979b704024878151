"""Reactions 50 (session 39, builder CTX3): a third state's judgement of a loan answers both parties.

"Japan lent Vietnam $500 million ... Thailand praised the loan": a loan passes money from one
state to another, as a delivery or an extradition passes goods or people, so a third state's
reaction answers the borrower as well as the lender (rules passage_nouns gains loan;
reactions._passage_receiver). The borrower's own praise answers the lender only, and "the
decision" keeps the doer alone.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a third state's judgement of a loan: lender and borrower
LOAN: list[Case] = [
    (
        "HANOI",
        "Japan lent Vietnam $500 million on Monday to build a metro line. Thailand praised the"
        " loan.",
        "JPN>VNM:07 THA>JPN:05 THA>VNM:05",
    ),
    (
        "HANOI",
        "Japan granted Vietnam a $500 million loan on Monday to build a metro line. China"
        " criticized the loan.",
        "JPN>VNM:07 CHN>JPN:11 CHN>VNM:11",
    ),
    (
        "DHAKA",
        "China lent Bangladesh $2 billion on Tuesday for a bridge. India criticized the loan on"
        " Wednesday.",
        "CHN>BGD:07 IND>CHN:11 IND>BGD:11",
    ),
]

# the borrower's own praise, and a deed noun: the lender only
ONE_PARTY: list[Case] = [
    (
        "HANOI",
        "Japan lent Vietnam $500 million on Monday to build a metro line. Vietnam praised the"
        " loan.",
        "JPN>VNM:07 VNM>JPN:05",
    ),
    (
        "HANOI",
        "Japan lent Vietnam $500 million on Monday to build a metro line. Thailand praised the"
        " decision.",
        "JPN>VNM:07 THA>JPN:05",
    ),
]

NONE: list[NearMiss] = []

# a loan agreed (coded as intent, 03) is told in tests/events/test_events_reactions51.py
GAPS: list[Gap] = []

CASES: list[Case] = LOAN + ONE_PARTY


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions50_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions50_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
