"""Vocabulary 37 (session 30, helper S32): forgiveness asked is an apology; fees cut
together are a settlement between the pair.

"Germany's president asked Namibians for forgiveness" coded an appeal (020, v.ask_for): a
state asking another's people for forgiveness or pardon apologizes to them (055,
v.ask_forgiveness); asking for anything else stays an appeal. "Senegal and Gambia agreed to
cut tolls" coded nothing: a pair agreeing to cut, lower, reduce, halve or waive something
settles it between them (057 both ways, v.agree_joint's word list); one state agreeing to a
cut alone names no partner. "Namibia wanted Germany to negotiate directly with Herero and
Nama leaders" coded nothing: talks a state wants another to hold (negotiate, consult) are
asked of it, a demand (10), as v.want_of's other acts; a state wanting to negotiate itself
asks no one. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru's president asked Chileans for forgiveness on Monday for the killings of 1932.",
        "PER>CHL:05",
    ),
    ("ASUNCION", "The Bolivian president begged Paraguayans for pardon for the war.", "BOL>PRY:05"),
    # anything else asked for stays an appeal
    ("LIMA", "Peru's president asked Chile for more water on Monday.", "PER>CHL:02"),
    (
        "ARICA",
        "Peru and Chile agreed on Monday to cut fees for buses crossing the border.",
        "PER>CHL:05 CHL>PER:05",
    ),
    (
        "SANTIAGO",
        "Argentina and Chile agreed to lower tariffs on copper wire.",
        "ARG>CHL:05 CHL>ARG:05",
    ),
    (
        "MINSK",
        "Latvia and Lithuania agreed to halve port charges for each other's ships.",
        "LVA>LTU:05 LTU>LVA:05",
    ),
]

# talks wanted of another
CASES += [
    (
        "LIMA",
        "Foreign Minister Ana Ruiz said Peru wanted Chile to negotiate directly with the "
        "fishermen's unions.",
        "PER>CHL:10",
    ),
    ("QUITO", "Ecuador wanted Colombia to consult it before building the dam.", "ECU>COL:10"),
    # kept: talks a state wants to hold itself are its intent (03), no demand
    ("LA PAZ", "Bolivia wants to negotiate a new gas contract with Brazil.", "BOL>BRA:03"),
]

# one state agreeing to a cut names no partner
NONE: list[NearMiss] = [
    ("LIMA", "Ecuador agreed to cut fees for its own truckers."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary37_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary37_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
