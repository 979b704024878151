"""Actors review 141 (session 66, S66): a nameless office answering for the state before it.

"Russia condemned the agreement. Foreign Ministry spokeswoman X said the deployment was a
provocation": in a story with no state of its own (no dateline's, none most mentions name),
a person stated with no state who opens its sentence took no state, so the reply coded
nothing. Resolver._answering_subject gives it the one state the sentence before has as its
subject, as _subject_before already did where the home state's office was taken.

Near misses: a dateline's state keeps its official ("TOKYO - China sent ships. Foreign
Minister X protested"); a person acting on the state before is not its official ("China
sent ships. Foreign Minister X protested to Beijing"); two states as the subject before.
"""

from __future__ import annotations

import pytest

from test_actors_review134 import principals

pytestmark = pytest.mark.model


def test_review141_spokeswoman_answers_for_subject_before() -> None:
    text = (
        "Poland will station troops in Lithuania. Russia condemned the agreement. Foreign "
        "Ministry spokeswoman Yelena Rudakova accused Poland of a provocation."
    )
    assert principals(text, "Foreign Ministry spokeswoman Yelena Rudakova") == ["RUS"]


def test_review141_minister_answers_for_subject_before() -> None:
    text = (
        "Greece and Turkey held talks on Monday. Turkey rejected the proposal. Foreign "
        "Ministry spokesman Oncu Keceli said Athens had ignored the treaty."
    )
    assert principals(text, "Foreign Ministry spokesman Oncu Keceli") == ["TUR"]


def test_review141_near_miss_dateline_state_keeps_its_official() -> None:
    text = (
        "TOKYO (AP) - China sent ships near the islands. Foreign Minister Hiro Tanaka said "
        "the ships had left by evening."
    )
    assert principals(text, "Foreign Minister Hiro Tanaka") == ["JPN"]


def test_review141_near_miss_acting_on_subject_before() -> None:
    text = (
        "China sent ships near the islands on Monday. Foreign Minister Hiro Tanaka protested "
        "to Beijing."
    )
    assert principals(text, "Foreign Minister Hiro Tanaka") == [""]


def test_review141_near_miss_two_subjects_before() -> None:
    text = (
        "Iraq welcomed the deal. Kenya and Chad signed a trade deal on Monday. Trade Minister "
        "Lee Kamau said exports would double."
    )
    assert principals(text, "Trade Minister Lee Kamau") == [""]
