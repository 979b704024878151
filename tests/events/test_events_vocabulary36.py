"""A bare participle joined to a passive shares its patient (session 30, S29).

"The diplomat ... was declared persona non grata and given five days to leave": "given" has no
auxiliary or subject of its own, so it is passive too, its patient the diplomat
(modality._shared_passive): the expulsion goes from the state that reports it to the
diplomat's state, never back. So "Turkey was criticized by Greece and condemned by the EU" is
the EU's condemnation of Turkey. Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HELSINKI",
        "Finland ordered a Russian diplomat to leave the country on Monday. The diplomat, a "
        "second secretary at Russia's Embassy in Helsinki, was declared persona non grata and "
        "given five days to leave, the Foreign Ministry said.",
        "FIN>RUS:16 FIN>RUS:16",
    ),
    (
        "HELSINKI",
        "The diplomat, a second secretary at Russia's Embassy in Helsinki, was declared persona "
        "non grata and given five days to leave, the Foreign Ministry said.",
        "FIN>RUS:16",
    ),
    (
        "ANKARA",
        "Turkey was criticized by Greece and condemned by the European Union.",
        "GRC>TUR:11 EU>TUR:11",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "BUCHAREST",
        "A Russian military attache was declared persona non grata and given 72 hours to leave "
        "Romania, the Foreign Ministry said.",
        "ROU>RUS:16",
        "an agentless 'declared persona non grata' has no source, and 'to leave Romania' "
        "keeps the reporting ministry's state from the given time",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary36_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary36_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
