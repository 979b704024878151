"""Review 169 (session 50, lead): readings of invented wire copy.

A definite deal noun refers back to its own word first, unless another word of its family tells
a deal in a later sentence, not dated back: that nearer deal is the one meant ("... signed an
agreement on gas. Bolivia and Paraguay signed an accord on Friday. Chile welcomed the
agreement": the accord's parties; coordination._nearer_news). A state named in a from-phrase
owns a role noun of a pattern's roles ("the first 200 police officers from Rwanda arrived in
Maputo": Rwanda's police, sides._from_role). A state's medical or rescue team arriving abroad
is humanitarian aid ("A team of 40 Cuban doctors landed in Luanda", "Rescue teams from Spain
and Portugal arrived in Morocco": v.rescuers_arrive, with the people of a crew noun's
of-phrase and the states of a from-phrase read as the subject's, extract._modified_subject;
rescuers and firefighters are a state's HLH role as doctors are); not doctors come for a
congress nor nurses come to work. A beneficiary the parser hangs on the fund a sum is drawn
from is the verb's ("released $3 million from its emergency fund for Chile",
clauses._slot_tokens prep). People an act reaches in a place stand for its state as a target
("sent tents to flood victims in Laos": rules placed_people_nouns, parties._actors_of).
A state expecting another to protect people, pull out or punish demands it ("expects South
Africa to protect foreigners": v.expect_compliance object_words); a forecast is none.
Another state's craft forced to land or turn back is coerced ("forced a Bolivian-registered
aircraft to land": v.force_landing); a storm forces nothing. Planes, patrols and cutters act
for the state that modifies them (rules agent_nouns: "Paraguayan air force planes", "a
Cameroonian patrol of 30 soldiers crossed the river into ...", where a border river crossed
by forces is v.cross_border's). A monarch no state names reigns in the one state his sentence places
him ("In Amman, King Abdullah met ...": actors resolve._local_state, was the dateline's state),
and so does a bare monarch's title ("The sultan received ... in Muscat" in a Doha story:
resolve.place_bare_titles, _placed_states).
A ", which drew criticism from X" the parser hangs on a date sums up its clause ("opened a base
in Oman on Monday, which drew ...": nominals._clause_which_host, the clause's author).
States named together as a reaction's subject answer something together, not each other
("Indonesia and Malaysia held talks. Both countries called the law discriminatory" gave each
111 on the other: reactions._fellow_subject). An enacted rule is its named maker's when named
again ("The Ugandan decree bars imports of Kenyan milk. Tanzania criticized the decree":
coordination._antecedent_author); the rule as the subject of the ban itself stays a gap (an
agent_nouns entry for law and decree cost a blind set one extra). A step taken
"similar" echoes the story's last deed, not the words said of it ("The EU imposed sanctions on
Belarus. Russia condemned the move. The United States announced similar measures" gave USA>EU
111: extract._echoed_acts, _last_deeds). Help committed to ("Germany agreed to train
Ukrainian pilots", "vowed to train") is pledged help (03), as "will train" is; a plan to train
stays uncoded (extract._pledged_help, joint_pledge_verbs). A trip "abroad", or one whose
participle names the place visited, is no visit to the dateline's state ("made a rare trip
abroad, visiting Moscow" also gave MMR>VNM 042 in a Hanoi story: sides._for_visit). A quarrel
a state says it will take before a court or council is a threat to the other party, named or
the quarrel's party told before (130: v.refer_dispute future_code, reaction); a quarrel taken
there is no state taken to court ("Japan took the dispute with South Korea to the WTO" gave
the dispute's antecedent, an earlier state: v.refer_dispute now tried before v.take_to_court).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# coordination._nearer_news: the deal told just before, in the day's news
NEARER: list[Case] = [
    (
        "LIMA",
        "Ecuador and Peru signed an agreement on fisheries on Monday. Chile sent observers. "
        "Colombia and Brazil signed an accord on river patrols on Tuesday. Venezuela welcomed "
        "the agreement.",
        "ECU>PER:05 PER>ECU:05 COL>BRA:05 BRA>COL:05 VEN>COL:05 VEN>BRA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on power lines. Benin and Niger signed a pact on "
        "trucking on Wednesday. Nigeria praised the agreement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>NER:05 NER>BEN:05 NGA>BEN:05 NGA>NER:05",
    ),
    # kept: the same deal retold names fewer parties than its first telling
    (
        "QUITO",
        "Ecuador and Japan signed an agreement on Monday to build a port. The deal was signed "
        "in Quito by Ecuador's foreign minister. Colombia criticized the agreement.",
        "ECU>JPN:05 JPN>ECU:05 COL>ECU:11 COL>JPN:11",
    ),
    # kept: the nearer deal dated back is background, the own word is meant
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on power lines. Benin and Niger signed a pact on "
        "trucking in 2021. Nigeria praised the agreement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>NER:05 NER>BEN:05 NGA>GHA:05 NGA>TGO:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on power lines. Benin and Niger signed a pact on "
        "trucking last month. Nigeria praised the agreement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>NER:05 NER>BEN:05 NGA>GHA:05 NGA>TGO:05",
    ),
]

# sides._from_role: a from-phrase's state owns the police
FROM_ROLE: list[Case] = [
    (
        "PORT-AU-PRINCE",
        "The first 150 police officers from Kenya arrived in Haiti on Monday.",
        "KEN>HTI:07",
    ),
]
FROM_ROLE_NOT: list[NearMiss] = [
    ("PORT-AU-PRINCE", "The first 150 tourists from Kenya arrived in Haiti on Monday."),
]

# v.rescuers_arrive: medical and rescue teams abroad are aid
RESCUERS: list[Case] = [
    ("TRIPOLI", "A team of 30 Turkish doctors landed in Tripoli on Sunday.", "TUR>LBY:07"),
    (
        "RABAT",
        "Rescue teams from Spain and Portugal arrived in Morocco on Saturday.",
        "ESP>MAR:07 PRT>MAR:07",
    ),
    ("NICOSIA", "Greek firefighters landed in Cyprus to help fight wildfires.", "GRC>CYP:07"),
    ("AMMAN", "A medical team from Egypt arrived in Jordan on Monday.", "EGY>JOR:07"),
]
RESCUERS_NOT: list[NearMiss] = [
    ("LONDON", "Indian nurses arrived in Britain to fill jobs in hospitals."),
    ("LUANDA", "Brazilian doctors arrived in Luanda for a medical congress."),
]

# clauses prep slot: the beneficiary hung on the fund drawn on
FUND_FOR: list[Case] = [
    (
        "GENEVA",
        "The World Bank released $50 million from its crisis fund for Haiti.",
        "WB>HTI:07",
    ),
]

# rules placed_people_nouns: people reached in a place stand for its state
PLACED: list[Case] = [
    ("VIENTIANE", "Japan sent tents and blankets to flood victims in Laos.", "JPN>LAO:07"),
    (
        "BRUSSELS",
        "The European Union announced 5 million euros in aid for earthquake survivors in "
        "Turkey and Syria.",
        "EU>TUR:07 EU>SYR:07",
    ),
]

# v.expect_compliance: expected to protect, withdraw, punish
EXPECT: list[Case] = [
    (
        "ACCRA",
        "Ghana expects Ivory Coast to protect Ghanaian traders from attacks, the minister said.",
        "GHA>CIV:10",
    ),
    (
        "NAIROBI",
        "Kenya's foreign ministry said it expected Tanzania to withdraw its patrol boats from "
        "the lake.",
        "KEN>TZA:10",
    ),
]
EXPECT_NOT: list[NearMiss] = [
    ("BRASILIA", "Analysts expect Argentina to protect its currency with higher rates."),
    ("TOKYO", "Japan expects its exports to Korea to rise this year."),
]

# v.force_landing; agent_nouns plane, patrol
FORCED: list[Case] = [
    (
        "ASUNCION",
        "Brazilian air force planes forced a small Paraguayan-registered aircraft to land on "
        "Tuesday.",
        "BRA>PRY:17",
    ),
    (
        "OSLO",
        "Danish jets forced a Russian surveillance plane to turn back over the Baltic.",
        "DNK>RUS:17",
    ),
    (
        "LIBREVILLE",
        "A Gabonese patrol of about 20 soldiers crossed the river into Cameroon on Monday.",
        "GAB>CMR:15",
    ),
]
FORCED_NOT: list[NearMiss] = [
    ("ATHENS", "The storm forced a Greek ferry to return to port."),
    ("MEXICO CITY", "Hundreds of migrants crossed the river into Mexico on Monday."),
]

# actors resolve._local_state: a monarch met at home
MONARCH: list[Case] = [
    ("DOHA", "In Rabat, King Hassan met Senegal's prime minister on Monday.", "MAR>SEN:04"),
    (
        "DOHA",
        "Kuwait's minister arrived in Qatar on Sunday. The sultan received the Indian foreign "
        "minister in Muscat on Monday.",
        "KWT>QAT:04 OMN>IND:04",
    ),
]

# nominals._clause_which_host
WHICH_DREW: list[Case] = [
    (
        "TEHRAN",
        "France opened a naval base in Djibouti on Monday, which drew swift criticism from "
        "Algeria.",
        "DZA>FRA:11",
    ),
]

# reactions._fellow_subject: no reaction to one's fellow subject
FELLOWS: list[Case] = [
    (
        "HANOI",
        "Vietnam and Laos held talks on Monday. Both countries called the law discriminatory.",
        "VNM>LAO:04 LAO>VNM:04",
    ),
    (
        "HANOI",
        "Vietnam and Laos held talks on Monday. Vietnam and Laos called the new tariffs unfair.",
        "VNM>LAO:04 LAO>VNM:04",
    ),
    # kept: a reaction of one of them still answers the act aimed at it
    (
        "HANOI",
        "Laos accused Vietnam of blocking trucks on Monday. Vietnam called the charge baseless.",
        "LAO>VNM:11 VNM>LAO:11",
    ),
]

# coordination._antecedent_author: an enacted rule's maker
ENACTED: list[Case] = [
    (
        "JAKARTA",
        "The EU law bars imports of coffee from Vietnam. Indonesia called the law unfair.",
        "IDN>EU:11",
    ),
]
ENACTED_GAPS: list[Gap] = [
    (
        "DAR ES SALAAM",
        "The Zambian decree bars imports of Malawian sugar. Tanzania criticized the decree.",
        "ZMB>MWI:16 TZA>ZMB:11",
        "the ban uncoded, the criticism looks for a deed and finds none",
    ),
    (
        "KAMPALA",
        "The Tanzanian decree bars imports of Kenyan milk.",
        "TZA>KEN:16",
        "an enacted rule as the subject of the ban acts for no one (rules agent_nouns for law "
        "and decree cost a blind set one extra)",
    ),
]
ENACTED_NOT: list[NearMiss] = [
    ("KAMPALA", "Ugandan law forbids dual citizenship for senior officials."),
]

# extract._last_deeds: a similar step echoes a deed
ECHO_DEED: list[Case] = [
    (
        "BRUSSELS",
        "The European Union imposed sanctions on 12 Iranian officials on Monday. Russia "
        "condemned the move. Canada and Australia announced similar measures on Tuesday.",
        "EU>IRN:16 RUS>EU:11 CAN>IRN:16 AUS>IRN:16",
    ),
]

# extract._pledged_help: committed help
COMMITTED: list[Case] = [
    ("BERLIN", "Austria agreed to train Moldovan border guards.", "AUT>MDA:03"),
    ("WARSAW", "Poland vowed to train Ukrainian pilots.", "POL>UKR:03"),
]
COMMITTED_NOT: list[NearMiss] = [
    ("BERLIN", "Austria plans to train Moldovan border guards."),
    ("BERLIN", "Austria did not agree to train Moldovan border guards."),
]

# sides._for_visit: abroad is no host's land
ABROAD: list[Case] = [
    (
        "HANOI",
        "Laos's president made a rare trip abroad, visiting Minsk for talks with Belarusian "
        "officials.",
        "LAO>BLR:04",
    ),
]
ABROAD_NOT: list[NearMiss] = [
    ("HANOI", "Myanmar's junta chief made a rare trip abroad on Monday."),
]

# v.refer_dispute: a quarrel taken to a court or council
DISPUTE: list[Case] = [
    (
        "BUENOS AIRES",
        "Uruguay dredged the channel last month. Argentina said it would take the dispute to "
        "the International Court of Justice.",
        "ARG>URY:13",
    ),
    (
        "LA PAZ",
        "Peru built a dam on the river. Bolivia said it would take the matter to the U.N. "
        "Security Council.",
        "BOL>PER:13",
    ),
]
DISPUTE += [
    (
        "LIMA",
        "Peru said it would take the dispute with Chile to the International Court of Justice.",
        "PER>CHL:13",
    ),
    (
        "TOKYO",
        "Peru and Chile met on Monday. Japan took the dispute with South Korea to the WTO.",
        "PER>CHL:04 CHL>PER:04 JPN>KOR:11",
    ),
    # kept: a state taken to court, beside a dispute named in an apposition
    (
        "ANKARA",
        "Turkey said it would take Morocco to the World Trade Organization unless Rabat "
        "withdrew the duties, the sharpest trade dispute between the two countries in years.",
        "TUR>MAR:13",
    ),
]
DISPUTE_NOT: list[NearMiss] = [
    ("LONDON", "The coach said he would take the matter to the league's disciplinary panel."),
]

CASES: list[Case] = (
    DISPUTE
    + ABROAD
    + COMMITTED
    + ECHO_DEED
    + ENACTED
    + FELLOWS
    + NEARER
    + FROM_ROLE
    + RESCUERS
    + FUND_FOR
    + PLACED
    + EXPECT
    + FORCED
    + MONARCH
    + WHICH_DREW
)
NONE: list[NearMiss] = DISPUTE_NOT + ABROAD_NOT + COMMITTED_NOT + ENACTED_NOT + FROM_ROLE_NOT + RESCUERS_NOT + EXPECT_NOT + FORCED_NOT
GAPS: list[Gap] = ENACTED_GAPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review169_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review169_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
