"""Open gaps 28 (session 28, builder RC1): the forms of disapproval, rejection, threat and
protest a miss census of the development sets found uncoded and that no general rule of the
session reached, written again with other states and words, beside paraphrases of the same
roots the coder reads and sentences that must code nothing.

Left open (each a Gap with its reason): a rejection whose target stands in a relative clause on
its object ("declined to fund the fence that Bulgaria is building"); a defence whose participle
names another actor; a bare quoted feeling; an answer promised on a condition whose subject is
the measure, not its author; a version "suggested", a claim noun the parser glues onto the
rejecter's name or hangs on another phrase; a threat answering a deal between others; a
threat in quoted words whose condition names no state; a threat of a closure "until" another
state acts. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# roots 12 and 13 the coder reads already, in the census's forms with other words
PARAPHRASES: list[Case] = [
    ("SANTIAGO", "Chile rejected Bolivia's request for access to the sea.", "CHL>BOL:12"),
    ("NAIROBI", "Kenya declined Uganda's invitation to attend the summit.", "KEN>UGA:12"),
    (
        "ACCRA",
        "Ghana said it would take the dispute to the ECOWAS court unless Togo reopened the border.",
        "GHA>TGO:13",
    ),
    (
        "LIMA",
        "Peru threatened to take the dispute with Chile to the International Court of Justice.",
        "PER>CHL:13",
    ),
    (
        "OSLO",
        "Russia expelled two Norwegian diplomats on Monday. Norway condemned the expulsion and "
        "said it would respond.",
        "RUS>NOR:16 NOR>RUS:11 NOR>RUS:13",
    ),
    (
        "VALLETTA",
        "Malta refused to let a Russian frigate dock in Valletta on Tuesday. A Russian "
        'spokesperson called the refusal "an unfriendly act" and warned that Moscow would '
        '"draw the appropriate conclusions."',
        # 16 since session 65: the frigate is read as the subject of "dock" (review334)
        "MLT>RUS:16 RUS>MLT:11 RUS>MLT:13",
    ),
]

# no act on another state: an answer to questions, a justification, a comment declined,
# a defence of a measure at home no one protested
NONE: list[NearMiss] = [
    ("SANTIAGO", "Chile said it would respond to the questions in writing."),
    ("LISBON", "Portugal's government said the flight followed the law."),
    ("HANOI", "Vietnam declined to comment on the report."),
    ("MADRID", "Spain defended the decision to raise fuel taxes."),
]

GAPS: list[Gap] = [
    (
        "SOFIA",
        "The European Commission declined to fund the fence that Bulgaria is building on its "
        "border with Turkey.",
        "EU>BGR:12",
        "the one refused stands in a relative clause on the object; v.reject reads no such slot",
    ),
    (
        "DHAKA",
        'Myanmar expelled two Bangladeshi diplomats on Monday. Bangladesh said it was "deeply '
        'disappointed."',
        "MMR>BGD:16 BGD>MMR:11",
        "a bare quoted feeling is left uncoded since test_events_clauses27 "
        "(extract._predicative: a precision loss on a development set)",
    ),
    (
        "YEREVAN",
        "Georgian officials had suggested that the helicopter was downed by an Armenian "
        "missile, a version Yerevan rejected on Friday.",
        "ARM>GEO:12",
        "'suggest' is no speech verb (rules speech_verbs), so reactions._claim_tellers finds "
        "no claimant",
    ),
    (
        "SOFIA",
        "Turkey's Foreign Ministry said in a statement that Bulgaria was \"working for "
        'Brussels," a charge Sofia rejected as "baseless."',
        "BGR>TUR:12",
        "the parser glues the claim noun onto the name as a compound under a ccomp, a shape "
        "parties._contact_clause does not read",
    ),
    (
        "BUCHAREST",
        'Serbia accused Romania of spying for NATO, a charge Bucharest rejected as "absurd."',
        "SRB>ROU:11 ROU>SRB:12",
        "the parser hangs the claim noun on NATO as an apposition; the accusation of the "
        "sentence is not read as its antecedent",
    ),
    (
        "BAKU",
        "Kazakhstan and Azerbaijan signed a deal on Monday to lay a gas pipeline across the "
        "Caspian Sea. Iran warned that Tehran would take all necessary measures to protect the "
        "sea.",
        "KAZ>AZE:05 AZE>KAZ:05 IRN>KAZ:13 IRN>AZE:13",
        "a vow answers only an act done to the vower (reaction_matches 'vowed retaliation'), "
        "not a deal between others",
    ),
    (
        "ASUNCION",
        'Argentina began dredging the Parana river near the border on Monday. "If the dredging '
        "does not stop, we will take this to the International Court of Justice,\" Paraguay's "
        "foreign minister said.",
        "PRY>ARG:13",
        "the condition names the work, not its author, and 'this' is no dispute noun "
        "(v.refer_dispute object)",
    ),
    (
        "KHARTOUM",
        'Chadian forces shelled a Sudanese border post on Monday. "This was a deliberate '
        'attack, and it will not go unanswered," a Sudanese army spokesman said.',
        "TCD>SDN:19 SDN>TCD:11 SDN>TCD:13",
        "a quoted judgement and a passive 'go unanswered' with 'it' for the attack are read "
        "by no pattern (v.leave_unanswered needs leave/let)",
    ),
]

# gaps of session 28 that session 29's rules code (moved from the gaps at its end)
NOW_CODED: list[Case] = [
    (
        "SARAJEVO",
        "Croatia approved a waste site near the border on Monday. Bosnia lodged a protest with "
        "Croatia on Tuesday. Croatia's ministry defended the choice, saying the site met "
        "European Union safety rules.",
        "BIH>HRV:11 HRV>BIH:12",
    ),
    (
        "MEXICO CITY",
        "The United States threatened a 25% tariff on Mexican steel on Monday. Mexico said it "
        "would respond proportionally if the tariff were imposed.",
        "USA>MEX:13 MEX>USA:13",
    ),
    # a gap until session 33 (v.say_held_until: a closure kept until another state acts)
    (
        "PANAMA CITY",
        'Panama said the border crossing would remain closed "until Costa Rica hands over '
        'those responsible."',
        "PAN>CRI:10|13|16",
    ),
]

CASES = PARAPHRASES + NOW_CODED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_open28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_open28_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
