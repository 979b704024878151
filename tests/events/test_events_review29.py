"""Review 29 (session 19, reviewer R): the dateline's state read too widely.

A person with a state title and no state named ("Foreign Ministry spokesperson X") took the
dateline's state even in a story about others: "BAKU -- Iran and the United States held
talks. Spokesperson X accused Washington" coded Azerbaijan's accusation. Now, when the body
never names the dateline's state as a party and names two other states, the person takes
no state (resolve._others_story; the dateline's text is no body mention even
where the parser cut it from its dash: _past_dateline). A local official in a story that
names one other state keeps the dateline's state ("TOKYO -- China sent ships. Foreign
Minister X protested").

A gift of money with no recipient went to the dateline's state (reactions._host_recipient)
in a story about a third state: now not when the host acted on a third state in the two
sentences before, unless it thanked it ("Kenya urged Sudan to agree a truce. The United
States pledged ..."), nor when the body names another state (not the giver) by name more
often than the host before (_mention_counts). Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OTHERS_STORIES: list[Case] = [
    # a title with no state in a story about two other states: no one's
    (
        "BAKU",
        "Iran and the United States held talks on Tuesday. Foreign Ministry spokesperson Reza "
        "Karimi accused Washington of bad faith. He urged the United States to lift sanctions.",
        "IRN>USA:04 USA>IRN:04",
    ),
    (
        "SHUSHA, Azerbaijan",
        "Armenia and Iran held talks on Wednesday. Foreign Ministry spokesperson Ali Rahimi "
        "accused Washington of meddling. He urged the United States to stay out.",
        "ARM>IRN:04 IRN>ARM:04",
    ),
    (
        "TURKU, Finland",
        "Russia and Norway held talks on fishing quotas on Thursday. Foreign Ministry spokesperson "
        "Olga Petrova accused Oslo of bad faith.",
        "RUS>NOR:04 NOR>RUS:04",
    ),
    (
        "DAVOS, Switzerland",
        "Pakistan and India traded fire along the border. Minister Farid Qureshi condemned India "
        "for the shelling. He called on New Delhi to show restraint.",
        "PAK>IND:19 IND>PAK:19 IND>PAK:19",
    ),
    # the two other states named after the person
    (
        "GENEVA, Switzerland",
        "Spokesperson Reza Karimi said Iran would not bow to pressure. He accused the United "
        "States of bad faith.",
        "",
    ),
    (
        "LUGANO, Switzerland",
        "Foreign Ministry spokesperson Ana Kovac said Serbia wanted calm. She accused Kosovo of "
        "provocations.",
        "",
    ),
    # the dateline's state in the story, or one other state only: the dateline's
    (
        "TOKYO",
        "Foreign Minister Kenji Sato accused China of violating Japanese waters.",
        "JPN>CHN:11 CHN>JPN:15",
    ),
    (
        "TOKYO",
        "China sent coast guard ships near the disputed islands. Foreign Minister Kenji Sato "
        "protested to Beijing.",
        "JPN>CHN:11",
    ),
    (
        "SEOUL",
        "North Korea fired two missiles on Monday. Defense Minister Park Jin-soo condemned "
        "North Korea.",
        "KOR>PRK:11",
    ),
]

HOST_GIFTS: list[Case] = [
    # the host dealt with a third state, or the story names one as often: no recipient
    (
        "NAIROBI, Kenya",
        "Kenya hosted talks between Sudan's army and the Rapid Support Forces on Monday. Kenya "
        "urged Sudan to agree to a ceasefire. The United States pledged $50 million in "
        "humanitarian aid.",
        "KEN>SDN:04 KEN>SDN:02",
    ),
    (
        "BANGKOK, Thailand",
        "Thailand agreed to take back refugees from Myanmar. Thailand urged Myanmar to end the "
        "fighting. Japan pledged $20 million in emergency aid.",
        "THA>MMR:02",
    ),
    (
        "ISLAMABAD, Pakistan",
        "Pakistan hosted Afghan officials for talks on Tuesday. Pakistan urged Afghanistan to act "
        "against militants. China pledged $40 million in aid.",
        "PAK>AFG:02",
    ),
    (
        "AMMAN, Jordan",
        "Syria's new government reopened the border crossing on Sunday. Syria praised Jordan for "
        "its help. Qatar pledged $200 million for reconstruction.",
        "SYR>JOR:05",
    ),
    # the host the giver's own partner, the story its: the host's
    (
        "NAIROBI, Kenya",
        "India signed rail contracts with Kenya on Monday. India also agreed to extend a $250 "
        "million line of credit for irrigation projects.",
        "IND>KEN:05 IND>KEN:03",
    ),
    (
        "PORT MORESBY, Papua New Guinea",
        "Australia signed a security pact with Papua New Guinea on Thursday. Australia also "
        "pledged $60 million for police training.",
        "AUS>PNG:05 AUS>PNG:03",
    ),
    (
        "NAIROBI, Kenya",
        "Kenya criticized Somalia over the border closure on Monday. Officials met in the "
        "capital. The meeting was long. Talks will resume next week. Japan signed a road deal "
        "with Kenya on Tuesday. Japan also agreed to lend $90 million for bridges.",
        "KEN>SOM:11 JPN>KEN:05 JPN>KEN:07",
    ),
]

CASES: list[Case] = OTHERS_STORIES + HOST_GIFTS
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "NAIROBI, Kenya",
        "Kenya hosted talks between Ethiopia's government and Tigrayan leaders on Monday. The "
        "talks lasted six hours. Delegates spoke of progress on a ceasefire. Aid agencies said "
        "millions of people faced hunger. Britain pledged 40 million pounds in humanitarian aid.",
        "KEN>ETH:04",
        "the host's act on the third state is beyond the two sentences read; read over the "
        "whole context window it took the gift from gold recipients (handmade18-08 CHN>KHM)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review29_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
