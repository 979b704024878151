"""Context 82 (session 39, builder CTX3): a warning naming no one, after its source judged a pair.

"Kenya and Uganda agreed to build a pipeline. Tanzania condemned the plan. Its foreign ministry
warned that Tanzania would take all necessary measures": the warning names no target (its clause
tells the source's own act), and the one it answers is the pair its source judged in the
sentence before (reactions._own_answer with _OWN_THREAT_WINDOW), when the warning's clause
tells the source's own act (clauses._own_future_clauses). The discourse counterpart found one
state before; a pair had none. A judgement two sentences back, another state's judgement, a
welcome, a harm foretold (no vow), or what third parties will face give no threat.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a warning after the source's judgement of a pair in the sentence before: both
WARNED_PAIR: list[Case] = [
    (
        "DAR ES SALAAM",
        "Kenya and Uganda agreed on Monday to build an oil pipeline across Lake Victoria."
        " Tanzania condemned the plan on Friday. Its foreign ministry warned that Tanzania would"
        " take all necessary measures.",
        "KEN>UGA:03 UGA>KEN:03 TZA>KEN:11 TZA>UGA:11 TZA>KEN:13 TZA>UGA:13",
    ),
    (
        "NIAMEY",
        "Nigeria and Benin signed a pact on Monday to hold joint patrols near their borders."
        " Niger criticized the pact on Wednesday. Its spokesman warned that Niger would respond"
        " to any violation of its territory.",
        "NGA>BEN:05 BEN>NGA:05 NER>NGA:11 NER>BEN:11 NER>NGA:13 NER>BEN:13",
    ),
    (
        "MOSCOW",
        "Finland and Estonia agreed on Monday to build a joint missile shield. Russia condemned"
        " the decision on Tuesday. Its defense minister warned that Moscow would take"
        " countermeasures.",
        "FIN>EST:05 EST>FIN:05 RUS>FIN:11 RUS>EST:11 RUS>FIN:13 RUS>EST:13",
    ),
]

# no vow answering the judgement: too far back, another's, friendly, or a harm foretold
NO_THREAT: list[Case] = [
    (
        "SANTIAGO",
        "Peru and Bolivia agreed on Monday to dredge the river. Chile criticized the plan on"
        " Tuesday. Chile's navy held exercises on Wednesday. Its foreign minister warned that"
        " Chile would respond firmly.",
        "PER>BOL:05 BOL>PER:05 CHL>PER:11 CHL>BOL:11",
    ),
    (
        "SANTIAGO",
        "Peru and Bolivia agreed on Monday to dredge the channel. Chile criticized the plan on"
        " Tuesday. Argentina warned that it would respond firmly.",
        "PER>BOL:05 BOL>PER:05 CHL>PER:11 CHL>BOL:11",
    ),
    (
        "SANTIAGO",
        "Peru and Bolivia agreed on Monday to dredge the river. Chile welcomed the plan on"
        " Tuesday. Its foreign minister warned that Chile would respond firmly to any threat.",
        "PER>BOL:05 BOL>PER:05 CHL>PER:05 CHL>BOL:05",
    ),
    (
        "SANTIAGO",
        "Peru and Bolivia agreed on Monday to dredge the river. Chile criticized the plan on"
        " Tuesday. Its foreign minister warned that the dredging would hurt fishermen.",
        "PER>BOL:05 BOL>PER:05 CHL>PER:11 CHL>BOL:11",
    ),
    (
        "HAVANA",
        "Russia delivered 700,000 barrels of oil to Cuba on Monday. The United States condemned"
        " the delivery. A spokesperson said the shipment broke U.S. sanctions and warned that"
        " companies involved would face consequences.",
        "RUS>CUB:06 USA>RUS:11 USA>CUB:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "TEHRAN",
        "Turkmenistan and Azerbaijan agreed on Monday to lay a gas pipeline under the Caspian"
        " Sea. Iran objected to the project on Tuesday, and a ministry spokesman warned that"
        " Tehran would defend its rights by every means.",
        "TKM>AZE:05 AZE>TKM:05 IRN>TKM:11 IRN>AZE:11 IRN>TKM:13 IRN>AZE:13",
        "'objected to the project' codes no objection, so the warning has no judgement to answer",
    ),
]

CASES: list[Case] = WARNED_PAIR + NO_THREAT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context82_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context82_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
