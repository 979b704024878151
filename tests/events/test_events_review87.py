"""Review 87 (session 33, helper S41): the extras of set 41, by their general forms.

Three coder errors: pressure by armed force read as an appeal for arms ("has stepped up military
pressure on the island": a show of force, 15, v.military_pressure, whose object_mods read only
the pressure's own modifiers); forces sent to a stretch of ground no state is named for read as
aid to whoever the story is about ("sent 400 extra troops ... to the area": a deployment,
v.mobilize, aimed where the source's own latest hostile act was, rules.yaml sent_force_nouns,
front_place_nouns, posture_roots); and a welcome of "the decision" aimed at both sides of a
cooperation told in a sentence that itself answers the decision ("took note of the decision and
said military cooperation would continue"), where the decision is the refusal of a request told in
the lead (reactions._answers_same_noun, _refused_request, rules.yaml asked_nouns). Every sentence
was written for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # pressure by armed force is a show of force (15), no appeal
    (
        "MANILA",
        "China has stepped up military pressure on the Philippines in recent months.",
        "CHN>PHL:15",
    ),
    ("TAIPEI", "Beijing kept up military pressure on Taipei this year.", "CHN>TWN:15"),
    # the military words of the appeal's own infinitive keep the appeal for arms
    ("KYIV", "Washington put pressure on Kyiv to accept more military aid.", "USA>UKR:02"),
    # forces sent to a stretch of ground: a deployment against the other side of the clash
    (
        "BANGKOK",
        "Thai and Burmese soldiers exchanged fire near the border on Friday. Thailand also sent "
        "300 more troops and four tanks to the area on Saturday.",
        "THA>MMR:19 MMR>THA:19 THA>MMR:15",
    ),
    (
        "LA PAZ",
        "Peruvian troops crossed into Bolivian territory on Monday, Bolivia said. Peru also "
        "rushed 200 extra soldiers to the border on Tuesday.",
        "PER>BOL:15 PER>BOL:15",
    ),
    # forces sent to a state are still aid to it
    ("NDJAMENA", "Chad sent 500 troops to Mali on Monday.", "TCD>MLI:07"),
    # "the decision" is the lead's refusal of a request, not the cooperation a sentence that
    # itself took note of the decision tells
    (
        "LIMA",
        "Peru has turned down a Chinese request to build a naval base at Callao, its defense "
        "minister said on Wednesday. \"No foreign army will be based on our soil,\" he said. He "
        "said Beijing had asked in March for the base. The Chinese Embassy in Lima said it "
        "\"took note\" of the decision and that military cooperation between the two countries "
        "\"will continue.\" Chile welcomed the decision.",
        "PER>CHN:12 PER>CHN:06 CHN>PER:06 CHL>PER:05",
    ),
    # a decision noun whose own clause tells the deed is the deed's
    (
        "LIMA",
        "Peru announced on Monday the decision to expel the Chinese ambassador. Chile welcomed "
        "the decision.",
        "PER>CHN:16 CHL>PER:05",
    ),
    # a refused accusation far back is an answer, no decision a later welcome may sum up: the
    # welcome names no one (the rejection alone is coded)
    (
        "QUITO",
        "Ecuador rejected an accusation by Colombia that it had sheltered rebels, its foreign "
        "minister said on Monday. \"We have nothing to hide,\" she said. She said Bogota had "
        "made the claim in March. Colombia said it took note of the decision. Peru welcomed the "
        "decision.",
        "ECU>COL:12",
    ),
]

NONE: list[NearMiss] = [
    # troops sent where no clash was told: no one is faced
    ("NAIROBI", "Kenya sent 300 soldiers to the flooded area on Friday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review87_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review87_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
