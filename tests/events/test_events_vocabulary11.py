"""Event vocabulary, eleventh set (issue #5): bans, closures, barring and seizures aimed at a
state through its adjective ("Chinese fishing boats", "Turkish-flagged vessels", "Belarusian
airlines", "Ukrainian grain"), laws that ban, and ties or agreements suspended or left.

Same harness as test_events_vocabulary10.py: each case is a short article (neutral headline,
dateline, body) through the whole pipeline, and the body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). The first batch was written family by
family before the patterns of this round (rows that already coded are kept as guards); the
second batch (marked below) afterwards, with phrasings not designed for: all 37 rows (24 cases,
13 near-misses) coded as first written (32 before this round's patterns). A third batch of 28
rows (23 cases, 5 near-misses), also written after the patterns, coded 25 unchanged; two misses
were fixed (visas no longer issued, apps banned) and one is left out: "denounced its tax
treaty with France" is a formal withdrawal, but "denounced the agreement" mostly criticises,
and the pattern file cannot tell them apart. None is copied from a gold set.
Root choices follow the guidelines' table and the earlier sets: a ban on a state's goods,
ships, aircraft, airlines or firms as a class is a sanction aimed at that state (16; the
patterns give 163); a closure of borders, ports or airspace to a state restricts movement
(19, 191, as v.close_border has coded since session 4; 16 is accepted as well); leaving or
suspending a treaty, a deal's participation or a visa-free regime reduces relations (16);
state ships seized are 17. Acts on private parties are not coded: the guidelines want both
sides to be states or to act for one, and the hand-made sets (4, 5, 7) made arrested
journalists, seized private trawlers and deported private persons optional at most, so
coding them gains nothing and risks precision: licences of traders are private. A flagged
ship seized was read so too until session 37, when the gold of sets 5, 18, 31 and 49 (each
coding the flag state, sets 31 and 49 as required) moved it to the flag state
(test_events_vocabulary57). NONE
holds near-misses that must code nothing; GAPS are expected failures for reasons outside the
pattern file.
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
    # bans on a state's trade, goods and vehicles
    ("ANKARA", "Turkey approved a law banning all arms sales to Armenia.", "TUR>ARM:16"),
    ("ASTANA, KAZAKHSTAN", "Kazakhstan suspended imports of Russian grain.", "KAZ>RUS:16"),
    ("RIYADH", "Saudi Arabia barred Lebanese products from its markets.", "SAU>LBN:16"),
    (
        "WARSAW, POLAND",
        "Poland banned Belarusian trucks from entering its territory.",
        "POL>BLR:16",
    ),
    ("CHISINAU, MOLDOVA", "Russia halted gas exports to Moldova.", "RUS>MDA:16"),
    ("KYIV, UKRAINE", "Poland banned Ukrainian grain.", "POL>UKR:16"),
    (
        "BEIJING",
        "China banned Japanese seafood after the release of treated water.",
        "CHN>JPN:16",
    ),
    ("TBILISI, GEORGIA", "The Kremlin signed a decree banning flights to Georgia.", "RUS>GEO:16"),
    # ships, aircraft, ports and airspace
    (
        "VILNIUS, LITHUANIA",
        "Lithuania extended the closure of its airspace to Belarusian airlines.",
        "LTU>BLR:19|16",
    ),
    ("HANOI, VIETNAM", "Vietnam barred Chinese fishing boats from its ports.", "VNM>CHN:16|19"),
    (
        "CAIRO",
        "Egypt also banned Turkish-flagged vessels from calling at its ports.",
        "EGY>TUR:16|19",
    ),
    (
        "JAKARTA, INDONESIA",
        "Indonesia barred Vietnamese fishing vessels from its waters.",
        "IDN>VNM:16|19",
    ),
    (
        "BRUSSELS",
        "The European Union closed its airspace to Russian aircraft.",
        "EU>RUS:19|16",
    ),
    ("OTTAWA", "Canada closed its ports to Russian ships.", "CAN>RUS:19|16"),
    ("ANKARA", "Turkey closed its airspace to Israeli planes.", "TUR>ISR:19|16"),
    ("RIGA, LATVIA", "Latvia ordered the closure of its border with Belarus.", "LVA>BLR:19|16"),
    # seizures of a state's ships
    (
        "KYIV, UKRAINE",
        "Russia seized three Ukrainian naval vessels near the Kerch Strait.",
        "RUS>UKR:17",
    ),
    # ties and agreements suspended or left
    ("NAIROBI, KENYA", "Kenya suspended a 2012 water-sharing treaty with Ethiopia.", "KEN>ETH:16"),
    ("YEREVAN, ARMENIA", "Armenia pulled out of the defense treaty with Russia.", "ARM>RUS:16"),
    ("OSLO, NORWAY", "Denmark withdrew from the 1979 fisheries accord with Norway.", "DNK>NOR:16"),
    ("TBILISI, GEORGIA", "Russia froze a visa-free regime for Georgians.", "RUS>GEO:16"),
    (
        "PRAGUE",
        "The Czech Republic suspended its visa-free regime for Russians.",
        "CZE>RUS:16",
    ),
    (
        "ISTANBUL",
        "Russia suspended its participation in the Black Sea grain deal with Ukraine and Turkey.",
        "RUS>UKR:16 RUS>TUR:16",
    ),
    (
        "MOSCOW",
        "The Kremlin froze the visa-free regime for Georgian citizens.",
        "RUS>GEO:16",
    ),
    # second batch, written after the first patterns (37 of 37 rows unchanged, see the header)
    ("BEIJING", "China suspended purchases of Australian barley.", "CHN>AUS:16"),
    ("CHISINAU, MOLDOVA", "Russia outlawed imports of Moldovan wine.", "RUS>MDA:16"),
    ("DHAKA, BANGLADESH", "India has banned exports of rice to Bangladesh.", "IND>BGD:16"),
    ("JERUSALEM", "Turkey imposed an embargo on Israeli goods.", "TUR>ISR:16"),
    ("VILNIUS, LITHUANIA", "Belarus blocked Lithuanian trucks at the border.", "BLR>LTU:16|19"),
    ("TOKYO", "Beijing halted imports of Japanese seafood.", "CHN>JPN:16"),
    (
        "KYIV, UKRAINE",
        "Hungary and Slovakia banned Ukrainian farm products.",
        "HUN>UKR:16 SVK>UKR:16",
    ),
    ("RIGA, LATVIA", "Latvia banned the import of Russian farm goods.", "LVA>RUS:16"),
    ("JERUSALEM", "Turkey shut its ports to Israeli ships.", "TUR>ISR:19|16"),
    (
        "MANILA, PHILIPPINES",
        "The Philippines barred Chinese research vessels from its waters.",
        "PHL>CHN:16|19",
    ),
    ("CANBERRA, AUSTRALIA", "Australia banned Russian planes from its airspace.", "AUS>RUS:16|19"),
    ("OTTAWA", "Canada closed its airspace to all Russian airlines.", "CAN>RUS:19|16"),
    ("BUCHAREST, ROMANIA", "Romania denied port access to Russian ships.", "ROU>RUS:16|19"),
    (
        "TALLINN, ESTONIA",
        "Estonia announced the closure of its border crossings with Russia.",
        "EST>RUS:19|16",
    ),
    (
        "ATHENS, GREECE",
        "Greece banned Turkish fishing boats from its territorial waters.",
        "GRC>TUR:16|19",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea banned North Korean ships from entering its waters.",
        "KOR>PRK:16|19",
    ),
    ("KYIV, UKRAINE", "Ukrainian forces captured a Russian navy patrol boat.", "UKR>RUS:17|19"),
    (
        "WASHINGTON",
        "The United States withdrew from the Open Skies Treaty with Russia.",
        "USA>RUS:16",
    ),
    ("MOSCOW", "Russia suspended the New START treaty with the United States.", "RUS>USA:16"),
    ("BAMAKO, MALI", "Mali terminated its defense accords with France.", "MLI>FRA:16"),
    ("PYONGYANG", "North Korea scrapped its military pact with South Korea.", "PRK>KOR:16"),
    ("KABUL", "Pakistan halted its transit trade agreement with Afghanistan.", "PAK>AFG:16"),
    ("TBILISI, GEORGIA", "Russia scrapped visa-free travel for Georgians.", "RUS>GEO:16"),
    ("BAKU, AZERBAIJAN", "Azerbaijan froze its cooperation with France.", "AZE>FRA:16"),
    # third batch (25 of 28 unchanged; the two fixed since are marked)
    # missed as first written, fixed by v.stop_issuing_visas
    ("TBILISI, GEORGIA", "Moscow stopped issuing visas to Georgian citizens.", "RUS>GEO:16"),
    (
        "ABUJA, NIGERIA",
        "The United States suspended the issuance of visas to Nigerians.",
        "USA>NGA:16",
    ),
    ("RABAT, MOROCCO", "Morocco barred Algerian aircraft from its airspace.", "MAR>DZA:16|19"),
    (
        "ALGIERS, ALGERIA",
        "Algeria closed its airspace to all Moroccan civilian and military aircraft.",
        "DZA>MAR:19|16",
    ),
    ("VILNIUS, LITHUANIA", "China halted imports of Lithuanian goods.", "CHN>LTU:16"),
    ("CHISINAU, MOLDOVA", "Russia restricted imports of Moldovan fruit.", "RUS>MDA:16"),
    ("TAIPEI, TAIWAN", "Beijing suspended its imports of Taiwanese pineapples.", "CHN>TWN:16"),
    (
        "CANBERRA, AUSTRALIA",
        "China suspended imports of beef from four Australian meatpackers.",
        "CHN>AUS:16",
    ),
    ("CAIRO", "Egypt closed the Rafah crossing with Gaza.", "EGY>PSE:19|16"),
    ("WASHINGTON", "Iran's navy seized two U.S. Navy drones.", "IRN>USA:17"),
    ("KYIV, UKRAINE", "Russian border guards seized a Ukrainian patrol boat.", "RUS>UKR:17"),
    (
        "NIAMEY, NIGER",
        "Niger's junta revoked military agreements with the United States.",
        "NER>USA:16",
    ),
    (
        "MOSCOW",
        "Moscow suspended its participation in the New START treaty with Washington.",
        "RUS>USA:16",
    ),
    ("HARARE", "Sweden ended its aid agreement with Zimbabwe.", "SWE>ZWE:16"),
    (
        "KALININGRAD, RUSSIA",
        "Lithuania banned the transit of Russian steel to Kaliningrad.",
        "LTU>RUS:16",
    ),
    ("BAKU, AZERBAIJAN", "Azerbaijan banned the entry of Armenian citizens.", "AZE>ARM:16"),
    ("BISHKEK", "Kyrgyzstan temporarily closed its border with Kazakhstan.", "KGZ>KAZ:19|16"),
    ("BEIJING", "China imposed a ban on imports of Japanese seafood.", "CHN>JPN:16"),
    ("MOSCOW", "The Kremlin announced a ban on Polish fruit.", "RUS>POL:16"),
    # missed as first written, fixed by apps in v.ban_goods
    ("NEW DELHI", "India banned dozens of Chinese apps.", "IND>CHN:16"),
    ("WARSAW", "Poland has shut its border to Belarusian trucks.", "POL>BLR:19|16"),
    ("OTTAWA", "Canada has barred Russian ships from its ports and waters.", "CAN>RUS:16|19"),
    # written with the two fixes of the third batch (v.stop_issuing_visas, apps in v.ban_goods)
    ("WASHINGTON", "The United States stopped issuing visas to Afghans.", "USA>AFG:16"),
    ("KYIV, UKRAINE", "Ukraine banned Russian apps.", "UKR>RUS:16"),
    # fourth batch (7 of 9 unchanged; "froze arms sales" fixed by freeze/pause/cease in
    # v.ban_trade; a sanction on "Russian-made products" is the npadvmod gap above)
    ("BEIJING", "The United States slapped tariffs on Chinese goods.", "USA>CHN:16"),
    ("BEIJING", "Washington blacklisted dozens of Chinese firms.", "USA>CHN:16"),
    ("LONDON", "Russia banned entry to British officials.", "RUS>GBR:16"),
    ("RIYADH", "Germany froze arms sales to Saudi Arabia.", "DEU>SAU:16"),
    ("JERUSALEM", "Canada paused arms export permits to Israel.", "CAN>ISR:16"),
    (
        "BUENOS AIRES",
        "Argentina expelled Chinese fishing vessels from its waters.",
        "ARG>CHN:16|17",
    ),
    ("BEIJING", "China stopped buying Australian coal.", "CHN>AUS:16"),
    ("MOSCOW", "Moscow banned Georgian wine and mineral water in 2006.", "RUS>GEO:16"),
    ("BEIJING", "Japan paused exports of chip equipment to China.", "JPN>CHN:16"),
    ("MOSCOW", "Finland ceased all rail traffic with Russia.", "FIN>RUS:16"),
    # the flag's name before a split hyphen (obj_mod, _flag_name; session 14)
    ("LONDON", "Britain banned Russian-flagged ships from its ports.", "GBR>RUS:16|19"),
    # a flagged ship seized is done to the flag state (session 37, S49: this row expected
    # nothing before, against the gold of sets 5, 18, 31 and 49; test_events_vocabulary57)
    ("TEHRAN, IRAN", "Iran seized a Greek-flagged oil tanker in the Gulf.", "IRN>GRC:17"),
    # a firm a state owns is its business (roles.yaml firm_origins): a gap until session 26
    (
        "MANILA, PHILIPPINES",
        "The Philippines banned Chinese-owned firms from bidding on its power grid.",
        "PHL>CHN:16",
    ),
]

# (dateline, body) that must code nothing
NONE: list[tuple[str, str]] = [
    # first batch
    ("LONDON", "The city banned smoking in public places."),
    ("VILNIUS, LITHUANIA", "Lithuania closed its airspace because of the storm."),
    ("BOGOTA, COLOMBIA", "Colombian police seized 2 tonnes of cocaine."),
    ("LONDON", "Russia was barred from the tournament."),
    ("ANKARA", "The court banned the opposition party."),
    ("ATHENS, GREECE", "A Greek-flagged tanker sank off Crete."),
    ("LONDON", "Customs officers seized 5,000 Chinese-made toys."),
    ("HANOI, VIETNAM", "Vietnam closed its ports because of the typhoon."),
    ("MOSCOW", "Russia banned the sale of alcohol during the holiday."),
    ("PARIS", "France banned Russian athletes from the Olympics."),
    ("TOKYO", "Japan seized a Chinese-made drone at the airport."),
    ("LONDON", "The council passed a law banning smoking in bars."),
    ("LONDON", "The government approved a bill banning fishing in the bay."),
    ("LONDON", "The club banned fans from the stadium."),
    ("LONDON", "The port banned ships from the harbor during the storm."),
    ("PARIS", "France extended the closure of the tunnel because of the floods."),
    ("ROME", "Italy closed its ports to migrant rescue ships."),
    # private parties: traders' licences
    ("ACCRA, GHANA", "Ghana revoked the licences of Nigerian traders."),
    # second batch
    ("LONDON", "The airline banned passengers from carrying power banks."),
    ("PARIS", "The mayor closed the port after the oil spill."),
    ("MADRID", "Spanish police seized a boat carrying cocaine."),
    ("BERLIN", "The league banned the player from three matches."),
    ("ROME", "Italy banned cars from the city centre."),
    ("OSLO", "Norway closed its airspace to drones during the summit."),
    ("LONDON", "The regulator banned the company from selling its products."),
    ("KYIV, UKRAINE", "A Ukrainian cargo ship sank in the Black Sea."),
    ("BEIJING", "China banned the export of rare earth processing technology."),
    ("CAIRO", "Egypt closed the Rafah crossing for the holiday."),
    ("ATHENS, GREECE", "Greek customs seized 3 tonnes of Turkish-made cigarettes."),
    ("WASHINGTON", "The Senate passed a bill banning TikTok."),
    ("MOSCOW", "Russia pulled out of the Eurovision song contest."),
    # third batch
    ("LONDON", "The ministry banned imports of toys containing lead."),
    ("LONDON", "The school banned mobile phones from classrooms."),
    ("MADRID", "Spain closed its airspace during the NATO summit."),
    ("BERLIN", "German police seized weapons and cash in raids."),
    ("ROME", "Italian customs seized 40 fake Ferraris."),
    ("LONDON", "The embassy stopped issuing visas during the strike."),
    ("LONDON", "The government banned the app from official phones."),
    # fourth batch
    ("LONDON", "The retailer froze sales of the toy."),
    ("LONDON", "The bank paused investment in the project."),
    ("LONDON", "The government froze investment in new roads."),
    ("LONDON", "The airline paused flights to Dubai."),
    # a phrase of sequence names no target (_clause_targets; a gap until session 15)
    ("DOHA, QATAR", "Qatar closed its airspace after missile fire from Iran."),
]

# (dateline, body, expected events, why it fails today)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "BOGOTA, COLOMBIA",
        "Colombia banned imports of Venezuelan-made steel.",
        "COL>VEN:16",
        "extractor: 'Venezuelan' is an npadvmod under the amod 'made'; _actors_of reads a "
        "noun's compound/amod/nmod children only",
    ),
    (
        "KYIV, UKRAINE",
        "Ukraine banned the sale of Russian-made goods.",
        "UKR>RUS:16",
        "extractor: npadvmod under a hyphenated participle ('Russian-made'), as above",
    ),
    (
        "ISTANBUL",
        "The Black Sea grain deal with Ukraine was signed in Istanbul in 2022. "
        "Russia suspended its participation in the deal on Monday.",
        "RUS>UKR:16",
        "extractor: 'the deal' names its parties only in an earlier sentence; the "
        "antecedent rule reads act nouns for reactions, not the partner of a suspension",
    ),
    (
        "WARSAW, POLAND",
        "Poland closed its airspace to planes from Russia.",
        "POL>RUS:19|16",
        "parser: 'from Russia' attaches to the verb, and a from-phrase on the verb is no "
        "target ('closed its airspace after missile fire from Iran')",
    ),
    (
        "BRUSSELS",
        "The EU banned vessels owned by Russian companies from its ports.",
        "EU>RUS:16|19",
        "extractor: the owner sits in the agent of a participle on the object ('owned by')",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary11_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary11_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
