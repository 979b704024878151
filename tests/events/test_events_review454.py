"""Review 454 (session 68, P68): a pair reference that settles a quarrel is not a coalition.

"Brazil and Uruguay expressed support for Argentina's claim, while the United States said it
hoped both countries would resolve their differences": the nearest list, Brazil and Uruguay,
acted together on a third party (Argentina); a pair told to "resolve their differences",
"patch up relations", "mend ties" or "settle their dispute" is two parties at odds, so the
list is passed over for the latest act between two others, as a third party's appeal to "both
sides" already passes over such a coalition (actors/plurals.yaml settling_verbs,
plurals._settling). A pair with the sentence's own subject is tried first ("Colombia recalled
its ambassador in Washington ..., before the two governments patched up relations"), then one
without it (a speaker's hope for two others), then, for a speaker's hope, the pair the story
names together most (plurals._hoped_for).

Near misses: a coalition that itself settles with the party it acted on is still the pair
when no other two parties acted on each other ("Kenya and Uganda thanked Tanzania ... The two
countries resolved their border dispute"); a pair that acted on each other keeps its plural.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a third party's hope that the pair at odds settles: not the coalition named between
    (
        "BUENOS AIRES",
        "Argentina protested British military drills near the Falkland Islands on Monday. "
        "Brazil and Uruguay expressed support for Argentina's claim, while the United States "
        "said it hoped both countries would resolve their differences through dialogue.",
        "ARG>GBR:11 BRA>ARG:05 URY>ARG:05 USA>ARG:02 USA>GBR:02",
    ),
    (
        "BUENOS AIRES",
        "Argentina protested British military drills near the Falkland Islands on Monday. "
        "Brazil and Uruguay backed Argentina. The United States said it hoped both countries "
        "would resolve their differences through dialogue.",
        "ARG>GBR:11 BRA>ARG:05 URY>ARG:05 USA>ARG:02 USA>GBR:02",
    ),
    (
        "NAIROBI",
        "Somalia accused Kenya of meddling in its elections on Tuesday. Uganda and Tanzania "
        "praised Somalia's restraint, and the African Union said it hoped the two neighbours "
        "would settle the dispute peacefully.",
        "SOM>KEN:11 UGA>SOM:05 TZA>SOM:05 AU>SOM:02 AU>KEN:02",
    ),
    # ... told further back than the latest acts: the pair the story names together most
    (
        "BUENOS AIRES",
        "Argentina lodged a protest with Britain over military drills near the Falkland "
        "Islands on Monday. Argentina also summoned Britain's ambassador. London dismissed "
        "the protest. Argentina's foreign minister said talks on flights were suspended. "
        "Brazil and Uruguay expressed support for Argentina's claim, while the United States "
        "said it hoped both countries would resolve their differences.",
        "ARG>GBR:11 ARG>GBR:11 GBR>ARG:12 BRA>ARG:05 URY>ARG:05 USA>GBR:02 USA>ARG:02",
    ),
    # the pair's own sentence holds one side of the quarrel, the other told before
    (
        "BOGOTA",
        "The United States suspended aid to Colombia on Thursday. Mexico and Brazil expressed "
        "solidarity with Bogota. Colombia recalled its ambassador in Washington in January "
        "after a dispute over deportation flights, before the two governments patched up "
        "relations in March.",
        "USA>COL:16 MEX>COL:05 BRA>COL:05 COL>USA:16 USA>COL:05 COL>USA:05",
    ),
    # ... not when the coalition is the only pair that acted on anyone: it settles itself
    (
        "DAR ES SALAAM",
        "Kenya and Uganda thanked Tanzania for its mediation on Friday. The two countries "
        "later mended ties.",
        "KEN>TZA:05 UGA>TZA:05 KEN>UGA:05 UGA>KEN:05",
    ),
    # ... nor when the nearest pair acted on each other
    (
        "LIMA",
        "Peru accused Chile of seizing its trawlers on Monday. The two countries later mended "
        "ties.",
        "PER>CHL:11 CHL>PER:17 PER>CHL:05 CHL>PER:05",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru and Chile signed a fishing deal on Monday. Brazil and Argentina praised the "
        "deal. The two countries also agreed to hold talks next year.",
        "PER>CHL:05 CHL>PER:05 BRA>PER:05 BRA>CHL:05 ARG>PER:05 ARG>CHL:05 PER>CHL:03 "
        "CHL>PER:03",
        "an agreement by 'the two countries' takes the nearest coalition that praised the "
        "pair; only a settling verb passes it over",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review454_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review454_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
