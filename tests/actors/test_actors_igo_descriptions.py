"""Definite descriptions of an IGO named before ("the court" after the International
Criminal Court, "the cartel" after OPEC) stand for it, and only after it was named."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import process

pytestmark = pytest.mark.model

_CASES = [
    (
        "The International Criminal Court on Tuesday issued a warrant for a general. "
        "Russia criticized the court.",
        ("RUS", "ICC", "11"),
    ),
    (
        "The ICC opened an inquiry into the killings. Hungary said it would leave the tribunal "
        "and Israel criticized the tribunal on Friday.",
        ("ISR", "ICC", "11"),
    ),
    ("OPEC agreed to cut output on Sunday. Washington criticized the cartel.", ("USA", "OPEC", "11")),
    (
        "The World Trade Organization ruled against China on Monday. Beijing rejected the "
        "organization's ruling and criticized the organization.",
        ("CHN", "WTO", "11"),
    ),
]

_NOT_NAMED = [
    "The court said on Monday that it had jurisdiction. Russia criticized the court.",
    "A Paris court jailed the activist on Monday. Russia criticized the court.",
]


@pytest.mark.parametrize(("text", "event"), _CASES)
def test_actors_igo_description_after_its_name(text: str, event: tuple[str, str, str]) -> None:
    found = {(e.source_actor.principal, e.target_actor.principal, e.root) for e in process(text).events}
    assert event in found


@pytest.mark.parametrize("text", _NOT_NAMED)
def test_actors_igo_description_needs_the_name_first(text: str) -> None:
    assert not [e for e in process(text).events if e.target_actor.principal == "ICC"]
