"""Vocabulary 108 (session 57, helper O86): forms set 86's opening found, in sentences of our own.

A request just told that its target "would not commit" to is refused (v.not_commit, a reaction
as a bare "declined" is: v.refused); a crime or troops not committed (an object) refuse
nothing, nor does "did not commit, but agreed to study it" (a lesser step joined to it), and a
negated commitment with no request before answers nothing. A state's position
or stance held dear is praise, as its role is (v.value_part); one's own position is not.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns v.not_commit
NOT_COMMIT_KEPT: list[Case] = [
    (
        "LIMA",
        "Peru asked Chile on Monday to back its bid for a seat on the Security Council. Chilean"
        " Foreign Minister Ana Rojas would not commit.",
        "PER>CHL:02 CHL>PER:12",
    ),
    (
        "HELSINKI",
        "Finland urged Sweden to join the new air patrol. Stockholm would not commit.",
        "FIN>SWE:02 SWE>FIN:12",
    ),
    # a lesser step joined to it refuses nothing: only the request
    (
        "ACCRA",
        "Ghana asked Togo to extend the power line to the border. Togo did not commit, but"
        " agreed to study the extension with Ghana.",
        "GHA>TGO:02",
    ),
    # an object committed refuses nothing: only the request
    (
        "LIMA",
        "Peru asked Chile on Monday to send more police to the border. Chile has not committed"
        " any troops to the mission.",
        "PER>CHL:02",
    ),
]
NOT_COMMIT_NOT: list[NearMiss] = [
    ("SANTIAGO", "Chilean Foreign Minister Ana Rojas would not commit to a date for the talks."),
]

# patterns v.value_part (position, stance)
VALUE_KEPT: list[Case] = [
    (
        "AMMAN",
        "Jordan's Foreign Ministry said in a statement that the kingdom values the Spanish position"
        " on refugees.",
        "JOR>ESP:05",
    ),
    ("CAIRO", "Egypt said it valued Spain's stance on the dispute.", "EGY>ESP:05"),
]
VALUE_NOT: list[NearMiss] = [
    ("AMMAN", "Jordan said it valued its position as a bridge between the Gulf and Europe."),
    ("AMMAN", "Jordan valued the position of its central bank."),
]

CASES: list[Case] = NOT_COMMIT_KEPT + VALUE_KEPT
NONE: list[NearMiss] = NOT_COMMIT_NOT + VALUE_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary108_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary108_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
