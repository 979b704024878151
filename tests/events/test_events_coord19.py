"""Coordination 19 (session 25, builder PT): actors given by pronoun, by title only, or as
a pair.

Coded: a pronoun whose gender an earlier pronoun of its sentence already takes ("She held
talks with X and thanked him for what she called his ...": the later "she" is the host's,
so it shows nothing of X's gender, and once "She" is the host and "him" the guest, "his" is
the guest's: coref._genders_before, resolve_pronouns). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

GENDERED_GUESTS: list[Case] = [
    (
        "MAPUTO",
        "Mozambican President Celia Nhantumbo opened the summit on Monday. She held talks "
        "with Rwandan President Paul Kagina and thanked him for what she called his "
        "country's sacrifice.",
        "MOZ>RWA:04 MOZ>RWA:05",
    ),
    (
        "DAR ES SALAAM",
        "Tanzanian President Zuhura Said hosted the forum. She held talks with Burundian "
        "President Pierre Ndayi and criticized him for what she called his delays.",
        "TZA>BDI:04 TZA>BDI:11",
    ),
    (
        "LA PAZ",
        "Bolivian President Nayra Mamani opened the fair. She received Chilean President Tomas "
        "Rojas and thanked him for what she called his generosity.",
        "BOL>CHL:04 BOL>CHL:05",
    ),
    # a later pronoun of the other gender is still the named one's
    (
        "NAIROBI",
        "Kenyan Foreign Minister Grace Wanjiru visited Kampala. She met Ugandan President "
        "Moses Okello, who thanked her for what he called Kenya's patience.",
        "KEN>UGA:04 KEN>UGA:04 UGA>KEN:05",
    ),
]

GENDERED_GUESTS_NOT: list[NearMiss] = [
    # "them" is the host's own people
    (
        "ACCRA",
        "Ghana's trade minister, Akosua Mensah, toured the port on Friday. She met dockworkers "
        "and thanked them for what she called their patience.",
    ),
    ("LILONGWE", "Malawian President Grace Banda opened the talks. She thanked her ministers."),
]

NONE: list[NearMiss] = GENDERED_GUESTS_NOT
GAPS: list[Gap] = []
CASES = GENDERED_GUESTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord19_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
