"""Review 37 (session 23, reviewer R): probes of session 22's rules that read wrongly.

A state's own word that it will respond if another state acts (v.respond_if, parties
_own_word) is no threat when the answer is a reply or relief ("would respond in writing if
Chile sent a formal note", "with relief supplies if Sri Lanka suffered more flooding") or
answers what is no act ("would respond to the questions", sides._answers_other). A
spokesman stated with no state who rebukes "the move" is the other side's only when the
dateline's state made a move in the sentence before (Resolver._answered_there): not when
another state acts there ("Turkey said Greece had extended its waters") nor when the state
itself warned or protested ("Venezuela warned Guyana over the licenses"). A state hosts no
meeting a pair held in a third state ("Iran and Saudi Arabia held talks in Baghdad. Norway
hosted the meeting on Arctic fisheries", extract._latest_sides). "The attack" answers its
latest telling, and one by gunmen or pirates names no state (reactions._stateless_telling).
"Would have expelled ... if it had known" tells a past never realised (modality._unrealised);
experts "called in" are sent for, not urged (v.call_for); "the recall" answers an envoy
recalled only (reaction_matches). A decision told by a verb's complement ("Egypt's parliament
voted to extend emergency rule") after a veto in the lead is what "the decision" may sum up
(reactions._uncoded_doer_between). A defence of "the decision to raise fuel taxes" rejects
no protest of an arrest (reactions._defended_deed), and a hazard ("if Somalia's drought
worsened") is no state's act a warning is aimed at (clauses cond_subj). A denial that one's
army "had planned an attack on Congo" rejects no account of an airspace breach
(reactions._denied_deed). "Two aircraft carrying a medical team" are help sent, no trip
(objects._ferries_people, rules helping_words).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.respond_if: a reply, relief or an answer to no act is no threat; a hostile condition is
RESPONSES: list[Case] = [
    (
        "MEXICO CITY",
        "Mexico said it would respond if the United States imposed new tariffs on Mexican steel.",
        "MEX>USA:13",
    ),
    (
        "BOGOTA",
        "Colombia said it would respond in kind if Venezuela closed the border again.",
        "COL>VEN:13",
    ),
    ("KYIV", "Ukraine said it would respond if Russia cut gas supplies again.", "UKR>RUS:13"),
    (
        "TAIPEI",
        "Taiwan said it would respond if China questioned its sovereignty again at the U.N.",
        "TWN>CHN:13",
    ),
    ("BEIJING", "China said it would respond if Washington replied with new tariffs.", "CHN>USA:13"),
    (
        "MINSK",
        "Belarus warned it would retaliate if Lithuania halted rail supplies to Kaliningrad.",
        "BLR>LTU:13",
    ),
]
RESPONSES_NOT: list[NearMiss] = [
    (
        "NEW DELHI",
        "India said it would respond with relief supplies if Sri Lanka suffered more flooding "
        "this month.",
    ),
    (
        "LIMA",
        "Peru said it would respond in writing if Chile sent a formal note on the fishing "
        "dispute.",
    ),
    (
        "MADRID",
        "Spain said it would respond to the questions if Morocco's envoy raised them at the "
        "meeting.",
    ),
    ("ACCRA", "Ghana said it would respond if Nigeria wrote to it about the traders."),
    (
        "DHAKA",
        "Bangladesh said it would respond with emergency supplies if Myanmar suffered another "
        "cyclone.",
    ),
]

# Resolver._answered_there: the dateline's state answering a move keeps its voice at home
SPOKESMEN: list[Case] = [
    (
        "ANKARA",
        "Turkey said on Monday that Greece had extended its territorial waters. Foreign "
        "Ministry spokesman Oncu Keceli rejected the move.",
        "TUR>GRC:12",
    ),
    (
        "SEOUL",
        "South Korea said North Korea had closed the border crossing. Foreign Ministry "
        "spokesman Lim Soo-suk called the decision regrettable.",
        "KOR>PRK:11",
    ),
    (
        "CARACAS",
        "Venezuela warned Guyana over the oil licenses. Foreign Ministry spokesman Carlos Ruiz "
        "condemned the decision to award them.",
        "VEN>GUY:13",
    ),
    # kept: the dateline's state made the move (a cause in an after-clause is none), the other
    # side's voice rebukes it
    (
        "STOCKHOLM",
        "Sweden expelled two Iranian diplomats after Iran arrested a Swedish citizen. Foreign "
        "Ministry spokesman Nasser Kanaani condemned the decision.",
        "SWE>IRN:16 IRN>SWE:17 IRN>SWE:11",
    ),
    (
        "WARSAW",
        "Poland closed its border with Belarus after Minsk sent migrants toward it. Foreign "
        "Ministry spokesman Anatoly Glaz called the decision unjustified.",
        "POL>BLR:16 BLR>POL:11",
    ),
    (
        "CANBERRA",
        "Australia banned Chinese-made drones from its military bases on Tuesday. Foreign "
        "Ministry spokesman Lin Jian called the decision discriminatory.",
        "CHN>AUS:11",
    ),
    (
        "TOKYO",
        "Japan imposed export controls on chips bound for China. Foreign Ministry spokeswoman "
        "Mao Ning denounced the move as protectionist.",
        "JPN>CHN:16 CHN>JPN:11",
    ),
    (
        "NAIROBI",
        "Kenya suspended flights from Somalia on Monday, citing security. Foreign Ministry "
        "spokesman Abdi Ali rejected the decision as unjustified.",
        "KEN>SOM:16 SOM>KEN:12",
    ),
]

# extract._latest_sides (hosted): a pair that met in a third state met at no meeting a host
# elsewhere held; a go-between may mediate anywhere
HOSTS: list[Case] = [
    (
        "OSLO",
        "Iran and Saudi Arabia held talks in Baghdad in April. Norway hosted the meeting on "
        "Arctic fisheries on Tuesday.",
        "IRN>SAU:04 SAU>IRN:04",
    ),
    (
        "GENEVA",
        "Iran and Saudi Arabia held talks in Baghdad on Monday. Oman hosted the talks.",
        "IRN>SAU:04 SAU>IRN:04",
    ),
    # kept: the host's own venue (a co-host's too), no venue, or a go-between
    (
        "CAIRO",
        "Israel and Hamas held indirect talks in Cairo on Monday. Egypt and Qatar hosted the "
        "talks.",
        "ISR>PSE:04 PSE>ISR:04 EGY>ISR:04 EGY>PSE:04 QAT>ISR:04 QAT>PSE:04",
    ),
    (
        "BAGHDAD",
        "Iran and Saudi Arabia held talks in Baghdad on Monday. Iraq hosted the meeting.",
        "IRN>SAU:04 SAU>IRN:04 IRQ>IRN:04 IRQ>SAU:04",
    ),
    (
        "KHARTOUM",
        "Ethiopia and Egypt met in Khartoum on Monday. Sudan hosted the session.",
        "ETH>EGY:04 EGY>ETH:04 SDN>EGY:04 SDN>ETH:04",
    ),
    (
        "DOHA",
        "Israel and Hamas held indirect talks on Monday. Qatar hosted the talks.",
        "ISR>PSE:04 PSE>ISR:04 QAT>ISR:04 QAT>PSE:04",
    ),
    (
        "BAKU",
        "Armenia and Azerbaijan held talks in Baku on Monday. Russia mediated the talks.",
        "ARM>AZE:04 AZE>ARM:04 RUS>ARM:04 RUS>AZE:04",
    ),
]

# reactions._stateless_telling: "the attack" answers its latest telling, by no state's doer
ATTACKS: list[Case] = [
    (
        "MANILA",
        "Chinese coast guard ships fired water cannon at a Philippine supply boat on Monday. "
        "On Tuesday, gunmen attacked an army post in Mindanao, killing two soldiers. Manila "
        "condemned the attack.",
        "CHN>PHL:17",
    ),
    (
        "KYIV",
        "Russia shelled Kharkiv overnight. On Tuesday, gunmen attacked a police post in Odesa, "
        "killing two officers. Ukraine condemned the attack.",
        "RUS>UKR:19",
    ),
    (
        "MANILA",
        "China's coast guard rammed a Philippine boat on Monday. Pirates attacked a Malaysian "
        "tug near Sulu on Tuesday. Malaysia condemned the attack.",
        "CHN>PHL:19",
    ),
    # kept: a state's forces told again (by name or as "the drones", "the jets"), or an
    # agentless passive
    (
        "KYIV",
        "Russian drones struck Odesa on Monday. The drones attacked the port again on Tuesday. "
        "Ukraine condemned the attack.",
        "RUS>UKR:19 UKR>RUS:11",
    ),
    (
        "BEIRUT",
        "Israeli jets bombed southern Lebanon on Monday. The jets attacked a village near Tyre, "
        "killing three people. Lebanon condemned the attack.",
        "ISR>LBN:19 LBN>ISR:11",
    ),
    (
        "KYIV",
        "Russia shelled Kharkiv on Monday. Russian troops attacked Kupiansk on Tuesday. "
        "Ukraine condemned the attack.",
        "RUS>UKR:19 RUS>UKR:19 UKR>RUS:11",
    ),
    (
        "MANILA",
        "Chinese coast guard ships fired water cannon at a Philippine supply boat on Monday. "
        "On Tuesday, an army post in Mindanao was attacked. Manila condemned the attack.",
        "CHN>PHL:17 PHL>CHN:11",
    ),
]

# modality._unrealised: "would have" on a condition tells a past never realised, no threat
# (modality._conditional_threat) and no measure kept as told; a plan ("will have") and a
# threat ("would expel ... if") stay
UNREALISED: list[Case] = [
    (
        "PARIS",
        "France said it would expel two Russian diplomats if Moscow did not explain the "
        "arrests.",
        "FRA>RUS:13",
    ),
    (
        "LONDON",
        "Britain said it would cut aid to Rwanda unless Kigali withdrew its troops from Congo.",
        "GBR>RWA:13",
    ),
]
UNREALISED_NOT: list[NearMiss] = [
    (
        "BRASILIA",
        "Brazil said it would have expelled the Venezuelan diplomats if it had known of the "
        "plot.",
    ),
    (
        "SEOUL",
        "South Korea said it would have imposed sanctions on North Korea had the launch "
        "succeeded.",
    ),
    (
        "TOKYO",
        "Japan said it would have sent aid to Tonga earlier if the airport had been open.",
    ),
]

# v.call_for forbids "in": people called in to help are sent for, no appeal to their state
CALLED_IN: list[Case] = [
    ("HANOI", "Vietnam called for China to respect its waters.", "VNM>CHN:02"),
    (
        "NAIROBI",
        "Kenya called on Uganda to withdraw its police from the island.",
        "KEN>UGA:02",
    ),
]
CALLED_IN_NOT: list[NearMiss] = [
    (
        "ACCRA",
        "Nigerian experts were called in by Ghana's health ministry to fight the outbreak.",
    ),
    ("LUSAKA", "Zambia called in South African engineers to repair the dam."),
]

# reaction_matches recall: 161 only, an envoy recalled; an expulsion or sanctions are no recall
RECALLS: list[Case] = [
    (
        "LIMA",
        "Peru recalled its ambassador from Bolivia on Monday. Bolivia called the recall theater.",
        "PER>BOL:16 BOL>PER:11",
    ),
    (
        "VILNIUS",
        "Lithuania expelled a Belarusian diplomat on Monday. Belarus criticized the recall.",
        "LTU>BLR:16",
    ),
    (
        "BRUSSELS",
        "The EU imposed new sanctions on Belarus on Monday. Russia called the recall a "
        "provocation.",
        "EU>BLR:16",
    ),
    (
        "BOGOTA",
        "Colombia suspended coal exports to Israel on Monday. Israel condemned the recall of its "
        "trade attache.",
        "COL>ISR:16",
    ),
]

# reactions._uncoded_doer_between: a decision told by a verb's complement ("voted to extend
# emergency rule") between the lead's veto and "the decision" is what the noun may sum up
DECISIONS: list[Case] = [
    (
        "NEW YORK",
        "The United States vetoed a U.N. resolution on Gaza on Wednesday. The vote was 14 to 1. "
        "Algeria had drafted the text. Egypt's parliament later voted to extend emergency rule. "
        "Jordan criticized the decision.",
        "USA>UN:12 JOR>EGY:11",
    ),
    # kept: no decision told between ("tried to calm tensions" decides nothing)
    (
        "BAMAKO",
        "Mali expelled the French ambassador on Monday. The U.N. chief tried to calm tensions. "
        "The EU criticized the decision.",
        "MLI>FRA:16 EU>MLI:11",
    ),
    (
        "NEW YORK",
        "Russia vetoed a U.N. resolution on Sudan on Monday. The draft had called for a "
        "ceasefire. Twelve members voted in favor. China abstained. Britain called the decision "
        "shameful.",
        "RUS>UN:12 GBR>RUS:11",
    ),
]

# reactions._defended_deed: a defence of a decision whose clause names another deed rejects
# no protest; clauses cond_subj: a hazard's owner meets no condition of a threat
DEFENCES: list[Case] = [
    (
        "KAMPALA",
        "Ugandan police arrested 12 Kenyan fishermen on Lake Victoria. Kenya summoned Uganda's "
        "envoy on Tuesday. Uganda's president defended the decision to raise fuel taxes.",
        "UGA>KEN:17 KEN>UGA:11",
    ),
    (
        "KAMPALA",
        "Ugandan police arrested 12 Kenyan fishermen on Lake Victoria. Kenya summoned Uganda's "
        "envoy on Tuesday. Uganda's government defended the decision to detain the fishermen.",
        "UGA>KEN:17 KEN>UGA:11 UGA>KEN:12",
    ),
    (
        "NAIROBI",
        "Kenya warned that it would close the border if Somalia's army crossed it again.",
        "KEN>SOM:13",
    ),
]
HAZARDS_NOT: list[NearMiss] = [
    ("NAIROBI", "Kenya warned that it would host more refugees if Somalia's drought worsened."),
    (
        "DHAKA",
        "Bangladesh threatened to close its border if Myanmar's floods displaced more people.",
    ),
]

# reactions._denied_deed: a denial of another kind of act, or of one on another state, rejects
# no account of the deed told
DENIALS: list[Case] = [
    (
        "KIGALI",
        "Rwanda said a Burundian helicopter had entered Rwandan airspace on Monday. Burundi "
        "denied that its army had planned an attack on Congo.",
        "BDI>RWA:15",
    ),
    (
        "KIGALI",
        "Rwanda said a Burundian helicopter had entered Rwandan airspace on Monday. Burundi "
        "denied that its officials had met opposition leaders in Brussels.",
        "BDI>RWA:15",
    ),
    (
        "KIGALI",
        "Rwanda said a Burundian helicopter had entered Rwandan airspace on Monday. Burundi "
        "denied that its troops had crossed into Congo.",
        # session 52: a crossing into Congo is a deed of v.cross_into now, and its denial
        # rejects Congo as "crossed the border into Congo" already did (v.cross_border)
        "BDI>RWA:15 BDI>COD:12",
    ),
    # kept: the deed told denied
    (
        "KIGALI",
        "Rwanda said a Burundian helicopter had entered Rwandan airspace on Monday. Burundi "
        "denied that its helicopter had crossed the border.",
        "BDI>RWA:15 BDI>RWA:12",
    ),
]

# objects._ferries_people: a team a helping word qualifies is help sent, no trip
FERRIED: list[Case] = [
    (
        "KATHMANDU",
        "India sent two aircraft carrying a medical team to Nepal on Sunday.",
        "IND>NPL:07",
    ),
    (
        "KATHMANDU",
        "India sent two aircraft carrying a rescue team to Nepal on Sunday.",
        "IND>NPL:07",
    ),
]
FERRIED_NOT: list[NearMiss] = [
    ("DOHA", "Argentina sent a plane carrying its football team to Qatar."),
    ("LIMA", "Chile sent a plane carrying a trade delegation to Peru."),
]

CASES: list[Case] = FERRIED + DENIALS + DEFENCES + DECISIONS + RESPONSES + SPOKESMEN + HOSTS + ATTACKS + UNREALISED + CALLED_IN + RECALLS
NONE: list[NearMiss] = FERRIED_NOT + HAZARDS_NOT + RESPONSES_NOT + UNREALISED_NOT + CALLED_IN_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review37_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review37_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
