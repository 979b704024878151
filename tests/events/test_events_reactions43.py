"""Reactions 43 (session 36, helper WELC2): "the move" far below a lead act that only drew
answers, and a plain name given to an act.

1. "Ghana removed 31 tankers from its registry, a step that drew a protest from Tehran ...
   Iran accused Accra of acting on pretexts ... [three sentences] ... The EU welcomed the
   move": the lead's uncoded act is what "the move" sums up (reactions._lead_act) when all
   that is coded before the reaction answers that act's author (answering_roots aimed at it:
   _only_answered, _answers_authors). A deed coded since, an answer aimed at another state,
   or another act told between still stop it; the author's own reaction names no one else.
2. "Benin called the agreement a draft": a kind of text is a plain name, no criticism
   (v.call_names unless_words); a wrong named beside it ("an illegal draft") still is one.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_LEAD = (
    "Ghana on Tuesday removed 31 oil tankers from its shipping registry, saying the vessels "
    "had carried Iranian crude"
)
_FILLER = (
    "Ghana runs one of the largest ship registries. The registry is managed by a private "
    "company. Its flag flies over 5,000 vessels. "
)
_CHARGE = "Iran accused Accra of acting on invented pretexts. "

# the lead act reached by "the move" past the answers to it
LEAD_ANSWERED: list[Case] = [
    (
        "ACCRA",
        _LEAD + ", a step that drew an angry protest from Tehran. The maritime authority said "
        "the ships had switched off their transponders. Iran's Foreign Ministry accused Accra "
        "of acting on invented pretexts. " + _FILLER + "The European Union welcomed the move.",
        "IRN>GHA:11 EU>GHA:05",
    ),
    (
        "ACCRA",
        _LEAD + ". " + _CHARGE + _FILLER + "Iran's president condemned the move.",
        "IRN>GHA:11 IRN>GHA:11",
    ),
    # negated: nothing
    (
        "ACCRA",
        _LEAD + ". " + _CHARGE + _FILLER + "The European Union did not welcome the move.",
        "IRN>GHA:11",
    ),
    # the author's own: no one else named
    (
        "ACCRA",
        _LEAD + ". " + _CHARGE + _FILLER + "Ghana's president praised the move.",
        "IRN>GHA:11",
    ),
    # an answer aimed at another state: the move may be that one's (nothing)
    (
        "ACCRA",
        _LEAD
        + ". Iran accused Britain of pressing Accra. "
        + _FILLER
        + "The European Union welcomed the move.",
        "IRN>GBR:11",
    ),
    # another act told between: which move is meant is not said
    (
        "ACCRA",
        _LEAD + ". " + _CHARGE + _FILLER + "Separately, Togo signed a port deal with Benin. "
        "The European Union welcomed the move.",
        "IRN>GHA:11 TGO>BEN:05",
    ),
]

# a kind of text is a plain name
NAMING: list[Case] = [
    (
        "LOME",
        "Togo and Benin signed an agreement on Monday to share power from a new dam. Niger "
        "called the agreement a draft.",
        "TGO>BEN:05 BEN>TGO:05",
    ),
    (
        "LOME",
        "Togo and Benin signed an agreement on Monday to share power from a new dam. Niger "
        "called the agreement a framework for later talks.",
        "TGO>BEN:05 BEN>TGO:05",
    ),
    # a wrong named beside it
    (
        "LOME",
        "Togo and Benin signed an agreement on Monday to share power from a new dam. Niger "
        "called the agreement an illegal draft.",
        "TGO>BEN:05 BEN>TGO:05 NER>TGO:11 NER>BEN:11",
    ),
    (
        "LOME",
        "Togo and Benin signed an agreement on Monday to share power from a new dam. Niger "
        "called the agreement a milestone.",
        "TGO>BEN:05 BEN>TGO:05 NER>TGO:05 NER>BEN:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "LOME",
        "Togo and Benin published a text on Monday on sharing power from a new dam. Niger "
        "called the text a first draft.",
    ),
]

GAPS: list[Gap] = []

CASES = LEAD_ANSWERED + NAMING


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions43_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions43_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
