"""Quote speakers of session 57 (O87): a body's city keeps the particles of its name.

"The British High Commission in Dar es Salaam called the deal “...”": a posted body's city
runs on through the lower-case words inside place names (cues place_particles: "es", "de",
"del", ...) when a capitalised word follows them (attribute._place_of in _with_place), so the
speaker is the body in its whole city, not cut at the particle ("... in Dar"). A particle with
no capitalised word after it ("in Kabul de facto") ends the city as before, and a body at home
keeps no city at all.

"Argentina's agriculture secretary said ... “...”": a portfolio's secretary is its head as its
minister is (offices portfolio_heads: "secretary"), so the speaker is the office, not the
state that owns it ("Argentina"); the titles listed before (foreign, energy, press
secretary) read as before.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_PARTICLE_CITY: list[tuple[str, str, str]] = [
    (
        "LUSAKA (Reuters) - Zambia and Tanzania agreed on Monday to repair the railway between"
        " them. The British High Commission in Dar es Salaam called the deal"
        ' "a step in the right direction."',
        "a step in the right direction",
        "British High Commission in Dar es Salaam",
    ),
    (
        "BRASILIA (AP) - Brazil eased visa rules for Italian students on Friday. The Italian"
        ' Embassy in Rio de Janeiro said the first visas were "ready to collect."',
        "ready to collect",
        "Italian Embassy in Rio de Janeiro",
    ),
    # near miss: a particle with no capitalised word after it is no part of the city
    (
        "ISLAMABAD (AP) - Pakistan reopened a border crossing on Monday. The German Embassy in"
        ' Kabul de facto serves as a channel and said the talks were "useful."',
        "useful",
        "German Embassy in Kabul",
    ),
    # near miss: a city with no particle, as before
    (
        "NAIROBI (Reuters) - Kenya signed a road deal with China on Tuesday. China's Embassy in"
        ' Nairobi said the deal was "fair to both sides."',
        "fair to both sides",
        "China's Embassy in Nairobi",
    ),
]

_PORTFOLIO_SECRETARY: list[tuple[str, str, str]] = [
    (
        "CAIRO (AP) - Egypt bought more wheat from South America on Monday. Argentina's"
        ' agriculture secretary said the first cargoes could sail "within weeks."',
        "within weeks",
        "Argentina's agriculture secretary",
    ),
    (
        "MANILA (Reuters) - The Philippines raised rice tariffs on Tuesday. Thailand's trade"
        ' secretary said the move was "a step backwards."',
        "a step backwards",
        "Thailand's trade secretary",
    ),
    # near miss: a title listed before reads as it did
    (
        "MANILA (Reuters) - The Philippines raised rice tariffs on Tuesday. Britain's foreign"
        ' secretary said the move was "regrettable."',
        "regrettable",
        "Britain's foreign secretary",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _PARTICLE_CITY)
def test_speakers102_city_keeps_its_particles(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _PORTFOLIO_SECRETARY)
def test_speakers102_portfolio_secretary_speaks(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
