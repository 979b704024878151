"""Fixtures for the API tests: a hand-made store and a client of an app that owns it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from handmade_store import build_handmade_store  # noqa: E402

from newsgraph.settings import Settings  # noqa: E402

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.api import create_app  # noqa: E402

LOCAL = ("127.0.0.1", 50000)


@pytest.fixture(scope="module")
def handmade_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_handmade_store(tmp_path_factory.mktemp("api") / "handmade.duckdb")


@pytest.fixture(scope="module")
def client(handmade_db: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(handmade_db)))
    with TestClient(app, client=LOCAL, raise_server_exceptions=False) as c:
        yield c
