"""Readers: turn paths (files, directories, globs, "-") into RawDocuments, lazily.

One bad document becomes a :class:`Failure` and reading goes on; nothing here
raises for a single file, line or record. Directories are walked one entry at a
time and files are opened only when their turn comes, so a large corpus never
sits in memory.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import logging
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.ingest.dates import normalize_date
from newsgraph.model import Failure, RawDocument

log = logging.getLogger(__name__)

STAGE = "read"
# File signatures of formats that are never article text.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (docx, xlsx, epub, ...)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip data (name it .gz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"BZh", "bzip2 data"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SNIFF_BYTES = 8192
# Share of NUL bytes above which a file without a UTF-16 mark is binary.
_NUL_SHARE = 0.01
# Share of C0 control bytes (other than tab, newlines, form feed, escape) above
# which a file is binary: text in any 8-bit encoding or UTF-8 has next to none.
_CONTROL_SHARE = 0.02
_CONTROL_BYTES = frozenset(range(1, 32)) - {9, 10, 11, 12, 13, 27}
# UTF-16 without a byte order mark: Latin-script text has a NUL in nearly every
# other byte, all on one side (odd offsets for little-endian).
_UTF16_NUL_SIDE = 0.3
_UTF16_NUL_OTHER = 0.02
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_FIELDS = ("id", "title", "date", "url", "source")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A JSON "\\ud800" escape decodes to a lone surrogate, which no encoder accepts.
_SURROGATE = re.compile("[\ud800-\udfff]")


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of a document) is not text, or None when it is."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file: {what}, not article text"
    if head.startswith(_UTF16_BOMS):
        return None
    sample = head[:_SNIFF_BYTES]
    if sample and sample.count(0) / len(sample) > _NUL_SHARE:
        return "binary file: too many NUL bytes to be text"
    if sample and sum(b in _CONTROL_BYTES for b in sample) / len(sample) > _CONTROL_SHARE:
        return "binary file: too many control characters to be text"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 data that has no byte order mark, or None if it is not that.

    Such files are text, but their NUL bytes would make them look binary.
    """
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(sample) < 4 or data.startswith(_UTF16_BOMS):
        return None
    if any(data.startswith(magic) for magic, _ in _MAGIC):
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd >= _UTF16_NUL_SIDE and even <= _UTF16_NUL_OTHER:
        codec = "utf-16-le"
    elif even >= _UTF16_NUL_SIDE and odd <= _UTF16_NUL_OTHER:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[: _SNIFF_BYTES // 2]
    controls = sum(ord(c) in _CONTROL_BYTES or c == "\0" for c in head)
    return text if controls / len(head) <= _CONTROL_SHARE else None


def _kind_of(name: str) -> str:
    lower = name.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(_WARC_SUFFIXES):
        return "warc"
    if lower.endswith(_HTML_SUFFIXES) or lower.endswith(tuple(s + ".gz" for s in _HTML_SUFFIXES)):
        return "html"
    return "text"


def iter_documents(
    paths: Sequence[str], stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Failure]:
    """Every document under ``paths``, in order, as RawDocument or Failure.

    Args:
        paths: files (.txt and any text, .html/.htm, .jsonl[.gz], .warc[.gz]),
            directories (walked recursively in sorted order, hidden entries
            skipped, symlink loops cut), glob patterns, or "-" for stdin.
        stdin: the stream "-" reads (default: ``sys.stdin.buffer``).

    Yields:
        A RawDocument per document, or a Failure(path, "read", reason) for a
        path, file, line or record that could not be read.
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif os.path.isdir(path):
            yield from _walk(Path(path), set())
        elif os.path.lexists(path):
            yield from _read_file(Path(path))
        elif glob.has_magic(path):
            matches = sorted(glob.iglob(path, recursive=True))
            if not matches:
                yield Failure(path, STAGE, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(Path(match), set())
                else:
                    yield from _read_file(Path(match))
        else:
            yield Failure(path, STAGE, "no such file or directory")


def _walk(directory: Path, seen: set[tuple[int, int]]) -> Iterator[RawDocument | Failure]:
    """Files under ``directory`` in sorted order; a directory already seen is skipped."""
    try:
        stat = directory.stat()
    except OSError as exc:
        yield Failure(str(directory), STAGE, f"cannot open directory: {exc.strerror or exc}")
        return
    key = (stat.st_dev, stat.st_ino)
    if key in seen:
        log.warning(
            "skipping %s: a directory already read (symlink loop or second link)", directory
        )
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield Failure(str(directory), STAGE, f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        elif walk_skips(entry.name):
            log.debug("skipping %s: not a news document (data/clean/walk.yaml)", path)
        else:
            yield from _read_file(path)


def walk_skips(name: str) -> bool:
    """A file a directory walk passes over: documentation, data, our own store."""
    from newsgraph.data import load_data

    rules = load_data("clean/walk.yaml")
    lower = name.lower()
    stem = lower.split(".", 1)[0]
    return stem in rules["skip_names"] or lower.endswith(tuple(rules["skip_suffixes"]))


def _read_file(path: Path) -> Iterator[RawDocument | Failure]:
    """The documents of one file, by its kind."""
    name = str(path)
    if not path.is_file():
        yield Failure(name, STAGE, "not a regular file (or a broken symlink)")
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Failure(name, STAGE, f"cannot read file: {exc.strerror or exc}")
        return
    if size == 0:
        yield Failure(name, STAGE, "empty file")
        return
    kind = _kind_of(path.name)
    if kind == "jsonl":
        yield from _read_jsonl_file(path)
    elif kind == "warc":
        yield from _read_warc(path)
    else:
        yield _read_whole(path, kind)


def _read_whole(path: Path, kind: str) -> RawDocument | Failure:
    """A text or HTML file as one document (gzip-compressed when named .gz)."""
    name = str(path)
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as handle:
                data = handle.read()
        else:
            data = path.read_bytes()
    except (OSError, EOFError, zlib.error) as exc:
        return Failure(name, STAGE, f"cannot read file: {getattr(exc, 'strerror', None) or exc}")
    if not data.strip():
        return Failure(name, STAGE, "empty file (only whitespace)")
    text = utf16_without_bom(data)
    if text is not None:
        return RawDocument(path=name, data=text, meta=(("kind", kind),))
    reason = binary_reason(data[:_SNIFF_BYTES])
    if reason is not None:
        return Failure(name, STAGE, reason)
    return RawDocument(path=name, data=data, meta=(("kind", kind),))


def _read_jsonl_file(path: Path) -> Iterator[RawDocument | Failure]:
    name = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    line_no = 0
    found = 0
    try:
        with opener(path, "rb") as handle:
            for line_no, line in enumerate(handle, start=1):
                for item in _jsonl_record(line, name, line_no):
                    found += 1
                    yield item
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(
            f"{name}#{line_no + 1}",
            STAGE,
            f"file ends early or is corrupt after line {line_no}: {exc}",
        )
        return
    if not found:
        # Only blank lines: say so rather than let the file vanish from the run.
        yield Failure(name, STAGE, "JSONL file holds no records (only blank lines)")


def _jsonl_record(line: bytes, file: str, line_no: int) -> Iterator[RawDocument | Failure]:
    """One JSONL line as a document; blank lines are skipped."""
    where = f"{file}#{line_no}"
    if not line.strip():
        return
    try:
        obj = json.loads(line)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        yield Failure(where, STAGE, f"line is not valid JSON: {exc}")
        return
    except RecursionError:
        yield Failure(where, STAGE, "line is JSON nested too deeply to be an article record")
        return
    if not isinstance(obj, dict):
        yield Failure(where, STAGE, f"line holds a JSON {type(obj).__name__}, not an object")
        return
    yield _jsonl_document(obj, where, file, line_no)


def _jsonl_document(
    obj: dict[str, Any], where: str, file: str, line_no: int
) -> RawDocument | Failure:
    text, html = obj.get("text"), obj.get("html")
    body, kind = (text, "text") if text is not None else (html, "html")
    if body is None:
        return Failure(where, STAGE, 'object has neither a "text" nor an "html" field')
    if not isinstance(body, str):
        return Failure(where, STAGE, f'"{kind}" must be a string, not {type(body).__name__}')
    if not body.strip():
        return Failure(where, STAGE, f'"{kind}" is empty')
    meta: list[tuple[str, Any]] = [("kind", kind)]
    for field in _JSONL_FIELDS:
        value = obj.get(field)
        if value is None:
            continue
        if field == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            return Failure(where, STAGE, f'"{field}" must be a string, not {type(value).__name__}')
        meta.append((field, _SURROGATE.sub("\ufffd", value)))
    meta += [("path_file", file), ("line", line_no)]
    found = dict(meta)
    path = found.get("url") or found.get("id") or where
    return RawDocument(path=path, data=_SURROGATE.sub("\ufffd", body), meta=tuple(meta))


class _GzipMembers(io.RawIOBase):
    """Multi-member gzip decompression that ends quietly where the file is cut.

    ``gzip.GzipFile`` raises on a cut and loses the block it was decoding;
    this stream hands over every byte before the cut (so warcio yields every
    complete record) and remembers the cut in ``truncated``.
    """

    _CHUNK = 65536

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self._in_member = False
        self._pending = b""
        self._tail = b""
        self.truncated = ""

    def readable(self) -> bool:
        return True

    def _inflate(self, data: bytes) -> bytes:
        if self._inflater.eof:
            data = self._inflater.unused_data + data
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
            self._in_member = False
        if not data:
            return b""
        self._in_member = True
        out = self._inflater.decompress(data, self._CHUNK)
        self._tail = self._inflater.unconsumed_tail
        return out

    def readinto(self, buffer: Any) -> int:
        while not self._pending and not self.truncated:
            if self._tail:
                data, self._tail = self._tail, b""
            elif self._inflater.eof and self._inflater.unused_data:
                data = b""
            else:
                data = self._raw.read(self._CHUNK)
                if not data:
                    if self._in_member and not self._inflater.eof:
                        self.truncated = "compressed data ends before the end of its gzip member"
                    break
            try:
                self._pending = self._inflate(data)
            except zlib.error as exc:
                self.truncated = f"corrupt gzip data: {exc}"
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _read_warc(path: Path) -> Iterator[RawDocument | Failure]:
    """HTML response records of a WARC file; a truncated file keeps the records before the cut."""
    name = str(path)
    count = 0
    records = 0
    try:
        with open(path, "rb") as handle:
            stream: BinaryIO = handle
            guard = None
            if path.name.lower().endswith(".gz"):
                guard = _GzipMembers(handle)
                stream = io.BufferedReader(guard)  # type: ignore[assignment]
            for record in ArchiveIterator(stream):
                records += 1
                document = _warc_document(record, name)
                if isinstance(document, Failure) and "truncated" in document.reason:
                    yield Failure(name, STAGE, f"{document.reason} after {count} documents")
                    return
                if document is not None:
                    count += 1
                    yield document
            if guard is not None and guard.truncated:
                yield Failure(
                    name,
                    STAGE,
                    f"WARC file is truncated after {count} documents (gzip: {guard.truncated})",
                )
                return
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield Failure(
            name, STAGE, f"WARC file is truncated or corrupt after {count} documents: {exc}"
        )
        return
    if not count:
        # A file that gives nothing must still show up in the failures.
        what = "no records" if not records else f"{records} records but no HTML pages"
        yield Failure(name, STAGE, f"WARC file holds {what}")


def _drain(stream: Any) -> None:
    while stream.read(65536):
        pass


def _warc_document(record: Any, file: str) -> RawDocument | Failure | None:
    """A RawDocument for an HTML response record; None for records that are not pages."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or file
    content_type = ""
    wanted = record.rec_type in ("response", "resource")
    if wanted and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type") or ""
        if status and not status.startswith("2"):
            log.debug("skipping %s: HTTP status %s", uri, status)
            wanted = False
    elif wanted:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    wanted = wanted and content_type.lower().startswith(_HTML_TYPES)
    payload = record.content_stream().read() if wanted else b""
    _drain(record.raw_stream)
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        return Failure(uri, STAGE, f"WARC record {uri} is truncated ({missing} bytes missing)")
    if not wanted:
        return None
    if not payload.strip():
        return Failure(uri, STAGE, "WARC record has an empty HTML payload")
    meta: list[tuple[str, Any]] = [("kind", "html"), ("url", uri), ("path_file", file)]
    warc_date = record.rec_headers.get_header("WARC-Date")
    date = normalize_date(warc_date) if warc_date else None
    if date:
        meta.append(("date", date))
    return RawDocument(path=uri, data=payload, meta=tuple(meta))


def _read_stdin(stream: BinaryIO) -> Iterator[RawDocument | Failure]:
    """Standard input: JSONL when every non-empty line is a JSON object, else one text."""
    try:
        data = stream.read()
    except OSError as exc:
        yield Failure("-", STAGE, f"cannot read standard input: {exc}")
        return
    if not data.strip():
        yield Failure("-", STAGE, "standard input is empty")
        return
    lines = data.splitlines()
    if _all_json_objects(line for line in lines if line.strip()):
        for line_no, line in enumerate(lines, start=1):
            yield from _jsonl_record(line, "-", line_no)
        return
    text = utf16_without_bom(data)
    if text is not None:
        yield RawDocument(path="-", data=text, meta=(("kind", "text"),))
        return
    reason = binary_reason(data[:_SNIFF_BYTES])
    if reason is not None:
        yield Failure("-", STAGE, reason)
        return
    head = data[:512].lstrip().lower()
    kind = "html" if head.startswith((b"<!doctype html", b"<html")) else "text"
    yield RawDocument(path="-", data=data, meta=(("kind", kind),))


def _all_json_objects(lines: Iterable[bytes]) -> bool:
    for line in lines:
        if not line.lstrip().startswith(b"{"):
            return False
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (ValueError, RecursionError):
            return False
    return True


__all__ = ["binary_reason", "iter_documents", "utf16_without_bom"]
