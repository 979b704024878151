"""Review 91 (session 48, P21): who a visit's host and guest are when the lead says where
they met.

"Ghana's foreign minister met his Ivorian counterpart in Accra": who a state's actor met
or received in a place of his own state is the visitor (described._met_at_home), so "the
visitor" later is Ivory Coast's. "Kenya's president received Tanzania's foreign minister
in Nairobi": the place of the receiving hosts the visit (described._hosting), so "her
host" later is Kenya's. A meeting in a third state's place, or in a place of the
visitor's own state, makes no one the visitor. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest


def _actor_of(text: str, phrase: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(text, date="2026-11-20")
    found = [m for m in result.mentions if m.text.lower() == phrase]
    assert len(found) <= 1, [m.text for m in result.mentions]
    return found[0].actor.principal if found and found[0].actor is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "state"),
    [
        (
            "Talks\n\nSenegal's foreign minister met his Malian counterpart in Dakar on Monday. "
            "He thanked the visitor for Mali's help.",
            "the visitor",
            "MLI",
        ),
        (
            "Talks\n\nUruguayan President Luis Ferro received Paraguay's foreign minister, Ana Ruiz, in "
            "Montevideo on Monday. Ruiz thanked her host for the welcome.",
            "her host",
            "URY",
        ),
    ],
)
def test_actors_review91_host_and_guest_from_the_place(text: str, phrase: str, state: str) -> None:
    assert _actor_of(text, phrase) == state


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # met in a third state's place: either may be the visitor
        "Talks\n\nSenegal's foreign minister met his Malian counterpart in Paris on Monday. "
        "He thanked the visitor for Mali's help.",
        # met in the object's own capital: the subject visits, not the object
        "Talks\n\nSenegal's foreign minister met his Malian counterpart in Bamako on Monday. "
        "He thanked the visitor for Mali's help.",
    ],
)
def test_actors_review91_no_visitor_from_other_places(text: str) -> None:
    assert _actor_of(text, "the visitor") != "MLI"
