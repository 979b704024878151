"""A delegate is a title as a diplomat is (session 65, helper A65).

'But a senior OPEC delegate criticized ..., calling it "..."' spoke as the IGO itself (by its
full name, session 64's decision 2): "delegate" was no title, so the IGO's name was the
speaker. It is now a title (offices.yaml titles, GOV, beside "diplomat"): "senior OPEC
delegate" speaks as "OPEC delegate" (the scorer takes the shared last word), "Venezuela's
delegate to OPEC" as the state's. The AU chairperson's row guards the bare "the chairperson"
that speaks ("AU chairperson", by the quotes stage's own reading); making "chairperson" an IGO
title of the actors stage was tried and dropped (set 2 read "AU Commission Chairperson X" at a
signing as the AU's presence, two events the gold does not list).

Near miss: a delegate named by no body stays the bare role.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_OPEC = (
    "QUITO (Reuters) - Ecuador rejected an invitation from the Organization of the Petroleum "
    "Exporting Countries on Monday. "
)

#: (text, words of the quote, speaker, speaker_actor)
_CASES: list[tuple[str, str, str, str | None]] = [
    (
        _OPEC + 'A senior OPEC delegate criticized the decision, calling it "a gift to buyers."',
        "gift to buyers",
        "OPEC delegate",
        "OPEC",
    ),
    (
        _OPEC + 'Venezuela\'s delegate to OPEC said the move was "a blow to producers."',
        "blow to producers",
        "Venezuela's delegate to OPEC",
        "VEN",
    ),
    (
        "LIMA (AP) - Peru pledged $2 million to the African Union's Peace Fund on Friday. The AU "
        'chairperson was received by Peru\'s president. "Your engineers are remembered in '
        'Africa," the chairperson said at a joint appearance.',
        "engineers are remembered",
        "AU chairperson",
        "AU",
    ),
]

_NEAR: list[tuple[str, str, str, str | None]] = [
    (
        _OPEC + '"We will see what the ministers decide," said one delegate.',
        "ministers decide",
        "delegate",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _CASES + _NEAR)
def test_speakers129_delegate_and_chairperson(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert (quote.speaker, quote.speaker_actor) == (speaker, actor), (quote.speaker, quote.speaker_actor)
