"""English word forms, to tell a vanished apostrophe ("Ukraines", "countrys")
from a real word ("States", "Hamas"), and the word classes a form can have
("efforts" only a noun: "Trumps efforts" lost an ’; "pray" a verb:
"Muslims pray" did not).

Both come from files of the installed spaCy pipeline (a packaged source,
read as files: no model is loaded): its string table and its rule
lemmatizer's tables (lemma index, exceptions and suffix rules per class).
Without them the lexicon is empty and only the YAML rules of vanished.yaml apply.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_CLASSES = ("noun", "verb", "adj", "adv")


def _model_root(model: str) -> Path | None:
    """The data folder of an installed spaCy pipeline package (spaCy is not imported)."""
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (root, *sorted(root.glob("*/"))):
        if (candidate / "vocab" / "strings.json").is_file():
            return candidate
    return None


def _hash_string(text: str) -> int:
    """spaCy's string hash (MurmurHash64A of the UTF-8 bytes, seed 1): the keys
    of its lookup tables. Computed here so that spaCy need not be imported."""
    m, r, mask = 0xC6A4A7935BD1E995, 47, (1 << 64) - 1
    data = text.encode("utf-8")
    h = (1 ^ (len(data) * m)) & mask
    blocks = len(data) // 8
    for i in range(blocks):
        k = (int.from_bytes(data[8 * i : 8 * i + 8], "little") * m) & mask
        k = ((k ^ (k >> r)) * m) & mask
        h = ((h ^ k) * m) & mask
    tail = data[8 * blocks :]
    if tail:
        h = ((h ^ int.from_bytes(tail, "little")) * m) & mask
    h = ((h ^ (h >> r)) * m) & mask
    return h ^ (h >> r)


def _model_name() -> str:
    from newsgraph.settings import load_settings

    return load_settings().model


@functools.cache
def english_words() -> frozenset[str]:
    """ASCII letter-only forms the spaCy pipeline has seen (case kept), or empty."""
    model = _model_name()
    root = _model_root(model)
    if root is None:
        log.info("no string table for %s: vanished apostrophes judged by rules only", model)
        return frozenset()
    path = root / "vocab" / "strings.json"
    try:
        strings = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("unreadable string table %s: %s", path, exc)
        return frozenset()
    return frozenset(s for s in strings if isinstance(s, str) and s.isascii() and s.isalpha())


def is_word(form: str) -> bool:
    """Is `form` (or its lower-case form) a word form of the lexicon?"""
    words = english_words()
    return form in words or form.lower() in words


@dataclass(frozen=True, slots=True)
class _Lemmas:
    """The rule lemmatizer's tables: lemmas, irregular forms, suffix rules per class."""

    index: dict[str, frozenset[str]]
    exceptions: dict[str, frozenset[str]]
    rules: dict[str, tuple[tuple[str, str], ...]]


@functools.cache
def _lemmas() -> _Lemmas:
    empty = _Lemmas({}, {}, {})
    root = _model_root(_model_name())
    path = None if root is None else root / "lemmatizer" / "lookups" / "lookups.bin"
    if path is None or not path.is_file():
        return empty
    try:
        import srsly
    except ImportError:
        return empty
    try:
        tables: dict[str, dict[int, Any]] = srsly.msgpack_loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        log.warning("unreadable lemmatizer tables %s: %s", path, exc)
        return empty
    keys = {_hash_string(name): name for name in _CLASSES}

    def by_class(table: str) -> dict[str, Any]:
        return {keys[k]: v for k, v in tables.get(table, {}).items() if k in keys}

    return _Lemmas(
        index={c: frozenset(v) for c, v in by_class("lemma_index").items()},
        exceptions={c: frozenset(v) for c, v in by_class("lemma_exc").items()},
        rules={c: tuple((a, b) for a, b in v) for c, v in by_class("lemma_rules").items()},
    )


@functools.lru_cache(maxsize=65536)
def word_classes(form: str) -> frozenset[str]:
    """The classes (noun, verb, adj, adv) a lower-case form can belong to."""
    lem = _lemmas()
    out = set()
    for cls in _CLASSES:
        index = lem.index.get(cls, frozenset())
        if form in index or form in lem.exceptions.get(cls, frozenset()):
            out.add(cls)
            continue
        for suffix, repl in lem.rules.get(cls, ()):
            if suffix and form.endswith(suffix) and form[: -len(suffix)] + repl in index:
                out.add(cls)
                break
    return frozenset(out)


@functools.cache
def known_names(files: tuple[str, ...], keys: frozenset[str]) -> frozenset[str]:
    """The last words of the names the gazetteer lists ("Jinping" of "Xi
    Jinping", "Kyiv"): the strings under `keys` in the data `files` (paths
    under newsgraph/data).

    An owner the string table never saw ("Jinping") is still a name: its
    possessive needs no other mention in the document. Only the last word
    owns ("Xi Jinping’s"): "Santo" of "Santo Domingo" is no name alone.
    """
    from newsgraph.data import load_data

    out: set[str] = set()

    def walk(node: Any, take: bool) -> None:
        if isinstance(node, str):
            words = node.replace("-", " ").split()
            if take and words and words[-1].isalpha():
                out.add(words[-1])
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, take or key in keys)
        elif isinstance(node, list):
            for item in node:
                walk(item, take)

    for name in files:
        try:
            walk(load_data(name), False)
        except (OSError, ValueError) as exc:
            log.warning("unreadable name list %s: %s", name, exc)
    return frozenset(out)
