"""Review 465 (session 69, NT69): the doer of a passive host of a talks noun.

"The decision was announced by the Chilean ambassador after a meeting with Peru's minister": a
talks noun takes its doer from the clause it hangs on (host_subj); a passive clause whose
subject is a thing no actor names has its doer in the by-phrase, as the active clause has it in
its subject (clauses `_thing_passive_agents`). A passive on a person or a state keeps its own
reading ("Peru's minister was received by ..."), and a passive with no by-phrase names no one.
A deal signed by its parties after talks is theirs (talks_with_verbs: n.talks_signed reads it).

Near misses: no by-phrase; a deal signed by both parties after talks (no second 04).
Gap: "at Kyrgyzstan's request" names no asker (n.at_request reads "the request of" only). Tried
(source poss) and dropped: the open sets' gold codes an ask to withdraw as a demand (10), so
the 020 it gave was two extras and no match.

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
    # a passive on a person keeps its own reading: the hosting, no talks with Bolivia
    (
        "",
        "Peru's minister was received by the Chilean president after a meeting with Bolivia's "
        "envoy.",
        "CHL>PER:04",
    ),
]
# ... no by-phrase
NONE: list[NearMiss] = [
    ("", "The plan was announced on Monday after a meeting with Peru's trade minister."),
]
GAPS: list[Gap] = [
    (
        "",
        "Five Canadian engineers arrived in Accra on Monday at Ghana's request.",
        "GHA>CAN:02",
        "codes nothing: n.at_request reads the asker from 'of' only, not a possessive",
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
