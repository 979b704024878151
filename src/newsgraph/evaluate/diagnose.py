"""Why a required gold event was missed, or a system event was extra, told from its sentence.

The causes need no reading of the text, so they can be counted on held-out gold
without looking at it: a developer learns where recall is lost (no event at all in
the sentence, an implicit target, the wrong actor, another act of the same
sentence) and precision (a sentence with nothing to code, a reversed pair)
before deciding what to build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.evaluate.gold import GoldEvent
from newsgraph.events.trace import BARE, NO_TRIGGER, Blocked, BlockTrace, rank
from newsgraph.model import Event, Result

# Every cause, in the order a report lists them.
NOT_ONE_SENTENCE = "evidence not inside one sentence"
DUPLICATE = "matched event taken by another gold event"
OTHER_ROOT = "same actors, another root"
REVERSED = "right root, reversed direction"
WRONG_TARGET = "right root and source, wrong target"
WRONG_SOURCE = "right root and target, wrong source"
_SILENT = "no event in the sentence"
_OTHERS = "other events in the sentence"
_NAMED = {
    (True, True): "both actors named in it",
    (True, False): "target not named in it",
    (False, True): "source not named in it",
    (False, False): "neither actor named in it",
}
CAUSES = (
    NOT_ONE_SENTENCE,
    DUPLICATE,
    OTHER_ROOT,
    REVERSED,
    WRONG_TARGET,
    WRONG_SOURCE,
    *(f"{kind}; {named}" for kind in (_SILENT, _OTHERS) for named in _NAMED.values()),
)

_SPACE = re.compile(r"\s+")


def norm_space(text: str) -> str:
    """Whitespace runs as one space: gold evidence and sentences are compared so (score.py)."""
    return _SPACE.sub(" ", text).strip()


def system_root(event: Event) -> str:
    """An event's two-digit root (its code's first two digits when it carries none)."""
    return event.root or event.code[:2]


def _evidence_sentences(gold: GoldEvent, result: Result) -> set[int]:
    """The indices of the sentences that hold the gold event's evidence."""
    evidence = norm_space(gold.evidence)
    return {s.index for s in result.sentences if evidence in norm_space(s.text)}


def silent(cause: str) -> bool:
    """Whether a miss cause says the coder coded nothing in the event's sentence."""
    return cause.startswith(_SILENT)


def blocked_in(gold: GoldEvent, result: Result, trace: BlockTrace) -> tuple[Blocked, ...]:
    """Why the patterns of the gold event's root coded nothing in its silent sentence (the
    block trace of the coder's run, trace.py), the nearest first (trace.rank); those that
    fitted by their trigger alone are left out (Blocked.bare: "bare-trigger" when all were),
    "no known trigger" when none was tried."""
    roots = set(gold.root)
    found: list[Blocked] = []
    for i in sorted(_evidence_sentences(gold, result)):
        found += [b for b in trace.of(result.article.id, i) or () if not b.roots or b.roots & roots]
    fitted = sorted((b for b in found if not b.bare), key=lambda b: rank(b.reason), reverse=True)
    if fitted:
        return tuple(dict.fromkeys(fitted))
    return (Blocked("", "", BARE if found else NO_TRIGGER),)


def miss_cause(gold: GoldEvent, result: Result) -> str:
    """The cause (one of CAUSES) of missing ``gold``, from the events of its sentence."""
    where = _evidence_sentences(gold, result)
    if not where:
        return NOT_ONE_SENTENCE
    events = [e for e in result.events if e.sentence_index in where]

    def found(root_ok: bool, source: str | None, target: str | None) -> bool:
        return any(
            (not root_ok or system_root(e) in gold.root)
            and (source is None or e.source_actor.principal.upper() == source)
            and (target is None or e.target_actor.principal.upper() == target)
            for e in events
        )

    if found(True, gold.source, gold.target):
        return DUPLICATE
    if found(False, gold.source, gold.target):
        return OTHER_ROOT
    if found(True, gold.target, gold.source):
        return REVERSED
    if found(True, gold.source, None):
        return WRONG_TARGET
    if found(True, None, gold.target):
        return WRONG_SOURCE
    named = _named(result, where)
    kind = _OTHERS if events else _SILENT
    return f"{kind}; {_NAMED[(gold.source in named, gold.target in named)]}"


def _named(result: Result, sentences: Iterable[int]) -> frozenset[str]:
    """The principals of the actor mentions in these sentences."""
    where = set(sentences)
    return frozenset(
        m.actor.principal.upper()
        for m in result.mentions
        if m.sentence_index in where and m.actor is not None
    )


# Causes of an extra event, from the gold events annotated in its sentence.
NO_GOLD = "no gold event in the sentence"
EXTRA_DUPLICATE = "gold event already matched by another system event"
EXTRA_OTHER_ROOT = "gold event of the same actors, another root"
EXTRA_REVERSED = "gold event of the root, reversed direction"
EXTRA_WRONG_TARGET = "gold event of the root and source, another target"
EXTRA_WRONG_SOURCE = "gold event of the root and target, another source"
EXTRA_OTHERS = "only gold events of other roots and actors in the sentence"
EXTRA_CAUSES = (
    NO_GOLD,
    EXTRA_DUPLICATE,
    EXTRA_OTHER_ROOT,
    EXTRA_REVERSED,
    EXTRA_WRONG_TARGET,
    EXTRA_WRONG_SOURCE,
    EXTRA_OTHERS,
)


def extra_cause(event: Event, golds: Iterable[GoldEvent], sentences: tuple[str, ...]) -> str:
    """The cause (one of EXTRA_CAUSES) of an unmatched ``event``, from the gold events of its sentence."""
    here = [g for g in golds if any(norm_space(g.evidence) in s for s in sentences)]
    source = event.source_actor.principal.upper()
    target = event.target_actor.principal.upper()
    root = system_root(event)
    checks = (
        (EXTRA_DUPLICATE, lambda g: root in g.root and (g.source, g.target) == (source, target)),
        (EXTRA_OTHER_ROOT, lambda g: (g.source, g.target) == (source, target)),
        (EXTRA_REVERSED, lambda g: root in g.root and (g.source, g.target) == (target, source)),
        (EXTRA_WRONG_TARGET, lambda g: root in g.root and g.source == source),
        (EXTRA_WRONG_SOURCE, lambda g: root in g.root and g.target == target),
    )
    for cause, fits in checks:
        if any(fits(g) for g in here):
            return cause
    return EXTRA_OTHERS if here else NO_GOLD


def root_swap(ours: Iterable[str], gold: GoldEvent) -> str:
    """How a root disagreement reads, with no text: "ours 04; gold 05/06" (the system roots of
    the same actors in the sentence, the gold event's roots), to count on held-out gold which
    roots the coder and the annotators part on."""
    return f"ours {'/'.join(sorted(set(ours)))}; gold {'/'.join(gold.root)}"


def missed_swap(gold: GoldEvent, result: Result) -> str:
    """For a miss of cause OTHER_ROOT: root_swap of the events of its actors in its sentence."""
    where = _evidence_sentences(gold, result)
    ours = [
        system_root(e)
        for e in result.events
        if e.sentence_index in where
        and (e.source_actor.principal.upper(), e.target_actor.principal.upper())
        == (gold.source, gold.target)
    ]
    return root_swap(ours, gold) if ours else ""


def extra_swap(event: Event, golds: Iterable[GoldEvent], sentences: tuple[str, ...]) -> str:
    """For an extra of cause EXTRA_OTHER_ROOT: root_swap of it against the first gold event
    of its actors in its sentence."""
    pair = (event.source_actor.principal.upper(), event.target_actor.principal.upper())
    for g in golds:
        if (g.source, g.target) == pair and any(norm_space(g.evidence) in s for s in sentences):
            return root_swap([system_root(event)], g)
    return ""
