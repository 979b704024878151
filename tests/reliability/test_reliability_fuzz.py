"""Fuzzing the readers and the preparing stages: random bytes under every extension,
random JSONL lines, random tag soup. Nothing may raise; every item is a document or a Failure,
and preparing a document raises only NewsgraphError (which the pipeline records).
"""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import CleanError, NewsgraphError
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.readers import iter_documents
from newsgraph.model import Failure, RawDocument
from newsgraph.pipeline import prepare
from newsgraph.settings import Settings

EXTENSIONS = ("txt", "html", "htm", "jsonl", "ndjson", "jsonl.gz", "warc", "warc.gz", "txt.gz",
              "html.gz", "md", "")
SETTINGS = Settings()
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that look a little like each format, to get past the first checks.
PREFIXES = (b"", b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n", b"{\"text\": \"", b"<html><body><p>",
            b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"%PDF-", b"PK\x03\x04")


def _items(path: Path) -> list[RawDocument | Failure]:
    items = list(iter_documents([str(path)]))
    assert items, "a file gives at least one document or failure"
    for item in items:
        assert isinstance(item, (RawDocument, Failure))
        if isinstance(item, Failure):
            assert item.stage == "read" and item.reason and item.path
    return items


def _prepare_all(items: list[RawDocument | Failure]) -> None:
    for item in items:
        if isinstance(item, RawDocument):
            try:
                prepare(item, SETTINGS)
            except NewsgraphError:
                pass


@FUZZ
@given(st.sampled_from(EXTENSIONS), st.sampled_from(PREFIXES), st.binary(max_size=600))
def test_reliability_fuzz_random_bytes_under_every_extension(ext: str, prefix: bytes, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (f"doc.{ext}" if ext else "doc")
        path.write_bytes(prefix + data)
        _prepare_all(_items(path))


@FUZZ
@given(st.sampled_from(("jsonl.gz", "warc.gz", "txt.gz")), st.binary(min_size=1, max_size=400),
       st.integers(min_value=0, max_value=500))
def test_reliability_fuzz_cut_gzip(ext: str, data: bytes, cut: int) -> None:
    packed = gzip.compress(data)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc.{ext}"
        path.write_bytes(packed[: cut % (len(packed) + 1)])
        _items(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELDS = ("id", "text", "html", "title", "date", "url", "source")
records = st.dictionaries(st.sampled_from(FIELDS), json_values | st.text(max_size=80), max_size=6)
lines = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),
    records.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=80).filter(lambda b: b"\n" not in b),
    st.text(max_size=80).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
)


@FUZZ
@given(st.lists(lines, min_size=1, max_size=8), st.booleans())
def test_reliability_fuzz_jsonl_lines(found: list[bytes], gz: bool) -> None:
    data = b"\n".join(found)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("doc.jsonl.gz" if gz else "doc.jsonl")
        path.write_bytes(gzip.compress(data) if gz else data)
        items = _items(path)
        assert len(items) <= len(found) + 1
        _prepare_all(items)


@FUZZ
@given(st.lists(lines, min_size=1, max_size=5))
def test_reliability_fuzz_stdin(found: list[bytes]) -> None:
    items = list(iter_documents(["-"], stdin=io.BytesIO(b"\n".join(found))))
    assert items and all(isinstance(i, (RawDocument, Failure)) for i in items)
    _prepare_all(items)


TAGS = ("<html>", "</html>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>", "<script>",
        "</script>", "<style>", "</style>", "<article>", "</article>", "<h1>", "</h1>", "<br>",
        "<!--", "-->", "<![CDATA[", "]]>", "<title>", "</title>", "<table><tr><td>", "</td></tr></table>",
        "<ul><li>", "</li></ul>", "<meta name='date' content='2023-13-45'>", "&amp;", "&#0;",
        "&#xD800;", "&nbsp;", "<", ">", "\x00", "<?xml version='1.0'?>", "<!DOCTYPE html>")
TEXT = ("The minister said on Monday that talks would go on.", "Kenya praised Uganda.",
        "\u201cWe are ready,\u201d he said.", "Le ministre a dit.", "中国", " ", "\n")
soup = st.lists(st.sampled_from(TAGS + TEXT), max_size=40).map("".join)


@FUZZ
@given(soup)
def test_reliability_fuzz_html_extraction_raises_only_clean_error(html: str) -> None:
    try:
        text, meta = extract_html(html)
    except CleanError:
        return
    assert text.strip() and set(meta) == {"title", "date", "url", "sitename"}
