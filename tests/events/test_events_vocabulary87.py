"""Vocabulary 87 (session 48, P17): trade told as a figure is no event.

- An export told by its worth ("Peru exported $30 million worth of grapes to Japan last
  year, according to customs data") is a trade statistic, background to the story: the gold
  sets code none of them. v.export_to's unless_words hold "worth"; an export told as done
  ("Peru exported 30,000 tons of grapes to Japan") still codes (061).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # an export told as done still codes
    ("LIMA", "Peru exported 30,000 tons of grapes to Japan in March.", "PER>JPN:06"),
    ("HANOI", "Vietnam exported rice to the Philippines under the new accord.", "VNM>PHL:06"),
]

NEAR_MISSES: list[NearMiss] = [
    # a trade figure: the worth of a year's exports
    ("LIMA", "Peru exported about $30 million worth of grapes to Japan last year, according to customs data."),
    ("HANOI", "Vietnam exported $2 billion worth of rice to the Philippines in 2025, official figures show."),
    ("ACCRA", "Ghana exports roughly $800 million worth of cocoa to the Netherlands each year."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary87_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary87_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
