"""Actors review 129 (session 63, S63): "the consul" refers back to the consul named before.

"Kenya summoned Uganda's consul ... the consul had been handed a note demanding ...": a bare
"the consul" is the latest consul the story named (offices.yaml refer_back), as "the
ambassador" and "the envoy" are, so the note handed to him is aimed at his state. Near misses:
no consul named before; an ambassador, not a consul, named before (a consul is not he);
a consul general named before (its title is not "consul": left as a gap below).

Envoys' titles reach a few paragraphs back (the reach rows):
"Azerbaijan summoned Peru's honorary consul ... ¶ ... ¶ ... ¶ the consul had been handed a
note": an envoy's title (offices.yaml envoy_words) that the story so far gives to one state
alone refers back to that envoy, as a clause's subject, within _HEAD_SENTENCES
(Resolver._nameless_before), not only the two sentences other bare titles reach. Near misses:
two states' envoys named before (either may be meant); the envoy named further back than the
window; the envoy not a subject ("after the meeting with the ambassador": a talk retold).
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

_FILLER = (
    "The six were detained last Wednesday in a raid on an apartment block near the port. "
    "Police said they seized 60 laptops and 200 phones. "
)


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


def test_review129_reach_consul_paragraphs_on() -> None:
    text = (
        "BAKU (Reuters) - Azerbaijan summoned Peru's honorary consul on Tuesday over the arrest "
        "of six Azerbaijani citizens in Lima. " + _FILLER + "Azerbaijan's Foreign Ministry said "
        "the consul had been handed a note demanding consular access."
    )
    assert _principals(text, "the consul") == ["PER"]


def test_review129_reach_ambassador_paragraphs_on() -> None:
    text = (
        "HANOI (Reuters) - Vietnam summoned Cambodia's ambassador on Tuesday over the arrest of "
        "six Vietnamese fishermen. " + _FILLER + "Vietnam's Foreign Ministry said the "
        "ambassador had been told that Hanoi expected their release."
    )
    assert _principals(text, "the ambassador") == ["KHM"]


def test_review129_reach_near_miss_two_states_envoys() -> None:
    text = (
        "HANOI (Reuters) - Vietnam summoned the ambassadors of Cambodia and Laos on Tuesday. "
        "Cambodia's ambassador left after an hour, and Laos's ambassador stayed. "
        + _FILLER
        + "Vietnam's Foreign Ministry said the ambassador had been told that Hanoi expected "
        "their release."
    )
    assert _principals(text, "the ambassador") != ["KHM"]


def test_review129_reach_near_miss_beyond_window() -> None:
    text = (
        "BAKU (Reuters) - Azerbaijan summoned Peru's honorary consul on Tuesday. "
        + _FILLER * 3
        + "The consul said the six were well."
    )
    assert _principals(text, "The consul") == []


def test_review129_reach_near_miss_not_a_subject() -> None:
    text = (
        "HANOI (Reuters) - Vietnam summoned Cambodia's ambassador on Tuesday over the arrest of "
        "six Vietnamese fishermen. " + _FILLER + "Vietnam's foreign minister spoke to reporters "
        "after the meeting with the ambassador."
    )
    assert _principals(text, "the ambassador") == []
