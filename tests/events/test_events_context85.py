"""Context 85 (session 42, builder CTX5): which deal a third party's "the agreement" answers.

1. A deal announced together. "Chile and Argentina said in a joint statement that they would
   share data on glacier melt. Peru welcomed the agreement": what two states announce
   together (a saying verb whose subjects name two states or more: "X and Y said", "the two
   governments said") is their agreement, though no word of a deal tells it; the judgement
   reaches both (reactions._joint_statement_parties, after every telling rule found nothing).
   Only from the nearest such statement within three sentences or in the lead, when it names
   no other state: the pair speaking of another's deal ("France and Germany said the EU's deal
   with Mercosur was flawed") announces none of its own.
2. Two pacts by different pairs in one sentence. "Ghana signed a trade pact with Togo, and
   Kenya signed a defense pact with Uganda. The U.N. welcomed the agreement": which pact is
   meant is not said, and the guidelines code only a clear interaction, so nothing is coded
   (coordination._rival_pair, as reactions._told_targets does for two authors of one act in
   the nearest sentence). Before, the nearest pact's pair took the welcome. Told in two
   sentences, the nearer pact is the one the definite noun refers back to (kept, as before);
   another use in the sentence by one author ("under a framework adopted by the AU") or one
   sharing a party is no rival; a plural "the deals" is left as it was (a Gap: it takes only
   the nearest pair).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a deal announced together by a pair, then a third party's judgement of "the agreement"
ANNOUNCED: list[Case] = [
    (
        "SANTIAGO",
        "Chile and Argentina said in a joint statement on Friday that they would share data on"
        " glacier melt. Peru welcomed the agreement.",
        "PER>CHL:05 PER>ARG:05",
    ),
    (
        "ASTANA",
        "Kazakhstan will supply electricity to Kyrgyzstan this winter, the two governments said"
        " in a joint statement on Monday. Russia welcomed the agreement.",
        "KAZ>KGZ:03 RUS>KAZ:05 RUS>KGZ:05",
    ),
    (
        "KIGALI",
        "Rwanda and Burundi said on Thursday that they would reopen their border to traders."
        " Kenya praised the deal.",
        "RWA>BDI:03 BDI>RWA:03 KEN>RWA:05 KEN>BDI:05",
    ),
]

# two pacts by different pairs in one sentence: which is meant is not said
RIVALS: list[Case] = [
    (
        "ACCRA",
        "Ghana signed a trade pact with Togo on Monday, and Kenya signed a defense pact with"
        " Uganda on Tuesday. The United Nations welcomed the agreement.",
        "GHA>TGO:05 KEN>UGA:05",
    ),
    (
        "LIMA",
        "Peru and Chile signed a fisheries accord on Monday, while Bolivia and Paraguay signed a"
        " river accord. Brazil praised the accord.",
        "PER>CHL:05 CHL>PER:05 BOL>PRY:05 PRY>BOL:05",
    ),
    (
        "CAIRO",
        "Egypt signed a gas deal with Israel, and Jordan signed a water deal with Syria on"
        " Sunday. Turkey criticized the deal.",
        "EGY>ISR:05 JOR>SYR:05",
    ),
]

# unchanged: the nearer of two pacts told apart, a use by one author or sharing a party,
# a deal told with its own word
KEPT: list[Case] = [
    (
        "ACCRA",
        "Ghana signed a trade pact with Togo on Monday. Separately, Kenya signed a defense pact"
        " with Uganda on Tuesday. The United Nations welcomed the agreement.",
        "GHA>TGO:05 KEN>UGA:05 UN>KEN:05 UN>UGA:05",
    ),
    (
        "NAIROBI",
        "Kenya signed a trade pact with Uganda on Monday, the first pact between the two"
        " neighbors in a decade. Sudan welcomed the pact.",
        "KEN>UGA:05 SDN>KEN:05 SDN>UGA:05",
    ),
    (
        "NDJAMENA",
        "Chad signed a security pact with Niger under a framework agreement adopted by the"
        " African Union. France welcomed the pact.",
        "TCD>NER:05 FRA>TCD:05 FRA>NER:05",
    ),
    (
        "NIAMEY",
        "Niger and Benin said in a joint statement that they had agreed to reopen their shared"
        " border. Nigeria welcomed the agreement.",
        "NER>BEN:05 BEN>NER:05 NGA>NER:05 NGA>BEN:05",
    ),
    (
        "BOGOTA",
        "Colombia signed a security accord with Ecuador on Monday. Peru, which signed a similar"
        " accord with Bolivia last year, welcomed the accord.",
        "COL>ECU:05 PER>BOL:05 PER>COL:05 PER>ECU:05",
    ),
]

# a pair speaking of another's deal, and a pair's statement with no third party's judgement
NONE: list[NearMiss] = [
    (
        "PARIS",
        "France and Germany said on Monday that the proposed accord was flawed. Brazil"
        " criticized the agreement.",
    ),
]

GAPS: list[Gap] = [
    (
        "HANOI",
        "Vietnam signed a rice deal with the Philippines on Monday. Thailand signed a rubber"
        " deal with Malaysia on Wednesday. China criticized the deals.",
        "VNM>PHL:05 THA>MYS:05 CHN>VNM:11 CHN>PHL:11 CHN>THA:11 CHN>MYS:11",
        "a plural 'the deals' takes only the nearest use's authors (_family_search), not every"
        " deal it sums up",
    ),
    (
        "DAKAR",
        "Senegal will provide armed escorts for fuel trucks traveling to Mali, the two"
        " governments said on Tuesday after talks in Dakar. The African Union welcomed the"
        " agreement.",
        "SEN>MLI:03 SEN>MLI:04 MLI>SEN:04 AU>SEN:05 AU>MLI:05",
        "'the two governments' is resolved to no pair here (no members), so no statement of"
        " two states is found",
    ),
]

CASES: list[Case] = ANNOUNCED + RIVALS + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context85_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context85_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
