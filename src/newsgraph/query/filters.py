"""Validation of every filter a caller (CLI, HTTP API, web page) may pass.

Values arrive as Python values or as strings from a URL or a command line;
each validator returns the normalised value or raises UsageError saying what
is allowed. SQL is always parameterised; validation is for clear messages.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from newsgraph.errors import UsageError

MAX_LIMIT = 100_000
MAX_OFFSET = 10**9
MAX_TEXT = 200

_ACTOR = re.compile(r"[A-Z][A-Z0-9]{1,31}")
_CODE = re.compile(r"\d{2,4}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INTEGER = re.compile(r"[+-]?\d{1,19}")


def _integer(value: Any, name: str) -> int:
    if isinstance(value, bool):
        raise UsageError(f"{name} must be a whole number, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value.strip())
    raise UsageError(f"{name} must be a whole number, got {_show(value)}")


def _show(value: Any) -> str:
    """A short, printable rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def limit(value: Any) -> int | None:
    """None (no limit) or a whole number from 0 to MAX_LIMIT."""
    if value is None:
        return None
    n = _integer(value, "limit")
    if not 0 <= n <= MAX_LIMIT:
        raise UsageError(f"limit must be between 0 and {MAX_LIMIT}, got {n}")
    return n


def offset(value: Any) -> int:
    """A whole number from 0 to MAX_OFFSET (None means 0)."""
    if value is None:
        return 0
    n = _integer(value, "offset")
    if not 0 <= n <= MAX_OFFSET:
        raise UsageError(f"offset must be between 0 and {MAX_OFFSET}, got {n}")
    return n


def actor(value: Any, name: str = "actor") -> str | None:
    """An actor code (principal like "KOR" or full code like "KORGOV"), upper-cased."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _ACTOR.fullmatch(value.strip().upper()):
        raise UsageError(
            f"{name} must be an actor code of 2-32 letters or digits such as KOR, NATO "
            f"or KORGOV, got {_show(value)}"
        )
    return value.strip().upper()


def root(value: Any) -> str | None:
    """A two-digit CAMEO root code, "01" to "20" (an int 1-20 is padded)."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:02d}" if 0 <= value < 100 else str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        text = ""
    if not re.fullmatch(r"\d{2}", text) or not 1 <= int(text) <= 20:
        raise UsageError(f"root must be a two-digit CAMEO root from 01 to 20, got {_show(value)}")
    return text


def code(value: Any) -> str | None:
    """A CAMEO event code of 2-4 digits; it matches itself and its sub-codes."""
    if value is None or value == "":
        return None
    text = value.strip() if isinstance(value, str) else ""
    if not _CODE.fullmatch(text):
        raise UsageError(
            f"code must be a CAMEO code of 2 to 4 digits such as 036, got {_show(value)}"
        )
    return text


def quad_class(value: Any) -> int | None:
    """A CAMEO quad class: 1 (verbal cooperation) to 4 (material conflict)."""
    if value is None or value == "":
        return None
    n = _integer(value, "quad_class")
    if not 1 <= n <= 4:
        raise UsageError(f"quad_class must be 1, 2, 3 or 4, got {n}")
    return n


def date(value: Any, name: str) -> str | None:
    """An ISO date YYYY-MM-DD (a datetime.date is accepted)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise UsageError(f"{name} must be a real date written YYYY-MM-DD, got {_show(value)}")


def date_range(since: Any, until: Any) -> tuple[str | None, str | None]:
    """Validated since/until; since may not be after until."""
    lo, hi = date(since, "since"), date(until, "until")
    if lo and hi and lo > hi:
        raise UsageError(f"since ({lo}) is after until ({hi}); swap them")
    return lo, hi


def text(value: Any, name: str) -> str | None:
    """Free text to search for: at most MAX_TEXT characters, no control characters."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise UsageError(f"{name} must be text, got {_show(value)}")
    if len(value) > MAX_TEXT:
        raise UsageError(f"{name} is too long ({len(value)} characters; at most {MAX_TEXT})")
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise UsageError(f"{name} must not contain control characters, got {_show(value)}")
    return value


def identifier(value: Any, name: str) -> str | None:
    """An id as stored (article ids are content hashes, or ids given by the source)."""
    return text(value, name)


def choice(value: Any, name: str, allowed: tuple[str, ...]) -> str:
    """One of a fixed set of words."""
    if value not in allowed:
        raise UsageError(f"{name} must be one of {', '.join(allowed)}, got {_show(value)}")
    return str(value)
