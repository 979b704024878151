"""Quote speakers of session 27 (lead), from set 27's first run: a head of state's or
government's title never names a minister of that state named before.

"The deal was signed by Ghana's trade minister, Kofi Boateng, ... "This is a good day,"
Ghana's president said" gave the quote to the trade minister: a title took any earlier
person of its state and role (GOV) whose own title had another head word, since "top
diplomat" may be a "foreign minister". A head's title (offices.yaml head_titles:
president, prime minister, king, ...) against a minister's, or two heads' titles that are
not one office ("president" for a "prime minister"), are other ranks
(resolve.Resolver._other_rank); "the leader" may still be either. Every text was written
for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "ACCRA, Ghana — Ghana and Togo signed a trade agreement on Monday. The deal was signed "
        "by Ghana's trade minister, Kofi Boateng, and Togo's finance minister, Yao Mensah, "
        "during a visit to Lome by Ghana's president.\n\n"
        '"This is a good day for both our peoples," Ghana\'s president said in a statement.',
        "good day for both",
        "Ghana's president",
    ),
    (
        "LIMA, Peru — Chile's foreign minister, Ana Rojas, met her Peruvian counterpart on "
        'Monday. Chile\'s president later said the talks had been "very useful."',
        "very useful",
        "Chile's president",
    ),
    (
        "ABUJA — Nigeria's foreign minister, Musa Bello, flew to Niamey on Monday. Nigeria's "
        'president said the trip was "needed."',
        "needed",
        "Nigeria's president",
    ),
    (
        "LISBON — Portugal's prime minister, Rui Costa, met Spain's king on Monday. Portugal's "
        'president said the visit was "long overdue."',
        "long overdue",
        "Portugal's president",
    ),
]

#: near-misses that must stay as they are: the same office, a same-office synonym, a
#: generic word, a bare portfolio word
_KEPT: list[tuple[str, str, str]] = [
    (
        "ACCRA — Ghana's president, John Mensah, met Togo's trade minister on Monday. Ghana's "
        'president said the talks were "very good."',
        "very good",
        "John Mensah",
    ),
    (
        "VALLETTA — Malta's prime minister, Mark Vella, met Italy's foreign minister on "
        'Monday. Malta\'s premier said the talks were "useful."',
        "useful",
        "Mark Vella",
    ),
    (
        "NAIROBI — Kenya's defense minister, Paul Otieno, met his Somali counterpart on "
        'Monday. Kenya\'s defense minister said the border was "calm."',
        "calm",
        "Paul Otieno",
    ),
    (
        "ASTANA — Kazakh President Aidos Nurlanov met Uzbekistan's foreign minister on "
        'Monday. The Kazakh leader said the border deal was "close."',
        "close",
        "Aidos Nurlanov",
    ),
    (
        "DHAKA — Bangladesh's foreign minister, Farid Ahmed, met India's envoy on Monday. The "
        'minister said the dispute was "in hand."',
        "in hand",
        "Farid Ahmed",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers26_other_rank(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
