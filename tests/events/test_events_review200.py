"""Review 200 (session 58, O79): an IGO's board acts for it; a delegation sent is the guest.

"The World Bank's board approved $80 million in grants to help Kenya ...": an IGO's (or a
state's) board acts for its owner as its executive board does (actors/roles.yaml: board,
boards), so the grant and the warning beside it are the IGO's. A company's board names no
actor, and "on board" is no board.

"Nigeria sent a delegation to Ghana. The delegation was received by Ghana's president": the
subject of a sending verb (descriptions.yaml sending_verbs) whose object is a party noun sent
a visitor, so a later "the delegation" is its own (described._sends_party, read by
_visitor_before for states and by _party_before for IGOs too), and a guest noun received is a
visit hosted (patterns.yaml v.host_guest, 043), not the delegation's own visit. With no
delegation told before, or only troops sent, "the delegation" stays no one.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

BOARD: list[Case] = [
    (
        "NAIROBI",
        "The World Bank's board on Tuesday approved $80 million in grants to help Kenya build dams.",
        "WB>KEN:07",
    ),
    ("LUSAKA", "The IMF's board approved a $1.2 billion loan for Zambia on Monday.", "IMF>ZMB:07"),
]
GUEST: list[Case] = [
    (
        "ACCRA",
        "Nigeria sent a delegation to Ghana on Friday. The delegation, led by the deputy "
        "foreign minister, was received in Accra by Ghana's president.",
        "NGA>GHA:04 GHA>NGA:04",
    ),
    (
        "ACCRA",
        "The European Union sent a delegation to Ghana on Friday. The delegation was received "
        "in Accra by Ghana's president.",
        "EU>GHA:04 GHA>EU:04",
    ),
    (
        "DAKAR",
        "The African Union dispatched a delegation to Senegal on Monday. Senegal's prime "
        "minister welcomed the delegation at the airport.",
        "AU>SEN:04 SEN>AU:04",
    ),
    (
        "ACCRA",
        "Nigeria sent a delegation to Ghana on Friday. The delegation met Ghana's foreign "
        "minister on Saturday.",
        "NGA>GHA:04 NGA>GHA:04",
    ),
]

CASES: list[Case] = BOARD + GUEST
NONE: list[NearMiss] = [
    # a company's board is no actor; "on board" no board
    ("NAIROBI", "The company's board approved a new mine in Kenya on Tuesday."),
    ("MOMBASA", "Two Kenyan sailors stayed on board the ship in port on Tuesday."),
    # no delegation told before, or none sent: "the delegation" is no one
    ("ACCRA", "Ghana's president received the delegation at the palace on Friday."),
    ("ACCRA", "Nigeria sent troops to the border on Friday. The delegation was received by Ghana's president."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review200_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review200_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
