"""Review 209 (session 59, helper X59): the same pair coded under another root.

A sentence that tells two acts of one pair ("summoned the envoy and demanded ...", "was met
at the airport by the minister, who praised ...", "signed a deal during a visit by ...")
must code both; the open sets' misses of cause "same actors, another root" are mostly the
second act dropped (see /tmp/s59/X59_report.md for the census). The kept rows guard the
forms that code both today (with, since session 60, a demand or request joined after a
summons whose target is only the first verb's: test_events_review213.py); the gap is the
form that still drops the second act: a host's reception ("received the team at the
airport") beside a thanks.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TWO_ACTS_KEPT: list[Case] = [
    # a demand with its own object after a summons: two acts (11, 10)
    (
        "VIENTIANE",
        "Laos summoned Thailand's ambassador and demanded an apology.",
        "LAO>THA:11 LAO>THA:10",
    ),
    # a passive meeting with a relative clause of praise: both the encounter and the praise
    (
        "HANOI",
        "The Japanese team was met at the airport by Vietnam's health minister, who praised"
        " Tokyo's quick help.",
        "VNM>JPN:04 VNM>JPN:05",
    ),
    # a deal signed during a visit: the signing both ways and the visit
    (
        "RABAT",
        "Morocco and Ghana signed a fisheries agreement during a two-day visit to Rabat by"
        " Ghana's president.",
        "MAR>GHA:05 GHA>MAR:05 GHA>MAR:04",
    ),
    # (session 60, C60: the two gaps of a demand or request after a summons, closed by the
    # summons read as an address, rules talk_address_verbs, and the speaker's own people let
    # act in the passive read as no one asked, rules let_asked_roots; reworded; a request
    # "asked for" is an appeal, 02, which the guidelines also accept for a demand)
    (
        "VIENTIANE",
        "Laos summoned Thailand's ambassador and demanded that its consuls be allowed to visit"
        " the fishermen.",
        "LAO>THA:11 LAO>THA:10",
    ),
    (
        "VIENTIANE",
        "Laos summoned Thailand's ambassador and asked for a list of the soldiers who fired.",
        "LAO>THA:11 LAO>THA:02|10",
    ),
]
TWO_ACTS_NOT: list[NearMiss] = [
    # a summons of one's own envoy home, with a demand of no state
    ("VIENTIANE", "Laos summoned its own ambassador home and demanded a full report."),
]
GAPS: list[Gap] = [
    (
        "HANOI",
        "Vietnam's health minister received the Japanese team at the airport and thanked Tokyo"
        " for its help.",
        "VNM>JPN:04 VNM>JPN:05",
        "a reception of a state's team beside a thanks codes only the thanks",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(TWO_ACTS_KEPT, TWO_ACTS_NOT, GAPS)


def test_events_review209_bodies_are_unique() -> None:
    bodies = audit_bodies(TWO_ACTS_KEPT, TWO_ACTS_NOT, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(TWO_ACTS_KEPT, TWO_ACTS_NOT, GAPS)
)
def test_events_review209_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
