"""Vocabulary 91 (session 49, O72): words that kept an arrest, a signing or a second praised
state out.

- "six Uzbek crew members", "three Iranian staff members": a member noun after "crew",
  "staff", "team", "family" or "delegation" is one of a group of people, no member of a bloc
  (rules member_group_words, parties._actors_of): they are arrested as "Uzbek sailors" are.
- A memorandum, protocol, MoU or framework is an act noun as a deal is (rules act_nouns,
  not of the agreement family): signed in a verb joined after a meeting, it is signed with
  whom was met (extract's "visited" context), as "signed an agreement" was.
- Listed nationality modifiers before a noun of joint work ("praised the Colombian and
  Ecuadorian police cooperation", "Colombian and Ecuadorian efforts") name each state, also
  past a noun between them and the head (rules listed_thing_nouns, parties._actors_of).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # crew and staff members
    ("RABAT", "Moroccan police on Friday arrested five Turkish crew members of a cargo ship.", "MAR>TUR:17"),
    ("MUSCAT", "Oman detained three Iranian staff members of the airline on Sunday.", "OMN>IRN:17"),
    ("ACCRA", "Ghanaian police arrested two Togolese crew members at the port of Tema.", "GHA>TGO:17"),
    # a memorandum, protocol or framework signed after a meeting
    (
        "RABAT",
        "Portugal's foreign minister held talks in Rabat on Monday with Morocco's king and "
        "signed a memorandum on fisheries, ports and tourism.",
        "PRT>MAR:04 PRT>MAR:05",
    ),
    (
        "HANOI",
        "A European Union delegation held talks in Hanoi on Monday with Vietnam's president "
        "and signed a framework on rice exports.",
        "EU>VNM:04 EU>VNM:05",
    ),
    ("NAIROBI", "Kenya's president visited Addis Ababa and signed a protocol on water sharing.", "KEN>ETH:04 KEN>ETH:05"),
    # a framework presented is no deal signed: the meeting alone
    (
        "NAIROBI",
        "Kenya's president met the Ethiopian prime minister and later presented a framework "
        "for a ceasefire.",
        "KEN>ETH:04",
    ),
    # listed modifiers of joint work
    ("WASHINGTON", "The United States praised the Colombian and Ecuadorian police cooperation.", "USA>COL:05 USA>ECU:05"),
    ("WASHINGTON", "The United States praised Colombian and Ecuadorian efforts.", "USA>COL:05 USA>ECU:05"),
    ("NAIROBI", "Kenya condemned the Somali and Ethiopian military operation.", "KEN>SOM:11 KEN>ETH:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # members of a party or of a bloc are no people of a crew
    ("RABAT", "Moroccan police arrested five members of a smuggling gang."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary91_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary91_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
