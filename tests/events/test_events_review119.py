"""Review 119 (session 42, lead): a nonstate movement's officials are the movement's.

The guidelines code a state's leader, ministries, diplomats and army as that state, and armed
groups without a state only when they stand for a population (Hamas = PSE, and then as
optional). A title after a movement's name ("Houthi negotiators", "Hezbollah officials", "a
Hezbollah spokesman") took the title's role, so the movement's envoys became the government of
the state it fights in or sits in (YEM GOV, LBN GOV), and their talks, praise and accusations
were coded as that state's. A nonstate group's members now keep the group's own role
(gazetteer.Entry.actor), as the group's name alone does: meetings with them and praise by them
are no state's acts, while a people's movement (Hamas) keeps its people's code, and a governing
movement (the Taliban = AFG) its state's government. Found in the opened set 58 (session 41).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a movement with a state of its own, or that stands for its people: coded as before
KEPT: list[Case] = [
    (
        "ISLAMABAD",
        "Taliban envoys held talks with Pakistan's foreign minister on Monday.",
        "AFG>PAK:04",
    ),
    (
        "CAIRO",
        "Hamas negotiators rejected Israel's latest proposal on Monday.",
        "PSE>ISR:12",
    ),
    (
        "SANAA",
        "Yemen's government negotiators met Saudi officials in Riyadh on Sunday.",
        "YEM>SAU:04",
    ),
    (
        "BEIRUT",
        "Lebanese officials accused Israel of violating the truce on Wednesday.",
        "LBN>ISR:11",
    ),
    (
        "SANAA",
        "Saudi jets struck Houthi fighters near the border on Thursday.",
        "SAU>YEM:19",
    ),
]

# the movement's envoys and officials are not their state's government
NONE: list[NearMiss] = [
    ("MUSCAT", "Oman has for years hosted Houthi negotiators in its capital."),
    ("RIYADH", "Saudi Arabia welcomed Houthi negotiators in Riyadh on Monday."),
    ("SANAA", "Houthi negotiators met Saudi officials in Muscat on Tuesday."),
    ("BEIRUT", "Hezbollah officials accused Israel of breaking the ceasefire on Friday."),
    ("BEIRUT", "A Hezbollah spokesman praised Iran for its support on Saturday."),
    ("ADEN", "Houthi officials thanked Oman for its mediation on Sunday."),
]

GAPS: list[Gap] = []

CASES: list[Case] = KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review119_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review119_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
