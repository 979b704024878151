"""Review 127 (session 44, prober P1): the effect of a strike told by a participle of cutting
a flow to households is no measure against a state.

"Russian missiles struck a power plant, cutting electricity to 40,000 homes": the power cut is
what the strike did to the people served, no halt of a flow to another state (160) aimed at
whoever acted before; a to- or for-phrase of households served (rules served_nouns, also under
a number's of-phrase: "to hundreds of thousands of homes") leaves a measure with no target
aimed at no one (sides._home_aim). A flow cut to a state still codes, whatever homes it leaves
cold.

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KYIV",
        "Russian missiles struck a power plant in Lviv, cutting electricity to thousands of"
        " customers.",
        "RUS>UKR:19",
    ),
    (
        "KYIV",
        "Russian drones hit a substation near Sumy overnight, cutting power to 60,000"
        " households, the regional governor said.",
        "RUS>UKR:19",
    ),
    (
        "KHARTOUM",
        "Ethiopian troops shelled a pumping station in Sudan's Gedaref state, cutting water to"
        " hundreds of homes.",
        "ETH>SDN:19",
    ),
    # a flow cut to a state still codes
    (
        "CHISINAU",
        "Russia cut gas to Moldova on Monday, leaving thousands of homes without heat.",
        "RUS>MDA:16",
    ),
    (
        "VILNIUS",
        "Lithuania halted power exports to Belarus, cutting electricity to a few thousand homes"
        " near the border.",
        "LTU>BLR:16",
    ),
]

NONE: list[NearMiss] = [
    ("TBILISI", "Georgia's utility cut gas to 20,000 homes in Tbilisi for repairs."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review127_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review127_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
