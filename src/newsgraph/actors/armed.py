"""Proper names of armed groups that are not a state's force: no actor.

"The Syrian Democratic Forces", "the Free Syrian Army": a demonym inside the
name does not make the group that state's army. The guidelines code an armed
group only when it stands for a population (then as optional), so such a name
is claimed as a mention with no actor, flagged ``nonstate`` so that a pronoun
referring to it takes no other actor either. Word lists: ``data/actors/armed.yaml``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsgraph.data import load_data

if TYPE_CHECKING:
    from newsgraph.actors.resolve import Resolver

log = logging.getLogger(__name__)

# Kinds of gazetteer hits that are themselves a named body: a name holding one
# ("People's Liberation Army", "NATO Response Force") is left to that entry.
_NAMED_BODIES = frozenset({"group", "igo", "armed", "seat", "person"})
# Kinds of hits whose words are a state's name or demonym.
_STATE_WORDS = frozenset({"state", "adj", "capital"})
_NAME_TAGS = frozenset({"NNP", "NNPS", "JJ", "NN", "NNS", "POS", "HYPH"})


@dataclass(frozen=True, slots=True)
class ArmedWords:
    """armed.yaml, lower-cased."""

    heads: frozenset[str]
    state_words: frozenset[str]


@lru_cache(maxsize=1)
def armed_words() -> ArmedWords:
    data: dict[str, Any] = load_data("actors/armed.yaml") or {}
    return ArmedWords(
        heads=frozenset(str(w).lower() for w in data.get("heads", ())),
        state_words=frozenset(str(w).lower() for w in data.get("state_words", ())),
    )


def _capital(text: str) -> bool:
    return text[:1].isupper()


def _name_span(r: "Resolver", i: int) -> tuple[int, int]:
    """The capitalised name around head token i: words before it, and an "of"/"for"
    phrase of capitalised words after it ("Forces for the Liberation of Rwanda")."""
    s = r.sent(i)
    a = i
    while a - 1 >= 0 and r.sent(a - 1) == s:
        prev = r.toks[a - 1]
        if r.lowers[a - 1] in ("'s", "’s") and a - 2 >= 0 and _capital(r.toks[a - 2].text):
            if a - 2 in r.hit_at and r.hits[r.hit_at[a - 2]][1].kind in _STATE_WORDS:
                break  # "Ukraine's Unmanned Systems Forces": the state's own
            a -= 1
            continue
        if prev.text == "-" and a - 2 >= 0 and not prev.ws and _capital(r.toks[a - 2].text):
            a -= 1
            continue
        if not _capital(prev.text) or prev.tag not in _NAME_TAGS or r.lowers[a - 1] == "the":
            break
        a -= 1
    b = i + 1
    n = len(r.toks)
    while b < n and r.lowers[b] in ("of", "for") and r.sent(b) == s:
        k = b + 1
        if k < n and r.lowers[k] == "the":
            k += 1
        run = k
        while run < n and r.sent(run) == s and _capital(r.toks[run].text) and r.toks[run].tag in _NAME_TAGS:
            run += 1
        if run == k:
            break
        b = run
    return a, b


def find_armed_names(r: "Resolver") -> None:
    """Claim every proper name of a non-state armed group (see the module doc)."""
    from newsgraph.actors.resolve import Draft

    w = armed_words()
    for i, tok in enumerate(r.toks):
        if r.lowers[i] not in w.heads or not _capital(tok.text) or r.claimed[i] is not None:
            continue
        if r._headline(r.sent(i)) or r.dateline_span[0] <= i < r.dateline_span[1]:
            continue
        a, b = _name_span(r, i)
        if a == i and b == i + 1:
            continue  # "the Army said": a role word
        if a >= 2 and r.lowers[a - 1] in ("'s", "’s") and a - 2 in r.hit_at:
            continue  # a state's possessive before the name: that state's force
        if not r.free(a, b):
            continue
        kinds = {r.hits[r.hit_at[k]][1].kind for k in range(a, b) if k in r.hit_at}
        if kinds & _NAMED_BODIES:
            continue
        own = [
            r.lowers[k]
            for k in range(a, b)
            if k != i
            and not (k in r.hit_at and r.hits[r.hit_at[k]][1].kind in _STATE_WORDS)
            and r.lowers[k] not in w.state_words
        ]
        if not own:
            continue  # "Sudanese Armed Forces": the state's own force
        ts = a - 1 if a > 0 and r.lowers[a - 1] == "the" and r.free(a - 1, a) else a
        r.add(Draft(ts, b, "name", None, None, "ORG", nonstate=True))
        log.debug("non-state armed group %r", r.lowers[ts:b])
