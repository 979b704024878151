"""Clean news typed in plain ASCII (straight quotes, hyphens) comes back unchanged.

Scraped feeds often carry such text. It has no curly marks and no accents, so
nothing shows damage: the vanished-character rules (which restore what a
Big5/EUC 'ignore' decode dropped) must find no trace in it. The corpus and the
gold texts are read from ../shared at run time, folded to ASCII, and repaired
whole and paragraph by paragraph.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from newsgraph.ingest.repair import repair_text

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "…": "..."})


def _texts() -> list[str]:
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((SHARED / "corpus").rglob("*.txt"))
        if "seed" not in p.parts
    ]
    gold = SHARED / "gold" / "news-dev.jsonl"
    if gold.exists():
        texts += [json.loads(line)["text"] for line in gold.read_text("utf-8").splitlines()]
    return texts


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared/corpus is absent")
def test_repair_ascii_typed_news_unchanged() -> None:
    changed = []
    for text in map(_ascii, _texts()):
        for unit in [text, *text.split("\n\n")]:
            if unit.strip() and repair_text(unit).text != unit:
                changed.append(unit[:100])
    assert changed == []
