"""Vocabulary 97 (session 53, O74): a phone call told as the frame of an act on an object.

- "praised Peru's position in a phone call with his Peruvian counterpart", "had informed his
  Ugandan counterpart of the plan in a phone call": the parser hangs the call's phrase on the
  verb's object (or a noun inside it), so the call found no doer; the phrase now hangs on the
  verb, and the call is held by the verb's subject with the with-phrase's party or the one
  told (041), beside the act itself (nlp._calls_read_as_object_modifiers,
  data/nlp/call_phrases.yaml). A name after the comma that closes the call's phrase is an
  apposition of the phrase's last noun ("his Swedish counterpart, Karin Lindgren").
- Near misses: a call with no state on the other end ("with reporters"), an interview (no
  call word), and a call under "of" ("the tone of the call with") stay as they were.
- "Ghana called Nigeria's plan for Kosovo 'a credible basis' for a settlement": a thing named
  (an oprd) is no appeal to whatever its for-phrase names (v.call_on forbids an oprd), and a
  plan named "a credible basis" is no blame (v.call_names unless_words credible, basis); the
  parser's second oprd of one verb ("called Morocco's plan(oprd) 'a ... basis(oprd)'") is
  its object (nlp._objects_read_as_predicates). A threat named and an appeal stay.
- "the president thanked Chile for its 'quiet partnership' and asked for more help": a
  thanks is an address, so an appeal naming no one joined after it is made to the one
  thanked (rules thanks_address_verbs, talk_roots 05); two thanked, a praise of a state's
  reforms (no address), or an appeal naming others asked ("urged other Andean states to
  follow") leave the appeal to no one; a remark said after a thanks ("and said the help
  showed that ...") is no complaint made to the one thanked.
- "Kenya's foreign minister complained that Ugandan officials had refused visas ..., calling
  the refusal 'a slap in the face'": a trailing naming participle after a that-clause is the
  reporter's, not the clause subject's (nlp._namings_read_as_reported,
  data/nlp/naming_participles.yaml); without a name given ("..., killing three people") the
  participle stays the clause's.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the call's phrase on the object: the call is held beside the act (041)
    ("SANTIAGO", "Chile's foreign minister, Ana Rojas, welcomed Peru's decision in a phone call with her Peruvian counterpart, Luis Vargas, on Monday.", "CHL>PER:05 CHL>PER:04"),
    ("SANTIAGO", "Chile's foreign minister praised Peru's position in a phone call with his Peruvian counterpart, Luis Vargas, on Tuesday. Bolivia condemned the Peruvian move. Vargas rejected the criticism.", "CHL>PER:05 CHL>PER:04 BOL>PER:11 PER>BOL:12"),
    ("HANOI", "Vietnam's foreign minister backed Laos' position on the dam in a telephone conversation with his Lao counterpart, Somsak Keo, on Friday. Cambodia condemned the Lao move. Keo rejected the criticism.", "VNM>LAO:05 VNM>LAO:04 KHM>LAO:11 LAO>KHM:12"),
    # the call's phrase on a noun inside the object ("of the plan"): the one told
    ("NAIROBI", "Kenya's president said he had informed his Ugandan counterpart of the plan in a phone call on Sunday.", "KEN>UGA:04"),
    # already on the verb: unchanged
    ("QUITO", "Ecuador's president praised Colombia's offer during a call with President Ana Lopez of Colombia.", "ECU>COL:05 ECU>COL:04"),
    # a plan named a threat is blamed; an appeal is an appeal
    ("ACCRA", "Ghana called Togo's border plan a serious threat to the region.", "GHA>TGO:11"),
    ("ACCRA", "Ghana called on Togo to reopen the border.", "GHA>TGO:02"),
    # an appeal joined after a thanks is made to the one thanked
    ("LIMA", "According to a statement from the presidency, the president thanked Chile for its \"quiet partnership\" and asked for more help in watching the border with Bolivia.", "PER>CHL:05 PER>CHL:02"),
    ("LIMA", "Peru's president thanked Chile and Bolivia for their help and asked for more aid.", "PER>CHL:05 PER>BOL:05"),
    ("LIMA", "Peru's president praised Chile's reforms and asked for calm.", "PER>CHL:05"),
    ("LIMA", "Peru's president thanked Chile and urged other Andean states to follow.", "PER>CHL:05"),
    # only an appeal: a remark said after a thanks is no complaint made to the one thanked
    ("LIMA", "Bolivia's president thanked Paraguay's president in a phone call on Wednesday and said the help showed that neighbours come first.", "BOL>PRY:05 BOL>PRY:04"),
    # a naming participle after a that-clause is the reporter's: no Ugandan naming
    ("NAIROBI", "Kenya's foreign minister complained that Ugandan officials had refused visas to ten Kenyan athletes before a race in Kampala, calling the refusal \"a slap in the face.\"", "KEN>UGA:11 UGA>KEN:16"),
]

NEAR_MISSES: list[NearMiss] = [
    # a call with no state on the other end, an interview, a call under "of"
    ("OSLO", "Norway's foreign minister read out Denmark's statement in a phone call with reporters."),
    ("ACCRA", "Ghana's minister, Kofi Mensah, described Togo's plan in a phone interview with a radio station, Radio Lome."),
    ("ACCRA", "Ghana's trade minister criticized the tone of the call with Togo's president."),
    # a plan named a credible basis: no appeal to the place it is for, no blame
    ("ACCRA", "Ghana called Nigeria's plan for Kosovo \"a credible basis\" for a settlement."),
    ("ACCRA", "Ghana called Nigeria's plan for Taiwan \"a fair basis\" for talks."),
    ("LIMA", "Lima called Bolivia’s plan for Easter Island “a serious and credible basis” for a settlement."),
    ("ACCRA", "Ghana called the Togolese offer a credible basis for talks."),
]

GAPS: list[Gap] = [
    # the reporter's naming of the reported act: the act's doer ("the move" told in the
    # clause) is not found for it
    ("NAIROBI", "Kenya said that Uganda had closed the border crossing at Busia, calling the move \"unjustified.\"", "KEN>UGA:11", "the move told in the reported clause finds no deed"),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary97_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary97_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
