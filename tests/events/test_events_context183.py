"""Context 183 (session 65, G2): a gift announced as "X will send ..., the ministry said",
reacted to by its noun further back than the bystander window.

"India will send wheat to Afghanistan, the ministry said ... [five sentences] ... The WFP
welcomed the shipment": the pledge is coded (03), but the search back for "the shipment"
(_told_act, act_derivations "shipment send") skipped every future verb that no announcing
verb's own clause held ("said it would send"). A future act told first and attributed after
it, by a teller of the doer's own state or a bare office, is that doer's announced plan
(reactions._attributed_plan), taken only when no other verb of the story tells the act by
another doer (_sole_telling).

A welcome's saying clause whose subject is the receiver's people by a demonym alone ("saying
a million Laotians lacked food") restates the need, names no party (_saying_restated).

Near misses: a saying clause whose subject is a state; the plan told by another state's ministry, or in a quote of another state's
diplomat; a plan under a condition; a later shipment by another state (the nearest telling
stands); a reaction to "the report" (no shipment).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_MIDDLE = (
    " The two countries also agreed to hold talks on a new trade route. Laos's foreign minister"
    " thanked Seoul for its help. Floods destroyed much of the country's rice crop in August."
    " Prices of food have doubled in the capital since then. The World Food Program welcomed"
    " the shipment."
)
_FIJI = (
    " Fiji's prime minister met the Australian envoy in Suva on Monday. Cases of dengue fever"
    " have risen sharply this year. Hospitals in the capital are short of beds. Doctors warned"
    " that the season had only begun. The World Health Organization welcomed the "
)

# a plan attributed after it, by its doer's own office, reached past the bystander window
CASES: list[Case] = [
    (
        "SEOUL",
        "South Korea will send 30,000 tons of rice to Laos over the next two months, the "
        "foreign ministry said on Tuesday." + _MIDDLE,
        # the welcome answers the giver and, as a passage (_passage_receiver), the receiver
        "KOR>LAO:03 KOR>LAO:03 LAO>KOR:03 LAO>KOR:05 UN>KOR:05 UN>LAO:05",
    ),
    (
        "CANBERRA",
        "Australia will ship 40 tons of medicines to Fiji within a week, a government "
        "spokeswoman said." + _FIJI + "shipment.",
        "AUS>FJI:03 FJI>AUS:04 WHO>AUS:05 WHO>FJI:05",
    ),
    # ... its saying clause about the receiver's people (a demonym alone) no party to it
    (
        "SEOUL",
        "South Korea will send 30,000 tons of rice to Laos over the next two months, the "
        "foreign ministry said on Tuesday." + _MIDDLE[:-1] + ", saying a million Laotians "
        "lacked food.",
        "KOR>LAO:03 KOR>LAO:03 LAO>KOR:03 LAO>KOR:05 UN>KOR:05 UN>LAO:05",
    ),
    # ... but not one whose subject is a state ("saying Thailand should send more": a party named; its appeal codes)
    (
        "SEOUL",
        "South Korea will send 30,000 tons of rice to Laos over the next two months, the "
        "foreign ministry said on Tuesday." + _MIDDLE[:-1] + ", saying Thailand should "
        "send more.",
        "KOR>LAO:03 KOR>LAO:03 LAO>KOR:03 LAO>KOR:05 UN>THA:02",
    ),
    # ... not a plan another state's ministry or diplomat tells, nor one under a condition
    (
        "SEOUL",
        "South Korea will send 30,000 tons of rice to Laos over the next two months, Japan's "
        "foreign ministry said on Tuesday." + _MIDDLE,
        "KOR>LAO:03 KOR>LAO:03 LAO>KOR:03 LAO>KOR:05",
    ),
    (
        "SEOUL",
        '"South Korea will send 30,000 tons of rice to Laos," a Japanese diplomat said on '
        "Tuesday." + _MIDDLE,
        "KOR>LAO:03 KOR>LAO:03 LAO>KOR:03 LAO>KOR:05",
    ),
    (
        "SEOUL",
        "South Korea would send 30,000 tons of rice to Laos if the floods spread, the foreign "
        "ministry said on Tuesday." + _MIDDLE,
        "KOR>LAO:03 KOR>LAO:03 LAO>KOR:03 LAO>KOR:05",
    ),
    # ... nor past a later shipment by another state: the nearest telling is the one meant
    (
        "VIENTIANE",
        "South Korea will send 30,000 tons of rice to Laos, the foreign ministry said on "
        "Tuesday. Laos's foreign minister thanked Seoul for its help. Floods destroyed much of "
        "the country's rice crop in August. Japan sent a shipment of tents to Vientiane last "
        "week. Prices of food have doubled in the capital since then. Many farmers have left "
        "for the cities. The World Food Program welcomed the shipment.",
        "KOR>LAO:03 LAO>KOR:05 JPN>LAO:07 UN>JPN:05 UN>LAO:05",
    ),
    # ... nor a reaction to another noun
    (
        "CANBERRA",
        "Australia will ship 40 tons of medicines to Fiji within a week, a government "
        "spokeswoman said in Sydney." + _FIJI + "report.",
        "AUS>FJI:03 FJI>AUS:04",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context183_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context183_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
