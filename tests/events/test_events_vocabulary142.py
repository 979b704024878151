"""Vocabulary 142 (session 66, V66): help pledged in a passive, and "crew members" trained.

- "Afghan pilots will be trained by India", "Forty Maldivian coast guard officers will be
  trained by Turkey next year": a plain "will" told of training in the passive pledges the
  help as "India will train 40 Afghan pilots" does (extract._pledged_help reads the passive
  subject as the helped, beside the object); "could", "might", a condition, a negation, a
  deal's term or another's hope still code nothing.
- "Japan will train Mongolian crew members", "Taiwan trained twelve Palauan crew members":
  the matched word ("crew") names the group whose members the head noun is, and the state's
  modifier is on that noun (the obj_mod slot reads a member noun's modifiers, rules
  member_nouns, when the matched compound has none; never its owner: "detained its crew
  members" after a ship's seizure names the ship's own crew). Reading any head noun this way
  opened border posts ("opened fire on a Djiboutian border post" as v.reopen_border) and
  cost four open sets in the gold table: only member nouns.

Found by the census of the open misses the form stage blocks: set 58 ("Twelve Palauan crew
members are to be trained", still a gap below: "are to" is no pledge), and the families of
sets 30, 54 and 60 (crews, officers and technicians trained). Near misses: a drill side by
side, sports coaching, a firm's staff, a state's own crews, modals of mere possibility.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("KABUL", "Afghan pilots will be trained by India.", "IND>AFG:03"),
    (
        "DARWIN",
        "Sri Lankan naval officers will be trained in Darwin by the Australian navy.",
        "AUS>LKA:03",
    ),
    (
        "MALE",
        "Forty Maldivian coast guard officers will be trained by Turkey next year.",
        "TUR>MDV:03",
    ),
    ("ULAANBAATAR", "Japan will train Mongolian crew members.", "JPN>MNG:03"),
    ("KOROR", "Taiwan trained twelve Palauan crew members.", "TWN>PLW:06"),
    ("KOROR", "Twelve Palauan crew members were trained by Taiwan.", "TWN>PLW:06"),
    # a head noun that names no members keeps its own modifiers out of the object's slot
    ("DJIBOUTI", "Eritrean soldiers opened fire on a Djiboutian border post.", "ERI>DJI:19"),
    (
        "DAKAR",
        "Senegal's navy seized a Dutch-flagged trawler and detained its 22 crew members.",
        "SEN>NLD:17",
    ),
]
NONE: list[NearMiss] = [
    ("TOKYO", "Japan will train its own crew members."),
    # (a ship's own crew detained after it is seized: coded with the ship, below)
    ("BERLIN", "Ukrainian pilots could be trained by Germany, the minister said."),
    ("PARIS", "Officials said Ukrainian soldiers might be trained by France next year."),
    ("LONDON", "Ukrainian soldiers would be trained by Britain if the war dragged on."),
    ("BUDAPEST", "Ukrainian soldiers will not be trained by Hungary, Orban said."),
    ("COPENHAGEN", "Under the plan, Ukrainian pilots would be trained by Denmark."),
    ("TOKYO", "Mongolian crews will be trained with Japanese crews."),
    ("LONDON", "Arsenal's young players will be trained by a Spanish coach."),
    ("MADRID", "Real Madrid's crew members were trained by a German firm."),
    ("KYIV", "Kyiv hopes Ukrainian pilots will be trained by Sweden."),
]
GAPS: list[Gap] = [
    (
        "KOROR",
        "Twelve Palauan crew members are to be trained by Taiwan's navy.",
        "TWN>PLW:03",
        "'are to be trained' is read as a plan (no pledging modal), so no_intent drops it",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary142_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary142_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
