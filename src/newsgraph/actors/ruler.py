"""An ``entity_ruler`` before spaCy's ``ner``: gazetteer names and the small model's misses."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from newsgraph.actors.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


def ruler_patterns(actors_file: str = "") -> tuple[dict[str, Any], ...]:
    """Entity-ruler patterns from the gazetteer and the token-shape patterns file."""
    gaz = load_gazetteer(actors_file)
    return gaz.ruler_patterns()


def install_ruler(nlp: "Language", actors_file: str) -> None:
    """Add an ``entity_ruler`` before ``ner`` fed from the gazetteer (idempotent)."""
    if "entity_ruler" in nlp.pipe_names:
        return
    before = "ner" if "ner" in nlp.pipe_names else None
    config = {"overwrite_ents": True}
    ruler = nlp.add_pipe("entity_ruler", before=before, config=config)
    patterns = ruler_patterns(actors_file)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(list(patterns))  # type: ignore[attr-defined]
    log.debug("entity_ruler installed with %d patterns", len(patterns))
