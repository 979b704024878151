"""PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR_Validate_verbs) as our pattern objects.

A dictionary has synsets (``&NAME`` then ``+WORD`` lines) and verb blocks::

    ---  BLAME   [112]  ---
    ACCUSE [112]
    CHARGE                      # no code: the block's code
    - * (OF {RIGHTS ABUSES})    [1122]   # "*" is the verb, "(PREP ...)" a phrase

Each verb becomes a generic pattern (object, or a "to/with/against/on" phrase, as target)
and each ``-`` line whose words all follow the verb becomes a more specific pattern that
needs its object noun or its preposition. Lines with words before the verb, source or
target markers inside the phrase, or no code (``[---]``) are left out: our extractor reads
the dependency parse, not PETRARCH's phrase templates.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from newsgraph.events.patterns import Pattern, PatternError

log = logging.getLogger(__name__)

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_GENERIC_TARGETS = ("dobj", "prep:to|with|against|on|at", "dative")
_MARKERS = frozenset({"+", "$", "%", "^", "*"})


def _clean_code(raw: str) -> str | None:
    code = raw.split(":", 1)[0].strip()
    return code if code.isdigit() else None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(phrase: str, synsets: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Lower-case words of one template element, expanding ``&SYNSET`` and ``{A B}``."""
    phrase = phrase.strip("{}() ")
    if phrase.startswith("&"):
        return synsets.get(phrase, ())
    return tuple(w.lower().replace("_", " ") for w in phrase.split() if w not in _MARKERS)


def _template(body: str, synsets: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], str] | None:
    """(object words, preposition) of a ``- * ...`` template, or None when we cannot use it."""
    before, star, after = body.partition("*")
    if not star or before.strip():
        return None
    after = after.strip()
    prep = ""
    objects: set[str] = set()
    if after.startswith("("):
        inner = after[1 : after.find(")")] if ")" in after else after[1:]
        parts = inner.split(None, 1)
        if not parts:
            return None
        prep = parts[0].lower()
        if len(parts) > 1:
            objects.update(w for w in _words(parts[1], synsets) if w)
    else:
        head = re.match(r"(\{[^}]*\}|&\S+|[^\s(]+)", after)
        if head is None:
            return None
        token = head.group(1)
        if any(m in token for m in ("+", "$", "%", "^")):
            return None
        found = _words(token, synsets)
        if token.startswith("{") and found:
            found = (found[-1],)  # the head noun of a multi-word object
        objects.update(found)
    if not objects and not prep:
        return None
    return frozenset(objects), prep


def _read_synsets(lines: list[str]) -> dict[str, tuple[str, ...]]:
    synsets: dict[str, list[str]] = {}
    current = ""
    for raw in lines:
        line = _strip_comment(raw).strip()
        if line.startswith("&"):
            current = line.split()[0]
            synsets.setdefault(current, [])
        elif line.startswith("+") and current:
            synsets[current].append(line[1:].split()[0].lower().replace("_", " "))
        elif line.startswith("---"):
            current = ""
    return {k: tuple(v) for k, v in synsets.items()}


def load_petrarch_verbs(path: str | Path) -> tuple[Pattern, ...]:
    """Patterns from a PETRARCH verb dictionary, read from its path at run time.

    Returns specific patterns (object or preposition required) before each verb's
    generic one, so the dictionary order of precedence is kept.
    Raises PatternError when the file cannot be read.
    """
    try:
        lines = Path(path).read_text("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise PatternError(f"cannot read PETRARCH verb dictionary {path}: {exc}") from exc
    synsets = _read_synsets(lines)
    specific: list[Pattern] = []
    generic: list[Pattern] = []
    block_code: str | None = None
    block_name = ""
    verbs: list[tuple[str, str | None]] = []
    count = 0

    def flush() -> None:
        for lemma, code in verbs:
            use = code or block_code
            if use:
                generic.append(
                    Pattern(f"petr.{block_name}.{lemma}", "verb", (lemma,), use, _GENERIC_TARGETS)
                )

    for raw in lines:
        line = _strip_comment(raw).strip()
        if not line:
            continue
        block = _BLOCK.match(line)
        if block:
            flush()
            block_name = block.group(1).lower()
            block_code = _clean_code(block.group(2))
            verbs = []
            continue
        if not block_name or line.startswith(("&", "+")):
            continue
        if line.startswith("-"):
            codes = _CODE.findall(line)
            code = _clean_code(codes[-1]) if codes else None
            body = _CODE.sub("", line[1:]).strip()
            shape = _template(body, synsets)
            if code is None or shape is None or not verbs:
                continue
            objects, prep = shape
            count += 1
            targets = (f"prep:{prep}",) + _GENERIC_TARGETS if prep else _GENERIC_TARGETS
            specific.append(
                Pattern(
                    f"petr.{block_name}.{count}",
                    "verb",
                    tuple(lemma for lemma, _ in verbs),
                    code,
                    targets,
                    objects=objects,
                    prep=frozenset({prep}) if prep and not objects else frozenset(),
                )
            )
            continue
        word = line.split()[0]
        if word.isupper() and "+" not in word:
            codes = _CODE.findall(line)
            lemma = word.lower().replace("_", " ")
            verbs.append((lemma, _clean_code(codes[0]) if codes else None))
    flush()
    log.debug("PETRARCH verbs %s: %d specific, %d generic", path, len(specific), len(generic))
    return tuple(specific) + tuple(generic)
