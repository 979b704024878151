"""Coordination 21 (session 28, helper RC2): the second author of a passive act, and talks
hosted by one of a pair before the pair's act.

Coded: "The accord was signed by Ghana's finance minister, Kofi Mensah, and Togo's trade
minister, Ama Kodjo" is parsed with the second minister hung on "signed" as a conjunct (the
apposition closed the by-phrase), so the signing had one author and a later "France welcomed
the agreement" answered Ghana only: context._agent_conjuncts makes a noun conjunct of a
passive verb, opened by "and" after the by-phrase's object, that object's conjunct. Talks
hosted by one of the pair, in a time phrase of the pair's act ("signed a security pact after
two days of talks hosted by Nigeria"), are an occasion of their own (extract._hosted_occasion,
043), not a second act of the pair dropped; a summit the pair signs at is no such phrase. Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PASSIVE_AUTHORS: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo agreed on Monday to set a common price for cotton. The agreement was "
        "signed by Ghana's finance minister, Kofi Mensah, and Togo's trade minister, Ama Kodjo. "
        "France welcomed the agreement.",
        "GHA>TGO:05 TGO>GHA:05 GHA>TGO:05 TGO>GHA:05 FRA>GHA:05 FRA>TGO:05",
    ),
    (
        "LIMA",
        "Peru and Chile agreed on Friday to share data on fish stocks. The accord was signed in "
        "Lima by Peru's fisheries minister, Rosa Vidal, and Chile's economy minister, Jorge Sosa. "
        "Ecuador welcomed the accord.",
        "PER>CHL:05 CHL>PER:05 PER>CHL:05 CHL>PER:05 ECU>PER:05 ECU>CHL:05",
    ),
    # the same form that the parser already read as one by-phrase stays both ways
    (
        "NAIROBI",
        "Kenya and Uganda agreed to connect their power grids. The agreement was signed by "
        "Kenya's energy minister, Ruth Wanjiru, and Uganda's energy minister, Moses Okello. "
        "Tanzania praised the agreement.",
        "KEN>UGA:05 UGA>KEN:05 KEN>UGA:05 UGA>KEN:05 TZA>KEN:05 TZA>UGA:05",
    ),
    (
        "VIENTIANE",
        "Laos and Cambodia agreed to pool their customs data. The deal was signed by the Lao "
        "trade minister, Somsak Vong, and Cambodia's trade minister, Sok Chea.",
        "LAO>KHM:05 KHM>LAO:05 LAO>KHM:05 KHM>LAO:05",
    ),
]

HOSTED_OCCASIONS: list[Case] = [
    (
        "ABUJA",
        "Nigeria and Chad signed a security pact on Tuesday after two days of talks hosted by "
        "Nigeria.",
        "NGA>TCD:05 TCD>NGA:05 NGA>TCD:04",
    ),
    (
        "LIMA",
        "Peru and Bolivia signed a water accord on Friday following three rounds of "
        "negotiations hosted by Peru.",
        "PER>BOL:05 BOL>PER:05 PER>BOL:04",
    ),
    (
        "LOME",
        "Benin and Togo signed a border deal during talks hosted by Togo's president in Lome.",
        "BEN>TGO:05 TGO>BEN:05 TGO>BEN:04 BEN>TGO:04",
    ),
    # kept: a summit the pair signs at, talks placed but not hosted
    (
        "NIAMEY",
        "Niger and Chad signed a security pact at a summit hosted by Niger.",
        "NER>TCD:05 TCD>NER:05",
    ),
    (
        "NIAMEY",
        # session 46 (P8): the pair held the talks it signed after (hold talks, 04, as the
        # guidelines code it; "signed ... after two hours of talks" in dev gold), now read
        # through "days of" (clauses._measure_of); still no hosting occasion
        "Niger and Chad signed a fuel deal after two days of talks in Niamey.",
        "NER>TCD:05 TCD>NER:05 NER>TCD:04 TCD>NER:04",
    ),
]

NONE: list[NearMiss] = [
    # a clause of its own after the by-phrase, one author of one state, a private pair
    (
        "ACCRA",
        "The accord was signed by Ghana's finance minister, Kofi Mensah, and the ceremony ended at noon.",
    ),
    (
        "ACCRA",
        "The letter was written by Ghana's finance minister, Kofi Mensah, and his deputy, Ama Boateng.",
    ),
    (
        "LONDON",
        "The contract was signed by Shell's chief executive, Wael Sawan, and the company's "
        "finance chief, Sinead Gorman.",
    ),
]

GAPS: list[Gap] = []
CASES = PASSIVE_AUTHORS + HOSTED_OCCASIONS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord21_authors(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
