"""Quote speakers of session 34 (helper S43), from set 43's wrong speaker, by its form.

A paper's words reported by a body ("The note called the incursion “...,” the ministry said")
are the body's, not those of a person named before it (attribute._told_inside_report reads a
person's words inside a body's report only from a verb whose subject is no unowned document,
cues.yaml documents). A person's words so reported, and a letter a person owns, stay the
person's. Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA — Peru summoned Chile's ambassador on Monday, the Foreign Ministry said.\n\n"
        '"Our waters are not a playground," Foreign Minister Ana Ruiz told reporters at the '
        'ministry.\n\nChile rejected the protest. The note called the incursion "a serious '
        'breach of Peruvian sovereignty," the ministry said.',
        "a serious breach of Peruvian sovereignty",
        "Foreign Ministry",
    ),
]

#: near-misses that must stay as they are: a person's words, a person's own letter
_KEPT: list[tuple[str, str, str]] = [
    (
        "QUITO — Ecuador recalled its ambassador from Bogota on Friday. Foreign Minister Rosa "
        'Paz spoke to reporters.\n\nPaz called the remarks "an insult to Ecuador," the ministry '
        "said.",
        "an insult to Ecuador",
        "Rosa Paz",
    ),
    (
        "QUITO — Ecuador recalled its ambassador from Bogota on Friday. Foreign Minister Rosa "
        'Paz spoke to reporters.\n\nPaz\'s letter called the remarks "an affront to Ecuador," '
        "the ministry said.",
        "an affront to Ecuador",
        "Rosa Paz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers47_documents_reported_by_bodies(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
