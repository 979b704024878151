"""Review 75 (session 38, TITLE): a person named with no office is the nameless office
holder named before him, when another state's actor receives or meets him.

"A match brought Iran's foreign minister to Cairo. Egypt's foreign minister welcomed X":
a reader takes X for Iran's foreign minister, though the text never says so
(described.find_met_names). The tie is strict: X has no office, state or description of
his own (no analyst, no businessman), the title is the only nameless office holder of the
story before him and within three sentences, its state has no named person, and X is the
object of receiving or meeting (guest_verbs, met_in_visit) by another state's actor, or
is joined by "and" to such an actor's person ("Cruz and Nguyen agreed"). A host of the
holder's own state, a second nameless holder, a named person of that state or a
description of X leave X no one's. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
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
        "NAIROBI",
        "A trade fair brought Uganda's foreign minister to Nairobi on Monday. Kenyan Foreign"
        " Minister Jane Wambui welcomed Samuel Okello at the ministry. Okello invited Wambui to"
        " visit Kampala.",
        "KEN>UGA:04 UGA>KEN:03",
    ),
    (
        "LIMA",
        "Chile's interior minister arrived in Lima on Tuesday for talks on migration. Peruvian"
        " President Ana Torres received Felipe Rojas at the palace. Rojas praised Peru for its"
        " help.",
        "CHL>PER:04 PER>CHL:04 CHL>PER:05",
    ),
    # joined by "and" to the host's named official
    (
        "MANILA",
        "Vietnam's defense minister flew to Manila on Friday for talks. Philippine Defense"
        " Secretary Jose Cruz and Nguyen Van Long agreed to hold joint patrols. Nguyen"
        " criticized China.",
        "VNM>PHL:04 PHL>VNM:03 VNM>PHL:03 VNM>CHN:11",
    ),
    (
        "HANOI",
        "Indonesia's foreign minister will travel to Hanoi next week. Vietnamese Foreign"
        " Minister Tran Duc Minh will meet Rina Wibowo on Thursday. Wibowo is expected to sign a"
        " fisheries deal with Vietnam.",
        "IDN>VNM:04 VNM>IDN:04",
    ),
    # two nameless holders: either may be the guest
    (
        "NAIROBI",
        "Uganda's foreign minister and Rwanda's foreign minister arrived in Nairobi on Monday."
        " Kenyan Foreign Minister Jane Wambui welcomed Samuel Okello at the ministry. Okello"
        " praised Kenya.",
        "UGA>KEN:04 RWA>KEN:04",
    ),
    # a private person by his description
    (
        "NAIROBI",
        "Uganda's foreign minister landed in Nairobi on Monday. Kenyan Foreign Minister Jane"
        " Wambui welcomed Samuel Okello, a businessman, at the ministry. Okello praised Kenya.",
        "UGA>KEN:04",
    ),
    # the holder's state has a named person: the guest may be anyone of it
    (
        "NAIROBI",
        "Uganda's foreign minister arrived in Nairobi on Monday. Ugandan President Yoweri"
        " Museveni will follow next month. Kenyan Foreign Minister Jane Wambui welcomed Samuel"
        " Okello at the ministry. Okello praised Kenya.",
        "UGA>KEN:04",
    ),
    # a host of the holder's own state
    (
        "NAIROBI",
        "Uganda's foreign minister arrived in Nairobi on Tuesday. Uganda's ambassador Peter"
        " Mugisha welcomed Samuel Okello at the embassy. Okello praised Kenya.",
        "UGA>KEN:04",
    ),
    # no one received or met him
    (
        "NAIROBI",
        "Uganda's foreign minister arrived in Nairobi on Wednesday. Kenyan Foreign Minister Jane"
        " Wambui met reporters. Samuel Okello praised Kenya.",
        "UGA>KEN:04",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review75_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review75_met_names(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
