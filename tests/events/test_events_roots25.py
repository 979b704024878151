"""Roots 11-13 in other words (session 28, builder RC1): rejections, defences and threats a
miss census of the development sets found uncoded, written again with other states and words.

Coded: a state's defence of its own deed when no deed of its is coded (the deed done at home: a
site approved, a dam voted) rejects the one state that protested against it officially within
the context window, and a defended deed's rejection is aimed at the protesting state, not at the
private people the deed was done to (reactions._protested_uncoded, _defended_deed); a rejection
appended to a report ("said X was ..., a charge X rejected") answers the reporter when the
report's words name the rejecter (reactions._claim_tellers), with the parser's reading of the gap
noun as a second subject repaired (parties._contact_clause); a threat told in a second reported
clause of the saying verb that coded a judgement is an act of its own (extract._second_report);
a treaty's compliance committee judges a dispute referred to it (v.refer_dispute); a denial that
the denier's own were involved, told in the passive, denies the deed the victim reported
(reactions._denied_deed, rules implicating_verbs); a closure naming no side, told in a clause a
protest answers ("summoned Peru's ambassador after Peruvian authorities closed the crossing"),
is done to the protester (nominals._protesting_party). Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a defence of a deed done at home, after one state's official protest: a rejection of it
DEFENDED_AT_HOME: list[Case] = [
    (
        "SARAJEVO",
        "Croatia approved a site for a waste dump near the border on Monday. Bosnia lodged a "
        "formal protest with Croatia on Tuesday. Croatia's ministry defended the choice.",
        "BIH>HRV:11 HRV>BIH:12",
    ),
    (
        "BRATISLAVA",
        "Slovakia's parliament voted to build a new dam on the Danube. Hungary summoned "
        "Slovakia's ambassador on Monday to protest. Slovakia's government defended the "
        "decision on Tuesday.",
        "HUN>SVK:11 SVK>HUN:12",
    ),
    (
        "LA PAZ",
        "Peruvian police turned back two buses carrying Bolivian migrants. Bolivia summoned "
        "Peru's ambassador on Thursday. Peru's government defended the operation.",
        "BOL>PER:11 PER>BOL:12",
    ),
    # the deed's patients are private traders: the rejection is the protesting state's
    (
        "KAMPALA",
        "Kenyan police arrested five Ugandan traders on Monday. Uganda summoned Kenya's envoy "
        "over the arrests. Kenya's government defended the operation.",
        "KEN>UGA:17 UGA>KEN:11 KEN>UGA:12",
    ),
    # kept: two protesting states (which protest is answered?), a defence of what no deed
    # names; a criticism in words is answered (session 34), one row below
    (
        "SARAJEVO",
        "Croatia approved a site for a waste dump near the border on Monday. Bosnia and Serbia "
        "lodged formal protests with Croatia. Croatia's ministry defended the choice.",
        "BIH>HRV:11 SRB>HRV:11",
    ),
    (
        "SARAJEVO",
        "Croatia approved a site for a waste dump near the border on Monday. Bosnia criticized "
        "the plan. Croatia's ministry defended the choice.",
        "BIH>HRV:11 HRV>BIH:12",
    ),
    (
        "SARAJEVO",
        "Bosnia lodged a formal protest with Croatia on Tuesday over a waste dump. Croatia's "
        "ministry defended its borders.",
        "BIH>HRV:11",
    ),
]
DEFENDED_AT_HOME_NOT: list[NearMiss] = [
    ("LIMA", "Peru's government defended the operation on Thursday."),
]

# a rejection appended to a report answers the reporter
CLAIM_TELLERS: list[Case] = [
    (
        "BUCHAREST",
        'Serbia\'s Foreign Ministry said Romania was "acting on orders from Brussels," a '
        'charge Bucharest rejected as "absurd."',
        "ROU>SRB:12",
    ),
    (
        "SOFIA",
        "Turkey's Foreign Ministry said in a statement that Bulgaria was hiding smugglers, a "
        "claim Sofia denied.",
        "BGR>TUR:12",
    ),
    (
        "ADDIS ABABA",
        "Egypt's state media said the drought had been caused by Ethiopia, a claim Addis Ababa "
        'rejected as "baseless."',
        "ETH>EGY:12",
    ),
    (
        "CAIRO",
        "Ethiopia's ministry said the dam posed no risk to Egypt, a claim Cairo rejected.",
        "EGY>ETH:12",
    ),
]
CLAIM_TELLERS_NOT: list[NearMiss] = [
    # a report naming no rejecting state, a report not made
    (
        "CAIRO",
        "Egyptian media said the drought was the worst in decades, a claim Cairo's scientists rejected.",
    ),
    (
        "LIMA",
        "Peru's foreign ministry did not say that Chile was to blame, a claim Santiago rejected.",
    ),
]

# a judgement and a threat in two reported clauses of one saying verb: two acts
SECOND_REPORTS: list[Case] = [
    (
        "OSLO",
        "Russia expelled two Norwegian diplomats on Monday. Norway said the expulsion was "
        "unjustified and that it would respond in a proportionate way.",
        "RUS>NOR:16 NOR>RUS:11 NOR>RUS:13",
    ),
    # kept: one root in both clauses is one act
    (
        "OSLO",
        "Russia expelled two Norwegian diplomats on Tuesday. Norway said the expulsion was "
        "unjustified and that it was a hostile act.",
        "RUS>NOR:16 NOR>RUS:11",
    ),
]

# a dispute referred to a treaty's compliance committee on a condition: a threat
COMMITTEES: list[Case] = [
    (
        "VIENNA",
        "Austria said it would refer the dispute to the treaty's compliance committee unless "
        "the Czech Republic halted work on the reactor.",
        "AUT>CZE:13",
    ),
]
COMMITTEES_NOT: list[NearMiss] = [
    ("SARAJEVO", "Bosnia's parliament will refer the issue to its foreign affairs committee."),
]

# a passive denial of the denier's own involvement denies the deed its victim reported
DENIED_INVOLVEMENT: list[Case] = [
    (
        "GUATEMALA CITY",
        "Guatemala's army said on Monday that Honduran forces had shelled two of its border "
        "posts, killing three soldiers. Honduras denied that its army had been involved.",
        "HND>GTM:19 HND>GTM:12",
    ),
    # kept: a passive that is no involvement, a deed ahead
    (
        "GUATEMALA CITY",
        "Guatemala's army said on Tuesday that Honduran forces had shelled two of its border "
        "posts. Honduras denied that its economy had been hurt by the clashes.",
        "HND>GTM:19",
    ),
    (
        "GUATEMALA CITY",
        "Guatemala's army said on Wednesday that Honduran forces had shelled two of its "
        "border posts. Honduras denied that its troops would be deployed to the border.",
        "HND>GTM:19",
    ),
]

# a closure that names no side, told in a clause a protest answers: closed on the protester
PROTESTED_CLOSURES: list[Case] = [
    (
        "SANTIAGO",
        "Chile summoned Peru's ambassador on Monday after Peruvian authorities closed the main "
        "border crossing.",
        "CHL>PER:11 PER>CHL:16",
    ),
    (
        "ASTANA",
        "Kazakhstan protested to Kyrgyzstan on Friday after Bishkek shut two border crossings.",
        "KAZ>KGZ:11 KGZ>KAZ:16",
    ),
    # kept: a closure by a third state, a crossing reopened, a closure with its own side,
    # praise is no protest, a deed done at home
    (
        "SANTIAGO",
        "Chile summoned Peru's ambassador on Tuesday after Argentine authorities closed the "
        "main border crossing.",
        "CHL>PER:11",
    ),
    (
        "SANTIAGO",
        "Chile summoned Peru's ambassador on Wednesday after Peruvian authorities reopened the "
        "main border crossing.",
        "CHL>PER:11",
    ),
    (
        "SANTIAGO",
        "Chile summoned Peru's ambassador on Thursday after Peruvian authorities closed the "
        "main border crossing with Bolivia.",
        "CHL>PER:11 PER>BOL:16",
    ),
    (
        "SANTIAGO",
        "Chile praised Peru on Monday after Peruvian authorities closed the main border crossing.",
        "CHL>PER:05",
    ),
    (
        "NAIROBI",
        "Kenya summoned Uganda's envoy after Ugandan police arrested opposition leaders in "
        "Kampala.",
        "KEN>UGA:11",
    ),
]

SHARED_SUBJECT_GAP = (
    "a threat joined to the judgement's reported clause with no subject of its own is read as "
    "one statement (extract._coordinated_act, _second_report needs a subject)"
)
GAPS: list[Gap] = [
    (
        "OSLO",
        "Russia expelled two Norwegian diplomats on Wednesday. Norway said the expulsion was "
        "unjustified and would respond in a proportionate way.",
        "RUS>NOR:16 NOR>RUS:11 NOR>RUS:13",
        SHARED_SUBJECT_GAP,
    ),
]
NONE: list[NearMiss] = DEFENDED_AT_HOME_NOT + CLAIM_TELLERS_NOT + COMMITTEES_NOT
CASES = (
    DEFENDED_AT_HOME
    + CLAIM_TELLERS
    + SECOND_REPORTS
    + COMMITTEES
    + DENIED_INVOLVEMENT
    + PROTESTED_CLOSURES
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots25_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
