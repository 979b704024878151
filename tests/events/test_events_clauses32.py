"""Clauses 32 (session 22, builder FR2): forms found on fresh economy, law and society stories
written for the session (trade rows, aid after a disaster, an election's greetings).

Coded: a greeting with "also" and no state named joins the greeting told just before ("Peru and
Bolivia also sent congratulations", "also congratulated him on his victory": rules
greeting_words, person_objects, sides._context_kind); a state said to set a bad precedent is
criticized (v.say_bad_precedent: the verb and a judging modifier of its object must meet); a
craft sent with relief goods is the relief sent (v.send_relief_carrier: "sent a navy ship
carrying relief supplies"); an objectless reaction whose answered deed lies beyond its window
answers whom the source's own criticism just told named (reactions._own_answer: "Turkey's
Trade Ministry condemned the decision. The minister said Turkey would respond in kind"); a
gift with no recipient joins the fellow givers' gifts past a state named that gave to the same
receiver before or that a from-phrase names as an origin (reactions._fellow_recipient, _origin);
a greeting to a vote's winner with no state named ("congratulated the winner", "the incumbent")
is aimed at the state whose vote is told (context 'elected', reactions._elected_state).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

GREETINGS: list[Case] = [
    (
        "SANTIAGO",
        "Chile's president won a second term on Sunday. Argentina congratulated Chile's "
        "president. Peru and Bolivia also sent congratulations.",
        "ARG>CHL:05 PER>CHL:05 BOL>CHL:05",
    ),
    (
        "SANTIAGO",
        "Chile's president won a second term on Sunday. Argentina congratulated Chile's "
        "president. Uruguay also congratulated him on his victory.",
        "ARG>CHL:05 URY>CHL:05",
    ),
    (
        "ULAANBAATAR",
        "Mongolia's new prime minister took office on Friday. China sent a message of "
        "congratulations to Ulaanbaatar. Japan also offered its congratulations.",
        "CHN>MNG:05 JPN>MNG:05",
    ),
    (
        "TBILISI",
        "Georgia's president was sworn in on Monday. Armenia sent congratulations to the "
        "Georgian leader. Azerbaijan and Turkey also extended their felicitations.",
        "ARM>GEO:05 AZE>GEO:05 TUR>GEO:05",
    ),
    # near-misses: a greeting with an addressee of its own, or after no greeting
    (
        "SANTIAGO",
        "Chile's president won a second term on Sunday. Argentina congratulated Chile's "
        "president. Peru also sent congratulations to Ecuador's new leader.",
        "ARG>CHL:05 PER>ECU:05",
    ),
    (
        "NEW DELHI",
        "India condemned the bombing in Kabul on Monday. Nepal also sent congratulations.",
        "",
    ),
    (
        "ANKARA",
        "Turkey congratulated Azerbaijan on the treaty. Georgia also congratulated its own "
        "athletes.",
        "TUR>AZE:05",
    ),
]

PRECEDENTS: list[Case] = [
    (
        "BOGOTA",
        "Colombia's foreign minister said on Monday that Venezuela had set a dangerous precedent.",
        "COL>VEN:11",
    ),
    (
        "VIENNA",
        'The Austrian minister said Brussels had set "a dangerous precedent" for state aid '
        "across the bloc.",
        "AUT>EU:11",
    ),
    (
        "RABAT",
        "Morocco said on Tuesday that Algeria had set a troubling precedent for the region.",
        "MAR>DZA:11",
    ),
    (
        "OSLO",
        "Norway said Sweden had created a dangerous situation on the border.",
        "NOR>SWE:11",
    ),
    # near-misses: a precedent no word judges, a good one, a record, or one denied
    ("NAIROBI", "Kenya said Uganda had set an important precedent.", ""),
    ("TOKYO", "Japan said that the decision set a precedent.", ""),
    ("SANTIAGO", "Chile said Peru had set a record for copper exports.", ""),
    ("WARSAW", "Poland said Germany had not set a dangerous precedent.", ""),
]

RELIEF_CARRIERS: list[Case] = [
    (
        "APIA",
        "Australia pledged 10 million dollars in aid to Samoa after a cyclone. New Zealand "
        "sent a navy ship carrying relief supplies and 60 engineers.",
        "AUS>WSM:03|07 NZL>WSM:07",
    ),
    (
        "COLOMBO",
        "China sent a navy ship carrying medical supplies to Sri Lanka on Monday.",
        "CHN>LKA:07",
    ),
    (
        "KARACHI",
        "Japan gave Pakistan $10 million for flood relief on Monday. Turkey flew two military "
        "planes loaded with food and blankets to Karachi.",
        "JPN>PAK:07 TUR>PAK:07",
    ),
    # near-misses: a craft sent with no relief on board
    (
        "NICOSIA",
        "Turkey sent a drilling ship escorted by two frigates into waters off Cyprus on Thursday.",
        "",
    ),
    ("LONDON", "Britain sent a warship carrying troops to the Gulf on Monday.", ""),
]

OWN_ANSWERS: list[Case] = [
    (
        "ANKARA",
        "The European Union imposed duties on Turkish steel on Monday. The measure covers "
        "pipes and rods. It will last six months. Turkey's Trade Ministry condemned the "
        "decision. The minister said Turkey would respond in kind.",
        "EU>TUR:16 TUR>EU:11 TUR>EU:13",
    ),
    (
        "OTTAWA",
        "China imposed tariffs on Canadian canola on Tuesday. The duties cover oil and meal. "
        "Farmers said sales would fall. Canada's trade minister denounced Beijing's decision. "
        "Ottawa said it would retaliate.",
        "CHN>CAN:16 CAN>CHN:11 CAN>CHN:13",
    ),
    # near-misses: an own criticism aimed at two states, or a third state's act on the
    # source just told, comes first
    (
        "CANBERRA",
        "Australia criticized Indonesia and Japan on Monday. The ministry said it would respond.",
        "AUS>IDN:11 AUS>JPN:11",
    ),
]

FELLOW_GIVERS: list[Case] = [
    (
        "SUVA",
        "Japan pledged $5 million in aid to Fiji on Monday. South Korea sent a military plane "
        "carrying tents and medicine. Fiji's prime minister singled out Japan and South Korea "
        "for their speed. Germany said it would give 2 million euros.",
        "JPN>FJI:03|07 KOR>FJI:07 DEU>FJI:03|07",
    ),
    (
        "APIA",
        "Australia pledged 10 million dollars in aid to Samoa after a cyclone. France sent a "
        "military aircraft from New Caledonia with supplies.",
        "AUS>WSM:03|07 FRA>WSM:07",
    ),
    # near-miss: a state named as an object that gave nothing may be the gift's receiver
    (
        "PORT MORESBY",
        "Australia pledged 8 million dollars to Papua New Guinea after a landslide on Friday. "
        "The prime minister singled out Australia and Indonesia for their speed. New Zealand "
        "pledged 3 million dollars.",
        "AUS>PNG:03|07",
    ),
]

ELECTION_WINNERS: list[Case] = [
    (
        "LIMA",
        "Peru held a presidential runoff on Sunday. Chile and Colombia congratulated the winner.",
        "CHL>PER:05 COL>PER:05",
    ),
    (
        "ACCRA",
        "Ghana's opposition leader won the presidential election on Sunday. Nigeria and Togo "
        "sent congratulations to the winner.",
        "NGA>GHA:05 TGO>GHA:05",
    ),
    (
        "BISHKEK",
        "Observers said Kyrgyzstan's election was unfair, while Russia and China congratulated "
        "the incumbent on his victory.",
        "RUS>KGZ:05 CHN>KGZ:05",
    ),
    # the findings rejected after the greetings are no answer to them (reaction_matches
    # finding: a charge or a report only)
    (
        "CUSCO",
        "Peru held a presidential runoff on Sunday. Chile and Colombia congratulated the "
        "winner. Peru's government rejected the findings as biased.",
        "CHL>PER:05 COL>PER:05",
    ),
    # near-misses: a winner of no vote, or of votes in two states
    ("LIMA", "The football tournament ended on Sunday. Chile congratulated the winner.", ""),
    (
        "LA PAZ",
        "Voters in Peru and Bolivia went to the polls on Sunday. Chile congratulated the winner.",
        "",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = GREETINGS + PRECEDENTS + RELIEF_CARRIERS + OWN_ANSWERS + FELLOW_GIVERS + ELECTION_WINNERS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses32_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses32_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
