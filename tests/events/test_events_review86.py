"""Review 86 (session 32, helper S40b): a reaction to a clause of a deal signed before.

"Kenya and Ethiopia signed a power deal on Friday. Under it, Ethiopia may sell surplus power to
Somalia. Somalia welcomed the clause.": a clause is a part of the deal, so the reaction answers
the signing and is aimed at its parties, as "welcomed the deal" is (rules.yaml act_families,
agreement: clause). A clause with no deal signed before it (a law passed) names no one. Every
sentence was written for this file; each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a power deal on Friday. Under it, Ethiopia may sell surplus "
        "power to Somalia. Somalia welcomed the clause.",
        "KEN>ETH:05 ETH>KEN:05 ETH>SOM:03 SOM>KEN:05 SOM>ETH:05",
    ),
    (
        "LIMA",
        "Chile and Peru signed a fisheries pact on Monday. Under it, Peru may sell surplus fish "
        "to Ecuador. Ecuador welcomed that clause.",
        # the sale a 03 as in the row above, since session 43 (fish a good of trade)
        "CHL>PER:05 PER>CHL:05 PER>ECU:03 ECU>CHL:05 ECU>PER:05",
    ),
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a power deal on Friday. Somalia criticized a clause on "
        "transit fees.",
        "KEN>ETH:05 ETH>KEN:05 SOM>KEN:11 SOM>ETH:11",
    ),
]

NONE: list[NearMiss] = [
    # no deal before the clause: a law's clause names no partner
    (
        "NAIROBI",
        "Kenya's parliament passed a new tax law on Friday. Somalia welcomed the clause on transit fees.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review86_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review86_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
