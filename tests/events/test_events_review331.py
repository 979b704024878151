"""Review 331 (session 65, T65): a criticism that carries on its source's appeal just before.

"In a report ..., the bank urged the Maldives to cut energy subsidies ... It criticized what it
described as a pattern of borrowing": a criticism naming no one found no counterpart, since
the only act before it was its source's own friendly appeal (_counterpart takes neither the
source's own acts for a reply nor a friendly act for a hostile one). Now a criticism
(critic_roots) whose previous sentence holds only its source's appeals (appeal_roots) to one
state, with no other state named from there on, is aimed at that state
(reactions._urged_before). Near misses: an appeal to two states, another state's act between,
another state criticizing, another state named in the criticism.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "In a report on Tuesday, the IMF urged Kenya to cut fuel subsidies. It criticized what "
        "it called a habit of borrowing for projects that earn nothing.",
        "IMF>KEN:02 IMF>KEN:11",
    ),
    (
        "LIMA",
        "Chile urged Peru on Monday to reopen the border crossing at Tacna. It criticized what it "
        "called a pattern of broken promises.",
        "CHL>PER:02 CHL>PER:11",
    ),
    (
        "ACCRA",
        "Ghana's president urged Togo to release the detained traders. He criticized the "
        "conditions in which they were held.",
        "GHA>TGO:02 GHA>TGO:11",
    ),
    # ... not an appeal to two states, nor past another state's act
    (
        "LIMA",
        "Chile urged Peru and Bolivia on Monday to reopen their border crossings. It criticized "
        "the delays at the ports.",
        "CHL>PER:02 CHL>BOL:02",
    ),
    (
        "LIMA",
        "Chile urged Peru on Monday to reopen the border crossing at Tacna. Bolivia's trade "
        "minister met Chilean officials in Santiago. It criticized the delays at the ports.",
        "CHL>PER:02 BOL>CHL:04",
    ),
    # ... nor another state's criticism, nor one naming another state
    (
        "LIMA",
        "Chile urged Peru on Monday to reopen the border crossing at Tacna. Argentina criticized "
        "the delays at the ports.",
        "CHL>PER:02",
    ),
    (
        "LIMA",
        "Chile urged Peru on Monday to reopen the border crossing at Tacna. It criticized the "
        "delays at the ports of Argentina.",
        "CHL>PER:02",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review331_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review331_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
