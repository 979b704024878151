"""Take docs/screenshot.png: the page over a store, in Debian's Chromium, an article open.

Run: .venv/bin/python tests/web/take_screenshot.py --db STORE.duckdb [--view since=2024-11-01]
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path


def _conftest():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "web_conftest", Path(__file__).with_name("conftest.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshot.png")
    parser.add_argument(
        "--view", default="", help="filters as the page's URL hash, e.g. since=2024-11-01"
    )
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    web = _conftest()
    with web.LiveServer(Path(args.db)) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(web.CHROMIUM), args=web.CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1700})
        page.goto(server.url + "/" + (f"#{args.view}" if args.view else ""))
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        page.locator("#events tbody tr[data-event]").first.click()
        page.wait_for_selector("#article:not([hidden])")
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(800)
        page.screenshot(path=args.out, full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
