"""Candidate originals for one suspect run: re-encode with a wrong codec,
decode as UTF-8, fill in bytes a lossy decode dropped, and keep only what a
forward simulation (UTF-8 encode, wrong decode) reproduces exactly.
"""

from __future__ import annotations

import functools
import heapq
import logging
import re
from dataclasses import dataclass

from newsgraph.ingest.repair.config import CodecSpec, load_config
from newsgraph.ingest.repair.plausibility import char_prior, model, plausible_cjk

log = logging.getLogger(__name__)

HOLE = -1  # a byte behind a U+FFFD of a 'replace' decode
INS = -2  # a byte an 'ignore' decode dropped without a trace


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible original of a run, with how it was damaged."""

    text: str
    codecs: str  # e.g. "utf-8>gbk:ignore"
    prior: float  # log prior of the damage path (codec, policy, lost bytes)
    # Other wrong codecs that produce the same text from the run, with their
    # priors: they explain the run too (document evidence counts them).
    also: tuple[tuple[str, float], ...] = ()


def _seq_len(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _is_cont(tok: int) -> bool:
    return 0x80 <= tok <= 0xBF


@functools.cache
def _vocabulary() -> dict[int, tuple[tuple[str, bytes], ...]]:
    """Characters worth proposing when two or more bytes of one are unknown."""
    chars: set[str] = set(model().chars)
    for lo, hi in (
        (0xC0, 0x17F),
        (0x391, 0x3C9),
        (0x410, 0x44F),
        (0x2010, 0x2026),
        (0x20AC, 0x20AC),
    ):
        chars.update(chr(o) for o in range(lo, hi + 1))
    by_len: dict[int, list[tuple[str, bytes]]] = {}
    for ch in sorted(chars):
        data = ch.encode("utf-8")
        if len(data) > 1:
            by_len.setdefault(len(data), []).append((ch, data))
    return {k: tuple(v) for k, v in by_len.items()}


@functools.lru_cache(maxsize=64)
def lost_bytes(codec: str) -> frozenset[int]:
    """Bytes a lossy decode with `codec` can lose: undecodable alone or before a space."""
    out = set()
    for b in range(0x80, 0x100):
        alone = bytes([b]).decode(codec, "ignore")
        spaced = bytes([b, 0x20]).decode(codec, "ignore")
        if alone == "" or spaced == " ":
            out.add(b)
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def _alternatives(
    pattern: tuple[int, ...], allowed: frozenset[int] = frozenset()
) -> tuple[str, ...]:
    """Characters whose UTF-8 bytes fit `pattern` (known bytes, HOLE/INS unknown).

    Unknown bytes must be in `allowed` (bytes the wrong decode can lose).
    """
    unknown = [i for i, b in enumerate(pattern) if b < 0]
    if not unknown:
        try:
            return (bytes(pattern).decode("utf-8"),)
        except UnicodeDecodeError:
            return ()
    if len(unknown) == 1:
        pos = unknown[0]
        if pos == 0:
            n = len(pattern)
            values = {2: range(0xC2, 0xE0), 3: range(0xE0, 0xF0), 4: range(0xF0, 0xF5)}[n]
        else:
            values = range(0x80, 0xC0)
        out = []
        buf = list(pattern)
        for v in values:
            if v not in allowed:
                continue
            buf[pos] = v
            try:
                out.append(bytes(buf).decode("utf-8"))
            except UnicodeDecodeError:
                continue
        return tuple(out)
    out = []
    for ch, data in _vocabulary().get(len(pattern), ()):
        if all((p < 0 and d in allowed) or p == d for p, d in zip(pattern, data)):
            out.append(ch)
    return tuple(out)


Piece = str | tuple[int, ...]

# With several damaged pieces in one run, only this many alternatives of each
# (the most plausible) enter the beam: the search stays small.
_ALTS_WHEN_SEVERAL = 12
_BEAM_WHEN_SEVERAL = 16
# A character may lose two bytes (GBK drops 0x80 and the byte after it).
_MAX_LOST_PER_CHAR = 2


@functools.lru_cache(maxsize=8192)
def _ranked_alternatives(pattern: tuple[int, ...], allowed: frozenset[int]) -> tuple[str, ...]:
    """The alternatives of a pattern, most plausible first."""
    return tuple(sorted(_alternatives(pattern, allowed), key=lambda ch: -char_prior(ch)))


def _parses(
    toks: tuple[int, ...],
    allow_insert: bool,
    max_parses: int,
    allowed: frozenset[int],
    max_damaged: int,
) -> list[list[Piece]]:
    """Ways to read `toks` as UTF-8 with unknown bytes; each a list of pieces.

    A parse may hold at most one more damaged piece than intact multi-byte
    characters: text that needs more guessing than that is not mojibake.
    """
    results: list[list[Piece]] = []
    n = len(toks)

    def fill(j: int, k: int, prefix: tuple[int, ...]) -> list[tuple[tuple[int, ...], int]]:
        # Fill k continuation slots from toks[j:], inserting dropped bytes if allowed.
        if k == 0:
            return [(prefix, j)]
        # A byte is assumed lost only where the next byte cannot continue the
        # character: lost bytes sit where the wrong decode found an invalid pair.
        if j < n and (_is_cont(toks[j]) or toks[j] == HOLE):
            return fill(j + 1, k - 1, prefix + (toks[j],))
        if allow_insert and prefix.count(INS) < _MAX_LOST_PER_CHAR:
            return fill(j, k - 1, prefix + (INS,))
        return []

    def walk(i: int, acc: list[Piece], damaged: int, intact: int) -> None:
        if len(results) >= max_parses or damaged > intact + 1 or damaged > max_damaged:
            return
        start = i
        while i < n and 0 <= toks[i] < 0x80:
            i += 1
        if i > start:
            acc = acc + [bytes(toks[start:i]).decode("ascii")]
        if i == n:
            results.append(acc)
            return
        t = toks[i]
        options: list[tuple[tuple[int, ...], int]] = []
        length = _seq_len(t) if t >= 0 else 0
        if length:
            options = fill(i + 1, length - 1, (t,))
        elif t == HOLE:
            for size in (2, 3, 4):
                options.extend(fill(i + 1, size - 1, (HOLE,)))
        elif _is_cont(t) and allow_insert:
            for size in (2, 3):
                options.extend(fill(i + 1, size - 2, (INS, t)))
        for pattern, j in options:
            if _alternatives(pattern, allowed):
                hurt = any(b < 0 for b in pattern)
                walk(j, acc + [pattern], damaged + hurt, intact + (not hurt))

    walk(0, [], 0, 0)
    return results


def _expand(pieces: list[Piece], beam: int, allowed: frozenset[int]) -> list[tuple[str, int, int]]:
    """Beam over the alternatives of each piece: (text, inserted, holes)."""
    states: list[tuple[float, str]] = [(0.0, "")]
    inserted = holes = 0
    damaged = sum(1 for p in pieces if not isinstance(p, str))
    for piece in pieces:
        if isinstance(piece, str):
            states = [(s, t + piece) for s, t in states]
            continue
        inserted += piece.count(INS)
        holes += piece.count(HOLE)
        alts = _ranked_alternatives(piece, allowed)
        if damaged > 1:
            alts = alts[:_ALTS_WHEN_SEVERAL]
            beam = min(beam, _BEAM_WHEN_SEVERAL)
        grown = [(s + char_prior(a), t + a) for s, t in states for a in alts]
        states = heapq.nlargest(beam, grown, key=lambda x: x[0])
    return [(t, inserted, holes) for _, t in states]


def _tokens(run: str, codec: str, policy: str) -> tuple[int, ...] | None:
    """The run re-encoded with `codec`; U+FFFD becomes HOLE under 'replace'."""
    try:
        if policy == "replace" and "\ufffd" in run:
            toks: list[int] = []
            for i, part in enumerate(run.split("\ufffd")):
                if i:
                    toks.append(HOLE)
                toks.extend(part.encode(codec))
            return tuple(toks)
        return tuple(run.encode(codec))
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def simulate(original: str, codec: str, policy: str) -> str | None:
    """Forward simulation of the damage: UTF-8 encode, decode with the wrong codec."""
    try:
        return original.encode("utf-8").decode(codec, policy)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _strict_split(run: str, codec: str, max_chars: int) -> str | None:
    """Decode the longest sub-spans of a mixed run that are clean strict mojibake."""
    if len(run) > max_chars:
        return None
    chunks: list[bytes | None] = []
    for ch in run:
        try:
            chunks.append(ch.encode(codec))
        except UnicodeEncodeError:
            chunks.append(None)
    out: list[str] = []
    i = 0
    n = len(run)
    changed = False
    while i < n:
        best_j = -1
        best_text = ""
        data = b""
        for j in range(i + 1, n + 1):
            chunk = chunks[j - 1]
            if chunk is None:
                break
            data += chunk
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as err:
                if err.end < len(data) or err.reason != "unexpected end of data":
                    break
                continue
            if not text.isascii() and text != run[i:j]:
                best_j, best_text = j, text
        if best_j > 0 and simulate(best_text, codec, "strict") == run[i:best_j]:
            out.append(best_text)
            i = best_j
            changed = True
        else:
            out.append(run[i])
            i += 1
    return "".join(out) if changed else None


_UTF8_PAIR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_UTF8_LEAD = re.compile(rb"[\xc2-\xf4]")


def _looks_like_utf8(data: bytes, max_broken: int) -> bool:
    """Quick test: does re-encoded text hold UTF-8 multi-byte structure at all?"""
    decoded = data.decode("utf-8", "replace")
    broken = decoded.count("\ufffd")
    if broken > max_broken:
        return False
    multibyte = sum(1 for ch in decoded if ord(ch) > 127) - broken
    return multibyte >= broken - 1 or broken <= 2


def codec_candidates(run: str, right: str, spec: CodecSpec) -> list[Candidate]:
    """All candidates for `run` damaged by `spec` under each policy."""
    cfg = load_config()
    out: list[Candidate] = []
    if "\ufffd" not in run and not _UTF8_LEAD.search(run.encode(spec.name, "ignore")):
        return out  # no UTF-8 lead byte: no multi-byte UTF-8 here
    target = run + right
    for policy, policy_prior in cfg.policies:
        if policy == "replace" and "\ufffd" not in run:
            continue
        toks = _tokens(run, spec.name, policy)
        if policy == "strict" and toks is not None and not _UTF8_PAIR.search(bytes(toks)):
            continue  # no lead byte followed by a continuation byte: no UTF-8 here
        if toks is None:
            if policy == "strict" and not spec.cjk:
                text = _strict_split(run, spec.name, cfg.max_split_chars)
                if text is not None:
                    out.append(Candidate(text, f"utf-8>{spec.name}:strict", spec.prior - 1.0))
            continue
        if policy == "strict":
            try:
                text = bytes(toks).decode("utf-8")
            except UnicodeDecodeError:
                text = None if spec.cjk else _strict_split(run, spec.name, cfg.max_split_chars)
                if text is not None:
                    out.append(Candidate(text, f"utf-8>{spec.name}:strict", spec.prior - 1.0))
                continue
            if text != run and simulate(text + right, spec.name, "strict") == target:
                out.append(Candidate(text, f"utf-8>{spec.name}:strict", spec.prior))
            continue
        known = bytes(toks) if HOLE not in toks else bytes(t for t in toks if t >= 0)
        if policy == "ignore" and not _looks_like_utf8(known, cfg.max_broken_points):
            continue
        if policy == "replace" and toks.count(HOLE) > cfg.max_broken_points:
            continue
        if not lost_bytes(spec.name):
            continue  # this codec decodes every byte: nothing can be lost
        if len(run) > cfg.max_run_chars:
            continue  # guessing lost bytes over a whole paragraph is not repair
        allowed = lost_bytes(spec.name)
        parses = _parses(toks, policy == "ignore", cfg.max_parses, allowed, cfg.max_broken_points)
        for pieces in parses:
            for text, inserted, holes in _expand(pieces, cfg.beam, allowed):
                if not (inserted or holes) or text == run:
                    continue  # the strict policy covers a decode with nothing lost
                if simulate(text + right, spec.name, policy) != target:
                    continue
                prior = (
                    spec.prior
                    + policy_prior
                    + inserted * cfg.inserted_byte_cost
                    + holes * cfg.hole_byte_cost
                )
                out.append(Candidate(text, f"utf-8>{spec.name}:{policy}", prior))
    return out


def run_candidates(run: str, right: str) -> tuple[Candidate, ...]:
    """Candidates over every codec and policy, best prior kept per distinct text.

    `right` is the ASCII character after the run ("" at the end or before
    non-ASCII): a lossy decode may have dropped a byte because of it.
    """
    # Bytes below 0x40 are never trail bytes of any codec here: one stands for all.
    if right and ord(right) < 0x40:
        right = " "
    return _run_candidates(run, right)


@functools.lru_cache(maxsize=16384)
def _run_candidates(run: str, right: str) -> tuple[Candidate, ...]:
    best: dict[str, Candidate] = {}
    others: dict[str, dict[str, float]] = {}
    # Real CJK text is never read as CJK-codec mojibake (see core._decide).
    skip_cjk = plausible_cjk(run)
    for spec in load_config().codecs:
        if skip_cjk and spec.cjk:
            continue
        for cand in codec_candidates(run, right, spec):
            seen = others.setdefault(cand.text, {})
            seen[spec.name] = max(seen.get(spec.name, cand.prior), cand.prior)
            old = best.get(cand.text)
            if old is None or cand.prior > old.prior:
                best[cand.text] = cand
    out = []
    for text, cand in best.items():
        name = cand.codecs.split(">")[1].split(":")[0]
        also = tuple(sorted((n, p) for n, p in others[text].items() if n != name))
        out.append(Candidate(cand.text, cand.codecs, cand.prior, also) if also else cand)
    return tuple(out)


# How far context (quotes, dashes, scripts around) can move a comparison:
# a run whose candidates trail it by more than this, context-free, is never repaired.
_CONTEXT_SLACK = 12.0


@functools.lru_cache(maxsize=65536)
def is_suspect(run: str) -> bool:
    """Could any wrong-codec reading of `run` beat it? (the fast path for clean text)"""
    observed: float | None = None
    for right in ("", " "):
        for cand in run_candidates(run, right):
            if observed is None:
                observed = sum(char_prior(ch) for ch in run)
            score = sum(char_prior(ch) for ch in cand.text) + cand.prior
            if score - observed > -_CONTEXT_SLACK:
                return True
    return False
