"""Actors review 129 (session 63, S63): "the consul" refers back to the consul named before.

"Kenya summoned Uganda's consul ... the consul had been handed a note demanding ...": a bare
"the consul" is the latest consul the story named (offices.yaml refer_back), as "the
ambassador" and "the envoy" are, so the note handed to him is aimed at his state. Near misses:
no consul named before; an ambassador, not a consul, named before (a consul is not he);
a consul general named before (its title is not "consul": left as a gap below).
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model


def _principals(text: str, words: str) -> list[str]:
    """The principal of every mention written as ``words``."""
    result = process(text, date="2026-03-02")
    return [
        m.actor.principal if m.actor is not None else ""
        for m in result.mentions
        if text[m.start : m.end] == words
    ]


def test_review129_consul_refers_back() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya summoned Uganda's consul on Monday over the arrest of 12 "
        "traders. Kenya's Foreign Ministry said the consul had been handed a note."
    )
    assert _principals(text, "the consul") == ["UGA"]


def test_review129_honorary_consul_refers_back() -> None:
    text = (
        "BAKU (Reuters) - Azerbaijan summoned Peru's honorary consul on Monday over the arrest "
        "of six Azerbaijani citizens. The consul was told that Baku expected an apology."
    )
    assert _principals(text, "The consul") == ["PER"]


def test_review129_near_miss_no_consul_before() -> None:
    text = "MENDOZA, Argentina (Reuters) - The consul said the pass would reopen on Monday."
    assert _principals(text, "The consul") == []


def test_review129_near_miss_ambassador_is_no_consul() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya summoned Uganda's ambassador on Monday. The consul said the "
        "traders were safe."
    )
    assert _principals(text, "The consul") == []


@pytest.mark.xfail(
    reason="a consul general's title is not 'consul': the bare word does not reach it yet",
    strict=False,
)
def test_review129_gap_consul_general() -> None:
    text = (
        "MENDOZA, Argentina (Reuters) - Chile's consul general in Mendoza, Pablo Rojas, met "
        "Argentine officials on Monday. The consul said the pass would reopen."
    )
    assert _principals(text, "The consul") == ["CHL"]
