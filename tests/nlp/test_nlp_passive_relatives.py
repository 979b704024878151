"""A speaker's second act is joined to the speaker's verb, not to a passive relative clause.

spaCy reads "the ministry protests the way the prisoners had been handled and accused Chilean
guards of ..." with "accused" joined (conj) to the passive relative "handled", so the
accusation has no subject. nlp._speech_acts_joined_to_passive_relatives joins a speech act
(data/nlp/joined_reports.yaml) with a direct object and no subject of its own to the verb the
relative clause's noun hangs on. Every text was written for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


#: (text, the speaker's verb, joined act)
_JOINED = [
    (
        "Peru said it firmly protests the way the prisoners had been handled and accused Chilean "
        "guards of kicking three of them.",
        "protests",
        "accused",
    ),
    (
        "The ministry said in a statement that it deplores the way the fishermen were treated and "
        "urged Indonesia to release them.",
        "deplores",
        "urged",
    ),
]


@pytest.mark.parametrize(("text", "host", "act"), _JOINED)
def test_nlp_speech_act_joined_past_passive_relative(text: str, host: str, act: str) -> None:
    parse = parse_text(text)
    said, verb = _word(parse, host), _word(parse, act)
    assert (verb.dep, verb.head) == ("conj", said.i), [(t.text, t.dep, t.head) for t in parse.tokens]


#: a passive act with no object stays joined to the passive clause: (text, clause verb, act)
_KEPT = [
    (
        "Peru protests the way the prisoners had been handled and accused of theft.",
        "handled",
        "accused",
    ),
]


@pytest.mark.parametrize(("text", "clause", "act"), _KEPT)
def test_nlp_passive_relative_acts_kept(text: str, clause: str, act: str) -> None:
    parse = parse_text(text)
    verb, joined = _word(parse, clause), _word(parse, act)
    assert (joined.dep, joined.head) == ("conj", verb.i), [(t.text, t.dep, t.head) for t in parse.tokens]
