"""Context 102 (session 46, O65): a visitor told by talks abroad, and a fight with its own foe.

- "Laos's prime minister held talks in Hanoi with Vietnam's president. Vietnam's president
  received his guest at the palace": talks held in another state's place make their subject
  a visitor (described._talks_abroad), so "his guest" is the Lao visitor and the reception is
  a visit hosted (043). Talks at home, or in a third state's city, make no guest of anyone.
- A friendship affirmed in quoted words beside a visit hosted in the same sentence ("received
  his guest ... and called Laos 'a brother country'") is coded as well (051; rules.yaml
  friendship_beside_roots): the two are separate acts.
- A fight that names its foe ("Kyrgyz forces have clashed with smugglers") continues no
  earlier fight of its source (sides._foe_named): the smugglers are no state; a fight with no
  foe named ("clashed again on Tuesday") still continues the one told before.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the guest of talks held abroad
    (
        "HANOI",
        "Laos's prime minister held talks in Hanoi with Vietnam's president on Monday."
        " Vietnam's president received his guest at the presidential palace.",
        "LAO>VNM:04 VNM>LAO:04",
    ),
    (
        "BUDAPEST",
        "Slovakia's prime minister held talks in Budapest with Hungary's president on Friday."
        " The Hungarian president welcomed his guest with a military ceremony.",
        "SVK>HUN:04 HUN>SVK:04",
    ),
    # a friendship affirmed beside the visit hosted
    (
        "HANOI",
        "Vietnam will lend Laos 80 million dollars, the two governments said as Laos's prime"
        " minister held talks in Hanoi with Vietnam's president. Vietnam's president received"
        ' his guest at the presidential palace and called Laos "a brother country."',
        "VNM>LAO:07|03 LAO>VNM:04 VNM>LAO:04 VNM>LAO:05",
    ),
    # a fight with its own foe, and one that continues the fight told before
    (
        "BISHKEK",
        "Kyrgyz border guards and Tajik troops exchanged fire on Monday, the ministry said."
        " Kyrgyz forces have clashed with smugglers there several times in recent years.",
        "KGZ>TJK:19 TJK>KGZ:19",
    ),
    (
        "BISHKEK",
        "Kyrgyz border guards and Tajik troops exchanged fire on Monday, the ministry said."
        " Kyrgyz forces clashed again on Tuesday near the village.",
        "KGZ>TJK:19 TJK>KGZ:19 KGZ>TJK:19",
    ),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context102_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context102_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events."""
    assert matches(coded[body], expected), (body, coded[body], expected)
