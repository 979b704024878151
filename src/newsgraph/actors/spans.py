"""A mention over a token span, for the passes that add mentions after resolution."""

from __future__ import annotations

from newsgraph.model import Actor, Article, Mention, Parse, stable_id


def span_mention(
    article: Article,
    parse: Parse,
    ts: int,
    te: int,
    kind: str,
    actor: Actor | None,
    label: str = "",
) -> Mention:
    """The mention of tokens ts..te-1, with the id a resolved mention of that span would have."""
    start, end = parse.tokens[ts].start, parse.tokens[te - 1].end
    return Mention(
        id=stable_id(article.id, start, end),
        article_id=article.id,
        start=start,
        end=end,
        text=article.text[start:end],
        sentence_index=parse.tokens[ts].sent,
        token_start=ts,
        token_end=te,
        kind=kind,
        actor=actor,
        label=label,
    )
