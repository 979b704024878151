"""Review 122 (session 43, O62): a miss found in the opened set 62 (its sentences are not used
here).

Permits or licences for another state's people or vehicles, their issuing suspended ("Benin
suspended the issuing of new transit permits for Togolese trucks"), are a cut in relations as
suspended visa services are (v.suspend_services object_words: permit, licence, license; 160).
Near misses: permits at home ("building permits in Lima"), for goods, for foreigners of no
state named.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LOME",
        "Benin suspended the issuing of new transit permits for Togolese trucks at the Hilacondji"
        " post on Monday.",
        "BEN>TGO:16",
    ),
    (
        "KATHMANDU",
        "Qatar halted the issuance of work permits for Nepali workers last week.",
        "QAT>NPL:16",
    ),
]

NONE: list[NearMiss] = [
    ("LIMA", "Peru suspended the issuing of building permits in Lima after the earthquake."),
    ("LIMA", "Peru suspended the issuing of export permits for maize."),
    ("NAIROBI", "Kenya stopped issuing work permits to foreign teachers."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review122_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review122_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
