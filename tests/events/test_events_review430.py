"""Review 430 (session 68, O102): the Republic of Congo spelt out beside a Kinshasa that is
only a city; nationals named by their trade expelled.

"The Central African Republic accused the Republic of Congo of blocking fuel barges ...
Congo's government rejected the charge ... fuel travels up the river from Brazzaville and
Kinshasa": a bare "Congo" or "Congolese" is the DRC's unless the story names the Republic and
never the DRC (false_friends.yaml shared_names), and the capital Kinshasa counted as a naming
of the DRC, so every later "Congo" went to the DRC. The DRC's capital alone no longer outweighs
the Republic named in full and by its own capital (Resolver._share_names, when_capital and
unless_capital): wire copy spells the Republic out to tell it from the DRC.

"Congolese police expelled about 40 Central African traders": people named by their trade
(traders, merchants, farmers, fishermen, students) are nationals, deported individuals (174)
as v.expel_people's migrants and citizens, not an expulsion of envoys (166).

Near misses: a DRC story that names the Republic only as a place and Brazzaville never; a story
that names both capitals and neither state in full; diplomats expelled.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the Republic in full and Brazzaville named: a bare "Congo(lese)" is the Republic's
    (
        "LIBREVILLE (Reuters) -",
        "Gabon on Monday accused the Republic of Congo of holding 12 timber trucks at the "
        "border. Congo's government rejected the accusation. Traders said most of the timber "
        "moves by river between Brazzaville and Kinshasa.",
        "GAB>COG:11 COG>GAB:12",
    ),
    (
        "YAOUNDE (AFP) -",
        "Cameroon summoned the Congolese ambassador on Tuesday after the Republic of Congo "
        "closed a border crossing near Ouesso. Officials in Brazzaville said the crossing would "
        "reopen next week. Trucks bound for Kinshasa were also stopped.",
        "CMR>COG:11 COG>CMR:16",
    ),
    # ... a DRC story that names the Republic only as a place stays the DRC's
    (
        "KINSHASA (Reuters) -",
        "Congo accused Rwanda on Monday of backing the rebels in the east. Thousands of refugees "
        "have crossed the river into the Republic of Congo since January.",
        "COD>RWA:11",
    ),
    # ... and so does a story naming both capitals and neither state in full
    (
        "LUANDA (AP) -",
        "Angola accused Congo on Monday of seizing two fishing boats. Boats from Brazzaville and "
        "Kinshasa use the estuary.",
        "AGO>COD:11",
    ),
    # nationals named by their trade expelled: 174
    ("ACCRA", "Ghana expelled 30 Nigerian traders on Monday.", "GHA>NGA:17"),
    ("KAMPALA", "Uganda evicted 200 Kenyan fishermen from the island on Friday.", "UGA>KEN:17"),
    ("TBILISI", "Georgia deported 14 Chinese students on Wednesday.", "GEO>CHN:17"),
    # ... envoys expelled stay a reduction of relations (16)
    ("LUSAKA", "Zambia expelled two Chinese diplomats on Friday.", "ZMB>CHN:16"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review430_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review430_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
