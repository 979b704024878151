"""Why a required gold event was missed, told from what the system did in its sentence.

The causes need no reading of the text, so they can be counted on held-out gold
without looking at it: a developer learns where recall is lost (no event at all in
the sentence, an implicit target, the wrong actor, another act of the same
sentence) before deciding what to build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.evaluate.gold import GoldEvent
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


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _root(event: Event) -> str:
    return event.root or event.code[:2]


def miss_cause(gold: GoldEvent, result: Result) -> str:
    """The cause (one of CAUSES) of missing ``gold``, from the events of its sentence."""
    evidence = _norm(gold.evidence)
    where = {s.index for s in result.sentences if evidence in _norm(s.text)}
    if not where:
        return NOT_ONE_SENTENCE
    events = [e for e in result.events if e.sentence_index in where]

    def found(root_ok: bool, source: str | None, target: str | None) -> bool:
        return any(
            (not root_ok or _root(e) in gold.root)
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
