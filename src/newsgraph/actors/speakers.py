"""First-person pronouns inside quotations, given to the quotation's speaker.

A second pass over an article's mentions: the quotes stage's attribution is
run on the first pass's mentions, and every "I"/"my" inside a quotation
becomes a mention of the speaker, every "we"/"our" a mention of the state or
IGO the speaker acts for ("“We categorically reject ...”, Sheinbaum said":
"We" is Mexico). Quotations whose speaker acts for no actor add nothing.
"""

from __future__ import annotations

import logging

from newsgraph.actors.coref import pronoun_words
from newsgraph.actors.gazetteer import Gazetteer
from newsgraph.model import Actor, Article, Mention, Parse, Quote, stable_id

log = logging.getLogger(__name__)


def speaker_pronouns(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions with the first person inside quotations given to the speaker.

    Adds "I"/"we" mentions (for speakers with an actor) and drops an "it"/"its"
    inside a quotation resolved to the speaker's own state named outside it
    (North Korea called the visit “a prelude to war as it brings ...”: a state
    speaking of itself says "we"; "it" is the thing it speaks of).

    Args: the article, its parse, the mentions found so far, the gazetteer.
    Returns: all mentions, sorted by start.
    """
    from newsgraph.quotes.attribute import attribute
    from newsgraph.quotes.detect import find_spans

    spans = find_spans(article.text, article.body_start)
    if not spans:
        return mentions
    quotes = attribute(article, parse, mentions, spans)
    added = _first_person(article, parse, mentions, gaz, quotes)
    dropped = _self_references(mentions, quotes)
    if not added and not dropped:
        return mentions
    kept = tuple(m for m in mentions if m.id not in dropped)
    return tuple(sorted(kept + added, key=lambda m: (m.start, m.end)))


def _self_references(mentions: tuple[Mention, ...], quotes: tuple[Quote, ...]) -> frozenset[str]:
    """Ids of "it"/"its" inside a quotation tied to the speaker's state named outside it."""
    by_id = {m.id: m for m in mentions}
    out = set()
    words = pronoun_words()["state"]
    for q in quotes:
        if not q.speaker_actor:
            continue
        for m in mentions:
            if m.kind != "pronoun" or m.text.lower() not in words or not q.start <= m.start < q.end:
                continue
            ante = by_id.get(m.antecedent or "")
            if (
                m.actor is not None
                and m.actor.principal == q.speaker_actor
                and ante is not None
                and not q.start <= ante.start < q.end
            ):
                out.add(m.id)
    return frozenset(out)


def _first_person(
    article: Article,
    parse: Parse,
    mentions: tuple[Mention, ...],
    gaz: Gazetteer,
    quotes: tuple[Quote, ...],
) -> tuple[Mention, ...]:
    """New pronoun mentions for "I"/"we" inside quotations whose speaker has an actor."""
    words = pronoun_words()
    singular, plural = (
        words.get("first_singular", frozenset()),
        words.get("first_plural", frozenset()),
    )
    taken = sorted((m.start, m.end) for m in mentions)
    out: list[Mention] = []
    for q in quotes:
        actor = _speaker_actor(q, gaz)
        if actor is None:
            continue
        source = _speaker_mention(q, mentions)
        tok = parse.token_at(q.start)
        k = tok.i if tok is not None else len(parse.tokens)
        while k < len(parse.tokens) and parse.tokens[k].start < q.end:
            t = parse.tokens[k]
            k += 1
            low = t.text.lower()
            if t.pos != "PRON" and low not in plural:
                continue
            if low not in singular and low not in plural:
                continue
            if any(a < t.end and t.start < b for a, b in taken):
                continue
            if low in singular:
                who, person = actor, (source.person if source is not None else None)
                if person is None:
                    continue  # "I" of an institution's statement: no one to name
            else:
                who, person = gaz.principal_actor(actor.principal), None
            out.append(
                Mention(
                    id=stable_id(article.id, t.start, t.end),
                    article_id=article.id,
                    start=t.start,
                    end=t.end,
                    text=t.text,
                    sentence_index=t.sent,
                    token_start=t.i,
                    token_end=t.i + 1,
                    kind="pronoun",
                    actor=who,
                    person=person,
                    antecedent=source.id if source is not None else None,
                )
            )
    return tuple(out)


def _speaker_actor(q: Quote, gaz: Gazetteer) -> Actor | None:
    if not q.speaker_actor or not q.speaker_code:
        return None
    role = q.speaker_code[len(q.speaker_actor) :]
    return gaz.principal_actor(q.speaker_actor, role)


def _speaker_mention(q: Quote, mentions: tuple[Mention, ...]) -> Mention | None:
    if q.speaker_span is None:
        return None
    lo, hi = q.speaker_span
    inside = [m for m in mentions if m.start <= lo and hi <= m.end] or [
        m for m in mentions if lo <= m.start and m.end <= hi
    ]
    return min(inside, key=lambda m: m.end - m.start) if inside else None
