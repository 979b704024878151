"""A word with a split prefix ("co-finances", "re-elected") is one token with its stem's lemma.

spaCy's tokenizer splits "co", "-" and "finances", and the tagger and parser then read the
prefix as a noun: "Japan co-finances the dam" had "co" as the subject with "Japan" its
modifier. nlp._merge_split_prefixes merges the prefixes of data/nlp/split_prefixes.yaml back
before the tagger, and the lemma is the stem's ("co-chaired": chair) so that patterns keyed
on the stem hold, or the joined word's where the prefix belongs to it ("co-operate":
cooperate). Every text was written for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


_MERGED = [
    # (text, merged word, its lemma, its subject or None)
    ("Japan co-finances the new dam with Laos, the ministry said.", "co-finances", "finance", "Japan"),
    ("Norway co-chaired the talks with Cuba on Monday.", "co-chaired", "chair", "Norway"),
    ("Kenya re-elected its speaker on Monday.", "re-elected", "elect", "Kenya"),
    ("Peru re-opened its embassy in Caracas.", "re-opened", "open", "Peru"),
    ("Ghana pre-approved a loan to Togo.", "pre-approved", "approve", "Ghana"),
    ("Kenya and Uganda co-operate on border security.", "co-operate", "cooperate", "Kenya"),
    # a noun
    ("The co-host of the summit, Chile, invited Peru.", "co-host", "host", None),

]


@pytest.mark.parametrize(("text", "word", "lemma", "subject"), _MERGED)
def test_nlp_prefixes_merged(text: str, word: str, lemma: str, subject: str | None) -> None:
    parse = parse_text(text)
    tok = _word(parse, word)
    assert tok.lemma == lemma, (text, tok)
    assert not any(t.text == "-" for t in parse.tokens), text
    if subject is not None:
        subj = _word(parse, subject)
        assert subj.head == tok.i and subj.dep == "nsubj", (text, subj)


_APART = [
    # spaces around the hyphen: a dash, not a prefix
    ("Talks went on - co -operation was slow, Chile said.", "co"),
    # a capitalised prefix: a name's word, which the actor ruler matches split
    ("The Shanghai Co-operation Organisation met in Astana.", "Co"),
    # a capitalised stem: a name, not a prefixed word
    ("Vietnam's envoy Tran Van Co-Minh visited Laos.", "Co"),
    # a word after a hyphened prefix of its own is not a prefix ("anti-co-host")
    ("The pro-re-election camp met in Lima.", "re"),
]


@pytest.mark.parametrize(("text", "prefix"), _APART)
def test_nlp_prefixes_left_apart(text: str, prefix: str) -> None:
    parse = parse_text(text)
    assert any(t.text == prefix for t in parse.tokens), (text, [t.text for t in parse.tokens])
