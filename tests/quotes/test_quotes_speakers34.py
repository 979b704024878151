"""Quote speakers of session 30 (builder S35), from set 35's wrong speakers: a visit's guest
speaks as its state's leader named before.

"... during a visit by Moldova's president. His guest called Romania “a brotherly nation”"
spoke as "His guest": a peer of a visit owned by "his"/"her" ("His guest", "Her visitor"),
like "His host", speaks as its own state's leader last named outside quotations
(attribute._possessed_peer, cues visit_peers), and a guest needs no host named by a person
(the host may be named only as a state), looking back as far as the actors' guest does (eight
sentences). Kept: "His host" with no leader of the host's state
named keeps its words; "his Togolese counterpart" still speaks by the owner's office. Every
text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "BUCHAREST, Romania — Romania and Moldova signed a gas agreement on Thursday during a "
        "visit by Moldova's president.\n\nHis guest called Romania \"a brotherly nation\" and "
        "thanked the European Union for its support.",
        "brotherly nation",
        "Moldova's president",
    ),
    (
        "VIENNA, Austria — Austria and Slovakia signed a rail deal on Friday during a visit by "
        "Slovakia's prime minister.\n\n\"We are neighbors and partners,\" his guest told reporters.",
        "neighbors and partners",
        "Slovakia's prime minister",
    ),
]

# the guest named five sentences before (past the four a counterpart looks back)
_CASES.append(
    (
        "SOFIA, Bulgaria — Bulgaria and Serbia signed a gas deal on Monday during a visit by "
        "Serbia's president, who was met at the airport by his Bulgarian counterpart.\n\n"
        "The pipeline will be built by a joint firm. Serbia will buy half of its gas.\n\n"
        '"This deal changes the region," Bulgaria\'s president said. "We will build it fast."'
        "\n\n"
        'His guest called the deal "a new chapter" and thanked the EU.',
        "new chapter",
        "Serbia's president",
    )
)

_KEPT: list[tuple[str, str, str]] = [
    (
        "BUCHAREST, Romania — Moldova's president visited Romania on Thursday. His host called "
        "the visit \"historic.\"",
        "historic",
        "His host",
    ),
    (
        "COTONOU, Benin — Benin's president met Togo's leaders on Monday. \"We agreed on the "
        "road,\" his Togolese counterpart said.",
        "agreed on the road",
        "Togo's president",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers34_visit_peers(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
