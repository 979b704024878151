"""Vocabulary 126 (session 62, Z62): a state's peacekeepers are its military.

"Kenyan peacekeepers arrived in Haiti" codes as "Kenyan peacekeeping troops arrived in
Haiti" does (074, v.peacekeepers_arrive): "peacekeepers" is a military word of its state
(actors/roles.yaml MIL, beside "troops"). An IGO's peacekeepers stay the IGO's; peacekeepers
of no state named, or leaving, code nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("NAIROBI", "Zambian peacekeepers arrived in Haiti on Thursday.", "ZMB>HTI:07"),
    ("ACCRA", "Ghanaian peacekeepers landed in Juba on Monday.", "GHA>SSD:07"),
    ("DHAKA", "Bangladesh sent 300 peacekeepers to Mali.", "BGD>MLI:07"),
    ("GOMA", "UN peacekeepers arrived in Bunia on Friday.", "UN>COD:07"),
]
NONE: list[NearMiss] = [
    ("CANBERRA", "Australian peacekeepers left East Timor on Monday."),
    ("DILI", "The peacekeepers arrived in Dili on Monday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary126_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary126_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
