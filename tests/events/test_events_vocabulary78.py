"""Vocabulary 78 (session 46, O65): four acts that named both states yet coded nothing.

- A ban or sanctions stretched to another state's goods (v.extend_ban, 163): "Qatar extended
  its ban to all Iraqi poultry"; under "warned that Kuwait could ..." it is a threat of that
  embargo (1312, warned_codes). A ban extended in time or to goods of no state names none.
- A meeting requested or demanded with another state's people (v.request_meeting_with, 020):
  "France requested an urgent meeting with Algerian officials". A meeting "of the Security
  Council" stays v.request_session's; one with a firm's people asks no state.
- Places at a state's schools offered to another state's students (v.offer_places): as given
  ones (v.give_places, 070), found before v.offer, which reached only the students, a private
  party. A seat on a board stays a plain offer.
- Staff sent "to advise" or "to train" a state (context._HELP, v.send_staff's help_obj), as
  "to help" one.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.extend_ban
    ("DOHA", "Qatar extended its ban to all Iraqi poultry on Monday.", "QAT>IRQ:16"),
    ("RIYADH", "Saudi Arabia warned that it could extend the ban to all Syrian goods.", "SAU>SYR:13"),
    (
        "DOHA",
        "Qatar banned poultry imports from Iraq on Sunday. A ministry spokesman warned that"
        " Qatar could extend the ban to all Iraqi goods.",
        "QAT>IRQ:16 QAT>IRQ:13",
    ),
    # v.request_meeting_with
    ("PARIS", "France requested an urgent meeting with Algerian officials on Monday.", "FRA>DZA:02"),
    ("PARIS", "France requested a meeting with Algeria's ambassador on Monday.", "FRA>DZA:02"),
    ("LIMA", "Peru demanded talks with Chile over the fishing dispute.", "PER>CHL:02"),
    (
        "NEW DELHI",
        "Nepal's embassy said it had requested an urgent meeting with Indian health officials.",
        "NPL>IND:02",
    ),
    ("LIMA", "Peru requested an urgent meeting of the Security Council.", "PER>UN:02"),
    # v.offer_places
    (
        "HANOI",
        "Vietnam will offer 200 places a year at its medical universities to Lao students.",
        "VNM>LAO:03|07",
    ),
    ("HANOI", "Vietnam offered Cambodia 50 scholarships at its engineering schools.", "VNM>KHM:03|07"),
    ("HANOI", "Vietnam offered Cambodia a seat on the board of the river commission.", "VNM>KHM:03"),
    # staff sent to advise or to train
    (
        "ATHENS",
        "Cyprus will send a team of army engineers to advise Georgia on mine clearance.",
        "CYP>GEO:03|06",
    ),
    (
        "BERLIN",
        "Germany will send a team of police instructors to train Moldova's border guards.",
        "DEU>MDA:03|06",
    ),
    ("PARIS", "France sent its engineers to advise Mali's army on demining.", "FRA>MLI:06"),
]

NEAR_MISSES: list[NearMiss] = [
    # a ban extended in time, or to goods of no state
    ("DOHA", "Qatar extended the ban to all frozen fruit on Monday."),
    ("DOHA", "Qatar warned that it could extend the ban until the end of the year."),
    # a meeting with a firm's people, or one only sought
    ("LIMA", "Peru requested a meeting with the company's executives."),
    # places offered by a school, to no state's students
    ("HANOI", "The university will offer 200 places a year to foreign students."),
    # staff sent to advise a company
    ("ROME", "Italy sent a team of engineers to advise the company on the bridge."),
]

GAPS: list[Gap] = [
    (
        "BAKU",
        "Azerbaijan warned that it could widen its sanctions to all Armenian firms.",
        "AZE>ARM:13",
        "found by writing: sanctions on a state's firms are no act on the state today",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary78_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary78_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
