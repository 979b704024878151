"""Dates: article dates, metadata dates, and relative expressions seen from an anchor."""

from __future__ import annotations

import pytest

from newsgraph.ingest.dates import find_article_date, normalize_date, resolve_relative

MONDAY = "2023-01-30"  # a Monday
THURSDAY = "2024-11-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders meet\n\nJanuary 30, 2023\n\nSEOUL — The minister said.", "2023-01-30"),
        ("By Jane Doe | 30 Jan 2023\nThe minister said.", "2023-01-30"),
        ("Posted 2023-01-30 08:00\nThe minister said.", "2023-01-30"),
        ("Updated Jan. 5, 2024 and first posted Jan. 4, 2024", "2024-01-05"),
        ("The minister said on Monday that talks would resume in March.", None),
        ("The minister will meet his counterpart on February 31, 2023.", None),
    ],
)
def test_dates_find_article_date(text: str, expected: str | None) -> None:
    assert find_article_date(text) == expected


def test_dates_find_article_date_only_near_the_top() -> None:
    text = "Story\n\n" + "The talks went on for hours. " * 40 + "January 30, 2023"
    assert find_article_date(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-01-30", "2023-01-30"),
        ("2023-01-30T23:59:00+09:00", "2023-01-30"),
        ("2023-01-30T10:00:00Z", "2023-01-30"),
        ("20230130", "2023-01-30"),
        ("2023/01/30", "2023-01-30"),
        ("Mon, 30 Jan 2023 10:00:00 GMT", "2023-01-30"),
        ("January 30, 2023", "2023-01-30"),
        ("30 January 2023", "2023-01-30"),
        ("30/01/2023", "2023-01-30"),
        ("01/30/2023", "2023-01-30"),
        ("Published: Jan. 30, 2023 5:00 PM", "2023-01-30"),
        ("2023-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_dates_normalize_date(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        ("on Monday", MONDAY, "2023-01-30"),  # the anchor day itself
        ("Monday", THURSDAY, "2024-11-11"),
        ("on Sunday", MONDAY, "2023-01-29"),
        ("Tuesday night", MONDAY, "2023-01-24"),
        ("last Monday", MONDAY, "2023-01-23"),
        ("this past Friday", MONDAY, "2023-01-27"),
        ("next Monday", MONDAY, "2023-02-06"),
        ("next Friday", THURSDAY, "2024-11-15"),
        ("yesterday", MONDAY, "2023-01-29"),
        ("today", MONDAY, "2023-01-30"),
        ("tomorrow", MONDAY, "2023-01-31"),
        ("last night", MONDAY, "2023-01-29"),
        ("last week", THURSDAY, "2024-11-04"),
        ("this week", THURSDAY, "2024-11-11"),
        ("next week", THURSDAY, "2024-11-18"),
        ("last month", MONDAY, "2022-12-01"),
        ("next month", "2024-12-20", "2025-01-01"),
        ("last year", MONDAY, "2022-01-01"),
        ("in March", MONDAY, "2022-03-01"),
        ("in March", "2024-03-15", "2024-03-01"),
        ("next March", MONDAY, "2023-03-01"),
        ("in January", MONDAY, "2023-01-01"),
        ("on March 3", "2024-03-10", "2024-03-03"),
        ("on November 16", THURSDAY, "2024-11-16"),  # an announced meeting
        ("December 31", MONDAY, "2022-12-31"),
        ("March 3, 2024", MONDAY, "2024-03-03"),
        ("Jan. 5", MONDAY, "2023-01-05"),
        ("Jan. 5", "2024-12-30", "2025-01-05"),
        ("two days ago", MONDAY, "2023-01-28"),
        ("3 weeks ago", MONDAY, "2023-01-09"),
        ("a year ago", MONDAY, "2022-01-30"),
        ("in 2022", MONDAY, "2022-01-01"),
        ("earlier this month", MONDAY, "2023-01-01"),
        ("at the summit", MONDAY, None),
        ("on Monday", "not a date", None),
    ],
)
def test_dates_resolve_relative(expression: str, anchor: str, expected: str | None) -> None:
    assert resolve_relative(expression, anchor) == expected
