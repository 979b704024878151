"""Actors review 143 (session 66, S66): a state's warship or coast guard ship named again.

"A Chinese coast guard ship approached Indonesian fishing boats. The coast guard ship ordered
the fishermen to leave": the craft was the state's where a demonym named it, but "the coast
guard ship" after it was no one's, so its order coded nothing. described.find_crafts_again
gives "the <craft>" of descriptions.yaml state_crafts (crafts a state's forces sail or fly:
warships, frigates, patrol boats, coast guard ships, bombers) the one state whose craft of
the same words was named in the craft_lookback sentences before, as its armed service.

Near misses: two states' crafts of the same words ("a Chinese coast guard ship rammed a
Philippine coast guard ship"); a craft of other words ("an Indonesian survey ship" is no
coast guard ship); a plain ship or vessel (anyone's); a craft no state was named with.
"""

from __future__ import annotations

import pytest

from test_actors_review134 import principals

pytestmark = pytest.mark.model


def test_review143_coast_guard_ship_again() -> None:
    text = (
        "JAKARTA (AP) - A Chinese coast guard ship approached an Indonesian survey ship on "
        "Saturday. The coast guard ship ordered it by radio to leave."
    )
    assert principals(text, "The coast guard ship") == ["CHN"]


def test_review143_frigate_again() -> None:
    text = (
        "HANOI (AP) - A Chinese frigate approached Vietnamese fishermen near the Paracels. The "
        "frigate detained 12 of them."
    )
    assert principals(text, "The frigate") == ["CHN"]


def test_review143_bombers_again() -> None:
    text = (
        "TOKYO (AP) - Two Russian bombers flew near Hokkaido on Tuesday. Hours later the "
        "bombers flew over the Sea of Japan."
    )
    assert principals(text, "the bombers") == ["RUS"]


def test_review143_near_miss_two_states_crafts() -> None:
    text = (
        "MANILA (AP) - A Chinese coast guard ship rammed a Philippine coast guard ship on "
        "Monday. The coast guard ship then fired a water cannon at a fishing boat."
    )
    assert principals(text, "The coast guard ship") == []


def test_review143_near_miss_other_words() -> None:
    text = (
        "JAKARTA (AP) - An Indonesian survey ship left port on Monday. The coast guard ship "
        "stayed behind."
    )
    assert principals(text, "The coast guard ship") == []


def test_review143_near_miss_plain_vessel() -> None:
    text = (
        "MANILA (AP) - A Chinese vessel anchored near the reef on Monday. The vessel left on "
        "Tuesday."
    )
    assert principals(text, "The vessel") == []


def test_review143_near_miss_no_state() -> None:
    text = "SEOUL (AP) - North Korea fired a missile on Monday. The frigate returned to port."
    assert principals(text, "The frigate") == []
