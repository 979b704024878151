"""Review 347 (session 65, P65): a held person's state told by a from-phrase.

"A teacher from Canada was arrested in Iran": "a Canadian teacher" already gave the arrest
its target, but a person named by a common noun and a from-phrase ("two tourists from
Germany", "students from Minsk") was nobody's, since only role nouns ("officials from ...")
read a from-phrase as their state. A person noun of rules origin_people_nouns now takes the
state of its from-phrase (a state or a place of one) when it is the target of an act
(events.parties._actors_of): who is taken, held or hurt is of the state he comes from.

Near misses: a from-phrase on a person who speaks (only targets read it); a shipment from a
state (no person); students from a university (no state); a person from a place of the
acting state (one state). Gaps: an active verb whose parse hangs the from-phrase on the verb
("arrested a journalist from Sweden": the parser reads where he was taken from).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a person noun's from-phrase names the state of the one taken or held
CASES: list[Case] = [
    (
        "TEHRAN",
        "A teacher from Canada was arrested in Iran on Monday.",
        "IRN>CAN:17",
    ),
    (
        "TEHRAN",
        "Two tourists from Germany were detained in Iran on Friday.",
        "IRN>DEU:17",
    ),
    (
        "MOSCOW",
        "Two students from Minsk were detained by Russian police.",
        "RUS>BLR:17",
    ),
]
# ... not a speaker's from-phrase, no person, no state, or the acting state's own place
NONE: list[NearMiss] = [
    ("TEHRAN", "A tourist from Germany said Iran had detained his son."),
    ("TEHRAN", "A shipment from Germany was seized in Iran."),
    ("MOSCOW", "Russian police detained two students from the university."),
    ("CAIRO", "A man from Cairo was arrested in Egypt on Monday."),
]
GAPS: list[Gap] = [
    (
        "ANKARA",
        "Turkish police arrested a journalist from Sweden.",
        "TUR>SWE:17",
        "the parser hangs the from-phrase on the verb (where he was taken from), not the noun",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review347_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review347_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
