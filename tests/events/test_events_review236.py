"""Review 236 (session 62, Z62): a dispute's other side through "for V-ing"; the tone of
another's words regretted.

"Denmark accepted a formula for ending its fishing dispute with Norway": the object's phrase
search (obj_sub) steps through a gerund of "for" as through "to V" ("a plan to end its
dispute with Norway"), so the dispute's with-phrase names the other side (rules
gerund_preps, clauses._under; v.accept_settlement, 037). With no dispute noun (a plan for
fishing with foreign boats) or no with-phrase, nothing is coded.

"Peru regretted the tone of Chile's statement": the manner of another's words regretted is
disapproval of their speaker (patterns.yaml v.regret_tone, 111). It codes only a speaker its
of-phrase names (named_author), so "regretted the tone of the note" after the note told
before is left to v.regret's counterpart guess; "regretted the loss of" a national is sorrow.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

GERUND: list[Case] = [
    (
        "COPENHAGEN",
        "Denmark accepted a formula for ending its fishing dispute with Norway, officials said.",
        "DNK>NOR:03",
    ),
    (
        "ACCRA",
        "Ghana agreed to a framework for resolving the maritime dispute with Ivory Coast.",
        "GHA>CIV:03",
    ),
    (
        "HANOI",
        "Vietnam accepted a proposal for settling its sea row with the Philippines.",
        "VNM>PHL:03",
    ),
]
TONE: list[Case] = [
    ("LIMA", "Bolivia regretted the tone of Chile's statement on Tuesday.", "BOL>CHL:11"),
    ("QUITO", "Ecuador deplored the language of Colombia's foreign minister.", "ECU>COL:11"),
    (
        "ASUNCION",
        "Argentina sent a sharp protest note to Paraguay on Monday. Paraguay regretted the "
        "tone of the note.",
        "ARG>PRY:11 PRY>ARG:11",
    ),
]

CASES: list[Case] = GERUND + TONE
NONE: list[NearMiss] = [
    ("COPENHAGEN", "Denmark accepted a plan for fishing with Norwegian boats."),
    ("COPENHAGEN", "Denmark accepted a formula for ending the dispute, its ministry said."),
    ("ACCRA", "Ghana regretted the tone of the debate in its own parliament."),
    ("SANTIAGO", "Uruguay lamented the language of the draft resolution."),
    ("BERLIN", "Austria regretted the loss of a Polish climber on the mountain."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review236_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review236_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
