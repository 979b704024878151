"""Actors review (session 62, Q62): "It" that is a document handed over.

"Foreign Minister X said he had handed the protest note to Y's ambassador. It asks Z to
suspend the tolls, he said": the sentence's first "It" that asks, demands or says, right
after a sentence whose one document noun its sender handed over, is that document and
speaks for the sender (descriptions.yaml handing_verbs, document_acts;
described._handed_document_it). Near misses: an "It" whose verb is no act of a document
("It rained"), a document no one handed ("The note was long"), and two documents named.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-05-06"


def _actors(text: str, words: str) -> list[str]:
    """The principal of every mention written as ``words``."""
    result = process(text, date=DATE)
    return [
        m.actor.principal if m.actor is not None else ""
        for m in result.mentions
        if text[m.start : m.end] == words
    ]


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code[:2]) for e in process(text, date=DATE).events}


_HEAD = (
    "SANTIAGO, Chile (AP) — Chile lodged a formal protest with Bolivia on Thursday over new "
    "road tolls on its trucks.\n"
)


def test_review126_it_after_a_handed_note_is_its_sender() -> None:
    text = _HEAD + (
        "Foreign Minister Rodrigo Alves said he had handed the protest note to Bolivia's "
        "ambassador, Jorge Quispe. It asks La Paz to suspend the new tolls while the two "
        "governments negotiate, he said."
    )
    assert _actors(text, "It") == ["CHL"]
    assert ("CHL", "BOL", "02") in _events(text)


def test_review126_it_of_another_verb_gets_nothing() -> None:
    text = _HEAD + (
        "Foreign Minister Rodrigo Alves said he had handed the protest note to Bolivia's "
        "ambassador, Jorge Quispe. It rained heavily in the capital all day."
    )
    assert _actors(text, "It") in ([], [""])


def test_review126_note_not_handed_gets_nothing() -> None:
    text = _HEAD + (
        "Foreign Minister Rodrigo Alves said the protest note ran to four pages. It asks La Paz "
        "to suspend the new tolls, he said."
    )
    assert "CHL" not in _actors(text, "It")


def test_review126_two_documents_get_nothing() -> None:
    text = _HEAD + (
        "Foreign Minister Rodrigo Alves said he had handed the protest note and a copy of the "
        "statement to Bolivia's ambassador. It asks La Paz to suspend the new tolls, he said."
    )
    assert "CHL" not in _actors(text, "It")
