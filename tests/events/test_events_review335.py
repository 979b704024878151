"""Review 335 (session 65, N65): "banned maize exports to its neighbours to protect domestic
supplies, a measure that angered Malawi and Zambia", a summing noun after a purpose clause.

A summing apposition ("a measure", "a step", "a move") that the parser hangs on the last noun
of the clause it sums up was read as summing the verb above that noun; after a purpose
infinitive ("to protect domestic supplies") that verb is the purpose, which is no act, and the
states the apposition names were not read as the ones the ban reached
(parties._summed_clause now climbs from a purpose infinitive to the act it explains).

Near misses: an apposition that names no state ("surprised analysts", "angered traders"); the
ban's own reactor still found after the purpose ("a step Nepal criticized").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DAR ES SALAAM",
        "Tanzania banned maize exports to its neighbours to protect domestic supplies, a measure "
        "that angered Malawi and Zambia.",
        "TZA>MWI:16 TZA>ZMB:16",
    ),
    (
        "NEW DELHI",
        "India banned rice exports to its neighbours to curb prices at home, a step that angered "
        "Nepal and Bangladesh.",
        "IND>NPL:16 IND>BGD:16",
    ),
    (
        "KATHMANDU",
        "India banned rice exports to Nepal to curb prices, a step Nepal criticized.",
        "IND>NPL:16 NPL>IND:11",
    ),
]
NONE: list[NearMiss] = [
    (
        "NEW DELHI",
        "India banned rice exports to its neighbours to curb prices at home, a step that "
        "surprised analysts.",
    ),
    (
        "DAR ES SALAAM",
        "Tanzania banned maize exports to protect domestic supplies, a measure that angered "
        "traders.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review335_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review335_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
