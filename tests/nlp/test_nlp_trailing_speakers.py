"""A trailing "<possessive> <title> said" is the sentence's sayer, not an apposition.

spaCy may read "The EU and Moldova agreed on ... for the small country's customs and border
units, the bloc's deputy secretary-general said after talks in Chisinau" with "general" an
apposition of "units" and "said" a clause of "agreed" with no subject, so the report has no
speaker. nlp._reports_read_as_appositions makes the saying verb the root, the title its
subject and the old root the clause it reports. A true apposition set off by two commas stays
as parsed. Every text was written for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


def _subjects(parse: Parse, verb: Token) -> list[str]:
    return [t.text for t in parse.tokens if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")]


#: (text, saying verb, its subject, reported verb)
_SAYERS = [
    (
        "The EU and Moldova agreed on Wednesday on an equipment package for the small country's"
        " customs and border units, the bloc's deputy secretary-general said after talks in"
        " Chisinau.",
        "said",
        "general",
        "agreed",
    ),
    (
        "The UN and Haiti agreed on a new mission for the Caribbean country's police and prison"
        " units, the organisation's deputy secretary-general said after talks in Port-au-Prince.",
        "said",
        "general",
        "agreed",
    ),
]


@pytest.mark.parametrize(("text", "said", "subject", "reported"), _SAYERS)
def test_nlp_trailing_title_is_the_sayer(text: str, said: str, subject: str, reported: str) -> None:
    parse = parse_text(text)
    verb, clause = _word(parse, said), _word(parse, reported)
    tree = [(t.text, t.dep, t.head) for t in parse.tokens]
    assert verb.dep == "ROOT", tree
    assert _subjects(parse, verb) == [subject], tree
    assert (clause.dep, clause.head) == ("ccomp", verb.i), tree


#: a true apposition keeps its head, and the verb after it is not its own:
#: (text, title, the title's head, verb)
_APPOSITIONS = [
    (
        "Maria Olsen, the alliance's deputy chief, arrived in Dakar on Monday and said the talks"
        " would last two days.",
        "chief",
        "Olsen",
        "arrived",
    ),
    (
        "Ghana agreed to a deal with the bank's president, the former finance minister, said"
        " officials.",
        "minister",
        "president",
        "said",
    ),
    (
        "Senegal welcomed the border units' new commander, the alliance's deputy chief, who"
        " arrived on Monday.",
        "chief",
        "commander",
        "arrived",
    ),
]


@pytest.mark.parametrize(("text", "title", "head", "verb"), _APPOSITIONS)
def test_nlp_true_apposition_is_kept(text: str, title: str, head: str, verb: str) -> None:
    parse = parse_text(text)
    noun, act = _word(parse, title), _word(parse, verb)
    tree = [(t.text, t.dep, t.head) for t in parse.tokens]
    assert (noun.dep, noun.head) == ("appos", _word(parse, head).i), tree
    assert title not in _subjects(parse, act), tree
