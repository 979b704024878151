"""A phrase that opens a sentence before a coordinated subject keeps its own words.

spaCy read "After talks in Geneva, Armenia and Azerbaijan agreed ..." as if "Armenia" were
one more place after "Geneva" (a conj) and "talks" the subject of "agreed" (with "After" as a
mark), so the agreement had no subject. When a sentence opens with a preposition of
data/nlp/fronted_phrases.yaml and the noun phrase right after its first comma is read as a
conj or apposition of a word before the comma, and everything from it to the root verb is its
own, nlp._subjects_read_as_fronted_places makes that phrase the verb's subject and the noun
read as subject the preposition's object. Every text was written for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


#: (sentence, the subject's head word, the opening phrase's noun)
_REPAIRED = [
    ("After talks in Geneva, Moldova and Romania agreed to exchange prisoners.", "Moldova", "talks"),
    ("After a summit in Astana, Kazakhstan and Uzbekistan pledged to deepen ties.", "Kazakhstan", "summit"),
    ("Before talks in Rome, Egypt and Ethiopia traded accusations.", "Egypt", "talks"),
    ("After negotiations in Oslo, Colombia and Ecuador restored diplomatic relations.", "Colombia", "negotiations"),
    ("After talks in Jakarta, the Philippines and Malaysia agreed to hold joint patrols.", "Philippines", "talks"),
]


@pytest.mark.parametrize(("text", "subject", "noun"), _REPAIRED)
def test_nlp_fronted_subject_restored(text: str, subject: str, noun: str) -> None:
    parse = parse_text(text)
    subj, obj = _word(parse, subject), _word(parse, noun)
    root = next(t for t in parse.tokens if t.head == t.i)
    assert (subj.dep, subj.head) == ("nsubj", root.i)
    opener = parse.tokens[0]
    assert (obj.dep, obj.head) == ("pobj", opener.i)
    assert (opener.dep, opener.head) == ("prep", root.i)
    assert obj.i in parse.children[opener.i] and subj.i in parse.children[root.i]


#: sentences the repair leaves as parsed: a list of places before the subject, no opening
#: preposition, a subject of its own after the comma
_KEPT = [
    "After stops in Sofia, Bucharest and Zagreb, Greece's premier signed a deal with Italy.",
    "Talks in Geneva, Moldova and Romania ended without a deal.",
    "After talks in Doha, Italy signed a deal with Libya.",
]


@pytest.mark.parametrize("text", _KEPT)
def test_nlp_fronted_other_sentences_unchanged(text: str) -> None:
    """Every word keeps the head and relation spaCy gave it."""
    from newsgraph.nlp import load_nlp, parse_copy
    from newsgraph.settings import Settings

    doc = load_nlp(Settings())(parse_copy(text))
    parse = parse_text(text)
    assert [(t.dep, t.head) for t in parse.tokens] == [(t.dep_, t.head.i) for t in doc]
