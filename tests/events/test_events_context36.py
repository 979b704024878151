"""Context 36 (session 22, builder S21): roots and targets that set 21's first run got wrong.

Coded: a state's people (not its envoys or troops) ordered to leave the country are expelled
individuals (v.order_people_leave, 174), not a demand to withdraw (v.tell_to, 1056); a
warning that a state's firms are open to a penalty ("were subject to U.S. sanctions") is a
threat (exposure_words, penalty_nouns: modality._penalty_clause), not the accusation a
factual that-clause tells; "a strike on Saudi oil plants that the United States blamed on
Iran" blames Iran only, the relative verb's own phrase outranking the phrase of the object
it hangs on (clauses._slot_tokens prep); an appeal for calm that names no one passes over a
conflict told as background ("Since the junta seized power in 2020, it has expelled French
forces": reactions._since_clause, _conflict_sides). A hostile step its actor does not rule
out threatens whom it would hit (v.not_rule_out, 130); warnings or criticism brushed aside
are rejected, of whoever voiced them (v.shrug_off's from-phrase); an act a news day owns
("China welcomed Wednesday's agreement") is a known act, as "the agreement" is
(context._definite_noun). Tried and taken back: a visit called constructive, productive or
fruitful as praise (v.call_praise), which tests/events/test_events_gaps13.py and coord11 keep
uncoded ("Italy called Spain's plan constructive"). A verb joined to its host, each with a
modal of its own ("would push for sanctions and would not rule out ..."), is no complement of
the host (parties._own_conjunct); a verb the parser joined to the host after "a move X
called ..." is X's (clauses._summing_subject); a charge in the perfect passive with no
accuser ("Iran has been accused of ...") is no act of the counterpart
(modality._standing_charge). Every sentence was written for this file.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

EXPELLED_PEOPLE: list[Case] = [
    (
        "RIGA",
        "Latvia on Tuesday ordered 600 Russian citizens to leave the country within three months.",
        "LVA>RUS:17",
    ),
    (
        "ISLAMABAD",
        "Pakistan ordered hundreds of thousands of Afghan refugees to leave by the end of the "
        "month.",
        "PAK>AFG:17",
    ),
    (
        "ANKARA",
        "Turkey told Syrian migrants living in Istanbul to leave the city within 30 days.",
        "TUR>SYR:17",
    ),
    (
        "NEW DELHI",
        "India on Friday ordered Pakistani nationals to leave the country within 48 hours.",
        "IND>PAK:17",
    ),
    # kept: envoys told to go are an expulsion of diplomats (166)
    (
        "MOSCOW",
        "Russia ordered two British diplomats to leave the country by Friday.",
        "RUS>GBR:16",
    ),
]

PENALTY_WARNINGS: list[Case] = [
    (
        "WASHINGTON",
        "The State Department warned that Russian state companies were subject to U.S. sanctions.",
        "USA>RUS:13",
    ),
    (
        "BRUSSELS",
        "The European Union warned on Monday that Iranian airlines were liable to penalties "
        "under the new rules.",
        "EU>IRN:13",
    ),
    # kept: a wrong told as a fact is an accusation, whatever it names
    (
        "WASHINGTON",
        "The United States warned that Iran was evading sanctions by shipping oil through "
        "Malaysia.",
        "USA>IRN:11",
    ),
    (
        "KYIV",
        "Ukraine warned on Sunday that Belarusian troops were massing near the border.",
        "UKR>BLR:11",
    ),
]

BLAMED_ON: list[Case] = [
    (
        "RIYADH",
        "Flights stopped after a 2019 drone strike on Saudi oil plants that the United States "
        "blamed on Iran.",
        "USA>IRN:11",
    ),
    (
        "ABU DHABI",
        "Ties froze after a drone attack on an Emirati refinery that Qatar blamed on Iran.",
        "QAT>IRN:11",
    ),
    (
        "KYIV",
        "Ukraine blamed the missile attack on Russia.",
        "UKR>RUS:11",
    ),
]

BACKGROUND_CONFLICTS: list[Case] = [
    # the news before the background is the conflict the appeal answers
    (
        "NIAMEY",
        "Niger recalled its ambassador from Benin on Monday after a border dispute. Since the "
        "generals took power in 2023, Niger has expelled French troops. The African Union "
        "called for restraint.",
        "NER>BEN:16 NER>FRA:16 AU>NER:02 AU>BEN:02",
    ),
    # kept: the news itself is the conflict the appeal answers
    (
        "NIAMEY",
        "Niger expelled French troops on Monday. The African Union called for restraint.",
        "NER>FRA:16 AU>NER:02 AU>FRA:02",
    ),
]

KEPT_OPEN: list[Case] = [
    (
        "STOCKHOLM",
        "The foreign minister said Sweden would not rule out expelling Iranian diplomats.",
        "SWE>IRN:13",
    ),
    (
        "WARSAW",
        "Poland did not rule out closing its border with Belarus.",
        "POL>BLR:13",
    ),
    (
        "SEOUL",
        "Seoul has not ruled out new sanctions on Pyongyang.",
        "KOR>PRK:13",
    ),
    # kept: a step ruled out is a refusal
    (
        "KYIV",
        "Ukraine ruled out territorial concessions to Moscow.",
        "UKR>RUS:12",
    ),
]

DISMISSED_FROM: list[Case] = [
    (
        "LA PAZ",
        "Bolivia signed a lithium deal with Russia on Tuesday, brushing aside warnings from "
        "Washington.",
        "BOL>RUS:05 BOL>USA:12",
    ),
    (
        "BUDAPEST",
        "Hungary shrugged off criticism from the European Union and signed the pipeline deal "
        "with Russia.",
        "HUN>EU:12 HUN>RUS:05",
    ),
]

DAY_NAMED_ACTS: list[Case] = [
    (
        "RIYADH",
        "Saudi Arabia and Iran agreed on Wednesday to resume direct flights. China welcomed "
        "Wednesday's agreement.",
        "SAU>IRN:05 IRN>SAU:05 CHN>SAU:05 CHN>IRN:05",
    ),
    (
        "YEREVAN",
        "Turkey and Armenia signed a border accord on Monday. Russia praised Monday's accord.",
        "TUR>ARM:05 ARM>TUR:05 RUS>TUR:05 RUS>ARM:05",
    ),
    # kept: a day's possessive on what was not told answers nothing
    (
        "PARIS",
        "France and Germany held talks on Tuesday. Poland criticized Tuesday's election.",
        "FRA>DEU:04 DEU>FRA:04",
    ),
]

OWN_CLAUSES: list[Case] = [
    # a verb joined to a host, each with a modal of its own, is no complement of the host
    (
        "STOCKHOLM",
        "Sweden would push for sanctions and would not rule out expelling Iranian diplomats.",
        "SWE>IRN:13",
    ),
    # kept: a bare joined infinitive shares its host's appeal
    (
        "BERLIN",
        "Germany urged Russia to withdraw and impose a ceasefire.",
        "DEU>RUS:02",
    ),
    # the subject of a clause on "a move" summing the act up does the verb joined after it
    (
        "RIGA",
        "Latvia expelled 40 Russian citizens on Tuesday, a move Moscow called "
        '"discrimination" and vowed to answer.',
        "LVA>RUS:17 RUS>LVA:11 RUS>LVA:13",
    ),
    (
        "ANKARA",
        "Turkey seized a Greek fishing boat on Sunday, a move Athens condemned and vowed to "
        "answer.",
        "TUR>GRC:17 GRC>TUR:11 GRC>TUR:13",
    ),
    # kept: a clause whose subject is its relative pronoun leaves the host's subject
    (
        "TOKYO",
        "Japan summoned China's ambassador on Monday, a move that angered Beijing, and "
        "demanded an explanation.",
        "JPN>CHN:11 JPN>CHN:10",
    ),
]

STANDING_CHARGES: list[Case] = [
    # a charge in the perfect passive with no accuser is no act of the counterpart
    (
        "STOCKHOLM",
        "Sweden summoned Iran's ambassador on Wednesday. Iran has been accused of hiring "
        "criminal networks in several European countries.",
        "SWE>IRN:11",
    ),
    # kept: an accusation told as made is the counterpart's
    (
        "STOCKHOLM",
        "Sweden summoned Iran's ambassador on Thursday. Iran was accused of hiring criminal gangs.",
        "SWE>IRN:11 SWE>IRN:11",
    ),
]

NONE: list[NearMiss] = [
    # one's own people ordered out of another state, or workers out of a plant
    ("PARIS", "France ordered its citizens to leave Lebanon immediately."),
    ("TOKYO", "Japan ordered 20 of its nationals working in Sudan to leave."),
    ("WASHINGTON", "The State Department told American citizens to leave Venezuela at once."),
    # a place's people told to leave their homes: an evacuation
    ("BEIRUT", "Israel ordered residents of southern Lebanon to leave their homes."),
    # a friendly step kept open threatens no one
    ("BERLIN", "Germany has not ruled out talks with Russia."),
]
GAPS: list[Gap] = []
CASES = (
    EXPELLED_PEOPLE
    + PENALTY_WARNINGS
    + BLAMED_ON
    + BACKGROUND_CONFLICTS
    + KEPT_OPEN
    + DISMISSED_FROM
    + DAY_NAMED_ACTS
    + OWN_CLAUSES
    + STANDING_CHARGES
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context36_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context36_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
