"""Reactions to an act or deal told before (session 13, F2).

ELICITED: "The decision drew praise from Bulgaria", "The levy drew protests from Kampala": a
reaction noun an unauthored act noun drew is aimed, as "Bulgaria praised the decision" is, at
the deed just told or at the told act the noun names. Nothing when the deed is no state's.
RESPONSE FRAME: "In response," and "Responding to the move," say only that a clause answers:
a bare "voiced concern" under them still answers the act just told. A frame that names its
act's author ("In response to Iran's strike") is read as before.
UNCODED BETWEEN: "the decision" does not reach over a sentence that tells, uncoded, a done act
of another named doer ("Separately, Cyprus opened a new port").
ANSWERS PASSED OVER: a bare protest goes back past an uncoded sentence that only judges an act
told before ("The EU called the agreement a milestone").
SPOKESPERSON: "a spokesman for the State Department" speaks for the body named after for/of.
DERIVATIONS: "the delivery", "the shipment", "the apology" name the act "delivered",
"shipped", "apologized" tell.
OWN TOPIC: a feeling about a topic of its own ("concern about rising food prices") answers no
act told before; a satellite launched is an act others answer, as a missile is.
The other rows pin forms that already worked when this file was written (accusations
rejected or denied, deals hailed, passives, measure nouns, parallel reactions).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ELICITED: list[Case] = [
    (
        "SOFIA",
        "Greece reopened its border with North Macedonia. The decision drew praise from Bulgaria.",
        "GRC>MKD:08 BGR>GRC:05",
    ),
    (
        "NIAMEY",
        "Niger ordered the French ambassador to leave. The decision drew sharp criticism from "
        "the European Union.",
        "NER>FRA:16 EU>NER:11",
    ),
    (
        "KAMPALA",
        "Kenya imposed a levy on Ugandan sugar last month. The levy drew protests from Kampala.",
        "KEN>UGA:16 UGA>KEN:11",
    ),
    (
        "BERLIN",
        "Russia expelled two German diplomats. The expulsions drew a sharp rebuke from Berlin.",
        "RUS>DEU:16 DEU>RUS:11",
    ),
    (
        "ROME",
        "Italy and Libya signed a migration accord on Monday. The agreement won praise from the "
        "European Union.",
        "ITA>LBY:05 LBY>ITA:05 EU>ITA:05 EU>LBY:05",
    ),
]

ELICITED_NONE: list[NearMiss] = [
    ("OSLO", "Norway's central bank cut rates on Thursday. The move drew praise from Sweden."),
    (
        "MADRID",
        "The Spanish government raised the minimum wage. The decision drew praise from unions.",
    ),
]

RESPONSE: list[Case] = [
    (
        "VILNIUS",
        "China banned imports of Lithuanian beef last week. Responding to the move, the European "
        "Commission voiced concern.",
        "CHN>LTU:16 EU>CHN:11",
    ),
    (
        "BRUSSELS",
        "China banned imports of Lithuanian pork last week. In response, the European Commission "
        "voiced concern.",
        "CHN>LTU:16 EU>CHN:11",
    ),
    (
        "HELSINKI",
        "Russia seized a Finnish ship. Reacting to the seizure, Helsinki expressed outrage.",
        "RUS>FIN:17 FIN>RUS:11",
    ),
    (
        "OSLO",
        "Russia expelled two Norwegian diplomats. In response to Iran's strike, Norway voiced "
        "concern.",
        "RUS>NOR:16 NOR>IRN:11",
    ),
    (
        "OTTAWA",
        "India expelled a Canadian diplomat on Tuesday. Ottawa responded by expelling an Indian "
        "diplomat.",
        "IND>CAN:16 CAN>IND:16",
    ),
]

BETWEEN: list[Case] = [
    (
        "ATHENS",
        "Iran seized a Greek tanker on Friday. Athens protested. Separately, Cyprus opened a new "
        "port in Limassol. Italy welcomed the decision.",
        "IRN>GRC:17 GRC>IRN:11",
    ),
    (
        "BAMAKO",
        "Mali expelled the French ambassador on Monday. The junta accused him of meddling. Paris "
        "condemned the decision.",
        "MLI>FRA:16 FRA>MLI:11",
    ),
]

PASSED_OVER: list[Case] = [
    (
        "ASHGABAT",
        "Kazakhstan and Azerbaijan signed a deal on Thursday to build an oil pipeline. The EU "
        "called the agreement a milestone. Russia objected.",
        # (session 21, lead's decision: praise by naming is 05 to the act's parties, guidelines)
        "KAZ>AZE:05 AZE>KAZ:05 EU>KAZ:05 EU>AZE:05 RUS>KAZ:11 RUS>AZE:11",
    ),
    (
        "NICOSIA",
        "Turkey sent a drill ship into waters claimed by Greece. The EU called the move a "
        "provocation. Greece also protested.",
        "EU>TUR:11 GRC>TUR:11",
    ),
]

SPOKESPERSON: list[Case] = [
    (
        "PARIS",
        "A spokesman for the State Department condemned Iran. A spokesperson for Iran's foreign "
        "ministry rejected the criticism.",
        "USA>IRN:11 IRN>USA:12",
    ),
    (
        "BERLIN",
        "Russia banned the German broadcaster Deutsche Welle. A spokesperson for the German "
        "government called the ban outrageous.",
        "RUS>DEU:17 DEU>RUS:11",
    ),
    (
        "TOKYO",
        "The spokeswoman of Japan's foreign ministry criticized China.",
        "JPN>CHN:11",
    ),
]

SPOKESPERSON_NONE: list[NearMiss] = [
    ("PARIS", "A spokesman for the family of the detained diplomat criticized the court."),
    ("LONDON", "A spokeswoman for Shell criticized the new tax."),
]

DERIVED: list[Case] = [
    (
        "HAVANA",
        "Russia delivered 1.4 million barrels of crude oil to Cuba on Wednesday. Cuba's Foreign "
        "Ministry thanked Russia for its solidarity. The United States condemned the delivery.",
        # a delivery is both parties' act: the condemnation answers the receiver too
        # (reactions._passage_receiver; the gold conventions' "condemned the delivery")
        "RUS>CUB:06|07 CUB>RUS:05 USA>RUS:11 USA>CUB:11",
    ),
    (
        "MANAGUA",
        "Russia delivered two patrol boats to Nicaragua on Monday. Washington condemned the "
        "delivery.",
        "RUS>NIC:07 USA>RUS:11 USA>NIC:11",
    ),
    (
        "WINDHOEK",
        "Germany formally apologized to Namibia on Tuesday for colonial killings. Namibia's "
        "president accepted the apology. The European Union welcomed the apology.",
        # an apology accepted is forgiven (v.accept_apology, 056; the gold codes it 05)
        "DEU>NAM:05 NAM>DEU:05 EU>DEU:05",
    ),
]

OWN_TOPIC: list[Case] = [
    (
        "SEOUL",
        "North Korea launched a spy satellite on Tuesday. Tokyo and Seoul protested.",
        "JPN>PRK:11 KOR>PRK:11",
    ),
    ("ISLAMABAD", "India tested a missile on Sunday. Pakistan expressed concern.", "PAK>IND:11"),
]

OWN_TOPIC_NONE: list[NearMiss] = [
    (
        "ISLAMABAD",
        "India tested a missile on Sunday. Pakistan voiced concern about rising food prices.",
    ),
    (
        "KARACHI",
        "India launched a weather satellite on Sunday. Pakistan expressed concern about floods.",
    ),
    ("BEIJING", "SpaceX launched a satellite on Sunday. China objected."),
]

# forms that worked before this file; kept so that they keep working
KEPT: list[Case] = [
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats on Monday. Tallinn objected.",
        "RUS>EST:16 EST>RUS:11|12",
    ),
    (
        "RABAT",
        "Algeria accused Morocco of spying on its diplomats. Rabat rejected the accusation.",
        "DZA>MAR:11 MAR>DZA:12",
    ),
    (
        "BAKU",
        "Iran accused Azerbaijan of hosting Israeli spies. Baku dismissed the charges as baseless.",
        "IRN>AZE:11 AZE>IRN:12",
    ),
    (
        "CAIRO",
        "Ethiopia accused Egypt of arming rebels in the Tigray region. Cairo denied the claim on "
        "Wednesday.",
        "ETH>EGY:11 EGY>ETH:12",
    ),
    (
        "BRUSSELS",
        "Serbia and Kosovo signed a deal on electricity on Friday. The European Union hailed the "
        "agreement.",
        "SRB>XKX:05 XKX>SRB:05 EU>SRB:05 EU>XKX:05",
    ),
    (
        "ANKARA",
        "Israel closed its embassy in Ankara on Sunday. The move was condemned by Turkey.",
        "ISR>TUR:16 TUR>ISR:11",
    ),
    (
        "TBILISI",
        "Russia banned Georgian wine in 2006. Tbilisi called the ban politically motivated.",
        "RUS>GEO:16 GEO>RUS:11",
    ),
    (
        "GEORGETOWN",
        "Venezuela seized a Guyanese fishing boat on Sunday. Brazil's foreign ministry said it "
        "deplored the seizure.",
        "VEN>GUY:17 BRA>VEN:11",
    ),
    (
        "ADDIS ABABA",
        "Egypt sent troops to Somalia in August. Egypt's move was condemned by Ethiopia.",
        "EGY>SOM:07 ETH>EGY:11",
    ),
    (
        "WARSAW",
        "Russia expelled two Polish diplomats. Germany criticized Hungary's silence.",
        "RUS>POL:16 DEU>HUN:11",
    ),
    (
        "LIMA",
        "Chile voted to suspend Venezuela from the regional trade bloc. Peru also welcomed the "
        "vote.",
        "CHL>VEN:16 PER>CHL:05",
    ),
    (
        "BEIJING",
        "The Philippines and Vietnam signed a coast guard pact on Friday. Beijing criticized the "
        "pact.",
        "PHL>VNM:05 VNM>PHL:05 CHN>PHL:11 CHN>VNM:11",
    ),
    (
        "LONDON",
        "Iran seized a British tanker in the Gulf. The seizure was condemned by London and Paris.",
        "IRN>GBR:17 GBR>IRN:11 FRA>IRN:11",
    ),
    (
        "ADDIS ABABA",
        "Egypt and Sudan held joint military drills near the Ethiopian border on Monday. Addis "
        "Ababa objected, saying the exercises were provocative.",
        "EGY>SDN:06 SDN>EGY:06 ETH>EGY:11 ETH>SDN:11",
    ),
    (
        "DOHA",
        "Israel and Hamas agreed to a truce on Wednesday. Qatar, Egypt and the United States "
        "hailed the agreement.",
        "ISR>PSE:05 PSE>ISR:05 QAT>ISR:05 QAT>PSE:05 EGY>ISR:05 EGY>PSE:05 USA>ISR:05 USA>PSE:05",
    ),
]

KEPT_NONE: list[NearMiss] = [
    ("DHAKA", "A cyclone struck Bangladesh on Friday. India welcomed the swift evacuation."),
    (
        "BRASILIA",
        "Brazil's Congress voted to raise fuel taxes. The Brazilian government welcomed the vote.",
    ),
    ("ABUJA", "Shell said it would sell its onshore oil fields. Abuja criticized the decision."),
    ("NEW DELHI", "Apple moved some iPhone production to India. China criticized the move."),
    ("ACCRA", "Ghana's central bank raised interest rates. Nigeria welcomed the decision."),
    ("BERLIN", "Germany's ruling coalition collapsed on Wednesday. France regretted the collapse."),
    ("TOKYO", "Toyota closed a plant in Thailand. Bangkok regretted the decision."),
    (
        "LONDON",
        "A British court jailed three men for fraud on Friday. Ireland welcomed the verdict.",
    ),
]

GAPS: list[Gap] = [
    (
        "WASHINGTON",
        "Saudi Arabia cut its oil output by a million barrels a day. Washington objected to the "
        "cut.",
        "USA>SAU:11",
        "a prepositional reaction's object is read as no act (a reading of it, tried in session "
        "18, cost precision on an unseen set)",
    ),
    (
        "PORT LOUIS",
        "Mauritius' parliament on Wednesday ratified a treaty with Britain. The British Foreign "
        "Office welcomed the vote.",
        "MUS>GBR:05 GBR>MUS:05",
        "'the vote' is not linked to 'ratified' (a relative clause's ratification elsewhere "
        "would be found as well)",
    ),
    (
        "SEOUL",
        "Japan began releasing treated water from the Fukushima plant on Thursday. Beijing "
        "condemned the release, and South Korea voiced concern.",
        "CHN>JPN:11 KOR>JPN:11",
        "the parser reads 'voiced' as a modifier of 'concern' under 'condemned'",
    ),
]

CASES = ELICITED + RESPONSE + BETWEEN + PASSED_OVER + SPOKESPERSON + DERIVED + OWN_TOPIC + KEPT
NONE = ELICITED_NONE + SPOKESPERSON_NONE + OWN_TOPIC_NONE + KEPT_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context21_codes_reactions(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
