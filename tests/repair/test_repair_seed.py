"""The seed article: GBK-ignore mojibake restored to the gold text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingest.repair import repair_bytes, repair_text

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
RAW = SHARED / "corpus" / "seed" / "stoltenberg-seoul.raw.txt"
GOLD = SHARED / "gold" / "seed.jsonl"

pytestmark = pytest.mark.skipif(not RAW.exists() or not GOLD.exists(), reason="shared data absent")


def _gold_text() -> str:
    return json.loads(GOLD.read_text("utf-8").splitlines()[0])["text"]


def test_repair_seed_equals_gold_text() -> None:
    repaired = repair_text(RAW.read_text("utf-8"))
    assert repaired.text == _gold_text()
    assert all(
        f.codecs.startswith("utf-8>gbk") or f.codecs.startswith("utf-8>gb18030")
        for f in repaired.fixes
    )


def test_repair_seed_from_bytes_equals_gold_text() -> None:
    repaired = repair_bytes(RAW.read_bytes())
    assert repaired.encoding == "utf-8"
    assert repaired.text == _gold_text()
