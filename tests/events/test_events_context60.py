"""Context 60 (session 32, helper S39): a subject with a long relative clause set off by commas
keeps its verb.

"Laos, which has reinforced its garrison in Champasak province near the three-way border,
called on both sides to show restraint" is parsed with no verb at its root: "Laos" is the root
and "called" a modifier of "border", inside the relative clause, so the call had no source.
context._stranded_verbs makes a past verb with no subject, right after the comma closing a
"which"/"who" clause on a root noun and hung inside it, the root again with the noun its
subject. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BANGKOK",
        "Cambodian soldiers fired on a Thai patrol on Monday. Laos, which has reinforced its "
        "garrison in Champasak province near the three-way border, called on both sides to show "
        "restraint.",
        "KHM>THA:19 LAO>KHM:02 LAO>THA:02",
    ),
    (
        "NAIROBI",
        "Ugandan troops shelled a South Sudanese border post on Friday. Kenya, which hosts "
        "thousands of refugees from both countries in camps near the northern border, urged both "
        "governments to hold talks.",
        "UGA>SSD:19 KEN>UGA:02 KEN>SSD:02",
    ),
    # as before: a short relative clause
    (
        "BANGKOK",
        "Cambodian soldiers fired on a Thai patrol on Monday. Laos, which has troops near the "
        "border, called on both sides to show restraint.",
        "KHM>THA:19 LAO>KHM:02 LAO>THA:02",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context60_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context60_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
