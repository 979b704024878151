"""Clauses 64 (session 47, O66): an asking participle on a note or letter sent asks whom the
note goes to.

"Norway sent a letter to Sweden asking for talks on the border": the parser hangs "asking"
on "sent"; the letter's to-phrase (or the sender's dative, "sent Denmark a note asking ...")
is who is asked (v.ask_for now reads carrier_to, as v.demand does for "a note demanding").
A letter to one's own people, or a team (no note) sent, asks no state.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("OSLO", "Norway sent a letter to Sweden asking for talks on the border.", "NOR>SWE:02"),
    ("OSLO", "Norway sent Denmark a diplomatic note asking for an explanation.", "NOR>DNK:02"),
    (
        "OSLO",
        "Norway said it had sent a note to Moscow asking for a halt to the deportations.",
        "NOR>RUS:02",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("OSLO", "Norway sent a letter to its citizens asking for calm."),
    ("OSLO", "Norway sent a team to the coast asking for volunteers."),
]

GAPS: list[Gap] = [
    (
        "OSLO",
        "Norway said it had sent a note to Moscow asking for the release of the crew.",
        "NOR>RUS:02",
        "a release asked for is v.call_for_release's, which reads no note's addressee",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses64_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses64_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
