"""Quote speakers of session 32 (helper SPK), from the census of wrong speakers on every
development set: "the <demonym> leader" speaks as the state's head.

Sets 36 and 40 gave "the South Korean leader" / "the Bhutanese leader" the title itself or a
minister of the same state named nearer. The actors stage now ties such a head word to the
state's head only (test_actors_refs12), and a title it ties to a head named by title alone
speaks by that title, as the article first gave it (attribute._nameless_head): "Nepal's
prime minister". Kept: a named head speaks by name; with no head of the state named, the
title speaks by itself. Every text was written for this file.
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "ULAANBAATAR, Mongolia (AP) — Chile's president arrived in Ulaanbaatar on Monday for "
        "a state visit. The two sides signed deals on copper, Chile's mining ministry said.\n\n"
        "“Mongolia is a trusted friend,” the Chilean leader told a joint news conference.",
        "Mongolia is a trusted",
        "Chile's president",
    ),
    (
        "NEW DELHI (AP) — The loan was signed by Nepal's finance minister, Ram Thapa, during "
        "a three-day visit by Nepal's prime minister, his first trip abroad.\n\n"
        "India's prime minister welcomed his guest. The Nepali leader thanked India for its "
        "“steady support” and invited him back.",
        "steady support",
        "Nepal's prime minister",
    ),
    (
        "DOHA (AP) — Chile's president, Ana Rojas, arrived in Doha on Monday with Chile's "
        "mining minister, Luis Vera.\n\n"
        "“Qatar is a trusted friend,” the Chilean leader told a joint news conference.",
        "Qatar is a trusted",
        "Ana Rojas",
    ),
    # near-misses: no head of the state named; a plain title read back as before
    (
        "DOHA (AP) — Chile's mining minister, Luis Vera, arrived in Doha on Monday. The deal "
        "was signed by Vera.\n\n"
        "“Qatar is a trusted friend,” the Chilean leader told a joint news conference.",
        "Qatar is a trusted",
        "Chilean leader",
    ),
    (
        "DOHA (AP) — Chile's president arrived in Doha on Monday for a state visit.\n\n"
        "“Qatar is a trusted friend,” the president told a joint news conference.",
        "Qatar is a trusted",
        "Chile's president",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers43_head_word(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
