"""Review 257 (session 63, O92): a body admitting a state to a status held with it.

"ASEAN admitted Peru as a sectoral dialogue partner", "the African Union admitted Morocco as an
observer": v.admit_member (054) reads a status word of the as-phrase (member, ... and now
partner and observer) from the clause; a partner or observer status is held with the body as a
membership is.

Near misses: a person admitted as a speaker; a body admitting no state; admission of a fact.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ADDIS ABABA",
        "The African Union on Monday admitted Morocco as an observer to its peace council.",
        "AU>MAR:05",
    ),
    (
        "JAKARTA",
        "The Association of Southeast Asian Nations admitted Chile as a sectoral dialogue "
        "partner on Friday.",
        "ASEAN>CHL:05",
    ),
]
NONE: list[NearMiss] = [
    (
        "GENEVA",
        "The WHO admitted a new member on Friday, a health official said.",
    ),
    (
        "ADDIS ABABA",
        "The African Union on Monday admitted a journalist from Senegal as a speaker at its "
        "summit.",
    ),
    (
        "ROME",
        "Italy's finance minister admitted the budget was a partner's idea.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review257_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review257_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
