"""Vocabulary 100 (session 54, O80): two-word IGO titles written apart, Trinidad alone.

- "The director general of the World Health Organization met ...", "The secretary general of
  NATO praised ...": a two-word title written without a hyphen, whose second word the parser
  reads as the first's adjective (or as the head, the first its compound), reaches its
  of-phrase's body as "director-general" does (rules title_tails; parties._hyphened_preps,
  _titled_tail); a private body or a state's own service after "of" still names no party.
- "Trinidad's foreign minister", "accused Trinidad of": the short name of Trinidad and Tobago,
  as wire copy writes it (actors/states_extra.yaml); a person named Trinidad and a town of
  that name in another state are no state.
- "Treasurer Ana Rokotuiloma accused the fund": a treasurer is a state's finance minister
  (Australia's, Papua New Guinea's, Fiji's), a title of the home state as a minister's is
  (offices.yaml titles, place_titles, refer_back).
- "New Zealand's foreign minister telephoned the prime minister", nine sentences after the
  story named the Solomon Islands' prime minister, its only one: the bare head title refers
  back to that head up to ten sentences on (resolve._BARE_HEAD_SENTENCES), not to the state
  of the sentence; with two states' prime ministers named, neither.
- "asked the emir of Kuwait for help", "met the king of Jordan": a monarch named by the realm
  after "of" is that state (rules role_nouns); a king of no state is no one.
- "Bosnia's state court rejected ...", "Kenya's high court", "A Lithuanian appeals court": a
  state's courts named by rank or reach are the state's judiciary (roles.yaml JUD), as its
  "supreme court" is.
- "“Chile and Japan are far apart, but we share one problem: big countries think small countries
  should be quiet,” the Japanese minister said": an obliged clause whose subject is a generic
  plural naming no actor obliges no one (objects obliged_clause), so the subject of another
  clause of the quotation is not read as the one asked; "said Beijing's leaders should stop the
  drills" still asks Beijing, and "called his counterpart and said the border must reopen"
  the one called.
- "Chile's Interior Ministry said ... Peru's Foreign Ministry summoned ... The Interior Ministry
  asked Bolivia ...": a body named again with its portfolio is the state's whose body of that
  name was told before, not the state of the latest body with the same head word
  (resolve._earlier_body, _body_words); "The Foreign Ministry" after "Russia's Ministry of
  Foreign Affairs" and "the ministry" after any ministry still take it.
- "The group was greeted at Accra airport by Health Minister Kofi Asare, who thanked Seoul":
  a minister with no state who does a passive act placed in a capital (the "by" phrase of
  "greeted at", "received in") is that capital's state's, a host at home
  (resolve._received_in); a state named on the minister wins, and a minister only speaking
  at the airport is placed by nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a two-word IGO title written apart: its of-phrase's body acts
    ("ADDIS ABABA", "The director general of the World Health Organization met Ethiopia's prime minister on Monday.", "WHO>ETH:04"),
    ("ROME", "The director general of the Food and Agriculture Organization thanked Kenya for its help.", "UN>KEN:05"),
    ("GENEVA", "The director general of the International Labour Organization urged Bangladesh to raise wages.", "UN>BGD:02"),
    ("BRUSSELS", "The secretary general of NATO praised Norway for its patrols.", "NATO>NOR:05"),
    ("VIENNA", "The director general of the International Atomic Energy Agency criticized Syria on Tuesday.", "IAEA>SYR:11"),
    # the hyphened form, as before
    ("VIENNA", "The director-general of the International Atomic Energy Agency met Egypt's president on Thursday.", "IAEA>EGY:04"),
    # Trinidad alone is Trinidad and Tobago
    ("PORT OF SPAIN", "Trinidad's foreign minister thanked Guyana for its help on Monday.", "TTO>GUY:05"),
    ("CARACAS", "Venezuela accused Trinidad of sheltering smugglers.", "VEN>TTO:11"),
    ("BRASILIA", "Brazil's president met Trinidad's prime minister in Brasilia on Monday.", "BRA>TTO:04"),
    # a town named Trinidad in another state is no party
    ("LA PAZ", "Bolivian police arrested 12 Brazilian men in Trinidad, the capital of Beni province.", "BOL>BRA:17"),
    # a treasurer is the home state's minister
    ("CANBERRA", "Treasurer Jim Ward criticized China on Monday.", "AUS>CHN:11"),
    ("SUVA, Fiji", "The IMF withheld a loan payment on Wednesday, drawing an angry response from Fiji's treasurer. Treasurer Ana Rokotuiloma accused the fund of bad faith.", "FJI>IMF:11"),
    # a bare head title refers back to the story's one head of that title, paragraphs on
    ("HONIARA, Solomon Islands", "A Japanese delegation met the Solomon Islands' prime minister on Monday. The talks covered fisheries. The delegation also toured the port. Officials said the visit went well. Japan has funded roads on the island for years. Traders welcomed the money. Fishermen were less sure. The opposition said little. New Zealand said on Tuesday it would send more aid. New Zealand's foreign minister telephoned the prime minister on Tuesday evening.", "JPN>SLB:04 NZL>SLB:04"),
    # (NZL>SLB:03 left out at the merge: the recipient of New Zealand's pledge, named nowhere,
    # was guessed from the latest pair; with "the delegation" read as Japan's (C54's
    # described._party_before) the guess no longer lands, and this row tests the bare title)
    # a monarch named by the realm
    ("MANAMA", "Bahrain's prime minister asked the emir of Kuwait for help on Monday.", "BHR>KWT:02"),
    ("CAIRO", "Egypt's president met the king of Jordan in Amman on Monday.", "EGY>JOR:04"),
    ("TEHRAN", "The sultan of Oman thanked Iran for its help on Tuesday.", "OMN>IRN:05"),
    # a state's courts by rank or reach
    ("SARAJEVO", "Bosnia's state court on Wednesday rejected Kazakhstan's request for the extradition of a banker.", "BIH>KAZ:12"),
    ("NAIROBI", "Kenya's high court on Wednesday rejected Uganda's request to extradite a journalist.", "KEN>UGA:12"),
    ("VILNIUS", "A Lithuanian appeals court on Monday refused Belarus's request to return the activist.", "LTU>BLR:12"),
    # an obliged clause whose subject names an actor asks it
    ("TOKYO", "Japan's foreign minister said Beijing's leaders should stop the drills.", "JPN>CHN:02"),
    ("LIMA", "Peru's minister said the government in Quito should apologize.", "PER>ECU:02"),
    ("LIMA", "Peru's president called his Chilean counterpart on Monday and said the port must reopen.", "PER>CHL:04 PER>CHL:10"),
    # a body named again with its portfolio: the state whose body of that name was told
    ("", "Chile's Interior Ministry said on Monday it was watching the border. Peru's Foreign Ministry summoned Chile's ambassador on Monday. Bolivia asked for calm. Traders waited. The Interior Ministry asked Bolivia to share records.", "PER>CHL:11 CHL>BOL:02"),
    ("", "Russia's Ministry of Foreign Affairs summoned Estonia's ambassador on Monday. The Foreign Ministry also accused Tallinn of lying.", "RUS>EST:11 RUS>EST:11"),
    ("", "Peru's Foreign Ministry summoned Chile's ambassador on Monday. The ministry also accused Santiago of lying.", "PER>CHL:11 PER>CHL:11"),
    # a minister greeting or receiving in a capital is its state's
    ("", "Thirty Korean engineers arrived in Ghana on Monday. The group was greeted at Accra airport by Health Minister Kofi Asare, who thanked Seoul for its help.", "GHA>KOR:05"),
    ("", "Chile's foreign minister flew to Hanoi on Monday. He was received in Hanoi by Foreign Minister Tran Van Long, who praised Chile's support.", "CHL>VNM:04 VNM>CHL:04 VNM>CHL:05"),
    ("", "Thirty Korean engineers arrived in Ghana on Monday. The group was greeted at Accra airport by Togo's Health Minister Kofi Asare, who thanked Seoul for its help.", "TGO>KOR:05"),
    # two states' prime ministers named: the bare title is neither's (only the meeting codes)
    ("APIA, Samoa", "Samoa's prime minister met Fiji's prime minister on Monday. The talks covered fisheries. The guests also toured the port. Officials said the visit went well. China has funded roads on the island for years. Traders welcomed the money. Fishermen were less sure. The opposition said little. Critics stayed quiet. Australia's foreign minister telephoned the prime minister on Tuesday evening.", "WSM>FJI:04"),
]

NEAR_MISSES: list[NearMiss] = [
    # a private body's director general is no state's or IGO's
    ("ACCRA", "The director general of the company met Togo's president on Monday."),
    ("LAGOS", "The secretary general of the traders' union criticized Benin on Tuesday."),
    # a general of no named body
    ("LAGOS", "The general of the old guard praised the rebels on Tuesday."),
    # a person named Trinidad
    ("MADRID", "Trinidad Lopez, a retired teacher, praised the festival on Monday."),
    # a generic subject obliges no one: no appeal to the other state of the quotation
    ("TOKYO", "\"Japan and Chile are far apart, but we share one problem: big countries think small countries should be quiet,\" the Japanese minister said."),
    ("LIMA", "\"Peru and Malta are small, and small nations should speak softly,\" the Peruvian minister said."),
    # a minister only speaking at the airport is placed by nothing
    ("", "Thirty Korean engineers arrived in Ghana on Monday. Health Minister Kofi Asare, speaking at Accra airport, thanked Seoul for its help."),
    # a king of no state; a court of no state
    ("DOHA", "The king of the castle praised the horses."),
    ("ACCRA", "The high court of the chess club ruled against the players on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary100_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary100_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
