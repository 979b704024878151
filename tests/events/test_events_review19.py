"""Review of two rules that added events the writers leave out (session 14, K).

CLASHES: armed fighting between two sides ("fighting between A and B", "the A-B clashes") is
190 from the side named first only (n.clashes, stated_order): the hand-made gold requires a
symmetric act in the stated direction and leaves the reverse optional, and writers mostly
leave it out. A clash noun that only dates the news by a past year after a preposition of
time ("since the 2020 clashes between A and B", "after deadly fighting between them in 2022")
is background of a long-running conflict (optional in the guidelines): nothing
(_dated_anchor). Clashes between a state's police and protesters stay domestic (nothing).
PORTRAIT: joining, becoming a member of or acceding to a body told in a relative clause on its
own subject ("Finland, which joined NATO in 2023, said ...") describes the state and codes
nothing (forbid "^relcl>nsubj", _describing_clause), unless the clause is dated to the news
day ("Sweden, which joined NATO on Thursday"); the same act in a main clause keeps coding, and
other acts in relative clauses are not touched.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CLASHES: list[Case] = [
    (
        "NAIROBI",
        "Fighting between Ethiopia and Eritrea killed dozens of soldiers on Tuesday.",
        "ETH>ERI:19",
    ),
    (
        "BISHKEK",
        "Clashes between Kyrgyz and Tajik border troops left 12 dead on Friday.",
        "KGZ>TJK:19",
    ),
    (
        "NEW DELHI",
        "Deadly skirmishes between Indian and Chinese troops erupted in Ladakh on Monday.",
        "IND>CHN:19",
    ),
    ("KHARTOUM", "Sudan's clashes with South Sudan intensified on Wednesday.", "SDN>SSD:19"),
    (
        "BAKU",
        "Renewed fighting between Azerbaijan and Armenia broke out along the border overnight.",
        "AZE>ARM:19",
    ),
    (
        "ISLAMABAD",
        "A firefight between Pakistani and Afghan forces killed three guards on Sunday.",
        "PAK>AFG:19",
    ),
    (
        "ASMARA",
        "Eritrea and Ethiopia traded accusations on Monday. Fighting between them had killed "
        "40 soldiers overnight.",
        "ERI>ETH:11 ETH>ERI:11 ERI>ETH:19",
    ),
    (
        "KABUL",
        "Afghanistan closed the Torkham crossing after clashes between Afghan and Pakistani "
        "border guards on Sunday.",
        # the crossing closed naming no one is closed to the neighbour named (context173)
        "AFG>PAK:16 AFG>PAK:19",
    ),
    # a past year's clashes after "since" only date the meeting
    (
        "BAKU",
        "Azerbaijani and Armenian envoys met on Monday, the first meeting since the 2020 "
        "clashes between Azerbaijan and Armenia.",
        "AZE>ARM:04 ARM>AZE:04",
    ),
]

CLASHES_NONE: list[NearMiss] = [
    (
        "DUSHANBE",
        "Trade across the border has not recovered since the deadly fighting between Kyrgyzstan "
        "and Tajikistan in 2022.",
    ),
    ("LIMA", "Clashes between Peruvian police and protesters left five dead on Monday."),
    (
        "CARACAS",
        "Clashes between Venezuelan security forces and opposition supporters erupted on Monday.",
    ),
]

MEMBERS: list[Case] = [
    ("KUALA LUMPUR", "Malaysia joined the ICC on Monday.", "MYS>ICC:05"),
    (
        "HELSINKI",
        "Finland joined NATO in 2023, and on Monday it raised its defence budget.",
        "FIN>NATO:05",
    ),
    (
        "HELSINKI",
        "Finland became a member of NATO on Tuesday, the foreign ministry said.",
        "FIN>NATO:05",
    ),
    (
        "STOCKHOLM",
        "Sweden, which joined NATO on Thursday, will host allied jets, officials said.",
        "SWE>NATO:05",
    ),
    # other acts in a relative clause are untouched
    (
        "ABUJA",
        "Burkina Faso, which quit ECOWAS in 2024, signed a security pact with Mali on Monday.",
        "BFA>MLI:05",
    ),
    # the clause is no act: the main clause's act alone
    (
        "KYIV",
        "Ukraine welcomed Finland, which joined NATO in 2023, as a partner on Monday.",
        "UKR>FIN:05",
    ),
    (
        "DILI",
        "East Timor, which joined ASEAN last year, signed a trade pact with Australia on Monday.",
        "TLS>AUS:05",
    ),
    (
        "HANOI",
        "Vietnam, which acceded to the WTO in 2007, signed a trade deal with Laos on Monday.",
        "VNM>LAO:05",
    ),
]

MEMBERS_NONE: list[NearMiss] = [
    (
        "HELSINKI",
        "Finland, which joined NATO in 2023, said on Monday it would spend more on defence.",
    ),
    (
        "STOCKHOLM",
        "Sweden, which became a member of NATO last year, hosted naval drills on Monday.",
    ),
    ("ANKARA", "Turkey, which joined the World Trade Organization in 1995, raised its tariffs."),
    ("ZAGREB", "Croatia, which became the 28th member of the EU in 2013, adopted the euro."),
    ("DOHA", "Qatar, which rejoined OPEC in 1961, hosted a gas conference on Monday."),
    (
        "KIGALI",
        "Rwanda, which acceded to the Commonwealth in 2009, hosted a summit of its leaders.",
    ),
]

GAPS: list[Gap] = [
    (
        "PARIS",
        "A clash between France and Italy over migrants dominated the summit on Monday.",
        "",
        "a clash 'over' a policy between two states is read as armed fighting",
    ),
]

CASES = CLASHES + MEMBERS
NONE = CLASHES_NONE + MEMBERS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review19_codes_clashes_and_portraits(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
