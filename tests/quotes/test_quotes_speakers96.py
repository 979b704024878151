"""Quote speakers of session 56 (O81): a bare "the ministry" after a state's own sentence; a
minister's title is no spokesperson's.

"Lima rejected that account. In a statement, the ministry said the boat had been “...”": a bare
body noun with no owner of its own, opening the report right after a sentence whose subject is
a state by its name or capital alone, refers back to the latest body of that word of that state
(attribute._prior_subject_state, _latest_body), not to another state's body named later; with
no such subject ("Lome's envoy protested") the latest body of the word is read as before.

"“...,” said Jorge Salas, a spokesman for Chile's Ministry of Fisheries. ... Chile's foreign
minister ... The Chilean minister promised to “...”": a person known only by a spokesperson's
title (offices mouthpiece_words) holds no other office of the state
(resolve.Resolver._mouthpiece_only in _add_title), as a spokesperson's title already held no
minister's; a person given the minister's title still speaks by name.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_PRIOR_STATE: list[tuple[str, str, str]] = [
    (
        "LIMA (Reuters) - Peru summoned Chile's consul in Lima on Wednesday, the Peruvian Foreign"
        ' Ministry said. "They were fishing in our waters," said Jorge Salas, a spokesman for'
        " Chile's Ministry of Fisheries. Lima rejected that account. In a statement, the ministry"
        ' said the boat had been "in international waters" when it was stopped.',
        "in international waters",
        "Peruvian Foreign Ministry",
    ),
    # no state as the subject before: the latest body of the word, as before
    (
        "ACCRA (Reuters) - Ghana's Foreign Ministry on Monday recalled its ambassador from Togo."
        ' "We regret this," said Kofi Mensah, a spokesman for Togo\'s Interior Ministry. Lome\'s'
        ' envoy protested. The ministry said it had acted "within the law."',
        "within the law",
        "Interior Ministry",
    ),
]

_MOUTHPIECE: list[tuple[str, str, str]] = [
    (
        'QUITO (Reuters) - "They were fishing in our waters," said Jorge Salas, a spokesman for'
        " Chile's Ministry of Fisheries. Peru's foreign minister spoke by telephone with Chile's"
        ' foreign minister on Wednesday. The Chilean minister promised to "review the case,"'
        " according to a Peruvian statement.",
        "review the case",
        "Chilean minister",
    ),
    # near miss: the minister named before speaks by name
    (
        'QUITO (Reuters) - "They were fishing in our waters," said Ana Rojas, Chile\'s foreign'
        " minister. Peru's foreign minister spoke by telephone with her on Wednesday. The Chilean"
        ' minister promised to "review the case," according to a Peruvian statement.',
        "review the case",
        "Ana Rojas",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _PRIOR_STATE)
def test_speakers96_bare_body_after_state_subject(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _MOUTHPIECE)
def test_speakers96_minister_is_no_spokesperson(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
