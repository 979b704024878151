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
siege imposed on a place restricts movement (191); a pardon returns the person (084). NONE
holds near-misses (a non-actor object, a domestic use) that must code nothing. GAPS are
expected failures for reasons outside the pattern file.
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
]

# (dateline, body, expected events, why it fails)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "GENEVA",
        "Russia walked out of the talks with Ukraine.",
        "RUS>UKR:16",
        "extractor: v.walk_out's 'under:with' searches three steps; the parse hangs 'with' "
        "four steps down (walked -> out -> of -> talks -> with)",
    ),
    (
        "WASHINGTON",
        "Washington abruptly cancelled Secretary Rubio's trip to South Africa.",
        "USA>ZAF:16",
        "extractor: n.visit still codes the cancelled trip as a visit (042); a nominal event "
        "that is the object of a calling-off verb (cancel, postpone, scrap, call off) was "
        "never made",
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
