"""Context 41 (session 25, builder S24): set 24's extras and misses of its own kinds.

Coded: a participle of judgement on its host's own deed names that deed, aimed at no one
("ordered three diplomats to leave, calling it a response in kind": sides.py
_names_host_deed; a host that answers an act, "rejected the plan, calling it a trap", passes
on whom it answers); works built with means the builder got ("borrowed from China to build
dams": rules.yaml funding_host_verbs, reactions.py _self_funded) go to no partner; "his
guest" after "a visit by X" or "X began a visit" is X (actors/descriptions.yaml
visit_nouns), and welcoming a guest hosts a visit (043, v.host_counterpart); a sum in any
currency is money given ("will lend Laos 2 billion baht": v.give_money currency_nouns);
expecting a state to treat people with dignity is a demand (v.expect_compliance); ties held
dear with a partner are approval of it (v.value_ties); an official with no state named whom a
head of state directs is that state's ("He said he had asked Foreign Minister X to ...":
actors/described.py find_directed_officials); a quarrel referred to a court or council is
legal action, on a condition left undone by another a threat held over it (v.refer_dispute
and the cond_subj slot, rules.yaml held_threat_codes, modality._undone_condition). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OWN_DEEDS: list[Case] = [
    (
        "LIMA",
        "Late on Friday, Peru's Foreign Ministry said it had expelled two Chilean diplomats in "
        "Lima, calling it a response in kind.",
        "PER>CHL:16",
    ),
    (
        "NAIROBI",
        "Kenya said it had recalled its ambassador from Uganda, calling the step a reply to "
        "provocation.",
        "KEN>UGA:16",
    ),
    (
        "BAMAKO",
        "Mali ordered three French diplomats to leave on Sunday, calling the decision a "
        "necessary answer to interference.",
        "MLI>FRA:16",
    ),
    # kept: the participle's object is another's, or its host answers another's act
    (
        "BUENOS AIRES",
        "Argentina ordered three British diplomats to leave, calling their conduct "
        "unacceptable.",
        "ARG>GBR:16 ARG>GBR:11",
    ),
    (
        "ACCRA",
        "Ghana expelled two Nigerian diplomats on Monday. Nigeria called the expulsion a "
        "hostile act.",
        "GHA>NGA:16 NGA>GHA:11",
    ),
    (
        "MOSCOW",
        "Moscow rejected the British proposal, calling it a trap.",
        "RUS>GBR:12",
    ),
]

SELF_FUNDED: list[Case] = [
    (
        "LA PAZ",
        "Peru agreed with Bolivia to buy gas from a new Bolivian pipeline. Bolivia received "
        "$2 billion from Brazil to build the pipeline.",
        "PER>BOL:03|06 BRA>BOL:07",
    ),
    (
        "ADDIS ABABA",
        "Kenya agreed with Ethiopia to buy electricity from new Ethiopian dams. Ethiopia, "
        "which borrowed heavily from China to build dams, hopes to repay its debts.",
        "KEN>ETH:03|06",
    ),
    # kept: a lender's purpose, and works in another state
    (
        "TOKYO",
        "Japan will lend Vietnam $500 million to build a metro line.",
        "JPN>VNM:03|07",
    ),
    (
        "BEIJING",
        "China financed a new railway in Laos last year.",
        "CHN>LAO:07",
    ),
]

GUESTS: list[Case] = [
    (
        "SANTIAGO",
        "Chile and Peru signed a trade pact on Monday during a three-day visit by Peru's "
        "president. Chilean President Marta Soto welcomed her guest at the airport.",
        "CHL>PER:05|03|06 PER>CHL:05|03|06 PER>CHL:04 CHL>PER:04",
    ),
    (
        "WARSAW",
        "Hungarian Prime Minister Lajos Kertesz arrived in Warsaw on Monday for a two-day "
        "visit. Polish Prime Minister Anna Nowak welcomed her guest with a ceremony at the "
        "presidential palace.",
        "HUN>POL:04 POL>HUN:04",
    ),
    (
        "ACCRA",
        "The Dutch king began a state visit to Ghana on Tuesday. Ghana's president received "
        "his visitor at the palace.",
        "NLD>GHA:04 GHA>NLD:04",
    ),
]

SUMS: list[Case] = [
    (
        "OSLO",
        "Norway will also lend Iceland 3 billion kroner for new power lines, the two "
        "governments said.",
        "NOR>ISL:03|07",
    ),
    (
        "BANGKOK",
        "Thailand will lend Cambodia 500 million baht ($15 million) for new roads.",
        "THA>KHM:03|07",
    ),
    (
        "NEW DELHI",
        "India lent Nepal 10 billion rupees for hydropower projects last year.",
        "IND>NPL:07",
    ),
    (
        "LONDON",
        "Britain will pay Ghana 100 million cedis a year under the accord.",
        "GBR>GHA:03|07",
    ),
]

EXPECTATIONS: list[Case] = [
    (
        "ACCRA",
        "Ghana's Foreign Ministry said it expected Britain to treat Ghanaian migrants with "
        "dignity.",
        "GHA>GBR:10",
    ),
    (
        "HANOI",
        "Vietnam said it expected South Korea to treat Vietnamese workers decently.",
        "VNM>KOR:10",
    ),
    (
        "JAKARTA",
        "Indonesia expects Malaysia to treat its maids humanely, the minister said.",
        "IDN>MYS:10",
    ),
]

VALUED_TIES: list[Case] = [
    (
        "SANTIAGO",
        "Chile's foreign minister said Santiago valued its relationship with Peru.",
        "CHL>PER:05",
    ),
    (
        "TOKYO",
        "Japan treasures its friendship with India, the prime minister said.",
        "JPN>IND:05",
    ),
    (
        "WARSAW",
        "The Polish president said Warsaw valued its partnership with Kyiv.",
        "POL>UKR:05",
    ),
]

DIRECTED: list[Case] = [
    (
        "SANTIAGO",
        "Peru's president criticized the decision on Monday. He said he had asked Foreign "
        "Minister Rosa Diaz to raise the matter with her Chilean counterpart. Diaz spoke by "
        "telephone with Chilean Foreign Minister Pablo Rojas on Tuesday evening.",
        "PER>CHL:04",
    ),
    # another state's envoy directs no official of his own (Wang is the dateline's)
    (
        "BEIJING",
        "U.S. Secretary of State John Carter met Chinese officials in Beijing on Monday. Carter "
        "asked Foreign Minister Wang Lei to press Russia on the war. Wang spoke by telephone "
        "with Japanese Foreign Minister Taro Sato on Tuesday.",
        "USA>CHN:04 USA>CHN:02 CHN>JPN:04",
    ),
]

HELD_THREATS: list[Case] = [
    (
        "NAIROBI",
        "Kenya's trade minister said Nairobi would take the matter to the council of the East "
        "African Community if Kampala did not lift the ban within 30 days.",
        "KEN>UGA:13",
    ),
    (
        "ACCRA",
        "Ghana said it would take the dispute to the ECOWAS court unless Togo reopened the "
        "border.",
        "GHA>TGO:13",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister said Cairo would take the matter to the African Union "
        "council if Ethiopia refused to stop filling the dam.",
        "EGY>ETH:13",
    ),
]

NONE: list[NearMiss] = [
    # a guest list and a museum's visitors are no visitor of a visit
    ("NAIROBI", "Kenya's president checked the guest list for the state banquet."),
    ("ROME", "Tourists flocked to Rome for the holiday. Italy welcomed a record number of visitors."),
    # a condition met by another holds nothing over it; a step at home is no legal action
    ("LIMA", "Peru said it would take the matter to the council if Chile agreed."),
    ("OSLO", "The minister said the cabinet would take the matter to parliament next week."),
    # ties held dear name a partner; a forecast of a law is no demand
    ("SANTIAGO", "Chile values its independence, the president said."),
    ("BERN", "Analysts valued the partnership at $3 billion."),
    ("ACCRA", "Analysts expect the new law to restore the dignity of the court."),
]
GAPS: list[Gap] = []
CASES = (
    OWN_DEEDS
    + SELF_FUNDED
    + GUESTS
    + SUMS
    + EXPECTATIONS
    + VALUED_TIES
    + DIRECTED
    + HELD_THREATS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context41_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context41_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
