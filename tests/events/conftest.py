"""Shared fixtures of the event tests: the model, loaded once, and the hand-made mentions helper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from newsgraph.nlp import load_nlp
    from newsgraph.settings import Settings

    return load_nlp(Settings())
