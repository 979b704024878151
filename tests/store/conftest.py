"""Fixtures for store tests: real DuckDB files in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.store import Store


@pytest.fixture()
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "news.duckdb")


@pytest.fixture()
def store(db_path: str) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened
