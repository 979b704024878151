"""Vocabulary 56 (session 36, RULE): rulings of the lead on codes.

1. A subsidy (countervailing) probe into another state's goods is a trade measure (16), as an
   anti-dumping probe is (patterns.yaml investigate_refine); a probe of crime or corruption,
   subsidy fraud included, stays an investigation (09).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a subsidy probe of another state's goods is a trade measure; a crime probed stays 09
PROBES: list[Case] = [
    ("LIMA", "Peru opened an inquiry into Chilean steel subsidies on Monday.", "PER>CHL:16"),
    ("WELLINGTON", "New Zealand investigated Australian dairy subsidies.", "NZL>AUS:16"),
    (
        "OTTAWA",
        "Canada launched a countervailing duty investigation into Brazilian aluminium.",
        "CAN>BRA:16",
    ),
    (
        "LIMA",
        "Peru opened an investigation into subsidy fraud by Chilean officials.",
        "PER>CHL:09",
    ),
    ("LIMA", "Peru opened a corruption probe into Chilean officials.", "PER>CHL:09"),
]

CASES: list[Case] = PROBES

NONE: list[NearMiss] = [
    # a state's own subsidies probed touch no other state
    ("OSLO", "Norway opened an inquiry into its own farm subsidies."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary56_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary56_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
