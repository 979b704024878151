"""Clean article text: find the headline and dateline, cut trailing scraper blocks.

Cleaning never rewrites characters: it only normalises line endings, strips
trailing spaces, drops NULs and control codes, replaces lone UTF-16 surrogates
(not characters; a JSON ``"\\ud800"`` gives one) with U+FFFD, cuts runs of
over 48 symbols without a space to 48 (they stall the tokenizer) and cuts whole
lines at the end, so offsets computed on the
cleaned text stay valid for everything before the cut. The word lists live in
``newsgraph/data/clean/*.yaml``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any


from newsgraph.errors import CleanError
from newsgraph.data import load_data

log = logging.getLogger(__name__)

# Lone surrogates cannot be encoded (the parser and the store refuse them);
# C0 control codes other than tab and newline are never article text.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# spaCy's tokenizer strips prefixes and suffixes one at a time, so a run of
# symbols with no space ("((((", "====") costs time quadratic in its length
# (8,000 "=" take a minute), and every symbol becomes a token for the parser.
# Such runs are never prose (rules and separators at most): each is cut to
# its first _SYMBOL_RUN characters.
_SYMBOL_RUN = 48
_LONG_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{_SYMBOL_RUN + 1},}}")


def _cut_symbol_run(match: re.Match[str]) -> str:
    return match.group()[:_SYMBOL_RUN]


_ALNUM = re.compile(r"[^\W_]")
_NON_SPACE = re.compile(r"\S")
# Prose is >95% letters and digits (not counting spaces; real VOA articles: 0.955
# and up); text decoded from binary noise is under 30%. Below this share, over
# at least _PROSE_MIN_CHARS visible characters, a document is not an article.
_PROSE_MIN_SHARE = 0.5
_PROSE_MIN_CHARS = 200
_PROSE_SAMPLE = 50_000


def _alnum_share(text: str) -> tuple[float, int]:
    """The share of letters and digits among the visible characters of a sample, and their count."""
    sample = text[:_PROSE_SAMPLE]
    visible = len(_NON_SPACE.findall(sample))
    return (len(_ALNUM.findall(sample)) / visible if visible else 0.0), visible


# A word of a place name: letters first, then letters, digits, dots, apostrophes, hyphens.
_WORD = r"[^\W\d_][\w.'’\-]*"
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\.\.\.$|…$")
_CLOSING_MARKS = "\"'”’»)]"


@dataclass(frozen=True, slots=True)
class Cleaned:
    """An article's cleaned text and what cleaning found at its top.

    ``title`` is the headline line (it stays at the top of ``text``),
    ``body_start`` the offset of the first body paragraph, ``dateline`` the
    place of a leading dateline ("SEOUL"), ``trailer`` the text that was cut.
    """

    text: str
    title: str | None
    dateline: str | None
    body_start: int
    trailer: str = ""


@cache
def load_clean_data(name: str) -> dict[str, Any]:
    """The packaged word list ``data/clean/<name>.yaml`` (read once per process)."""
    data = load_data(f"clean/{name}.yaml")
    if not isinstance(data, dict):
        raise TypeError(f"data/clean/{name}.yaml must hold a mapping")
    return data


@lru_cache(maxsize=1)
def _trailer_markers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in load_clean_data("trailers")["markers"])


@lru_cache(maxsize=1)
def _dateline_pattern() -> re.Pattern[str]:
    data = load_clean_data("datelines")
    months = load_clean_data("dates")["months"]
    month = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    dashes = "|".join(re.escape(d) for d in sorted(data["dashes"], key=len, reverse=True))
    part = rf"{_WORD}(?:[ \t]+{_WORD}){{0,5}}"
    date = rf"(?:{month})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+(?:{month})\.?(?:[ \t]+\d{{4}})?"
    return re.compile(
        rf"(?P<place>{part}(?:,[ \t]*{part})?)"
        rf"(?:,?[ \t]+(?P<date>{date}))?"
        rf"(?P<space>[ \t]*)(?:\((?P<agency>[^()\n]{{1,40}})\)[ \t]*)?"
        rf"(?P<dash>{dashes})(?=\s)",
        re.IGNORECASE,
    )


def _known_agency(agency: str) -> bool:
    agencies = {a.lower() for a in load_clean_data("datelines")["agencies"]}
    return (
        agency.strip().lower() in agencies
        or re.fullmatch(r"[A-Z][A-Za-z.\-]{1,15}", agency.strip()) is not None
    )


def find_dateline(paragraph: str) -> str | None:
    """The place of a dateline opening ``paragraph`` ("KYIV, Ukraine (AP) —" → "KYIV, Ukraine")."""
    match = _dateline_pattern().match(paragraph)
    if match is None:
        return None
    data = load_clean_data("datelines")
    place = match["place"].strip()
    if match["dash"] in ("-", "--") and not (match["space"] or match["agency"]):
        return None  # "Jean-Claude" or "Kim--" are not datelines
    if match["agency"] is not None and not _known_agency(match["agency"]):
        return None
    words = place.replace(",", " ").split()
    if len(words) > int(data["max_words"]):
        return None
    banned = {w.lower() for w in data["not_place_words"]}
    particles = {w.lower() for w in data["place_particles"]}
    if words[0].isupper() and words[0].lower() in data["caps_place_articles"]:
        # "THE HAGUE (Reuters) -", "THE HAGUE, Netherlands -"; a kicker "THE LATEST —" has neither
        if not (match["agency"] or "," in place) or len(words) < 2 or not words[1].isupper():
            return None
        words = words[1:]
    if any(w.lower().strip(".") in banned for w in words):
        return None
    # A capitalised place: every word capitalised, except particles ("Rio de Janeiro").
    if place != place.lower() and any(
        not w[0].isupper() and w.lower() not in particles for w in words
    ):
        return None
    return place


def _looks_like_headline(line: str) -> bool:
    """A short first line with no dateline and no sentence-final full stop."""
    data = load_clean_data("headlines")
    stripped = line.strip()
    if not any(c.isalpha() for c in stripped):
        return False
    if len(stripped) > int(data["max_chars"]) or len(stripped.split()) > int(data["max_words"]):
        return False
    if stripped.lower().startswith(tuple(data["not_headline_prefixes"])):
        return False
    if find_dateline(stripped) is not None:
        return False
    core = stripped.rstrip(_CLOSING_MARKS)
    if core.endswith((",", ";", ":")):
        return False
    return not core.endswith(".") or _ABBREVIATION_END.search(core) is not None


def _is_meta_line(line: str) -> bool:
    """A byline or a date line between the headline and the body ("By Jane Doe", "Jan. 5, 2024")."""
    from newsgraph.ingest.dates import normalize_date  # dates reads its names through this module

    data = load_clean_data("headlines")
    stripped = line.strip()
    words = len(stripped.split())
    if stripped.rstrip(_CLOSING_MARKS).endswith("."):
        return False  # a sentence: "By the end of the week, talks had stalled."
    if stripped.lower().startswith(tuple(data["not_headline_prefixes"])):
        return words <= int(data["max_meta_words"])
    return words <= int(data["max_date_line_words"]) and normalize_date(stripped) is not None


def _skip_meta_lines(lines: list[str], first: int) -> int:
    """Index of the first body line after any byline and date lines (one body line always stays)."""
    index = first
    while index < len(lines) - 1 and (not lines[index] or _is_meta_line(lines[index])):
        index += 1
    return index if any(lines[index:]) else first


def _is_marker(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped.split()) > int(load_clean_data("trailers")["marker_max_words"]):
        return False
    return any(p.fullmatch(stripped) for p in _trailer_markers())


def _is_trailer_line(line: str) -> bool:
    """A line that may stand under a trailer marker: blank, or short like a headline."""
    data = load_clean_data("trailers")
    stripped = line.strip()
    if not stripped:
        return True
    words = len(stripped.split())
    if words > int(data["max_words"]):
        return False
    return not stripped.rstrip(_CLOSING_MARKS).endswith(".") or words <= int(
        data["max_words_with_period"]
    )


def _trailer_start(lines: list[str], first_body: int) -> int | None:
    """Index of the line where a trailing scraper block starts, if any."""
    max_lines = int(load_clean_data("trailers")["max_lines"])
    start = len(lines)
    while start > first_body + 1 and len(lines) - start < max_lines + 1:
        if not (_is_trailer_line(lines[start - 1]) or _is_marker(lines[start - 1])):
            break
        start -= 1
    for i in range(max(start, first_body + 1), len(lines)):
        if _is_marker(lines[i]):
            return i
    return None


def clean_text(text: str) -> Cleaned:
    """Normalise ``text`` and find its headline, dateline and trailing block.

    Args:
        text: the repaired article text (headline optional).

    Returns:
        A :class:`Cleaned` whose ``text`` keeps the headline at the top and
        every character of the body before any cut trailer.

    Raises:
        CleanError: when nothing but whitespace (or symbols) is left.
    """
    text = _CONTROL.sub("", _SURROGATE.sub("\ufffd", text))
    text = _LONG_SYMBOL_RUN.sub(_cut_symbol_run, text)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        raise CleanError("the document has no text; check the input file or the HTML extraction")
    if not _ALNUM.search(text):
        raise CleanError(
            "the document has no letters or digits, only symbols; check the input file"
        )
    share, visible = _alnum_share(text)
    if visible >= _PROSE_MIN_CHARS and share < _PROSE_MIN_SHARE:
        raise CleanError(
            f"the document is mostly symbols ({share:.0%} letters and digits), not prose: "
            "binary data or a wrong encoding? check the input file"
        )

    title: str | None = None
    first_body = 0
    # A headline is set off by a blank line, or sits right above a dateline ("Title\nSEOUL —"):
    # scrapers often drop the blank line, and a dateline can only open the body.
    dated = len(lines) > 1 and find_dateline(lines[1].lstrip()) is not None
    if len(lines) > 2 - dated and (dated or not lines[1]) and _looks_like_headline(lines[0]):
        title = lines[0].strip()
        first_body = 1 if dated else 2
        while first_body < len(lines) and not lines[first_body]:
            first_body += 1

    first_body = _skip_meta_lines(lines, first_body)
    trailer = ""
    cut = _trailer_start(lines, first_body)
    if cut is not None:
        trailer = "\n".join(lines[cut:])
        log.debug("cut a trailing block of %d lines starting %r", len(lines) - cut, lines[cut])
        lines = lines[:cut]
        while lines and not lines[-1]:
            lines.pop()

    body_start = sum(len(line) + 1 for line in lines[:first_body])
    dateline = find_dateline(lines[first_body].lstrip()) if first_body < len(lines) else None
    return Cleaned(
        text="\n".join(lines),
        title=title,
        dateline=dateline,
        body_start=body_start,
        trailer=trailer,
    )
