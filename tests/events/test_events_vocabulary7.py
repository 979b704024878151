"""Event vocabulary, seventh set (issue #5, breadth round 2): CAMEO codes wires use, written
code by code from the codebook rather than from any gold set's misses.

Same harness as test_events_vocabulary6.py: each case is a short article (neutral headline,
dateline, body) through the whole pipeline, and the body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). Every sentence was written for this file in
wire style, several phrasings per mechanism (active with a state subject, a title or ministry
subject, a particle verb, a nominal object); none is copied from a gold set or from the CAMEO
verb lists. Root choices follow the guidelines' typical choices and the CAMEO codebook:
calling off or postponing a visit reduces relations (160) and calling off talks halts
negotiations (164); refusing a state's people entry reduces relations (160); a blockade or
siege imposed on a place restricts movement (191); a pardon returns the person (084);
accepting a state's mediation is 038; revoking a state's people's visas reduces relations
(160, as CAMEO.2.0 CANCEL VISA); breaching a ceasefire with X is 196; a loan or bailout to a
state is economic aid (071); ending an initiative or programme run with a state is 160; a
state's flight or vessel turned back is rejected (120); rallying others against a state is
113; harassing or boarding a state's craft coerces (170); ground captured in another state is
192 (as v.recapture). NONE holds near-misses (a non-actor
object, a domestic use, a civilian craft) that must code nothing. GAPS are expected failures
for reasons outside the pattern file.
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
    # 160/164: visits and talks called off
    ("BEIJING", "China cancelled a planned visit to Germany.", "CHN>DEU:16"),
    ("BEIJING", "China's foreign minister postponed his trip to Japan.", "CHN>JPN:16"),
    (
        "BEIJING",
        "Beijing called off a planned meeting with Japan's defense minister.",
        "CHN>JPN:16",
    ),
    ("BEIJING", "China postponed talks with the European Union.", "CHN>EU:16"),
    (
        "BEIJING",
        "China scrapped a scheduled visit by the German finance minister.",
        "CHN>DEU:16",
    ),
    (
        "TOKYO",
        "Japan's prime minister postponed a summit with South Korea's president.",
        "JPN>KOR:16",
    ),
    ("MOSCOW", "The Kremlin called off talks with Kyiv.", "RUS>UKR:16"),
    (
        "BERLIN",
        "Germany has shelved a planned visit by Chinese Premier Li Qiang.",
        "DEU>CHN:16",
    ),
    # 160: entry refused (1246 when inspectors are kept out)
    ("MOSCOW", "Russia refused entry to a Finnish lawmaker.", "RUS>FIN:16"),
    ("TEHRAN, IRAN", "Iran denied access to IAEA inspectors.", "IRN>IAEA:12"),
    (
        "BEIJING",
        "China banned two Canadian lawmakers from visiting Hong Kong.",
        "CHN>CAN:16",
    ),
    ("TEL AVIV", "Israel denied entry to two U.S. congresswomen.", "ISR>USA:16"),
    ("BUDAPEST", "Hungary denied entry to a Ukrainian minister.", "HUN>UKR:16"),
    (
        "TEL AVIV",
        "Israel barred two U.S. lawmakers from entering the country.",
        "ISR>USA:16",
    ),
    # 191: blockades and sieges imposed
    ("TAIPEI, TAIWAN", "China imposed a naval blockade on Taiwan.", "CHN>TWN:19"),
    (
        "DOHA, QATAR",
        "Saudi Arabia and Egypt imposed a blockade on Qatar.",
        "SAU>QAT:19 EGY>QAT:19",
    ),
    ("BEIRUT", "Israel tightened its siege of Gaza.", "ISR>PSE:19"),
    ("BEIRUT", "Israel enforced a blockade of Gaza.", "ISR>PSE:19"),
    (
        "SANAA, YEMEN",
        "The Houthis declared a naval blockade of Israel's ports.",
        "YEM>ISR:19",
    ),
    # 111/114: concerns and objections raised with a state
    (
        "BEIJING",
        "China raised concerns with Washington about the chip curbs.",
        "CHN>USA:11",
    ),
    (
        "TOKYO",
        "Japan's foreign minister raised concerns over China's drills with his Chinese "
        "counterpart.",
        "JPN>CHN:11",
    ),
    ("SEOUL, SOUTH KOREA", "Seoul aired its objections to Tokyo's plan.", "KOR>JPN:11"),
    (
        "CANBERRA, AUSTRALIA",
        "Australia raised concerns with Beijing over the detention of its citizen.",
        "AUS>CHN:11",
    ),
    (
        "NEW DELHI",
        "India flagged its concerns to Dhaka over attacks on minorities.",
        "IND>BGD:11",
    ),
    (
        "WASHINGTON",
        "U.S. officials raised objections with Israel about the settlement plan.",
        "USA>ISR:11",
    ),
    # 06: forces joined
    (
        "SEOUL, SOUTH KOREA",
        "South Korea joined forces with Japan against North Korea's missile threats.",
        "KOR>JPN:06",
    ),
    ("HANOI, VIETNAM", "Vietnam joined hands with Laos on energy.", "VNM>LAO:06"),
    (
        "PARIS",
        "France and Germany joined forces to build a new fighter jet.",
        "FRA>DEU:06 DEU>FRA:06",
    ),
    (
        "ROME",
        "Italy joined forces with Britain and Japan on a fighter program.",
        "ITA>GBR:06 ITA>JPN:06",
    ),
    # 084: pardons
    ("MINSK, BELARUS", "Belarus pardoned a jailed Lithuanian citizen.", "BLR>LTU:08"),
    ("MINSK, BELARUS", "Belarus pardoned two Polish citizens.", "BLR>POL:08"),
    ("TEHRAN, IRAN", "Iran pardoned a French tourist.", "IRN>FRA:08"),
    ("CAIRO", "Egypt's president pardoned an Italian researcher.", "EGY>ITA:08"),
    # 038: mediation accepted
    ("KHARTOUM, SUDAN", "Sudan's army accepted Saudi mediation.", "SDN>SAU:03"),
    ("KHARTOUM, SUDAN", "Sudan accepted an offer by Turkey to mediate.", "SDN>TUR:03"),
    (
        "ADDIS ABABA, ETHIOPIA",
        "Ethiopia agreed to Kenyan mediation in its dispute with Egypt.",
        "ETH>KEN:03",
    ),
    (
        "KINSHASA, CONGO",
        "Congo's government accepted Qatar's mediation with Rwanda.",
        "COD>QAT:03",
    ),
    ("KYIV, UKRAINE", "Ukraine welcomed Turkey's offer to mediate.", "UKR>TUR:03|05"),
    (
        "CARACAS, VENEZUELA",
        "Venezuela accepted Brazil's offer to broker talks with Guyana.",
        "VEN>BRA:03",
    ),
    ("MOGADISHU, SOMALIA", "Somalia's president accepted Turkish mediation.", "SOM>TUR:03"),
    ("YEREVAN, ARMENIA", "Armenia has agreed to mediation by the European Union.", "ARM>EU:03"),
    # 160: visas revoked
    (
        "WASHINGTON",
        "The United States revoked the visas of Colombian officials.",
        "USA>COL:16",
    ),
    ("OTTAWA, CANADA", "Canada revoked the visas of three Chinese diplomats.", "CAN>CHN:16"),
    (
        "BRUSSELS",
        "The EU suspended visa-free travel for Georgian officials.",
        "EU>GEO:16",
    ),
    (
        "WASHINGTON",
        "The State Department revoked visas for 12 Nicaraguan officials.",
        "USA>NIC:16",
    ),
    ("WASHINGTON", "Washington cancelled the visas of Palestinian officials.", "USA>PSE:16"),
    ("LONDON", "Britain revoked the residency of a Chinese spy.", "GBR>CHN:16"),
    # 196: ceasefires violated
    ("ISLAMABAD, PAKISTAN", "Pakistan violated the ceasefire with India.", "PAK>IND:19"),
    ("GAZA", "Israeli forces breached the truce with Hamas.", "ISR>PSE:19"),
    ("BEIRUT", "Israel violated the ceasefire in Lebanon.", "ISR>LBN:19"),
    ("KYIV, UKRAINE", "Russian forces violated the energy truce with Ukraine.", "RUS>UKR:19"),
    (
        "NEW DELHI",
        "Pakistani troops violated the ceasefire along the Line of Control with India.",
        "PAK>IND:19",
    ),
    # 071: loans and bailouts named as nouns; 163: sanctions by a premodifier
    ("TOKYO", "Japan's $5 billion loan to India will fund a rail line.", "JPN>IND:07"),
    ("NAIROBI, KENYA", "A Chinese loan to Kenya financed the railway.", "CHN>KEN:07"),
    (
        "COLOMBO, SRI LANKA",
        "The IMF's bailout for Sri Lanka came with strict conditions.",
        "IMF>LKA:07",
    ),
    (
        "ISLAMABAD, PAKISTAN",
        "Saudi Arabia's $3 billion credit to Pakistan was rolled over.",
        "SAU>PAK:07",
    ),
    ("BRUSSELS", "EU sanctions against Russia have cut its oil revenues.", "EU>RUS:16"),
    (
        "LONDON",
        "Fresh British sanctions on Russian banks were announced on Friday.",
        "GBR>RUS:16",
    ),
    ("BEIJING", "U.S. tariffs on Chinese goods rose to 145 percent.", "USA>CHN:16"),
    # 160: initiatives and programmes with a state ended; 120: a state's craft turned back
    ("PANAMA CITY", "Panama quit China's Belt and Road Initiative.", "PAN>CHN:16"),
    ("ROME", "Italy abandoned its Belt and Road partnership with China.", "ITA>CHN:16"),
    ("BAMAKO, MALI", "Mali scrapped its defense cooperation framework with France.", "MLI>FRA:16"),
    (
        "NIAMEY, NIGER",
        "Niger terminated its military program with the United States.",
        "NER>USA:16",
    ),
    (
        "BOGOTA, COLOMBIA",
        "Colombia turned back two U.S. military deportation flights.",
        "COL>USA:12",
    ),
    ("ATHENS, GREECE", "Greece turned back a Turkish research vessel.", "GRC>TUR:12"),
    ("CARACAS, VENEZUELA", "Venezuela turned back a U.S. deportation flight.", "VEN>USA:12"),
    ("ATHENS, GREECE", "Greek warships turned away a Turkish survey vessel.", "GRC>TUR:12"),
    # 071: a financing facility approved for a state
    ("BRUSSELS", "The EU approved a 50 billion euro facility for Ukraine.", "EU>UKR:07"),
    (
        "WASHINGTON",
        "The World Bank approved a $1.5 billion financing facility for Egypt.",
        "WB>EGY:07",
    ),
    # 113: opposition rallied; 170: another state's craft harassed or boarded
    ("WASHINGTON", "Washington rallied allies against China.", "USA>CHN:11"),
    ("KYIV, UKRAINE", "Zelenskyy mobilized international support against Russia.", "UKR>RUS:11"),
    ("WASHINGTON", "Trump rallied Gulf leaders against Iran.", "USA>IRN:11"),
    ("MANILA, PHILIPPINES", "China harassed Philippine ships near the shoal.", "CHN>PHL:17"),
    ("MANILA, PHILIPPINES", "China's coast guard boarded a Philippine boat.", "CHN>PHL:17"),
    ("TAIPEI, TAIWAN", "Chinese jets harassed a Taiwanese patrol plane.", "CHN>TWN:17"),
    ("TOKYO", "Russian warships intimidated Japanese fishing boats.", "RUS>JPN:17"),
    # 192: ground taken in another state
    ("DAMASCUS, SYRIA", "Israeli forces seized territory in southern Syria.", "ISR>SYR:19"),
    ("KYIV, UKRAINE", "Russian forces captured a village in eastern Ukraine.", "RUS>UKR:19"),
    (
        "KYIV, UKRAINE",
        "Russia's army overran two Ukrainian positions near Pokrovsk.",
        "RUS>UKR:19",
    ),
    ("BEIRUT", "Israeli troops took several hills in southern Lebanon.", "ISR>LBN:19"),
    (
        "GENEVA",
        "Russia walked out of the talks with Ukraine.",
        "RUS>UKR:16",
    ),
    (
        "WASHINGTON",
        "Washington abruptly cancelled Secretary Rubio's trip to South Africa.",
        "USA>ZAF:16",
    ),
]

# (dateline, body) that must code nothing
NONE: list[tuple[str, str]] = [
    ("LONDON", "The band cancelled its tour of Britain."),
    ("LONDON", "The minister cancelled the meeting because of the storm."),
    ("LONDON", "The prime minister postponed his visit to Manchester."),
    ("LONDON", "The club denied entry to fans without tickets."),
    ("LONDON", "The referee stopped the player from entering the pitch."),
    ("LONDON", "Police imposed a cordon around the stadium."),
    ("LONDON", "The council imposed a blockade on the road."),
    ("LONDON", "Striking farmers laid siege to the parliament."),
    ("LONDON", "The governor pardoned the former mayor."),
    ("MINSK, BELARUS", "Lukashenko pardoned 30 political prisoners."),
    ("LONDON", "Students trained alongside professional athletes."),
    ("BAKU, AZERBAIJAN", "Azerbaijan imposed a blockade on the Lachin corridor."),
    ("LONDON", "The council raised concerns about the new road."),
    ("LONDON", "The bank raised interest rates."),
    ("LONDON", "Parents raised concerns with the school."),
    ("LONDON", "The charity joined forces with local businesses."),
    ("LONDON", "The two parties joined hands ahead of the vote."),
    ("LONDON", "The mediator accepted the union's offer."),
    ("LONDON", "The club accepted an offer for its striker."),
    ("LONDON", "The union accepted mediation by the conciliation service."),
    ("LONDON", "The court revoked the visa of a footballer."),
    ("LONDON", "The minister's visa was revoked after the scandal."),
    ("LONDON", "Rebel factions violated the ceasefire."),
    ("LONDON", "The company breached the contract."),
    ("LONDON", "Fans breached the truce between the clubs."),
    ("LONDON", "The bank's loan to the company was repaid."),
    ("LONDON", "Student loans rose sharply last year."),
    ("LONDON", "Chinese loans to developing countries have grown."),
    ("LONDON", "The company's tariffs on roaming calls were cut."),
    ("LONDON", "Sanctions on the club were lifted by the league."),
    ("LONDON", "The firm quit the industry initiative."),
    ("VALLETTA, MALTA", "Malta turned away a ship carrying migrants from Libya."),
    ("NICOSIA, CYPRUS", "Cyprus turned away an Israeli cruise ship."),
    ("LONDON", "The port turned away a cruise ship after a virus outbreak."),
    ("LONDON", "The council approved a new sports facility for the town."),
    ("LONDON", "Fans rallied against the club's owners."),
    ("LONDON", "Thousands rallied against the new law."),
    ("LONDON", "The coach rallied his players against the odds."),
    ("LONDON", "Officers boarded the train at Leeds."),
    ("LONDON", "Pirates boarded a Greek tanker."),
    ("LONDON", "The company took control of a rival firm in Germany."),
    ("LONDON", "Protesters seized the town hall in Leeds."),
    ("LONDON", "The party took control of the council."),
]

# (dateline, body, expected events, why it fails)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "WASHINGTON",
        "New U.S. sanctions on Iran took effect on Monday.",
        "USA>IRN:16",
        "extractor: the sanctions noun as subject of 'took effect' is not coded (found by "
        "writing; not yet traced)",
    ),
    (
        "KYIV, UKRAINE",
        "Russia broke the Easter ceasefire declared by Ukraine.",
        "RUS>UKR:19",
        "patterns: obj_sub reads prep phrases only; 'declared by Ukraine' is an agent phrase",
    ),
    (
        "KURSK, RUSSIA",
        "Ukrainian forces took control of 1,000 square kilometers of Russian territory.",
        "UKR>RUS:19",
        "extractor: obj_sub searches three steps under 'control'; the actor hangs on the "
        "second of-phrase",
    ),
    (
        "TEHRAN, IRAN",
        "Iran denied IAEA inspectors access to the Fordow site.",
        "IRN>IAEA:12",
        "parser: 'inspectors access' comes out as one compound clause (ccomp), no dative",
    ),
    (
        "CANBERRA, AUSTRALIA",
        "Australian troops trained alongside Philippine forces.",
        "AUS>PHL:06",
        "parser: 'trained' comes out as a clause on 'troops' (acl) with no subject",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary7_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary7_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
