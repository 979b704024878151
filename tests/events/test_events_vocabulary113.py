"""Vocabulary 113 (session 57, helper O87): a form set 87's opening found, in sentences of our own.

Talks or negotiations "concluded" or "completed" on a named deal are the deal reached (057,
v.conclude_talks, as v.sign's "concluded an agreement"), both ways for a coordinated subject;
talks concluded with no deal named, or without one, or with a deal denied, reach none.
A trip's talks held at a body's seat ("for talks at the headquarters of the OSCE") name the
body as the partner, as "at the OSCE" does (rules body_seat_nouns, sides._talks_partners); the
headquarters of no actor ("of a Swiss bank") leave the trip to the city's state as before.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns v.conclude_talks
CONCLUDED_KEPT: list[Case] = [
    (
        "SANTIAGO",
        "Chile and Vietnam concluded negotiations on a free trade agreement on Monday.",
        "CHL>VNM:05 VNM>CHL:05",
    ),
    (
        "NAIROBI",
        "Kenya and Ghana completed negotiations on a new air services accord.",
        "KEN>GHA:05 GHA>KEN:05",
    ),
]
CONCLUDED_NOT: list[NearMiss] = [
    ("HANOI", "Chile and Vietnam concluded talks in Hanoi on Tuesday."),
    ("HANOI", "Chile and Vietnam concluded negotiations without an agreement on Tuesday."),
    ("HANOI", "Chile and Vietnam concluded negotiations on Friday but did not sign a deal."),
]
CONCLUDED_GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru concluded talks with Ecuador on a fisheries deal on Monday.",
        "PER>ECU:05 ECU>PER:05",
        "the with-phrase hangs on the talks, which the pattern's targets do not read",
    ),
]

# rules body_seat_nouns (sides._talks_partners)
SEAT_KEPT: list[Case] = [
    (
        "LIMA",
        "Peru's foreign minister will fly to Addis Ababa on Thursday for talks at the"
        " headquarters of the African Union.",
        "PER>AU:04",
    ),
    (
        "LIMA",
        "Peru's foreign minister flies on Thursday to Vienna for talks at the headquarters of"
        " the OSCE.",
        "PER>OSCE:04|03",
    ),
    # near miss: the seat of no actor keeps the city's state
    (
        "LIMA",
        "Peru's foreign minister will fly to Geneva on Thursday for talks at the headquarters"
        " of a Swiss bank.",
        "PER>CHE:04",
    ),
]

CASES: list[Case] = CONCLUDED_KEPT + SEAT_KEPT
NONE: list[NearMiss] = CONCLUDED_NOT
GAPS: list[Gap] = CONCLUDED_GAPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary113_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary113_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
