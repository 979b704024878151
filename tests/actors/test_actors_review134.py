"""Actors review 134 (session 63, N63): officials at a state's body are that body's people.

"Norway said its ambassador had met officials at the Moroccan Foreign Ministry": a bare role
noun ("officials", "ministers", "lawmakers") or a placed one ("diplomats", "envoys") followed
by "at/of/from/in" and a state's body already resolved ("the Peruvian Foreign Ministry",
"Peru's foreign ministry", "the Chilean embassy") is that body's state
(Resolver._body_of), not the state named just before (the visitor's, so "met officials"
read as a meeting of one state with itself, a same-state block).

Near misses: a place that is no state's body ("officials at the border crossing"); a role
phrase that names its own state ("Vietnamese diplomats at the Chinese embassy" stay
Vietnamese); "diplomats" with nothing after them stay no one's.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model


def principals(text: str, words: str, part: bool = False) -> list[str]:
    """The principal of every mention written as ``words`` (``part``: holding them), for the
    review files 134 to 136."""
    result = process(text, date="2026-03-02")
    return [
        m.actor.principal if m.actor is not None else ""
        for m in result.mentions
        if (words in text[m.start : m.end] if part else text[m.start : m.end] == words)
    ]


_principals = principals


def test_review134_officials_at_named_ministry() -> None:
    text = (
        "LIMA (Reuters) - Norway confirmed that its ambassador had met officials at the "
        "Peruvian Foreign Ministry on Tuesday."
    )
    assert _principals(text, "officials") == ["PER"]


def test_review134_officials_at_possessed_ministry() -> None:
    text = (
        "LIMA (Reuters) - Norway's ambassador met officials at Peru's foreign ministry on Tuesday."
    )
    assert _principals(text, "officials") == ["PER"]


def test_review134_placed_diplomats_at_ministry() -> None:
    text = (
        "HANOI (AP) - The Swedish envoy held talks with diplomats at the Vietnamese Foreign "
        "Ministry on Monday."
    )
    assert _principals(text, "diplomats") == ["VNM"]


def test_review134_ministers_at_department() -> None:
    text = (
        "MANILA (AP) - Japan's foreign minister met ministers at the Philippine Department of "
        "Foreign Affairs on Tuesday."
    )
    assert _principals(text, "ministers") == ["PHL"]


def test_review134_near_miss_place_is_no_body() -> None:
    text = (
        "HANOI (AP) - Sweden's ambassador met officials at the border crossing near Lang Son "
        "on Monday."
    )
    assert _principals(text, "officials") != ["VNM"]


def test_review134_near_miss_role_phrase_keeps_its_state() -> None:
    text = "HANOI (AP) - Vietnamese diplomats at the Chinese embassy met officials on Monday."
    assert _principals(text, "Vietnamese diplomats") == ["VNM"]


def test_review134_near_miss_bare_diplomats() -> None:
    text = "HANOI (AP) - Sweden's ambassador said diplomats were working on the case."
    assert _principals(text, "diplomats") == []


def test_review134_meeting_codes_both_states() -> None:
    """The meeting is the visitor's state's with the body's state (04)."""
    result = process(
        "LIMA (Reuters) - Norway confirmed that its ambassador had met officials at the "
        "Peruvian Foreign Ministry on Tuesday.",
        date="2026-03-02",
    )
    assert [(e.source, e.target, e.root) for e in result.events] == [("NOR", "PER", "04")]
