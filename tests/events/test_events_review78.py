"""Review 78 (session 31, helper S36b): a spokesperson of no stated state who answers the
dateline's state, with several other states named before.

"SEOUL -- ... Russia dismissed the criticism. Foreign Ministry spokeswoman X ... accused
Seoul": an official who acts on the dateline's state is not its official (resolve
finish_clusters, _other_side). With one other state named before, that one; with several, the
state the sentence just before has as its subject (_subject_before: the state whose answer the
spokesperson goes on to tell), never the dateline's own. Before, the speaker was left with no
state and the accusation was lost. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "OSLO",
        "Finland and Sweden opened a new pipeline on Monday. Norway's Foreign Ministry condemned "
        "the opening. Sweden dismissed the criticism. Foreign Ministry spokeswoman Anna Berg said "
        "the pipeline served ordinary trade, and accused Norway of meddling.",
        "NOR>FIN:11 NOR>SWE:11 SWE>NOR:12 SWE>NOR:11",
    ),
    (
        "LISBON",
        "Spain and Morocco signed a fishing pact on Tuesday. Portugal protested. France voiced "
        "concern. Morocco rejected the objections. Foreign Ministry spokesman Karim Alaoui accused "
        "Lisbon of meddling in a bilateral matter.",
        "ESP>MAR:05 MAR>ESP:05 PRT>ESP:11 PRT>MAR:11 FRA>ESP:11 FRA>MAR:11 MAR>FRA:12 MAR>PRT:12 "
        "MAR>PRT:11",
    ),
    # the dateline's own state as the subject before: the spokesman is its own
    (
        "OSLO",
        "Finland and Sweden opened a new pipeline on Monday. Norway's Foreign Ministry condemned "
        "the opening. Norway dismissed Swedish assurances. Foreign Ministry spokeswoman Kari Dahl "
        "accused Sweden of meddling.",
        "NOR>FIN:11 NOR>SWE:11 NOR>SWE:12 NOR>SWE:11",
    ),
    # the dismissal answers every critic of the story (reactions._fellow_voicers, session 33)
    (
        "LISBON",
        "Spain and Morocco signed a fishing pact on Tuesday. Portugal protested. France voiced "
        "concern. Morocco dismissed the criticism. Foreign Ministry spokesman Youssef Idrissi "
        "accused Lisbon of meddling.",
        "ESP>MAR:05 MAR>ESP:05 PRT>ESP:11 PRT>MAR:11 FRA>ESP:11 FRA>MAR:11 MAR>PRT:12 MAR>FRA:12 "
        "MAR>PRT:11",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review78_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review78_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
