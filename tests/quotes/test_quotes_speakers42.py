"""Quote speakers of session 32 (helper S40), from set 40's wrong speakers: "his office said"
after a leader's acts is that leader's office.

"Armenia's prime minister spoke by phone with Iran's president ... and thanked him for Iran's
“reliable support” ..., his office said" gave the words to Iran's president: the possessive
"his" of the reporting body took the nearest person of the sentence. A "his"/"her" owning the
subject of a speech verb now takes the sentence's first subject, the one whose acts the body
reports (coref._person_antecedent). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA, Peru — Chile's prime minister spoke by phone with Peru's president on Tuesday "
        "evening and thanked him for Peru's “reliable support” during last winter's floods, his "
        "office said.",
        "reliable support",
        "Chile's prime minister",
    ),
    (
        "LA PAZ, Bolivia — Bolivia's president met Peru's foreign minister and called him “a "
        "true friend,” his office said.",
        "a true friend",
        "Bolivia's president",
    ),
    (
        "SANTIAGO, Chile — Prime Minister Ana Rojas met President Luis Vega and praised his "
        "“courage,” her spokesman said.",
        "courage",
        "Ana Rojas",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers42_office_of_the_subject(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
