"""Review 178 (session 54, lead): joint work broken off, pressure withstood.

Root 16 and 12 forms written to probe the coder (no gold sentence): "suspended a joint oil
project with China", "halted joint patrols with Cambodia" reduce relations (160,
v.suspend_joint_work), as leaving a joint project does, but a drill "ended" may end as
planned; "resisted pressure from Washington", "withstood pressure from Brazil" refuse it (120,
v.resist_pressure, the helper C54's pattern, which reads a from-phrase hung on the verb too).
Tried and left out at the merge (older rows decide otherwise): loans and lending stopped as
aid stopped ("The IMF suspended its loan program for Sri Lanka" codes no 16 in
test_events_reactions26) and "ignored calls from Ecuador" as defiance of the caller
(test_events_clauses36 keeps "ignored repeated requests from India" uncoded).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.suspend_joint_work
JOINT_WORK: list[Case] = [
    (
        "HANOI",
        "The Vietnamese government suspended a joint oil exploration project with China.",
        "VNM>CHN:16",
    ),
    ("HANOI", "Vietnam halted joint naval patrols with Cambodia on Monday.", "VNM>KHM:16"),
    ("HANOI", "Vietnam paused joint military operations with Laos.", "VNM>LAO:16"),
    # a drill ended as planned is no cut (no 16) but a drill held with China (062, session
    # 63: v.joint_drill reads "ended" as it reads "completed")
    ("HANOI", "Vietnam ended the drill with China as planned on Sunday.", "VNM>CHN:06"),
]
JOINT_WORK_NOT: list[NearMiss] = [
    ("HANOI", "Vietnam suspended the project in Laos."),
    ("HANOI", "Vietnam suspended a military operation against smugglers."),
]

# v.resist_pressure
RESISTED: list[Case] = [
    (
        "LIMA",
        "Peru has resisted pressure from Washington to expel the Venezuelan envoy.",
        "PER>USA:12",
    ),
    ("LIMA", "Peru resisted Chile's calls for a new border commission.", "PER>CHL:12"),
    ("LIMA", "Peru withstood intense pressure from Brazil over the dam.", "PER>BRA:12"),
]
RESISTED_NOT: list[NearMiss] = [
    ("LIMA", "Peru resisted pressure from farmers to close the border."),
    ("LIMA", "Peru has not resisted pressure from Washington."),
    ("LIMA", "Peruvian troops resisted an attack by Chilean forces."),
]

CASES: list[Case] = JOINT_WORK + RESISTED
NONE: list[NearMiss] = JOINT_WORK_NOT + RESISTED_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review178_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review178_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
