"""Clauses 49 (session 43, O62): talks told after a signing, missed in the opened set 62 (its
sentences are not used here).

"signed the accord after talks" codes the talks between the signers (n.talks host_subj); with a
relative clause on the talks the parser reads the noun as a clause with "after" as its mark
("after talks that an aide described as long") and nothing was coded (events/clauses.py
_phrase_host). Near misses: a time of something else ("after a day of mourning"), talks of no
state, a signing to come. Gap: talks a time measures ("after a morning of talks"), kept as the
older tests decide.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "APIA",
        "Samoa's foreign minister and Tonga's foreign minister signed the accord at the Foreign"
        " Ministry after talks that an aide described as long.",
        "WSM>TON:05 TON>WSM:05 WSM>TON:04 TON>WSM:04",
    ),
    # guards: a signing to come, a time of something else
    (
        "APIA",
        "Samoa's foreign minister and Tonga's foreign minister will sign the accord after talks"
        " that an aide described as long.",
        "WSM>TON:03 TON>WSM:03",
    ),
    (
        "APIA",
        "Samoa's foreign minister and Tonga's foreign minister signed the accord in Apia after a"
        " day of mourning.",
        "WSM>TON:05 TON>WSM:05",
    ),
]

NONE: list[NearMiss] = [
    ("APIA", "Fishermen from the two islands left Apia after a morning of talks."),
]

GAPS: list[Gap] = [
    (
        "SUVA",
        "Fiji's trade minister signed the protocol with Vanuatu's trade minister in Suva after a"
        " morning of talks.",
        "FJI>VUT:05 VUT>FJI:05 FJI>VUT:04 VUT>FJI:04",
        "talks a time or a count measures ('after a morning of talks', 'after two days of"
        " talks') are read as no act of the signing pair (tests coord21, recall5, consult17 keep"
        " only their host's or mediator's act); set 62 codes the pair's talks there",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses49_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses49_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
