"""Direct quotations and who said them (the quotes stage).

``find_quotes`` scans the article for quote marks (``detect``), then reads
the parse and the actors stage's mentions around each quotation to find its
speaker (``attribute``).
"""

from __future__ import annotations

from newsgraph.model import Article, Mention, Parse, Quote
from newsgraph.quotes.attribute import attribute
from newsgraph.quotes.detect import QuoteSpan, find_spans
from newsgraph.settings import Settings

__all__ = ["QuoteSpan", "find_quotes", "find_spans"]

#: The last article's quotations with the very objects they were found for: the events stage
#: asks for them first when a sentence holds a word of friendship (events/affirmed.py), and
#: the quotes stage then reuses them instead of finding them again.
_LAST: list[tuple[Article, Parse, tuple[Mention, ...], tuple[Quote, ...]]] = []


def find_quotes(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], settings: Settings
) -> tuple[Quote, ...]:
    """Every direct quotation in the article body, with its speaker.

    Args:
        article: the cleaned article; quotations before ``body_start`` (the
            headline) are skipped.
        parse: the article's parse (sentences, tokens, entities).
        mentions: the actors stage's mentions; names and actors come from them.
        settings: the run's settings (unused for now; part of the stage contract).

    Returns:
        Quotes sorted by start.
    """
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] is article and last[1] is parse and last[2] is mentions:
        return last[3]
    spans = find_spans(article.text, article.body_start)
    found = (
        tuple(sorted(attribute(article, parse, mentions, spans), key=lambda q: q.start))
        if spans
        else ()
    )
    _LAST[:] = [(article, parse, mentions, found)]
    return found
