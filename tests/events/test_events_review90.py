"""Review 90 (session 33, helper NOTGT): a deal named a step in a region's militarization.

"Russia's Foreign Ministry called the project 'another step in the militarization of the Nordic
region'": v.call_praise read "step" as praise and coded an approval (051) of the deal's parties,
a reaction whose target the context gave right and whose root it gave wrong. Militarization is
a wrong named (wrong_names in patterns.yaml), so the naming is disapproval (111, v.call_names)
and outweighs the "step"; a step toward peace stays praise. Every sentence was written for this
file; each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HELSINKI",
        "Finland and Estonia signed an agreement on Thursday to build a rail tunnel under the "
        'Baltic Sea. Russia called the project "another step in the militarization of the '
        'Baltic."',
        "FIN>EST:05 EST>FIN:05 RUS>FIN:11 RUS>EST:11",
    ),
    (
        "OSLO",
        "Norway and Iceland signed a defense pact on Monday. Russia called the pact \"a step "
        'toward the militarisation of the North Atlantic."',
        "NOR>ISL:05 ISL>NOR:05 RUS>NOR:11 RUS>ISL:11",
    ),
    (
        "TALLINN",
        "Estonia and Latvia agreed on Friday to build a joint naval base. Belarus called the "
        "agreement a further step in the militarization of the Baltic Sea.",
        "EST>LVA:05 LVA>EST:05 BLR>EST:11 BLR>LVA:11",
    ),
    # near miss: a step toward a good end is still praise
    (
        "BANGKOK",
        "Thailand and Cambodia agreed on Monday to hold joint naval drills in the gulf. Laos "
        "called the agreement an important step toward peace.",
        "THA>KHM:03 KHM>THA:03 LAO>THA:05 LAO>KHM:05",
    ),
]

NONE: list[NearMiss] = [
    # no state's act named: a region's militarization named by a think tank is no one's
    (
        "OSLO",
        "A Norwegian think tank called the new radar station a step in the militarization of "
        "the Arctic.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review90_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review90_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
