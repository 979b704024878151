"""Review 276 (session 63, U63): refused entry at a place: by the state that holds the place.

"A Croatian lawmaker was refused entry at Belgrade airport": an agentless refusal of entry
(160) with no to/into state (sides._entered_states) is done by the one state that holds the
place it happened at (extract._held_places on the verb and on its "entry" object: "at Belgrade
airport", "at the port of Bar in Montenegro"), as "was refused entry to Serbia" already was;
the kept-out's own state is never that holder.

Near misses: the place is the kept-out's own state ("a Croatian lawmaker ... at Zagreb
airport"); entry to a meeting, not a state, at the place.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BELGRADE",
        "A Croatian lawmaker was refused entry at Belgrade airport on Sunday.",
        "SRB>HRV:16",
    ),
    (
        "PODGORICA",
        "Two Serbian ministers were refused entry at the port of Bar in Montenegro on Friday.",
        "MNE>SRB:16",
    ),
    (
        "TASHKENT",
        "A Tajik deputy minister was denied entry at Tashkent airport and flown home.",
        "UZB>TJK:16",
    ),
]
NONE: list[NearMiss] = [
    (
        "ZAGREB",
        "A Croatian lawmaker was refused entry at Zagreb airport after his passport expired.",
    ),
    (
        "SKOPJE",
        "A Bulgarian lawmaker was refused entry to the meeting at Skopje airport on Sunday.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review276_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review276_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
