"""Refs 32 (session 49, P22): a feeling voiced by a state whose aside names a pair.

"China, which borders both countries, expressed concern": a feeling with no act named
looked back for a decision told before (_decided_before) and found a third party's words
("'We call on our Tajik friends ...,' the Russian spokesman said": China > Russia). The
pair the aside names, as the actor stage resolved it, is whom the concern is about, as it
already was for an appeal for calm ("Angola, which mediates between the two countries,
urged calm": reactions._aside_sides, one helper for both). An aside that names no pair
gives nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BEIJING",
        "Thai and Cambodian troops exchanged fire along the border on Monday. Laos, which "
        "borders both countries, expressed concern.",
        "THA>KHM:19 KHM>THA:19 LAO>THA:11 LAO>KHM:11",
    ),
    (
        "HANOI",
        "Armenian and Azerbaijani troops exchanged fire on Monday. Georgia, which borders both "
        "countries, expressed deep concern.",
        "ARM>AZE:19 AZE>ARM:19 GEO>ARM:11 GEO>AZE:11",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("BEIJING", "Laos, which borders Thailand, expressed concern."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, [])


def test_events_refs32_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, []))
def test_events_refs32_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
