"""The accusation codes under 112 (issue #5): "war crimes", atrocities, genocide and
massacres are 1124; a war named as the act ("waging a war on journalism", "starting the
war") is no war crime and stays the general accusation (112). Sentences written for this
file."""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

#: (text, "SRC>TGT", full CAMEO code)
_CASES: list[tuple[str, str, str]] = [
    ("KYIV — Ukraine accused Russia of war crimes in the occupied towns.", "UKR>RUS", "1124"),
    ("KYIV — Ukraine accused Russian troops of a massacre near the river.", "UKR>RUS", "1124"),
    ("THE HAGUE — Gambia accused Myanmar of genocide.", "GMB>MMR", "1124"),
    ("OSLO — Moscow accused Oslo of waging a war on journalism.", "RUS>NOR", "112"),
    ("KYIV — Ukraine accused Russia of starting the war.", "UKR>RUS", "112"),
    ("TEHRAN — Iran accused Israel of espionage.", "IRN>ISR", "1125"),
]


@pytest.mark.parametrize(("text", "pair", "code"), _CASES)
def test_accusation_code(text: str, pair: str, code: str) -> None:
    got = [(f"{e.source}>{e.target}", e.code) for e in process(text, date="2026-03-02").events]
    assert got == [(pair, code)]
