"""A capital's or a state's name that ends a person's name (session 23, builder OL).

"Foreign Minister Paulo Lima of Brazil": a one-word capital the parser makes the head of a
given name before it ends that name (Resolver._capital_surname), so the person is the
of-phrase's state's, not Peru's metonym. A capital standing alone, or after "in", stays its
state. Every sentence was written for this file; each row is (dateline, body, expected
events of the whole body "SRC>TGT:RR").
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

SURNAMES: list[Case] = [
    (
        "BUENOS AIRES",
        "Foreign Minister Paulo Lima of Brazil criticized Argentina on Monday.",
        "BRA>ARG:11",
    ),
    ("TRIPOLI", "Prime Minister Ahmed Bern of Tunisia criticized Libya on Monday.", "TUN>LBY:11"),
    ("LIMA", "Defense Minister Carlos Santiago of Chile criticized Peru on Monday.", "CHL>PER:11"),
    ("ACCRA", "Trade Minister Kofi Lome of Ghana met Togo's president on Friday.", "GHA>TGO:04"),
    (
        "HANOI",
        "President Nguyen Hanoi of Vietnam met the Chinese ambassador on Tuesday.",
        "VNM>CHN:04",
    ),
    # near misses: a capital standing for its state, alone or as a place
    ("BUENOS AIRES", "Lima criticized Argentina's new fishing rules on Monday.", "PER>ARG:11"),
    ("SANTIAGO", "Officials in Lima criticized Chile on Monday.", "PER>CHL:11"),
    (
        "WASHINGTON",
        "President Trump met Prime Minister Mark Carney of Canada in Washington on Monday.",
        "USA>CAN:04",
    ),
]

# A bare title after two holders of it named in one sentence for different states refers to
# the one that sentence's subject names (Resolver._salient_holder), not the nearer one.
TITLES: list[Case] = [
    (
        "NAIROBI",
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on "
        "Monday. The president also criticized Somalia's new maritime law.",
        "KEN>UGA:04 KEN>SOM:11",
    ),
    (
        "KAMPALA",
        "Ugandan President Yoweri Museveni met Kenyan President William Ruto in Kampala on "
        "Monday. The president later criticized Somalia.",
        "UGA>KEN:04 UGA>SOM:11",
    ),
    # kept: one holder named, or the holder named alone later
    (
        "NAIROBI",
        "Kenyan President William Ruto met Uganda's foreign minister on Monday. The president "
        "later criticized Somalia.",
        "KEN>UGA:04 KEN>SOM:11",
    ),
]

NONE: list[NearMiss] = []
# A person named with a state's title set off after the name ("Paulo Souza, Brazil's foreign
# minister,") holds it: his surname later is that state's (Resolver._apposed_holder).
APPOSED: list[Case] = [
    (
        "BUENOS AIRES",
        "Paulo Lima, Brazil's foreign minister, criticized Argentina on Monday. Lima later met "
        "the Argentine ambassador.",
        "BRA>ARG:11 BRA>ARG:04",
    ),
    (
        "BUENOS AIRES",
        "Joao Vieira, Brazil's foreign minister, criticized Argentina on Monday. Vieira later "
        "met the Argentine ambassador.",
        "BRA>ARG:11 BRA>ARG:04",
    ),
    (
        "ACCRA",
        "Ama Mensah, Ghana's trade minister, met Togo's ambassador on Friday. Mensah later "
        "criticized Nigeria's new tariffs.",
        "GHA>TGO:04 GHA>NGA:11",
    ),
]

GAPS: list[Gap] = []
CASES = SURNAMES + TITLES + APPOSED


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_salience22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_salience22_surnames(
    coded: dict[str, list[str]], dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
