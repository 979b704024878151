"""Vocabulary 104 (session 55, O77): forms of wire copy that set 77's misses showed.

- "A Kyrgyz border guard was killed in an exchange of fire with Tajik forces": an exchange of
  fire is force used by both sides (190 both ways, as the verb "exchanged fire with");
  "wounded in a clash with Chinese troops", "died in a shootout with Azerbaijani forces": the
  side whose people the clause tells hurt fought the forces the with-phrase names (190, from
  the side named first, as "clashes between A and B"); the hurt side is the host verb's
  passive subject (clauses slot host_hurt), the other side only a state's forces (n.clash_forces,
  n.exchange_fire; nominals reads a noun pattern's object_words, target_kind "force" and
  reciprocal); an exchange of prisoners or of words, and a clash with militants, fishermen or
  Brussels, are none.
- "The Taliban-run Foreign Ministry accused ...", "a spokesman for the Taliban-run Defense
  Ministry in Kabul said ...", "the Houthi-controlled Foreign Ministry", "the Taliban-led
  government": a participle of rule hyphened to a ruler's name (rules ruler_participles) makes
  the body the ruler's, as a possessor does (parties._actors_of); a firm or broadcaster run by
  a nationality or the state is still no party.
- "Qatar mediated the release of three Americans held by Venezuela": the release of people
  held by a state is that state's (084; n.release's source slot held_by: the agent of a
  participle of holding on the released); people held in a place (a gang's hostages, as
  test_events_review159 decides) or by rebels, and a release only called for, are no state's.
- "Chile's president thanked Peru for its help, as the two countries signed agreements on
  mining": a reciprocal act told in a clause beside the first act with a subject of its own
  ("as", "while": clauses._contrasted_clause) is an act of its own both ways, not a
  restatement of the first act's pair (extract._coordinated_act); "signed a deal with Togo,
  expanding ties between the two" stays one act.
- "NATO's secretary-general held talks with Finland's president ... and invited the Nordic
  country to join ...", "The U.N. secretary-general held talks with ...": the parser reads the
  title's last word as a modifier of "talks" (the root) and "held" as another; a title the
  actors stage read that ends right before the verb is its subject, and a verb joined to that
  root noun shares it (clauses._rootless_subject, _titled).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # an exchange of fire: both sides
    ("BISHKEK", "A Kyrgyz border guard was killed in an exchange of fire with Tajik forces on Sunday.", "KGZ>TJK:19 TJK>KGZ:19"),
    ("ISLAMABAD", "Two Pakistani soldiers were wounded in an exchange of fire with Indian troops along the Line of Control.", "PAK>IND:19 IND>PAK:19"),
    ("NEW DELHI", "The exchange of fire between Indian and Pakistani troops lasted two hours on Friday.", "IND>PAK:19 PAK>IND:19"),
    # a clash, firefight or shootout with a state's forces: the hurt side first
    ("NEW DELHI", "Two Indian soldiers were wounded in a clash with Chinese troops on the border.", "IND>CHN:19"),
    ("YEREVAN", "An Armenian soldier died in a shootout with Azerbaijani forces, the ministry said.", "ARM>AZE:19"),
    ("BANGKOK", "Three Thai soldiers were killed in fighting with Cambodian troops near the temple.", "THA>KHM:19"),
    ("KABUL", "An Afghan border guard was killed in a firefight with Iranian border guards on Tuesday.", "AFG>IRN:19"),
    # a side blamed for the fighting is accused, no fighter of its own told here
    ("DUSHANBE", "Tajikistan's Foreign Ministry blamed Kyrgyz troops for the fighting.", "TJK>KGZ:11"),
    ("DUSHANBE", "Tajikistan's Foreign Ministry blamed Kyrgyz troops for the exchange of fire.", "TJK>KGZ:11"),
    # a body of rule hyphened to its ruler
    ("KABUL", "The Taliban-run Foreign Ministry accused Pakistan of lying about the attack.", "AFG>PAK:11"),
    ("DUSHANBE", "A spokesman for the Taliban-run Defense Ministry in Kabul said the Tajik guards had fired first.", "AFG>TJK:11"),
    ("ADEN", "The Houthi-controlled Foreign Ministry in Sanaa condemned Saudi Arabia on Monday.", "YEM>SAU:11"),
    ("KABUL", "The Taliban-led government thanked Qatar for its help.", "AFG>QAT:05"),
    # the release of people held by or in a state
    ("DOHA", "Qatar mediated the release of three Americans held by Venezuela.", "VEN>USA:08"),
    ("ROME", "The release of a Greek sailor detained by Libya since May ended a long standoff.", "LBY>GRC:17 LBY>GRC:08"),
    # a release only called for: the call alone
    ("PARIS", "France called for the release of a French aid worker held in Mali.", "FRA>MLI:02"),
    # a signing beside another act of the pair, with its own subject
    ("LIMA", "Chile's president thanked Peru on Monday for its help, as the two countries signed agreements on mining.", "CHL>PER:05 CHL>PER:05 PER>CHL:05"),
    ("HANOI", "Vietnam's prime minister praised Laos for its support on Tuesday, as the two countries signed a deal on power lines.", "VNM>LAO:05 VNM>LAO:05 LAO>VNM:05"),
    ("ACCRA", "Ghana signed a trade deal with Togo on Monday, expanding ties between the two.", "GHA>TGO:05"),
    # an IGO head's title misread as a modifier of "talks"
    ("HELSINKI", "NATO's secretary-general held talks with Finland's president on Monday and invited the Nordic country to join the new program.", "NATO>FIN:04 NATO>FIN:03"),
    ("KHARTOUM", "The U.N. secretary-general held talks with Sudan's army chief on Monday.", "UN>SDN:04"),
    ("JAKARTA", "ASEAN's secretary-general held talks with Myanmar's foreign minister on Friday.", "ASEAN>MMR:04"),
    # a coalition led by a state, as before
    ("ADEN", "The Saudi-led coalition accused Iran of arming the rebels.", "SAU>IRN:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # an exchange of prisoners or of words is no force
    ("KYIV", "Two Ukrainian officers were freed in an exchange of prisoners with Russia on Friday."),
    ("BAMAKO", "Mali's foreign minister was involved in a heated exchange with French officials."),
    # a clash with no state's forces
    ("LIMA", "Two Peruvian fishermen were injured in a clash with Chilean fishermen at sea."),
    ("NAIROBI", "Two Kenyan police officers were killed in a clash with militants near the town of Mandera."),
    ("BUDAPEST", "Hungary's prime minister, in a clash with Brussels over migration, refused to budge."),
    # people held in a place: no holder named (test_events_review159's hostages)
    ("PARIS", "The release of two Canadian citizens held in China was welcomed in Ottawa."),
    # people held by rebels
    ("ROME", "The release of an Italian engineer held by rebels in Libya ended a long standoff."),
    # talks with no doer named before the verb
    ("VIENNA", "The long-delayed talks with Iran resumed on Monday."),
    # a firm or a broadcaster run by a nationality or the state is no party
    ("LUSAKA", "A Chinese-run company praised Zambia's president on Monday."),
    ("NAIROBI", "The state-run broadcaster criticized Uganda on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary104_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary104_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
