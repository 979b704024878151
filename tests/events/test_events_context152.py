"""Context 152 (session 62, A62): an office abroad that also covers another land.

"X's embassy in Y, which also covers Z, asked for consular access": the office's light act
with no one named as asked was aimed at the land its embassy sits in (sides._office_hosts);
a relative clause on the office or its city that says it also serves another state
(covering_verbs: "which also covers", "which handles relations with") names the land the
act is aimed at (sides._covered_states), and so who grants the ask.

Near misses: an office with no such clause, a relative clause of another verb ("which opened
in 2019"), and a covering clause naming no state ("which covers the region").

"X's foreign ministry said Y's diplomats would be allowed to visit the men": an agentless
will/would permission that lets another state's people act is the speaker's state's, as its
"said it would allow" is (modality._let_others). Near misses: the speaker's own people let
act, a body that is no state, and a commentator's forecast.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# sides._covered_states: the land the office covers from where it sits
COVERED: list[Case] = [
    (
        "LIMA",
        "Chad's embassy in Santiago, which also covers Peru, asked for consular access to the "
        "three fishermen, and the request was granted on Wednesday.",
        "TCD>PER:02 PER>TCD:08",
    ),
    (
        "VIENTIANE",
        "Mongolia's embassy in Bangkok, which handles relations with Laos, asked for consular "
        "access to the detained miners on Monday.",
        "MNG>LAO:02",
    ),
]
# ... no covering clause: the land the office sits in
NOT_COVERED: list[Case] = [
    (
        "LIMA",
        "Niger's embassy in Santiago asked for consular access to the two traders on Monday.",
        "NER>CHL:02",
    ),
    (
        "LIMA",
        "Mali's embassy in Santiago, which opened in 2019, asked for consular access to the "
        "four miners.",
        "MLI>CHL:02",
    ),
    (
        "LIMA",
        "Ghana's embassy in Santiago, which covers the whole region, asked for consular access "
        "to the jailed sailors.",
        "GHA>CHL:02",
    ),
]

# modality._let_others: the speaker's state lets another's people act
LET_OTHERS: list[Case] = [
    (
        "NIAMEY",
        "Niger's foreign ministry said two Chadian diplomats would be allowed to visit the "
        "detained soldiers on Friday.",
        "NER>TCD:03",
    ),
    (
        "SUVA",
        "Fiji's foreign ministry said Samoan consular officials would be allowed to see the "
        "crew next week.",
        "FJI>WSM:03",
    ),
]

CASES: list[Case] = COVERED + NOT_COVERED + LET_OTHERS
NONE: list[NearMiss] = [
    (
        "NDJAMENA",
        "Chad's foreign ministry said its diplomats would be allowed to visit the detained "
        "soldiers.",
    ),
    ("NDJAMENA", "The EU said Chadian diplomats would be allowed to visit the jailed herders."),
    ("NDJAMENA", "Analysts said Chadian diplomats would be allowed to visit the jailed men soon."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context152_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context152_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
