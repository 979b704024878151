"""Repair text damaged by decoding UTF-8 with a wrong codec (mojibake),
including lossy decodes that dropped or replaced bytes.

The method: find runs of non-ASCII characters (every mojibake of UTF-8 lives
in them), propose originals over codec × error policy (candidates.py), keep
those whose forward simulation reproduces the run exactly, and rank them
against the run as it stands with a model of plausible text
(plausibility.py). Clean text has no candidate that beats it, so it comes
back unchanged.
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.ingest.repair.candidates import Candidate, is_suspect, run_candidates
from newsgraph.ingest.repair.config import load_config
from newsgraph.ingest.repair.vanished import (
    diagnose,
    function_words,
    is_dateline_place,
    restore,
    restore_ascii,
    suggest_quotes,
)
from newsgraph.ingest.repair.plausibility import (
    QuoteTracker,
    plausible_cjk,
    model,
    nearest_letter_script,
    score_in_context,
    word_context_score,
)
from newsgraph.model import RepairFix

log = logging.getLogger(__name__)

_RUN = re.compile(r"[^\x00-\x7f]+")
_MAX_FIX_PASSES = 4
_LAYER_FRONT = 3


@dataclass(frozen=True, slots=True)
class Repaired:
    """Repaired text, the fixes made (offsets into the input text), the input encoding.

    `suggestions`: restorations too unsure to apply (quote marks that unquoted
    speech in pure-ASCII text may have lost), offsets into the input text.
    """

    text: str
    fixes: tuple[RepairFix, ...]
    encoding: str
    suggestions: tuple[RepairFix, ...] = ()


@dataclass(frozen=True, slots=True)
class _Choice:
    text: str
    codecs: str
    confidence: float
    weak: bool  # lossy and not far ahead of the text as it stands


@dataclass(frozen=True, slots=True)
class _PassState:
    """What one pass over a document knows and collects.

    `favoured` codecs get the document bonus; `supported` (when given) are the
    codecs a weak lossy repair must belong to; `evidence` collects (codec, run)
    pairs that a codec explains well enough to repair; `memo` caches decisions
    (the same run in the same context decides the same way).
    """

    favoured: frozenset[str] = frozenset()
    supported: frozenset[str] | None = None
    evidence: set[tuple[str, str]] | None = None
    memo: dict[tuple[object, ...], tuple[_Choice | None, tuple[str, ...]]] = field(
        default_factory=dict
    )


@functools.cache
def _cjk_codecs() -> frozenset[str]:
    return frozenset(spec.name for spec in load_config().codecs if spec.cjk)


def _codec_names(chain: str) -> list[str]:
    return [part.split(":")[0] for part in chain.split(">")[1:]]


@functools.lru_cache(maxsize=16384)
def _layered(cand: Candidate, left: str | None, right: str, depth: int) -> Candidate:
    """Undo a second layer of mojibake inside a candidate, if there is one."""
    if depth >= load_config().max_layers or cand.text.isascii():
        return cand
    inner = _repair_string(cand.text, left, right, depth + 1)
    if inner is None:
        return cand
    text, chain = inner
    # chain is "utf-8>X" of the inner layer; the outer layer came later.
    return Candidate(text, chain + cand.codecs[len("utf-8") :], cand.prior - 1.0)


def _repair_string(text: str, left: str | None, right: str, depth: int) -> tuple[str, str] | None:
    """Repair the runs of a candidate string (used for a second layer)."""
    out: list[str] = []
    pos = 0
    chains: list[str] = []
    tracker = QuoteTracker()
    for match in _RUN.finditer(text):
        s, e = match.span()
        out.append(text[pos:s])
        if not is_suspect(text[s:e]):
            out.append(text[s:e])
            pos = e
            continue
        prev = text[s - 1] if s else left
        nxt = text[e] if e < len(text) else (right or None)
        choice = _choose(text, s, e, prev, nxt, tracker.state(), depth, _PassState())
        if choice is None:
            out.append(text[s:e])
        else:
            out.append(choice.text)
            chains.append(choice.codecs)
        pos = e
    if not chains:
        return None
    out.append(text[pos:])
    return "".join(out), chains[0]


def _surroundings(text: str, s: int, e: int) -> tuple[str | None, str | None]:
    """Scripts of the nearest letters before and after text[s:e]."""
    return nearest_letter_script(text, s - 1, -1), nearest_letter_script(text, e, 1)


def _cjk_allowed(left: str | None, right: str | None) -> bool:
    """A CJK-codec repair needs Latin text around the run (else an implausible run)."""
    if (left is None or left == "latin") and (right is None or right == "latin"):
        return left is not None or right is not None
    return False


def _choose(
    text: str,
    s: int,
    e: int,
    left: str | None,
    right: str | None,
    quotes: tuple[str, ...],
    depth: int,
    state: _PassState,
    ahead: bool = False,
    exclude: str = "",
    only: str = "",
) -> _Choice | None:
    """The best repair of text[s:e] in its context, or None to keep it.

    `exclude`: characters no candidate may hold (a joint choice ruled them
    out); `only`: the one candidate text allowed (a document-level choice).
    """
    run = text[s:e]
    right_ascii = right if right is not None and right.isascii() else ""
    cands = run_candidates(run, right_ascii)
    if exclude:
        cands = tuple(c for c in cands if not any(ch in c.text for ch in exclude))
    if only:
        cands = tuple(c for c in cands if c.text == only)
    if not cands:
        return None
    script_left, script_right = _surroundings(text, s, e)
    words = _words_around(text, s, e)
    key = (run, left, right, quotes, script_left, script_right, depth, ahead, exclude, only, words)
    if key in state.memo:
        choice, explained = state.memo[key]
    else:
        context = _Context(
            left, right, right_ascii, quotes, script_left, script_right, depth, ahead, words
        )
        choice, explained = _decide(run, cands, context, state)
        state.memo[key] = (choice, explained)
    if state.evidence is not None:
        state.evidence.update((name, run) for name in explained)
    return choice


@dataclass(frozen=True, slots=True)
class _Context:
    """The neighbourhood of one run, as the ranking sees it."""

    left: str | None
    right: str | None
    right_ascii: str
    quotes: tuple[str, ...]
    script_left: str | None
    script_right: str | None
    depth: int
    ahead: bool
    words: tuple[str, str] = ("", "")  # the words before and after a spaced run


# Words or numbers: "2020 鈥 2021" is a range (en dash) whatever the dash style.
_WORD_BEFORE = re.compile(r"([A-Za-z0-9]+) $")
_WORD_AFTER = re.compile(r" ([A-Za-z0-9]+)")


def _words_around(text: str, s: int, e: int) -> tuple[str, str]:
    """The words on either side of a run set off by spaces ("had 鈥 the"), or ""."""
    if not (0 < s and e < len(text) and text[s - 1] == " " and text[e] == " "):
        return ("", "")
    before = _WORD_BEFORE.search(text, max(0, s - 32), s)
    after = _WORD_AFTER.match(text, e)
    return (before.group(1) if before else "", after.group(1) if after else "")


def _decide(
    run: str, cands: tuple[Candidate, ...], ctx: _Context, state: _PassState
) -> tuple[_Choice | None, tuple[str, ...]]:
    """Rank the candidates of one run in its context: (choice, codecs that explain it)."""
    m = model()
    left, right, quotes, ahead = ctx.left, ctx.right, ctx.quotes, ctx.ahead
    script_left, script_right = ctx.script_left, ctx.script_right
    favoured, supported = state.favoured, state.supported
    around = script_left or script_right
    if script_left and script_right and script_left != script_right:
        around = None
    observed = score_in_context(run, left, right, quotes, around, ahead)
    mean_prior = observed / max(1, len(run))
    cjk_ok = _cjk_allowed(script_left, script_right) or mean_prior <= -8.0
    cjk_never = plausible_cjk(run)
    scored: list[tuple[float, Candidate, float]] = []
    # Only the front-runners of the first layer are searched for a second one.
    first = sorted(
        cands,
        key=lambda c: -(score_in_context(c.text, left, right, quotes, around, ahead) + c.prior),
    )
    layered = [_layered(c, left, ctx.right_ascii, ctx.depth) for c in first[:_LAYER_FRONT]]
    for cand in layered + first[_LAYER_FRONT:]:
        codecs = _codec_names(cand.codecs)
        score = score_in_context(cand.text, left, right, quotes, around, ahead) + cand.prior
        score += word_context_score(cand.text, ctx.words, quotes)
        if favoured and codecs[0] in favoured:
            score += m.document_codec_bonus
        policy = cand.codecs.rsplit(":", 1)[-1]
        need = m.min_gain.get(policy, max(m.min_gain.values()))
        if any(c in _cjk_codecs() for c in codecs):
            if cjk_never:
                continue
            if not cjk_ok:
                need = max(need, m.min_gain_cjk_isolated)
        scored.append((score, cand, need))
    if not scored:
        return None, ()
    scored.sort(key=lambda x: -x[0])
    names = {_codec_names(c.codecs)[0] for sc, c, need in scored if sc - observed >= need}
    for sc, c, need in scored:
        # Codecs that give the same text explain the run as well as the best one.
        names.update(n for n, p in c.also if sc - c.prior + p - observed >= need)
    explained = tuple(sorted(names))
    best_score, best, need = scored[0]
    if best_score - observed < need:
        return None, explained
    lossy = not best.codecs.endswith(":strict")
    weak = lossy and best_score - observed < m.min_gain_alone
    if weak and supported is not None and _codec_names(best.codecs)[0] not in supported:
        return None, explained
    all_scores = [sc for sc, _, _ in scored] + [observed]
    z = sum(math.exp(sc - best_score) for sc in all_scores)
    return _Choice(best.text, best.codecs, round(1.0 / z, 3), weak), explained


def _pass(
    text: str, state: _PassState, suspects: frozenset[str]
) -> tuple[str, list[RepairFix], bool]:
    """One left-to-right pass over the non-ASCII runs of `text`."""
    out: list[str] = []
    fixes: list[RepairFix] = []
    tracker = QuoteTracker()
    pos = 0
    last = ""
    any_weak = False
    spans = [m.span() for m in _RUN.finditer(text) if m.group() in suspects]
    for k, (s, e) in enumerate(spans):
        gap = text[pos:s]
        if gap:
            out.append(gap)
            tracker.feed(gap, text[s])
            last = gap[-1]
        right = text[e] if e < len(text) else None
        # Is there another damaged run before the paragraph ends?
        ahead = k + 1 < len(spans) and text.find("\n", e, spans[k + 1][0]) < 0
        choice = _choose(text, s, e, last or None, right, tracker.state(), 0, state, ahead)
        if choice is not None and _letters_lost(text[s:e], choice):
            choice = None
        piece = text[s:e] if choice is None else choice.text
        if choice is not None:
            any_weak = any_weak or choice.weak
            fixes.append(RepairFix(s, e, text[s:e], choice.text, choice.codecs, choice.confidence))
        out.append(piece)
        tracker.feed(piece, right or "")
        last = piece[-1] if piece else last
        pos = e
    out.append(text[pos:])
    return "".join(out), fixes, any_weak


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Share of C0 control characters above which an input is binary noise, not text:
# mojibake repair has nothing to say about it (and would only spend time).
_MAX_CONTROL_SHARE = 0.02
_BINARY_SAMPLE = 1 << 16


# Distinct non-ASCII runs (plus one per 100 characters) above which a text is
# not taken for mojibake: a damaged article repeats a few dozen sequences.
_MAX_DISTINCT_RUNS = 300


def _letters_lost(run: str, choice: _Choice) -> bool:
    """Whether a chain that drops bytes turns a run of Latin-1 letters and spaces into no
    letter at all ("café\u00a0\u00a0" read as one Syriac mark through big5:ignore): such a
    run is clean text, and a lossy chain that keeps no letter of it explains nothing. Runs
    of other scripts (the GBK mojibake whose lost bytes were quotation marks) are untouched."""
    return (
        ":ignore" in choice.codecs
        and all(ord(ch) <= 0xFF for ch in run)
        and any(ch.isalpha() for ch in run)
        and not any(ch.isalpha() for ch in choice.text)
    )


def _looks_binary(text: str) -> bool:
    """Is the text noise (many C0 controls), as decoded random bytes are?"""
    sample = text[:_BINARY_SAMPLE]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample) + 2


def repair_text(text: str, suggest: bool = True) -> Repaired:
    """Repair mojibake in `text`.

    A first pass finds which wrong codec explains the most runs; a second
    pass favours it, since one document is usually damaged one way, and
    drops weak lossy repairs that no other run of the document supports.

    Args:
        text: any string (lone surrogates and NULs are fine).
        suggest: also collect `suggestions` (fix() does not need them).
    Returns:
        Repaired: the text, one RepairFix per changed run (offsets into `text`),
        and encoding "str".
    """
    if _looks_binary(text):
        return Repaired(text, (), "str")
    if text.isascii():
        vanished = restore_ascii(text)
        proposed = tuple(suggest_quotes(text, vanished)) if suggest else ()
        if not vanished:
            return Repaired(text, (), "str", proposed)
        return Repaired(_apply(text, vanished), tuple(vanished), "str", proposed)
    runs = set(_RUN.findall(text))
    if len(runs) > _MAX_DISTINCT_RUNS + len(text) // 100:
        # Mojibake repeats a few damaged sequences; thousands of distinct
        # non-ASCII runs are genuine mixed-script text (or noise), and judging
        # each one would make repair slow on exactly that input.
        log.info("not repaired: %d distinct non-ASCII runs is not mojibake", len(runs))
        return Repaired(text, (), "str")
    suspects = frozenset(run for run in runs if is_suspect(run))
    if not suspects:
        return Repaired(text, (), "str")
    found: set[tuple[str, str]] = set()
    repaired, fixes, any_weak = _pass(text, _PassState(evidence=found), suspects)
    if not fixes:
        return Repaired(text, (), "str")
    evidence = Counter(name for name, _ in found)
    top = max(evidence.values())
    favoured = frozenset(name for name, count in evidence.items() if count == top)
    if top < 2:
        favoured = frozenset()
    supported = frozenset(name for name, count in evidence.items() if count >= 2)
    state_for_balance = _PassState(favoured=favoured, supported=supported)
    if any_weak or any(_codec_names(f.codecs)[0] not in favoured for f in fixes):
        repaired, fixes, _ = _pass(text, state_for_balance, suspects)
    fixes = _balance_quotes(text, fixes, state_for_balance)
    fixes = _document_dash_style(text, fixes, state_for_balance)
    repaired = _apply(text, fixes)
    codec = diagnose(repaired, fixes)
    suggestions: tuple[RepairFix, ...] = ()
    if codec is not None:
        extra = _restore_after_repair(text, repaired, fixes, codec)
        if extra:
            fixes = sorted([*fixes, *extra], key=lambda f: (f.start, f.end))
            repaired = _apply(text, fixes)
        if suggest:
            suggestions = tuple(suggest_quotes(text, fixes, codec))
    log.debug("repaired %d runs", len(fixes))
    return Repaired(repaired, tuple(fixes), "str", suggestions)


def _minimal_edit(f: RepairFix) -> tuple[int, int, str, str]:
    """The fix narrowed to what it changes ("dont" -> "don’t" is an insertion of ’)."""
    a, b = f.original, f.replacement
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return f.start + head, f.end - tail, a[head : len(a) - tail], b[head : len(b) - tail]


def _restore_after_repair(
    text: str, repaired: str, fixes: list[RepairFix], codec: str
) -> list[RepairFix]:
    """Vanished characters restored on the repaired text, as fixes of `text`.

    The repaired text has whole words where the input had mojibake
    ("Lourenços regional", "Martís essays"): the traces are read there, and
    each restoration (narrowed to its edit, nearly always an insertion) is
    mapped back to input offsets; one that would touch a repaired run is dropped.
    """
    found = restore(repaired, codec, [])
    if not found:
        return []
    # Replaced regions in repaired coordinates, with the offset shift after each.
    region_starts: list[int] = []
    regions: list[tuple[int, int, int]] = []
    shift = 0
    for f in fixes:
        start = f.start + shift
        shift += len(f.replacement) - (f.end - f.start)
        region_starts.append(start)
        regions.append((start, start + len(f.replacement), shift))

    def shift_at(a: int, b: int) -> int | None:
        """The input shift of [a, b) in repaired text, None if it touches a repaired run."""
        i = bisect.bisect_right(region_starts, a) - 1
        if i >= 0 and a < regions[i][1] and (b > a or a > regions[i][0]):
            return None  # inside a repaired run
        j = bisect.bisect_left(region_starts, b)
        if j > i + 1 or (j == i + 1 and j < len(regions) and b > region_starts[j]):
            return None  # spans a repaired run
        return regions[i][2] if i >= 0 else 0

    out: list[RepairFix] = []
    for f in found:
        # The whole restored word if it lies clear of repaired runs ("Kyivs" ->
        # "Kyiv’s"), else only the edit ("Lourenço|s" gets its ’).
        for a, b, original, replacement in (
            (f.start, f.end, f.original, f.replacement),
            _minimal_edit(f),
        ):
            delta = shift_at(a, b)
            if delta is not None:
                out.append(
                    RepairFix(a - delta, b - delta, original, replacement, f.codecs, f.confidence)
                )
                break
    return out


_OPENER = "\u201c"
_CLOSER = "\u201d"


def _balance_quotes(text: str, fixes: list[RepairFix], state: _PassState) -> list[RepairFix]:
    """Undo a premature closing quote: the joint choice over a paragraph.

    A lossy decode can leave the same trace for ” … — –. When a paragraph's
    repaired text has a ” that closes nothing, the ” repaired before it (which
    closed the quote too early) is chosen again without ”: "not sure” we’ll
    see what happens.”" becomes "not sure… we’ll see what happens.”".
    """
    if not any(_CLOSER in f.replacement for f in fixes):
        return fixes
    out = list(fixes)
    depth = 0
    last_closer: int | None = None  # index into `out` of the fix that closed last
    k = 0
    pos = 0
    n = len(out)
    while pos < len(text) or k < n:
        if k < n and out[k].start == pos:
            piece, fix_index, nxt = out[k].replacement, k, out[k].end
            k += 1
        else:
            stop = out[k].start if k < n else len(text)
            piece, fix_index, nxt = text[pos:stop], None, stop
        for ch in piece:
            if ch == "\n":
                depth, last_closer = 0, None
            elif ch == _OPENER:
                depth += 1
            elif ch == _CLOSER:
                if depth > 0:
                    depth -= 1
                    last_closer = fix_index
                elif last_closer is not None:
                    redone = _rechoose(text, out, last_closer, state)
                    if redone is not None:
                        out[last_closer] = redone
                    last_closer = None
        pos = max(nxt, pos + (1 if not piece else 0))
    return out


_DASHES = "\u2014\u2013\u2026"  # — – … leave one trace under a lossy GBK decode
_STYLE_DASHES = "\u2014\u2013"  # a document sets its dashes one way


# A dateline ("WASHINGTON — ", "Taipei, Taiwan — ") opens a paragraph with a
# place of at most four words: its dash is the outlet's convention (an em dash
# in every dateline of our corpus), not the writer's dash style, and articles
# whose body sets spaced en dashes still open with "CITY — ".
# (The dash itself may still be a damaged trace: any non-ASCII run, then a space.)
_DATELINE_DASH = re.compile(
    r"(?m)^[A-Za-z][A-Za-z.,'-]*(?: [A-Za-z][A-Za-z.,'-]*){0,3} (?=[^\x00-\x7f]+ )"
)
_MAX_DATELINE = 40


def _dateline_ends(text: str) -> frozenset[int]:
    """Offsets just after the place of each dateline (where its dash stands)."""
    return frozenset(
        m.end()
        for m in _DATELINE_DASH.finditer(text)
        if m.end() - m.start() <= _MAX_DATELINE and is_dateline_place(m.group()[:-1])
    )


def _between_numbers(text: str, f: RepairFix) -> bool:
    """Is the fix a spaced trace between two numbers ("2020 鈥 2021")?"""
    return (
        f.start >= 2
        and text[f.start - 1] == " "
        and text[f.start - 2].isdigit()
        and text[f.end : f.end + 1] == " "
        and text[f.end + 1 : f.end + 2].isdigit()
    )


def _document_dash_style(text: str, fixes: list[RepairFix], state: _PassState) -> list[RepairFix]:
    """Unsure — / – / … choices follow the style the document shows elsewhere.

    Evidence: sure repairs (a distinct trace, as "—word") and intact
    characters of the text, datelines left out. When it shows one of the
    two dashes and not the other, an unsure dash choice is made again for
    that one. With no such evidence the choice is the prior (an em dash:
    29 of 37 spaced dashes of narration in ../shared, but one outlet;
    spaced en dashes are house style elsewhere), flagged below
    `dash_guess_confidence`. Number ranges and datelines are no style guess.
    """
    sure = model().rebalance_below
    # An ellipsis is no dash style: "We had … the" in a quote says nothing of
    # how the narration sets its dashes.
    datelines = _dateline_ends(text)
    seen = Counter(ch for ch in text if ch in _STYLE_DASHES)
    for end in datelines:
        if text[end] in _STYLE_DASHES:
            seen[text[end]] -= 1
    for f in fixes:
        if f.confidence >= sure and f.start not in datelines:
            seen.update(ch for ch in f.replacement if ch in _STYLE_DASHES)
    seen = +seen  # drop the zero counts
    out = list(fixes)
    for i, f in enumerate(out):
        if f.confidence >= sure or len(f.replacement) != 1 or f.replacement not in _DASHES:
            continue
        if f.codecs.endswith(":strict") or f.start in datelines or _between_numbers(text, f):
            continue
        if len(seen) != 1 or f.replacement not in _STYLE_DASHES:
            out[i] = _flagged(f)
            continue
        style = next(iter(seen))
        if f.replacement == style:
            continue
        if i and out[i - 1].end == f.start:
            left: str | None = out[i - 1].replacement[-1:] or None
        else:
            left = text[f.start - 1] if f.start else None
        right = text[f.end] if f.end < len(text) else None
        choice = _choose(text, f.start, f.end, left, right, (), 0, state, False, "", style)
        if choice is not None:
            # As unsure as before: the style is evidence, not proof.
            out[i] = RepairFix(f.start, f.end, f.original, style, choice.codecs, f.confidence)
    return out


def _flagged(f: RepairFix) -> RepairFix:
    """The fix with its confidence lowered to `dash_guess_confidence` (a guess)."""
    cap = model().dash_guess_confidence
    if f.confidence <= cap:
        return f
    return RepairFix(f.start, f.end, f.original, f.replacement, f.codecs, cap)


_ELLIPSIS = "\u2026"
_APOSTROPHE = "\u2019"
_NEXT_WORD = re.compile(r" ([A-Za-z]+)")


def _rechoose(text: str, fixes: list[RepairFix], i: int, state: _PassState) -> RepairFix | None:
    """Fix i chosen again, with no ” allowed (only for a lossy one-character ”).

    Before punctuation only an ellipsis may take its place ("the waste….”",
    while "done.”.”" stays); before a function word no possessive ’ may
    ("the soldiers… we do", not "soldiers’ we").
    """
    f = fixes[i]
    if f.replacement != _CLOSER or f.codecs.endswith(":strict"):
        return None
    if f.confidence >= model().rebalance_below:
        return None  # the trace itself says ”: the text is unbalanced as written
    if i and fixes[i - 1].end == f.start:
        left: str | None = fixes[i - 1].replacement[-1:] or None
    else:
        left = text[f.start - 1] if f.start else None
    right = text[f.end] if f.end < len(text) else None
    only = ""
    if right != " ":
        if right is None or right not in ".,;:!?" or left is None or not left.isalpha():
            return None  # ” before punctuation closes something
        only = _ELLIPSIS
    exclude = _CLOSER
    nxt = _NEXT_WORD.match(text, f.end)
    if nxt is not None and nxt.group(1).lower() in function_words():
        exclude += _APOSTROPHE
    choice = _choose(text, f.start, f.end, left, right, ("D",), 0, state, True, exclude)
    if choice is None or (only and choice.text != only):
        return None
    return RepairFix(f.start, f.end, f.original, choice.text, choice.codecs, choice.confidence)


def _apply(text: str, fixes: list[RepairFix]) -> str:
    """`text` with non-overlapping `fixes` (sorted by start) applied."""
    out: list[str] = []
    pos = 0
    for f in fixes:
        out.append(text[pos : f.start])
        out.append(f.replacement)
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def repaired_span(repaired: Repaired, start: int, end: int) -> tuple[int, int]:
    """Where the input span [start, end) stands in `repaired.text`.

    Fixes and suggestions carry offsets into the input text; a consumer of the
    repaired text (the ingest storing suggestions, a quote finder taking them)
    maps them with this. A span inside a fix maps to that fix's replacement.
    """
    shift = 0
    for f in repaired.fixes:
        if (f.start, f.end) == (start, end):
            return f.start + shift, f.start + shift + len(f.replacement)
        if f.end <= start:
            # Before the span (an insertion at its start, too, comes first).
            shift += len(f.replacement) - (f.end - f.start)
        elif f.start >= end:
            break
        else:
            # Overlapping: the whole replacement stands for the span.
            return f.start + shift, f.start + shift + len(f.replacement)
    return start + shift, end + shift


def fix(text: str) -> str:
    """The repaired text, repeated until nothing changes (so fix(fix(x)) == fix(x))."""
    for _ in range(_MAX_FIX_PASSES):
        new = repair_text(text, suggest=False).text
        if new == text:
            break
        text = new
    return text


def explain(repaired: Repaired) -> list[str]:
    """One human-readable line per fix, for `newsgraph repair --explain`."""
    lines = []
    for f in repaired.fixes:
        note = "" if f.confidence >= model().low_confidence else "  (uncertain)"
        lines.append(
            f"{f.start}-{f.end}: {f.original!r} -> {f.replacement!r}"
            f"  via {f.codecs}, confidence {f.confidence:.2f}{note}"
        )
    for f in repaired.suggestions:
        lines.append(
            f"{f.start}-{f.end}: {f.original!r} -> {f.replacement!r}"
            f"  via {f.codecs}, confidence {f.confidence:.2f}  (suggested, not applied)"
        )
    return lines
