"""Actors review (session 62, A62): a capital that hosts an IGO's seat, and a visiting
official given the host's state.

"Vienna" is Austria's capital, but in a story about OPEC, the IAEA or the OSCE that names
Austria by no other name, "travel to Vienna" and "a quarrel between Vienna and Abuja" name
the body seated there (igos.yaml hosted_in, resolve._hosted_seats). Near misses: a story
that names Austria, one that names two bodies seated in Vienna, and one that names none.

"Norway pledged aid to Peru during a visit to Lima by Foreign Minister X": an official with
no state, given the dateline's state for want of another, who is the by-phrase of a visit
told as when the clause's act was done is the visitor, of the state the clause's subject
names (described.find_visiting_officials); so are the later "X" and "she". Near misses: a
subject of the host's own state, and a visit named as a thing judged.

"The nine-member mission, led by IAEA official X, spent ten days at the site": a mission,
team or delegation led by someone who acts for a body is that body's (led_by_heads,
led.add_led_groups). Near misses: a leader who is no actor ("led by a Kenyan engineer"), and
a group a mention already covers.
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


def test_review124_seat_city_names_the_body_of_the_story() -> None:
    text = (
        "OPEC presses Nigeria on output\n\nABUJA (Reuters) - OPEC on Tuesday urged Nigeria to "
        "cut its crude output.\nNigeria's oil minister said he would travel to Vienna next "
        "week to present his data.\n\"Nobody gains from a quarrel between Vienna and Abuja,\" "
        "an analyst said."
    )
    assert _actors(text, "Vienna") == ["OPEC", "OPEC"]


def test_review124_seat_city_of_a_story_naming_the_state_stays_its_capital() -> None:
    text = (
        "Nigeria minister to meet Austrian chancellor\n\nABUJA (Reuters) - The IAEA on "
        "Tuesday praised Nigeria's research reactor.\nNigeria's science minister said he "
        "would travel to Vienna next week to meet Austria's chancellor."
    )
    assert _actors(text, "Vienna") == ["AUT"]


def test_review124_seat_city_of_two_bodies_or_none_stays_its_capital() -> None:
    two = (
        "Nigeria minister heads to Vienna\n\nABUJA (Reuters) - OPEC and the IAEA on Tuesday "
        "welcomed Nigeria's plans.\nNigeria's energy minister said he would travel to Vienna "
        "next week."
    )
    none = (
        "Nigeria minister heads to Vienna\n\nABUJA (Reuters) - Nigeria's trade minister said "
        "on Tuesday he would travel to Vienna next week for talks on gas."
    )
    assert set(_actors(two, "Vienna")) == {"AUT"}
    assert set(_actors(none, "Vienna")) == {"AUT"}


_VISIT = (
    "Norway pledges aid to Peru\n\nLIMA (Reuters) - {clause}, during a visit to Lima by "
    "Foreign Minister Kari Holm.\nHolm held talks with Peru's prime minister.\nShe also "
    "urged Peru to cancel a fine on two fishermen."
)


def test_review124_visiting_official_is_the_subject_state() -> None:
    text = _VISIT.format(clause="Norway pledged $4 million on Thursday to help Peru monitor its glaciers")
    assert _actors(text, "Foreign Minister Kari Holm") == ["NOR"]
    assert _actors(text, "Holm") == ["NOR"]
    assert _actors(text, "She") == ["NOR"]


def test_review124_visit_under_the_hosts_own_act_changes_nothing() -> None:
    text = _VISIT.format(clause="Peru opened a glacier institute on Thursday")
    assert "NOR" not in _actors(text, "Foreign Minister Kari Holm")


def test_review124_visit_judged_as_a_thing_changes_nothing() -> None:
    text = (
        "Norway pledges aid to Peru\n\nLIMA (Reuters) - Norway criticized the visit to Lima "
        "by Foreign Minister Kari Holm on Thursday.\nHolm held talks with Peru's prime "
        "minister."
    )
    assert "NOR" not in _actors(text, "Foreign Minister Kari Holm")


def test_review124_group_led_by_a_bodys_official_is_the_body() -> None:
    text = (
        "IAEA team reviews Kenya reactor site\n\nNAIROBI (Reuters) - A team from the "
        "International Atomic Energy Agency told Kenya on Thursday that the site met safety "
        "standards.\nThe nine-member mission, led by IAEA official Maria Lopez, spent ten days "
        "at Kilifi and met officials of the energy ministry."
    )
    assert _actors(text, "The nine-member mission") == ["IAEA"]


def test_review124_group_led_by_no_actor_stays_nobodys() -> None:
    text = (
        "Kenya reviews reactor site\n\nNAIROBI (Reuters) - A team led by a Kenyan engineer met "
        "officials of the energy ministry on Thursday."
    )
    assert _actors(text, "A team") == []
