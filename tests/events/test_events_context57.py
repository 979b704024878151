"""A work two states open together (session 31, CTX2): "X and Y opened a new road bridge".

v.open_joint_work codes two states opening or inaugurating a work together (a bridge, a
station, a terminal, a road ...) as material cooperation (061) both ways. Coded, the opening
is the joint act the story's later answers reach: a share of its cost paid by a third state
(reactions._project_sides), money "for the approach roads", "welcomed the opening". Kept: one
state opening its own work (no partner: target_kind "state" searches no clause or context),
two officials opening one (unless_subject: a ceremony),
the passive "inaugurated by" its two ministers (a restatement, forbid nsubjpass), "opened
fire", "opened talks" (v.hold_talks, 04), "opened a border crossing" (v.reopen_border, 08).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "OSLO",
        "Norway and Finland inaugurated a joint rescue station in the Arctic on Tuesday.",
        "NOR>FIN:06 FIN>NOR:06",
    ),
    (
        "QUITO",
        "Ecuador and Colombia opened a new road bridge on Friday. Spain paid 40 million euros of "
        "its cost, and Chile contributed 5 million dollars for the approach roads. Brazil "
        "welcomed the opening.",
        "ECU>COL:06 COL>ECU:06 ESP>COL:07 ESP>ECU:07 CHL>COL:07 CHL>ECU:07 BRA>ECU:05 BRA>COL:05",
    ),
    (
        "NAIROBI",
        "Kenya opened a new bridge with Tanzania on Monday.",
        "KEN>TZA:06",
    ),
    (
        "BAKU",
        "Georgia and Armenia opened a road bridge over the Debed River on Tuesday. The bridge was "
        "inaugurated by Georgia's transport minister and Armenia's deputy prime minister.",
        "GEO>ARM:06 ARM>GEO:06",
    ),
    # other objects of "open" keep their own patterns
    (
        "NAIROBI",
        "Kenya and Tanzania opened talks on a railway.",
        "KEN>TZA:04 TZA>KEN:04",
    ),
    (
        "NAIROBI",
        "Kenya and Tanzania opened a new border crossing on Monday.",
        "KEN>TZA:08 TZA>KEN:08",
    ),
]

NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya opened a new highway to the port of Mombasa on Monday."),
    (
        "KATHMANDU",
        "The quarrel began in 2019, when Bhutan inaugurated a road to the valley and Nepal's "
        "parliament responded by approving a new map.",
    ),
    ("NAIROBI", "Kenya and Tanzania opened fire on the rebels."),
    # a work opened "to" a third party: access each gives, no joint work
    ("TALLINN", "Estonia and Latvia opened their airfields to allied tankers on Monday."),
    ("TALLINN", "Estonia and Latvia opened their roads to Ukrainian trucks on Monday."),
    # two officials cutting a ribbon: a ceremony, not the states' act
    (
        "ACCRA",
        "Ghana's transport minister and his Togolese counterpart inaugurated a bus terminal on "
        "Friday.",
    ),
]
GAPS: list[Gap] = []

# the work itself welcomed: the opening coded is the deed it answers
CASES += [
    (
        "OSLO",
        "Norway and Finland inaugurated a joint rescue station in the Arctic on Tuesday. Sweden "
        "welcomed the station.",
        "NOR>FIN:06 FIN>NOR:06 SWE>NOR:05 SWE>FIN:05",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context57_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context57_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
