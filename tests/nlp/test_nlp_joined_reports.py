"""A speaker's second act is joined to the speaker's reporting verb, not to the reported clause.

spaCy reads "Azerbaijan denied its forces had opened fire and accused Armenian units of ..."
with "accused" joined (conj) to "opened", so the accusation sits inside the denied clause.
nlp._speech_acts_joined_to_reports joins a speech act (data/nlp/joined_reports.yaml) with no
subject of its own to the denying verb when the denied clause is finite. Every text was
written for this file."""

from __future__ import annotations

import pytest

from newsgraph.model import Parse, Token
from newsgraph.nlp import parse_text

pytestmark = pytest.mark.model


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


#: (text, reporting verb, joined act)
_JOINED = [
    ("Azerbaijan denied its forces had opened fire and accused Armenian units of lying.", "denied", "accused"),
    ("Ghana denied its police had beaten the traders and accused Togo of lying.", "denied", "accused"),
    ("Peru denied its navy had fired on the boat and accused Chile of lying.", "denied", "accused"),
]


@pytest.mark.parametrize(("text", "report", "act"), _JOINED)
def test_nlp_speech_act_joined_to_reporting_verb(text: str, report: str, act: str) -> None:
    parse = parse_text(text)
    said, verb = _word(parse, report), _word(parse, act)
    assert (verb.dep, verb.head) == ("conj", said.i), [(t.text, t.dep, t.head) for t in parse.tokens]


#: acts a reported subject may do stay in the reported clause: (text, clause verb, act)
_KEPT = [
    ("Azerbaijan denied its troops had crossed the border and killed two civilians.", "crossed", "killed"),
    ("Iran said its forces had seized the tanker and detained the crew.", "seized", "detained"),
    # after a saying verb the coder reads the appeal as the speaker's as parsed
    ("Japan said China had violated its airspace and urged Beijing to stop.", "violated", "urged"),
]


@pytest.mark.parametrize(("text", "clause", "act"), _KEPT)
def test_nlp_reported_subjects_acts_kept(text: str, clause: str, act: str) -> None:
    parse = parse_text(text)
    verb, joined = _word(parse, clause), _word(parse, act)
    assert (joined.dep, joined.head) == ("conj", verb.i)
