"""Context 133 (session 58, A58): foreigners held with no holder named.

The sides stage stops the open and blind sets' patterns most often at an unresolved source.
Among the open sets' such misses, an agentless passive of arrest or seizure on another
state's nationals or craft ("Two Peruvian fishermen were detained in ...") is a common wire
form: the act is done by the state where they were held (rules held_patient_roots), read
from the in- or at-phrase of the passive, as a visitor received is (extract._hosting_place).
Force (17) is no counterpart root: the discourse counterpart is not asked, as "were
arrested" names no holder when no place is told, and a state's own nationals held at home
are no foreigners.

A speech verb's second act the parser hangs as a second reported clause of it, after a
joining word left on the first clause's verb ("said the ship circled an island where its
coast guard keeps a station and warned that ..."), is the speaker's own (parties._loose_conjunct,
as a loose verb after a comma is): its source was unresolved. A speaker of no state (a
company's, a rebel front's, an analyst) still codes nothing, and a second "that"-clause is
reported, no act.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# extract._hosting_place (held_patient_roots)
HELD_IN: list[Case] = [
    ("LIMA", "Two Ecuadorian fishermen were arrested in Lima on Sunday.", "PER>ECU:17"),
    ("NAIROBI", "Four Somali nationals were detained in Mombasa last week.", "KEN>SOM:17"),
    # a place inside the place (extract._held_places)
    ("LIMA", "Three Chilean sailors were detained at the port of Callao.", "PER>CHL:17"),
]
HELD_IN_NOT: list[NearMiss] = [
    # the patient's own state holds its own
    ("LIMA", "Two Ecuadorian fishermen were arrested in Quito on Sunday."),
    # no state for the patient
    ("LIMA", "Two fishermen were arrested in Lima on Sunday."),
    # no place told: no holder
    ("LIMA", "Two Ecuadorian fishermen were arrested on Sunday."),
    # two places: no one holder
    ("LIMA", "Two Ecuadorian fishermen were arrested in Lima and Bogota on Sunday."),
    # a thing an inner phrase names is no place of its state
    ("LIMA", "Two Ecuadorian fishermen were arrested in a raid on a Chilean-owned farm."),
    # not done
    ("LIMA", "Two Ecuadorian fishermen were not arrested in Lima on Sunday."),
]

_INCURSION = "China sent a survey ship into Vietnam's waters on Monday."
_WARNED = (
    "said the ship circled an island where Vietnam's coast guard keeps a station and warned "
    "that Hanoi would answer any further incursion."
)

# parties._loose_conjunct (a second reported clause of a speech verb)
LOOSE_REPORT: list[Case] = [
    (
        "HANOI",
        f"{_INCURSION} A Vietnamese Foreign Ministry spokeswoman {_WARNED}",
        "CHN>VNM:15 VNM>CHN:13",
    ),
]
# ... and no act of a speaker of no state, nor a second "that"-clause (the incursion only)
LOOSE_REPORT_NOT: list[Case] = [
    ("HANOI", f"{_INCURSION} A shipping company spokeswoman {_WARNED}", "CHN>VNM:15"),
    (
        "HANOI",
        f"{_INCURSION} A spokesman for the rebel Liberation Front {_WARNED}",
        "CHN>VNM:15",
    ),
    ("HANOI", f"{_INCURSION} A Hanoi analyst {_WARNED}", "CHN>VNM:15"),
    (
        "HANOI",
        f"{_INCURSION} Vietnam's foreign ministry said the ship circled an island where its "
        "coast guard keeps a station and that Hanoi would answer any further incursion.",
        "CHN>VNM:15",
    ),
]

CASES: list[Case] = HELD_IN + LOOSE_REPORT + LOOSE_REPORT_NOT
NONE: list[NearMiss] = HELD_IN_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context133_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context133_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
