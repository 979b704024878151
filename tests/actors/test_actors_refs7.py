"""Plural and collective references as actors, on wire-style articles written for them (session 8).

A collective role noun ("the ministers", "the officials", "the envoys"), a plural pronoun
("they") or a numbered plural ("the three European countries") stands for the latest group
named before it: a coordinated list of actors or a plural role noun tied to one actor
("Foreign ministers of the Group of Seven", "EU leaders", "Chinese officials"), even when
the group's own sentence coded no event (``actors/plurals.py``: ``resolve_role_groups``,
``role_group_subject``). Near misses: a plural subject of other people in between, a
noun that fits no group, a plural whose "of" names an actor, a denial by a pair of donors
(no act of the state they pledged aid to), a coordinated subject (each member with the
target, never with each other), a coalition that backed one side before a third party's
appeal to "both governments" (the appeal goes to the sides of the dispute). Every sentence was written for this file; the cases run
through the whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR", "a|b" either root)
CASES: list[tuple[str, str, str]] = [
    # a plural role noun tied to an IGO by "of"/"from", then "the ministers" / "they"
    (
        "LYON, France",
        "Foreign ministers of the Group of Seven met in Lyon on Friday. "
        "The ministers also condemned North Korea's missile tests.",
        "G7>PRK:11",
    ),
    (
        "LYON, France",
        "Foreign ministers of the Group of Seven met in Lyon on Friday. "
        "They urged North Korea to return to talks.",
        "G7>PRK:02",
    ),
    (
        "RIYADH, Saudi Arabia",
        "Ministers from the Gulf Cooperation Council met in Riyadh on Sunday. "
        "They condemned Iran's seizure of the tanker.",
        "",
    ),
    (
        "CAIRO",
        "Arab League delegates gathered in Cairo on Sunday. "
        "The delegates condemned Israel's strikes on Lebanon.",
        "ISR>LBN:19",
    ),
    # a plural role noun of one state or IGO, then the bare noun
    (
        "BRUSSELS",
        "EU leaders gathered in Brussels on Thursday. "
        "The leaders threatened Russia with new sanctions.",
        "EU>RUS:13",
    ),
    (
        "MANILA, Philippines",
        "Chinese officials arrived in Manila for talks on Tuesday. "
        "The officials accused the Philippines of provoking tensions.",
        # officials arriving visit (session 21, lead's decision: an arrival is a visit, 04)
        "CHN>PHL:04 CHN>PHL:11",
    ),
    # the latest group wins: the text moved on from the Russian officials
    (
        "TOKYO",
        "Russian officials visited Beijing on Monday. Chinese officials arrived in Tokyo "
        "on Tuesday. The officials criticized the United States.",
        "RUS>CHN:04 CHN>JPN:04 CHN>USA:11",
    ),
    # "accused X of ...": the "of" belongs to the verb
    (
        "TEHRAN, Iran",
        "France, Germany and Britain condemned the launch on Monday. Iran's foreign minister "
        "rejected the statement. He accused the three European countries of hypocrisy.",
        "IRN>FRA:11 IRN>DEU:11 IRN>GBR:11",
    ),
    (
        "TEHRAN, Iran",
        "France and Germany criticized the launch. Iran accused the two countries of hypocrisy.",
        "IRN>FRA:11 IRN>DEU:11",
    ),
    # "the leaders of ..." names its own people: no reference back to the pair
    (
        "OTTAWA",
        "Canada and Mexico held talks. The leaders of the opposition parties criticized Cuba.",
        "CAN>MEX:04 MEX>CAN:04",
    ),
    # written after the mechanism (second batch), coded unchanged
    (
        "BRUSSELS",
        "Defense ministers from NATO gathered in Brussels on Thursday. "
        "The ministers pledged new air defenses for Ukraine.",
        "NATO>UKR:03",
    ),
    (
        "ADDIS ABABA, Ethiopia",
        "Leaders of the African Union met in Addis Ababa on Sunday. "
        "The leaders urged Ethiopia to withdraw its troops.",
        "AU>ETH:02",
    ),
    (
        "SEOUL",
        "South Korean lawmakers visited Washington last week. "
        "The lawmakers criticized Japan's export curbs.",
        "KOR>USA:04 KOR>JPN:11",
    ),
    (
        "JERUSALEM",
        "Envoys from Qatar and Egypt arrived in Tel Aviv on Sunday. "
        "The envoys urged Israel to accept the ceasefire.",
        # since session 16 envoys arriving visit as a person does (v.travel_to, ef58ff1), as
        # the dev gold codes delegations that "had come to Cairo" (042)
        "QAT>ISR:04 EGY>ISR:04 QAT>ISR:02 EGY>ISR:02",
    ),
    (
        "GENEVA",
        "Representatives of Armenia and Azerbaijan met in Geneva on Monday. "
        "The delegates later criticized Russia's role.",
        "ARM>AZE:04 AZE>ARM:04 ARM>RUS:11 AZE>RUS:11",
    ),
    # the same noun before a fitting one: the Chinese diplomats, not the Russian envoys
    (
        "MOSCOW",
        "Chinese diplomats met Russian envoys in Moscow. The diplomats criticized NATO.",
        "CHN>RUS:04 CHN>NATO:11",
    ),
    # "they" after a role noun with a list after "from": every member
    (
        "TOKYO",
        "Officials from Japan and South Korea met in Tokyo. "
        "They condemned North Korea's latest missile launch.",
        "JPN>KOR:04 KOR>JPN:04 JPN>PRK:11 KOR>PRK:11",
    ),
    # an object "them": the plural subject of the sentence before
    (
        "MANILA, Philippines",
        "Chinese officials arrived in Manila on Tuesday. "
        "Philippine President Ferdinand Marcos met them in the capital.",
        "CHN>PHL:04 PHL>CHN:04",
    ),
    # the role a list's members share: commanders are the military
    (
        "NEW DELHI",
        "Indian and Chinese commanders held talks on Sunday. "
        "The commanders accused Pakistan of violating the truce.",
        "IND>CHN:04 CHN>IND:04 IND>PAK:11 CHN>PAK:11",
    ),
    # a singular pronoun after a man and a woman: the woman
    (
        "ROME",
        "German Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni met in "
        "Rome. She later criticized China's trade practices.",
        "DEU>ITA:04 ITA>DEU:04 ITA>CHN:11",
    ),
    # "them" after a plural object of its own sentence: not the subject before
    (
        "CHISINAU, Moldova",
        "Ukraine thanked Moldova on Monday. Moldova expelled three Russian diplomats, "
        "accusing them of meddling in the vote.",
        "UKR>MDA:05 MDA>RUS:16 MDA>RUS:11",
    ),
    # pledges by two donors, then their denial: no act aimed at the Solomon Islands
    (
        "HONIARA, Solomon Islands",
        "Australia and the United States have both pledged aid to the Solomon Islands. "
        "Both governments have denied seeking a base there.",
        "AUS>SLB:03 USA>SLB:03",
    ),
    # a third party's appeal to "both governments": the sides of the dispute, not the
    # coalition that just backed one of them
    (
        "LIMA, Peru",
        "Mexico recalled its ambassador to Peru on Wednesday. Colombia and Bolivia expressed "
        "support for Mexico. Chile urged both governments to lower the tone.",
        "MEX>PER:16 COL>MEX:05 BOL>MEX:05 CHL>MEX:02 CHL>PER:02",
    ),
    (
        "YEREVAN, Armenia",
        "Armenia accused Azerbaijan of shelling border villages. France and Greece voiced "
        "support for Armenia. Russia urged both sides to show restraint.",
        "ARM>AZE:11 FRA>ARM:05 GRC>ARM:05 RUS>ARM:02 RUS>AZE:02",
    ),
    # no appeal: the coalition itself
    (
        "BOGOTA, Colombia",
        "Colombia and Bolivia expressed support for Mexico. Chile criticized the two countries.",
        "COL>MEX:05 BOL>MEX:05 CHL>COL:11 CHL>BOL:11",
    ),
    # a coordinated subject: each member with the target, never with each other
    (
        "WASHINGTON",
        "The United States and the European Union rejected Russia's claims on Monday.",
        "USA>RUS:12 EU>RUS:12",
    ),
]

# Near misses: bodies that must code exactly nothing.
NONE: list[tuple[str, str]] = [
    # a subject of no actor: "they" stays unresolved
    ("MOSCOW", "Protesters gathered outside the Russian embassy. They condemned Moscow's war."),
    # a denial by the two donors: nothing the Solomon Islands did
    (
        "HONIARA, Solomon Islands",
        "Both governments have denied seeking a base in the Pacific, officials said on Monday.",
    ),
]

# Expected failures, each with its reason.
GAPS: list[tuple[str, str, str, str]] = [
    (
        "TEHRAN, Iran",
        "Iran accused the two countries of hypocrisy after France and Germany criticized "
        "the launch.",
        "IRN>FRA:11 IRN>DEU:11",
        "a plural before the list it stands for (cataphora) is not resolved",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NONE, GAPS)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_refs7_plural_references(
    coded: dict[str, list[str]], dateline: str, body: str, expected: str
) -> None:
    got = coded[body]
    assert matches(got, expected), (dateline, got)
