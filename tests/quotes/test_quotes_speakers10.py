"""Quote speakers that are collectives the actors stage resolves (session 8): "the
ministers said" after the role group was named ("Foreign ministers of the Group of
Seven") speaks as the body the article named, as the guidelines ask for a statement
of an institution; a collective of a state's officials keeps the words it was given."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's actor)
_CASES: list[tuple[str, str, str, str]] = [
    (
        "Foreign ministers of the Group of Seven on Wednesday criticized China. The ministers "
        'also condemned the strikes and said they would back Kyiv "for as long as it takes."',
        "for as long as it takes",
        "Group of Seven",
        "G7",
    ),
    (
        'NATO defense ministers met in Brussels on Monday. "We stand by Ukraine," the '
        "ministers said.",
        "We stand by Ukraine",
        "NATO",
        "NATO",
    ),
    (
        "Foreign ministers of the Association of Southeast Asian Nations gathered in Vientiane "
        'on Friday. "The code of conduct is overdue," the ministers said in a statement.',
        "code of conduct is overdue",
        "Association of Southeast Asian Nations",
        "ASEAN",
    ),
    (
        'Chinese officials met in Beijing on Monday. "We oppose this," the officials said.',
        "We oppose this",
        "officials",
        "CHN",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _CASES)
def test_speakers10_collective_speaks_as_its_body(
    run: Run, text: str, words: str, speaker: str, actor: str
) -> None:
    quote = quote_with(run(text), words)
    assert (quote.speaker, quote.speaker_actor) == (speaker, actor)
