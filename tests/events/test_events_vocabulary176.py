"""Vocabulary 176 (session 69, helper IN69): mine clearance paid for in another state (071;
0331 when agreed or offered).

Census: one open miss of root 03 ("The alliance has also agreed to pay for the clearance"
with the state in context), and "clearance" was no works word of v.pay_for (works_paid), so
"agreed to pay for the clearance of mines in Mongolia" coded nothing where "the rebuilding of
the central market in Honiara" codes. Mine clearance (clearance, demining) done in another
state is works there, as a bridge or a study is. Customs clearance with no state's works and
clearance in one's own border areas give nothing (needs others_works).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PAID: list[Case] = [
    (
        "BRUSSELS",
        "NATO has also agreed to pay for the clearance of mines in Mongolia.",
        "NATO>MNG:03|07",
    ),
    ("OSLO", "Norway will pay for demining in Angola over the next three years.", "NOR>AGO:03|07"),
    ("BERLIN", "Germany paid for the clearance of mines in northern Bosnia.", "DEU>BIH:07"),
]

NONE: list[NearMiss] = [
    ("LAGOS", "The importer will pay for customs clearance in Lagos next month."),
    ("ZAGREB", "Croatia will pay for the clearance of mines in its own border areas."),
]

GAPS: list[Gap] = []

CASES: list[Case] = PAID


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary176_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary176_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
