"""Acts told inside relative, participial and absolute "with" clauses (issue #5).

A relative clause's own subject does its verb to the antecedent ("a pact that Lima and Quito
signed", "the sanctions that the EU imposed on Minsk"), also with no pronoun ("the two Russian
diplomats Oslo expelled"), a group of a state's people as the gap noun, and when the parser
makes the broken clause the subject of a passive main verb ("The drones Iran supplied to
Russia were shot down"). An absolute "with" clause's noun is the doer ("with the EU imposing
curbs on Russia"); when it gives something to no one named, the receiver is the subject of
the clause it hangs on ("Rwanda completed the dam, with the World Bank lending $300 million"),
as of a promised sum ("with the UAE pledging $75 billion"); "contribute" a sum gives it.
A trip "for a visit" with no place named ("the minister, who arrived on Sunday for a three-day
visit") is a visit to the state of the article's dateline. A participle opening with "having"
is its subject's past act.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a relative clause's own subject acts on the antecedent
    (
        "LIMA",
        "Peru will review a trade pact that Lima and Quito signed in 2021.",
        "PER>ECU:05 ECU>PER:05",
    ),
    (
        "ACCRA",
        "The accord, which Ghana and Togo signed last year, ended the border dispute.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "MINSK",
        "Belarus condemned the sanctions that the EU imposed on Minsk in June.",
        "BLR>EU:11 EU>BLR:16",
    ),
    (
        "HANOI",
        "Vietnam welcomed the loan, which Japan approved last week.",
        "VNM>JPN:05 JPN>VNM:07",
    ),
    (
        "BELGRADE",
        "The ambassador that Serbia recalled from Zagreb in March returned on Monday.",
        "SRB>HRV:16",
    ),
    (
        "WARSAW",
        "The embargo that Poland imposed on Ukrainian grain expired on Friday.",
        "POL>UKR:16",
    ),
    (
        "CANBERRA",
        "The loan, which Canberra extended to Port Moresby in 2023, is due next year.",
        "AUS>PNG:07",
    ),
    (
        "RABAT",
        "Morocco, which Spain backed in the dispute last year, hailed the ruling.",
        "ESP>MAR:05",
    ),
    (
        "VALLETTA",
        "The Libyan frigate, which Malta turned away on Friday, sailed back to Benghazi.",
        "MLT>LBY:12",
    ),
    ("LIMA", "Officials reviewed the loan that China granted Peru in 2019.", "CHN>PER:07"),
    (
        "TEHRAN",
        "Iran rejected the resolution that the IAEA board adopted against it on Thursday.",
        "IRN>IAEA:12",
    ),
    (
        "PRAGUE",
        "The Czech Republic returned the ambassador, whom it had recalled from Moscow in April.",
        "CZE>RUS:16",
    ),
    (
        "OTTAWA",
        "The Canadian envoy whom India expelled in October returned to Ottawa.",
        "IND>CAN:16",
    ),
    (
        "BAGHDAD",
        "The strikes that Turkey launched on northern Iraq killed six people.",
        "TUR>IRQ:19",
    ),
    # no relative pronoun: a group of a state's people may be the gap noun
    (
        "OSLO",
        "The two Russian diplomats Oslo expelled in May left the country.",
        "NOR>RUS:16",
    ),
    ("LONDON", "Iranian officials London sanctioned in 2023 denied wrongdoing.", "GBR>IRN:16"),
    (
        "ABUJA",
        "The two Ghanaian traders Nigeria deported last week sued the government.",
        "NGA>GHA:17",
    ),
    ("RIYADH", "The weapons Washington sold Riyadh in 2017 were used in Yemen.", "USA>SAU:07"),
    (
        "CANBERRA",
        "The sanctions Australia imposed on Iranian officials took effect on Monday.",
        "AUS>IRN:16",
    ),
    # ... read as the subject of a passive main verb
    ("KYIV", "The drones Iran supplied to Russia were shot down over Kyiv.", "IRN>RUS:07"),
    # an absolute "with" clause: its noun does the act; a gift to no one named goes to the
    # subject of the clause it hangs on
    (
        "KIGALI",
        "Rwanda completed the dam in 2024, with the World Bank lending $300 million.",
        "WB>RWA:07",
    ),
    (
        "CAIRO",
        "Egypt reopened the crossing on Monday, with Qatar funding the repairs.",
        "QAT>EGY:07",
    ),
    (
        "SEOUL",
        "South Korea unveiled the aid package on Monday, with the United States supplying fuel.",
        "USA>KOR:07",
    ),
    (
        "COLOMBO",
        "Sri Lanka restructured its debt last year, with India and Japan extending new credit "
        "lines.",
        "IND>LKA:07 JPN>LKA:07",
    ),
    (
        "BEIRUT",
        "Lebanon rebuilt the port, with France contributing 20 million euros.",
        "FRA>LBN:07",
    ),
    # a promised sum goes the same way
    (
        "NEW DELHI",
        "India welcomed the investment, with the UAE pledging $75 billion.",
        "ARE>IND:03",
    ),
    ("TOKYO", "Japan contributed $10 million to the United Nations refugee agency.", "JPN>UN:07"),
    (
        "BERN",
        "Switzerland froze assets, with the EU imposing similar curbs on Russia.",
        "EU>RUS:16",
    ),
    # a trip "for a visit" with no place named: to the dateline's state
    (
        "NAIROBI",
        "The Ethiopian foreign minister, who arrived on Sunday for a three-day visit, toured "
        "a refinery.",
        "ETH>KEN:04",
    ),
    (
        "ANKARA",
        "The Swedish foreign minister, who flew in on Tuesday for a one-day visit, met Erdogan.",
        "SWE>TUR:04",
    ),
    (
        "PARIS",
        "The Indian prime minister, who arrived for a two-day visit, attended a parade.",
        "IND>FRA:04",
    ),
    (
        "HANOI, Vietnam",
        "Japan's prime minister flew in on Friday for a two-day trip.",
        "JPN>VNM:04",
    ),
    # "having" participles and by-participles
    ("SANTIAGO", "Having signed the deal with Argentina, Chile turned to Bolivia.", "CHL>ARG:05"),
    (
        "PARIS",
        "Having recalled its ambassador from Rome, France demanded an apology.",
        "FRA>ITA:16",
    ),
    (
        "TALLINN",
        "Estonia, having expelled a Russian diplomat on Monday, summoned another.",
        "EST>RUS:16",
    ),
    (
        "HANOI",
        "The radar system supplied by Japan to Vietnam entered service.",
        "JPN>VNM:07",
    ),
]

NONE: list[NearMiss] = [
    # a company's or a person's private act, a place described, a deal that lapsed
    ("SEOUL", "The chip plant that Samsung opened in Texas employs 3,000 people."),
    ("MADRID", "The pact that expired in June is being renegotiated."),
    ("ROME", "The town, which lies near the border, was flooded on Monday."),
    ("BERLIN", "The house that the chancellor bought in 2019 was sold on Friday."),
    ("LONDON", "The minister, who arrived late for the meeting, apologized."),
    ("TOKYO", "The deal that Toyota signed with Panasonic covers batteries."),
    ("CAIRO", "The museum, which Egypt opened in 2023, drew record crowds."),
    ("TOKYO", "The summit, which Japan hosted in May, drew 20 leaders."),
    ("DHAKA", "The Rohingya refugees that Bangladesh sheltered since 2017 face new cuts."),
    # an absolute clause with no state as its noun, or no giver
    ("OTTAWA", "The factory, with workers striking for a week, closed on Monday."),
    ("ATHENS", "The strike ended on Monday, with the EU granting 50 million euros."),
    ("TOKYO", "Toyota built the plant, with Japan providing $2 billion in subsidies."),
    ("LISBON", "Portugal built the bridge, with tolls funding the repairs."),
    ("ROME", "Italy contributed 3 million euros to the fund."),
    # a trip home, to a place of the visitor's own state, or no state's
    ("NAIROBI", "The Ethiopian foreign minister arrived home on Sunday after a three-day visit."),
    ("NAIROBI", "The Kenyan foreign minister arrived on Sunday for a three-day visit."),
    ("LONDON", "The singer arrived on Sunday for a three-day tour."),
    ("NAIROBI", "The summit ended on Friday, with leaders pledging $2 billion for climate aid."),
]

GAPS: list[Gap] = [
    (
        "JAKARTA",
        "Indonesia will pay for half of the railway, with Japan providing the rest.",
        "JPN>IDN:03",
        "'the rest' of a sum is no money object of a giving pattern",
    ),
    (
        "KABUL",
        "Aid pledged by Norway arrived in Kabul on Monday.",
        "NOR>AFG:03|07",
        "a participle's noun that arrives somewhere does not name the receiver",
    ),
    (
        "HAVANA",
        "The oil Venezuela shipped to Cuba last year covered half its needs.",
        "VEN>CUB:06",
        "the broken relative clause is parsed as the root with the main verb an adverbial",
    ),
    (
        "WARSAW",
        "Poland bought the tanks, with South Korea delivering the first batch in 2022.",
        "KOR>POL:07",
        "'the first batch' is no goods noun of a delivery pattern",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses23_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses23_codes_clause_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
