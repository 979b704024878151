"""Gold loading and scoring: the engine of ``newsgraph eval``."""

from newsgraph.evaluate.gold import GoldDoc, GoldEvent, GoldQuote, load_gold
from newsgraph.evaluate.score import Counts, Detail, DocScore, Score, score, score_document

__all__ = [
    "Counts",
    "Detail",
    "DocScore",
    "GoldDoc",
    "GoldEvent",
    "GoldQuote",
    "Score",
    "load_gold",
    "score",
    "score_document",
]
