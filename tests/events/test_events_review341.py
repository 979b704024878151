"""Review 341 (session 65, R65): support told by the goods it came as is aid.

"which the United States has supported with training and equipment" was an endorsement
(v.endorse, 051); the open gold codes support given as goods, money or training as aid (07:
sets 34, 79). v.back_with_aid, before v.endorse, reads "back"/"support" with a with-phrase
of aid goods (the list v.provide_aid reads, now kept at this first pattern) as aid, refined as
v.provide_aid's gifts are (072 arms and training, 071 money).

Near misses: support with words or beside a partner stays an endorsement.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "WASHINGTON",
        "The United States has supported Somalia with training and equipment for a decade.",
        "USA>SOM:07",
    ),
    ("PARIS", "France backed Chad with weapons and money.", "FRA>TCD:07"),
    ("TOKYO", "Japan supports Ukraine with generators and funding.", "JPN>UKR:07"),
    ("ROME", "Italy backed Tunisia with a loan of 50 million euros.", "ITA>TUN:07"),
    # ... support with words, or beside a partner, endorses (051)
    ("OSLO", "Norway supported Kenya's bid with a statement.", "NOR>KEN:05"),
    ("BERLIN", "Germany backed Poland on the issue.", "DEU>POL:05"),
    ("MADRID", "France backed Morocco with Spain at the summit.", "FRA>MAR:05"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review341_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review341_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
