"""Quote speakers of session 51 (helper T72): a text is no speaker under an according-to
source.

Session 49 (O72) let any according-to source, not only a news channel, carry the words a cue
verb governing the quotation gives its subject ("Peru's president praised Chile as “...”,
according to the presidential palace": the president), skipping a document subject ("The
note demanded “...”, according to the Foreign Ministry": the ministry's). A text of a deal
(cues texts: agreement, accord, treaty, ...) is skipped as a document is: "Quito's agreement
with Lima highlights a “...”, according to the joint statement" is the statement's words
about the agreement, not words of Quito (attribute._carried_teller).

Near misses keep session 49's rows: a person or a minister under the source still speaks.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "QUITO, Ecuador — Ecuador and Peru signed a trade accord on Monday. Quito's agreement"
        ' with Lima highlights a "new chapter of shared prosperity for both peoples,"'
        " according to the joint statement.",
        "new chapter of shared prosperity",
        "statement",
    ),
    (
        "ACCRA — Ghana and Togo signed a border treaty on Friday. The treaty opens \"a road to"
        ' lasting calm on the frontier," according to the Ghanaian foreign ministry.',
        "a road to lasting calm",
        "ministry",
    ),
    # near misses: a person or an official under the source speaks
    (
        "LA PAZ — Bolivia's foreign minister praised Chile as \"a reliable neighbor in hard"
        ' times," according to the presidential palace.',
        "a reliable neighbor in hard times",
        "minister",
    ),
    (
        "DAKAR — President Amadou Sall called the pact \"a victory for our fishermen,\""
        " according to a government statement.",
        "a victory for our fishermen",
        "Sall",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers87_texts_under_according_to(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker, quote.speaker
