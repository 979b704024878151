"""Clauses 67 (session 48, O69): two clauses whose words hold the act's other side.

- A free relative as the object ("rejected what it called “slander” by Estonian officials"):
  the phrases of its verb are the object's (clauses._free_relative, read by the obj_sub
  slot), so the by-phrase names whose claim was rejected, as in "rejected the accusations
  by Zambian officials".
- A relative clause on a statement or note ("issued a statement that accused Bolivia of
  meddling"): its words are the sender's, as "a statement accusing Bolivia" already were
  (parties._carrier reads the relative clause; clauses._carrier_sender); a statement told
  with a passive verb is sent by that verb's agent ("was announced by Peru's Foreign
  Ministry in a statement that accused La Paz of ...").

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a free relative's by-phrase
    (
        "TALLINN",
        'The Russian Embassy in Tallinn rejected what it called "slander" by Estonian'
        " officials.",
        "RUS>EST:12",
    ),
    (
        "MANILA",
        'The Chinese embassy dismissed what it called "baseless claims" by Philippine'
        " lawmakers.",
        "CHN>PHL:12",
    ),
    ("LUSAKA", "Malawi rejected accusations by Zambian officials on Monday.", "MWI>ZMB:12"),
    # a statement's relative clause
    (
        "LIMA",
        "Peru's Foreign Ministry issued a statement that accused Bolivia of meddling.",
        "PER>BOL:11",
    ),
    (
        "LIMA",
        "In a statement that accused Bolivia of meddling, Peru recalled its ambassador.",
        "PER>BOL:11",
    ),
    (
        "LIMA",
        "The recall was announced by Peru's Foreign Ministry in a statement that accused La"
        ' Paz of "sheltering criminals."',
        "PER>BOL:11",
    ),
    (
        "LIMA",
        "The move was announced by Peru's Foreign Ministry in a statement accusing La Paz of"
        " sheltering criminals.",
        "PER>BOL:11",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a claim by no state, a relative clause on no document
    ("TALLINN", 'The Russian Embassy rejected what it called "slander" by opposition bloggers.'),
    ("LIMA", "Peru's Foreign Ministry hired a lawyer who accused Bolivian bloggers of lying."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses67_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses67_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
