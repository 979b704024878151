"""Review 82 (session 32, helper ROOTX): acts coded at the wrong root, read from the extras of
the development sets.

MILITARY STAFF: armed servants of a state withdrawn from another ("withdrew its military
personnel from Somalia") are troops withdrawn (0874, v.withdraw_military_staff), not envoys
recalled (161, v.recall_envoy reads bare staff and personnel). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MILITARY_STAFF: list[Case] = [
    (
        "NAIROBI",
        "Kenya withdrew its military personnel from Somalia in 2024.",
        "KEN>SOM:08",
    ),
    ("PARIS", "France pulled its defense staff out of Niger last year.", "FRA>NER:08"),
    # near misses in kind: diplomats and bare staff are envoys recalled
    ("OTTAWA", "Canada withdrew its embassy personnel from Haiti.", "CAN>HTI:16"),
    ("MADRID", "Spain withdrew its personnel from Venezuela.", "ESP>VEN:16"),
]

CASES: list[Case] = MILITARY_STAFF
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review82_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review82_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
