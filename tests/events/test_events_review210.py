"""A release that names no state frees whom its state held before (session 59, B59).

The honest block trace (tests/evaluate/test_evaluate_blocked2.py) showed "no-target" as
the open sets' largest real block, and v.release its most concentrated pattern there (after
a trace fix: an empty target list was named "object-kind"): "a court released nine of the
men on bail", "released six of the fishermen", told after the detention that named the
people's state. Such a release (rules freeing_roots) whose object, passive subject or their
of-phrase names people or craft held (rules held_nouns) is aimed at the one state whose
people its source's state detained or seized last before it (rules freed_after_codes;
reactions._freed_state). The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-03-04"
HELD = "NAIROBI — Ugandan police detained 20 Kenyan fishermen on Lake Victoria last week. "

# (text, (source principal, target principal) of the release, or None: no release coded)
ROWS: list[tuple[str, tuple[str, str] | None]] = [
    # the people by a partitive of a bare noun, the releaser a court or the state
    (HELD + "A Ugandan court released six of the men on bail on Monday.", ("UGA", "KEN")),
    (HELD + "Uganda released six of the men on Monday.", ("UGA", "KEN")),
    (HELD + "Six of the men were released by Ugandan authorities on Monday.", ("UGA", "KEN")),
    (
        "DAKAR — Mauritanian coast guards detained 14 Senegalese fishermen on Sunday. "
        "A Mauritanian judge freed nine of the men on Wednesday.",
        ("MRT", "SEN"),
    ),
    # near misses: no detention before, another state's detention, two states' people held,
    # no people freed, a state named on those freed (its own slot wins)
    ("NAIROBI — Uganda released six of the men on bail on Monday.", None),
    (
        "NAIROBI — Ugandan police detained 20 Kenyan fishermen last week. "
        "Tanzania released six of the men on Monday.",
        None,
    ),
    (
        "NAIROBI — Ugandan police detained 20 Kenyan and 12 Tanzanian fishermen last week. "
        "Uganda released six of the men on Monday.",
        None,
    ),
    (HELD + "Uganda released its annual budget on Monday.", None),
    (HELD + "Uganda released six Rwandan traders on Monday.", ("UGA", "RWA")),
]


def _released(text: str) -> list[tuple[str, str]]:
    result = process(text, date=DATE)
    return [
        (e.source_actor.principal, e.target_actor.principal)
        for e in result.events
        if e.code.startswith("08")
    ]


@pytest.mark.parametrize(("text", "pair"), ROWS)
def test_release_frees_whom_its_state_held(text: str, pair: tuple[str, str] | None) -> None:
    assert _released(text) == ([pair] if pair else [])
