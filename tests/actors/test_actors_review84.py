"""Review 84 (session 47, O67): a head's title told of one state alone, and a divided state's
rival authorities.

- "Tuvalu's prime minister appealed for help ... ¶ ... ¶ The prime minister thanked Samoa": a
  bare head's title (head_titles) that the story so far gives to one state alone refers back to
  that nameless holder within _HEAD_SENTENCES (resolve.Resolver._nameless_before), as a
  monarch's does however far; before, past _NAMELESS_SENTENCES it fell to the dateline's state.
  Two states' prime ministers told before leave it as it was.
- "Sudan's rival governments", "Yemen's rival administrations": "rival" is a modifier between a
  state and its role (offices.yaml modifiers), so either competing authority is that state;
  "India's rival Pakistan" names no role and stays Pakistan.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR"; "a|b" accepts either root); the cases run through the whole
pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

_LEAD = (
    "Samoa will send 20 nurses to Tuvalu, the two governments said on Friday, days after"
    " Tuvalu's prime minister appealed for help.\n\nThe nurses will stay for three months,"
    " Samoa's Health Minister Lagi Toala said.\n\n\"Our neighbors asked, and we came,\" Toala"
    " said.\n\n"
)

_BOTH = (
    "Samoa's prime minister met Tuvalu's prime minister on Friday.\n\nThe nurses will stay for"
    " three months, Samoa's Health Minister Lagi Toala said.\n\n\"Our neighbors asked, and we"
    " came,\" Toala said.\n\nThe prime minister thanked Fiji in a radio address."
)

CASES: list[Case] = [
    # a head's title of one state alone, three and five sentences on
    ("APIA", _LEAD + "The prime minister thanked Samoa in a radio address.", "TUV>WSM:05"),
    (
        "APIA",
        _LEAD
        + "The nurses are trained in emergency care, Toala said.\n\nThey will work in the main"
        " hospital, he said.\n\nThe prime minister thanked Samoa in a radio address.",
        "TUV>WSM:05",
    ),
    (
        "NUKU'ALOFA",
        "Tonga will send 40 soldiers to the Marshall Islands next month, the two governments"
        " said on Monday, a week after the Marshall Islands' president asked Pacific neighbors"
        " for help.\n\nThe soldiers will serve for a month, Tonga's Defence Minister Sione Vea"
        " said at a news conference.\n\n\"We answer when friends call,\" Vea said.\n\nIn a"
        " statement from Majuro, the president thanked Tonga for its help.",
        # soldiers to be sent to a state are announced aid (03), as troops are
        "TON>MHL:03 MHL>TON:05",
    ),
    # a divided state's rival authorities are that state
    (
        "NAIROBI",
        "Kenya's president and Ethiopia's prime minister called on Sudan's rival governments to"
        " agree on a date for elections.",
        "KEN>SDN:02 ETH>SDN:02",
    ),
    ("CAIRO", "Egypt urged Yemen's rival administrations to resume talks.", "EGY>YEM:02"),
    ("ALGIERS", "Algeria received envoys of Libya's rival governments on Sunday.", "DZA>LBY:04"),
    # two states' prime ministers told before: either may be meant, the dateline's as before
    ("APIA", _BOTH, "WSM>TUV:04 WSM>FJI:05"),
]

NEAR_MISSES: list[NearMiss] = [
    # "rival" with no role after it, or a state's own parties
    ("NEW DELHI", "India's rival Pakistan tested a missile on Monday."),
    ("ANKARA", "Turkey's rival parties clashed in parliament on Tuesday."),
]

GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review84_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_actors_review84_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
