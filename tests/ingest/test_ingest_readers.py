"""Readers: every input kind, and one bad document never stops the others."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest.readers import iter_documents
from newsgraph.model import Failure, RawDocument

ARTICLE = "Ministers meet\n\nPARIS — Foreign ministers met on Monday to discuss the crisis.\n"


def _docs(items: list) -> list[RawDocument]:
    return [d for d in items if isinstance(d, RawDocument)]


def _fails(items: list) -> list[Failure]:
    return [d for d in items if isinstance(d, Failure)]


def _write_warc(path: Path, pages: int, gz: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        info = writer.create_warcinfo_record(path.name, {"software": "test"})
        writer.write_record(info)
        for i in range(pages):
            body = f"<html><body><p>Story {i}: the council voted on a resolution.</p></body></html>"
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body.encode() * 40),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"},
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50),
                http_headers=image,
            )
        )


def test_readers_txt_gives_bytes_and_text_kind(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = list(iter_documents([str(path)]))
    assert isinstance(doc, RawDocument)
    assert doc.path == str(path)
    assert doc.data == ARTICLE.encode()
    assert doc.get("kind") == "text"


def test_readers_unknown_extension_is_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_bytes(b"Some article text.\n")
    (doc,) = list(iter_documents([str(path)]))
    assert isinstance(doc, RawDocument) and doc.get("kind") == "text"


def test_readers_html_kind(tmp_path: Path) -> None:
    for name in ("a.html", "b.htm"):
        (tmp_path / name).write_bytes(b"<html><body><p>x</p></body></html>")
    docs = list(iter_documents([str(tmp_path / "a.html"), str(tmp_path / "b.htm")]))
    assert [d.get("kind") for d in _docs(docs)] == ["html", "html"]
    assert isinstance(docs[0].data, bytes)


def test_readers_jsonl_broken_line_fails_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "d1", "text": "First story.", "title": "One", "date": "2024-01-02"}),
        "{not json",
        json.dumps({"html": "<p>Second</p>", "url": "https://x.example/2"}),
        "",
        json.dumps({"text": 42}),
        json.dumps({"title": "no body"}),
        json.dumps([1, 2]),
        json.dumps({"text": "Third story.", "date": 20240102}),
        json.dumps({"text": "Fourth story.", "source": "VOA"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([str(path)]))
    docs, fails = _docs(items), _fails(items)
    assert [d.data for d in docs] == ["First story.", "<p>Second</p>", "Fourth story."]
    assert (
        docs[0].path == "d1"
        and docs[0].get("title") == "One"
        and docs[0].get("date") == "2024-01-02"
    )
    assert docs[0].get("path_file") == str(path) and docs[0].get("kind") == "text"
    assert docs[1].path == "https://x.example/2" and docs[1].get("kind") == "html"
    assert docs[2].path == f"{path}#9" and docs[2].get("source") == "VOA"
    assert [f.path for f in fails] == [f"{path}#{n}" for n in (2, 5, 6, 7, 8)]
    assert all(f.stage == "read" and f.reason for f in fails)
    assert "not valid JSON" in fails[0].reason


def test_readers_jsonl_gz_and_truncated_gz(tmp_path: Path) -> None:
    body = "".join(json.dumps({"text": f"Story number {i} " * 30}) + "\n" for i in range(200))
    packed = gzip.compress(body.encode())
    good = tmp_path / "ok.jsonl.gz"
    good.write_bytes(packed)
    assert len(_docs(list(iter_documents([str(good)])))) == 200
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    items = list(iter_documents([str(cut)]))
    assert isinstance(items[-1], Failure) and "ends early" in items[-1].reason
    assert len(_docs(items)) > 0


def test_readers_warc_html_responses(tmp_path: Path) -> None:
    for gz in (False, True):
        path = tmp_path / ("pages.warc.gz" if gz else "pages.warc")
        _write_warc(path, 3, gz)
        items = list(iter_documents([str(path)]))
        assert not _fails(items)
        docs = _docs(items)
        assert [d.path for d in docs] == [f"https://news.example/{i}" for i in range(3)]
        assert docs[0].get("kind") == "html" and docs[0].get("url") == "https://news.example/0"
        assert docs[0].get("date") == "2024-03-05"
        assert isinstance(docs[0].data, bytes) and docs[0].data.startswith(b"<html>")


@pytest.mark.parametrize("gz", [False, True])
def test_readers_truncated_warc_keeps_records_before_the_cut(tmp_path: Path, gz: bool) -> None:
    full = tmp_path / ("full.warc.gz" if gz else "full.warc")
    _write_warc(full, 4, gz)
    data = full.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: int(len(data) * 0.6)])
    items = list(iter_documents([str(cut)]))
    assert isinstance(items[-1], Failure)
    assert items[-1].path == str(cut) and "truncated" in items[-1].reason
    docs = _docs(items)
    assert 1 <= len(docs) < 4
    assert all(d.data.endswith(b"</html>") for d in docs)


def test_readers_directory_sorted_recursive_skips_hidden_and_loops(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "a" / "2.txt").write_text("two")
    (root / "a" / "1.txt").write_text("one")
    (root / "b" / "3.html").write_text("<p>three</p>")
    (root / ".hidden" / "x.txt").write_text("hidden")
    (root / ".secret.txt").write_text("hidden")
    os.symlink(root, root / "b" / "loop")
    items = list(iter_documents([str(root)]))
    assert not _fails(items)
    assert [Path(d.path).relative_to(root).as_posix() for d in _docs(items)] == [
        "a/1.txt",
        "a/2.txt",
        "b/3.html",
    ]


def test_readers_directory_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"story {i}")
    stream = iter_documents([str(tmp_path)])
    first = next(stream)
    (tmp_path / "2.txt").unlink()  # not read yet: its turn has not come
    rest = list(stream)
    assert isinstance(first, RawDocument) and first.data == b"story 0"
    assert isinstance(rest[0], RawDocument) and isinstance(rest[1], Failure)


def test_readers_glob_pattern(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.html"):
        (tmp_path / name).write_text("text of " + name)
    items = list(iter_documents([str(tmp_path / "*.txt")]))
    assert [Path(d.path).name for d in _docs(items)] == ["a.txt", "b.txt"]
    (missing,) = list(iter_documents([str(tmp_path / "*.xml")]))
    assert isinstance(missing, Failure) and "no file matches" in missing.reason


def test_readers_missing_path_fails(tmp_path: Path) -> None:
    (fail,) = list(iter_documents([str(tmp_path / "nope.txt")]))
    assert isinstance(fail, Failure) and fail.stage == "read"


def test_readers_stdin_text_and_jsonl() -> None:
    (doc,) = list(iter_documents(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert isinstance(doc, RawDocument) and doc.path == "-" and doc.get("kind") == "text"
    assert doc.data == ARTICLE.encode()
    jsonl = b'{"text": "One."}\n\n{"text": "Two.", "id": "t2"}\n'
    docs = list(iter_documents(["-"], stdin=io.BytesIO(jsonl)))
    assert [d.data for d in docs] == ["One.", "Two."]
    assert docs[0].path == "-#1" and docs[1].path == "t2"
    mixed = b'{"text": "One."}\nnot json at all\n'
    (doc,) = list(iter_documents(["-"], stdin=io.BytesIO(mixed)))
    assert doc.data == mixed and doc.get("kind") == "text"
    (empty,) = list(iter_documents(["-"], stdin=io.BytesIO(b"  \n")))
    assert isinstance(empty, Failure)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("pic.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x01" * 100, "PNG"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("arch.html", b"PK\x03\x04" + b"\x00" * 60, "zip"),
        ("blob.txt", b"ab\x00\x00cd\x00\x00" * 100, "NUL"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n \n\t\n", "empty"),
    ],
)
def test_readers_binary_and_empty_files_fail(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (fail,) = list(iter_documents([str(path)]))
    assert isinstance(fail, Failure) and fail.path == str(path) and reason in fail.reason


def test_readers_utf16_text_is_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("A story in UTF-16.".encode("utf-16"))
    (doc,) = list(iter_documents([str(path)]))
    assert isinstance(doc, RawDocument)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_readers_unreadable_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    (fail,) = list(iter_documents([str(path)]))
    assert isinstance(fail, Failure) and "cannot read" in fail.reason


def test_readers_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("good one")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_text("good two")
    items = list(iter_documents([str(tmp_path)]))
    assert [type(d).__name__ for d in items] == ["RawDocument", "Failure", "RawDocument"]


def test_readers_walk_passes_over_documentation_and_stores(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Chad thanked Niger on Monday.", encoding="utf-8")
    for name in ("README.md", "LICENSE", "notes.yaml", "newsgraph.duckdb", "table.csv"):
        (tmp_path / name).write_text("not news", encoding="utf-8")
    found = list(iter_documents([str(tmp_path)]))
    assert [Path(d.path).name for d in found] == ["story.txt"]
    named = list(iter_documents([str(tmp_path / "README.md")]))
    assert len(named) == 1 and isinstance(named[0], RawDocument)
