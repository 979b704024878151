"""A plural before an object complement is no possessive that lost its apostrophe.

"Minsk called the sanctions illegal and promised a response." is clean ASCII; the vanished-
character rules read "the sanctions illegal" as "the sanction's illegal" (an adjective after
a plural noun after "the"), which holds only when a noun follows the adjective: "the
governments civilian arm" (vanished._noun_follows). Both sides are asserted.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import repair_text

CLEAN = [
    "Minsk called the sanctions illegal and promised a response.",
    "Hanoi declared the tariffs unlawful and vowed to appeal.",
    "The court found the charges baseless, and the men were freed.",
]

DAMAGED = [
    # a real trace elsewhere opens the repair; the possessive before "adjective + noun" holds
    ("Kyiv said the governments civilian arm was hit. We wont leave, he said.", "government\u2019s"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_repair_complement_left_alone(text: str) -> None:
    assert repair_text(text).text == text


@pytest.mark.parametrize(("text", "restored"), DAMAGED)
def test_repair_possessive_before_adjective_noun(text: str, restored: str) -> None:
    assert restored in repair_text(text).text
