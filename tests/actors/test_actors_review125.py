"""Actors review (session 62, Q62): the leader of an IGO's team, named again by surname.

"An IMF mission led by Ana Ruiz visited Quito ... 'We see progress,' Ruiz said": the leader
of a mission, team or delegation that is an IGO's speaks for the IGO, and so does every later
mention of the same person ("Ruiz", "she"). The same holds for "the head of an IMF staff
team, Ana Ruiz" (group_head_titles, led.add_group_leaders). Near misses: a leader with a
state of their own ("led by French general X" stays French), the head of a state's team
(no IGO), and a namesake of another state ("Finance Minister Jose Ruiz").
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-05-06"


def _actors(text: str, words: str) -> list[str]:
    """The principal of every mention written as ``words``."""
    result = process(text, date=DATE)
    return [
        m.actor.principal if m.actor is not None else ""
        for m in result.mentions
        if text[m.start : m.end] == words
    ]


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code[:2]) for e in process(text, date=DATE).events}


def test_review125_leader_of_an_igo_mission_is_the_igo_by_surname() -> None:
    text = (
        "The deal followed a ten-day visit to Dushanbe by an IMF mission led by Carla Mendes, "
        "who met the finance minister.\n\"The authorities have shown real resolve,\" Mendes "
        "said at a news conference."
    )
    assert _actors(text, "Mendes") == ["IMF"]
    assert ("IMF", "TJK", "05") in _events(text)


def test_review125_head_of_an_igo_team_is_the_igo() -> None:
    text = (
        "The loan was approved by the head of a World Bank staff team, Marta Villanueva-Sousa, "
        "at the end of a visit to Dushanbe.\n\"We recognize the progress Tajikistan has made "
        "on subsidies,\" Villanueva-Sousa told a news conference."
    )
    assert _actors(text, "Villanueva-Sousa") == ["WB"]


def test_review125_leader_with_a_state_of_their_own_keeps_it() -> None:
    text = (
        "A European Union mission led by French general Paul Girard arrived in Bangui on "
        "Monday.\n\"We will train the army,\" Girard said."
    )
    assert _actors(text, "Girard") == ["FRA"]


def test_review125_head_of_a_state_team_gets_no_igo() -> None:
    text = (
        "The talks were chaired by the head of a Kenyan team, Peter Ouma, who met the IMF "
        "mission.\n\"This is a good start,\" Ouma said."
    )
    assert _actors(text, "Ouma") != ["IMF"]


def test_review125_namesake_of_the_leader_keeps_his_state() -> None:
    text = (
        "An IMF mission led by Ana Ruiz visited Quito on Monday.\nEcuador's finance minister, "
        "Jose Ruiz, met the team.\n\"We reject new taxes,\" Jose Ruiz said."
    )
    assert set(_actors(text, "Jose Ruiz")) == {"ECU"}

