"""Held-out gate: `newsgraph eval` on the third blind hand-made gold must not fall below pinned floors.

The articles in tests/gold/handmade3.jsonl were written and annotated (end of session 4) without
looking at any code under src/ or tests/, nor at the articles of sets 1 and 2, and before any run
(see tests/gold/README.md, "Third set"), so this measures generalization to unseen wire-style
articles, not fit to the dev gold or to the earlier hand-made sets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.run import evaluate_files
from newsgraph.settings import Settings

GOLD = Path(__file__).resolve().parent / "gold" / "handmade3.jsonl"

# Measured 2026-11-28. Blind first run (gold commit 4693d2e, code of 9dab2fe): events (root)
# P 0.767 R 0.446 F1 0.564, quotes P 1.0 R 1.0 speaker 0.931. After the guideline corrections
# listed in tests/gold/README.md (commit 7a62748), same code: events P 0.829 R 0.459 F1 0.591
# (code level the same), quotes unchanged. Floors sit about 0.03 below; raise them when we
# improve, never lower them silently.
FLOORS = {
    "events": {"precision": 0.80, "recall": 0.43, "f1": 0.56},
    "quotes": {"precision": 0.97, "recall": 0.97, "speaker_accuracy": 0.90},
}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores() -> dict:
    """One pipeline run over the third hand-made gold, shared by the checks below."""
    return evaluate_files([str(GOLD)], Settings()).to_dict()


def test_handmade3_gold_file_is_well_formed() -> None:
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    assert len(docs) == 10
    assert len({doc["doc_id"] for doc in docs}) == 10
    for doc in docs:
        for event in doc["events"]:
            assert doc["text"].count(event["evidence"]) == 1, event["evidence"]
            assert event.get("code", event["root"][0])[:2] in event["root"], event["evidence"]
        for quote in doc["quotes"]:
            assert quote["text"] in doc["text"], quote["text"]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_handmade3_gold_floors_hold(scores: dict, part: str) -> None:
    broken = [
        f"{part}.{metric}: {scores[part][metric]} < floor {floor}"
        for metric, floor in FLOORS[part].items()
        if scores[part][metric] < floor
    ]
    assert not broken, "; ".join(broken)
