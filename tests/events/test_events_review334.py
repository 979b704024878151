"""Review 334 (session 65, N65): "agreed to let Nepal's honorary consul visit the detention
center", the person let act read as a compound.

After a verb of letting (data/nlp/letting_verbs.yaml: let, help, make), an infinitive that can
also be a noun ("visit") was parsed as a noun with the person on it as a compound ("consul
visit"), so the clause had no subject and v.allow_nationals found no one let in
(nlp._subjects_read_as_compounds gives the person back as the clause's subject, with the words
before it the parser hung on the clause). An ambassador let in to see held nationals is as much
a consular visit granted as a consul's (v.allow_nationals' objects).

Near misses: one's own consul; a visit that goes ahead (no person let act); tourists let in (no
state's official); a refusal to let the consul visit stays a refusal.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NICOSIA",
        "Cyprus agreed on Monday to let Nepal's honorary consul visit the detention center.",
        "CYP>NPL:05",
    ),
    ("VALLETTA", "Malta agreed to let the Uruguayan consul visit the detained crew.", "MLT>URY:05"),
    ("MANILA", "The Philippines agreed to let Taiwanese officials visit the crew.", "PHL>TWN:06"),
    (
        "BANGKOK",
        "Thailand let Cambodia's ambassador visit the detained workers on Monday.",
        "THA>KHM:05",
    ),
    # a refusal of the same visit is a refusal
    (
        "NICOSIA",
        "Cyprus refused to let Nepal's honorary consul visit the detention center.",
        "CYP>NPL:12",
    ),
]
NONE: list[NearMiss] = [
    ("NICOSIA", "Cyprus agreed to let its own consul visit the students."),
    ("NICOSIA", "Cyprus agreed to let the Nepali consul visit go ahead."),
    ("NICOSIA", "Cyprus agreed to let Nepali tourists visit the museum."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review334_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review334_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
