"""Clean text whose bytes happen to spell a letter or mark of a rare script stays as it is.

"Москва\\xa0€" encoded as cp1251 is the UTF-8 of one Samaritan letter, "Москва\\xa0\\xa0" of a
Samaritan vowel sign: the repair read them back as such (a property test found it). A letter
of a script the plausibility table does not list is a script of its own beside Cyrillic or
Latin (the script-switch penalty), and a mark of such a script is rare; real mojibake of the
same words is still repaired.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix
from newsgraph.ingest.repair.plausibility import char_class

CLEAN = [
    "Москва\u00a0€5",
    "Москва\u00a0\u00a0",
    "Москва\u00a0\u201cyes,\u201d",
    "Тбилиси\u00a0€ в день",
]


@pytest.mark.parametrize("text", CLEAN)
def test_repair_leaves_clean_rare_byte_spellings(text: str) -> None:
    assert fix(text) == text


@pytest.mark.parametrize("text", ["Москва — столица России", "São Paulo e Zürich"])
def test_repair_still_mends_the_same_words_as_mojibake(text: str) -> None:
    damaged = text.encode("utf-8").decode("cp1251" if "М" in text else "cp1252")
    assert damaged != text
    assert fix(damaged) == text


def test_repair_marks_of_unlisted_scripts_are_rare() -> None:
    assert char_class("\u0820") == "combining_rare"  # Samaritan vowel sign
    assert char_class("\u0301") == "combining"  # combining acute
    assert char_class("\u064e") == "combining"  # Arabic fatha, a listed script
