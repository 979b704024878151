"""Review 95 (session 49, P22): which pair "the two countries" or "both sides" stands for
when other states are in play.

- A plural that is itself the subject of its clause has no actor acting on it: "The
  Philippines and Palau have close ties: ..., and the two countries are negotiating" took
  the subject named before it (the Philippines) as a third party and fell back on the pair
  the story named most. (plurals._own_subject)
- A list that acted together on a third party ("Argentina and Bolivia, which have backed
  Brazil's effort, welcomed the exchange") is no two sides an appeal or a contact addresses
  ("Uruguay urged both sides"), as it already was for a go-between's "between the two
  countries": a pair at odds named before it, else the story's pair.
- A list only said to be something ("Aruba and Curacao are autonomous countries") does not
  make the story's sides unknown when its member has no actor: the pair the story names most
  is still counted (plurals._named_pair, _described_only); the list itself stays no pair
  (a guard row below).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_bodies, audit_params, code_audit, matches  # noqa: E402

CASES: list[tuple[str, str, str]] = [
    # the plural as the subject of its own clause
    (
        "KOROR",
        "Japan sent a coast guard cutter to Palau. Japan and Palau signed a patrol deal. Tokyo "
        "will also fund a radar station in Palau. The Philippines and Palau have close ties: "
        "thousands of Filipinos work in Palau's hotels, and the two countries are negotiating "
        "a maritime boundary.",
        "JPN>PLW:06|04 JPN>PLW:05 PLW>JPN:05 JPN>PLW:03|07 PHL>PLW:04 PLW>PHL:04",
    ),
    (
        "ACCRA",
        "Nigeria lent Ghana $200 million last year. Benin and Togo have deep ties: many "
        "families live on both sides of the border, and the two countries signed a transit "
        "deal on Monday.",
        "NGA>GHA:07 BEN>TGO:05 TGO>BEN:05",
    ),
    # a list acting together on a third is no two sides of an appeal
    (
        "SANTIAGO",
        "Chile and Peru exchanged prisoners on Friday in a deal brokered by Brazil. Argentina "
        "and Bolivia, which have backed Brazil's effort, welcomed the exchange. Uruguay urged "
        "both sides to build on the deal.",
        "CHL>PER:08 PER>CHL:08 BRA>CHL:04 BRA>PER:04 ARG>BRA:05 BOL>BRA:05 ARG>CHL:05 "
        "ARG>PER:05 BOL>CHL:05 BOL>PER:05 URY>CHL:02 URY>PER:02",
    ),
    # a list said only to be something is no pair (guard: unchanged)
    (
        "THE HAGUE",
        "Venezuela detained a Dutch tanker on Friday. The Netherlands protested the detention. "
        "Aruba and Curacao are autonomous countries within the Dutch kingdom. Colombia urged "
        "both sides to resolve the incident through dialogue.",
        "VEN>NLD:17 NLD>VEN:11 COL>NLD:02 COL>VEN:02",
    ),
    # a described list with a member of no actor leaves the story's pair countable
    (
        "ROTTERDAM",
        "Venezuela detained a Dutch tanker on Friday. The Netherlands summoned Venezuela's "
        "envoy over the detention. Venezuela accused the Netherlands of protecting smugglers. "
        "Aruba and Curacao are autonomous countries within the Dutch kingdom. The United States "
        "condemned the detention and called on Caracas to free the crew. Brazil, which has "
        "tried to ease tensions between Venezuela and its neighbors, urged both sides to "
        "resolve the incident through dialogue.",
        "VEN>NLD:17 NLD>VEN:11|16 VEN>NLD:11 USA>VEN:11 USA>VEN:02 BRA>VEN:02 BRA>NLD:02",
    ),
    # kept: the subject of the plural's clause acts on it and is none of it
    (
        "PARIS",
        "Kenya and Somalia signed a maritime deal. France, which backs the deal, praised the "
        "two governments.",
        "KEN>SOM:05 SOM>KEN:05 FRA>KEN:05 FRA>SOM:05",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, [], [])


def test_actors_review95_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, [], [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, [], []))
def test_actors_review95_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events."""
    assert matches(coded[body], expected), (body, coded[body], expected)
