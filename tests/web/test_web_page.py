"""The page in Debian's Chromium: load, filter, open an article, click the network."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def loaded(browser, live_server) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """One page for the module (plotly.js is large to parse on a busy machine)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    # console errors, page errors, failed responses, requests that leave the server
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    page.on("response", lambda r: r.status >= 400 and page.problems.append(f"{r.status} {r.url}"))
    own = urlsplit(live_server.url).netloc

    def outside(request) -> None:  # type: ignore[no-untyped-def]
        if urlsplit(request.url).netloc not in (own, ""):
            page.problems.append(f"request to {request.url}")

    page.on("request", outside)
    page.goto(live_server.url + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=60_000)
    yield page
    context.close()


@pytest.fixture
def page(loaded):  # type: ignore[no-untyped-def]
    """The loaded page with filters cleared and no article open."""
    if loaded.is_visible("#article-close"):
        loaded.click("#article-close")
    loaded.click("#clear")
    expect(loaded.locator("#events tbody tr[data-event]")).to_have_count(7)
    expect(loaded.locator("#network")).to_have_attribute("data-nodes", "6")
    return loaded


def _event_rows(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator("#events tbody tr[data-event]").all_inner_texts()


def test_web_page_loads_everything_from_the_server(page) -> None:  # type: ignore[no-untyped-def]
    assert "3 articles" in page.inner_text("#summary")
    assert len(_event_rows(page)) == 7
    assert page.get_attribute("#network", "data-nodes") == "6"
    assert page.locator("#timeline .main-svg").count() > 0
    assert page.locator("#quotes tbody tr[data-article]").count() == 3
    assert page.problems == []


def test_web_filter_by_actor_narrows_events_and_network(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#filters input[name=actor]", "nato")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(2)
    rows = _event_rows(page)
    assert all("NATO" in row for row in rows)
    expect(page.locator("#network")).to_have_attribute("data-nodes", "2")
    assert "actor=NATO" in page.url
    assert page.problems == []


def test_web_open_article_shows_highlights_evidence_and_rule(page) -> None:  # type: ignore[no-untyped-def]
    row = page.locator("#events tbody tr[data-event]", has_text="112").first
    row.click()
    page.wait_for_selector("#article:not([hidden])")
    assert "NATO warns Russia" in page.inner_text("#article-title")
    trigger = page.locator("#article-text .hl-trigger.focus")
    assert trigger.first.inner_text() == "accused"
    assert "defend every inch" in page.locator("#article-text .hl-quote").first.inner_text()
    assert page.locator("#article-text .hl-mention").count() >= 2
    events = page.inner_text("#article-events")
    assert "rule handmade.112" in events and "NATO accused Russia" in events
    assert "Anna Berg" in page.inner_text("#article-quotes")
    assert page.problems == []


def test_web_click_network_node_filters_by_that_actor(page) -> None:  # type: ignore[no-untyped-def]
    point = page.evaluate(
        """() => {
            const gd = document.getElementById('network');
            const nodes = gd.data[gd.data.length - 1];
            const i = nodes.customdata.indexOf('RUS');
            const L = gd._fullLayout, box = gd.getBoundingClientRect();
            return {x: box.left + L._size.l + L.xaxis.l2p(nodes.x[i]),
                    y: box.top + L._size.t + L.yaxis.l2p(nodes.y[i])};
        }"""
    )
    page.mouse.move(point["x"], point["y"])
    page.mouse.click(point["x"], point["y"])
    expect(page.locator("#filters input[name=actor]")).to_have_value("RUS")
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(2)
    assert all("RUS" in row for row in _event_rows(page))
    assert page.problems == []


def test_web_dyad_and_root_filters_combine(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#filters input[name=source]", "USA")
    page.fill("#filters input[name=target]", "PRK")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(2)
    page.select_option("#filters select[name=root]", "10")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(1)
    assert "1041" in _event_rows(page)[0]
    page.locator("#events tbody tr[data-event]").first.press("Enter")
    page.wait_for_selector("#article:not([hidden])")
    assert "urged" in page.locator("#article-text .hl-trigger.focus").first.inner_text()
    assert page.problems == []
