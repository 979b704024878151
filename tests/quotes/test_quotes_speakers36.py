"""Quote speakers of session 30 (helper SPK), from the development sets' wrong speakers: a
person's words inside a body's report (", the ministry said") stay the person's.

"Foreign Minister X told the ambassador that Dakar expected “...,” the ministry said" spoke as
the ministry: the parser took "that" for the object of a relative clause on "ambassador", and
the climb to "told" stopped there; a "that" object beside an object of the clause's own is the
reported clause's "that" (attribute._that_misread). "Nigeria's foreign minister telephoned X
on Sunday to express “...”, the Ghanaian ministry said" spoke as the ministry: an infinitive
of purpose with no subject of its own, on a done act, is said by the act's subject, a person
named or a noun for one (attribute._purpose_clause, _person_noun); a plan ("will send a team
to discuss"), an agreement ("agreed to “...”") and a body's act stay the report's. Every text
was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "DAKAR, Senegal — Foreign Minister Aminata Sow told the ambassador that Dakar expected "
        "“clear answers and a full inquiry,” the ministry said.",
        "clear answers",
        "Aminata Sow",
    ),
    (
        "ACCRA, Ghana — Ghana has also sought support from West African governments. Nigeria’s "
        "foreign minister telephoned Mensah on Sunday to express “full support” for Accra, the "
        "Ghanaian ministry said.",
        "full support",
        "Nigeria’s foreign minister",
    ),
]

#: near-misses that must stay as they are: a real relative clause with "that" for its
#: object, a planned act, an agreement, an act of a body
_KEPT: list[tuple[str, str, str]] = [
    (
        "DAKAR, Senegal — Foreign Minister Aminata Sow rejected the plan that Gambia called “a "
        "fair offer,” the ministry said.",
        "fair offer",
        "Gambia",
    ),
    (
        "LIMA, Peru — Peru's government will send a team to Quito to discuss “shared risks,” the "
        "ministry said.",
        "shared risks",
        "ministry",
    ),
    (
        "LIMA, Peru — Peru's trade minister agreed to “deepen talks” with Chile, the ministry said.",
        "deepen talks",
        "ministry",
    ),
    (
        "LIMA, Peru — Police closed the road to stop “illegal crossings,” the ministry said.",
        "illegal crossings",
        "ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers36_person_inside_body_report(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
