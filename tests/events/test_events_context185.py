"""Context 185 (session 66, T66): "rejected suggestions that Singapore was shielding him".

A rejection of a statement noun (rules claim_nouns) whose that-clause tells the rejecter's own
state's act ("rejected suggestions that the city-state was shielding the businessman", said by a
Singaporean official) names no other party, as "denied that it was shielding him" names none:
its clause's subject, the source's own state, no longer stops the counterpart guess
(sides._own_reported_subjects), so it answers the other principal of the story, as a denial
does.

Near misses: a domestic story; two accusers. Gap: a clause naming a third state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TASHKENT",
        "Uzbekistan accused Singapore on Monday of shielding a fugitive businessman. A "
        "Singaporean official rejected suggestions that the city-state was protecting him.",
        "UZB>SGP:11 SGP>UZB:12",
    ),
    (
        "ASTANA",
        "Kazakhstan asked Malaysia in May to freeze the accounts and return the money. A "
        "Malaysian official rejected suggestions that Kuala Lumpur was stalling.",
        "KAZ>MYS:02 MYS>KAZ:12",
    ),
    # ... not when two accuse
    (
        "DUSHANBE",
        "Tajikistan and Kyrgyzstan accused Austria on Friday of sheltering an exiled banker. An "
        "Austrian official rejected suggestions that Vienna was protecting him.",
        "TJK>AUT:11 KGZ>AUT:11",
    ),
]
# ... nor in a domestic story
NONE: list[NearMiss] = [
    (
        "SINGAPORE",
        "Singapore's parliament debated a new banking law on Monday. A minister rejected "
        "suggestions that the city-state was shielding tax evaders.",
    ),
]
GAPS: list[Gap] = [
    (
        "BISHKEK",
        "Kyrgyzstan accused Turkey on Monday of hiding a fugitive banker. A Turkish official "
        "rejected suggestions that Ankara had sent him to Georgia.",
        "KGZ>TUR:11",
        "a third state in the rejected clause is read as the one rejected (TUR>GEO:12, as "
        "before this rule): the clause's parties are no accusers",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context185_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context185_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
