"""Actor mentions built by hand from a small table, so event tests exercise the extractor alone."""

from __future__ import annotations

from collections.abc import Mapping

from newsgraph.model import Actor, Article, Mention, Parse


def hand_mentions(
    article: Article, parse: Parse, actors: Mapping[str, tuple[str, str]], pairs: bool = False
) -> tuple[Mention, ...]:
    """One mention per entity, bare token (and, with `pairs`, two-word run) found in `actors`.

    `actors` maps lower-cased text to (principal, mention kind); an empty principal is no actor.
    """
    spans = [(e.start, e.end, e.token_start, e.token_end, e.text, e.sent) for e in parse.entities]
    spans += [
        (t.start, t.end, t.i, t.i + 1, t.text, t.sent) for t in parse.tokens if t.ent_type == ""
    ]
    if pairs:  # two-word groups ("Pakistani students"), as the actors stage makes them
        spans += [
            (a.start, b.end, a.i, b.i + 1, f"{a.text} {b.text}", a.sent)
            for a, b in zip(parse.tokens, parse.tokens[1:])
            if a.sent == b.sent
        ]
    out = []
    for start, end, ts, te, text, sent in spans:
        found = actors.get(text.lower())
        if not found or not found[0]:
            continue
        principal, kind = found
        actor = Actor(principal, principal, "", text)
        out.append(Mention(str(ts), article.id, start, end, text, sent, ts, te, kind, actor))
    return tuple(out)
