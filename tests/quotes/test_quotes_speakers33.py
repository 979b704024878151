"""Quote speakers of session 30 (builder S33), from set 33's wrong speakers: a party named by
one word after its state's group.

"Spain's opposition Socialists called the plan “...”" spoke as "Spain's opposition": the
group the actors stage reads names the kind of body, and the proper name after it is its name
when it is one capitalised word too, as for two or more ("Albania's opposition Democratic
Party"; attribute._proper_head). The group alone keeps its words. Every text was written for
this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_PARTIES: list[tuple[str, str, str]] = [
    (
        "MADRID — Spain's opposition Socialists called the plan \"a gift to Morocco\" and "
        "repeated their call for a vote.",
        "gift to Morocco",
        "Socialists",
    ),
    # kept: a name of two words, and the group alone
    (
        "TIRANA — Albania's opposition Democratic Party called the vote \"a farce\" on Sunday.",
        "a farce",
        "Democratic Party",
    ),
    (
        "ROME — Italy's opposition called the deal \"a surrender\" on Monday.",
        "surrender",
        "Italy's opposition",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _PARTIES)
def test_speakers33_party_after_group(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
