"""Vocabulary 51 (session 33, NOCODE2): briefing another state is a consultation (v.brief, 040).

"Chile briefed Argentina and Bolivia on the plan": a state (or its minister) telling another
state's government, officials or envoys of its own step consults them (CAMEO 040), each
coordinated target on its own; the passive codes its agent ("Norway had been briefed by
Sweden"). Kept uncoded: briefing reporters (of any nationality), journalists, the speaker's own
lawmakers, "a regular briefing" (a press event, no act), "brief" as an adjective ("a brief
stop", "a brief rally"). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SANTIAGO",
        "Chile briefed Argentina and Bolivia on the water plan before the vote.",
        "CHL>ARG:04 CHL>BOL:04",
    ),
    (
        "NAIROBI",
        "Kenya's foreign ministry said it had briefed the ambassadors of Uganda, Rwanda and"
        " Ethiopia on the new border rules.",
        "KEN>UGA:04 KEN>RWA:04 KEN>ETH:04",
    ),
    (
        "OSLO",
        "Norway's foreign minister briefed Swedish officials on the fishing talks on Monday.",
        "NOR>SWE:04",
    ),
    (
        "HANOI",
        "The Vietnamese deputy foreign minister briefed the Cambodian charge d'affaires on the"
        " dam project.",
        "VNM>KHM:04",
    ),
    # the passive with its agent; a counterpart; a delegation; a briefing planned (03)
    ("OSLO", "Norway had been briefed by Sweden on the plan.", "SWE>NOR:04"),
    (
        "SANTIAGO",
        "Chile's foreign minister briefed his Argentine counterpart by phone on Friday.",
        "CHL>ARG:04",
    ),
    (
        "SANTIAGO",
        "Chilean officials briefed a visiting Bolivian delegation on the water plan.",
        "CHL>BOL:04",
    ),
]

NONE: list[NearMiss] = [
    # the press and the speaker's own people: no other state
    ("LIMA", "Peru's foreign minister briefed reporters on the fishing dispute with Ecuador."),
    ("LIMA", "The Peruvian minister briefed journalists on the Ecuadorian election."),
    ("LIMA", "Peru's defense minister briefed Peruvian lawmakers on the Ecuador border."),
    ("SANTIAGO", "Chile briefed Argentine reporters on the plan."),
    # a briefing is a press event, no act
    ("LIMA", "A Peruvian spokesperson said at a regular briefing that Ecuador was welcome."),
    # a briefing only planned is no act yet (no_intent)
    ("SANTIAGO", "Chile's president will brief Bolivia on the plan next week."),
    # the adjective
    ("LIMA", "Peru's president made a brief stop in Quito on his way home."),
    ("LIMA", "Peruvian shares saw a brief rally after the Ecuadorian vote."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary51_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary51_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
