"""Context 205 (session 68, I68): donors listed one after another give to the story's state.

"Australia said it would provide 50 million dollars in budget support, and New Zealand pledged
a further 20 million": a gift that names no recipient goes to the state the story is about
(reactions._host_recipient: the dateline's state, a party already; _sole_recipient: the one
state in reach), but only when no other state is named in its sentence, and each donor named
the other. A subject of another verb of the sentence that gives or pledges a sum (rules
sum_giving_verbs, reactions._sum_givers) gives alongside, as the verb's own fellow subjects do,
and is no rival recipient.

Near misses: a state in the sentence that receives a sum ("secured ... from the IMF") is no
donor, so with two states in reach the gift goes to neither; a named receiver keeps its gift.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the dateline's state, a party already: each donor of the list gives to it
    (
        "SUVA, Fiji",
        "The IMF reached a deal with Fiji on a loan programme on Thursday. Australia said it "
        "would provide 50 million dollars in budget support, and New Zealand pledged a further "
        "20 million dollars.",
        "IMF>FJI:05 AUS>FJI:03 NZL>FJI:03",
    ),
    # the one state in reach
    (
        "NAIROBI",
        "Floods have displaced 300,000 people in Somalia. Germany pledged 10 million euros, and "
        "Norway promised a further 5 million euros.",
        "DEU>SOM:03 NOR>SOM:03",
    ),
    (
        "LILONGWE",
        "A cyclone killed 200 people in Malawi on Monday. Britain sent tents and blankets, and "
        "Ireland said it would give 2 million euros.",
        "GBR>MWI:07 IRL>MWI:03",
    ),
    # a named receiver keeps its gift; the fellow donor's is found as before
    (
        "SUVA, Fiji",
        "The IMF reached a deal with Fiji on a loan programme on Monday. Japan pledged 10 million "
        "dollars to Fiji, and South Korea promised 5 million dollars.",
        "IMF>FJI:05 JPN>FJI:03 KOR>FJI:03",
    ),
    # ... the teller of another's gift is no donor ("said Australia would provide")
    (
        "SUVA, Fiji",
        "The IMF reached a deal with Fiji on a loan programme on Friday. Fiji's finance minister "
        "said Australia would provide 50 million dollars.",
        "IMF>FJI:05 AUS>FJI:03",
    ),
    (
        "FUNAFUTI, Tuvalu",
        "Tuvalu criticized the G7 on Thursday. Tuvalu's finance minister said he had met French "
        "and Japanese officials and that Tokyo had offered $30 million for a desalination plant.",
        "TUV>G7:11 TUV>FRA:04 TUV>JPN:04",
    ),
    # ... a state that receives a sum in the sentence is a second state in reach: Italy's
    # gift goes to neither
    (
        "ATHENS",
        "Storms flooded farms in Greece last week. Italy pledged 5 million euros as Bulgaria "
        "secured 20 million euros from the World Bank.",
        "WB>BGR:07",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context205_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context205_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
