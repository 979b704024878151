"""Reactions 51 (session 40, builder CTX4): a judgement of a loan or grant only promised.

"Japan agreed to lend Vietnam $2 billion ... Thailand praised the loan": a loan, grant or credit
agreed or pledged is coded as a promise (03), which the deed noun (roots 07 of its own
patterns) did not answer, so the praise found no target (block `no-deed-target`). A promise
that tells the noun's act in its own words (the trigger "lend", or "a loan", "a grant" among
its complements; act_derivations gains "loan lend") is that deed (reactions._pledged_deed),
and a third state's judgement reaches the receiver too, as a delivery's does (passage_nouns
gains grant and credit; reactions._passage_receiver). The borrower's own praise answers the
lender alone; "the decision" keeps the doer alone; a promise of something else, or a loan only
asked for, gives "the loan" nothing.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a third state's judgement of a promised loan, grant or credit: lender and borrower
PROMISED: list[Case] = [
    (
        "BISHKEK",
        "China agreed on Wednesday to lend Kyrgyzstan $1.2 billion for a railway. Uzbekistan"
        " welcomed the loan.",
        "CHN>KGZ:07 UZB>CHN:05 UZB>KGZ:05",
    ),
    (
        "HANOI",
        "Japan will lend Vietnam $2 billion for a metro line, officials said on Monday. Thailand"
        " criticized the loan.",
        "JPN>VNM:03 THA>JPN:11 THA>VNM:11",
    ),
    (
        "HANOI",
        "Japan pledged a $2 billion loan to Vietnam on Monday. Thailand praised the loan.",
        "JPN>VNM:03 THA>JPN:05 THA>VNM:05",
    ),
    (
        "MANILA",
        "Australia agreed on Tuesday to extend a $400 million credit line to the Philippines."
        " China criticized the credit.",
        "AUS>PHL:03 CHN>AUS:11 CHN>PHL:11",
    ),
    (
        "SUVA",
        "New Zealand said on Friday it would give Fiji a grant of $50 million for schools."
        " Australia welcomed the grant.",
        "NZL>FJI:03 AUS>NZL:05 AUS>FJI:05",
    ),
    (
        "VIENTIANE",
        "Japan agreed to lend Vietnam $2 billion on Monday, and China pledged to build a port in"
        " Laos. Thailand praised the loan.",
        "JPN>VNM:07 CHN>LAO:03 THA>JPN:05 THA>VNM:05",
    ),
]

# the borrower's own praise and "the decision": the lender alone
ONE_PARTY: list[Case] = [
    (
        "HANOI",
        "Japan agreed to lend Vietnam $2 billion on Monday. Vietnam praised the loan.",
        "JPN>VNM:07 VNM>JPN:05",
    ),
    (
        "HANOI",
        "Japan agreed to lend Vietnam $2 billion on Monday. Thailand praised the decision.",
        "JPN>VNM:07 THA>JPN:05",
    ),
]

# no loan promised: another promise, or a loan only asked for
NO_LOAN: list[Case] = [
    (
        "HANOI",
        "Japan pledged on Monday to send 300 engineers to Vietnam. Thailand criticized the loan.",
        "JPN>VNM:03",
    ),
    (
        "HANOI",
        "Vietnam asked Japan for a $2 billion loan on Monday. Thailand criticized the loan.",
        "VNM>JPN:02",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES: list[Case] = PROMISED + ONE_PARTY + NO_LOAN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions51_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions51_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
