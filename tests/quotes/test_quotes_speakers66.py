"""Quote speakers of session 46 (helper P5R): "the statement said" after "A statement from X
said ..." is X's (a document's own "from"/"by" phrase names its author, as a document named in
the quote's own sentence already did). Near misses: the statement issued by a state in its own
sentence, and a statement of no author before (the latest named issuer still speaks)."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "OSLO — Denmark urged Iceland on Monday to reopen the fishing talks.\n\nA statement from"
        " the Nordic Council said the talks would resume in March. \"Both sides have shown good"
        ' will," the statement said.',
        "shown good will",
        "Council",
    ),
    (
        "GENEVA — Switzerland pressed Austria on Friday to ease the transit rules.\n\nAccording to"
        " a statement from the World Health Organization, the outbreak is under control. \"The"
        ' risk to travellers remains low," the statement added.',
        "risk to travellers",
        "Organization",
    ),
    (
        "LIMA — Ecuador criticized Colombia on Thursday over the border closure.\n\nA communique"
        " issued by the Andean Community said the closure broke regional rules. \"Trade must flow"
        ' freely," the communique said.',
        "Trade must flow",
        "Community",
    ),
    # near miss: the issuer is the subject of "said in a statement", as before
    (
        "ROME — Greece thanked Cyprus on Tuesday for its help.\n\nItaly said in a statement that it"
        ' backed the plan. "Rome will contribute," the statement added.',
        "Rome will contribute",
        "Italy",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers66_statement_from_earlier_issuer(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker
