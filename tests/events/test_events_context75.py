"""Context 75 (session 37, helper AID): gifts that name no recipient of their own.

1. A sum offered ("China offered $2 million through the Red Cross") is aid promised (0331,
   patterns.yaml v.offer refine), a gift (gift_codes): with no recipient named it joins the
   other givers' gifts told just before (reactions._fellow_recipient), as a pledged sum does.
2. A gift to the pair's joint body ("will lend the joint company $400 million", "a grant to
   the joint venture") goes to both sides of the latest joint act, as a gift "for the project"
   does (reactions._joint_receiver, _project_sides); a joint body whose owners are named, or
   one the giver calls its own, is no state's.
3. A gift for what a mission told before owns ("will pay for half of the mission's budget")
   goes to the IGO whose mission it is, as a gift "for the mission" does
   (reactions._mission_owner).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a sum offered with no recipient: the other givers' recipient
OFFERS: list[Case] = [
    (
        "PORT VILA",
        "Japan pledged $10 million to Vanuatu after the cyclone. Australia sent a medical team"
        " to Vanuatu on Tuesday. China offered $2 million through the Red Cross.",
        "JPN>VUT:03|07 AUS>VUT:07 CHN>VUT:03",
    ),
    (
        "NUKU'ALOFA",
        "New Zealand sent relief supplies to Tonga on Monday. Fiji flew tents to Tonga. India"
        " offered $1 million on Wednesday.",
        "NZL>TON:07 FJI>TON:07 IND>TON:03",
    ),
]

# 2. a gift to the pair's joint body: both sides of their joint act
JOINT_BODIES: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Tanzania signed an agreement to build a railway. The World Bank will lend the"
        " joint company $400 million.",
        "KEN>TZA:05 TZA>KEN:05 WB>KEN:03|07 WB>TZA:03|07",
    ),
    (
        "LIMA",
        "Peru and Bolivia signed a deal to build a gas pipeline. Brazil granted $50 million to"
        " the joint venture.",
        "PER>BOL:05 BOL>PER:05 BRA>PER:07 BRA>BOL:07",
    ),
    # owners named, or the giver's own: no state's body
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on fishing. Japan lent the joint venture of two"
        " trading houses $20 million.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "QUITO",
        "Peru and Ecuador signed a deal to build a gas pipeline. Brazil lent $50 million to its"
        " own joint venture.",
        "PER>ECU:05 ECU>PER:05",
    ),
]

# 3. a gift for the budget of a mission told before: the IGO whose mission it is
MISSIONS: list[Case] = [
    (
        "BAMAKO",
        "Niger will withdraw its soldiers from the African Union force in Mali. Japan said it"
        " would pay for a third of the force's budget.",
        "NER>AU:03|16 JPN>AU:03|07",
    ),
]

CASES: list[Case] = OFFERS + JOINT_BODIES + MISSIONS

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context75_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context75_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
