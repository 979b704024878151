"""The CAMEO event taxonomy (codes, names, roots, quad classes, Goldstein scores) as data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import load_data

_QUAD_BY_ROOT = {
    **{f"{r:02d}": 1 for r in range(1, 6)},
    **{f"{r:02d}": 2 for r in range(6, 9)},
    **{f"{r:02d}": 3 for r in range(9, 14)},
    **{f"{r:02d}": 4 for r in range(14, 21)},
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with what the exports and the store need about it."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


def quad_class(root: str) -> int:
    """Quad class of a two-digit root: 1 verbal coop .. 4 material conflict."""
    return _QUAD_BY_ROOT[root[:2]]


@lru_cache(maxsize=1)
def load_taxonomy() -> dict[str, CameoCode]:
    """All CAMEO codes keyed by code, read once from data/cameo/codes.yaml."""
    raw = load_data("cameo/codes.yaml")["codes"]
    out: dict[str, CameoCode] = {}
    for code, entry in raw.items():
        code = str(code)
        out[code] = CameoCode(
            code, str(entry["name"]), code[:2], quad_class(code[:2]), float(entry["goldstein"])
        )
    return out


def lookup(code: str) -> CameoCode:
    """The taxonomy entry of a code; unknown sub-codes fall back to their parent."""
    table = load_taxonomy()
    probe = code
    while probe and probe not in table:
        probe = probe[:-1]
    if not probe:
        raise KeyError(f"unknown CAMEO code {code!r}")
    entry = table[probe]
    if probe == code:
        return entry
    return CameoCode(code, entry.name, entry.root, entry.quad_class, entry.goldstein)
