"""Review 171 (session 51, O70): whom an appeal is asked of, by the words around it.

"Jaziri, who asked the alliance for radar equipment and patrol boats" coded nothing: the
parser hung "for" on "alliance", so v.ask_for ("asked the United States for more Patriot
systems") found no preposition on its verb (no-particle). A preposition right after a bare
direct object, the object's only word after it, belongs to the verb
(objects._object_prep, read by _misfit). An object with its own words after it keeps them,
and an object that is no actor still names no one asked.

"Nepal's prime minister, in a phone call with the Swiss president on Tuesday night, asked for
helicopters" and "In a letter to the Lithuanian foreign minister, ... asked for ..." named no
one asked: the addressee of a letter, note, message, call, conversation or talks the appeal is
told in, on the verb or set off on its subject, is the one asked (clauses._addressed_in, read
by carrier_to; rules.yaml address_nouns; carrier_to added to v.call_for_release). A speech to
one's own nation names no one.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "RABAT",
        "NATO's envoy also met Morocco's defense minister, Ali Bennani, who asked the alliance for "
        "radar equipment.",
        "NATO>MAR:04 MAR>NATO:02",
    ),
    ("MANILA", "The Philippine navy chief asked Japan for patrol boats.", "PHL>JPN:02"),
    (
        "LIMA",
        "Peru's president, in a phone call with the Chilean president on Monday night, asked for "
        "helicopters that can land at high altitude.",
        "PER>CHL:04 PER>CHL:02",
    ),
    (
        "QUITO",
        "In a letter to Chile's foreign minister, Peru's ambassador asked for the release of the "
        "crew.",
        "PER>CHL:02",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("SANTIAGO", "Chile asked the price for copper."),
    ("CUSCO", "Peru's president, in a speech to the nation, asked for calm."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review171_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review171_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
