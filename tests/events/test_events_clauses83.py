"""Clauses 83 (session 62, helper J62): a stance kept against another state's pressure.

"Britain urged Ghana to scrap the levy. ... said Accra would not change its policy": a stance
another state pressed against that its holder says it keeps turns the pressure down (12,
v.not_change_course), said now even with "will", as "would not bow to pressure" is, and aimed
as a bare refusal is, at the state the story told pressing it. Near misses: the stance kept
with no pressure told before (whose?), a stance changed (no refusal), a law that did not change
(no one keeps it), a plan not changed by a third party's vote.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

KEPT_AGAINST_PRESSURE: list[Case] = [
    (
        "ACCRA",
        "Britain demanded on Monday that Ghana scrap a new levy on imported cars. Ghana's"
        " finance minister said on Tuesday that Accra would not change its policy.",
        "GBR>GHA:10 GHA>GBR:12",
    ),
    (
        "HANOI",
        "China demanded that Vietnam lift its ban on Chinese fishing boats in the gulf."
        ' "We will not reverse our decision," Vietnam\'s foreign ministry spokeswoman said.',
        "CHN>VNM:10 VNM>CHN:12",
    ),
]
# 'would not bow to "blackmail."': the quoted noun the parser reads as an infinitive after
# "to" is the to-phrase's object (context._quoted_nouns_read_as_infinitives), so the refusal
# (v.not_bow_to) is coded as the unquoted words are
QUOTED_NOUN: list[Case] = [
    (
        "VILNIUS",
        "Belarus closed two border crossings with Lithuania on Monday. Lithuania's interior"
        ' minister said Vilnius would not bow to "blackmail."',
        "BLR>LTU:16 LTU>BLR:12",
    ),
]
# a deed defended as routine beside a clause of no deed ("and that the island's waters are
# Greek"): the clause of no deed spoils nothing (objects._own_defended), and the defence
# answers the summons (v.say_lawful, 12)
DEFENDED_BESIDE: list[Case] = [
    (
        "ATHENS",
        "Turkey summoned Greece's ambassador to protest the visit of a Greek frigate to Rhodes."
        " Greece's Foreign Ministry said the frigate had made a routine, scheduled stop and"
        " that the island's waters are Greek.",
        "TUR>GRC:11 GRC>TUR:12",
    ),
    # a clause of no deed alone defends nothing: only the summons is coded
    (
        "ATHENS",
        "Turkey summoned Greece's ambassador over a frigate's visit to Rhodes. Greece's Foreign"
        " Ministry said the island's waters are calm.",
        "TUR>GRC:11",
    ),
]
NOTHING: list[NearMiss] = [
    # no pressure told: whose would the refusal be?
    ("ACCRA", "Ghana's finance minister said Accra would not change its policy on cocoa prices."),
    # a law that did not change: no one keeps it
    ("ACCRA", "Ghana's finance minister said the levy law had not changed since March."),
    # a quoted verb after "to" stays a verb: an aim, no refusal
    ("ACCRA", 'Ghana\'s finance minister said the levy was meant to "protect" local assemblers.'),
]
# a stance changed yields (no refusal): only the appeal is coded
CHANGED: list[Case] = [
    (
        "LUSAKA",
        "Zambia urged Malawi to drop its maize export ban. Malawi's trade minister said on"
        " Friday that Lilongwe had changed its policy.",
        "ZMB>MWI:02",
    ),
]
GAPS: list[Gap] = [
    (
        "ACCRA",
        "Britain urged Ghana on Monday to scrap a new levy on imported cars. Ghana's finance"
        " minister said on Tuesday that Accra would not change its policy.",
        "GBR>GHA:02 GHA>GBR:12",
        "a refusal told as a reaction answers a complaint, a demand or a threat (rules"
        " reaction_matches 'answered complaint'), not an appeal",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(
        KEPT_AGAINST_PRESSURE + QUOTED_NOUN + DEFENDED_BESIDE + CHANGED, NOTHING, GAPS
    )


def test_events_clauses83_bodies_are_unique() -> None:
    bodies = audit_bodies(
        KEPT_AGAINST_PRESSURE + QUOTED_NOUN + DEFENDED_BESIDE + CHANGED, NOTHING, GAPS
    )
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    audit_params(KEPT_AGAINST_PRESSURE + QUOTED_NOUN + DEFENDED_BESIDE + CHANGED, NOTHING, GAPS),
)
def test_events_clauses83_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
