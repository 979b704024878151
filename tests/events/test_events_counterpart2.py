"""Counterpart 2 (session 24, lead): the one an accusation blames is named when it is a party.

An accusation or criticism (root 11) with no state named may be aimed at the source's
counterpart, the state of the story's latest hostile dealings (sides._counterpart_fits). When
its object names a group, faction, militants or rebels ("accused 'terrorist groups' of
wearing its uniforms"), the one blamed is named, and it is no state: nothing is aimed at the
counterpart. Other roots keep the counterpart for such nouns ("proposed a joint committee" is
offered to the other side). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

NAMED_PARTIES: list[Case] = [
    (
        "NAIROBI",
        "Kenya closed two crossings on its border with Somalia after Somali troops fired across "
        "the frontier. Somalia's government denied the charge and accused rebel militants of "
        "staging the attack.",
        "KEN>SOM:16",
    ),
    (
        "N'DJAMENA",
        "Chad expelled two Sudanese diplomats on Monday after Sudanese jets bombed a village near "
        "the border. Sudan accused the rebels of the bombing and condemned the expulsions.",
        "TCD>SDN:16 SDN>TCD:11",
    ),
    (
        "TIRASPOL",
        "Moldova closed a crossing on its border with Ukraine after Ukrainian guards shot at a "
        "truck. Ukraine's border service blamed smuggling gangs and criticized armed groups "
        "for the shooting.",
        "MDA>UKR:16",
    ),
    # a state blamed is still the target, and a reaction with no object still answers
    (
        "NOUAKCHOTT",
        "Mali closed two crossing points after Mauritanian soldiers entered the Kayes region. "
        "Mauritania's army accused Mali of inventing the incident.",
        # soldiers entering another state's region show force (v.cross_border, review111);
        # the crossings closed naming no one are closed to the neighbour named (context173)
        "MLI>MRT:16 MRT>MLI:15 MRT>MLI:11",
    ),
    (
        "BAMAKO",
        "Niger expelled three Malian diplomats on Friday after Malian jets struck a market near "
        "the border. Mali condemned the expulsions.",
        "NER>MLI:16 MLI>NER:11",
    ),
]

NONE: list[NearMiss] = [
    ("DAKAR", "Senegal's police accused criminal groups of smuggling fuel from the port."),
]
GAPS: list[Gap] = []
CASES = NAMED_PARTIES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_counterpart2_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_counterpart2_named_parties(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
