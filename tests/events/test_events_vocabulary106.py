"""Vocabulary 106 (session 56, helper O82, opening set 82): a portfolio's department, a ruler,
and a stance of respect that defends no deed.

Forms the census of set 82 found failing, rewritten here with other names and words:
- "Canada's foreign affairs department urged Fiji ...": a portfolio's department is its
  ministry, a state's body (gazetteer: portfolio phrases with "department"); a department
  with no state ("The Texas health department", a university's department) is none.
- "The Danish ruler accepted": a ruler is a state's head (offices.yaml titles, head_titles),
  so an acceptance told by that title is the state's.
- "said it respects the sovereign choices of Caribbean nations": a verb of keeping a law
  takes the law as its object (rules conformity_verbs), so a modifier of another object is
  no defence of a deed (v.say_lawful) and no rejection is coded; "said it had respected the
  treaty" after an accusation still rejects it.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# gazetteer._compile_gazetteer: "<portfolio> department"
DEPARTMENT_KEPT: list[Case] = [
    ("OTTAWA", "Canada's foreign affairs department urged Fiji to hold early elections.", "CAN>FJI:02"),
    ("OTTAWA", "Chile's interior department urged Peru to free the sailors.", "CHL>PER:02"),
    (
        "OTTAWA",
        "Kenya's international relations department criticized Uganda's decision to close the border.",
        "KEN>UGA:11",
    ),
]
DEPARTMENT_NOT: list[NearMiss] = [
    ("OTTAWA", "The Texas health department urged residents to stay indoors."),
    ("OTTAWA", "The university's geography department invited Peruvian students to a summer course."),
]

# offices.yaml: ruler
RULER_KEPT: list[Case] = [
    (
        "OSLO",
        "Norway's king invited the Danish ruler to Oslo. The Danish ruler accepted, the palace said.",
        "NOR>DNK:03|04 DNK>NOR:03|04|05",
    ),
    ("DAKAR", "Mali's ruler visited Senegal on Monday.", "MLI>SEN:04"),
]

# objects._worded_clause, rules conformity_verbs
STANCE_NOT_DEFENCE: list[Case] = [
    (
        "OTTAWA",
        "Jamaica signed two deals with Cuba. Canada's foreign ministry said it respects the "
        "sovereign choices of Caribbean nations, but urged Kingston to keep regional partners informed.",
        "JAM>CUB:05 CAN>JAM:02",
    ),
]
DEFENCE_KEPT: list[Case] = [
    (
        "LIMA",
        "Peru accused Chile of breaking the fisheries accord. Santiago said it had respected the treaty.",
        "PER>CHL:11 CHL>PER:12",
    ),
    (
        "LIMA",
        "Peru accused Chile of breaking the fisheries accord. Santiago said it had complied with "
        "the treaty in full.",
        "PER>CHL:11 CHL>PER:12",
    ),
]

CASES: list[Case] = DEPARTMENT_KEPT + RULER_KEPT + STANCE_NOT_DEFENCE + DEFENCE_KEPT
NONE: list[NearMiss] = DEPARTMENT_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary106_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary106_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
