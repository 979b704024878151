"""Vocabulary 77 (session 46, O64): pressure over a matter, and a defence of one's own forces.

- Pressure put on a state over a matter with no infinitive telling what it must do ("Peru
  pressed Chile over the treatment of its migrants", "used the visit to press Santiago on
  ...") is an appeal (v.press_on / v.pressure_over, 020); v.urge keeps the infinitive form. Pressing ahead,
  pressing charges or reporters pressing a minister are none.
- A state that defends its own forces after a protest at their deed ("Botswana's government
  defended its soldiers") rejects the protest as "defended the operation" does
  (v.defend_own_forces through reactions._defended_deed, defended_agent_nouns, 120). Another
  state's forces defended, or a defence with no deed protested, answer nothing
  (reactions._defends_forces).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.press_on, v.pressure_over
    ("LIMA", "Peru pressed Chile over the treatment of Peruvian migrants.", "PER>CHL:02"),
    (
        "LIMA",
        "Peru's foreign minister thanked Chile but used the visit to press Santiago over the"
        " conduct of Chilean mining firms.",
        "PER>CHL:05 PER>CHL:02",
    ),
    ("SEOUL", "South Korea pressed Japan on the wartime labor issue during talks in Tokyo.", "KOR>JPN:02"),
    ("HANOI", "Vietnam pressured Cambodia over the scam compounds.", "VNM>KHM:02"),
    # v.defend_own_forces
    (
        "ACCRA",
        "Ghana summoned Togo's ambassador after Togolese soldiers shot dead two Ghanaian farmers"
        " near the border. Togo's government expressed regret for the loss of life but defended"
        " its soldiers.",
        "GHA>TGO:11|16 TGO>GHA:18|19 TGO>GHA:12",
    ),
    (
        "DHAKA",
        "Bangladesh protested after Indian border guards killed a Bangladeshi teenager. India's"
        " home ministry defended its guards, saying they had fired in self-defense.",
        "IND>BGD:18|19 BGD>IND:11 IND>BGD:12",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("LIMA", "Peru pressed ahead with the new border checks on Chilean trucks."),
    ("LIMA", "Peru pressed charges against two Chilean smugglers."),
    ("LIMA", "Peruvian officials pressed on with the talks in Santiago."),
    ("LIMA", "Reporters pressed the minister on the Chilean dispute."),
    ("LOME", "Togo's government defended its soldiers on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary77_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary77_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
def test_events_vocabulary77_other_states_forces_answer_nothing() -> None:
    """A defence of another state's soldiers is no rejection of the protest."""
    body = (
        "Ghana summoned Togo's ambassador after Togolese soldiers shot dead two Ghanaian farmers."
        " Togo's president defended Ghana's soldiers."
    )
    got = code_audit([("ACCRA", body, "")], [], [])[body]
    assert not any(e.endswith(":12") for e in got), got
