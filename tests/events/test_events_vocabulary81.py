"""Vocabulary 81 (session 46, P10): pressure on a state about a matter is an appeal.

- "Kazakhstan pressed Uzbekistan on water sharing", "lobbied Belgium over the port dredging":
  pressing, prodding or lobbying a state on, over or about a matter, with no infinitive of
  the act asked, is an appeal (v.press_on, 020); the open sets annotate the headline form
  ("X presses Y over Z") as 02. Only a state itself is pressed (target_kind state): not a
  minister by reporters, a government by its own lawmakers, nor forces on a front; and
  "using X to pressure Y over Z" is coercion, no appeal ("pressure" is left out).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("ASTANA", "Kazakhstan pressed Uzbekistan on water sharing.", "KAZ>UZB:02"),
    ("THE HAGUE", "The Netherlands lobbied Belgium over the port dredging on Monday.",
     "NLD>BEL:02"),
    ("TOKYO", "Japan pressed South Korea over the fishing quotas, officials said.", "JPN>KOR:02"),
    ("ASTANA", "Kazakhstan used the visit to press Uzbekistan on water sharing.", "KAZ>UZB:02"),
    ("MANAGUA", "Nicaragua's foreign minister pressed Costa Rica about the migrants stranded at "
     "the border.", "NIC>CRI:02"),
    # coercion, no appeal ("pressure" is left out): the charge alone
    ("KHARTOUM", "Sudan's army accused Chad of using Libya to pressure Khartoum over the border.",
     "SDN>TCD:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # forces pressed on a front, an official pressed by reporters or lawmakers
    ("KYIV", "Russian troops pressed Ukrainian units on the eastern front."),
    ("ASTANA", "Reporters pressed the minister on the budget."),
    ("ASTANA", "Lawmakers pressed the government on the price of fuel."),
    # "pressed on with": going on, no one pressed
    ("TASHKENT", "Kazakh officials pressed on with the talks in Tashkent."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary81_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary81_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
