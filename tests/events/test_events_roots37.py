"""Roots 37 (session 34, R05): working with another state is cooperation (v.work_with, 060/03).

"Kazakhstan is working with Uzbekistan on a new canal" cooperates (CAMEO 060); "said Lima
would work with La Paz to open new markets", "wanted to keep working with Kuwait" only say so
ahead: intent to cooperate (03). Kept uncoded: working with a people or firms of a state
("worked with Bolivian farmers"), with no one named ("the new government"), work told in a
relative clause about the past ("the minister, who worked with the World Bank"), work as a
means in a preposition's clause ("could reach its goals by working with Sweden"). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("ASTANA", "Kazakhstan is working with Uzbekistan on a new canal.", "KAZ>UZB:06"),
    # v.cooperate's refinements: security work is military cooperation (062)
    ("ASTANA", "Kazakhstan is working with Uzbekistan on border security.", "KAZ>UZB:06"),
    (
        "LIMA",
        "A Peruvian spokesperson said Lima would work with La Paz to open new markets for its"
        " farmers.",
        "PER>BOL:03",
    ),
    (
        "BAGHDAD",
        "Iraq's foreign minister said his government wanted to keep working with Kuwait on"
        " maritime issues.",
        "IRQ>KWT:03",
    ),
    # "working together" with coordinated subjects stays v.act_together's, both ways
    ("HANOI", "Vietnam and Laos are working together on a new railway.", "VNM>LAO:06 LAO>VNM:06"),
]

NONE: list[NearMiss] = [
    # coordinated subjects are no partners of each other without "with" or "together"
    ("ASTANA", "Kazakhstan and Uzbekistan worked on the report."),
    ("LIMA", "Peru worked with Bolivian farmers on the harvest."),
    ("LIMA", "Peru will work with the new government."),
    ("OSLO", "An analyst said Oslo could reach its goals by working with Sweden."),
    ("LIMA", "Peru's new minister, who worked with the World Bank for ten years, took office."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots37_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots37_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
