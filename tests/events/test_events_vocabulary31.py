"""Vocabulary 31 (session 28, helper GSR): textbook forms of the CAMEO manual's examples
(the PLOVER gold standard records) between two states or IGOs, in other wordings.

Coded: inspectors, observers or monitors withdrawn from a state (v.withdraw_inspectors, 1662);
a plan's author read only from its own phrase, not from a clause telling what it does
(v.accept_proposal); a pledge whose pledged act is negated is a refusal when the act is given
or yielded (rules withheld_acts: "vowed not to return the villages", 120) and restraint
otherwise ("vowed not to attack", 030, not 138: modality._pledged_not); war games held together
are drills (v.joint_drill, 062); the receiver of what an infinitive binds to ("refused to commit
to any assistance to Ukraine": clauses xcomp_args); the doer of the crimes a probe looks into,
not their victims (slot doer: a by-phrase, also a participle's; v.probe_doers); the author of
a demand one refuses to answer (slot xcomp_author) or says one will not meet (v.accede); an
IGO's peacekeepers arriving in a state (v.peacekeepers_arrive, 074, pattern field
subject_words); torture told with a clause on its victims (v.torture keeps no unless_words,
v.abuse does). The TEXTBOOK table holds forms of the manual that were coded already, kept so
they stay coded. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TEXTBOOK: list[Case] = [
    (
        "PARIS",
        "President Macron has threatened further action against Algeria in a television address.",
        "FRA>DZA:13",
    ),
    ("ADDIS ABABA", "Ethiopia threatened on Monday to resume attacks in Eritrea.", "ETH>ERI:13"),
    (
        "TASHKENT",
        "Uzbekistan rejected a fresh offer from Kyrgyzstan for direct talks between the two "
        "neighbors.",
        "UZB>KGZ:12 UZB>KGZ:04 KGZ>UZB:04",
    ),
    ("BAMAKO", "Mali's junta on Friday again rejected an Algerian peace plan.", "MLI>DZA:12"),
    ("MADRID", "Spain welcomed Morocco's new policy statement on migration.", "ESP>MAR:05"),
    (
        "LISBON",
        "Portugal's prime minister gave a warm welcome to the Angolan president on Monday.",
        "PRT>AGO:04",
    ),
    (
        "MUSCAT",
        "Oman launched a mediation effort between Iran and Saudi Arabia on Saturday.",
        "OMN>IRN:04 OMN>SAU:04",
    ),
    (
        "LONDON",
        "Britain imposed sanctions on the Taliban movement that controls Afghanistan.",
        "GBR>AFG:16",
    ),
    (
        "OTTAWA",
        "Canada declared that India must end its trade curbs or face penalties.",
        "CAN>IND:10",
    ),
    ("ANKARA", "Erdogan offered to negotiate with the Syrian president.", "TUR>SYR:03"),
    ("QUITO", "Ecuador granted asylum to three Venezuelan diplomats on Tuesday.", "ECU>VEN:07"),
    (
        "MANILA",
        "Japanese and Philippine warships launched joint exercises in the South China Sea.",
        "JPN>PHL:06 PHL>JPN:06",
    ),
]

MONITORS_WITHDRAWN: list[Case] = [
    ("VIENNA", "The IAEA withdrew its inspectors from Iran on Monday.", "IAEA>IRN:16"),
    ("TBILISI", "Sweden pulled its election monitors out of Georgia.", "SWE>GEO:16"),
    ("CHISINAU", "The OSCE recalled its observers from Moldova after the vote.", "OSCE>MDA:16"),
]

PEACEKEEPERS_ARRIVED: list[Case] = [
    ("PRISTINA", "The first NATO peacekeeping troops arrived in Kosovo on Monday.", "NATO>XKX:07"),
    ("PORT-AU-PRINCE", "The first UN peacekeepers arrived in Haiti.", "UN>HTI:07"),
]

ASSAULTS: list[Case] = [
    (
        "OUAGADOUGOU",
        "Security forces in Burkina Faso have tortured dozens of Malian refugees, whom the "
        "authorities blame for the raids, a rights group said.",
        "BFA>MLI:18",
    ),
    ("KYIV", "Russian guards abused Ukrainian prisoners of war, the report said.", "RUS>UKR:18"),
]

PLANS_OWNED: list[Case] = [
    ("ANKARA", "Turkey accepted a proposal by Greece to hold talks on the islands.", "TUR>GRC:05"),
]

VOWS_WITHHELD: list[Case] = [
    ("YEREVAN", "Armenia vowed not to return the villages to Azerbaijan.", "ARM>AZE:12"),
    ("SKOPJE", "North Macedonia promised not to hand the land back to Albania.", "MKD>ALB:12"),
    ("BAKU", "Azerbaijan vowed never to give the territory back to Armenia.", "AZE>ARM:12"),
    # restraint: an attack held back is no threat
    ("DUSHANBE", "Tajikistan vowed not to attack Kyrgyzstan.", "TJK>KGZ:03"),
    # told without the negation, the pledge keeps its own code
    ("BAKU", "Azerbaijan vowed to return the villages to Armenia.", "AZE>ARM:03"),
]

WAR_GAMES: list[Case] = [
    (
        "CAIRO",
        "French and Egyptian warships on Monday launched ten days of war games off Alexandria.",
        "FRA>EGY:06 EGY>FRA:06",
    ),
    (
        "ATHENS",
        "Greek and Italian warships held war games in the Ionian Sea on Monday.",
        "GRC>ITA:06 ITA>GRC:06",
    ),
    # held alone near another state, war games are a show of force (v.war_games)
    ("TAIPEI", "China staged war games around Taiwan on Monday.", "CHN>TWN:15"),
]

COMMITMENTS_REFUSED: list[Case] = [
    (
        "VIENNA",
        "The Austrian government has refused to commit to any direct assistance to Ukraine.",
        "AUT>UKR:12",
    ),
    (
        "BERN",
        "Switzerland refused to contribute to the reconstruction fund for Ukraine.",
        "CHE>UKR:12",
    ),
]

PROBES_OF_DOERS: list[Case] = [
    (
        "BELGRADE",
        "Serbian military police have launched an investigation into alleged crimes committed "
        "by Croatian forces against Serb civilians.",
        "SRB>HRV:09",
    ),
    (
        "YEREVAN",
        "Armenia opened an inquiry into abuses committed by Azerbaijani troops.",
        "ARM>AZE:09",
    ),
]

DEMANDS_UNANSWERED: list[Case] = [
    (
        "TEHRAN",
        "Iran refused to respond to a demand from Britain to free the tanker.",
        "IRN>GBR:12",
    ),
    (
        "CARACAS",
        "Venezuela declined to answer a request from Colombia for consular access.",
        "VEN>COL:12",
    ),
]

DEMANDS_MET: list[Case] = [
    ("WARSAW", "Poland said it would not meet Belarus's demands.", "POL>BLR:12"),
    ("MANAGUA", "Nicaragua met Costa Rica's demands on Monday.", "NIC>CRI:08"),
]

NONE: list[NearMiss] = [
    # inspectors of no actor, or withdrawn from no state
    ("LONDON", "Britain withdrew its tax inspectors from the border posts."),
    ("PARIS", "The agency withdrew its inspectors from the plant after the fire."),
    # the plan's clause names a state, no author of the plan
    ("ANKARA", "Turkey's cabinet approved a plan that will bar imports from Greece."),
    ("ANKARA", "Turkey's cabinet approved a plan that will not allow firms from Bulgaria to bid."),
    # games of no state
    ("BERLIN", "German and Dutch fans played games in the square."),
    # a place the refused trip goes to, a people moved out of a place
    ("BERN", "Switzerland refused to go to the summit in Ukraine."),
    ("BERLIN", "Germany refused to evacuate its citizens from Sudan."),
    # questions of no state; a probe's doer no state
    ("TEHRAN", "Iran refused to respond to questions from reporters."),
    ("BELGRADE", "Serbia launched an investigation into attacks on its police by unknown gunmen."),
    ("PARIS", "France opened an inquiry into a fire started by a Spanish tourist."),
    # targets and deadlines met are no demand of a state's; demands of no state
    ("WARSAW", "Poland will not meet its climate targets, the report said."),
    ("WARSAW", "Poland met the deadline set by the European Commission."),
    ("WARSAW", "The government said it would not meet the demands of striking teachers."),
    # troops not said to keep a peace; an office named after peacekeeping
    ("PRISTINA", "NATO troops arrived in Kosovo on Monday."),
    ("GENEVA", "The head of UN peacekeeping arrived in Geneva for talks."),
    # rules abused
    ("WASHINGTON", "The firm abused U.S. export control rules, officials said."),
    # one member, a counted pair named before, a vague set of no bloc (as "its NATO allies",
    # test_events_approve17: a bloc's members as a group are the IGO only as an optional event,
    # convention 1 of "Conventions decided (session 63)" in tests/gold/README.md)
    ("ATHENS", "Greece criticized a fellow NATO ally on Monday."),
    ("ANKARA", "Relations between the two NATO allies have improved, officials said."),
    ("ATHENS", "Greece criticized its European allies on Monday."),
]

GAPS: list[Gap] = [
    (
        "PORT-AU-PRINCE",
        "The first Kenyan peacekeepers arrived in Haiti on Monday.",
        "KEN>HTI:07",
        "a demonym before 'peacekeepers' names no source (peacekeepers are no role word), so "
        "v.peacekeepers_arrive, which reads IGO peacekeepers, has none",
    ),
    (
        "STOCKHOLM",
        "Sweden called for new sanctions against Belarus on Sunday.",
        "SWE>BLR:11",
        "a call for sanctions against a state names no addressee (v.call_for needs an xcomp); "
        "the CAMEO manual codes it as disapproval, which no pattern reads yet",
    ),
    (
        "SEOUL",
        "North Korean hackers broke into the computers of South Korean army officers.",
        "PRK>KOR:17",
        "no pattern of cyber attack told as breaking or hacking into computers",
    ),
    (
        "VIENNA",
        "Austria would not commit to any military aid for Ukraine.",
        "AUT>UKR:12",
        "_refusal leaves out intent patterns (v.commit_to), so a pledge denied ahead is no refusal",
    ),
]

CASES = (
    TEXTBOOK
    + MONITORS_WITHDRAWN
    + PEACEKEEPERS_ARRIVED
    + ASSAULTS
    + PLANS_OWNED
    + VOWS_WITHHELD
    + WAR_GAMES
    + COMMITMENTS_REFUSED
    + PROBES_OF_DOERS
    + DEMANDS_UNANSWERED
    + DEMANDS_MET
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary31_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary31_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
