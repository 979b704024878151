"""Restore characters that vanished without a trace: UTF-8 decoded with a
CJK codec under 'ignore' (big5, euc_kr, euc_jp) drops every byte of ’ “ ” — ….

Only run on a document already diagnosed with that damage (other runs of it
were repaired as that codec's mojibake, and none of the probe characters
survive): "dont" typed by a person in clean text is never touched.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

from newsgraph.ingest.repair.config import load_config
from newsgraph.model import RepairFix

log = logging.getLogger(__name__)

_WORD = re.compile(r"\b[A-Za-z]+\b")
_DOUBLE_SPACE = re.compile(r"(?<=[^\s])  (?=[A-Za-z0-9])")
_CAPITALISED_S = re.compile(r"\b([A-Z][a-z]+)s\b(?= [a-z])")
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")


@dataclass(frozen=True, slots=True)
class _Rules:
    """The restoration rules compiled from vanished.yaml."""

    probe: str
    contractions: dict[str, str]
    dash: str
    dash_not_after: str
    not_after: frozenset[str]
    not_endings: tuple[str, ...]
    possessive_confidence: float


@functools.cache
def _rules() -> _Rules:
    from newsgraph.ingest.repair.config import _load_yaml

    raw: dict[str, Any] = _load_yaml("vanished.yaml")
    return _Rules(
        probe=str(raw["probe"]),
        contractions={k: v for k, v in raw["contractions"].items() if v},
        dash=str(raw["dash"]),
        dash_not_after=str(raw["dash_not_after"]),
        not_after=frozenset(raw["possessive_not_after"]),
        not_endings=tuple(raw["possessive_not_stem_endings"]),
        possessive_confidence=float(raw["possessive_confidence"]),
    )


@functools.cache
def vanishing_codecs() -> frozenset[str]:
    """Codecs of the config whose 'ignore' decode drops every probe character."""
    probe = _rules().probe
    return frozenset(
        spec.name
        for spec in load_config().codecs
        if all(ch.encode("utf-8").decode(spec.name, "ignore") == "" for ch in probe)
    )


def diagnose(text: str, fixes: tuple[RepairFix, ...] | list[RepairFix]) -> str | None:
    """The vanishing codec that damaged `text`, or None.

    Evidence: at least one run was repaired as that codec's mojibake, no
    U+FFFD (a 'replace' decode) and none of the probe characters survive.
    """
    if "\ufffd" in text or any(ch in text for ch in _rules().probe):
        return None
    for f in fixes:
        if "\ufffd" in f.original:
            return None
    found = [
        name
        for f in fixes
        for name in [f.codecs.split(">")[1].split(":")[0]]
        if name in vanishing_codecs()
    ]
    return found[0] if found else None


def _match_case(word: str, restored: str) -> str:
    if word.isupper() and len(word) > 1:
        return restored.upper()
    if word[0].isupper():
        return restored[0].upper() + restored[1:]
    return restored


def restore(text: str, codec: str, taken: list[tuple[int, int]]) -> list[RepairFix]:
    """Fixes restoring vanished characters in `text`, outside the spans `taken`."""
    rules = _rules()
    chain = f"utf-8>{codec}:ignore"
    out: list[RepairFix] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _WORD.finditer(text):
        word = m.group()
        restored = rules.contractions.get(word.lower())
        if restored is None:
            continue
        if free(m.start(), m.end()):
            out.append(RepairFix(m.start(), m.end(), word, _match_case(word, restored), chain, 0.9))
    for m in _DOUBLE_SPACE.finditer(text):
        if text[m.start() - 1] in rules.dash_not_after or not free(m.start(), m.end()):
            continue
        out.append(RepairFix(m.start(), m.end(), "  ", f" {rules.dash} ", chain, 0.7))
    names = set(re.findall(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]+\b", text))
    for m in _CAPITALISED_S.finditer(text):
        stem = m.group(1)
        if stem not in names or stem.endswith(rules.not_endings):
            continue
        before = _PREV_WORD.search(text[max(0, m.start() - 40) : m.start()])
        if before is not None and before.group(1).lower() in rules.not_after:
            continue
        if not free(m.start(), m.end()):
            continue
        replacement = stem + "\u2019s"
        out.append(
            RepairFix(m.start(), m.end(), m.group(), replacement, chain, rules.possessive_confidence)
        )
    log.debug("restored %d vanished characters (%s)", len(out), codec)
    return out
