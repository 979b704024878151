"""A person told by title only in a story datelined elsewhere (session 21).

"Defense Minister X", "Foreign Ministry spokesman Y" with no state take the dateline's
state when nothing else tells. That is right for the host's officials and wrong for the
other side of a row reported from one capital ("BEIJING — China summoned Japan's
ambassador ... Defense Minister X ... He urged Beijing to stay calm"). A cue that excludes
the dateline's state is safer than one that picks a state: the person's own act aims at it
(its object, or a phrase "to", "against", "on" of the person's verb, of a verb joined to
it, of a "he" or "she" opening the next sentence, of "we" in the sentence the person speaks
in). Then the person is the one other state the story named before them, else nobody
(``Resolver._aims_at_home``, ``Resolver._other_side``). Near misses keep the host: a place
("told reporters in Seoul"), a return ("returned to Tokyo"), an act done for one's own state
("represented Japan", "will defend Japan"), a people or owner ("urged Japanese citizens",
"Indonesia's neighbors"), the state as a clause's subject ("said Australia must respond"),
a clause whose subject is an actor ("said China had sent warships and threatened Japan"),
another person between ("met Japanese envoy X. He urged Tokyo"). A title only one state
uses takes that state in any story ("Chief Cabinet Secretary X": Japan's, offices.yaml
title_states; Kenya's "Cabinet Secretary" keeps the host). A spokesperson after a state
body's statement and a sentence going on with "It said" is that body's state's
(``Resolver._it_goes_on``), as right after the statement. A person who leads a group with a
state named on it is that state's ("An Indian trade delegation led by Commerce Minister X":
``Resolver._led_by``).
Every sentence was written for this file; the cases run through the whole pipeline in one
batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import HEADLINE, audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR", "a|b" either root)
CASES: list[tuple[str, str, str]] = [
    # the other side's official: the dateline's state is the object of their act
    (
        "BEIJING",
        "China summoned Japan's ambassador on Monday over remarks by Japan's defense minister. "
        "Defense Minister Kenji Mori said on Tuesday that he would not retract his words. He "
        "urged Beijing to stay calm.",
        "CHN>JPN:11 JPN>CHN:02",
    ),
    (
        "STOCKHOLM",
        "Sweden expelled two Iranian diplomats on Friday. Foreign Ministry spokesman Hossein "
        'Rahimi called the move "baseless." He urged Stockholm to reverse the decision.',
        "SWE>IRN:16 IRN>SWE:11 IRN>SWE:02",
    ),
    (
        "CANBERRA",
        "Australia criticized China over the detention of a writer. Foreign Ministry spokesman "
        "Wang Lei accused Canberra of interfering in China's judicial affairs.",
        "AUS>CHN:11 CHN>AUS:11",
    ),
    (
        "HANOI",
        "Vietnam's president received a delegation from Laos on Monday. Foreign Minister Vilay "
        "Phommasane thanked Vietnam for its support.",
        "VNM>LAO:04 LAO>VNM:05",
    ),
    (
        "BANGKOK",
        "Thailand closed its border with Cambodia on Sunday. Defense Minister Tea Seiha "
        "condemned Bangkok for the closure.",
        "THA>KHM:16 KHM>THA:11",
    ),
    (
        "DHAKA",
        "Bangladesh protested to Myanmar over shelling across the border. Foreign Ministry "
        "spokesman Zaw Min Tun blamed Dhaka for the tension.",
        "BGD>MMR:11 MMR>BGD:11",
    ),
    (
        "BERLIN",
        "Germany pledged new aid to Ukraine on Tuesday. Defense Minister Oleh Marchenko met "
        "German officials. He thanked Germany for its support.",
        "DEU>UKR:03 UKR>DEU:04 UKR>DEU:05",
    ),
    # "we" in the sentence the person speaks in
    (
        "SEOUL",
        "South Korea lodged a protest with Japan over a new school textbook. Chief Cabinet "
        'Secretary Taro Inoue said, "We have asked South Korea to understand our position."',
        "KOR>JPN:11 JPN>KOR:02",
    ),
    # a verb of address the parser joined to a clause whose subject is no actor
    (
        "NEW DELHI",
        "India protested to Pakistan over the shelling of border villages. Foreign Office "
        "spokeswoman Amna Qadir said the claims were false and urged New Delhi to show "
        "restraint.",
        "IND>PAK:11 PAK>IND:02",
    ),
    (
        "ATHENS",
        "Greece protested to Turkey over a drilling ship. Defense Minister Yasar Kaya said the "
        "ship would continue its work and accused Athens of provocation.",
        "GRC>TUR:11 TUR>GRC:11",
    ),
    # a title only one state uses (offices.yaml title_states): Japan's chief cabinet
    # secretary in any story
    (
        "TOKYO",
        "Chief Cabinet Secretary Jun Ogawa criticized China's drills near Taiwan.",
        "JPN>CHN:11",
    ),
    (
        "MANILA",
        "China's coast guard fired water cannon at a Philippine boat. Chief Cabinet Secretary "
        "Jun Ogawa criticized Beijing over the incident.",
        "CHN>PHL:17|18|19 JPN>CHN:11",
    ),
    # near miss: Kenya's ministers are cabinet secretaries, with no "chief"
    (
        "NAIROBI",
        "Cabinet Secretary Amos Kiprono accused Somalia of violating the border.",
        "KEN>SOM:11",
    ),
    # a group the person leads, with its state named on it
    (
        "HANOI",
        "A Japanese delegation headed by Trade Minister Ken Ito arrived on Monday. Ito praised "
        "Vietnam's reforms.",
        "JPN>VNM:05",
    ),
    (
        "NAIROBI",
        "An Indian trade delegation led by Commerce Minister Raj Mehta signed contracts with "
        "Kenyan companies. He thanked Kenya for its welcome.",
        "IND>KEN:05",
    ),
    # near misses: the host's own group; a group with no state named
    (
        "NAIROBI",
        "A Kenyan delegation led by Trade Secretary Amos Kiprono met Indian investors. Kiprono "
        "praised India's support.",
        "KEN>IND:05",
    ),
    (
        "ACCRA",
        "A trade delegation led by Trade Minister Kofi Mensah arrived on Monday. Mensah praised "
        "Ghana's reforms.",
        "",
    ),
    # near misses: the host's official acting on another state
    (
        "TOKYO",
        "China sent coast guard ships near the Senkaku islands on Monday. Foreign Minister Yoko "
        "Kamikawa protested to Beijing.",
        "JPN>CHN:11",
    ),
    (
        "BEIJING",
        "Japan protested the drills on Monday. Foreign Ministry spokesman Zhao Lei said the "
        "exercises were routine. He urged Tokyo not to exaggerate.",
        "CHN>JPN:02",
    ),
    (
        "OTTAWA",
        "Canada expelled six Indian diplomats. Foreign Minister Melanie Joly said Canada had "
        "asked India to cooperate with the investigation.",
        "CAN>IND:16 CAN>IND:02",
    ),
    # near misses: the dateline's state named, but not as the person's target
    (
        "TOKYO",
        "China sent coast guard ships near the islands on Monday. Foreign Minister Yoko "
        "Kamikawa returned to Tokyo from Washington and protested to Beijing.",
        "JPN>CHN:11",
    ),
    (
        "TOKYO",
        "China criticized Japan's new defense plan. Defense Minister Kenji Mori, who "
        "represented Japan at the talks, rejected the criticism.",
        "CHN>JPN:11 JPN>CHN:12",
    ),
    (
        "TOKYO",
        "China detained a Japanese businessman. Foreign Minister Yoko Kamikawa urged Japanese "
        "citizens in China to be careful and condemned Beijing.",
        "CHN>JPN:17 JPN>CHN:11",
    ),
    (
        "CANBERRA",
        "China imposed tariffs on Australian wine. Trade Minister Don Farrell said Australia "
        "must respond and criticized Beijing.",
        "CHN>AUS:16 AUS>CHN:11",
    ),
    (
        "BEIJING",
        "Japan protested the drills. Foreign Ministry spokesman Zhao Lei met Japanese envoy "
        "Kenji Sato. He urged Tokyo not to exaggerate.",
        "CHN>JPN:04 CHN>JPN:02",
    ),
    # a spokesman who names the dateline state's deed a wrong is the other side's (session
    # 22: Resolver._rebukes_home; tests/actors/test_actors_salience21.py)
    (
        "STOCKHOLM",
        "Sweden expelled two Iranian diplomats on Friday. Foreign Ministry spokesman Hossein "
        "Karimzadeh called the move unjustified.",
        "SWE>IRN:16 IRN>SWE:11",
    ),
]

# Near misses: bodies that must code exactly nothing.
NONE: list[tuple[str, str]] = []

# Expected failures, each with its reason.
GAPS: list[tuple[str, str, str, str]] = []

# (dateline, body, the speaker, the speaker's actor code expected, or "" for none)
SPEAKERS: list[tuple[str, str, str, str]] = [
    (
        "SEOUL",
        "South Korea lodged a protest with Japan over a history textbook. Chief Cabinet "
        'Secretary Jun Ogawa said, "We have asked South Korea to respect our position."',
        "Jun Ogawa",
        "JPN",
    ),
    (
        "WELLINGTON",
        "New Zealand summoned China's ambassador over a cyberattack on its parliament. Foreign "
        'Ministry spokesman Li Wenhao said, "We have asked New Zealand to stop smearing China."',
        "Li Wenhao",
        "CHN",
    ),
    (
        "SEOUL",
        "North Korea fired a ballistic missile into the sea on Monday. Japan protested through "
        'its embassy in Beijing, Chief Cabinet Secretary Jun Ogawa said. "This is a grave '
        'threat," Ogawa said.',
        "Jun Ogawa",
        "JPN",
    ),
    (
        "BEIJING",
        "China said it would resume seafood imports from Japan. "
        '"We welcome the decision," Chief Cabinet Secretary Jun Ogawa told reporters.',
        "Jun Ogawa",
        "JPN",
    ),
    # a spokesperson after a body's statement and a sentence that goes on with "It said":
    # the body's state, as right after it
    (
        "CAIRO",
        "Egypt accused Ethiopia of breaking its promises on the dam. Ethiopia's Foreign "
        'Ministry rejected the complaint. It said the dam caused no harm. "We have every right '
        'to use our water," ministry spokesman Abebe Tadesse told reporters.',
        "Abebe Tadesse",
        "ETH",
    ),
    (
        "BAKU",
        "Armenia accused Azerbaijan of shelling border villages. Armenia's Defense Ministry "
        'said two soldiers were wounded. It added that Yerevan would respond. "We will '
        'protect our people," ministry spokeswoman Anna Sargsyan said.',
        "Anna Sargsyan",
        "ARM",
    ),
    # near miss: "It" that is no body's statement keeps the host
    (
        "TOKYO",
        "China's Foreign Ministry protested Japan's defense plan. It was unclear whether "
        'Beijing would respond further. "The plan is defensive," Defense Ministry spokesman '
        "Hiro Sato said.",
        "Hiro Sato",
        "JPN",
    ),
    # an IGO that spoke just before the person is theirs (session 25: the lead's ruling,
    # speaker_actor is the IGO the speaker acts for; before, no actor), no state
    (
        "ROME",
        "Italy and Tunisia signed a migration deal. The U.N. refugee agency said the deal "
        'lacked safeguards. "People must not be sent back to danger," spokeswoman Anna '
        "Berg said. She urged Rome to publish the text.",
        "Anna Berg",
        "UN",
    ),
    # near misses: the host's spokesman and minister
    (
        "WELLINGTON",
        'Foreign Minister Winston Peters said, "We have asked China to explain the attack."',
        "Winston Peters",
        "NZL",
    ),
    (
        "TOKYO",
        "China sent warships near the islands. Defense Minister Kenji Mori said, "
        '"We will defend Japan and urge Beijing to stop."',
        "Kenji Mori",
        "JPN",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NONE, GAPS)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_salience20(
    coded: dict[str, list[str]], dateline: str, body: str, expected: str
) -> None:
    got = coded[body]
    assert matches(got, expected), (dateline, got)


@pytest.fixture(scope="module")
def speakers() -> dict[str, dict[str, str]]:
    """Every SPEAKERS body through the pipeline: its quotes' speakers and their actors."""
    from newsgraph.pipeline import analyse, prepare

    settings = Settings()
    articles = [
        prepare(
            RawDocument(f"<case {i}>", f"{HEADLINE}\n\n{d} — {b}\n", (("date", "2025-03-14"),)),
            settings,
        )
        for i, (d, b, _, _) in enumerate(SPEAKERS)
    ]
    out: dict[str, dict[str, str]] = {}
    for (_, body, _, _), result in zip(SPEAKERS, analyse(articles, settings)):
        assert isinstance(result, Result), result
        out[body] = {q.speaker: q.speaker_actor or "" for q in result.quotes}
    return out


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "speaker", "actor"),
    [pytest.param(*row, id=f"{row[0]}-{row[2]}") for row in SPEAKERS],
)
def test_actors_salience20_speaker(
    speakers: dict[str, dict[str, str]], dateline: str, body: str, speaker: str, actor: str
) -> None:
    got = speakers[body]
    assert got.get(speaker) == actor, (dateline, got)
