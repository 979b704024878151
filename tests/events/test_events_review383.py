"""Review 383 (session 66, O99): a person handed or sent back to a state that wants him.

"has sent a prominent Tajik opposition activist back to Tajikistan, where he faces terrorism
charges": v.hand_over coded every person handed over by a plain return (084) unless the object
was a prisoner, a suspect or one who fled. &hand_over_refine now reads "charge" as a wanted man's
(063, judicial cooperation, as "suspect" and "wanted") and an activist, dissident, opponent or
critic sent to the state he opposes as deported (174), as set 19 codes "sent 109 Uyghurs back
to China" 17/06.

Near misses: citizens handed over are still returned (084), an ambassador sent back visits.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# wanted there (charges): 06; the state's opponent: 17
CASES: list[Case] = [
    (
        "DOHA",
        "Qatar has sent a prominent Egyptian opposition activist back to Egypt, where he faces "
        "terrorism charges, his family said Friday.",
        "QAT>EGY:06",
    ),
    ("DOHA", "Qatar has sent a prominent Egyptian dissident back to Egypt.", "QAT>EGY:17"),
    ("AMMAN", "Jordan handed a Syrian government critic over to Syria on Monday.", "JOR>SYR:17"),
    # ... citizens handed over are returned, an envoy sent back resumes his post
    ("MUSCAT", "Oman handed over two Yemeni citizens to Yemen on Monday.", "OMN>YEM:08"),
    ("RIYADH", "Saudi Arabia sent its ambassador back to Iran.", "SAU>IRN:04"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review383_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review383_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
