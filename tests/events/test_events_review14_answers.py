"""Findings 1A, 1B, 1F of review R1 (session 12): reactions answering the wrong act or none.

FOLLOWED: a bystander's bare protest after other states' answers to an act (criticism or
rejection of a thing done, or an answer whose target an earlier act gave) answers that act's
author, not the answering states ("South Korea condemned the launch. Japan lodged a
protest": PRK; _followed_answers); a charge or threat told outright is an act of its own.

OUTWARD: an uncoded act answers a bare reaction only when it is done to or in another state
(its people, ships, a named sea), in a place beyond its author's business (outward_nouns:
waters, border, reef), with arms (agent_nouns), as a hostile measure on no thing of the
author's own, or on a treaty (_outward); what a state suffers, records, posts, loses, wins,
scores or appoints (undergone_verbs, a score "3-1") and its domestic choices are none.

ADVISORY: a health or weather warning (flu, measles, typhoon, flooding) is no threat, as a
noun after "following" or as the object of "warned" or "issued" (n.warning, v.warn,
v.issue_warning: hazard_words).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file (or quotes the reviewer's report); none is copied from a
gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FOLLOWED: list[Case] = [
    # reviewer's sentence, then ours
    (
        "SEOUL",
        "North Korea fired two missiles into the sea. South Korea condemned the launch. Japan "
        "lodged a protest.",
        "KOR>PRK:11 JPN>PRK:11",
    ),
    (
        "SEOUL",
        "North Korea fired two missiles into the sea. South Korea condemned North Korea's "
        "launch. Japan lodged a protest.",
        "KOR>PRK:11 JPN>PRK:11",
    ),
    (
        "SEOUL",
        "North Korea fired a missile off its east coast. Seoul denounced the test. Tokyo "
        "protested.",
        "KOR>PRK:11 JPN>PRK:11",
    ),
    (
        "CAIRO",
        "Ethiopia began filling its dam on the Blue Nile. Sudan rejected the move. Egypt "
        "protested.",
        "SDN>ETH:12 EGY>ETH:11",
    ),
    # near-misses: a charge or threat told outright is what the bystander answers
    (
        "MOSCOW",
        "Russia accused Estonia of spying on Monday. Latvia protested.",
        "RUS>EST:11 LVA>RUS:11",
    ),
    (
        "TAIPEI",
        "China threatened Taiwan with force on Monday. Japan protested.",
        "CHN>TWN:13 JPN>CHN:11",
    ),
    # a reaction with an object of its own, or after traded words, follows no one
    (
        "DOHA",
        "Sudan and Chad traded accusations on Monday. Iran criticized a pact reached at talks "
        "hosted by Oman.",
        "SDN>TCD:11 TCD>SDN:11",
    ),
    (
        "CAIRO",
        "Sudan and Chad traded accusations on Tuesday. Egypt voiced concern.",
        "SDN>TCD:11 TCD>SDN:11",
    ),
]

OUTWARD: list[Case] = [
    # the rule's intended cases keep coding
    (
        "HANOI",
        "China built an artificial island in the South China Sea. Vietnam protested.",
        "VNM>CHN:11",
    ),
    ("TAIPEI", "China flew 30 warplanes near Taiwan. Taiwan protested.", "TWN>CHN:11"),
    (
        "VILNIUS",
        "Belarus moved tactical nuclear weapons to its territory last month. Lithuania voiced "
        "concern.",
        "LTU>BLR:11",
    ),
    (
        "TOKYO",
        "Russia held naval drills near the Kuril Islands last week. Japan lodged a protest.",
        "JPN>RUS:11",
    ),
    (
        "TAIPEI",
        "China sailed an aircraft carrier through the Taiwan Strait on Sunday. Taipei voiced "
        "concern.",
        "TWN>CHN:11",
    ),
    (
        "NEW DELHI",
        "China renamed 30 places in Arunachal Pradesh on Monday. India objected.",
        "IND>CHN:11",
    ),
    ("HANOI", "China built a new dam on the Mekong. Vietnam voiced concern.", "VNM>CHN:11"),
    (
        "BRUSSELS",
        "Poland reduced its grain imports from Ukraine. Kyiv cried foul.",
        "UKR>POL:11",
    ),
]

OUTWARD_NONE: list[NearMiss] = [
    # reviewer's sentences
    ("ANKARA", "Turkey has suffered severe floods this week. Greece said it was deeply concerned."),
    ("ATHENS", "Greece voiced concern after Turkey suffered a deadly earthquake."),
    ("BERLIN", "France raised its retirement age on Monday. Germany voiced concern."),
    ("SEOUL", "Japan's central bank raised interest rates. South Korea voiced concern."),
    ("TOKYO", "China recorded its hottest summer on record this year. Japan voiced concern."),
    ("LIMA", "Chile posted record copper exports to China. Peru reacted angrily."),
    ("ATHENS", "Turkey beat Greece 3-1 in Istanbul on Saturday. Greece cried foul."),
    ("PARIS", "Germany has beaten France 2-0. France said it was disappointed."),
    ("TOKYO", "China has appointed a new foreign minister. Japan said it was concerned."),
    # ours
    ("MANILA", "Indonesia elected a new president on Tuesday. Malaysia voiced concern."),
    ("TOKYO", "China lost its trade surplus last year. Japan voiced concern."),
    ("BOGOTA", "Venezuela won the bid to host the games. Colombia cried foul."),
    ("MADRID", "Portugal lost to Spain 2-1 in the final. Lisbon cried foul."),
    ("BERLIN", "Poland cut its interest rates on Thursday. Germany voiced concern."),
    ("BRASILIA", "Argentina recorded its highest inflation in 30 years. Brazil voiced concern."),
    ("PARIS", "Germany reported record heat on Monday. France voiced concern."),
    ("SEOUL", "North Korea appointed a new army chief on Monday. South Korea voiced concern."),
    (
        "CANBERRA",
        "China posted a record trade surplus with Australia last year. Canberra voiced concern.",
    ),
    # a generic place or a noun with only verb patterns is no outward act
    ("TOKYO", "China raised fuel prices in rural areas. Japan voiced concern."),
    ("BERLIN", "France opened a new state news agency. Germany voiced concern."),
]

ADVISORY: list[Case] = [
    # threats from a state keep coding
    (
        "ATHENS",
        "Greece halted the survey after a warning from Ankara about its drilling.",
        "TUR>GRC:13",
    ),
    (
        "TAIPEI",
        "Taiwan postponed the vote despite a warning from Beijing about interference.",
        "CHN>TWN:13",
    ),
    ("MOSCOW", "Russia warned Finland about the consequences of joining NATO.", "RUS>FIN:13"),
    (
        "BEIJING",
        "China issued a stern warning to the Philippines about its patrols near the shoal.",
        "CHN>PHL:13",
    ),
]

ADVISORY_NONE: list[NearMiss] = [
    # reviewer's sentence, then ours
    ("ATHENS", "Greece closed its schools following a warning from the WHO about the flu."),
    ("ATHENS", "The WHO warned Greece about a measles outbreak in Athens."),
    ("ATHENS", "The WHO issued a warning to Greece about the spread of measles."),
    (
        "MANILA",
        "The Philippines evacuated coastal towns after a warning from Japan about an "
        "approaching typhoon.",
    ),
    ("DHAKA", "Bangladesh moved thousands inland after warnings from India of severe flooding."),
]

GAPS: list[Gap] = []

CASES = FOLLOWED + OUTWARD + ADVISORY
NONE = OUTWARD_NONE + ADVISORY_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review14_answers_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review14_answers_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
