"""Review 360 (session 65, O95): no guests in "welcomed the expulsion of diplomats"; no
journey in "officials who travel to London".

"Poland welcomed the expulsion of the two Russian diplomats": v.host_delegation read the
diplomats of the of-phrase as guests welcomed (043 to Russia). An act done to envoys
(expulsion, detention, release, recall ...) is what is welcomed: no guests (its unless_words).

"would look again at visas for ministers and senior officials who travel to London": a
relative clause in the simple present with a verb of a journey on a plural noun says which
people, a habit; no journey is told (parties._habitual_journey, rules habitual_journey_verbs).
The past ("who traveled to London on Monday") tells one. Both found opening blind set 95
(articles 08 and 03; the open set 51 lost an extra of the journey form).

Gaps: the welcome or backing of an expulsion named with its patients ("the expulsion of the
two Russian diplomats") is not yet read back to the expeller, as the bare "backed the
expulsion" is; an agentless "being deported from the United Kingdom" names its doer by the
from-phrase, not read.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.host_delegation: a welcome of an act done to envoys hosts no one; journeys as habits
CASES: list[Case] = [
    (
        "CHISINAU",
        "Moldova expelled two Russian diplomats on Wednesday. Romania welcomed the expulsion of "
        "the two Russian diplomats.",
        "MDA>RUS:16",
    ),
    # ... guests welcomed are still hosted
    ("VILNIUS", "Lithuania welcomed a delegation of Polish diplomats on Tuesday.", "LTU>POL:04"),
    ("ACCRA", "Ghana received a delegation from Togo on Monday.", "GHA>TGO:04"),
    # ... and a journey told in the past is a visit
    (
        "LONDON",
        "Somali ministers who traveled to London on Monday met the foreign secretary.",
        "SOM>GBR:04",
    ),
    ("CANBERRA", "Chinese officials traveled to Canberra on Monday.", "CHN>AUS:04"),
]
NONE: list[NearMiss] = [
    ("RIGA", "Latvia welcomed the release of two Lithuanian diplomats on Friday."),
    ("LONDON", "Britain will review visas for Somali ministers who travel to London."),
    ("BERLIN", "Germany plans new checks on Turkish officials who fly to Berlin."),
]
GAPS: list[Gap] = [
    (
        "CHISINAU",
        "Moldova expelled two Russian diplomats on Wednesday. Poland's foreign minister backed "
        "the expulsion of the two Russian diplomats.",
        "MDA>RUS:16 POL>MDA:05",
        "a deed noun whose of-phrase names its patients is not read back to its doer",
    ),
    (
        "LONDON",
        "The plane carried 23 Somali men being deported from the United Kingdom.",
        "GBR>SOM:17",
        "an agentless deportation's from-phrase is not read as its doer",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review360_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review360_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
