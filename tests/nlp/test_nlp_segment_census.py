"""Sentence boundaries the parser drew inside a sentence (session 31 census).

Over the development sets no gold evidence crossed one of our sentence boundaries; the cuts
left inside a line were after an ellipsis before a lowercase word ("the use ... | so we're"),
at an editor's square brackets inside a quotation ("the fact that X | [...] troops"), and
after the first name of a headline list ("Ghana | , Togo sign border deal"). The texts
below are ours; each fault has a near miss that must keep its boundary.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model

_HEAD = "Talks stall\n\nMINSK (Reuters) \u2014 "


def _body(text: str) -> list[str]:
    """The sentences after the headline and the dateline."""
    return [s.text.strip() for s in parse_text(_HEAD + text).sentences[2:]]


@pytest.mark.parametrize(
    "text",
    [
        # an ellipsis inside a quotation, the next word lowercase
        'The minister said, "We worry about the depots in Latvia and the possible use ... '
        "so we're in close contact with the Lithuanians on that.\"",
        # an editor's gloss in square brackets after a name
        "\"The problem is the fact that KPA [Korean People's Army] troops are now joining "
        'the war," the minister said.',
        # one after another
        '"He asked [Latvian President Edgars] Rinkevics and [Lithuanian President Gitanas] '
        'Nauseda to meet," the aide said.',
    ],
)
def test_nlp_no_sentence_opens_inside_a_line_at_a_lowercase_word_or_a_bracket(text: str) -> None:
    assert _body(text) == [text]


def test_nlp_a_headline_list_keeps_its_pairs_whole() -> None:
    text = (
        "Belarus met Latvia on Monday.\n\nRELATED\nGhana, Togo sign border deal\n"
        "Benin, Niger agree to reopen crossing"
    )
    assert _body(text) == [
        "Belarus met Latvia on Monday.",
        "RELATED",
        "Ghana, Togo sign border deal",
        "Benin, Niger agree to reopen crossing",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: a word with a capital inside may open a sentence after a stop
        (
            "Belarus met eBay officials. eBay said it would open an office.",
            ["Belarus met eBay officials.", "eBay said it would open an office."],
        ),
        (
            "Belarus praised Latvia. iPhone sales rose there.",
            ["Belarus praised Latvia.", "iPhone sales rose there."],
        ),
        # near miss: a bracket after a stop still opens the next sentence
        (
            "Belarus accused Latvia of stalling. [Riga denied it.] Vilnius said nothing.",
            ["Belarus accused Latvia of stalling.", "[Riga denied it.]", "Vilnius said nothing."],
        ),
    ],
)
def test_nlp_sentences_after_a_stop_keep_their_boundary(text: str, expected: list[str]) -> None:
    assert _body(text) == expected


_DATELINE_GAP = pytest.mark.xfail(
    strict=False,
    reason="Gap: making the dateline one sentence let the actor stage find every dateline, "
    "and that renamed a body's speaker ('Foreign Ministry' -> \"Israel's Foreign Ministry\", "
    "tests/quotes/test_quotes_speakers7.py) and broke a held-out floor; not landed (PARSE2)",
)


_KEPT_WHOLE = [
    ("HELSINKI \u2014", "Finland expelled two Belarusian diplomats on Friday."),
    ("LIMA \u2014", "Peru protested to Bolivia over a river dam."),
    ("ABU DHABI (Reuters) \u2014", "The Emirates pledged aid to Sudan."),
]


def _dateline_sentences(dateline: str, body: str) -> list[str]:
    return [s.text.strip() for s in parse_text(f"Talks stall\n\n{dateline} {body}").sentences]


@pytest.mark.parametrize(("dateline", "body"), _KEPT_WHOLE)
def test_nlp_a_dateline_the_parser_keeps_whole_stays_one_sentence(dateline: str, body: str) -> None:
    """These datelines already come out whole (they xpassed as Gap rows): keep them so."""
    assert _dateline_sentences(dateline, body) == ["Talks stall", dateline, body]


@_DATELINE_GAP
@pytest.mark.parametrize(
    ("dateline", "body"),
    [
        ("NAIROBI \u2014", "Kenya accused Somalia of meddling on Tuesday."),
        ("KUALA LUMPUR, Malaysia (AP) \u2014", "Malaysia and Brunei signed a deal."),
    ],
)
def test_nlp_a_dateline_is_one_sentence(dateline: str, body: str) -> None:
    """The parser cut "NAIROBI | \u2014" and "KUALA | LUMPUR, ..." (85 articles in 31
    development sets); the actor stage finds a dateline only within one sentence."""
    assert _dateline_sentences(dateline, body) == ["Talks stall", dateline, body]


@_DATELINE_GAP
def test_nlp_a_whole_dateline_names_no_actor() -> None:
    """Found whole, the dateline's place is no mention of its state ("KUALA LUMPUR"
    and "Malaysia" were MYSGOV and MYS mentions when the parser cut the dateline);
    the body's title still takes the dateline's state."""
    from newsgraph.model import RawDocument, Result
    from newsgraph.pipeline import analyse, prepare
    from newsgraph.settings import Settings

    text = (
        "Talks stall\n\nKUALA LUMPUR, Malaysia (AP) \u2014 The prime minister thanked Brunei "
        "for its help."
    )
    settings = Settings()
    article = prepare(RawDocument("t1", text, (("date", "2026-01-05"),)), settings)
    (result,) = analyse([article], settings)
    assert isinstance(result, Result)
    start = text.index("\u2014")
    assert [m.text for m in result.mentions if m.start < start] == []
    assert [(e.source_actor.code, e.target_actor.code) for e in result.events] == [
        ("MYSGOV", "BRN")
    ]
