"""Review 161 (session 48, P20): a visit told in a relative clause on the visitor.

- "X's minister, who was on a two-day visit" names no place: the visit is made where the
  clause it hangs in was told ("The accord was signed in Lusaka by Malawi's foreign minister,
  who was on a two-day visit"; "handed over at a ceremony in Colombo by ..."): the in-phrase
  of that clause's verb, or of its at-phrase (sides._clause_venue), before the dateline's
  state that such a trip fell back on alone.
- A person named after "in the presence of" only watches the act told (parties._witness),
  but does the act of a relative clause of their own ("in the presence of Malawi's president,
  who was on a two-day visit": parties._tells_own_act); "who" hung by the parser on the
  witness noun itself, or on a plural noun before a singular verb ("by the two ministers in
  the presence of X's president and Y's premier, who was ..."), is the last person named
  before it (clauses._relative_subjects, _last_person_before).
- A counterpart is one person: "his Thai counterpart, who arrived on Monday for a two-day
  visit" travels as a person does (rules personal_role_nouns, extract._fitting_sources),
  though the actor stage reads "Thai counterpart" as a body of the state.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the place of the clause told (sides._clause_venue), not the dateline's state
    (
        "BLANTYRE",
        "The accord was signed in Lusaka by Malawi's foreign minister, who was on a two-day visit.",
        "MWI>ZMB:04 MWI>ZMB:05",
    ),
    (
        "BLANTYRE",
        "Malawi's foreign minister, who was on a two-day visit, signed the accord in Lusaka.",
        "MWI>ZMB:04 MWI>ZMB:05",
    ),
    # a witness's own clause (parties._tells_own_act, clauses._relative_subjects)
    (
        "LUSAKA",
        "The accord was signed in Lusaka in the presence of Malawi's president, who was on a two-day visit.",
        "MWI>ZMB:04",
    ),
    (
        "LUSAKA",
        "The accord was signed in Lusaka in the presence of Zambia's president and Malawi's vice president, who was on a two-day visit.",
        "MWI>ZMB:04",
    ),
    # "who" hung by the parser on the plural signers before a singular verb: the last
    # person named before it (clauses._last_person_before)
    (
        "LUSAKA",
        "The accord was signed in Lusaka by the two trade ministers in the presence of Zambia's president and Malawi's vice president, who was on a two-day visit.",
        "MWI>ZMB:04",
    ),
    # a counterpart is one person, though the actor stage reads a body (personal_role_nouns)
    (
        "VIENTIANE",
        "The accord was signed in Vientiane, watched by the Lao prime minister and his Thai counterpart, who arrived on Monday for a two-day visit.",
        "THA>LAO:04",
    ),
    ("HANOI", "His Cambodian counterpart arrived in Hanoi on Tuesday evening.", "KHM>VNM:04"),
]

NEAR_MISSES: list[NearMiss] = [
    # no visit in the clause, or a visitor in his own capital
    ("BLANTYRE", "The accord was signed in Lusaka by Malawi's foreign minister, who was on leave until May."),
    ("LUSAKA", "The accord was signed in Lusaka by Zambia's foreign minister, who was on a two-day tour of the provinces."),
    # a witness with no clause of his own stays no party
    ("LUSAKA", "The accord was signed in Lusaka in the presence of Malawi's president."),
    # a body of people that is no person stays out of a trip's subject
    ("HANOI", "Cambodian protesters arrived in Hanoi on Tuesday evening."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review161_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review161_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
