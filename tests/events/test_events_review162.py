"""Review 162 (session 48, P21): "the delegation" a host receives is the visitor's.

"Ghana's president received Togo's foreign minister in Accra ... He hosted a lunch for the
delegation": "the delegation" is, as "the guest" is, the visitor of the visit told before
(descriptions.yaml guest_nouns, described._find_guests). When a delegation of another state
was named since the visit ("A Beninese delegation was also in Accra"), either may be meant
and "the delegation" stays unresolved (described._other_party); "the delegation from Lome"
names its own. Every sentence was written for this file (new names and states); each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either
root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghanaian President Kwame Boateng received Togo's foreign minister, Essi Kpodar, in "
        "Accra on Monday. Boateng later hosted a lunch for the delegation.",
        "GHA>TGO:04 GHA>TGO:04",
    ),
    (
        "TUNIS",
        "Algeria's prime minister arrived in Tunis on Sunday for a two-day visit. Tunisia's "
        "president welcomed the delegation at Carthage Palace.",
        "DZA>TUN:04 TUN>DZA:04|05",
    ),
    # another state's delegation named since the visit: either may be meant
    (
        "ACCRA",
        "Ghanaian President Kwame Boateng received Togo's foreign minister, Essi Kpodar, in "
        "Accra on Monday. A Beninese trade delegation was also in Accra this week. Boateng "
        "later hosted a lunch for the delegation.",
        # (session 53: the Beninese delegation's stay in Accra is its visit, v.be_in_body)
        "GHA>TGO:04 BEN>GHA:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # no visit told before: "the delegation" is no one's
    ("ACCRA", "Ghana's president hosted a lunch for the delegation on Monday."),
    # a private visitor
    (
        "ACCRA",
        "Businessman Kofi Owusu welcomed a trade delegation to his farm. He later hosted a "
        "lunch for the delegation.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review162_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review162_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
