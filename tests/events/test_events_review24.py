"""Review 24 (session 15, builder X2): precision of the session's new rules on near-misses.

CLIMB: a second act of one pair found clauses deep after the first keeps its own act only when
its target is its own; a reaction whose target the context gave ("the move", "the decision")
climbs one clause at most, else it restates the first act's answer to the deed
(_clause_anchor, climb).
GIFTS: a gift with no state as recipient joins other givers' gifts only when it names no
receiver of its own ("donated 10 million euros to its own defense industry": _told_addressee
in _fellow_recipient), and is told as news, not in the perfect ("Iran has supplied drones").
OFFICES: an embassy's protest is aimed at its host only when it names no addressee of its own
("lodged a protest with the shipping company": _told_addressee in _office_hosts).
ANOTHER: another decision brought up between a deed and "the decision" (_another_of_kind).
DRAWN: a from-phrase after a later noun of a drawn list is that noun's (_own_froms).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CLIMB: list[Case] = [
    (
        "MINSK",
        "Belarus expelled Lithuanian diplomats on Monday. Russia sent troops to the border on "
        "Tuesday. Lithuania protested to Minsk and said that it had decided to criticize the "
        "move.",
        "BLR>LTU:16 LTU>BLR:11",
    ),
    (
        "MINSK",
        "Belarus expelled Latvian diplomats on Monday. Latvia summoned the Belarusian envoy and "
        "said it was preparing to condemn the decision at the OSCE.",
        "BLR>LVA:16 LVA>BLR:11",
    ),
    (
        "MINSK",
        "Belarus expelled Polish diplomats on Monday. Poland summoned the Belarusian envoy and "
        "said Warsaw would expel Belarusian diplomats.",
        "BLR>POL:16 POL>BLR:11 POL>BLR:16",
    ),
    (
        "WARSAW",
        "Poland met Ukraine's prime minister and promised that Warsaw would keep supplying fuel "
        "to Kyiv.",
        "POL>UKR:04 POL>UKR:03",
    ),
    (
        "MOSCOW",
        "Russia denounced Norway's expulsion of its diplomats and said Moscow would retaliate.",
        "RUS>NOR:11 RUS>NOR:13",
    ),
]

GIFTS: list[Case] = [
    (
        "KYIV",
        "Germany gave Ukraine 20 air defense systems on Monday. France also donated 10 million "
        "euros to its own defense industry.",
        "DEU>UKR:07",
    ),
    (
        "ISLAMABAD",
        "Japan gave Pakistan $10 million for flood relief on Monday. China gave its own farmers "
        "$5 million.",
        "JPN>PAK:07",
    ),
    (
        "KYIV",
        "Germany gave Ukraine 20 air defense systems on Monday. Iran has supplied drones, "
        "officials said.",
        "DEU>UKR:07",
    ),
    (
        "DHAKA",
        "Japan gave Bangladesh $10 million for flood relief on Monday. China sent tents. The "
        "United States announced $30 million in aid.",
        "JPN>BGD:07 CHN>BGD:07 USA>BGD:07",
    ),
]

OFFICES: list[Case] = [
    (
        "BEIJING",
        "The Chinese embassy in Manila lodged a protest with the shipping company on Monday.",
        "",
    ),
    (
        "BEIJING",
        "The Chinese embassy in Jakarta lodged a protest on Monday.",
        "CHN>IDN:11",
    ),
]

# ANOTHER: a sentence between the deed and a reaction to "the decision" that brings up another
# decision, indefinite, leaves the reaction without a target; a predicate noun ("it was a
# decision taken by the junta") names the deed itself (_another_of_kind).
ANOTHER: list[Case] = [
    (
        "ASTANA",
        "Kazakhstan recognised the Taliban government on Monday. Analysts said a decision on a "
        "rail link was expected soon. The European Union welcomed the decision.",
        "KAZ>AFG:05",
    ),
    (
        "BAMAKO",
        "Mali expelled the French ambassador on Monday. Officials said it was a decision taken "
        "by the junta alone. The European Union criticized the decision.",
        "MLI>FRA:16 EU>MLI:11",
    ),
    (
        "OUAGADOUGOU",
        "Burkina Faso expelled the French ambassador on Monday. Its foreign minister said the "
        "decision was final. The African Union regretted the decision.",
        "BFA>FRA:16 AU>BFA:11",
    ),
]

# DRAWN: "drew condemnation from Greece and praise from Azerbaijan": the parser hangs both
# from-phrases on the verb; the one after a later noun of the list is that noun's (_own_froms).
DRAWN: list[Case] = [
    (
        "NICOSIA",
        "Turkey's drilling drew condemnation from Greece and praise from Azerbaijan.",
        "GRC>TUR:11",
    ),
    (
        "ATHENS",
        "Turkey's drilling drew condemnation from Greece and Cyprus.",
        "GRC>TUR:11 CYP>TUR:11",
    ),
    (
        "VALLETTA",
        "Libya's decision drew condemnation from Italy and criticism from the EU.",
        "ITA>LBY:11 EU>LBY:11",
    ),
]

GAPS: list[Gap] = []

CASES = CLIMB + GIFTS + OFFICES + ANOTHER + DRAWN
NONE: list[NearMiss] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review24_codes_review_findings(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected failures."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
