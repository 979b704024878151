"""Review 108 (session 39, builder S54): goods given as a grant; people sent back by force.

1. "China has forcibly returned 60 North Koreans": people returned against their will are
   expelled (174), no release (084); first Gap rows here, cases since builder ROOT's
   force words landed. A plain return of captives stays a release (v.release).
2. "China gave Kyrgyzstan 300 buses as a grant", "handed Fiji two ferries as a gift": goods
   of any kind given as a grant, gift or donation are aid (07, patterns v.give_as_gift);
   goods given with no such phrase still need an aid word (v.provide_aid).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. people returned by force (force words in v.release and the hand-over refinement)
FORCIBLY: list[Case] = [
    # near-miss: captives returned are released
    ("PARIS", "Iran returned two French tourists to France on Monday.", "IRN>FRA:08"),
    # once Gap rows here; builder ROOT's force words in v.release and the shared hand-over
    # refinement (test_events_roots42) code them
    (
        "SEOUL",
        "China has forcibly returned about 80 North Koreans who crossed the border.",
        "CHN>PRK:17",
    ),
    ("BANGKOK", "Malaysia forcibly returned 30 Myanmar nationals on Tuesday.", "MYS>MMR:17"),
    ("BANGKOK", "Thailand forcibly sent back 40 Uyghurs to China on Thursday.", "THA>CHN:17"),
]

# 2. goods given as a grant or gift
AS_GIFT: list[Case] = [
    ("BISHKEK", "China gave Tajikistan 200 buses for Dushanbe as a grant.", "CHN>TJK:07"),
    ("SUVA", "Japan handed Fiji two ferries as a gift on Monday.", "JPN>FJI:07"),
    ("KATHMANDU", "India gave Nepal 50 school buses as a donation last week.", "IND>NPL:07"),
]

CASES: list[Case] = FORCIBLY + AS_GIFT

NONE: list[NearMiss] = [
    # no people: goods returned by force are no expulsion
    ("SEOUL", "The court ruled that the stolen statues must be forcibly returned."),
    # goods with no aid word and no as-phrase
    ("SUVA", "Japan sold Fiji two ferries on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review108_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review108_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
