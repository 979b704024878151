"""A pure-ASCII text that types its possessives straight ("Korea's") and shows one lone
trace of a vanished apostrophe ("the drills every year", "the Shebaa Farms area") is clean
text, not damage: damage from a Big5/EUC 'ignore' decode leaves a trace at every curly
apostrophe it dropped. Our hand-made gold articles, all clean, come back unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingest.repair import repair_text

GOLD = Path(__file__).resolve().parents[1] / "gold"

_CLEAN = [
    "SEOUL - South Korea's navy said its drills would go ahead in June. Tokyo has "
    "protested against the drills every year since they began.",
    "BEIRUT - Israel's army said the strip leaves aside the disputed Shebaa Farms area, "
    "which Lebanon claims.",
    "NAIROBI - Kenya's foreign ministry said the four assistant high commissions outside "
    "the capital would stay open.",
    # a state's people in the plural are no trace, however often ("Haitians", "Jordanians":
    # the state table's plural demonyms, which the word list lacks)
    "NASSAU - The Bahamas' government said it would deport 90 Haitians this week. Haitians "
    "make up most of those held, and Haiti's consul asked for access. Jordanians were not "
    "affected.",
]

_DAMAGED = [
    # no straight possessive: one sure trace still repairs, as before
    "MOSCOW - Russias foreign ministry said the talks would go on.",
    # straight possessives beside several sure traces: a feed typed both ways, damaged
    "KYIV - Ukraine's envoy spoke. Russias army and Polands border guards said they dont "
    "know. Hungarys minister declined to comment.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_lone_trace_beside_straight_possessives_is_left(text: str) -> None:
    assert repair_text(text).text == text


@pytest.mark.parametrize("text", _DAMAGED)
def test_damage_is_still_repaired(text: str) -> None:
    assert "\u2019" in repair_text(text).text


def test_handmade_gold_texts_unchanged() -> None:
    changed = []
    for path in sorted(GOLD.glob("handmade*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            doc = json.loads(line)
            if repair_text(doc["text"]).text != doc["text"]:
                changed.append(doc["doc_id"])
    assert changed == []
