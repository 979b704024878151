"""Review 229 (session 62, K62): an appeal joined after a judgement of a named state.

"Its ministry accused Bishkek of moving too slowly and demanded that its experts be allowed to
take part": a demand or appeal that names no one, joined after its source's accusation,
criticism or condemnation of a state, is made of that state, as one joined after a talk, a
protest or a summons is (rules.yaml judgement_address_verbs; extract._after_talk). The open
sets code it so wherever the judgement names the state (sets 40, 42, 81, 84, 85: 10/02
beside the 11), and optionally for "condemned the strike and called for an investigation".

Near misses: an appeal that tells others to act ("and called on sports bodies to stop ...",
"urged other states to stay vigilant": an xcomp) is not made of the judged state; one that
names its addressee keeps it.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

JUDGED: list[Case] = [
    (
        "LIMA",
        "Peru's environment ministry accused Bolivia of moving too slowly and demanded that "
        "Peruvian experts be allowed to take part in the monitoring.",
        "PER>BOL:11 PER>BOL:10|02",
    ),
    (
        "QUITO",
        "Ecuador accused Colombia of stalling the border talks and asked for a new round of "
        "negotiations.",
        "ECU>COL:11 ECU>COL:02|10",
    ),
    (
        "SANTIAGO",
        "Chile criticized Argentina over the closure of the pass and demanded that it be "
        "reopened within a week.",
        # the closure protested is the criticized state's act against the protester (X62's
        # n.closure protester slot, session 62): ARG>CHL 16 beside the judgement and demand
        "CHL>ARG:11 CHL>ARG:10|02 ARG>CHL:16",
    ),
]
OTHERS: list[Case] = [
    (
        "QUITO",
        "Ecuador accused Colombia of stalling and urged other Andean states to stay vigilant.",
        "ECU>COL:11",
    ),
    (
        "LIMA",
        "Peru condemned the Chilean decision as discrimination and called on sports bodies to "
        "stop awarding events to Chile.",
        "PER>CHL:11",
    ),
    (
        "SANTIAGO",
        "Chile accused Bolivia of smuggling and asked Peru to tighten its border controls.",
        "CHL>BOL:11 CHL>PER:02",
    ),
]
CASES: list[Case] = JUDGED + OTHERS

NONE: list[NearMiss] = [
    ("LIMA", "Peru's ministry demanded that Peruvian experts be allowed to take part."),
    ("QUITO", "Ecuador asked for a new round of negotiations."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review229_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review229_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
