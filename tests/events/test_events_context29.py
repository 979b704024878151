"""Context 29 (session 16, IT3): reactions to a deed named only by "the action" or "the measures".

DEED NOUNS: a reaction whose object is "the action" or "the measure(s)" (deed_nouns), like
"the move", sums up the deed just told, so its target is that deed's doer ("Argentina's coast
guard seized a trawler. The United States praised the action": USA>ARG). "The measure"
answers only a sanction, a threat or a coercion (reaction_matches). Near-misses: no deed told
before, a deed of no other state, or "action" that is no object.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DEED_NOUNS: list[Case] = [
    (
        "BUENOS AIRES",
        "Argentina's coast guard seized a Chinese trawler. The United States praised the action.",
        "ARG>CHN:17 USA>ARG:05",
    ),
    (
        "BUENOS AIRES",
        "Argentina's navy seized a Chinese trawler on Friday. The United States praised the "
        "coast guard's action.",
        "ARG>CHN:17 USA>ARG:05",
    ),
    (
        "NAIROBI",
        "Kenya deported three Somali clerics on Monday. Somalia condemned the action.",
        "KEN>SOM:17 SOM>KEN:11",
    ),
    (
        "HANOI",
        "China detained 12 Vietnamese fishermen near the Paracels. Vietnam protested the action.",
        "CHN>VNM:17 VNM>CHN:11",
    ),
    (
        "KYIV",
        "Russia struck Ukrainian power plants overnight. The UN condemned the action.",
        "RUS>UKR:19 UN>RUS:11",
    ),
    (
        "SEOUL",
        "Japan imposed export curbs on South Korea on Monday. Seoul called the measures "
        "retaliatory.",
        "JPN>KOR:16 KOR>JPN:11",
    ),
]

NONE: list[NearMiss] = [
    (
        "ACCRA",
        "Ghana's central bank raised interest rates on Monday. The IMF welcomed the measure.",
    ),
    ("PARIS", "France called for action on climate change."),
    ("BERLIN", "Storms hit northern Germany on Monday. Poland praised the rescue action."),
    ("LONDON", "Britain welcomed the measures the Bank of England announced."),
    ("OTTAWA", "Canada praised the swift action of its firefighters."),
]

GAPS: list[Gap] = []

CASES = DEED_NOUNS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context29_codes_deed_nouns(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
