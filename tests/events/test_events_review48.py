"""Review 48 (session 25, lead; builder R found it): states that open their borders, plural.

"Egypt and Chad opened their borders to refugees fleeing the fighting in Sudan" coded
EGY<>TCD 081: coordinated subjects of a reciprocal act (v.reopen_border) were paired with
each other. A plural of rules.yaml own_plural_objects ("their borders", "their frontiers")
is each one's own, opened to others, so no pair is read; "their border" and "their border
crossings" are the one they share (extract, reciprocal). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

SHARED: list[Case] = [
    (
        "YEREVAN",
        "Armenia and Turkey reopened their border on Monday after 30 years.",
        "ARM>TUR:08 TUR>ARM:08",
    ),
    (
        "LA PAZ",
        "Peru and Bolivia reopened their border crossings on Monday after the floods.",
        "PER>BOL:08 BOL>PER:08",
    ),
    # a state's people named as those let in: its state, not each other
    (
        "AMMAN",
        "Jordan and Lebanon reopened their borders to Syrian traders on Tuesday.",
        "JOR>SYR:08 LBN>SYR:08",
    ),
]
NONE: list[NearMiss] = [
    ("CAIRO", "Egypt and Chad opened their borders to refugees fleeing the fighting in Sudan."),
]
CASES = SHARED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review48_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review48_borders(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
