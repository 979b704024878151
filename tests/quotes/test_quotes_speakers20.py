"""Quote speakers 20 (session 24, builder S23): three forms behind set 23's wrong speakers.

An unnamed role whose in-phrase names only where it sits ("a government spokesman in
Baghdad") speaks as the role, the place dropped as annotated ("government spokesman",
cues.yaml seat_preps); a role tied to a body keeps the body ("a spokesman for China's
Embassy in La Paz"). A term quoted under the main verb of its own sentence ("Its foreign
minister, X, thanked India for "standing with us"") is that verb's subject's, not the speaker
of the quotation before it (attribute._clause_subject, main_only); a quote under a clause the
main verb reports ("recognizes that Taiwan is "part of China"") still continues. A body held by
a hyphened holder ("Afghanistan's Taliban-run government") speaks under its whole name
(offices.yaml held_suffixes). Each case says the span's words, the speaker an annotator would
write and the speaker's actor code.
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with as _quote  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words, speaker, actor code)
Case = tuple[str, str, str, str | None]

CASES: list[Case] = [
    (
        "Syria\nDAMASCUS (AP) - Syria rejected the remarks. A government spokesman in Damascus "
        'said Syria "makes its own choices."\n',
        "makes its own choices",
        "government spokesman",
        "SYR",
    ),
    (
        "Peru\nLIMA (Reuters) - Peru rejected the report. A foreign ministry official in Lima "
        'said the claims were "baseless."\n',
        "baseless",
        "foreign ministry official in Lima",  # session 67's decision 4: the place kept
        "PER",
    ),
    (
        'Nepal\nKATHMANDU (AP) - Nepal\'s government called the deal "a victory." Its foreign '
        'minister, Ram Thapa, thanked India for "standing with us."\n',
        "standing with us",
        "Ram Thapa",
        "NPL",
    ),
    (
        'Chile\nSANTIAGO (AP) - Chile\'s government called the accord "historic." Trade '
        'Minister Jorge Pardo praised Peru for its "patience and goodwill."\n',
        "patience and goodwill",
        "Jorge Pardo",
        "CHL",
    ),
    (
        "Nepal\nKATHMANDU (AP) - Nepal's Maoist-led government called the project \"a gift to "
        'the region."\n',
        "a gift to",
        "Nepal's Maoist-led government",
        "NPL",
    ),
    # kept: a quote under a clause the main verb reports continues its speaker
    (
        "Tonga\nNUKU'ALOFA (AP) - Tonga signed the communique on Monday. Under it, Tonga "
        'recognizes that "there is but one China" and that Taiwan is "a part of China."\n',
        "a part of China",
        "Tonga",
        "TON",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), CASES)
def test_quotes_speakers20_speaker(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = _quote(run(text), words)
    assert (quote.speaker, quote.speaker_actor) == (speaker, actor)
