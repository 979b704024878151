"""Said 11 (session 36, SAY): a state's own deed said to keep a treaty or the law.

After a complaint against it, a state that says its own deed followed a treaty or one of its
clauses ("said the releases had followed the treaty's drought clause") rejects that complaint
(v.say_lawful, 120), as a deed said to follow the law already did: "treaty" and "clause" join
v.say_lawful's words. So does one held to the law by an in-phrase of a conformity noun,
whatever its verb ("the toll had been set 'in line with the law'", "was in keeping with World
Trade Organization rules", "imposed in compliance with the treaty": objects._conforming_clause,
rules conformity_nouns).

Kept uncoded: no complaint before, another state's deed so judged, a deed "not in line with"
the law, one who speaks for no state, and a treaty the deed is only said to come after in time
with no deed of the speaker's own ("the weather").
Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SUMMONED = "Austria summoned Slovenia's ambassador to protest the low releases of water."

KEPT: list[Case] = [
    (
        "LJUBLJANA",
        f"{SUMMONED} Slovenia's Water Ministry said in a statement that the releases had "
        "followed the treaty's drought clause.",
        "AUT>SVN:11 SVN>AUT:12",
    ),
    (
        "LJUBLJANA",
        f"{SUMMONED} Slovenia's Water Ministry said its releases had respected the treaty.",
        "AUT>SVN:11 SVN>AUT:12",
    ),
]

TOLL = "Austria summoned Slovenia's ambassador to protest the new road toll."

KEPT += [
    (
        "LJUBLJANA",
        f"{TOLL} Slovenia's president said in a statement that the toll had been set "
        '"in line with the law."',
        "AUT>SVN:11 SVN>AUT:12",
    ),
    (
        "LJUBLJANA",
        f"{TOLL} Slovenia said the toll was in keeping with European Union rules.",
        "AUT>SVN:11 SVN>AUT:12",
    ),
    (
        "LJUBLJANA",
        f"{TOLL} Slovenia said its toll was imposed in compliance with the treaty.",
        "AUT>SVN:11 SVN>AUT:12",
    ),
]

NOT_KEPT: list[Case] = [
    # another state's deed
    (
        "LJUBLJANA",
        f"{TOLL} Slovenia said Croatia's toll was imposed in line with the law.",
        "AUT>SVN:11",
    ),
    # denied
    (
        "LJUBLJANA",
        f"{TOLL} Slovenia said its toll was not in line with the law.",
        "AUT>SVN:11",
    ),
    # an economist speaks for no state
    (
        "LJUBLJANA",
        f"{TOLL} A Slovenian economist said the toll was imposed in line with the law.",
        "AUT>SVN:11",
    ),
    # another state's deed said to follow the treaty is no defence of the speaker's own
    (
        "LJUBLJANA",
        f"{SUMMONED} Slovenia's Water Ministry said Croatia's releases had followed the treaty.",
        "AUT>SVN:11",
    ),
    # no deed of the speaker's: the weather
    (
        "LJUBLJANA",
        f"{SUMMONED} Slovenia's Water Ministry said the dry weather had followed the treaty talks.",
        "AUT>SVN:11",
    ),
]

NONE: list[NearMiss] = [
    ("LJUBLJANA", "Slovenia said its toll was imposed in line with the law."),
    # nothing complained of before: nothing to reject
    (
        "LJUBLJANA",
        "Slovenia's Water Ministry said in a statement that the releases had followed the "
        "treaty's drought clause.",
    ),
]

GAPS: list[Gap] = []

CASES = KEPT + NOT_KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said11_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said11_kept_laws(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
