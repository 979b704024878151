"""A dateline that opens a paragraph ends before the body's first sentence.

Left inside the first sentence, the parser hangs the body's subject on the
dateline ("YEREVAN, ARMENIA — Armenia and Azerbaijan agreed ...") and the event
loses its actors. The sentences below are ours.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp import parse_text
from newsgraph.pipeline import process

pytestmark = pytest.mark.model


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in parse_text(text).sentences]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Deal signed\n\nYEREVAN, ARMENIA — Armenia and Azerbaijan signed a deal on Friday.",
            "YEREVAN, ARMENIA —",
        ),
        (
            "Talks\n\nSTATE DEPARTMENT — Kenya and Uganda held talks in Nairobi on Tuesday.",
            "STATE DEPARTMENT —",
        ),
        ("LIMA, Peru – Peru expelled a Bolivian diplomat on Monday.", "LIMA, Peru –"),
    ],
)
def test_nlp_dateline_is_its_own_sentence(text: str, dateline: str) -> None:
    sentences = _sentences(text)
    assert dateline in sentences
    body = sentences[sentences.index(dateline) + 1]
    assert not body.startswith(dateline)


@pytest.mark.parametrize(
    "text",
    [
        # A hyphen inside a title, or an aside between dashes, is no dateline.
        "SEOUL — NATO Secretary-General Mark Halvorsen urged Japan on Monday to act.",
        "The talks — which began Monday — ended late, officials said.",
        "NATO members — including Poland — pledged more aid to Ukraine.",
    ],
)
def test_nlp_dateline_needs_a_spaced_dash_after_capital_words(text: str) -> None:
    for sentence in _sentences(text):
        assert "Secretary" not in sentence or "Secretary-General" in sentence
    if not text.startswith("SEOUL"):
        assert len(_sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Border deal\n\nYEREVAN, ARMENIA — Armenia and Azerbaijan signed an agreement on "
            "Saturday to reopen their border.",
            "ARM",
            "AZE",
        ),
        # a paragraph's opening after a headline, with no dateline
        (
            "Patrols resume\n\nNigeria and Niger agreed on Tuesday to resume joint military "
            "patrols along their border.",
            "NGA",
            "NER",
        ),
    ],
)
def test_nlp_opening_keeps_a_coordinated_subject_acting(text: str, a: str, b: str) -> None:
    result = process(text, date="2025-03-01")
    pairs = {(e.source_actor.principal, e.target_actor.principal) for e in result.events}
    assert {(a, b), (b, a)} <= pairs


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the dateline's last word opening the body: the parser cut "Bhutan | and | China ..."
        (
            "THIMPHU, Bhutan — Bhutan and India signed a hydropower deal on Tuesday.",
            "Bhutan and India signed a hydropower deal on Tuesday.",
        ),
        (
            "ULAANBAATAR, Mongolia — Mongolia and Russia agreed on Tuesday to build a pipeline.",
            "Mongolia and Russia agreed on Tuesday to build a pipeline.",
        ),
        # kept: a short body sentence ends where its own full stop is
        (
            "PARIS — France protested. Germany agreed with Paris on Monday.",
            "France protested.",
        ),
    ],
)
def test_nlp_dateline_body_opens_no_one_word_sentence(text: str, first: str) -> None:
    sentences = _sentences(text)
    assert sentences[1] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a paragraph with no dateline after a headline: the parser cut "Ukraine | and | Poland"
        (
            "Neighbors sign a deal\n\nUkraine and Poland agreed on Tuesday to resume joint "
            "military patrols along their border.\n\nThe deal was signed in Warsaw.",
            "Ukraine and Poland agreed on Tuesday to resume joint military patrols along their "
            "border.",
        ),
        (
            "Georgia and Russia\n\nGeorgia and Russia fought a five-day war in August 2008, "
            "after which Moscow recognized two breakaway regions.",
            "Georgia and Russia fought a five-day war in August 2008, after which Moscow "
            "recognized two breakaway regions.",
        ),
        # kept: a short paragraph sentence ends where its own full stop is
        (
            "Protest\n\nFrance protested. Germany agreed with Paris on Monday.",
            "France protested.",
        ),
    ],
)
def test_nlp_paragraph_opens_no_one_word_sentence(text: str, first: str) -> None:
    sentences = _sentences(text)
    assert sentences[1] == first, sentences
