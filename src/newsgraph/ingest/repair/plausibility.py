"""A small model of plausible text: per-character priors, script and case
transitions, and punctuation evidence (quote nesting, dashes, apostrophes).

It ranks repair candidates against the text as it stands; it never needs
training data, so it judges any script the same way.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from newsgraph.ingest.repair.config import load_config

_OPEN = frozenset("([{")
_CLOSE = frozenset(".,;:!?)]}")
_DASH = frozenset("-\u2014\u2013")
_QUOTE = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")


@dataclass(frozen=True, slots=True)
class _Model:
    """The plausibility model compiled from plausibility.yaml."""

    chars: dict[str, float]
    starts: tuple[int, ...]
    ranges: tuple[tuple[int, int, str], ...]
    classes: dict[str, float]
    upper_penalty: float
    common_han: tuple[tuple[str, tuple[int, int], tuple[int, int]], ...]
    hangul_codec: str
    script_of_class: dict[str, str]
    script_switch: float
    case_switch: float
    symbol_touch: float
    orphan_mark: float
    context: dict[str, tuple[dict[str, Any], ...]]
    min_gain: dict[str, float]
    min_gain_cjk_isolated: float
    island: float
    min_gain_alone: float
    document_codec_bonus: float
    low_confidence: float
    rebalance_below: float
    dash_guess_confidence: float
    word_context: tuple[tuple[str, dict[str, Any]], ...]


@functools.cache
def model() -> _Model:
    """The compiled model (cached: the data file is read once per process)."""
    raw = load_config().model
    ranges = tuple(sorted((int(a), int(b), str(c)) for a, b, c in raw["ranges"]))
    return _Model(
        chars={k: float(v) for k, v in raw["chars"].items()},
        starts=tuple(r[0] for r in ranges),
        ranges=ranges,
        classes={k: float(v) for k, v in raw["classes"].items()},
        upper_penalty=float(raw["upper_penalty"]),
        common_han=tuple(
            (str(c), (int(a[0]), int(a[1])), (int(b[0]), int(b[1])))
            for c, a, b in raw["common_han"]
        ),
        hangul_codec=str(raw["common_hangul_codec"]),
        script_of_class=dict(raw["script_of_class"]),
        script_switch=float(raw["script_switch"]),
        case_switch=float(raw["case_switch"]),
        symbol_touch=float(raw["symbol_touch"]),
        orphan_mark=float(raw["orphan_mark"]),
        context={k: tuple(v) for k, v in raw["context"].items()},
        min_gain={k: float(v) for k, v in raw["min_gain"].items()},
        island=float(raw["island"]),
        min_gain_alone=float(raw["min_gain_alone"]),
        document_codec_bonus=float(raw["document_codec_bonus"]),
        min_gain_cjk_isolated=float(raw["min_gain_cjk_isolated"]),
        low_confidence=float(raw["low_confidence"]),
        rebalance_below=float(raw["rebalance_below"]),
        dash_guess_confidence=float(raw["dash_guess_confidence"]),
        word_context=tuple(
            (str(ch), dict(rule)) for ch, rules in raw["word_context"].items() for rule in rules
        ),
    )


def _is_common_han(ch: str, m: _Model) -> bool:
    for codec, (a0, a1), (b0, b1) in m.common_han:
        try:
            data = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(data) == 2 and a0 <= data[0] <= a1 and b0 <= data[1] <= b1:
            return True
    return False


@functools.lru_cache(maxsize=65536)
def char_class(ch: str) -> str:
    """The class of one character (a key of `classes` in the data file)."""
    o = ord(ch)
    if o < 128:
        if ch.isalpha():
            return "ascii_letter"
        if ch.isdigit():
            return "ascii_digit"
        if ch in " \t\n\r":
            return "space"
        if o < 32 or o == 127:
            return "control"
        return "ascii_punct"
    m = model()
    i = bisect.bisect_right(m.starts, o) - 1
    listed = i >= 0 and m.ranges[i][0] <= o <= m.ranges[i][1]
    if unicodedata.category(ch) in ("Mn", "Me"):
        # a generic diacritic or a mark of a listed script; one of another script's block
        # ("Москва\xa0\xa0" read back as UTF-8 ends in a Samaritan vowel sign) is rare
        return "combining" if listed else "combining_rare"
    if listed:
        name = m.ranges[i][2]
        if name == "han" and not _is_common_han(ch, m):
            return "han_rare"
        if name == "hangul":
            try:
                ch.encode(m.hangul_codec)
            except UnicodeEncodeError:
                return "hangul_rare"
        if name in ("han", "han_rare", "hangul", "private", "surrogate", "control"):
            return name
        category = unicodedata.category(ch)
        if category == "Cn":
            return "unassigned"
        if name in _LETTER_SCRIPTS and category[0] not in "LN":
            return "symbol"  # signs and marks inside a script block
        return name
    category = unicodedata.category(ch)
    if category == "Cn":
        return "unassigned"
    if category.startswith("L"):
        return "other_letter"
    if category == "Zs":
        return "space"
    return "other"


@functools.lru_cache(maxsize=65536)
def char_prior(ch: str) -> float:
    """Log-plausibility of one character, context-free."""
    m = model()
    if ch in m.chars:
        return m.chars[ch]
    cls = char_class(ch)
    score = m.classes.get(cls, m.classes["other"])
    if cls in _CASED and ch.isupper():
        score += m.upper_penalty
    return score


_CASED = frozenset(
    {
        "latin1_letter",
        "latin_ext_a",
        "latin_ext_b",
        "latin_ext_add",
        "vietnamese",
        "greek",
        "cyrillic",
    }
)


def _context_kind(ch: str | None, at_start: bool) -> str:
    if ch is None:
        return "start" if at_start else "end"
    if ch in _QUOTE:
        return "quote"
    if ch.isspace():
        return "space"
    if ch.isalpha():
        return "letter"
    if ch.isdigit():
        return "digit"
    if ch in _OPEN:
        return "open"
    if ch in _CLOSE:
        return "close"
    if ch in _DASH:
        return "dash"
    return "other"


def _script(ch: str) -> str | None:
    return model().script_of_class.get(char_class(ch))


_LETTER_SCRIPTS = frozenset(
    {"greek", "cyrillic", "cyrillic_rare", "hebrew", "arabic", "devanagari", "thai"}
)
_SYMBOLIC = frozenset(
    {
        "control",
        "box",
        "symbol",
        "symbol_rare",
        "invisible",
        "modifier",
        "specials",
        "private",
        "unassigned",
    }
)


def _pair_score(a: str, b: str, m: _Model) -> float:
    score = 0.0
    if a.isalpha() and b.isalpha():
        sa, sb = _script(a), _script(b)
        if sa and sb and sa != sb:
            score += m.script_switch
        if a.islower() and b.isupper() and ord(b) > 127:
            score += m.case_switch
    ca, cb = char_class(a), char_class(b)
    if (ca in _SYMBOLIC and b.isalpha()) or (cb in _SYMBOLIC and a.isalpha()):
        score += m.symbol_touch
    if cb == "combining" and not a.isalpha():
        score += m.orphan_mark
    return score


def _matches(want: Any, kind: str) -> bool:
    if want is None:
        return True
    if isinstance(want, str):
        return want == kind
    return kind in want


def _context_score(
    ch: str,
    left: str | None,
    right: str | None,
    top: str,
    ahead: bool,
    m: _Model,
    long_quote: bool = False,
) -> float:
    rules = m.context.get(ch)
    if not rules:
        return 0.0
    lk = _context_kind(left, at_start=True)
    rk = _context_kind(right, at_start=False)
    score = 0.0
    for rule in rules:
        if "stack" in rule and not _matches(rule["stack"], top):
            continue
        if "ahead" in rule and bool(rule["ahead"]) != ahead:
            continue
        if "long" in rule and bool(rule["long"]) != long_quote:
            continue
        if "left_chars" in rule and (left is None or left not in rule["left_chars"]):
            continue
        if "right_chars" in rule and (right is None or right not in rule["right_chars"]):
            continue
        if _matches(rule.get("left"), lk) and _matches(rule.get("right"), rk):
            score += float(rule["weight"])
    return score


def score_in_context(
    text: str,
    left: str | None,
    right: str | None,
    stack: tuple[str, ...] = (),
    around: str | None = None,
    ahead: bool = False,
) -> float:
    """Log-plausibility of `text` placed between `left` and `right`.

    `stack` holds the open quotes of the paragraph so far ("d" double, "D" a
    double quote open for a sentence or longer, "s" single, innermost last), updated as the text's own quotes open and close;
    `around` is the script of the
    letters on both sides of the run, when they agree; `ahead` whether
    another damaged run follows in the same paragraph.
    """
    m = model()
    total = 0.0
    open_quotes = list(stack)
    if around is not None:
        # Once per run: a foreign word is one island however long it is.
        for ch in text:
            if ch.isalpha():
                script = _script(ch)
                if script is not None and script != around:
                    total += m.island
                    break
    n = len(text)
    for i, ch in enumerate(text):
        total += char_prior(ch)
        prev = text[i - 1] if i else left
        nxt = text[i + 1] if i + 1 < n else right
        innermost = open_quotes[-1] if open_quotes else ""
        total += _context_score(ch, prev, nxt, _TOP[innermost], ahead, m, innermost == "D")
        if ch in _QUOTE_MARKS:
            _update_quotes(open_quotes, ch, prev or "", nxt or "")
        if prev is not None:
            total += _pair_score(prev, ch, m)
            if ch.isalpha() and char_class(prev) == "combining":
                # A mark belongs to the letter before it: compare scripts across it.
                base = text[i - 2] if i >= 2 else (left if i == 1 else None)
                if base is not None and base.isalpha() and _script(base) != _script(ch):
                    total += m.script_switch
        elif char_class(ch) == "combining":
            total += m.orphan_mark
    if right is not None and text:
        total += _pair_score(text[-1], right, m)
    return total


_PLAUSIBLE_CJK = frozenset({"han", "kana", "hangul", "cjk_punct", "fullwidth"})
# Mojibake of English punctuation makes runs of one to three CJK characters;
# this many common CJK characters together are real text.
_MIN_CJK_STRETCH = 4


_CJK_RANGES = re.compile("[\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff5e]")
_CJK_SAMPLE = 24


def plausible_cjk(run: str) -> bool:
    """A stretch of common CJK characters reads as real CJK text, never as mojibake."""
    if len(run) < _MIN_CJK_STRETCH:
        return False
    found = _CJK_RANGES.findall(run)
    if len(found) < _MIN_CJK_STRETCH or len(found) < 0.6 * len(run):
        return False
    sample = found[:_CJK_SAMPLE]
    common = sum(1 for ch in sample if char_class(ch) in _PLAUSIBLE_CJK)
    return common >= _MIN_CJK_STRETCH and common >= 0.6 * len(sample)


def nearest_letter_script(text: str, start: int, step: int, limit: int = 24) -> str | None:
    """Script of the nearest letter from `start` going by `step` (±1), or None."""
    i = start
    n = len(text)
    seen = 0
    while 0 <= i < n and seen < limit:
        ch = text[i]
        if ch.isalpha():
            return _script(ch) or "other"
        i += step
        seen += 1
    return None


_TOP = {"": "none", "d": "top_double", "D": "top_double", "s": "top_single"}
_DOUBLE = frozenset("dD")
# A double quote open this long (or across a sentence end) quotes speech,
# not a phrase: it rarely closes right after a bare word.
_LONG_QUOTE_CHARS = 60
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_QUOTE_MARKS = frozenset('\u201c\u201d\u2018\u2019"')
_STACK_DEPTH = 3


def _update_quotes(stack: list[str], ch: str, prev: str, nxt: str) -> None:
    """Open or close a quote level for one quote mark between `prev` and `nxt`."""
    if ch == "\u201c":
        stack.append("d")
    elif ch == '"':
        if stack and stack[-1] in _DOUBLE:
            stack.pop()
        else:
            stack.append("d")
    elif ch == "\u201d":
        if "d" in stack or "D" in stack:
            while stack and stack.pop() not in _DOUBLE:
                pass
    elif ch == "\u2018":
        if not prev.isalpha():
            stack.append("s")
    elif ch == "\u2019":
        if prev.isalpha() and nxt.isalpha():
            return  # an apostrophe inside a word
        if stack and stack[-1] == "s":
            stack.pop()


class QuoteTracker:
    """Follows the quote nesting of the current paragraph as text is emitted."""

    __slots__ = ("_stack", "_prev", "_tail")

    _SCAN = re.compile('[\u201c\u201d\u2018\u2019\n"]')

    def __init__(self) -> None:
        self._stack: list[str] = []
        self._prev = ""
        self._tail = ""  # text since the innermost double quote opened (capped)

    def state(self) -> tuple[str, ...]:
        """The open quotes, innermost last (the last few levels only)."""
        stack = self._stack[-_STACK_DEPTH:]
        if stack and stack[-1] == "d" and _is_long(self._tail):
            stack[-1] = "D"
        return tuple(stack)

    def feed_ascii(self, text: str) -> None:
        """Update the nesting with an ASCII stretch (only newlines and '"' matter)."""
        cut = text.rfind("\n")
        if cut >= 0:
            self._stack.clear()
            text = text[cut + 1 :]
        for _ in range(text.count('"')):
            if self._stack and self._stack[-1] in _DOUBLE:
                self._stack.pop()
            else:
                self._stack.append("d")
        if text:
            self._prev = text[-1]

    def feed(self, text: str, following: str = "") -> None:
        """Update the nesting with emitted `text`; `following` is the next character."""
        if not text:
            return
        tail_from = 0
        for match in self._SCAN.finditer(text):
            ch = match.group()
            i = match.start()
            prev = text[i - 1] if i else self._prev
            nxt = text[i + 1] if i + 1 < len(text) else following
            if ch == "\n":
                self._stack.clear()
                tail_from = i + 1
                self._tail = ""
            else:
                depth = len(self._stack)
                _update_quotes(self._stack, ch, prev, nxt)
                if len(self._stack) > depth and self._stack[-1] == "d":
                    tail_from = i + 1
                    self._tail = ""
        self._tail = (self._tail + text[tail_from:])[-2 * _LONG_QUOTE_CHARS :]
        self._prev = text[-1]


def _is_long(tail: str) -> bool:
    """Has a double quote been open for a sentence end or _LONG_QUOTE_CHARS?"""
    return len(tail) > _LONG_QUOTE_CHARS or _SENTENCE_END.search(tail) is not None


def word_context_score(text: str, words: tuple[str, str], stack: tuple[str, ...]) -> float:
    """Word evidence for a one-character candidate set off by spaces.

    Inside a quote an ellipsis marks words left out, often mid-phrase
    ("We had … the right focus", "Those tools … depend on"); a dash opens an
    aside after a complete phrase ("Europe — the worst conflict").
    """
    if len(text) != 1 or not (words[0] or words[1]):
        return 0.0
    m = model()
    top = _TOP[stack[-1]] if stack else "none"
    before, after = words[0].lower(), words[1]
    total = 0.0
    for ch, rule in m.word_context:
        if ch != text:
            continue
        if "numbers" in rule:
            # Both neighbours are numbers ("1914 – 1918", "3 – 2"): a range or score.
            if not (before[-1:].isdigit() and after[:1].isdigit()):
                continue
        if "stack" in rule and not _matches(rule["stack"], top):
            continue
        if "before" in rule and before not in rule["before"]:
            continue
        if "after_classes" in rule:
            from newsgraph.ingest.repair.lexicon import word_classes

            classes = word_classes(after.lower()) if after.islower() else frozenset()
            if not classes or not classes <= set(rule["after_classes"]):
                continue
            if any(after.endswith(suffix) for suffix in rule.get("after_not_suffix", ())):
                continue
        total += float(rule["weight"])
    return total
