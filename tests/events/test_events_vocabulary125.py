"""Vocabulary 125 (session 62, N62): a visit to a region that holds the dateline's state.

"(NAIROBI) ... signed on the first visit to East Africa by an Ecuadorian foreign minister":
a visit noun whose to-phrase is a region name (descriptions.yaml region_places, read through
kind_regions) holding the dateline's state is made to that state, as a visit with no place
is (nominals._dateline_region, in the dateline slot of n.visit; open set 81).

Near misses: a region that does not hold the dateline's state; a dateline of the visitor's
own state.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA, Ghana (Reuters)",
        "Peru announced $30 million in fisheries aid on Tuesday, during a visit by its foreign "
        "minister to West Africa.",
        "PER>GHA:04",
    ),
    (
        "HANOI, Vietnam (Reuters)",
        "Chile announced new coffee quotas on Friday, on the first visit to Southeast Asia by "
        "a Chilean foreign minister.",
        "CHL>VNM:04",
    ),
]

NONE: list[NearMiss] = [
    (
        "LIMA, Peru (Reuters)",
        "Chile announced $30 million in fisheries aid on Tuesday, during a visit by its "
        "foreign minister to West Africa.",
    ),
    (
        "ACCRA, Ghana (Reuters)",
        "Peru announced $30 million in fisheries aid on Tuesday, during a visit by its foreign "
        "minister to Southeast Asia.",
    ),
    (
        "SANTIAGO, Chile (Reuters)",
        "Chile announced new copper quotas on Friday, during a visit by its foreign minister to "
        "South America.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary125_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary125_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
