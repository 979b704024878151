"""A language guess without models or network, so non-English articles can be skipped.

The writing system decides first (Hangul, Cyrillic, Arabic, ...); Latin-script
text goes to the language whose frequent function words (``data/clean/languages.yaml``)
cover most of its words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from newsgraph.ingest.clean import load_clean_data

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Enough text to decide; longer articles add nothing.
_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(words) for lang, words in load_clean_data("languages")["stopwords"].items()
    }


def _script(char: str) -> str:
    if char.isascii():
        return "latin"
    name = unicodedata.name(char, "")
    for script in (
        "HANGUL",
        "HIRAGANA",
        "KATAKANA",
        "CJK",
        "CYRILLIC",
        "ARABIC",
        "HEBREW",
        "DEVANAGARI",
        "THAI",
        "GREEK",
    ):
        if name.startswith(script):
            return "han" if script == "CJK" else script.lower()
    return "latin" if char.isascii() or name.startswith("LATIN") else "other"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when there is too little to tell."""
    data = load_clean_data("languages")
    sample = text[:_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    # Each distinct letter is named once: looking up every letter's Unicode name
    # was nine tenths of preparing an article.
    scripts: Counter[str] = Counter()
    for char, n in Counter(letters).items():
        scripts[_script(char)] += n
    # Japanese mixes kana with Han characters: any kana share makes it Japanese.
    kana = scripts["hiragana"] + scripts["katakana"]
    if kana / len(letters) >= 0.1:
        return "ja"
    script, count = max(
        ((s, n) for s, n in scripts.items() if s not in ("latin", "other")),
        key=lambda x: x[1],
        default=("latin", 0),
    )
    if count / len(letters) >= float(data["min_script_share"]):
        return str(data["scripts"].get(script, "und"))
    words = [w.lower() for w in _WORDS.findall(sample)]
    hits = {lang: sum(w in stop for w in words) for lang, stop in _stopwords().items()}
    best = max(hits, key=lambda lang: hits[lang])
    if hits[best] < int(data["min_hits"]):
        return "und"
    return best
