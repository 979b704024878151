"""Review 59 (session 32, helper S40): "both governments" is never an IGO.

"Lebanon filed a complaint with the U.N. Security Council ... The State Department said it was in
contact with both governments" sent the contact to Lebanon and the UN: the plural took the
sentence before's parties, an IGO among them. A plural of governments (plurals.yaml
government_nouns) now drops IGOs from the sets it may stand for, as "the two countries" does
(state_nouns), without that list's preference for the speaker's own pair (a mediator speaks of
"the two governments" it went between). "Both capitals" is left out: "officials in both
capitals" beside a bloc's summit would take a pair the gold does not list. Every sentence was
written for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
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

CASES: list[Case] = [
    # an IGO the complaint went to is none of the two governments
    (
        "LIMA",
        "Chile filed a complaint with the U.N. Security Council on Monday after a Bolivian drone "
        "strike killed two Chilean soldiers. Britain said it was in contact with both governments.",
        "CHL>UN:11 BOL>CHL:19",
    ),
    # kept: a pair of states at odds
    (
        "QUITO",
        "Ecuador and Colombia traded accusations at the OAS on Monday. Mexico said it was in "
        "contact with both governments.",
        "ECU>COL:11 COL>ECU:11 MEX>ECU:04 MEX>COL:04",
    ),
    (
        "HANOI",
        "Vietnam accused Cambodia of moving border markers. Japan urged both governments to "
        "settle the dispute.",
        "VNM>KHM:11 JPN>VNM:02 JPN>KHM:02",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru lodged a protest with the United Nations over a Chilean raid. Spain said it was in "
        "touch with both governments.",
        "PER>CHL:11 ESP>PER:04 ESP>CHL:04",
        "the raid's author is a modifier of the protest's object, no party the plural reads",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review59_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review59_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
