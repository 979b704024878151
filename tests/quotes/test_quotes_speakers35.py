"""Quote speakers of session 30 (helper SPK), from the development sets' wrong speakers: words
quoted inside the clause a body reports take the body, not the reported clause's subject.

"X said in a statement that officials would meet “...”" spoke as "officials": the parser hung
the "that" clause on the document noun, and the climb to the reporting verb stopped at it
(attribute._document_content). "X said the vote showed ... and that Accra would answer with
“...”" spoke as Accra: a conjunct opened by "that" is one more reported clause, not a
coordinated statement of its own (attribute._opens_with_that). "X said that Chile had no right
to comment ... and accused Santiago of “...”" spoke as Chile, and "X said there was “no proof”
the boat was Serbian and accused Croatia of “...”" as the boat: a finite conjunct with no
subject of its own that the parser put under an infinitive, or under a clause with its own
subject and no relative word, goes on the clause above (attribute._relative_beside).

With the reporter reached, "Sri Lanka's Prime Minister's Office said ..." spoke as the prime
minister named before: an office named after a title, in capitals, is the body by that name
(attribute._person_body); a leader's lowercase "office" keeps its names. Every text was
written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA, Peru — Peru’s Defense Ministry said in a statement that Chile had no right to "
        "comment on military drills on Peruvian soil and accused Santiago of “escalating” the "
        "dispute.",
        "escalating",
        "Peru’s Defense Ministry",
    ),
    (
        "SANTIAGO, Chile — Chile's Foreign Ministry said in a statement that officials would meet "
        '"at least once a month" on fishing and would report to the ministers at next year\'s '
        "summit.",
        "once a month",
        "Chile's Foreign Ministry",
    ),
    (
        "ACCRA, Ghana — Ghana's Foreign Ministry spokesman Kwame Asante said the vote showed that "
        'Lome was running "a campaign of fear" and that Accra would answer with "firm steps," '
        "without saying more.",
        "firm steps",
        "Kwame Asante",
    ),
    (
        "ZAGREB, Croatia — Serbia’s Embassy in Zagreb said on Facebook that there was “no proof” "
        "the boat was Serbian and accused Croatia of “inventing incidents.”",
        "inventing incidents",
        "Serbia’s Embassy in Zagreb",
    ),
]

#: near-misses that must stay as they are: a coordinated statement with its own subject and
#: no "that", a relative clause with its relative word, a document's own relative clause
_KEPT: list[tuple[str, str, str]] = [
    (
        "KATHMANDU, Nepal — Nepal's government said on Monday that India had closed the crossing, "
        "and India's embassy said the closure was “temporary.”",
        "temporary",
        "India's embassy",
    ),
    (
        "QUITO, Ecuador — Ecuador's president told reporters that Peru's trade minister, who "
        "called the plan “reckless,” had not read it.",
        "reckless",
        "Peru's trade minister",
    ),
    (
        "NAIROBI, Kenya — Kenya's government said the report that Uganda's army published on "
        "Friday was “full of errors.”",
        "full of errors",
        "Kenya's government",
    ),
    (
        "SANTIAGO, Chile — Bolivia's presidential office said in a statement that negotiators "
        'would gather "every two months" on trade and would present a plan next year.',
        "every two months",
        "Bolivia's presidential office",
    ),
]


#: (text, words of the quote, speaker): an office named after a title, and near-misses
_OFFICES: list[tuple[str, str, str]] = [
    (
        "COLOMBO, Sri Lanka — Sri Lanka's Prime Minister Nimal Perera met India's prime minister "
        'in Delhi on Monday. "We are neighbors first," Perera said.\n\nSri Lanka\'s Prime '
        'Minister\'s Office said in a statement that officials would meet "every month" on '
        "fishing.",
        "every month",
        "Sri Lanka's Prime Minister's Office",
    ),
    (
        'COLOMBO, Sri Lanka — Prime Minister Nimal Perera\'s office said the talks were "useful."',
        "useful",
        "Office of Nimal Perera",
    ),
    (
        "COLOMBO, Sri Lanka — President Nimal Perera met India's prime minister on Monday. His "
        'office said the talks were "useful."',
        "useful",
        "Office of Nimal Perera",  # session 68's decision 4 (was "Perera's office")
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT + _OFFICES)
def test_speakers35_reported_clause_keeps_its_reporter(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
