"""Context 73 (session 36, helper S48): an appeal for calm joined after a contact goes to
those contacted.

"A State Department spokesperson said the United States was in contact with both governments
and urged 'restraint and de-escalation'": an appeal for calm with no target of its own took
the sides of the latest armed conflict (reactions._conflict_sides), and with only
condemnations and accusations told before it, none. Now an appeal for calm joined with no
subject of its own after its source's contact (meeting_roots: talks, calls, being in contact)
in the same sentence is made to the parties of that contact (extract._contacted_sides), before
the conflict the story told last. An appeal joined after praise keeps the old reading. Every
sentence was written for this file; each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an appeal for calm joined after a contact: to those contacted
CASES: list[Case] = [
    (
        "LIMA",
        "Peru accused Chile on Monday of moving troops to the border. Brazil said it was in"
        " contact with both governments and urged restraint.",
        "PER>CHL:11 BRA>PER:04 BRA>CHL:04 BRA>PER:02 BRA>CHL:02",
    ),
    (
        "QUITO",
        "Peru accused Ecuador on Monday of moving troops to the border. Argentina's foreign"
        " minister phoned his Peruvian and Ecuadorian counterparts on Tuesday and urged calm.",
        "PER>ECU:11 ARG>PER:04 ARG>ECU:04 ARG>PER:02 ARG>ECU:02",
    ),
    (
        "SANTIAGO",
        "Brazil's foreign minister spoke with Chile's president on Monday and urged calm.",
        "BRA>CHL:04 BRA>CHL:02",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "BOGOTA",
        "Peru accused Colombia on Monday of moving troops to the border. Brazil praised both"
        " governments for their patience and urged restraint.",
        "PER>COL:11 BRA>PER:05 BRA>COL:05 BRA>PER:02 BRA>COL:02",
        "an appeal for calm joined after praise is read as before: no armed conflict told, no"
        " sides",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context73_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context73_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
