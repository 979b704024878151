"""Context 164 (session 63, O92): a state fund named by its state's adjective acts for the state.

"A Saudi state fund pledged $500 million for a port in Mombasa": a fund is among the firm
nouns of data/actors/state_companies.yaml, so "state" or "national" with a state's adjective or
name before it makes the state's organ (role GOV), as "Qatar's sovereign wealth fund" already
was (lenders); the pledge is the state's.

Near misses: a fund with no state owner word ("a Norwegian investment fund"); a fund that
pledges nothing to another state; a private fund.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "A Saudi state fund pledged $500 million for a new container port in Mombasa, Kenya's "
        "presidency said.",
        "SAU>KEN:03|07",
    ),
    (
        "AMMAN",
        "Kuwait's national fund pledged $300 million to Jordan for water projects on Sunday.",
        "KWT>JOR:03|07",
    ),
]
NONE: list[NearMiss] = [
    (
        "ACCRA",
        "A Norwegian investment fund bought a stake in a small Ghanaian bank last year.",
    ),
    (
        "OSLO",
        "Norway's state fund sold its shares in a mining group on Monday.",
    ),
    (
        "DAKAR",
        "A private equity fund based in London pledged $50 million for solar farms in "
        "Senegal.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context164_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context164_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
