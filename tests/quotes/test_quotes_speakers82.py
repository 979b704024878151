"""Quote speakers of session 49 (lead): an ordinary person the model took for an
organisation ("Ama Owusu, a 42-year-old cloth trader, said ..." labelled ORG) is a person
by the apposition of a person noun (actors offices.yaml person_nouns: traders, farmers,
drivers, nurses...), so the "she said" after is hers, not the last official's. Every text
was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        'ACCRA (Reuters) - "We expect a solution within days," a Ghanaian diplomat said.\n\n'
        "Ama Owusu, a 42-year-old cloth trader, said she had been waiting for three days."
        ' "I have lost everything I brought," she said.',
        "lost everything",
        "Owusu",
    ),
    (
        'LOME (AP) - "The border will reopen soon," Togo\'s interior minister, Yao Agbeko, said.'
        "\n\nAma Owusu, a cloth trader, said she did not believe him."
        ' "They say this every month," she said.',
        "every month",
        "Owusu",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers82_ordinary_people(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker, quote.speaker


def test_speakers82_official_kept(run: Run) -> None:
    """The official's own words stay his."""
    text = (
        'LOME (AP) - "The border will reopen soon," Togo\'s interior minister, Yao Agbeko, said.'
        "\n\nAma Owusu, a cloth trader, said she did not believe him."
    )
    quote = quote_with(run(text), "reopen soon")
    assert quote.speaker is not None and quote.speaker.split()[-1] == "Agbeko"
