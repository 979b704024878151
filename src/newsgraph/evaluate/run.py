"""Run the whole pipeline on gold articles and score them (the engine of ``newsgraph eval``)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from typing import TYPE_CHECKING

from newsgraph.model import Failure, RawDocument, Result
from newsgraph.pipeline import analyse, prepare
from newsgraph.settings import Settings

if TYPE_CHECKING:
    from newsgraph.evaluate.gold import GoldDoc
    from newsgraph.evaluate.score import Score

log = logging.getLogger(__name__)


def run_gold(docs: Sequence["GoldDoc"], settings: Settings) -> list[Result]:
    """The pipeline's Result for each gold document (its ``raw`` when present, else ``text``)."""
    articles = []
    for doc in docs:
        data = doc.raw if doc.raw is not None else doc.text
        meta = (("date", doc.date),) if doc.date else ()
        articles.append(prepare(RawDocument(doc.doc_id, data, meta), settings))
    results = []
    for article, result in zip(articles, analyse(articles, settings)):
        if isinstance(result, Failure):
            log.warning("%s failed, scored as empty: %s", result.path, result.reason)
            result = Result(article=article)
        results.append(result)
    return results


def evaluate_files(paths: Sequence[str], settings: Settings, blocked: bool = False) -> "Score":
    """Load gold files, run the pipeline on every document, and score.

    With ``blocked``, the coder records why the patterns of each silent sentence coded
    nothing (events/trace.py), and each miss there carries it (``Detail.blocked``).
    """
    from newsgraph.evaluate import load_gold, score
    from newsgraph.events.trace import blocked_trace

    docs = [doc for path in paths for doc in load_gold(path)]
    if not blocked:
        return score(list(zip(docs, run_gold(docs, settings))))
    with blocked_trace() as trace:
        results = run_gold(docs, settings)
    return score(list(zip(docs, results)), blocked=trace)
