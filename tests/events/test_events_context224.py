"""Context 224 (session 70, CX70): a promise of aid that names no recipient ("Britain offered
help", "Germany offered assistance": a gift's code, 033, with an object of aid_nouns) takes
the gift look-ups (`reactions._giving` -> the delivery chain: the one state in need in reach,
the fellow givers of the sentence left out), as a pledge of a sum or a team sent already did.
Before, "offered help" had only the counterpart look-up, which finds no partner in a story of
an outbreak or a disaster told in one state. Aid offered that the gift look-ups place nowhere
is placed nowhere: no fallback to a counterpart (set 12: "offered Turkish help in building it"
took the wrong side of the deal told before).

Near misses: a third party's meeting named last (two states in reach: no recipient); a
receiver of the giver's own ("to British charities"); "offered its support" (a stance as often
as aid: no gift, strict gap in a disaster story); a promise made to no one named in an empty
story. Strict gap: aid offered to the partner of talks told before (the counterpart look-up it
had before is no longer tried).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Cholera has killed 60 people in northern Ghana this month, the health ministry said. "
        "Britain offered help.",
        "GBR>GHA:03",
    ),
    (
        "KYIV",
        "Russian missiles hit power stations across Ukraine overnight. Germany offered "
        "assistance.",
        "RUS>UKR:19 DEU>UKR:03",
    ),
]
NONE_AFTER: list[Case] = [
    (
        "ACCRA",
        "Cholera has killed 60 people in northern Ghana this month. Togo's foreign minister met "
        "Benin's president on Monday. Britain offered aid.",
        "TGO>BEN:04",
    ),
    (
        "ACCRA",
        "Ghana asked the IMF for a new loan on Monday. Britain offered its support.",
        "GHA>IMF:02",
    ),
    (
        "MOSCOW",
        "The UN Security Council rejected a Russian resolution on Monday. China offered its "
        "support.",
        "UN>RUS:12",
    ),
]
NONE: list[NearMiss] = [
    (
        "ACCRA",
        "Cholera has killed 60 people in northern Ghana this month. Britain offered assistance "
        "to British charities working in the region.",
    ),
    ("HANOI", "Vietnam offered help on Monday."),
]
GAPS: list[Gap] = [
    (
        "VIENTIANE",
        "Laos confirmed three deaths from bird flu in its northern provinces on Monday. Vietnam "
        "offered to send a team of doctors, and the United States also offered help.",
        "VNM>LAO:03 USA>LAO:03",
        "fellow givers of an intent (033) are still counted as rival recipients by "
        "_sole_recipient (counting them broke review68's Greenland near miss)",
    ),
    (
        "HANOI",
        "Vietnam and Laos agreed to hold talks on the Mekong dams. Vietnam offered help.",
        "VNM>LAO:03 LAO>VNM:03 VNM>LAO:03",
        "aid offered with no recipient is no longer aimed at the counterpart of talks told "
        "before (the gift look-ups find none: two parties of the talks)",
    ),
    (
        "ACCRA",
        "Cholera has killed 60 people in northern Ghana this month. Britain offered its "
        "support.",
        "GBR>GHA:03",
        "\"support\" is left out of aid_nouns (a stance as often as aid), so a promise of "
        "support after a disaster finds no recipient",
    ),
]

ALL: list[Case] = CASES + NONE_AFTER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(ALL, NONE, GAPS)


def test_events_context224_bodies_are_unique() -> None:
    bodies = audit_bodies(ALL, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(ALL, NONE, GAPS, strict=True)
)
def test_events_context224_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
