"""Review 496 (session 70, O103): an IGO's working party arriving in a state is the IGO's visit.

"A WHO team of 12 epidemiologists arrived in Pemba", "a team of IAEA inspectors arrived in
Tehran", "IAEA experts returned to Ghana": a team, inspectors, experts, monitors or observers an
IGO names as its own travel for it as a body of envoys does (rules.yaml igo_team_nouns,
clauses._igo_team), so their arrival is the IGO -> the host, 042 (session 66's decision 2: an
IGO's mission, team or inspectors in a state). A state's team is no such party: a medical team
brings aid and a national side plays sport (other patterns, unchanged); leaving a state, or a
team's work told without a journey, is no visit.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "GENEVA",
        "A WHO team of nine epidemiologists arrived in Luanda on Monday to help contain a "
        "cholera outbreak.",
        "WHO>AGO:04",
    ),
    (
        "VIENNA",
        "A team of IAEA inspectors arrived in Tehran on Sunday, the agency said.",
        "IAEA>IRN:04",
    ),
    (
        "LUSAKA",
        "An IMF team arrived in Lusaka on Tuesday for talks on the country's debt.",
        "IMF>ZMB:04",
    ),
    (
        "ACCRA",
        "IAEA experts returned to Ghana on Friday to inspect the research reactor.",
        "IAEA>GHA:04",
    ),
    ("BRUSSELS", "EU observers arrived in Tbilisi ahead of the vote.", "EU>GEO:04"),
]
NONE: list[NearMiss] = [
    # leaving is no visit; work told without a journey names no host
    ("GENEVA", "The WHO team left Kinshasa on Friday."),
    ("GENEVA", "A WHO team studied samples sent from Angola."),
]
GAPS: list[Gap] = [
    (
        "GENEVA",
        "The WHO said a team of its experts arrived in Luanda on Monday.",
        "WHO>AGO:04",
        "a pronoun owner ('its experts') under 'a team of' is not read as the IGO's party",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review496_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review496_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
