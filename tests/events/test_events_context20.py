"""Guarantors of a deal, and money pledged for a project in a state (session 12, L2).

GUARANTOR: a state that acts, serves or stands as guarantor of a deal between two sides
("agreed to act as guarantors of the truce between A and B") pledges to each side (030, root
03, as CAMEO's GUARANTEE); the sides sit under the role "as" names, deeper than the verb's own
phrases. Nothing for a guarantor of a loan or of bonds, a refused, negated or only considered
role.
PLEDGE PLACE: money pledged or given for a project "along Chad's frontier" or "in Niger's
north" goes to the state that owns the place, as "in Chad" does. Nothing for a project in the
giver's own ground, a firm as recipient, "the region", or a pledge only considered.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

GUARANTOR: list[Case] = [
    # a guarantor of a deal told before takes the deal's sides (session 26, sides._role_deal;
    # a gap until then)
    (
        "BAKU",
        "Armenia and Azerbaijan signed a peace accord on Friday. France and Germany agreed to act "
        "as guarantors of the accord.",
        "ARM>AZE:05 AZE>ARM:05 FRA>ARM:03 FRA>AZE:03 DEU>ARM:03 DEU>AZE:03",
    ),
    (
        "ANKARA",
        "Turkey and Russia agreed to act as guarantors of the truce between Armenia and "
        "Azerbaijan.",
        "TUR>ARM:03 TUR>AZE:03 RUS>ARM:03 RUS>AZE:03",
    ),
    (
        "CAIRO",
        "Egypt will serve as guarantor of the deal between Israel and Jordan.",
        "EGY>ISR:03 EGY>JOR:03",
    ),
    (
        "WASHINGTON",
        "The United States agreed to serve as a guarantor for the pact between Serbia and Kosovo.",
        "USA>SRB:03 USA>XKX:03",
    ),
    (
        "BRASILIA",
        "Brazil acted as guarantor of the 1998 peace treaty between Peru and Ecuador.",
        "BRA>PER:03 BRA>ECU:03",
    ),
]

GUARANTOR_NONE: list[NearMiss] = [
    ("ANKARA", "Turkey refused to act as guarantor of the deal between Russia and Ukraine."),
    ("PARIS", "France acted as a guarantor of the loan to Senegal."),
    ("ACCRA", "The bank acted as guarantor of the bonds issued by Ghana."),
    ("BERLIN", "Germany would not serve as guarantor of any deal between Serbia and Kosovo."),
    ("ROME", "Italy considered acting as guarantor of the truce between Libya and Chad."),
]

PLEDGE: list[Case] = [
    ("DOHA", "Qatar pledged $20 million for border posts along Chad's frontier.", "QAT>TCD:03"),
    (
        "ABU DHABI",
        "The UAE pledged $50 million to build clinics in Sudan's Darfur region.",
        "ARE>SDN:03",
    ),
    (
        "BERLIN",
        "Germany said it would give 15 million euros for wells in Niger's north.",
        "DEU>NER:03",
    ),
    ("BEIJING", "China pledged $200 million for a railway in Kenya.", "CHN>KEN:03"),
    # a city alone places the works (reactions._placed_recipient; was a gap)
    (
        "TOKYO",
        "Japan said it would give 50 million euros for the port project in Mombasa.",
        "JPN>KEN:03",
    ),
]

PLEDGE_NONE: list[NearMiss] = [
    ("TOKYO", "Japan pledged $30 million for a new hospital in Osaka."),
    ("BERLIN", "Germany pledged 10 million euros to Siemens for a plant in Bavaria."),
    ("LONDON", "Britain pledged $5 million for the region."),
    ("PARIS", "France is considering pledging $10 million for schools in Mali."),
    ("DOHA", "Qatar pledged $20 million for border posts along its own frontier."),
]

GAPS: list[Gap] = []

CASES = GUARANTOR + PLEDGE
NONE = GUARANTOR_NONE + PLEDGE_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context20_codes_guarantors_and_pledges(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
