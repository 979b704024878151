"""Characters that vanished under a CJK codec's 'ignore' decode, and punctuation
chosen by context where a GBK 'ignore' decode lost the telling byte."""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix, repair_text
from newsgraph.ingest.repair.vanished import vanishing_codecs

# Each holds an accented word: its mojibake is what diagnoses the damage.
DAMAGED_SOURCES = (
    "The café owner said they don’t know when the port reopens.",
    "Officials in Zürich said the talks — delayed twice — would resume.",
    "Crews in São Paulo said they can’t reach the valley, and they haven’t tried.",
)


@pytest.mark.parametrize("codec", ["big5", "euc_kr", "euc_jp"])
def test_repair_vanished_codecs_found(codec: str) -> None:
    assert codec in vanishing_codecs()
    assert "gbk" not in vanishing_codecs()


@pytest.mark.parametrize("codec", ["big5", "euc_kr", "euc_jp"])
@pytest.mark.parametrize("text", DAMAGED_SOURCES)
def test_repair_vanished_apostrophes_and_dashes_restored(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert "\u2019" not in damaged
    assert fix(damaged) == text


def test_repair_vanished_possessive_of_a_name_in_the_document() -> None:
    text = "Analysts in Mérida said Russia’s invasion hurt trade, which Russia denies."
    damaged = text.encode("utf-8").decode("big5", "ignore")
    repaired = repair_text(damaged)
    assert repaired.text == text
    possessive = [f for f in repaired.fixes if f.replacement == "Russia\u2019s"]
    assert possessive and possessive[0].confidence < 0.6


def test_repair_vanished_plurals_left_alone() -> None:
    text = "Two Americans in Mérida said the Koreas talk. American aid flows; Korea waits."
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert fix(damaged) == text


def test_repair_vanished_needs_damage_elsewhere() -> None:
    # Typed by a person: no mojibake anywhere, so nothing is restored.
    for text in (
        "they dont know  what Russias plan is, Russia said",
        "Im sure its fine, theyre late and we cant wait.",
        "The café said they dont open on Sundays.",  # accents intact: no damage
        "The café’s owner said they dont open.",  # a curly apostrophe survives
    ):
        assert fix(text) == text


def test_repair_vanished_not_on_replace_damage() -> None:
    text = "The café owner said they don’t know."
    damaged = text.encode("utf-8").decode("big5", "replace")
    assert fix(damaged) == text


def test_repair_vanished_ambiguous_words_left_alone() -> None:
    text = "In Zürich its board said Ill health and well water were issues."
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert fix(damaged) == text


def test_repair_vanished_double_space_after_sentence_end_kept() -> None:
    text = "The café closed.  Staff left."
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert fix(damaged) == text


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_repair_gbk_ellipsis_after_word_outside_quotes(codec: str) -> None:
    text = "The rally went on in Lisbon… and then in Porto, organisers said."
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert fix(damaged) == text


def test_repair_gbk_apostrophe_not_before_full_stop() -> None:
    text = "He called it “a long campaign against the waste…. We will win.” Then he left."
    damaged = text.encode("utf-8").decode("gbk", "ignore")
    repaired = fix(damaged)
    assert "waste\u2019." not in repaired
