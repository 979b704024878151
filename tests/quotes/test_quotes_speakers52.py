"""Quote speakers of session 36 (helper S48), from set 48's wrong speaker, by its form.

A body owned by an unnamed government, its portfolio between ("the government's foreign
ministry said", "the government's interior ministry said"), speaks as that body, for the
government's state, not as "government": attribute._owner_of lets the body's own modifiers
(amod, compound) stand between the possessive and the body's noun, as _owned_body already
did for "the secretary-general's office". Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_CASES: list[tuple[str, str, str, str | None]] = [
    (
        "SANTIAGO, Chile — Peru seized two Chilean trawlers on Monday. In Santiago, the "
        "government's foreign ministry said the crews had been released \"as a sign of "
        'friendship."',
        "as a sign of friendship",
        "government's foreign ministry",
        "CHL",
    ),
    (
        "LOME, Togo — Togo closed its border with Benin on Friday. In Lome, the government's "
        'interior ministry said the crossing would stay shut "until the smugglers are caught."',
        "until the smugglers are caught",
        "government's interior ministry",
        "TGO",
    ),
]

#: near-misses that must stay as they are: a state's own ministry, a ministry's spokesperson
_KEPT: list[tuple[str, str, str, str | None]] = [
    (
        'NAIROBI, Kenya — Kenya\'s foreign ministry said the talks had failed. "We tried," the '
        "ministry said.",
        "We tried",
        "Kenya's foreign ministry",
        "KEN",
    ),
    (
        "HANOI, Vietnam — Vietnam's foreign ministry said the ship had left. \"The matter is "
        "closed,\" the ministry's spokeswoman said.",
        "The matter is closed",
        "ministry's spokeswoman",
        "VNM",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _CASES + _KEPT)
def test_quotes_speakers52_owned_body(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
