"""Review 38 (session 24, reviewer R): probes of wire stories that read wrongly.

A list that is the subject of a verb whose infinitive is a go-between's, or of one with a
between-phrase ("Saudi Arabia and Iran offered to mediate", "Qatar and Turkey have mediated
between them"), is no pair a later "the two countries" stands for, as a list named as the
agent of a mediation is not (plurals._mediating, plurals.yaml mediating_verbs); guarantors,
hosts and mediators naming no sides stay the pair. Whatever act of a kind a reaction names
("welcomed any step that improved security", "opposed any action that violated Syria's
sovereignty") is a stand taken, answering no deed told (sides._any_act); a named author's
steps and a denial of any involvement are kept. A proper name given ("the islands, which
Argentina calls the Malvinas") judges nothing (objects._has_need oprd). Orders to one's own
envoy or embassy ("instructed its ambassador in Santiago to lodge a protest") demand nothing
of the host (v.tell_to needs others_told, objects._own_staff). A noun governed by a veto or a
block tells no author of the act ("Hungary had threatened to veto the extension", rules
answering_verbs). A US state is no town abroad of its name (events.geo: "Arizona" was a
Honduran town), and "Inter-American", "Pan-American" no state (resolve._prefixed_name). A
definite deal noun refers back to its own word before its family's others ("welcomed the
treaty" after a 2022 "policing deal", coordination._family_author), and one state's joint
team names no partner from its clause (v.send_joint target_kind state).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# plurals._mediating: the go-betweens are no later "the two countries"
MEDIATORS: list[Case] = [
    (
        "ISLAMABAD",
        "India blamed Pakistan for the bombing in Kashmir. Saudi Arabia and Iran offered to "
        "mediate. The two countries have fought three wars since 1947.",
        "IND>PAK:11 SAU>IND:03 SAU>PAK:03 IRN>IND:03 IRN>PAK:03 IND>PAK:19 PAK>IND:19",
    ),
    (
        "YEREVAN",
        "Armenia accused Azerbaijan of shelling border villages. Qatar and Turkey have mediated "
        "between them before. The two countries signed a peace treaty on Friday.",
        "ARM>AZE:11 ARM>AZE:05 AZE>ARM:05",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia accused Sudan of arming rebels in the north. Kenya and Djibouti offered to "
        "arbitrate. The two countries agreed to hold talks in Nairobi next week.",
        "ETH>SDN:11 ETH>SDN:03 SDN>ETH:03",
    ),
    (
        "LIMA",
        "Peru expelled Ecuador's ambassador on Monday. Brazil and Chile have offered to "
        "facilitate a dialogue. Both governments said they would resume talks in Lima.",
        "PER>ECU:16 BRA>PER:03 BRA>ECU:03 CHL>PER:03 CHL>ECU:03 PER>ECU:04 ECU>PER:04",
    ),
    # kept: a list that guarantees or hosts, or mediates naming no sides, is still the pair
    (
        "ASUNCION",
        "Uruguay and Paraguay mediated the talks on Monday. The two countries later signed a "
        "trade deal with Bolivia.",
        "URY>BOL:05 PRY>BOL:05",
    ),
    (
        "ATHENS",
        "France and Germany guaranteed the loans to Greece. The two countries later criticized "
        "Athens for missing its targets.",
        "FRA>GRC:11 DEU>GRC:11",
    ),
    (
        "AQABA",
        "Egypt and Jordan hosted the summit in Aqaba. The two countries later signed a gas deal "
        "with Israel.",
        "EGY>ISR:05 JOR>ISR:05",
    ),
]

# sides._any_act: whatever act of a kind is a stand taken, no deed told answered
ANY_ACTS: list[Case] = [
    (
        "BAMAKO",
        "Mali closed its border with Algeria on Monday. The African Union said it welcomed any "
        "step that improved security in the region.",
        "MLI>DZA:16",
    ),
    (
        "TEHRAN",
        "Turkey launched strikes on Kurdish positions in Syria on Sunday. Iran said it opposed "
        "any action that violated Syria's sovereignty.",
        "TUR>SYR:19",
    ),
    (
        "BRASILIA",
        "Venezuela seized a Guyanese fishing boat on Friday. Brazil said it rejected any measure "
        "that threatened peace in the region.",
        "VEN>GUY:17",
    ),
    (
        "AMMAN",
        "Israel struck targets in Lebanon on Sunday. Jordan condemned any attack on civilians.",
        "ISR>LBN:19",
    ),
    # kept: the deed told, a named author's steps, a denial
    (
        "BEIRUT",
        "Israel struck targets in Lebanon on Sunday. Jordan condemned the attack.",
        "ISR>LBN:19 JOR>ISR:11",
    ),
    (
        "VILNIUS",
        "Belarus expelled a Lithuanian diplomat on Monday. Lithuania said it would answer any "
        "further Belarusian steps in kind.",
        "BLR>LTU:16 LTU>BLR:13",
    ),
    (
        "KYIV",
        "Ukraine accused Russia of sabotaging a gas pipeline. Moscow denied any involvement.",
        "UKR>RUS:11 RUS>UKR:12",
    ),
]

# objects._has_need oprd: a proper name given is what a thing is called, no judgement
NAMES: list[Case] = [
    # kept: a wrong named
    (
        "CARACAS",
        "Venezuela called Guyana a U.S. colony on Tuesday.",
        "VEN>GUY:11",
    ),
    (
        "NAIROBI",
        "Tanzania detained Kenyan fishermen last year, a move Nairobi called heavy-handed.",
        "TZA>KEN:17 KEN>TZA:11",
    ),
]
NAMES_NOT: list[NearMiss] = [
    (
        "LONDON",
        "Britain has governed the islands, which Argentina calls the Malvinas, since 1833.",
    ),
    ("TOKYO", "Japan administers the islands, which China calls Diaoyu."),
]

# objects._own_staff (v.tell_to needs others_told): orders to one's own staff demand nothing
OWN_STAFF: list[Case] = [
    (
        "LIMA",
        "Peru instructed its ambassador in Santiago to lodge a protest with the Chilean "
        "government.",
        "PER>CHL:11",
    ),
    # kept: another state's embassy or a pair told
    (
        "WARSAW",
        "Poland told Russia's embassy to stop spreading false claims about the border.",
        "POL>RUS:10",
    ),
    (
        "CAIRO",
        "Israel and Hamas resumed fighting on Sunday. Egypt told both sides to respect the "
        "truce.",
        "ISR>PSE:19 PSE>ISR:19 EGY>ISR:10 EGY>PSE:10",
    ),
]
OWN_STAFF_NOT: list[NearMiss] = [
    ("PARIS", "France ordered its embassy in Niamey to suspend visa services."),
    ("TOKYO", "Japan told its diplomats in Beijing to stay indoors during the protests."),
]

# rules answering_verbs veto, block, obstruct: a noun they govern tells no author
BLOCKED: list[Case] = [
    (
        "BRUSSELS",
        "EU ministers agreed on Monday to extend sanctions on Russia. Hungary had threatened "
        "to veto the extension. Slovakia said it backed the extension.",
        "HUN>EU:13",
    ),
    # kept: the veto's own noun answers the vetoer
    (
        "KYIV",
        "Russia vetoed the resolution on Monday. Ukraine condemned the veto.",
        "UKR>RUS:11",
    ),
]

# events.geo: a US state is no town abroad of the same name
US_STATES: list[Case] = [
    (
        "TOKYO",
        "Japan said it would finance a new bridge in Arizona under the trade deal.",
        "JPN>USA:07|06",
    ),
]

# resolve._prefixed_name: "Inter-American", "Pan-American" are no state
PREFIXED_NOT: list[NearMiss] = [
    (
        "ASUNCION",
        "The Inter-American Development Bank said it would fund a new bridge in Paraguay.",
    ),
    ("LIMA", "The Inter-American Court of Human Rights ordered Peru to release the prisoners."),
    ("PORT-AU-PRINCE", "The Pan-American Health Organization sent vaccines to Haiti."),
]
PREFIXED: list[Case] = [
    (
        "KYIV",
        # separatists act for no state, whatever side they take (session 26 ruling:
        # armed groups are coded only for a people with no state, test_events_review50)
        "Pro-Russian separatists attacked Ukrainian positions on Sunday.",
        "",
    ),
]

# coordination._family_author: the noun's own word is sought before its family's others
FAMILY: list[Case] = [
    (
        "CANBERRA",
        "Australia and Papua New Guinea signed a defense treaty on Monday. China signed a "
        "policing deal with the Solomon Islands in 2022. New Zealand welcomed the treaty.",
        "AUS>PNG:05 PNG>AUS:05 CHN>SLB:05 NZL>AUS:05 NZL>PNG:05",
    ),
    (
        "KIGALI",
        "Kenya and Uganda signed a pipeline accord on Friday. Tanzania signed a rail deal with "
        "Burundi last month. Rwanda welcomed the accord.",
        "KEN>UGA:05 UGA>KEN:05 TZA>BDI:05 RWA>KEN:05 RWA>UGA:05",
    ),
    # kept: another noun of the family when the own word is not told
    (
        "SEOUL",
        "Japan and the Philippines signed a troop pact on Monday. South Korea welcomed the "
        "agreement.",
        "JPN>PHL:05 PHL>JPN:05 KOR>JPN:05 KOR>PHL:05",
    ),
]

# v.send_joint target_kind state: one state's joint team names no partner from its clause
JOINT: list[Case] = [
    (
        "NAIROBI",
        "Kenya deployed a joint patrol with Uganda along the border on Tuesday.",
        "KEN>UGA:06",
    ),
    (
        "ABUJA",
        "Benin and Nigeria deployed a joint border force on Monday.",
        "BEN>NGA:06 NGA>BEN:06",
    ),
]
JOINT_NOT: list[NearMiss] = [
    ("ABUJA", "Nigeria sent a joint team of police and soldiers to the border with Niger."),
]

CASES: list[Case] = (
    MEDIATORS + ANY_ACTS + NAMES + OWN_STAFF + BLOCKED + US_STATES + PREFIXED + FAMILY + JOINT
)
NONE: list[NearMiss] = NAMES_NOT + OWN_STAFF_NOT + PREFIXED_NOT + JOINT_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review38_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review38_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
