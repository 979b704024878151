"""Reactions 49 (session 38, builder TWO): a third state's judgement of a passage answers both parties.

"Paraguay extradited a drug trafficker to Argentina. The United States welcomed the
extradition": an extradition, a delivery, a transfer or a shipment (rules passage_nouns) passes
goods or people from one state to another, so a reaction of a state that is neither answers the
receiver as well as the giver, as a reaction to a deal answers both signers
(reactions._passage_receiver: the receiver of the giver's latest act of passage_roots). The
receiver's own welcome answers the giver only; "the decision", "the move" keep the doer alone
("Spain decided to recognize Palestine. France welcomed the decision": Spain's).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a third state's judgement of a passage: giver and receiver
PASSAGE: list[Case] = [
    (
        "ASUNCION",
        "Paraguay extradited a drug trafficker to Argentina on Tuesday. The United States"
        " welcomed the extradition.",
        "PRY>ARG:06 USA>PRY:05 USA>ARG:05",
    ),
    (
        "MADRID",
        "Morocco extradited two suspects to Spain on Friday. France praised the extradition.",
        "MAR>ESP:06 FRA>MAR:05 FRA>ESP:05",
    ),
    (
        "HAVANA",
        "Russia delivered 700,000 barrels of oil to Cuba on Monday. The United States condemned"
        " the delivery.",
        "RUS>CUB:06 USA>RUS:11 USA>CUB:11",
    ),
    (
        "KYIV",
        "Germany delivered two air defense systems to Ukraine on Sunday. Russia condemned the"
        " delivery.",
        "DEU>UKR:07 RUS>DEU:11 RUS>UKR:11",
    ),
    (
        "DUBAI",
        "The United Arab Emirates handed a suspected smuggler over to Belgium on Tuesday. The"
        " Netherlands welcomed the transfer.",
        "ARE>BEL:06 NLD>ARE:05 NLD>BEL:05",
    ),
    (
        "TUNIS",
        "Algeria sent a shipment of wheat to Tunisia on Monday. Italy welcomed the shipment.",
        "DZA>TUN:07 ITA>DZA:05 ITA>TUN:05",
    ),
]

# the receiver's own welcome, and a deed noun: the doer only
ONE_PARTY: list[Case] = [
    (
        "BUENOS AIRES",
        "Paraguay extradited a drug trafficker to Argentina on Tuesday. Argentina welcomed the"
        " extradition.",
        "PRY>ARG:06 ARG>PRY:05",
    ),
    (
        "MADRID",
        "Spain decided on Tuesday to recognize Palestine. France welcomed the decision.",
        "ESP>PSE:05 FRA>ESP:05",
    ),
    (
        "WASHINGTON",
        "Paraguay extradited a drug trafficker to Argentina on Tuesday. The United States"
        " welcomed the decision.",
        "PRY>ARG:06 USA>PRY:05",
    ),
    (
        "MOSCOW",
        "Germany delivered two air defense systems to Ukraine on Sunday. Russia condemned the"
        " move.",
        "DEU>UKR:07 RUS>DEU:11",
    ),
]

NONE: list[NearMiss] = [
    (
        "ASUNCION",
        "Paraguay arrested a drug trafficker on Tuesday. The United States welcomed the"
        " extradition.",
    ),
]

GAPS: list[Gap] = []

CASES: list[Case] = PASSAGE + ONE_PARTY


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions49_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions49_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
