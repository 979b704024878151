"""Review 97 (session 35, helper S45), from set 45's extras: a deal's destination is no party,
and a seat city visited is its state's capital.

"Argentina and Bolivia signed an agreement that will let Argentine gas flow through Bolivian
pipelines to Brazil" was also coded as signed with Brazil. v.sign's to-phrases now come from
the deal_sub slot (clauses._clause_destination): a to-phrase under a verb of a relative or
participial clause on the deal is where the deal sends something, unless that verb hands
something over (rules.yaml handing_verbs: "deals providing tanks to Poland" names the buyer, a
party). "A one-day visit to Brussels by the Dutch prime minister, who was received by Belgium's
prime minister" was coded as a visit to the EU: a seat city that is the object of a place
preposition ("to Brussels", "in Brussels") in a sentence that names its state is that state's
capital, though another member of the IGO is named beside it (resolve._place_word); as an
actor ("Hungary criticized Brussels") it stays the IGO. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a deal's destination named in a clause on it is no party
CASES: list[Case] = [
    (
        "TBILISI",
        "Georgia and Azerbaijan signed an agreement on Monday that will let Kazakh oil flow"
        " through Azerbaijani pipelines to Turkey.",
        "GEO>AZE:05 AZE>GEO:05",
    ),
    (
        "TBILISI",
        "Georgia signed an agreement with Armenia that will let Armenian trucks reach Turkey.",
        "GEO>ARM:05",
    ),
    # a handing verb's receiver is a party
    (
        "SEOUL",
        "South Korea has signed deals providing hundreds of howitzers to Romania.",
        "KOR>ROU:05",
    ),
    # a partner named on the deal itself stays one
    (
        "TBILISI",
        "Georgia and Azerbaijan signed an agreement with Kazakhstan on Monday.",
        "GEO>KAZ:05 AZE>KAZ:05",
    ),
]

# a seat city visited is its state's capital when the sentence names the state
SEATS: list[Case] = [
    (
        "BRUSSELS",
        "Belgium and Luxembourg signed a rail treaty on Thursday during a one-day visit to"
        " Brussels by the Luxembourg prime minister.",
        "BEL>LUX:05 LUX>BEL:05 LUX>BEL:04",
    ),
    (
        "BRUSSELS",
        "The Irish prime minister travelled to Brussels on Thursday, where he was received by"
        " Belgium's prime minister.",
        "IRL>BEL:04 BEL>IRL:04",
    ),
    # an actor, not a place: the IGO
    (
        "BUDAPEST",
        "Italy and Belgium backed the budget, and Hungary criticized Brussels.",
        "HUN>EU:11",
    ),
]
CASES += SEATS

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review97_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review97_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
