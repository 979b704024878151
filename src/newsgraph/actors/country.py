"""A sentence opened by "The country" or "The nation" is the state the sentence
before was about: "Egypt said it would build the dam. The country urged the U.N."
is EGY.

Only when that sentence, in the same paragraph, has a state as the subject of its
root verb and names no other state in any role: "Russia launched drones at Ukraine.
The country shot down 80" could be either, and gives nothing. A subject inside a
reported clause is no root subject, so the dateline's state is never taken by default.
"""

from __future__ import annotations

from newsgraph.actors.gazetteer import Gazetteer
from newsgraph.actors.spans import span_mention
from newsgraph.model import Article, Mention, Parse

_HEADS = frozenset({"country", "nation"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


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
        actors = m.members or ((m.actor,) if m.actor is not None else ())
        states = {a.principal for a in actors if a.principal and a.principal not in gaz.igos}
        named |= states
        head = parse.tokens[m.token_end - 1]
        if m.members or head.dep not in _SUBJECTS:
            continue
        if parse.tokens[head.head].dep == "ROOT":
            subject |= states
    if len(named) != 1 or named != subject:
        return None
    return next(iter(named))


def add_country_subjects(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions plus "The country" opening a sentence, as the state the sentence
    before had as its root's subject and named alone."""
    taken = {k for m in mentions for k in range(m.token_start, m.token_end)}
    added: list[Mention] = []
    for sent in parse.sentences[1:]:
        i = sent.token_start
        if i + 1 >= sent.token_end or i in taken or i + 1 in taken:
            continue
        the, head = parse.tokens[i], parse.tokens[i + 1]
        if the.text != "The" or head.text.lower() not in _HEADS or head.dep not in _SUBJECTS:
            continue
        before = parse.sentences[sent.index - 1]
        if "\n" in article.text[before.end : sent.start]:
            continue  # a new paragraph
        state = _root_subject_state(parse, mentions, before.index, gaz)
        if state is None:
            continue
        added.append(span_mention(article, parse, i, i + 2, "name", gaz.principal_actor(state)))
    if not added:
        return mentions
    return tuple(sorted([*mentions, *added], key=lambda m: (m.start, m.end)))
