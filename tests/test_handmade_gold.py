"""Held-out gate: `newsgraph eval` on the blind hand-made gold must not fall below pinned floors.

The articles in tests/gold/handmade.jsonl were written and annotated without looking at the
extractors (see tests/gold/README.md), so this measures generalization, not fit to the dev gold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.run import evaluate_files
from newsgraph.settings import Settings

GOLD = Path(__file__).resolve().parent / "gold" / "handmade.jsonl"

# Measured 2026-11-28 at commit 8870bc5 (session 3, blind): events P 0.804 R 0.494 F1 0.612 (root
# and code alike); quotes P 1.0 R 1.0 speaker 0.930. At the end of session 3: events P 0.965
# R 0.663 F1 0.786, quotes 1.0 everywhere. End of session 4: events P 0.956 R 0.783 F1 0.861,
# quotes 1.0. Floors sit a little below; raise them when we improve, never lower them silently.
FLOORS = {
    "events": {"precision": 0.93, "recall": 0.76, "f1": 0.84},
    "quotes": {"precision": 0.99, "recall": 0.99, "speaker_accuracy": 0.97},
}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores() -> dict:
    """One pipeline run over the hand-made gold, shared by the checks below."""
    return evaluate_files([str(GOLD)], Settings()).to_dict()


def test_handmade_gold_file_is_well_formed() -> None:
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    assert len(docs) == 10
    for doc in docs:
        for event in doc["events"]:
            assert doc["text"].count(event["evidence"]) == 1, event["evidence"]
        for quote in doc["quotes"]:
            assert quote["text"] in doc["text"], quote["text"]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_handmade_gold_floors_hold(scores: dict, part: str) -> None:
    broken = [
        f"{part}.{metric}: {scores[part][metric]} < floor {floor}"
        for metric, floor in FLOORS[part].items()
        if scores[part][metric] < floor
    ]
    assert not broken, "; ".join(broken)
