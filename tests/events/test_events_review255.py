"""Review 255 (session 63, O92): a reminder of what the reminded state owes is an appeal.

"An EU spokesman reminded Belgrade of its commitments": the verb "remind" with an of-phrase
naming a duty (commitments, obligations, pledges, promises, duties, responsibilities,
undertakings) asks the reminded state to honour it (patterns.yaml v.remind_of_duty, 020);
"reminded Iraq" alone, or a reminder of a fact or of the past, stays uncoded (v.issue_reminder's
comment).

Near misses: a reminder of a past war, of a date, of a neighbour's history; a reminder to
reporters (no state reminded).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BRUSSELS",
        "The European Commission on Tuesday reminded Hungary of its obligations under the "
        "asylum treaty.",
        "EU>HUN:02",
    ),
    (
        "LIMA",
        "Peru's foreign minister reminded Chile of its pledge to return the disputed "
        "archives.",
        "PER>CHL:02",
    ),
    (
        "NEW YORK",
        "The U.N. secretary-general reminded Myanmar of its commitments to the Rohingya "
        "refugees.",
        "UN>MMR:02",
    ),
    (
        "ADDIS ABABA",
        "The African Union reminded Sudan of its promise to hand power to civilians.",
        "AU>SDN:02",
    ),
]
NONE: list[NearMiss] = [
    (
        "ROME",
        "Italy's foreign minister reminded Libya of the 1911 war in a speech to students.",
    ),
    (
        "ATHENS",
        "Greece's prime minister reminded Turkey of the date of the next summit.",
    ),
    (
        "WARSAW",
        "Poland's president reminded reporters of the country's commitments to its allies.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review255_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review255_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
