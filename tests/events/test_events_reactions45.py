"""Reactions 45 (session 37, helper CTX): reactions whose target the sentence does not name.

1. "Norway refused a Russian ship permission to dock ... [answers to it] ... Finland welcomed
   the decision": refusing permission, access, clearance or entry turns down what another
   asked for (asked_nouns), a decision of the refuser's that "the decision" far below may
   sum up, not an answer only, as a refused protest is (reactions._refused_request). Another
   deed told between still stops it.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_REFUSED = (
    "Norway on Monday refused a Russian research ship permission to dock in Tromso, the "
    "foreign ministry said. The ship had planned to change crews there. "
)

# a refusal of what another asked for is a decision
REFUSED: list[Case] = [
    (
        "OSLO",
        "Norway on Monday denied a Russian research ship access to its waters near Svalbard, "
        "the foreign ministry said. The ship had planned a survey of the seabed. Russia "
        "protested. Norway's foreign minister rejected the protest. The European Union praised "
        "the decision.",
        "NOR>RUS:12 NOR>RUS:12 EU>NOR:05",
    ),
    (
        "OSLO",
        "Norway has refused a Russian cargo plane clearance to land at Tromso, officials said. "
        "The plane had asked to refuel on its way to Svalbard. Moscow called the refusal "
        "hostile. Oslo rejected the charge. It said the rules were old. Sweden backed the "
        "decision.",
        "NOR>RUS:12 RUS>NOR:11 NOR>RUS:12 SWE>NOR:05",
    ),
    (
        "OSLO",
        _REFUSED + "Russia criticized the decision. Norway's foreign minister rejected the "
        "criticism. He said the rules applied to every flag. Finland welcomed the decision.",
        "NOR>RUS:12 RUS>NOR:11 NOR>RUS:12 FIN>NOR:05",
    ),
    # another deed told between: which decision is meant is not said
    (
        "OSLO",
        _REFUSED + "Russia criticized the decision. Norway's foreign minister rejected the "
        "criticism. Separately, Sweden expelled a Russian diplomat. Finland welcomed the "
        "decision.",
        "NOR>RUS:12 RUS>NOR:11 NOR>RUS:12 SWE>RUS:16",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES = REFUSED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions45_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
