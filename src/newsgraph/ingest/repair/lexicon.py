"""English word forms, to tell a vanished apostrophe ("Ukraines", "countrys")
from a real word ("States", "Hamas").

The forms come from the string table of the installed spaCy pipeline (a
packaged source, read as a file: no model is loaded). Without it the lexicon
is empty and only the YAML rules of vanished.yaml apply.
"""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

def _strings_file(model: str) -> Path | None:
    try:
        import spacy.util
    except ImportError:
        return None
    try:
        root = Path(spacy.util.get_package_path(model))
    except (ImportError, OSError, ValueError):
        return None
    for candidate in (root / "vocab" / "strings.json", *root.glob("*/vocab/strings.json")):
        if candidate.is_file():
            return candidate
    return None


@functools.cache
def english_words() -> frozenset[str]:
    """ASCII letter-only forms the spaCy pipeline has seen (case kept), or empty."""
    from newsgraph.settings import load_settings

    model = load_settings().model
    path = _strings_file(model)
    if path is None:
        log.info("no string table for %s: vanished apostrophes judged by rules only", model)
        return frozenset()
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
