"""Vocabulary 69 (session 45, O61): a conduct named "unworthy of an ally" is blamed.

Remarks or acts a state's minister calls "unworthy of an ally" (or of a partner, or
"disrespectful") are disapproved of (111): the ally or partner is the standard missed, so the
praise words of v.call_names' unless_words must not silence it (the word is among the wrong
names, which outweigh them). Near misses: a state called "a worthy ally" or "an ally worthy
of trust" is praised (05), never blamed.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "COPENHAGEN",
        'Danish Foreign Minister Lars Holm called the Polish comments "unworthy of an ally."',
        "DNK>POL:11",
    ),
    (
        "OSLO",
        "Norway's prime minister called the Serbian minister's remarks unworthy of a partner.",
        "NOR>SRB:11",
    ),
    (
        "LISBON",
        "Portugal described the Spanish decision as disrespectful.",
        "PRT>ESP:11",
    ),
    # praise still read as praise
    (
        "COPENHAGEN",
        'Danish Foreign Minister Lars Holm called Poland "a worthy ally."',
        "DNK>POL:05",
    ),
    (
        "TALLINN",
        'Estonia\'s president called Latvia "an ally worthy of trust."',
        "EST>LVA:05",
    ),
]

NONE: list[NearMiss] = [
    ("VILNIUS", 'Lithuania\'s foreign minister said the debate was "unworthy of this parliament."'),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary69_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary69_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
