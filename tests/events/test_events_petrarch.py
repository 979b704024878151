"""PETRARCH verb dictionaries as an alternative pattern source (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events.patterns import PatternError, compile_patterns
from newsgraph.events.petrarch import load_petrarch_verbs

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "peers"

SAMPLE = """
&WEAPON
+GUN
+MISSILE

---  BLAME   [112]  ---
ACCUSE [112]
CHARGE
- * (OF TORTURE)          [1122]   # ACCUSE
- * &WEAPON               [138]    # odd but ours to read
- SAID WOULD NOT *        [112]    # words before the verb: skipped
- * {TERRORIST ATTACK}    [---]    # no code: skipped
"""


def test_petrarch_reads_blocks_synsets_and_templates(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(SAMPLE, "utf-8")
    patterns = load_petrarch_verbs(path)
    by_id = {p.id: p for p in patterns}
    assert by_id["petr.blame.accuse"].code == "112"
    assert by_id["petr.blame.charge"].code == "112"  # the block's code
    specific = [p for p in patterns if p.id[-1].isdigit()]
    assert [(p.code, sorted(p.objects), p.target[0]) for p in specific] == [
        ("1122", ["torture"], "prep:of"),
        ("138", ["gun", "missile"], "dobj"),
    ]
    table = compile_patterns(patterns)
    assert [p.code for p in table.verbs["accuse"]] == ["1122", "138", "112"]


def test_petrarch_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(PatternError):
        load_petrarch_verbs(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    "name", ["petrarch2/CAMEO.2.0.txt", "UniversalPetrarch/PETR_Validate_verbs_2_02.txt"]
)
def test_petrarch_peer_dictionaries_load(name: str) -> None:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    table = compile_patterns(load_petrarch_verbs(path))
    assert "condemn" in table.verbs
    assert all(p.code.isdigit() for ps in table.verbs.values() for p in ps)
