"""Review 111 (session 58, T58): a bare head's title met by a visitor is the host's.

"The prime minister was welcomed at the airport by X and later held talks with the president":
in a visit story the bare "the president" was read as the state of its sentence's subject,
the visitor, so the talks were missed. A bare head-of-state or head-of-government title
(offices.yaml head_titles) that is the object of "met" or of "talks with" whose verb's
subject (or the subject of the verb it is joined to) is of another state than the latest
host before it (described.host_before) is that host's (described.visit_host_title). A
domestic story, a host's own official meeting the title, and a nameless title of another
state told since the host ("Croatia's president said ...") keep what they had.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _title_actor(text: str, title: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-05-12")
    found = [m for m in result.mentions if m.text == title]
    return found[-1].actor.principal if found and found[-1].actor is not None else None


@pytest.mark.parametrize(
    ("text", "title", "actor"),
    [
        (
            "Croatia signs deal with Ghana\nZagreb's prime minister signed a trade agreement on "
            "Monday during a visit to Accra.\nThe prime minister was welcomed at the airport by "
            "Ghana's foreign minister and later held talks with the president at the Jubilee "
            "House.",
            "the president",
            "GHA",
        ),
        (
            "Chile minister in Hanoi\nChile's trade minister flew to Hanoi on Sunday.\nThe "
            "minister held talks with the prime minister on Monday about a free trade pact.",
            "the prime minister",
            "VNM",
        ),
        # near miss: a domestic story keeps the state's own head
        (
            "Resignation\nLIMA (Reuters) - Peru's interior minister resigned on Friday.\nThe "
            "minister met the president on Thursday evening to discuss the protests.",
            "the president",
            "PER",
        ),
        # near miss: the visitor's own president told since the host is the one meant
        (
            "Trip\nCroatia's prime minister arrived in Accra on Monday. Croatia's president said "
            "in Zagreb the trip was important.\nThe prime minister later spoke with the "
            "president by phone.",
            "the president",
            "HRV",
        ),
        # near miss: the host's own official meets the host's head
        (
            "Trip\nCroatia's prime minister arrived in Accra on Monday.\nGhana's foreign "
            "minister met the president later that day to prepare the talks.",
            "the president",
            "GHA",
        ),
        # two visits: the latest host
        (
            "Tour\nCroatia's prime minister visited Ghana on Monday and then flew to Togo on "
            "Tuesday.\nIn Lome he held talks with the president about port investment.",
            "the president",
            "TGO",
        ),
    ],
)
def test_visit_head_title(text: str, title: str, actor: str) -> None:
    assert _title_actor(text, title) == actor


def test_visit_talks_coded() -> None:
    """The talks with the host's head are coded from the visitor to the host."""
    from newsgraph.pipeline import process

    result = process(
        "Croatia signs deal with Ghana\nZagreb's prime minister signed a trade agreement on "
        "Monday during a visit to Accra.\nThe prime minister was welcomed at the airport by "
        "Ghana's foreign minister and later held talks with the president at the Jubilee "
        "House.\n",
        date="2026-05-12",
    )
    pairs = {
        (e.source_actor.principal, e.target_actor.principal, e.code)
        for e in result.events
        if e.source_actor is not None and e.target_actor is not None and e.sentence_index == 2
    }
    assert ("HRV", "GHA", "040") in pairs


def test_body_head_not_host() -> None:
    """near miss: "the president of the Senate" a visitor met is no head of the host state;
    the title keeps what it had before."""
    text = (
        "Trip\nCroatia's prime minister arrived in Accra on Monday and will fly on to Lome on "
        "Wednesday.\nThe prime minister also met the president of the Senate."
    )
    assert _title_actor(text, "the president") != "TGO"
