"""Review 43 (session 26, builder S25): a firm whose registration or owner a state's name
tells is that state's business, not the state; the two presidents of a story told after a
third state's paragraph.

"Malawi awarded an oil license ... the license, granted last week to a British-registered
company" made "British" a mention of Britain: "both countries" and "called for calm" took
Britain as a side, and a complaint about the license was aimed at it. "<state>-registered",
"-owned", "-based", "-flagged", "-listed" before a firm noun now make one business mention
(role BUS, roles.yaml firm_origins), which plural references pass over (plurals.yaml
excluded_roles) and no act aims at. Every sentence was written for this file; the cases run
through the whole pipeline in one batch (``audit_cases.code_audit``).

"Belize, which shares Guatemala's northern border, was not part of the talks. Its foreign
minister said ... The two presidents are due to meet again" gave Belize and Guatemala: the
story's pair, Mexico's president and her guest, was named in no list, and a pair of people
looked for no pair the story names together. When no state of the earlier set has a person
named since, the pair the story names most is taken, as for a pair of states.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "LUSAKA",
        "Zambia protested after Malawi granted a license to a British-registered company. "
        "Mozambique urged both countries to talk.",
        "ZMB>MWI:11 MOZ>ZMB:02 MOZ>MWI:02",
    ),
    (
        "HANOI",
        "Vietnam protested on Monday after Cambodia awarded a port contract to a "
        "Singapore-based company. Laos urged the two neighbors to show restraint.",
        "VNM>KHM:11 LAO>VNM:02 LAO>KHM:02",
    ),
    # kept: the firm's state was no side before either
    (
        "NAIROBI",
        "Kenya lodged a protest with Uganda after Uganda granted a mining permit to a "
        "Chinese-owned firm. Ethiopia called on both countries to settle the matter.",
        "KEN>UGA:11 ETH>KEN:02 ETH>UGA:02",
    ),
    (
        "LIMA",
        "Chile accused Peru of favoring a Spanish-owned bank in the tender. Argentina urged "
        "the two countries to talk.",
        "CHL>PER:11 ARG>CHL:02 ARG>PER:02",
    ),
]

# "The two presidents" after a paragraph on a third state that names no person of the story's
# pair: the pair the story names together most (plurals._or_story), not the third state and
# the neighbour it is told beside; a set whose state has a person named since keeps it.
PRESIDENTS: list[tuple[str, str, str]] = [
    (
        "NAIROBI",
        "Kenya's president hosted his Ethiopian counterpart in Nairobi on Monday. Ethiopia "
        "will sell power to Kenya under a new deal. Kenya has relied on Ethiopia for hydropower "
        'since 2022. "This is a good day," said John Mwangi, an economist. Somalia, which '
        "borders Ethiopia, did not attend the talks. Its foreign minister said Somalia hoped to "
        "join the grid later. The two presidents are due to meet again in June.",
        "KEN>ETH:04 ETH>KEN:06 KEN>ETH:04",
    ),
    (
        "LIMA",
        "Peru's president received his Bolivian counterpart in Lima on Thursday. Peru will "
        "build a port terminal for Bolivian exports. Trade with Bolivia fell last year, Peru's "
        'statistics office said. "We need this road," said Maria Quispe, a trader. Chile, '
        "which shares Bolivia's western border, was not invited. Its foreign minister said "
        "Chile wanted talks too. The two leaders will meet again in October.",
        "PER>BOL:04 PER>BOL:03 BOL>PER:04 PER>BOL:04",
    ),
    (
        "SANTIAGO",
        "Chile protested to Argentina on Monday over naval drills near the Beagle Channel. "
        "Uruguay, which borders Argentina, said it was watching the situation. Its president "
        "spoke with his Argentine counterpart on Tuesday. The two presidents agreed to meet "
        "next month.",
        "CHL>ARG:11 URY>ARG:04 URY>ARG:03 ARG>URY:03",
    ),
]
CASES += PRESIDENTS

# a complaint about a license a foreign-registered firm holds accuses no state of the firm
NONE: list[tuple[str, str]] = [
    (
        "OSLO",
        "Norway said the fishing license, issued to a Danish-registered company, breached the "
        "2010 accord.",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review43_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review43_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
