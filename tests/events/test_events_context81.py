"""Context 81 (session 39, helper SIDES2): a high commissioner is an envoy.

"Zimbabwe summoned Botswana's high commissioner ... the high commissioner had been handed a
note demanding an explanation": the Commonwealth's ambassador was no title (offices.yaml
titles) that "the high commissioner" could refer back to (refer_back), nor an envoy a note is
handed to (rules.yaml posted_nouns, clauses._posted: a title of two words matched on its
modifier and noun), so the demand had no source (source-unresolved in the SIDES2 census).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HARARE",
        "Zimbabwe summoned Botswana's high commissioner on Wednesday over the deportations."
        " Foreign Minister Tendai Moyo said the high commissioner had been handed a note"
        " demanding an explanation.",
        "ZWE>BWA:11 ZWE>BWA:10",
    ),
    (
        "KUALA LUMPUR",
        "Malaysia summoned Singapore's high commissioner on Friday. The high commissioner was"
        " handed a protest note demanding an apology.",
        "MYS>SGP:11 MYS>SGP:10",
    ),
    (
        "NEW DELHI",
        "India summoned Canada's high commissioner on Monday. Canada's high commissioner was"
        " handed a note demanding the arrest of the men.",
        "IND>CAN:11 IND>CAN:10",
    ),
]

NONE: list[NearMiss] = [
    # a police commissioner is no envoy
    (
        "NAIROBI",
        "Kenya's interior ministry said the police commissioner was handed a note demanding an"
        " inquiry into the shooting.",
    ),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "Ghana's foreign minister said Nigeria's high commissioner had been handed a note"
        " demanding the reopening of the shops.",
        "GHA>NGA:10",
        "no summoning told: the hander of a note to an envoy is found only as the summoner of"
        " an earlier sentence, not as the state of the minister who tells it (as with an"
        " ambassador)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context81_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context81_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
