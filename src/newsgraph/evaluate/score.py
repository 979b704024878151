"""Score system output against gold annotations, as ``shared/spec/gold-format.md`` defines.

Events
    A system event and a gold event *can match* when the gold evidence lies
    inside the system event's sentence (whitespace runs compared as one
    space), the principal source and target are equal, and the system root
    is in the gold root list. Each gold event matches at most one system
    event and vice versa; the matching is a maximum bipartite matching built
    by augmenting paths, required gold events first. Augmenting never
    unmatches a vertex, so the result both matches the most required gold
    events possible and, among such matchings, the most events overall.

    A system event matched to a required gold event is a hit. One matched
    to an optional gold event ("matches only optional") is left out of the
    precision denominator: neither an error nor a reward. Every other
    system event is an extra. So precision = hits / (system - optional),
    recall = hits / required gold.

    Strict scores use the same rules with one more condition on edges to
    *required* gold events that carry a ``code``: the system code must equal
    it. A required gold event without ``code`` matches on the root alone,
    and edges to optional gold events are always root-level (an optional
    event is never scored, so its code cannot make it an error).

    Per root: a system event counts under its own root; a required gold event
    under the root of the system event it matched, else its first listed root.

    Each missed required event carries a cause (``diagnose.miss_cause``): what
    the system did in its sentence; each extra event one from the gold events
    of its sentence (``diagnose.extra_cause``): countable without the text.

Quotes
    Texts are compared as sets of lower-cased word tokens (``\\w+``); a pair
    can match when their Jaccard overlap is at least 0.8. Matching is greedy,
    best overlap first (system quotes outside the headline before those in
    it), then completed to a maximum matching by augmenting paths. The
    speaker is right when the names are equal ignoring case, or their last
    words are; a missing speaker is wrong. An unmatched system quote is not
    counted against precision when it starts in the headline (before
    ``article.body_start``, or on the first line when that is 0 and the text
    has several lines) or is nested in a gold quote (its text is inside the
    gold text, or its tokens a subset of the gold tokens, without reaching
    the 0.8 overlap).

Ratios with an empty denominator are 1.0 when there was also nothing on the
other side (nothing found and nothing to find), else 0.0. All figures are
micro-averaged over documents and rounded to 4 decimals in ``to_dict``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast, overload

from newsgraph.evaluate.gold import GoldDoc, GoldEvent, GoldQuote
from newsgraph.evaluate.diagnose import (
    CAUSES,
    EXTRA_CAUSES,
    EXTRA_OTHER_ROOT,
    OTHER_ROOT,
    blocked_in,
    extra_cause,
    extra_swap,
    miss_cause,
    missed_swap,
    norm_space,
    silent,
    system_root,
)
from newsgraph.events.trace import Blocked, BlockTrace, rank, stage
from newsgraph.model import Event, Quote, Result

JACCARD_THRESHOLD = 0.8
DECIMALS = 4

_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"\w+(?:[.'’\-]\w+)*")


def ratio(num: int, den: int, other: int) -> float:
    """num/den; with den == 0, 1.0 when ``other`` (the opposite count) is also 0, else 0.0."""
    if den:
        return num / den
    return 1.0 if other == 0 else 0.0


@dataclass(frozen=True, slots=True)
class Counts:
    """Matched items and the two denominators of precision and recall."""

    matched: int = 0
    system: int = 0  # system items counted for precision
    gold: int = 0  # gold items to find

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched, self.system + other.system, self.gold + other.gold
        )

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.system, self.gold)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold, self.system)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, DECIMALS),
            "recall": round(self.recall, DECIMALS),
            "f1": round(self.f1, DECIMALS),
        }


@dataclass(frozen=True, slots=True)
class Detail:
    """One miss, extra or wrong speaker, for developers reading ``eval --details``."""

    kind: str  # missed event, extra event, wrong code, missed quote, extra quote, wrong speaker
    doc_id: str
    text: str  # gold evidence, system sentence or quote text
    note: str = ""
    cause: str = ""  # for a missed or extra event: why (diagnose.CAUSES, EXTRA_CAUSES)
    # for a missed event in a silent sentence, with the block trace on: why each pattern
    # of the sentence coded nothing
    blocked: tuple[Blocked, ...] = ()
    # for a miss or extra of "another root": the roots on each side (diagnose.root_swap)
    swap: str = ""

    def line(self) -> str:
        note = "; ".join(x for x in (self.note, self.cause) if x)
        note = f" ({note})" if note else ""
        line = f"{self.doc_id}: {self.kind}{note}: {self.text}"
        if self.blocked:
            line += "\n    blocked: " + "; ".join(b.line() for b in self.blocked)
        return line


@dataclass(frozen=True, slots=True)
class DocScore:
    """The counts of one document."""

    doc_id: str
    events: Counts
    strict: Counts
    by_root: tuple[tuple[str, Counts], ...]
    quotes: Counts
    speakers_right: int
    details: tuple[Detail, ...] = ()

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speakers_right, self.quotes.matched, self.quotes.gold)

    def to_dict(self) -> dict[str, object]:
        return {
            "doc_id": self.doc_id,
            "events": {
                **self.events.prf(),
                "strict": self.strict.prf(),
                "matched": self.events.matched,
                "system": self.events.system,
                "gold_required": self.events.gold,
            },
            "quotes": _quote_dict(self.quotes, self.speaker_accuracy),
        }


@dataclass(frozen=True, slots=True)
class Score:
    """Micro-averaged scores over documents, with per-document counts and details."""

    documents: tuple[DocScore, ...] = ()
    events: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    by_root: tuple[tuple[str, Counts], ...] = ()
    quotes: Counts = field(default_factory=Counts)
    speakers_right: int = 0

    @classmethod
    def of(cls, documents: Sequence[DocScore]) -> Score:
        """Sum the documents' counts."""
        roots: dict[str, Counts] = defaultdict(Counts)
        for d in documents:
            for root, counts in d.by_root:
                roots[root] = roots[root] + counts
        return cls(
            documents=tuple(documents),
            events=sum((d.events for d in documents), Counts()),
            strict=sum((d.strict for d in documents), Counts()),
            by_root=tuple(sorted(roots.items())),
            quotes=sum((d.quotes for d in documents), Counts()),
            speakers_right=sum(d.speakers_right for d in documents),
        )

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speakers_right, self.quotes.matched, self.quotes.gold)

    @property
    def details(self) -> tuple[Detail, ...]:
        return tuple(d for doc in self.documents for d in doc.details)

    def misses(self) -> tuple[Detail, ...]:
        """Required gold events and gold quotes the system did not find."""
        return self._kinds("missed event", "missed quote")

    def extras(self) -> tuple[Detail, ...]:
        """System events and quotes counted against precision."""
        return self._kinds("extra event", "extra quote")

    def wrong_speakers(self) -> tuple[Detail, ...]:
        return self._kinds("wrong speaker")

    def miss_causes(self) -> tuple[tuple[str, int], ...]:
        """How many required events were missed for each cause (diagnose.CAUSES), all listed."""
        counts = Counter(d.cause for d in self._kinds("missed event"))
        return tuple((cause, counts[cause]) for cause in CAUSES)

    def blocked_conditions(self) -> tuple[tuple[str, str, int, int], ...]:
        """The block trace's counts of the required events missed in a silent sentence: for
        each condition (with its stage), how many had it stop the pattern of their root that
        got furthest (nearest: each miss counted under the conditions of its highest
        trace.rank, so that a pattern that fitted beyond its trigger outranks one that did
        not), and how many had it stop any pattern of their root (patterns that fitted by
        their trigger alone are not listed: diagnose.blocked_in); the most frequent first,
        empty when the trace was off."""
        nearest: Counter[str] = Counter()
        anywhere: Counter[str] = Counter()
        for d in self._kinds("missed event"):
            reasons = dict.fromkeys(b.reason for b in d.blocked)
            anywhere.update(list(reasons))
            furthest = max((rank(r) for r in reasons), default=(0, False))
            nearest.update(r for r in reasons if rank(r) == furthest)
        rows = [(r, stage(r), nearest[r], n) for r, n in anywhere.items()]
        return tuple(sorted(rows, key=lambda row: (-row[2], -row[3], row[0])))

    def extra_causes(self) -> tuple[tuple[str, int], ...]:
        """How many extra events there were for each cause (diagnose.EXTRA_CAUSES), all listed."""
        counts = Counter(d.cause for d in self._kinds("extra event"))
        return tuple((cause, counts[cause]) for cause in EXTRA_CAUSES)

    def root_swaps(self) -> tuple[tuple[str, str, int], ...]:
        """Misses and extras of "another root" by the roots on each side (kind, swap, count),
        the most frequent first: which roots the coder and the gold part on."""
        counts = Counter(
            (d.kind, d.swap) for d in self._kinds("missed event", "extra event") if d.swap
        )
        return tuple(
            (kind, swap, n) for (kind, swap), n in sorted(counts.items(), key=lambda kv: -kv[1])
        )

    def detail_lines(self) -> list[str]:
        """Every detail as one readable line, in document order."""
        return [d.line() for d in self.details]

    def _kinds(self, *kinds: str) -> tuple[Detail, ...]:
        return tuple(d for d in self.details if d.kind in kinds)

    def to_dict(self) -> dict[str, object]:
        by_root = {
            root: {**c.prf(), "gold": c.gold, "system": c.system, "matched": c.matched}
            for root, c in self.by_root
        }
        return {
            "documents": len(self.documents),
            "events": {
                **self.events.prf(),
                "strict": self.strict.prf(),
                "by_root": by_root,
                "matched": self.events.matched,
                "system": self.events.system,
                "gold_required": self.events.gold,
                "missed_by_cause": dict(self.miss_causes()),
                "extra_by_cause": dict(self.extra_causes()),
                "root_swaps": [
                    {"kind": kind, "roots": swap, "count": n} for kind, swap, n in self.root_swaps()
                ],
                **self._blocked_dict(),
            },
            "quotes": _quote_dict(self.quotes, self.speaker_accuracy),
            "per_document": [d.to_dict() for d in self.documents],
        }

    def _blocked_dict(self) -> dict[str, object]:
        """The block trace's counts, when it was on (so that no key changes when off)."""
        blocked = self.blocked_conditions()
        if not blocked:
            return {}
        rows = {r: {"stage": st, "nearest": near, "any": n} for r, st, near, n in blocked}
        return {"missed_silent_blocked_by": rows}


def _quote_dict(c: Counts, speaker_accuracy: float) -> dict[str, object]:
    return {
        **c.prf(),
        "speaker_accuracy": round(speaker_accuracy, DECIMALS),
        "matched": c.matched,
        "system": c.system,
        "gold": c.gold,
    }


@overload
def score(
    pairs: Sequence[tuple[GoldDoc, Result]],
    results: None = None,
    blocked: BlockTrace | None = None,
) -> Score: ...


@overload
def score(
    pairs: Sequence[GoldDoc], results: Sequence[Result], blocked: BlockTrace | None = None
) -> Score: ...


def score(
    pairs: Sequence[tuple[GoldDoc, Result]] | Sequence[GoldDoc],
    results: Sequence[Result] | None = None,
    blocked: BlockTrace | None = None,
) -> Score:
    """Score system results against gold documents.

    Args:
        pairs: (gold document, the pipeline's result for it) pairs; or, when
            ``results`` is given, the gold documents alone, paired in order.
        results: optional results aligned with ``pairs``.
        blocked: the block trace recorded while the results were coded (events/trace.py):
            each missed event in a silent sentence then lists why its patterns coded nothing.
    Returns:
        The micro-averaged Score, with per-document scores and details.
    Raises:
        ValueError: ``results`` is given and its length differs from ``pairs``.
    """
    if results is not None:
        if len(pairs) != len(results):
            raise ValueError(f"{len(pairs)} gold documents but {len(results)} results")
        # With ``results``, ``pairs`` holds the gold documents alone (see overloads).
        matched: Sequence[tuple[GoldDoc, Result]] = list(
            zip(cast(Sequence[GoldDoc], pairs), results)
        )
    else:
        matched = cast(Sequence[tuple[GoldDoc, Result]], pairs)
    return Score.of([score_document(g, r, blocked) for g, r in matched])


def score_document(gold: GoldDoc, result: Result, blocked: BlockTrace | None = None) -> DocScore:
    """The counts and details of one document (``blocked``: as in ``score``)."""
    details: list[Detail] = []
    ev, by_root = _score_events(gold, result, strict=False, details=details, blocked=blocked)
    st, _ = _score_events(gold, result, strict=True, details=None)
    qu, right = _score_quotes(gold, result, details)
    return DocScore(gold.doc_id, ev, st, by_root, qu, right, tuple(details))


# -- events -------------------------------------------------------------------


def _sentence_texts(event: Event, result: Result) -> tuple[str, ...]:
    """The event's sentence as the result gives it, and as the event carries it."""
    texts = [event.sentence]
    i = event.sentence_index
    if 0 <= i < len(result.sentences):
        sent = result.sentences[i]
        if sent.index != i:  # sentences not stored in index order
            sent = next((s for s in result.sentences if s.index == i), sent)
        texts.append(sent.text)
    return tuple(norm_space(t) for t in texts if t)


def _event_edge(
    event: Event, sentences: tuple[str, ...], gold: GoldEvent, evidence: str, strict: bool
) -> bool:
    if event.source_actor.principal.upper() != gold.source:
        return False
    if event.target_actor.principal.upper() != gold.target:
        return False
    if system_root(event) not in gold.root:
        return False
    if strict and not gold.optional and gold.code is not None and event.code != gold.code:
        return False
    return any(evidence in s for s in sentences)


def _own_code_first(found: list[int], gold: GoldEvent, system: Sequence[Event]) -> list[int]:
    """The events of the gold's own code first, so that when a sentence codes two acts of one
    root ("summoned ... and accused ...": 114 and 112) each meets its own entry and "wrong code"
    is told only where no event of the gold's code matched."""
    if gold.code is None:
        return found
    own = [s for s in found if system[s].code == gold.code]
    return own + [s for s in found if system[s].code != gold.code]


def _score_events(
    gold: GoldDoc,
    result: Result,
    strict: bool,
    details: list[Detail] | None,
    blocked: BlockTrace | None = None,
) -> tuple[Counts, tuple[tuple[str, Counts], ...]]:
    system = result.events
    sentences = [_sentence_texts(e, result) for e in system]
    golds = gold.events
    evidences = [norm_space(g.evidence) for g in golds]
    edges = [
        _own_code_first(
            [
                s
                for s, e in enumerate(system)
                if _event_edge(e, sentences[s], g, evidences[k], strict)
            ],
            g,
            system,
        )
        for k, g in enumerate(golds)
    ]
    order = [k for k, g in enumerate(golds) if not g.optional]
    order += [k for k, g in enumerate(golds) if g.optional]
    match = _max_matching(order, edges.__getitem__, len(system))  # system index -> gold index

    hits = {s: k for s, k in match.items() if not golds[k].optional}
    ignored = {s for s, k in match.items() if golds[k].optional}
    required = [k for k in order if not golds[k].optional]
    counts = Counts(len(hits), len(system) - len(ignored), len(required))

    roots: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # matched, system, gold
    for s, e in enumerate(system):
        if s not in ignored:
            roots[system_root(e)][1] += 1
    gold_root = {k: system_root(system[s]) for s, k in hits.items()}
    for k in required:
        roots[gold_root.get(k, golds[k].root[0])][2] += 1
    for s in hits:
        roots[system_root(system[s])][0] += 1
    by_root = tuple(sorted((r, Counts(*c)) for r, c in roots.items()))

    if details is not None:
        matched_gold = set(hits.values())
        for k in required:
            g = golds[k]
            if k not in matched_gold:
                cause = miss_cause(g, result)
                why = (
                    blocked_in(g, result, blocked) if blocked is not None and silent(cause) else ()
                )
                note = _gold_note(g)
                swap = missed_swap(g, result) if cause == OTHER_ROOT else ""
                details.append(
                    Detail("missed event", gold.doc_id, g.evidence, note, cause, why, swap)
                )
        for s, k in sorted(hits.items()):
            g, e = golds[k], system[s]
            if g.code is not None and e.code != g.code:
                note = f"{_event_note(e)}; gold code {g.code}"
                details.append(Detail("wrong code", gold.doc_id, g.evidence, note))
        for s, e in enumerate(system):
            if s not in match:
                text = e.evidence or (sentences[s][0] if sentences[s] else "")
                cause = extra_cause(e, golds, sentences[s])
                swap = extra_swap(e, golds, sentences[s]) if cause == EXTRA_OTHER_ROOT else ""
                details.append(
                    Detail("extra event", gold.doc_id, text, _event_note(e), cause, swap=swap)
                )
    return counts, by_root


def _gold_note(g: GoldEvent) -> str:
    code = f" {g.code}" if g.code else ""
    return f"{g.source}→{g.target} {'/'.join(g.root)}{code}"


def _event_note(e: Event) -> str:
    rule = f" rule {e.rule}" if e.rule else ""
    return f"{e.source_actor.principal}→{e.target_actor.principal} {e.code}{rule}"


def _max_matching(
    order: Iterable[int],
    candidates: Callable[[int], Sequence[int]],
    n_system: int,
    start: dict[int, int] | None = None,
) -> dict[int, int]:
    """Maximum bipartite matching by augmenting paths (Kuhn), gold vertices in ``order``.

    Returns system index -> gold index. A vertex once matched stays matched,
    so gold vertices earlier in ``order`` are never given up for later ones.
    """
    owner: dict[int, int] = dict(start or {})  # system -> gold
    matched_gold = set(owner.values())

    def augment(k: int, seen: set[int]) -> bool:
        for s in candidates(k):
            if s in seen or s >= n_system:
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = k
                return True
        return False

    for k in order:
        if k not in matched_gold and augment(k, set()):
            matched_gold.add(k)
    return owner


# -- quotes -------------------------------------------------------------------


def tokens(text: str) -> frozenset[str]:
    """Lower-cased word tokens of a quote, as a set."""
    return frozenset(_WORD.findall(text.lower()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def same_quote(a: frozenset[str], b: frozenset[str]) -> bool:
    """Token overlap reaches the threshold (every fraction equal to 0.8 rounds to 0.8)."""
    return jaccard(a, b) >= JACCARD_THRESHOLD


def same_speaker(system: str | None, gold: str | None) -> bool:
    """Equal names ignoring case, or the same last word ("Stoltenberg" = "Jens Stoltenberg")."""
    if not system or not gold:
        return False
    if system.strip().casefold() == gold.strip().casefold():
        return True
    a, b = _NAME_WORD.findall(system.casefold()), _NAME_WORD.findall(gold.casefold())
    return bool(a and b and a[-1] == b[-1])


def headline_end(result: Result) -> int:
    """Where the headline ends: ``body_start``, else the first line of a multi-line text."""
    article = result.article
    if article.body_start > 0:
        return article.body_start
    newline = article.text.find("\n")
    return newline if newline > 0 else 0


def _nested(
    q: Quote, toks: frozenset[str], gold: Sequence[GoldQuote], gold_toks: Sequence[frozenset[str]]
) -> bool:
    """True when the quote is a fragment of a longer gold quotation."""
    if not toks:
        return False
    text = norm_space(q.text).casefold()
    for g, gt in zip(gold, gold_toks):
        if same_quote(toks, gt):
            continue  # the same quotation, not a fragment of it
        if text in norm_space(g.text).casefold() or toks <= gt:
            return True
    return False


def _score_quotes(gold: GoldDoc, result: Result, details: list[Detail]) -> tuple[Counts, int]:
    system = result.quotes
    sys_toks = [tokens(q.text) for q in system]
    gold_toks = [tokens(g.text) for g in gold.quotes]
    head = headline_end(result)
    in_head = [q.start < head for q in system]

    pairs = []
    for k, gt in enumerate(gold_toks):
        for s, st in enumerate(sys_toks):
            if same_quote(st, gt):
                pairs.append((in_head[s], -jaccard(st, gt), k, s))
    pairs.sort()
    owner: dict[int, int] = {}  # system -> gold
    taken: set[int] = set()
    for _, _, k, s in pairs:
        if s not in owner and k not in taken:
            owner[s] = k
            taken.add(k)
    cands: dict[int, list[int]] = defaultdict(list)
    for _, _, k, s in pairs:
        cands[k].append(s)
    owner = _max_matching(range(len(gold_toks)), cands.__getitem__, len(system), owner)

    right = 0
    excused = 0
    for s, q in enumerate(system):
        if s in owner:
            g = gold.quotes[owner[s]]
            if same_speaker(q.speaker, g.speaker):
                right += 1
            else:
                note = f"gold {g.speaker!r}, system {q.speaker!r}"
                details.append(Detail("wrong speaker", gold.doc_id, g.text, note))
        elif in_head[s] or _nested(q, sys_toks[s], gold.quotes, gold_toks):
            excused += 1
        else:
            details.append(Detail("extra quote", gold.doc_id, q.text, f"speaker {q.speaker!r}"))
    matched_gold = set(owner.values())
    for k, g in enumerate(gold.quotes):
        if k not in matched_gold:
            details.append(Detail("missed quote", gold.doc_id, g.text, f"speaker {g.speaker!r}"))
    counts = Counts(len(owner), len(system) - excused, len(gold.quotes))
    return counts, right
