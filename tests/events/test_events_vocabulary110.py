"""Vocabulary 110 (session 57, helper R57b, recall of roots 03, 05, 06 and 07): a sum added.

A form the open sets' misses of material aid hold, rewritten here with other names and words:
- "Seoul would add 8 million dollars for clinics in ...", "will add 12 million pounds to the
  bridge project": a sum added is money given, as a sum granted is (v.give_money, now with
  "add"), aimed where the sum's for- or to-phrase says, or at the recipient the story gives
  (the delivery rules: the sides of the project told before); told as future, a pledge (03).
- A sum added to one's own reserves, budget or money supply, or an index gaining points,
  names no recipient and codes nothing; "add" as a verb of saying is not read here at all
  (its object is no sum).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns.yaml v.give_money: lemma "add"
SUM_ADDED: list[Case] = [
    (
        "TOKYO",
        "Japan said on Monday that it would add 20 million dollars for mine clearance in Laos.",
        "JPN>LAO:03|07",
    ),
    ("OSLO", "Norway added 50 million dollars for flood relief in Sudan on Tuesday.", "NOR>SDN:07"),
    (
        "BRUSSELS",
        "The European Union will add 30 million euros for Kenyan border posts.",
        "EU>KEN:03|07",
    ),
    (
        "CANBERRA",
        "Fiji's cabinet approved a new airport at Nadi. Australia will add 15 million dollars to the project.",
        "AUS>FJI:03|07",
    ),
]
OWN_SUM_NOT: list[NearMiss] = [
    ("BRASILIA", "Brazil added 1.2 billion dollars to its foreign reserves in March."),
    ("SANTIAGO", "Chile's central bank added 2 billion dollars to the money supply."),
    ("MANILA", "The Philippine government added 3 billion pesos to its defense budget."),
    ("LONDON", "The FTSE index added 3 percent on Monday."),
]

CASES: list[Case] = SUM_ADDED
NONE: list[NearMiss] = OWN_SUM_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary110_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary110_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
