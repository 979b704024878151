"""Loads the repair stage's data files (codecs, plausibility model) once."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from newsgraph.data import load_data


@dataclass(frozen=True, slots=True)
class CodecSpec:
    """One wrong codec that UTF-8 bytes may have been decoded with."""

    name: str
    prior: float
    cjk: bool


@dataclass(frozen=True, slots=True)
class RepairConfig:
    """Everything the repair search reads from data files."""

    codecs: tuple[CodecSpec, ...]
    policies: tuple[tuple[str, float], ...]
    max_layers: int
    inserted_byte_cost: float
    hole_byte_cost: float
    max_run_chars: int
    max_broken_points: int
    max_parses: int
    beam: int
    max_split_chars: int
    model: dict[str, Any]


def _load_yaml(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_data(f"repair/{name}")
    return data


@functools.cache
def load_config() -> RepairConfig:
    """The repair configuration; cached because the files never change at run time."""
    raw = _load_yaml("codecs.yaml")
    limits = raw["limits"]
    codecs = tuple(
        CodecSpec(name=name, prior=float(spec["prior"]), cjk=bool(spec["cjk"]))
        for name, spec in raw["codecs"].items()
    )
    policies = tuple((name, float(spec["prior"])) for name, spec in raw["policies"].items())
    return RepairConfig(
        codecs=codecs,
        policies=policies,
        max_layers=int(raw["max_layers"]),
        inserted_byte_cost=float(raw["inserted_byte_cost"]),
        hole_byte_cost=float(raw["hole_byte_cost"]),
        max_run_chars=int(limits["max_run_chars"]),
        max_broken_points=int(limits["max_broken_points"]),
        max_parses=int(limits["max_parses"]),
        beam=int(limits["beam"]),
        max_split_chars=int(limits["max_split_chars"]),
        model=_load_yaml("plausibility.yaml"),
    )
