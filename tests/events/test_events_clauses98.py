"""Clauses 98 (session 67, C67): ", which <judge> condemned" after an act on the judge's own
thing, "Vietnam seized a Chinese fishing boat, which China condemned".

The relative pronoun of a judgement set off by ", which" after a verb's object may stand for
the act told or for the thing acted on; read as the thing, "a Chinese fishing boat", the
judgement was China's on itself and was dropped. When the thing is the judge's own, the clause
judges the act, so it is aimed at the act's doer (clauses._judged_own_thing, rules
judged_which_verbs: verbs of condemning, praising and naming).

Near misses: the thing is no one's ("seized a fishing boat, which China condemned": the
reaction context already finds Vietnam, unchanged), or a third party's ("China's plan, which
Russia welcomed": the plan's owner, as before); a claim verb ("which Iran denied") and "whom"
(a person) keep their readings.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HANOI",
        "Vietnam's navy seized a Chinese fishing boat near the Paracel Islands on Monday, which "
        "China condemned as illegal.",
        "VNM>CHN:17 CHN>VNM:11",
    ),
    (
        "DA NANG",
        "Vietnam seized a Chinese trawler off its coast, which Beijing denounced as piracy.",
        "VNM>CHN:17 CHN>VNM:11",
    ),
    (
        "KAMPALA",
        "Kenya returned a seized Ugandan fishing boat, which Uganda welcomed.",
        "KEN>UGA:08 UGA>KEN:05",
    ),
    # ... not a thing of no one's or of a third party's (unchanged readings)
    (
        "HAIPHONG",
        "Vietnam seized a fishing boat near the Paracel Islands, which China condemned as "
        "illegal.",
        "CHN>VNM:11",
    ),
    (
        "TOKYO",
        "Japan criticized China's plan for the strait, which Russia welcomed.",
        "JPN>CHN:11",
    ),
    (
        "OSAKA",
        "Japan criticized China's drills near the islands, which Russia praised.",
        "JPN>CHN:11",
    ),
    # ... nor a person ("whom")
    (
        "ADDIS ABABA",
        "Egypt hosted Sudan's army chief, whom Ethiopia criticized.",
        "EGY>SDN:04 ETH>SDN:11",
    ),
]
NONE: list[NearMiss] = [
    ("HUE", "The fishermen repaired a Chinese boat, which the villagers praised."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses98_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses98_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
