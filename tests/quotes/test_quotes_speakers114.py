"""Quote speakers of session 62 (O93): a named storm is no person ("roads destroyed by Cyclone
Evan ... 'The bridges come first,' he said": the speaker is the prime minister named before,
not the cyclone). The actors stage's entity ruler reads "Cyclone", "Hurricane" or "Typhoon" and
the name after it as an event (data/actors/patterns.yaml). Near miss: a person named after the
storm word's sentence is still the speaker.

"..., said a statement from the prime minister's office": an office whose owner is named by
title only speaks itself, as the open sets name it ("prime minister's office"); one whose
owner is named ("from Zelenskyy's office") is its owner's (quotes.attribute._phrase_author)."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "APIA — Samoa's prime minister met New Zealand's envoy on Friday to discuss the rebuilding "
        "of roads destroyed by Cyclone Evan in December.\n"
        '"The bridges come first, then the schools," he said.',
        "The bridges come first",
        "minister",
    ),
    (
        "KINGSTON — Jamaica's foreign minister thanked Cuba for its doctors after Hurricane Melissa "
        'in October. "They came when we needed them," she said.',
        "They came when we needed them",
        "minister",
    ),
    # a person named after the storm is still the speaker
    (
        "MANILA — The Philippines thanked Japan for its help after Typhoon Haiyan. Japan's "
        'ambassador, Kenji Sato, visited Tacloban on Monday. "We will stay," he said.',
        "We will stay",
        "Sato",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_quotes_speakers114_storm_is_no_person(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker.split()[-1], quote.speaker


#: (text, words of the quote, the speaker's whole name)
_OFFICES: list[tuple[str, str, str]] = [
    (
        "NAIROBI — Kenya rejected the audit on Tuesday. \"We will answer it point by point,\" "
        "said a statement from the prime minister's office.",
        "point by point",
        "prime minister's office",
    ),
    (
        "MANILA — \"The talks were useful,\" said a statement from the president's office in Manila.",
        "The talks were useful",
        "president's office",
    ),
    # a named owner still speaks for the office
    (
        "KYIV — \"We will not give up an inch,\" said a statement from Zelenskyy's office.",
        "give up an inch",
        "Zelenskyy",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _OFFICES)
def test_quotes_speakers114_office_of_a_title(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
