"""Context 109 (session 48, O69): "the deal" also welcomed, after another reaction.

"also" sends a judgement with no target of its own to the reaction told just before
("Chile also thanked Peru" as Ecuador did). A welcome of the story's one deal is the deal's
parties' whatever reaction came before it: "Ecuador's president thanked Peru. The deal was
also welcomed by the European Union" welcomes the accord of Peru and Ecuador, both ways
(extract's parallel context tries reactions._deal_reaction_parties first), where it joined
the thanks and reached Peru alone.

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru signed a fishing accord with Ecuador on Monday. Ecuador's president thanked"
        " Peru. The deal was also welcomed by the European Union.",
        "PER>ECU:05 ECU>PER:05 EU>PER:05 EU>ECU:05",
    ),
    (
        "LIMA",
        "Peru signed a fishing accord with Ecuador on Monday. Ecuador's president thanked"
        " Peru. The World Bank also welcomed the deal.",
        "PER>ECU:05 ECU>PER:05 WB>PER:05 WB>ECU:05",
    ),
    # a reaction of another kind, or of the same deal, still joins as before
    (
        "LIMA",
        "Peru signed a fishing accord with Ecuador on Monday. Ecuador's president thanked"
        " Peru. Chile also thanked Peru.",
        "PER>ECU:05 ECU>PER:05 CHL>PER:05",
    ),
    (
        "LIMA",
        "Peru signed a fishing accord with Ecuador on Monday. Chile welcomed the deal. Bolivia"
        " also welcomed the deal.",
        "PER>ECU:05 CHL>PER:05 CHL>ECU:05 BOL>PER:05 BOL>ECU:05",
    ),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "LIMA",
        "Chile criticized Peru's new tariffs on Monday. Bolivia also criticized the move.",
        "CHL>PER:11 BOL>PER:11",
        "found by writing, not yet traced: 'also criticized the move' after a judgement of"
        " the same deed codes nothing",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context109_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context109_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
