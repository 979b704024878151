"""Review 18 (builder X of session 14): precision, the extras coders add to unseen news.

A region word that is also a small town ("the Pacific nation", "the Balkan state") names no
town of the state the article mentions; a verb of travel with a direct object carries others
("a flight returning Colombians to Bogota") and is no trip of its subject; migrants sent back
are no captives freed; an infinitive of remarking ("declined to comment on Libya's request")
withholds a remark and rejects nothing; a bare "the government" takes no state from its own
participle's agent or relative clause's subject ("the government, backed by Turkey,"); a bare
"the military" or "the junta" a state addresses is the state named before that did something,
not one that only reacted since ("Portugal condemned the takeover"); an act held back from
("refrained from criticizing", "stopped short of condemning") is none. The near-miss rows hold
what coders over-code: reporters met, condemnations not made, denials of intent, sports,
company deals, domestic acts.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a region word before a kind noun is no town: nothing rather than the other state named
    (
        "TUNIS",
        "The Pacific nation, long courted by the United States, signed a fisheries pact with China.",
        "",
    ),
    # the kept form: a named state with a participle of its own
    (
        "YEREVAN",
        "Armenia, backed by France, signed a defence pact with India.",
        "FRA>ARM:05 ARM>IND:05",
    ),
    # a bare government is not the state of its own participle's agent: the dateline's
    (
        "BAKU",
        "The government, backed by Turkey, attacked Armenian positions on Monday.",
        "TUR>AZE:05 AZE>ARM:19",
    ),
    # a subject's own phrase still places it
    ("KABUL", "The government in Islamabad expelled two Afghan diplomats.", "PAK>AFG:16|17"),
    # a bare military, junta or army addressed is the state named before that did or suffered
    # something, not one that only reacted since
    (
        "BISSAU",
        "Soldiers seized power in Guinea-Bissau on Sunday. Portugal condemned the takeover. "
        "U.N. Secretary-General Antonio Guterres urged the military to return to the barracks.",
        # "condemned the takeover" answers the state the coup was in (_coup_state, session 16)
        "PRT>GNB:11 UN>GNB:02",
    ),
    (
        "BAMAKO",
        "Soldiers seized power in Mali on Sunday. France said it was alarmed. The African Union "
        "urged the military to hand power back to civilians.",
        "AU>MLI:02",
    ),
    (
        "NIAMEY",
        "The army detained the president of Niger on Wednesday. The United States denounced the "
        "move, and ECOWAS urged the junta to free him.",
        "USA>NER:11",
    ),
    (
        "CONAKRY",
        "Soldiers took control of Guinea's capital. Senegal and Ghana deplored the takeover. "
        "Nigeria pressed the military to set a date for elections.",
        "NGA>GIN:02",
    ),
    # kept: the state that acted is taken, past a reactor named after it
    (
        "BAMAKO",
        "Mali expelled the French ambassador on Monday. France urged the military to reverse "
        "the decision.",
        "MLI>FRA:16|17 FRA>MLI:02",
    ),
    (
        "BAMAKO",
        "Mali expelled the French ambassador on Tuesday. Germany condemned the expulsion. "
        "France urged the military to reverse the decision.",
        "MLI>FRA:16|17 DEU>MLI:11 FRA>MLI:02",
    ),
    (
        "OUAGADOUGOU",
        "Burkina Faso's army suspended French broadcasters. Paris called the decision "
        "unacceptable and urged the junta to reconsider.",
        "BFA>FRA:16|17 FRA>BFA:11 FRA>BFA:02",
    ),
    # travel: the subject's own trip codes; a carried object does not
    ("BOGOTA", "Colombia's president returned to Bogota after visiting Caracas.", "COL>VEN:04"),
    ("KYIV", "The German chancellor flew to Kyiv on Tuesday.", "DEU>UKR:04"),
    # release: captives freed code, migrants sent back do not
    ("KYIV", "Russia returned 40 Ukrainian prisoners of war to Kyiv on Friday.", "RUS>UKR:08"),
    ("GUATEMALA CITY", "The United States deported 300 Guatemalans on Friday.", "USA>GTM:17"),
    ("TEHRAN", "Iran freed two French tourists detained since May.", "IRN>FRA:08"),
    # refusal: a thing refused is rejected; a remark withheld is not
    ("ROME", "Italy declined Libya's request for patrol boats.", "ITA>LBY:12"),
    ("BELGRADE", "Serbia has refused to recognize Kosovo's independence.", "SRB>XKX:12"),
    ("ATHENS", "Greece refused to sign the agreement with Turkey.", "GRC>TUR:12"),
    # holding back from an act is no act; stopping one that was going on is
    ("TOKYO", "Japan stopped imports of Chinese seafood.", "JPN>CHN:16"),
    ("ANKARA", "Turkey halted its purchases of Iranian oil.", "TUR>IRN:16"),
    # the kept positives of the near-misses below
    ("LIMA", "Peru's foreign minister met Chile's ambassador on Monday.", "PER>CHL:04"),
    ("PARIS", "France condemned the Russian strike on the port.", "FRA>RUS:11"),
    ("ISLAMABAD", "Japan sent emergency relief to flood-hit Pakistan on Monday.", "JPN>PAK:07"),
    (
        "MOSCOW",
        "A Moscow court sentenced an American journalist to 16 years for espionage.",
        "RUS>USA:17",
    ),
    (
        "CAIRO",
        "The International Monetary Fund approved a $3 billion loan to Egypt on Friday.",
        "IMF>EGY:07|05",
    ),
    # the senators' criticism is domestic, no event; since session 43 (actors/resolve.py
    # _in_told_act) "the administration" is the dateline's state, not Havana, which the act it
    # is blamed for goes to, and that meeting is told (guidelines: "X said Y attacked Z" is
    # Y -> Z): a near-miss row until then
    (
        "WASHINGTON",
        "Republican senators criticized the administration for sitting down with Havana.",
        "USA>CUB:04",
    ),
]

NONE: list[NearMiss] = [
    # a company named with its state's possessive is no state (a gap row until session 24's
    # 9f5244c)
    ("HANOI", "Vietnam's Vinfast signed a deal with a Saudi fund to build cars."),
    ("TOKYO", "Japan stopped short of condemning China's drills."),
    ("NEW DELHI", "India refrained from criticizing Russia at the summit."),
    ("BRASILIA", "Brazil shied away from blaming Venezuela for the crisis."),
    ("PRETORIA", "South Africa abstained from condemning Russia in the vote."),
    ("CANBERRA", "Australia fell short of recognizing Palestine, officials said."),
    ("ANKARA", "Turkey avoided condemning Iran's missile strikes."),
    ("ROME", "Italy's foreign minister declined to comment on Libya's request."),
    ("ANKARA", "Turkey refused to confirm the Russian report about the pipeline."),
    ("BERLIN", "Germany's foreign ministry declined to elaborate on its talks with China."),
    ("TRIPOLI", "Italy returned 200 migrants to Libya last month."),
    ("ROME", "Italy's coast guard returned 300 Tunisians intercepted off Lampedusa."),
    ("ATHENS", "Greece returned 50 Afghans rescued in the Aegean to Turkey."),
    (
        "CAIRO",
        "Egypt's foreign minister met reporters in Cairo on Monday after the cabinet session.",
    ),
    ("PARIS", "France did not condemn the Russian strike on the port, officials noted."),
    ("BERLIN", "Germany refused to comment on reports of a Chinese export ban."),
    ("TOKYO", "Japan denied that it had sent warships toward Taiwan."),
    ("NAIROBI", "Kenya said on Tuesday that it would consider talks with Uganda at some point."),
    ("RIO DE JANEIRO", "Brazil beat Argentina 2-1 in a World Cup qualifier on Tuesday."),
    ("LONDON", "France defeated England 31-20 in the Six Nations on Saturday."),
    ("TOKYO", "Toyota signed a supply deal with an Indian steelmaker on Wednesday."),
    ("NAIROBI", "Microsoft agreed to build a data centre in Kenya with a local partner."),
    ("MADRID", "Spain's prime minister told reporters in Madrid that the summit had ended."),
    ("WARSAW", "Poland did not invite Hungary to the summit in Krakow."),
    ("BANGKOK", "Chinese tourists visited Thailand in record numbers last year."),
    ("ABUJA", "Nigerian students protested outside the British embassy in Abuja on Friday."),
    ("MEXICO CITY", "Mexico's president criticized opposition lawmakers over the budget."),
    ("ACCRA", "The summit between Ghana and Togo was postponed until next month."),
    ("ANKARA", "Turkish Airlines resumed flights to Baghdad on Monday."),
    ("BUENOS AIRES", "Argentina's central bank cut interest rates for the third time."),
    ("DOHA", "Qatar's emir did not meet the Iranian president during the forum."),
    ("SEOUL", "South Korea said it had no plans to expel Japanese diplomats."),
    ("OTTAWA", "Canada's hockey team beat Sweden in the final in Stockholm."),
    ("BRUSSELS", "Belgian fans travelled to Paris for the match against France."),
    ("TEHRAN", "Iran has not responded to the French proposal."),
    (
        "WASHINGTON",
        "The president-elect has not commented publicly on the decision to arm Ukraine.",
    ),
]

GAPS: list[Gap] = [
    (
        "RIYADH",
        "Saudi Arabia held back from sanctioning Israel.",
        "",
        "'back' is also the verb of support, so it blocks nothing",
    ),
    (
        "BERLIN",
        "Germany resisted calls to expel Chinese diplomats.",
        "",
        "an act called for and resisted is read as done",
    ),
    (
        "PANAMA CITY",
        "Rubio watched a deportation flight leave Panama, returning dozens of Colombians home.",
        "",
        "a participle on the flight is read as its watcher's release of people",
    ),
    (
        "MIAMI",
        "The U.S. Coast Guard has returned more than 400 Haitians to their country this year.",
        "",
        "people of a nationality sent home read as captives freed (084)",
    ),
    (
        "ROME",
        "Italy's foreign minister declined to discuss Libya's request.",
        "",
        "'discuss' is also a refusal of talks, so it is no remark verb",
    ),
    (
        "MOSCOW",
        "Russia denied attacking Ukrainian grain ports last week.",
        "",
        "a denial of a deed is read as a rejection of its victim",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row's events, coded in one batch."""
    return code_audit(CASES, NONE, GAPS)


def test_events_review18_bodies_are_unique() -> None:
    """A repeated body would silently shadow its twin in the coded table."""
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review18_codes_no_extras(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """Each body codes exactly its expected events; a near-miss codes none."""
    got = coded[body]
    assert matches(got, expected), (got, expected)
