"""Open gaps 26 (session 26, builder OL): forms found on text nobody tuned to.

Coded: a simple past of an answer in words joined to a reported clause whose verb has a tense
it cannot share (a progressive, a modal, a present) is the speaker's act, whoever the clause's
subject is ("said NATO was expanding recklessly and accused Britain": parties._tense_break);
an act told in another's that-clause answers no deed (reactions._content_of); "it" in a
relative clause of a blame's for- or over-phrase is the blamed (coref._judged); a speaker who
called "him" speaks of the two countries of the call (plurals._called); a ministry voice with
no state named that rebukes the charge the dateline's state just made is the charged state's
(resolve._charged_there); traders are a state's people (roles.yaml BUS); a rank told with a
conditional modal and an if-clause ("would be the first to quit if ...") is supposed
(parties._conditioned); "its" on the object of a verb joined to one whose object a named state
owns is that state ("respected Chile's position but rejected its claim": objects._parallel_owner);
"it" urged by a participle is not the participle's own subject ("wrote to Ethiopia urging it
to halt": coref._state_antecedent); pressure faced is an appeal only when what it presses for
is told (patterns.yaml v.face_pressure, objects' pressed_for); countermeasures taken or warned
of on a condition are aimed at the condition's actor (v.take_countermeasures, v.warn_of:
cond_subj), not at a state told before.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TENSE_BREAKS: list[Case] = [
    (
        "MOSCOW",
        "Russia's Foreign Ministry said NATO was expanding recklessly and accused Britain of "
        "provoking the crisis.",
        # "expanding recklessly" judges NATO's deed since session 43 (rules judging_adverbs)
        "RUS>NATO:11 RUS>GBR:11",
    ),
    (
        "BEIJING",
        "China said Japan poses a threat to the region and criticized Australia for joining "
        "the drills.",
        "CHN>JPN:11 CHN>AUS:11",
    ),
    (
        "LIMA",
        "Peru said Chilean troops were massing on the border and accused Bolivia of helping "
        "them.",
        "PER>BOL:11",
    ),
    (
        "CARACAS",
        "Venezuela's foreign minister said the United States would regret the move and "
        "summoned the Colombian ambassador.",
        "VEN>COL:11",
    ),
    # near-misses: a shared tense, or a deed no speaker does, stays with the clause's subject
    (
        "ATHENS",
        "Greece said Turkish ships had entered its waters and rammed a fishing boat.",
        "TUR>GRC:15",
    ),
    (
        "KYIV",
        "Kyiv said Russian troops were shelling the city and seized a Ukrainian border post.",
        "RUS>UKR:17",
    ),
]

TOLD_IN_COMPLAINT: list[Case] = [
    (
        "ST. GEORGE'S",
        "Grenada complained that Saint Lucia had ignored the ruling of the regional court.",
        "GRD>LCA:11",
    ),
    (
        "GEORGETOWN",
        "Guyana complained on Friday that Suriname had ignored the arbitration ruling.",
        "GUY>SUR:11",
    ),
    # near-misses: an answer in a sentence of its own, or a relative clause, answers
    (
        "WASHINGTON",
        "The United States warned Russia against the deployment on Monday. Russia ignored "
        "the warning.",
        "USA>RUS:13 RUS>USA:12",
    ),
    (
        "ACCRA",
        "Ghana accused Togo of arming rebels. Togo said it rejected the accusation.",
        "GHA>TGO:11 TGO>GHA:12",
    ),
]

DEED_OF_THE_JUDGED: list[Case] = [
    (
        "YEREVAN",
        "Armenia criticized Israel over drones that it sold to Azerbaijan.",
        "ARM>ISR:11 ISR>AZE:07",
    ),
    (
        "KYIV",
        "Ukraine thanked Japan for the generators that it sent to Kyiv last winter.",
        "UKR>JPN:05 JPN>UKR:07",
    ),
    (
        "RABAT",
        "Morocco condemned Algeria over the weapons it supplied to the Polisario Front.",
        "MAR>DZA:11",
    ),
    # near-misses: "it" outside the for- or over-phrase is still the subject
    (
        "YEREVAN",
        "Armenia criticized Israel over the drone deal and said it would buy weapons from "
        "France.",
        "ARM>ISR:11 ARM>FRA:03",
    ),
]

CALLED_PAIRS: list[Case] = [
    (
        "PRETORIA",
        "Zambia's president Hakainde Hichilema visited Kenya last week. South Africa's "
        "president telephoned him on Tuesday and said the two countries would deepen trade "
        "ties.",
        # both ways since session 57: a pledge of "the two countries" said after the call is a
        # second act of the caller's pair (D57: extract._coordinated_act), no longer dropped
        "ZMB>KEN:04 ZAF>ZMB:04 ZAF>ZMB:03 ZMB>ZAF:03",
    ),
    # near-miss: with no one called, a third party's "the two countries" is the pair told
    (
        "NAIROBI",
        "Ethiopia and Somalia signed a port deal on Monday. Kenya's president welcomed the "
        "deal and said the two countries must now implement it.",
        "ETH>SOM:05 SOM>ETH:05 KEN>ETH:05 KEN>SOM:05 KEN>ETH:10 KEN>SOM:10",
    ),
]

CHARGED_VOICES: list[Case] = [
    (
        "HELSINKI (Reuters)",
        "Finland accused Russia of cutting an undersea cable in the Baltic Sea on Monday. "
        "Foreign Ministry spokeswoman Irina Volkova called the accusation absurd.",
        "FIN>RUS:11 RUS>FIN:11",
    ),
    (
        "HANOI",
        "Vietnam accused China of ramming a fishing boat near the Paracel Islands. Foreign "
        "Ministry spokesman Wang Lei called the accusation groundless and provocative.",
        "VNM>CHN:11 CHN>VNM:11",
    ),
    # near-misses: the charge made by the other state is rebuked at home
    (
        "WARSAW",
        "Belarus accused Poland of spying on its border troops. Foreign Ministry spokesman "
        "Pawel Wronski rejected the accusation.",
        "BLR>POL:11 POL>BLR:12",
    ),
]

PRIVATE_TRADERS: list[Case] = [
    # traders are a state's people, no state: threatened, they give no 13 to their state;
    # what is done to the people themselves still codes to it (private_target_roots)
    ("NAIROBI", "Uganda imposed a ban on Kenyan traders on Monday.", "UGA>KEN:16"),
    ("LUSAKA", "Zambia expelled 40 Chinese traders.", "ZMB>CHN:17"),
    ("DODOMA", "Kenya threatened action against Tanzania.", "KEN>TZA:13"),
]

SUPPOSED_RANKS: list[Case] = [
    (
        "BUJUMBURA",
        "Burundi became the first state to withdraw from the International Criminal Court "
        "in 2017.",
        "BDI>ICC:16",
    ),
    ("SANTIAGO", "Chile was the first country to recognize Palestine in the region.", "CHL>PSE:05"),
]

PARALLEL_OWNERS: list[Case] = [
    (
        "BUENOS AIRES",
        "Argentina said it respected Chile's position but rejected its claim to the islands.",
        "ARG>CHL:05 ARG>CHL:12",
    ),
    (
        "TOKYO",
        "Japan welcomed China's offer of talks but rejected its demand for an apology.",
        "JPN>CHN:05 JPN>CHN:12",
    ),
    (
        "NEW DELHI",
        "India praised Nepal's restraint and dismissed its complaint about the border.",
        "IND>NPL:05 IND>NPL:12",
    ),
    # near-miss: "its own" is the subject's
    (
        "BUENOS AIRES",
        "Argentina respected Chile's position but rejected its own claim to the islands.",
        "ARG>CHL:05",
    ),
]

URGED_BY_WRITER: list[Case] = [
    (
        "CAIRO",
        "Egypt wrote to Ethiopia urging it to halt the filling of the dam.",
        "EGY>ETH:02",
    ),
    (
        "ALGIERS",
        "Algeria wrote to Morocco urging it to reopen the border crossing.",
        "DZA>MAR:02",
    ),
]

PRESSED_FOR: list[Case] = [
    (
        "NAIROBI",
        "Kenya faced pressure from the United States over its trade policy.",
        "USA>KEN:02",
    ),
    (
        "MANILA",
        "The Philippines faced pressure from Beijing to scrap the base deal.",
        "CHN>PHL:02",
    ),
    # near-miss: a pressure faced with nothing pressed for is no appeal
    (
        "BELGRADE",
        "Serbia and Kosovo held talks in Brussels. Both governments face pressure from "
        "Washington.",
        "SRB>XKX:04 XKX>SRB:04",
    ),
]

CONDITIONED_THREATS: list[Case] = [
    (
        "MOSCOW",
        "Poland agreed to host more U.S. troops on its territory. Russia said it would take "
        "countermeasures if NATO increased its presence there.",
        "RUS>NATO:13",
    ),
    (
        "BEIJING",
        "China said it would take countermeasures if Japan released the water into the sea.",
        "CHN>JPN:13",
    ),
    ("TEHRAN", "Iran warned of consequences if Israel attacked its nuclear sites.", "IRN>ISR:13"),
]

NONE: list[NearMiss] = [
    ("BEIJING", "Beijing said it would take resolute measures if the situation worsened."),
    ("TAIPEI", "Taiwan faces growing pressure from China."),
    ("DAR ES SALAAM", "Kenya threatened action against Tanzanian traders."),
    ("ACCRA", "Ghana threatened sanctions against Nigerian merchants who flout the rules."),
    (
        "BAMAKO",
        "If approved, Mali would be the first state to withdraw from the International "
        "Criminal Court this year.",
    ),
    (
        "BUDAPEST",
        "Hungary would become the first member to leave the European Union if the vote passes.",
    ),
    (
        "SANTIAGO",
        "Chile would be the first country to recognize Palestine if the cabinet approves the "
        "plan.",
    ),
]
GAPS: list[Gap] = []
CASES = (
    TENSE_BREAKS
    + TOLD_IN_COMPLAINT
    + DEED_OF_THE_JUDGED
    + CALLED_PAIRS
    + CHARGED_VOICES
    + PRIVATE_TRADERS
    + SUPPOSED_RANKS
    + PARALLEL_OWNERS
    + URGED_BY_WRITER
    + PRESSED_FOR
    + CONDITIONED_THREATS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_open26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_open26_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
