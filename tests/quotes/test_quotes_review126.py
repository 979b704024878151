"""Quote speakers of session 44 (P2): a "he"/"she" in the very sentence whose main subject
names a person the article shows no gender of ("Lukas Brenner thanked his host for what he
called “...”") is that subject; quotes/attribute.py _gender_fit no longer passes over it to
a man or woman named earlier (a speaker of the quotation before, or one whose name holds a
gendered word). Near miss: a "he" whose sentence's subject is another person. Every text was
written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "VIENNA, Austria — The accord was signed by Austrian Foreign Minister Peter Son and his "
        "Slovak counterpart, Juraj Blanar, who arrived on Monday. “We trust each other,” Son "
        "told reporters. Blanar thanked his host for what he called “a generous welcome.”",
        "a generous welcome",
        "Juraj Blanar",
    ),
    (
        "OSLO, Norway — Norwegian Trade Minister Peter Vestre met Icelandic envoy Sigurd "
        "Olafsson on Monday. “The talks went well,” Vestre said. Olafsson praised Oslo for what "
        "he described as “a very open door.”",
        "a very open door",
        "Sigurd Olafsson",
    ),
    # near miss: the sentence's subject is someone else; the "he" keeps the last speaker
    (
        "VIENNA, Austria — Austrian Foreign Minister Peter Son met his Slovak counterpart, Juraj "
        "Blanar, on Monday. “We trust each other,” Son told reporters. The ministry said he "
        "had called the talks “a good start.”",
        "a good start",
        "Peter Son",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_review126_pronoun_of_own_subject(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
