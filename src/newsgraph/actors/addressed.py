"""Bare role nouns a state acts on: the other state's.

"Troops seized the palace in Guinea-Bissau. Senegal urged the military to
restore civilian rule": a state rarely urges, sanctions or talks to its own
military, junta or government, so a bare "the military" that the subject's
state addresses is the nearest other state named before it (not the subject's
nor an argument of the same verb); "the junta" is first the state whose rulers
were named before ("Mali's military rulers"). Nothing changes
when the role is no addressed object, or when no other state is in reach.
Word lists: ``data/actors/addressed.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsgraph.actors.gazetteer import tokenize
from newsgraph.data import load_data

if TYPE_CHECKING:
    from newsgraph.actors.resolve import Resolver
    from newsgraph.model import Actor

_OBJECTS = frozenset({"dobj", "dative", "iobj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class AddressWords:
    """The word lists of addressed.yaml."""

    verbs: frozenset[str]
    preps: frozenset[str]
    heads: frozenset[tuple[str, ...]]
    only_heads: dict[tuple[str, ...], str]
    lookback: int
    rulers: frozenset[tuple[str, ...]]
    domestic_roles: frozenset[str]
    reacting_verbs: frozenset[str]
    collectives: frozenset[str]


@lru_cache(maxsize=1)
def address_words() -> AddressWords:
    """The address word lists (loaded once)."""
    data: dict[str, Any] = load_data("actors/addressed.yaml") or {}
    return AddressWords(
        verbs=frozenset(str(w).lower() for w in data.get("verbs", ())),
        preps=frozenset(str(w).lower() for w in data.get("preps", ())),
        heads=frozenset(tokenize(str(w)) for w in data.get("heads", ())),
        only_heads={
            tokenize(str(k)): str(v or "") for k, v in (data.get("only_heads") or {}).items()
        },
        lookback=int(data.get("lookback", 3)),
        rulers=frozenset(tokenize(str(w)) for w in data.get("rulers", ())),
        domestic_roles=frozenset(str(w) for w in data.get("domestic_roles", ())),
        reacting_verbs=frozenset(str(w).lower() for w in data.get("reacting_verbs", ())),
        collectives=frozenset(str(w).lower() for w in data.get("collectives", ())),
    )


def addressed_at(lowers: list[str], i: int) -> tuple[int, str] | None:
    """A "the <head>" of the address list starting at token ``i`` that no bare role
    covers ("the country", "the junta"): its length and role ("" for the state)."""
    w = address_words()
    if lowers[i] != "the":
        return None
    for n in (3, 2, 1):
        words = tuple(lowers[i + 1 : i + 1 + n])
        if len(words) == n and words in w.only_heads:
            return n + 1, w.only_heads[words]
    return None


def addressed_head(words: tuple[str, ...]) -> bool:
    """Whether a bare role ("the junta", words without "the") may be addressed."""
    return words in address_words().heads


def earlier_ruler(r: "Resolver", words: tuple[str, ...], ts: int) -> Actor | None:
    """The state of the rulers named last before token ``ts`` ("Mali's military
    rulers ... the junta"), when ``words`` ("junta") names rulers too."""
    w = address_words()
    if words not in w.rulers:
        return None
    best = None
    for d in r.drafts:
        if d.actor is None or d.te > ts or d.actor.principal in r.gaz.igos:
            continue
        if d.kind == "group":
            tail = tuple(r.lowers[d.te - 2 : d.te])
        elif d.kind in ("metonym", "name") and d.ts >= 2 and r.lowers[d.ts - 1] == "in":
            # "the junta in Ouagadougou": rulers placed by their seat
            tail = tuple(r.lowers[max(d.ts - 3, 0) : d.ts - 1])
        else:
            continue
        if tail in w.rulers or tail[-1:] in w.rulers:
            if best is None or d.ts > best.ts:
                best = d
    return r.gaz.principal_actor(best.actor.principal) if best and best.actor else None


def _governor(r: "Resolver", w: AddressWords, k: int) -> int | None:
    """The token an addressed object at ``k`` hangs from: the verb of a direct
    object, or the verb or act noun of its preposition; None otherwise."""
    tok = r.toks[k]
    if tok.dep in _OBJECTS:
        return tok.head if r.toks[tok.head].lemma.lower() in w.verbs else None
    if tok.dep != "pobj" or r.lowers[tok.head] not in w.preps:
        return None
    gov = r.toks[tok.head].head
    if r.toks[gov].pos in ("VERB", "AUX") and r.toks[gov].lemma.lower() not in w.verbs:
        return None  # "relied on the army": its own
    return gov


def _subject_draft(r: "Resolver", k: int) -> int | None:
    """The draft of the subject of the clause token ``k`` stands in: the subject of
    the nearest verb at or above it, climbing past a subject with no actor yet
    ("the United States said it would keep sanctions on ...": the United States)."""
    for _ in range(6):
        if r.toks[k].pos in ("VERB", "AUX"):
            for c in r.parse.children[k]:
                idx = r.claimed[c] if r.toks[c].dep in _SUBJECTS else None
                if idx is None and r.toks[c].dep in _SUBJECTS:
                    idx = _collective_members(r, c)
                if idx is not None and r.drafts[idx].actor is not None:
                    return idx
        if r.toks[k].head == k:
            return None
        k = _past_reported_contrast(r, k)
    return None


def _collective_members(r: "Resolver", k: int) -> int | None:
    """The draft of the people a collective subject is made of ("A group of Romanian
    lawmakers criticized ... and urged the government": the lawmakers), else None."""
    if r.lowers[k] not in address_words().collectives:
        return None
    for c in r.parse.children[k]:
        if r.lowers[c] == "of" and r.toks[c].dep == "prep":
            for g in r.parse.children[c]:
                if r.toks[g].dep == "pobj" and r.claimed[g] is not None:
                    return r.claimed[g]
    return None


def _past_reported_contrast(r: "Resolver", k: int) -> int:
    """The token above ``k`` whose subject is k's: its head, but for a subjectless verb the
    parser joined by "but" to a reported clause ("The IMF said Kenya had made progress but
    urged the government"), the reporting verb's side of that clause (the speaker urges)."""
    tok = r.toks[k]
    head = r.toks[tok.head]
    if (
        tok.dep == "conj"
        and tok.pos == "VERB"
        and not any(r.toks[c].dep in _SUBJECTS for c in r.parse.children[k])
        and any(r.lowers[c] in ("but", "yet") for c in r.parse.children[head.i])
        and head.dep in ("ccomp", "acl")
        and head.head != head.i
    ):
        return int(head.head)
    return int(tok.head)


def domestic_address(r: "Resolver", ts: int, te: int) -> tuple[Actor, int] | None:
    """The state of a bare role at tokens ``ts:te`` that its own people address: "In
    London, lawmakers urged the government to act", "Lawmakers criticized the
    government" are their state's, whatever state was named before. None otherwise."""
    w = address_words()
    if tuple(r.lowers[ts + 1 : te]) in w.only_heads:
        return None  # "the junta", "the regime", "the country": another state's
    gov = _governor(r, w, te - 1)
    mine = _subject_draft(r, gov) if gov is not None else None
    own = r.drafts[mine].actor if mine is not None else None
    if mine is None or own is None or own.role not in w.domestic_roles:
        return None
    return r.gaz.principal_actor(own.principal), mine


def addressed_state(r: "Resolver", ts: int, te: int) -> tuple[Actor, int] | None:
    """The state of a bare role at tokens ``ts:te`` that its sentence's subject
    acts on: the nearest state named before it (up to ``lookback`` sentences
    back) that is neither the subject's nor an argument of the same verb. None when the role is
    not addressed, the subject is no state, or no other state is in reach."""
    home = domestic_address(r, ts, te)
    if home is not None:
        return home
    w = address_words()
    gov = _governor(r, w, te - 1)
    if gov is None:
        return None
    mine = _subject_draft(r, gov)
    own = r.drafts[mine].actor if mine is not None else None
    if own is None:
        return None
    taken = _arguments(r, gov) | {own.principal}
    s = r.sent(ts)
    best: tuple[bool, int, int] | None = None
    for idx, d in enumerate(r.drafts):
        if (
            d.actor is None
            or d.te > ts
            or d.kind == "pronoun"
            or d.members
            or (d.person is not None and d.kind != "title")
            or d.actor.principal in r.gaz.igos
            or d.actor.principal in taken
            or not s - w.lookback <= r.sent(d.ts) <= s
        ):
            continue
        # the nearest before it ("with the Georgian government. Russia, which fought
        # a war with the country": Georgia, not a subject named before it), a state that
        # only reacted last (reacting_verbs)
        rank = (not _reactor(r, w, d.ts, d.te), d.ts, idx)
        if best is None or rank > best:
            best = rank
    if best is None:
        return None
    d = r.drafts[best[2]]
    assert d.actor is not None
    return r.gaz.principal_actor(d.actor.principal), best[2]


def _reactor(r: "Resolver", w: AddressWords, ts: int, te: int) -> bool:
    """Whether the mention at tokens ``ts:te`` is the subject of a verb of reacting
    ("Portugal condemned the coup", "France said ...")."""
    for k in range(ts, te):
        while r.toks[k].dep == "conj" and r.toks[k].head != k:
            k = r.toks[k].head  # "Senegal and Ghana deplored the takeover"
        tok = r.toks[k]
        if tok.dep in _SUBJECTS and r.toks[tok.head].lemma.lower() in w.reacting_verbs:
            return True
    return False


def _arguments(r: "Resolver", k: int) -> set[str]:
    """States that are subjects or objects of the nearest verb at or above token
    ``k`` ("Beijing warned Manila against ties with the country": not Manila)."""
    for _ in range(6):
        if r.toks[k].pos in ("VERB", "AUX") or r.toks[k].head == k:
            break
        k = r.toks[k].head
    out: set[str] = set()
    for c in r.parse.children[k]:
        idx = r.claimed[c] if r.toks[c].dep in _SUBJECTS | _OBJECTS else None
        actor = r.drafts[idx].actor if idx is not None else None
        if actor is not None:
            out.add(actor.principal)
    return out
