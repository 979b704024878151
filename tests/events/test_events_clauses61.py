"""Clauses 61 (session 46, O65): a place near a border lies in no state its name tells.

"Jordan's army raided a warehouse near the Syrian border" was coded as an attack on Syria:
the object's place phrase (obj_place) took "near the Syrian border" as inside Syria. A border
has two sides, so a place near one (shared_border_nouns after "near") is no target now
(clauses._near_border); a place near a town or in a named region still is.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a place near a town, or inside a named region, is still the town's or region's state
    ("KYIV", "Russian forces shelled a village near Kharkiv on Monday.", "RUS>UKR:19"),
    (
        "KYIV",
        "Russian drones struck a depot in Ukraine's Sumy region near the Russian border.",
        "RUS>UKR:19",
    ),
    (
        "SEOUL",
        "North Korean troops shelled a South Korean island near the maritime border.",
        "PRK>KOR:19",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    (
        "AMMAN",
        "Jordan's army said it had arrested two smugglers in the north and raided a warehouse"
        " near the Syrian border.",
    ),
    ("ANKARA", "Turkish police raided a farm near the Iranian frontier on Monday."),
    ("TASHKENT", "Uzbek troops stormed a house near the Tajik border overnight."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses61_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses61_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
