"""Quote speakers of session 44 (lead), from a probe article: a quoted term in a "who" clause
hung on a named person ("He also met Bangladesh's interim leader, Muhammad Yunus, who thanked
Japan for “standing by us”") is that person's, not the main verb's subject. The parser hangs
the quote's closing stop on the main verb, which made "He" (the visitor) the speaker; a quote
whose words sit under a "who" clause's verb is now read from that clause first
(quotes/attribute.py _relative_clause_speaker). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "ACCRA, Ghana — Nigeria's foreign minister visited Accra on Tuesday. He also met Ghana's "
        "president, John Mahama, who thanked Nigeria for “standing by us in hard times.”",
        "standing by us",
        "John Mahama",
    ),
    (
        "LIMA, Peru — Chile's foreign minister arrived in Lima on Monday. She later met Peru's "
        "prime minister, Eduardo Arana, who praised Chile for “a decade of trust.”",
        "decade of trust",
        "Eduardo Arana",
    ),
    # the main verb's subject keeps words quoted under its own verb
    (
        "ACCRA, Ghana — Nigeria's foreign minister visited Accra on Tuesday. He praised Ghana "
        "for “its courage in hard times.”",
        "its courage",
        "Nigeria's foreign minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers61_relative_clause_words(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
