"""Vocabulary 139 (session 65, V2): "pounded", "pummeled" and "battered" as blows by forces.

- "Russian forces pounded the Ukrainian town of Kupiansk", "Houthi rebels pummeled Saudi oil
  sites with drones", "Russia battered Ukraine's gas plants": a blow (190, refined 195/194 by
  its weapon), as "hammered" is (v.hammer, which now holds these words, off v.hit): only armed
  forces, rebels, or a state named alone with an object (subject_roles).
- A leader who "pounded China over trade" criticizes, and so does a state that "pummeled
  Beijing over its currency policy" (unless_words name the policy). "Over" itself is no
  longer an unless word: it also dates a shelling ("pounded Gaza over the weekend"), which
  v.hammer used to drop.

Found by X65's probe battery of invented wire sentences (the hole: "pounded China over trade"
coded 19 through v.hit), not by any gold set. Near misses: a leader in words; a state over a
policy; a market or a currency battered; storms; sports scores (extract._played).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("KYIV", "Russian forces pounded the Ukrainian town of Kupiansk on Monday.", "RUS>UKR:19"),
    ("RIYADH", "Houthi rebels pummeled Saudi oil sites with drones.", "YEM>SAU:19"),
    ("KYIV", "Russia battered Ukraine's gas plants in a night of strikes.", "RUS>UKR:19"),
    ("GAZA", "Israeli jets pounded Gaza over the weekend.", "ISR>PSE:19"),
    ("KHARKIV", "Kharkiv was pounded by Russian artillery overnight.", "RUS>UKR:19"),
    ("BEIRUT", "Israeli warplanes hammered southern Lebanon over the holiday.", "ISR>LBN:19"),
]
NONE: list[NearMiss] = [
    ("WASHINGTON", "President Trump pounded China over trade on Tuesday."),
    ("WASHINGTON", "The United States pummeled Beijing over its currency policy."),
    ("LONDON", "The British foreign secretary battered Moscow in a fiery speech."),
    ("TOKYO", "The yen was battered by the Bank of Japan's decision on rates."),
    ("MANILA", "Typhoons battered the Philippines for a second week."),
    ("BUENOS AIRES", "Brazil pounded Argentina 3-0 in the World Cup qualifier."),
    ("NEW YORK", "Chinese tech stocks were pummeled as Washington weighed new curbs."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary139_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary139_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
