"""Actors review 142 (session 66, S66): a dateline at an IGO's seat city in its state's story.

"BRUSSELS (Reuters) - The UAE extradited a Belgian man to Belgium ... Justice Minister X
thanked the Emirati authorities": "Brussels" is also a name of the EU, so the dateline gave no
state and the bare minister none. In a story that names the seat's state (igos.yaml seat_of)
and the IGO by no other name, the dateline is the state's (Resolver._seat_home), as
_seat_cities already reads the city in such a story's body.

Near misses: a story that names the IGO ("the European Union"); one that never names the
seat's state.
"""

from __future__ import annotations

import pytest

from test_actors_review134 import principals

pytestmark = pytest.mark.model


def test_review142_seat_dateline_in_state_story() -> None:
    text = (
        "BRUSSELS (Reuters) - The United Arab Emirates extradited a Belgian man to Belgium on "
        "Tuesday. Justice Minister Annelies Verhoeven thanked the Emirati authorities."
    )
    assert principals(text, "Justice Minister Annelies Verhoeven") == ["BEL"]


def test_review142_near_miss_igo_named() -> None:
    text = (
        "BRUSSELS (Reuters) - The European Union extended its sanctions on Belarus, and Belgium "
        "sent aid to Lithuania. Foreign Minister Jan Novak thanked the Emirati authorities."
    )
    assert principals(text, "Foreign Minister Jan Novak") != ["BEL"]


def test_review142_near_miss_state_never_named() -> None:
    text = (
        "BRUSSELS (Reuters) - The United Arab Emirates extradited a Dutch man to the "
        "Netherlands on Tuesday. Justice Minister Pieter Smit thanked the Emirati authorities."
    )
    assert principals(text, "Justice Minister Pieter Smit") != ["BEL"]
