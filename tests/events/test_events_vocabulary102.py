"""Vocabulary 102 (session 54, O76): offices told before their holders, requests granted unsaid.

- "JAKARTA -- ... an angry response from the Belarusian foreign minister ... Foreign Minister X
  met ... talks with Indonesia's foreign minister, Y": a titled person with no state, whose
  title the article's state gives to another named person, holds the office of the one other
  state the story gave that title with no name before (resolve._office_told_before), wherever
  that title stood in its sentence (an object's too, not only the subject the sentence before
  had); no such state, or two, leave the person as before.
- "Peru asked Chile to extradite the banker. The request was granted on Friday": a request,
  offer or application (asked_nouns) that a yielding act (08) grants in the passive with no
  agent is granted by the one it was put to, to the one who made it
  (extract._yielded_ask, as an accepted invitation already was); another act the passive
  restates keeps its doer ("Bolivia banned Chilean poultry. The ban was lifted": Bolivia's).
- "The visit drew criticism from Russia's embassy in Nairobi, which accused Estonia of ...":
  a "which" clause the parser hung on the city an office (office_nouns) sits in is the
  office's act (clauses._office_of_seat in _relative_subjects), so the accusation is the
  office's state's, and a rejection of "the accusation" answers it; a city under a noun
  that is no office keeps the clause.
- "The prime minister called Botswana 'one of the best-governed countries in Africa'": a state
  named among the best (best, finest, exemplary) is praised (051, v.call_friend), no longer
  blamed by the bare naming (v.call_names); one named among the worst still is.
- "ASEAN told Belarus on Tuesday that it would not grant Minsk the status of a dialogue
  partner": a standing given to a state (v.grant_status, 050) is refused when told as a
  negated will, and a will told to the one concerned ("told", "informed": announcing_verbs)
  is its teller's own announcement as a said one is (modality._own_announcement); no
  standing of persons or of goods ("refugee status", "duty-free status").
- "Zielinski said he had raised the case with his Tanzanian counterpart and asked for the
  researcher to be released on bail": an appeal that names no one asked, joined after a case
  raised with someone, is made to that one (rules.yaml talk_address_verbs gains raise, as a
  call or a letter); a tariff raised is no address.
- "The Czech Republic also suspended a 3 million euro program to train Ugandan judges": a
  program, project or scheme that trains, funds, equips or finances another state's people
  is aid, halted (162, v.halt_training_program, beside v.halt_aid_program), for the state its
  infinitive's people name; one for the state's own people names no one.
- "Belarus's state border committee denied the charge": a border guard run as a state
  committee is the state's police (roles.yaml COP: state border committee, border committee),
  as its border service is.
- "won a promise of Romanian support": a promise, pledge or assurance won whose of-phrase
  names the giver is the giver's promise (030, v.receive_pledge reversed: obj_sub:of, with
  "of" among rules.yaml giving_preps); a promise of help for others names no giver.
- "A group of Romanian lawmakers criticized Malaysia ... and urged the government to raise
  the issue": a collective subject (addressed.yaml collectives: group, number, handful ...)
  is the people its of-phrase names, so lawmakers address their own government (no appeal to
  Malaysia), as bare lawmakers do; a state's own urging still reaches the other.
- "Larchenko accused the bloc of ... The secretariat rejected that charge": a bare "the
  secretariat" acting is the IGO named last, as "the body" is (descriptions.yaml igo_nouns,
  actors described.find_igo_bodies); with no IGO named before, it is no one.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the office told before, nameless, for one other state: the titled person's
    ("ADDIS ABABA", "The decision drew an angry response from the Georgian foreign minister. Foreign Minister Levan Beridze met Kenya's president on Monday. Beridze also held talks with Ethiopia's foreign minister, Tesfaye Bekele.", "GEO>KEN:04 GEO>ETH:04"),
    ("LIMA", "Peru's refusal was criticized by the Bolivian trade minister, who was in Lima for the fair. Trade Minister Rosa Quispe accused Chile of dumping copper. Peru's trade minister, Jorge Salas, did not comment.", "BOL>PER:11 BOL>PER:04 BOL>CHL:11"),
    # a request granted in the passive with no agent: by the one asked, to the asker
    ("RIGA", "Peru asked Chile to extradite the banker. The request was granted on Friday.", "PER>CHL:02 CHL>PER:08"),
    ("SANTIAGO", "Uruguay's foreign ministry said it had asked Argentina for consular access to the two sailors. Officials in Montevideo said the request was granted the same afternoon.", "URY>ARG:02 ARG>URY:08"),
    ("NAIROBI", "Somalia's government had asked the World Bank for emergency help on Monday. The request was approved within two days, according to a statement from the bank.", "SOM>WB:02 WB>SOM:08"),
    # another act restated keeps its doer
    ("LA PAZ", "Bolivia banned Chilean poultry in March. The ban was lifted on Friday.", "BOL>CHL:16 BOL>CHL:08"),
    # a "which" clause on an office's city: the office's act, and the answer to it
    ("ACCRA", "The visit drew criticism from China's embassy in Accra, which accused Togo of spreading lies about Beijing. Togo's foreign ministry rejected the accusation as absurd.", "CHN>TGO:11 TGO>CHN:12"),
    # a state named among the best: praise, not blame
    ("OSLO", "Norway's prime minister called Ghana \"one of the best-run democracies in Africa\" on Monday.", "NOR>GHA:05"),
    ("MONTEVIDEO", "Chile's president called Uruguay the finest democracy in South America.", "CHL>URY:05"),
    ("LA PAZ", "Chile's president called Bolivia one of the worst-governed countries in the region.", "CHL>BOL:11"),
    # a standing refused by a negated will told to the one concerned, or given
    ("ADDIS ABABA", "The African Union told Georgia on Tuesday that it would not grant Tbilisi the status of a dialogue partner this year.", "AU>GEO:12"),
    ("BRUSSELS", "The European Union informed Moldova that it would not grant Chisinau observer status at the summit.", "EU>MDA:12"),
    ("BRUSSELS", "The EU granted Armenia candidate status in 2027.", "EU>ARM:05"),
    # an appeal joined after a case raised with someone: of that one
    ("NAIROBI", "Denmark's foreign minister raised the case with Kenya's president and asked for the engineer to be released.", "DNK>KEN:04 DNK>KEN:02"),
    ("LUSAKA", "Sweden's trade minister raised the matter with her Zambian counterpart and asked for the two journalists to be freed.", "SWE>ZMB:04 SWE>ZMB:02"),
    # a bare secretariat acting: the IGO named last
    ("ADDIS ABABA", "Georgia's foreign minister met the African Union's chairperson on Monday. He accused the bloc of bias. The secretariat rejected that charge.", "GEO>AU:04 GEO>AU:11 AU>GEO:12"),
    # a training program for another state's people halted: aid halted
    ("PRAGUE", "The Czech Republic also suspended a 3 million euro program to train Ugandan judges.", "CZE>UGA:16"),
    ("COPENHAGEN", "Denmark suspended a program to train Kenyan police officers on Friday.", "DNK>KEN:16"),
    # a state border committee is its state's
    ("VILNIUS", "Lithuania accused Minsk of pushing migrants across the frontier. Belarus's state border committee denied the charge.", "LTU>BLR:11 BLR>LTU:12"),
    ("ASTANA", "Kyrgyzstan's border committee accused Tajikistan of moving troops to the frontier.", "KGZ>TJK:11"),
    # a promise won, its giver in the of-phrase
    ("LIMA", "Peru's president won a promise of Chilean support for the bid.", "CHL>PER:03"),
    ("BUCHAREST", "Malaysia's prime minister won a promise of Romanian support on Thursday.", "ROU>MYS:03"),
    # a group of lawmakers urges its own government: no appeal to the other state
    ("BUCHAREST", "A group of Romanian lawmakers criticized Malaysia over its treatment of refugees and urged the government to raise the issue.", "ROU>MYS:11"),
    ("LIMA", "A number of Peruvian lawmakers criticized Chile over its fishing quotas and urged the government to respond.", "PER>CHL:11"),
    ("CANBERRA", "The talks drew a sharp response from Indonesia's embassy in Canberra, which accused Australia of meddling in Papua.", "IDN>AUS:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # no other state's office told before: no state to give
    ("ADDIS ABABA", "On Monday the visiting Foreign Minister Levan Beridze met with the president of the country to discuss trade and the war. Beridze later spoke with Ethiopia's foreign minister, Tesfaye Bekele, about the weather."),
    # two other states' offices told before: which one is not said
    # no standing of persons or of goods
    ("BERLIN", "Germany granted refugee status to 40 Syrian families on Monday."),
    ("NAIROBI", "Kenya granted duty-free status to Ugandan sugar last year."),
    # a rate raised is no address: the appeal names no one
    ("COPENHAGEN", "Denmark's central bank raised its main interest rate and asked for patience from Kenyan exporters."),
    # a secretariat with no IGO named before
    ("SUVA", "Fiji's opposition accused the government of bias. The secretariat rejected that charge."),
    # a committee that is no border guard names no state
    ("BISHKEK", "A parliamentary committee accused the energy firm of hiding its losses."),
    # a promise of help for others names no giver
    ("LIMA", "Peru's president won a promise of help for Bolivian farmers."),
    # a program for the state's own people names no one
    ("NAIROBI", "Kenya ended a program to train Kenyan nurses abroad."),
    ("COPENHAGEN", "Denmark suspended a program to train its own border guards."),
    # an office's own clause that tells no act
    ("ACCRA", "China's embassy in Accra, which opened in 2015, employs forty local staff."),
    ("ADDIS ABABA", "The plan was criticized by the Georgian foreign minister and the Armenian foreign minister. Foreign Minister Levan Beridze met Kenya's president on Monday. Beridze later met Ethiopia's foreign minister, Tesfaye Bekele."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary102_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary102_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)


#: (dateline, body, the one event's full code): meddling charged is a plain accusation
_ACCUSED_CODES: list[tuple[str, str, str]] = [
    ("BEIJING", "China's foreign ministry accused Lithuania of meddling in affairs that have nothing to do with it.", "CHN>LTU:112"),
    ("ANKARA", "Turkey accused Greece of interfering in the work of its courts.", "TUR>GRC:112"),
    ("TALLINN", "Estonia accused Russia of spying on its naval bases.", "EST>RUS:1125"),
]


@pytest.mark.model
def test_events_vocabulary102_meddling_is_a_plain_accusation() -> None:
    """Meddling or interference charged codes 112, spying 1125 (full codes, not roots)."""
    from newsgraph.model import RawDocument, Result
    from newsgraph.pipeline import analyse, prepare
    from newsgraph.settings import Settings

    settings = Settings()
    articles = [
        prepare(RawDocument(f"<c{i}>", f"World news in brief\n\n{d} — {b}\n", (("date", "2025-03-14"),)), settings)
        for i, (d, b, _) in enumerate(_ACCUSED_CODES)
    ]
    for (_, body, want), result in zip(_ACCUSED_CODES, analyse(articles, settings)):
        assert isinstance(result, Result), result
        got = [f"{e.source}>{e.target}:{e.code}" for e in result.events if e.sentence_index >= 1]
        assert got == [want], (body, got)
