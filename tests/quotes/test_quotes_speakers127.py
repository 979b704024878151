"""A state's ministry that speaks by a short form speaks by its full name as the article first
gives it (session 64, helper Q64): decision 2 of "Conventions decided (session 64)" in
tests/gold/README.md, for a ministry as for an IGO.

"Qatar's labor ministry said" after "Qatar's Ministry of Labor said" is "Qatar's Ministry of
Labor" (attribute._ministry_in_full): the same state's ministry whose "Ministry of ..." name
holds the word before "ministry". Near misses keep the words at the quote: another ministry of
the same state ("Ministry of Fisheries" is no name of the foreign ministry), another state's
ministry, a full name given only inside a quotation, a spokesperson of the ministry (session
63's decision 3).

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "DOHA (AP) - Qatar's Ministry of Labor said on Monday it had opened an inquiry into the"
        ' deaths. "The system works when it is used," Qatar\'s labor ministry said on Tuesday.',
        "system works",
        "Qatar's Ministry of Labor",
    ),
    (
        "DOHA (AP) - Qatar's Ministry of Labor said on Monday it had opened an inquiry into the"
        ' deaths. "The system works when it is used," the labor ministry said on Tuesday.',
        "system works",
        "Qatar's Ministry of Labor",
    ),
    (
        "ROME (AP) - The Italian Ministry of Foreign Affairs summoned the ambassador on Friday."
        ' "This is unacceptable," the foreign ministry said.',
        "unacceptable",
        "Italian Ministry of Foreign Affairs",
    ),
]

#: (text, words of the quote, speaker)
_NEAR: list[tuple[str, str, str]] = [
    (
        "DAKAR (AP) - Senegal's Ministry of Fisheries seized the trawler on Sunday."
        ' "This is unacceptable," Senegal\'s foreign ministry said.',
        "unacceptable",
        "Senegal's foreign ministry",
    ),
    (
        "DAKAR (AP) - Senegal's Ministry of Foreign Affairs protested on Sunday."
        ' "This is unacceptable," the Dutch foreign ministry said.',
        "unacceptable",
        "Dutch foreign ministry",
    ),
    (
        "DOHA (AP) - Qatar's Ministry of Labor said on Monday it had opened an inquiry into the"
        ' deaths. "We will answer every question," a spokesman for the labor ministry said.',
        "every question",
        "spokesman for the labor ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers127_ministry_in_full(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _NEAR)
def test_speakers127_words_at_the_quote_kept(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
