"""Gold annotations (JSON Lines, see ``shared/spec/gold-format.md``) as frozen objects.

Loading is strict about structure, because a silently skipped gold event
would inflate every score computed from the file: a malformed line raises
``GoldFormatError`` naming the file, the line and the problem.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import GoldFormatError

log = logging.getLogger(__name__)

_ROOT = re.compile(r"\d\d")
_CODE = re.compile(r"\d{2,4}")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event; ``root`` lists every acceptable two-digit CAMEO root."""

    evidence: str
    source: str
    target: str
    root: tuple[str, ...]
    code: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated direct quotation (text without the quotation marks)."""

    speaker: str | None
    speaker_actor: str | None
    text: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One annotated article: its clean text, events and quotes."""

    doc_id: str
    date: str | None
    text: str
    raw: str | None
    events: tuple[GoldEvent, ...]
    quotes: tuple[GoldQuote, ...]

    @property
    def required_events(self) -> tuple[GoldEvent, ...]:
        return tuple(e for e in self.events if not e.optional)


class _LineError(Exception):
    """A problem in one line; turned into a GoldFormatError with file and line."""


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file.

    Args:
        path: the file; blank lines are skipped.
    Returns:
        The documents in file order.
    Raises:
        GoldFormatError: the file cannot be read, a line is not a JSON object
            of the documented shape, an evidence string is not in the text,
            or a ``doc_id`` repeats.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc}).") from exc
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = _parse_line(line)
        except _LineError as exc:
            raise GoldFormatError(
                f"{path}:{lineno}: {exc}. Fix the line (format: shared/spec/gold-format.md)."
            ) from None
        if doc.doc_id in seen:
            raise GoldFormatError(
                f"{path}:{lineno}: doc_id {doc.doc_id!r} already used on line "
                f"{seen[doc.doc_id]}. Give every document its own id."
            )
        seen[doc.doc_id] = lineno
        docs.append(doc)
    log.debug("loaded %d gold documents from %s", len(docs), path)
    return docs


def _parse_line(line: str) -> GoldDoc:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _LineError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise _LineError(f"expected a JSON object, got {type(obj).__name__}")
    doc_id = _text(obj, "doc_id", "document")
    text = _text(obj, "text", f"document {doc_id!r}")
    date = _maybe_text(obj, "date", f"document {doc_id!r}")
    raw = _maybe_text(obj, "raw", f"document {doc_id!r}")
    events = tuple(
        _parse_event(item, i, doc_id, text) for i, item in enumerate(_list(obj, "events", doc_id))
    )
    quotes = tuple(
        _parse_quote(item, i, doc_id, text) for i, item in enumerate(_list(obj, "quotes", doc_id))
    )
    return GoldDoc(doc_id=doc_id, date=date, text=text, raw=raw, events=events, quotes=quotes)


def _parse_event(item: Any, i: int, doc_id: str, text: str) -> GoldEvent:
    where = f"document {doc_id!r}, events[{i}]"
    if not isinstance(item, dict):
        raise _LineError(f"{where}: expected an object, got {type(item).__name__}")
    evidence = _text(item, "evidence", where)
    if evidence not in text:
        raise _LineError(f"{where}: evidence {evidence!r} is not a substring of the text")
    source = _text(item, "source", where).strip().upper()
    target = _text(item, "target", where).strip().upper()
    roots = item.get("root")
    if not isinstance(roots, list) or not roots:
        raise _LineError(f"{where}: 'root' must be a non-empty list of two-digit codes")
    for r in roots:
        if not isinstance(r, str) or not _ROOT.fullmatch(r):
            raise _LineError(f"{where}: root {r!r} is not a two-digit CAMEO root like \"02\"")
    code = _maybe_text(item, "code", where)
    if code is not None:
        if not _CODE.fullmatch(code):
            raise _LineError(f"{where}: code {code!r} is not a CAMEO code of 2 to 4 digits")
        if not any(code.startswith(r) for r in roots):
            log.warning("%s: code %s is under none of the roots %s", where, code, roots)
    optional = item.get("optional", False)
    if not isinstance(optional, bool):
        raise _LineError(f"{where}: 'optional' must be true or false, got {optional!r}")
    return GoldEvent(evidence, source, target, tuple(roots), code, optional)


def _parse_quote(item: Any, i: int, doc_id: str, text: str) -> GoldQuote:
    where = f"document {doc_id!r}, quotes[{i}]"
    if not isinstance(item, dict):
        raise _LineError(f"{where}: expected an object, got {type(item).__name__}")
    quote = _text(item, "text", where)
    if quote not in text:
        # Scoring compares quote texts, not offsets, so this is worth a warning
        # but must not stop an evaluation.
        log.warning("%s: quote text %r is not a substring of the text", where, quote[:60])
    speaker = _maybe_text(item, "speaker", where)
    actor = _maybe_text(item, "speaker_actor", where)
    return GoldQuote(speaker=speaker, speaker_actor=actor, text=quote)


def _text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _LineError(f"{where}: {key!r} must be a non-empty string, got {value!r}")
    return value


def _maybe_text(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _LineError(f"{where}: {key!r} must be a string or null, got {value!r}")
    return value


def _list(obj: dict[str, Any], key: str, doc_id: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _LineError(f"document {doc_id!r}: {key!r} must be a list, got {type(value).__name__}")
    return value
