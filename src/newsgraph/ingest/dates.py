"""Dates: the article's own date, metadata dates, and relative expressions for events.

Written with ``datetime`` and the month/day names of ``data/clean/dates.yaml``
rather than dateparser, so results are predictable and fast: news text uses a
handful of forms and we want each resolution rule written down.

Conventions for relative expressions (``anchor`` is the article date):

- a bare weekday ("on Monday") is the most recent such day on or before the
  anchor (news reports past events); "last Monday" is strictly before it,
  "next Monday" strictly after, "this Monday" as the bare form;
- a month and day without a year ("March 3", "Jan. 5") takes the year that puts
  it nearest the anchor (articles announce meetings as well as report them);
  "next March 3" is the next one after the anchor;
- a month without a day ("in March") is the first of the most recent such month
  on or before the anchor ("next March": the next one after it);
- periods resolve to their first day: "last week" is the Monday of the week
  before the anchor's, "last month" the first of the previous month, "last
  year" January 1 of the previous year, "this/next ..." likewise;
- "N days/weeks/months/years ago" counts back from the anchor.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from email.utils import parsedate_to_datetime
from functools import lru_cache

from newsgraph.ingest.clean import load_clean_data

log = logging.getLogger(__name__)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T?\d{2,6}Z?)?")
_SLASHED_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_SLASHED_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PERIODS = ("day", "week", "month", "year")
# How far into the text an article's own date may stand.
_TOP_CHARS = 600


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, int], dict[str, int]]:
    data = load_clean_data("dates")
    return dict(data["months"]), dict(data["weekdays"])


@lru_cache(maxsize=1)
def _text_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months, _ = _names()
    month = "|".join(sorted(months, key=len, reverse=True))
    mdy = re.compile(
        rf"\b(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b",
        re.IGNORECASE,
    )
    dmy = re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{month})\.?(?:,?\s+(?P<year>\d{{4}}))?\b",
        re.IGNORECASE,
    )
    return mdy, dmy


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_of(word: str) -> int | None:
    return _names()[0].get(word.lower().rstrip("."))


def _named_dates(text: str) -> list[tuple[int, int, int, int | None]]:
    """(position, month, day, year or None) for every "Month D[, YYYY]" or "D Month [YYYY]"."""
    found = []
    for pattern in _text_patterns():
        for m in pattern.finditer(text):
            month = _month_of(m["month"])
            if month is None:
                continue
            year = int(m["year"]) if m["year"] else None
            found.append((m.start(), month, int(m["day"]), year))
    return sorted(found)


def find_article_date(text: str) -> str | None:
    """An explicit full date near the top of ``text`` as ISO YYYY-MM-DD, or None.

    Accepts "January 30, 2023", "Jan. 30, 2023", "30 Jan 2023" and
    "2023-01-30" in the first few hundred characters; the earliest wins.
    """
    top = text[:_TOP_CHARS]
    candidates: list[tuple[int, dt.date]] = []
    for pos, month, day, year in _named_dates(top):
        if year is not None and (made := _make(year, month, day)) is not None:
            candidates.append((pos, made))
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", top):
        if (made := _make(int(m[1]), int(m[2]), int(m[3]))) is not None:
            candidates.append((m.start(), made))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1].isoformat()


def normalize_date(value: str) -> str | None:
    """Any metadata date as ISO YYYY-MM-DD, or None when it holds no date.

    Handles ISO dates and timestamps (the calendar date as written, without
    converting time zones), "20230130", "2023/01/30", RFC 2822 ("Mon, 30 Jan
    2023 10:00:00 GMT"), "January 30, 2023", "30 Jan 2023" and "30/01/2023"
    (day first when unambiguous, else month first as in US sources).
    """
    value = value.strip()
    if not value:
        return None
    for pattern in (_ISO, _SLASHED_YMD):
        if (m := pattern.fullmatch(value)) is not None:
            made = _make(int(m[1]), int(m[2]), int(m[3]))
            return made.isoformat() if made else None
    if (m := _COMPACT.fullmatch(value)) is not None:
        made = _make(int(m[1]), int(m[2]), int(m[3]))
        return made.isoformat() if made else None
    if (m := _SLASHED_DMY.fullmatch(value)) is not None:
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        made = _make(year, second, first) if first > 12 else _make(year, first, second)
        return made.isoformat() if made else None
    if "," in value and ":" in value:
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    for _, month, day, named_year in _named_dates(value):
        if named_year is not None and (made := _make(named_year, month, day)) is not None:
            return made.isoformat()
    if (m := _ISO.search(value)) is not None:
        made = _make(int(m[1]), int(m[2]), int(m[3]))
        return made.isoformat() if made else None
    return None


def _anchor_date(anchor: str) -> dt.date | None:
    iso = normalize_date(anchor)
    return dt.date.fromisoformat(iso) if iso else None


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_start(anchor: dt.date, period: str, shift: int) -> dt.date:
    """The first day of the day/week/month/year ``shift`` periods from the anchor's."""
    if period == "day":
        return anchor + dt.timedelta(days=shift)
    if period == "week":
        return anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
    if period == "month":
        return _add_months(anchor.replace(day=1), shift)
    return dt.date(anchor.year + shift, 1, 1)


def _ago(anchor: dt.date, count: int, period: str) -> dt.date:
    if period == "day":
        return anchor - dt.timedelta(days=count)
    if period == "week":
        return anchor - dt.timedelta(weeks=count)
    if period == "month":
        start = _add_months(anchor.replace(day=1), -count)
        return _make(start.year, start.month, anchor.day) or _add_months(start, 1) - dt.timedelta(
            days=1
        )
    return _make(anchor.year - count, anchor.month, anchor.day) or dt.date(
        anchor.year - count, 2, 28
    )


def _normalise_expression(expression: str) -> tuple[str, str]:
    """(modifier, rest): the expression lower-cased, fillers and day parts dropped."""
    data = load_clean_data("dates")
    words = re.sub(r"[,;!?()\"“”]", " ", expression.lower()).split()
    fillers = set(data["fillers"])
    parts = set(data["day_parts"])
    while words and words[0] in fillers:
        words.pop(0)
    modifier = ""
    if words and words[0] in ("last", "past", "previous", "next", "coming", "this"):
        modifier = {"past": "last", "previous": "last", "coming": "next"}.get(words[0], words[0])
        words.pop(0)
        if modifier == "this" and words and words[0] == "past":
            modifier = "last"  # "this past Monday"
            words.pop(0)
        if words and words[0] == "the":
            words.pop(0)
    while words and (words[-1] in parts or words[-1] in fillers):
        words.pop()
    return modifier, " ".join(words)


def _weekday(anchor: dt.date, weekday: int, modifier: str) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if modifier == "next":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if modifier == "last":
        return anchor - dt.timedelta(days=back or 7)
    return anchor - dt.timedelta(days=back)


def _month_day(anchor: dt.date, month: int, day: int, modifier: str) -> dt.date | None:
    if modifier == "next":
        for year in (anchor.year, anchor.year + 1, anchor.year + 2):
            made = _make(year, month, day)
            if made is not None and made > anchor:
                return made
        return None
    if modifier == "last":
        for year in (anchor.year, anchor.year - 1, anchor.year - 2):
            made = _make(year, month, day)
            if made is not None and made < anchor:
                return made
        return None
    options = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _make(y, month, day))
    ]
    # Nearest to the anchor; on a tie, the past (news mostly reports).
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)) if options else None


def _month_only(anchor: dt.date, month: int, modifier: str) -> dt.date:
    if modifier == "next":
        return dt.date(anchor.year + (month <= anchor.month), month, 1)
    if modifier == "last":
        return dt.date(anchor.year - (month >= anchor.month), month, 1)
    if modifier == "this":
        return dt.date(anchor.year, month, 1)
    return dt.date(anchor.year - (month > anchor.month), month, 1)


def resolve_relative(expression: str, anchor: str) -> str | None:
    """The ISO date an event expression refers to, seen from ``anchor``.

    Args:
        expression: "on Monday", "yesterday", "last week", "in March",
            "March 3", "March 3, 2024", "Jan. 5", "two days ago", ...
        anchor: the article date (any form :func:`normalize_date` reads).

    Returns:
        ISO YYYY-MM-DD (see the module docstring for the conventions), or None
        when the expression or the anchor holds no date.
    """
    base = _anchor_date(anchor)
    if base is None:
        return None
    data = load_clean_data("dates")
    months, weekdays = _names()
    phrase = re.sub(r"\s+", " ", expression.lower().strip(" .,;"))
    phrase = re.sub(r"^(?:on|in|at) ", "", phrase)
    if phrase in data["day_words"]:
        return (base + dt.timedelta(days=int(data["day_words"][phrase]))).isoformat()
    explicit = normalize_date(expression)
    if explicit is not None:
        return explicit
    modifier, rest = _normalise_expression(expression)
    if rest in data["day_words"] and not modifier:
        return (base + dt.timedelta(days=int(data["day_words"][rest]))).isoformat()
    words = rest.split()
    if not words:
        return None
    resolved = _resolve_words(base, modifier, words, months, weekdays, data["numbers"])
    return resolved.isoformat() if resolved else None


def _resolve_words(
    base: dt.date,
    modifier: str,
    words: list[str],
    months: dict[str, int],
    weekdays: dict[str, int],
    numbers: dict[str, int],
) -> dt.date | None:
    """The date of a normalised expression (modifier removed), or None."""
    if len(words) == 1:
        word = words[0].rstrip(".")
        if word in weekdays:
            return _weekday(base, weekdays[word], modifier)
        singular = word.rstrip("s")
        if modifier and singular in _PERIODS:
            shift = {"last": -1, "next": 1, "this": 0}[modifier]
            return _period_start(base, singular, shift)
        if word in months:
            return _month_only(base, months[word], modifier)
        if _YEAR.fullmatch(word):
            return dt.date(int(word), 1, 1)
        return None
    if words[-1] == "ago" and len(words) >= 3:
        count_words = " ".join(words[:-2])
        count = int(count_words) if count_words.isdigit() else numbers.get(count_words)
        period = words[-2].rstrip("s")
        if count is None or period not in _PERIODS:
            return None
        return _ago(base, int(count), period)
    if words[0] in weekdays and len(words) == 2 and words[1].rstrip(".").isalpha():
        # "Monday night" was trimmed already; "Monday week" is not news English.
        return None
    month_day = _named_dates(" ".join(words))
    if month_day:
        _, month, day, year = month_day[0]
        if year is not None:
            return _make(year, month, day)
        return _month_day(base, month, day, modifier)
    if len(words) == 2 and words[0].rstrip(".") in months and _YEAR.fullmatch(words[1]):
        return dt.date(int(words[1]), months[words[0].rstrip(".")], 1)
    return None


_PATH_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-/_]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_from_path(path: str) -> str | None:
    """A publication date written into a file name or URL (``voa-20241112-...``, ``/2024/11/12/``).

    Archives and scrapers name files and URLs by date so often that it is the
    best fallback when neither the metadata nor the text gives one.
    """
    for match in _PATH_DATE.finditer(path):
        found = _make(int(match["y"]), int(match["m"]), int(match["d"]))
        if found is not None:
            return found.isoformat()
    return None
