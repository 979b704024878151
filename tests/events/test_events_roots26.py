"""Roots 11 beside 16 (session 29, ROOT): a charge after two deeds of one pair.

A root census of the development sets (same actors, another root) found a charge left
uncoded when a trailing "..., accusing Y of ..." hangs on the second of two deeds joined
together ("suspended flights to Y and banned imports, accusing Y of ..."): the second deed,
of the first's root, is one act with it, so the charge follows the first deed as it does
when it hangs on it (extract._trailing_charge). Kept as before: a reason that is no charge
("citing security concerns"), a toll ("injuring no one"), a naming after a judgement ("calling
the move a provocation"), and a charge aimed at a third state. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ASUNCION",
        "Paraguay closed two border crossings with Bolivia and suspended cargo flights to La "
        "Paz, accusing Bolivia of tolerating cocaine smuggling.",
        "PRY>BOL:16 PRY>BOL:11",
    ),
    (
        "N'DJAMENA",
        "Chad suspended flights to Niger and banned imports of Nigerien onions, accusing Niamey "
        "of dumping its surplus.",
        "TCD>NER:16 TCD>NER:11",
    ),
    (
        "ASUNCION",
        "Paraguay suspended cargo flights to Bolivia and expelled two Bolivian diplomats on "
        "Monday, accusing La Paz of spying on its army.",
        "PRY>BOL:16 PRY>BOL:16 PRY>BOL:11",
    ),
    # near-misses: no charge of the pair
    (
        "ASUNCION",
        "Paraguay suspended cargo flights to Bolivia and expelled two Bolivian diplomats on "
        "Monday, citing security concerns.",
        "PRY>BOL:16 PRY>BOL:16",
    ),
    (
        "ASUNCION",
        "Paraguay suspended cargo flights to Bolivia and closed the border, injuring no one.",
        "PRY>BOL:16",
    ),
    (
        "ASUNCION",
        "Paraguay criticized Bolivia and suspended cargo flights to La Paz, calling the move a "
        "provocation.",
        "PRY>BOL:11 PRY>BOL:16",
    ),
    (
        "ASUNCION",
        "Paraguay suspended cargo flights to Bolivia and expelled two Bolivian diplomats, "
        "accusing Argentina of helping La Paz.",
        "PRY>BOL:16 PRY>BOL:16 PRY>ARG:11",
    ),
    (
        "N'DJAMENA",
        "Chad closed its border with Niger on Friday, saying Niamey had failed to stop arms "
        "smuggling.",
        "TCD>NER:16 TCD>NER:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots26_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
