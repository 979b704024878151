"""Review 101 (session 57, O86): "the two sides" after the stops of one party's trip.

"Norway and Chile signed ... The Chilean minister was received ... on the first day of a
European tour that also takes her to Denmark and Sweden. ... the two sides had also agreed to
start talks" took the tour's stops for the pair, and coded Denmark and Sweden agreeing. A list
that is the object of "to"/"of" on a trip noun ("a tour of Denmark and Sweden"), or on a verb of
a relative clause on one ("a tour that takes her to ..."), names places one party goes, no pair
"the two sides" refers to (plurals.yaml trip_nouns, plurals._trip_stops); the pair that signed
is. A pair that acted together ("Denmark and Sweden signed") is still the two sides.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
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
    (
        "SANTIAGO",
        "Peru and Chile signed a fishing agreement on Friday. The Peruvian minister was received"
        " by Chile's president on the first day of a tour that also takes her to Argentina and"
        " Uruguay. Chile's Foreign Ministry said the two sides had also agreed to start talks on"
        " a tax treaty.",
        "PER>CHL:05 CHL>PER:05 CHL>PER:04 PER>CHL:03 CHL>PER:03",
    ),
    (
        "NAIROBI",
        "Kenya and Ghana signed a trade agreement on Tuesday, during a tour of Uganda and"
        " Rwanda by the Ghanaian minister. The two sides also agreed to start talks on visas.",
        "KEN>GHA:05 GHA>KEN:05 KEN>GHA:03 GHA>KEN:03",
    ),
    # a pair that acted together is still the two sides
    (
        "COPENHAGEN",
        "Denmark and Sweden signed a fishing agreement on Friday. The two sides also agreed to"
        " start talks on a tax treaty.",
        "DNK>SWE:05 SWE>DNK:05 DNK>SWE:03 SWE>DNK:03",
    ),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review101_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_actors_review101_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
