"""Review 92 (session 33, NOCODE2): a loan signed or a credit line opened for another state's
works or buyers is economic aid (v.sign_loan, 071; 03 when pledged).

"Kuwait signed a $300 million loan for a power plant in Jordan": the census of misses whose
sentence names both actors found money lent for works told with the verbs of the paperwork
(sign, open) where v.provide_aid reads provide or extend; the recipient is the for- or
to-phrase's state, as a place of the works or a modifier of its buyers. Kept uncoded: a
with- or from-phrase (the borrower signs a loan too: "Jordan signed a loan with Kuwait"), a
loan for the lender's own works, a loan told by another state's ministry. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "AMMAN",
        "Kuwait signed a $300 million loan for a power plant in Jordan's southern province.",
        "KWT>JOR:07",
    ),
    (
        "AMMAN",
        "Kuwait will open a $1 billion credit line for Jordanian purchases of Kuwaiti fuel.",
        "KWT>JOR:03",
    ),
    (
        "DAKAR",
        "The Moroccan Fund for Development signed a 50 million euro loan for a desalination"
        " plant in Senegal's north.",
        "MAR>SEN:07",
    ),
    # a state's development fund named by its possessor (a Gap until session 38: S51 added
    # "development fund" to the state lenders)
    (
        "DAKAR",
        "Morocco's development fund signed a 50 million euro loan for a desalination plant in"
        " Senegal on Monday.",
        "MAR>SEN:07",
    ),
]

NONE: list[NearMiss] = [
    # a with- or from-phrase: the borrower signs too
    ("AMMAN", "Kuwait signed a $300 million loan with Jordan."),
    ("AMMAN", "Jordan signed a $300 million loan from Kuwait for a power plant in its south."),
    ("AMMAN", "Jordan opened a credit line with Kuwait's central bank."),
    # the lender's own works; the borrower told by the lender's ministry
    ("AMMAN", "Kuwait signed a $300 million loan for a power plant in its southern province."),
    ("AMMAN", "Jordan signed a $300 million loan, Kuwait's finance ministry said."),
]

GAPS: list[Gap] = [
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review92_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review92_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
