"""Two phrases between a verb and what it governs that the parser hangs on the wrong word.

A reported clause after a time phrase: spaCy reads "denied within hours that its soldiers had
been spying" with "that" as the object of a relative clause on "hours", so the denial has no
clause and codes nothing (nlp._reports_read_under_phrases makes the clause the speech verb's
ccomp when the phrase's noun tells a time or the clause holds an object of its own).

A vehicle of speech after an object: "welcomed the agreement in a statement from its embassy"
hangs "in a statement" on "agreement", which then no longer reads as the bare deal told before
(nlp._vehicles_read_as_object_phrases, data/nlp/speech_vehicles.yaml). Every text was written
for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


#: (text, speech verb, reported clause's verb)
_REPORTED = [
    ("Togo's government denied within hours that its soldiers had been spying.", "denied", "spying"),
    ("Its trade minister said in a statement that Canberra planned to add more funds.", "said", "planned"),
]


@pytest.mark.parametrize(("text", "verb", "clause"), _REPORTED)
def test_nlp_reported_clause_after_phrase(text: str, verb: str, clause: str) -> None:
    parse = parse_text(text)
    said, told = _word(parse, verb), _word(parse, clause)
    assert (told.dep, told.head) == ("ccomp", said.i), [(t.text, t.dep, t.head) for t in parse.tokens]
    assert _word(parse, "that").dep == "mark"


#: a true relative clause on a phrase's noun stays: (text, noun, relative clause's verb)
_RELATIVE = [
    ("Chile rejected the claims made in the statement that Peru issued.", "statement", "issued"),
]


@pytest.mark.parametrize(("text", "noun", "clause"), _RELATIVE)
def test_nlp_relative_clause_on_phrase_kept(text: str, noun: str, clause: str) -> None:
    parse = parse_text(text)
    head, rel = _word(parse, noun), _word(parse, clause)
    assert rel.head == head.i, [(t.text, t.dep, t.head) for t in parse.tokens]


#: (text, verb, object, preposition)
_VEHICLES = [
    ("The United States welcomed the agreement in a statement from its embassy.", "welcomed", "agreement", "in"),
    ("Norway rejected the accusation in a post on social media.", "rejected", "accusation", "in"),
]


@pytest.mark.parametrize(("text", "verb", "obj", "prep"), _VEHICLES)
def test_nlp_vehicle_phrase_is_the_verbs(text: str, verb: str, obj: str, prep: str) -> None:
    parse = parse_text(text)
    v, o, p = _word(parse, verb), _word(parse, obj), _word(parse, prep)
    assert o.head == v.i
    assert p.head == v.i, [(t.text, t.dep, t.head) for t in parse.tokens]


#: the object's own phrase stays: a definite statement, a phrase of no vehicle
_OWN = [
    ("Chile rejected the claims in the statement.", "claims", "in"),
    ("Peru welcomed the rise in exports.", "rise", "in"),
]


@pytest.mark.parametrize(("text", "obj", "prep"), _OWN)
def test_nlp_object_phrase_kept(text: str, obj: str, prep: str) -> None:
    parse = parse_text(text)
    o, p = _word(parse, obj), _word(parse, prep)
    assert p.head == o.i, [(t.text, t.dep, t.head) for t in parse.tokens]
