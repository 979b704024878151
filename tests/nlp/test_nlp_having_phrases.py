"""A phrase about the subject set off by commas keeps the sentence's own verb as its root.

spaCy misreads three shapes of "Subject, <participle phrase>, verb ...": it hangs the verb
on the subject as a participle ("Togo, having reviewed the evidence, called(acl of Togo) on
Benin"; "Sudan, battered by years of war, called(acl of Sudan) on Egypt"), roots the
sentence on the phrase's participle and hangs the verb on it ("Cuba, having long denied the
charges, accused(dep of denied) Washington"), or reads the subject as the subject of a
"having been" phrase ("Mali, having been hit by floods, asked": "Mali" the nsubjpass of
"hit"). nlp._verb_read_as_phrase, _verbs_after_having_phrases and _subjects_read_in_phrases
give the verb back its place and its subject. Every text was written for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


#: (text, subject, verb that must be the last sentence's root, phrase's participle or None)
_REPAIRED = [
    ("Togo, having reviewed the evidence, called on Benin to release the traders.", "Togo", "called", "reviewed"),
    ("Peru, having studied the ruling, called on Chile to respect it.", "Peru", "called", "studied"),
    ("Sudan, battered by years of war, called on Egypt to mediate.", "Sudan", "called", None),
    ("Qatar, having mediated earlier rounds, called on Iran to return.", "Qatar", "called", "mediated"),
    ("The ministry, having reviewed the file, called on Gabon to act.", "ministry", "called", "reviewed"),
    ("Cuba, having long denied the charges, accused Washington of lying.", "Cuba", "accused", "denied"),
    ("Iran, having denied it, accused Israel of the attack.", "Iran", "accused", "denied"),
    (
        "The talks collapsed on Monday.\n\nChad, having been hit by drought, asked Niger for grain.",
        "Chad", "asked", "hit",
    ),
    (
        "The talks collapsed on Monday.\n\nNepal, having been struck by an earthquake, asked India for tents.",
        "Nepal", "asked", "struck",
    ),
]


@pytest.mark.parametrize(("text", "subject", "verb", "participle"), _REPAIRED)
def test_nlp_phrase_keeps_verb_and_subject(text: str, subject: str, verb: str, participle: str | None) -> None:
    parse = parse_text(text)
    subj, root = _word(parse, subject), _word(parse, verb)
    assert (root.dep, root.head) == ("ROOT", root.i), text
    assert (subj.dep, subj.head) == ("nsubj", root.i), text
    assert subj.i in parse.children[root.i]
    if participle is not None:
        phrase = _word(parse, participle)
        assert (phrase.dep, phrase.head) == ("advcl", root.i), text


#: sentences left as parsed: the verb has a by-agent of its own (a second participle), or
#: the phrase has no comma before it
_KEPT = [
    ("Sudan, battered by years of war, weakened by floods.", "Sudan"),
    ("The Chadian troops having left, Niger sent its own soldiers to the border.", "sent"),
]


@pytest.mark.parametrize(("text", "root"), _KEPT)
def test_nlp_phrase_other_shapes_kept(text: str, root: str) -> None:
    parse = parse_text(text)
    kept = _word(parse, root)
    assert (kept.dep, kept.head) == ("ROOT", kept.i), [(t.text, t.dep, t.head) for t in parse.tokens]
