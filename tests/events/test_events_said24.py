"""Said 24 (session 44, O60): two forms of friendship in a state speaker's quoted words that
the quoted-friendship reading (events/affirmed.py) missed, found in the opened set 60 (its
sentences are not used here):
- the speaker's own circle told of a state: "X is the newest member of our family", "X is
  one of our closest friends" (the predicate noun whose of-phrase is "our" kin or friends,
  _circle_member);
- a word of friendship set beside a state as its apposition: "with the support of Chile, a
  true friend, ..." (_apposed_state).
Near misses: a relation past ("a former ally"), a body joined ("a member of the Pacific
Alliance"), a standing with no closeness ("a partner in this project"), a relation to another
state ("China's closest friend"), one denied ("no member of our family").

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya's foreign minister visited Juba on Monday. \"South Sudan is the newest member of our"
        ' family, and families stand together," she told reporters.',
        "KEN>SSD:04 KEN>SSD:05",
    ),
    (
        "NAIROBI",
        "Kenya's foreign minister visited Kampala on Monday. \"Uganda is one of our closest"
        ' friends," she told reporters.',
        "KEN>UGA:04 KEN>UGA:05",
    ),
    (
        "QUITO",
        "Ecuador's president spoke at the ceremony. \"With these ships and with the support of"
        ' Chile, a true friend, we will guard our coast," he said.',
        "ECU>CHL:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "QUITO",
        "Ecuador's president spoke at the launch. \"With these ships and with the support of Chile,"
        ' a former ally, we will guard our coast," he said.',
    ),
    (
        "QUITO",
        'Ecuador\'s president spoke at the launch. "Chile is a member of the Pacific Alliance," he'
        " said.",
    ),
    (
        "QUITO",
        "Ecuador's president spoke at the launch. \"Peru, a partner in this project, will pay"
        ' half," he said.',
    ),
    (
        "QUITO",
        "Ecuador's president spoke at the launch. \"Russia, China's closest friend, will not help"
        ' us," he said.',
    ),
    (
        "QUITO",
        'Ecuador\'s president spoke at the launch. "Peru is no member of our family," he said.',
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said24_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
