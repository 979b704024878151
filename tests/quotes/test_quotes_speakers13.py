"""Quote speakers of session 12: a state's government named with the kind of government
it is ("Mali's transitional government", "Pakistan's caretaker cabinet", "Somalia's
federal government") speaks under that whole name, as "Mali's interim government" already
did; the parser's reading of the state as a person must not cut the name to the state.
Near-misses: the state alone, and a person's own cabinet, keep their names.
An unnamed title the actors stage ties "he" to, when it stands inside the clause an unnamed
spokesman reports, is spoken about: "he said" is still the spokesman; the same title as
the subject of its own sentence speaks."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "BAMAKO — Mali's transitional government said in a statement: “We will not accept "
        "foreign troops on our soil.”",
        "We will not accept",
        "Mali's transitional government",
    ),
    (
        'ISLAMABAD — "The vote will be held on time," Pakistan\'s caretaker government said '
        "on Monday.",
        "The vote will be held",
        "Pakistan's caretaker government",
    ),
    (
        "MOGADISHU — Somalia's federal government said the deal was void. “Our borders are "
        "not for sale,” it said.",
        "Our borders are not for sale",
        "Somalia's federal government",
    ),
    (
        'TRIPOLI — Libya\'s unity government said: "The port stays open."',
        "The port stays open",
        "Libya's unity government",
    ),
    # near-misses: the state alone is the state; a kind of government with no state is its phrase
    (
        "BAMAKO — Mali said in a statement: “We will not accept foreign troops on our soil.”",
        "We will not accept",
        "Mali",
    ),
    (
        'BAMAKO — "We will not accept foreign troops," the transitional government said.',
        "We will not accept",
        "transitional government",
    ),
    # "he" tied to a title inside the reported clause is still the reporter
    (
        "ANKARA — Turkey summoned Sweden's ambassador on Tuesday.\n\nA spokesman for the "
        "Swedish Embassy said the ambassador had listened. “We have nothing to add,” he said.",
        "We have nothing to add",
        "spokesman for the Swedish Embassy",
    ),
    # near-miss: the title speaks as the subject of its own sentence
    (
        "ANKARA — Turkey summoned Sweden's ambassador on Tuesday. A spokesman said the talks "
        "were over.\n\nThe ambassador later met reporters. “We have nothing to add,” he said.",
        "We have nothing to add",
        "ambassador",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers13_kinds_of_government(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
