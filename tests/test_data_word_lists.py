"""Word lists in our YAML data hold words: YAML 1.1 reads bare on/off/yes/no/true/false as booleans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data"


def _boolean_items(node: Any, where: str) -> list[str]:
    """Places where a list holds a boolean (a word YAML turned into True/False)."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                found.append(f"{where}: key {key}")
            found += _boolean_items(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, bool):
                found.append(f"{where}[{i}] = {item}")
            else:
                found += _boolean_items(item, f"{where}[{i}]")
    return found


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_data_word_lists_hold_no_booleans(path: Path) -> None:
    bad = _boolean_items(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    assert not bad, f"quote these words in {path}: {bad}"


def test_data_word_lists_check_can_fail() -> None:
    assert _boolean_items(yaml.safe_load("words: [in, on, at]\nflag: true"), "x") == ["x/words[1] = True"]
