"""Review 55 (session 31, helper S36): the Philippines' foreign secretary is the
Philippines'.

The Philippines' cabinet ministers are secretaries, and English-language news calls its
foreign minister "Foreign Secretary X" as it does India's and Britain's. With only
Britain and South Asia using the title (offices.yaml title_also), a Manila story's
"Foreign Secretary X" was British: her protest note was Britain's, and the reply to her
accusation answered Britain. The Philippines is now one of the states sharing the title:
stated with no state word, it takes the article's state when that is the Philippines, and
stays British elsewhere. Every sentence was written for this file; each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
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
        "MANILA",
        "Foreign Secretary Carmela Reyes summoned Vietnam's ambassador on Monday over the "
        "ramming of a fishing boat.",
        "PHL>VNM:11|16",
    ),
    (
        "MANILA",
        "Foreign Secretary Danilo Santos condemned Malaysia on Friday for detaining 12 "
        "fishermen near the shoal.",
        "PHL>MYS:11",
    ),
    # kept: the same title in a London story is Britain's
    (
        "LONDON",
        "Foreign Secretary Harriet Coles condemned Belarus on Tuesday for jailing two journalists.",
        "GBR>BLR:11",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review55_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review55_sources(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
