"""Actors review (session 62, F62): a bare ministry placed by a fronted "In <capital>,".

"Peru's Foreign Ministry protested ... In Ottawa, the Foreign Ministry said the decision would
stand": a bare body right after a fronted "In <capital>," is the capital's state's
(resolve._fronted_capital), not the ministry of another state named before. Near misses: a
ministry whose state is written ("In Ottawa, Peru's foreign ministry said"), a town that is no
capital, a fronted capital not followed by the body at once.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

_BEFORE = (
    "Peru's Foreign Ministry summoned Canada's ambassador on Monday to protest a cut in aid. "
)


def _principals(text: str, words: str) -> list[str]:
    """The principal of every mention written as ``words``."""
    result = process(text, date="2026-03-02")
    return [
        m.actor.principal if m.actor is not None else ""
        for m in result.mentions
        if text[m.start : m.end] == words
    ]


def test_review128_fronted_capital_places_bare_ministry() -> None:
    text = _BEFORE + "In Ottawa, the Foreign Ministry said the decision would stand."
    assert _principals(text, "the Foreign Ministry") == ["CAN"]


def test_review128_fronted_capital_other_state() -> None:
    text = (
        "Ghana's Foreign Ministry criticized Norway's decision to close its embassy in Accra. "
        "In Oslo, the Foreign Ministry rejected the criticism."
    )
    assert _principals(text, "the Foreign Ministry") == ["NOR"]


def test_review128_near_miss_written_state_stays() -> None:
    text = _BEFORE + "In Ottawa, Peru's foreign ministry said it would ask for talks."
    assert _principals(text, "Peru's foreign ministry") == ["PER"]


def test_review128_near_miss_town_no_capital() -> None:
    text = _BEFORE + "In Toronto, the Foreign Ministry said the decision would stand."
    assert _principals(text, "the Foreign Ministry") != ["CAN"]


def test_review128_near_miss_capital_not_fronting_the_body() -> None:
    text = _BEFORE + "In Ottawa, officials met on Tuesday, and the Foreign Ministry said it would reply."
    assert _principals(text, "the Foreign Ministry") == ["PER"]
