"""Quote speakers of session 44 (prober P1): a statement a channel carries or airs, with no
issuer named, speaks by the channel ("Pyongyang's state media carried a statement
threatening “...”": the state media, not a speaker told before; cues.yaml issuing_verbs
carry, air, broadcast, print; quotes.attribute._issuer). Near-misses: a by-phrase still names
the issuer; a statement issued by a named body stays that body's."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "TOKYO — China sent four coast guard ships near the islands, Japan's coast guard said on"
        " Monday. The move came a day after Beijing's state media carried a statement vowing"
        ' "resolute measures" against any landing.',
        "resolute measures",
        "media",
    ),
    (
        "ABUJA — Chad closed its border with Nigeria on Tuesday, Nigerian officials said. Chadian"
        ' state television aired a statement accusing Abuja of "sheltering bandits."',
        "sheltering bandits",
        "television",
    ),
    # a by-phrase names the issuer
    (
        "TOKYO — China sent coast guard ships near the islands, Japan's coast guard said. State"
        " media later carried a statement by China's defense ministry warning of"
        ' "a firm response."',
        "a firm response",
        "ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_quotes_review125_carried_statement_speaks_by_channel(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker.split()[-1]
