"""Context 38 (session 22, lead): a deed noun's of-phrase limits the acts it may answer.

"The EU welcomed the peaceful transfer of power" after "Kenya recognized the new government in
Chad" or "France sent 200 troops to Chad" answers neither: a transfer of power is a state's
own affair (own_affair_things), and "transfer" names a recognition or a delivery only when
what is transferred may be its object (context._act_roots with the of-phrase's thing). The
welcome of "the transfer of the tanks", "the release of the prisoners" or "the transfer of
recognition" still answers its deed. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANSWERED: list[Case] = [
    (
        "KYIV",
        "Germany transferred 20 tanks to Ukraine on Monday. Poland welcomed the transfer of "
        "the tanks.",
        # a transfer is both parties' act: its welcome answers the receiver too
        "DEU>UKR:07 POL>DEU:05 POL>UKR:05",
    ),
    (
        "TAIPEI",
        "Honduras switched diplomatic recognition from Taiwan to China. Beijing welcomed the "
        "transfer of recognition.",
        "HND>CHN:05 CHN>HND:05",
    ),
]

OWN_AFFAIR: list[Case] = [
    (
        "NDJAMENA",
        "Kenya recognized the new government in Chad on Monday. The EU welcomed the peaceful "
        "transfer of power.",
        "KEN>TCD:05",
    ),
    (
        "NDJAMENA",
        "France sent 200 troops to Chad on Monday. The EU welcomed the peaceful transfer of "
        "power.",
        "FRA>TCD:07",
    ),
    (
        "LA PAZ",
        "Argentina recognized Senate leader Carmen Quiroga as Bolivia's interim president on "
        "Tuesday. Brazil did the same a day later. The United States welcomed the orderly "
        "handover of the presidency.",
        "ARG>BOL:05 BRA>BOL:05",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = ANSWERED + OWN_AFFAIR


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context38_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context38_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
