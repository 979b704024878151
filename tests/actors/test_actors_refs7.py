"""Plural and collective references as actors, on wire-style articles written for them (session 8).

A collective role noun ("the ministers", "the officials", "the envoys"), a plural pronoun
("they") or a numbered plural ("the three European countries") stands for the latest group
named before it: a coordinated list of actors or a plural role noun tied to one actor
("Foreign ministers of the Group of Seven", "EU leaders", "Chinese officials"), even when
the group's own sentence coded no event (``actors/plurals.py``: ``resolve_role_groups``,
``role_group_subject``). Near misses: a plural subject of other people in between, a
noun that fits no group, a plural whose "of" names an actor, a denial by a pair of donors
(no act of the state they pledged aid to), a coordinated subject (each member with the
target, never with each other). Every sentence was written for this file; the cases run
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
        "GCC>IRN:11",
    ),
    (
        "CAIRO",
        "Arab League delegates gathered in Cairo on Sunday. "
        "The delegates condemned Israel's strikes on Lebanon.",
        "ARL>ISR:11 ISR>LBN:19",
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
        "CHN>PHL:11",
    ),
    # the latest group wins: the text moved on from the Russian officials
    (
        "TOKYO",
        "Russian officials visited Beijing on Monday. Chinese officials arrived in Tokyo "
        "on Tuesday. The officials criticized the United States.",
        "RUS>CHN:04 CHN>USA:11",
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
    # a coordinated subject: each member with the target, never with each other
    (
        "WASHINGTON",
        "The United States and the European Union rejected Russia's claims on Monday.",
        "USA>RUS:12 EU>RUS:12",
    ),
]

# Near misses: bodies that must code exactly nothing.
NONE: list[tuple[str, str]] = [
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
