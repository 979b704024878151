"""Actors review 140 (session 66, S66): a body's mission or team named again, counted or not.

"An International Monetary Fund mission left Eritrea. The seven-member team was received by
the finance minister": "the team" already found the one party named before it
(described._party_before), but "the mission" was no party noun and a count between "the" and
the noun ("the seven-member team", "the 11-member mission") hid it, so the IGO's visit coded
nothing. "mission" joins descriptions.yaml's guest and party nouns, and a count of members
(count_nouns) may stand before a party noun (described._counted_opener).

Near misses: two bodies' parties named before ("An IMF mission and a World Bank team"); a
counted team of no party ("Zambia's football team ... The 11-member team"); a mission that
is no party at all ("a space mission").
"""

from __future__ import annotations

import pytest

from test_actors_review134 import principals

pytestmark = pytest.mark.model


def test_review140_mission_named_again() -> None:
    text = (
        "ACCRA (AP) - An International Monetary Fund mission arrived in Ghana on Monday. The "
        "mission met Finance Minister Ato Forson on Tuesday."
    )
    assert principals(text, "The mission") == ["IMF"]


def test_review140_counted_mission_after_team() -> None:
    text = (
        "HANOI (AP) - A team from the International Atomic Energy Agency inspected the Ninh "
        "Thuan site. The 12-member mission met officials of the science ministry."
    )
    assert principals(text, "The 12-member mission") == ["IAEA"]


def test_review140_counted_team_spelled_out() -> None:
    text = (
        "DILI (Reuters) - A World Bank team visited East Timor this week. The five-member team "
        "was received by the prime minister."
    )
    assert principals(text, "The five-member team") == ["WB"]


def test_review140_near_miss_two_parties() -> None:
    text = (
        "NAIROBI (AP) - An IMF mission and a World Bank team visited Kenya this week. The "
        "mission met Finance Minister John Mbadi."
    )
    assert principals(text, "The mission") == []


def test_review140_near_miss_counted_team_of_no_party() -> None:
    text = (
        "LUSAKA (AP) - Zambia's football team lost to Ghana on Sunday. The 11-member team flew "
        "home on Monday."
    )
    assert principals(text, "The 11-member team") == []


def test_review140_near_miss_space_mission() -> None:
    text = "ROME (AP) - NASA and Italy launched a space mission. The mission will study Mars."
    assert principals(text, "The mission") == []
