""" "Both of his counterparts": "both of" and a determiner opens a pair (session 31, task REF).

"Its foreign minister spoke with both of his counterparts" named no one: a plural
reference opened only with "both" right before the noun ("both counterparts"). "both of"
followed by "the" or a possessive (plurals.yaml of_determiners) now opens it as well, and
it takes the pair named before as "both counterparts" does (plurals._plural_at). Kept: a
noun that is no plural reference's ("both of his sons", "both of his advisers") gives none;
a set of three named before fits no "both"; "both of them" stays the pronoun's. Every
sentence was written for this file; the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    # "both of his/her/the ..." is the pair named before
    (
        "NDJAMENA",
        "Chad and Niger clashed over a border post on Monday. Sudan’s foreign minister spoke "
        "with both of his counterparts on Sunday.",
        "TCD>NER:19 NER>TCD:19 SDN>TCD:04 SDN>NER:04",
    ),
    (
        "NDJAMENA",
        "Chad and Niger clashed over a border post on Monday. Sudan, which borders both "
        "countries, offered to mediate, and its foreign minister spoke with both of her "
        "counterparts on Wednesday.",
        "TCD>NER:19 NER>TCD:19 SDN>TCD:03 SDN>NER:03 SDN>TCD:04 SDN>NER:04",
    ),
    (
        "NDJAMENA",
        "Chad and Niger clashed over a border post on Monday. Sudan urged both of the "
        "countries to show restraint.",
        "TCD>NER:19 NER>TCD:19 SDN>TCD:02 SDN>NER:02",
    ),
    # kept: no plural noun of an actor after "both of his"
    (
        "NDJAMENA",
        "Chad and Niger clashed over a border post on Monday. Sudan’s president later met "
        "both of his sons in Khartoum.",
        "TCD>NER:19 NER>TCD:19",
    ),
    (
        "NDJAMENA",
        "Chad accused Niger of shelling a border post on Monday. Sudan’s foreign minister "
        "spoke with both of his advisers on Sunday.",
        "TCD>NER:11",
    ),
    # kept: "both" does not fit three states named before
    (
        "NDJAMENA",
        "Chad, Niger and Libya clashed over a desert post on Monday. Sudan’s foreign minister "
        "spoke with both of his counterparts on Sunday.",
        "TCD>NER:11 NER>TCD:11 TCD>LBY:11 LBY>TCD:11",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, [], [])


def test_actors_refs11_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, [], []))
def test_actors_refs11_both_of(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
