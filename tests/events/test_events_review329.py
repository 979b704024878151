"""Review 329 (session 65, T65): acts whose target the story told before.

1. A meeting told in an act's own sentence is no deed the act replies to. "Bahrain will
   deposit $350 million in Jordan's central bank, the two governments said after talks between
   Jordan's prime minister and Bahrain's crown prince ... The IMF welcomed the deposit": the
   talks, coded both ways in the lead, made the deposit read as the lead's target answering its
   doer (reactions._lead_reply), so "the deposit" found no author. Only a meeting in the act's
   own sentence is set aside: a visit told in an earlier sentence still makes a later act the
   host's reply (the near miss "agreed to hold yearly consultations" after a visit must not
   become "the pledge"), and the gap below shows the price.
2. An outsider's warning that names no one, of its own act, is aimed at both parties of the
   story's one deal told both ways in the lead (reactions._deal_warning, rules
   deal_warning_verbs): "... Russia reacted coolly. A spokeswoman warned that Moscow could not
   guarantee the safety of the works". Near misses: a warning whose clause's subject is "it"
   (the deal may be meant: test_events_approve17), a warning of no act of the warner's
   ("warned that prices would rise"), an analyst's forecast, a warning after another party's
   hostile act (which it may answer) or after its own stance, a party of the deal warning, two deals, a domestic story.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # 1. the deed agreed at the talks its own sentence tells: the giver's
    (
        "AMMAN",
        "Bahrain will deposit $350 million in Jordan's central bank, the two governments said "
        "on Tuesday after talks between Jordan's prime minister and Bahrain's crown prince. The "
        "deposit will stay for five years. Jordan's finance minister said the money would come "
        "in two tranches. The IMF welcomed the deposit.",
        "BHR>JOR:03 JOR>BHR:04 BHR>JOR:04 IMF>BHR:05",
    ),
    (
        "ISLAMABAD",
        "Saudi Arabia will deposit $3 billion in Pakistan's central bank, officials said on "
        "Sunday after a meeting between Pakistan's prime minister and the Saudi crown prince in "
        "Riyadh. The money will be held for a year. Pakistan's finance minister said reserves "
        "would rise. The IMF welcomed the deposit.",
        "SAU>PAK:03 PAK>SAU:04 SAU>PAK:04 IMF>SAU:05",
    ),
    # ... a visit told before: "the pledge" stays the lead's, not the later intent to meet
    (
        "SANTIAGO",
        "Chile pledged $4 million to the African Union's peace fund on Friday during a visit by "
        "the head of the AU Commission. The money will be paid in two parts. The two sides also "
        "agreed to hold yearly consultations. The pledge was welcomed by the U.N. "
        "Secretary-General.",
        "CHL>AU:03 AU>CHL:04 CHL>AU:03 AU>CHL:03 UN>CHL:05",
    ),
    # 2. an outsider's warning of its own act: both parties of the story's deal
    (
        "BAKU",
        "Azerbaijan and Georgia signed an agreement on Monday to build a rail link across their "
        "border. The line will cost $2 billion. Russia reacted coolly. A Russian spokeswoman "
        "said the route passed near a military zone and warned that Moscow could not guarantee "
        "the safety of the works.",
        "AZE>GEO:05 GEO>AZE:05 RUS>AZE:13 RUS>GEO:13",
    ),
    (
        "HANOI",
        "The Philippines and Vietnam signed a pact on Wednesday to hold joint coast guard "
        "patrols. China's foreign ministry said the pact threatened peace and warned that "
        "Beijing would defend its rights.",
        "PHL>VNM:05 VNM>PHL:05 CHN>PHL:13 CHN>VNM:13",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a deal on Monday to share power from a new dam. Nigeria's "
        "government said the deal broke regional rules and warned that Abuja would take "
        "measures.",
        "GHA>TGO:05 TGO>GHA:05 NGA>GHA:13 NGA>TGO:13",
    ),
    # ... not "it" (the deal, maybe), nor a warning of no act of the warner's, nor an
    # analyst's forecast
    (
        "ACCRA",
        "Ghana and Togo signed a deal on Monday to share power from a new dam. Nigeria's "
        "government warned that it would raise tensions in the region.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a deal on Monday to share power from a new dam. Russia warned "
        "that prices in the region would rise.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a deal on Monday to share power from a new dam. An analyst warned "
        "that Nigeria would respond.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    # ... nor after another party's hostile act, which the warning may answer
    (
        "LIMA",
        "Peru and Chile signed a fishing pact on Monday. Argentina accused Chile of overfishing. "
        "Bolivia warned that it would respond.",
        "PER>CHL:05 CHL>PER:05 ARG>CHL:11",
    ),
    # ... nor a party of the deal, nor with two deals told both ways
    (
        "LIMA",
        "Peru and Chile signed a fishing pact on Monday. Chile's fisheries minister warned that "
        "Santiago would enforce the quotas.",
        "PER>CHL:05 CHL>PER:05",
    ),
    (
        "LIMA",
        "Peru and Chile signed a fishing pact on Monday. Bolivia and Paraguay signed a river "
        "accord on Tuesday. Brazil warned that it would respond.",
        "PER>CHL:05 CHL>PER:05 BOL>PRY:05 PRY>BOL:05",
    ),
    # ... nor after the warner's own stance told before (it decides what the warning answers)
    (
        "LIMA",
        "Peru and Chile signed a fishing pact on Monday. Bolivia welcomed the pact on Tuesday. "
        "Its foreign minister warned that La Paz would respond to any threat.",
        "PER>CHL:05 CHL>PER:05 BOL>PER:05 BOL>CHL:05",
    ),
    # ... an act aimed first keeps the warning its own (the expulsion's target)
    (
        "DODOMA",
        "Tanzania and Kenya signed a deal on Monday to build a pipeline. Uganda expelled a "
        "Kenyan diplomat. Uganda warned that it would take further steps.",
        "TZA>KEN:05 KEN>TZA:05 UGA>KEN:16 UGA>KEN:13",
    ),
]
# a domestic story: no deal, no one warned
NONE: list[NearMiss] = [
    (
        "QUITO",
        "Ecuador's interior minister warned on Monday that the government would deploy troops "
        "to the prisons.",
    ),
]
GAPS: list[Gap] = [
    (
        "AMMAN",
        "Jordan's prime minister visited Manama on Monday. Bahrain will deposit $350 million in "
        "Jordan's central bank. The IMF welcomed the deposit.",
        "JOR>BHR:04 BHR>JOR:03 IMF>BHR:05",
        "a visit told before the gift still makes the gift the host's reply to it "
        "(reactions._lead_reply), which no bystander's 'the deposit' sums up",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review329_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review329_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
