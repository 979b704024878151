"""Roots 33 (session 32, helper ROOTX): a sale is trade, not aid.

"Ukraine sold 2 million tons of wheat to Egypt": goods sold are economic cooperation (06, as
v.export_to and v.supply_energy code trade), where v.provide_aid coded them as the aid its
object words name (073 for grain, 071 for money); arms sold stay military aid (07, the gold
sets list 07/06 for arms sales); goods given stay aid. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KYIV",
        "Ukraine sold 2 million tons of wheat to Egypt last year.",
        "UKR>EGY:06",
    ),
    (
        "ASTANA",
        "Kazakhstan sold grain to Tajikistan at cost during the drought.",
        "KAZ>TJK:06",
    ),
    (
        "BUENOS AIRES",
        "Argentina sold Chile fuel and generators after the storm.",
        "ARG>CHL:06",
    ),
    # arms sold: military aid, as before
    (
        "YEREVAN",
        "Israel, which has sold Azerbaijan drones, declined to comment.",
        "ISR>AZE:07",
    ),
    ("OSLO", "Norway sold Latvia two coastal patrol boats in 2023.", "NOR>LVA:07"),
    # a sale agreed: the sale itself, arms as military aid (agreed_done_patterns, review191)
    (
        "PARIS",
        "France agreed last week to sell Armenia air-defense radars.",
        "FRA>ARM:07",
    ),
    # near miss in kind: goods given are aid
    (
        "TOKYO",
        "Japan gave Kenya 10,000 tons of rice.",
        "JPN>KEN:07",
    ),
]

NONE: list[NearMiss] = [
    # goods sold at home name no buyer state
    ("ACCRA", "Ghana sold its grain reserves at auction last month."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots33_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots33_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
