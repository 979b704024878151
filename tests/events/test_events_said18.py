"""Said 18 (session 40, builder SAY2): a reply considered, a threat.

'She said the EU would consider "appropriate and proportionate measures" if Britain did not
act': measures of reply (countermeasures, appropriate or proportionate steps) a state says it
considers, weighs or mulls are a threat (130) to the actor of the condition, of the
against-phrase, or whoever last acted on the speaker (pattern v.consider_countermeasures);
unlike v.take_countermeasures, one told as under way ("is weighing") is still no measure
taken. The conventions code a considered reply 13 (16/13 or 13, tests/gold/README.md).
Measures to help or support, and measures with no one they answer, give none.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a reply in prospect: a threat to the one it answers
CONSIDERED: list[Case] = [
    (
        "BRUSSELS",
        'She said the EU would consider "appropriate and proportionate measures" if Britain did'
        " not act.",
        "EU>GBR:13",
    ),
    (
        "OSLO",
        "Norway is weighing countermeasures against Iceland, its fisheries minister said.",
        "NOR>ISL:13",
    ),
    (
        "OSLO",
        "Iceland imposed a ban on Norwegian salmon on Monday. Norway said it would consider"
        " appropriate measures.",
        "ISL>NOR:16 NOR>ISL:13",
    ),
    (
        "RABAT",
        "Morocco's government said it was mulling retaliatory steps against Algeria.",
        "MAR>DZA:13",
    ),
]

# no reply: help, or nothing it answers
NONE: list[NearMiss] = [
    ("OSLO", "Norway would consider appropriate steps to help Iceland, its minister said."),
    ("OSLO", "Norway said it would consider appropriate measures to protect its fishermen."),
]

GAPS: list[Gap] = [
    (
        "MINSK",
        "A ministry spokesman said Belarus would respond with mirror measures against"
        " Lithuanian journalists.",
        "BLR>LTU:13",
        "journalists are private people (rules private_roles), and a threat is no root of"
        " private_target_roots",
    ),
]

CASES: list[Case] = CONSIDERED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said18_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
