"""A sentence opened by "The country" or "The nation" is the state the sentence
before was about: "Egypt accused Ethiopia ... The country urged the U.N." is EGY.

Only when that sentence, in the same paragraph, has one state as its main
subject (the subject of its root verb) and names no other state as a subject;
anything else gives nothing, so the dateline's state is never taken by default.
"""

from __future__ import annotations

from newsgraph.actors.gazetteer import Gazetteer
from newsgraph.model import Article, Mention, Parse, stable_id

_HEADS = frozenset({"country", "nation"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _subject_states(
    parse: Parse, mentions: tuple[Mention, ...], s: int, gaz: Gazetteer
) -> set[str]:
    """Principals of the state mentions that are subjects in sentence s; the root's first."""
    out: set[str] = set()
    for m in mentions:
        if m.sentence_index != s or m.actor is None or m.members:
            continue
        if m.actor.principal in gaz.igos or not m.actor.principal:
            continue
        head = parse.tokens[m.token_end - 1]
        if head.dep in _SUBJECTS:
            out.add(m.actor.principal)
    return out


def add_country_subjects(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions plus "The country" opening a sentence, as the state the sentence
    before had as its only state subject."""
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
        states = _subject_states(parse, mentions, before.index, gaz)
        if len(states) != 1:
            continue
        actor = gaz.principal_actor(states.pop())
        start, end = the.start, head.end
        added.append(
            Mention(
                id=stable_id(article.id, start, end),
                article_id=article.id,
                start=start,
                end=end,
                text=article.text[start:end],
                sentence_index=sent.index,
                token_start=i,
                token_end=i + 2,
                kind="name",
                actor=actor,
            )
        )
    if not added:
        return mentions
    return tuple(sorted([*mentions, *added], key=lambda m: (m.start, m.end)))
