"""Open gaps 25 (session 25, builder OL): open gaps of earlier builders, precision first.

Coded: an act whose infinitive a "take" with an object of time measures is told as lasting,
not planned (parties._block_state, rules.yaml lasting_verbs: "Kenya said it would take time
to repair relations with Tanzania" gave 030). Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LASTING_ACTS: list[Case] = [
    # kept: steps taken, work done or a wish to repair ties is intent
    (
        "NAIROBI",
        "Kenya said it would take steps to repair relations with Tanzania.",
        "KEN>TZA:03",
    ),
    (
        "LIMA",
        "Peru said it wanted to restore ties with Bolivia after the election.",
        "PER>BOL:03",
    ),
]

LASTING_ACTS_NOT: list[NearMiss] = [
    ("NAIROBI", "Kenya said it would take time to repair relations with Tanzania."),
    ("LIMA", "Peru said it would take years to restore ties with Bolivia."),
    ("WARSAW", "It will take decades to rebuild trust with Russia, Poland's president said."),
    ("SANTIAGO", "Chile said it could take months to resume talks with Argentina."),
]

NONE: list[NearMiss] = LASTING_ACTS_NOT
GAPS: list[Gap] = []
CASES = LASTING_ACTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_open25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_open25_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
