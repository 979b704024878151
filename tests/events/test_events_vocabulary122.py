"""Vocabulary 122 (session 61, M61): consular visits granted, recruitment frozen.

- "Chile allowed Peru's consul to visit the detained fishermen": another state's consul,
  diplomats or envoy let in to see held nationals is diplomatic cooperation (050,
  v.allow_nationals refined by its consular words), no material cooperation (060); the open
  sets give every such visit 05/08 (three of them 06 as well), never 06 alone. Officials let
  in to work, fishermen or trucks stay 060.
- "An Italian embassy official was allowed to see the sailors": a passive's patient refines with
  its own qualifiers (amod, compound), as the active's object does with its subtree
  (extract._verb_hits), so the embassy's official is a consular visitor.
- "agreed to let a Kenyan consular team visit the men", "allowed Ghana's consular staff to see
  them": an embassy's consular team, staff or officers let in are its consul's visit
  (v.allow_consular_staff, 050); a consular team of no state names no one.
- "Chile agreed to let Peru's consul see the fishermen": a permission agreed to is granted by
  the agreement itself (rules.yaml agreed_done_patterns gains v.allow_nationals and
  v.allow_consular_staff), as a debt relief agreed to is; "will let", "would agree to" and an
  agreement on a condition stay pledges (03).
- "Lesotho stopped the recruitment of Cuban physicians", "suspended the recruitment of Nepali
  workers": the hiring side's halt of another state's labor flow is that flow stopped (160,
  v.halt_worker_deployment, as a sender's "suspended the deployment of workers to Kuwait"),
  aimed at the state the of-phrase's people come from; doctors, teachers and seafarers are
  labor too; "of foreign workers" or "of its own doctors" names no one.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # consuls, diplomats or envoys let in to see held nationals: 050
    ("LIMA", "Chile allowed Peru's consul to visit the detained fishermen on Monday.", "CHL>PER:05"),
    ("ACCRA", "Togo allowed two Ghanaian diplomats to see the jailed traders on Thursday.", "TGO>GHA:05"),
    ("LIMA", "Peru's consul in Arica was allowed to visit the fishermen on Monday, Chile's foreign ministry said.", "CHL>PER:05"),
    # a passive patient refines with its own qualifiers, as the active's object does
    ("CONAKRY", "An Italian embassy official in Conakry was allowed to see the sailors on Sunday, Guinea's ministry said.", "GIN>ITA:05"),
    ("CONAKRY", "An Italian official in Conakry was allowed to inspect the port on Sunday, Guinea's ministry said.", "GIN>ITA:06"),
    # an embassy's consular team or staff let in
    ("NAIROBI", "Tanzania allowed Kenya's consular staff to see the men on Friday.", "TZA>KEN:05"),
    ("DAKAR", "Mauritania let a Senegalese consular team interview the detained sailors.", "MRT>SEN:05"),
    # a permission agreed to is granted by the agreement
    ("LIMA", "Chile agreed to let Peru's consul see the fishermen.", "CHL>PER:05"),
    ("MANILA", "Malaysia agreed on Monday to allow Philippine diplomats to see the arrested traders.", "MYS>PHL:05"),
    ("DAKAR", "Gambia's foreign minister agreed to let a Senegalese consular team meet the sailors.", "GMB>SEN:05"),
    # a permission only willed, or agreed on a condition, stays a pledge
    ("LIMA", "Bolivia will let Paraguay's consul see the pilot on Friday.", "BOL>PRY:03"),
    ("ACCRA", "Benin would agree to let Togo's consul see the traders.", "BEN>TGO:03"),
    # people let in to work stay material cooperation
    ("HANOI", "Cambodia allowed two Vietnamese officials to inspect the border posts.", "KHM>VNM:06"),
    ("LIMA", "Ecuador let Colombian fishermen work in its waters.", "ECU>COL:06"),
    # another state's labor flow stopped by the hiring side: the people's state
    ("MASERU", "Lesotho stopped the recruitment of Cuban physicians last month.", "LSO>CUB:16"),
    ("KUALA LUMPUR", "Malaysia suspended the recruitment of Nepali workers on Tuesday.", "MYS>NPL:16"),
    ("LIMA", "Peru froze the hiring of Chilean teachers.", "PER>CHL:16"),
    # the sender's halt keeps its destination
    ("MANILA", "The Philippines suspended the deployment of Filipino workers to Kuwait.", "PHL>KWT:16"),
]

NEAR_MISSES: list[NearMiss] = [
    # a consular team of no state names no one
    ("LIMA", "Chile allowed a consular team to visit the prison."),
    # a national sports team let train is no state's people let in
    ("LIMA", "Uruguay let Peru's national team train at its stadium."),
    # a team that is no embassy's consular staff
    ("NAIROBI", "Uganda let Kenya's rugby team stay in Kampala."),
    # a recruitment of no state's people, or of the state's own
    ("KUALA LUMPUR", "Malaysia froze the recruitment of foreign workers."),
    ("DHAKA", "Bangladesh halted the recruitment of its own doctors for the army."),
]

GAPS: list[Gap] = [
    # the parser reads "to consular" as an infinitive ("consular" a verb) with "visits" its
    # object, so "consent" has no object to read
    ("LIMA", "Chile consented on Monday to consular visits by Peru's envoy.", "CHL>PER:05", "'consular' parsed as an infinitive verb"),
    # a future passive permission with no agent: the teller is no doer the coder reads
    ("HANOI", "Laos said Thai diplomats would be permitted to see the jailed fishermen.", "LAO>THA:05|03", "agentless future passive"),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary122_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary122_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
