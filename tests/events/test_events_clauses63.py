"""Clauses 63 (session 46, P10): an appeal or demand told as a trailing -ing clause of a talk,
call, letter or protest.

- "Ecuador protested to Colombia, demanding compensation", "met Bolivian officials in La Paz,
  asking for help": an appeal or demand (talk_sequel_roots, 02/10) naming no one, told as a
  trailing -ing clause (or a bare conjunct) of a talk, call, letter or protest of its source
  (talk_verbs, talk_address_verbs), is made to whom that address went
  (extract._after_talk, reactions._joined_after_partner); it is an act of its own beside the
  meeting or protest (extract._coordinated_act), not a restatement of it. By the guidelines
  each act is its own event: the meeting (04) or protest (11) AND the appeal (02) or demand
  (10).
- "wrote to Chile, demanding access to the sea": the words of a letter told by its verb alone
  (letter_verbs) are said to the verb's to-phrase (clauses carrier_to, _written_to).
- "protested a ban, calling it unfair and asking X to lift it": a verb joined after a trailing
  -ing clause trails the first verb too (extract._joined_after); "accused X of ... and
  summoned its envoy to demand an explanation": the demand is the purpose of the summons,
  though the pair's first act is the charge (extract._purpose_demand, at the verb it hangs on).
- "demanded that Santiago halt work": a that-clause the parser read as a noun compound has the
  name right after "that" as its subject (clauses ccomp_subj, _misread_clause_subject).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a protest lodged, then the demand or appeal made with it
    ("QUITO", "Ecuador protested to Colombia, demanding compensation for the damage.",
     "ECU>COL:11 ECU>COL:10"),
    ("BEIRUT", "Lebanon complained to the United Nations, calling for an end to the violations.",
     "LBN>UN:11 LBN>UN:02"),
    # a meeting, talks or a call, and the appeal made in it
    ("LIMA", "Peru's foreign minister met Bolivian officials in La Paz, asking for help with the "
     "investigation.", "PER>BOL:04 PER>BOL:02"),
    ("SANTIAGO", "Chile held talks with Argentina on Tuesday, pressing for a new border crossing.",
     "CHL>ARG:04 CHL>ARG:02"),
    ("CAIRO", "Egypt's president phoned Sudanese leaders, urging restraint.",
     "EGY>SDN:04 EGY>SDN:02"),
    ("ACCRA", "Ghana's president telephoned his Togolese counterpart, asking for the reopening of "
     "the border.", "GHA>TGO:04 GHA>TGO:02"),
    # a letter: the appeal it carries, no consultation beside it (session 60, S60: the open
    # gold codes no 04 for a letter that asks, sets 25, 27, 49, 70, 80, 84, 88;
    # v.write_to_asking)
    ("RABAT", "Morocco wrote to Spain, asking for the return of the fishermen.",
     "MAR>ESP:02"),
    ("LA PAZ", "Bolivia's president wrote to Chile, demanding access to the sea.", "BOL>CHL:10"),
    # the participle tells no appeal: the meeting alone
    ("SANTIAGO", "Chile held talks with Argentina on Tuesday, saying it wanted closer ties.",
     "CHL>ARG:04"),
    ("SANTIAGO", "Chile held talks with Argentina on Tuesday, pressing ahead with plans for a new "
     "port.", "CHL>ARG:04"),
    ("QUITO", "Ecuador protested to Colombia, but did not demand compensation.", "ECU>COL:11"),
    # an appeal joined after a trailing -ing clause of a protest trails the protest too
    ("GEORGETOWN", "Guyana protested a Surinamese ban on its rice exports, calling the measure "
     "unfair and asking Suriname to lift it.", "GUY>SUR:11 GUY>SUR:02"),
    # a summons told after another act of the pair, made to voice a demand
    ("WINDHOEK", "Namibia accused Angolan soldiers on Friday of crossing the river, and summoned "
     "Angola's charge d'affaires to demand an explanation.", "NAM>AGO:11 NAM>AGO:11 NAM>AGO:10"),
    # "that Santiago halt work": the bare verb read as a noun compound, the name its subject
    ("BUENOS AIRES", "Argentina demanded that Santiago halt work on the bridge, officials said.",
     "ARG>CHL:10"),
]

NEAR_MISSES: list[NearMiss] = [
    # met no state: the appeal is made to no one coded
    ("LIMA", "Peru's foreign minister met business leaders in Lima, asking for more investment."),
    # a book about a state is no letter to it
    ("LA PAZ", "Bolivia's president wrote a book about Chile, demanding a new history."),
]

GAPS: list[Gap] = [
    (
        "CHISINAU",
        "Moldova sent a letter to Romania urging faster progress on the pipeline.",
        "MDA>ROU:02",
        "an appeal by 'urge' with a noun object and no infinitive (not restraint or a release) "
        "has no pattern",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses63_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses63_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
