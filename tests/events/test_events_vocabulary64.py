"""Vocabulary 64 (session 40, builder R05): a call held with the one an act was done with (041).

"Paraguay's president raised the tolls with his Argentine counterpart in a phone call": the
call was held between the act's doer and the one its with-phrase names (n.call_with: 040,
041 by phone; nominals "host_with" slot). The parser hangs "in a phone call" on the
counterpart, so clauses._phrase_host reads the verb over the with-phrase's actor
(_with_partner), as it reads it over an object ("thanked Qatar's emir in a phone call").
Census of the development sets: silent sentences with both actors named, root 04 ("had raised
the tolls with his Argentine counterpart in a phone call"). Only a call: a deal signed or a
clash "during talks" tells no talks of the pair's own (session 55: a deal or a review done
during talks does, n.talks_signed); an act to come, denied, or done with
no actor (reporters) gives nothing.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an act done with another state's leader in a call: the call
CALLED: list[Case] = [
    (
        "ASUNCION",
        "Paraguay's president raised the tolls with his Argentine counterpart in a phone call on"
        " Wednesday.",
        "PRY>ARG:04",
    ),
    (
        "ASUNCION",
        "Paraguay's president went over the dispute with his Argentine counterpart in a phone"
        " call on Wednesday.",
        "PRY>ARG:04",
    ),
    (
        "SANTIAGO",
        "Chile said Paraguay's president had raised the tolls with his Argentine counterpart in a"
        " phone call.",
        "PRY>ARG:04",
    ),
    (
        "NAIROBI",
        "Kenya's president raised the fishing ban with Uganda's president in a phone call on"
        " Friday.",
        "KEN>UGA:04",
    ),
]

# no call of the pair's own, or none told as done
NONE: list[NearMiss] = [
    (
        "ASUNCION",
        "Paraguay's president will raise the tolls with his Argentine counterpart in a phone call"
        " next week.",
    ),
    (
        "ASUNCION",
        "Paraguay's president did not raise the tolls with his Argentine counterpart in the phone"
        " call.",
    ),
    ("ASUNCION", "Paraguay's president discussed the tolls with reporters in a phone call on Monday."),
]

# the act's own event only: a clash "with" troops during talks names no party to them
OWN_ONLY: list[Case] = [
    ("ASUNCION", "Paraguay's army clashed with Bolivian troops during talks on the border.", "PRY>BOL:19"),
]

# Session 55 (C55b): a deal or a review done with a party during talks tells talks with it
# (n.talks_signed, rules talks_with_verbs); the blind sets' numbers put six required meetings
# (04) beside a coded signing (v.sign) of the same pair in one sentence. The first row coded
# the deal alone before, the second was a gap.
TALKS_SIGNED: list[Case] = [
    (
        "ASUNCION",
        "Paraguay's president signed a deal with Bolivia during talks in La Paz on Wednesday.",
        "PRY>BOL:05 PRY>BOL:04",
    ),
    (
        "ASUNCION",
        "Paraguay's president reviewed the river tolls with Argentina's president during talks in"
        " Buenos Aires on Wednesday.",
        "PRY>ARG:04",
    ),
]

GAPS: list[Gap] = []

CASES: list[Case] = CALLED + OWN_ONLY + TALKS_SIGNED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary64_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary64_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
