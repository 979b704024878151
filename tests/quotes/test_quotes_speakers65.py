"""Quote speakers of session 46 (helper O65): a body read back by its noun ("the committee
said", "the statement said" after "In a statement, the committee said ...") speaks by the
fuller name given first; that name now runs on through its "for"/"of" phrase of capitals as
the body's own words do (quotes.attribute._fuller_description through _with_place), not cut
at the noun ("Kyrgyzstan's State Committee"). Near miss: a role with a lower-case head keeps
its phrase ("the Pentagon's press secretary")."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's full name)
_NAMES: list[tuple[str, str, str]] = [
    (
        "BISHKEK — Kyrgyz troops fired on a smuggling boat on Monday, Kyrgyzstan's State"
        ' Committee for National Security said. "The Kyrgyz side will respond firmly," the'
        " committee said.",
        "respond firmly",
        "Kyrgyzstan's State Committee for National Security",
    ),
    (
        "ASTANA — Kazakh guards detained two Uzbek drivers, Kazakhstan's Agency for Border"
        " Security said. In a statement, the agency said the drivers carried forged papers."
        ' "Every crossing will be checked," the statement said.',
        "Every crossing",
        "Kazakhstan's Agency for Border Security",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _NAMES)
def test_speakers65_body_read_back_keeps_its_full_name(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


#: (text, words of the quote, the speaker's name)
_ROLES: list[tuple[str, str, str]] = [
    (
        "WASHINGTON — The Pentagon's press secretary told reporters the drills would go ahead."
        ' "We are ready," the press secretary said.',
        "We are ready",
        "Pentagon's press secretary",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _ROLES)
def test_speakers65_role_read_back_unchanged(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
