"""Review 32 (session 20, reviewer R): adversarial probes of the session's new rules.

Works paid for that the payer owns are no aid: "paid for the expansion of its own embassy in
Zambia" and "financed an upgrade of its naval base near the Philippines" read the state
named beside the works as their owner (v.pay_for, v.fund_reconstruction since f517ebc; v.arm
on "fund" through the delivery rules); the need others_works (objects._own_works) now asks
that the of-phrase of the works hold no "own" and no possessive pronoun tied to the payer.
A joint undertaking proposed "to Mali with Germany" is one with Germany: v.propose_joint
reads a with-partner before a to-phrase, which on the object may be where it goes. Ground
lent to another state's people ("allowed Russian tourists to use its airports", "Chinese
herders") is lent to no state: v.allow_use_ground's use_clause skips a user among
own_people_nouns. Every
sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OWN_WORKS: list[NearMiss] = [
    # the works are the payer's own: no aid to the state they stand in
    ("LUSAKA", "China paid for the expansion of its own embassy in Zambia."),
    ("MANILA", "Japan financed an upgrade of its naval base near the Philippines."),
    ("KATHMANDU", "India funded the renovation of its consulate in Nepal."),
    ("ANKARA", "Turkey will pay for the modernization of its own military base in Somalia."),
]

OTHERS_WORKS: list[Case] = [
    # another state's works, or works in it owned by no one named, stay aid
    ("LIBREVILLE", "China financed the expansion of Gabon's port.", "CHN>GAB:07"),
    (
        "BEIRUT",
        "Saudi Arabia offered to finance the reconstruction of Lebanon's port.",
        "SAU>LBN:03",
    ),
    ("NEW DELHI", "India funded the renovation of a temple in Nepal.", "IND>NPL:07"),
    # "their" tied to the speakers: their works, paid for by another
    (
        "NAIROBI",
        "Kenyan officials said China had funded the expansion of their port in Mombasa.",
        "CHN>KEN:07",
    ),
]

JOINT_PARTNERS: list[Case] = [
    # the with-partner, not where the undertaking goes
    ("BAMAKO", "France proposed a joint mission to Mali with Germany.", "FRA>DEU:03"),
    ("NAIROBI", "Kenya proposed a joint patrol to Somalia with Ethiopia.", "KEN>ETH:03"),
    # the one it is put to, with no partner named
    ("LIMA", "Chile proposed to Peru a joint survey of the river.", "CHL>PER:03"),
    ("ACCRA", "Ghana's foreign minister proposed a joint patrol with Togo.", "GHA>TGO:03"),
]

GROUND_TO_PEOPLE: list[NearMiss] = [
    # ground lent to another state's people is lent to no state (v.allow_use_ground)
    ("ANKARA", "Turkey allowed Russian tourists to use its airports despite sanctions."),
    ("ULAANBAATAR", "Mongolia permitted Chinese herders to use its territory for grazing."),
    ("AMMAN", "Jordan allowed Syrian farmers to use its land near the border."),
]

GROUND_TO_STATES: list[Case] = [
    ("SOFIA", "Bulgaria allowed Greece to use its airspace for the exercise.", "BGR>GRC:06"),
    ("BAKU", "Azerbaijan allowed Turkish warplanes to use its airfields.", "AZE>TUR:06"),
]

NONE: list[NearMiss] = OWN_WORKS + GROUND_TO_PEOPLE
GAPS: list[Gap] = []
CASES = OTHERS_WORKS + JOINT_PARTNERS + GROUND_TO_STATES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review32_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review32_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
