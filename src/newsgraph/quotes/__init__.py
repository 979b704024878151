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
    spans = find_spans(article.text, article.body_start)
    if not spans:
        return ()
    return tuple(sorted(attribute(article, parse, mentions, spans), key=lambda q: q.start))
