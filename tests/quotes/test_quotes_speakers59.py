"""Quote speakers of session 43 (O62b), from set 62's wrong speaker: "his office said" after
a "he" that stands for a leader named by title is that leader's office.

"Fiji's prime minister, who received X at his residence, raised ... He asked Japan to share
its data “openly and on time,” his office said" gave the words to X: "he" took the person
named only in the relative clause, and "his" followed. "He" now takes the nameless title that
was the sentence before's subject (coref._person_antecedent), and the "his" owning the
subject of the speech verb the one that subject pronoun stands for. Every text was written
for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "APIA, Samoa — Japan's fisheries minister, Hiro Tanaka, arrived in Apia on Monday. "
        "Samoa's prime minister, who received Tanaka at her office, raised the fishing dispute. "
        "She asked Japan to share its catch data “fully and quickly,” her office said.",
        "fully and quickly",
        "Samoa's prime minister",
    ),
    (
        "MAPUTO, Mozambique — Portugal's foreign minister, Rui Matos, visited Maputo on Friday. "
        "Mozambique's president, who hosted Matos for lunch, spoke of the debt. He urged "
        "Portugal to ease its terms “without delay,” his office said.",
        "without delay",
        "Mozambique's president",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers59_office_of_the_pronoun_subject(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
