"""A person's name the model ran on into its verb (session 30, helper SPK).

"Haj Omar thanked Saudi Arabia ..." came out with a PERSON entity "Haj Omar thanked", and the
quote after it spoke as "Haj Omar thanked": a name never ends in a lowercase verb, so the span
stops before it (resolve._person_spans). The parse is built by hand, the way the model misread
it; the near-miss keeps a name whose last word is capitalised. Every text was written for this
file."""

from __future__ import annotations

import pytest

from newsgraph.actors.resolve import resolve_mentions
from newsgraph.model import Article, Entity, Parse, Sentence, Token
from newsgraph.settings import load_settings

#: (text, lemma, pos, tag, dep, head); the PERSON entity covers tokens [0, ent_end)
_Row = tuple[str, str, str, str, str, int]


def _hand_parse(rows: list[_Row], ent_end: int) -> tuple[str, Parse]:
    """A one-sentence parse with one PERSON entity over the first ``ent_end`` tokens."""
    tokens: list[Token] = []
    at = 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(rows):
        ent = "PERSON" if i < ent_end else ""
        iob = ("B" if i == 0 else "I") if i < ent_end else "O"
        tokens.append(
            Token(i, text, at, at + len(text), lemma, pos, tag, dep, head, ent, iob, 0, " ")
        )
        at += len(text) + 1
    text = " ".join(r[0] for r in rows)
    children = tuple(tuple(t.i for t in tokens if t.head == h.i and t.i != h.i) for h in tokens)
    end = tokens[ent_end - 1].end
    entity = Entity(0, end, 0, ent_end, text[:end], "PERSON", 0)
    return text, Parse(
        (Sentence(0, 0, len(text), text, 0, len(tokens)),), tuple(tokens), (entity,), children
    )


_THANKED: list[_Row] = [
    ("Abu", "Abu", "PROPN", "NNP", "compound", 1),
    ("Salem", "Salem", "PROPN", "NNP", "nsubj", 2),
    ("thanked", "thank", "VERB", "VBD", "ROOT", 2),
    ("Kuwait", "Kuwait", "PROPN", "NNP", "dobj", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]

#: (rows, entity end, the person mention's text)
_CASES: list[tuple[list[_Row], int, str]] = [
    (_THANKED, 3, "Abu Salem"),  # the model's run-on: "Abu Salem thanked"
    (_THANKED, 2, "Abu Salem"),  # near-miss: the entity already ends on the name
]


@pytest.mark.parametrize(("rows", "ent_end", "name"), _CASES)
def test_salience28_name_stops_before_its_verb(rows: list[_Row], ent_end: int, name: str) -> None:
    text, parse = _hand_parse(rows, ent_end)
    settings = load_settings()
    people = [
        m.text
        for m in resolve_mentions(Article(id="h", text=text), parse, settings)
        if m.kind == "person"
    ]
    assert people == [name]
