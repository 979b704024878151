"""Review 143 (session 46, P7): a rejection or a cut in relations that named both states yet
coded nothing.

- A from-phrase the parser hung on the rejecting verb names the author of what is rejected,
  as one under the object does (v.reject's "prep:from", as v.turn_down's): "Ghana rejected a
  tariff proposal from Nigeria", also with a saying clause after it.
- A mission downgraded in a state reduces relations with it (v.reduce_presence, 161):
  "downgraded its diplomatic presence in Minsk".
- A body's staff named after it ("UN monitors") under a verb of permission is parsed as a
  clause ("UN" the subject of "monitors"); context._nouns_read_as_verbs makes the plural the
  object again, so a denied permission ("will not let UN monitors into the camps") codes as
  with "Russian inspectors" (v.not_allow_access, 1246).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.reject: the author in a from-phrase of the verb
    ("ACCRA", "Ghana rejected a tariff proposal from Nigeria.", "GHA>NGA:12"),
    (
        "ACCRA",
        "Ghana on Tuesday rejected a tariff proposal from Nigeria, saying the plan would hurt"
        " its farmers.",
        "GHA>NGA:12",
    ),
    ("MONTEVIDEO", "Uruguay spurned the customs plan from Paraguay.", "URY>PRY:12"),
    ("HANOI", "Vietnam dismissed a fishing quota offer from Cambodia on Friday.", "VNM>KHM:12"),
    # v.reduce_presence: downgraded
    ("VILNIUS", "Lithuania downgraded its diplomatic presence in Belarus.", "LTU>BLR:16"),
    ("PRAGUE", "The Czech Republic downgraded its consular staff in Moscow.", "CZE>RUS:16"),
    # a body's staff kept out
    ("ASMARA", "Eritrea will not let UN monitors into the detention centres.", "ERI>UN:12"),
]

NEAR_MISSES: list[NearMiss] = [
    # a from-phrase of time or of one's own place
    ("ACCRA", "Ghana rejected the tariff plan from the start."),
    ("ACCRA", "Ghana's president rejected the plan from his office in Accra."),
    # a from-phrase of a refused act of one's own
    ("ACCRA", "Ghana refused to withdraw its troops from Mali."),
    # a fall from a level
    ("ACCRA", "Ghana's cocoa exports declined from a year earlier."),
    # a presence downgraded at home, or an upgrade
    ("VILNIUS", "Lithuania downgraded its military presence in Vilnius."),
    ("VILNIUS", "Lithuania upgraded its diplomatic presence in Belarus."),
    # no body's staff kept out
    ("ASMARA", "Eritrea will not let foreign journalists into the camps."),
]

GAPS: list[Gap] = [
    (
        "VILNIUS",
        "Lithuania downgraded its embassy in Minsk to a liaison office.",
        "LTU>BLR:16",
        "an embassy named as what is downgraded is no presence word yet",
    ),
    (
        "MONTEVIDEO",
        "Uruguay said no to Paraguay's offer of mediation.",
        "URY>PRY:12",
        "'said no to' is parsed with 'no' as an interjection of 'said'; no pattern reads it",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review143_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review143_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
