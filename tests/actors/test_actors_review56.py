"""Review 56 (session 31, helper S38): a minister named by title only is of the capital he is
told speaking in, before the state body the sentence before had as subject.

"Bulgaria's navy said Turkey had launched drones ... '...,' Foreign Minister Nikos Pappas
told reporters in Athens. He said he had spoken with his Bulgarian counterpart": the bare
title took the state of the body the sentence before had as subject (Bulgaria's navy), so the
call with "his Bulgarian counterpart" was dropped as one state's. The capital the person's
own speech verb places him in ("told reporters in Athens": resolve._speech_capitals) now
comes first; with no capital told the body before still gives the state. Every sentence was
written for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "ATHENS",
        "Greece summoned Turkey's ambassador on Tuesday. Bulgaria's navy said Turkey had "
        'launched 40 drones at Burgas overnight. "This is unacceptable," Foreign Minister '
        "Nikos Pappas told reporters in Athens. He said he had also spoken by phone with his "
        "Bulgarian counterpart, Ivan Petrov.",
        "GRC>TUR:11 TUR>BGR:19 GRC>BGR:04",
    ),
    # kept: with no capital told, the body before gives the state
    (
        "SOFIA",
        "Turkey launched 40 drones at Burgas overnight. Bulgaria's navy said most were shot "
        'down. "We will not be intimidated," Foreign Minister Ivan Petrov told reporters. He '
        "said he had spoken by phone with his Greek counterpart.",
        "TUR>BGR:19 BGR>GRC:04",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review56_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review56_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
