"""Review 64 (session 33, helper S42): a pair reference after a sentence that names two
pairs, one of them the story's.

"Nigeria withdrew its monitors in 2015, after Ghana and Togo sided with Mali and Niger in
their boycott of Benin. The two countries restored diplomatic relations in 2019.": the pair
named last (Mali and Niger) was taken, though the article is about Ghana and Togo, named
together in the sentence too. plurals._story_first: among the lists of the nearest list's
sentence, the story's pair (the first pair of the lede still named, or the pair named together
most) comes first. A pair appealed to keeps its place ("Kenya and Uganda urged Sudan and Chad
to end their feud. The two countries agreed ...": the pair asked answers). A hyphened pair of
states before a noun ("the Ghana-Togo agreement") names both; coordinated nationalities before
a state's posted officers ("the French and German defense attaches") name each. "a visit to
Santiago by Colombia's trade minister ... signed by Chile's Foreign Minister Pedro Soto and Trade
Minister Ana Lopez": Lopez holds the office the nameless title stated, Colombia's, not Chile's
(the dateline's, or the possessor's of the name before). "during the Togolese president's first
state visit to Ghana. Ghana's president welcomed his guest": the visit's owner is the guest, as
the by-phrase of "a visit by ..." is. Every sentence was
written for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana accused Togolese troops on Monday of shelling its border posts, and summoned "
        "Togo's ambassador. Togo denied the charge and said its forces had not crossed the "
        "border. Nigeria urged both countries to show restraint. Nigeria withdrew its monitors "
        "in 2015, after Ghana and Togo sided with Mali and Niger in their boycott of Benin. The "
        "two countries restored diplomatic relations in 2019.",
        "GHA>TGO:11 TGO>GHA:19 GHA>TGO:11 TGO>GHA:12 NGA>GHA:02 NGA>TGO:02 GHA>MLI:05 "
        "GHA>NER:05 TGO>MLI:05 TGO>NER:05 GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "LIMA",
        "Peru accused Chile on Monday of harassing its fishing boats, and recalled its "
        "ambassador from Santiago. Chile rejected the accusation. Ecuador urged both sides to "
        "talk. Peru and Chile quarreled in 2019, after Peru and Chile joined Brazil and "
        "Argentina in a blockade of Bolivia. The two countries resumed trade talks in 2021.",
        "PER>CHL:11 CHL>PER:17 PER>CHL:16 CHL>PER:12 ECU>PER:02 ECU>CHL:02 PER>CHL:04 "
        "CHL>PER:04",
    ),
    # the pair appealed to answers: not the story's pair
    (
        "NAIROBI",
        "Kenya accused Ugandan police on Monday of detaining its fishermen on Lake Victoria. "
        "Uganda rejected the accusation. Kenya and Uganda urged Sudan and Chad to end their "
        "feud. The two countries agreed to hold talks.",
        "KEN>UGA:11 UGA>KEN:17 UGA>KEN:12 KEN>SDN:02 KEN>TCD:02 UGA>SDN:02 UGA>TCD:02 "
        "SDN>TCD:03 TCD>SDN:03",
    ),
]

# a hyphened pair of states before a noun names both ("the Nigeria-Benin plan": the parser
# hangs the first on the second; parties._hyphen_pair)
HYPHENED: list[Case] = [
    ("BAMAKO", "Mali criticized the Ghana-Togo agreement on Friday.", "MLI>GHA:11 MLI>TGO:11"),
    (
        "NDJAMENA",
        "Chad's military government criticized the Ghana-Togo plan on Wednesday.",
        "TCD>GHA:11 TCD>TGO:11",
    ),
    (
        "KAMPALA",
        "Uganda welcomed the Kenya-Tanzania border deal on Friday.",
        "UGA>KEN:05 UGA>TZA:05",
    ),
]

# coordinated nationalities before a state's posted officers name each state (role_nouns:
# attache, consul, emissary)
POSTED: list[Case] = [
    (
        "ACCRA",
        "Ghana said it had invited the French and German defense attaches to observe the "
        "exercise.",
        "GHA>FRA:03 GHA>DEU:03",
    ),
    (
        "NAIROBI",
        "Kenya invited the Ugandan and Tanzanian defense attaches to attend the ceremony.",
        "KEN>UGA:03 KEN>TZA:03",
    ),
    ("LIMA", "Peru summoned the Chilean and Bolivian consuls on Monday.", "PER>CHL:11 PER>BOL:11"),
    ("BAMAKO", "Mali expelled the French military attache on Monday.", "MLI>FRA:16"),
]

# a person named with a bare title after a visitor's nameless title: the lead took back the
# rule that gave such a person the visitor's state (counterparts share titles: "Chile's trade
# minister met Trade Minister X" names the host's minister); these rows hold without it
HOLDERS: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Uganda signed a rail deal on Friday during a visit to Nairobi by Uganda's "
        "transport minister. The deal was signed by Kenya's Foreign Minister Mary Wanjiku and "
        "Transport Minister John Okello. Okello thanked Kenya for its help.",
        "KEN>UGA:05 UGA>KEN:05 UGA>KEN:04 KEN>UGA:05 UGA>KEN:05 UGA>KEN:05",
    ),
    # a one-word title ("Uganda's minister") states no office whole: the dateline's state
    (
        "NAIROBI",
        "Kenya and Uganda signed a rail deal on Friday during a visit to Nairobi by Uganda's "
        "minister. The deal was signed by Kenya's Foreign Minister Mary Wanjiku and Transport "
        "Minister John Okello. Okello thanked Uganda for its help.",
        "KEN>UGA:05 UGA>KEN:05 UGA>KEN:04 KEN>UGA:05",
    ),
]

# "welcomed his guest" after a visit told with its visitor as owner ("the Togolese
# president's first state visit"): that visitor (described._visitor_before)
GUESTS: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed three agreements on Friday during the Togolese president's first "
        "state visit to Ghana. Ghana's president welcomed his guest with a guard of honor at "
        "Jubilee House before talks.",
        "GHA>TGO:05 TGO>GHA:05 TGO>GHA:04 GHA>TGO:04",
    ),
    (
        "KAMPALA",
        "Kenya and Uganda signed a power deal on Tuesday during Kenya's president's three-day "
        "visit to Uganda. Uganda's president welcomed his guest at State House Entebbe.",
        "KEN>UGA:05 UGA>KEN:05 KEN>UGA:04 UGA>KEN:04",
    ),
    (
        "LOME",
        "Ghana's foreign minister's visit to Togo ended on Friday. Togo's president received his "
        "guest on Thursday.",
        "GHA>TGO:04 TGO>GHA:04",
    ),
]

CASES += HYPHENED + POSTED + HOLDERS + GUESTS

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review64_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review64_story_pair(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
