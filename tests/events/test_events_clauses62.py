"""Clauses 62 (session 46, P8): acts whose sentence structure hid them.

- A sentence that opens with a phrase of time or circumstance before a coordinated subject
  ("After talks in Kampala, Kenya and Tanzania signed ..."): the parser read the subject's
  first name as one more place of the phrase and the phrase's noun as the subject
  (nlp._subjects_read_as_fronted_places, data/nlp/fronted_phrases.yaml); the subject is
  restored, so the signing and the talks code for both sides.
- Talks told under a noun of a short span ("After three days of talks with Burundi", "after
  two rounds of talks with Yemen"): the phrase the talks fill is theirs (clauses._measure_of,
  rules talk_span_nouns), so the clause's subject held talks with the with-phrase's state;
  "after months (years) of talks" tells the process behind a deal, background left uncoded,
  and talks a participle describes ("hosted by", "mediated by") keep their old reading.
- Readiness to harm told in a that-clause or after a saying verb ("warned that Athens was
  ready to use force against Turkey"): a threat of force (v.ready_to_work refine 138), its
  victim the against-phrase; readiness for a deal or joint work stays an intent (030).
- Force used against a state (v.use_force): done, an attack (190); only announced, even on a
  condition or as "will not hesitate to", a threat of force (138).
- Force promised back on another state's deed, in the speaker's own words ('"We will strike
  back if Armenia attacks"': v.strike_back_if, 138, the condition's subject; an if-clause on
  "hesitate" is the infinitive's, clauses cond_subj); the speaker's state or capital named
  in its own quoted words is its own word as "we" is (parties._own_word).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a fronted phrase before a coordinated subject
    ("NAIROBI", "After talks in Kampala, Kenya and Tanzania signed a border security pact.",
     "KEN>TZA:05 TZA>KEN:05 KEN>TZA:04 TZA>KEN:04"),
    ("MANILA", "After talks in Jakarta, the Philippines and Vietnam agreed to hold joint patrols.",
     "PHL>VNM:03 VNM>PHL:03 PHL>VNM:04 VNM>PHL:04"),
    ("VIENNA", "After a meeting in Bratislava, Austria and Slovenia agreed to reopen the crossing.",
     "AUT>SVN:05 SVN>AUT:05 AUT>SVN:04 SVN>AUT:04"),
    ("BELGRADE", "Before talks in Geneva, Serbia and Croatia traded accusations.",
     "SRB>HRV:11 HRV>SRB:11 SRB>HRV:04 HRV>SRB:04"),
    ("CAIRO",
     "After talks in Amman, Egypt's foreign minister and his Israeli counterpart agreed to reopen the crossing.",
     "EGY>ISR:05 ISR>EGY:05 EGY>ISR:04 ISR>EGY:04"),
    # talks under a noun of time or quantity
    ("KIGALI", "After three days of talks with Burundi, Rwanda agreed to reopen the border.", "RWA>BDI:04"),
    ("ASMARA", "After weeks of negotiations with Djibouti, Eritrea agreed to withdraw its troops.", "ERI>DJI:04"),
    ("KHARTOUM", "Following hours of talks with Chad, Sudan accepted a new refugee framework.", "SDN>TCD:04"),
    ("MUSCAT", "After two rounds of talks with Yemen, Oman agreed to free the fishermen.", "OMN>YEM:04"),
    ("MANAGUA", "Nicaragua and Honduras signed a border accord after two hours of talks.",
     "NIC>HND:05 HND>NIC:05 NIC>HND:04 HND>NIC:04"),
    # readiness to harm is a threat
    ("ATHENS", "Greece warned that Athens was ready to use force against Turkey.", "GRC>TUR:13"),
    ("NEW DELHI", "The Indian army chief warned that New Delhi was prepared to strike Bangladesh again.",
     "IND>BGD:13"),
    ("CAIRO", "Egypt said it was ready to respond to any Sudanese move on the Nile.", "EGY>SDN:13"),
    ("YEREVAN", "Armenia said it was ready to strike a deal with Georgia.", "ARM>GEO:03"),
    ("ISLAMABAD", "Pakistan said it was ready to fight terrorism together with Afghanistan.", "PAK>AFG:03"),
    # force used or announced
    ("ANKARA", "Turkey used force against Iraq on Sunday.", "TUR>IRQ:19"),
    ("ANKARA", "Turkey will use force against Iraq if the shelling continues.", "TUR>IRQ:13"),
    ("ANKARA", "Turkey will not hesitate to use force against Iraq, the minister said.", "TUR>IRQ:13"),
    # force promised back on a condition, in the speaker's own words
    ("BAKU", '"We will strike back if Armenia attacks," the Azerbaijani defense minister said.', "AZE>ARM:13"),
    ("BEIJING",
     '"We will not hesitate to strike back if Vietnam violates our airspace," said Chinese defense spokesman Wu Lan.',
     "CHN>VNM:13"),
    ("HANOI", '"We will hit back hard if Cambodia seizes our boats," the Vietnamese foreign ministry said.',
     "VNM>KHM:13"),
    ("BELGRADE",
     '"If Tirana keeps arming the militants, Belgrade will respond decisively," the Serbian president said.',
     "SRB>ALB:13"),
]

NEAR_MISSES: list[NearMiss] = [
    # talks only planned or hoped for; a place list or a hazard before the subject
    ("KIGALI", "After three days of talks with Burundi, Rwanda will reopen the border."),
    ("KIGALI", "Rwanda said it hoped for more days of talks with Burundi."),
    # months or years of talks are the process behind a deal, background (talk_span_nouns)
    ("KIGALI", "After years of negotiations with Burundi, Rwanda signed a border pact."),
    ("NAIROBI", "After floods in Kenya, Somalia and Ethiopia appealed for aid."),
    ("NAIROBI", "After talks in Kampala, Kenyan officials said the border would stay open."),
    # no readiness, no force on a state, force only in a condition or denied
    ("BUDAPEST", "Hungary is not ready to use force against Romania, the minister said."),
    ("ANKARA", "If Turkey uses force against Iraq, Iran will respond."),
    ("ANKARA", "Turkey would never use force against Iraq, the minister said."),
    ("ANKARA", "Turkish police used force against protesters in Ankara."),
    # a hazard is no state's deed; analysts forecast, they do not threaten
    ("BAKU", '"We will strike back if the storm damages our ports," the Azerbaijani minister said.'),
    ("BELGRADE", '"If Tirana keeps arming the militants, Belgrade will respond," Serbian analysts said.'),
]

GAPS: list[Gap] = [
    (
        "YEREVAN",
        "Armenia will retaliate if Azerbaijan attacks, the Armenian defense minister said.",
        "ARM>AZE:13",
        "the parser reads 'attacks' as a noun and the attribution as an if-clause ('if/mark<said')",
    ),
    (
        "SEOUL",
        '"If these provocations continue, our response will be stronger," the South Korean defense '
        "minister said of North Korea's missile launches.",
        "KOR>PRK:13",
        "a response noun as the subject of a conditional, its target only in 'said of'",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses62_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses62_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
