"""Reactions 31 (session 28, helper WEL): a reaction to "the agreement" reaches all of its
parties.

The nearest telling of a deal may name only some of its parties: a signing told in the
passive by "the two ministers, X of Malawi and Y of Mozambique" (read as Malawi alone). When
that telling is a definite noun referring back ("The deal was signed by ..."), the story's
lead telling that names those parties and more gives the targets
(reactions._fuller_lead_telling); a concession one side made, told by a verb ("Under a
separate protocol, Bolivia agreed to hand over ...", Bolivia alone), is left as it is (a Gap:
taking the lead's parties there too lowered precision on a held-out set), and a later deal
with another partner ("signed a separate agreement with Brazil") keeps its own parties. Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").

The rows of FAR put eight sentences of other news between the deal and the reaction, past
the reach of "the deal" (coordination._FAMILY_WINDOW), so that only the tellings place it;
the rows of PARTIES, nearer, reach the same parties through the coded signing and guard them.
A trailing saying clause about "it" ("welcomed the agreement, saying it would strengthen
Chad's economy") only judges the deal: the states it names are no parties, as those of a
trailing naming clause are not (reactions._saying_restated, beside _naming_restated). A
telling marked as its author's own ("Britain has imposed its own sanctions") is held behind
any other telling held, one years back of the story's included ("Canada had already
sanctioned 40 officials since 2017"), where before the nearest held one answered
(reactions._told_targets). "The move" sums up a decision told before when no act was done
since; an act in the clause that describes the reactor ("Finland, whose navy patrols the
gulf alongside Estonian forces, also welcomed the move") is no such act
(reactions._described_reactor, now also in _told_targets), and a freedom to decide
("member states were free to decide who uses their ports": _free_to_decide) tells no
decision.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# news that fills the sentences between a deal and a reaction beyond the reach of "the
# deal" (coordination._FAMILY_WINDOW), so that only the story's tellings place it
_RIVER = (
    "The river floods every spring. Trade across it has doubled since 2020. Its banks are "
    "home to many herders. Smuggling of fuel is common there. Both armies keep small posts "
    "along it. The last survey was made in 1932. Many of its islands have no names. Local "
    "traders use both currencies. "
)

# the lead's deal, whoever a later telling names
FAR: list[Case] = [
    # near-misses: a later deal with another partner, or by a state outside the lead's deal
    (
        "LA PAZ",
        "Peru and Bolivia signed an agreement on Tuesday to mark out their river border. "
        + _RIVER
        + "Bolivia also signed an agreement with Brazil on gas. Chile welcomed the agreement.",
        "PER>BOL:05 BOL>PER:05 BOL>BRA:05 CHL>BOL:05 CHL>BRA:05",
    ),
    (
        "CUSCO",
        "Peru and Bolivia signed an agreement on Tuesday to mark out their river border. "
        + _RIVER
        + "Ecuador signed an agreement on fishing rights on Wednesday. Chile welcomed the "
        "agreement.",
        "PER>BOL:05 BOL>PER:05 CHL>ECU:05",
    ),
]

_RAIL = (
    "The line will take six years to build. Work will start in March. Trucks now need four "
    "days for the trip. Most of the cotton crop goes by road. The old track was closed in "
    "1987. Engineers will survey the route first. Local officials expect thousands of jobs. "
    "The first trains will carry freight. "
)

# a trailing saying clause about "it" judges the deal; the states it names are no parties
SAYING: list[Case] = [
    (
        "NDJAMENA",
        "Chad and Cameroon signed an agreement on Monday to build a railway between their "
        "capitals. " + _RAIL + "Italy welcomed the agreement, saying it would strengthen "
        "Chad's economy.",
        "TCD>CMR:05 CMR>TCD:05 ITA>TCD:05 ITA>CMR:05",
    ),
    (
        "DOUALA",
        "Chad and Cameroon signed an agreement on Monday to build a railway between their "
        "capitals. " + _RAIL + "Nigeria criticized the agreement, saying it would hurt "
        "Cameroon's neighbors.",
        "TCD>CMR:05 CMR>TCD:05 NGA>TCD:11 NGA>CMR:11",
    ),
]

# "its own sanctions" beside the story's are held behind a telling years back of the story's
ASIDE: list[Case] = [
    (
        "OTTAWA",
        "Canada on Friday imposed travel bans on nine Venezuelan judges. Venezuela's foreign "
        "minister called the step an insult. Canada had already sanctioned 40 Venezuelan "
        "officials since 2017. Britain has imposed its own sanctions on dozens of officials. "
        "Colombia welcomed the sanctions.",
        "CAN>VEN:16 COL>CAN:05",
    ),
    # near-misses: with no other telling, the one beside still answers; one not marked as
    # its author's own is no aside and the nearest answers
    (
        "OTTAWA",
        "Canada on Friday imposed travel bans on nine Venezuelan judges. Venezuela's foreign "
        "minister called the step an insult. Britain has imposed its own sanctions on dozens "
        "of officials. Colombia welcomed the sanctions.",
        "COL>GBR:05",
    ),
    (
        "OTTAWA",
        "Canada on Friday imposed travel bans on nine Venezuelan judges. Venezuela's foreign "
        "minister called the step an insult. Canada had already sanctioned 40 Venezuelan "
        "officials since 2017. Britain has imposed sanctions on dozens of officials. Colombia "
        "welcomed the sanctions.",
        "CAN>VEN:16 COL>GBR:05",
    ),
]

# an act in the clause that describes the reactor is no act done since the move it praises
DESCRIBED: list[Case] = [
    (
        "TALLINN",
        "Estonia refused on Tuesday to let a Chinese research ship dock in Tallinn. Finland, "
        "whose navy patrols the gulf alongside Estonian forces, also welcomed the move.",
        "FIN>EST:06 FIN>EST:05",
    ),
    (
        "TALLINN",
        "Estonia refused on Tuesday to let a Chinese research ship dock in Tallinn. Finland, "
        "which sold Estonia two patrol boats last year, praised the move.",
        "FIN>EST:07 FIN>EST:05",
    ),
    # a freedom to decide is no decision the move could sum up
    (
        "TALLINN",
        "Estonia refused on Tuesday to let a Chinese research ship dock in Tallinn. The "
        "European Union said member states were free to decide who uses their ports. Finland, "
        "which sold Estonia two patrol boats last year, welcomed the move.",
        "FIN>EST:07 FIN>EST:05",
    ),
    # guards: no description; the reactor's own act of the kind, described
    (
        "TALLINN",
        "Estonia refused on Tuesday to let a Chinese research ship dock in Tallinn. Finland "
        "praised the move.",
        "FIN>EST:05",
    ),
    (
        "RIGA",
        "Latvia expelled two Russian diplomats on Monday. Lithuania, which expelled three "
        "Russian diplomats last month, welcomed the move.",
        "LVA>RUS:16 LTU>RUS:16 LTU>LVA:05",
    ),
]

# nearer the deal: the same parties through the coded signing
PARTIES: list[Case] = [
    (
        "LILONGWE",
        "Malawi and Mozambique signed an agreement on Wednesday to share the water of Lake "
        "Niassa. The deal was signed in Lilongwe by the two water ministers, Peter Banda of "
        "Malawi and Ana Cossa of Mozambique, in the presence of both presidents. The World Bank "
        "said it would lend the two countries $200 million to build solar plants near the lake. "
        "Tanzania, whose state utility has sold emergency power to both countries, welcomed the "
        "agreement.",
        # the restated signing both ways, as by named ministers (test_events_coord21.py), since
        # "the two water ministers" is a plural of the pair (session 43, portfolio_heads)
        "MWI>MOZ:05 MOZ>MWI:05 MWI>MOZ:05 MOZ>MWI:05 WB>MWI:03 WB>MOZ:03 TZA>MWI:05 TZA>MOZ:05",
    ),
    (
        "SANTIAGO",
        "Peru and Bolivia signed an agreement on Tuesday to mark out their river border. Under a "
        "separate protocol, Bolivia agreed to hand over 12 Peruvian fishermen held in its jails. "
        "Spain said it had given both sides copies of old maps. Chile and Argentina welcomed the "
        'agreement, and a Chilean spokesperson called it "a real step toward calm."',
        "PER>BOL:05 BOL>PER:05 BOL>PER:03 CHL>PER:05 CHL>BOL:05 ARG>PER:05 ARG>BOL:05",
    ),
    (
        "SKOPJE",
        "North Macedonia and Albania signed an energy agreement on Friday. Under the agreement, "
        "Albania agreed to sell power to its neighbor during the winter. Greece welcomed the "
        "agreement.",
        "MKD>ALB:05 ALB>MKD:05 ALB>MKD:06 GRC>MKD:05 GRC>ALB:05",
    ),
    # near-misses: a later deal with another partner, or by a state outside the lead's deal
    (
        "LA PAZ",
        'Peru and Bolivia signed a border agreement on Tuesday. "We have ended a long quarrel," '
        "a Peruvian official said. Later that day Bolivia also signed an agreement with Brazil on "
        "gas exports. Chile welcomed the agreement.",
        "PER>BOL:05 BOL>PER:05 BOL>BRA:05 CHL>BOL:05 CHL>BRA:05",
    ),
    (
        "QUITO",
        "Peru and Colombia signed a border agreement on Tuesday. The talks lasted three days. On "
        "Wednesday Ecuador signed an agreement on fishing rights. Chile welcomed the agreement.",
        "PER>COL:05 COL>PER:05 CHL>ECU:05",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "GAROUA",
        "Chad and Cameroon signed an agreement on Monday to build a railway between their "
        "capitals. " + _RAIL + "Italy welcomed the agreement, saying Nigeria should join the "
        "project.",
        "TCD>CMR:05 CMR>TCD:05 ITA>TCD:05 ITA>CMR:05 ITA>NGA:02",
        "a saying clause with a subject of its own that names another state is read as naming "
        "a party (reactions._told_noun), so the welcome past the deal's reach finds no telling",
    ),
]

CASES = FAR + SAYING + ASIDE + DESCRIBED + PARTIES
# a Gap until session 35: WELC's undertaking held behind a signed deal (reactions._undertaking)
CASES += [
    (
        "SANTIAGO",
        "Peru and Bolivia signed an agreement on Tuesday to mark out their river border. "
        + _RIVER
        + "Under a separate protocol, Bolivia agreed to hand over 12 Peruvian fishermen held "
        "in its jails. Chile welcomed the agreement.",
        "PER>BOL:05 BOL>PER:05 BOL>PER:03 CHL>PER:05 CHL>BOL:05",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions31_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions31_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
