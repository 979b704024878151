"""Coordination 29 (session 41, lead): "the agreement" does not refer back to "agreements".

A third party's judgement of "the agreement" is aimed at the authors of the deal the definite
noun refers back to (coordination._family_search). A plural use of the same word in between
("Tonga will keep its agreements with China") is a set of other deals, not the one: a singular
definite noun now passes over plural uses of its own word and finds the deal told before them,
so the judgement goes to both its parties instead of the owner of the plural set. A plural "the
agreements" may still sum up singular uses, another word may sum up a plural ("joint drills ...
the exercise", tests/events/test_events_context3.py), and a singular use counts as before.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a plural use between the deal and the singular reference: passed over
PLURAL_PASSED: list[Case] = [
    (
        "SUVA",
        "Fiji signed a fisheries agreement with Tonga on Tuesday. Tonga will keep its agreements"
        " with China, its prime minister said. Australia welcomed the agreement.",
        "FJI>TON:05 AUS>FJI:05 AUS>TON:05",
    ),
    (
        "MONTEVIDEO",
        "Uruguay signed a river agreement with Paraguay on Monday. Paraguay will honor its"
        " agreements with Bolivia, its foreign minister said. Brazil praised the agreement.",
        "URY>PRY:05 BRA>URY:05 BRA>PRY:05",
    ),
]

# unchanged: a plural reference, or a singular deal with no plural use between
KEPT: list[Case] = [
    (
        "NAIROBI",
        "Kenya signed trade agreements with Uganda and Rwanda on Monday. The European Union"
        " welcomed the agreements.",
        "KEN>UGA:05 KEN>RWA:05 EU>KEN:05 EU>UGA:05 EU>RWA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a border accord on Friday. The accord ends a decade of disputes."
        " Nigeria praised the accord.",
        "GHA>TGO:05 TGO>GHA:05 NGA>GHA:05 NGA>TGO:05",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "WARSAW",
        "Poland signed a deal on Monday to buy 180 tanks from South Korea. Seoul already has arms"
        " agreements with Norway and Egypt. Russia criticized the deal.",
        "POL>KOR:06 RUS>POL:11 RUS>KOR:11",
        "the seller named inside the deal's infinitive ('to buy ... from South Korea') is not"
        " taken as the deal's second party",
    ),
]

CASES: list[Case] = PLURAL_PASSED + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord29_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
