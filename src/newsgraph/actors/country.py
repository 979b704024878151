"""A state referred to as "the country" or "the nation".

Opening a sentence, it is the state the sentence before was about: "Egypt said it
would build the dam. The country urged the U.N." is EGY. Only when that sentence,
in the same paragraph, has a state as the subject of its root verb and names no
other state in any role: "Russia launched drones at Ukraine. The country shot down
80" could be either, and gives nothing. A subject inside a reported clause is no
root subject, so the dateline's state is never taken by default. Plain adjectives
may stand before the noun ("The oil-rich nation", "The war-torn country"); the
words of descriptions.yaml's kind_blocked may not ("The other country").

Inside a sentence, the subject of a clause under a verb whose subject is a state
or its official is that state: "Algeria's foreign minister said the country would
close its border with Mali" is DZA. Only when every state named before it (and
every such subject) is that one state; a possessive ("the country's opposition"),
an object ("in the country") or "a country" is never taken.
"""

from __future__ import annotations

from newsgraph.actors.described import kind_words
from newsgraph.actors.gazetteer import Gazetteer
from newsgraph.actors.spans import span_mention
from newsgraph.model import Article, Mention, Parse

_HEADS = frozenset({"country", "nation"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODIFIERS = 5  # tokens at most between "the" and the noun ("the oil - rich")


def _states(m: Mention, gaz: Gazetteer) -> set[str]:
    """The states (not IGOs) a mention stands for."""
    actors = m.members or ((m.actor,) if m.actor is not None else ())
    return {a.principal for a in actors if a.principal and a.principal not in gaz.igos}


def _root_subject_state(
    parse: Parse, mentions: tuple[Mention, ...], s: int, gaz: Gazetteer
) -> str | None:
    """The state that is the subject of sentence s's root verb, when it is the only
    state the sentence names (a list or any other state in any role gives None)."""
    named: set[str] = set()
    subject: set[str] = set()
    for m in mentions:
        if m.sentence_index != s:
            continue
        states = _states(m, gaz)
        named |= states
        head = parse.tokens[m.token_end - 1]
        if m.members or head.dep not in _SUBJECTS:
            continue
        if parse.tokens[head.head].dep == "ROOT":
            subject |= states
    if len(named) != 1 or named != subject:
        return None
    return next(iter(named))


def _description(parse: Parse, i: int, end: int) -> int | None:
    """The token of "country"/"nation" in a subject "the [adjectives] country" at
    token i (the sentence ends before ``end``), else None."""
    if parse.tokens[i].text.lower() != "the":
        return None
    blocked = kind_words().blocked
    k = i + 1
    while k < end and k - i <= _MODIFIERS:
        tok = parse.tokens[k]
        low = tok.text.lower()
        if low in _HEADS:
            return k if tok.dep in _SUBJECTS else None
        hyphen = tok.text == "-" or (not tok.ws and k + 1 < end and parse.tokens[k + 1].text == "-")
        if low in blocked or not (hyphen or tok.pos == "ADJ"):
            return None
        k += 1
    return None


def _ancestors(parse: Parse, k: int) -> list[int]:
    """The heads above token k, nearest first."""
    out: list[int] = []
    while parse.tokens[k].head != k and len(out) < 20:
        k = parse.tokens[k].head
        out.append(k)
    return out


def _clause_state(
    parse: Parse, mentions: tuple[Mention, ...], i: int, noun: int, gaz: Gazetteer
) -> str | None:
    """The state whose mention is the subject of a verb above the clause of the
    noun at token ``noun`` (the phrase starts at i), when every state named before
    i in the sentence and every such subject is that one state."""
    s = parse.tokens[i].sent
    above = set(_ancestors(parse, parse.tokens[noun].head))
    named: set[str] = set()
    subject: set[str] = set()
    for m in mentions:
        if m.sentence_index != s or m.token_start == i:
            continue
        owner = any(
            parse.tokens[k].dep in _SUBJECTS and parse.tokens[k].head in above
            for k in range(m.token_start, m.token_end)
        )
        if m.token_start >= i and not owner:
            continue
        states = _states(m, gaz)
        if m.members:
            return None
        named |= states
        if owner:
            subject |= states
    if len(named) != 1 or named != subject:
        return None
    return next(iter(named))


def add_country_subjects(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions plus a subject "the country"/"the nation": at a sentence's start,
    the state the sentence before had as its root's subject and named alone; inside
    a sentence, the state that is the subject of a verb above its clause."""
    taken = {k for m in mentions for k in range(m.token_start, m.token_end)}
    added: list[Mention] = []
    for sent in parse.sentences:
        for i in range(sent.token_start, sent.token_end - 1):
            noun = _description(parse, i, sent.token_end)
            if noun is None or any(k in taken for k in range(i, noun + 1)):
                continue
            state: str | None = None
            if i == sent.token_start and sent.index > 0:
                if parse.tokens[i].text != "The":
                    continue
                before = parse.sentences[sent.index - 1]
                if "\n" in article.text[before.end : sent.start]:
                    continue  # a new paragraph
                state = _root_subject_state(parse, mentions, before.index, gaz)
            elif i > sent.token_start:
                state = _clause_state(parse, mentions, i, noun, gaz)
            if state is None:
                continue
            added.append(
                span_mention(article, parse, i, noun + 1, "name", gaz.principal_actor(state))
            )
    if not added:
        return mentions
    return tuple(sorted([*mentions, *added], key=lambda m: (m.start, m.end)))
