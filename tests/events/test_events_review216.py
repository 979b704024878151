"""An IGO's or a state's envoy ordered out past a phrase (session 60, I60).

"ordered the agency's representative in the country to leave within 72 hours": with a phrase
between the person and "to", the parser read the person as the subject of a clause of its own
("representative(nsubj) ... to leave(ccomp)"), so v.order_leave (a dobj and an xcomp) never
matched and the expulsion (166) was lost. nlp._objects_read_as_infinitive_subjects gives an
ordering verb (data/nlp/ordering_verbs.yaml) its object and infinitive back.

The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-04-09"

# (text, (source, target, root) that must be coded, or None: no expulsion (16) at all)
ROWS: list[tuple[str, tuple[str, str, str] | None]] = [
    (
        "BAMAKO — Mali on Friday ordered the World Health Organization's representative in the "
        "country to leave within 72 hours.",
        ("MLI", "WHO", "16"),
    ),
    (
        "NIAMEY — Niger ordered the International Atomic Energy Agency's inspector at the mine "
        "to leave the country by Sunday.",
        ("NER", "IAEA", "16"),
    ),
    (
        "N'DJAMENA — Chad told the French envoy in N'Djamena to leave the country within 48 hours.",
        ("TCD", "FRA", "16"),
    ),
    # the person right before "to" was already read as the object: still coded
    (
        "BAMAKO — Mali on Friday ordered the World Health Organization's representative to leave.",
        ("MLI", "WHO", "16"),
    ),
    # near misses: no ordering verb; an order that someone stay; a clause with no "to"
    (
        "BAMAKO — Mali said the World Health Organization's representative in the country was "
        "to leave within 72 hours.",
        None,
    ),
    (
        "BAMAKO — Mali on Friday ordered the World Health Organization's representative in the "
        "country to stay at his post.",
        None,
    ),
    (
        "BAMAKO — Mali on Friday ordered that the World Health Organization's representative "
        "in the country be questioned.",
        None,
    ),
]


def _coded(text: str) -> list[tuple[str, str, str]]:
    result = process(text, date=DATE)
    return [
        (e.source_actor.principal, e.target_actor.principal, e.code[:2])
        for e in result.events
        if e.source_actor is not None and e.target_actor is not None
    ]


@pytest.mark.parametrize(("text", "wanted"), ROWS)
def test_review216_envoy_ordered_out_past_a_phrase(
    text: str, wanted: tuple[str, str, str] | None
) -> None:
    coded = _coded(text)
    if wanted is not None:
        assert wanted in coded, coded
    else:
        assert not [c for c in coded if c[2] == "16"], coded
