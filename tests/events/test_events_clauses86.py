"""Clauses 86 (session 63, V63): an aid program cut on the protester.

"summoned Sweden's charge d'affaires to protest Stockholm's decision to suspend a $38
million aid program": as an aid cut (test_events_clauses85), an aid program stopped that
names no receiver, decided by the one state the protest is aimed at, was done to the
protester (v.halt_aid_program in rules protested_party_patterns). v.halt_aid_program is
tried before v.end_agreement and v.suspend_joint_work, which read any program as a deal or
joint work ended and, finding no partner, ended the verb's patterns with a countering guess.

A program of no aid, a joint aid project with a named partner and an aid program with its
receiver keep their codes.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LA PAZ",
        "Bolivia summoned Denmark's envoy to protest Copenhagen's decision to end a development "
        "aid program.",
        "BOL>DNK:11 DNK>BOL:16",
    ),
    (
        "MANAGUA",
        "Nicaragua summoned Finland's charge d'affaires on Monday to protest Helsinki's "
        "decision to suspend a $12 million aid program.",
        "NIC>FIN:11 FIN>NIC:16",
    ),
    ("OSLO", "Norway suspended a $20 million aid program for Uganda on Monday.", "NOR>UGA:16"),
    ("OSLO", "Norway suspended a joint aid project with Sweden.", "NOR>SWE:16"),
    # the protest aimed at a state that did not decide the cut
    (
        "MANAGUA",
        "Nicaragua summoned Finland's envoy to protest Norway's decision to suspend an aid "
        "program.",
        "NIC>FIN:11 NIC>NOR:11",
    ),
]
NONE: list[NearMiss] = [
    ("TEHRAN", "Iran suspended its nuclear program."),
    ("OSLO", "Norway announced a decision to suspend an aid program."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses86_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses86_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
