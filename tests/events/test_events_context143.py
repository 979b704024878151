"""Context 143 (session 60, R60): the deed a reaction answers is the news's own.

"G7 ministers pledged $400 million ... Canada rejected the criticism, adding that Ottawa had
sent Tuvalu $12 million since 2020. Australia welcomed the pledge. New Zealand and Fiji also
welcomed it": the latest act of the kind "the pledge" answers was Canada's gift, told as
dated years back inside Canada's rebuttal, so all three welcomes went to Canada. An act of
the named deed's kind told as background (context._background_act) while the reaction is
the news now leaves the deed to the story's own telling of the noun (_told_act), when there
is one (reactions._dated_deed).

Near miss: with no other telling of the noun ("Uganda welcomed the aid", the only aid told
being the dated one), the dated act is still the deed.

"X refused to admit AU monitors. Kenya called on both X and the AU to resolve the row. The
EU also criticized the move": "resolve" is a deciding word, so the told search for "the
move" took it as Kenya's decision. The infinitive an appeal asks of others (its head verb's
hit of asked_act_roots) tells no decision (reactions._asked_of_others).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._dated_deed: the pledge of the news, not a gift dated years back
NEWS_PLEDGE: list[Case] = [
    (
        "LONDON",
        "G7 finance ministers pledged $500 million on Tuesday to help Caribbean states rebuild "
        "after hurricanes. Jamaica criticized the Group of Seven, calling the sum far too small. "
        "Britain rejected the criticism, adding that London had given Jamaica about $40 million "
        "since 2019. Barbados welcomed the pledge. Trinidad and Tobago also welcomed it.",
        "JAM>G7:11 GBR>JAM:12 GBR>JAM:07 BRB>G7:05 TTO>G7:05",
    ),
    (
        "BRUSSELS",
        "European Union ministers pledged 200 million euros on Monday to rebuild schools in "
        "Mozambique. Mozambique's president called the sum \"a good start.\" Portugal's foreign "
        "minister said Lisbon had given Mozambique about 30 million euros since 2021. South "
        "Africa welcomed the pledge.",
        "EU>MOZ:03 PRT>MOZ:07 ZAF>EU:05",
    ),
]
# ... with no other telling of the noun, the dated act is still the deed
DATED_ONLY: list[Case] = [
    (
        "NAIROBI",
        "Kenya criticized Britain on Monday over a new visa rule. Britain rejected the "
        "criticism, adding that London had given Kenya about $90 million in aid since 2018. "
        "Uganda welcomed the aid.",
        "KEN>GBR:11 GBR>KEN:12 GBR>KEN:07 UGA>GBR:05",
    ),
]

# reactions._asked_of_others: the act an appeal asks of others is no decision of the asker
ASKED_NOT_DECIDED: list[Case] = [
    (
        "ADDIS ABABA",
        "Ethiopia refused on Monday to admit six election monitors sent by the African Union, "
        "the AU said. Kenya called on both Addis Ababa and the AU to resolve the row quickly. "
        "The European Union also criticized the move.",
        "KEN>ETH:02 KEN>AU:02 EU>ETH:11",
    ),
]
# ... an appeal with a deed coded before it leaves that deed the move
ASKED_AFTER_DEED: list[Case] = [
    (
        "ACCRA",
        "Togo closed its border with Ghana on Monday after a clash between police officers. "
        "Nigeria urged Lome to reverse the closure within days. The African Union also "
        "criticized the move.",
        "TGO>GHA:16 NGA>TGO:02 AU>TGO:11",
    ),
]

CASES: list[Case] = NEWS_PLEDGE + DATED_ONLY + ASKED_NOT_DECIDED + ASKED_AFTER_DEED
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context143_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context143_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
