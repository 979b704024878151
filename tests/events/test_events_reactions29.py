"""Reactions 29 (session 27, builder TX): acts whose other party, or whose speaker's state, is
named only in an earlier sentence.

Coded: the speaker of a ministry told just before ("Russia's Foreign Ministry summoned ... A
ministry spokesperson called the refusal 'a hostile act'") is that ministry's state, as "the
ministry" is (actors/resolve.py, find_bare_roles: a bare role phrase led by a body's role word
takes the latest body named with that word, _earlier_body); before, no mention was made, or
the dateline's victim was taken. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MINISTRY_SPEAKERS: list[Case] = [
    (
        "OSLO",
        "Norway refused on Monday to let a Russian trawler unload its catch in Tromso. Russia's "
        "Foreign Ministry said it was studying the decision. A ministry spokesperson called the "
        'refusal "a hostile act."',
        "RUS>NOR:11",
    ),
    (
        "CAIRO",
        "Egypt closed its embassy in Khartoum on Monday. Sudan's Foreign Ministry said it had not "
        'been told in advance. A ministry spokesman called the closure "premature."',
        "EGY>SDN:16 SDN>EGY:11",
    ),
    (
        "HANOI",
        "China deployed an oil rig near the Paracel Islands on Tuesday. Vietnam's Foreign "
        "Ministry said it was gathering information. A ministry spokeswoman demanded that "
        "Beijing withdraw the rig.",
        "VNM>CHN:10",
    ),
    # the ministry named last is the speaker's, not the state the dateline's story is about
    (
        "VILNIUS, Lithuania",
        "Lithuania banned two Belarusian television channels on Monday. Belarus's Foreign "
        "Ministry summoned Lithuania's envoy. A ministry spokesman demanded that Vilnius lift "
        "the ban.",
        "LTU>BLR:17 BLR>LTU:11 BLR>LTU:10",
    ),
]

NONE: list[NearMiss] = [
    # a ministry's speaker on a domestic matter: nothing to code
    (
        "BRASILIA",
        "Brazil's Health Ministry reported 300 new dengue cases on Monday. A ministry "
        "spokeswoman said the outbreak would peak in April.",
    ),
]
GAPS: list[Gap] = []
CASES = MINISTRY_SPEAKERS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions29_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
