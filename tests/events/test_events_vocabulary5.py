"""Event vocabulary, fifth set (issue #5, second round): appeals for calm with no infinitive,
military hardware as aid, visits with no visit verb, and verb senses that are no conflict.

Same harness as test_events_vocabulary4.py: each case is a short article (neutral headline,
dateline, body) through the whole pipeline, and the body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). Every sentence here was written for this
file in wire style; none is copied from a gold set. Root choices follow the CAMEO codebook
(../shared/peers/gdelt-lookups): urging restraint or calm is an appeal to de-escalate
(0256, aimed by the extractor at both sides of the fight told before); radars, howitzers
and launchers given are military aid (072); a navy ship's port call is a visit (042);
observers ordered out are expelled (1662); a quarrel of states or leaders over a topic is
disapproval (111), while "clash" with armed words stays a fight (190); calling an accord
"a victory" is no criticism; "angering X" is no act aimed at the venue named with the
angering act. NONE holds near-misses that must code nothing. GAPS are expected failures
for reasons outside the pattern file.
"""

from __future__ import annotations

import pytest

from audit_cases import audit_bodies, audit_params, code_audit, matches  # tests/events/, on sys.path through conftest

SHELLING = "Pakistani troops shelled Afghan border posts on Sunday."

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # an appeal for calm with no infinitive (0256), aimed at both sides of the fight
    (
        "KABUL, AFGHANISTAN",
        f"{SHELLING} Qatar urged restraint.",
        "PAK>AFG:19 QAT>PAK:02 QAT>AFG:02",
    ),
    ("KABUL, AFGHANISTAN", f"{SHELLING} Egypt urged calm.", "PAK>AFG:19 EGY>PAK:02 EGY>AFG:02"),
    (
        "KABUL, AFGHANISTAN",
        f"{SHELLING} Saudi Arabia urged restraint on both sides.",
        "PAK>AFG:19 SAU>PAK:02 SAU>AFG:02",
    ),
    (
        "KABUL, AFGHANISTAN",
        f"{SHELLING} Iran called for de-escalation.",
        "PAK>AFG:19 IRN>PAK:02 IRN>AFG:02",
    ),
    (
        "KABUL, AFGHANISTAN",
        f"{SHELLING} Turkey appealed for calm.",
        "PAK>AFG:19 TUR>PAK:02 TUR>AFG:02",
    ),
    (
        "KABUL, AFGHANISTAN",
        f"{SHELLING} China urged restraint from Pakistan and Afghanistan.",
        "PAK>AFG:19 CHN>PAK:02 CHN>AFG:02",
    ),
    # military hardware given or promised (072; agreed or future: 03)
    ("KYIV, UKRAINE", "Poland delivered two air-defense radars to Ukraine.", "POL>UKR:07"),
    ("YEREVAN, ARMENIA", "France will supply Armenia with radars.", "FRA>ARM:03"),
    (
        "YEREVAN, ARMENIA",
        "France agreed to supply Armenia with air-defense radars.",
        "FRA>ARM:03",
    ),
    ("KYIV, UKRAINE", "Britain sent howitzers to Ukraine.", "GBR>UKR:07"),
    # ... received (the giver is the source) or bought (military cooperation, 062)
    ("YEREVAN, ARMENIA", "Armenia received two howitzers from India.", "IND>ARM:07"),
    ("YEREVAN, ARMENIA", "Armenia bought radars from France.", "ARM>FRA:06"),
    ("KYIV, UKRAINE", "Germany gave Ukraine two rocket launchers.", "DEU>UKR:07"),
    # a visit with no visit verb: a navy ship's port call (042)
    (
        "COLOMBO, SRI LANKA",
        "A Chinese navy ship docked at Colombo port on Monday for a five-day visit.",
        "CHN>LKA:04",
    ),
    ("COLOMBO, SRI LANKA", "The Chinese research vessel docked in Hambantota.", "CHN>LKA:04"),
    # a leader or minister sent abroad makes a visit (042), as a delegation does
    (
        "MAPUTO, MOZAMBIQUE",
        "China sent its vice president to Maputo for the funeral.",
        "CHN>MOZ:04",
    ),
    ("MOSCOW", "Russia sent its foreign minister to Pyongyang.", "RUS>PRK:04"),
    ("WASHINGTON", "Trump sent his secretary of state to Beijing.", "USA>CHN:04"),
    # observers ordered out are expelled (1662)
    (
        "CARACAS, VENEZUELA",
        "Venezuela ordered the EU observation mission to leave the country.",
        "VEN>EU:16",
    ),
    (
        "CARACAS, VENEZUELA",
        "Venezuela ordered EU observers to leave the country within 72 hours.",
        "VEN>EU:16",
    ),
    (
        "CARACAS, VENEZUELA",
        "Venezuela on Tuesday ordered a European Union election observation mission to leave "
        "the country.",
        "VEN>EU:16",
    ),
    # a quarrel over a topic between states or leaders is disapproval (111) ...
    ("BUDAPEST, HUNGARY", "Hungary has clashed with Brussels over migration.", "HUN>EU:11"),
    ("BUDAPEST, HUNGARY", "Orban has clashed with Brussels.", "HUN>EU:11"),
    (
        "WARSAW, POLAND",
        "Poland's prime minister clashed with Germany's chancellor over reparations.",
        "POL>DEU:11",
    ),
    # ... an armed clash stays a fight (190)
    (
        "NEW DELHI, INDIA",
        "Indian troops clashed with Chinese soldiers in the Galwan valley.",
        "IND>CHN:19",
    ),
    ("NEW DELHI, INDIA", "India clashed with China over the disputed border.", "IND>CHN:19"),
    (
        "BANGKOK, THAILAND",
        "Thai and Cambodian forces clashed over a disputed temple.",
        "THA>KHM:19 KHM>THA:19",
    ),
    # praise named by "call X Y" is no criticism; anger still reads its by-phrase
    (
        "ADDIS ABABA, ETHIOPIA",
        "Kenya signed a trade accord with Ethiopia. Ethiopia's prime minister called the "
        "accord a victory for both nations.",
        "KEN>ETH:05",
    ),
    ("BEIJING", "China called Japan's plan a provocation.", "CHN>JPN:11"),
    ("NEW DELHI, INDIA", "India was angered by Turkey's remarks.", "IND>TUR:11"),
    # vocabulary of the set-4 categories that already codes (kept as regressions)
    ("BAKU, AZERBAIJAN", "Azerbaijan had summoned France's ambassador last month.", "AZE>FRA:11"),
    ("NAIROBI, KENYA", "Kenya offered to send police officers to Haiti.", "KEN>HTI:03"),
    (
        "WASHINGTON",
        "The U.S. Treasury added 19 Russian officials to its sanctions list.",
        "USA>RUS:16",
    ),
    ("CHISINAU, MOLDOVA", "Romania pledged to send border police to Chisinau.", "ROU>MDA:03"),
    (
        "NEW YORK",
        "The U.N. General Assembly adopted a resolution on Thursday. The resolution calls on "
        "Moscow to return the children.",
        "UN>RUS:02",
    ),
    (
        "BAKU, AZERBAIJAN",
        "The foreign ministry summoned the French ambassador.",
        "AZE>FRA:11",
    ),
    (
        "MAPUTO, MOZAMBIQUE",
        "Portugal's prime minister attended the inauguration of Mozambique's new president.",
        "PRT>MOZ:04",
    ),
]

# near-misses: the same words with no second state, or in another sense
NONE: list[tuple[str, str]] = [
    ("KABUL, AFGHANISTAN", "Qatar urged restraint."),
    ("LONDON", "The coach urged calm after the defeat."),
    ("ANKARA, TURKEY", "Turkey called the deal a milestone."),
    ("ADDIS ABABA, ETHIOPIA", "Kenya called the agreement with Ethiopia a breakthrough."),
    (
        "ANKARA, TURKEY",
        "Turkey's president raised Kashmir at the United Nations, angering New Delhi.",
    ),
    ("LONDON", "The footballer attended the ceremony in London."),
    ("LONDON", "The minister attended the funeral of his mother."),
    ("LONDON", "The ferry docked at the harbor."),
    ("LONDON", "The company sent its president to the conference."),
    ("LONDON", "The party sent its officials to the rally in Manchester."),
    ("LONDON", "The general ordered the soldiers on leave to return to base."),
]

# (dateline, body, expected events, why it fails)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "MAPUTO, MOZAMBIQUE",
        "Russia sent a delegation to the funeral in Maputo.",
        "RUS>MOZ:04",
        "extractor: no target slot reads the place of the event a delegation is sent to "
        "('to the funeral in Maputo'): prep:to finds 'funeral', no actor",
    ),
    (
        "MAPUTO, MOZAMBIQUE",
        "South Africa's president attended the funeral in Maputo.",
        "ZAF>MOZ:04",
        "patterns: a leader attending a state ceremony abroad is a visit, but an ambassador "
        "attending one in the country he is posted to is none (test_events_vocabulary.py); "
        "no pattern field reads the subject's words to tell them apart",
    ),
    (
        "MAPUTO, MOZAMBIQUE",
        "The presidents of Zimbabwe and Malawi were among the foreign leaders who attended "
        "the state funeral in Maputo.",
        "ZWE>MOZ:04 MWI>MOZ:04",
        "patterns and extractor: no attendance pattern (see above), and the subject of a "
        "relative clause hung on 'among the leaders' is the subject of 'were'",
    ),
    (
        "MAPUTO, MOZAMBIQUE",
        "Mozambique held a state funeral for its former president on Saturday. China's vice "
        "president attended the ceremony.",
        "CHN>MOZ:04",
        "patterns and extractor: no attendance pattern (see above); 'the ceremony' with no "
        "place names no host, and the host fallback reads hosted summits, not a funeral",
    ),
    (
        "PORT-AU-PRINCE, HAITI",
        "Brazil offered to send 50 federal police officers.",
        "BRA>HTI:03",
        "extractor: an offer with no recipient named takes no target from the dateline or "
        "the story's topic",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary5_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary5_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
