"""Review 156 (session 48, O69): a state's security officers, "they" after "the two
leaders", and a visitor received with no host named.

- A state's "security officers" or "security agents" arrest as its police do
  (roles.yaml COP): "Kazakh security officers arrested three Uzbek citizens" was no actor.
- "The two leaders held talks before they signed a memorandum": a plural reference that
  stands for named actors is no plain plural that keeps "they" from it
  (actors.plurals.plain_plural), so "they" signs for both.
- A visitor's agentless passive reception ("The Malawian leader was received at State House",
  "was welcomed with a 21-gun salute", "was greeted with a guard of honour") is hosted (043)
  by the visit's host, the counterpart of the visit told before (rules.yaml
  hosted_visitor_codes, read by extract's agentless passive), where "was welcomed" alone read
  as approval (051) and "was received" coded nothing; "greet" hosts a visitor as "welcome"
  does (v.host).

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a state's security officers
    (
        "ALMATY",
        "Kazakh security officers arrested three Uzbek citizens in Almaty on Tuesday.",
        "KAZ>UZB:17",
    ),
    (
        "TASHKENT",
        "Kazakh security officers arrested three Uzbek citizens on Tuesday, and Uzbekistan on"
        " Wednesday summoned Kazakhstan's envoy.",
        "KAZ>UZB:17 UZB>KAZ:11",
    ),
    ("MINSK", "Belarusian security agents detained two Lithuanian journalists.", "BLR>LTU:17"),
    # "they" after a reference to named leaders
    (
        "ACCRA",
        "Ghana's president met Togo's president on Monday. The two leaders held talks for two"
        " hours before they signed a memorandum on fisheries.",
        "GHA>TGO:04 GHA>TGO:04 TGO>GHA:04 GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "HANOI",
        "Vietnam's prime minister met Laos' prime minister in Hanoi. The two leaders held talks"
        " and then they signed a rail accord.",
        "VNM>LAO:04 VNM>LAO:04 LAO>VNM:04 VNM>LAO:05 LAO>VNM:05",
    ),
    # a visitor received, welcomed or greeted with no host named
    (
        "LUSAKA",
        "Malawi's president arrived in Lusaka on Monday. The Malawian leader was received at"
        " State House.",
        "MWI>ZMB:04 ZMB>MWI:04",
    ),
    (
        "LUSAKA",
        "Malawi's president arrived in Lusaka on Monday. The Malawian leader was welcomed with"
        " a 21-gun salute at the airport.",
        "MWI>ZMB:04 ZMB>MWI:04",
    ),
    (
        "ACCRA",
        "Togo's president met Ghana's president in Accra on Monday. The Togolese leader, who"
        " arrived on Sunday for a two-day visit, was received at Jubilee House with military"
        " honours.",
        "TGO>GHA:04 TGO>GHA:04 GHA>TGO:04",
    ),
    (
        "LUSAKA",
        "Malawi's president arrived in Lusaka on Monday. The Malawian leader was greeted with"
        " a guard of honour.",
        "MWI>ZMB:04 ZMB>MWI:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # security words that are no state's agents, plain plurals before "they"
    ("ALMATY", "Private security officers detained two shoplifters at the mall."),
    ("ACCRA", "Fishermen held talks for two hours before they signed a petition."),
    # a thing welcomed, not a visitor
    ("ACCRA", "The decision was welcomed by cheering crowds in Accra."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "Ghana's president met Togo's president on Monday. After the talks, they signed a"
        " memorandum on fisheries.",
        "GHA>TGO:04 GHA>TGO:05 TGO>GHA:05",
        "found by writing, not yet traced: 'they' for two leaders named in separate mentions"
        " a sentence back",
    ),
    (
        "TALLINN",
        "Estonian police detained two Latvian fishermen on Monday. They were released on"
        " Tuesday.",
        "EST>LVA:17 EST>LVA:08",
        "found by writing, not yet traced: a release of people told only by a pronoun for the"
        " detained",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review156_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review156_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
