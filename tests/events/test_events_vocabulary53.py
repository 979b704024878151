"""Vocabulary 53 (session 35, the lead): "charge" in its two senses.

"Charged two diplomats with spying" accuses (v.charge, 112) and "charged a sailor" with no
crime named is legal action (v.charge_legal, 173), as before; a price asked is neither: "the
fees it charges Polish trucks", "charges foreign ships a port levy" (the price words of
v.charge, shared by v.charge_legal). "Blamed Russia for higher gas prices" stays an
accusation: the price words belong to "charge" only. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("RIGA", "Latvia charged two Russian diplomats with spying on Tuesday.", "LVA>RUS:11"),
    (
        "RIGA",
        "Latvia expelled two Russian diplomats it charged with espionage.",
        "LVA>RUS:16 LVA>RUS:11",
    ),
    ("RIGA", "Lithuania blamed Belarus for higher fertilizer prices.", "LTU>BLR:11"),
    (
        "TBILISI",
        "Armenian prosecutors charged two Georgian truck drivers after the border clash.",
        "ARM>GEO:11|17",
    ),
]

NONE: list[NearMiss] = [
    # a price asked of another state's trucks, ships or airlines
    (
        "BUDAPEST",
        "Slovakia agreed to cap the fees it charges Polish trucks at its border crossings.",
    ),
    ("ATHENS", "Egypt charges Greek tankers a transit toll of 40 euros a tonne."),
    ("HANOI", "Laos will halve the landing fee it charges Vietnamese airlines from June."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary53_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary53_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
