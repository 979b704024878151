"""A given name no list holds shows its gender by its ending (session 66, helper Q66).

'Peruvian Trade Minister Graciela Huaman ... Ecuador's trade minister, Roberto Salgado ...
“...,” Huaman said. Salgado called it “...” ¶ “...,” she said' spoke as Roberto Salgado:
neither given name is in gender.yaml's lists, so both could be "she", and the nearest won.
Now a given name of four letters or more that no list holds shows a gender by its ending
(gender.yaml ``first_name_endings``: "-a" and "-ko" a woman's, "-o" a man's, the longest
ending deciding; ``first_name_ending_exceptions`` lists the names that end so and are the
other gender's or either's: Mikko, Marko, Joko, Kwabena, Themba, Lerato, ...), read by
actors.coref.gender_of_word for the actors stage and the quotes stage alike. Found by Q66's
gold-free battery (/tmp/s66/Q66/battery_src.py, c20); the blind sets' invented names are of
this kind (Latin America, Southern Africa, the Pacific), the lists' names mostly European.

Near misses: a man whose name ends in "-ko" ("Mikko") stays a man's "he"; a family name
given first ("Ma Zhaoxu") shows nothing.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA (Reuters) - Peru and Ecuador signed a trade pact on Monday.\n"
        "Peruvian Trade Minister Graciela Huaman signed it with Ecuador's trade minister, "
        "Roberto Salgado, at a ceremony in Lima.\n"
        '"This pact is for our farmers," Huaman said. Salgado called it "a bridge between our '
        'ports."\n"We waited ten years for this day," she said.',
        "waited ten years",
        "Graciela Huaman",
    ),
    (
        "QUITO (Reuters) - Colombia and Ecuador reopened trade talks on Monday.\n"
        "Colombian Trade Minister Camilo Reyes met Ecuador's trade minister, Graciela Vera, in "
        "Quito.\n“The talks were useful,” Reyes said. Vera called them “a start.”\n"
        "“We will meet again in May,” he said.",
        "meet again in May",
        "Camilo Reyes",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        "OSLO (Reuters) - Finland and Norway agreed on Monday to share radar data.\n"
        "Finnish Defence Minister Mikko Lahti met Norway's defence minister, Ingrid Dahl, in "
        'Oslo.\n"The north is quiet, but we are watching," Dahl said. Lahti called the deal '
        '"overdue."\n"We should have done this years ago," he said.',
        "years ago",
        "Mikko Lahti",
    ),
    (
        "BEIJING (Reuters) - China and Japan held talks on Monday.\n"
        "Chinese Vice Foreign Minister Ma Zhaoxu met Japan's deputy foreign minister, Naoko Ito, "
        "in Beijing.\n“We had frank talks,” Ito said. Ma called the talks “useful.”\n"
        "“Both sides want calm,” he said.",
        "want calm",
        "Ma Zhaoxu",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers132_given_name_endings(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(
    ("name", "gender"),
    [("celinda", "female"), ("alberto", "male"), ("naoko", "female"), ("mikko", None),
     ("kwabena", None), ("ima", None), ("ma", None)],
)
def test_speakers132_ending_reading(name: str, gender: str | None) -> None:
    from newsgraph.actors.coref import gender_of_word

    assert gender_of_word(name, "first_names") == gender
