"""A corpus of hostile inputs, generated into a directory, with what each must become.

Every case is written by the tests at run time (nothing here is read from
../shared). ``expect`` is "stored" (a good article that must end up in the
store), "failed" (must be listed by ``newsgraph failures``, with ``stage``
and a reason matching ``reason``), or "either" (stored or failed, but
accounted for and never a crash).
"""

from __future__ import annotations

import gzip
import io
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Good English articles we wrote; each is distinct so each gets its own id.
GOOD_ARTICLES = (
    (
        "Chad and Niger agree border patrols\n\n"
        "N'DJAMENA — Chad signed a border security agreement with Niger on Tuesday. "
        "Nigerien President Amadou Toure thanked Chad for its support.\n\n"
        "\u201cThis agreement protects both our peoples,\u201d Toure said.\n"
    ),
    (
        "Peru recalls envoy from Bolivia\n\n"
        "LIMA — Peru recalled its ambassador to Bolivia on Friday after a dispute over "
        "water rights. The Bolivian government criticized Peru for the decision.\n\n"
        "\u201cWe regret this step,\u201d the Bolivian foreign minister said.\n"
    ),
    (
        "Kenya hosts Uganda for trade talks\n\n"
        "NAIROBI — Kenya hosted a Ugandan trade delegation on Monday and the two "
        "governments agreed to cut tariffs on farm goods. Uganda praised Kenya for the offer.\n"
    ),
    (
        "Finland and Estonia plan joint drills\n\n"
        "HELSINKI — Finland and Estonia will hold joint naval exercises in the spring, "
        "the Finnish defence ministry said on Wednesday. Estonia welcomed the plan.\n"
    ),
)

# The sentence repeated to make a very long single-line file.
LONG_SENTENCE = (
    "The minister of Ruritania met the ambassador of Freedonia in the capital on Monday "
    "and the two sides agreed to keep talking about the river dispute. "
)

FOREIGN = {
    "fr": (
        "Le gouvernement français a annoncé mardi une nouvelle aide pour les agriculteurs. "
        "Le ministre a déclaré que les mesures seront appliquées dans les prochaines "
        "semaines et que la situation est suivie de près par les services de l'État. "
        "Les syndicats ont salué une décision qui était attendue depuis des mois.\n"
    ),
    "es": (
        "El gobierno de España anunció el martes un nuevo plan para las regiones del sur. "
        "El ministro dijo que las medidas se aplicarán en las próximas semanas y que la "
        "situación es seguida con atención por los servicios del Estado. Los sindicatos "
        "celebraron una decisión que era esperada desde hace meses.\n"
    ),
    "de": (
        "Die Bundesregierung hat am Dienstag ein neues Programm für die Landwirtschaft "
        "angekündigt. Der Minister sagte, dass die Maßnahmen in den nächsten Wochen "
        "umgesetzt werden und dass die Lage von den Behörden genau beobachtet wird. "
        "Die Verbände begrüßten die Entscheidung, die seit Monaten erwartet wurde.\n"
    ),
    "zh": (
        "中国外交部发言人星期二在北京表示，中方愿意与各方一道，"
        "通过对话协商解决地区争端。发言人说，双方代表将于下个月举行新一轮会谈，"
        "讨论贸易和边境安全问题。\n"
    ),
}


@dataclass(frozen=True, slots=True)
class Case:
    """One generated input file and what ingesting it must give."""

    name: str  # path relative to the corpus directory
    expect: str  # "stored", "failed" or "either"
    stage: str = ""  # for "failed": the failure stage
    reason: str = ""  # for "failed": a lower-case substring of the reason


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    )


def _pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document>" + GOOD_ARTICLES[0] + "</w:document>")
    return out.getvalue()


def _warc_record(url: str, html: str, date: str = "2024-03-05T10:00:00Z") -> bytes:
    body = html.encode("utf-8")
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)) % 10**12:012d}-0000-0000-0000-000000000000>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _page(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def _warc_pages() -> list[bytes]:
    out = []
    for k, text in enumerate(GOOD_ARTICLES[2:4]):
        title, _, body = text.partition("\n\n")
        out.append(_warc_record(f"http://example.org/news/{k}", _page(title, body)))
    return out


def write_corpus(root: Path, big_mb: float = 20.0, too_long_chars: int = 0) -> list[Case]:
    """Write every case under ``root`` and return what each must become.

    ``too_long_chars``: when given, also a file that long, for a run whose
    ``max_document_chars`` is below it (it must be refused, not parsed).
    """
    rng = random.Random(20240305)
    cases: list[Case] = []

    def put(name: str, data: bytes, case: Case) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        cases.append(case)

    def fail(name: str, data: bytes, stage: str, reason: str) -> None:
        put(name, data, Case(name, "failed", stage, reason))

    # Good articles: plain, UTF-16 with BOM, HTML, JSONL, WARC.
    put("good/chad.txt", GOOD_ARTICLES[0].encode("utf-8"), Case("good/chad.txt", "stored"))
    put("good/peru-utf16-bom.txt", GOOD_ARTICLES[1].encode("utf-16"),
        Case("good/peru-utf16-bom.txt", "stored"))
    put("good/peru-utf16be-bom.txt", b"\xfe\xff" + GOOD_ARTICLES[1].replace("Friday", "Monday").encode("utf-16-be"),
        Case("good/peru-utf16be-bom.txt", "stored"))
    title, _, body = GOOD_ARTICLES[2].partition("\n\n")
    put("good/kenya.html", _page(title, body).encode("utf-8"), Case("good/kenya.html", "stored"))

    # Empty and whitespace-only.
    fail("empty.txt", b"", "read", "empty")
    fail("blank.txt", b" \n\t\r\n  \n", "read", "empty")
    fail("empty.html", b"", "read", "empty")
    fail("empty.jsonl", b"", "read", "empty")

    # Binary formats under text extensions.
    fail("binary/image.txt", _png(), "read", "png")
    fail("binary/paper.txt", _pdf(), "read", "pdf")
    fail("binary/archive.txt", _zip(), "read", "zip")
    fail("binary/page.html", _png(), "read", "png")
    fail("binary/compressed.txt", gzip.compress(GOOD_ARTICLES[0].encode()), "read", "gzip")
    fail("binary/random.txt", rng.randbytes(50_000), "", "")
    fail("binary/random-no-nul.txt",
         bytes(b if b else 1 for b in rng.randbytes(50_000)), "", "")
    fail("binary/random.html", rng.randbytes(20_000), "", "")
    fail("binary/elf.txt", b"\x7fELF\x02\x01\x01" + rng.randbytes(4000), "read", "executable")

    # Encodings: invalid UTF-8 inside an English article; UTF-16 without BOM; NULs.
    good = GOOD_ARTICLES[3]
    broken = good.encode("utf-8").replace(b"spring", b"spr\xffing\xc3").replace(b"plan", b"pl\x80an")
    put("encoding/invalid-utf8.txt", broken, Case("encoding/invalid-utf8.txt", "either"))
    # Only bytes 0x80-0xBF: decodes as cp1252 symbols, not prose.
    fail("encoding/all-invalid.txt", bytes(rng.choice(range(0x80, 0xC0)) for _ in range(5000)),
         "prepare", "mostly symbols")
    put("encoding/utf16le-no-bom.txt", GOOD_ARTICLES[0].replace("Tuesday", "Sunday").encode("utf-16-le"),
        Case("encoding/utf16le-no-bom.txt", "either"))
    put("encoding/utf16be-no-bom.txt", GOOD_ARTICLES[0].replace("Tuesday", "Saturday").encode("utf-16-be"),
        Case("encoding/utf16be-no-bom.txt", "either"))
    put("encoding/some-nul.txt", GOOD_ARTICLES[2].encode().replace(b". ", b".\x00 ", 1),
        Case("encoding/some-nul.txt", "either"))
    fail("encoding/many-nul.txt", GOOD_ARTICLES[2].encode().replace(b" ", b"\x00\x00 "), "read", "nul")
    fail("encoding/only-nul.txt", b"\x00" * 4096, "read", "")
    fail("encoding/control.txt", bytes(range(1, 32)) * 200, "", "")

    # Long runs of symbols: quadratic in spaCy's tokenizer unless cleaning cuts them.
    fail("symbols/only-symbols.txt", b"=" * 200_000, "prepare", "symbols")
    ruled = GOOD_ARTICLES[2].replace("Monday", "Sunday").replace("\n\n", "\n\n" + "(" * 100_000 + "\n\n", 1)
    put("symbols/article-with-rule.txt", ruled.encode(), Case("symbols/article-with-rule.txt", "stored"))

    # Non-English articles: skipped with their language.
    for lang, text in FOREIGN.items():
        fail(f"foreign/{lang}.txt", text.encode("utf-8"), "prepare", f"language '{lang}'")
    fail("foreign/fr.html", _page("Nouvelle aide", FOREIGN["fr"]).encode("utf-8"), "prepare", "language 'fr'")

    # HTML with no article: scripts only, styles only, empty body, deep nesting.
    scripts = "<html><head><script>var a = 1;</script></head><body>" + (
        "<script>document.write('hello world ' + a);</script>" * 50) + "</body></html>"
    fail("html/only-scripts.html", scripts.encode(), "prepare", "")
    fail("html/only-style.html", b"<html><head><style>p{color:red}</style></head><body></body></html>",
         "prepare", "")
    fail("html/just-tags.html", b"<html><body><div><span></span></div></body></html>", "prepare", "")
    deep = "<html><body>" + "<div>" * 10_000 + "Deep text that nobody reads." + "</div>" * 10_000 + "</body></html>"
    put("html/nested-10000.html", deep.encode(), Case("html/nested-10000.html", "either"))
    deep_open = "<html><body>" + "<div><span>" * 10_000 + GOOD_ARTICLES[3]
    put("html/nested-unclosed.html", deep_open.encode(), Case("html/nested-unclosed.html", "either"))

    # JSONL: good lines among broken ones and wrong types.
    import json

    lines = [
        json.dumps({"id": "jsonl-good-1", "text": GOOD_ARTICLES[1].replace("Friday", "Thursday"),
                    "date": "2024-01-04", "title": "Peru recalls envoy"}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        '"just a string"',
        "null",
        "42",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "int-text", "text": 12345}),
        json.dumps({"id": "list-text", "text": ["a", "b"]}),
        json.dumps({"id": "obj-text", "text": {"body": "x"}}),
        json.dumps({"id": "bool-id", "text": "Some text here.", "id2": 1, "title": ["t"]}),
        json.dumps({"id": True, "text": "The army said on Monday it had moved troops."}),
        json.dumps({"id": "blank-text", "text": "   "}),
        json.dumps({"id": "html-int", "html": 7}),
        json.dumps({"id": "bad-date", "text": GOOD_ARTICLES[0].replace("Tuesday", "Thursday"),
                    "date": "not a date"}),
        json.dumps({"id": "float-date", "text": "Kenya thanked Uganda on Monday.", "date": 3.5}),
        "[" * 50_000 + "]" * 50_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"id": "surrogate", "text": "Ghana \\ud800 praised Togo on Monday for the deal."}',
        "\xff\xfe not utf8".encode("latin-1").decode("latin-1"),
        "",
        "   ",
        json.dumps({"id": "jsonl-good-2", "html": _page("Kenya and Uganda", GOOD_ARTICLES[2].replace("Monday", "Friday"))}),
    ]
    data = "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n\xff\xfe\x00garbage\n"
    # Records that are read are named by their id; lines that are not, by file#line.
    cases.append(Case("jsonl-good-1", "stored"))
    cases.append(Case("jsonl-good-2", "stored"))
    for no in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20, 24):
        cases.append(Case(f"jsonl/mixed.jsonl#{no}", "failed", "read", ""))
    cases.append(Case("bad-date", "stored"))
    cases.append(Case("surrogate", "either"))
    (root / "jsonl").mkdir(parents=True, exist_ok=True)
    (root / "jsonl" / "mixed.jsonl").write_bytes(data)

    # Truncated compressed files and archives.
    gz = gzip.compress(("\n".join(json.dumps({"id": f"gz-{k}", "text": t}) for k, t in
                                  enumerate(GOOD_ARTICLES)) + "\n").encode())
    # A name ending in "#" stands for the failure of any line of that file.
    put("truncated/cut.jsonl.gz", gz[: len(gz) // 2], Case("truncated/cut.jsonl.gz#", "failed", "read", ""))
    fail("truncated/cut.html.gz", gzip.compress(_page("x", GOOD_ARTICLES[0]).encode())[:40], "read", "")
    put("truncated/not-gzip.jsonl.gz", b"this is not gzip at all\n",
        Case("truncated/not-gzip.jsonl.gz#", "failed", "read", "gzip"))
    pages = _warc_pages()
    whole = b"".join(pages)
    fail("truncated/cut.warc", pages[0] + pages[1][: len(pages[1]) // 2], "read", "truncat")
    members = b"".join(gzip.compress(p) for p in pages)
    fail("truncated/cut.warc.gz", members[: len(members) - 60], "read", "truncat")
    fail("truncated/garbage.warc", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n" + rng.randbytes(3000), "read", "")
    fail("truncated/garbage.warc.gz", rng.randbytes(3000), "read", "")
    assert whole  # the complete records are tested by tests/ingest

    # Very long single line.
    repeats = int(big_mb * 1024 * 1024 / len(LONG_SENTENCE)) + 1
    put("big/one-line.txt", (LONG_SENTENCE * repeats).encode(), Case("big/one-line.txt", "either"))

    if too_long_chars:
        text = LONG_SENTENCE.replace("Monday", "Friday") * (too_long_chars // len(LONG_SENTENCE) + 1)
        fail("big/too-long.txt", text.encode(), "prepare", "over the limit")

    # File system oddities: broken symlink, symlink loop, FIFO, unreadable file.
    os.symlink(root / "does-not-exist.txt", root / "dangling.txt")
    cases.append(Case("dangling.txt", "failed", "read", "symlink"))
    loop = root / "loop"
    loop.mkdir()
    (loop / "inner.txt").write_text(GOOD_ARTICLES[0].replace("Tuesday", "Wednesday"), encoding="utf-8")
    cases.append(Case("loop/inner.txt", "stored"))
    os.symlink(loop, loop / "again")
    os.symlink(root, loop / "to-root")
    os.mkfifo(root / "pipe.txt")
    cases.append(Case("pipe.txt", "failed", "read", "regular file"))
    if os.getuid() != 0:
        secret = root / "secret.txt"
        secret.write_text(GOOD_ARTICLES[0], encoding="utf-8")
        secret.chmod(0)
        cases.append(Case("secret.txt", "failed", "read", "permission"))
    return cases


FailureCheck = Callable[[str], bool]
