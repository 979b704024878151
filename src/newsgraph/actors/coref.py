"""Pronouns: "he"/"his" to the nearest fitting person, "it"/"its" to a clear state or IGO."""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from newsgraph.actors.resolve import Resolver

log = logging.getLogger(__name__)

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LOOKBACK = 3  # sentences


@lru_cache(maxsize=1)
def pronoun_words() -> dict[str, frozenset[str]]:
    """The pronoun lists of pronouns.yaml."""
    path = resources.files("newsgraph").joinpath("data", "actors", "pronouns.yaml")
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8")) or {}
    return {k: frozenset(str(w) for w in v) for k, v in data.items()}


def _person_antecedent(r: "Resolver", i: int) -> int | None:
    """Same sentence: the nearest person before; else the subject of the latest sentence with one."""
    s = r.sent(i)
    same = [
        idx
        for idx, d in enumerate(r.drafts)
        if d.person is not None and d.te <= i and r.sent(d.ts) == s
    ]
    if same:
        return max(same, key=lambda idx: r.drafts[idx].ts)
    for back in range(1, _LOOKBACK + 1):
        prior = [
            idx
            for idx, d in enumerate(r.drafts)
            if d.person is not None and r.sent(d.ts) == s - back
        ]
        if prior:
            subjects = [idx for idx in prior if _is_subject(r, idx)]
            pick = subjects or prior
            return min(pick, key=lambda idx: r.drafts[idx].ts)
    return None


def _is_subject(r: "Resolver", idx: int) -> bool:
    d = r.drafts[idx]
    return any(r.toks[k].dep in _SUBJECTS for k in range(d.ts, d.te))


def _role_of(r: "Resolver", idx: int) -> str:
    d = r.drafts[idx]
    deps = [r.toks[k].dep for k in range(d.ts, d.te) if r.toks[k].head < d.ts or r.toks[k].head >= d.te]
    return deps[0] if deps else ""


def _state_antecedent(r: "Resolver", i: int) -> int | None:
    """A state/IGO mention (not a person) in this or the previous sentence.

    Prefers the mention in the same grammatical role as the pronoun ("thanked
    South Korea ... but urged it"), then one outside a prepositional phrase,
    then the nearest.
    """
    s = r.sent(i)
    want = r.toks[i].dep
    best: tuple[int, int, int] | None = None
    for idx, d in enumerate(r.drafts):
        if d.actor is None or d.person is not None or d.te > i:
            continue
        if d.kind == "pronoun" or r.sent(d.ts) < s - 1:
            continue
        role = _role_of(r, idx)
        if r.sent(d.ts) == s - 1 and role not in _SUBJECTS:
            continue
        score = (2 if role == want or (role in _SUBJECTS and want in _SUBJECTS) else 0) + (
            0 if role in ("pobj", "poss", "compound", "amod") else 1
        )
        if best is None or (score, d.ts) > best[:2]:
            best = (score, d.ts, idx)
    return best[2] if best is not None else None


def _expletive(r: "Resolver", i: int, heads: frozenset[str]) -> bool:
    tok = r.toks[i]
    head = r.toks[tok.head]
    if tok.dep not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"):
        return True
    if tok.dep == "nsubj" and head.lemma in heads:
        return True
    return False


def resolve_pronouns(r: "Resolver") -> None:
    """Add pronoun mentions that have a clear antecedent."""
    from newsgraph.actors.resolve import Draft

    words = pronoun_words()
    n = len(r.toks)
    for i in range(n):
        if r.claimed[i] is not None or r.toks[i].pos not in ("PRON", "DET"):
            continue
        low = r.lowers[i]
        if low in words["person"]:
            ante = _person_antecedent(r, i)
            if ante is None:
                continue
            a = r.drafts[ante]
            if i + 1 < n and low in ("his", "her") and r.lowers[i + 1] in words["country_nouns"]:
                if a.actor is None or a.actor.principal in r.gaz.igos:
                    continue
                actor = r.gaz.principal_actor(a.actor.principal)
                r.add(Draft(i, i + 2, "pronoun", actor, None, antecedent=ante))
                continue
            r.add(Draft(i, i + 1, "pronoun", a.actor, a.person, antecedent=ante))
        elif low in words["state"]:
            if low == "it" and _expletive(r, i, words["expletive_heads"]):
                continue
            ante = _state_antecedent(r, i)
            if ante is None:
                continue
            a = r.drafts[ante]
            r.add(Draft(i, i + 1, "pronoun", a.actor, None, antecedent=ante))
