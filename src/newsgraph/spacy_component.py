"""newsgraph as a spaCy pipeline component: ``nlp.add_pipe("newsgraph")``.

A thin adapter over the same stages: it sets ``doc._.mentions``,
``doc._.events`` and ``doc._.quotes``. Registered through spaCy's
``spacy_factories`` entry point.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Article, stable_id
from newsgraph.settings import Settings

for _name in ("mentions", "events", "quotes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())


class NewsgraphComponent:
    """Codes events and quotes on a parsed Doc."""

    def __init__(self, date: str | None = None, actors_file: str = "") -> None:
        self.settings = Settings(actors_file=actors_file)
        self.date = date or None

    def __call__(self, doc: Doc) -> Doc:
        from newsgraph.nlp import to_parse
        from newsgraph.pipeline import analyse_parsed

        from newsgraph.ingest.clean import clean_text

        # The Doc's text stays as it is (offsets must hold); cleaning only tells
        # where the headline ends and what the dateline is.
        cleaned = clean_text(doc.text)
        article = Article(
            id=stable_id(cleaned.text),
            text=doc.text,
            title=cleaned.title,
            date=doc.user_data.get("date", self.date),
            dateline=cleaned.dateline,
            body_start=cleaned.body_start if doc.text.startswith(cleaned.text[: cleaned.body_start]) else 0,
        )
        result = analyse_parsed(article, to_parse(doc), self.settings)
        doc._.mentions = result.mentions
        doc._.events = result.events
        doc._.quotes = result.quotes
        return doc


def make_newsgraph(nlp: Language, name: str, date: str | None, actors_file: str) -> Any:
    """Also fit the pipeline as ``newsgraph ingest`` does: paragraph breaks end
    sentences, and the gazetteer's entity ruler runs before ``ner``."""
    from newsgraph.nlp import prepare_pipeline

    prepare_pipeline(nlp, actors_file)
    return NewsgraphComponent(date=date, actors_file=actors_file)


if not Language.has_factory("newsgraph"):
    Language.factory("newsgraph", default_config={"date": None, "actors_file": ""}, func=make_newsgraph)
