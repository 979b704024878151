"""Reactions 52 (session 46, P7): a disapproval or a rejection of what was told just before, or
of a quarrel between two named states, that coded nothing.

- An offer told by its proposing ("Paraguay proposed a joint customs zone ... Uruguay rejected
  the offer") is the act "the offer" answers (rules act_derivations "offer propose", "offer
  suggest"), as "the proposal" answers an offer told.
- A judgement voiced over what lies between two states ("voiced concern over the border
  dispute between Chad and Sudan", "the tensions between ...") is aimed at each party
  (v.express's "obj_sub:between"), as v.criticize's "condemned the clashes between A and B".

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # an offer told by its proposing
    (
        "MONTEVIDEO",
        "Paraguay last week proposed a joint customs zone on the border. Uruguay on Monday"
        " rejected the offer, saying it would hurt its exporters.",
        "URY>PRY:12",
    ),
    (
        "DHAKA",
        "Myanmar suggested a joint patrol of the river. Bangladesh welcomed the offer.",
        "BGD>MMR:05",
    ),
    # a judgement on what lies between two states
    (
        "STOCKHOLM",
        "Sweden expressed concern over the border dispute between Chad and Sudan.",
        "SWE>TCD:11 SWE>SDN:11",
    ),
    (
        "BERN",
        "Switzerland voiced alarm over the tensions between Serbia and Kosovo.",
        "CHE>SRB:11 CHE>XKX:11",
    ),
    (
        "OSLO",
        "Norway expressed support for the talks between Eritrea and Djibouti.",
        "NOR>ERI:05 NOR>DJI:05 ERI>DJI:04 DJI>ERI:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # an offer no state made, or a proposal only mentioned
    ("LIMA", "Peru rejected the offer, saying the price was too low."),
    ("LIMA", "Analysts proposed a new tariff. Peru rejected the offer."),
    # a concern over something between no states
    ("STOCKHOLM", "Sweden expressed concern over the gap between rich and poor."),
    ("STOCKHOLM", "Sweden voiced concern over the rift between the two ruling parties."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_reactions52_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_reactions52_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
