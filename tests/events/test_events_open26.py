"""Open gaps 26 (session 26, builder OL): forms found on text nobody tuned to.

Coded: a simple past of an answer in words joined to a reported clause whose verb has a tense
it cannot share (a progressive, a modal, a present) is the speaker's act, whoever the clause's
subject is ("said NATO was expanding recklessly and accused Britain": parties._tense_break).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TENSE_BREAKS: list[Case] = [
    (
        "MOSCOW",
        "Russia's Foreign Ministry said NATO was expanding recklessly and accused Britain of "
        "provoking the crisis.",
        "RUS>GBR:11",
    ),
    (
        "BEIJING",
        "China said Japan poses a threat to the region and criticized Australia for joining "
        "the drills.",
        "CHN>JPN:11 CHN>AUS:11",
    ),
    (
        "LIMA",
        "Peru said Chilean troops were massing on the border and accused Bolivia of helping "
        "them.",
        "PER>BOL:11",
    ),
    (
        "CARACAS",
        "Venezuela's foreign minister said the United States would regret the move and "
        "summoned the Colombian ambassador.",
        "VEN>COL:11",
    ),
    # near-misses: a shared tense, or a deed no speaker does, stays with the clause's subject
    (
        "ATHENS",
        "Greece said Turkish ships had entered its waters and rammed a fishing boat.",
        "TUR>GRC:15",
    ),
    (
        "KYIV",
        "Kyiv said Russian troops were shelling the city and seized a Ukrainian border post.",
        "RUS>UKR:17",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = TENSE_BREAKS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_open26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_open26_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
