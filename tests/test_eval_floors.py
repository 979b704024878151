"""The quality gate: `newsgraph eval` on the gold files must not fall below pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.run import evaluate_files
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
FLOORS = json.loads((Path(__file__).with_name("eval_floors.json")).read_text(encoding="utf-8"))

pytestmark = pytest.mark.model


@pytest.mark.parametrize("name", [k for k in FLOORS if not k.startswith("_")])
def test_eval_floors_hold(name: str) -> None:
    path = GOLD / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    scores = evaluate_files([str(path)], Settings()).to_dict()
    broken = [
        f"{part}.{metric}: {scores[part][metric]} < floor {floor}"
        for part, metrics in FLOORS[name].items()
        for metric, floor in metrics.items()
        if scores[part][metric] < floor
    ]
    assert not broken, f"{name}: " + "; ".join(broken)
