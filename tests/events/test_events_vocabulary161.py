"""Vocabulary 161 (session 67, V2): "pared back ties with X", a cut in relations.

v.scale_back_ties coded "scaled back ties with Spain" (161) but not its synonym "pared back /
pared down ties with Tbilisi": the tagger lemmatises "pared" as "par", so the pattern takes
"pare" and "par" with the same particle ("back", "down") and the same relation nouns. CAMEO
161 "reduce or break diplomatic relations"; the guidelines' 16 "reduce relations".

Near misses: negated, hypothetical (a forecast, a bill), the phrase as a topic, and other
things pared back (spending, support, demands, flights): no relation noun, no cut.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.scale_back_ties with "pare": the with-phrase's state
CASES: list[Case] = [
    (
        "MOSCOW",
        "Russia pared back ties with Georgia on Monday after a row over a pipeline.",
        "RUS>GEO:16",
    ),
    (
        "RIGA",
        "Latvia has pared back diplomatic contacts with Belarus, its foreign ministry said.",
        "LVA>BLR:16",
    ),
    ("OTTAWA", "Canada pared down relations with India after the expulsions.", "CAN>IND:16"),
    ("ACCRA", "Ghana is paring back its ties with Togo, officials said.", "GHA>TGO:16"),
]
# ... not negated, hypothetical or a topic; nor other things pared back
NONE: list[NearMiss] = [
    ("LIMA", "Peru said it would not pare back ties with Chile."),
    ("SEOUL", "South Korea could pare back ties with Japan if the dispute grows, analysts said."),
    ("MOSCOW", "Russian lawmakers debated a bill to pare back ties with Georgia."),
    ("SOFIA", "Pared-back ties with Skopje were the topic of a seminar in Sofia."),
    ("HANOI", "Vietnam pared back its military spending this year."),
    ("NAIROBI", "Kenya pared back its support for the Somali force."),
    ("CANBERRA", "Australia pared back its demands on China over trade."),
    ("BERN", "Switzerland pared back the number of flights to Turkey."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary161_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary161_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
