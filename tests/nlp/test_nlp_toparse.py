"""to_parse copies every token attribute exactly as spaCy's Token reports it; the pool unfreezes the collector."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from newsgraph.model import Entity, Parse, Sentence, Token
from newsgraph.settings import Settings

# Written to reach the awkward cases: entities, contractions, double spaces,
# tabs and line breaks (whitespace tokens), curly quotes, accents, dashes.
TEXTS = (
    "Minister Okafor told reporters in Abuja that the talks had failed, but he'd try again.",
    "“We will not retreat,” said José Martínez, a spokesman.  He didn't say more.\n\nNew\tparagraph — here.",
    "The 27 member states approved 1.5 billion euros on Tuesday, officials in Brussels said.\n",
    "   Leading spaces, then a heading\n\nU.S. and Chinese envoys met in Geneva.",
    "",
    "\n\n",
)


def _reference(doc: Any) -> Parse:
    """The Parse read attribute by attribute from spaCy's own Token and Span objects."""
    sent_of = {t.i: k for k, s in enumerate(doc.sents) for t in s}
    sentences = tuple(
        Sentence(k, s.start_char, s.end_char, s.text, s.start, s.end) for k, s in enumerate(doc.sents)
    )
    tokens = tuple(
        Token(
            t.i, t.text, t.idx, t.idx + len(t.text), t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i,
            t.ent_type_, t.ent_iob_, sent_of[t.i], t.whitespace_,
        )
        for t in doc
    )
    entities = tuple(
        Entity(e.start_char, e.end_char, e.start, e.end, e.text, e.label_, sent_of[e.start])
        for e in doc.ents
    )
    children = tuple(tuple(c.i for c in sorted(t.children, key=lambda c: c.i)) for t in doc)
    return Parse(sentences, tokens, entities, children)


@pytest.fixture(scope="module")
def nlp() -> Any:
    pytest.importorskip("spacy")
    from newsgraph.errors import ModelNotInstalled
    from newsgraph.nlp import load_nlp

    try:
        return load_nlp(Settings())
    except ModelNotInstalled:
        pytest.skip("spaCy model not installed")


@pytest.mark.model
def test_nlp_to_parse_matches_spacy_token_attributes(nlp: Any) -> None:
    from newsgraph.nlp import to_parse

    for doc in nlp.pipe(TEXTS):
        assert to_parse(doc) == _reference(doc), doc.text


@pytest.mark.model
def test_nlp_to_parse_keeps_whitespace_tokens_and_entities(nlp: Any) -> None:
    from newsgraph.nlp import to_parse

    parse = to_parse(nlp(TEXTS[1]))
    assert "".join(t.text + t.ws for t in parse.tokens) == TEXTS[1]
    assert any(e.text == "José Martínez" for e in parse.entities)
    assert all(parse.tokens[t.head].sent == t.sent for t in parse.tokens)


@pytest.mark.model
def test_pipeline_pool_workers_start_warm_outside_the_parent(nlp: Any) -> None:
    """Workers are forked from a server that loaded the model and froze it out of the
    collector's sight; the parent (which holds the store) freezes nothing itself."""
    import os

    from newsgraph.model import RawDocument, Result
    from newsgraph.pipeline import Pipeline, _pool

    out = list(Pipeline(Settings(workers=2)).process([RawDocument("a.txt", "Chad thanked Niger on Monday.")]))
    assert len(out) == 1 and isinstance(out[0], Result)
    assert [e.code for e in out[0].events] == ["051"]
    assert gc.get_freeze_count() == 0
    with _pool(Settings(workers=2)) as pool:
        frozen = pool.apply_async(gc.get_freeze_count).get(timeout=120)
        parent = pool.apply_async(os.getppid).get(timeout=120)
    assert frozen > 10_000  # the model and the stages' tables, inherited frozen
    assert parent != os.getpid()  # a child of the forkserver, not of this process
