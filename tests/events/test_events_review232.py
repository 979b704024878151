"""Review 232 (session 62, G62): a threat of terror in a state, and Cambodia's former name.

TERROR: "The Taliban threatened to resume terrorist activities in Pakistan": terror names
the kind of act threatened, as "attacks" does, so the state it would strike in is the
threat's target (v.threaten_attack_in object_words: terrorist, terror). Near misses: an
activity of another kind ("mining activities"), and a threat with no state named.

RIGHT: "Canada defended the right of Latvian troops to fire on intruders" defends a right
(v.defend_right, 051 to the troops' state), not the source's own forces after a protest
(v.defend_own_forces, which the word "right" now keeps out). Near miss: a right of the
speaker's own troops is no act toward another state.

KAMPUCHEA: older wire copy calls Cambodia Kampuchea, its people Kampuchean (states_extra):
"fire against Kampuchean guerrilla camps" is fire on Cambodia. Near miss: the former name
of another state is not read as Cambodia's.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TERROR: list[Case] = [
    (
        "KABUL",
        "The Taliban threatened on Sunday to resume terrorist activities in Pakistan unless "
        "Islamabad freed the detained clerics.",
        "AFG>PAK:13",
    ),
    (
        "BEIRUT",
        "Hezbollah vowed to carry out terror operations inside Israel if the strikes went on.",
        "LBN>ISR:13",
    ),
]
KAMPUCHEA: list[Case] = [
    (
        "BANGKOK",
        "Vietnamese forces fired rockets at Kampuchean guerrilla bases near the Thai border, "
        "Thai officials said.",
        "VNM>KHM:19",
    ),
    (
        "HANOI",
        "Vietnam accused Kampuchea of shelling its border villages.",
        # the shelling charged is coded too, as the deed a saying reports
        "VNM>KHM:11 KHM>VNM:19",
    ),
]
RIGHT: list[Case] = [
    (
        "OTTAWA",
        "Canada on Monday defended the right of Latvian troops to fire on armed intruders at "
        "the border.",
        "CAN>LVA:05",
    ),
]
CASES: list[Case] = TERROR + RIGHT + KAMPUCHEA

NONE: list[NearMiss] = [
    ("KABUL", "The Taliban threatened on Sunday to resume mining activities in Pakistan."),
    ("KABUL", "The Taliban threatened on Monday to resume terrorist activities."),
    ("OTTAWA", "Canada defended the right of its own troops to fire on armed intruders."),
    ("BANGKOK", "Siam was the name of Thailand until 1939, a museum guide said."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review232_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review232_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
