"""Review 169 (session 50, lead): readings of invented wire copy.

A definite deal noun refers back to its own word first, unless another word of its family tells
a deal in a later sentence, not dated back: that nearer deal is the one meant ("... signed an
agreement on gas. Bolivia and Paraguay signed an accord on Friday. Chile welcomed the
agreement": the accord's parties; coordination._nearer_news).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# coordination._nearer_news: the deal told just before, in the day's news
NEARER: list[Case] = [
    (
        "LIMA",
        "Ecuador and Peru signed an agreement on fisheries on Monday. Chile sent observers. "
        "Colombia and Brazil signed an accord on river patrols on Tuesday. Venezuela welcomed "
        "the agreement.",
        "ECU>PER:05 PER>ECU:05 COL>BRA:05 BRA>COL:05 VEN>COL:05 VEN>BRA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on power lines. Benin and Niger signed a pact on "
        "trucking on Wednesday. Nigeria praised the agreement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>NER:05 NER>BEN:05 NGA>BEN:05 NGA>NER:05",
    ),
    # kept: the nearer deal dated back is background, the own word is meant
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on power lines. Benin and Niger signed a pact on "
        "trucking in 2021. Nigeria praised the agreement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>NER:05 NER>BEN:05 NGA>GHA:05 NGA>TGO:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on power lines. Benin and Niger signed a pact on "
        "trucking last month. Nigeria praised the agreement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>NER:05 NER>BEN:05 NGA>GHA:05 NGA>TGO:05",
    ),
]

CASES: list[Case] = NEARER
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review169_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review169_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
