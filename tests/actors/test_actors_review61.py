"""Review 61 (session 32, helper GSR): a capitalised compass word before a state's name
("Eastern Congo", "South Lebanon", "Northern Laos") names a part of that state.

The model takes "Eastern Congo" for one name, and a state's name joined by a space to
another capitalised word was dropped as part of that name (Resolver._joined_name: "Michael
Jordan", "Air India"), so an attack on a place there had no target. A compass word of
descriptions.yaml state_parts now leaves the state its name, unless the pair is another
place's name (not_state_parts: "Northern Ireland", "Northern Cyprus", "East Germany") or
the part itself acts as subject ("Western Australia signed": its own government). Every
sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
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
    ("KAMPALA", "Ugandan forces attacked rebel camps in Eastern Congo on Sunday.", "UGA>COD:19"),
    ("BANGKOK", "Thai artillery shelled a hill village in Northern Laos overnight.", "THA>LAO:19"),
    ("DAMASCUS", "Syrian jets bombed a convoy in South Lebanon on Friday.", "SYR>LBN:19"),
    (
        "ADDIS ABABA",
        "Ethiopian troops raided an outpost in Southwestern Somalia on Tuesday.",
        "ETH>SOM:19",
    ),
    # another place's name (not_state_parts): Northern Ireland is no part of Ireland (a
    # police raid is 170, v.police_raid)
    ("LONDON", "Irish police raided a warehouse in Northern Ireland on Monday.", "IRL>GBR:17"),
]

NONE: list[NearMiss] = [
    # the part acts: its own government, no act of the state
    ("PERTH", "Western Australia signed a mining deal with Japan on Monday."),
    # a longer name holding the pair stays a name
    ("HANOI", "The South China Sea Institute hosted scholars from Vietnam."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review61_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review61_state_parts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events (none for a near-miss)."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
