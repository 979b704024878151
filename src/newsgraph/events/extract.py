"""Event extraction: match lemma-keyed patterns on the dependency parse, read actors from mentions.

The extractor only codes what a sentence states as done: negated, future, planned and
hypothetical triggers are skipped, and the saying verb of reported speech is never an event
(the reported clause is coded on its own). Both sides must be states or IGOs with different
principals; there is no fallback code.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from newsgraph.events.geo import locate_sentence
from newsgraph.events.patterns import Pattern, PatternSet, load_patterns
from newsgraph.events.taxonomy import lookup
from newsgraph.model import Article, Event, Mention, Parse, Sentence, Token, stable_id
from newsgraph.settings import Settings

log = logging.getLogger(__name__)

_PERSONISH = frozenset({"person", "title", "pronoun", "surname"})
_SUBJ = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_OBJ = frozenset({"dobj", "obj"})
_CLIMB = frozenset({"xcomp", "acomp", "pcomp"})
_DASHES = frozenset({"—", "–", "--", "-"})


@dataclass(frozen=True, slots=True)
class Rules:
    """Word lists from data/events/rules.yaml."""

    modals: frozenset[str]
    blocking_governors: frozenset[str]
    blocking_marks: frozenset[str]
    blocking_preps: frozenset[str]
    negations: frozenset[str]
    role_nouns: frozenset[str]
    no_possessor_nouns: frozenset[str]
    speech_verbs: frozenset[str]


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The extractor's word lists, read once."""
    text = resources.files("newsgraph").joinpath("data/events/rules.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return Rules(**{k: frozenset(str(w).lower() for w in v) for k, v in raw.items()})


@dataclass(frozen=True, slots=True)
class _Hit:
    """One coded interaction before it becomes an Event."""

    pattern: Pattern
    code: str
    trigger: Token
    source: Mention
    target: Mention


class _Ctx:
    """Per-article lookups shared by the matching helpers."""

    __slots__ = ("parse", "by_token", "rules", "patterns", "dateline_end")

    def __init__(
        self, parse: Parse, mentions: tuple[Mention, ...], rules: Rules, patterns: PatternSet
    ) -> None:
        self.parse = parse
        self.rules = rules
        self.patterns = patterns
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.actor is None or not m.actor.principal:
                continue
            for i in range(m.token_start, m.token_end):
                self.by_token.setdefault(i, m)
        self.dateline_end = -1

    def tok(self, i: int) -> Token:
        return self.parse.tokens[i]

    def kids(self, i: int, deps: frozenset[str] | None = None) -> list[Token]:
        out = [self.parse.tokens[j] for j in self.parse.children[i]]
        return [t for t in out if deps is None or t.dep in deps]


# ---------------------------------------------------------------- actors from tokens


def _own_mention(ctx: _Ctx, t: Token) -> Mention | None:
    m = ctx.by_token.get(t.i)
    if m is None or t.i <= ctx.dateline_end:
        return None
    return m


def _actor_of(ctx: _Ctx, t: Token, depth: int = 0) -> Mention | None:
    """The actor mention a noun phrase headed by t stands for, if any."""
    m = _own_mention(ctx, t)
    if m is not None or depth > 2:
        return m
    kids = ctx.kids(t.i)
    for dep in ("appos", "compound", "amod", "nmod", "nummod"):
        for k in kids:
            if k.dep == dep:
                found = _own_mention(ctx, k) or (
                    _actor_of(ctx, k, depth + 1) if dep in ("appos", "compound") else None
                )
                if found is not None:
                    return found
    lemma = t.lemma.lower()
    if lemma not in ctx.rules.no_possessor_nouns:
        for k in kids:
            if k.dep == "poss":
                found = _own_mention(ctx, k)
                if found is not None:
                    return found
    if lemma in ctx.rules.role_nouns:
        for k in kids:
            if k.dep == "prep" and k.lemma.lower() in ("of", "from"):
                for p in ctx.kids(k.i, frozenset({"pobj"})):
                    found = _actor_of(ctx, p, depth + 1)
                    if found is not None:
                        return found
    return None


def _conjuncts(ctx: _Ctx, t: Token) -> list[Token]:
    """t and the tokens coordinated with it ("Britain and France")."""
    out = [t]
    stack = [t]
    while stack:
        cur = stack.pop()
        for k in ctx.kids(cur.i, frozenset({"conj", "appos"})):
            if k.dep == "conj" or k.pos in ("PROPN",):
                out.append(k)
                stack.append(k)
    return out


def _actors(ctx: _Ctx, tokens: list[Token]) -> list[Mention]:
    """Actor mentions for argument heads, expanding coordination, one per principal."""
    out: list[Mention] = []
    seen: set[str] = set()
    for t in tokens:
        for c in _conjuncts(ctx, t):
            m = _actor_of(ctx, c)
            if m is not None and m.actor is not None and m.actor.principal not in seen:
                seen.add(m.actor.principal)
                out.append(m)
    return out


# ---------------------------------------------------------------- argument slots


def _pobjs(ctx: _Ctx, prep: Token) -> list[Token]:
    return ctx.kids(prep.i, frozenset({"pobj", "pcomp"}))


def _preps(ctx: _Ctx, host: Token, lemmas: frozenset[str]) -> list[Token]:
    out = []
    for k in ctx.kids(host.i, frozenset({"prep", "dative", "agent", "prt"})):
        if k.lemma.lower() in lemmas:
            out.extend(_pobjs(ctx, k))
    return out


def _slot_tokens(ctx: _Ctx, verb: Token, obj: Token | None, slot: str) -> list[Token]:
    name, _, arg = slot.partition(":")
    lemmas = frozenset(arg.split("|")) if arg else frozenset()
    if name == "dobj":
        return ctx.kids(verb.i, _OBJ) if obj is None or obj.dep in _OBJ else [obj]
    if name == "dative":
        out = []
        for k in ctx.kids(verb.i, frozenset({"dative"})):
            out.extend(_pobjs(ctx, k) if k.pos == "ADP" else [k])
        return out
    if name == "prep":
        out = _preps(ctx, verb, lemmas)
        if obj is not None and obj.i != verb.i:
            out += _preps(ctx, obj, lemmas)
        return out
    if name == "xcomp_obj":
        out = []
        for x in ctx.kids(verb.i, frozenset({"xcomp"})):
            out.extend(ctx.kids(x.i, _OBJ))
        return out
    if name == "obj_sub":
        if obj is None:
            return []
        out, frontier = [], [obj]
        for _ in range(3):
            nxt = []
            for cur in frontier:
                for k in ctx.kids(cur.i):
                    if k.dep in ("prep", "dative") and k.lemma.lower() in lemmas:
                        out.extend(_pobjs(ctx, k))
                    elif k.dep in ("acl", "relcl", "dobj", "prep", "pobj", "xcomp"):
                        nxt.append(k)
            frontier = nxt
        return out
    if name == "poss":
        return ctx.kids(verb.i, frozenset({"poss"}))
    if name == "amod":
        return ctx.kids(verb.i, frozenset({"amod", "compound", "nmod"}))
    log.debug("unknown slot %s", slot)
    return []


def _subject_tokens(ctx: _Ctx, verb: Token, depth: int = 0) -> list[Token]:
    """Who does the action of verb: its subject, or the controller of a bare clause."""
    subj = [k for k in ctx.kids(verb.i, _SUBJ) if k.i > ctx.dateline_end]
    if subj:
        out = []
        for s in subj:
            if s.tag in ("WDT", "WP") and verb.dep == "relcl":
                out.append(ctx.tok(verb.head))
            else:
                out.append(s)
        return out
    if depth > 3 or verb.head == verb.i:
        return []
    head = ctx.tok(verb.head)
    if verb.dep == "conj":
        return _subject_tokens(ctx, head, depth + 1) or ctx.kids(head.i, _PASSIVE_SUBJ)
    if verb.dep in ("xcomp", "advcl") and head.pos in ("VERB", "AUX"):
        if verb.dep == "xcomp":
            objs = ctx.kids(head.i, _OBJ)
            if objs:
                return objs
        if verb.dep == "advcl" and verb.tag not in ("VBG", "VB", "VBN"):
            return []
        return _subject_tokens(ctx, head, depth + 1)
    return []


# ---------------------------------------------------------------- blocking


def _negated(ctx: _Ctx, t: Token) -> bool:
    neg = ctx.rules.negations
    return any(k.dep == "neg" or k.lemma.lower() in neg for k in ctx.kids(t.i, None))


def _blocked(ctx: _Ctx, verb: Token, pattern: Pattern) -> bool:
    """True when the trigger is negated, future, hypothetical, planned or refused."""
    rules = ctx.rules
    cur = verb
    for step in range(5):
        if _negated(ctx, cur):
            return True
        for k in ctx.kids(cur.i, frozenset({"aux", "mark", "advmod"})):
            low = k.lemma.lower()
            if k.dep == "aux" and (low in rules.modals or k.text.lower() in rules.modals):
                if not (pattern.intent and step == 0):
                    return True
            if k.dep == "mark" and low in rules.blocking_marks:
                return True
        if step > 0 and cur.lemma.lower() in rules.blocking_governors:
            return True
        if cur.dep == "pcomp":
            head = ctx.tok(cur.head)
            if head.lemma.lower() in rules.blocking_preps:
                return True
        if cur.dep not in _CLIMB or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    return False


# ---------------------------------------------------------------- pattern checks


def _lemmas_under(ctx: _Ctx, verb: Token) -> set[str]:
    """Lemmas of the trigger and its complements (not its subject): what refinements read."""
    out = {verb.lemma.lower()}
    skip = _SUBJ | _PASSIVE_SUBJ | {"punct", "cc", "conj", "advcl", "parataxis"}
    stack = [k for k in ctx.kids(verb.i) if k.dep not in skip]
    while stack:
        t = stack.pop()
        out.add(t.lemma.lower())
        out.add(t.text.lower())
        stack.extend(k for k in ctx.kids(t.i) if k.dep not in ("relcl", "conj") or t.i != verb.i)
    return out


def _refined(pattern: Pattern, words: set[str]) -> str:
    for r in pattern.refine:
        if words & r.words:
            return r.code
    return pattern.code


def _matched_object(ctx: _Ctx, verb: Token, pattern: Pattern, passive: bool) -> Token | None:
    """The object noun a light-verb pattern needs ("impose sanctions"), or None."""
    cands = ctx.kids(verb.i, _PASSIVE_SUBJ if passive else _OBJ)
    for k in ctx.kids(verb.i, frozenset({"prep", "dative"})):
        if k.lemma.lower() in ("with", "in", "of"):
            cands += _pobjs(ctx, k)
    more = []
    for c in cands:
        more += _conjuncts(ctx, c)
        for k in ctx.kids(c.i, frozenset({"prep"})):
            if k.lemma.lower() in ("in", "of"):
                more += _pobjs(ctx, k)
        more += ctx.kids(c.i, frozenset({"compound"}))
    for c in cands + more:
        if c.lemma.lower() in pattern.objects or c.text.lower() in pattern.objects:
            return c
    return None


def _has_need(ctx: _Ctx, verb: Token, need: str) -> bool:
    if need == "oprd":
        return bool(ctx.kids(verb.i, frozenset({"oprd"})))
    if need == "xcomp":
        for k in ctx.kids(verb.i, frozenset({"xcomp", "advcl", "ccomp"})):
            if k.dep == "xcomp" or any(
                a.dep == "aux" and a.lemma.lower() == "to" for a in ctx.kids(k.i)
            ):
                return True
        return False
    return bool(ctx.kids(verb.i, frozenset({need})))


def _verb_hits(ctx: _Ctx, verb: Token, pattern: Pattern) -> list[_Hit]:
    """Events one verb pattern yields at one trigger token (empty when it does not fit)."""
    if any(not _has_need(ctx, verb, n) for n in pattern.needs):
        return []
    if any(ctx.kids(verb.i, frozenset({f})) for f in pattern.forbid):
        return []
    if pattern.prep and not any(
        k.lemma.lower() in pattern.prep
        for k in ctx.kids(verb.i, frozenset({"prep", "prt", "agent", "dative"}))
    ):
        return []
    if pattern.no_object and ctx.kids(verb.i, _OBJ):
        return []
    passive = bool(ctx.kids(verb.i, _PASSIVE_SUBJ)) or (
        verb.dep == "acl" and verb.tag == "VBN"
    )
    obj = None
    if pattern.objects:
        obj = _matched_object(ctx, verb, pattern, passive)
        if obj is None:
            return []
    else:
        direct = ctx.kids(verb.i, _PASSIVE_SUBJ if passive else _OBJ)
        obj = direct[0] if direct else None
    words = _lemmas_under(ctx, verb)
    if pattern.object_words and not (words & pattern.object_words):
        return []
    if pattern.unless_words:
        for o in ctx.kids(verb.i, frozenset({"oprd"})):
            if {t.lemma.lower() for t in ctx.parse.subtree(o.i)} & pattern.unless_words:
                return []
    if _blocked(ctx, verb, pattern):
        return []

    if passive:
        agents = [p for a in ctx.kids(verb.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
        sources = _actors(ctx, agents)
        if verb.dep == "acl":
            patient = [ctx.tok(verb.head)]
        else:
            patient = ctx.kids(verb.i, _PASSIVE_SUBJ)
        targets: list[Mention] = []
        for slot in pattern.target:
            if slot == "dobj":
                continue
            targets = _actors(ctx, _slot_tokens(ctx, verb, obj, slot))
            if targets:
                break
        if not targets and not pattern.objects:
            targets = _actors(ctx, patient)
    else:
        sources = _actors(ctx, _subject_tokens(ctx, verb))
        targets = []
        for slot in pattern.target:
            targets = _actors(ctx, _slot_tokens(ctx, verb, obj, slot))
            if targets:
                break
    if pattern.subject:
        sources = [s for s in sources if s.kind in _PERSONISH or s.kind in pattern.subject]
    if pattern.object_kinds:
        targets = [t for t in targets if t.kind in pattern.object_kinds]
    code = _refined(pattern, words)
    hits = [
        _Hit(pattern, code, verb, s, t)
        for s in sources
        for t in targets
        if s.actor and t.actor and s.actor.principal != t.actor.principal
    ]
    if not hits and not targets and pattern.reciprocal and len(sources) > 1:
        hits = [
            _Hit(pattern, code, verb, s, t)
            for s in sources
            for t in sources
            if s.actor and t.actor and s.actor.principal != t.actor.principal
        ]
    return hits


def _noun_hits(ctx: _Ctx, noun: Token, pattern: Pattern) -> list[_Hit]:
    """Events stated by a noun phrase ("Russia's invasion of Ukraine")."""
    if _negated(ctx, noun):
        return []
    words = _lemmas_under(ctx, noun)
    code = _refined(pattern, words)
    if pattern.between:
        pairs = []
        for k in ctx.kids(noun.i, frozenset({"prep"})):
            if k.lemma.lower() == "between":
                sides = _actors(ctx, _pobjs(ctx, k))
                pairs = [(a, b) for a in sides for b in sides]
        hits = [_Hit(pattern, code, noun, a, b) for a, b in pairs]
        if hits:
            return [h for h in hits if h.source.actor.principal != h.target.actor.principal]  # type: ignore[union-attr]
    sources: list[Mention] = []
    for slot in pattern.source:
        sources = _actors(ctx, _slot_tokens(ctx, noun, None, slot))
        if sources:
            break
    targets: list[Mention] = []
    for slot in pattern.target:
        name, _, arg = slot.partition(":")
        toks = _preps(ctx, noun, frozenset(arg.split("|"))) if name == "prep" else []
        targets = _actors(ctx, toks)
        if targets:
            break
    return [
        _Hit(pattern, code, noun, s, t)
        for s in sources
        for t in targets
        if s.actor and t.actor and s.actor.principal != t.actor.principal
    ]


# ---------------------------------------------------------------- sentences


def _skip_sentence(article: Article, parse: Parse, sent: Sentence) -> bool:
    """Headlines, headline-like lines and questions state no coded event."""
    if sent.end <= article.body_start:
        return True
    text = sent.text.strip()
    if not text or text.endswith("?"):
        return True
    last = text.rstrip("\"'”’)]").rstrip()
    if last and last[-1] not in ".!:;" and "\n" in article.text[sent.end : sent.end + 2]:
        return True
    return False


def _dateline_end(parse: Parse, sent: Sentence) -> int:
    """Index of a dash after a leading dateline ("SEOUL —"), else -1."""
    toks = parse.tokens[sent.token_start : min(sent.token_end, sent.token_start + 8)]
    for t in toks:
        if t.text in _DASHES and t.i > sent.token_start:
            before = parse.tokens[sent.token_start : t.i]
            if all(b.pos in ("PROPN", "PUNCT", "SPACE") or b.text.isupper() for b in before):
                return t.i
            return -1
    return -1


def _sentence_hits(ctx: _Ctx, sent: Sentence) -> list[_Hit]:
    hits: list[_Hit] = []
    ctx.dateline_end = _dateline_end(ctx.parse, sent)
    for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
        lemma = t.lemma.lower()
        if t.pos in ("VERB", "AUX"):
            for pattern in ctx.patterns.verbs.get(lemma, ()):
                found = _verb_hits(ctx, t, pattern)
                if found:
                    hits.extend(found)
                    break
        elif t.pos == "NOUN":
            for pattern in ctx.patterns.nouns.get(lemma, ()):
                found = _noun_hits(ctx, t, pattern)
                if found:
                    hits.extend(found)
                    break
    return hits


def _span(m: Mention) -> tuple[int, int]:
    return (m.start, m.end)


def _event_date(article: Article, parse: Parse, sent: Sentence) -> str | None:
    """A DATE entity of the sentence resolved against the article date, else the article date."""
    if not article.date:
        return None
    try:
        from newsgraph.ingest.dates import resolve_relative
    except ImportError:
        return article.date
    for e in parse.entities:
        if e.sent == sent.index and e.label == "DATE":
            resolved = resolve_relative(e.text, article.date)
            if resolved:
                return resolved
    return article.date


def _to_event(article: Article, parse: Parse, sent: Sentence, hit: _Hit) -> Event:
    entry = lookup(hit.code)
    trig = (hit.trigger.start, hit.trigger.end)
    src, tgt = _span(hit.source), _span(hit.target)
    lo = max(sent.start, min(trig[0], src[0], tgt[0]))
    hi = min(sent.end, max(trig[1], src[1], tgt[1]))
    s_actor, t_actor = hit.source.actor, hit.target.actor
    assert s_actor is not None and t_actor is not None
    return Event(
        id=stable_id(article.id, sent.index, s_actor.code, t_actor.code, hit.code, trig[0]),
        article_id=article.id,
        sentence_index=sent.index,
        sentence=sent.text,
        source_actor=s_actor,
        target_actor=t_actor,
        code=hit.code,
        root=entry.root,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        trigger=trig,
        source_span=src,
        target_span=tgt,
        rule=hit.pattern.id,
        confidence=hit.pattern.confidence,
        date=_event_date(article, parse, sent),
        location=locate_sentence(article, parse, sent),
        evidence=article.text[lo:hi],
    )


def code_events(
    article: Article,
    parse: Parse,
    mentions: tuple[Mention, ...],
    settings: Settings,
    patterns: PatternSet | None = None,
) -> tuple[Event, ...]:
    """Code the CAMEO events the article states.

    Args:
        article: the cleaned article (its text holds every offset).
        parse: the article's parse.
        mentions: actor mentions from ``newsgraph.actors.resolve_mentions``.
        settings: pipeline settings (unused for now; kept for the stage contract).
        patterns: an alternative pattern set (e.g. from ``load_petrarch_verbs``).

    Returns:
        Events in text order, one per (sentence, source, target, root).
    """
    del settings
    ctx = _Ctx(parse, mentions, load_rules(), patterns or load_patterns())
    events: list[Event] = []
    for sent in parse.sentences:
        if _skip_sentence(article, parse, sent):
            continue
        seen: set[tuple[str, str, str]] = set()
        for hit in _sentence_hits(ctx, sent):
            assert hit.source.actor is not None and hit.target.actor is not None
            key = (hit.source.actor.principal, hit.target.actor.principal, hit.code[:2])
            if key in seen:
                continue
            seen.add(key)
            events.append(_to_event(article, parse, sent, hit))
    return tuple(events)
