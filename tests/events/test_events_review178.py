"""Review 178 (session 54, lead): aid and joint work broken off, calls ignored or withstood.

Root 16 and 12 forms written to probe the coder (no gold sentence): "suspended its loans to
Myanmar", "froze new lending to Laos" stop economic aid (1621, v.halt_aid); "suspended a joint
oil project with China", "halted joint patrols with Cambodia" reduce relations (160,
v.suspend_joint_work), as leaving a joint project does, but a drill "ended" may end as
planned; "ignored repeated calls from Ecuador" defies the caller named in a from-phrase
(v.defy); "resisted pressure from Washington", "withstood pressure from Brazil" refuse it (120,
v.resist_pressure), the counterpart of bowing to it (v.heed_call).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.halt_aid: money lent
LOANS: list[Case] = [
    ("TOKYO", "Japan has suspended its yen loans to Myanmar.", "JPN>MMR:16"),
    ("TOKYO", "The World Bank froze new lending to Laos on Friday.", "WB>LAO:16"),
    ("TOKYO", "The World Bank halted disbursements to Malawi after the audit.", "WB>MWI:16"),
]
LOANS_NOT: list[NearMiss] = [
    ("TOKYO", "Japan cut interest rates on loans to farmers."),
    ("TOKYO", "Japan has not suspended its loans to Myanmar."),
]

# v.suspend_joint_work
JOINT_WORK: list[Case] = [
    (
        "HANOI",
        "The Vietnamese government suspended a joint oil exploration project with China.",
        "VNM>CHN:16",
    ),
    ("HANOI", "Vietnam halted joint naval patrols with Cambodia on Monday.", "VNM>KHM:16"),
    ("HANOI", "Vietnam paused joint military operations with Laos.", "VNM>LAO:16"),
]
JOINT_WORK_NOT: list[NearMiss] = [
    ("HANOI", "Vietnam suspended the project in Laos."),
    ("HANOI", "Vietnam ended the drill with China as planned on Sunday."),
    ("HANOI", "Vietnam suspended a military operation against smugglers."),
]

# v.defy: the caller in a from-phrase
IGNORED: list[Case] = [
    (
        "LIMA",
        "Peru has ignored repeated calls from Ecuador to release the fishermen.",
        "PER>ECU:12",
    ),
    ("LIMA", "Peru ignored a warning from Chile about the dam.", "PER>CHL:12"),
]
IGNORED_NOT: list[NearMiss] = [
    ("LIMA", "Peru ignored calls from human rights groups to release the fishermen."),
    ("LIMA", "Peru did not ignore calls from Ecuador to release the fishermen."),
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

CASES: list[Case] = LOANS + JOINT_WORK + IGNORED + RESISTED
NONE: list[NearMiss] = LOANS_NOT + JOINT_WORK_NOT + IGNORED_NOT + RESISTED_NOT
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
