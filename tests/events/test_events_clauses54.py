"""Clauses 54 (session 44, P2): "the visiting minister" is the visitor told before.

A visit story names the visitor once ("Japan's deputy foreign minister arrived in Accra")
and then calls him "the visiting minister", "the visiting official", "the visiting
delegation". "the guest" and "the visitor" were already the visitor of the visit named
before (actors/described.py _find_guests); "the visiting" with a noun of visiting_nouns
(descriptions.yaml) now is too. Before, "the visiting minister" was no one and "the visiting
official" was read as the host state's official.
Near misses: no visit told before, a visit to another state than the speaker's host (the
guest of another host), visiting officials who name their own body ("from the World Bank"),
visiting teams of no state.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DAKAR",
        "Spain's trade minister arrived in Dakar on Tuesday. Senegal's finance minister signed a"
        " fisheries agreement with the visiting minister.",
        "ESP>SEN:04 SEN>ESP:05",
    ),
    (
        "LUSAKA",
        "A Chinese delegation arrived in Lusaka on Monday. Zambia's president praised the visiting"
        " delegation for its help with the railway.",
        "CHN>ZMB:04 ZMB>CHN:05",
    ),
    (
        "ASUNCION",
        "Uruguay's foreign minister visited Paraguay on Wednesday. The visiting minister signed a"
        " river transport accord with Paraguay.",
        "URY>PRY:04 URY>PRY:05",
    ),
    (
        "DAKAR",
        "Spain's trade minister arrived in Dakar on Tuesday. Senegal's president thanked the"
        " visiting officials from the African Development Bank.",
        "ESP>SEN:04",
    ),
    (
        "HANOI",
        "Malaysia's prime minister visited Laos on Monday. Vietnam's president praised the"
        " visiting leader.",
        "MYS>LAO:04",
    ),
]

NONE: list[NearMiss] = [
    ("DAKAR", "Senegal's president praised the visiting delegation on Tuesday."),
    ("HANOI", "Vietnam's president praised the visiting teams at the chess tournament."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses54_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses54_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
