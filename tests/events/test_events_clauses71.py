"""Clauses 71 (session 57, O85): support or funding for a state put under review ahead.

Wire copy tells a threat to cut aid as a review to come ("Norway would review its support for
Senegal if the crew were not freed", "said it would review its funding for Senegal's
fisheries ministry"): support and funding reviewed ahead are aid threatened (v.review_ties,
1311), as aid and assistance were; the one they go to is named by "for" as well as by "to"
or "with". A review done ("reviewed its support ... on Monday": future_only) or of support
for no state ("its support for renewable energy") is none.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

REVIEWED: list[Case] = [
    (
        "OSLO",
        "Norway said it would review its funding for Senegal's fisheries ministry if the crew "
        "were not freed.",
        "NOR>SEN:13",
    ),
    (
        "OSLO",
        "Norway would review its support for Senegal if the crew were not freed within a week, "
        "the foreign minister said.",
        "NOR>SEN:13",
    ),
]
REVIEWED_NOT: list[NearMiss] = [
    (
        "OSLO",
        "Norway's parliament reviewed its support for a fisheries programme in Senegal on Monday.",
    ),
    ("OSLO", "Norway said it would review its support for renewable energy next year."),
]
GAPS: list[Gap] = [
    (
        "OSLO",
        "Norway's foreign minister said Norway would review its support for a fisheries "
        "programme in Senegal if the crew were not freed within a week.",
        "NOR>SEN:13",
        "the state is the place of the programme supported, a phrase under the for-phrase",
    ),
]

CASES: list[Case] = REVIEWED
NONE: list[NearMiss] = REVIEWED_NOT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses71_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses71_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
