"""Said 21 (session 43, lead): a demand in quoted words with no saying verb of its own, and a
partner praised as honest or good, found in the opened sets 5 and 52 (their sentences are not
used here).

- '"This is an insult to our people. Managua must return the boats today," the minister
  said': what another state "must" do, told in a quoted sentence (or one whose saying verb's
  subject is not resolved), is a demand in the speaker's name (100; 1056 for a withdrawal),
  as "said Managua must return the boats" is (extract._quoted_demand_hits, v.say_must's
  code); never the speaker's own duty ("we must defend"), a group with no state ("both
  sides", "Europe"), a passive ("the boats must be returned": v.say_must_undone's).
- "an honest partner", "a good partner", "a sincere ally": closeness words of the affirmed
  friendship reading (data/events/affirmed.yaml closeness); a partner in trade, a supposed
  one ("would be a good partner") or a general one ("a good partner keeps its word") is none.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SAN JOSE",
        "Costa Rica's foreign minister spoke on Monday. \"This is an insult to our people."
        ' Managua must return the boats today," she said.',
        "CRI>NIC:10",
    ),
    (
        "PARAMARIBO",
        '"Georgetown must withdraw its soldiers from the river. We will not wait," Suriname\'s'
        " president told reporters.",
        "SUR>GUY:10",
    ),
    (
        "COLOMBO",
        "Sri Lanka's trade minister spoke on Tuesday. \"Iran has been an honest partner for"
        ' decades," he said.',
        "LKA>IRN:05",
    ),
    (
        "ACCRA",
        'Ghana\'s president spoke on Friday. "Togo is a good and sincere ally," he said.',
        "GHA>TGO:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "SAN JOSE",
        'Costa Rica\'s president spoke on Monday. "Both sides must show restraint. We must'
        ' defend our coast," he said.',
    ),
    (
        "SAN JOSE",
        'Costa Rica\'s president spoke on Monday. "The boats must be returned. Europe must'
        ' act," he said.',
    ),
    (
        "COLOMBO",
        'Sri Lanka\'s trade minister spoke on Tuesday. "Iran would be a good partner," he said.',
    ),
    (
        "COLOMBO",
        'Sri Lanka\'s trade minister spoke on Tuesday. "Iran is a good partner in trade," he said.',
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said21_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
