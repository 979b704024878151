"""A quotation mark glued to a sentence's final stop closes that sentence.

The parser made the closing mark of a paragraph's last sentence a sentence of its own
('Lima said the ruling was "final.' | '"'), so the sentence lost its closing mark and every
later sentence was one further from what came before it. The sentences below are ours.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in parse_text(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight marks, the quoted sentence ends a paragraph
        (
            'Quito said the border ruling was "final."\n\nPeru did not comment.',
            ['Quito said the border ruling was "final."', "Peru did not comment."],
        ),
        # curly marks
        (
            "Riga said it had \u201calways trusted Vilnius.\u201d\n\nEstonia agreed.",
            ["Riga said it had \u201calways trusted Vilnius.\u201d", "Estonia agreed."],
        ),
        # the article's last sentence
        (
            'Malawi said the offer was "generous and timely."',
            ['Malawi said the offer was "generous and timely."'],
        ),
        # a question and an exclamation close their quotations too
        (
            'The envoy asked "who pays?"\n\nNobody answered.',
            ['The envoy asked "who pays?"', "Nobody answered."],
        ),
        # inside a paragraph, the next sentence still starts after the mark
        (
            'Tunis called the deal "a good start." Algeria did not comment.',
            ['Tunis called the deal "a good start."', "Algeria did not comment."],
        ),
    ],
)
def test_nlp_closing_quote_stays_with_its_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kept: an opening mark after a spaced stop starts the next sentence
        (
            'Chad said it was ready. "We will sign," its minister said.',
            ["Chad said it was ready.", '"We will sign," its minister said.'],
        ),
    ],
)
def test_nlp_opening_quote_after_a_spaced_stop_opens_the_next_sentence(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected
