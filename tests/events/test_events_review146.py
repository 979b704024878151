"""Review 146 (session 46, P10): "insisted that X do": a demand, also when the tagger reads the
bare subjunctive as a plain present.

- A mandative verb's that-clause (mandative_verbs: "insisted that Russia withdraw") demands
  only when its verb is a bare subjunctive (parties._unreal_clause); spaCy often tags that
  bare form VBP after a singular name ("insisted that Venezuela respect the result"), where a
  present would read "respects": a VBP after one singular noun subject is read as the bare
  subjunctive too (parties._bare_subjunctive). An assertion ("insisted that Venezuela had
  respected"), a clause about no state, or one's own forces stay no demand.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("BRASILIA", "Brazil insisted that Venezuela respect the election result.", "BRA>VEN:10"),
    ("TALLINN", "Estonia's foreign minister insisted that Russia return the detained border "
     "guard.", "EST>RUS:10"),
    ("HELSINKI", "Finland insisted on Tuesday that Russia explain the airspace violation.",
     "FIN>RUS:10"),
    # the parser reads the name as a compound of the bare verb: the clause's subject all the
    # same (clauses._misread_clause_subject)
    ("OSLO", "Norway insists that Iceland honor the fishing agreement.", "NOR>ISL:10"),
]

NEAR_MISSES: list[NearMiss] = [
    ("BRASILIA", "Brazil insisted that Venezuela had respected the election result."),
    ("BRASILIA", "Brazil insisted that the talks resume next week."),
    ("MONTEVIDEO", "Uruguay insisted that its peacekeepers remain in Congo."),
    ("BRASILIA", "Brazil insisted that Venezuelan voters respect the result."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review146_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review146_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
