"""Roots 18 (session 18, builder RT): the root a pattern gives must be the one the guidelines
name for the act. Money voted or paid to a state is money given (07: "approved 40 million
euros to support Rwandan troops", "will pay Mauritius 100 million pounds", "paid Syrian
public sector salaries"), not an endorsement of the helped; a guest given a welcome is hosted
(043: "gave Myanmar's military ruler a red-carpet welcome", the object misread as an
apposition of the receiver), an act welcomed is not. A deed that names no one is aimed at
whom its trailing charge accuses; an act in a subordinate clause of its own subject is another
occasion, not a second act of the pair. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MONEY: list[Case] = [
    (
        "BRUSSELS",
        "The European Union approved 40 million euros on Wednesday to support Moroccan troops "
        "deployed in the Sahel.",
        "EU>MAR:07",
    ),
    (
        "WASHINGTON",
        "Congress authorized $8 billion on Thursday to help Israel replenish its air defenses.",
        "USA>ISR:07",
    ),
    (
        "TOKYO",
        "Japan's cabinet approved 300 million dollars to assist the Philippine coast guard.",
        "JPN>PHL:07",
    ),
    (
        "RIYADH",
        "Saudi Arabia and Kuwait paid Lebanese army salaries for six months last year.",
        "SAU>LBN:07 KWT>LBN:07",
    ),
    # promised: the intent (03) of a gift, as v.give_money's future
    (
        "LONDON",
        "Britain will pay Mauritius about 100 million pounds a year under the lease.",
        "GBR>MUS:03|07",
    ),
    ("BERLIN", "Germany paid Namibia 1.1 billion euros last year.", "DEU>NAM:07"),
    (
        "DAKAR",
        "The European Union said it had paid 60 million euros to Senegal under the fisheries deal.",
        "EU>SEN:07",
    ),
    # unchanged: a visit paid is a visit
    ("BEIJING", "Kenya's president paid a visit to China last week.", "KEN>CHN:04"),
]

WELCOME: list[Case] = [
    (
        "ULAANBAATAR",
        "Mongolia gave Myanmar's military ruler a red-carpet welcome on Wednesday.",
        "MNG>MMR:04",
    ),
    (
        "NEW DELHI",
        "India accorded the Russian president a lavish reception on Thursday.",
        "IND>RUS:04",
    ),
    ("ANKARA", "Turkey gave a Syrian delegation a warm welcome on Monday.", "TUR>SYR:04"),
]

CHARGED: list[Case] = [
    # a deed that names no one is aimed at whom its trailing charge accuses
    (
        "ASUNCION",
        "Talks stalled in 2024 after Paraguay suspended negotiations, accusing Brazil of "
        "trying to keep prices artificially low.",
        "PRY>BRA:16 PRY>BRA:11",
    ),
    (
        "NAIROBI",
        "Peace talks collapsed on Tuesday when the Sudanese delegation walked out of the "
        "conference, accusing Abu Dhabi of arming the rebels.",
        "SDN>ARE:16 SDN>ARE:11",
    ),
    (
        "BAMAKO",
        "Mali suspended military cooperation on Monday, blaming France for the failure of the "
        "campaign.",
        "MLI>FRA:16 MLI>FRA:11",
    ),
    (
        "BEIJING",
        "China halted the dialogue on Thursday, accusing Japan of provocations.",
        "CHN>JPN:16 CHN>JPN:11",
    ),
    (
        "MOSCOW",
        "Russia expelled two diplomats on Monday, accusing Estonia of espionage.",
        "RUS>EST:16 RUS>EST:11",
    ),
    # the deed names its own partner: the charge is the only act on the accused
    (
        "N'DJAMENA",
        "Chad ended a 2019 peace deal with rebel factions on Monday, accusing Sudan of arming "
        "them.",
        "TCD>SDN:11",
    ),
]

# citing is no charge, but a land border closed naming no one is closed to the neighbour
# the story names (reactions._bordering_state, test_events_context173; the gold codes such
# closures 16, session 64)
CITED: list[Case] = [
    (
        "ADDIS ABABA",
        "Ethiopia closed the border crossing on Friday, citing Eritrea's troop moves.",
        "ETH>ERI:16",
    ),
]

# an act told in a clause of its own subject under another act of the pair, set by a
# subordinator, is another occasion (extract._subordinate_occasion), not a second act dropped
SUBORDINATE: list[Case] = [
    (
        "NEW DELHI",
        "Indian and Pakistani troops exchanged fire along the Line of Control on Sunday, days "
        "after India's defense minister warned Islamabad to stop infiltration.",
        "IND>PAK:19 PAK>IND:19 IND>PAK:13",
    ),
    # kept: the drone's owner as source (v.intercept reads it backwards) is no act of the clause
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Wednesday after the Algerian army shot "
        "down a Malian military drone near the border.",
        "MLI>DZA:16",
    ),
    # kept: a condition tells no act done
    (
        "BERLIN",
        "Germany will expel Russian diplomats if Moscow attacks its pipelines again.",
        "DEU>RUS:16",
    ),
]

# a gerund the parser joins to an infinitive under the previous gerund's object is joined to
# that gerund (parties._conj_host): its eliciting verb answers the sentence's subject
ELICITED: list[Case] = [
    (
        "BUDAPEST",
        "Hungary kept its veto on Tuesday, ignoring an appeal from Brussels to drop it and "
        "drawing sharp criticism from Kyiv.",
        "UKR>HUN:11 EU>HUN:02",
    ),
    (
        "WARSAW",
        "Slovakia on Monday extended its ban on imports of Ukrainian wheat, maize and barley "
        "until June, rejecting a request from the European Commission to lift it and drawing a "
        "sharp protest from Kyiv.",
        "SVK>UKR:16 SVK>EU:12 UKR>SVK:11 EU>SVK:02",
    ),
]

# a group taken off a ban list, not only a terror list, has a sanction eased (081)
DELISTED: list[Case] = [
    (
        "TASHKENT",
        "Uzbekistan struck the Taliban off its list of proscribed groups last year.",
        "UZB>AFG:08",
    ),
    (
        "ASTANA",
        "Kyrgyzstan removed the Taliban from its list of banned organizations in 2024 and has "
        "since shipped wheat and fuel to Afghanistan by rail.",
        "KGZ>AFG:08 KGZ>AFG:07",
    ),
]

# an apology accepted is forgiven (056, CAMEO's FORGIVE); its author is the target
FORGIVEN: list[Case] = [
    ("WINDHOEK", "Namibia accepted Germany's apology on Friday.", "NAM>DEU:05"),
    ("SEOUL", "South Korea accepted an apology from Tokyo over the remarks.", "KOR>JPN:05"),
    (
        "WINDHOEK",
        "Germany's apology was accepted by Namibian President Ndapewa Shikongo.",
        "NAM>DEU:05",
    ),
    # a refusal stays the refusal
    ("SEOUL", "South Korea refused to accept Japan's apology.", "KOR>JPN:12"),
]

# a visit with no place goes to the dateline's state, also when the gazetteer spells its city
# otherwise: the state after the comma
VISIT: list[Case] = [
    (
        "ASUNCION, Paraguay (AP)",
        "Brazilian President Marcelo Tavares arrived on Wednesday for a two-day state visit.",
        "BRA>PRY:04",
    ),
]

NONE: list[NearMiss] = [
    ("MOSCOW", "Russia paid $2 billion to Kazakhstan for the wheat."),
    ("NEW DELHI", "India paid Russia $5 billion for oil last year."),
    # no charge: nobody named for the deed
    ("ADDIS ABABA", "Ethiopia suspended the talks on Friday, citing Eritrea's troop moves."),
    (
        "CARACAS",
        "Venezuela withdrew from the talks after the opposition accused Colombia of lying.",
    ),
    # the visitor at home
    (
        "ASUNCION, Paraguay (AP)",
        "Paraguayan President Rodrigo Benitez arrived on Wednesday for a two-day state visit.",
    ),
    ("WASHINGTON", "Congress approved $8 billion for the Pentagon on Thursday."),
    ("BRUSSELS", "EU ministers approved the plan to support Ukraine's army."),
    (
        "BAGHDAD",
        "Iran said it would restore gas supplies once Iraq paid $1.5 billion of the arrears.",
    ),
    ("ISLAMABAD", "Pakistan paid a heavy price for its support of the United States."),
    ("CONAKRY", "Guinea said the mining firm had failed to pay $310 million in royalties."),
    # an act welcomed hosts no one
    ("HANOI", "Vietnam gave a warm welcome to Japan's proposal for a joint patrol."),
    ("SEOUL", "South Korea gave Japan's offer a cool reception."),
    ("PARIS", "The French president gave a reception for diplomats at the Elysee on Monday."),
    ("ANKARA", "Turkey removed the item from the agenda of the talks."),
]
GAPS: list[Gap] = []

CASES = MONEY + WELCOME + CHARGED + CITED + VISIT + SUBORDINATE + ELICITED + DELISTED + FORGIVEN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots18_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
