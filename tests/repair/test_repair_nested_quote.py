"""A quotation that runs on over paragraphs and quotes someone inside it keeps its text (session 63).

'"When I first came to work in this town, the foreign minister told us, 'We will not leave
you alone.'' opens a quotation that
the next paragraph continues (it opens with a quote mark again, as news copy does), and the
words "the foreign minister told us," are part of it: they bring in speech quoted inside the
quotation with single marks. Read as an attribution, they made the lossy-decode repair insert a
curly closer in clean straight-typed copy (vanished._unclosed_quote_hits). Near misses: the
mixed-typing damage that rule is for ('"Speech, she said, adding, "More."', the curly closer
lost) is still repaired.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import repair_text

CLEAN = [
    (
        "Ghana and Togo signed a border accord on Monday.\n"
        '"When I first came to work in this town, the foreign minister told us, \'We will not '
        "leave you alone with this.' We believed her then and we still do.\n"
        '"The accord proves it," the mayor of Aflao said.'
    ),
    (
        "Fiji thanked Australia for the patrol boats.\n"
        '"Before the first boat ever reached our harbour, the commander told me, \'These boats '
        "will change the way we patrol the reef.' He was right about that.\n"
        '"Now the fishermen feel safe," she added.'
    ),
]

DAMAGED = [
    (
        "Chile asked Peru to reopen the crossing.\n"
        '"We want the trucks moving again, the minister said, adding, "The harvest cannot '
        'wait."',
        "\u201d",
    ),
]


@pytest.mark.parametrize("text", CLEAN)
def test_repair_nested_quote_paragraph_unchanged(text: str) -> None:
    assert text.isascii()
    assert repair_text(text).text == text


@pytest.mark.parametrize(("text", "closer"), DAMAGED)
def test_repair_mixed_typing_closer_still_restored(text: str, closer: str) -> None:
    assert closer in repair_text(text).text
