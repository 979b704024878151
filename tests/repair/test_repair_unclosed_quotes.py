"""Curly closing quotes that vanished beside surviving straight openers (mixed
typing damaged by a Big5/EUC 'ignore' decode). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix, repair_text

# Each original types its openers straight and its closers curly: only the
# curly marks vanish. The straight apostrophes ("We'll") do not block the repair.
MIXED = (
    "\"We'll review the contract line by line,\u201d the mayor added on Friday.",
    '"The harvest came in late this year,\u201d she said, adding, "It\'s too early to set prices."',
    '"Nobody at the port was told in advance,\u201d said Anna Ruiz, a union official, on Monday.',
    '"Fuel is running low in the north,\u201d the agency posted on X.',
    "The minister said, \"We can't promise a date.\u201d\n\nThe talks resume next week.",
)


@pytest.mark.parametrize("codec", ["big5", "euc_kr"])
@pytest.mark.parametrize("text", MIXED)
def test_repair_unclosed_quotes_closer_restored(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert "\u201d" not in damaged
    assert fix(damaged) == text


def test_repair_unclosed_quotes_closer_is_sure_before_an_attribution() -> None:
    repaired = repair_text('"We will keep the border open, the minister said on Tuesday.')
    (closer,) = repaired.fixes
    assert closer.replacement == "\u201d" and closer.original == ""
    assert closer.confidence >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        # A quote running on into the next paragraph opens it again.
        'The minister said, "We will not sign this year.\n\n"Nor next year," he added.',
        # Alone, a paragraph may be the first of a longer quote: left open.
        'The minister said, "We will not sign this year.',
        # Balanced straight quotes, and a quoted phrase with an attribution after it.
        '"We will not sign," the minister said, "not this year."',
        'He called the plan "a fair start," officials said.',
        # An opener with no attribution after it, mid-document before a quote.
        'Farmers were told to "wait and see.\n\n"It is hard," one said.',
    ],
)
def test_repair_unclosed_quotes_clean_text_unchanged(text: str) -> None:
    assert fix(text) == text


# Typed with straight apostrophes and curly quote marks (a common CMS mix):
# the apostrophes survive, the quote marks vanish. Lost quote marks show the
# document is damaged, so its other traces are restored too.
MIXED_APOSTROPHES = (
    "\u201cWe'll keep the shelters open all winter,\u201d the mayor said.",
    "\u201cIf you can't pay the rent, call us first,\u201d the housing office wrote.",
    "\"It's the People\u2019s Liberation Army that decides,\u201d said an analyst in Taipei.",
)


@pytest.mark.parametrize("text", MIXED_APOSTROPHES)
def test_repair_unclosed_quotes_beside_straight_apostrophes(text: str) -> None:
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert damaged.isascii() and "'" in damaged
    assert fix(damaged) == text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said we'll keep the shelters open, and the council agreed.",
        "He said he can't say when, and the city won't either, officials said.",
        "Officials said the shelters won't close, the mayor said.",
    ],
)
def test_repair_unclosed_quotes_reported_speech_typed_straight_unchanged(text: str) -> None:
    assert fix(text) == text


def test_repair_unclosed_quotes_hurried_typing_unchanged() -> None:
    # Straight "I'm" beside "dont": a typist's slips, unquoted speech included.
    text = "I'm sure we dont need the shelters yet, the mayor said."
    assert fix(text) == text
