"""Cleaning keeps hostile text cheap for the parser: symbol runs, control codes, surrogates."""

from __future__ import annotations

import re
import time

import pytest

from newsgraph.errors import CleanError
from newsgraph.ingest.clean import clean_text


@pytest.mark.parametrize("symbol", ["[", "(", ")", "=", "*", "\u201c", "$", "<", "([{"])
def test_reliability_clean_cuts_long_symbol_runs(symbol: str) -> None:
    text = "Kenya thanked Uganda on Monday " + symbol * 200_000 + " for the aid."
    start = time.monotonic()
    cleaned = clean_text(text).text
    assert time.monotonic() - start < 5
    assert cleaned.startswith("Kenya thanked Uganda on Monday ") and cleaned.endswith(" for the aid.")
    assert max(len(run) for run in re.findall(r"[^\w\s]+", cleaned)) <= 48


def test_reliability_clean_keeps_ordinary_punctuation() -> None:
    text = "Chad\u2019s army said: \u201cWe left (at 5 p.m.) \u2014 all of us!\u201d\n\n" + "=" * 40 + "\nEnd."
    assert clean_text(text).text == text


@pytest.mark.parametrize("text", ["[" * 5000, "**** ==== ---- ....", "\x01\x02\x03", "\ud800\udc00 \ud800"])
def test_reliability_clean_rejects_text_without_words(text: str) -> None:
    with pytest.raises(CleanError):
        clean_text(text)


def test_reliability_clean_drops_controls_and_lone_surrogates() -> None:
    cleaned = clean_text("Ghana \ud800praised\x00 Togo\x1b on Monday.").text
    assert cleaned == "Ghana \ufffdpraised Togo on Monday."
    cleaned.encode("utf-8")


def test_reliability_clean_rejects_mostly_symbols() -> None:
    noise = bytes(range(0x80, 0xC0)).decode("cp1252", errors="replace") * 20
    with pytest.raises(CleanError, match="mostly symbols"):
        clean_text(noise)


def test_reliability_clean_keeps_symbol_heavy_short_text_and_tables() -> None:
    assert clean_text("U.S. — 5%").text == "U.S. — 5%"
    table = "\n".join(f"| Kenya | {k} | {k * 3} | +{k}% |" for k in range(30))
    assert clean_text(table).text == table
