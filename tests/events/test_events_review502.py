"""Review 502 (session 70, RX70): a gift with no recipient borrows none from a deal told
beside it in its own sentence unless that deal names the gift's goods outside the gift's phrase.

extract's delivery context gives a giving act that names no recipient ("would pay for a
study") the other side of the latest cooperative act that names the same goods
(reactions._delivery_partner). In the act's own sentence the goods were always "named": by the
gift's own phrase. So "welcomed the accord with Peru and said it would pay for a study" paid
Peru, and "supported the agency's call and would pay for a study" paid the agency (open sets
79, 99: extras of the welcomed party, the gold's only event of the pair being the welcome).
Now the goods must be named in that sentence outside the gift's own phrase; a deal of an
earlier sentence is read whole, as before.

Near misses: a welcome or praise of a deal joined to a pledge to pay for something the deal
does not name. Kept: a purchase and its delivery in one sentence; a deal and a later delivery;
a pledge placed by a place it names.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the goods are named by the purchase, outside the delivery's phrase
    (
        "",
        "Poland bought 96 helicopters from the United States, and Washington will deliver the "
        "first helicopters next year.",
        "POL>USA:06 USA>POL:03",
    ),
    # a deal of an earlier sentence is read whole, as before
    (
        "",
        "Poland signed a deal with the United States for 96 helicopters. Washington will "
        "deliver the first helicopters next year.",
        "POL>USA:05 USA>POL:03",
    ),
    # a place the works are in gives their state (not the deal's partner)
    (
        "",
        "India welcomed the bank's loan to Sri Lanka and said New Delhi would co-finance a port "
        "at Colombo.",
        "IND>LKA:03",
    ),
    # the welcome alone: the study is no part of the agreement
    (
        "",
        "Canada welcomed the agreement with Peru and said it would pay for a study of the mine's "
        "water.",
        "CAN>PER:05",
    ),
    (
        "",
        "Mexico welcomed the accord between Belize and Guatemala and said it would pay for a "
        "survey of the river.",
        "MEX>BLZ:05 MEX>GTM:05",
    ),
    # the study's own of-phrase names whose reactor it is
    (
        "",
        "The EU supported the agency's call and said it would pay for an independent study of "
        "Armenia's reactor.",
        "EU>ARM:03",
    ),
]
NONE: list[NearMiss] = [
    ("", "Chile welcomed the plan and said it would pay for a study of the coast."),
]
GAPS: list[Gap] = [
    (
        "",
        "The EU supported the IAEA's call on Armenia and said it would pay for an independent "
        "study of the reactor.",
        "EU>IAEA:05 IAEA>ARM:02 EU>ARM:03",
        "the reactor's owner is told only by the appeal's target; the payment codes no one",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review502_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review502_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
