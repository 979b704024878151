"""Passive and nominal roles: reactions told with "from", accepted offers, agentless deals
(issue #5, part 18).

FROM: a reaction noun (warning, protest, rebuke, criticism) whose author a from-phrase names and
that has no target of its own is aimed at the subject of the clause that draws it ("drew a
warning from Cairo") or that answers or defies it in an after/following/despite/amid phrase
("Greece halted the survey after a warning from Ankara"); a to-phrase the parser hung on the
from-phrase ("a warning from Ankara to Athens") is the noun's own target. Nothing for an author
of no state, a planned or negated host, a host that names a third party of its own, or a noun
that also names a standing danger ("faces a threat from China": situation_nouns).
ACCEPT: accepting, approving or agreeing to another state's offer, proposal or plan is
cooperation with its author (050), active or passive ("was accepted by Kyiv").
AGENTLESS: a deal whose between-phrase names its sides and that "was signed", "was agreed",
"was reached" with no agent is signed by both sides, both ways; nothing when planned or negated.
TOLD SIDES: a deal or talks that a go-between brokered, mediated or (a person) witnessed, in a
finite passive or with a told object ("The deal was brokered by Qatar", "Nigeria brokered the
accord", "The talks were mediated by Oman"), act on the two sides of the deal or talks told
just before (045, never the signing 057), and a deal brokered to restore or normalise ties
("restored ties in a deal brokered by China") is held by the clause's subjects; nothing for a witness of no state or a state that
"witnessed a truce", nor when negated.
GUARDS: passive and participle forms that already coded right stay so.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FROM: list[Case] = [
    (
        "ATHENS",
        "Greece suspended the seismic survey on Thursday after a warning from Ankara.",
        "TUR>GRC:13",
    ),
    ("CAIRO", "Ethiopia's filling of the dam drew a stern warning from Cairo.", "EGY>ETH:13"),
    (
        "ATHENS",
        "Athens halted the drilling plan after a warning from Ankara to Athens.",
        "TUR>GRC:13",
    ),
    (
        "NEW DELHI",
        "India went ahead with the missile purchase despite protests from Washington.",
        "USA>IND:11",
    ),
    ("SEOUL", "Seoul scrapped the joint drills after a rebuke from Pyongyang.", "PRK>KOR:11"),
    ("BERLIN", "Germany's decision drew a sharp warning from Moscow on Friday.", "RUS>DEU:13"),
    (
        "TOKYO",
        "Tokyo withdrew the textbook passage following a formal protest from Beijing.",
        "CHN>JPN:11",
    ),
    (
        "MADRID",
        "Spanish Prime Minister Pedro Sanchez's remarks on Western Sahara drew a sharp protest "
        "from Rabat.",
        "MAR>ESP:11",
    ),
    (
        "PRETORIA",
        "South Africa's vote at the United Nations drew a rebuke from Washington.",
        "USA>ZAF:11",
    ),
    (
        "MANILA",
        "Beijing received a formal protest from Manila over the collision.",
        "PHL>CHN:11",
    ),
    (
        "ATHENS",
        "Greece imposed new sanctions on Syria after criticism from Washington.",
        "GRC>SYR:16",
    ),
    (
        "ATHENS",
        "Greece summoned Turkey's ambassador after a warning from Ankara.",
        "GRC>TUR:11 TUR>GRC:13",
    ),
]

FROM += [
    (
        "HANOI",
        "Vietnam pressed ahead with the island works despite a warning from Beijing.",
        "CHN>VNM:13",
    ),
    ("VILNIUS", "Lithuania opened the office amid protests from Beijing.", "CHN>LTU:11"),
    (
        "TOKYO",
        "Japan released the treated water despite criticism from China and South Korea.",
        "CHN>JPN:11 KOR>JPN:11",
    ),
]

FROM_NONE: list[NearMiss] = [
    ("MADRID", "Farmers in Spain heeded a warning from the weather service."),
    ("LISBON", "Residents fled the coast after a warning from the meteorological agency."),
    ("PARIS", "The carmaker halted production after a complaint from a customer in France."),
    ("ATHENS", "Greece did not suspend the survey despite a warning from Ankara."),
    ("PARIS", "The film drew a rebuke from a French critic."),
    ("TAIPEI", "Taiwan raised its defence budget amid the threat from Beijing."),
    ("TAIPEI", "Taiwan faces a growing missile threat from China, the report said."),
    ("TOKYO", "Japan's team drew a warning from the referee."),
    ("PARIS", "Police received a letter from a citizen of France on Monday."),
]

ACCEPT: list[Case] = [
    ("KYIV", "Ukraine accepted Russia's offer of a prisoner swap on Tuesday.", "UKR>RUS:05"),
    ("KYIV", "Russia's offer of a prisoner swap was accepted by Kyiv on Tuesday.", "UKR>RUS:05"),
    ("BELGRADE", "Serbia agreed to the EU's proposal on Monday.", "SRB>EU:05"),
    (
        "BEIJING",
        "Russia's proposal for a new security framework was approved by China.",
        "CHN>RUS:05",
    ),
    ("BOGOTA", "Colombia accepted an offer from Caracas on Wednesday.", "COL>VEN:05"),
    (
        "MOSCOW",
        "Russia offered Ukraine a prisoner swap on Monday. Kyiv accepted the offer on Tuesday.",
        "RUS>UKR:03 UKR>RUS:05",
    ),
]

ACCEPT += [
    # an offer not accepted is rejected (v.not_accept_claim, session 45), no approval
    ("KYIV", "Russia's offer of talks was not accepted by Ukraine.", "UKR>RUS:12"),
    (
        "BOGOTA",
        "Venezuela's offer of talks was accepted by Colombia's president.",
        "COL>VEN:05",
    ),
    ("ISLAMABAD", "Pakistan embraced China's initiative on Monday.", "PAK>CHN:05"),
]

ACCEPT_NONE: list[NearMiss] = [
    ("KYIV", "Ukraine accepted an offer from a Chinese company."),
    ("LONDON", "Britain's budget plan was approved by parliament on Tuesday."),
    ("BERLIN", "The German airline accepted a takeover offer from a Swiss rival."),
    ("KYIV", "Kyiv accepted the offer on Monday."),
]

AGENTLESS: list[Case] = [
    (
        "KIGALI",
        "The treaty between Rwanda and Congo was signed on Monday.",
        "RWA>COD:05 COD>RWA:05",
    ),
    (
        "ISLAMABAD",
        "A ceasefire between India and Pakistan was agreed on Saturday.",
        "IND>PAK:05 PAK>IND:05",
    ),
    (
        "NAIROBI",
        "A trade deal between Kenya and Uganda was finalised in Nairobi on Friday.",
        "KEN>UGA:05 UGA>KEN:05",
    ),
    (
        "WASHINGTON",
        "An accord between Armenia and Azerbaijan was reached after talks in Washington.",
        "ARM>AZE:05 AZE>ARM:05",
    ),
]

AGENTLESS_NONE: list[NearMiss] = [
    ("KIGALI", "The treaty between Rwanda and Congo will be signed next week."),
    ("KIGALI", "The pact between Rwanda and Congo was not signed."),
    ("SHANGHAI", "A supply deal between two Chinese firms was signed on Monday."),
    ("DOHA", "A supply deal signed by two oil companies was announced in Doha on Monday."),
    ("LIMA", "An ambassador was summoned on Tuesday, officials said."),
]

TOLD_SIDES: list[Case] = [
    (
        "ISTANBUL",
        "Russia and Ukraine signed a grain deal in Istanbul on Friday. The deal was witnessed "
        "by Turkey's foreign minister.",
        "RUS>UKR:05 UKR>RUS:05 TUR>RUS:04 TUR>UKR:04",
    ),
    (
        "ANKARA",
        "Turkey's president witnessed the signing of the deal between Russia and Ukraine.",
        "TUR>RUS:04 TUR>UKR:04",
    ),
    (
        "DOHA",
        "Rwanda and Congo signed a peace deal in Washington on Friday. The deal was brokered by "
        "Qatar.",
        "RWA>COD:05 COD>RWA:05 QAT>RWA:04 QAT>COD:04",
    ),
    (
        "ABUJA",
        "Niger and Benin signed a border accord on Tuesday. Nigeria brokered the accord.",
        "NER>BEN:05 BEN>NER:05 NGA>NER:04 NGA>BEN:04",
    ),
    (
        "BAKU",
        "Armenia and Azerbaijan agreed to a ceasefire on Friday. The truce was mediated by "
        "Russia and the United Nations.",
        "ARM>AZE:05 AZE>ARM:05 RUS>ARM:04 RUS>AZE:04 UN>ARM:04 UN>AZE:04",
    ),
    (
        "MUSCAT",
        "Iran and Saudi Arabia held talks in Muscat on Monday. The talks were mediated by Oman.",
        "IRN>SAU:04 SAU>IRN:04 OMN>IRN:04 OMN>SAU:04",
    ),
    (
        "ISTANBUL",
        "Russia and Ukraine signed a prisoner deal on Friday. The deal was witnessed by "
        "journalists.",
        "RUS>UKR:05 UKR>RUS:05",
    ),
    (
        "ISTANBUL",
        "Russia and Ukraine signed a transit deal on Friday. The deal was not brokered by Turkey.",
        "RUS>UKR:05 UKR>RUS:05",
    ),
]

TOLD_SIDES += [
    (
        "RIYADH",
        "Iran and Saudi Arabia restored ties in March in a deal brokered by China.",
        "IRN>SAU:05 SAU>IRN:05 CHN>IRN:04 CHN>SAU:04",
    ),
]

TOLD_SIDES_NONE: list[NearMiss] = [
    ("BEIRUT", "Lebanon has witnessed a fragile truce since November."),
    ("DOHA", "The truce was mediated by Qatar on Sunday."),
]

GUARDS: list[Case] = [
    (
        "DOHA",
        "Rwanda and Congo signed a peace pact brokered by Qatar on Monday.",
        "RWA>COD:05 COD>RWA:05 QAT>RWA:04 QAT>COD:04",
    ),
    (
        "BAKU",
        "Armenia and Azerbaijan agreed to a ceasefire mediated by Russia late on Tuesday.",
        "ARM>AZE:05 AZE>ARM:05 RUS>ARM:04 RUS>AZE:04",
    ),
    (
        "RABAT",
        "Spain's request for the extradition of the two men was rejected by Rabat.",
        "MAR>ESP:12",
    ),
    ("AMMAN", "Iran's envoy was received by King Abdullah at the royal palace.", "JOR>IRN:04"),
    (
        "DOHA",
        "A peace treaty was signed in Doha on Monday by Rwanda and Congo.",
        "RWA>COD:05 COD>RWA:05",
    ),
    ("BRUSSELS", "Ukraine's membership bid was welcomed by the European Union.", "EU>UKR:05"),
    ("WARSAW", "Hungary's veto of the aid package was condemned by Poland.", "POL>HUN:11"),
    (
        "CARACAS",
        "A truce between Venezuela and Guyana was brokered by Brazil's president last year.",
        "BRA>VEN:04 BRA>GUY:04",
    ),
]

GUARDS_NONE: list[NearMiss] = [
    ("GENEVA", "Talks hosted by a think tank in Geneva focused on climate policy."),
    ("GENEVA", "The merger was brokered by a Swiss bank."),
    ("DOHA", "The ceasefire was mediated by Qatar."),
    ("LONDON", "The plan was backed by British lawmakers."),
]

# Session 47 (O66): the gap below is fixed, an envoy summoned "to the foreign ministry" with no
# summoner told is the dateline's summons (extract._dateline_summoner,
# tests/events/test_events_review148.py); kept as a case.
FIXED: list[Case] = [
    (
        "LIMA",
        "Chile's ambassador was summoned to the foreign ministry on Tuesday.",
        "PER>CHL:16|11|04|02",
    ),
]

GAPS: list[Gap] = []

CASES = FROM + ACCEPT + AGENTLESS + TOLD_SIDES + GUARDS + FIXED
NONE = FROM_NONE + ACCEPT_NONE + AGENTLESS_NONE + TOLD_SIDES_NONE + GUARDS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context18_codes_passive_and_nominal_roles(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
