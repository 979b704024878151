"""Review 56 (session 29, SAY): near-misses of judgement told in reported speech, each
written here, beside the plain judgements they mimic.

Coded (controls): a state's deed said to be illegal (v.say_accuse, 112), a state said to
harbor rebels (v.say_abets, 112), a cost foretold for a state (v.say_threat, 130). Kept
uncoded: the same words from an analyst (no state speaks), hedged ("it was unclear
whether"), asked, hypothetical ("would be illegal if"), denied ("denied that", "was not
illegal"), the speaker judging its own side, a judgement reported of third parties ("critics
had called"), a foe fought or refugees sheltered (no charge), a cost forecast by analysts,
and a cost hoped away. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CONTROLS: list[Case] = [
    ("ACCRA", "Ghana's foreign minister said Togo's decision was illegal.", "GHA>TGO:11"),
    (
        "ACCRA",
        "Ghana's foreign minister said Togo had been harboring rebels from the north.",
        "GHA>TGO:11",
    ),
    ("ACCRA", "Ghana's foreign minister said Togo would pay a heavy price.", "GHA>TGO:13"),
]

NONE: list[NearMiss] = [
    # no state speaks
    ("ACCRA", "A political analyst in Accra said Togo's decision was illegal."),
    # hedged, asked, hypothetical
    ("ACCRA", "Ghana's foreign minister said it was unclear whether Togo's decision was illegal."),
    ("ACCRA", "Ghana's foreign minister asked whether Togo's decision was illegal."),
    (
        "ACCRA",
        "Ghana's foreign minister said Togo's decision would be illegal if it were carried out.",
    ),
    # denied
    ("ACCRA", "Ghana's foreign minister denied that Togo's decision was illegal."),
    ("ACCRA", "Ghana's foreign minister said Togo's decision was not illegal."),
    # the speaker's own side judged
    ("ACCRA", "Ghana's foreign minister said Accra's decision was a mistake."),
    # a judgement reported of others
    ("ACCRA", "Ghana's foreign minister said critics had called Togo's decision illegal."),
    # no charge: a foe fought, refugees sheltered
    ("ACCRA", "Ghana's foreign minister said Togo's army was fighting the rebels."),
    ("ACCRA", "Ghana's foreign minister said Togo had been harboring refugees from the north."),
    # a cost forecast by others, or hoped away
    (
        "ACCRA",
        "Ghana's foreign minister said Togo could face consequences if the talks failed,"
        " according to analysts.",
    ),
    ("ACCRA", "Ghana's foreign minister said he hoped Togo would not face consequences."),
]

GAPS: list[Gap] = []
CASES = CONTROLS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review56_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review56_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
