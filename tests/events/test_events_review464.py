"""Review 464 (session 69, NT69): an ask told in a relative clause on a noun summing up an act.

"Somali forces handed over four suspects, a step Nairobi had requested": the ask names no one in
its slots, but the noun it hangs on sums up the act told before it (parties `_summed_clause`),
so the ask was made of whoever did that act (extract `_summed_doers`, rules summed_ask_roots:
asks and demands). Only a deed done: a saying, a plan, a negated act sum up no ask's
addressee.

Near misses: the summed act is only said or planned, or negated; the summed clause is a
judgement; the asker's own state did the act.
Gap: a relative "which" on the whole clause (no summing noun).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "",
        "Chile released the Peruvian fishermen on Monday, a step Peru had requested for weeks.",
        "CHL>PER:08 PER>CHL:02",
    ),
    (
        "",
        "Bolivian police reopened the border crossing, a move Brazil had sought since May.",
        "BRA>BOL:02",
    ),
    (
        "",
        "Ghana expelled two diplomats last week, a step the United Nations had requested.",
        "UN>GHA:02",
    ),
    (
        "",
        "Uganda withdrew its troops from the town, a measure Kenya had demanded for months.",
        "KEN>UGA:10",
    ),
]
# ... not said or planned, nor negated, nor a judgement, nor the asker's own act
NONE: list[NearMiss] = [
    ("", "Togo said it was studying the plan, a step Benin had requested."),
    ("", "Armenia will reopen the railway next year, a move Georgia had requested."),
    ("", "Chile did not release the fishermen, a step Peru had requested."),
    ("", "Peru's navy towed the trawler to port, a step Peru's fishermen had requested."),
]
GAPS: list[Gap] = [
    (
        "",
        "Norway closed the consulate on Friday, which Iceland had requested.",
        "ISL>NOR:02",
        "codes nothing: a ', which' clause on the last noun is not read as summing up the act",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review464_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review464_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
