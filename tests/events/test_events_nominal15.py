"""Acts told in participles, noun phrases and relative clauses (session 18, builder PN).

VISIT_FRAME: "The package, announced during a visit by Japan's deputy foreign minister, ...":
a visit by a named state's official, told as the frame of the news ("during", "on") with no
place named and no partner in the clause it hangs on, is made to the dateline's state (n.visit
slot dateline), as "arrived on Sunday for a three-day visit" is for a verb.
Near-misses: the visitor's own dateline, a visit after or before the news, a planned or
postponed visit, a company's chief, a visit with its own place, a sentence naming a third
actor (the visit may be to it).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

VISIT_FRAME: list[Case] = [
    (
        "DHAKA",
        "Bangladesh signed three energy accords on Monday during a visit by Indian Foreign"
        " Minister Ravi Kumar.",
        "IND>BGD:04",
    ),
    (
        "NAIROBI, Kenya (AP)",
        "The loan was agreed on Tuesday during a two-day visit by the Chinese premier.",
        "CHN>KEN:04",
    ),
    (
        "HANOI",
        "The ministry said the frigate contract was signed during the visit by France's"
        " defense minister.",
        "FRA>VNM:04",
    ),
    (
        "ISLAMABAD",
        "The flood package, unveiled during a visit by Japan's deputy foreign minister,"
        " includes $80 million in grants.",
        "JPN>PAK:04",
    ),
    (
        "ACCRA",
        "A new air service agreement was initialled during a three-day visit by the Nigerian"
        " foreign minister.",
        "NGA>GHA:04",
    ),
    (
        "ISLAMABAD",
        "The aid was announced during a visit by Japan's foreign minister to Kabul.",
        "JPN>AFG:04",
    ),
]

VISIT_FRAME_NONE: list[NearMiss] = [
    (
        "TOKYO",
        "Japan announced the aid package during a visit by Japanese Prime Minister Kenji Ito.",
    ),
    (
        "ISLAMABAD",
        "The package was announced after a visit by the Japanese deputy foreign minister.",
    ),
    (
        "ISLAMABAD",
        "The package will be announced during a planned visit by the Japanese deputy foreign"
        " minister.",
    ),
    ("ISLAMABAD", "The package was announced during a visit by Toyota's chief executive."),
    ("LIMA", "The contract was signed during a visit by the mining company's chairman."),
    ("ISLAMABAD", "The package was announced ahead of a visit by Japan's foreign minister."),
    ("DHAKA", "Bangladesh and Nepal opened a power line during a visit by Bhutan's king."),
]

KEPT: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan postponed a visit by the Japanese deputy foreign minister.",
        "PAK>JPN:16",
    ),
    (
        "KINSHASA",
        "Belgium handed a mask to Congo on Monday during a visit by the Belgian king.",
        "BEL>COD:04|07|08|05",
    ),
]

GAPS: list[Gap] = [
    (
        "BRASILIA",
        "Trade topped the agenda on Thursday on the first state visit by a Portuguese"
        " president in a decade.",
        "PRT>BRA:04",
        "the on-phrase hangs on the day, not on the verb, and is not read as the news's frame",
    ),
]

CASES = VISIT_FRAME + KEPT
NONE = VISIT_FRAME_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_nominal15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_nominal15_codes_nominal_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
