"""Review 197 (session 58, O84): a guest named by a from-phrase on "his counterpart"; what
happens "every time".

Wire copy names a visiting leader as "his counterpart from Peru" as often as "his Peruvian
counterpart": "Chile's president hosted his counterpart from Peru at the palace" is a visit
hosted (043) as "hosted his Peruvian counterpart" is (v.host_counterpart; the from-phrase on
the object, or hung on the verb by the parser, names the guest's state). Near misses: a
visitor from no state, a minister of another state's opposition party, and a message
received from a leader code nothing.

A present-tense clause opened by "every time" or "each time" tells what happens whenever
something does, as "whenever" does: no act that came ('"Every time the two governments fight,
the border closes," a driver said', "Each time Kenya attacks militants, ...":
parties._habitual_time, rules habitual_time_dets). "This time Uganda attacks ..." is an act.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FROM_PHRASE: list[Case] = [
    (
        "SANTIAGO",
        "Chile's president hosted his counterpart from Peru at the La Moneda palace on "
        "Wednesday.",
        "CHL>PER:04",
    ),
    (
        "SANTIAGO",
        "Chile's president hosted his counterpart from Peru at the La Moneda palace on "
        "Wednesday, and the two governments signed a pact on fishing.",
        "CHL>PER:04 CHL>PER:05 PER>CHL:05",
    ),
    (
        "HANOI",
        "Vietnam's prime minister hosted his counterpart from Laos at a state dinner on Monday.",
        "VNM>LAO:04",
    ),
    # the demonym form, as before
    (
        "HANOI",
        "Vietnam's prime minister hosted his Lao counterpart at a state dinner on Tuesday.",
        "VNM>LAO:04",
    ),
]

_EXPELLED = "Kenya and Uganda expelled each other's diplomats this week. "
HABITUAL: list[Case] = [
    (
        "NAIROBI",
        _EXPELLED + '"Every time the two governments fight, the border closes and we lose our '
        'jobs," said a truck driver in Busia.',
        "KEN>UGA:16 UGA>KEN:16",
    ),
    (
        "NAIROBI",
        _EXPELLED + "Each time Kenya attacks Somali militants, Uganda sends more troops, analysts "
        "said.",
        "KEN>UGA:16 UGA>KEN:16",
    ),
    # "this time": an act of now
    (
        "NAIROBI",
        _EXPELLED + "This time Uganda attacks rebels in Congo, officials said.",
        "KEN>UGA:16 UGA>KEN:16 UGA>COD:19",
    ),
]

CASES: list[Case] = FROM_PHRASE + HABITUAL
NONE: list[NearMiss] = [
    ("SANTIAGO", "Chile's president received a visitor from his home town on Wednesday."),
    ("SANTIAGO", "Chile's president received a minister from Peru's opposition party on Friday."),
    ("NAIROBI", "Kenya's president received a message from Uganda's leader on Monday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review197_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review197_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
