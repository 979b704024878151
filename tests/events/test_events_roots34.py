"""Roots 34 (session 33, helper TWOACT): a praise by name after a pledge of the same pair.

"Japan said it would provide 50 million dollars for the bridge and called the deal a milestone
for the region": the pledge (03) and the praise the name gives the deal (05) are two acts, as
"welcomed his guest and called Bhutan a friend" already was after an encounter; a naming after
a cooperative act (root below 10) is a praise of its own. A name given with a hostile act
("expelled two diplomats, calling Tallinn a nest of spies") stays as before, and a name given
to the source's own project names no one (extract._coordinated_act). A step named toward a
region's militarization is a wrong named (patterns.yaml wrong_names), blame (11) that outweighs
the "step" of praise, and the threat said after it follows the blame. Every sentence was
written for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed a deal on a new bridge on Monday. Japan said it would provide 50 "
        "million dollars for the bridge and called the deal a milestone for the region.",
        "GHA>TGO:05 TGO>GHA:05 JPN>GHA:03 JPN>TGO:03 JPN>GHA:05 JPN>TGO:05",
    ),
    (
        "LIMA",
        "Chile and Bolivia signed a gas pipeline accord on Tuesday. The European Union said it "
        "would lend 200 million euros for the pipeline and called the accord a model for the "
        "region.",
        "CHL>BOL:05 BOL>CHL:05 EU>CHL:03 EU>BOL:03 EU>CHL:05 EU>BOL:05",
    ),
    # the source's own project named: no one praised
    (
        "ACCRA",
        "Ghana pledged 50 million dollars to Togo for the bridge and called the project a "
        "milestone for the region.",
        "GHA>TGO:03",
    ),
    (
        "LA PAZ",
        'Chile and Argentina signed a defense pact on Monday. Bolivia called the pact "a step '
        'toward the militarization of the Andes" and said it would take "necessary measures" '
        "to protect its security.",
        "CHL>ARG:05 ARG>CHL:05 BOL>CHL:11 BOL>ARG:11 BOL>CHL:13 BOL>ARG:13",
    ),
    (
        "SUCRE",
        'Chile and Argentina signed a defense pact on Monday. Bolivia called the pact "a step '
        'toward the militarisation of the Andes".',
        "CHL>ARG:05 ARG>CHL:05 BOL>CHL:11 BOL>ARG:11",
    ),
    # a step toward peace: praise
    (
        "LA PAZ",
        'Chile and Argentina signed a defense pact on Monday. Bolivia called the pact "a step '
        'toward peace in the Andes".',
        "CHL>ARG:05 ARG>CHL:05 BOL>CHL:05 BOL>ARG:05",
    ),
    # a name given with a hostile act: as before
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats, calling Tallinn a nest of spies.",
        "RUS>EST:16 RUS>EST:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots34_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots34_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
