"""Announced measures, pledges, offers, demands and acceptances (session 14, builder F).

PLANNED: a plan's passive subject does what is planned ("the United States is set to deliver",
"Scholz is expected to meet Xi", "is poised to approve": intent 03; a meeting arranged, "is
scheduled to visit", keeps its 04: review191);
"Romania is to reopen its embassy" is as "will reopen" (future: a cut kept, a gift an intent);
money for another's rebuilding or budget ("offered to finance the reconstruction of Lebanon's
port", "would pay for half of the African Union mission's budget") is aid (071, planned 033).
JOINT: subjects joined under a verb of commitment ("Japan and South Korea agreed to share
intelligence", "vowed to coordinate") each commit to the other: both ways (joint_pledge_verbs);
a forecast ("are expected to discuss") stays with the first named. Intelligence shared or
exchanged with no partner named is shared between the subjects (v.exchange_intel).
COMMITTED: "We remain committed to our partnership with Indonesia" (the adjective the tagger
reads), and "respected Kuwait's sovereignty" (v.respect_sovereignty) assure the state (030).
ACCEPTED: "Rabat accepted the invitation", "The Tanzanian president has accepted" answer the
invitation or offer told before (acceptance in reaction_matches): an intent to meet (036).
UNDONE: "The UAE said the boats must be returned", "the sanctions must be lifted" demand (10) of
whoever did the act undone (undoing_matches by the clause's verb; v.say_must_undone).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PLANNED: list[Case] = [
    (
        "WASHINGTON",
        "The United States is set to deliver 30 armoured vehicles to Taiwan next month, "
        "officials said.",
        "USA>TWN:03",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister is scheduled to meet his Ethiopian counterpart on Sunday.",
        "EGY>ETH:04",
    ),
    (
        "ABUJA",
        "Nigeria is due to hand over 12 suspected smugglers to Benin next week.",
        "NGA>BEN:03",
    ),
    ("BERLIN", "Chancellor Olaf Scholz is scheduled to visit China next week.", "DEU>CHN:04"),
    (
        "WASHINGTON",
        "Washington is poised to approve a $2 billion arms sale to Taiwan.",
        "USA>TWN:03",
    ),
    (
        "BUCHAREST",
        "Romania is to reopen its embassy in Kyiv next month, the foreign ministry said.",
        "ROU>UKR:03",
    ),
    ("BUCHAREST", "Romania is to expel two Russian diplomats.", "ROU>RUS:16"),
    (
        "RIYADH",
        "Saudi Arabia offered to finance the reconstruction of Lebanon's port.",
        "SAU>LBN:03",
    ),
    ("RIYADH", "Saudi Arabia financed the rebuilding of Syria's power grid.", "SAU>SYR:07"),
    ("DOHA", "Qatar will pay for the reconstruction of Beirut's port.", "QAT>LBN:03"),
    (
        "NAIROBI",
        "The EU said it would pay for half of the African Union mission's first-year budget.",
        "EU>AU:03",
    ),
    (
        "BRUSSELS",
        "Floods swept across Mozambique last week. The EU said on Monday it would add 15 million "
        "euros in humanitarian aid.",
        "EU>MOZ:03",
    ),
    (
        "WARSAW",
        "The Polish prime minister said his government would suspend a joint commission of "
        "historians with Ukraine.",
        "POL>UKR:16",
    ),
    (
        "MANILA",
        "Japan will provide the Philippines with five coast guard vessels, Tokyo said.",
        "JPN>PHL:03",
    ),
    ("COLOMBO", "Japan gave Sri Lanka two patrol ships on Tuesday.", "JPN>LKA:07"),
]

PLANNED_NONE: list[NearMiss] = [
    # a forecast by others, not an arrangement
    ("BERLIN", "Chancellor Olaf Scholz is expected to meet Xi Jinping in Beijing."),
    ("PARIS", "France was asked to mediate between Serbia and Kosovo."),
    ("PARIS", "France was forced to withdraw its troops from Mali."),
    ("LONDON", "Britain is set to host the Commonwealth Games in 2030."),
    ("MADRID", "Spain plans to build 20,000 new homes next year, the housing ministry said."),
    ("ROME", "Italy will pay for the reconstruction of its own bridges."),
    ("ROME", "Italy paid for half of the dinner."),
    ("ROME", "Italy would consider sending aid to Libya if the fighting stopped, a minister said."),
    ("TOKYO", "Will Japan send aid to North Korea? Officials declined to say."),
    ("WARSAW", "Poland said it would suspend the work of its domestic historical commission."),
]

JOINT: list[Case] = [
    (
        "TOKYO",
        "Japan and South Korea agreed to share military intelligence on North Korean missiles.",
        "JPN>KOR:06 KOR>JPN:06",
    ),
    (
        "ASTANA",
        "Kazakhstan and Uzbekistan pledged to expand trade to 10 billion dollars by 2030.",
        "KAZ>UZB:03 UZB>KAZ:03",
    ),
    (
        "CAIRO",
        "Egypt and Sudan vowed to coordinate their positions on the Nile dam.",
        "EGY>SDN:03 SDN>EGY:03",
    ),
    (
        "HANOI",
        "Vietnam and Laos promised to cooperate on flood control.",
        "VNM>LAO:03 LAO>VNM:03",
    ),
    ("HANOI", "Vietnam and Laos agreed to hold joint border patrols.", "VNM>LAO:03 LAO>VNM:03"),
    (
        "SEOUL",
        "Japan and South Korea exchanged intelligence on North Korean missiles.",
        "JPN>KOR:06 KOR>JPN:06",
    ),
    ("LIMA", "Peru and Chile pledged on Monday to deepen economic ties.", "PER>CHL:03 CHL>PER:03"),
    (
        "MANILA",
        "The Philippines and Vietnam vowed to boost maritime cooperation in the South China Sea.",
        "PHL>VNM:03 VNM>PHL:03",
    ),
]

JOINT_NONE: list[NearMiss] = [
    ("TOKYO", "Japan and South Korea have yet to agree on sharing military intelligence."),
    ("TOKYO", "Japan shared intelligence on the missile launch with reporters."),
    ("CAIRO", "Egypt and Sudan are expected to discuss the dam next week, analysts said."),
    ("SEOUL", "The leaders praised the alliance for sharing data on missile launches."),
]

COMMITTED: list[Case] = [
    (
        "CANBERRA",
        '"We remain committed to our partnership with Indonesia," the Australian foreign '
        "minister said.",
        "AUS>IDN:03",
    ),
    ("CANBERRA", "Australia remains committed to its partnership with Indonesia.", "AUS>IDN:03"),
    (
        "CANBERRA",
        '"We are committed to working with Indonesia," the Australian trade minister said.',
        "AUS>IDN:03",
    ),
    (
        "BAGHDAD",
        "The Iraqi foreign minister said his government respected Kuwait's sovereignty.",
        "IRQ>KWT:05",
    ),
    ("BEIJING", "China said it fully respects Nepal's independence.", "CHN>NPL:05"),
    ("ANKARA", "Turkey said it respects Iraq's territorial integrity.", "TUR>IRQ:05"),
    (
        "MOSCOW",
        "Russia will respect the territorial integrity of Georgia, the Kremlin said.",
        "RUS>GEO:03",
    ),
    (
        "WARSAW",
        '"We remain fully committed to Ukraine\'s security," the Polish defence minister said.',
        "POL>UKR:03",
    ),
    # a concession before a demand: no 051, the joined clause of duty demands (session 16,
    # _that_conjuncts)
    (
        "ISLAMABAD",
        "Pakistan said it respected Afghanistan's sovereignty but that Kabul must act against "
        "militants.",
        "PAK>AFG:10",
    ),
]

COMMITTED_NONE: list[NearMiss] = [
    ("CANBERRA", '"We remain committed to our farmers," the Australian prime minister said.'),
    ("OTTAWA", "Canada said it respects the court's independence."),
    (
        "WASHINGTON",
        "The United States remains committed to its one-China policy, the State Department said.",
    ),
    ("KYIV", "Russia does not respect Ukraine's sovereignty, the Ukrainian president said."),
]

ACCEPTED: list[Case] = [
    (
        "MADRID",
        "Spain invited Morocco's king to visit Madrid in May. Rabat accepted the invitation on "
        "Thursday.",
        "ESP>MAR:03 MAR>ESP:03",
    ),
    (
        "NAIROBI",
        "Kenya invited Tanzania's president to a summit in Mombasa. The Tanzanian president has "
        "accepted, his office said.",
        "KEN>TZA:03 TZA>KEN:03",
    ),
    (
        "NAIROBI",
        "Kenya's president invited his Tanzanian counterpart to a summit in Mombasa. Tanzania "
        "said its president had accepted.",
        "KEN>TZA:03 TZA>KEN:03",
    ),
    (
        "ROME",
        "China invited Italy's prime minister to Beijing. Meloni accepted.",
        "CHN>ITA:03 ITA>CHN:03",
    ),
    (
        "RABAT",
        "Spain invited Morocco's king to visit Madrid. The king accepted on Thursday.",
        "ESP>MAR:03 MAR>ESP:03",
    ),
    # a passive acceptance answers nothing
    (
        "RABAT",
        "Spain invited Morocco's king to visit Madrid. Morocco was accepted into the club.",
        "ESP>MAR:03",
    ),
    # no invitation or offer told: a sanction is not accepted as an invitation is
    ("KAMPALA", "Kenya sanctioned two Ugandan officials. Uganda accepted.", "KEN>UGA:16"),
]

# a gap until session 57: "he" of an accepting verb is the one invited (coref._invited_accepter)
ACCEPTED_SINCE: list[Case] = [
    (
        "DAR ES SALAAM",
        "Kenya invited Tanzania's president to a summit. The Tanzanian presidency said he had "
        "accepted.",
        "KEN>TZA:03 TZA>KEN:03",
    ),
]
ACCEPTED_NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya's president said he had accepted the resignation of his finance minister."),
    ("NAIROBI", "Kenya's president accepted on Monday."),
]

UNDONE: list[Case] = [
    (
        "ABU DHABI",
        "Iran seized three Emirati fishing boats on Sunday. The UAE said the boats must be "
        "returned.",
        "IRN>ARE:17 ARE>IRN:10",
    ),
    (
        "MOSCOW",
        "The United States imposed sanctions on Russian banks. The Kremlin said the sanctions "
        "must be lifted.",
        "USA>RUS:16 RUS>USA:10",
    ),
    (
        "KYIV",
        "Russian troops shelled Kharkiv. Ukraine said the troops must be withdrawn.",
        "RUS>UKR:19 UKR>RUS:10",
    ),
    (
        "SEOUL",
        "North Korea detained two South Korean fishermen. Seoul said the fishermen must be "
        "released immediately.",
        "PRK>KOR:17 KOR>PRK:10",
    ),
    (
        "OTTAWA",
        "India expelled a Canadian diplomat. Canada said the decision must be reversed.",
        "IND>CAN:16 CAN>IND:10",
    ),
]

UNDONE_NONE: list[NearMiss] = [
    ("ABU DHABI", "The UAE said the boats must be repaired."),
    ("ABU DHABI", "The UAE said the seized boats must be returned to their owners."),
    ("DOHA", "Qatar said the sanctions on Syria must not be lifted yet."),
]

GAPS: list[Gap] = [
    (
        "MOGADISHU",
        "The African Union is deploying a mission to Somalia. The EU said it would pay for half "
        "of the mission's first-year budget.",
        "EU>AU:03",
        "a bare 'the mission' is not taken for the IGO's mission told before",
    ),
    (
        "KYIV",
        "Poland and Ukraine set up a joint commission of historians in 2017. On Friday the Polish "
        "prime minister said his government would suspend the commission.",
        "POL>UKR:06 UKR>POL:06 POL>UKR:16",
        "a joint body told before and suspended later names no other side in its own sentence",
    ),
]

CASES = PLANNED + JOINT + COMMITTED + ACCEPTED + ACCEPTED_SINCE + UNDONE
NONE = PLANNED_NONE + JOINT_NONE + COMMITTED_NONE + ACCEPTED_NONE + UNDONE_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_gaps14_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_gaps14_codes_announced_and_accepted(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
