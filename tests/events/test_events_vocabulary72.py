"""Vocabulary 72 (session 45, P3): a fault laid on another state in a reported clause is blame.

"Addis Ababa said the deadlock was Egypt's fault" coded nothing: no pattern read a predicate
noun's possessor as the one blamed. v.say_at_fault (patterns.yaml, 112; clauses
_blamed_holders, need blamed_clause, slot blamed_actor) takes the possessor or of-phrase of a
predicate "fault" or "blame", or the with-phrase of a blame or fault that lies or rests with a
state ("said the blame lay with Cairo"; tried before v.say_accuse, whose "lie" and "blame"
would claim the verb and find no target).
Near misses: the fault denied ("was not Togo's fault"), foretold ("would be the fault of"),
the speaker's own ("its own fault"), a duty that rests with a state ("the security of the
border rested with"), a responsibility that is no fault.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NIAMEY",
        "Niger's foreign ministry said on Sunday the stalemate was Benin's fault.",
        "NER>BEN:11",
    ),
    (
        "LUSAKA",
        "Zambia said the collapse of the border talks was the fault of Malawi.",
        "ZMB>MWI:11",
    ),
    (
        "TUNIS",
        "Tunisia said the blame for the failed meeting lay with Tripoli.",
        "TUN>LBY:11",
    ),
    (
        "HANOI",
        "Vietnam's foreign ministry said the fault rested with Beijing.",
        "VNM>CHN:11",
    ),
    (
        "QUITO",
        '"The breakdown of the talks is Peru\'s fault," the Ecuadorian minister said.',
        "ECU>PER:11",
    ),
]

NONE: list[NearMiss] = [
    ("NIAMEY", "Niger said the stalemate was not Mali's fault."),
    ("LUSAKA", "Zambia said any delay would be the fault of Angola."),
    ("TUNIS", "Tunisia said the failed meeting was partly its own fault."),
    ("HANOI", "Vietnam said the security of the shared river rested with Laos."),
    ("QUITO", "Ecuador said the upkeep of the bridge was Colombia's responsibility."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary72_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary72_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
