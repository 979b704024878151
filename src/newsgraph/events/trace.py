"""Why a sentence coded nothing: an opt-in trace of the check that rejected each pattern.

A developer, or a user asking why a sentence stayed silent, turns the trace on around the
coder (``blocked_trace``); for each sentence that yields no event it records every pattern
whose trigger word the sentence holds, with a short stable name of the first condition that
stopped it (``negated``, ``hypothetical``, ``no-target``...). Off, it costs one context
variable read per rejection and per sentence; on or off, the events are the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsgraph.events.patterns import Pattern

# A sentence where no pattern of the event's root was tried: no token has a trigger lemma
# of the root, or one has it but was tagged so that no pattern of its lemma was tried
# ("mistagged-trigger": recorded when no pattern at all was tried in the sentence).
NO_TRIGGER = "no known trigger"
MISTAGGED = "mistagged-trigger"
SKIPPED = "headline-or-question"
# A sentence where every pattern of the root tried fitted by its trigger alone (Blocked.bare):
# a saying none of whose clause patterns finds a word of its in the clause, an auxiliary.
BARE = "bare-trigger"

# How far a pattern got before its check stopped it, by the check's name: its form (the
# default: objects, dependents, particles, words), the act's modality (negation, condition,
# plan), the sides read (actors), the earlier events that were to give its target.
FORM, MODALITY, SIDES, CONTEXT = "form", "modality", "sides", "context"
STAGES = (FORM, MODALITY, SIDES, CONTEXT)
_MODALITY = frozenset(
    {
        "negated", "not-negated", "negated-object", "negated-subject", "stance", "refused",
        "blocking-governor", "normative-modal", "hypothetical", "conditional-mark",
        "blocking-prep", "topic-gerund", "disposition-gerund", "judged-act", "unreal-clause", "wished",
        "expected-of-other", "asserted-clause", "deal-term", "planned-only", "not-future",
        "answers-no-act", "conditional-threat", "announced-response", "governor-not-done",
        "hyphen-unsided", "remark-withheld", "held-back", "not-yet",
    }
)  # fmt: skip
_SIDES = frozenset(
    {
        "subject-kind", "subject-role", "subject-words", "object-kind", "source-unresolved",
        "same-state", "domestic", "no-pair", "no-target", "go-between", "home-aim", "unheld",
        "not-own-words",
    }
)  # fmt: skip


# The form checks a pattern fails when nothing but its trigger fitted: ranked below the
# form checks of a pattern whose words fitted (rank).
# (its object names none of its words, it lacks its object words or its particle)
_UNFITTED = frozenset(
    {NO_TRIGGER, MISTAGGED, SKIPPED, BARE, "object-unmatched", "object-words-missing", "no-particle"}
)


def rank(reason: str) -> tuple[int, int]:
    """How near a pattern stopped by this check came to coding (higher: nearer): its stage,
    then, at the form, whether more than its trigger fitted."""
    return STAGES.index(stage(reason)), reason not in _UNFITTED


def stage(reason: str) -> str:
    """The stage (one of STAGES) a check of this name stops a pattern at."""
    if reason in _MODALITY:
        return MODALITY
    if reason in _SIDES:
        return SIDES
    if reason in ("private-party", "restated", "governed") or (
        reason.startswith("no-") and reason.endswith("-target")
    ):
        return CONTEXT
    return FORM


@lru_cache(maxsize=4096)
def pattern_roots(pattern: Pattern) -> frozenset[str]:
    """The CAMEO roots a pattern can code (its code's, its refinements', its tense codes')."""
    codes = [pattern.code, pattern.future_code, pattern.ongoing_code, pattern.factual_ccomp_code]
    codes += [r.code for r in pattern.refine]
    return frozenset(c[:2] for c in codes if c)


@dataclass(frozen=True, slots=True)
class Blocked:
    """One pattern stopped in a sentence: its id, its trigger word, the condition, and the
    roots it can code (so a miss is told by the patterns of its own root)."""

    pattern: str
    trigger: str
    reason: str
    roots: frozenset[str] = frozenset()
    # only its trigger fitted: tried on an auxiliary ("had" of "had shown"), or a clause
    # pattern of a saying whose clause holds none of its words; not counted (BARE when all are)
    bare: bool = False

    def line(self) -> str:
        where = f"{self.pattern} '{self.trigger}'" if self.pattern else f"'{self.trigger}'"
        return f"{where}: {self.reason}" if self.trigger else self.reason


@dataclass(slots=True)
class BlockTrace:
    """The blocked patterns of silent sentences, by (article id, sentence index)."""

    sentences: dict[tuple[str, int], tuple[Blocked, ...]] = field(default_factory=dict)
    _article: str = ""
    _index: int = -1
    _pending: list[Blocked] = field(default_factory=list)
    _reason: str = ""

    def begin(self, article: str, index: int) -> None:
        """Start a sentence: what is noted from now on belongs to it."""
        self._article, self._index, self._pending, self._reason = article, index, [], ""

    def note(self, reason: str) -> None:
        """The first rejection noted while a pattern is tried is the pattern's."""
        if not self._reason:
            self._reason = reason

    def tried(self, pattern: Pattern, trigger: str, found: bool, bare: bool = False) -> None:
        """A pattern was tried: when it yielded nothing, keep the reason noted (else
        ``no-pair``: sides read, but no pair of them the pattern codes); ``bare``: only its
        trigger fitted (Blocked.bare)."""
        if not found:
            reason = self._reason or "no-pair"
            roots = pattern_roots(pattern)
            self._pending.append(Blocked(pattern.id, trigger, reason, roots, bare))
        self._reason = ""

    def lose(self, pattern: Pattern | None, trigger: str, reason: str) -> None:
        """A hit of the sentence was dropped after its pattern fired (no target in context),
        or the sentence tried none (``pattern`` None)."""
        if pattern is None:
            self._pending.append(Blocked("", trigger, reason))
        else:
            self._pending.append(Blocked(pattern.id, trigger, reason, pattern_roots(pattern)))

    def tried_none(self) -> bool:
        """Whether no pattern was tried in the sentence so far."""
        return not self._pending

    def end(self, silent: bool) -> None:
        """Close the sentence; keep its record only when it coded nothing."""
        if silent:
            self.sentences[(self._article, self._index)] = tuple(dict.fromkeys(self._pending))
        self._pending = []

    def of(self, article: str, index: int) -> tuple[Blocked, ...] | None:
        """The record of one silent sentence (None: not silent, or not traced)."""
        return self.sentences.get((article, index))


_TRACE: ContextVar[BlockTrace | None] = ContextVar("newsgraph_block_trace", default=None)


def tracing() -> BlockTrace | None:
    """The trace being recorded, or None (the usual case: record nothing)."""
    return _TRACE.get()


def note(reason: str) -> None:
    """Name the check that rejected the pattern being tried (nothing when not tracing)."""
    trace = _TRACE.get()
    if trace is not None:
        trace.note(reason)


def rejected(reason: str) -> list[Any]:
    """No hits, naming the check that rejected the pattern being tried."""
    note(reason)
    return []


@contextmanager
def paused() -> Iterator[None]:
    """Record nothing while inside (a second pass of the coder over the same sentences)."""
    token = _TRACE.set(None)
    try:
        yield
    finally:
        _TRACE.reset(token)


@contextmanager
def blocked_trace() -> Iterator[BlockTrace]:
    """Record, while inside, why the coder's patterns coded nothing in silent sentences."""
    trace = BlockTrace()
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)
