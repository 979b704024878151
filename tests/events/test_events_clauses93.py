"""Clauses 93 (session 63, J63): a state said to have given way to pressure is disapproved of.

"In Beijing, a Chinese spokesperson said Norway had 'yielded to pressure from certain
countries'": a state its speaker tells to have given way (yield, bow, cave, succumb) to
pressure, dictates or blackmail serves another's will, as one named its tool does
(v.say_servile), and is disapproved of (111, v.say_yielded). The verb of giving way and the
noun of pressure must meet (objects "yielded_clause": the to-phrase's object, or the
infinitive the parser may make of "to pressure").

Near misses: something else yielded ("yielded ground", "the talks yielded results"); a
yielding denied, foretold or refused by the speaker itself; a state under pressure that gave
no way; the speaker's own state yielding; demands met (v.accede's business).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MINSK",
        'Belarus said Lithuania had "yielded to pressure from certain countries" when it closed '
        "the border crossing.",
        "BLR>LTU:11",
    ),
    (
        "HAVANA",
        "Cuba's foreign ministry said Panama had yielded to pressure from Washington.",
        "CUB>PAN:11",
    ),
    (
        "TEHRAN",
        "Iran's foreign ministry spokesman said Azerbaijan had succumbed to pressure from "
        "outside the region.",
        "IRN>AZE:11",
    ),
]
NONE: list[NearMiss] = [
    ("WARSAW", "Poland said the talks with its partners had yielded results."),
    ("WARSAW", "Poland said Belarus had yielded ground in the talks on the border."),
    ("WARSAW", "Poland's prime minister said his country would never yield to pressure."),
    ("WARSAW", "Poland said Belarus would never yield to pressure from its neighbours."),
    ("WARSAW", "Poland said Belarus had come under pressure from its neighbours."),
    ("WARSAW", "Poland said Belarus had not yielded to pressure from Moscow."),
    ("WARSAW", "Poland's government said it had yielded to pressure from farmers."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses93_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses93_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
