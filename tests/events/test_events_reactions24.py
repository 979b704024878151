"""Reactions 24 (session 23, builder IT): reactions whose target is implied, the deed answered
told earlier in the story and not named again.

A defiance or a veto told in the lead is a deed a later "the decision" or "the move" sums up,
not an answer of words: "Serbia received Sudan's president, defying a court warrant ... The
EU criticized the decision" is aimed at Serbia even when the story tells other acts after the
lead (rules rejecting_deed_codes, read by reactions._latest_deed). "The recall" is a hostile
deed's noun (reaction_matches recall: 16), so "called the recall 'theater'", which the parser
reads as one noun phrase, is split as "called the decision 'theater'" is
(context._merged_predicates), and answers the envoy recalled; a product recall answers no one.
A state's defence of its own deed that the state it was done to protested rejects that
protest ("Peruvian police detained six Bolivian fishermen. Bolivia summoned Peru's ambassador
... Peru's government defended the operation": PER>BOL 120, reactions._defended_deed); a
deed no one protested, another's deed defended, or a response to a disaster codes no
rejection.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import (
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

# a defiance or a veto in the lead, details after it, then "the decision" or "the move"
LEAD_DEFIANCE: list[Case] = [
    (
        "BELGRADE",
        "Serbia gave Sudan's president a state welcome on Monday, defying an International "
        "Criminal Court warrant for his arrest. The visit was his first to Europe in a decade. "
        "He later held talks with President Aleksandar Vucic, and the two governments signed "
        "deals on farming and energy. The court issued its warrant in 2023. Rights groups say "
        "the war in Darfur has killed thousands. Serbian officials said the visit had been "
        "planned for months. The European Union criticized the decision.",
        "SRB>SDN:04 SRB>ICC:12 SRB>SDN:05 SDN>SRB:05 EU>SRB:11",
    ),
    (
        "BUDAPEST",
        "Hungary hosted Russia's president in Budapest on Thursday, defying an ICC warrant. "
        "Thousands of police guarded the route from the airport. The two governments later "
        "signed a gas deal. The court's prosecutor said member states were obliged to make "
        "arrests. Hungarian officials said the trip was a private matter. Budapest has long "
        "opposed the court's work. Poland condemned the decision.",
        "HUN>RUS:04 HUN>ICC:12 HUN>RUS:05 RUS>HUN:05 HUN>ICC:12 POL>HUN:11",
    ),
    (
        "NEW YORK",
        "Russia vetoed a U.N. Security Council resolution on Sudan on Friday. Thirteen "
        "members voted for the text, which Britain had drafted. Moscow and Khartoum signed a "
        "grain accord in May. Russia's envoy said the text ignored Khartoum's views. "
        "Diplomats said talks on a new draft would resume next week. Aid groups said "
        "millions faced hunger. Kenya criticized the move.",
        "RUS>UN:12 RUS>SDN:05 SDN>RUS:05 KEN>RUS:11",
    ),
]

# a rejection in words in the lead is an answer: no "decision" of its own
LEAD_WORDS: list[Case] = [
    (
        "NAIROBI",
        "Kenya rejected a U.N. report on the protests on Tuesday. The report was written by a "
        "panel of experts. Kenya and Uganda later signed a trade pact. Kenyan officials said "
        "the experts never visited Nairobi. Many shops stayed closed. Rights groups said "
        "dozens were still missing. The European Union criticized the decision.",
        "KEN>UN:12 KEN>UGA:05 UGA>KEN:05",
    ),
]

# "the recall" answers an envoy recalled, across the parser's merged predicate
RECALL: list[Case] = [
    (
        "ACCRA",
        "Ghana recalled its high commissioner from Nigeria on Friday. Nigeria called the "
        'recall "theater" and said it would not respond in kind.',
        "GHA>NGA:16 NGA>GHA:11",
    ),
    (
        "LIMA",
        "Peru recalled its ambassador from Bolivia on Monday. Bolivian Foreign Minister Ana "
        'Rojas called the recall "pure theater."',
        "PER>BOL:16 BOL>PER:11",
    ),
    (
        "HANOI",
        "Vietnam recalled its ambassador to Cambodia for consultations on Tuesday. The "
        "ambassador arrived in Hanoi late at night. A Cambodian government spokesman called the "
        'recall "theater" and an overreaction.',
        "VNM>KHM:16 KHM>VNM:11",
    ),
]

# a state defends its own deed, which the state it was done to protested: a rejection of it
DEFENDED: list[Case] = [
    (
        "COLOMBO",
        "Indian coast guard ships seized two Sri Lankan trawlers on Sunday. Sri Lanka's "
        "foreign ministry lodged a protest with New Delhi. The crews were taken to Chennai. "
        "Fishermen's groups said the trawlers had drifted. Indian officials defended the "
        "action.",
        "IND>LKA:17 LKA>IND:11 IND>LKA:12",
    ),
    (
        "KYIV",
        "Ukraine expelled a Hungarian consul on Monday. Hungary summoned Ukraine's "
        "ambassador. Ukraine defended the move.",
        "UKR>HUN:16 HUN>UKR:11 UKR>HUN:12",
    ),
    (
        "LA PAZ",
        "Peruvian police detained six Bolivian fishermen on Monday. Bolivia summoned Peru's "
        "ambassador to protest the arrests. The men were taken to Lima, where a judge will "
        "hear their case. Their families said they had been fishing for decades. Local "
        "officials said the boats were impounded. Peru's government defended the operation.",
        "PER>BOL:17 BOL>PER:11 PER>BOL:12",
    ),
    # no protest: the defence answers no one
    (
        "ANKARA",
        "Turkish jets struck Kurdish militia positions in northern Syria on Monday. Turkey's "
        "defense ministry defended the operation.",
        "TUR>SYR:19",
    ),
    # another's deed defended is backed (v.defend's own target), not rejected
    (
        "ATHENS",
        "Greece expelled a Libyan envoy on Monday. Libya criticized the expulsion. Egypt "
        "defended the decision.",
        "GRC>LBY:16 LBY>GRC:11 EGY>GRC:05",
    ),
    (
        "TOKYO",
        "Japan banned Chinese seafood imports on Monday. China condemned the ban. South Korea "
        "defended Japan's decision.",
        "JPN>CHN:16 CHN>JPN:11 KOR>JPN:05",
    ),
    # a protested deed, then a defence of what no deed names
    (
        "LIMA",
        "Peru expelled two Bolivian diplomats on Monday. Bolivia condemned the expulsion. "
        "Peru defended its borders.",
        "PER>BOL:16 BOL>PER:11",
    ),
]

# a criticism of "the move", "the shooting", "the pushbacks" by a state whose own accusation
# told the deed: aimed at the accused
ACCUSED: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan asked the U.N. Security Council to meet on Monday, accusing India of breaking "
        "a water treaty by diverting the Chenab river. In a letter to the council, Pakistan's "
        'foreign minister said the move was "a dangerous unilateral step."',
        "PAK>UN:02 PAK>IND:11 PAK>IND:11",
    ),
    (
        "MANAGUA",
        "Honduras closed its border with Nicaragua on Tuesday and accused Nicaraguan police of "
        "firing at a truck driver. Nicaragua rejected the accusation. Traders said hundreds of "
        "trucks were stranded. In Tegucigalpa, the Honduran government called the shooting "
        '"a cowardly crime."',
        "HND>NIC:16 HND>NIC:11 NIC>HND:12 HND>NIC:11",
    ),
    (
        "VILNIUS",
        "Lithuania said on Tuesday that it had found 90 migrants in its forests and accused "
        "Belarusian guards of forcing them across the border. Belarus denied it. Lithuania's "
        'interior ministry called the pushbacks "a crime against humanity."',
        "LTU>BLR:11 BLR>LTU:12 LTU>BLR:11",
    ),
    # the deed of a third party told since (coded: the attack is Ethiopia's)
    (
        "NAIROBI",
        "Kenya accused Uganda of arming rebels near the border on Monday. Ugandan officials "
        "denied it. Ethiopian troops shelled a village in Somalia on Tuesday. Kenya condemned "
        "the attack.",
        "KEN>UGA:11 UGA>KEN:12 ETH>SOM:19 KEN>ETH:11",
    ),
    # the militants' attack, told since, codes nothing: no charge against Somalia
    (
        "MOMBASA",
        "Kenya accused Somalia of sheltering fighters who crossed the border on Monday. Somali "
        "officials denied it. Al-Shabaab fighters attacked a bus in Mandera on Tuesday. Kenya "
        "condemned the attack.",
        "KEN>SOM:11 SOM>KEN:12",
    ),
    # a charge by a noun only: no deed "the move" sums up
    (
        "CAIRO",
        "Egypt accused Ethiopia of bad faith on Monday. Egyptian Foreign Minister Khaled "
        "Mansour said the move was dangerous.",
        "EGY>ETH:11",
    ),
    # another speaker: the accuser's deed is no one else's to place
    (
        "KHARTOUM",
        "Egypt accused Ethiopia of breaking its promises by filling the dam on Monday. Sudan "
        "said the move was dangerous.",
        "EGY>ETH:11",
    ),
    # a storm is no deed
    (
        "HANOI",
        "Vietnam accused China of blocking its fishing boats near the Paracel Islands. China "
        'rejected the charge. A typhoon hit the coast on Friday. Vietnam called the storm "a '
        'disaster."',
        "VNM>CHN:11 CHN>VNM:19 CHN>VNM:12",
    ),
]

# a denial that the source's own people did the deed the other state's words just told
DENIED: list[Case] = [
    (
        "KIGALI",
        "Rwanda closed its airspace to Burundian aircraft on Monday. Rwandan Foreign Minister "
        "Jean-Paul Habimana said the closure came after a Burundian military helicopter "
        'entered Rwandan airspace twice last week. "We will not wait for an attack," Habimana '
        "said. Burundi denied that any of its aircraft had crossed the border.",
        "RWA>BDI:16 BDI>RWA:15 BDI>RWA:12",
    ),
    (
        "MANILA",
        "The Philippine coast guard said a Chinese ship rammed a Philippine supply boat near "
        "Second Thomas Shoal on Sunday. China denied that its vessel had acted unlawfully.",
        "CHN>PHL:19 CHN>PHL:12",
    ),
    # the deed told by the source's own words: no account of another's to reject
    (
        "ASMARA",
        "Eritrean troops shelled an Ethiopian border town on Monday, Eritrea's information "
        "minister said. Eritrea denied that its troops had used heavy weapons.",
        "ERI>ETH:19",
    ),
]

# a partner's own deal named a contribution to a good cause is praise, no criticism
CONTRIBUTION: list[Case] = [
    (
        "HANOI",
        'The Philippines and Vietnam signed a coast guard pact on Wednesday. "We have decided '
        'to face these threats together," Philippine Foreign Secretary Ramon Castillo said. '
        "Vietnamese Foreign Minister Le Hoai Trung said the pact was not aimed at any third "
        "country and called it a contribution to security in the region.",
        "PHL>VNM:05 VNM>PHL:05",
    ),
    (
        "SANTIAGO",
        'Chile and Argentina signed a border accord on Friday. "We have decided to end a '
        "century of quarrels,\" Argentina's foreign minister said. Chile's president said the "
        "accord was fair and called it a contribution to peace.",
        "CHL>ARG:05 ARG>CHL:05",
    ),
    # a wrong named beside it outweighs the word
    (
        "TEHRAN",
        "Israel struck a fuel depot in Syria on Monday. Iran called the strike a contribution "
        "to terrorism.",
        "ISR>SYR:19 IRN>ISR:11",
    ),
]

NONE: list[NearMiss] = [
    # a denial of a stance: no deed told
    (
        "MOGADISHU",
        "Somali officials met donors in Nairobi on Monday. Somalia denied that its economy was "
        "in crisis.",
    ),
    # a response to a disaster answers no state
    (
        "ROME",
        "Floods hit northern Italy on Monday. Italy's government defended its response.",
    ),
    # a product recall is no deed of a state
    (
        "TOKYO",
        "Toyota announced a recall of two million cars on Monday. Japan called the "
        'recall "necessary."',
    ),
    (
        "SEOUL",
        "Hyundai began a recall of its electric buses. The South Korean government "
        'called the recall "theater."',
    ),
]

GAPS: list[Gap] = []
CASES = LEAD_DEFIANCE + LEAD_WORDS + RECALL + DEFENDED + ACCUSED + DENIED + CONTRIBUTION


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions24_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
