"""Context 130 (session 57, helper C57): acts whose target only the context gives.

A demand told to "the envoy" a state summoned, and a conditional threat after a demand.

"Peru summoned Chile's ambassador ... A Peruvian diplomat said the envoy was told that Lima
expected the men to be released": the demand names no one, and the envoy it is told to is
named by the role alone. clauses._told_bare_envoy finds such an addressee over the act (a
telling verb's object or passive subject: "told the envoy", "handed the ambassador a note
demanding ...", "the envoy was told"); reactions._told_envoy_state aims the act at the one
state whose envoy its source summoned in that sentence or the three before. Near misses: an
envoy met (not summoned), another state's minister telling the envoy, an envoy with a
nationality of his own, two states' envoys summoned, a summons too far back.

A conditional threat naming no one ("Otherwise Seoul will take further measures", "warned
that Lima would file a complaint if the ban was not lifted") is the sequel of its source's
demand, appeal, complaint or refusal just before: reactions._ultimatum_target aims it at the
one state that act (in its sentence or the one before) is aimed at. Near misses: no
condition, praise before it, a demand of two states, a demand two sentences back, another
state's demand.

A demand for the release of what is held when the holding itself went uncoded ("Norway
summoned Russia's ambassador after a Norwegian trawler was boarded ... 'We demand the
release of the crew'"): reactions._complained_state makes it of the one state its source
complained of before. Near misses: complaints about two states, praise instead, another
state's summons, a release of what no one holds.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# clauses._told_bare_envoy, reactions._told_envoy_state
ENVOY_TOLD: list[Case] = [
    (
        "LIMA",
        "Peru summoned Chile's ambassador on Monday after Chilean police detained six Peruvian "
        "fishermen. A Peruvian diplomat said the envoy was told that Lima expected the men to be "
        "released without delay.",
        "PER>CHL:11 CHL>PER:17 PER>CHL:10",
    ),
    (
        "ACCRA",
        "Ghana's Foreign Ministry summoned the Togolese ambassador on Tuesday over the closure of "
        "a border crossing. The ministry said it had handed the ambassador a note demanding that "
        "the crossing be reopened.",
        # the closure protested, by the state protested to, was done to Ghana (X62, session 62)
        "GHA>TGO:11 TGO>GHA:16 GHA>TGO:10",
    ),
    (
        "OSLO",
        "Norway summoned Russia's ambassador on Friday after a Russian trawler cut a survey "
        "cable. Officials told the envoy that Oslo wanted a full explanation of the incident.",
        "NOR>RUS:11 NOR>RUS:10",
    ),
]

# the envoy's state is not the summoned one, or not one state
ENVOY_NONE: list[Case] = [
    (
        "QUITO",
        "Ecuador summoned the ambassadors of Peru and Colombia on Thursday over the trucks. The "
        "ministry told the envoy that the trucks must be released.",
        "ECU>PER:11 ECU>COL:11",
    ),
    (
        "QUITO",
        "Ecuador's foreign minister met Peru's ambassador on Thursday. She told the envoy that "
        "Quito expected the trucks to be released.",
        "ECU>PER:04",
    ),
    (
        "QUITO",
        "Ecuador summoned Peru's ambassador on Thursday. Colombia's foreign minister told the "
        "envoy that Bogota expected the trucks to be released.",
        "ECU>PER:11",
    ),
    (
        "QUITO",
        "Ecuador summoned Peru's ambassador on Thursday over the trucks. She told the French "
        "ambassador that Quito expected support from Paris.",
        "ECU>PER:11",
    ),
    (
        "QUITO",
        "Ecuador summoned Peru's ambassador on Monday over the trucks. Prices of bananas rose on "
        "Tuesday. Exports fell in May. The harvest was poor. Officials told the envoy that Quito "
        "expected the trucks to be released.",
        "ECU>PER:11",
    ),
]

# reactions._conditional_vow, reactions._ultimatum_target
ULTIMATUM: list[Case] = [
    (
        "SEOUL",
        "South Korea's foreign ministry urged Japan to withdraw the new textbooks. \"Otherwise "
        "Seoul will take further resolute measures,\" a spokesman said.",
        "KOR>JPN:02 KOR>JPN:13",
    ),
    (
        "LIMA",
        "Peru's embassy delivered a protest note to the Chilean Foreign Ministry on Monday over "
        "the fishing ban. Peru's trade minister warned that Lima would file a complaint at the "
        "World Trade Organization if the ban was not lifted.",
        "PER>CHL:11 PER>CHL:13",
    ),
    (
        "LIMA",
        "Peru urged Chile to reopen the road on Monday. Its foreign minister warned that Peru "
        "would take measures if the road stayed closed.",
        "PER>CHL:02 PER>CHL:13",
    ),
]

# no condition, no demand just before, or not one state's
ULTIMATUM_NONE: list[Case] = [
    (
        "LIMA",
        "Peru's embassy delivered a protest note to the Chilean Foreign Ministry on Monday over "
        "the fishing ban. Peru's trade minister warned that Lima would file a complaint at the "
        "World Trade Organization.",
        "PER>CHL:11",
    ),
    (
        "LIMA",
        "Peru praised Chile's new port on Monday. Its foreign minister warned that Peru would "
        "take measures if the port harmed its fishermen.",
        "PER>CHL:05",
    ),
    (
        "LIMA",
        "Peru urged Chile and Bolivia to reopen the road on Monday. Its foreign minister warned "
        "that Peru would take measures if the road stayed closed.",
        "PER>CHL:02 PER>BOL:02",
    ),
    (
        "LIMA",
        "Peru urged Chile to reopen the road on Monday. Prices rose on Tuesday. Its foreign "
        "minister warned that Peru would take measures if the road stayed closed.",
        "PER>CHL:02",
    ),
    (
        "LIMA",
        "Bolivia urged Chile to reopen the road on Monday. Peru's foreign minister warned that "
        "Peru would take measures if the road stayed closed.",
        "BOL>CHL:02",
    ),
]

# reactions._held_demand, reactions._complained_state
COMPLAINED: list[Case] = [
    (
        "OSLO",
        "Norway summoned Russia's ambassador on Friday after a Norwegian trawler was boarded in "
        "the Barents Sea. \"We demand the immediate release of the crew,\" the ministry said.",
        "NOR>RUS:11 NOR>RUS:10",
    ),
]

# two states complained of, no complaint, another's complaint, nothing held
COMPLAINED_NONE: list[Case] = [
    (
        "OSLO",
        "Norway summoned Russia's ambassador on Friday after a Norwegian trawler was boarded in "
        "the Barents Sea. Norway also protested to Finland over a fishing quota. \"We demand the "
        "immediate release of the crew,\" the ministry said.",
        "NOR>RUS:11 NOR>FIN:11",
    ),
    (
        "OSLO",
        "Norway praised Russia's rescue of a Norwegian trawler crew in the Barents Sea. Norway's "
        "Foreign Ministry demanded the release of the crew.",
        "NOR>RUS:05",
    ),
    (
        "OSLO",
        "Sweden summoned Russia's ambassador on Friday over the boarding of a Norwegian trawler. "
        "Norway's Foreign Ministry demanded the release of the crew.",
        "SWE>RUS:11",
    ),
    (
        "OSLO",
        "Norway summoned Russia's ambassador on Friday over the boarding of a trawler. Norway's "
        "Foreign Ministry demanded the release of the full report.",
        "NOR>RUS:11",
    ),
]

CASES: list[Case] = (
    ENVOY_TOLD + ENVOY_NONE + ULTIMATUM + ULTIMATUM_NONE + COMPLAINED + COMPLAINED_NONE
)
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context130_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context130_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
