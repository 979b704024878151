"""Browser test fixtures: uvicorn on a free local port, Debian's Chromium through Playwright."""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_HANDMADE = Path(__file__).resolve().parents[1] / "api" / "handmade_store.py"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives Debian's Chromium with Playwright (skipped without it)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    missing = not CHROMIUM.exists() or importlib.util.find_spec("playwright") is None
    skip = pytest.mark.skip(
        reason="needs /usr/bin/chromium (apt-get install chromium) and playwright"
    )
    for item in items:
        if missing and item.get_closest_marker("browser"):
            item.add_marker(skip)


def load_handmade():  # type: ignore[no-untyped-def]
    """The hand-made store builder shared with the API tests."""
    spec = importlib.util.spec_from_file_location("handmade_store_for_web", _HANDMADE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving the app in a thread, on 127.0.0.1 and a free port."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from newsgraph.api import LOOPBACK_HOSTS, create_app
        from newsgraph.settings import Settings

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(Settings(db=str(db)), allowed_hosts=LOOPBACK_HOSTS),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = load_handmade().build_handmade_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    with LiveServer(db) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
