"""Review 71 (session 37, helper AID): a state's instructors act for its armed services.

"South Korean instructors will also train Polish crews": a nationality before "instructors"
made no actor, so the training (v.train_forces, 062) had no source. Instructors, and military
trainers and advisers, are now role nouns of a state's military (roles.yaml MIL), as
"military engineers" and "naval officers" were; engineers with no military word stay no
state's (a firm's engineers are common). Every sentence was written for this file; each row
is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

# a state's instructors train another state's forces: military cooperation
CASES: list[Case] = [
    ("WARSAW", "South Korean instructors will also train Polish tank crews.", "KOR>POL:03|06"),
    ("BAMAKO", "Turkish instructors trained Malian soldiers last year.", "TUR>MLI:06"),
    ("NDJAMENA", "French military trainers coached Chadian commandos in May.", "FRA>TCD:06"),
]

NONE: list[NearMiss] = [
    # no state's trainees, or no one trained
    ("HANOI", "Vietnamese instructors arrived in Hanoi on Monday."),
    ("HANOI", "The instructors trained Lao recruits, the report said."),
]

GAPS: list[Gap] = [
    (
        "ULAANBAATAR",
        "Japanese engineers will train Mongolian crews.",
        "JPN>MNG:03|06",
        "engineers with no military word are no state's (a firm's engineers are common); the"
        " story's context would have to say they serve the state",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review71_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review71_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
