"""Quote speakers of session 25 (builder S24): a capital's name inside a person's name
("Interior Minister Ana Sofia Correia": Sofia, Bulgaria's capital) is a middle name when the
parser joins it as a compound to a surname after it, so the speaker keeps the whole name
(Resolver._appositive_people, after _capital_surname). Near-misses: a capital that ends the
name ("Foreign Minister Paulo Lima") stays its surname, and a capital after the name is a
place. A foreign ministry called a department ("an Australian Department of Foreign Affairs
and Trade spokesperson") is one role phrase, so the spokesperson keeps it (roles.yaml)."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's full name)
_CASES: list[tuple[str, str, str]] = [
    (
        "MADRID — Spain's government said the flight followed the law. \"Every person on that "
        'plane had a final order from a court," Interior Minister Ana Sofia Correia told '
        "reporters in Madrid.",
        "a final order from a court",
        "Ana Sofia Correia",
    ),
    (
        'LISBON — "We will answer in due course," Foreign Minister Maria Victoria Lopes told '
        "reporters on Monday.",
        "answer in due course",
        "Maria Victoria Lopes",
    ),
    # a foreign ministry called a department keeps its spokesperson (roles.yaml)
    (
        'CANBERRA — "The decision is regrettable," an Australian Department of Foreign Affairs '
        "and Trade spokesperson told reporters.",
        "The decision is regrettable",
        "Australian Department of Foreign Affairs and Trade spokesperson",
    ),
    (
        'PRETORIA — "We value the partnership," a South African Department of International '
        "Relations spokesperson said.",
        "We value the partnership",
        "South African Department of International Relations spokesperson",
    ),
    # the capital ends the name, or is a place after it
    (
        'BRASILIA — "We will respond," Foreign Minister Paulo Lima told reporters.',
        "We will respond",
        "Paulo Lima",
    ),
    (
        '"The border stays open," Defense Minister Maria Jose Pereira said in Lisbon on Tuesday.',
        "The border stays open",
        "Maria Jose Pereira",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers22_whole_speaker(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
