"""Event vocabulary, ninth set (issue #5, a sweep against the CAMEO verb dictionary): the
families a wire desk uses for halting supplies, suspending ties, sending, lending and
donating, training forces, recognition, closing borders, summoning and expelling diplomats.

Same harness as test_events_vocabulary8.py: each case is a short article (neutral headline,
dateline, body) through the whole pipeline, and the body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). The first batch was written family by
family before the patterns of this round; the second batch (marked below) afterwards, with
phrasings not designed for (30 of its 32 cases and all 8 near-misses coded unchanged; "its
top diplomat" sent and "ties" switched were added after). None is copied from a gold set or
from the CAMEO verb lists.
Root choices follow the codebook and the earlier tables: a flow of goods or energy stopped
to a state is a cut in relations (16), a ban on another's goods lifted is an easing (08), a
gift to a state is aid (07), training another's forces or police is military cooperation
(06), a summons is an official complaint (11), an expelled envoy 16. Energy or trade
shipments resumed and refugees taken in stay uncoded, as test_events_vocabulary*.py rule.
NONE holds near-misses (negated, hypothetical, domestic, a non-actor object) that must code
nothing. GAPS are expected failures for reasons outside the pattern file.
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
    # first batch, written before the patterns of this round
    ("WARSAW, POLAND", "Russia halted gas supplies to Poland.", "RUS>POL:16"),
    ("SOFIA, BULGARIA", "Moscow cut off gas deliveries to Bulgaria.", "RUS>BGR:16"),
    (
        "BERLIN",
        "Russia stopped pumping oil to Germany through the Druzhba pipeline.",
        "RUS>DEU:16",
    ),
    ("VIENNA", "Russia cut gas flows to Austria.", "RUS>AUT:16"),
    ("BUDAPEST, HUNGARY", "Ukraine halted the transit of Russian oil to Hungary.", "UKR>HUN:16"),
    ("CHISINAU, MOLDOVA", "Russia turned off the gas to Moldova.", "RUS>MDA:16"),
    ("SOFIA, BULGARIA", "Russia ceased supplying gas to Bulgaria.", "RUS>BGR:16"),
    ("KYIV, UKRAINE", "Hungary stopped sending weapons to Ukraine.", "HUN>UKR:16"),
    ("CANBERRA, AUSTRALIA", "China suspended coal imports from Australia.", "CHN>AUS:16"),
    ("TOKYO", "China resumed imports of Japanese seafood.", "CHN>JPN:08"),
    ("TBILISI, GEORGIA", "Russia reopened imports from Georgia.", "RUS>GEO:08"),
    ("KYIV, UKRAINE", "The United States resumed military aid to Ukraine.", "USA>UKR:07"),
    ("ISLAMABAD", "Pakistan suspended talks with India.", "PAK>IND:16"),
    ("MOSCOW", "Moscow froze its cooperation with NATO.", "RUS>NATO:16"),
    ("ANKARA", "The European Union froze accession talks with Turkey.", "EU>TUR:16"),
    ("TOKYO", "Russia suspended peace treaty negotiations with Japan.", "RUS>JPN:16"),
    ("TEHRAN", "China sent a team of medical experts to Iran.", "CHN>IRN:07"),
    ("ANKARA", "Japan dispatched a rescue team to Turkey.", "JPN>TUR:07"),
    ("KATHMANDU, NEPAL", "India sent a shipment of vaccines to Nepal.", "IND>NPL:07"),
    ("CARACAS, VENEZUELA", "The United States sent an envoy to Venezuela.", "USA>VEN:04"),
    ("BAKU, AZERBAIJAN", "Iran sent a protest note to Azerbaijan.", "IRN>AZE:11"),
    ("JAKARTA, INDONESIA", "Japan lent Indonesia $1 billion.", "JPN>IDN:07"),
    ("NAIROBI, KENYA", "The World Bank granted Kenya a $500 million loan.", "WB>KEN:07"),
    ("KYIV, UKRAINE", "Germany donated 10 ambulances to Ukraine.", "DEU>UKR:07"),
    ("PHNOM PENH, CAMBODIA", "China gifted 500,000 vaccine doses to Cambodia.", "CHN>KHM:07"),
    ("LONDON", "Britain has trained thousands of Ukrainian soldiers.", "GBR>UKR:06|07"),
    ("MAPUTO, MOZAMBIQUE", "Rwanda trained Mozambican police.", "RWA>MOZ:06|07"),
    ("TRIPOLI, LIBYA", "Italy trained the Libyan coast guard.", "ITA>LBY:06|07"),
    (
        "MOGADISHU, SOMALIA",
        "The European Union trains Somali police officers.",
        "EU>SOM:06|07",
    ),
    ("PRISTINA, KOSOVO", "Suriname withdrew its recognition of Kosovo.", "SUR>XKX:16"),
    ("TAIPEI, TAIWAN", "Paraguay derecognized Taiwan.", "PRY>TWN:16"),
    ("DAMASCUS, SYRIA", "Russia offered refuge to Syria's ousted president.", "RUS>SYR:03|07"),
    ("PYONGYANG", "Putin landed in Pyongyang early Wednesday.", "RUS>PRK:04"),
    ("MOSCOW", "Modi touched down in Moscow for a two-day visit.", "IND>RUS:04"),
    ("JERUSALEM", "Israel sealed the crossings into Gaza.", "ISR>PSE:19|16"),
    ("ANKARA", "Turkey shut its border gates with Syria.", "TUR>SYR:19|16"),
    ("WARSAW, POLAND", "Poland blocked border crossings with Belarus.", "POL>BLR:19|16"),
    ("VILNIUS, LITHUANIA", "Lithuania called in China's charge d'affaires.", "LTU>CHN:11|16"),
    ("MOSCOW", "Britain hauled in the Russian ambassador.", "GBR>RUS:11|16"),
    ("NIAMEY, NIGER", "Niger gave the French ambassador 48 hours to leave.", "NER>FRA:16|17"),
    ("KYIV, UKRAINE", "Ukraine recalled its ambassador from Hungary.", "UKR>HUN:16"),
    ("KYIV, UKRAINE", "Ukraine demanded an apology from Hungary.", "UKR>HUN:10"),
    ("WARSAW, POLAND", "Poland demanded reparations from Germany.", "POL>DEU:10"),
    ("KYIV, UKRAINE", "Russia has stopped gas transit through Ukraine.", "RUS>UKR:16"),
    ("MINSK, BELARUS", "Lithuania halted the transit of Belarusian potash.", "LTU>BLR:16"),
    ("BEIJING", "China halted purchases of U.S. soybeans.", "CHN>USA:16"),
    ("MOSCOW", "Kazakhstan suspended fuel exports to Russia.", "KAZ>RUS:16"),
    ("KYIV, UKRAINE", "Poland suspended arms transfers to Ukraine.", "POL>UKR:16"),
    ("TEHRAN", "India stopped buying oil from Iran.", "IND>IRN:16"),
    ("TEHRAN", "India halted oil imports from Iran.", "IND>IRN:16"),
    ("MOSCOW", "Finland suspended all rail traffic with Russia.", "FIN>RUS:16"),
    ("MOSCOW", "Georgia suspended direct flights to Russia.", "GEO>RUS:16"),
    (
        "SEOUL, SOUTH KOREA",
        "North Korea severed all communication lines with South Korea.",
        "PRK>KOR:16",
    ),
    ("NEW DELHI", "India downgraded its diplomatic ties with Canada.", "IND>CAN:16"),
    ("OTTAWA", "Canada pulled 41 diplomats from India.", "CAN>IND:16"),
    ("GAZA", "Israel blocked the entry of aid trucks into Gaza.", "ISR>PSE:16|19"),
    ("GAZA", "Jordan airdropped food into Gaza.", "JOR>PSE:07"),
    ("KYIV, UKRAINE", "Sweden handed over fighter jets to Ukraine.", "SWE>UKR:07"),
    ("ISLAMABAD", "China rolled over a $2 billion loan to Pakistan.", "CHN>PAK:07"),
    ("COLOMBO, SRI LANKA", "India extended a $1 billion credit line to Sri Lanka.", "IND>LKA:07"),
    ("KYIV, UKRAINE", "Canada is training Ukrainian sappers in Latvia.", "CAN>UKR:06|07"),
    ("NIAMEY, NIGER", "French troops trained Nigerien soldiers for years.", "FRA>NER:06|07"),
    ("RAMALLAH, WEST BANK", "Norway recognized the State of Palestine.", "NOR>PSE:05"),
    ("BEIJING", "Xi arrived in Moscow for a state visit.", "CHN>RUS:04"),
    ("MINSK, BELARUS", "Lithuania closed two border checkpoints with Belarus.", "LTU>BLR:19|16"),
    (
        "CARACAS, VENEZUELA",
        "Venezuela closed its airspace to flights from Panama.",
        "VEN>PAN:19|16",
    ),
    ("TBILISI, GEORGIA", "Georgia summoned the Russian ambassador.", "GEO>RUS:11|16"),
    (
        "ADDIS ABABA, ETHIOPIA",
        "Ethiopia ordered seven U.N. officials out of the country.",
        "ETH>UN:16|17",
    ),
    ("TEHRAN", "Iran demanded the release of its tanker from Britain.", "IRN>GBR:10"),
    (
        "NEW YORK",
        "Russia requested an emergency session of the Security Council.",
        "RUS>UN:02",
    ),
    # membership bids (a late first-batch family)
    (
        "CHISINAU, MOLDOVA",
        "Moldova applied to join the European Union in 2022.",
        "MDA>EU:02",
    ),
    ("STOCKHOLM", "Sweden formally applied to join NATO.", "SWE>NATO:02"),
    ("KYIV, UKRAINE", "Ukraine applied for NATO membership in September.", "UKR>NATO:02"),
    ("HELSINKI", "Finland applied for membership of NATO in May.", "FIN>NATO:02"),
    # second batch, written after the patterns of this round (not designed for)
    (
        "BELGRADE, SERBIA",
        "Croatia stopped the flow of Russian oil to Serbia through its pipeline.",
        "HRV>SRB:16",
    ),
    ("KYIV, UKRAINE", "Slovakia stopped supplying electricity to Ukraine.", "SVK>UKR:16"),
    ("CHISINAU, MOLDOVA", "Moscow slashed gas deliveries to Moldova by a third.", "RUS>MDA:16"),
    ("BEIJING", "China halted imports of Taiwanese fruit.", "CHN>TWN:16"),
    ("SEOUL, SOUTH KOREA", "Seoul lifted its ban on Japanese seafood imports.", "KOR>JPN:08"),
    ("WASHINGTON", "Washington paused deliveries of bombs to Israel.", "USA>ISR:16"),
    ("MOSCOW", "Japan suspended visa-free travel for Russian citizens.", "JPN>RUS:16"),
    ("BRUSSELS", "The EU froze its cooperation agreement with Niger.", "EU>NER:16"),
    ("BEIJING", "Beijing called off military talks with Washington.", "CHN>USA:16"),
    ("ABUJA, NIGERIA", "ECOWAS suspended Guinea from the regional bloc.", ""),
    ("ANKARA", "Turkey rushed search and rescue teams to Syria.", "TUR>SYR:07"),
    ("MANILA, PHILIPPINES", "Washington dispatched its top diplomat to Manila.", "USA>PHL:04"),
    ("DHAKA, BANGLADESH", "India sent 50 tons of relief supplies to Bangladesh.", "IND>BGD:07"),
    ("LUSAKA, ZAMBIA", "China loaned Zambia $1.5 billion.", "CHN>ZMB:07"),
    ("KYIV, UKRAINE", "Denmark gifted its F-16 jets to Ukraine.", "DNK>UKR:07"),
    ("AMMAN, JORDAN", "Saudi Arabia deposited $1 billion in Jordan's central bank.", "SAU>JOR:07"),
    ("BAGHDAD", "NATO trains Iraqi security forces.", "NATO>IRQ:06|07"),
    ("HAITI", "Kenyan police officers trained Haitian police.", "KEN>HTI:06|07"),
    ("MEXICO CITY", "Mexico recognized Venezuela's opposition government.", "MEX>VEN:05"),
    (
        "TAIPEI, TAIWAN",
        "The Solomon Islands switched its diplomatic ties from Taiwan to China.",
        "SLB>CHN:05",
    ),
    ("LONDON", "Zelenskyy flew to London on Saturday.", "UKR>GBR:04"),
    ("TOKYO", "South Korea's president arrived in Tokyo for a summit.", "KOR>JPN:04"),
    ("KABUL", "Iran shut its border with Afghanistan.", "IRN>AFG:16|19"),
    ("HELSINKI", "Finland sealed its border with Russia.", "FIN>RUS:16|19"),
    ("MINSK, BELARUS", "Poland closed a key border crossing with Belarus.", "POL>BLR:16|19"),
    ("PARIS", "France summoned Italy's ambassador over the remarks.", "FRA>ITA:11|16"),
    ("PRETORIA", "South Africa recalled its diplomats from Israel.", "ZAF>ISR:16"),
    ("MOSCOW", "Estonia expelled a Russian diplomat.", "EST>RUS:16"),
    ("BEIJING", "China demanded an explanation from the Philippines.", "CHN>PHL:10"),
    ("KYIV, UKRAINE", "Ukraine asked Germany for Taurus missiles.", "UKR>DEU:02"),
    ("WARSAW, POLAND", "Poland is seeking war reparations from Germany.", "POL>DEU:10|02"),
    ("ANKARA", "Turkey froze the assets of Syrian officials.", "TUR>SYR:16"),
    # gaps closed by stranded noun phrases (test_events_context16)
    (
        "YEREVAN, ARMENIA",
        "Azerbaijan's suspension of gas deliveries to Armenia drew protests.",
        "AZE>ARM:16",
    ),
    # a gap until session 46: the parser tags 'Nauru' an adverb (nlp repairs the opening name)
    (
        "TAIPEI, TAIWAN",
        "Nauru cut ties with Taiwan and recognized Beijing.",
        "NRU>TWN:16 NRU>CHN:05",
    ),
    # a split prefix merged before the tagger (nlp._merge_split_prefixes, session 60)
    (
        "CHISINAU, MOLDOVA",
        "The European Union co-financed a new border post in Moldova.",
        "EU>MDA:07|06",
    ),
    # session 67 (N67, vocabulary157): the with-phrase under n.closure's of-object names the
    # other side (slot of_sub; a gap until then)
    (
        "ISLAMABAD",
        "Pakistan's closure of the border with Afghanistan stranded trucks.",
        "PAK>AFG:16|19",
    ),
]

NONE: list[tuple[str, str]] = [
    ("DETROIT", "The company halted production at its plant in Ohio."),
    ("BUDAPEST, HUNGARY", "Russia did not halt gas supplies to Hungary."),
    ("VIENNA", "Russia did not cut gas flows to Austria."),
    ("BUDAPEST, HUNGARY", "Russia could halt the transit of oil to Hungary."),
    ("LONDON", "The utility cut power to the city for repairs."),
    ("BERLIN", "Germany cut its gas consumption by a fifth."),
    ("DETROIT", "The carmaker stopped pumping money into the plant."),
    ("LONDON", "The firm stopped sending emails to customers."),
    ("BERLIN", "Russia will not stop pumping oil to Germany."),
    ("NEW YORK", "The company resumed imports of steel."),
    ("LONDON", "The oil firm resumed exports after the strike."),
    ("LONDON", "The union suspended talks with the employers."),
    ("HOUSTON", "The company sent a team of engineers to Texas."),
    ("NEW YORK", "The bank lent money to local businesses."),
    ("NEW YORK", "The billionaire donated $5 million to his party."),
    ("BRASILIA, BRAZIL", "Brazil's president donated blood on Monday."),
    ("PARIS", "The charity donated blankets to the homeless."),
    ("LONDON", "The club trained its young players all summer."),
    ("WARSAW, POLAND", "Poland trained its border guards."),
    ("LONDON", "The city trained its police officers in first aid."),
    ("LONDON", "The union withdrew its recognition of the management."),
    ("LONDON", "The court recognized the couple's marriage."),
    ("LONDON", "The court granted asylum to the journalist."),
    ("MIAMI", "The storm arrived in Florida on Monday."),
    ("LONDON", "Police sealed the crossings near the stadium."),
    ("KYIV, UKRAINE", "Protesters blocked the border crossing with Poland."),
    ("LONDON", "Police closed the road to the airport."),
    ("MADRID", "The school called in the parents of the pupils."),
    ("LONDON", "The coach called in three new players."),
    ("LONDON", "The landlord gave the tenants 48 hours to leave."),
    ("PARIS", "The court gave the protesters 24 hours to leave the square."),
    ("PARIS", "The workers demanded higher pay from the company."),
    ("NEW YORK", "The bank rolled over the company's loan."),
    ("LONDON", "The union requested an emergency meeting of the board."),
    ("PARIS", "The shareholders sought an urgent meeting with the chief executive."),
    ("LONDON", "Police halted traffic to the airport."),
    ("LONDON", "The storm cut power lines to the village."),
    ("LONDON", "The rebels cut supply lines to the town."),
    ("ROTTERDAM", "The strike halted the transit of goods through the port."),
    ("LONDON", "Engineers stopped pumping water out of the mine."),
    ("LONDON", "The student applied to join the army."),
    ("CHISINAU, MOLDOVA", "Moldova did not apply to join NATO."),
    ("LONDON", "The firm applied for membership of the chamber."),
    # second batch
    ("LONDON", "The refinery halted fuel deliveries to petrol stations."),
    ("MUNICH", "Germany's football federation suspended talks with the coach."),
    ("LONDON", "The hospital sent a team of doctors to the scene."),
    ("LONDON", "The firm loaned its staff to a partner."),
    ("LONDON", "The academy trains police dogs."),
    ("MIAMI", "Cruise ships arrived in Miami on Monday."),
    ("LONDON", "The mayor summoned the police chief."),
    ("PARIS", "The school expelled two students."),
]

# (dateline, body, expected events, why it fails today)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "CHISINAU, MOLDOVA",
        "Russia announced a halt to gas deliveries to Moldova.",
        "RUS>MDA:16",
        "extractor: a noun pattern reads no source from the subject of its light verb "
        "('announced a halt') and no target from a phrase under its of/to object",
    ),
    (
        "TAIPEI, TAIWAN",
        "Honduras switched diplomatic recognition from Taiwan to China.",
        "HND>TWN:16 HND>CHN:05",
        "extractor: the first pattern that fires on a verb stops the others, so the "
        "from-phrase (161) cannot be coded beside the to-phrase (054)",
    ),
    (
        "MOSCOW",
        "Putin arrived in St. Petersburg on Monday.",
        "",
        "actors: 'St. Petersburg' is read as the Florida town (USA), so a domestic trip codes "
        "RUS>USA 04",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary9_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary9_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
