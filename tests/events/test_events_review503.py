"""Review 503 (session 70, RX70): a pledge that names a plural of other states as the helped.

A pledge naming no one ("said Tokyo would help rebuild the highway") is made where the act
joined before it in the sentence is aimed (extract's "pledge" context, _joined_after_partner).
When its helped party is a plural of states (rules generic_plurals, as object or as the
subject of the helped clause: "would help island states apply for the money", "will help
poorer countries buy vaccines"), it names its own recipients: a group, not the state just
welcomed or praised (open set 85: AUS>G7 033 beside "welcomed the pledge"). A gift with no
recipient named, given for or to such a plural ("funds patrol boats for 12 Pacific nations"),
borrows no partner from the story's deals either (the delivery context; open set 102: AUS>TWN).

Kept: a pledge with no helped party of its own; a singular "the country" (the one welcomed).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "",
        "Australia welcomed Japan's pledge and said it would help island states apply for the "
        "money.",
        "AUS>JPN:05",
    ),
    (
        "",
        "Norway welcomed Peru's offer and said it would help neighbouring countries cope with the "
        "refugees.",
        "NOR>PER:05",
    ),
    # kept: no helped party of its own, or the one welcomed
    (
        "",
        "Japan praised Ghana's reforms and said Tokyo would help rebuild the highway.",
        "JPN>GHA:05 JPN>GHA:03",
    ),
    (
        "",
        "Sweden welcomed Kenya's plan and said it would help the country pay for the vaccines.",
        "SWE>KEN:05 SWE>KEN:03",
    ),
]
NONE: list[NearMiss] = [
    ("", "Sweden welcomed the plan and said it would help poorer countries pay for the vaccines."),
    # a gift for a plural of states: no partner borrowed from the story's deals
    (
        "",
        "Australia signed a patrol boat deal with Taiwan in March. Australia already funds "
        "patrol boats for 12 Pacific nations under a program begun in 2018.",
    ),
]
GAPS: list[Gap] = [
    (
        "",
        "New Zealand welcomed Japan's pledge and said it would help the region adapt to rising "
        "seas.",
        "NZL>JPN:05",
        "a singular 'the region' is not read as other states: the pledge goes to Japan",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review503_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review503_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
