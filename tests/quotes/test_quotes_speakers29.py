"""Quote speakers of session 29 (builder S30), from set 30's wrong speakers: a role in a city,
a naming clause, a channel that carries a leader's words, and a head of government after a
minister "for" a portfolio.

"A U.N. spokesperson in New York said" spoke as "U.N. spokesperson in New York": a role its
own words tie to a body ("U.N.", "WHO") sits in a city the parser's entities call a place, and
speaks as the role (attribute._unnamed_role, _place_name; an embassy keeps its city, an
official tied to no body keeps the phrase). "X thanked Y for what he called “...”" spoke as Y,
the nearest: who names is the subject of the verb the naming clause hangs on
(coref._naming_frame). "X praised Nepal as “...”, according to the official news agency"
spoke as the agency: a channel only carries the words of the governing cue's subject
(attribute._carried_teller). "Togo's minister for energy, Ama Kodjo" made the later "Togo's
prime minister" Ama Kodjo: a head's title that only ends in a minister's word is another rank
(resolve._other_rank). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "NAIROBI, Kenya — Kenya and Somalia agreed on Monday to reopen their border. A WHO "
        "spokesperson in Geneva said the agency was sending vaccines to the border towns.\n\n"
        '"The need is great," the spokesperson said.',
        "need is great",
        "WHO spokesperson",
    ),
    (
        "JUBA, South Sudan — A U.N. spokesperson in New York said the world body welcomed the "
        'truce. "Aid must reach every town," the spokesperson said.',
        "reach every town",
        "U.N. spokesperson",
    ),
    (
        "ACCRA, Ghana — Togo's president thanked Ghana's president on Monday for what he called "
        '"a gesture between true friends."',
        "gesture between true",
        "Togo's president",
    ),
    (
        "LIMA, Peru — Peru's president criticized what she described as Chile's \"reckless\" "
        "step on Tuesday.",
        "reckless",
        "Peru's president",
    ),
    (
        "LOME, Togo — Togo's premier praised Ghana as \"a loyal friend and a steady partner\" "
        "and said Lome would help repair the coastal road, according to the official state news "
        "agency.",
        "loyal friend",
        "Togo's premier",
    ),
    (
        "ACCRA, Ghana — The accord was signed in Accra by Ghana's trade minister, Kofi Mensah, "
        "and Togo's minister for energy, Ama Kodjo, during a one-day visit by Togo's prime "
        'minister.\n\n"This is a fair deal," Mensah told reporters. Togo\'s prime minister '
        'thanked Ghana\'s president for what he called "a decision taken between neighbors."',
        "decision taken between",
        "Togo's prime minister",
    ),
]

#: near-misses that must stay as they are: an embassy keeps its city, an official tied to no
#: body keeps the phrase, a channel with no cue of its own above the words speaks
_KEPT: list[tuple[str, str, str]] = [
    (
        "NAIROBI, Kenya — Kenya closed the port on Monday. A spokesman for the Chinese Embassy "
        'in Nairobi said: "We are concerned."',
        "We are concerned",
        "spokesman for the Chinese Embassy in Nairobi",
    ),
    (
        'MOMBASA, Kenya — Kenya closed the port on Monday. An official in Mombasa said: "The '
        'port is closed."',
        "port is closed",
        "official in Mombasa",
    ),
    (
        'ACCRA, Ghana — The border talks were "open and useful," according to the state news '
        "agency.",
        "open and useful",
        "state news agency",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers29_roles_naming_and_channels(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
