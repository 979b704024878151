"""The CAMEO taxonomy and the pattern dictionary, checked against the peer tables (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events.patterns import load_patterns, parse_patterns, PatternError
from newsgraph.events.taxonomy import load_taxonomy, lookup, quad_class

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
LOOKUPS = SHARED / "peers" / "gdelt-lookups"


def _table(name: str) -> dict[str, str]:
    path = LOOKUPS / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    rows = path.read_text("utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in rows if line.strip())


def test_taxonomy_codes_match_gdelt_event_codes() -> None:
    theirs = _table("CAMEO.eventcodes.txt")
    ours = load_taxonomy()
    assert len(ours) == 310
    assert set(ours) == set(theirs)


def test_taxonomy_goldstein_matches_gdelt_scale() -> None:
    theirs = _table("CAMEO.goldsteinscale.txt")
    ours = load_taxonomy()
    wrong = {
        c: (ours[c].goldstein, float(v))
        for c, v in theirs.items()
        if abs(ours[c].goldstein - float(v)) > 1e-9
    }
    assert wrong == {}


def test_taxonomy_names_share_words_with_gdelt() -> None:
    theirs = _table("CAMEO.eventcodes.txt")
    ours = load_taxonomy()
    far = []
    for code, name in theirs.items():
        a = {w for w in ours[code].name.lower().replace(",", " ").split() if len(w) > 3}
        b = {w for w in name.lower().replace(",", " ").split() if len(w) > 3}
        if a and b and not a & b:
            far.append((code, ours[code].name, name))
    assert len(far) <= 10, far


def test_taxonomy_quad_class_by_root() -> None:
    assert [quad_class(r) for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]
    assert lookup("0232").root == "02" and lookup("0232").quad_class == 1
    assert lookup("195").quad_class == 4 and lookup("195").goldstein == -10.0


def test_taxonomy_lookup_falls_back_to_parent() -> None:
    assert lookup("1919").root == "19"
    with pytest.raises(KeyError):
        lookup("99")


def test_patterns_cover_every_root_but_statements() -> None:
    pats = load_patterns()
    roots = {p.code[:2] for table in (pats.verbs, pats.nouns) for ps in table.values() for p in ps}
    assert roots >= {f"{r:02d}" for r in range(2, 21)}
    # no generic statement fallback (010); specific statements such as condolences (018)
    # are acts in their own right under the guidelines
    codes = {p.code for table in (pats.verbs, pats.nouns) for ps in table.values() for p in ps}
    assert not codes & {"01", "010"}


def test_patterns_codes_exist_in_taxonomy() -> None:
    table = load_taxonomy()
    pats = load_patterns()
    for ps in list(pats.verbs.values()) + list(pats.nouns.values()):
        for p in ps:
            assert p.code in table, p.id
            for r in p.refine:
                assert r.code in table, (p.id, r.code)


def test_patterns_reject_duplicate_ids() -> None:
    text = "verbs:\n  - {id: a, lemmas: [x], code: '111'}\n  - {id: a, lemmas: [y], code: '111'}\n"
    with pytest.raises(PatternError):
        parse_patterns(text)
