"""Quote speakers (session 61, round two): names the model misreads. A surname split off a
person's name under a label of its own ("... Minister Amina Yusuf | Barre" with the last word
called a place) is part of the name, so its bare use later speaks for that person; a person
noun opening the sentence ("Economist X Y said") is no word of the name after it; and a
name the parser hung away from the verb right after it ("In Kisumu, the lakeside city, fish
trader X said ...", read as a list) is that verb's subject, whom the next "she said" takes
up, over a woman named in the paragraph before. Near misses keep the nearest fitting person
of the pronoun's own paragraph, and a name that is the subject of its verb keeps it."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_HEAD = "Kenya and Norway agree on lake project\n\nNAIROBI (Reuters) - "

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        # a surname split off the name under a label of its own, then used bare
        _HEAD + "The accord was signed by Somali Ports Minister Abdullahi Farah Nuur "
        "and Kenyan Deputy Minister Peter Kamau.\nKamau toured the port afterwards.\nNuur said the "
        "first ships would dock in June. “This port will feed two countries,” he told a news "
        "conference.",
        "This port will feed",
        "Abdullahi Farah Nuur",
    ),
    (
        # a person noun opening the sentence is no word of the name (the model may call such a
        # name an organisation); "he" is his, not the woman's before
        _HEAD + "Fish trader Akinyi Otieno said her stall had flooded twice. “We lost everything "
        "in one night,” she said.\nEconomist Tendai Mukwena said Kenya needed cheaper loans. "
        "“Oslo brings money and patience,” he said.",
        "Oslo brings money",
        "Tendai Mukwena",
    ),
    (
        # a name read as one more item of a list before its verb, then "she said"
        _HEAD + "Researcher Dr. Maria Solberg said the water had risen two metres. “The shore "
        "has moved inland,” she said.\nIn Kisumu, the lakeside city, fish trader Akinyi Otieno "
        "said her stall had flooded twice. “We lost everything in one night,” she said.",
        "We lost everything",
        "Akinyi Otieno",
    ),
]

#: near misses
_NEAR: list[tuple[str, str, str]] = [
    (
        # the pronoun's own paragraph names the fitting person: she keeps it
        _HEAD + "Researcher Dr. Maria Solberg said the water had risen two metres.\nFish trader "
        "Akinyi Otieno said her stall had flooded twice. “We lost everything in one night,” she "
        "said.",
        "We lost everything",
        "Akinyi Otieno",
    ),
    (
        # the earlier woman is the one who speaks again: the nearest fitting person
        _HEAD + "Fish trader Akinyi Otieno said her stall had flooded twice.\nResearcher Dr. Maria "
        "Solberg said the water had risen two metres. “The shore has moved inland,” she said.",
        "The shore has moved",
        "Maria Solberg",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers113_misread_names_speak(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker
