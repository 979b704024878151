"""Context 193 (session 67, P67): "the two governments" in a state's own aside.

"Russia, whose state company upgraded the reactor under an agreement the two governments signed
in 2014, said ..." after "Azerbaijan accused Armenia ...": the plural took the pair named
before (Azerbaijan and Armenia) and coded their signing both ways. A pair that acts in a
relative clause nested in an aside on a state (a "whose" or "which" clause on its name) holds
that state: when the pair chosen leaves it out, the other side is not known, and the plural is
left unresolved (plurals._host_left_out). Not when the aside's verb is a go-between's
(mediation_verbs: "Kazakhstan, which hosted the talks at which the two governments signed").

Near misses (still code): the go-between's aside, and the plural outside any aside.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the aside's state is one of the two: not the pair named before
    (
        "YEREVAN",
        "Azerbaijan accused Armenia of hiding safety faults. Russia, whose state company upgraded "
        "the reactor under an agreement the two governments signed in 2014, said it was ready to "
        "send engineers.",
        "AZE>ARM:11",
    ),
    # ... a go-between's aside, and no aside: the pair named before
    (
        "DUSHANBE",
        "Uzbekistan accused Tajikistan of diverting the river. Kazakhstan, which hosted the talks "
        "at which the two governments signed a water deal in 2012, urged calm.",
        "UZB>TJK:11 UZB>TJK:05 TJK>UZB:05 KAZ>UZB:02 KAZ>TJK:02",
    ),
    (
        "DUSHANBE",
        "Uzbekistan accused Tajikistan of diverting the river on Monday. Kazakhstan urged calm and "
        "said the two governments had signed a water deal in 2012.",
        "UZB>TJK:11 UZB>TJK:05 TJK>UZB:05",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context193_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context193_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
