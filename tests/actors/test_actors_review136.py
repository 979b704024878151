"""Actors review 136 (session 63, N63): a stateless official who presses one side of a
bilateral story is the other side's.

"Mexico, Kenya sign geothermal pact as visa row lingers ... Foreign Minister X urged Mexico on
Tuesday to restore the electronic permits": a titled person stated with no state (none at
all, or the article's for want of another: Cluster.homed), whose first mention is the
subject of an act aimed (descriptions.yaml aiming_verbs, rebuke_verbs) at one of exactly two
states the first sentence names, is the other state's official
(described.find_aiming_officials). Before, the minister was no one's, or the aimed state's
own, and the appeal was lost (source-unresolved or same-state).

Near misses: the headline names three states; the act aims at a third state, or at no
state; a former minister acts for no state; a person whose state is given keeps it.
"""

from __future__ import annotations

import pytest

from newsgraph import process
from test_actors_review134 import principals

pytestmark = pytest.mark.model

_PERU_GHANA = "Peru, Ghana sign cocoa pact as visa row lingers\nLIMA (Reuters) - Peru and Ghana "
_PERU_GHANA += "signed a cocoa research pact on Monday. Peru tightened visa rules last year after "
_PERU_GHANA += "Chile complained about migrants. "


def _principals(text: str, words: str) -> list[str]:
    """The principal of every mention that holds ``words``."""
    return principals(text, words, part=True)


def test_review136_minister_urging_one_side_is_the_other() -> None:
    text = _PERU_GHANA + "Foreign Minister Ama Owusu urged Peru on Tuesday to restore the permits."
    assert _principals(text, "Owusu") == ["GHA"]


def test_review136_homed_minister_urging_own_home() -> None:
    text = (
        "Chile, Kenya sign solar pact as visa row lingers\nChile and Kenya signed a solar energy "
        "pact on Monday. Chile tightened its visa rules after Argentina complained about "
        "migrants, officials in Chile said. Chile's president praised the pact. Foreign "
        "Minister Grace Achieng urged Chile on Tuesday to restore the electronic permits."
    )
    assert _principals(text, "Achieng") == ["KEN"]


def test_review136_appeal_codes_from_the_other_side() -> None:
    text = _PERU_GHANA + "Foreign Minister Ama Owusu urged Peru on Tuesday to restore the permits."
    result = process(text, date="2026-03-02")
    assert ("GHA", "PER", "02") in [(e.source, e.target, e.root) for e in result.events]


def test_review136_near_miss_three_states_in_headline() -> None:
    text = (
        "Peru, Ghana, Chile sign cocoa pact as visa row lingers\nLIMA (Reuters) - Peru, Ghana "
        "and Chile signed a cocoa research pact on Monday. Foreign Minister Ama Owusu urged "
        "Peru on Tuesday to restore the permits."
    )
    assert _principals(text, "Owusu") != ["GHA"]


def test_review136_near_miss_aims_at_third_state() -> None:
    text = _PERU_GHANA + "Foreign Minister Ama Owusu urged Chile on Tuesday to stay calm."
    assert _principals(text, "Owusu") != ["GHA"]


def test_review136_near_miss_aims_at_no_state() -> None:
    text = _PERU_GHANA + "Foreign Minister Ama Owusu urged farmers on Tuesday to find new markets."
    assert _principals(text, "Owusu") != ["GHA"]


def test_review136_near_miss_former_minister() -> None:
    text = (
        _PERU_GHANA + "Former Foreign Minister Ama Owusu urged Peru on Tuesday to restore the "
        "permits."
    )
    assert _principals(text, "Owusu") != ["GHA"]


def test_review136_near_miss_state_given() -> None:
    text = (
        _PERU_GHANA + "Peru's foreign minister, Ana Rojas, urged Ghana on Tuesday to send more "
        "cocoa experts."
    )
    assert _principals(text, "Rojas") == ["PER"]
