"""Review 346 (session 65, P65): a government named after a head who has left office.

"The Reagan administration cut aid to Nicaragua": a group named after a person
("the Biden administration", "Netanyahu's government", actors roles.yaml person_groups) took
the person's state only while the office holder list has him in office on the article's date,
so a past head's administration, cabinet or government was nobody's and its acts coded
nothing. Such a group is still its state's government (a past one): the holder list at any
date now gives its state (actors.resolve, the group branch after the clusters' actors).
Whether the act is background (optional) is the gold's matter, not the actor's.

Near misses: a former head acting alone is no state's (the guidelines' principals are
officials in office); a name no holder list knows; a campaign or a foundation named after a
head is no government.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR"); the audit's articles are dated 2025-03-14.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a past head's administration, government or cabinet acts for the head's state
CASES: list[Case] = [
    (
        "CARACAS",
        "The Obama administration imposed new sanctions on Venezuela.",
        "USA>VEN:16",
    ),
    (
        "HAVANA",
        "The Bush administration tightened the embargo on Cuba.",
        "USA>CUB:16",
    ),
    (
        "SEOUL",
        "The Moon government protested to Japan over the textbooks.",
        "KOR>JPN:11",
    ),
    (
        "TOKYO",
        "The Kishida government lodged a protest with China over the buoy.",
        "JPN>CHN:11",
    ),
]
# ... not a former head alone, an unknown name, a campaign or a foundation
NONE: list[NearMiss] = [
    ("WASHINGTON", "Former President Obama criticized Venezuela on Monday."),
    ("WASHINGTON", "The Smith administration imposed sanctions on Venezuela."),
    ("WASHINGTON", "The Obama campaign criticized Venezuela."),
    ("WASHINGTON", "The Obama Foundation praised Kenya on Monday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review346_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review346_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
