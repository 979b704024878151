"""Context 143 (session 60, R60): a named deed is the news's, not a gift dated years back.

"G7 ministers pledged $400 million ... Canada rejected the criticism, adding that Ottawa had
sent Tuvalu $12 million since 2020. Australia welcomed the pledge. New Zealand and Fiji also
welcomed it": the latest act of the kind "the pledge" answers was Canada's gift, told as
dated years back inside Canada's rebuttal, so all three welcomes went to Canada. An act of
the named deed's kind told as background (context._background_act) while the reaction is
the news now leaves the deed to the story's own telling of the noun (_told_act), when there
is one (reactions._dated_deed).

Near miss: with no other telling of the noun ("Uganda welcomed the aid", the only aid told
being the dated one), the dated act is still the deed.

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

CASES: list[Case] = NEWS_PLEDGE + DATED_ONLY
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
