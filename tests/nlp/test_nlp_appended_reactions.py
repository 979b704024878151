"""A reaction appended to a report as a noun phrase keeps the report as the sentence's root.

spaCy read "Peru accused Bolivia of sheltering smugglers, a charge La Paz denied" with
"denied" as the root (the accusation its clause, "charge" its subject, "La Paz" an apposition
of the noun), or "denied" joined to or hung on "accused". nlp._reactions_read_as_roots
restores the report as the root and the reaction as a clause on the noun with the name its
subject (nouns and verbs of data/nlp/appended_reactions.yaml), so the coder reads who rejected
whose charge (test_events_review154). Every text was written for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


_APPENDED = [
    ("Peru accused Bolivia of sheltering smugglers, a charge La Paz denied.", "accused", "denied", "Paz"),
    (
        "Colombia accused Venezuela of harboring rebels, an accusation Caracas dismissed as baseless.",
        "accused",
        "dismissed",
        "Caracas",
    ),
    (
        "Mali accused Algeria of arming separatists, a charge Algiers has repeatedly rejected.",
        "accused",
        "rejected",
        "Algiers",
    ),
    # a common noun doing the denying (session 49), bare or after "the"
    ("The opposition accused the army of fraud, a charge officials deny.", "accused", "deny", "officials"),
    (
        "Rights groups accused the army of torture, an accusation the government rejected.",
        "accused",
        "rejected",
        "government",
    ),
]


@pytest.mark.parametrize(("text", "report", "reaction", "name"), _APPENDED)
def test_nlp_appended_reaction_hangs_on_its_noun(
    text: str, report: str, reaction: str, name: str
) -> None:
    parse = parse_text(text)
    said, verb, who = _word(parse, report), _word(parse, reaction), _word(parse, name)
    assert said.head == said.i  # the report is the root
    noun = parse.tokens[verb.head]
    assert noun.pos == "NOUN" and verb.dep in ("acl", "relcl")
    assert (who.dep, who.head) == ("nsubj", verb.i)


def test_nlp_plain_reaction_sentence_left_alone() -> None:
    """A reaction that is the sentence's own verb, with no report before a comma."""
    parse = parse_text("La Paz denied the charge on Tuesday.")
    verb = _word(parse, "denied")
    assert verb.head == verb.i
