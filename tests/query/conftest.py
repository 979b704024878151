"""Fixtures for query tests: one real DuckDB file with three hand-built articles."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.model import Failure
from newsgraph.store import Store


def _load_builders() -> None:
    """Share the Result builders of tests/store (one place for test data)."""
    if "store_results" in sys.modules:
        return
    path = Path(__file__).resolve().parents[1] / "store" / "store_results.py"
    spec = importlib.util.spec_from_file_location("store_results", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["store_results"] = module
    spec.loader.exec_module(module)


_load_builders()

from store_results import china_result, korea_result, undated_result  # noqa: E402


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("query") / "news.duckdb"
    with Store.open(str(path)) as store:
        store.write_batch(
            [korea_result(), china_result(), undated_result()],
            [Failure("broken.html", "clean", "no text after extraction")],
        )
        yield store
