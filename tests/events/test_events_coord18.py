"""Coordination 18 (session 23, builder PR): pairs and coordinated actors across the
development sets.

Coded: a joint body the pair fields together ("the two leaders agreed to send a joint team
of surveyors", v.send_joint: cooperation, 03 when only agreed); talks restarted as talks
resumed ("agreed to restart talks on a trade deal", v.hold_talks). Each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

JOINT_BODIES: list[Case] = [
    (
        "ACCRA",
        "Ghana's president spoke by telephone with his Togolese counterpart on Friday, and the "
        "two leaders agreed to send a joint team of engineers to the border.",
        "GHA>TGO:04 GHA>TGO:03 TGO>GHA:03",
    ),
    (
        "ABUJA",
        "Nigeria and Niger deployed a joint border force on Tuesday to hunt down kidnappers.",
        "NGA>NER:06 NER>NGA:06",
    ),
    (
        "LIMA",
        "Peru and Bolivia agreed on Monday to dispatch a joint mission of engineers to Lake "
        "Titicaca.",
        "PER>BOL:03 BOL>PER:03",
    ),
    (
        "TASHKENT",
        "Uzbekistan's president hosted his Tajik counterpart in Tashkent on Monday. Later the "
        "two men agreed to send a joint commission to survey the disputed valley.",
        "UZB>TJK:04 UZB>TJK:03 TJK>UZB:03",
    ),
    # teams each side sends are no joint body: aid to the third state only
    ("CAIRO", "Egypt and Jordan sent rescue teams to Turkey on Sunday.", "EGY>TUR:07 JOR>TUR:07"),
]

JOINT_BODIES_NOT: list[NearMiss] = [
    # teams each side sends are no joint body; a joint team of one state names no partner
    ("MANILA", "The Philippines sent a joint team of soldiers and police to the island."),
    ("NAIROBI", "Kenya and Uganda sent a team of surveyors to the lake on Monday."),
    ("ROME", "Fiat and Renault agreed to send a joint team of engineers to the plant."),
]

RESTARTED_TALKS: list[Case] = [
    (
        "OTTAWA",
        "Canada and Mexico named new ambassadors to each other's capitals and agreed to "
        "restart talks on a trade deal.",
        "CAN>MEX:05 MEX>CAN:05 CAN>MEX:03 MEX>CAN:03",
    ),
    (
        "SANTIAGO",
        "Peru and Chile restarted talks on a fishing accord in Santiago on Monday.",
        "PER>CHL:04 CHL>PER:04",
    ),
    (
        "HANOI",
        "Vietnam restarted negotiations with Cambodia on the river border on Thursday.",
        "VNM>KHM:04",
    ),
]

RESTARTED_TALKS_NOT: list[NearMiss] = [
    ("WARSAW", "The Polish carmaker restarted talks with its unions on Monday."),
    ("MADRID", "Spain restarted its nuclear reactors after the heat wave."),
]

NONE: list[NearMiss] = JOINT_BODIES_NOT + RESTARTED_TALKS_NOT
GAPS: list[Gap] = [
    (
        "CAIRO",
        "Egypt and Jordan sent rescue teams to the flooded villages on Sunday.",
        "",
        "v.send_rescue is reciprocal: with no target named it codes the senders' aid to each "
        "other (EGY>JOR 07 both ways)",
    ),
]
CASES = JOINT_BODIES + RESTARTED_TALKS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord18_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
