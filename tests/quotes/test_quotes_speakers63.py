"""Quote speakers of session 45 (helper O63): a quote closing a sentence whose verb the parser
hung on the last noun of a relative clause about the subject ("Oman, which mediated ... during
earlier disputes, called on ... 'through quiet diplomacy.'") is the subject's, not that noun's
(nlp._verbs_read_as_participles restores the verb). Near miss: the parse already right."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "MUSCAT — Oman, which mediated between the two neighbors during earlier disputes, called"
        ' on Tehran and Riyadh to resolve the matter "through quiet diplomacy."',
        "quiet diplomacy",
        "Oman",
    ),
    (
        "VIENNA — Austria, which hosted the two sides during previous rounds, urged Serbia and"
        ' Kosovo to settle the matter "at the table, not on the street."',
        "not on the street",
        "Austria",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers63_subject_past_relative_clause(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker.split()[-1]


#: (text, words of the quote, the speaker's full name)
_NAMES: list[tuple[str, str, str]] = [
    (
        "BISHKEK — Kyrgyzstan’s State Committee for National Security said Uzbek troops opened"
        " fire on a Kyrgyz post, and that its guards “returned fire to stop the attack.”",
        "returned fire",
        "Kyrgyzstan’s State Committee for National Security",
    ),
    (
        "ASTANA — Kazakhstan's Agency for Strategic Planning said the figures were \"only a first"
        ' estimate."',
        "first estimate",
        "Kazakhstan's Agency for Strategic Planning",
    ),
    # a lower-case body noun's "for" phrase is no name
    (
        "ROME — Italy's foreign ministry for years said it was \"watching closely.\"",
        "watching closely",
        "Italy's foreign ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _NAMES)
def test_speakers63_owned_body_name_runs_on_through_for(
    run: Run, text: str, words: str, speaker: str
) -> None:
    """A state's capitalised body speaks by its full name, "for" + capitals included
    (quotes.attribute._owned_body)."""
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
