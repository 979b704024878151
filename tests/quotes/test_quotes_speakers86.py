"""Quote speakers of session 50 (helper P23): a title with an "of" phrase and a name set off
after it ("The head of the Indonesian Palm Oil Association, Budi Santoso, said ... “...”") is
that person's, not an earlier holder of a like title ("ASEAN Secretary-General X": the IGO's
head) the mentions stage read the bare "The head" as (Resolver._named_past_owner). Near miss:
the same title with no name after its phrase still refers back.

Every sentence was written for this file (invented people, real states and IGOs).
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_ASEAN = (
    "The ASEAN Secretariat welcomed the pact. \"This is regional cooperation at its best,\" "
    "ASEAN Secretary-General Lim Sok Hean said in a statement.\n\n"
)
_AU = (
    "The African Union welcomed the ceasefire. \"Guns must fall silent,\" AU Commission "
    "chairperson Moussa Ali Barkindo said in Addis Ababa.\n\n"
)

#: (text, words of the quote, the speaker's full name)
_CASES: list[tuple[str, str, str]] = [
    (
        _ASEAN + "The head of the Indonesian Palm Oil Association, Budi Santoso, said plantation "
        'companies were "ready to cooperate."',
        "ready to cooperate",
        "Budi Santoso",
    ),
    (
        _AU + "The chairman of the Kenya Farmers Union, Peter Kiprono, said growers were "
        '"tired of promises."',
        "tired of promises",
        "Peter Kiprono",
    ),
    (
        _AU + "The director of the Nairobi-based Centre for Peace Studies, Amina Hassan, "
        'told Reuters: "This ceasefire is fragile."',
        "fragile",
        "Amina Hassan",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers86_title_of_body_then_name(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker


#: must-hold: a title with an of-phrase and no name after it refers back (text, words, last word)
_BACK: list[tuple[str, str, str]] = [
    (
        _ASEAN + 'The head of the ASEAN Secretariat said the bloc was "ready to cooperate."',
        "ready to cooperate",
        "Hean",
    ),
]


@pytest.mark.parametrize(("text", "words", "last"), _BACK)
def test_speakers86_title_of_body_no_name(run: Run, text: str, words: str, last: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == last
