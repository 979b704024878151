"""Packaged data files (YAML word lists, patterns, dictionaries) and their one loader."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_text(text: str) -> Any:
    """Parse YAML with the C loader when libyaml is there (several times faster)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """A packaged YAML file under ``newsgraph/data/``, e.g. ``load_data("quotes/cues.yaml")``.

    Cached per process: callers must not mutate what it returns.
    """
    return load_yaml_text(resources.files("newsgraph.data").joinpath(name).read_text("utf-8"))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Build a large, long-lived table with Python's cyclic collector paused.

    Every object such a build makes survives it, so each collection the
    allocations trigger walks the whole heap (the spaCy model included) and frees
    nothing: the towns table took three times as long with the collector on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
