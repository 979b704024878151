"""Context 147 (session 61, helper V61): a reception told after the report of a pledge.

"Kuwait will pay the Jordanian army $40 million, the government announced on Monday after
the emir received Jordan's army chief in Kuwait City": the after-clause hangs on the trailing
report of the pledge, not on the pledge itself, so the pair's second act was dropped as a
restatement. A clause of its own subject set under the report by a subordinator is another
occasion (extract._subordinate_occasion), whether the parser made the pledge the report's
complement or the report a clause of the pledge. Near misses: an after-phrase with no act
("after a cabinet meeting") codes nothing more. Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").

The sentences are ours.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OCCASIONS: list[Case] = [
    # the report read as a clause of the pledge
    (
        "KUWAIT CITY",
        "Kuwait will pay the Jordanian army $40 million this year to help it guard the border"
        " with Syria, the government announced on Monday after the emir received Jordan's army"
        " chief in Kuwait City.",
        "KWT>JOR:03|07 KWT>JOR:04",
    ),
    # the pledge read as the report's complement
    (
        "MUSCAT",
        "Oman will send two patrol boats to Yemen's coast guard, Oman's foreign ministry said on"
        " Monday after the sultan received Yemen's defence minister in Muscat.",
        "OMN>YEM:03|07 OMN>YEM:04",
    ),
    # no act after the report: the pledge alone
    (
        "KUWAIT CITY",
        "Kuwait will pay the Jordanian army $40 million this year, the government announced on"
        " Monday after a cabinet meeting.",
        "KWT>JOR:03|07",
    ),
]
NO_OCCASIONS: list[NearMiss] = [
    # a reception only planned: nothing told as done
    (
        "DOHA",
        "Qatar's foreign ministry said on Monday that the emir would receive Jordan's army chief"
        " next week.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(OCCASIONS, NO_OCCASIONS, GAPS)


def test_events_context147_bodies_are_unique() -> None:
    bodies = audit_bodies(OCCASIONS, NO_OCCASIONS, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(OCCASIONS, NO_OCCASIONS, GAPS)
)
def test_events_context147_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
