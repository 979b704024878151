"""Context 140 (session 59, helper N59): a refusal naming no one turns down what was asked of
its refuser.

- "Chile asked Peru to extradite the men. Lima declined to give a date": a refusal (12) with
  no target of its own takes its counterpart (reactions._counterpart) from an appeal or a
  demand made to the refuser just before (reaction_matches "refused request"), though the
  appeal is friendly and the refusal hostile (reactions._refused_ask).
- An offer or an assurance is no request turned down, nor is a request made by the refuser
  itself, or one made to two states at once.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a refusal after an appeal made to the refuser
REFUSED: list[Case] = [
    (
        "SANTIAGO",
        "Chile's foreign minister asked Peru to extradite the two suspects. Peru's justice "
        "minister declined to give a date, saying the courts had not ruled.",
        "CHL>PER:02 PER>CHL:12",
    ),
    (
        "SANTIAGO",
        "Chile urged Peru to reopen the border crossing at Tacna. Lima refused to reopen it "
        "before the end of the emergency.",
        "CHL>PER:02 PER>CHL:12",
    ),
]

# near misses: the appeal is no request of the one who refuses, or there are two
OTHERS: list[Case] = [
    (
        # the state that declines was not asked
        "SANTIAGO",
        "Chile asked Peru to extradite the two suspects. Bolivia declined to give a date for "
        "its own vote.",
        "CHL>PER:02",
    ),
    (
        # declining to comment turns nothing down
        "SANTIAGO",
        "Chile asked Peru to extradite the two suspects. Peru's justice minister declined to "
        "comment.",
        "CHL>PER:02",
    ),
    (
        # a second state asked with it is named since the appeal: no single counterpart
        "SANTIAGO",
        "Chile asked Peru and Bolivia to extradite the suspects. Peru declined to give a date.",
        "CHL>PER:02 CHL>BOL:02",
    ),
    (
        # the refuser made the request itself
        "SANTIAGO",
        "Peru asked Chile to extradite the two suspects. Peru declined to give a date for a "
        "new request.",
        "PER>CHL:02",
    ),
    (
        # a third state named since: the story moved on
        "SANTIAGO",
        "Chile asked Peru to extradite the two suspects. Ecuador said it would help. Peru "
        "declined to give a date.",
        "CHL>PER:02",
    ),
    (
        # a refusal only supposed
        "SANTIAGO",
        "Chile asked Peru to extradite the two suspects. Peru's justice minister said he "
        "would decline to give a date if asked.",
        "CHL>PER:02",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        # an offer turned down by an objectless refusal of another verb
        "SANTIAGO",
        "Chile offered to mediate between Peru and Bolivia. Peru declined to take part.",
        "CHL>PER:03 CHL>BOL:03 PER>CHL:12",
        "declining to take part codes no refusal, and an offer is no request turned down",
    ),
]

CASES = REFUSED + OTHERS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context140_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context140_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
