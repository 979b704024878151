"""Review 138 (session 45, P6): another state's offer, invitation or request not accepted,
and refusals that are still open or bound to a condition.

- v.not_accept_claim (a denied "accept" of another state's claim or terms, 120) now names
  offers, invitations, requests, terms, mediation and plans as well: "Chile did not accept
  Peru's offer to mediate" rejects it, as "rejected Peru's offer" does.
- A pattern that fires only on a denied trigger (when_negated) stays silent when the denial
  is still open ("has not yet accepted": rules pending_adverbs, modality._pending) or bound to
  a condition ("would not accept the offer if ...": modality._conditioned), as the refusal
  read from "will not" (modality._refusal) already was.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("SANTIAGO", "Chile did not accept Peru's offer to mediate.", "CHL>PER:12"),
    (
        "SANTIAGO",
        "A spokeswoman said Chile did not accept Bolivia's offer of talks.",
        "CHL>BOL:12",
    ),
    ("ACCRA", "Ghana will not accept Togo's invitation to the summit.", "GHA>TGO:12"),
    ("ACCRA", "Ghana has not accepted Nigeria's request for more troops.", "GHA>NGA:12"),
    ("HANOI", "Vietnam would not accept China's plan for the disputed islands.", "VNM>CHN:12"),
    # the older objects keep coding
    ("HANOI", "Vietnam will never accept China's claim to the islands.", "VNM>CHN:12"),
]

NEAR_MISSES: list[NearMiss] = [
    # still open
    ("ACCRA", "Ghana has not yet accepted Togo's invitation to the summit."),
    ("HANOI", "Vietnam has not yet accepted China's proposal."),
    # bound to a condition
    ("ACCRA", "Ghana would not accept Togo's offer if it came with conditions."),
    ("HANOI", "Vietnam would not accept China's proposal if it meant ceding the islands."),
    # no state's offer
    ("ACCRA", "Ghana did not accept the offer."),
    ("HANOI", "No state will accept Russia's plan."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review138_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review138_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
