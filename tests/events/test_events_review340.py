"""Review 340 (session 65, R65): a resident envoy who returns to a capital pays no visit.

"the ambassador would return to Budapest once Hungary had made things right" was coded a
visit (v.travel_to, 042), as "the ambassador, ..., would return to Jerusalem" (going home,
recalled) was: the open gold codes such returns as a recall (16) or a resumed posting, never
a visit (sets 5, 61, 89; optional). A posted envoy (ambassador, consul, attache, charge) is no
visitor where he is posted, as v.be_in already holds ("The Peruvian ambassador was in Quito"),
so "return" is now its own pattern (v.return_to) that leaves such envoys out; ministers,
leaders and envoys sent on a mission who return still visit.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a minister, a leader or a special envoy who returns visits (042)
    (
        "SANTIAGO",
        "Chile's foreign minister returned to Lima on Tuesday for a second round of talks.",
        "CHL>PER:04",
    ),
    ("ROME", "Italy's prime minister returned to Tripoli in May.", "ITA>LBY:04"),
    ("SEOUL", "South Korea's envoy for nuclear talks returned to Beijing on Sunday.", "KOR>CHN:04"),
    ("ACCRA", "Ghana's trade minister flew to Abuja on Monday.", "GHA>NGA:04"),
    # a recall told before, and the envoy's return promised: the recall only
    (
        "HELSINKI",
        "Finland recalled its ambassador to Hungary for consultations on Monday. The foreign "
        "minister said the ambassador would return to Budapest once Hungary apologized.",
        "FIN>HUN:16",
    ),
]
# a posted envoy back at his post, or home: no visit
NONE: list[NearMiss] = [
    (
        "NAIROBI",
        "Kenya's ambassador to Uganda returned to Kampala on Tuesday, a month after he was "
        "recalled.",
    ),
    ("QUITO", "The Colombian consul returned to Quito on Monday."),
]
GAPS: list[Gap] = [
    (
        "PARIS",
        "France's ambassador to Niger has returned to Paris, the foreign ministry said.",
        "FRA>NER:16",
        "an envoy's return home, told with no recall, is not read as one (no pattern)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review340_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review340_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
