"""Review 282 (session 63, R63): "ordered X to leave ... within 72 hours, accusing him of".

"Chile ordered the deputy head of Israel's embassy to leave the country within 72 hours,
accusing him of insulting the president": with a phrase after the infinitive, the parser
hangs the accusing clause on "leave", whose object is the country, not on "ordered"; the
pronoun then stood for no one and the accusation was lost. For the roots of rules
pronoun_patient_roots, the pronoun of a clause hung on an infinitive also stands for the
object of the verb the infinitive completes (objects._pronoun_patients), the one ordered out.

Near miss: the one told to leave is no state's (staff asked out of a building).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# objects._pronoun_patients: the one ordered out is the one accused
ORDERED_ACCUSED: list[Case] = [
    (
        "SANTIAGO",
        "Chile ordered the deputy head of Israel's embassy to leave the country within 72 "
        "hours, accusing him of insulting the president.",
        "CHL>ISR:16 CHL>ISR:11",
    ),
    (
        "HELSINKI",
        "Finland on Tuesday ordered two Russian diplomats to leave the country within a week, "
        "accusing them of spying on the port of Kotka.",
        "FIN>RUS:16 FIN>RUS:11",
    ),
]
# kept: the parser hangs the clause on "ordered" here, as it did before (a guard)
ORDERED_ACCUSED_KEPT: list[Case] = [ORDERED_ACCUSED.pop()]

CASES: list[Case] = ORDERED_ACCUSED + ORDERED_ACCUSED_KEPT
NONE: list[NearMiss] = [
    (
        "TALLINN",
        "The ministry asked staff to leave the building within an hour, accusing them of "
        "ignoring the alarm.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review282_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review282_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
