"""Quote speakers of session 35 (helper S46), from set 46's wrong speakers, by their forms.

A ministry named by its portfolios keeps every capitalised portfolio joined after its "of"
("Peru's Ministry of Energy and Mines": actors.resolve._portfolios_after, the counterpart of
_joined_portfolios before a role noun). An unnamed holder of a post title speaks by the title
with its post ("the U.N. special coordinator for Syria", "the U.N. envoy to Libya":
attribute._title_in_full, cues.yaml titled_heads), the comma of a relative clause after the post
left out; a title a state owns keeps its post too since session 56 ("China's ambassador to
Japan": attribute._title_in_full, which took _with_post's place; the open sets' gold writes
"Russia's ambassador to Bolivia"). A state's former office holder, unnamed, speaks as the
possessive phrase and for no one ("Palau's former president": attribute._former_holder), not
as the state. Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_CASES: list[tuple[str, str, str, str | None]] = [
    (
        "TUNIS, Tunisia — Tunisia's Ministry of Trade and Industry said in a statement that it "
        '"remains committed to open markets."',
        "remains committed to open markets",
        "Tunisia's Ministry of Trade and Industry",
        "TUN",
    ),
    (
        "LIMA — Peru's Ministry of Energy and Mines said the decision was \"final and binding.\"",
        "final and binding",
        "Peru's Ministry of Energy and Mines",
        "PER",
    ),
    (
        "DAMASCUS — The U.N. special coordinator for Syria, whose office helped draft the "
        'calendar, said in a post on X that the vote was "an important step."',
        "an important step",
        "U.N. special coordinator for Syria",
        "UN",
    ),
    (
        "TRIPOLI — The U.N. envoy to Libya said the vote was \"a good start.\"",
        "a good start",
        "U.N. envoy to Libya",
        "UN",
    ),
    (
        "KOROR, Palau — Palau's former president accused Taiwan in 2022 of \"economic "
        'bullying" in a letter to lawmakers.',
        "economic bullying",
        "Palau's former president",
        None,
    ),
    (
        "SUVA, Fiji — Fiji's former prime minister said the fishing deal was \"a grave mistake.\"",
        "a grave mistake",
        "Fiji's former prime minister",
        None,
    ),
]

#: near-misses that must stay as they are: a serving holder, a named one, an owned title
_KEPT: list[tuple[str, str, str, str | None]] = [
    (
        "NUKU'ALOFA, Tonga — Tonga's prime minister said the fishing deal was \"fair to all.\"",
        "fair to all",
        "Tonga's prime minister",
        "TON",
    ),
    (
        "SUVA, Fiji — Fiji's former prime minister, Ratu Vuki, said the deal was \"a trap.\"",
        "a trap",
        "Ratu Vuki",
        None,
    ),
    (
        "TOKYO — China's ambassador to Japan said the visit was \"a good start.\"",
        "a good start",
        "China's ambassador to Japan",
        "CHN",
    ),
    (
        "LIMA — Peru's ambassador to the region said the talks were \"going well.\"",
        "going well",
        "Peru's ambassador to the region",
        "PER",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _CASES + _KEPT)
def test_speakers50_portfolios_posts_former(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
