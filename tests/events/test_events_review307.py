"""Review 307 (session 64, P64): a blockade laid "in" another state's land.

v.impose_blockade (191) read its target from an on-, of-, against- or around-phrase ("imposed
a naval blockade on Taiwan", "its siege of Gaza"); a blockade told as laid in a place ("Turkey
imposed a siege in northern Syria", "reimposed a blockade in the West Bank") coded nothing.
v.impose_blockade_in takes the state of the place its in-phrase names (place_target).

Near misses: an in-phrase that names no state's place (a sea, a year), a place of the
source's own, and a bare noun with no state named.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("", "Israel reimposed a blockade in the West Bank on Friday after a shooting.", "ISR>PSE:19"),
    ("", "Turkey imposed a siege in northern Syria last month.", "TUR>SYR:19"),
    ("", "Serbia imposed a blockade in Montenegro in response to the riots.", "SRB>MNE:19"),
    ("", "Ethiopian troops tightened their blockade in Eritrea's southern ports.", "ETH>ERI:19"),
]
NONE: list[NearMiss] = [
    ("", "The US Navy enforced a blockade in the Caribbean."),
    ("", "Russia imposed a blockade in 2008."),
    ("", "The army imposed a siege in the capital."),
    ("", "Nigeria's army tightened its blockade in Borno state on Monday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review307_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review307_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
