"""Context 30 (session 17, lead): a noun's act told in a prepositional phrase under a verb's act
of the same sentence ("cut ties with France with the backing of Mali", "launched an attack
with the help of Iranian drones") is a circumstance of that act: a later "the move" or "the
decision" answers the verb's act, not the helper's (reactions.py _circumstance). A noun that
names the kind of the phrase's act ("the visit" after "on a state visit to France") still
takes it. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CIRCUMSTANCES: list[Case] = [
    (
        "PARIS",
        "Niger cut diplomatic ties with France on Monday with the backing of Mali. Paris "
        "condemned the move.",
        "NER>FRA:16 MLI>NER:06 FRA>NER:11",
    ),
    (
        "KYIV",
        "Russia launched a missile attack on Kyiv with the help of Iranian drones. Ukraine "
        "condemned the move.",
        "RUS>UKR:19 IRN>RUS:06 UKR>RUS:11",
    ),
    # kept: a noun naming the phrase's act takes it
    (
        "NAIROBI",
        "French President Paul Renard welcomed Kenyan President Daniel Mwangi in Paris on "
        "Thursday, on the first state visit by a Kenyan leader to France in a decade. The visit "
        "was praised by Germany.",
        "FRA>KEN:04 KEN>FRA:04 DEU>KEN:05",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CIRCUMSTANCES, NONE, GAPS)


def test_events_context30_bodies_are_unique() -> None:
    bodies = audit_bodies(CIRCUMSTANCES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CIRCUMSTANCES, NONE, GAPS))
def test_events_context30_circumstances(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
