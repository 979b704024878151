"""A body's "of" name runs on through "and" and capitals (session 63, helper Q63).

"Somalia's Ministry of Ports and Marine Transport accused the ship ... “in a manner that
suggests smuggling.”": the institution speaks by its whole name as the article gives it, not
"Somalia's Ministry of Ports" (the place pattern of attribute._with_place stops at "and").
When the parse joins the words after "and" inside the "of" phrase, all capitalised
(attribute._name_of_phrase), the name runs on (attribute._joined_of_end); "and the army" or a
lower-case word after "and" stays out.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_JOINED: list[tuple[str, str, str]] = [
    (
        "ACCRA (AP) - Ghana's Ministry of Fisheries and Aquaculture Development accused the"
        ' trawler of fishing without a licence "in waters reserved for canoes." The crew were'
        " held in Tema.",
        "reserved for canoes",
        "Ghana's Ministry of Fisheries and Aquaculture Development",
    ),
    (
        "MANILA (AP) - The Philippines' Department of Transportation and Communications said the"
        ' ferry had sailed "without clearance." The vessel was held in port.',
        "without clearance",
        "Philippines' Department of Transportation and Communications",
    ),
]

#: (text, words, speaker): near misses, "and" opening another phrase
_NOT_JOINED: list[tuple[str, str, str]] = [
    (
        "NAIROBI (AP) - Kenya's Ministry of Defence and the army said the border was"
        ' "fully secured."',
        "fully secured",
        "Kenya's Ministry of Defence",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _JOINED)
def test_speakers123_of_name_runs_on(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _NOT_JOINED)
def test_speakers123_other_phrase_stays_out(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.startswith(speaker), quote.speaker
    assert "army" not in quote.speaker, quote.speaker
