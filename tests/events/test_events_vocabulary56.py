"""Vocabulary 56 (session 36, RULE): rulings of the lead on codes.

1. A subsidy (countervailing) probe into another state's goods is a trade measure (16), as an
   anti-dumping probe is (patterns.yaml investigate_refine); a probe of crime or corruption,
   subsidy fraud included, stays an investigation (09).
2. Ties, relations or a relationship a state says it will review or reconsider are threatened
   (13, v.review_ties), as cooperation is; a review under way or done, one on a meeting's
   agenda and one another state is urged to make are none.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a subsidy probe of another state's goods is a trade measure; a crime probed stays 09
PROBES: list[Case] = [
    ("LIMA", "Peru opened an inquiry into Chilean steel subsidies on Monday.", "PER>CHL:16"),
    ("WELLINGTON", "New Zealand investigated Australian dairy subsidies.", "NZL>AUS:16"),
    (
        "OTTAWA",
        "Canada launched a countervailing duty investigation into Brazilian aluminium.",
        "CAN>BRA:16",
    ),
    (
        "LIMA",
        "Peru opened an investigation into subsidy fraud by Chilean officials.",
        "PER>CHL:09",
    ),
    ("LIMA", "Peru opened a corruption probe into Chilean officials.", "PER>CHL:09"),
]

# 2. ties or relations reviewed ahead are threatened
REVIEWS: list[Case] = [
    ("QUITO", "Ecuador said it would review its trade ties with Peru.", "ECU>PER:13"),
    (
        "HANOI",
        "Vietnam will reconsider its military relations with Laos, the defence ministry said.",
        "VNM>LAO:13",
    ),
    ("ACCRA", "Ghana said it would reassess its relationship with Togo.", "GHA>TGO:13"),
    (
        "QUITO",
        "Ecuador said it would review its ties with Peru if the border stayed closed.",
        "ECU>PER:13",
    ),
    # another state urged to rethink its ties is appealed to, not threatened
    ("PARIS", "France urged Niger to reconsider its ties with Russia.", "FRA>NER:02"),
]

CASES: list[Case] = PROBES + REVIEWS

NONE: list[NearMiss] = [
    # a state's own subsidies probed touch no other state
    ("OSLO", "Norway opened an inquiry into its own farm subsidies."),
    # a review under way or done, or on the agenda of a meeting, threatens no one
    ("ACCRA", "Ghana said it was reviewing its ties with Togo."),
    ("ACCRA", "Ghana reviewed its ties with Togo last year."),
    ("ACCRA", "The two presidents will review bilateral ties between Ghana and Togo."),
    (
        "ACCRA",
        "The leaders of Ghana and Togo will review relations between their countries at the "
        "summit.",
    ),
    ("ACCRA", "Ghana and Togo will review their trade relations during the visit."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary56_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary56_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
