"""Which state a bare organ or a shared institution name belongs to (session 18).

Wire copy writes a state's legislature with the state once ("Libya's parliament",
"the Philippine Senate") and bare afterwards ("the parliament", "the Senate",
"lawmakers"). Chamber names many states use ("the Senate", "House of Representatives",
"Congress") are the legislature the article named last, else the dateline's state while
the United States is not yet named, and only then the U.S. one
(``Resolver._shared_chamber``); a bare legislature noun is the one named last before the
dateline's (``Resolver._last_body``). "Its" on the subject of a clause a state reports
("Vietnam accused China ..., and said its coast guard had ...") is the reporting state
(``coref._reporter``). A bare organ ("The Foreign Ministry", "Officials") with no state in
its own sentence takes the state of the sentence before's main subject (centering: the
subject outranks an object or a place named in passing), and "the ministry" after a
ministry named with no state on it takes that one's (``Resolver._recent_state``,
``_earlier_organ``). Near misses: a Washington story, a U.S. chamber
written with its state, a bare noun with no legislature named before. Every sentence was
written for this file; the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR", "a|b" either root)
CASES: list[tuple[str, str, str]] = [
    # a shared chamber name after the state's legislature was named
    (
        "ABUJA, Nigeria",
        "Nigeria's Senate voted on Tuesday to approve the budget. "
        "The Senate also criticized Britain's new visa rules.",
        "NGA>GBR:11",
    ),
    (
        "LIMA, Peru",
        "Peru's Congress met on Monday. On Tuesday, Congress condemned Venezuela's "
        "detention of two Peruvian journalists.",
        "PER>VEN:11 VEN>PER:17",
    ),
    (
        "ATHENS, Greece",
        "Greece summoned Libya's ambassador after Libya's parliament ratified a deal with "
        "Turkey. The House of Representatives, based in the eastern city of Tobruk, also "
        "accused Greece of meddling in Libyan affairs.",
        "GRC>LBY:11 LBY>GRC:11",
    ),
    # the U.S. named in between: the chamber named before still holds
    (
        "BOGOTA, Colombia",
        "Colombia's Senate debated the treaty. The United States urged Colombia to ratify "
        "it. The Senate later rejected Washington's request.",
        "USA>COL:02 COL>USA:12",
    ),
    # no legislature named before: the dateline's state
    (
        "CANBERRA, Australia",
        "The House of Representatives on Wednesday condemned China's detention of an "
        "Australian writer.",
        "AUS>CHN:11 CHN>AUS:17",
    ),
    # a bare legislature noun after a state's legislature: that one, not the dateline's
    (
        "ROME",
        "Tunisia's parliament met on Monday. Parliament also urged Libya to step up patrols.",
        "TUN>LBY:02",
    ),
    (
        "TOKYO",
        "The Philippine Senate began debate on the defense pact. Lawmakers criticized "
        "Japan's delay in sending patrol boats.",
        "PHL>JPN:11",
    ),
    # "its" on the subject of a clause a state reports: the reporting state, also when
    # the speech verb shares the subject of a verb before it, over an object in between
    (
        "SEOUL, South Korea",
        "South Korea accused Japan on Monday of distorting history in new textbooks, and said "
        "its ambassador in Tokyo had lodged a protest with the Japanese government.",
        "KOR>JPN:11 KOR>JPN:11",
    ),
    (
        "MANILA, Philippines",
        "The Philippines accused China of blocking a supply mission, and said its coast guard "
        "had warned Chinese vessels to leave.",
        "PHL>CHN:11 PHL>CHN:13",
    ),
    (
        "NAIROBI, Kenya",
        "Uganda, which hosts the talks, said its army had arrested Congolese rebels and that "
        "its foreign minister would meet Rwanda's president.",
        "UGA>COD:17 UGA>RWA:04",
    ),
    (
        "ACCRA, Ghana",
        "Ghana's foreign ministry said its ambassador had protested to Togo over the border "
        "closure.",
        "GHA>TGO:11",
    ),
    (
        "TOKYO",
        "China accused Japan of provocations, and Japan said its navy had tracked Chinese "
        "warships.",
        "CHN>JPN:11 JPN>CHN:15",
    ),
    # near misses: "its" in the object's own phrase keeps the object
    (
        "OTTAWA",
        "Canada thanked Japan for its support in the trade talks.",
        "CAN>JPN:05",
    ),
    (
        "ANKARA, Turkey",
        "Turkey urged Sweden to stop its support for Kurdish militants.",
        "TUR>SWE:02",
    ),
    # a bare organ after a sentence about a state: the state that sentence's main subject
    # is (or speaks for), not the state last named as its object
    (
        "HANOI, Vietnam",
        "Vietnam accused China on Tuesday of sending survey ships near the Spratly Islands. "
        "The Foreign Ministry summoned China's ambassador.",
        "VNM>CHN:11 VNM>CHN:11",
    ),
    (
        "KUWAIT CITY",
        "Kuwait rejected Iraq's claim to the waterway on Sunday. The Foreign Ministry warned "
        "Baghdad against any unilateral step.",
        "KWT>IRQ:12 KWT>IRQ:13",
    ),
    (
        "GENEVA",
        "Ethiopia accused Egypt of stoking unrest in the region. The Foreign Ministry urged "
        "Cairo to return to talks.",
        "ETH>EGY:11 ETH>EGY:02",
    ),
    (
        "CAIRO",
        "Egyptian President Ali Fahmy met Sudan's army chief on Monday. Officials said Egypt "
        "would send aid to Sudan.",
        "EGY>SDN:04 EGY>SDN:03",
    ),
    # "the ministry" after a ministry named with no state on it: that one's state
    (
        "PRETORIA, South Africa",
        "South Africa rejected India's extradition request, the Justice Ministry said on "
        "Tuesday. The man fled India in 2021. Indian prosecutors accuse him of fraud. In a "
        "statement, the ministry accused India of ignoring the court's concerns.",
        "ZAF>IND:12 ZAF>IND:11",
    ),
    (
        "BAGHDAD",
        "Iran has cut gas exports to Iraq, Iraq's Electricity Ministry said on Monday. The "
        "ministry accused Tehran of breaking the contract.",
        "IRN>IRQ:16 IRQ>IRN:11",
    ),
    # near misses: the state named on the organ, or placed by its capital, still holds
    (
        "MOSCOW",
        "Germany criticized Russia over the arrests on Monday. Russia's Foreign Ministry "
        "rejected the criticism. The ministry also summoned Germany's ambassador.",
        "DEU>RUS:11 RUS>DEU:12 RUS>DEU:11",
    ),
    (
        "WASHINGTON",
        "The Pentagon said Russia had moved missiles toward Ukraine's border. The ministry in "
        "Moscow denied the report.",
        "RUS>UKR:15 RUS>USA:12",
    ),
    # near misses that keep their reading: Washington's chamber, a bare noun at home
    (
        "WASHINGTON",
        "The Senate on Wednesday condemned China's detention of an American writer.",
        "USA>CHN:11 CHN>USA:17",
    ),
    (
        "WARSAW, Poland",
        "Lawmakers on Friday criticized Russia's treatment of Polish prisoners.",
        "POL>RUS:11",
    ),
    # a chamber the dateline's state (or the legislature named before) does not have
    (
        "KYIV, Ukraine",
        "Ukraine's parliament met on Monday. President Volodymyr Zelenskyy appealed to "
        "Congress for more air defense systems.",
        "UKR>USA:02",
    ),
    (
        "MEXICO CITY",
        "The U.S. Senate met on Monday. Mexican lawmakers later criticized Canada.",
        "MEX>CAN:11",
    ),
    # gaps until session 22: the organ takes no state from a clause it governs since the
    # bare-organ rules of that session (96a536f, 710f807), as the clean-clone CI showed
    (
        "SEOUL, South Korea",
        "South Korea protested to Russia on Wednesday over arms shipments to North Korea. The "
        "ministry also demanded that Moscow halt the shipments.",
        "KOR>RUS:11 KOR>RUS:10",
    ),
    (
        "TOKYO",
        "Japan lodged a protest with South Korea on Thursday. The Foreign Ministry's Asia chief "
        "phoned a South Korean diplomat to demand that Seoul halt the visits.",
        "JPN>KOR:11 JPN>KOR:04 JPN>KOR:10",
    ),
]

# Near misses: bodies that must code exactly nothing.
NONE: list[tuple[str, str]] = [
    ("ABUJA, Nigeria", "Nigeria's Senate met on Tuesday. The Senate later adjourned."),
]

# Expected failures, each with its reason.
GAPS: list[tuple[str, str, str, str]] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NONE, GAPS)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_salience18(
    coded: dict[str, list[str]], dateline: str, body: str, expected: str
) -> None:
    got = coded[body]
    assert matches(got, expected), (dateline, got)
