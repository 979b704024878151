"""Review 201 (session 58, O79): a trade mission called off; a demand after a protest lodged.

"Colombia postponed a trade mission that was to have traveled to Ecuador": a mission or a
delegation called off is a visit called off (patterns.yaml v.cancel_engagement, 160), its
destination the target; a mission to no state ("a mission to the Moon", "a rescue mission
to the stranded boat") codes nothing.

"Ghana lodged a formal protest with Togo ... and demanded that its diplomats be allowed to
see them": a demand naming no one, joined after a protest lodged or filed with a state, is
made of that state (rules.yaml talk_address_verbs: lodge, file; extract._after_talk), as
after "protested to Togo".

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MISSION: list[Case] = [
    (
        "QUITO",
        "Colombia also postponed a trade mission that was to have traveled to Ecuador in October.",
        "COL>ECU:16",
    ),
    ("NAIROBI", "Uganda cancelled a trade mission to Kenya after the row over sugar tariffs.", "UGA>KEN:16"),
    ("HANOI", "Vietnam postponed a delegation to Cambodia on Tuesday.", "VNM>KHM:16"),
]
LODGED: list[Case] = [
    (
        "ACCRA",
        "Ghana lodged a formal protest with Togo on Monday over the detention of 12 fishermen, "
        "and demanded that its diplomats be allowed to see them.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
    (
        "TIRANA",
        "Albania filed a protest with Greece over the arrest of two truck drivers and demanded "
        "that its consul be allowed to visit them.",
        "ALB>GRC:11 ALB>GRC:10",
    ),
]

CASES: list[Case] = MISSION + LODGED
NONE: list[NearMiss] = [
    # a mission to no state
    ("QUITO", "The space agency postponed a mission to the Moon on Tuesday."),
    ("QUITO", "Ecuador delayed a rescue mission to the stranded fishing boat."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review201_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review201_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
