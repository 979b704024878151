"""Review 401 (session 67, P67): "it" in the content of a passive warning is the warner.

"Kosovo was warned by Serbia that it would not tolerate any attack on Serbs" added XKX>SRB 13
beside SRB>XKX 13: coref's _state_antecedent scores up the reporter of a clause whose subject
is "it" (_reporter: the saying verb's subject), but a passive saying verb has no nsubj, so the
passive's subject, the one warned, won as the nearest subject. The passive's by-agent is now
the reporter ("was warned by Serbia", "was told by Cambodia"), as the active's subject is
("Serbia warned Kosovo that it would ...").

Near misses: the active warning, and a warning whose content makes no event of its own.
Gap (strict): the same for a person ("he" after "was warned by Putin"): the person resolver's
sayer (_clause_sayer) still takes the passive's subject.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the warner's own "it": one threat of the warner, none of the warned
CASES: list[Case] = [
    (
        "PRISTINA",
        "Kosovo was warned by Serbia that it would not tolerate any attack on Serbs.",
        "SRB>XKX:13",
    ),
    (
        "ATHENS",
        "Greece was warned by Turkey that it would not tolerate any attack on Turkish fishermen.",
        "TUR>GRC:13",
    ),
    # a told plan of the teller's
    (
        "HANOI",
        "Vietnam was told by Cambodia that it would send an envoy to Hanoi next week.",
        "KHM>VNM:04",
    ),
    # ... near misses: the active form, and content that codes nothing
    (
        "ATHENS",
        "Turkey warned Greece that it would not tolerate any attack on Turkish fishermen.",
        "TUR>GRC:13",
    ),
    ("BAKU", "Armenia was warned by Azerbaijan that it would face consequences.", "AZE>ARM:13"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "KYIV",
        "Ukraine's president was warned by Putin that he would not tolerate any attack on "
        "Russian soil.",
        "RUS>UKR:13",
        "the person resolver's _clause_sayer takes the passive's subject, not its by-agent",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review401_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review401_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
