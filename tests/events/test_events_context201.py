"""Context 201 (session 67, T2): a foreign strike told by the struck state's guarding body.

"Russia's Defense Ministry said Ukrainian drones had hit the station": the strike names no one
struck, and the attacked is the reporter itself, its own ground. A body that guards a state's
ground (a defense ministry, army, navy, coast guard, police, a governor: rules.yaml
home_guard_words) telling of a foreign force's strike (roots 18-20, home_struck_codes) that
names no place or party is telling of a strike on its own state (sides._reported_home_target).

Near misses: a passive ("drones were shot down over the Black Sea": no strike by them told), a
foreign ministry (it may tell of a strike on a third state), a far state's body in a story that
names the doer's neighbour ("Britain's Defence Ministry said Russian drones hit ..." after
Ukraine was named), a strike only feared or denied, a place that is only where talks were held,
the reporter's own forces striking, and missiles fired "into the sea" (a launch, aimed at no
one's ground).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a foreign force's strike naming no one struck, told by the struck state's guarding body
CASES: list[Case] = [
    (
        "KYIV",
        "Russia's Defense Ministry said Ukrainian drones had struck an oil depot overnight.",
        "UKR>RUS:19",
    ),
    (
        "MOSCOW",
        "Ukrainian drones hit a fuel depot overnight, Russia's Defense Ministry said.",
        "UKR>RUS:19",
    ),
    (
        "MOSCOW",
        "Russia's Defense Ministry said Ukraine had shelled a power plant overnight.",
        "UKR>RUS:19",
    ),
    (
        "SEOUL",
        "South Korea's military said North Korean artillery shelled a border post on Tuesday.",
        "PRK>KOR:19",
    ),
    (
        "NEW DELHI",
        "The Indian army said Pakistani troops fired mortar rounds at a village overnight.",
        "PAK>IND:19",
    ),
    (
        "HANOI",
        "Vietnam's navy said Chinese ships attacked a fishing boat on Sunday.",
        "CHN>VNM:19",
    ),
    (
        "BAKU",
        "Azerbaijan's Defense Ministry said Armenian forces shelled army positions overnight.",
        "ARM>AZE:19",
    ),
    (
        "BEIRUT",
        "Lebanon's army said Israeli drones struck a car in the south, killing two people.",
        "ISR>LBN:19",
    ),
    (
        "ISLAMABAD",
        "Pakistan's military said Afghan forces attacked a checkpoint, killing three soldiers.",
        "AFG>PAK:19",
    ),
    (
        "BANGKOK",
        "Thailand's army said Cambodian troops fired rockets at a hospital.",
        "KHM>THA:19",
    ),
    (
        "PHNOM PENH",
        "Cambodia's Defense Ministry said Thai jets bombed a temple.",
        "THA>KHM:19",
    ),
    # a state named before, not the doer's neighbour, leaves a neighbouring reporter's ground
    (
        "ASTANA",
        "Kazakhstan protested to Ukraine. Russia's Defense Ministry said Ukrainian drones had "
        "hit the station overnight.",
        "KAZ>UKR:11 UKR>RUS:19",
    ),
    # unchanged readings: the reporter's own strike, and a place naming the struck state
    (
        "MOSCOW",
        "Russia's Defense Ministry said its forces had hit a Ukrainian depot.",
        "RUS>UKR:19",
    ),
    (
        "WASHINGTON",
        "The U.S. military said Russian missiles hit a power station in Kharkiv.",
        "RUS>UKR:19",
    ),
]
# ... not a passive, a foreign ministry, a far body after the neighbour was named, a feared or
# denied strike, a meeting's place, a
# launch into the sea
NONE: list[NearMiss] = [
    (
        "MOSCOW",
        "Russia's Defense Ministry said Ukrainian drones were shot down over the Black Sea.",
    ),
    ("MOSCOW", "Russia's Foreign Ministry said Ukrainian drones struck an oil depot."),
    (
        "LONDON",
        "Ukraine's power grid was damaged again. Britain's Defence Ministry said Russian drones "
        "hit a power station.",
    ),
    ("MOSCOW", "Russia's Defense Ministry said Ukrainian drones might strike refineries."),
    ("MOSCOW", "Russia's Defense Ministry denied that Ukrainian drones had hit the plant."),
    ("MOSCOW", "Russia's Defense Ministry said Ukrainian drones did not hit the station."),
    ("ISTANBUL", "Russia's Defense Ministry said talks with Ukraine were held in a hotel."),
    (
        "SEOUL",
        "North Korea fired two ballistic missiles into the sea on Monday, South Korea's military "
        "said.",
    ),
    # a weapon naming the object is fired at no one without an at/on phrase (lead, merge)
    ("BEIJING", "China's defence ministry said Japan had carried out a missile test."),
    ("SEOUL", "North Korea conducted a rocket test on Friday, South Korea's military said."),
]
GAPS: list[Gap] = [
    (
        "LONDON",
        "Britain's Defence Ministry said Russian drones hit a power station.",
        "",
        "a far state's body alone in the story: read as its own ground (RUS>GBR:19)",
    ),
    (
        "YEREVAN",
        "Armenia's Defense Ministry said Azerbaijani troops opened fire on a border village.",
        "AZE>ARM:19",
        "'opened fire on' a place naming no one codes nothing",
    ),
    (
        "BELGOROD",
        "The regional governor said Ukrainian shells hit a school overnight.",
        "UKR>RUS:19",
        "a governor of an unnamed region resolves to no state",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context201_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context201_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
