"""Context 148 (session 61, P61): every critic of the pressure a rejection answers.

"Singapore and Malaysia urged Indonesia ... Malaysia sent a protest note ... Indonesia rejected
the criticism": the reply went to Malaysia only. _fellow_voicers takes other critics of the
reactor, but an appeal told more than _BYSTANDER_WINDOW sentences back is the story's setting,
so Singapore's share of the joint appeal was left out. An act a critic already found made
jointly with its author (one trigger coded from both: reactions._joint_with) is part of the
pressure answered however far back, and its co-author a critic too.

Near miss: an appeal that far back by a state alone, no critic found sharing it, stays setting.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._joint_with: the critic's partner in a joint appeal is answered too
JOINT_CRITICS: list[Case] = [
    (
        "SANTIAGO",
        "Chile and Peru urged Bolivia on Monday to stop illegal gold mining along their shared "
        "rivers. Chile's environment minister said Santiago had offered Bolivia satellite images "
        "of the mines. \"The rivers do not stop at borders,\" she told reporters. Peru sent a "
        "protest note to La Paz on Sunday, its foreign ministry said. Bolivia rejected the "
        "criticism.",
        "CHL>BOL:02 PER>BOL:02 CHL>BOL:03 PER>BOL:11 BOL>PER:12 BOL>CHL:12",
    ),
    (
        "HANOI",
        "Vietnam and Laos urged Cambodia on Tuesday to release water from its new dam on the "
        "Mekong. Vietnam's farm minister said Hanoi had sent Cambodia data on falling river "
        "levels. Rice farmers in the delta have lost much of their harvest, officials said. Laos "
        "lodged a formal protest with Phnom Penh on Monday, its foreign ministry said. Cambodia "
        "dismissed the criticism.",
        "VNM>KHM:02 LAO>KHM:02 LAO>KHM:11 KHM>LAO:12 KHM>VNM:12",
    ),
]
# ... an appeal that far back by one state alone stays the setting
LONE_APPEAL: list[Case] = [
    (
        "SANTIAGO",
        "Chile urged Bolivia on Monday to stop illegal gold mining along the shared rivers. "
        "Chile's environment minister said Santiago had offered Bolivia satellite images of the "
        "mines. \"The rivers do not stop at borders,\" she told reporters. Peru sent a protest "
        "note to La Paz on Sunday, its foreign ministry said. Bolivia rejected the criticism.",
        "CHL>BOL:02 CHL>BOL:03 PER>BOL:11 BOL>PER:12",
    ),
]

CASES: list[Case] = JOINT_CRITICS + LONE_APPEAL
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context148_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context148_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
