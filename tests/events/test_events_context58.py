"""Two armed acts of one pair in one sentence (session 31, S36b): "A's troops fired warning
shots after B's soldiers crossed the border".

Neither act names the other side: the warning shots (v.warning_shot_at) take the subject of
their after/when/as clause (cond_subj), the crossing (v.cross_border, and v.cross_line for a
"Line of Control" or "military demarcation line") the state of the forces that answered it on
the spot (rules force_answering_verbs, nominals._answering_forces), as a protest names the
state a closure was done to. Kept: a planned or conditional answer, an answer by the doer's
own side, crossers that are no state's forces, a "red line".
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peruvian troops fired warning shots on Monday after Bolivian soldiers crossed the border.",
        "PER>BOL:15 BOL>PER:15",
    ),
    (
        "LIMA",
        "Peruvian troops fired warning shots on Monday after about 30 Bolivian soldiers crossed "
        "the border in the Andes.",
        "PER>BOL:15 BOL>PER:15",
    ),
    (
        "DELHI",
        "Indian troops fired warning shots after Pakistani soldiers crossed the Line of Control.",
        "IND>PAK:15 PAK>IND:15",
    ),
    (
        "SEOUL",
        "North Korean troops fired warning shots on Friday after some 15 South Korean soldiers "
        "crossed the military demarcation line near the coast.",
        "PRK>KOR:15 KOR>PRK:15",
    ),
    # a protest names the crossed state as before, now for a line too
    (
        "DELHI",
        "India summoned Pakistan's envoy after Pakistani soldiers crossed the Line of Control.",
        "IND>PAK:11 PAK>IND:15",
    ),
]

NONE: list[NearMiss] = [
    ("LIMA", "Peruvian troops will fire warning shots if Bolivian soldiers cross the border."),
    ("LIMA", "Peruvian troops fired warning shots after smugglers crossed the border."),
    ("DELHI", "Pakistani soldiers crossed a red line, Indian officials said."),
    ("DELHI", "Pakistani soldiers crossed the Line of Control on Monday."),
]
GAPS: list[Gap] = [
    (
        "ATHENS",
        "Greece scrambled fighter jets after Turkish warplanes entered its airspace.",
        "TUR>GRC:15",
        "'its airspace' is not resolved to the scrambling state; scrambling itself codes nothing",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context58_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context58_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
