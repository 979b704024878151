"""Quote speakers, session 16 review (builder X3): a diplomatic paper received "from" a state
speaks for the sender, not the state that received it; one handed over speaks for the giver."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        'TALLINN — Estonia received a note from Russia that called the expulsions "unfriendly."',
        "unfriendly",
        "Russia",
    ),
    (
        'OSLO — Norway received a letter from China on Monday that called the prize "a farce."',
        "a farce",
        "China",
    ),
    (
        'TALLINN — Russia handed Estonia\'s envoy a note calling the expulsions "hostile."',
        "hostile",
        "Russia",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_quotes_review26_paper_speaks_for_its_sender(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
