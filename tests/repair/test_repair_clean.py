"""Clean text in any script comes back unchanged; repair is idempotent; never crashes."""

from __future__ import annotations

import json
from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.data import load_data
from newsgraph.ingest.repair import fix, repair_bytes, repair_text

CASES = Path(__file__).resolve().parent / "cases"
SCRIPTS = tuple(json.loads((CASES / "clean_scripts.json").read_text("utf-8"))["texts"])
PARAGRAPHS = tuple(json.loads((CASES / "english_paragraphs.json").read_text("utf-8"))["paragraphs"])
# Words of our clean texts, less the apostrophe-less contractions of the texts
# "typed in a hurry": out of their sentence (which types "I'm" straight) such
# a word is the very trace of a vanished apostrophe, and is restored. Less too
# the capitalised words in -s ("Russias", "Officials", "Sundays"): dropped at
# random before a noun ("critics Sundays owner", "Voice Markets word") they are
# what a name's possessive looks like once its apostrophe vanished, so about one
# run in a hundred drew such a pair and failed (the plural compounds a sentence
# opens with are checked in test_repair_vanished.py).
_CONTRACTIONS = frozenset(load_data("repair/vanished.yaml")["contractions"])
WORDS = tuple(
    w
    for text in SCRIPTS + PARAGRAPHS
    for w in text.split()
    if w.strip(".,:;").lower() not in _CONTRACTIONS
    and not (w[:1].isupper() and w.strip(".,:;").endswith("s"))
)


@pytest.mark.parametrize("text", SCRIPTS + PARAGRAPHS)
def test_repair_clean_text_unchanged(text: str) -> None:
    repaired = repair_text(text)
    assert repaired.text == text
    assert repaired.fixes == ()


def test_repair_clean_texts_joined_unchanged() -> None:
    text = "\n".join(SCRIPTS + PARAGRAPHS)
    assert fix(text) == text
    assert fix(text * 3) == text * 3


def test_repair_clean_text_where_ftfy_changes_it() -> None:
    text = next(t for t in SCRIPTS if t.startswith("Ãgua"))
    assert ftfy.fix_text(text, uncurl_quotes=False, normalization=None) != text
    assert fix(text) == text


def test_repair_latin_letters_and_spaces_stay_under_a_lossy_chain() -> None:
    # a run of a Latin-1 letter and no-break spaces once read as one Syriac mark through a
    # chain that drops bytes (utf-8>gbk>big5:ignore>cp1252), found by the property test of
    # tests/reliability; a lossy chain that keeps no letter of such a run explains nothing
    for text in ("caf\u00e9\u00a0\u00a0The minister", "Mus\u00e9e\u00a0\u00a0said"):
        assert fix(text) == text


def test_repair_ascii_is_returned_as_is() -> None:
    text = "plain ASCII \x00 text\n"
    assert repair_text(text).text is text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.sampled_from([" ", "\n", " — "])
)
def test_repair_clean_word_mixes_unchanged(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert fix(text) == text


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=80))
def test_repair_is_idempotent(text: str) -> None:
    once = fix(text)
    assert fix(once) == once


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=3),
    st.sampled_from(["cp1252", "gbk", "shift_jis", "cp1251", "latin-1"]),
)
def test_repair_damaged_text_is_idempotent(paragraphs: list[str], codec: str) -> None:
    damaged = "\n".join(paragraphs).encode("utf-8").decode(codec, "replace")
    once = fix(damaged)
    assert fix(once) == once


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=200))
def test_repair_bytes_never_raise(data: bytes) -> None:
    repaired = repair_bytes(data)
    assert isinstance(repaired.text, str)
    assert repaired.encoding


def test_repair_odd_strings_do_not_crash() -> None:
    for text in (
        "\ud800abc \udfff Ã©",
        "\x00\x00é\x00",
        "\ufffd\ufffd\ufffd",
        "鈥" * 500,
        "Ã" * 1000,
    ):
        assert isinstance(repair_text(text).text, str)


def test_repair_bytes_detects_encodings() -> None:
    text = "Zürich — “quoted” naïve café, 北京"
    assert repair_bytes(text.encode("utf-8")).text == text
    assert repair_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")).text == text
    assert repair_bytes(text.encode("utf-16")).text == text
    assert repair_bytes(text.encode("utf-16-le")).encoding == "utf-16-le"
    assert repair_bytes(text.encode("utf-16-be")).text == text
    assert repair_bytes("café naïve".encode("latin-1")).text == "café naïve"
    mixed = repair_bytes("ok — then ".encode("utf-8") + "café".encode("cp1252"))
    assert mixed.text == "ok — then café"
    assert mixed.encoding == "utf-8+cp1252"


def test_repair_bytes_repairs_mojibake_inside_utf8() -> None:
    data = "Erdoğan’s “plan”".encode("utf-8").decode("cp1252", "replace").encode("utf-8")
    assert repair_bytes(data).text == "Erdoğan’s “plan”"


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def test_repair_clean_straight_typed_articles_unchanged() -> None:
    # Real articles typed with straight quotes only (as many feeds are): the
    # vanished-punctuation rules must find no trace in them.
    paths = sorted((SHARED / "corpus" / "news-sample").glob("*.txt"))
    if not paths:
        pytest.skip("shared corpus absent")
    straight = str.maketrans(
        {
            "\u2019": "'",
            "\u2018": "'",
            "\u201c": '"',
            "\u201d": '"',
            "\u2014": "--",
            "\u2013": "-",
            "\u2026": "...",
        }
    )
    for path in paths:
        text = "".join(ch for ch in path.read_text("utf-8").translate(straight) if ord(ch) < 128)
        assert repair_text(text).fixes == (), path.name
