"""Refs 30 (session 48, P19): the doer of a strike told by what it dropped or fired; a
state told by its neighbourhood or its colonial past.

- "Bombs dropped by Russian jets struck a hospital": the parser reads "dropped" as the verb
  and "struck" as joined to it; a past verb (or participle) with a subject and a by-phrase
  (an agent, which no active verb has), joined with no "and" or comma to a later verb with no
  subject of its own, is a reduced relative (nlp._participles_read_as_verbs): the later verb
  is the clause's, the first a participle on the subject.
- A munition acts for whoever dropped or fired it (rules agent_nouns: bomb, munition,
  projectile, grenade, mortar, torpedo), also as a capitalised plural opening the sentence
  ("Bombs", read as a name: context._noun_lemma).
- The later verb may be read as joined to the verb the misread one hangs on ("... after bombs
  dropped(advcl) by an aircraft struck(conj of the main verb) a village"): it takes the
  misread verb's place and its marker.
- "The neighbouring country" (actors pronouns.yaml neighboring_words, neighbor_kind_nouns)
  is the one state in this or the sentence before that borders the dateline's state, as
  "its neighbour" of that state (coref.resolve_pronouns, _neighbor); with no dateline,
  neighbouring whom is unclear and it stands for no one.
- "Its former colonial ruler" (colonial_nouns with a word of colonial_words between) is the
  one state that ruled "its" state as a colony (pronouns.yaml colonial_rulers,
  coref._colonial_ruler); none for a state ruled by several listed or by none ("its former
  ruler" may be a king).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("AMMAN", "Bombs dropped by Syrian jets struck a village in Jordan on Monday.", "SYR>JOR:19"),
    ("NDJAMENA", "A bomb dropped by a Sudanese army aircraft hit a market in eastern Chad.", "SDN>TCD:19"),
    ("BAGHDAD", "Bombs dropped by Turkish drones struck a camp in Iraq, Iraqi officials said.", "TUR>IRQ:19"),
    ("SEOUL", "A torpedo fired by a North Korean submarine struck a South Korean corvette.", "PRK>KOR:19"),
    # the later verb read as joined to the verb the misread clause hangs on
    ("DUSHANBE", "Two villagers died after bombs dropped by an Afghan helicopter struck a border post in Tajikistan.", "AFG>TJK:19"),
    ("BEIRUT", "A mortar fired by Israeli troops hit a school in southern Lebanon.", "ISR>LBN:19"),
    # the neighbouring country: of the dateline's state
    ("TUNIS, Tunisia", "Tunisia accused Libya on Monday of sheltering smugglers. The neighbouring country rejected the accusation.",
     "TUN>LBY:11 LBY>TUN:12"),
    # its former colonial ruler
    ("ALGIERS", "Algeria demanded an apology from its former colonial ruler over the archives.", "DZA>FRA:10"),
    ("DAKAR", "Senegal summoned the ambassador of its former colonial power on Friday.", "SEN>FRA:11|16"),
    # no dateline state to be the neighbour of: neighbouring whom is unclear
    ("", "Tunisia accused Libya of sheltering smugglers. The neighbouring country rejected the claim.", "TUN>LBY:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # ruled by several; a ruler that is a king
    ("YAOUNDE", "Cameroon criticized its former colonial ruler on Monday."),
    ("RABAT", "The Moroccan king praised its former ruler."),
    # a fall measured by a by-phrase, two verbs joined by "and", or no state's weapon
    ("LIMA", "Shares dropped by 4 percent and rose again on Tuesday."),
    ("LIMA", "Prices dropped by Argentine retailers rose again in March."),
    ("KABUL", "A bomb planted by unknown attackers struck a bus in Kabul."),
    ("DHAKA", "Bombs dropped by the rebels hit a market in the capital."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_refs30_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_refs30_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
