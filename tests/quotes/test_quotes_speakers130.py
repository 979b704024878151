"""A mission accredited to a body is named by it; an IGO's "deputy chief" is its deputy head
(session 65, helper A65).

'The United States mission to the OAS praised the report as "careful and fair"' spoke as
"United States mission": a body's name ran on through "in"/"of" only. A mission or delegation
(cues.yaml ``accredited_bodies``) now runs on through "to" + capitals (attribute._with_place):
"United States mission to the OAS", "EU delegation to China".

'NATO's deputy chief praised ..., saying its soldiers had served "with real distinction"' after
"NATO's deputy secretary-general said": the open sets give an unnamed holder the title the
article first gives ("NATO's deputy secretary-general"); "deputy chief" now refers back to the
IGO's head title of the same rank (resolve.py Resolver._head_before ``rank``), as "the OPEC
chief" refers back to "OPEC's secretary-general", so it speaks by that title (the scorer takes
the shared last word).

Near misses: a delegation to the talks (no capital after "to"); a deputy chief after only the
head ("NATO's secretary-general") keeps its own words.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_OAS = "WASHINGTON (AP) - Honduras rejected the report of the Organization of American States on Monday. "

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        _OAS + "The United States mission to the OAS praised the report as “careful and fair” and "
        "called on Honduras to respond.",
        "careful and fair",
        "United States mission to the OAS",
    ),
    (
        _OAS + 'The EU delegation to China said the talks were "useful and long."',
        "useful and long",
        "EU delegation to China",
    ),
    (
        "ULAANBAATAR (AP) - NATO and Mongolia signed a partnership programme on Wednesday, "
        "NATO's deputy secretary-general said after talks. The deputy secretary-general was "
        "received by Mongolia's president. NATO's deputy chief praised Mongolia's record, saying "
        "its soldiers had served “with real distinction” abroad.",
        "real distinction",
        "deputy secretary-general",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        _OAS + 'The Chinese delegation to the talks called them "frank and open."',
        "frank and open",
        "Chinese delegation",
    ),
    (
        "BRUSSELS (Reuters) - NATO's secretary-general met Mongolia's president on Monday. "
        "NATO's deputy chief said the talks were \"useful for both.\"",
        "useful for both",
        "NATO's deputy chief",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers130_mission_to_and_deputy_chief(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
