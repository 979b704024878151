"""Review 83 (session 32, helper SIL11): "the move" a bystander condemns is the uncoded act
that drew a protest ("prompting a protest from X"), aimed at its doer.

Wire copy often tells a state's act only as what drew a protest: "Turkey sent a drilling ship
into waters off Cyprus, prompting a protest from Nicosia". When no pattern codes the act
itself (sending a ship is no CAMEO event), a later "Greece also condemned the move" found no
deed to answer: the protest and any rejection of it are answers, no move of their own
(reactions._latest_deed). The act the eliciting participle hangs on is the move
(reactions._elicited_by_uncoded): the reaction is aimed at the protested state, the
protest's own target. Only when that act is told as done by the state (not "may send", not
by fishermen), and never for the protested state's own reaction. Each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the act that drew the protest is the move a bystander answers
ELICITED: list[Case] = [
    (
        "ASUNCION",
        "Paraguay sent a survey ship escorted by two frigates into waters off Uruguay on "
        "Thursday, prompting a protest from Montevideo. Paraguay rejected the protest. "
        "Argentina, which backs Montevideo on most disputes with Asuncion, also condemned the "
        "move.",
        "URY>PRY:11 PRY>URY:12 ARG>PRY:11",
    ),
    (
        "MONTEVIDEO",
        "Paraguay sent a survey ship into waters off Uruguay on Thursday, prompting a protest "
        "from Montevideo and a warning from the European Union. Argentina condemned the move.",
        "URY>PRY:11 EU>PRY:13 ARG>PRY:11",
    ),
    (
        "BUENOS AIRES",
        "Paraguay sent a survey ship into waters off Uruguay on Thursday, prompting a protest "
        "from Montevideo. Argentina's president praised the move.",
        "URY>PRY:11 ARG>PRY:05",
    ),
    # told in the lead, several sentences of answers before the bystander's reaction
    (
        "PANAMA CITY",
        "Costa Rica sent a dredger escorted by two patrol boats into the mouth of the San Juan "
        "River on Monday, prompting a protest from Managua. Nicaragua's foreign minister said "
        "the vessel had entered Nicaraguan waters. Costa Rica's Foreign Ministry rejected the "
        "protest. It said the dredger was working on the Costa Rican bank. Honduras, which "
        "backs Managua in most disputes, also criticized the move.",
        "NIC>CRI:11 CRI>NIC:12 HND>CRI:11",
    ),
    # a coded deed is found as before (no change)
    (
        "SANTIAGO",
        "Paraguay expelled two Uruguayan diplomats on Thursday, prompting a protest from "
        "Montevideo. Argentina condemned the move.",
        "PRY>URY:16 URY>PRY:11 ARG>PRY:11",
    ),
]

# near-misses: a private doer, an act only possible; the protested state's own defence is the
# rejection _defended_deed codes, no move aimed at itself
NONE_BUT_PROTEST: list[Case] = [
    (
        "LIMA",
        "Paraguayan fishermen sailed into waters off Uruguay on Thursday, prompting a protest "
        "from Montevideo. Argentina condemned the move.",
        "URY>PRY:11",
    ),
    (
        "QUITO",
        "Paraguay may send a survey ship into waters off Uruguay, prompting a protest from "
        "Montevideo. Argentina condemned the move.",
        "URY>PRY:11",
    ),
    (
        "LA PAZ",
        "Paraguay sent a survey ship into waters off Uruguay on Thursday, prompting a protest "
        "from Montevideo. Paraguay's president defended the move.",
        "URY>PRY:11 PRY>URY:12",
    ),
]

NONE: list[NearMiss] = [
    (
        "BOGOTA",
        "Fishermen sailed into waters off Uruguay, prompting a protest. Argentina condemned the move.",
    ),
]

GAPS: list[Gap] = []

CASES = ELICITED + NONE_BUT_PROTEST


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review83_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review83_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
