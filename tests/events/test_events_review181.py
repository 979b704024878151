"""Review 181 (session 55, C55b): meetings, praise and measures the blind sets' silent classes
point to, in the common wire forms of roots 04, 05, 03 and 16.

Counts of the blind sets' misses (numbers only: roots, rule ids, conditions and closed-class
shapes, no text) put most of root 04's misses in sentences that code another root for the
same pair (a signing, a praise), then in silent ones; root 05's in silent ones; root 16's in
measures named with no target. The rows below are invented copy of those forms.

- Two subjects who made a deal at one meeting met each other ("Fiji and Tonga signed a deal at
  a meeting of their ministers", "At talks in Apia, Fiji and Tonga agreed ..."): n.talks_at
  codes the pair (between; the host verb one of talks_with_verbs: "backed the plan at a
  meeting" is no meeting of theirs, test_events_vocabulary34); a body's or a third party's
  meeting ("at a meeting of the Pacific Islands Forum", "at talks hosted by Brazil") is none
  (nominals._body_gathering, for every pair read from a gathering noun's subjects).
- Talks a state's envoy held abroad with no partner named were held with the host
  (v.hold_talks_in, a person only, not an ambassador, told as done).
- A visitor received in a place with no host named was received by that place's state
  (extract._hosting_place: "Tonga's foreign minister was received in Suva"; a proposal
  welcomed there is no visitor).
- A visit to a place told only by a common noun ("began a visit to the capital", "a visit to
  the country") is made to the dateline's state (sides._for_visit, nominals dateline_place,
  rules generic_place_nouns).
- Praise of an act in reported speech ("said Tokyo's offer was generous") targets only the
  author its act noun names (v.say_praise_act, named_author: older rows keep "a step Beijing
  said was welcome" and "said the reopening was a positive step" uncoded); a good part another
  state played (v.say_good_role).
- A deal or a review done with a party during or at talks tells talks with it
  (n.talks_signed, rules talks_with_verbs); the one praised during talks was talked with
  (telling_verbs, n.call_told, now also "at").
- Approval expressed as satisfaction, confidence or admiration (v.express); "expressed thanks"
  is thanks, not blame (the lemma "thank"); a pair's shared word on its own ties
  (v.express_ties); thanks with no one named answer the friendly deed just told
  (v.express_thanks, reaction).
- Talks proposed with a party are an intent to meet (v.propose_talks, 036).
- The subject that answers a measure is its target ("Belarus responded to EU sanctions",
  "complained about new U.S. sanctions", "protested against a new round of U.S. sanctions":
  nominals endured, rules enduring_verbs and measure_batch_nouns); a measure only lived under
  ("has been under", "is subject to", "faces") is background, as set 21's gold has it.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# n.talks_at between; nominals._body_gathering
AT_MEETING: list[Case] = [
    (
        "APIA",
        "At talks in Apia, Samoa and Tonga agreed to share fisheries patrol data.",
        "WSM>TON:05|06 TON>WSM:05|06 WSM>TON:04 TON>WSM:04",
    ),
    (
        "APIA",
        "Samoa and Tonga signed a fisheries accord at a meeting of their foreign ministers in Apia.",
        "WSM>TON:05 TON>WSM:05 WSM>TON:04 TON>WSM:04",
    ),
]
AT_MEETING_NOT: list[NearMiss] = [
    (
        "APIA",
        "Samoa and Tonga voted against the resolution at a meeting of the Pacific Islands Forum.",
    ),
    ("APIA", "Samoa's prime minister spoke at a meeting in Apia."),
    # only a deal made there (talks_with_verbs): two states backing a plan at a meeting
    ("APIA", "Samoa and Tonga backed the fisheries plan at a meeting in Apia."),
]

# v.hold_talks_in
TALKS_IN: list[Case] = [
    ("TUNIS", "Algeria's foreign minister held talks in Tunis on Tuesday.", "DZA>TUN:04"),
    ("TUNIS", "Algeria's interior minister held a meeting in Tunis on the border.", "DZA>TUN:04"),
]
TALKS_IN_NOT: list[NearMiss] = [
    ("TUNIS", "Algeria's foreign minister held talks in Algiers on Tuesday."),
    ("TUNIS", "Algeria's ambassador held talks in Tunis on Tuesday."),
    ("TUNIS", "Algeria held talks in Tunis on Tuesday."),
]

# extract._hosting_place
RECEIVED_IN: list[Case] = [
    ("NUKU'ALOFA", "Fiji's foreign minister was received in Nuku'alofa on Monday.", "TON>FJI:04"),
    ("NUKU'ALOFA", "Fijian officials were warmly welcomed in Nuku'alofa on Monday.", "TON>FJI:04"),
]
RECEIVED_IN_NOT: list[NearMiss] = [
    ("NUKU'ALOFA", "The Fijian proposal was welcomed in Nuku'alofa on Monday."),
    ("NUKU'ALOFA", "Fiji's foreign minister was welcomed in Suva on Monday."),
    ("NUKU'ALOFA", "Fiji's foreign minister was not received in Nuku'alofa on Monday."),
]

# sides._for_visit (generic_place_nouns), nominals dateline_place
CAPITAL: list[Case] = [
    ("ACCRA", "Togo's president began a visit to the capital on Monday.", "TGO>GHA:04"),
    (
        "ACCRA",
        "Togo's foreign minister made a two-day visit to the country on Monday.",
        "TGO>GHA:04",
    ),
    ("ACCRA", "Togo's president is on a visit to the city, his first since 2019.", "TGO>GHA:04"),
]
CAPITAL_NOT: list[NearMiss] = [
    ("ACCRA", "Ghana's president began a visit to the capital on Monday."),
    ("ACCRA", "Togo's president began a visit to the border region on Monday."),
]

# v.say_praise_act (named_author), v.say_good_role
PRAISED: list[Case] = [
    (
        "JAKARTA",
        "Indonesia said Singapore's decision to share its satellite data was generous.",
        "IDN>SGP:05",
    ),
    (
        "JAKARTA",
        "Indonesia's foreign minister said Malaysia's support had been invaluable.",
        "IDN>MYS:05",
    ),
    ("JAKARTA", "Indonesia said Brunei had played a constructive role in the talks.", "IDN>BRN:05"),
    (
        "JAKARTA",
        "Indonesia's president said Malaysia had played a positive role in freeing the hostages.",
        "IDN>MYS:05",
    ),
]
PRAISED_NOT: list[NearMiss] = [
    ("JAKARTA", "Indonesia said Singapore's offer was generous but late."),
    ("JAKARTA", "Indonesia said its own decision to ban the burning was timely."),
    ("JAKARTA", "Indonesia said Brunei had not played a constructive role in the talks."),
    ("JAKARTA", "Indonesia said Brunei could play a constructive role in the talks."),
    ("JAKARTA", "Indonesia said Brunei had played a key role in the smuggling ring."),
]

# n.talks_signed, telling_verbs, n.call_told "at"
DURING_TALKS: list[Case] = [
    (
        "LUSAKA",
        "Zambia's president signed three agreements with Botswana at a meeting in Gaborone.",
        "ZMB>BWA:05 ZMB>BWA:04",
    ),
    (
        "LUSAKA",
        "Zambia's president praised Botswana's border police during talks in Gaborone.",
        "ZMB>BWA:05 ZMB>BWA:04",
    ),
    (
        "LUSAKA",
        "Zambia's president commended Botswana's rangers at a meeting in Gaborone.",
        "ZMB>BWA:05 ZMB>BWA:04",
    ),
]
DURING_TALKS_NOT: list[NearMiss] = [
    ("LUSAKA", "Zambia's president disputed the figures with Botswana during talks in Gaborone."),
]

# v.express objects and refine; v.express_ties; v.express_thanks
EXPRESSED: list[Case] = [
    ("DAKAR", "Senegal's prime minister expressed thanks to the Gambian people.", "SEN>GMB:05"),
    ("DAKAR", "Senegal's president expressed confidence in Mali's new government.", "SEN>MLI:05"),
    ("DAKAR", "Senegal's president expressed admiration for Gambia's recovery.", "SEN>GMB:05"),
    (
        "DAKAR",
        "Senegal and Gambia signed a bridge deal. The two leaders expressed satisfaction with "
        "bilateral ties.",
        "SEN>GMB:05 GMB>SEN:05 SEN>GMB:05 GMB>SEN:05",
    ),
    (
        "DAKAR",
        "Gambia sent firefighters to Senegal on Monday. Senegal's president expressed his thanks.",
        "GMB>SEN:07 SEN>GMB:05",
    ),
]
EXPRESSED_NOT: list[NearMiss] = [
    ("DAKAR", "Senegal expressed gratitude to its own firefighters."),
    ("DAKAR", "Senegal's president expressed no confidence in the plan."),
]
EXPRESSED_KEPT: list[Case] = [
    # thanks after a hostile act answer nothing
    (
        "DAKAR",
        "Gambia arrested two Senegalese fishermen on Monday. Senegal expressed its gratitude.",
        "GMB>SEN:17",
    ),
]

# v.propose_talks
PROPOSED: list[Case] = [
    ("MANAGUA", "Nicaragua proposed talks with Costa Rica on the river.", "NIC>CRI:03"),
    (
        "MANAGUA",
        "Nicaragua suggested a meeting with Honduras's foreign minister next month.",
        "NIC>HND:03",
    ),
]
PROPOSED_NOT: list[NearMiss] = [
    ("MANAGUA", "Nicaragua did not propose talks with Costa Rica."),
    ("MANAGUA", "Nicaragua proposed talks between Honduran rebels and the army."),
]

# nominals endured
ENDURED: list[Case] = [
    ("HAVANA", "Cuba complained about new U.S. sanctions on its tourism.", "USA>CUB:16"),
    ("CARACAS", "Venezuela responded angrily to new EU sanctions.", "EU>VEN:16 VEN>EU:11"),
    (
        "CARACAS",
        "Venezuela protested against a new round of U.S. sanctions on its oil.",
        "USA>VEN:16 VEN>USA:11",
    ),
]
ENDURED_NOT: list[NearMiss] = [
    # a measure only lived under is background (set 21's gold leaves it out)
    ("HAVANA", "Cuba has been under U.S. sanctions for decades."),
    ("PYONGYANG", "North Korea remains subject to U.N. sanctions over its missiles."),
    ("CARACAS", "Venezuela faces a new round of U.S. sanctions."),
    ("LISBON", "Portugal faces criticism for blocking a new round of EU sanctions."),
]

CASES: list[Case] = (
    AT_MEETING
    + TALKS_IN
    + RECEIVED_IN
    + CAPITAL
    + PRAISED
    + DURING_TALKS
    + EXPRESSED
    + EXPRESSED_KEPT
    + PROPOSED
    + ENDURED
)
NONE: list[NearMiss] = (
    AT_MEETING_NOT
    + TALKS_IN_NOT
    + RECEIVED_IN_NOT
    + CAPITAL_NOT
    + PRAISED_NOT
    + DURING_TALKS_NOT
    + EXPRESSED_NOT
    + PROPOSED_NOT
    + ENDURED_NOT
)
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review181_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review181_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
