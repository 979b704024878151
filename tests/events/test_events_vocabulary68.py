"""Vocabulary 68 (session 45, O61): armored carriers and warships sold between states.

A sale of armored personnel carriers, frigates, corvettes, submarines or warships to a state
is arms given for a price: military aid (072; 03 when only announced), as a sale of tanks or
howitzers already is (v.sell_goods). Near misses: an airline called "the carrier" selling
tickets, a carrier business sold to a firm, warships sent to a region (no sale).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LISBON",
        "Rocha said Portugal would sell Angola 20 armored personnel carriers produced by a"
        " state-owned firm.",
        "PRT>AGO:03|07",
    ),
    (
        "LUANDA",
        "Portugal sold Angola 20 armoured personnel carriers last year.",
        "PRT>AGO:07",
    ),
    (
        "MANILA",
        "South Korea sold two frigates to the Philippines in March.",
        "KOR>PHL:07",
    ),
    (
        "QUITO",
        "Chile has sold Ecuador a submarine, the navy said.",
        "CHL>ECU:07",
    ),
    (
        "DHAKA",
        "China sold Bangladesh four corvettes and two warships in 2023.",
        "CHN>BGD:07",
    ),
]

NONE: list[NearMiss] = [
    ("LIMA", "The national carrier sold 2,000 tickets to Peruvian travelers."),
    ("BRASILIA", "Brazil's largest airline sold its regional carrier business to a Spanish group."),
    ("TOKYO", "Japan sent two frigates to the region on Monday for an exercise."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary68_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary68_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
