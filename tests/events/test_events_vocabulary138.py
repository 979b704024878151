"""Vocabulary 138 (session 65, X65): resupply runs blocked, drills hosted with a state.

- "The Chinese coast guard blocked a Philippine resupply mission to the shoal": a supply or
  rotation mission stopped is ships stopped (191, v.block_resupply, as v.block_vessel), not a
  protest's blockade (v.block_road's 144).
- "South Africa hosted naval exercises with Russia": drills hosted with a state are held with
  it (062, v.host_drill); games hosted with a state are sport (test_events_review99).

Found by X65's probe battery of invented wire sentences, not by any gold set. Near misses: a
training mission blocked in a vote is no supply run stopped (left to the patterns it had);
drills hosted with no state named.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MANILA",
        "Chinese coast guard ships blocked a Philippine resupply mission on Sunday.",
        "CHN>PHL:19",
    ),
    ("HANOI", "China's navy obstructed a Vietnamese rotation mission to the reef.", "CHN>VNM:19"),
    ("PRETORIA", "South Africa hosted naval exercises with Russia in February.", "ZAF>RUS:06"),
    (
        "RIGA",
        "Latvia hosted joint exercises with Estonian and Lithuanian troops.",
        "LVA>EST:06 LVA>LTU:06",
    ),
]
NONE: list[NearMiss] = [
    ("AMMAN", "Protesters blocked a Jordanian aid mission at the crossing."),
    ("WARSAW", "Poland hosted large exercises last month."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary138_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary138_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
