"""Event gaps, sixth set (issue #5): ramming and sinking vessels (190), agentless passive
admission to a body (054), a before/after gerund's own act on the same pair, ordering a
mission's closure (161), rejecting criticism that was a call or demand (12), allowing a
body's convoys or inspectors to act (086x), a killing in another state's place (19), and
the gaps left.

Same harness as test_events_vocabulary3.py: each case is a one-sentence article (neutral
headline, dateline, body) through the whole pipeline, and the body must code exactly the
listed "SRC>TGT:RR" events ("a|b" accepts either root). Every sentence here was written for
this file in wire style; none is copied from a gold set. PETRARCH's CAMEO.2.0 verb dictionary
(../shared/peers) lists RAM under POUND (190). NONE holds near-misses that must code nothing;
GAPS are expected failures, each with its reason.
"""

from __future__ import annotations

import pytest

from audit_cases import audit_bodies, code_audit, matches, slug  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # ramming or sinking another state's vessel (190)
    (
        "MANILA, PHILIPPINES",
        "Chinese coast guard ships rammed a Philippine supply boat near the shoal.",
        "CHN>PHL:19",
    ),
    (
        "KYIV, UKRAINE",
        "Russian warships rammed a Ukrainian patrol boat in the Black Sea.",
        "RUS>UKR:19",
    ),
    (
        "HANOI, VIETNAM",
        "A Chinese vessel rammed and sank a Vietnamese fishing boat.",
        "CHN>VNM:19",
    ),
    (
        "MANILA, PHILIPPINES",
        "Philippine officials said a Chinese ship rammed their vessel.",
        "CHN>PHL:19",
    ),
    (
        "TOKYO",
        "The Japanese ship was rammed by a Chinese coast guard vessel.",
        "CHN>JPN:19",
    ),
    ("KYIV, UKRAINE", "Ukraine sank a Russian warship off Crimea.", "UKR>RUS:19"),
    # an agentless passive admission: the body in the to/into phrase or the as-phrase's
    # possessor admits (054)
    ("HELSINKI, FINLAND", "Finland was admitted to NATO in April 2023.", "NATO>FIN:05"),
    (
        "JAKARTA, INDONESIA",
        "East Timor was admitted to ASEAN as its 11th member.",
        "ASEAN>TLS:05",
    ),
    (
        "ADDIS ABABA, ETHIOPIA",
        "Egypt and Ethiopia were admitted into BRICS last year.",
        "",
    ),
    ("STOCKHOLM, SWEDEN", "Sweden was formally admitted as NATO's 32nd member.", "NATO>SWE:05"),
    ("BRUSSELS", "NATO admitted Finland to the alliance in April.", "NATO>FIN:05"),
    # a gerund under before/after shares the main subject and states an act of its own,
    # even on the same pair (190 then 057)
    (
        "ISLAMABAD, PAKISTAN",
        "Pakistan fought Afghanistan for days before agreeing to a truce with Kabul.",
        "PAK>AFG:19 PAK>AFG:05|08",
    ),
    (
        "ISLAMABAD, PAKISTAN",
        "Pakistan met Afghan officials after agreeing to a truce with Kabul.",
        "PAK>AFG:04 PAK>AFG:05|08",
    ),
    (
        "KABUL, AFGHANISTAN",
        "The Taliban clashed with Pakistani forces before agreeing to a ceasefire with Islamabad.",
        "AFG>PAK:19 AFG>PAK:05|08",
    ),
    (
        "WASHINGTON",
        "The United States praised Japan after meeting Japanese officials.",
        "USA>JPN:05 USA>JPN:04",
    ),
    # ordering the closure of another state's mission (161)
    (
        "WARSAW, POLAND",
        "Poland ordered the closure of the Russian consulate in Gdansk.",
        "POL>RUS:16",
    ),
    (
        "VILNIUS, LITHUANIA",
        "Lithuania announced the closure of the Belarusian embassy in Vilnius.",
        "LTU>BLR:16",
    ),
    (
        "WASHINGTON",
        "The United States ordered the closure of the Chinese consulate in Houston.",
        "USA>CHN:16",
    ),
    # rejecting "the criticism" answers a call to retract as well as a rebuke (12)
    (
        "BEIJING",
        "China called on Japan to withdraw the remarks. Japan rejected the criticism.",
        "CHN>JPN:02 JPN>CHN:12",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "North Korea urged Seoul to halt the drills. South Korea dismissed the criticism.",
        "PRK>KOR:02 KOR>PRK:12",
    ),
    (
        "MOSCOW",
        "Russia demanded an apology from Finland. Helsinki rejected the criticism.",
        "RUS>FIN:10 FIN>RUS:12",
    ),
    # allowing a body's convoys, inspectors or peacekeepers to act (086x): the infinitive's
    # subject is what is allowed
    (
        "DAMASCUS, SYRIA",
        "Syria allowed U.N. aid convoys to enter the besieged town.",
        "SYR>UN:08",
    ),
    ("TEHRAN, IRAN", "Iran allowed IAEA inspectors to visit the Fordow site.", "IRN>IAEA:08"),
    (
        "KHARTOUM, SUDAN",
        "Sudan permitted U.N. peacekeepers to patrol the border.",
        "SDN>UN:08",
    ),
    # a killing in a place of another state: the place stands for its state (19)
    ("KYIV, UKRAINE", "A Russian missile strike killed five civilians in Odesa.", "RUS>UKR:19"),
    ("KYIV, UKRAINE", "Russian troops killed two civilians in Ukraine.", "RUS>UKR:19"),
    (
        "KYIV, UKRAINE",
        "A Russian drone strike killed nine people in Ukraine's Kharkiv region.",
        "RUS>UKR:19",
    ),
    # the same root twice stays one event
    (
        "MOSCOW",
        "Russia criticized Ukraine after accusing Kyiv of shelling the plant.",
        "RUS>UKR:11",
    ),
    # an organisation's own board or secretariat acts for it
    ("WASHINGTON", "The IMF's executive board approved a new loan for Ghana on Friday.", "IMF>GHA:07"),
    (
        "WASHINGTON",
        "The World Bank's board of directors approved a $400 million grant to Kenya.",
        "WB>KEN:07",
    ),
    ("BRUSSELS", "NATO's secretariat urged Serbia to withdraw its troops from the border.", "NATO>SRB:02"),
    (
        "KYIV, UKRAINE",
        "A Russian drone strike killed nine people in the Kharkiv region.",
        "RUS>UKR:19",
    ),
]

# (dateline, body): must code nothing
NONE: list[tuple[str, str]] = [
    ("WASHINGTON", "Republicans rammed the bill through the Senate."),
    ("WASHINGTON", "The Senate sank the motion on Tuesday."),
    ("LONDON", "Shares in the shipping group sank after the report."),
    ("LONDON", "The prime minister was admitted to a London hospital on Sunday."),
    ("WASHINGTON", "Three students were admitted to Harvard."),
    ("LONDON", "The mayor ordered the closure of the bridge."),
    ("WASHINGTON", "The court allowed the inspectors to testify."),
    # a killing in the attacker's own state, or with no attacker
    ("ISLAMABAD, PAKISTAN", "Floods killed nine people in Pakistan."),
    ("KYIV, UKRAINE", "Ukrainian shelling killed three people in Donetsk."),
    ("ANKARA, TURKEY", "A Russian tourist was killed in a car crash in Turkey."),
    # a fishing trawler does not act for its state (guidelines: states or IGOs only)
    ("TOKYO", "A Chinese fishing trawler rammed two Japanese coast guard vessels."),
    ("MOSCOW", "Russia admitted to the attack on the power plant."),
    # a company's board is no organisation's
    ("ACCRA, GHANA", "The mining company's board of directors approved a loan to Ghana."),
]

# (dateline, body, expected, why it fails)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "SEOUL, SOUTH KOREA",
        "North Korea launched a cyberattack on South Korean banks.",
        "PRK>KOR:17|18",
        "patterns: CAMEO 1.1b has no cyber code; the dev gold codes one only as optional 17|18",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every case through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)

def test_events_gaps6_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), CASES, ids=[slug(c[1]) for c in CASES])
def test_events_gaps6_codes_cases(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body"), NONE, ids=[slug(c[1]) for c in NONE])
def test_events_gaps6_near_misses_code_nothing(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str
) -> None:
    assert coded[body] == [], (body, coded[body])


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        pytest.param(d, b, e, marks=pytest.mark.xfail(reason=why), id=slug(b))
        for d, b, e, why in GAPS
    ],
)
def test_events_gaps6_known_gaps(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)
