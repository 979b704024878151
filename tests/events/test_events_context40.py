"""Context 40 (session 24, builder S23): general forms behind set 23's extras and misses.

"The two ministers" after "Chilean Trade Minister Jorge Pardo and his Peruvian counterpart"
is that pair of people, not a pair of capitals named after them ("... a terminal that will
ship copper to Quito and Bogota"): a person's possessive before a list's next member joins
the list (plurals.yaml member_possessives) and a state's counterpart, a role phrase, is a
person (plurals._personal), so the set of people is chosen first.

A predicative stance compared with others' and about nothing ("The United States was more
critical.") opens the account the next sentences give: no act told before is its target
(extract._compared_stance, rules comparing_words); "was critical" alone still answers the
act just told.

A bare title ("The spokesperson said") refers back to the holder named last, named or not:
an unnamed holder ("A U.S. State Department spokesperson said") nearer than a named one
("Spokesperson Wu Jiayi") is the one (Resolver._add_title reads _nameless_before first).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

COUNTERPART_PAIRS: list[Case] = [
    (
        "LIMA",
        "Chilean Trade Minister Jorge Pardo and his Peruvian counterpart, Ana Quispe, opened a "
        "terminal on Monday that will ship copper to Quito and Bogota. The two ministers also "
        "signed an agreement on joint inspections.",
        "CHL>PER:05 PER>CHL:05",
    ),
    (
        "NAIROBI",
        "Kenyan Interior Minister John Mwangi and his Ugandan counterpart inaugurated a border "
        "post on Friday that will serve traders bound for Kigali and Juba. The two ministers "
        "then signed a memorandum on joint patrols.",
        "KEN>UGA:05 UGA>KEN:05",
    ),
    (
        "JAKARTA",
        "Indonesian Defense Minister Sri Wulandari and her Malaysian counterpart toured a "
        "shipyard that builds patrol boats for Vietnam and Thailand. Both ministers later "
        "signed a pact on maritime security.",
        "IDN>MYS:05 MYS>IDN:05",
    ),
    # kept: two people of one state make no pair; a pair of people met is still one
    (
        "WARSAW",
        "Polish Foreign Minister Jan Nowak and his Czech counterpart, Petr Dvorak, met in "
        "Prague on Tuesday. Hungary and Slovakia criticized the two governments.",
        "POL>CZE:04 CZE>POL:04 HUN>POL:11 HUN>CZE:11 SVK>POL:11 SVK>CZE:11",
    ),
    (
        "SANTIAGO",
        "Chile and Peru signed a copper deal on Monday. Chilean Trade Minister Jorge Pardo and "
        "his deputy later visited a port.",
        "CHL>PER:05 PER>CHL:05",
    ),
]

COMPARED_STANCES: list[Case] = [
    (
        "ULAANBAATAR",
        "Mongolia signed a pipeline deal with Russia on Wednesday. China welcomed the "
        "agreement. Beijing and Moscow agreed on a gas price in February. The United States "
        "was more critical.",
        "MNG>RUS:05 CHN>MNG:05 CHN>RUS:05 CHN>RUS:05 RUS>CHN:05",
    ),
    (
        "ASTANA",
        "Kazakhstan signed a rail deal with China on Monday. Russia praised the agreement. "
        "Britain was less critical.",
        "KAZ>CHN:05 RUS>KAZ:05 RUS>CHN:05",
    ),
    # kept: a stance with no degree word answers the act just told
    (
        "WARSAW",
        "Russia expelled two Polish diplomats on Monday. Lithuania was critical.",
        "RUS>POL:16 LTU>RUS:11",
    ),
]

NAMELESS_HOLDERS: list[Case] = [
    (
        "HANOI",
        "Vietnam signed a port deal with Cambodia on Monday. Thai Foreign Minister Somchai "
        "Petch praised the deal. A Japanese minister said the port would help China. The "
        "minister also criticized Cambodia.",
        "VNM>KHM:05 THA>VNM:05 THA>KHM:05 JPN>KHM:11",
    ),
    (
        "ULAANBAATAR",
        "Mongolia signed a gas deal with Russia on Wednesday. Chinese spokesperson Wu Lan "
        "welcomed the agreement. A U.S. State Department spokesperson said the deal would help "
        "Moscow and urged Mongolia to review it. The spokesperson said Washington would support "
        "Mongolia. Mongolia rejected the suggestion that it was taking sides.",
        "MNG>RUS:05 CHN>MNG:05 CHN>RUS:05 USA>MNG:02 USA>MNG:03 MNG>USA:12",
    ),
    # kept: with no holder named since, the named one
    (
        "HANOI",
        "Vietnam signed a port deal with Cambodia on Monday. Thai Foreign Minister Somchai "
        "Petch praised the deal. The minister also criticized China.",
        "VNM>KHM:05 THA>VNM:05 THA>KHM:05 THA>CHN:11",
    ),
]

UNLISTED_PORTFOLIOS: list[Case] = [
    (
        "DUSHANBE",
        "Tajik Energy Minister Daler Juma and Uzbekistan's water resources minister, Shavkat "
        "Hamraev, signed a water-sharing protocol in Dushanbe on Friday.",
        "TJK>UZB:05 UZB>TJK:05",
    ),
    (
        "LA PAZ",
        "Chilean Mining Minister Pedro Soto and Bolivia's lithium industry minister, Rosa "
        "Mamani, signed a deal on Tuesday. Mamani later thanked Chile for its help.",
        "CHL>BOL:05 BOL>CHL:05 BOL>CHL:05",
    ),
    (
        "ASUNCION",
        "Argentine Economy Minister Luis Caputo and Paraguay's energy minister, Felix Sosa, met "
        "in Asuncion on Monday. Sosa later praised Argentina for its gas deliveries.",
        "ARG>PRY:04 PRY>ARG:04 PRY>ARG:05",
    ),
    # kept: a portfolio's minister alone, and a body's chief, as before
    (
        "ACCRA",
        "Ghana's sanitation minister signed a waste deal with Togo on Monday.",
        "GHA>TGO:05",
    ),
    (
        "LOME",
        "Ghana's football association chief met Togo's sports minister on Monday.",
        "GHA>TGO:04",
    ),
]

HELD_BODIES: list[Case] = [
    (
        "KATHMANDU",
        "Nepal's Maoist-led government welcomed the new rules. Its foreign minister, Ram Thapa, "
        "thanked India for its support.",
        "NPL>IND:05",
    ),
    (
        "YANGON",
        "Myanmar's military-run government called the deal fair. Its foreign minister, Than "
        "Swe, thanked China for its help.",
        "MMR>CHN:05",
    ),
    # kept: a hyphened word of no holder is no body's
    (
        "BANGKOK",
        "Thailand's long-awaited budget was criticized by Cambodia.",
        "KHM>THA:11",
    ),
]

DENIED_CONJUNCTS: list[Case] = [
    (
        "KYIV",
        "Ukraine's foreign minister said Ukraine had struck a military target in Russia, not "
        "Belarus.",
        "UKR>RUS:19",
    ),
    (
        "ANKARA",
        "Turkey said its jets had bombed positions in Syria, not Iraq.",
        "TUR>SYR:19",
    ),
    (
        "NICOSIA",
        "Turkey criticized Greece, not Cyprus, over the drilling.",
        "TUR>GRC:11",
    ),
    # kept: a plain conjunct is a target
    (
        "BAGHDAD",
        "Turkey said its jets had bombed positions in Syria and Iraq.",
        "TUR>SYR:19 TUR>IRQ:19",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = (
    COUNTERPART_PAIRS
    + COMPARED_STANCES
    + NAMELESS_HOLDERS
    + UNLISTED_PORTFOLIOS
    + HELD_BODIES
    + DENIED_CONJUNCTS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context40_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context40_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
