"""The alias tokenizer sees names from articles: it must not grow with every new name."""

from __future__ import annotations

import spacy

from newsgraph.actors.gazetteer import _blank, tokenize


def test_tokenize_splits_as_spacy_english() -> None:
    plain = spacy.blank("en").tokenizer
    for text in (
        "U.S. Secretary-General",
        "NATO's chief",
        "the 32-member alliance",
        "Côte d'Ivoire",
    ):
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


def test_dictionary_words_compiled_in_lasting_strings_stay_and_split_the_same() -> None:
    from newsgraph.actors.gazetteer import lasting_strings

    text = "Deputy Zembrovian-Affairs Commissioner Kvalheimsrud"
    with lasting_strings():
        kept = tokenize(text)
    assert "kvalheimsrud" in _blank().vocab.strings  # a dictionary word is made once, kept
    tokenize.cache_clear()
    assert tokenize(text) == kept  # and split exactly as inside a memory zone
    tokenize("Vrellisandor Quaxmoot")
    assert "quaxmoot" not in _blank().vocab.strings  # outside it, article names still go


def test_collector_paused_restores_the_collector_state() -> None:
    import gc

    from newsgraph.data import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
