"""Context 145 (session 60, helper A60): the accused state's account that the other's people
or craft were where they had no right to be, given after the other's protest, rejects it.

- "Oman summoned Yemen's ambassador after the seizure of four Omani fishing dhows ...
  Yemen's coast guard said the dhows had strayed into its waters": a reported clause whose
  subject is a thing or people (no actor, not the speaker's own), entering or fishing in the
  speaker's own place, or doing so without a permit, or lacking one, rejects (120) the
  complaint of whoever last acted against the speaker (v.say_intruded, a reaction as
  v.say_lawful; objects._intruded).
- Nothing with no complaint before, for the speaker's own craft, for a third state's waters,
  for the complainer's own account, for a denied or foretold entry, or for armed forces named
  by their state (an accusation of their own).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_SUMMONS = (
    "Oman summoned Yemen's ambassador after the seizure of four Omani fishing dhows. "
)

# the other's craft or people where they had no right to be, after a protest
INTRUDED: list[Case] = [
    (
        "MUSCAT",
        _SUMMONS + "Yemen's coast guard said the dhows had entered Yemeni waters.",
        "OMN>YEM:11 YEM>OMN:17 YEM>OMN:12",
    ),
    (
        "MUSCAT",
        _SUMMONS + "Yemen's coast guard said the dhows had been fishing inside its waters.",
        "OMN>YEM:11 YEM>OMN:17 YEM>OMN:12",
    ),
    (
        "NAIROBI",
        "Kenya lodged a protest with Tanzania after its border officials stopped 30 Kenyan "
        "trucks. Tanzania's labour ministry said the drivers lacked valid work permits.",
        "KEN>TZA:11 KEN>TZA:16 TZA>KEN:12",
    ),
    (
        "MUSCAT",
        _SUMMONS + "Yemen's interior ministry said the fishermen had crossed into the zone "
        "without permission.",
        "OMN>YEM:11 YEM>OMN:17 YEM>OMN:12",
    ),
]

# near misses
NOT_INTRUDED: list[Case] = [
    (
        # no complaint before: the account answers no one
        "MUSCAT",
        "Yemen's coast guard said the dhows had entered Yemeni waters without permission.",
        "",
    ),
    (
        # the speaker's own craft
        "MUSCAT",
        _SUMMONS + "Yemen's coast guard said its patrol boats had entered Yemeni waters.",
        "OMN>YEM:11 YEM>OMN:17",
    ),
    (
        # the complainer's own account of its dhows
        "MUSCAT",
        _SUMMONS + "Oman's ministry said the dhows had entered Yemeni waters by mistake.",
        "OMN>YEM:11 YEM>OMN:17",
    ),
    (
        # a third state's waters
        "MUSCAT",
        _SUMMONS + "Yemen's coast guard said the dhows had entered Somali waters.",
        "OMN>YEM:11 YEM>OMN:17",
    ),
    (
        # an entry denied, or foretold
        "MUSCAT",
        _SUMMONS + "Yemen's coast guard said the dhows had not entered Yemeni waters.",
        "OMN>YEM:11 YEM>OMN:17",
    ),
    (
        "MUSCAT",
        _SUMMONS + "Yemen's coast guard said the dhows would not enter Yemeni waters again.",
        "OMN>YEM:11 YEM>OMN:17",
    ),
    (
        # a state's armed forces named: their own act (v.enter_waters), no account of a thing
        "MUSCAT",
        _SUMMONS + "Yemen's coast guard said Omani warships had entered Yemeni waters.",
        "OMN>YEM:11 YEM>OMN:17 OMN>YEM:15",
    ),
]

# near misses: the complainer's own charge, and a deed judged by an adverb (v.say_accuse's)
COMPLAINER: list[Case] = [
    (
        "TBILISI",
        "Chile protested to Bolivia over the smuggling convoy. Santiago's interior "
        "ministry said the trucks had crossed into Chilean territory at night.",
        "CHL>BOL:11",
    ),
    (
        "YAOUNDE",
        "Gabon summoned Cameroon's envoy over the seized canoes. Cameroon's government said "
        "the canoes had been fishing illegally in Cameroonian waters without licenses.",
        "GAB>CMR:11",
    ),
]

GAPS: list[Gap] = []

CASES = INTRUDED + NOT_INTRUDED + COMPLAINER
NONE: list[NearMiss] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context145_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context145_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
