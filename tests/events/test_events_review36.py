"""Review 36 (session 22, reviewer R): this session's new rules read on stories nobody tuned
them to.

Coded: a call for "the release" of something no one held ("the release of the film", "of the
annual trade data") answers no arrest or seizure told before (sides._held_named, held_nouns):
only people and craft held, a party named or a thing told before are released; people
ordered to leave a place inside the country ("the area", "the laboratories") are not
expelled from it (v.order_people_leave unless_words); a party's or the opposition's
spokesman who criticizes the dateline state's move is at home, not the other state's voice
(resolve._diplomacy_voice); a greeting to "the winner" of a prize, a cup or a contest, or
after a sentence that tells such a win, is no greeting to the vote told before
(sides._winner_noun, reactions._other_win); a greeting "also" sent to an addressee of its own
("to its Olympic team") joins no greeting before it (sides._context_kind); a thing blamed on
a state, a relative clause's antecedent too, is not the accused (v.blame_thing_on: "oil
plants that the United States blamed on Iran" gave USA>SAU). Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RELEASES: list[Case] = [
    # the released are people or craft held, or named when they were taken
    (
        "MOSCOW",
        "Russian police detained two Dutch reporters in Moscow on Tuesday. The Netherlands "
        "called for their immediate release.",
        "RUS>NLD:17 NLD>RUS:02",
    ),
    (
        "CARACAS",
        "Venezuela arrested three Colombian soldiers at the border on Sunday. Colombia pushed "
        "for the release of the soldiers.",
        "VEN>COL:17 COL>VEN:02",
    ),
    (
        "HANOI",
        "Chinese forces detained eleven Vietnamese fishermen near the Paracel Islands. Vietnam "
        "called for the release of the men.",
        "CHN>VNM:17 VNM>CHN:02",
    ),
    # near-misses: a thing no one seized
    (
        "ANKARA",
        "Turkish police detained a Danish journalist on Monday. Denmark called for the release "
        "of the film that the journalist made.",
        "TUR>DNK:17",
    ),
    (
        "BEIJING",
        "China detained an Australian citizen last week. Australia called for the release of "
        "the annual trade figures from Beijing.",
        "CHN>AUS:17",
    ),
    (
        "CAIRO",
        "Egyptian police arrested a German tourist on Friday. Germany pressed for the release "
        "of the report on the Nile dam.",
        "EGY>DEU:17",
    ),
]

LEAVING: list[Case] = [
    # a state's people ordered out of the country are expelled
    (
        "NAIROBI",
        "Kenya ordered Somali nationals living without permits to leave the country within 30 "
        "days.",
        "KEN>SOM:17",
    ),
    # near-misses: a place inside the country is left, no one is expelled
    (
        "TOKYO",
        "Japan told Chinese students to leave the laboratories after the exam.",
        "JPN>CHN:10",
    ),
    (
        "JERUSALEM",
        "Israel ordered Palestinian residents of Gaza City to leave the area ahead of a new "
        "offensive.",
        "ISR>PSE:10",
    ),
    (
        "HANOI",
        "Vietnam instructed Cambodian workers to leave the factory before the storm hit.",
        "VNM>KHM:10",
    ),
]

SPOKESMEN: list[Case] = [
    # a voice of diplomacy stated with no state rebukes the other state's deed
    (
        "OSLO",
        "Norway expelled three Russian diplomats on Monday. Foreign Ministry spokeswoman Maria "
        "Zakharova condemned the move.",
        "NOR>RUS:16 RUS>NOR:11",
    ),
    # near-misses: a party's or the opposition's spokesman criticizes at home
    (
        "OTTAWA",
        "Canada imposed tariffs on Chinese electric vehicles. Party spokesman John Smith "
        "criticized the move, saying it would raise prices for Canadians.",
        "CAN>CHN:16",
    ),
    (
        "WARSAW",
        "Poland banned Belarusian trucks from its roads. Opposition spokesman Marek Nowak "
        "rejected the ban as harmful to Polish firms.",
        "POL>BLR:16",
    ),
    (
        "CANBERRA",
        "Australia suspended beef imports from Indonesia on Monday. Opposition spokeswoman Jane "
        "Reid criticized the decision as a mistake.",
        "AUS>IDN:16",
    ),
]

GREETINGS: list[Case] = [
    # a greeting to "the winner" is for the vote told, or for what a nearer sentence says was won
    (
        "QUITO",
        "Ecuador held a presidential runoff on Sunday. Daniel Noboa won 56 percent of the vote. "
        "Colombia congratulated the winner.",
        "COL>ECU:05",
    ),
    (
        "QUITO",
        "Ecuador held a presidential runoff on Sunday. Peru congratulated the winner of the vote.",
        "PER>ECU:05",
    ),
    # a greeting "also" sent joins the one before unless it names its own addressee
    (
        "MONTEVIDEO",
        "Uruguay congratulated Bolivia's president on his victory. Chile also sent "
        "congratulations.",
        "URY>BOL:05 CHL>BOL:05",
    ),
    (
        "MONTEVIDEO",
        "Uruguay congratulated Paraguay's president on his victory. Brazil also sent "
        "congratulations to its Olympic team.",
        "URY>PRY:05",
    ),
]

BLAMES: list[Case] = [
    # whoever a thing is laid on is accused, never the thing's owner
    (
        "RIYADH",
        "A drone strike hit Saudi oil plants that the United States blamed on Iran.",
        "USA>IRN:11",
    ),
    (
        "KYIV",
        "Ukraine blamed the blackout in Kharkiv on Russian hackers.",
        "UKR>RUS:11",
    ),
    # near-misses: an on-phrase that dates or places the act leaves the accused the object
    (
        "BEIJING",
        "China blamed Washington on social media for the trade war.",
        "CHN>USA:11",
    ),
    (
        "KYIV",
        "Ukraine blamed Russia on Tuesday for the attack on the power plant.",
        "UKR>RUS:11",
    ),
]

NONE: list[NearMiss] = [
    # the winner of a cup, a prize or a contest is no vote's
    (
        "ACCRA",
        "Ghana held an election in December. The Black Stars won the African Cup on Sunday. "
        "Togo congratulated the winner.",
    ),
    (
        "STOCKHOLM",
        "Sweden's election passed calmly on Sunday. Finland congratulated the winner of the "
        "song contest.",
    ),
]
GAPS: list[Gap] = []
CASES = RELEASES + LEAVING + SPOKESMEN + GREETINGS + BLAMES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review36_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review36_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
