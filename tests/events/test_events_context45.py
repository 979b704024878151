"""Context 45 (session 29, S28): acts whose target its frame gives, read from set 28's misses,
each tested on sentences written here.

A challenge to another's act put before a court ("challenged the Commission's decision in
court") or told as the participle of a legal action ("filed a lawsuit at the EU's General
Court challenging the European Commission's approval", "filed a case at the WTO contesting
Chile's ban") is legal action (v.challenge_in_court, 115) against the author of the act
challenged (objects need court_frame; the court and suit words are the pattern's
clause_words). A challenge in words only is none. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CHALLENGED_IN_COURT: list[Case] = [
    (
        "BUDAPEST",
        "Hungary filed a lawsuit at the EU's Court of Justice on Monday challenging the European"
        " Commission's decision to freeze its funds.",
        "HUN>EU:11",
    ),
    ("WARSAW", "Poland challenged the European Commission's decision in court.", "POL>EU:11"),
    (
        "LIMA",
        "Peru filed a case at the World Trade Organization on Tuesday contesting Chile's ban on"
        " its avocados.",
        "PER>CHL:11",
    ),
]

NONE: list[NearMiss] = [
    # a challenge in words, a challenge by no state
    ("PRAGUE", "Slovakia challenged the European Commission's decision at a news conference."),
    ("LIMA", "Peru's opposition contested the government's decision in court."),
]

GAPS: list[Gap] = []
CASES = CHALLENGED_IN_COURT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context45_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
