"""The alias tokenizer sees names from articles: it must not grow with every new name."""

from __future__ import annotations

import spacy

from newsgraph.actors.gazetteer import _blank, tokenize


def test_tokenize_splits_as_spacy_english() -> None:
    plain = spacy.blank("en").tokenizer
    for text in ("U.S. Secretary-General", "NATO's chief", "the 32-member alliance", "Côte d'Ivoire"):
        assert tokenize(text) == tuple(t.text.lower() for t in plain(text))


def test_tokenize_new_names_leave_vocabulary_unchanged() -> None:
    tokenize("warm-up name")
    strings = _blank().vocab.strings
    before = len(strings)
    for i in range(2000):
        tokenize(f"Zorvanikov{i} Quellbrandt{i}x of Vaskeria{i}")
    assert len(strings) == before


def test_tokenize_repeated_after_new_names_is_stable() -> None:
    first = tokenize("Foreign Minister Radoslaw Sikorski")
    for i in range(100):
        tokenize(f"Minister Plovdiv{i}ski")
    tokenize.cache_clear()
    assert tokenize("Foreign Minister Radoslaw Sikorski") == first
