"""Clauses 36 (session 26, builder AP): acts of a second actor told in a noun phrase hung
on the main clause.

Coded: a request named by its noun with the asker in its own from- or by-phrase, put to
the subject of a verb that weighs or answers it ("Japan was studying a request from Manila
to help finance the bridge": PHL>JPN 020; n.appeal's answerer slot, rules
request_answering_verbs); weighing it ("is considering") is no blocking governor then.
A judgement told in a relative clause on a noun summing up the act just told ("expelled two
diplomats, a move Zagreb called a provocation", "a decision Ottawa said would hurt
families", "a step Spain said was regrettable"): the parser reads the name given as the
naming verb's object (objects._gap_named), and the reported clause has no subject of its
own, its gap being the summing noun (parties._said_gap), so the judgement answers the act
as "Zagreb called the move a provocation" and "Ottawa said the decision would hurt" do; a
name read from the object only when it names a wrong ("a move Ethiopia called a
breakthrough" is no praise coded, "a step Tripoli called a turning point" nothing).
Guarantors of a deal told before: a role whose of-phrase names the deal ("agreed to act as
guarantors of the accord") serves the sides of that deal (sides._role_deal, the "mediation"
context), as set 11's gold codes it (03/05); a guarantor in a with-clause ("with Egypt
serving as guarantor") stays uncoded (test_events_context11 BYSTANDERS).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

REQUESTS: list[Case] = [
    (
        "TOKYO",
        "Japan said it was studying a request from Manila to help finance the new bridge.",
        "PHL>JPN:02",
    ),
    (
        "BUDAPEST",
        "Hungary rejected a request from the European Commission to lift its ban on "
        "Ukrainian grain.",
        "HUN>EU:12 EU>HUN:02",
    ),
    (
        "BEIJING",
        "A request from Nepal for debt relief was approved by China on Monday.",
        # session 48: a request approved is one agreed to (v.accede; the guidelines code
        # "agree" 05, the open gold a request agreed to 05/08), as clauses36's "agreed to" row
        "NPL>CHN:02 CHN>NPL:05|08",
    ),
    (
        "BRASILIA",
        "Brazil agreed to a request from Argentina to delay the vote.",
        # session 47: the request agreed to is a yielding too (v.accede; the guidelines code
        # "agree" 05, the open gold a request agreed to 05/08)
        "ARG>BRA:02 BRA>ARG:05|08",
    ),
    (
        "OTTAWA",
        "Canada ignored repeated requests from India to extradite the two activists.",
        "IND>CAN:02",
    ),
    (
        "MADRID",
        "Spain turned down a request from Morocco to hand over the suspect.",
        "ESP>MAR:12 MAR>ESP:02",
    ),
    (
        "NEW DELHI",
        "India is weighing a request by Bangladesh for more electricity during the dry "
        "season.",
        "BGD>IND:02",
    ),
    (
        "ACCRA",
        "Ghana's foreign ministry said it was reviewing a request from Burkina Faso to reopen "
        "the border crossing at Paga.",
        "BFA>GHA:02",
    ),
    # the asker told only by an adjective: the refusal is the news, the request background
    (
        "BERN",
        "Switzerland declined a Swedish request on Tuesday to ship the old tanks abroad.",
        "CHE>SWE:12",
    ),
]

REQUESTS_NOT: list[NearMiss] = [
    # near-misses: no state asks, the asker is the weigher's own side, or the weighing is
    # only ahead
    ("TOKYO", "Japan rejected a request from a fishing company to enter the port."),
    ("PARIS", "France rejected a request from its own farmers to close the border."),
    ("CAIRO", "Egypt will consider any request from Sudan for help."),
    ("MANILA", "The Philippine Senate approved a request from the president to extend martial law."),
    ("NAIROBI", "Kenya will review the request from Uganda next month."),
]

GAP_JUDGEMENTS: list[Case] = [
    (
        "BELGRADE",
        "Serbia expelled two Croatian diplomats on Monday, a move Zagreb called a provocation.",
        "SRB>HRV:16 HRV>SRB:11",
    ),
    (
        "MOSCOW",
        "Russia banned imports of Moldovan wine on Tuesday, a step Chisinau called an act of "
        "economic blackmail.",
        "RUS>MDA:16 MDA>RUS:11",
    ),
    (
        "ISLAMABAD",
        "Pakistan suspended trade with India on Thursday, a decision New Delhi said would hurt "
        "traders on both sides.",
        "PAK>IND:16 IND>PAK:11",
    ),
    (
        "ALGIERS",
        "Algeria recalled its ambassador from Madrid, a step Spain said was regrettable.",
        "DZA>ESP:16 ESP>DZA:11",
    ),
    (
        "MINSK",
        "Belarus closed its border with Lithuania on Friday, a move Vilnius said was illegal.",
        "BLR>LTU:19|16 LTU>BLR:11",
    ),
    (
        "OTTAWA",
        "India suspended visas for Canadian citizens, a decision Ottawa said would hurt "
        "families.",
        "IND>CAN:16 CAN>IND:11",
    ),
    # near-misses: a name of praise or of no wrong, a judge who is no state, a judgement of
    # its own act
    (
        "ACCRA",
        "Ghana reopened its border with Togo, a move Lome called a gift to traders.",
        "GHA>TGO:08",
    ),
    (
        "NAIROBI",
        "Kenya reopened its border with Somalia on Monday, a move Ethiopia called a "
        "breakthrough for the region.",
        "KEN>SOM:08",
    ),
    (
        "KHARTOUM",
        "Sudan recalled its envoy from Kenya, a move analysts called a mistake.",
        "SDN>KEN:16",
    ),
    (
        "CAIRO",
        "Egypt expelled two Turkish diplomats on Monday, a decision officials said was temporary.",
        "EGY>TUR:16",
    ),
    (
        "RABAT",
        "Morocco closed its border with Algeria, a move Rabat said was needed for security.",
        "MAR>DZA:19|16",
    ),
    (
        "TOKYO",
        "Japan resumed imports of Chinese seafood on Monday, a step Beijing said was welcome.",
        "JPN>CHN:08",
    ),
]

GUARANTORS: list[Case] = [
    (
        "ASMARA",
        "Ethiopia signed a peace deal with Eritrea in Jeddah, with Saudi Arabia acting as "
        "mediator.",
        "ETH>ERI:05 SAU>ETH:04 SAU>ERI:04",
    ),
    (
        "YEREVAN",
        "Armenia and Azerbaijan signed a peace treaty on Tuesday. The United States and Turkey "
        "agreed to act as guarantors of the accord.",
        "ARM>AZE:05 AZE>ARM:05 USA>ARM:03 USA>AZE:03 TUR>ARM:03 TUR>AZE:03",
    ),
    (
        "JUBA",
        "Sudan and South Sudan signed a border agreement on Monday. Egypt will serve as "
        "guarantor of the deal.",
        "SDN>SSD:05 SSD>SDN:05 EGY>SDN:03 EGY>SSD:03",
    ),
    # near-misses: no deal of two sides told, or a with-clause with no role of a go-between
    (
        "NAIROBI",
        "Kenya signed a trade deal on Monday. Britain will act as guarantor of the deal.",
        "",
    ),
    (
        "LIMA",
        "Chile and Peru signed a fisheries pact on Monday, with Brazil hosting the ceremony.",
        "CHL>PER:05 PER>CHL:05",
    ),
    (
        "BAMAKO",
        "Mali and Niger condemned the attack on Monday, with Algeria acting as mediator in "
        "the talks.",
        "",
    ),
]

NONE: list[NearMiss] = REQUESTS_NOT
GAPS: list[Gap] = []
CASES = REQUESTS + GAP_JUDGEMENTS + GUARANTORS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses36_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses36_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
