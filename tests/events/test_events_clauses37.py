"""Clauses 37 (session 30, helper SILENT): the speaker's own act joined to a clause on the
predicate noun of what it reports.

Coded: "Serbia said there was no evidence the drone was Serbian and accused Croatia of
staging provocations" codes SRB>HRV 11: the parser joins "accused" to the clause hung on
"evidence", the predicate noun (attr) of the reported "there was"; the speaker of the
report acts, as when the parser joins the act to a relative clause or an infinitive on a
noun inside the report (parties._enclosing_report climbs an attr now). Census of session
30: silent misses whose source went unresolved in a conjunct after "said there was no
evidence ..." (set 29).
Near-misses: the joined act negated, or aimed at no foreign party, codes nothing.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PREDICATE_NOUN: list[Case] = [
    (
        "BELGRADE",
        "Serbia's Foreign Ministry said there was no evidence the drone was Serbian and "
        "accused Croatia of staging provocations.",
        "SRB>HRV:11",
    ),
    (
        "BELGRADE",
        "Serbia’s Embassy in Zagreb said on Telegram that there was “no evidence” the drone "
        "was Serbian and accused Croatia of “staging provocations.”",
        "SRB>HRV:11",
    ),
    (
        "TBILISI",
        "Georgia's government said there was no sign the fire was an accident and accused "
        "Armenia of sabotage.",
        "GEO>ARM:11",
    ),
    (
        "VILNIUS",
        "Lithuania said there was no proof the balloons came from Belarus and urged Minsk "
        "to stop the flights.",
        "LTU>BLR:02|10",
    ),
]

NOT_THE_SPEAKERS: list[NearMiss] = [
    (
        "RIGA",
        "Latvia said there was no proof the fire was arson and did not accuse Russia of "
        "sabotage.",
    ),
    (
        "TALLINN",
        "Estonia's government said there was no evidence the drone was armed and accused "
        "the opposition of spreading rumours.",
    ),
]

NONE: list[NearMiss] = NOT_THE_SPEAKERS
GAPS: list[Gap] = [
    (
        "MINSK",
        "Belarus said there was no doubt the balloons were Lithuanian and summoned "
        "Lithuania's ambassador.",
        "BLR>LTU:11|16|10",
        "the parser hangs 'were' on 'was' as dep, not as a clause on the noun 'doubt'",
    ),
    (
        "TALLINN",
        "Estonia's government said it was clear the drone was Russian and condemned Moscow.",
        "EST>RUS:11",
        "'it was clear' reports through 'be', no speech verb, so no speaker is climbed to",
    ),
]
CASES = PREDICATE_NOUN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses37_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses37_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
