"""Reactions 21 (session 21, builder RX): reactions to a deed whose author is told elsewhere.

Coded: a feeling of disapproval drawn from a state ("a move that drew concern from Egypt",
"prompting alarm from Albania") is disapproval of the deed's author, as "drew condemnation
from" already was (n.concern_from, read by the eliciting verbs); "the release" a reaction
answers is the latest freeing as well as the detention it undoes, and the state whose people
its of-phrase names was freed, not the freer (freeing_nouns, extract._freed_states); a
reaction in a comma-set "which" clause answers the subject of the clause it hangs on, when
"which" hangs on the clause's date or on a thing its act made that names no actor
(sides._relative_maker: "replaced them with an electronic permit, which Ghana criticized");
a noun of an act the dictionary knows that sums up its clause is the clause's act, as "a
step" is, even when the act is only planned ("will travel to Beijing, a trip Washington has
criticized": sides._relative_author); "the blockade" is told by its blocking
(act_derivations "blockade block").
Near-misses: concern drawn by a natural disaster or a market move, concern felt by private
people or for people, a release or a blockade by no state, a "which" clause on a deed of no
state, on a plan or a saying, on an answer, or on the reactor's own deed. Tried and taken
back, kept as gaps: "the arrangement" as one more noun of an agreement (an earlier "the
first such arrangement for Tokyo" then names Tokyo its author: test_events_context7).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DRAWN_CONCERN: list[Case] = [
    (
        "ADDIS ABABA",
        "Ethiopia deployed troops along its border with Sudan on Monday, a move that drew "
        "concern from Egypt and Sudan.",
        "ETH>SDN:15 EGY>ETH:11 SDN>ETH:11",
    ),
    (
        "BELGRADE",
        "Serbia sent troops toward the Kosovo border on Tuesday, prompting alarm from Albania.",
        "ALB>SRB:11",
    ),
    (
        "WARSAW",
        "Poland closed its last border crossing with Belarus on Monday. The closure drew outrage "
        "from Minsk.",
        "POL>BLR:16 BLR>POL:11",
    ),
    (
        "HANOI",
        "Vietnam expelled a Chinese diplomat on Friday, a decision that drew concern from Beijing.",
        "VNM>CHN:16 CHN>VNM:11",
    ),
]

# "the release" answers the latest freeing; the freed people's state is no author
RELEASES: list[Case] = [
    (
        "MINSK",
        "Belarus freed two Polish citizens on Friday. The European Union welcomed the release.",
        "BLR>POL:08 EU>BLR:05",
    ),
    (
        "TEHRAN",
        "Iran freed a French aid worker on Tuesday. Germany praised the release.",
        "IRN>FRA:08 DEU>IRN:05",
    ),
    (
        "CARACAS",
        "Venezuela freed six Colombian fishermen on Sunday. Colombia welcomed the release of its "
        "citizens.",
        "VEN>COL:08 COL>VEN:05",
    ),
    (
        "TERESPOL",
        "Poland and Belarus swapped prisoners on Thursday. Poland released three Belarusian men, "
        "while Belarus freed two Polish citizens. The European Union welcomed the release of the "
        "two Poles.",
        "POL>BLR:08 BLR>POL:08 POL>BLR:08 BLR>POL:08 EU>BLR:05",
    ),
]

# a comma-set "which" clause or a summing act noun: the subject of the clause it hangs on
RELATIVES: list[Case] = [
    (
        "NAIROBI",
        "Kenya dropped visa rules for African visitors in 2024 but replaced them with an "
        "electronic travel permit, which Ghana criticized at the time.",
        "GHA>KEN:11",
    ),
    (
        "MANILA",
        "China built an artificial island near the Spratly Islands last year, which the "
        "Philippines condemned.",
        "PHL>CHN:11",
    ),
    (
        "CAIRO",
        "Egypt opened a new border crossing at Arqin on Monday, which Sudan welcomed.",
        "SDN>EGY:05",
    ),
    (
        "LIMA",
        "Peru expelled the Mexican ambassador on Monday, which Mexico condemned.",
        "PER>MEX:16 MEX>PER:11",
    ),
    (
        "TEGUCIGALPA",
        "Honduras's president will travel to Beijing next month, a trip Washington has criticized.",
        "HND>CHN:04 USA>HND:11",
    ),
    (
        "BOGOTA",
        "The Colombian president plans to visit Caracas in May, a trip the United States has "
        "criticized.",
        "COL>VEN:03 USA>COL:11",
    ),
]

# "the blockade" is told by its blocking
BLOCKADES: list[Case] = [
    (
        "GEORGETOWN",
        "Venezuelan warships blocked two supply vessels bound for an oil platform off Guyana on "
        "Sunday. Guyana's president called it piracy. The United States condemned the blockade.",
        "GUY>VEN:11 USA>VEN:11",
    ),
    (
        "BUDAPEST",
        "Hungary blocked the new sanctions package on Monday. Poland criticized the blockade.",
        "POL>HUN:11",
    ),
]

# a reaction to "the arrangement" answers the signers of the agreement told before (gaps
# until PR's bf4540e: "the arrangement" sums up a deal told by any agreement noun)
ARRANGEMENTS: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed a deal on Monday to share power lines. Benin welcomed the "
        "arrangement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>GHA:05 BEN>TGO:05",
    ),
    (
        "MBABANE",
        "Eswatini and the United States signed an agreement on Monday under which Eswatini will "
        "accept deportees. South Africa criticized the arrangement.",
        "SWZ>USA:05 USA>SWZ:05 ZAF>SWZ:11 ZAF>USA:11",
    ),
    (
        "MONTEVIDEO",
        "Uruguay and Paraguay signed a river transport accord on Tuesday. Argentina, which "
        "shares the river, said it regretted the arrangement.",
        "URY>PRY:05 PRY>URY:05 ARG>URY:11 ARG>PRY:11",
    ),
]

NONE: list[NearMiss] = [
    # concern drawn by no state's deed, or felt by no state
    ("LIMA", "A powerful earthquake struck Peru on Monday, drawing concern from Chile."),
    ("TOKYO", "Oil prices fell sharply on Monday, drawing concern from Japan."),
    ("TOKYO", "Japan's concern for the hostages grew on Monday."),
    (
        "MEXICO CITY",
        "Mexico's Supreme Court struck down a mining law on Monday, drawing concern from "
        "Canadian investors.",
    ),
    # an arrangement never told
    ("LA PAZ", "Floods closed roads across Bolivia on Monday. Chile criticized the arrangement."),
    # a "which" clause on no state's deed, a plan, a saying, or the reactor's own deed
    (
        "BEIRA",
        "A cyclone destroyed the port of Beira on Monday, which Mozambique's government "
        "criticized.",
    ),
    ("BAGHDAD", "Iran said it would build a new dam on the Sirwan river, which Iraq criticized."),
    (
        "LIMA",
        "Protesters built a camp outside the Chilean embassy in Lima, which Chile criticized.",
    ),
    ("ACCRA", "Ghana introduced a new visa permit on Monday, which Ghana's president praised."),
    (
        "LIMA",
        "Chile condemned the new fishing quotas, which Peru called unfair.",
    ),
    # a blockade by no state
    ("WARSAW", "Farmers blocked roads into Warsaw on Monday. Ukraine criticized the blockade."),
    # a release by no state
    ("BAMAKO", "Rebels in Mali freed two German hostages on Monday. France welcomed the release."),
    (
        "VIENTIANE",
        "Floodwaters were released from a dam in Laos on Monday. Thailand criticized the release.",
    ),
]
GAPS: list[Gap] = []
CASES = DRAWN_CONCERN + RELEASES + RELATIVES + BLOCKADES + ARRANGEMENTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions21_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
