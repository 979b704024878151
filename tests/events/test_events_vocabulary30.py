"""Vocabulary 30 (session 28, helper RC2): other wordings of consultation and cooperation
(CAMEO roots 04 and 05) than the development sets use.

Kept as gaps: an account given to another government ("Peru briefed Chile and Bolivia on the
plan", "Japan was briefed by the United States") as a consultation (v.brief, 040, taken back at
landing for a blind set's precision); reporters or lawmakers briefed still code nothing. Coded: a pair
that agrees to speed up work, double a quota, simplify checks or mark a line settles a joint
undertaking (v.agree_joint, 057 both ways), while one state alone, a negation, two clubs or one
state's own services code nothing, and rules harmonized or positions coordinated stay
v.coordinate's; a visit or talks owned by a pronoun ("signed a trade accord with Peru during
his first visit to Lima") take the host verb's subject when the pronoun stands for its state
and no earlier sentence told that state's act of the root (nominals._owner_told: "During his
call with the minister" after the call is no second call); a deal whose terms tell what
another state will do ("ratified an accord under which New Zealand will upgrade the grid")
is signed with that state (clauses._deal_grantees), a law or decree for firms or one's own
navy with none. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

BRIEFINGS: list[Case] = [
    (
        "LIMA",
        "Peru briefed Chile and Bolivia on the plan before the vote.",
        "PER>CHL:04 PER>BOL:04",
    ),
    (
        "LIMA",
        "Peru's foreign minister said he had briefed the Chilean ambassador on the talks.",
        "PER>CHL:04",
    ),
    (
        "MANILA",
        "The Philippine Foreign Ministry said it had briefed Japan and Australia, its closest "
        "partners, before the signing.",
        "PHL>JPN:04 PHL>AUS:04",
    ),
    ("TOKYO", "Japan was briefed by the United States on the missile plan.", "USA>JPN:04"),
    ("OSLO", "Norway debriefed Swedish officials after the talks in Moscow.", "NOR>SWE:04"),
]

JOINT_UNDERTAKINGS: list[Case] = [
    (
        "HANOI",
        "Vietnam and Laos agreed on Monday to start marking their border next year.",
        "VNM>LAO:05 LAO>VNM:05",
    ),
    (
        "HANOI",
        "Vietnam and Laos agreed to speed up work on a railway to the border.",
        "VNM>LAO:05 LAO>VNM:05",
    ),
    (
        "BRATISLAVA",
        "Slovakia and Hungary agreed to double the number of student visas they issue.",
        "SVK>HUN:05 HUN>SVK:05",
    ),
    (
        "ASUNCION",
        "Paraguay and Bolivia agreed to simplify border checks for truck drivers.",
        "PRY>BOL:05 BOL>PRY:05",
    ),
    # kept: rules made alike stay a coordination's intent (v.coordinate, 03)
    (
        "TALLINN",
        "Estonia and Finland agreed to harmonize their customs rules.",
        "EST>FIN:03 FIN>EST:03",
    ),
]

OWNED_VISITS: list[Case] = [
    (
        "LIMA",
        "Brazil's foreign minister signed a trade accord with Peru during his first visit to Lima.",
        "BRA>PER:05 BRA>PER:04",
    ),
    (
        "SANTIAGO",
        "Chile's president, Ana Rojas, praised Argentina's new gas pipeline during her visit to "
        "Buenos Aires.",
        "CHL>ARG:05 CHL>ARG:04",
    ),
    # a visit told before is not coded again from "her visit"
    (
        "SANTIAGO",
        "Chile's president visited Argentina on Monday. During her visit she praised the new "
        "bridge.",
        "CHL>ARG:04",
    ),
]

DEAL_TERMS: list[Case] = [
    (
        "APIA",
        "Samoa's parliament ratified an accord under which New Zealand will upgrade the "
        "island's power grid.",
        "WSM>NZL:05",
    ),
    (
        "MANILA",
        "The Philippines signed a deal under which Japanese troops may train on its soil.",
        "PHL>JPN:05",
    ),
    (
        "DILI",
        "East Timor signed a pact by which Australia will share the gas revenue.",
        "TLS>AUS:05",
    ),
]

NONE: list[NearMiss] = [
    # reporters, one's own lawmakers or staff briefed; a briefing denied
    ("LIMA", "Peru's foreign minister briefed reporters on the talks."),
    ("LIMA", "Peru's foreign minister briefed lawmakers in Lima on the deal."),
    ("LIMA", "Peru did not brief Chile on the plan."),
    ("LIMA", "The minister was briefed by his staff on the flood."),
    # one state alone, a negation, two clubs, one state's own services
    ("HANOI", "Vietnam agreed to speed up work on the railway."),
    ("HANOI", "Vietnam and Laos did not agree to speed up work on the railway."),
    ("MADRID", "The two football clubs agreed to speed up the transfer."),
    ("HANOI", "Vietnam's army and police agreed to coordinate their patrols in the north."),
    # terms for firms, or for one's own navy
    ("MANILA", "The Philippines signed a law under which foreign firms may own land."),
    ("SANTIAGO", "Chile signed a decree under which its navy will patrol the southern strait."),
]

# v.brief was taken back at landing in session 28 (on a blind set its "Tokyo would brief Seoul
# and Washington" coded two intents, 036, that set's gold does not hold); it is back since
# session 33 with a planned briefing no act (no_intent)
GAPS: list[Gap] = []
CASES = JOINT_UNDERTAKINGS + OWNED_VISITS + DEAL_TERMS + BRIEFINGS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary30_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary30_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
