"""Event vocabulary, forty-ninth set (session 32, GSR): acts of the CAMEO manual's forms
that we left uncoded between two states, found by a census of the PLOVER gold standard's
international records (none of its sentences is copied here). First: ground taken back
("retook a hill village in northern Laos") with no from-phrase naming the force it was
taken from: the state the place lies in (v.retake_ground, after v.recapture). Second: a
machine a force word modifies acts for that force's state ("Turkish army bulldozers
demolished Syrian homes": rules.yaml force_machines, force_words); a nationality alone names
where the machine was made. Third: a participle on a preposition's object that the parser
reads as a clause with that object as its subject ("granted asylum to two officers holed up
in its embassy") gives the object back (context._what_named). Fourth: measures imposed
again ("reimposed sanctions on ...", "reintroduced tariffs on ...": v.impose_sanctions).

Same harness as test_events_vocabulary9.py: each body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). Every sentence is invented. NONE holds
near-misses that must code nothing; GAPS are expected failures with their reason.
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    ("BANGKOK", "Thai troops retook a hill village in northern Laos on Monday.", "THA>LAO:19"),
    (
        "ALGIERS",
        "Algerian forces recaptured an airfield in southern Libya after two days of fighting.",
        "DZA>LBY:19",
    ),
    # a from-phrase still names the force (v.recapture, tried first)
    (
        "HANOI",
        "Vietnamese troops retook the town in eastern Laos from Thai forces.",
        "VNM>THA:19",
    ),
    ("ANKARA", "Turkish army bulldozers demolished Syrian homes near the border.", "TUR>SYR:17"),
    ("JERUSALEM", "Israeli military bulldozers razed Lebanese olive groves.", "ISR>LBN:17"),
    (
        "NAIROBI",
        "Kenyan border police vehicles rammed a Somali fishing boat off Kiunga.",
        "KEN>SOM:19",
    ),
    (
        "QUITO",
        "Ecuador has granted diplomatic asylum to two Colombian army officers holed up in its "
        "embassy.",
        "ECU>COL:07",
    ),
    # the parser hangs the officers on the participle, not on "to": a counted stray object
    # (context._stray_object; session 64, P64: this row was a gap)
    (
        "LIMA",
        "Peru has granted asylum to three Bolivian police officers holed up in its consulate.",
        "PER>BOL:07",
    ),
    ("CANBERRA", "Australia reimposed sanctions on Fiji after the second coup.", "AUS>FJI:16"),
    ("OTTAWA", "Canada reintroduced tariffs on Brazilian steel on Monday.", "CAN>BRA:16"),
]

# (dateline, body): near-misses that must code nothing
NONE: list[tuple[str, str]] = [
    # ground in the taker's own state
    ("LIMA", "Peruvian troops recaptured a town in Peru from the rebels."),
    # no ground: a lead, a seat
    ("QUITO", "Ecuador retook the lead in the regional rankings from Colombia's exporters."),
    ("SANTIAGO", "Chile's ruling party retook a seat in the northern region."),
    # machines of a nationality alone: where they were made, no force's
    ("RABAT", "Moroccan bulldozers razed Algerian farms along the frontier."),
    ("VIENTIANE", "Chinese excavators demolished Lao villages to clear the rail route."),
    # reintroduced, but no measure: a bill is no sanction
    ("WELLINGTON", "New Zealand reintroduced a bill on Chinese investment."),
]

# (dateline, body, expected, reason): expected failures
GAPS: list[tuple[str, str, str, str]] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary49_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary49_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
