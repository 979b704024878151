"""Review 191 (session 57, P57): acts told as to come or as agreed, coded with the root the
sets give them rather than an intent (03).

SCHEDULED MEETINGS: a meeting or visit (meeting_roots, 04) told as to come, "will meet Xi on
Friday", "said he would travel to Seoul", "is due to visit Beijing", "is scheduled to meet"
(arranged_governors), keeps its own code: the sets give such a meeting 04 (often with 03,
never 03 alone), and the newer sets 04 alone (extract._scheduled_meeting). One only wanted,
hoped for, offered, planned or possible ("wants to meet", "offered to host talks", "plans to
send a delegation", "could meet ... if") stays an intent to meet (036), and so do an
ambassador sent (a post filled: posting_nouns), a pledge's content ("a commitment that the
two would consult") and a trip joined to an invitation accepted.
AGREED HANDOVERS: goods, money, credit or intelligence a state agreed to hand another
("agreed to sell Iraq gas", "agreed to lend Peru $1 billion", "agreed to share police
intelligence") are coded with the act's own code, as debt relief agreed to already was
(agreed_done_patterns): the sets give them 06 or 07 (with 05, often 03), never 03 alone.
General cooperation agreed to ("agreed to work together", "agreed to expand trade") stays a
pledge, as do aid agreed to ("agreed to provide": 07 or 06 in the sets) and a handover
agreed only with a modal, a condition or a forecast.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SCHEDULED: list[Case] = [
    ("LIMA", "Peru's foreign minister is due to visit Quito next week.", "PER>ECU:04"),
    (
        "SANTIAGO",
        "The Chilean president will travel to Bogota on Friday for talks with his Colombian "
        "counterpart.",
        "CHL>COL:04",
    ),
    (
        "QUITO",
        "Ecuador said its defense minister would meet his Peruvian counterpart on Tuesday.",
        "ECU>PER:04",
    ),
    ("MONTEVIDEO", "Uruguay's president is scheduled to visit Brasilia in May.", "URY>BRA:04"),
    ("BUENOS AIRES", "Argentina will host Chile's president for talks in June.", "ARG>CHL:04"),
    (
        "ASUNCION",
        "Bolivian and Paraguayan trade ministers are due to meet in Asuncion next month.",
        "BOL>PRY:04",
    ),
    ("HANOI", "Vietnam's prime minister visits Vientiane next month.", "VNM>LAO:04"),
]

# wanted, offered, planned or possible: still an intent to meet (036)
INTENDED: list[Case] = [
    ("BOGOTA", "Colombia's president wants to meet Venezuela's leader soon.", "COL>VEN:03"),
    (
        "BRASILIA",
        "Brazil offered to host talks between Guyana and Suriname.",
        "BRA>GUY:03 BRA>SUR:03",
    ),
    (
        "PANAMA CITY",
        "Panama plans to send a delegation to Costa Rica next month.",
        "PAN>CRI:03",
    ),
    ("MEXICO CITY", "Mexico hopes to hold talks with Cuba next year.", "MEX>CUB:03"),
    ("LA PAZ", "Bolivia said it was ready to meet Chilean officials.", "BOL>CHL:03"),
    (
        "QUITO",
        "Ecuador's president could meet Peru's leader in Lima if the dispute is settled.",
        "ECU>PER:03",
    ),
    # an ambassador sent fills a post (posting_nouns); a pledge's content is pledged
    ("VILNIUS", "Lithuania will in turn send an ambassador to Beijing.", "LTU>CHN:03"),
    (
        "SUVA",
        "Fiji said the pact broke a commitment that Fiji and Tonga would consult each other on "
        "security matters.",
        "FJI>TON:03 TON>FJI:03",
    ),
]

AGREED: list[Case] = [
    (
        "DOHA",
        "Qatar agreed on Monday to sell Kuwait liquefied natural gas for ten years.",
        "QAT>KWT:06",
    ),
    ("TOKYO", "Japan agreed to lend Bangladesh $2 billion for a new port.", "JPN>BGD:07"),
    (
        "OSLO",
        "Norway and Denmark agreed on Friday to share police intelligence on smuggling.",
        "NOR>DNK:06 DNK>NOR:06",
    ),
    ("BEIJING", "China agreed in 2022 to restructure $3 billion of Zambia's debt.", "CHN>ZMB:07"),
    (
        "ANKARA",
        "Turkey agreed to supply Iraq with electricity through a new line.",
        "TUR>IRQ:06",
    ),
]

# general cooperation agreed to, or a handover only pledged or foretold: still a pledge (03)
PLEDGED: list[Case] = [
    (
        "LIMA",
        "Chile and Peru agreed to work together against smuggling networks.",
        "CHL>PER:03 PER>CHL:03",
    ),
    ("SANTIAGO", "Chile and Peru agreed to expand trade.", "CHL>PER:03 PER>CHL:03"),
    ("DOHA", "Qatar said it would sell Kuwait gas next year.", "QAT>KWT:03"),
    # aid agreed to: the sets read it as aid or as cooperation
    ("MADRID", "Spain agreed to provide Morocco with patrol boats.", "ESP>MAR:03"),
    ("DHAKA", "Japan pledged to lend Bangladesh $2 billion.", "JPN>BGD:03"),
]

NONE: list[NearMiss] = [
    ("ASUNCION", "The Paraguayan leader is expected to visit Montevideo in March."),
    ("DOHA", "Qatar did not agree to sell Kuwait gas."),
    ("KUWAIT CITY", "Kuwait is expected to agree to buy gas from Qatar."),
]

GAPS: list[Gap] = []

CASES = SCHEDULED + INTENDED + AGREED + PLEDGED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review191_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review191_codes_planned_and_agreed_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
