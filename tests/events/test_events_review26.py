"""Precision review of session 16's new event rules (builder X3): near-misses of each rule.

ANSWERED: "the move" or "the decision" after a measure or threat that answers an uncoded
lead act takes that act's author (_answered_doer), but not when the lead's act is domestic
business ("Iran's parliament approved a budget": domestic_nouns), and never an actor that
is no state ("Jihadist fighters seized the town").
LEAD_RIVAL: a reaction's named noun that finds a deed after the lead takes the lead's deed of
the same root by another author (_lead_rival), unless the found deed was aimed at the
reactor ("Serbia condemned the expulsion") or the noun names the found deed's party ("the
expulsion of the Serbian envoy": _noun_parties).
COUPS: "the coup" answers the one state the telling clause names (_coup_state), not a state
that only reports it ("Soldiers seized power, Nigerian officials said": _coup_reporter).
WARNINGS: "and warned that it would take countermeasures" after an act on several states aims
at them all; "warned that tensions could rise" is a forecast, no act held over anyone
(_warner_clause).
GIFTS: a gift with no receiver goes to the state the giver's apposition names (_apposed_partner),
not when the act names a receiver or place of its own ("to its own provinces", "for flood
relief in Pakistan", "for African infrastructure", "the debts of the poorest countries").
REFUSALS: a refusal told as done is a decision "the decision" answers; a withheld remark, a
hypothetical, or a refusal in a relative clause is none; a decision named with a body's own
name ("the decision by FIFA", "FIFA's decision") is that body's (_authored_by_other).
OPENINGS: two states that reopen a border crossing open it to each other (v.reopen_border,
reciprocal); two that reopen their airspace open it to all (v.reopen_airspace).
DEEDS: "the decision" answers no deed told in a relative clause as a standing fact ("Russia,
which has deployed instructors to Mali since 2021, declined to comment": _standing_aside).
THAT_CLAUSES: a reported clause joined by "and that" is reported as the first one is, and a
second that-clause of a denial is denied as the first one is (_blocked).
STAFF: staff sent to a state cooperate with it (v.send_staff), not a team sent to talks in a
city that hosts them (unless_words).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANSWERED: list[Case] = [
    (
        "PARIS",
        "Iran began enriching uranium to 90 percent on Monday. Israel threatened to strike "
        "Iran. France condemned the move.",
        "ISR>IRN:13 FRA>IRN:11",
    ),
    (
        "YEREVAN",
        "Azerbaijan closed the Lachin corridor on Monday. Armenia recalled its envoy from Baku. "
        "The EU criticized the decision.",
        "ARM>AZE:16 EU>AZE:11",
    ),
    # near-misses: a domestic lead act; a lead act by fighters of no state
    (
        "TEHRAN",
        "Iran's parliament approved a new budget on Monday. Israel threatened to strike Iranian "
        "nuclear sites on Tuesday. France condemned the move.",
        "ISR>IRN:13 FRA>ISR:11",
    ),
    (
        "BAMAKO",
        "Jihadist fighters seized the town of Menaka on Monday. Mali expelled the French "
        "ambassador on Tuesday. The African Union criticized the decision.",
        "MLI>FRA:16 AU>MLI:11",
    ),
]

LEAD_RIVAL: list[Case] = [
    # "Estonia said it would respond": a threat to whoever acted on it (force17, v.vow_response)
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats on Monday. Estonia said it would respond. "
        "Officials met in Tallinn on Tuesday. Analysts said tensions were high. Separately, "
        "Moldova also expelled a Russian diplomat. The EU condemned the expulsions.",
        "RUS>EST:16 EST>RUS:13 MDA>RUS:16 EU>RUS:11",
    ),
    # near-misses: the reactor is the found deed's target; the noun names the found deed's party
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats on Monday. Estonia said it would respond. "
        "Officials met in Tallinn on Tuesday. Analysts said tensions were high. Separately, "
        "Hungary expelled a Serbian diplomat on Tuesday. Serbia condemned the expulsion.",
        "RUS>EST:16 EST>RUS:13 HUN>SRB:16 SRB>HUN:11",
    ),
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats on Monday. Estonia said it would respond. "
        "Officials met in Tallinn on Tuesday. Analysts said tensions were high. Separately, "
        "Hungary expelled a Serbian diplomat on Tuesday. Croatia condemned the expulsion of "
        "the Serbian envoy.",
        "RUS>EST:16 EST>RUS:13 HUN>SRB:16 HRV>HUN:11",
    ),
]

COUPS: list[Case] = [
    (
        "NIAMEY",
        "Soldiers seized power in Niger on Monday. France condemned the coup.",
        "FRA>NER:11",
    ),
    (
        "NIAMEY",
        "Soldiers in Niger ousted President Bazoum on Monday. Nigeria condemned the coup.",
        "NGA>NER:11",
    ),
]

COUPS += [
    (
        "LIBREVILLE",
        "Gabon's army said on Monday it had seized power. France condemned the coup.",
        "FRA>GAB:11",
    ),
]

COUPS_NOT: list[NearMiss] = [
    # the state named only reports the coup
    (
        "LIBREVILLE",
        "Nigerian officials said soldiers had seized power in a neighbouring state on Monday. "
        "France condemned the coup.",
    ),
    (
        "LIBREVILLE",
        "Soldiers seized power on Monday, according to Nigerian officials. France condemned the "
        "coup.",
    ),
    (
        "LIBREVILLE",
        "Soldiers seized power on Monday, Nigerian officials said. France condemned the coup.",
    ),
    (
        "BUDAPEST",
        "Hungary's ruling party took over the capital's council after elections on Monday. The "
        "EU criticized the takeover.",
    ),
]

WARNINGS: list[Case] = [
    (
        "PYONGYANG",
        "North Korea condemned South Korea and Japan on Monday and warned that it would take "
        "countermeasures.",
        "PRK>KOR:11 PRK>JPN:11 PRK>KOR:13 PRK>JPN:13",
    ),
    # near-misses: a forecast warned of, no act held over the states
    (
        "MOSCOW",
        "Russia criticized Britain and France on Monday and warned that the war could spread.",
        "RUS>GBR:11 RUS>FRA:11",
    ),
    (
        "BEIJING",
        "China criticized Japan and the Philippines on Monday and warned that tensions could rise.",
        "CHN>JPN:11 CHN>PHL:11",
    ),
]

GIFTS: list[Case] = [
    (
        "ACCRA",
        "Britain, Ghana's former colonial ruler, said on Monday it would cancel interest on $90 "
        "million of its debt.",
        "GBR>GHA:03",
    ),
]

GIFTS_NOT: list[NearMiss] = [
    (
        "LUSAKA",
        "China, Zambia's largest creditor, said on Monday it would donate vaccines to its own "
        "provinces.",
    ),
    (
        "BEIJING",
        "China, Zambia's largest creditor, pledged $2 billion in loans for African "
        "infrastructure on Monday.",
    ),
    (
        "TOKYO",
        "Japan, Indonesia's largest donor, pledged $200 million for flood relief in Pakistan.",
    ),
    (
        "LONDON",
        "Britain, Ghana's former colonial ruler, said it would cancel the debts of the world's "
        "poorest countries.",
    ),
]

REFUSALS: list[Case] = [
    (
        "OTTAWA",
        "Canada has refused visas to Iran's wrestling team, officials said on Monday. Iran "
        "condemned the decision.",
        "IRN>CAN:11",
    ),
    (
        "ANKARA",
        "Turkey refused to extradite the suspect to Sweden on Monday. Sweden regretted the "
        "decision.",
        "TUR>SWE:12 SWE>TUR:11",
    ),
]

REFUSALS += [
    # a leader the gazetteer may not know: the decision is still the context's
    (
        "OTTAWA",
        "Canada refused visas to Iran's wrestling team on Monday. Iran condemned Trudeau's "
        "decision.",
        "IRN>CAN:11",
    ),
]

REFUSALS_NOT: list[NearMiss] = [
    # the decision answered names its own author, a body that is no state
    (
        "OTTAWA",
        "Canada refused visas to Iran's wrestling team on Monday. Iran's foreign minister said he "
        "regretted the decision by FIFA to keep the tournament in Toronto.",
    ),
    (
        "OTTAWA",
        "Canada refused visas to Iran's wrestling team on Monday. Iran condemned FIFA's decision.",
    ),
    (
        "OTTAWA",
        "Canada declined to comment on reports of Iranian spies on Monday. Iran condemned the "
        "decision.",
    ),
    (
        "OTTAWA",
        "Canada said it may refuse visas to Iran's wrestling team. Iran condemned the decision.",
    ),
    (
        "BUDAPEST",
        "Hungary, which refused to sign the statement, hosted Chinese officials on Monday. "
        "Poland criticized the decision.",
    ),
]

OPENINGS: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan reopened its airspace to Indian flights on Monday.",
        "PAK>IND:08",
    ),
    (
        "NEW DELHI",
        "India and China reopened the Nathu La border crossing on Monday.",
        "IND>CHN:08 CHN>IND:08",
    ),
]

OPENINGS_NOT: list[NearMiss] = [
    # two states reopen their airspace to everyone, not to each other
    ("VILNIUS", "Poland and Lithuania reopened their airspace on Monday after drone incursions."),
]

STAFF: list[Case] = [
    (
        "LONDON",
        "Britain sent military advisers to Ukraine on Monday to train its troops.",
        "GBR>UKR:06",
    ),
]

STAFF_NOT: list[NearMiss] = [
    # a team sent to talks in a city is sent to a venue, not to its state
    ("TEHRAN", "Iran sent a team of experts to Vienna on Monday for talks at the IAEA."),
]

THAT_CLAUSES: list[Case] = [
    (
        "MOSCOW",
        "Russia said the talks had been useful and that it had sent troops to Belarus.",
        "RUS>BLR:07",
    ),
]

THAT_CLAUSES_NOT: list[NearMiss] = [
    # a second that-clause of a denial is denied too
    (
        "MOSCOW",
        "Russia denied that the drills were aimed at Estonia and that it had sent troops to "
        "Belarus.",
    ),
]

DEEDS: list[Case] = [
    # a deed told in a relative clause as a standing fact is no decision a reaction answers
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Sunday. Russia, which has deployed military "
        "instructors to Mali since 2021, declined to comment. France said it regretted the "
        "decision.",
        "MLI>DZA:16 RUS>MLI:06 FRA>MLI:11",
    ),
]

CASES: list[Case] = (
    ANSWERED
    + LEAD_RIVAL
    + COUPS
    + WARNINGS
    + GIFTS
    + REFUSALS
    + OPENINGS
    + STAFF
    + THAT_CLAUSES
    + DEEDS
)
NONE: list[NearMiss] = (
    COUPS_NOT + GIFTS_NOT + REFUSALS_NOT + OPENINGS_NOT + STAFF_NOT + THAT_CLAUSES_NOT
)
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review26_codes_only_what_the_rule_means(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
