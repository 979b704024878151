"""Context 37 (session 22, lead): a ranking phrase's copula carries the act's modality.

"Peru will be the first country to sign the pact" is planned as "Peru will sign the pact" is
(intent, 03), and "South Korea may be the only country to send troops" as "may send troops";
"was the first foreign leader to congratulate" and "was not the first country to recognize"
are told acts (the copula's negation denies the rank, not the act). parties.py _rank_copula,
beside clauses.py _ranked_doer. Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PLANNED: list[Case] = [
    (
        "LIMA",
        "Peru will be the first country to sign the new fisheries pact with Chile, its "
        "foreign minister said.",
        "PER>CHL:03",
    ),
    (
        "SEOUL",
        "South Korea may be the only country to send troops to Poland this year.",
        "KOR>POL:03",
    ),
    (
        "HANOI",
        "Vietnam will be among the first to sign the trade deal with Australia.",
        "VNM>AUS:03",
    ),
]

TOLD: list[Case] = [
    (
        "TOKYO",
        "Japan was not the first country to recognize Kosovo, officials noted.",
        "JPN>XKX:05",
    ),
    (
        "DAKAR",
        "Senegal's president was the first foreign leader to congratulate Gambia's new "
        "president.",
        "SEN>GMB:05",
    ),
]

NONE: list[NearMiss] = [
    # a rank said of an act that is only wished for or denied outright
    ("OTTAWA", "Canada should be the first country to lift the sanctions on Cuba, she said."),
]
GAPS: list[Gap] = []
CASES = PLANNED + TOLD


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context37_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context37_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
