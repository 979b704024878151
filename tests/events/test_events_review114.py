"""Review 114 (session 40, builder SAY2): a reply held in store, aimed by its to-phrase.

"China said it reserved the right to respond to Australia's decision": the right reserved is
to answer the act the infinitive's to-phrase names, so the threat (130, v.reserve_right) is
aimed at that act's author or the state named, as "to take countermeasures against
Australia" already was; the infinitive hangs on "right", no xcomp of the verb, so the slot is
obj_sub:to. A crisis in a place, or questions from reporters, threaten no one.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the right to answer what the to-phrase names: a threat to its author
RESERVED: list[Case] = [
    (
        "BEIJING",
        "China said it reserved the right to respond to Australia's decision.",
        "CHN>AUS:13",
    ),
    (
        "BEIJING",
        "China said it reserved the right to respond to any provocation by Japan.",
        "CHN>JPN:13",
    ),
    (
        "ALGIERS",
        "Algeria said it reserved the right to retaliate against Morocco.",
        "DZA>MAR:13",
    ),
    (
        "TEHRAN",
        "Iran's foreign minister said Tehran reserved the right to respond to Israel.",
        "IRN>ISR:13",
    ),
]

# a to-phrase that names no one's act
NONE: list[NearMiss] = [
    ("BEIJING", "China said it reserved the right to respond to the crisis in Myanmar."),
    ("BEIJING", "China said it reserved the right to respond to questions from Japanese reporters."),
]

GAPS: list[Gap] = [
    (
        "ALGIERS",
        "Algeria reserves the right to retaliate against Morocco, its foreign ministry said.",
        "DZA>MAR:13",
        "with 'its foreign ministry said' after it the reserving clause codes nothing (not"
        " diagnosed; 'a spokesperson said' codes)",
    ),
    (
        "BEIJING",
        "A spokesperson said Australia's move damaged relations, adding that China \"reserves"
        ' the right to respond further."',
        "CHN>AUS:13",
        "the judged move is told inside a that-clause that codes no event, so the reserved"
        " reply has no act to answer",
    ),
]

CASES: list[Case] = RESERVED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review114_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review114_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
