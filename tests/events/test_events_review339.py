"""Review 339 (session 65, R65): forces sent to a state, to its border, or into it.

"sent 800 troops to the Central African Republic" was aid (v.provide_aid, 072) while "sent 800
soldiers to ..." or "a battalion" was a show of force (v.mobilize, 154): the aid goods listed
"troop" but no other word for forces. The open gold codes forces sent to a state itself
06/07 (sets 30, 43, 44, 47, 82, 91: helping a host, a mission, a pact), never 15; forces sent
to a border or a front named for a state 15 (sets 1, 14, 18, 25, 34, 45). So soldiers,
battalions, brigades ... deminers sent to a state are now its military aid (v.send_soldiers,
072, before v.mobilize; not an aid good of v.provide_aid, which hands over captured soldiers
and bodies as releases), and a front named for a state ("to the Syrian border", "to its border
with Sudan") or an "into" phrase (a force entering a state, no host's guest) keeps the
deployment v.mobilize's (extract._forces_to_front reads the forces' own to-phrase and a hit
whose target is named, when every to-phrase is a front).

Near misses: aid goods sent to a border stay aid; a medical team is no force; captured
soldiers handed over are released; tanks sent to a state beside troops sent to a border.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # forces sent to a state itself, by any word for them: its military aid (07)
    (
        "MAPUTO",
        "Malawi sent 250 soldiers to Mozambique on Tuesday to help guard the northern gas "
        "fields.",
        "MWI>MOZ:07",
    ),
    ("DAKAR", "Senegal has sent a battalion to Gambia under a defense pact.", "SEN>GMB:07"),
    (
        "KIGALI",
        "Rwanda dispatched two brigades of infantry to the Central African Republic last year.",
        "RWA>CAF:07",
    ),
    ("HANOI", "Vietnam sent army deminers to Laos to clear unexploded bombs.", "VNM>LAO:07"),
    # ... but to a front named for a state, or into a state, a show of force (15)
    ("ABUJA", "Chad deployed 1,000 soldiers to its border with Sudan on Monday.", "TCD>SDN:15"),
    ("ANKARA", "Turkey sent troops to the Syrian border on Friday.", "TUR>SYR:15"),
    ("LIMA", "Peru sent 600 soldiers to the border region near Ecuador.", "PER>ECU:15"),
    ("TEHRAN", "Iran moved two brigades to the Iraqi frontier.", "IRN>IRQ:15"),
    ("MOSCOW", "Russia sent soldiers into eastern Ukraine on Friday.", "RUS>UKR:15"),
    # ... where goods and people who are no force stay aid, at a border too
    (
        "DHAKA",
        "Bangladesh sent rice and tents to the Myanmar border for the refugees.",
        "BGD>MMR:07",
    ),
    ("NAIROBI", "Kenya sent a medical team to Somalia on Monday.", "KEN>SOM:07"),
    ("ABUJA", "Nigeria handed over twelve captured Chadian soldiers to Chad.", "NGA>TCD:08"),
    ("BERLIN", "Germany sent tanks to Ukraine and troops to the northern border.", "DEU>UKR:07"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review339_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review339_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
