"""Context 163 (session 63, O92): a lender's loan or lending frozen is economic aid cut.

"The World Bank suspended a $200 million loan to Kenya", "the IMF halted lending to Sri Lanka",
"Japan froze its loans to Myanmar": v.halt_aid's objects now hold the lender's words (loan,
lending, disbursement, tranche, credit), coded 1621 (reduce or stop economic assistance) by the
same refinement that reads "economic, financial, budget"; the target is the to- or for-phrase
as for aid.

Near misses: interest rates on loans to firms (no state); a central bank's credit to private
banks; a loan repaid.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "The World Bank suspended a $200 million loan to Kenya on Monday, citing an audit of "
        "road contracts.",
        "WB>KEN:16",
    ),
    (
        "COLOMBO",
        "The International Monetary Fund halted lending to Sri Lanka after the election.",
        "IMF>LKA:16",
    ),
    (
        "TOKYO",
        "Japan froze its loans to Myanmar after the coup, the foreign ministry said.",
        "JPN>MMR:16",
    ),
    (
        "LUSAKA",
        "The World Bank has suspended disbursements of a $150 million loan to Zambia.",
        "WB>ZMB:16",
    ),
]
NONE: list[NearMiss] = [
    (
        "TOKYO",
        "The Bank of Japan cut interest rates on loans to small firms on Tuesday.",
    ),
    (
        "ABUJA",
        "Nigeria's central bank froze credit to three private banks on Friday.",
    ),
    (
        "LIMA",
        "Peru repaid a $90 million loan to a group of private banks ahead of schedule.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context163_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context163_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
