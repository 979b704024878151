"""Reactions 19 (session 19, builder RX): reactions whose target the sentence does not name.

Coded: a rejection of "the criticism" or "the concerns" that no earlier act answers is aimed
at whoever last voiced disapproval in the sentences just before, coded or not ("The U.N.
rights office said it was concerned that the deal lacked safeguards. Tunisia rejected the
criticism": reactions._voiced_by, rules voiced_nouns, voicing_words); a gift that no rule
gives a recipient goes to the state the story is datelined in when the story made it a
party already ("NAIROBI — ... India also agreed to extend a $250 million line of credit":
reactions._host_recipient, rules wide_places), and a dateline whose city has hyphens
("PORT-AU-PRINCE, Haiti (AP) -") is read as one (sides._dateline_host); "the bid" answers
whoever applied, sought or asked to join ("Ukraine applied to join NATO. Poland welcomed the
bid"), "the transition" whoever handed over (rules act_derivations); a deed told after the
lead by the lead deed's own author leaves "the switch" beyond the window one author
(reactions._lead_author_again). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

VOICED: list[Case] = [
    (
        "ATHENS",
        "Greece and Egypt signed a maritime deal on Monday. The European Commission said it "
        "was concerned that the deal ignored Cyprus. Egypt rejected the criticism.",
        "GRC>EGY:05 EGY>GRC:05 EGY>EU:12",
    ),
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a water pact on Tuesday. Sudan said it was alarmed that the "
        "pact gave Ethiopia control of the river. Nairobi dismissed the criticism.",
        "KEN>ETH:05 ETH>KEN:05 KEN>SDN:12",
    ),
    (
        "HANOI",
        "Vietnam began building a new runway on a disputed reef last month. China said it was "
        "deeply concerned. Hanoi brushed aside the concerns.",
        "CHN>VNM:11 VNM>CHN:12",
    ),
    (
        "WARSAW",
        "Poland expanded its border fence with Belarus this year. The United Nations said it "
        "was worried that the fence would trap migrants. Warsaw rejected those concerns.",
        "POL>UN:12",
    ),
    # kept: a criticism coded with the reactor as its target was found before
    (
        "MANILA",
        "The Philippines opened a new naval base facing Taiwan. Beijing has criticized the "
        "base as provocative, officials said. Manila rejected the criticism on Friday.",
        "CHN>PHL:11 PHL>CHN:12",
    ),
]

VOICED_NOT: list[Case] = [
    # a stranger to the story, the reactor's own criticism, a non-state critic, nothing
    # voiced, approval voiced, a criticism only studied
    (
        "CAIRO",
        "Egypt and Greece signed a maritime deal on Monday. The European Commission said it "
        "was concerned that the deal ignored Cyprus. Brazil rejected the criticism.",
        "EGY>GRC:05 GRC>EGY:05",
    ),
    (
        "ROME",
        "Italy signed a migration deal with Libya on Wednesday. Italy's interior minister said "
        "he was concerned that the deal lacked safeguards. Italy rejected the criticism.",
        "ITA>LBY:05",
    ),
    (
        "TUNIS",
        "Tunisia signed a migration deal with Italy on Wednesday. Rights groups said they were "
        "concerned that the deal lacked safeguards. Tunisia rejected the criticism.",
        "TUN>ITA:05",
    ),
    (
        "TUNIS",
        "Tunisia signed a migration deal with Italy on Wednesday. The agreement runs for five "
        "years. Tunisia rejected the criticism.",
        "TUN>ITA:05",
    ),
    (
        "TUNIS",
        "Tunisia signed a migration deal with Italy on Wednesday. The European Union said it "
        "was pleased with the deal. Tunisia rejected the criticism.",
        "TUN>ITA:05 EU>TUN:05 EU>ITA:05",
    ),
    (
        "ROME",
        "Italy and Tunisia signed a migration deal on Wednesday. The U.N. refugee agency said "
        "it was concerned that the deal lacked safeguards. Tunisia said it would study the "
        "criticism.",
        "ITA>TUN:05 TUN>ITA:05",
    ),
]

HOSTED_GIFTS: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Japan signed a port agreement on Monday. Japan also agreed to extend a $300 "
        "million loan for road projects.",
        "KEN>JPN:05 JPN>KEN:05 JPN>KEN:03",
    ),
    (
        "PORT-AU-PRINCE",
        "Haiti's prime minister thanked Kenya on Monday for leading a police force against "
        "gangs. Spain and Italy have pledged 50 million euros for the force.",
        "HTI>KEN:05 ESP>HTI:03 ITA>HTI:03",
    ),
    (
        "DHAKA",
        "Myanmar agreed on Tuesday to take back 5,000 Rohingya refugees from Bangladesh. Britain "
        "pledged 20 million pounds for the camps.",
        "MMR>BGD:03 GBR>BGD:03",
    ),
    (
        "AMMAN",
        "Syria reopened its main border crossing with Jordan on Sunday. Saudi Arabia announced "
        "a $50 million grant for water projects.",
        "SYR>JOR:08 SAU>JOR:07",
    ),
    (
        "ACCRA",
        "Ghana signed a debt deal with the IMF on Monday. Japan pledged $30 million for schools.",
        "GHA>IMF:05 JPN>GHA:03",
    ),
]

HOSTED_GIFTS_NOT: list[Case] = [
    # a place wider than the host, a standing fact, a recipient named, a host no party yet,
    # a giver with a deal of its own elsewhere, the host as giver, private givers, an act in
    # reach the host is no side to, goods (a deal's, not the host's), a joint act in reach
    # (the gift may be for either side)
    (
        "ACCRA",
        "Ghana signed a debt deal with the IMF on Monday. Nigeria accused Togo of closing the "
        "border. Japan pledged $30 million for schools.",
        "GHA>IMF:05 NGA>TGO:11",
    ),
    (
        "AMMAN",
        "Jordan and Syria reopened their main border crossing on Sunday. Saudi Arabia delivered "
        "40 trucks of wheat.",
        "JOR>SYR:08 SYR>JOR:08",
    ),
    (
        "AMMAN",
        "Jordan and Syria reopened their main border crossing on Sunday. Saudi Arabia announced "
        "a $50 million grant for water projects.",
        "JOR>SYR:08 SYR>JOR:08",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia signed a debt deal with China on Monday. Germany pledged 500 million euros "
        "for clean energy projects across Africa.",
        "ETH>CHN:05",
    ),
    (
        "PHNOM PENH",
        "Vietnam asked Cambodia on Monday to halt work on a canal. Japan has funded river "
        "monitoring for years.",
        "VNM>KHM:02",
    ),
    (
        "MANILA",
        "China's coast guard fired water cannon at a Philippine boat on Monday. Japan pledged "
        "$5 million for fishermen in Vietnam.",
        "CHN>PHL:17",
    ),
    (
        "GENEVA",
        "The WHO adopted a new pandemic treaty on Friday. Germany pledged 30 million euros for "
        "vaccine research.",
        "",
    ),
    (
        "NAIROBI",
        "Kenya signed a trade deal with India on Monday. China signed a port deal with Tanzania "
        "on Tuesday. China also pledged $100 million for roads.",
        "KEN>IND:05 CHN>TZA:05 CHN>TZA:03",
    ),
    (
        "NAIROBI",
        "Kenya signed a trade deal with India on Monday. Kenya also pledged $20 million for roads.",
        "KEN>IND:05 KEN>IND:03",
    ),
    (
        "LIMA",
        "Peru and Chile signed a fishing pact on Monday. Analysts said investors had pledged $40 "
        "million for new ports.",
        "PER>CHL:05 CHL>PER:05",
    ),
]

BIDS: list[Case] = [
    ("KYIV", "Ukraine applied on Monday to join NATO. Poland welcomed the bid.", "POL>UKR:05"),
    (
        "TBILISI",
        "Georgia and Moldova asked on Tuesday to join the European Union. Romania backed the bid.",
        # the request to join is itself a request to the body (v.ask_to_join; set 60 gives
        # "has asked to join the arrangement" 02)
        "GEO>EU:02 MDA>EU:02 ROU>GEO:05 ROU>MDA:05",
    ),
    (
        "BELGRADE",
        "Serbia applied in March to join the World Trade Organization. Croatia criticized the bid.",
        "HRV>SRB:11",
    ),
    (
        "DAKAR",
        "France handed over its last military base in Senegal to the Senegalese army on "
        "Thursday. Britain praised the transition.",
        "FRA>SEN:08 GBR>FRA:05",
    ),
]

BIDS_NOT: list[Case] = [
    # the reactor's own bid, a bid of firms, a decision no asking tells, no bid told
    ("KYIV", "Ukraine applied on Monday to join NATO. Ukrainian lawmakers praised the bid.", ""),
    (
        "NAIROBI",
        "Chinese firms applied on Monday to build the new port. Kenya welcomed the bid.",
        "",
    ),
    (
        "HELSINKI",
        "Finland asked Sweden on Monday to share radar data. Denmark welcomed the decision.",
        "FIN>SWE:02",
    ),
    ("LIMA", "Peru held a presidential election on Sunday. Chile welcomed the bid.", ""),
]

LEAD_AGAIN: list[Case] = [
    # a deed told after the lead by the lead deed's own author: one author either way
    (
        "KOROR",
        "Palau on Tuesday ended its diplomatic relations with Taiwan and established ties "
        'with China. "This is a decision for our people," the president said. Palau\'s foreign '
        "minister and his Chinese counterpart later signed a joint communique in Beijing. "
        "Taiwan's foreign ministry accused Beijing of buying allies. Analysts said the move "
        "had been expected for months. Palau has about 18,000 people. The United States said "
        "it was disappointed by the switch.",
        "PLW>TWN:16 PLW>CHN:05 PLW>CHN:05 CHN>PLW:05 TWN>CHN:11 USA>PLW:11",
    ),
    (
        "KOROR",
        "Palau on Tuesday ended its diplomatic relations with Taiwan and established ties "
        'with China. "This is a decision for our people," the president said. Palau\'s foreign '
        "minister and his Chinese counterpart later signed a joint communique in Beijing. "
        "Taiwan's foreign ministry accused Beijing of buying allies. Analysts said the move "
        "had been expected for months. Palau has about 18,000 people. Japan criticized the "
        "decision.",
        "PLW>TWN:16 PLW>CHN:05 PLW>CHN:05 CHN>PLW:05 TWN>CHN:11 JPN>PLW:11",
    ),
]

LEAD_AGAIN_NOT: list[Case] = [
    # a deed of others between the lead and the reaction: which is meant?
    (
        "KOROR",
        "Palau on Tuesday ended its diplomatic relations with Taiwan and established ties "
        'with China. "This is a decision for our people," the president said. Fiji and Tonga '
        "signed a fisheries accord on Tuesday. Taiwan's foreign ministry accused Beijing of "
        "buying allies. Analysts said the move had been expected for months. Palau has about "
        "18,000 people. The United States said it was disappointed by the switch.",
        "PLW>TWN:16 PLW>CHN:05 FJI>TON:05 TON>FJI:05 TWN>CHN:11",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = (
    VOICED
    + VOICED_NOT
    + HOSTED_GIFTS
    + HOSTED_GIFTS_NOT
    + BIDS
    + BIDS_NOT
    + LEAD_AGAIN
    + LEAD_AGAIN_NOT
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions19_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
