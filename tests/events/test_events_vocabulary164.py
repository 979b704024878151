"""Vocabulary 164 (session 67, V2): "grounded Georgian airlines", an embargo on flights.

v.ban_trade coded "banned Georgian airlines from its airspace" (163) but "grounded Georgian
airlines" coded nothing. v.ground_airlines codes another state's airlines or carriers grounded
as an embargo (163; CAMEO 163 "impose embargo, boycott, or sanctions"), the state of the
airline's modifier.

Near misses: negated, hypothetical, the phrase as a topic, a state's own airlines, a model of
jet, weather grounding flights (no actor).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.ground_airlines: the airlines' state (16)
CASES: list[Case] = [
    ("MOSCOW", "Russia grounded Georgian airlines on Monday.", "RUS>GEO:16"),
    ("MOSCOW", "Russia grounded Georgia's airlines after the protests in Tbilisi.", "RUS>GEO:16"),
    (
        "ANKARA",
        "Turkey has grounded two Armenian carriers, the transport ministry said.",
        "TUR>ARM:16",
    ),
]
# ... not negated, hypothetical, a topic, own airlines, a jet model, the weather
NONE: list[NearMiss] = [
    ("MOSCOW", "Russia did not ground Georgian airlines."),
    ("MOSCOW", "Russia could ground Georgian airlines if the protests continue, analysts said."),
    ("LONDON", "Grounded Georgian airlines were the topic of a conference in London."),
    ("MOSCOW", "Russia grounded its airlines after a crash."),
    ("JAKARTA", "Indonesia grounded its Boeing jets after the crash."),
    ("WASHINGTON", "The United States grounded Boeing planes after the accident."),
    ("MANILA", "Storms grounded Philippine airlines on Monday."),
]
GAPS: list[Gap] = [
    (
        "DUBAI",
        "The UAE grounded Iranian airlines' flights to Dubai.",
        "ARE>IRN:16",
        "the airline is the owner of the object (flights), which v.ground_airlines does not take",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary164_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary164_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
