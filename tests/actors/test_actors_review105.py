"""Review 105 (session 58, O84): "the two governments" in a clause a visit frames; a
mission's chief named with no body.

Wire copy recalls an earlier visit and what was done at it: "The row comes three months after
a visit to Nairobi by Uganda's president, during which the two governments agreed to cut
tariffs", "During a visit to Phnom Penh by Vietnam's prime minister in May, the two sides
signed ...". The pair is the visit's two parties, named in that sentence before the plural,
not a list told in the sentence before ("Rwanda and Burundi also sell milk to Kenya", a
background list): plurals._visit_framed, plurals.yaml visit_nouns and frame_preps. With no
visit framing the clause, or a visit whose sentence names one state only, the nearest list
stands as before.

"Mission chief Anna Berg praised Ghana's tax collection" after "The International Monetary
Fund reached a staff-level agreement with Ghana, at the end of a two-week mission": the chief
of an IGO's mission named with no body heads the IGO named just before, as a bare "Director
General X" does (offices.yaml igo_titles and igo_head_titles: mission chief, mission head,
mission leader; Resolver._article_igo). With no IGO named, or only a state's embassy, the
title gives no actor.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

_ROW = (
    "Uganda recalled its ambassador from Kenya on Monday over a ban on Ugandan milk. Rwanda "
    "and Burundi also sell milk to Kenya, traders said. "
)
_ROW_EVENTS = "UGA>KEN:16 KEN>UGA:16 "

CASES: list[Case] = [
    (
        "KAMPALA",
        _ROW + "The row comes three months after a visit to Nairobi by Uganda's president, during "
        "which the two governments agreed to cut tariffs.",
        _ROW_EVENTS + "UGA>KEN:04 UGA>KEN:05 KEN>UGA:05",
    ),
    (
        "HANOI",
        "Vietnam protested on Tuesday against Cambodia's new fishing rules. Laos and Thailand "
        "also fish in the river, officials said. During a visit to Phnom Penh by Vietnam's "
        "prime minister in May, the two sides signed a fisheries accord.",
        "VNM>KHM:11 VNM>KHM:04 VNM>KHM:05 KHM>VNM:05",
    ),
    # no visit frames the clause: the nearest list, as before
    (
        "KAMPALA",
        _ROW + "The two governments agreed last year to cut tariffs.",
        _ROW_EVENTS + "RWA>BDI:05 BDI>RWA:05",
    ),
    # a visit whose sentence names one state: the nearest list, as before
    (
        "KAMPALA",
        "Uganda recalled its ambassador from Kenya on Monday over a ban on Ugandan milk. Rwanda "
        "and Burundi signed a trade pact in June. During a visit to the region by Uganda's "
        "president, the two governments agreed to cut tariffs.",
        "UGA>KEN:16 KEN>UGA:16 RWA>BDI:05 BDI>RWA:05 RWA>BDI:05 BDI>RWA:05",
    ),
]

CASES += [
    (
        "ACCRA",
        "The International Monetary Fund reached a staff-level agreement with Ghana on Friday, "
        "at the end of a two-week mission to Accra by a team of fund economists. Mission chief "
        "Anna Berg praised Ghana's tax collection.",
        "IMF>GHA:05 IMF>GHA:05",
    ),
    (
        "LUSAKA",
        "The World Bank approved a $200 million loan to Zambia on Monday after a review. Mission "
        "leader Tom Ward praised Zambia's reforms.",
        "WB>ZMB:07 WB>ZMB:05",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("ACCRA", "Mission chief Anna Berg praised Ghana's tax collection on Friday."),
    (
        "ACCRA",
        "Japan's embassy hosted a reception on Friday. Mission chief Anna Berg praised Ghana's "
        "tax collection.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review105_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_actors_review105_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
