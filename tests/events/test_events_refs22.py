"""References 22 (session 36, helper WELC2): "the agreement" past another set aside.

"Chile and Peru signed an agreement ... Brazil signed a separate agreement with Peru on a
port. Ecuador welcomed the agreement": a use marked as another (aside_act_marks: "a separate
agreement", "under another agreement") is set beside the story's deal, as "its own" is
(context._own_aside), and meant only when no other use names an author. A reaction noun
with words of its own ("the separate agreement", "the port agreement") may mean the other:
it keeps the nearer. A party of the other deal reacting still names the story's parties.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_DEAL = "Chile and Peru signed an agreement on Monday to share water from the Lauca river. "
_PORT = "Brazil signed a separate agreement with Peru on a port. "

SET_ASIDE: list[Case] = [
    (
        "LIMA",
        _DEAL + _PORT + "Ecuador welcomed the agreement.",
        "CHL>PER:05 PER>CHL:05 BRA>PER:05 ECU>CHL:05 ECU>PER:05",
    ),
    # two paragraphs apart
    (
        "LIMA",
        _DEAL + "The river rises in the Andes.\n\n" + _PORT + "Work will start in May.\n\n"
        "Ecuador welcomed the agreement.",
        "CHL>PER:05 PER>CHL:05 BRA>PER:05 ECU>CHL:05 ECU>PER:05",
    ),
    (
        "LIMA",
        _DEAL + "Brazil will lend Peru $200 million for the canal under another agreement. "
        "Ecuador welcomed the agreement.",
        "CHL>PER:05 PER>CHL:05 BRA>PER:07 ECU>CHL:05 ECU>PER:05",
    ),
    # a party of the other deal reacting
    (
        "LIMA",
        _DEAL + _PORT + "Brazil welcomed the agreement.",
        "CHL>PER:05 PER>CHL:05 BRA>PER:05 BRA>CHL:05 BRA>PER:05",
    ),
    # the only deal told: the one set aside is meant
    (
        "LIMA",
        "Brazil signed a separate agreement with Peru on a port on Monday. Ecuador welcomed "
        "the agreement.",
        "BRA>PER:05 ECU>BRA:05 ECU>PER:05",
    ),
    # the reaction names it by words of its own: the nearer
    (
        "LIMA",
        _DEAL + _PORT + "Ecuador welcomed the separate agreement.",
        "CHL>PER:05 PER>CHL:05 BRA>PER:05 ECU>BRA:05 ECU>PER:05",
    ),
    (
        "LIMA",
        _DEAL + _PORT + "Ecuador welcomed the port agreement.",
        "CHL>PER:05 PER>CHL:05 BRA>PER:05 ECU>BRA:05 ECU>PER:05",
    ),
    # negated: nothing
    (
        "LIMA",
        _DEAL + _PORT + "Ecuador did not welcome the agreement.",
        "CHL>PER:05 PER>CHL:05 BRA>PER:05",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "MUSCAT",
        "Bahrain and Oman signed a $1 billion loan agreement on Tuesday for a railway. The "
        "agreement was signed in Muscat by Oman's transport minister, Said al-Harthi, and the "
        "Bahraini infrastructure minister, Khalid al-Khalifa. Kuwait welcomed the agreement.",
        "BHR>OMN:05 OMN>BHR:05 KWT>BHR:05 KWT>OMN:05",
        "the parser hangs 'Said al-Harthi' on 'agreement' as an apposition and the second "
        "signer as its conjunct, so the by-phrase names Oman alone and the nearer telling "
        "gives one party (set 48's shape)",
    ),
]

CASES = SET_ASIDE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs22_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
