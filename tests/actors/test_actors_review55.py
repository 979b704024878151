"""Review 55 (session 31, helper S36): the Philippines' foreign secretary is the
Philippines'.

The Philippines' cabinet ministers are secretaries, and English-language news calls its
foreign minister "Foreign Secretary X" as it does India's and Britain's. With only
Britain and South Asia using the title (offices.yaml title_also), a Manila story's
"Foreign Secretary X" was British: her protest note was Britain's, and the reply to her
accusation answered Britain. The Philippines is now one of the states sharing the title:
stated with no state word, it takes the article's state when that is the Philippines, and
stays British elsewhere.
THE SOUTH OF: "North Korea accused the South of an 'armed provocation'" left the target
unread: a context name followed by "of" was read as a region ("the island of Kinmen", "the
South of France") and only an IGO could take it. Only a capitalised name after "of" places
a region now (resolve._place_after_of); an accusation's "of" leaves "the South" the state
named before. Every sentence was written for this file; each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
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
    (
        "SEOUL",
        "South Korea resumed loudspeaker broadcasts along the border on Monday. North Korea "
        'accused the South of "psychological warfare".',
        "PRK>KOR:11",
    ),
    (
        "SEOUL",
        "South Korea fired warning shots on Thursday. North Korea accused the South of an "
        '"armed provocation".',
        "PRK>KOR:11",
    ),
    # kept: a capitalised place after "of" is a region, no state
    (
        "ROME",
        "Italy and France agreed on a rail tunnel on Monday. Italy praised France on Tuesday. "
        "Tourists crowd the South of France every summer.",
        "ITA>FRA:05 FRA>ITA:05 ITA>FRA:05",
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
