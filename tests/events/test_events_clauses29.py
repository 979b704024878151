"""Clauses 29 (session 20, builder EV): a state's judgment of another's act told in reported
speech, whose target is the act's author.

Coded: an act equated with a wrong by "amount to" or "constitute" ("said the restrictions
amounted to interference", charge_light_verbs read the to-phrase); an act said to infringe
or encroach on rights (v.say_accuse words); an act said to hurt ordinary people ("said the
ban would hurt thousands of farmers": v.say_act_hurts, the of-phrase of a quantity read in
_worded_clause), its author read from the act noun only; "the arrests" and "the detention"
name each other's deed, "the restrictions" a bar or ban (act_derivations); dismay at a deed a
that-clause tells of another state ("said it was alarmed that Algerian authorities had
deported ...": v.dismayed_that, 111); a state described as a haven for wrongdoers ("as a
refuge for coup plotters": haven_nouns' for-phrase in as_phrase, v.describe_as), and "the
remarks" or "the comments" judged after it (act_derivations). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

EQUATED: list[Case] = [
    (
        "YEREVAN",
        "Azerbaijan detained three Armenian soldiers near the border on Friday. Armenia's "
        "Foreign Ministry said the detentions constituted a violation of the 2020 ceasefire.",
        "AZE>ARM:17 ARM>AZE:11",
    ),
    (
        "ALGIERS",
        "Morocco deployed troops to the Guerguerat crossing on Sunday. Algeria said the "
        "deployment amounted to aggression.",
        "DZA>MAR:11",
    ),
    (
        "BANGKOK",
        "Cambodia on Tuesday barred several Thai officials from entering the country. Thailand's "
        "foreign minister said the restrictions amounted to interference in Thailand's internal "
        "affairs.",
        "KHM>THA:16 THA>KHM:11",
    ),
    (
        "ADDIS ABABA",
        "Eritrea seized two Ethiopian trucks at the border. Addis Ababa said the seizure "
        "infringed upon Ethiopia's sovereign rights.",
        "ERI>ETH:17 ETH>ERI:11",
    ),
    (
        "BEIJING",
        "Vietnam and the Philippines signed a coast guard pact on Monday. China said the pact "
        "encroached on its maritime rights.",
        "VNM>PHL:05 PHL>VNM:05 CHN>VNM:11 CHN>PHL:11",
    ),
    (
        "LIMA",
        "Ecuador arrested six Peruvian fishermen near the maritime border on Friday. Peru's "
        "Foreign Ministry said the arrests breached a bilateral fishing accord.",
        "ECU>PER:17 PER>ECU:11",
    ),
    (
        "PODGORICA",
        "Serbian police detained two Montenegrin officials at a checkpoint on Sunday. "
        "Montenegro's prime minister said the arrests violated a 2006 border agreement.",
        "SRB>MNE:17 MNE>SRB:11",
    ),
    # near-misses: one's own act, a denied judgment, an equation that judges nothing
    (
        "NAIROBI",
        "Kenya banned imports of Somali khat on Monday. Kenya's trade minister said the ban "
        "amounted to a health measure.",
        "KEN>SOM:16",
    ),
    (
        "MOGADISHU",
        "Kenya banned imports of Somali khat on Monday. Somalia said the ban did not amount to "
        "interference.",
        "KEN>SOM:16",
    ),
    (
        "SANTIAGO",
        "Bolivia closed its border with Chile on Monday. Chile said the decision amounted to "
        "a setback for regional trade.",
        "BOL>CHL:16",
    ),
    (
        "ATHENS",
        "Turkey held talks with Greece on Monday. Greek officials said the talks amounted to "
        "little.",
        "TUR>GRC:04",
    ),
]

HURTS: list[Case] = [
    (
        "BANGKOK",
        "Malaysia banned imports of Thai rice last week. Thailand's commerce minister said the "
        "ban would hurt thousands of farmers on both sides of the border.",
        "MYS>THA:16 THA>MYS:11",
    ),
    (
        "DUSHANBE",
        "Uzbekistan closed its border crossings with Tajikistan on Friday. Tajik Foreign "
        "Minister Rustam Nazarov said the closure hurt traders and families who depend on "
        "cross-border markets.",
        "UZB>TJK:16 TJK>UZB:11",
    ),
    (
        "MADRID",
        "Algeria suspended gas deliveries to Spain on Monday. Madrid said the suspension would "
        "devastate Spanish consumers this winter.",
        "DZA>ESP:16 ESP>DZA:11",
    ),
    # the author named by the act noun's possessor or by-phrase
    (
        "GEORGETOWN",
        "Guyana said Venezuela's ban on river traffic would hurt thousands of miners.",
        "GUY>VEN:11",
    ),
    (
        "GEORGETOWN",
        "Guyana said the sanctions imposed by Venezuela hurt families in the border region.",
        "GUY>VEN:11",
    ),
    # near-misses: no deed of another state, the act denied to hurt, help, one's own act
    (
        "GEORGETOWN",
        "Guyana said its own ban on river traffic would hurt thousands of miners.",
        "",
    ),
    (
        "LILONGWE",
        "A cyclone struck Mozambique on Monday. Malawi's president said the storm would hurt "
        "farmers across the region.",
        "",
    ),
    (
        "SANTIAGO",
        "Bolivia closed its border with Chile on Monday. Chile said the closure would not hurt "
        "Chilean farmers.",
        "BOL>CHL:16",
    ),
    (
        "SANTIAGO",
        "Bolivia reopened its border with Chile on Monday. Chile said the reopening would help "
        "farmers.",
        "BOL>CHL:08",
    ),
    (
        "ACCRA",
        "Ghana imposed new tariffs on Nigerian goods. Ghana's trade minister said the tariffs "
        "would protect Ghanaian farmers.",
        "GHA>NGA:16",
    ),
    (
        "LIMA",
        "Peru raised its own fuel taxes on Monday. Peru's finance minister said the decision "
        "would hurt consumers in the short term.",
        "",
    ),
    (
        "DAKAR",
        "Senegal said a ban on fishing would hurt thousands of fishermen.",
        "",
    ),
    (
        "NAIROBI",
        "Kenya banned imports of Somali khat on Monday. Kenya's trade minister said the ban would "
        "hurt smugglers.",
        "KEN>SOM:16",
    ),
]

DISMAY: list[Case] = [
    (
        "GENEVA",
        "The U.N. refugee agency said it was alarmed that Algerian authorities had deported "
        "more than 3,000 Malian migrants in the past month.",
        "UN>DZA:11 DZA>MLI:17",
    ),
    (
        "TOKYO",
        "Japan is deeply concerned that China has deployed warships near the Senkaku Islands, "
        "a spokesman said.",
        "JPN>CHN:11",
    ),
    (
        "VIENNA",
        "Austria said it was dismayed that Hungary had closed two border crossings without "
        "warning.",
        "AUT>HUN:11",
    ),
    (
        "BRASILIA",
        "Brazil said it was disappointed that Argentina had withdrawn from the trade talks.",
        "BRA>ARG:11",
    ),
    # no actor as the clause's subject: left uncoded (test_events_reactions19 rows)
    (
        "GENEVA",
        "Italy signed a migration deal with Libya on Monday. The U.N. human rights office said "
        "it was concerned that the deal lacked safeguards for refugees.",
        "ITA>LBY:05",
    ),
    # near-misses: no deed of a state, a deed only foreseen, one's own, denied, pleasure
    ("BERLIN", "Germany said it was concerned that the talks might fail.", ""),
    ("BERLIN", "Germany said it was concerned that prices had risen sharply.", ""),
    ("SANTIAGO", "Chile said it was alarmed that Peru's economy was shrinking.", ""),
    (
        "WARSAW",
        "Poland said it was concerned that Belarus would deploy more troops on the border.",
        "",
    ),
    (
        "OSLO",
        "Norway said it was alarmed that its own forces had violated Russian airspace.",
        "NOR>RUS:15",
    ),
    ("PARIS", "France said it was not concerned that Algeria had expelled the journalists.", ""),
    ("TALLINN", "Estonia said it was pleased that Latvia had opened a new border crossing.", ""),
]

HAVENS: list[Case] = [
    (
        "ANKARA",
        "Turkey's defense minister described northern Iraq as a safe haven for terrorists.",
        "TUR>IRQ:11",
    ),
    (
        "BOGOTA",
        "Colombia's president described Venezuela as a sanctuary for drug traffickers.",
        "COL>VEN:11",
    ),
    # near-misses: a haven for no wrongdoers, a description denied
    ("OTTAWA", "Canada described the island as a refuge for migratory birds.", ""),
    ("NAIROBI", "Kenya described Uganda as a haven for investors.", ""),
    ("MADRID", "Spain described Morocco as a refuge for families fleeing war.", ""),
    (
        "BOGOTA",
        "Colombia's president did not describe Venezuela as a haven for smugglers.",
        "",
    ),
]

REMARKS: list[Case] = [
    # "the remarks" name a description or a naming told before (act_derivations)
    (
        "QUITO",
        "Colombia described Ecuador as a haven for smugglers on Monday. Ecuador's Foreign "
        "Ministry said the remarks were offensive.",
        "COL>ECU:11 ECU>COL:11",
    ),
    (
        "SANTO DOMINGO",
        "Haiti's prime minister called the Dominican Republic a sanctuary for traffickers. "
        "Dominican officials said the comments were unacceptable.",
        "HTI>DOM:11 DOM>HTI:11",
    ),
    # near-misses: praise named (no wrong; the praise itself is 051 since review54's
    # v.call_friend, as the gold of sets 23 and 27 codes it), the remarks judged well
    (
        "LA PAZ",
        "Bolivia called Chile a reliable partner on Monday. Chile said the remarks were "
        "encouraging.",
        "BOL>CHL:05",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = EQUATED + HURTS + DISMAY + HAVENS + REMARKS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses29_judgments(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
