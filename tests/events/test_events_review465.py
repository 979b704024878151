"""Review 465 (session 69, NT69): the doer of a passive host, and "at X's request".

"The decision was announced by the Chilean ambassador after a meeting with Peru's minister": a
talks noun takes its doer from the clause it hangs on (host_subj); a passive clause whose
subject is a thing no actor names has its doer in the by-phrase, as the active clause has it in
its subject (clauses `_thing_passive_agents`). A passive on a person or a state keeps its own
reading ("Peru's minister was received by ..."), and a passive with no by-phrase names no one.

"at Kyrgyzstan's request" names the asker as the request's owner, as "at the request of
Kyrgyzstan" does (n.at_request source poss): asked of the subject of the clause done at it.

Near misses: no by-phrase; a passive subject naming an actor; "at its own request"; a request
owner of the doer's own state.
Gap: "agreed to let the aircraft land at Britain's request" (the clause's subject is a craft).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "",
        "The decision was announced by the Chilean ambassador after a meeting with Peru's trade "
        "minister.",
        "CHL>PER:04",
    ),
    (
        "",
        "The new quota was unveiled by Norway's fisheries minister after talks with his Icelandic "
        "counterpart.",
        "NOR>ISL:04",
    ),
    ("", "The UN sent monitors to the border at Kyrgyzstan's request.", "KGZ>UN:02"),
    (
        "",
        "Five Canadian engineers arrived in Accra on Monday at Ghana's request.",
        "GHA>CAN:02",
    ),
]
# ... no by-phrase, a passive on an actor, one's own request
NONE: list[NearMiss] = [
    ("", "The plan was announced on Monday after a meeting with Peru's trade minister."),
    ("", "The Chilean navy withdrew the ship at its own request."),
    ("", "Mali's army left the town at the Malian government's request."),
]
GAPS: list[Gap] = [
    (
        "",
        "Kenya agreed to let the cargo plane land at Britain's request.",
        "GBR>KEN:02",
        "codes nothing: the clause done at the request has a craft for its subject",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review465_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review465_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
