"""Actors review (session 62, G62): past heads of state and government in archival copy.

Wire stories of the 1980s-2000s name a leader of the day with a bare title or none
("President Clinton imposed...", "Yeltsin warned..."): office_holders.yaml lists the
best-known of them with their dates, so a story dated in their term gives them their
state. Near misses: a former holder named as former, a bare surname shared by two listed
people when the one in office is not named so, and a name out of its term that no title
anchors.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model


def _principals(text: str, words: str, date: str) -> list[str]:
    """The principal of every mention written as ``words``."""
    result = process(text, date=date)
    return [
        m.actor.principal if m.actor is not None else ""
        for m in result.mentions
        if text[m.start : m.end] == words
    ]


def _pairs(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code[:2]) for e in process(text, date=date).events}


def test_review127_past_president_in_term_is_his_state() -> None:
    text = "President Clinton on Tuesday imposed new sanctions on Cuba."
    assert _principals(text, "President Clinton", "1996-03-05") == ["USA"]
    assert ("USA", "CUB", "16") in _pairs(text, "1996-03-05")


def test_review127_bare_surname_in_term() -> None:
    text = "Yeltsin warned Latvia against joining NATO."
    assert _principals(text, "Yeltsin", "1997-04-02") == ["RUS"]
    assert ("RUS", "LVA", "13") in _pairs(text, "1997-04-02")


def test_review127_past_un_chief_is_the_un() -> None:
    text = "Annan urged Ethiopia and Eritrea to pull back their troops."
    assert _principals(text, "Annan", "1999-06-10") == ["UN"]


def test_review127_near_miss_former_holder_is_no_office() -> None:
    text = "Former President Bill Clinton visited Kenya on Monday."
    assert _principals(text, "Former President Bill Clinton", "2024-05-05") == [""]
    assert not _pairs(text, "2024-05-05")


def test_review127_near_miss_bare_shared_surname_out_of_term() -> None:
    # in 2011 Bill Clinton held no office, and his wife is listed by her full name only
    text = "Clinton criticized Russia on Monday."
    assert _principals(text, "Clinton", "2011-05-05") == [""]


def test_review127_near_miss_surname_after_term() -> None:
    text = "Yeltsin warned Latvia against joining NATO."
    assert _principals(text, "Yeltsin", "2005-04-02") == [""]
