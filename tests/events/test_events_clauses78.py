"""Clauses 78 (session 57, D57): a second act of the pair in a reported or a reason clause.

Two more forms of a second act of the same pair that one event per pair and sentence lost:

- a talk reported by a saying verb joined after the first act, with a noun subject of its own:
  "called on both countries to show restraint and said its chairperson had spoken by phone
  with the leaders of both countries" (an appeal, 02, and a talk, 04);
- a charge given as the reason of a demand: "demanded that China halt the drills, saying the
  drills violated its sovereignty" (10 and 11), as after a refusal (rebuff_roots);
- a term that a deal binds a party to, when a participle told the deal's signing by named
  signers: "The agreement, signed in Astana by the two countries' energy ministers, commits
  Kazakhstan to sell Uzbekistan power" (the signing, 05, and the sale, 06), as "Under the
  deal, signed by ..., X will pay" already was (_term_beside_signing).

Near misses stay one act: after the partners' own joint act the talk they report is the same
story ("signed a deal and said their ministers had talked for months"); a reason that names
no wrong ("saying the drills would end soon") or a name given to the thing demanded
("calling their presence a provocation") adds nothing.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SECOND_ACTS: list[Case] = [
    (
        "NAIROBI",
        "Kenyan and Somali troops clashed on Monday. The African Union called on both countries "
        "to show restraint and said its chairperson had spoken by phone with the leaders of both "
        "countries.",
        "KEN>SOM:19 SOM>KEN:19 AU>KEN:02 AU>SOM:02 AU>KEN:04 AU>SOM:04",
    ),
    (
        "MANILA",
        "The Philippines demanded that China halt the drills near Scarborough Shoal, saying the "
        "drills violated its sovereignty.",
        "PHL>CHN:10 PHL>CHN:11",
    ),
    (
        "ASTANA",
        "Kazakhstan and Uzbekistan will build a power cable under the Caspian Sea. The agreement, "
        "signed in Astana by the two countries' energy ministers, commits Kazakhstan to sell "
        "Uzbekistan up to 500 megawatts of electricity from its wind farms.",
        "KAZ>UZB:05 UZB>KAZ:05 KAZ>UZB:06",
    ),
]
ONE_ACT: list[Case] = [
    (
        "LIMA",
        "Peru and Chile signed a fishing deal on Monday and said their ministers had talked for "
        "months.",
        "PER>CHL:05 CHL>PER:05",
    ),
    (
        "MANILA",
        "The Philippines demanded that China halt the drills near Scarborough Shoal, saying the "
        "drills would end soon.",
        "PHL>CHN:10",
    ),
    (
        "MANILA",
        "The Philippines on Monday demanded that China withdraw its coast guard ships from "
        "Scarborough Shoal, calling their presence a provocation.",
        "PHL>CHN:10",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []

CASES: list[Case] = SECOND_ACTS + ONE_ACT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses78_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses78_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
