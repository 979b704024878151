"""Review 86 (session 47, lead): whose "it" a reporter with a name on its noun is.

"The NATO-led force in Kosovo said it had stepped up patrols": the reporter's own name
("NATO-led", "NATO's peacekeeping force") outranks a place named after its noun ("in
Kosovo"), which only places it (coref._modifies). A backer's name ("the Russian-backed
government in Abkhazia") is no owner. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

LEAD = "Row\n\nMoldova accused Romania of sending smugglers across the river. "


def _it(body: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(LEAD + body + "\n", date="2026-04-02")
    its = [m for m in result.mentions if m.text == "it"]
    assert len(its) == 1, [m.text for m in result.mentions]
    return its[0].actor.principal if its[0].actor is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "owner"),
    [
        ("The NATO-led force in Moldova said it had stepped up patrols.", "NATO"),
        ("NATO's peacekeeping force in Moldova, EUROMOL, said it would stay.", "NATO"),
        ("The Moldovan coast guard said it had seized a boat.", "MDA"),
    ],
)
def test_actors_review86_reporter_name_owns_it(body: str, owner: str) -> None:
    assert _it(body) == owner
