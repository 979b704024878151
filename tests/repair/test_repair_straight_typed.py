"""A document typed with straight quotes keeps its unquoted paragraphs (session 32, the lead).

Only curly quote marks vanish when UTF-8 is read through a lossy codec; straight ones survive.
So a plain-ASCII document whose other paragraphs hold straight quotes, every one closed, typed
its quotes straight: a paragraph of first-person speech with no marks ("We will not stop, he
told VOA.") is reported speech as written, not speech whose curly marks vanished. The same
paragraph in a document with no straight quotes still gets its marks back, and a straight
opener left unclosed still proves damage.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import repair_text

TYPED_STRAIGHT = [
    (
        'Kenya said on Monday it would reopen the border. "The crossing is open again," the '
        "minister said.\n\nWe will not stop until the job is done, he told VOA."
    ),
    (
        "Peru recalled its envoy from Quito.\n\nOur patience has limits, the minister said on "
        'Tuesday.\n\n"This is a serious breach," a spokesman added.'
    ),
]

# near-misses: no straight quote anywhere (the marks vanished), an opener left unclosed
STILL_REPAIRED = [
    (
        "Kenya said on Monday it would reopen the border.\n\nHe told VOA, We will not stop "
        "until the job is done.",
        "Kenya said on Monday it would reopen the border.\n\nHe told VOA, \u201cWe will not "
        "stop until the job is done.\u201d",
    ),
]


@pytest.mark.parametrize("text", TYPED_STRAIGHT)
def test_repair_straight_typed_document_unchanged(text: str) -> None:
    assert text.isascii()
    assert repair_text(text).text == text


@pytest.mark.parametrize(("text", "repaired"), STILL_REPAIRED)
def test_repair_unquoted_speech_still_repaired(text: str, repaired: str) -> None:
    assert repair_text(text).text == repaired
