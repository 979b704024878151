"""Vocabulary 35 (session 29, helper S31): a state's people visiting a country is no visit of
the state.

"More than a million Spaniards visit Mexico each year" coded Spain visiting Mexico (042): a
bare demonym plural is a group with no role, the state's people, who travel for no state.
v.visit now takes as its subject a person, a delegation, a state's travellers
(traveller_nouns: officials, ministers), a body of the state (a group with a role:
extract._state_body, "Chinese warships") or the state or its capital. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# kept: leaders, envoys, officials, forces and states visit
CASES: list[Case] = [
    ("ANKARA", "Germany's chancellor visited Ankara on Monday.", "DEU>TUR:04"),
    ("CANBERRA", "Chinese officials visited Canberra on Monday.", "CHN>AUS:04"),
    ("CAIRO", "A Saudi delegation visited Cairo on Monday.", "SAU>EGY:04"),
    ("HAVANA", "Two Russian warships visited Havana on Monday.", "RUS>CUB:04"),
    ("TRIPOLI", "Turkey's navy visited Tripoli last week.", "TUR>LBY:04"),
    # an organisation's people act for it
    ("TBILISI", "OSCE observers visited Georgia on Monday.", "OSCE>GEO:04"),
]

# a state's people, counted or not, travel for no state
NONE: list[NearMiss] = [
    ("VILNIUS", "Thousands of Poles visit Lithuania every summer."),
    ("ISTANBUL", "More than two million Germans visit Turkey each year."),
    ("LIMA", "Hundreds of thousands of Chileans visited Peru last year."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary35_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary35_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
