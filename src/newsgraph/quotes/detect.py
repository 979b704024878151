"""Find the spans of direct quotations by scanning the text for quote marks.

A scan over each paragraph with a stack of open marks: fast (no parse
needed), tolerant of mixed typography (a straight mark closing a curly one),
of nesting (only the outermost quotation is kept), of apostrophes (it’s,
students’, the ’90s) and of marks the source left unclosed (the quotation
ends at the paragraph end, or continues into the next paragraph when that
one opens with a quote mark).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import load_data

log = logging.getLogger(__name__)

_SENTENCE_PUNCT = ".,!?;:…"


@dataclass(frozen=True, slots=True)
class MarkTable:
    """The quote marks of every class, loaded from ``data/quotes/marks.yaml``."""

    classes: tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...]
    doubled: tuple[tuple[str, str], ...]  # (two-character mark, its class)
    open_after: str
    elision: re.Pattern[str]
    heading_max_words: int
    term_before: re.Pattern[str]
    title_after: frozenset[str]
    title_max_words: int
    title_before: re.Pattern[str]
    roles: dict[str, tuple[str, str]]  # mark -> (class, glyph role)
    any_mark: re.Pattern[str]
    lost_close: re.Pattern[str]  # ", X said" inside a quotation left open

    def lookup(self, char: str) -> tuple[str, str] | None:
        """(class, glyph role) of a character: role is "open", "close" or "either"."""
        return self.roles.get(char)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation found in the text; offsets exclude the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when left unclosed
    mark_class: str  # "double" or "single"
    paragraph: int  # index of the paragraph (non-empty line) holding it
    continued: bool = False  # continues a quotation left open by the previous paragraph
    whole_paragraph: bool = False  # the paragraph is this quotation and nothing else


@lru_cache(maxsize=1)
def load_marks() -> MarkTable:
    """The packaged mark table (read once; it is constant data)."""
    raw = load_data("quotes/marks.yaml")
    classes = []
    doubled: list[tuple[str, str]] = []
    for name in ("double", "single"):
        spec = raw[name]
        classes.append(
            (
                name,
                frozenset(spec.get("open", ())),
                frozenset(spec.get("close", ())),
                frozenset(spec.get("either", ())),
            )
        )
        doubled.extend((m, name) for m in spec.get("doubled_single", ()))
    words = "|".join(re.escape(w) for w in sorted(raw["elision_after"], key=len, reverse=True))
    elision = re.compile(rf"(?:\d\ds?|(?:{words}))(?![^\W\d_])")
    terms = "|".join(re.escape(w) for w in raw["term_before"])
    roles: dict[str, tuple[str, str]] = {}
    for name, opens, closes, either in classes:
        roles.update({c: (name, "open") for c in opens})
        roles.update({c: (name, "close") for c in closes})
        roles.update({c: (name, "either") for c in either})
    chars = set(roles) | {m[0] for m, _ in doubled}
    return MarkTable(
        tuple(classes),
        tuple(doubled),
        raw["open_after"],
        elision,
        int(raw["heading_max_words"]),
        re.compile(rf"(?:^|\W)(?:{terms})\s*$", re.IGNORECASE),
        frozenset(w.lower() for w in raw["title_after"]),
        int(raw["title_max_words"]),
        _title_before_pattern(raw.get("title_before", ())),
        roles,
        re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]"),
        _lost_close_pattern(raw["lost_close_cues"], int(raw["lost_close_max_words"])),
    )


def _title_before_pattern(nouns: list[str]) -> re.Pattern[str]:
    """A title noun ending the text before a mark, maybe with a comma ("his book, “X”")."""
    words = "|".join(re.escape(w) for w in nouns) or r"(?!x)x"
    return re.compile(rf"\b(?:{words})\s*,?\s*$", re.IGNORECASE)


def _lost_close_pattern(cues: list[str], max_words: int) -> re.Pattern[str]:
    """", said X" or ", X Y said" (capitalised words only) right after sentence punctuation."""
    verbs = "|".join(re.escape(c) for c in cues)
    name = r"(?:(?:he|she|they|it|we)\s+|(?:the|a|an)\s+[a-z]+\s+|(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){1,%d})" % max_words
    return re.compile(rf"[,?!](?=\s+(?:(?:{verbs})\s+[A-Z]|{name}(?:{verbs})\b))")


@dataclass(slots=True)
class _Open:
    mark_class: str
    at: int
    size: int


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line from ``start`` on, whitespace trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        seg = m.group()
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if seg.strip():
            out.append((start + m.start() + lead, start + m.end() - trail))
    return out


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _mark_at(text: str, i: int, table: MarkTable) -> tuple[str, str, int] | None:
    """(class, glyph role, length) of a quote mark starting at ``i``."""
    pair = text[i : i + 2]
    for mark, name in table.doubled:
        if pair == mark:
            role = "open" if mark[0] in "‘`" else "close" if mark[0] == "’" else "either"
            return name, role, 2
    found = table.lookup(text[i])
    if found is None:
        return None
    return found[0], found[1], 1


def _is_apostrophe(text: str, i: int, size: int, left: str, right: str, table: MarkTable) -> bool:
    """A single mark that is an elision or possessive, whatever the stack holds."""
    if size != 1:
        return False
    if _is_letter(left) and _is_letter(right):
        return True  # it’s, don’t, O’Brien
    if not left.isspace() and table.elision.match(text, i + 1) and text[i + 1 : i + 2] in "sS":
        return True  # U.S.’s, [Trump]'s
    if (left.isspace() or left in table.open_after) and table.elision.match(text, i + 1):
        return True  # the ’90s, ’em
    return False


def _scan(
    text: str, lo: int, hi: int, table: MarkTable
) -> tuple[list[tuple[_Open, int, int]], _Open | None]:
    """Outermost quotations of one paragraph: (open, close_at, close_size) and any left open."""
    stack: list[_Open] = []
    found: list[tuple[_Open, int, int]] = []
    i = lo
    while i < hi:
        hit = table.any_mark.search(text, i, hi)
        if hit is None:
            break
        i = hit.start()
        mark = _mark_at(text, i, table)
        if mark is None:
            i += 1
            continue
        name, glyph, size = mark
        left = text[i - 1] if i > lo else " "
        right = text[i + size] if i + size < hi else " "
        open_classes = [o.mark_class for o in stack]
        if name == "single" and _is_apostrophe(text, i, size, left, right, table):
            i += size
            continue
        open_ctx = (left.isspace() or left in table.open_after or table.lookup(left) is not None) and (
            not right.isspace()
        )
        close_ctx = not left.isspace() and (right.isspace() or not _is_letter(right))
        if glyph == "open":
            can_open, can_close = open_ctx or not close_ctx, close_ctx and not open_ctx
        elif glyph == "close" and name != "single":
            # an unambiguous closing glyph closes, whatever the spacing (« a »)
            can_close = True
            can_open = open_ctx and not close_ctx and name not in open_classes
        elif glyph == "close":
            can_close = close_ctx or not open_ctx
            can_open = open_ctx and not close_ctx and name not in open_classes
        else:
            can_open, can_close = open_ctx, close_ctx or (not open_ctx and not right.isspace())
        if name == "single" and not left.isspace() and _is_letter(right) is False and not open_ctx:
            # students’ / Kallas' : a possessive unless a single quotation is open
            can_open = False
            if name not in open_classes:
                i += size
                continue
        if can_close and name in open_classes and name == "single" and _possessive_inside(text, i, size, hi, table):
            i += size
            continue
        if can_close and name in open_classes:
            k = len(open_classes) - 1 - open_classes[::-1].index(name)
            opened = stack[k]
            del stack[k:]
            if not stack:
                found.append((opened, i, size))
        elif can_open:
            if stack and stack[-1].mark_class == name:
                # the same class cannot nest: the source left the previous one unclosed
                opened = stack.pop()
                if not stack:
                    found.append((opened, _trim_end(text, opened.at, i), 0))
            stack.append(_Open(name, i, size))
        i += size
    return found, (stack[0] if stack else None)


_LATER_CLOSE = re.compile(r"[.,!?…][’']")


def _possessive_inside(text: str, i: int, size: int, hi: int, table: MarkTable) -> bool:
    """‘The farmers’ anger is justified,’ he said: a plural possessive (an "s", the
    mark, then a lower-case word) inside a single quotation that closes later, after
    sentence punctuation, with no single mark opening in between."""
    if size != 1 or text[i - 1 : i] not in ("s", "S") or not re.match(r" [a-z]", text[i + 1 : i + 3]):
        return False
    later = _LATER_CLOSE.search(text, i + 1, hi)
    if later is None:
        return False
    between = text[i + 1 : later.start() + 1]
    return not any(
        (found := table.lookup(ch)) is not None and found[0] == "single" for ch in between
    )


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _is_heading(text: str, lo: int, hi: int, table: MarkTable) -> bool:
    """A short paragraph quoted whole without sentence punctuation: a subheading."""
    inner = text[lo:hi].strip()
    return len(inner.split()) <= table.heading_max_words and not any(
        p in inner for p in _SENTENCE_PUNCT
    )


def find_spans(text: str, body_start: int = 0, table: MarkTable | None = None) -> tuple[QuoteSpan, ...]:
    """Every outermost quotation in ``text`` after ``body_start``, in text order.

    Args:
        text: the article text.
        body_start: offset where the body starts; the headline before it is skipped.
        table: the mark table (defaults to the packaged one).

    Returns:
        QuoteSpans sorted by start; a quotation continued over paragraphs gives
        one span per paragraph.
    """
    table = table or load_marks()
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(text, body_start)
    left_open: _Open | None = None
    for p, (lo, hi) in enumerate(paragraphs):
        first = _mark_at(text, lo, table)
        continued = bool(
            left_open is not None and first is not None and first[0] == left_open.mark_class
        )
        if left_open is not None and spans and spans[-1].close_at is None:
            # the previous paragraph's open quotation is kept only when it is double
            # or this paragraph carries it on
            last = spans[-1]
            if last.mark_class == "single" and not continued:
                spans.pop()
        found, unclosed = _scan(text, lo, hi, table)
        for opened, close_at, _size in found:
            spans.append(_make(text, opened, close_at, p, lo, hi, continued, table, True))
        if unclosed is not None:
            spans.append(_make(text, unclosed, None, p, lo, hi, continued, table, False))
            left_open = unclosed
        else:
            left_open = None
    if spans and spans[-1].close_at is None and spans[-1].mark_class == "single":
        spans.pop()
    spans = [_cut_lost_close(text, s, spans[k + 1] if k + 1 < len(spans) else None, table) for k, s in enumerate(spans)]
    out = []
    for s in spans:
        if s.end <= s.start or not any(ch.isalnum() for ch in text[s.start : s.end]):
            continue
        if s.whole_paragraph and s.close_at is not None and _is_heading(text, s.start, s.end, table):
            log.debug("quoted heading skipped at %d", s.open_at)
            continue
        if _is_term_or_title(text, s, table):
            log.debug("quoted term or title skipped at %d", s.open_at)
            continue
        out.append(s)
    return tuple(out)


def _cut_lost_close(text: str, span: QuoteSpan, nxt: QuoteSpan | None, table: MarkTable) -> QuoteSpan:
    """A quotation left open that runs into its own attribution (“We will win, X said
    on Monday.): the damaged text lost the closing mark; end it before the attribution."""
    if span.close_at is not None or (nxt is not None and nxt.continued):
        return span
    found = table.lost_close.search(text, span.start, span.end)
    if found is None:
        return span
    return dataclasses.replace(span, end=found.start() + 1, whole_paragraph=False)


_SMALL_WORDS = frozenset("a an and at by for in of on or the to with".split())
_POSSESSIVE = re.compile(r"\w[’']s?\s*$")
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][a-z][\w’'-]*\s+$")
_NAME_AFTER = re.compile(r"[”’\"'»]\s+(?:al-|el-|bin\s+)?[A-Z][a-z]")


def _is_term_or_title(text: str, span: QuoteSpan, table: MarkTable) -> bool:
    """Named terms ("so-called “X”") and titles of shows or papers are not quotations."""
    before = text[max(0, span.open_at - 40) : span.open_at]
    if table.term_before.search(before):
        return True
    words = text[span.start : span.end].split()
    if not words or len(words) > table.title_max_words:
        return False
    if not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words if w[0].isalpha()):
        return False
    if not words[0][0].isupper():
        return False
    after = text[span.end : span.end + 40]
    nxt = re.match(r"[”’\"'»]*\s*(\w+)", after)
    if nxt and nxt.group(1).lower() in table.title_after:
        return True
    if table.title_before.search(before):
        return True
    if len(words) <= 3 and _NAME_BEFORE.search(before) and _NAME_AFTER.match(after):
        return True  # a nickname inside a name: Joaquin “El Chapo” Guzman
    return bool(_POSSESSIVE.search(before))


def _make(
    text: str,
    opened: _Open,
    close_at: int | None,
    paragraph: int,
    lo: int,
    hi: int,
    continued: bool,
    table: MarkTable,
    closed: bool,
) -> QuoteSpan:
    start = opened.at + opened.size
    end = close_at if close_at is not None else hi
    while start < end and text[start].isspace():
        start += 1
    end = _trim_end(text, start, end)
    close_size = 0
    if close_at is not None:
        mark = _mark_at(text, close_at, table)
        close_size = mark[2] if mark else 0
    whole = opened.at == lo and (close_at is None or close_at + close_size >= hi)
    return QuoteSpan(
        start,
        end,
        opened.at,
        close_at if closed else None,
        opened.mark_class,
        paragraph,
        continued and opened.at == lo,
        whole,
    )
