"""The article's own "he"/"she" outranks a gender guessed from a given name's ending (session
67, helper Q67).

Session 66 read an unlisted given name ending "-a" as a woman's and "-o" as a man's
(gender.yaml ``first_name_endings``). Where the article itself says otherwise, the guess
won: "Musalia X, the foreign minister, said ... He said ..." gave "He" to a man named a
paragraph before, and "Dilnoza X, a specialist, said ... “...,” he said" likewise (set 82).
actors/coref.py ``_pronoun_next``: the "he"/"she" that is the next sentence's first person,
outside quotation marks, after a sentence that names the person alone as its subject, shows
that person's gender when no one of that gender is named before in the paragraph; the
quotes stage's ``_person_gender`` then takes the "he"/"she" the actors stage gave the person
over the ending's guess. Found by Q67's battery of long invented wire stories
(/tmp/s67/Q67/battery_src.py, L13).

Near misses: a listed name keeps its gender; a person of the pronoun's gender named before
in the same paragraph keeps the pronoun ("Mamani said. Van Klaveren called it ... she said");
a guess the article never contradicts still decides ("Graciela X ... Roberto Y ... she").

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "NAIROBI (Reuters) - Kenya will send 600 more police officers to Haiti.\n"
        "The Kenyan commander, Godfrey Otunge, said his forces had retaken several roads.\n"
        '"We move forward street by street," Otunge told reporters.\n'
        "Kenya's foreign minister, Musalia Mudavadi, said funding remained the main problem. He "
        'said a U.N. trust fund had received "less than a third" of the money.',
        "less than a third",
        "Musalia Mudavadi",
    ),
    (
        "MANAMA (Reuters) - Turkmenistan and Bahrain signed a gas deal on Monday.\n"
        "“For years I flew through Istanbul,” said Ali Hasan Qamber, a carpet importer in "
        "Manama.\n"
        "Dilnoza Rakhimova, a specialist at a London university, said the visit showed a wish for "
        "new buyers. “The swap is a long shot, but the signal is clear,” he said.",
        "swap is a long shot",
        "Dilnoza Rakhimova",
    ),
    (
        "ABUJA (Reuters) - Nigeria and Ghana signed a trade accord on Friday.\n"
        "Ghana's trade minister, Kwame Asante, said the deal would last ten years.\n"
        "Nigeria's trade minister, Ishola Adeyemi, said tariffs would fall. He said the accord "
        'was "a model for the region."',
        "a model for the region",
        "Ishola Adeyemi",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        "LA PAZ (AP) - Chile and Bolivia agreed on Monday to exchange ambassadors.\n"
        "Bolivian Foreign Minister Celinda Mamani made the announcement with Chile's foreign "
        "minister, Alberto van Klaveren, at a ceremony in La Paz.\n"
        '"History does not have to be a prison," Mamani said. Van Klaveren called it "a day '
        'for our grandchildren."\n'
        '"We still disagree on the sea," she said.',
        "disagree on the sea",
        "Celinda Mamani",
    ),
    (
        "QUITO (AP) - Ecuador and Peru met on Monday.\n"
        "Ecuador's minister, Graciela Huaman, met Peru's envoy, Roberto Salgado, in Quito.\n"
        '"We will reopen the bridge," she said.',
        "reopen the bridge",
        "Graciela Huaman",
    ),
    (
        "NAIROBI (Reuters) - Kenya will send more police to Haiti.\n"
        "The commander, Godfrey Otunge, said his forces had retaken several roads.\n"
        "Kenya's foreign minister, Anna Wanjiku, said funding remained the main problem. "
        '"We need the money," he said.',
        "We need the money",
        "Godfrey Otunge",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers140_article_gender_over_ending(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
