"""Review 49 (session 29, helper S31): "both sides" after a supporter's words is not the
supporter and the one it backs.

"Guyana's navy detained a Surinamese boat ... Washington stood 'shoulder to shoulder' with
Suriname. Brazil urged both sides to resolve the incident": the pair of the latest sentence,
the United States and Suriname, took the appeal; a pair joined only by one's support of the
other (plurals.yaml ally_verbs: stand, side, back, support), like a pair joined only by an
appeal, is allies, not the sides of the dispute a third party's appeal is about
(plurals._appeal_only, plurals._latest_interaction). Every sentence was written for this
file; each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").

"The IMF said in a statement that Egypt had made progress on inflation but urged the
government to ...": the parser joins "urged" to the reported clause, so the clause's subject
(Egypt) urged, and "the government", addressed by it, went to the state named before. A
subjectless verb joined by "but" to a reported clause is the speaker's turn: its source is
the speaker (parties._reporter, which took only "and"), and the state a bare role it addresses
is found beside the speaker, not the clause's subject (addressed._past_reported_contrast).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

_DETAINED = "Guyana's navy detained a Surinamese fishing boat on Friday. "

CASES: list[Case] = [
    (
        "PARAMARIBO",
        _DETAINED + "The United States condemned the detention. The State Department said "
        'Washington stood "shoulder to shoulder" with Suriname. Brazil urged both sides to '
        "resolve the incident through dialogue.",
        "GUY>SUR:17 USA>GUY:11 USA>SUR:05 BRA>GUY:02 BRA>SUR:02",
    ),
    (
        "GEORGETOWN",
        _DETAINED + "France backed Suriname. Brazil urged both sides to show restraint.",
        "GUY>SUR:17 FRA>SUR:05 BRA>GUY:02 BRA>SUR:02",
    ),
    # kept: a pair at odds is still the pair the appeal goes to
    (
        "BELMOPAN",
        "Guyana and Suriname traded accusations. France sided with Suriname. Brazil called on "
        "both countries to talk.",
        "GUY>SUR:11 SUR>GUY:11 FRA>SUR:05 BRA>GUY:02 BRA>SUR:02",
    ),
]

# the speaker's turn after "but"
CASES += [
    (
        "ACCRA",
        "Austria's foreign minister praised Ghana. The World Bank said in a statement that "
        "Ghana had cut its deficit but urged the government to sell state firms.",
        "AUT>GHA:05 WB>GHA:02",
    ),
    (
        "LUSAKA",
        "The IMF said Zambia had made progress but urged Lusaka to cut spending.",
        "IMF>ZMB:02",
    ),
    # kept: "and", as before
    ("OSLO", "Norway said Sweden had acted lawfully and urged Denmark to follow.", "NOR>DNK:02"),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review49_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review49_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
