"""Plain-ASCII appeals to a list of names keep their text (session 25, builder PT).

"Chile urged Argentina, Uruguay and Paraguay to ratify the treaty" has what the vanished
quote rule reads as a lead-in (a speech verb with a listener, "urged Argentina", a comma and
a capital): the rest of the list up to an infinitive is the verb's objects, not speech that
lost its quote marks (vanished._NAME_LIST). Speech after a listener still gets its marks back.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import repair_text

LISTS = [
    "Chile urged Argentina, Uruguay and Paraguay to ratify the treaty.",
    "Kenya warned Uganda, Tanzania, Rwanda and Burundi to stop the smuggling.",
    "The minister urged Germany, France or the Netherlands to take the migrants.",
]

SPEECH = [
    (
        "The ministry told Reuters, Russia and China are now close allies and we dont expect "
        "that to change.",
        "The ministry told Reuters, \u201cRussia and China are now close allies and we don\u2019t "
        "expect that to change.\u201d",
    ),
    (
        "He told VOA, We will not stop until the job is done.",
        "He told VOA, \u201cWe will not stop until the job is done.\u201d",
    ),
]


@pytest.mark.parametrize("text", LISTS)
def test_repair_ascii_name_list_unchanged(text: str) -> None:
    assert repair_text(text).text == text


@pytest.mark.parametrize(("text", "repaired"), SPEECH)
def test_repair_ascii_speech_after_listener_quoted(text: str, repaired: str) -> None:
    assert repair_text(text).text == repaired
