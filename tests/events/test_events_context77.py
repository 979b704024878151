"""Context 77 (session 37, helper VOW): vows of "appropriate" measures that name no target.

1. "would take appropriate measures" is the stock vow of a state acted on, as "all necessary
   measures" is (patterns.yaml v.take_countermeasures object_words): a threat (13) aimed at
   whoever last acted on the vower, or at whom the vower has just judged (reactions
   _own_answer). A measure with an aim of its own ("to contain the outbreak") answers no one.
2. "reserves the right to take all appropriate measures": the right's infinitive is what is
   held in store, no purpose of the vow (extract._aimed reads the held act's own aim, nouns of
   rules blocking_governors), so the vow answers as "would take all appropriate measures"
   does; "appropriate" and "necessary" measures held in store are a threat
   (v.reserve_right object_words).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a vow of appropriate measures: whoever acted on the vower, or whom it judged
APPROPRIATE: list[Case] = [
    (
        "OSLO",
        "Norway expelled two Russian diplomats on Monday. Russia warned that it would take"
        " appropriate measures.",
        "NOR>RUS:16 RUS>NOR:13",
    ),
    (
        "OSLO",
        "Norway expelled two Russian diplomats. The Russian foreign ministry said it would take"
        " appropriate action.",
        "NOR>RUS:16 RUS>NOR:13",
    ),
    (
        "ALGIERS",
        "Algeria accused Morocco of meddling in its affairs. Algeria warned that it would take"
        " appropriate measures.",
        "DZA>MAR:11|12 DZA>MAR:13",
    ),
]

# 2. a right held in store to take such measures
RESERVED: list[Case] = [
    (
        "ACCRA",
        "Togo expelled Ghana's ambassador on Monday. Ghana said it reserves the right to take"
        " appropriate steps.",
        "TGO>GHA:16 GHA>TGO:13",
    ),
    (
        "ALGIERS",
        "Algeria condemned remarks by Moroccan officials on Monday. Algeria said it reserves the"
        " right to take all appropriate measures.",
        "DZA>MAR:11 DZA>MAR:13",
    ),
]

NONE: list[NearMiss] = [
    ("LIMA", "Peru said it would take appropriate measures to contain the outbreak."),
    (
        "ACCRA",
        "Ghana said it reserves the right to take appropriate steps to protect public health.",
    ),
    ("DELHI", "The health ministry said it would take appropriate steps to improve hospitals."),
]

GAPS: list[Gap] = []

CASES: list[Case] = APPROPRIATE + RESERVED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context77_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context77_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
