"""Review 85 (session 47, P15): pair references after sides that are one state's, and "its
neighbour" whose owner is the state "its" stands for.

- A list of one state's parties ("Yemen's government and the Houthis", "Ethiopia's army and
  the Tigrayan rebels" when both are Ethiopia's) is domestic: a later "both sides", "the two
  sides" stands for them, so it takes no pair named further back, neither while resolving
  plurals (plurals._sides_unknown, _one_state_list) nor as a late pair
  (plurals.resolve_late_pairs). Before, "Vietnam accused China ... Oman hosted talks between
  Yemen's government and the Houthis. The sultanate urged both sides" coded Oman's appeal to
  Vietnam and China.
- "Its neighbour" opening a sentence has for owner the state "its" stands for
  (coref._neighbor's ``owner``), and stands only for a state that may be called the owner's
  neighbour (plurals.nearby_states).

Every sentence was written for this file; the cases run through the whole pipeline in one
batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "NAIROBI",
        "Egypt accused Sudan of hoarding water. Kenya hosted talks between Yemen's government "
        "and the Houthis. Nairobi praised both sides for their restraint.",
        "EGY>SDN:11 KEN>YEM:04",
    ),
    (
        "NAIROBI",
        "Egypt accused Sudan of hoarding water. Kenya hosted talks between Yemen's government "
        "and the Houthis. Nairobi called on the two sides to free prisoners.",
        "EGY>SDN:11 KEN>YEM:04",
    ),
    # a pair of two states keeps its sides
    (
        "NAIROBI",
        "Egypt accused Sudan of hoarding water. Kenya hosted talks between Ethiopia and "
        "Somalia. Nairobi praised both sides for their restraint.",
        "EGY>SDN:11 KEN>ETH:04 KEN>SOM:04 ETH>SOM:04 SOM>ETH:04 KEN>ETH:05 KEN>SOM:05",
    ),
    # one state's name with "and" in it is no list of parties
    (
        "BRIDGETOWN",
        "Barbados hosted a regional summit. Trinidad and Tobago will supply Guyana with asphalt "
        "at cost. The two leaders also agreed to set up a joint energy commission.",
        "TTO>GUY:03 GUY>TTO:03",
    ),
    # "its neighbour": the owner is the state "its" stands for
    (
        "TBILISI",
        "Georgia accused Russia of moving the border fence. Its northern neighbour denied the "
        "accusation.",
        "GEO>RUS:11 RUS>GEO:12",
    ),
]

NONE: list[tuple[str, str]] = [
    ("LISBON", "Portugal criticized the ruling. Its eastern neighbour voiced concern."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, [])


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review85_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
