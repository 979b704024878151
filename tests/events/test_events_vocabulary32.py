"""Vocabulary 32 (session 28, lead): words read from the first run of set 28, each tested on
sentences written here.

Coded: a state called "a brotherly nation", "a friendly country" or "a trusted
neighbor" is approved of (v.call_friend, 051), and v.call_names no longer reads those
words as a name of reproach (it had coded "called Togo a friendly country" as 111); a
concession or a lease is a written instrument two parties sign (v.sign, 057), with a state's
company as its state ("a Turkish state-owned firm"). Kept: a concession made (not signed) is
no agreement, and an unfriendly act is still a reproach. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FRIENDS_NAMED: list[Case] = [
    (
        "ACCRA",
        'Ghana\'s foreign minister spoke in Accra on Monday. He called Togo "a brotherly nation".',
        "GHA>TGO:05",
    ),
    ("ACCRA", "Ghana's foreign minister called Togo a friendly country.", "GHA>TGO:05"),
    ("RABAT", "Morocco's king called Mauritania a trusted neighbor.", "MAR>MRT:05"),
    # kept: a wrong named is still a reproach
    ("ACCRA", "Ghana's president called Togo's decision unfriendly.", "GHA>TGO:11"),
    ("ACCRA", "Ghana's foreign minister called Togo an unfriendly neighbor.", "GHA>TGO:11"),
]

INSTRUMENTS_SIGNED: list[Case] = [
    (
        "LUSAKA",
        "Malawi signed a 20-year concession with a Turkish state-owned firm on Monday to run a port.",
        "MWI>TUR:05",
    ),
    ("MAPUTO", "Mozambique signed a 25-year lease with Qatar on Monday.", "MOZ>QAT:05"),
]

NONE: list[NearMiss] = [
    # a concession made, or a lease of no two actors
    ("LUSAKA", "Malawi made a concession to the miners' union on Monday."),
    ("MAPUTO", "The port operator signed a 25-year lease on Monday."),
    # a partner in trade, a friendly match
    ("ACCRA", "Ghana's coach called the game against Togo a friendly."),
]

GAPS: list[Gap] = []
CASES = FRIENDS_NAMED + INSTRUMENTS_SIGNED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary32_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary32_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
