"""Quote speakers of session 30 (helper S29), from set 29's wrong speakers: a head's title
named with no name is no minister named after it, and a cue the parser joins to a clause it
reports is the reporting cue's.

"Jamaica's prime minister told parliament that Havana had committed “a reckless violation”.
Foreign Minister Paul Mitchell summoned Cuba's ambassador" spoke as Jamaica's prime minister:
a title with no name takes a person named in the next sentences only when the person's title
ends with the whole of it (resolve.link_forward_titles), not with its last word ("minister").
"Bulgaria's Embassy in Skopje said ... that there was “no proof” the truck was Bulgarian and
accused North Macedonia of “...”" spoke as the embassy: the parser joins "accused" to "was",
whose subject is a thing (no person, no actor), so the cue above that clause ("said") gives
the speaker (attribute._misjoined_cue). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "KINGSTON, Jamaica — Jamaica's prime minister told parliament that Havana had committed "
        '"a reckless violation" in Jamaican waters. Foreign Minister Paul Mitchell summoned '
        "Cuba's ambassador.",
        "reckless violation",
        "Jamaica's prime minister",
    ),
    (
        "BRIDGETOWN, Barbados — Barbados's prime minister said Venezuelan boats had made \"a grave "
        'mistake" near its coast. Trade Minister Elena Rolle said exports would continue.',
        "grave mistake",
        "Barbados's prime minister",
    ),
]

_MISJOINED: list[tuple[str, str, str]] = [
    (
        "SOFIA, Bulgaria — Bulgaria's Embassy in Skopje said on Facebook that there was \"no "
        'proof" the truck was Bulgarian and accused North Macedonia of "serving Athens\' '
        'interests."',
        "serving Athens",
        "Bulgaria's Embassy in Skopje",
    ),
    (
        "VILNIUS, Lithuania — Belarus's Embassy in Vilnius said in a statement that there was "
        '"no sign" the balloon was Belarusian and accused Lithuania of "staging a provocation."',
        "staging a provocation",
        "Belarus's Embassy in Vilnius",
    ),
]

#: near-misses that must stay as they are: the title the person bears is the one given before
_KEPT: list[tuple[str, str, str]] = [
    (
        'KINGSTON, Jamaica — Jamaica\'s foreign minister called the seizure "a reckless act." '
        "Foreign Minister Paul Mitchell summoned Cuba's ambassador on Tuesday.",
        "reckless act",
        "Paul Mitchell",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _MISJOINED + _KEPT)
def test_speakers31_whole_title(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
