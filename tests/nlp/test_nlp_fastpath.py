"""The exact stand-ins for spaCy's attribute_ruler and lemmatizer, the memory zone, the seen-id window."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.nlp.fastpath import FastAttributeRules, Unsupported
from newsgraph.pipeline import Pipeline, _SeenIds
from newsgraph.settings import Settings

# Sentences written to reach the rare rules too: contractions, two-token rules,
# expletive 'there', auxiliaries, pronoun case, spaces and line breaks.
SENTENCES = (
    "Minister Okafor told reporters in Abuja that the talks had failed, but he'd try again.",
    "I'm gonna tell y'all what I think: we ain't done. Let's go, c'm on!",
    "There is a problem and there are many; it is what it is, and they gave it to me.",
    "She doesn't have it, but he does. Do you? I've got to go, and I gotta go too.",
    "Which one did they pick?  Whether or not it rains, the ministers will meet unless they leave.\n\nNew paragraph\there.",
    "Ol' timers said nothin' changed; tell 'em I'll be there. He gets it and she got it.",
    "The 27 member states approved 1.5 billion euros on Tuesday, officials in Brussels said.",
)


def test_nlp_fastpath_refuses_patterns_it_cannot_reproduce() -> None:
    with pytest.raises(Unsupported):
        FastAttributeRules([{"patterns": [[{"LOWER": "a", "OP": "+"}]]}], [{}], [0])
    with pytest.raises(Unsupported):
        FastAttributeRules([{"patterns": [[{"ENT_TYPE": "GPE"}]]}], [{}], [0])


def test_pipeline_seen_window_forgets_only_old_ids() -> None:
    window = _SeenIds(3)
    for article_id in "abcd":
        window.add(article_id)
    assert "a" not in window and all(k in window for k in "bcd")
    everything = _SeenIds(0)
    for article_id in "abcd":
        everything.add(article_id)
    assert all(k in everything for k in "abcd")


def test_pipeline_seen_window_covers_what_is_in_flight() -> None:
    settings = Settings(workers=2, batch_size=24, commit_every=256)
    assert Pipeline(settings)._seen_window() > 256 + 6 * 24


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    """spaCy's own pipeline and one with the stand-ins, both as newsgraph prepares them."""
    spacy = pytest.importorskip("spacy")
    from newsgraph.nlp import prepare_pipeline
    from newsgraph.nlp.fastpath import install_fastpath

    settings = Settings()
    try:
        plain = spacy.load(settings.model)
        fast = spacy.load(settings.model)
    except OSError:
        pytest.skip(f"model {settings.model} not installed")
    prepare_pipeline(plain, "")
    prepare_pipeline(fast, "")
    assert install_fastpath(fast) == ("attribute_ruler", "lemmatizer")
    assert fast.pipe_names == plain.pipe_names
    return plain, fast


def _tokens(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


@pytest.mark.model
def test_nlp_fastpath_tokens_identical_to_spacy(pipelines: tuple[Any, Any]) -> None:
    plain, fast = pipelines
    twice = SENTENCES + SENTENCES  # the second pass reads the memo
    expected = [_tokens(d) for d in plain.pipe(twice)]
    got = [_tokens(d) for d in fast.pipe(twice)]
    assert got == expected


@pytest.mark.model
def test_nlp_fastpath_install_is_idempotent(pipelines: tuple[Any, Any]) -> None:
    from newsgraph.nlp.fastpath import install_fastpath

    assert install_fastpath(pipelines[1]) == ()


@pytest.mark.model
def test_nlp_memory_zone_frees_novel_strings() -> None:
    from newsgraph.nlp import load_nlp, parse_texts

    settings = Settings()
    try:
        nlp = load_nlp(settings)
    except Exception as exc:  # noqa: BLE001 - any load failure means no model here
        pytest.skip(f"no model: {exc}")
    list(parse_texts(["Warm-up text."], settings))
    before = len(nlp.vocab.strings)
    parses = list(parse_texts(["Zorvadian envoy Kwelmartu met Blorvinska in Tarquesh."], settings))
    assert len(nlp.vocab.strings) == before
    assert parses[0].tokens[2].text == "Kwelmartu"
