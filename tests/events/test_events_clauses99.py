"""Clauses 99 (session 67, C67): "agreed to <do something> with <state>", the partner in the
infinitive's with-phrase.

"China agreed to study the rail extension with Kenya", "Peru agreed to carry out joint surveys
with Chile": what a state agrees to do with another is an agreement between them (v.agree_together,
057), as "agreed with Chile to ..." is; the pattern read its partner only from a with-phrase of
"agree" itself, so the infinitive's partner was lost and nothing was coded. The pattern now also
reads the infinitive's with-phrase (xcomp_args:with). An act the infinitive codes itself
("agreed to hold talks with Ukraine": 03 by the intent rules) is still told by it (rules
infinitive_told_patterns).

Near misses: a fight, a contest or a break "with" a state is no partnership (unless_words).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "China agreed on Tuesday to study the rail extension with Kenya, according to a "
        "statement.",
        "CHN>KEN:05",
    ),
    (
        "LIMA",
        "Peru agreed to carry out joint surveys with Chile along the border river.",
        "PER>CHL:05",
    ),
    (
        "KUALA LUMPUR",
        "Malaysia agreed to settle the water dispute with Singapore by the end of the year.",
        "MYS>SGP:05",
    ),
    # ... the infinitive's own act still tells it
    (
        "ISTANBUL",
        "Russia agreed to hold talks with Ukraine in Istanbul next week.",
        "RUS>UKR:03",
    ),
]
# ... not a fight or a contest "with" a state
NONE: list[NearMiss] = [
    ("SANTIAGO", "Chile agreed to fight the gangs with Peru's help."),
    ("KAMPALA", "Kenya agreed to compete with Uganda for the railway contract."),
]
GAPS: list[Gap] = [
    (
        "MOMBASA",
        "China agreed to study the extension with Kenya and Uganda.",
        "CHN>KEN:05 CHN>UGA:05",
        "two partners in the infinitive's with-phrase code nothing",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses99_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses99_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
