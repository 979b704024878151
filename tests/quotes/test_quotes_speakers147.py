"""Quote speakers of session 68 (helper O102): a "she" given a man is the quotation before's
speaker when no woman is named.

'The mission, led by Ines Castellvi, met Economy Minister Rodrigo Quispe ... Castellvi said
"good progress" had been made ... ¶ "The fund is ready to continue the discussions," she
said': the actors stage gave "she" the minister, and the minister's name, whose ending guesses
a man, was read as a woman's because of that very "she" (quotes._person_gender counted the
pronoun being read as the article's own word on the person). The pronoun being read no longer
shows its person's gender (``skip``), and a "he"/"she" given someone of the other gender, with
no one of its gender named, is the quotation before's speaker when that speaker is named in its
paragraph or the one before and nothing shows the other gender (quotes._gender_fit).

Near misses: a "she" given a woman stays hers; a man speaking the quotation before keeps a
"he"; a speaker of the quotation before who is a man does not take a "she".
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_MISSION = (
    "QUITO, June 3 (Reuters) - A World Bank team ended a week of talks in Ecuador on Friday "
    "without a deal.\n"
    "The team, led by Ines Valbuena, met Finance Minister Rodrigo Paz Cordero in Quito. "
    'In a statement, Valbuena said "real progress" had been made on the budget.\n'
)

#: (text, words of the quote, speaker)
CASES: list[tuple[str, str, str]] = [
    (
        _MISSION + '"The bank is ready to keep talking in the coming weeks," she said.',
        "ready to keep talking",
        "Valbuena",
    ),
    (
        _MISSION + 'Any deal would need "credible steps" on the deficit, she added.',
        "credible steps",
        "Valbuena",
    ),
]

#: near misses: (text, words, speaker)
NEAR: list[tuple[str, str, str]] = [
    (  # a man's "he" stays the minister's
        _MISSION + 'Paz said Ecuador would "not cut pensions." "We have our own plan," he said.',
        "our own plan",
        "Rodrigo Paz Cordero",
    ),
    (  # a woman named as the speaker keeps her "she"
        "LIMA (AFP) - Foreign Minister Carmen Rosa Villacorta met Chile's envoy on Monday. "
        '"We want calm," she said.',
        "We want calm",
        "Carmen Rosa Villacorta",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES + NEAR)
def test_speakers147_she_after_a_named_woman(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
