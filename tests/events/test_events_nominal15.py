"""Acts told in participles, noun phrases and relative clauses (session 18, builder PN).

VISIT_FRAME: "The package, announced during a visit by Japan's deputy foreign minister, ...":
a visit by a named state's official, told as the frame of the news ("during", "on") with no
place named and no partner in the clause it hangs on, is made to the dateline's state (n.visit
slot dateline), as "arrived on Sunday for a three-day visit" is for a verb.
Near-misses: the visitor's own dateline, a visit after or before the news, a planned or
postponed visit, a company's chief, a visit with its own place, a sentence naming a third
actor (the visit may be to it).
PARTNER: "freed four Ivorian gendarmes following talks mediated by Togo", "signed a protocol
with Turkey at a ceremony hosted by Switzerland": a go-between's or host's participle names
its sides from the clause that holds the talks; besides that clause's subjects (or a passive's
agents), its with-partner and the people its object names are the other side (sides.py,
_mediated_parties). Near-misses: an object or partner that is no state (a company, a news
agency, prisoners of no nationality), a bystander's clause, a planned act.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

VISIT_FRAME: list[Case] = [
    (
        "DHAKA",
        "Bangladesh signed three energy accords on Monday during a visit by Indian Foreign"
        " Minister Ravi Kumar.",
        "IND>BGD:04",
    ),
    (
        "NAIROBI, Kenya (AP)",
        "The loan was agreed on Tuesday during a two-day visit by the Chinese premier.",
        "CHN>KEN:04",
    ),
    (
        "HANOI",
        "The ministry said the frigate contract was signed during the visit by France's"
        " defense minister.",
        "FRA>VNM:04",
    ),
    (
        "ISLAMABAD",
        "The flood package, unveiled during a visit by Japan's deputy foreign minister,"
        " includes $80 million in grants.",
        "JPN>PAK:04",
    ),
    (
        "ACCRA",
        "A new air service agreement was initialled during a three-day visit by the Nigerian"
        " foreign minister.",
        "NGA>GHA:04",
    ),
    (
        "ISLAMABAD",
        "The aid was announced during a visit by Japan's foreign minister to Kabul.",
        "JPN>AFG:04",
    ),
]

VISIT_FRAME_NONE: list[NearMiss] = [
    (
        "TOKYO",
        "Japan announced the aid package during a visit by Japanese Prime Minister Kenji Ito.",
    ),
    (
        "ISLAMABAD",
        "The package was announced after a visit by the Japanese deputy foreign minister.",
    ),
    (
        "ISLAMABAD",
        "The package will be announced during a planned visit by the Japanese deputy foreign"
        " minister.",
    ),
    ("ISLAMABAD", "The package was announced during a visit by Toyota's chief executive."),
    ("LIMA", "The contract was signed during a visit by the mining company's chairman."),
    ("ISLAMABAD", "The package was announced ahead of a visit by Japan's foreign minister."),
    ("DHAKA", "Bangladesh and Nepal opened a power line during a visit by Bhutan's king."),
]

PARTNER: list[Case] = [
    (
        "ANKARA",
        "Armenia signed a border protocol with Turkey on Friday at a ceremony hosted by"
        " Switzerland.",
        "ARM>TUR:05 CHE>ARM:04 CHE>TUR:04",
    ),
    (
        "AMMAN",
        "Israel freed 20 Jordanian detainees on Sunday after talks mediated by Egypt.",
        "ISR>JOR:08 EGY>ISR:04 EGY>JOR:04",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia reached a deal with Somalia on Tuesday after talks mediated by Turkey.",
        "ETH>SOM:05 TUR>ETH:04 TUR>SOM:04",
    ),
    (
        "NAIROBI",
        "Kenya freed three Somali fishermen on Monday after talks mediated by the African Union.",
        "KEN>SOM:08 AU>KEN:04 AU>SOM:04",
    ),
    (
        "BAKU",
        "Azerbaijan met Armenia's foreign minister on Monday at talks hosted by Kazakhstan.",
        "AZE>ARM:04 KAZ>AZE:04 KAZ>ARM:04",
    ),
    (
        "MUSCAT",
        "Iran released a French aid worker on Monday after talks mediated by Oman.",
        "IRN>FRA:08 OMN>IRN:04 OMN>FRA:04",
    ),
]

PARTNER_ONE: list[Case] = [
    # the object or partner is no state: the mediator has one side only
    ("MUSCAT", "Iran released two prisoners on Monday after talks mediated by Oman.", "OMN>IRN:04"),
    (
        "MUSCAT",
        "Iran released a Reuters journalist on Monday after talks mediated by Oman.",
        "OMN>IRN:04",
    ),
    (
        "MUSCAT",
        "Iran signed a gas deal with TotalEnergies on Monday after talks mediated by Oman.",
        "OMN>IRN:04",
    ),
]

PARTNER_NONE: list[NearMiss] = [
    ("MUSCAT", "Iran criticized a deal with Bahrain reached at talks mediated by Oman."),
]

KEPT: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan postponed a visit by the Japanese deputy foreign minister.",
        "PAK>JPN:16",
    ),
    (
        "KINSHASA",
        "Belgium handed a mask to Congo on Monday during a visit by the Belgian king.",
        "BEL>COD:04|07|08|05",
    ),
]

GAPS: list[Gap] = [
    (
        "BRASILIA",
        "Trade topped the agenda on Thursday on the first state visit by a Portuguese"
        " president in a decade.",
        "PRT>BRA:04",
        "the on-phrase hangs on the day, not on the verb, and is not read as the news's frame",
    ),
]

CASES = VISIT_FRAME + PARTNER + PARTNER_ONE + KEPT
NONE = VISIT_FRAME_NONE + PARTNER_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_nominal15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_nominal15_codes_nominal_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
