"""Context 65 (session 33, helper TWOACT): a second act of the pair in a clause the parser hangs
low.

"Kenya and Uganda opened talks on renewing a water treaty, with Kampala pressing its neighbor
for a larger share": the absolute with-clause has a subject of its own and tells a second act
(extract._with_clause), wherever the parser hangs it in the host's clause (here on
"renewing"). A with-clause that tells no act codes nothing. "Chile criticized Bolivia, and the
Chilean Senate passed a resolution calling on La Paz to free the men": the words a resolution or
note carries stand where the verb passing it does (a conjunct after the first act), so the appeal
is a second act (extract._coordinated_act). Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Uganda opened talks on Monday on renewing a water treaty that shares the flow "
        "of the Nile, with Kampala pressing its neighbor for a larger share.",
        "KEN>UGA:04 UGA>KEN:04 UGA>KEN:02",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a power deal on Friday on sharing a dam, with Accra pledging 40 "
        "million dollars for new turbines.",
        "GHA>TGO:05 TGO>GHA:05 GHA>TGO:03",
    ),
    (
        "LIMA",
        "Chile also criticized Bolivia, and the Chilean Senate passed a resolution on Monday "
        "calling on La Paz to free the men.",
        "CHL>BOL:11 CHL>BOL:02",
    ),
    (
        "ACCRA",
        "Ghana condemned Togo, and the Ghanaian parliament adopted a resolution on Friday urging "
        "Lome to release the traders.",
        "GHA>TGO:11 GHA>TGO:02",
    ),
    (
        "SANTIAGO",
        "Chile criticized Bolivia and sent a letter urging La Paz to free the men.",
        "CHL>BOL:11 CHL>BOL:02",
    ),
    # the statement's words name the criticized deed: one act
    (
        "SANTIAGO",
        "Chile criticized Bolivia on Monday and issued a statement calling the arrests illegal.",
        "CHL>BOL:11",
    ),
    # the with-clause tells no act
    (
        "KAMPALA",
        "Kenya and Uganda opened talks on Monday on renewing a water treaty, with the river "
        "running low.",
        "KEN>UGA:04 UGA>KEN:04",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context65_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context65_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
