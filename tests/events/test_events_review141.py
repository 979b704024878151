"""Review 141 (session 46, O65): the load of a relief craft, and a minister who thanks the
state whose body spoke before him.

- A craft sent with relief goods (v.send_relief_carrier) is the aid its load tells: "two
  military transport planes carrying tents and medicine" bring relief (073), where the aid
  refinement read "military" off the craft (072); "a ship carrying military supplies" still
  arms (072).
- A minister stated with no state takes the state whose body was the subject of the sentence
  before (resolve._placed_state); when he acts on that very state ("the Chinese military
  said ... Foreign Minister X thanked China") he is another state's, and the dateline's state
  fills in (resolve._aims_at), so the thanks are coded.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the load, not the craft
    (
        "DHAKA",
        "India sent two military transport planes carrying tents, medicine and a medical team"
        " to Bangladesh on Thursday.",
        "IND>BGD:07",
    ),
    ("MANILA", "Japan sent a navy ship carrying military supplies to the Philippines.", "JPN>PHL:07"),
    # the minister who thanks the state whose body spoke before
    (
        "KATHMANDU",
        "China sent two transport planes carrying tents to Nepal on Thursday. The medical team"
        " will set up a field hospital, the Chinese military said in a statement. Foreign"
        ' Minister Anil Shrestha thanked China for what he called "a quick response."',
        "CHN>NPL:07 NPL>CHN:05",
    ),
    (
        "VIENTIANE",
        "Vietnam flew rice and blankets to Laos on Friday. The shipment will be followed by"
        " another next week, the Vietnamese embassy said. Foreign Minister Bounmy Sayavong"
        " thanked Vietnam for its help.",
        "VNM>LAO:07 LAO>VNM:05",
    ),
    # a minister who speaks after his own state's body is still its own
    (
        "BEIJING",
        "China sent two transport planes carrying tents to Nepal on Thursday. The planes left"
        " from Chengdu, the Chinese military said. Defense Minister Li Wei thanked Nepal for its"
        " welcome.",
        "CHN>NPL:07 CHN>NPL:05",
    ),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review141_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review141_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events."""
    assert matches(coded[body], expected), (body, coded[body], expected)
