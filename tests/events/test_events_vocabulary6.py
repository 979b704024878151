"""Event vocabulary, sixth set (issue #5, breadth): common wire verbs and noun phrases, root by
root, for text no gold set has shown us.

Same harness as test_events_vocabulary5.py: each case is a short article (neutral headline,
dateline, body) through the whole pipeline, and the body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). Every sentence was written for this file
in wire style, several phrasings per mechanism; none is copied from a gold set or from the
CAMEO verb lists. Root choices follow the guidelines' typical choices and the CAMEO codebook:
blame idioms ("held X responsible", "pointed the finger at X") accuse (112); a rebuke idiom
("took X to task") criticises (111); suspending cooperation, a partnership, a member state
or its membership reduces relations (16); investment in and exports to a state are economic
cooperation (06); rescue teams, food by the ton and doses flown in are aid (07); a signed
framework is an agreement (05), and hailing a deal with X praises X (05). NONE holds
near-misses (a non-actor object, a domestic use, a metaphor) that must code nothing. GAPS
are expected failures for reasons outside the pattern file.
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # 111: rebukes
    ("BEIJING", "China lambasted Japan over its defense budget.", "CHN>JPN:11"),
    ("BEIJING", "China flayed the Philippines for the collision.", "CHN>PHL:11"),
    ("TEHRAN, IRAN", "Iran took Germany to task over the ruling.", "IRN>DEU:11"),
    # 112: blame idioms
    ("KYIV, UKRAINE", "Ukraine held Russia responsible for the blast.", "UKR>RUS:11"),
    ("KYIV, UKRAINE", "Kyiv holds Moscow fully accountable for the deaths.", "UKR>RUS:11"),
    ("KYIV, UKRAINE", "Ukraine holds Russia accountable for the deaths.", "UKR>RUS:11"),
    ("KYIV, UKRAINE", "Ukraine pointed the finger at Moscow over the explosion.", "UKR>RUS:11"),
    # 16: cooperation cut, a member state suspended by a body
    ("VILNIUS, LITHUANIA", "Lithuania suspended cooperation with Belarus.", "LTU>BLR:16"),
    ("VILNIUS, LITHUANIA", "Lithuania froze its military cooperation with Minsk.", "LTU>BLR:16"),
    ("NIAMEY, NIGER", "Niger ended its defense partnership with France.", "NER>FRA:16"),
    (
        "ADDIS ABABA, ETHIOPIA",
        "The African Union suspended Niger from all its activities.",
        "AU>NER:16",
    ),
    ("ABUJA, NIGERIA", "ECOWAS suspended Guinea after the coup.", ""),
    ("ABUJA, NIGERIA", "ECOWAS suspended Niger's membership.", ""),
    ("KYIV, UKRAINE", "Ukraine suspended Russian gas transit.", "UKR>RUS:16"),
    # 051/057: deals hailed and frameworks signed
    ("SEOUL, SOUTH KOREA", "South Korea hailed the agreement with Japan.", "KOR>JPN:05"),
    ("SEOUL, SOUTH KOREA", "South Korea welcomed its trade deal with Vietnam.", "KOR>VNM:05"),
    (
        "BAGHDAD, IRAQ",
        "Iraq and Syria signed an energy cooperation framework on Monday.",
        "IRQ>SYR:05 SYR>IRQ:05",
    ),
    (
        "BAGHDAD, IRAQ",
        "Iraq signed a security cooperation framework with Jordan.",
        "IRQ>JOR:05",
    ),
    # 061: investment and exports
    ("SEOUL, SOUTH KOREA", "South Korea invested $5 billion in Vietnam.", "KOR>VNM:06"),
    ("JAKARTA, INDONESIA", "Japan invested heavily in Indonesia last year.", "JPN>IDN:06"),
    ("SEOUL, SOUTH KOREA", "South Korea exported rice to the Philippines.", "KOR>PHL:06"),
    # 07: rescue teams, goods by the ton, doses flown, boats donated
    ("ANKARA, TURKEY", "India sent a rescue team to Turkey.", "IND>TUR:07"),
    (
        "ANKARA, TURKEY",
        "Japan dispatched medical teams to Turkey after the earthquake.",
        "JPN>TUR:07",
    ),
    (
        "KAMPALA, UGANDA",
        "The United States had flown 5,000 vaccine doses to Uganda.",
        "USA>UGA:07",
    ),
    ("PYONGYANG", "China delivered 500 tons of rice to North Korea.", "CHN>PRK:07"),
    ("MANILA, PHILIPPINES", "Japan donated two patrol boats to the Philippines.", "JPN>PHL:07"),
    ("ANKARA, TURKEY", "Azerbaijan sent 40 truckloads of relief supplies to Turkey.", "AZE>TUR:07"),
    # 04: a call to a counterpart
    ("TOKYO", "Japan's foreign minister called her French counterpart.", "JPN>FRA:04"),
    # 19: bombardment verbs
    ("KYIV, UKRAINE", "Russia pummeled Ukrainian cities with missiles.", "RUS>UKR:19"),
    # 02: an appeal told by a that-clause
    (
        "WASHINGTON",
        "The United States requested that Mexico extradite the cartel leader.",
        "USA>MEX:02",
    ),
    ("WASHINGTON", "Washington asked that Beijing release the detained pastor.", "USA>CHN:02"),
    # 05: praise through the of-phrase of the praised deed
    ("SEOUL, SOUTH KOREA", "South Korea lauded the role of Qatar.", "KOR>QAT:05"),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea praised the efforts of Egypt and Qatar.",
        "KOR>EGY:05 KOR>QAT:05",
    ),
    # 06: drills joined, training given, currency swaps
    (
        "SEOUL, SOUTH KOREA",
        "South Korea joined U.S. and Japanese forces in naval exercises.",
        "KOR>USA:06 KOR>JPN:06",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korean warships joined the Japanese navy in drills.",
        "KOR>JPN:06",
    ),
    ("SEOUL, SOUTH KOREA", "South Korea provided training to Ukrainian soldiers.", "KOR>UKR:06"),
    ("LONDON", "Britain gave combat training to Ukrainian recruits.", "GBR>UKR:06"),
    ("SEOUL, SOUTH KOREA", "South Korea extended a currency swap with Japan.", "KOR>JPN:06"),
    ("BUENOS AIRES, ARGENTINA", "China signed a yuan swap line with Argentina.", "CHN>ARG:06"),
    # 15: ships deployed around a state
    ("TAIPEI, TAIWAN", "China deployed warships around Taiwan.", "CHN>TWN:15"),
    # 16: pacts ended, goods, firms and entry banned
    ("BAMAKO, MALI", "Mali ended its military agreement with France.", "MLI>FRA:16"),
    ("NIAMEY, NIGER", "Niger froze its security pact with the European Union.", "NER>EU:16"),
    ("WARSAW, POLAND", "Poland banned Russian trucks from its territory.", "POL>RUS:16"),
    ("WASHINGTON", "The United States barred Chinese firms from its networks.", "USA>CHN:16"),
    ("CHISINAU, MOLDOVA", "Moldova banned the entry of Russian officials.", "MDA>RUS:16"),
    # 19: fire toward a state
    ("SANAA, YEMEN", "The Houthis fired a ballistic missile toward Israel.", "YEM>ISR:19"),
    ("SANAA, YEMEN", "The Houthis launched drones towards Saudi Arabia.", "YEM>SAU:19"),
    # nouns: a mediator acts on each party (045); a delivery is aid (07)
    (
        "CAIRO, EGYPT",
        "Egypt's mediation between Israel and Hamas continued.",
        "EGY>ISR:04 EGY>PSE:04",
    ),
    (
        "DOHA, QATAR",
        "Qatari mediation between Kyiv and Moscow secured the release of children.",
        "QAT>UKR:04 QAT>RUS:04",
    ),
    ("BERLIN", "Germany's delivery of tanks to Ukraine began in March.", "DEU>UKR:07"),
    # 166 announced; 128 warnings and resolutions ignored
    (
        "WASHINGTON",
        "The United States announced the expulsion of two Cuban diplomats.",
        "USA>CUB:16",
    ),
    ("MOSCOW", "Russia ignored the U.S. warning.", "RUS>USA:12"),
    ("PYONGYANG", "North Korea disregarded the United Nations resolutions.", "PRK>UN:12"),
    # 043: a counterpart hosted (a group mention for the actors stage)
    (
        "TOKYO",
        "Japan's foreign minister welcomed his Chinese counterpart to Tokyo.",
        "JPN>CHN:04",
    ),
    # 05: a mission upgraded (planned: 03); 07: a project in a state funded
    (
        "OSLO, NORWAY",
        "Norway upgraded the Palestinian mission in Oslo to an embassy.",
        "NOR>PSE:05",
    ),
    (
        "MADRID, SPAIN",
        "Spain will upgrade the Palestinian diplomatic mission to an embassy.",
        "ESP>PSE:03",
    ),
    ("MEXICO CITY", "Mexico raised its office in Taipei to embassy level.", "MEX>TWN:05"),
    ("VIENTIANE, LAOS", "China funded a railway in Laos.", "CHN>LAO:07"),
    ("NAIROBI, KENYA", "Under the deal, Japan will finance a new port in Kenya.", "JPN>KEN:07|03"),
    ("PHNOM PENH, CAMBODIA", "China built a new airport in Cambodia.", "CHN>KHM:06"),
    # 16: consular services cut
    ("NIAMEY, NIGER", "The United States suspended visa services in Niger.", "USA>NER:16"),
    ("MOSCOW", "The U.S. embassy halted consular services for Russians.", "USA>RUS:16"),
    # 051 a bid approved; 129 a bid held up; 07 money received from a giver
    ("ANKARA, TURKEY", "Turkey gave the green light to Sweden's NATO bid.", "TUR>SWE:05"),
    ("BUDAPEST, HUNGARY", "Hungary gave its nod to Finland's accession.", "HUN>FIN:05"),
    ("ANKARA, TURKEY", "Turkey held up Sweden's NATO application.", "TUR>SWE:12"),
    (
        "KYIV, UKRAINE",
        "Ukraine received 1.5 billion euros from the European Union.",
        "EU>UKR:07",
    ),
    (
        "GENEVA",
        "Russia's delegation walked out of the talks with Ukraine.",
        "RUS>UKR:16",
    ),
    (
        "KYIV, UKRAINE",
        "Russia fired missiles at Odesa overnight.",
        "RUS>UKR:19",
    ),
    (
        "KYIV, UKRAINE",
        "Russian forces shelled Kherson.",
        "RUS>UKR:19",
    ),
    # a what-clause object reads the by-phrase under its noun (a known gap until session 11)
    ("BEIJING", "China condemned what it described as provocative maneuvers by Japan.", "CHN>JPN:11"),
]

# near-misses: the same words with no second state, or in another sense
NONE: list[tuple[str, str]] = [
    ("LONDON", "The coach took his players to task after the defeat."),
    ("LONDON", "The court held the company liable for the spill."),
    ("LONDON", "The minister held the door open for the visitors."),
    ("LONDON", "He holds that the plan is responsible for growth."),
    ("PARIS", "The guide pointed a finger at the map of Paris."),
    ("LONDON", "The two universities suspended their cooperation on the project."),
    ("LONDON", "The league suspended the striker for three matches."),
    ("WARSAW, POLAND", "Poland suspended the Russian consul's accreditation."),
    ("LONDON", "The party suspended its chairman."),
    ("SEOUL, SOUTH KOREA", "The opposition welcomed the budget deal with the government."),
    ("SEOUL, SOUTH KOREA", "South Korea invested $5 billion in new chip plants."),
    ("BEIRUT, LEBANON", "Iran exported its revolution to Lebanon."),
    ("SEOUL, SOUTH KOREA", "South Korea exported cars to Europe."),
    ("DOHA, QATAR", "Israel sent a negotiating team to Doha."),
    ("LONDON", "The club sent its medical team to the stadium."),
    ("MADRID, SPAIN", "Colombian gangs shipped two tons of cocaine to Spain."),
    ("WARSAW, POLAND", "The firm shipped 300 tons of cement to Poland."),
    ("HANOI, VIETNAM", "French companies had invested 2 billion euros in Vietnam."),
    ("LONDON", "The minister flew his family to France."),
    ("LONDON", "Storms battered the coast of Britain."),
    ("LONDON", "The economy was battered by inflation."),
    ("LONDON", "The unions signed a framework for the new wage talks."),
    ("TOKYO", "Japan's prime minister called the Chinese people a great nation."),
    ("LONDON", "The fans fired flares toward the pitch."),
    ("WASHINGTON", "The senator asked that the hearing be postponed."),
    ("WASHINGTON", "The United States asked whether China had supplied the drones."),
    ("SEOUL, SOUTH KOREA", "South Korean troops joined the exercises."),
    ("LONDON", "The company provided training to its employees."),
    ("LONDON", "The two players agreed a swap deal."),
    ("SEOUL, SOUTH KOREA", "South Korea praised the courage of its firefighters."),
    ("LONDON", "The navy deployed ships around the island."),
    ("LONDON", "The club ended its agreement with the coach."),
    ("LONDON", "The city banned trucks from the center."),
    ("LONDON", "The council barred the company from the tender."),
    ("LONDON", "The mediation between the two families failed."),
    ("BUDAPEST, HUNGARY", "Russia's gas deliveries to Hungary continued."),
    ("LONDON", "The delivery of mail to the village resumed."),
    ("LONDON", "The school announced the expulsion of two students."),
    ("LONDON", "The minister ignored the reporters' questions."),
    ("MOSCOW", "Russia ignored the rain and held the parade."),
    ("TOKYO", "Japan welcomed Ukrainian refugees."),
    ("NAIROBI, KENYA", "Kenya hosted a delegation of Chinese business leaders."),
    ("LONDON", "The club welcomed its new head coach."),
    ("LONDON", "The council funded a new school in the town."),
    ("LONDON", "The city built a bridge in London."),
    ("LONDON", "The post office suspended its services for the holiday."),
    ("MANCHESTER, ENGLAND", "The firm upgraded its office in Manchester."),
    ("LONDON", "The club received 2 million pounds from the sale."),
    ("LONDON", "The regulator gave the green light to the merger."),
    ("LONDON", "Protesters held up signs criticizing Israel."),
    ("LONDON", "The minister held up Estonia as a model."),
]

# (dateline, body, expected events, why it fails)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "KYIV, UKRAINE",
        "Russian strikes damaged Ukraine's power grid.",
        "RUS>UKR:19",
        "patterns: no field reads the subject's words, so 'damaged' cannot require a strike "
        "word in the subject ('Russian sanctions damaged Ukraine's economy' is no attack)",
    ),
    (
        "KYIV, UKRAINE",
        "Ukrainian forces crossed into Russia.",
        "UKR>RUS:19",
        "patterns: as 'damaged' (troops must be the subject: 'Ukrainian refugees crossed "
        "into Poland' is no incursion)",
    ),
    (
        "WASHINGTON",
        "Washington urged that Israel allow aid into Gaza.",
        "USA>ISR:02",
        "patterns: v.request_that leaves out 'urge', since test_events_context4 holds "
        "'Ukraine urged that Russia release the prisoners' as coding nothing",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary6_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary6_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
