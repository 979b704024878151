"""Vocabulary 157 (session 67, N67): whom a refused or closed thing was for.

"Nigeria's refusal of consular access to Ghanaian diplomats", "Italy's rejection of a request
from Libya", "Finland's closure of its border with Russia": the act noun's of-object names
no actor; a to-, for- or from-phrase on it does (slot of_sub). n.rejection reads it after its
of-phrase (120); a new n.denial_access reads "denial" only of access, entry, visas, landing,
overflight, permission, permits or accreditation (120, as v.refuse_consular_access); n.closure
reads the with-phrase of what is closed first, since its owner is mostly the closer (163 for a
border).

Near misses: a denial of a charge (no access word); a denial or closure only asked for,
negated or planned; the closure of a border with no other side named ("its northern border");
a refusal of something from no actor.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Nigeria's refusal of entry to two Ghanaian warships was condemned.",
        "NGA>GHA:12",
    ),
    (
        "ACCRA",
        "Nigeria's denial of consular access to Ghanaian diplomats was reported on Monday.",
        "NGA>GHA:12",
    ),
    (
        "TRIPOLI",
        "Italy's rejection of a request from Libya for patrol boats was announced.",
        "ITA>LBY:12",
    ),
    (
        "HELSINKI",
        "Finland's closure of its border with Russia was extended on Monday.",
        "FIN>RUS:16",
    ),
]
NONE: list[NearMiss] = [
    ("MOSCOW", "Russia's denial of the accusations came hours later."),
    ("ACCRA", "Ghana urged the denial of consular access to foreign diplomats."),
    ("OSLO", "Norway's closure of its northern border was brief."),
    ("LAGOS", "No closure of the border with Benin is planned, Nigeria said."),
    ("NAIROBI", "Kenya's refusal of the offer from the company was final."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary157_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary157_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
