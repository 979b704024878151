"""Clauses 41 (session 35, helper S45), from set 45's misses: a loan a clause's doer works with
is lent to that doer, even for work to come.

"YPFB will also repair two compressor stations with a $120 million loan from Argentina's state
bank" had no recipient for the loan (n.loan: no-pair). n.loan's targets now include the with_user
slot: the subject of the act a with-phrase holding the loan qualifies (clauses._with_host), as
n.with_help's with_subj, but also of an act to come ("will repair"): the loan is had now,
whatever it will pay for, while help for work to come is no help yet (with_subj keeps its told
act); not in a relative clause, which describes ("The dam, which Laos built with Chinese loans,
opened"). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru's state oil company will repair two refineries with a $90 million loan from"
        " Chile's state bank.",
        "CHL>PER:07",
    ),
    (
        "LIMA",
        "Peru will build the coastal road with a $300 million loan from Japan.",
        "JPN>PER:07",
    ),
    (
        "QUITO",
        "Ecuador rebuilt the bridge last year with a loan from South Korea.",
        "KOR>ECU:07",
    ),
]

NONE: list[NearMiss] = [
    # help for work to come is no help yet (n.with_help keeps with_subj)
    ("LIMA", "Peru will build the coastal road with help from Japan."),
    # a relative clause describes what it hangs on, no news of its own
    ("QUITO", "The bridge, which Ecuador rebuilt with Korean loans, reopened on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses41_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses41_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
