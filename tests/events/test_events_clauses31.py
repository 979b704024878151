"""Clauses 31 (session 21, builder CP): praise and blame by naming an act ("called the agreement
a milestone", "called the pact a great mistake").

Coded: a state that gives another's act an approving name approves of its author(s) (051,
v.call_praise; the author found by the deed rules, as v.call_names finds it); the name given
decides, never the thing named. A wrong in the name outweighs a word of praise beside it
(v.call_names outweigh_words: "a great mistake", "a victory for foreign interference", "a gift
to those who arm the rebels"), and then it is blame (111). A bare protest after such praise
still answers the act praised (reactions._followed_answers). Near-misses: a neutral name
("technical", "preliminary"), a name given to a person, "called for", a party naming its own
act (no partner from "a victory for both nations": extract, no _partners for a name), a
natural event or a market named, "called it a day", a negated naming.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a third state's approving name for a deal: 05 to each of its parties
PRAISE_NAMES: list[Case] = [
    (
        "CAIRO",
        "Egypt and Sudan signed a water-sharing deal on Tuesday. Jordan called the deal a "
        "breakthrough.",
        "EGY>SDN:05 SDN>EGY:05 JOR>EGY:05 JOR>SDN:05",
    ),
    (
        "LIMA",
        "Peru and Ecuador signed a border treaty in Lima on Friday. Colombia's foreign minister "
        "called the treaty a model for the region.",
        "PER>ECU:05 ECU>PER:05 COL>PER:05 COL>ECU:05",
    ),
    (
        "HANOI",
        "Vietnam signed a fisheries pact with Indonesia on Friday. Singapore called the pact an "
        "important step.",
        "VNM>IDN:05 SGP>VNM:05 SGP>IDN:05",
    ),
    # a bare protest after the praise answers the deal, not the praiser
    (
        "NICOSIA",
        "Greece and Cyprus signed an energy deal on Thursday. The EU called the deal a "
        "landmark. Turkey objected.",
        "GRC>CYP:05 CYP>GRC:05 EU>GRC:05 EU>CYP:05 TUR>GRC:11 TUR>CYP:11",
    ),
    # "it" for a friendly deed just told (a gap until session 23: reaction_matches
    # "achievement", a01668f)
    (
        "PORT LOUIS",
        "Mauritius signed a treaty with Britain on Wednesday. The African Union called it a "
        "victory for decolonization.",
        "MUS>GBR:05 AU>MUS:05 AU>GBR:05",
    ),
]

# a wrong in the name outweighs the praise word beside it: blame (11)
BLAME_NAMES: list[Case] = [
    (
        "RABAT",
        "Morocco and Israel signed a defense pact on Wednesday. Algeria called the pact a great "
        "mistake.",
        "MAR>ISR:05 ISR>MAR:05 DZA>MAR:11 DZA>ISR:11",
    ),
    (
        "SANTIAGO",
        "Chile and Bolivia signed a gas deal on Monday. Argentina called the deal a victory for "
        "foreign interference.",
        "CHL>BOL:05 BOL>CHL:05 ARG>CHL:11 ARG>BOL:11",
    ),
    (
        "BRUSSELS",
        "Slovakia blocked the EU statement on Georgia on Monday. Lithuania called the veto a gift "
        "to those who arm the separatists.",
        "SVK>EU:12 LTU>SVK:11",
    ),
]

NAMES_NOT: list[Case] = [
    # a neutral name judges nothing
    (
        "MUSCAT",
        "Iran and Oman signed a shipping deal on Monday. Qatar called the deal technical.",
        "IRN>OMN:05 OMN>IRN:05",
    ),
    (
        "BRUSSELS",
        "Serbia and Kosovo held talks in Brussels on Monday. Russia called the talks "
        "preliminary.",
        "SRB>XKX:04 XKX>SRB:04",
    ),
    # a party naming its own deal adds nothing to the signing
    (
        "NEW DELHI",
        "Pakistan and India signed a water treaty on Monday. New Delhi called the treaty a "
        "milestone.",
        "PAK>IND:05 IND>PAK:05",
    ),
    (
        "NAIROBI",
        "Kenya and Tanzania signed a rail accord. Tanzania's president called the accord a "
        "victory for both nations.",
        "KEN>TZA:05 TZA>KEN:05",
    ),
    (
        "NAIROBI",
        "Kenya signed a rail accord with Tanzania. Tanzania's president called the accord a "
        "victory for both nations.",
        "KEN>TZA:05",
    ),
    # a call for something, a negated naming
    (
        "TOKYO",
        "Japan and South Korea signed a security pact on Monday. China called for a historic "
        "compromise over the islands.",
        "JPN>KOR:05 KOR>JPN:05",
    ),
    (
        "YEREVAN",
        "Armenia and Azerbaijan signed a peace agreement on Wednesday. Georgia did not call the "
        "agreement a breakthrough.",
        "ARM>AZE:05 AZE>ARM:05",
    ),
]

NONE: list[NearMiss] = [
    # a person, a natural event, a market, "called it a day"
    (
        "MEXICO CITY",
        "Mexico named a new ambassador to Cuba on Monday. Venezuela called the new envoy a "
        "historic choice.",
    ),
    ("DHAKA", "Floods hit Bangladesh on Monday. India called the floods a historic disaster."),
    ("RIYADH", "Oil prices rose sharply on Monday. Saudi Arabia called the rally a great success."),
]

GAPS: list[Gap] = [
    (
        "DAR ES SALAAM",
        "Kenya and Uganda opened a new border crossing on Monday. Tanzania called the opening a "
        "historic day for trade.",
        "KEN>UGA:08 UGA>KEN:08 TZA>KEN:05 TZA>UGA:05",
        "'the opening' is not read as the act 'opened a border crossing' told",
    ),
]

CASES = PRAISE_NAMES + BLAME_NAMES + NAMES_NOT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses31_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses31_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
