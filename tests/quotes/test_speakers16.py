"""Quote speakers of session 22: a spokesperson's title never refers back to another holder
of the same role ("Indian Prime Minister X ... India's Ministry of External Affairs
spokesperson told reporters ..." is the spokesperson, not X: offices.yaml mouthpiece_words,
Resolver._add_title). Near-misses: a title of the same office still refers back to its
holder."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "COLOMBO — Sri Lanka's president met Indian Prime Minister Raj Kumar in New Delhi. "
        'India\'s Ministry of External Affairs spokesperson said India was "a reliable partner."',
        "a reliable partner",
        "spokesperson",
    ),
    (
        "MALE — The Maldives' president met Indian Prime Minister Vikram Anand on Friday. India's "
        "External Affairs Ministry spokesperson told reporters that New Delhi \"does not believe "
        'in debt traps."',
        "debt traps",
        "spokesperson",
    ),
    # the same office's title still refers back to its holder
    (
        "NEW DELHI — Indian Prime Minister Raj Kumar met Sri Lanka's president on Monday. The "
        'prime minister said the talks were "very productive."',
        "very productive",
        "Raj Kumar",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers16_spokesperson_is_no_other_holder(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker.split()[-1]
