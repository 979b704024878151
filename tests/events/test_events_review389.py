"""Review 389 (session 66, P2): a warship named by the arms it carries is sent as force.

"sent an aircraft carrier to Venezuela" coded aid (v.provide_aid, 072): the compound
"aircraft" was read as the goods given. A warship named by the craft or arms it carries (an
aircraft or helicopter carrier, a missile cruiser, a guided-missile frigate) and sent to a
state is a show of force (v.mobilize, 154): v.provide_aid's unless_objects now lists the
warships, and reads two-word names ("aircraft carrier") beside the object's lemma.

Near misses that must stay aid: an aircraft loaded with medicine or rice, transport aircraft,
troop carriers and a hospital ship sent to a state, armed drones.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a warship named by what it carries, sent to a state: a show of force (15)
CASES: list[Case] = [
    ("WASHINGTON", "The United States sent an aircraft carrier to Venezuela on Monday.", "USA>VEN:15"),
    ("PARIS", "France dispatched a helicopter carrier to Lebanon last week.", "FRA>LBN:15"),
    ("MOSCOW", "Russia sent a missile cruiser to Cuba.", "RUS>CUB:15"),
    ("CARACAS", "Russia sent two guided-missile frigates to Venezuela.", "RUS>VEN:15"),
    ("LONDON", "Britain sent an aircraft carrier and two destroyers to Guyana.", "GBR>GUY:15"),
    # ... while aircraft, carriers of troops and ships of relief sent are still aid (07)
    (
        "WASHINGTON",
        "The United States sent an aircraft loaded with medicine to Venezuela.",
        "USA>VEN:07",
    ),
    ("TOKYO", "Japan sent an aircraft carrying rice to Haiti.", "JPN>HTI:07"),
    ("BERLIN", "Germany sent troop carriers to Ukraine.", "DEU>UKR:07"),
    ("BEIJING", "China sent a hospital ship to Tonga.", "CHN>TON:07"),
    ("ROME", "Italy sent two transport aircraft to Libya.", "ITA>LBY:07"),
    ("ANKARA", "Turkey sent armed drones to Azerbaijan.", "TUR>AZE:07"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "WASHINGTON",
        "The United States sent an aircraft carrier to the waters off Venezuela.",
        "USA>VEN:15",
        "v.mobilize reads no state under the off-phrase of the waters the carrier went to",
    ),
    (
        "WASHINGTON",
        "The United States sent armoured personnel carriers to Ukraine.",
        "USA>UKR:07",
        "personnel carriers are no aid goods by their words, so v.mobilize reads them as force",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review389_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review389_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
