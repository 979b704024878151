"""Review 47 (session 25, lead): a guest is a visitor of the welcomer's own state's visit.

"his guest" names the visitor of a visit told before (actors/described._find_guests,
0137486). When the visit told before went to another state than the welcomer's ("Thailand's
prime minister visited Laos. Cambodia's prime minister welcomed his guest"), the guest is
someone else: no visitor is taken (_welcomer_state against host_before). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

GUESTS: list[Case] = [
    (
        "HANOI",
        "A two-day visit by Japan's prime minister began on Monday. Vietnam's president "
        "welcomed his guest at the palace.",
        "VNM>JPN:04",
    ),
    (
        "BANGKOK",
        "Thailand's prime minister visited Laos on Monday. Cambodia's prime minister welcomed "
        "his guest at a ceremony in Phnom Penh.",
        "THA>LAO:04",
    ),
    (
        "NAIROBI",
        "Ethiopia's president began a state visit to Kenya on Tuesday. Uganda's president "
        "welcomed his guest in Kampala later that day.",
        "ETH>KEN:04",
    ),
]
NONE: list[NearMiss] = []
CASES = GUESTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review47_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review47_guests(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
