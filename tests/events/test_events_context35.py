"""Context 35 (session 21, lead): an arrest warrant, and "the court" after an international
court.

"The International Criminal Court issued an arrest warrant for a senior Sudanese army general"
coded nothing: no pattern read a warrant issued or sought for a state's official
(``v.issue_warrant``, 173: CAMEO's "arrest, detain, or charge with legal action"). And "Russia
criticized the court" after the ICC had been named coded nothing: "the court" now refers back
to the ICC or ICJ named last (igos.yaml ``contextual``), never forward, and not past a
state's court named in between (descriptions.yaml ``backward_heads``). Every sentence was
written for this file; the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import pytest
from audit_cases import audit_params, code_audit, matches

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "THE HAGUE",
        "The International Criminal Court on Tuesday issued an arrest warrant for a senior "
        "Sudanese army general.",
        "ICC>SDN:17",
    ),
    (
        "GENEVA",
        "The ICC issued an arrest warrant for Myanmar's army chief on Monday.",
        "ICC>MMR:17",
    ),
    (
        "PARIS",
        "A French judge issued an arrest warrant for Syria's former president on Wednesday.",
        "FRA>SYR:17",
    ),
    (
        "GENEVA",
        "The ICC prosecutor sought arrest warrants for Israel's prime minister and defense "
        "minister on Monday.",
        "ICC>ISR:17",
    ),
    (
        "THE HAGUE",
        "The International Criminal Court charged Libya's intelligence chief on Tuesday. "
        "Libya rejected the charges. Russia criticized the court.",
        "ICC>LBY:11 LBY>ICC:12 RUS>ICC:11",
    ),
    # a court of a state named after the ICC: "the court" is that court (no GBR event)
    (
        "MOSCOW",
        "Russia's president, who is wanted by the ICC, flew to Beijing on Monday. A Moscow "
        "court on Tuesday jailed a local activist for 10 years. Britain criticized the court.",
        "RUS>CHN:04",
    ),
]

NONE: list[tuple[str, str]] = [
    # no international court named before: none named later is meant
    ("NAIROBI", "Britain criticized the court on Monday. The ICC has no role in the case."),
    # a warrant for one's own citizen, a warning, a notice
    ("NAIROBI", "A Kenyan court issued an arrest warrant for a Kenyan opposition leader."),
    ("MANILA", "Police issued a warning for the capital on Monday after heavy rain."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_events_context35_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_context35_warrants_and_the_court(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
