"""Guests 1 (session 43, lead): a visitor told by a phrase set off by commas on a passive
subject ("Togo's president, on a three-day state visit, was welcomed by Ghana's president"),
found in the opened set 58 (its sentence is not used here).

The phrase hangs on the subject (clauses._apposed_bearer), which an active verb's subject
already could bear ("..., on a visit to Buenos Aires, urged ..."); a passive subject now bears
it too, and so it does when the parser hangs the phrase on the passive verb, whose doer (the
host) is no visitor (clauses._passive_bearer): the visit (042) is coded beside the hosting
(043). A visit to a third state named in
the phrase goes there; a passive to come ("will be received") tells no visit made.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Togo's president, on a three-day state visit, was welcomed at the airport by Ghana's"
        " president on Monday.",
        "GHA>TGO:04 TGO>GHA:04",
    ),
    (
        "TBILISI",
        "Talks on a rail link opened on Monday. Armenia's prime minister, on a two-day official"
        " visit, was received at the parliament by Georgia's speaker.",
        "GEO>ARM:04 ARM>GEO:04",
    ),
    (
        "DAKAR",
        "Mali's foreign minister, on a visit to Guinea, was criticized on Tuesday by Senegal's"
        " president.",
        "SEN>MLI:11 MLI>GIN:04",
    ),
    (
        "YEREVAN",
        "Georgia's prime minister, on his first official visit, was received at the parliament by"
        " Armenia's speaker.",
        "ARM>GEO:04 GEO>ARM:04",
    ),
    (
        "TAIPEI",
        "The Tuvaluan leader, on a four-day state visit, was welcomed at the Presidential Office"
        " by Taiwan's president.",
        "TWN>TUV:04 TUV>TWN:04",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_guests1_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_guests1_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
