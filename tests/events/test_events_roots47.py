"""Roots 47 (session 46, P9): the many ways wire copy tells cooperation and intent (roots
03-08), probed with invented sentences; all of these coded already when written, and the
table keeps them so: support and endorsement ("backed Senegal's bid for", "threw its support
behind", "voiced support for", "stood by"), praise, thanks and condolences (01 or 05 as the
sets give them), pledges ("pledged to deepen ties with", "vowed to work with", "committed to
closer cooperation"), deals ("inked a deal", "renewed a pact", "signed off on"), meetings
("hosted talks between", "held a video call with", "received a delegation from", "paid a
courtesy call on"), ties restored or an embassy opened, aid ("granted a loan to", "shipped
grain to", "waived debt"), measures eased and people released or handed over.

Near misses: negated, refused, pending, a state's own people or domestic bodies, private
firms and fans, conditions. The gaps are wrong today (see each reason).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # support / endorse (05)
    ("ACCRA", "Ghana backed Senegal's bid for a seat on the Security Council.", "GHA>SEN:05"),
    (
        "ACCRA",
        "Ghana threw its support behind Senegal's candidate for the African Union post.",
        "GHA>SEN:05",
    ),
    ("LIMA", "Peru endorsed Chile's proposal for a regional trade bloc.", "PER>CHL:05"),
    (
        "LIMA",
        "The Peruvian foreign minister voiced support for Ecuador's peace plan.",
        "PER>ECU:05",
    ),
    ("OSLO", "Norway stood by Denmark in its dispute over fishing rights.", "NOR>DNK:05"),
    ("OSLO", "Norway welcomed Sweden's decision to join the climate pact.", "NOR>SWE:05"),
    ("HANOI", "Vietnam hailed Laos for its handling of the flood crisis.", "VNM>LAO:05"),
    ("HANOI", "Vietnam lauded Cambodia's efforts to curb smuggling.", "VNM>KHM:05"),
    (
        "MANILA",
        "The Philippine president congratulated Indonesia on its successful election.",
        "PHL>IDN:05",
    ),
    ("NAIROBI", "Kenya expressed gratitude to Japan for its help after the floods.", "KEN>JPN:05"),
    ("NAIROBI", "Kenya sent condolences to Tanzania after the ferry disaster.", "KEN>TZA:01|05"),
    (
        "NAIROBI",
        "The Kenyan president offered condolences to Uganda over the deadly landslide.",
        "KEN>UGA:01|05",
    ),
    # pledge / vow / commit (03)
    ("ROME", "Italy pledged to deepen ties with Tunisia.", "ITA>TUN:03"),
    ("ROME", "Italy vowed to work with Algeria on migration.", "ITA>DZA:03"),
    ("ROME", "Italy committed to closer cooperation with Libya on energy.", "ITA>LBY:03"),
    # agree (05 / 03)
    ("SEOUL", "South Korea agreed to resume talks with Japan.", "KOR>JPN:03|05|04"),
    ("SEOUL", "South Korea reached an understanding with Japan on export controls.", "KOR>JPN:05"),
    ("SEOUL", "South Korea inked a deal with Vietnam to build a power plant.", "KOR>VNM:05"),
    ("SEOUL", "South Korea renewed a defence pact with the Philippines.", "KOR>PHL:05"),
    ("SEOUL", "South Korea extended an accord with Mongolia on mining.", "KOR>MNG:05"),
    ("SEOUL", "South Korea signed off on a fisheries agreement with China.", "KOR>CHN:05"),
    # meetings (04)
    (
        "DOHA",
        "Qatar hosted talks between Sudan and Chad.",
        "QAT>SDN:04 QAT>TCD:04 SDN>TCD:04 TCD>SDN:04",
    ),
    ("DOHA", "The Qatari emir held a video call with the Turkish president.", "QAT>TUR:04"),
    ("DOHA", "The Qatari emir spoke by phone with the Egyptian president.", "QAT>EGY:04"),
    (
        "DOHA",
        "The foreign ministers of Qatar and Oman exchanged views on regional security.",
        "QAT>OMN:04 OMN>QAT:04",
    ),
    ("DOHA", "The Qatari foreign minister received a delegation from Jordan.", "QAT>JOR:04"),
    (
        "DOHA",
        "The Kuwaiti ambassador paid a courtesy call on the Qatari prime minister.",
        "KWT>QAT:04",
    ),
    # diplomatic cooperation (05)
    ("DOHA", "Qatar opened an embassy in Rwanda.", "QAT>RWA:05|03"),
    ("DOHA", "Qatar restored diplomatic ties with Bahrain.", "QAT>BHR:05|03"),
    # aid (07)
    ("TOKYO", "Japan granted a loan to Sri Lanka.", "JPN>LKA:07"),
    ("TOKYO", "Japan delivered vaccines to Nepal.", "JPN>NPL:07"),
    ("KYIV", "Ukraine shipped grain to Egypt.", "UKR>EGY:07|06"),
    ("PARIS", "France waived debt owed by Senegal.", "FRA>SEN:07|08"),
    ("PARIS", "France lifted sanctions on Mali.", "FRA>MLI:08"),
    ("PARIS", "France eased restrictions on Algerian imports.", "FRA>DZA:08"),
    # release / hand over (08)
    ("BAKU", "Azerbaijan handed over ten Armenian soldiers to Armenia.", "AZE>ARM:08"),
    ("ANKARA", "Turkey extradited a suspect to Germany.", "TUR>DEU:06"),
    ("ANKARA", "Turkey repatriated the remains of Greek soldiers to Greece.", "TUR>GRC:08"),
    # variant forms
    (
        "ACCRA",
        "Ghana backed Senegal's candidacy for the presidency of the African Development Bank.",
        "GHA>SEN:05",
    ),
    ("ACCRA", "Ghana has thrown its weight behind Senegal's bid to host the summit.", "GHA>SEN:05"),
    ("ACCRA", "Ghana gave its backing to Togo's plan for a regional force.", "GHA>TGO:05"),
    ("ACCRA", "Ghana expressed support for Nigeria's mediation efforts.", "GHA>NGA:05"),
    ("ACCRA", "Ghana reaffirmed its support for Burkina Faso.", "GHA>BFA:05"),
    ("ACCRA", "Ghana applauded Ivory Coast's decision to release the detainees.", "GHA>CIV:05"),
    ("ACCRA", "Ghana praised Benin for its restraint.", "GHA>BEN:05"),
    ("ACCRA", "Ghana commended Liberia's efforts to fight corruption.", "GHA>LBR:05"),
    ("ACCRA", "Ghana thanked Morocco for the donation of fertilizer.", "GHA>MAR:05"),
    (
        "ACCRA",
        "The Ghanaian president extended his condolences to Nigeria over the explosion.",
        "GHA>NGA:01|05",
    ),
    (
        "ACCRA",
        "The Ghanaian president expressed his deepest sympathies to the people of Niger.",
        "GHA>NER:01|05",
    ),
    (
        "ACCRA",
        "Ghana's foreign minister paid tribute to Sierra Leone's peacekeepers.",
        "GHA>SLE:05|01",
    ),
    ("ACCRA", "Ghana welcomed the release of its nationals by Libya.", "GHA>LBY:05 LBY>GHA:08"),
    ("ACCRA", "Ghana hailed the agreement between Mali and Niger.", "GHA>MLI:05 GHA>NER:05"),
    # intent
    ("WARSAW", "Poland promised to help Moldova rebuild its power grid.", "POL>MDA:03"),
    (
        "WARSAW",
        "Poland offered to mediate between Armenia and Azerbaijan.",
        "POL>ARM:03 POL>AZE:03",
    ),
    ("WARSAW", "Poland pledged 50 million euros to Moldova.", "POL>MDA:03|07"),
    ("WARSAW", "Poland said it was ready to work with Lithuania on air defence.", "POL>LTU:03"),
    ("WARSAW", "Poland expressed its readiness to help Latvia.", "POL>LVA:03"),
    (
        "WARSAW",
        "Poland and Lithuania agreed to boost military cooperation.",
        "POL>LTU:03|05|06 LTU>POL:03|05|06",
    ),
    ("WARSAW", "Poland agreed to supply Ukraine with more artillery shells.", "POL>UKR:03|05|07"),
    ("WARSAW", "Poland accepted Slovakia's invitation to the summit.", "POL>SVK:03|04|05"),
    # meetings
    ("MADRID", "Spain's prime minister hosted his Portuguese counterpart in Madrid.", "ESP>PRT:04"),
    ("MADRID", "Spain's foreign minister met with Morocco's ambassador.", "ESP>MAR:04"),
    ("MADRID", "The Spanish king received the Moroccan foreign minister.", "ESP>MAR:04"),
    ("MADRID", "Spain's foreign minister held talks with his Algerian counterpart.", "ESP>DZA:04"),
    (
        "MADRID",
        "Spain's prime minister talked by telephone with the French president.",
        "ESP>FRA:04",
    ),
    ("MADRID", "Spain's foreign minister arrived in Rabat for a two-day visit.", "ESP>MAR:04"),
    ("MADRID", "Spain's foreign minister travelled to Algeria for talks.", "ESP>DZA:04"),
    ("MADRID", "Spain's prime minister visited Mauritania on Tuesday.", "ESP>MRT:04"),
    (
        "MADRID",
        "Spain's foreign minister and his Tunisian counterpart discussed migration.",
        "ESP>TUN:04 TUN>ESP:04",
    ),
    # material cooperation / aid
    ("BERLIN", "Germany sent 200 tonnes of food aid to Sudan.", "DEU>SDN:07"),
    ("BERLIN", "Germany donated two field hospitals to Chad.", "DEU>TCD:07"),
    ("BERLIN", "Germany provided Moldova with a loan of 100 million euros.", "DEU>MDA:07"),
    ("BERLIN", "Germany airlifted medical supplies to Libya.", "DEU>LBY:07"),
    ("BERLIN", "Germany trained Nigerien soldiers.", "DEU>NER:06"),
    ("BERLIN", "Germany shared intelligence with Estonia.", "DEU>EST:06"),
    ("BERLIN", "Germany and Estonia held joint naval exercises.", "DEU>EST:06|04 EST>DEU:06|04"),
    ("BERLIN", "Germany wrote off Zambia's debt.", "DEU>ZMB:07|08"),
    ("BERLIN", "Germany lifted its arms embargo on Turkey.", "DEU>TUR:08"),
    ("BERLIN", "Germany freed two Russian diplomats.", "DEU>RUS:08"),
    ("BERLIN", "Azerbaijan released five Armenian prisoners.", "AZE>ARM:08"),
    ("BERLIN", "Azerbaijan freed Armenian detainees on Friday.", "AZE>ARM:08"),
    ("BERLIN", "Russia handed over the bodies of 500 Ukrainian soldiers to Ukraine.", "RUS>UKR:08"),
    ("BERLIN", "Russia returned 20 Ukrainian children to Ukraine.", "RUS>UKR:08"),
    ("BERLIN", "Germany extradited a Turkish businessman to Turkey.", "DEU>TUR:06"),
    ("BERLIN", "Germany deported 30 Afghans to Afghanistan.", "DEU>AFG:17|06"),
    # an invitation whose purpose names a business is still an invitation (v.invite's
    # unless_objects judge only the one invited)
    (
        "HANOI",
        "Vietnam invited the Thai prime minister to Hanoi to attend a business forum.",
        "VNM>THA:03|04",
    ),
    (
        "HANOI",
        "Vietnam's foreign minister, Tran Van Minh, met the Lao foreign minister, Khamphao"
        " Ernthavanh, on Monday. Tran thanked the Lao government for its help and invited"
        " Khamphao to Hanoi to open a joint business council.",
        "VNM>LAO:04 VNM>LAO:05 VNM>LAO:03|04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # businesses, investors, journalists, teams invited
    ("HANOI", "Vietnam invited Chinese business leaders to invest in the port."),
    ("HANOI", "Vietnam invited Japanese companies to bid for the contract."),
    ("HANOI", "Vietnam invited Korean investors to the new zone."),
    ("HANOI", "Vietnam invited bids from Japanese firms for the metro line."),
    ("HANOI", "Vietnam invited a Chinese football team to play a friendly in Hanoi."),
    ("HANOI", "Vietnam invited Singaporean executives to a business forum."),
    ("ACCRA", "Ghana did not back Senegal's bid for a seat on the Security Council."),
    ("ACCRA", "A Ghanaian oil firm signed a deal with a Nigerian refiner."),
    ("ACCRA", "Ghanaian fans hailed the Nigerian striker after the match."),
    ("ACCRA", "Ghana's president welcomed the decision of the central bank to cut rates."),
    ("ACCRA", "The opposition in Ghana backed the president's bid for a second term."),
    ("ACCRA", "Ghana has yet to congratulate Togo's new president."),
    ("LIMA", "Peruvian exporters shipped grain to Egypt last year."),
    ("LIMA", "Peru handed over the investigation to prosecutors."),
    ("LIMA", "Peru released prisoners from its overcrowded jails."),
    ("LIMA", "Peru lifted restrictions on public gatherings."),
    ("LIMA", "If Chile lifts sanctions on Bolivia, Peru will follow."),
    ("LIMA", "Peru said it could open an embassy in Kenya next year."),
    ("LIMA", "Peru denied that it had granted a loan to Bolivia."),
    ("LIMA", "Peru has never extradited a citizen to Chile."),
    ("LIMA", "A Peruvian airline opened an office in Brazil."),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru's football federation hosted talks between Chilean and Bolivian clubs.",
        "",
        "a national sports federation is read as its state, and clubs by their nationality",
    ),
    (
        "WARSAW",
        "Poland agreed to Lithuania's request for more troops.",
        "POL>LTU:05|03",
        "agree with a to-phrase naming another state's request has no pattern (v.accept_proposal"
        " wants an object)",
    ),
    (
        "ACCRA",
        "Ghana may back Senegal's bid if the candidate withdraws.",
        "",
        "a possible support on a condition is coded as a pledge (03)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_roots47_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_roots47_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
