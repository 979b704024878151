"""Review 80 (session 32, helper S39): extras of set 39, each as a general form.

- A numbered plural of people ("the two ministers") after an earlier one stands for the same
  people before a nearer pair named only as states, as in a treaty's name ("a review of the
  Brazil-Paraguay pact"): plurals._choose ranks an earlier people plural as a set of people.
- "X accuses Y of ..., a charge Z denies" hung on another clause ("discussed the fighting,
  where ..."): the charge sums up the charging clause nearest it (clauses._summed_host), so the
  denial answers the accuser, not the subject of the clause the charge hangs on.
- A court or judges acting with no target named ("Peruvian judges ... have since released
  most of them") do justice on persons at home, no act on the story's other state
  (extract._home_roles, rules.yaml home_roles); a target named still codes.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SANTIAGO",
        "Chile's foreign minister held talks with her Argentine counterpart on Monday. The two "
        "ministers also signed a memorandum on mining. The talks came weeks before a review of "
        "the Brazil-Paraguay trade pact. The two ministers agreed to coordinate their positions "
        "before the review.",
        "CHL>ARG:04 CHL>ARG:05 ARG>CHL:05 CHL>ARG:03 ARG>CHL:03",
    ),
    (
        "SANTIAGO",
        "Chile's foreign minister held talks with her Argentine counterpart on Monday. The two "
        "ministers also signed a memorandum on fishing. The talks came before a review of the "
        "trade pact between Brazil and Paraguay. The two leaders agreed to coordinate their "
        "positions.",
        "CHL>ARG:04 CHL>ARG:05 ARG>CHL:05 CHL>ARG:03 ARG>CHL:03",
    ),
    (
        "HANOI",
        "Vietnam and Laos signed a power deal on Monday. The two leaders also discussed the "
        "fighting in northern Myanmar, where Naypyidaw accuses China of arming the rebels, a "
        "charge Beijing denies.",
        "VNM>LAO:05 LAO>VNM:05 VNM>LAO:04 LAO>VNM:04 MMR>CHN:11 CHN>MMR:12",
    ),
    (
        "ACCRA",
        "Ghana's president hosted Togo's leader on Friday. The two men discussed the smuggling "
        "of fuel, which Accra blames on Lome, a charge Togo rejects.",
        "GHA>TGO:04 GHA>TGO:04 TGO>GHA:04 GHA>TGO:11 TGO>GHA:12",
    ),
    (
        "LIMA",
        "Chile asked Peru to extradite 40 Chileans convicted over the riots. Peruvian judges "
        "ordered the arrest of dozens of the fugitives last year but have since released most "
        "of them while their cases are heard.",
        "CHL>PER:02",
    ),
    (
        "LIMA",
        "Chile asked Peru to extradite 40 Chileans convicted over the riots. A Peruvian court "
        "released most of the fugitives on Monday.",
        "CHL>PER:02",
    ),
    # a court's act on a named state's nationals still codes
    (
        "MINSK",
        "Lithuania demanded the release of twelve Lithuanian truckers held in Belarus. A "
        "Belarusian court released two Lithuanian truckers on Friday.",
        "LTU>BLR:10 BLR>LTU:08",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review80_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review80_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
