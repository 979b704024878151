"""A time in a document's prepositional phrase names no author (session 67, helper Q67).

"The mission deployed observers. Its preliminary statement in December had already noted
“serious delays”" spoke as "December": quotes/attribute.py ``_phrase_author`` read the
document's "in"/"from"/"by"/"of" object as its author when the parser tagged it a name. A
date or time object is now passed over, and the document speaks by its owner as before
("its" = the mission). Found reading the open sets' wrong speakers after Q67's battery.

Near misses: "an editorial in the Hankyoreh newspaper", "a statement from the European
Commission" still name the author.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "TEGUCIGALPA (Reuters) - Honduras rejected a report by the OAS electoral observation "
        "mission on Monday.\nThe mission deployed 86 observers on election day. Its preliminary "
        "statement in December had already noted “serious delays” but did not question the "
        "result.",
        "serious delays",
        "OAS electoral observation mission",
    ),
    (
        "QUITO (AP) - The European Union's observer mission criticised Ecuador's count.\n"
        "The mission's statement in March had called the count “slow but clean.”",
        "slow but clean",
        "European Union's observer mission",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        "SEOUL (Reuters) - South Korean papers reacted to the summit on Tuesday.\n"
        "An editorial in the Hankyoreh newspaper called it “a missed chance.”",
        "a missed chance",
        "Hankyoreh",
    ),
    (
        "BRUSSELS (Reuters) - The bloc reacted to the vote on Monday.\n"
        "A statement from the European Commission called the vote “a step forward.”",
        "a step forward",
        "European Commission",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers143_time_no_author(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
