"""Vocabulary 76 (session 45, P6): refusals and calls-off that named both states yet coded
nothing.

- A vote cast against a state's text rejects it (v.vote_against, 120; 127 for a proposal or
  plan): "Portugal voted against Morocco's resolution". The text's author is the target (its
  possessor, a by-phrase, a name on it); a state the text is about, or the victims of the
  sanctions voted down, are no target.
- A plan for a visit, talks or drills called off (v.cancel_planned_engagement): "Oslo shelved
  plans for a summit with Copenhagen" codes as "shelved a summit with" does (160/164); a plan
  that holds no engagement codes nothing.
- Those a verb of permission lets act are its infinitive clause's subject in spaCy ("let
  IAEA inspectors visit": inspectors <- nsubj of visit): a refusal to let them (v.reject's
  xcomp_obj slot, clauses._permitted_subjects) now reaches their state or body; "let" lets
  inspectors in as "allowed" does (v.allow_access), and keeps a state's craft out as "allow"
  does (v.not_allow_ships, 163: a denial pattern of the permitting verb that names the
  permitted noun codes it, not the refusal, clauses._denial_object). A denied permission
  for inspectors, observers or monitors ("did not allow IAEA inspectors to visit", "will not
  let OSCE observers in") refuses the body's involvement (v.not_allow_access, 1246).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.vote_against
    ("LISBON", "Portugal voted against Morocco's resolution.", "PRT>MAR:12"),
    ("LISBON", "Portugal voted against a draft resolution tabled by Morocco.", "PRT>MAR:12"),
    ("OSLO", "Norwegian lawmakers voted against Sweden's proposal on Friday.", "NOR>SWE:12"),
    ("CANBERRA", "Australia voted against the United Nations resolution.", "AUS>UN:12"),
    ("VIENNA", "Austria voted against Hungary's plan for a new border regime.", "AUT>HUN:12"),
    # v.cancel_planned_engagement
    ("OSLO", "Oslo shelved plans for a summit with Copenhagen.", "NOR>DNK:16"),
    ("SEOUL", "Seoul scrapped a plan for naval drills with Manila.", "KOR>PHL:16"),
    ("HANOI", "Vietnam postponed plans for a state visit to Cambodia.", "VNM>KHM:16"),
    ("LIMA", "Peru's foreign ministry cancelled plans for talks with Bolivia.", "PER>BOL:16"),
    ("ROME", "Italy shelved plans for a visit by the Tunisian president.", "ITA>TUN:16"),
    # refusing to let another state's people or body act
    ("TEHRAN", "Syria refused to let IAEA inspectors visit the reactor site.", "SYR>IAEA:12"),
    ("CARACAS", "Venezuela refused to allow EU observers to monitor the vote.", "VEN>EU:12"),
    ("SEOUL", "South Korea refused to let Chinese fishing crews work in its waters.", "KOR>CHN:12"),
    ("DAMASCUS", "Syria let IAEA inspectors visit the reactor site on Monday.", "SYR>IAEA:08"),
    # inspectors or monitors kept out by a denied permission (v.not_allow_access, 1246)
    ("TEHRAN", "Syria did not allow IAEA inspectors to visit the reactor site.", "SYR>IAEA:12"),
    ("DAMASCUS", "Syria will not let IAEA inspectors into the reactor site.", "SYR>IAEA:12"),
    # a state's craft kept out stays v.not_allow_ships' (163), "let" as "allow"
    ("SEOUL", "South Korea refused to let Chinese warships dock at Busan.", "KOR>CHN:16"),
    ("SEOUL", "South Korea will not let Chinese warships dock at Busan.", "KOR>CHN:16"),
]

NEAR_MISSES: list[NearMiss] = [
    # a vote on a text about a state, on a measure that harms it, or on a domestic bill
    ("LISBON", "Portugal voted against a resolution on Libya."),
    ("LISBON", "Portugal voted against sanctions on Belarus."),
    ("LISBON", "Portuguese lawmakers voted against the budget."),
    ("LISBON", "Voters in Portugal voted against the new constitution."),
    ("LISBON", "Portugal voted against the motion in the Spanish parliament."),
    # a plan with no engagement in it, or one with no other state
    ("BERLIN", "Berlin scrapped plans to send troops to Latvia."),
    ("BERLIN", "Berlin scrapped plans to buy gas from Qatar after talks in Munich."),
    ("TOKYO", "Japan shelved plans for a new airport near the Russian border."),
    ("BERLIN", "Berlin scrapped its plan for a summit in Hamburg."),
    # a refusal to let one's own people or protesters act
    ("TEHRAN", "Iran refused to let its citizens travel abroad."),
    ("MINSK", "Belarus refused to let the protesters gather in the square."),
    # inspectors of no body, or a permission still pending
    ("TEHRAN", "Syria did not allow inspectors to visit the reactor site."),
    ("TEHRAN", "Syria has not yet allowed IAEA inspectors to visit the reactor site."),
]

GAPS: list[Gap] = [
    (
        "MINSK",
        "Belarus will not let UN monitors into the camps.",
        "BLR>UN:12",
        "found by writing, not yet traced: the same form with IAEA inspectors and a site codes",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary76_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary76_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
