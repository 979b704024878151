"""Quote speakers (session 61): bare unnamed sources naming a thing in a free relative
("citing what officials called “...”") name it for the state or body whose act the
relative hangs on, as the annotators give it; sources with words of their own ("what
Chilean officials called"), or a person's act, keep the officials."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_HEAD = "Peru suspends mining deal\n\nLIMA (Reuters) - "

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        _HEAD + "Peru on Thursday suspended a $2 billion agreement under which a Chinese fund was "
        "to take a stake in one of its largest mines, citing what officials called "
        "“irregularities in the audit.”",
        "irregularities in the audit",
        "Peru",
    ),
    (
        _HEAD + "Paraguay, which borders only Brazil, Bolivia and Argentina, has spent years "
        "looking for what officials call “new ports.”",
        "new ports",
        "Paraguay",
    ),
]

#: near misses
_NEAR: list[tuple[str, str, str]] = [
    (
        # officials of another state, named by their words
        _HEAD + "Peru suspended the deal, citing what Chilean officials called “a rushed audit.”",
        "a rushed audit",
        "Chilean officials",
    ),
    (
        # a person's act: the officials are not hers
        _HEAD + "Minister Ana Ruiz suspended the deal, citing what officials called “a rushed audit.”",
        "a rushed audit",
        "officials",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers112_officials_name_for_the_acting_state(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker
