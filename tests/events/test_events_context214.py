"""Context 214 (session 69, TC69): a gift with no recipient goes where its giver's own aid
went just before (`reactions._giver_recipient`).

"The European Union pledged 100 million euros in energy aid to Moldova ... The bloc has
already delivered 40 generators to hospitals": the goods a giver hands over after its own gift
of money or aid to one state, named for no one or for a body no actor stands for ("to
hospitals", "to villages": that state's own), are more of that aid. The delivery look-ups
before it each wanted something else: the deal's goods named again (_delivery_partner), other
givers' gifts to one state (_fellow_recipient, which turns away a giver that is itself a party
in reach and any gift in the perfect), the lead's gifts (_lead_recipient, which turns away the
lead's own giver), the one state in reach (_sole_recipient, which turns away a giver that made
any cooperative act in reach). So the giver's own aid, the strongest tie of all, gave nothing.

Near misses: another state named since the aid, as the recipient, a speaker or a place (a
third party named last: the goods may be for it), unless the name only qualifies a noun
("Russian gas"); the giver's own people as the recipient (a
domestic recipient: "to its own coast guard", "to German farmers"); a deal of named goods, not
money or aid, before; the giver acting with another state in reach; a standing fact ("has
funded ... for years").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "CHISINAU",
        "The European Union pledged 100 million euros in energy aid to Moldova on Monday. The "
        "bloc has already delivered 40 generators to hospitals.",
        "EU>MDA:03 EU>MDA:07",
    ),
    # a name that only qualifies ("Russian gas") is no rival receiver
    (
        "CHISINAU",
        "The European Union pledged 100 million euros in energy aid to Moldova, which faces a "
        "winter without Russian gas. The bloc has already delivered 40 generators to clinics.",
        "EU>MDA:03 EU>MDA:07",
    ),
    (
        "VIENTIANE",
        "Australia gave Laos 8 million dollars in flood aid on Monday. Canberra delivered 500 "
        "tents to villages on Thursday.",
        "AUS>LAO:07 AUS>LAO:07",
    ),
    (
        "NUKU ALOFA",
        "Australia pledged 5 million dollars in relief aid to Tonga on Monday. Japan also sent "
        "200 tents to Tonga. Canberra delivered 40 generators to clinics on Friday.",
        "AUS>TON:03 JPN>TON:07 AUS>TON:07",
    ),
    (
        "DILI",
        "New Zealand pledged 12 million dollars in relief aid to East Timor after the floods. "
        "Wellington has already flown 40 tonnes of supplies to shelters in Dili.",
        "NZL>TLS:03 NZL>TLS:07",
    ),
    (
        "MAPUTO",
        "Portugal pledged 10 million euros in humanitarian aid to Mozambique on Friday. The "
        "Mozambican president thanked Lisbon. Portugal sent 20 doctors to clinics in Beira on "
        "Sunday.",
        "PRT>MOZ:03 MOZ>PRT:05 PRT>MOZ:07",
    ),
]
NONE_AFTER: list[Case] = [
    # a third party named last, as a speaker or a place: the goods may be for it
    (
        "ACCRA",
        "Germany pledged 5 million euros in aid to Ghana on Monday. Togo said on Tuesday that "
        "floods had displaced 20,000 people. Berlin delivered 300 tents on Friday.",
        "DEU>GHA:03",
    ),
    (
        "ACCRA",
        "Germany pledged 5 million euros in aid to Ghana on Monday. Floods have displaced "
        "20,000 people in Togo. Berlin delivered 300 tents on Friday.",
        "DEU>GHA:03",
    ),
    (
        "TUNIS",
        "Italy pledged 20 million euros in aid to Tunisia on Monday. Algeria also asked Rome for "
        "help with its coast guard. Italy delivered six patrol boats on Friday.",
        "ITA>TUN:03 DZA>ITA:02",
    ),
    # a domestic recipient: the giver's own
    (
        "TUNIS",
        "Italy pledged 20 million euros in aid to Tunisia on Monday. Italy gave 3 million euros "
        "to its own coast guard on Friday.",
        "ITA>TUN:03",
    ),
    (
        "BERLIN",
        "Germany pledged 50 million euros in flood aid to Poland on Monday. Berlin also gave 10 "
        "million euros to German farmers hit by the floods.",
        "DEU>POL:03",
    ),
    # the giver acting with another state in reach, a standing fact
    (
        "TUNIS",
        "Italy pledged 20 million euros in aid to Tunisia on Monday. Italy and France held talks "
        "on migration in Rome. Italy delivered six patrol boats on Friday.",
        "ITA>TUN:03 ITA>FRA:04 FRA>ITA:04",
    ),
    (
        "TUNIS",
        "Italy pledged 20 million euros in aid to Tunisia on Monday. Italy has funded the coast "
        "guard's training for years.",
        "ITA>TUN:03",
    ),
    # goods named for another state
    (
        "TUNIS",
        "Italy pledged 20 million euros in aid to Tunisia on Monday. Italy delivered six patrol "
        "boats to Libya on Friday.",
        "ITA>TUN:03 ITA>LBY:07",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "CHISINAU",
        "The European Union pledged 100 million euros in energy aid to Moldova on Monday. A "
        "second shipment of transformers was handed over to the state grid operator on "
        "Wednesday.",
        "EU>MDA:03 EU>MDA:07",
        "an agentless passive of a shipment has no source for a delivery (no doer read from the "
        "giver's own aid before)",
    ),
    (
        "TUNIS",
        "Italy pledged 20 million euros in aid to Tunisia on Monday. Italy delivered six patrol "
        "boats to the coast guard on Friday.",
        "ITA>TUN:03 ITA>TUN:07",
        "'the coast guard' with no owner is read as a named body, so the delivery is told to "
        "an addressee and no context look-up runs",
    ),
]

ALL: list[Case] = CASES + NONE_AFTER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(ALL, NONE, GAPS)


def test_events_context214_bodies_are_unique() -> None:
    bodies = audit_bodies(ALL, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(ALL, NONE, GAPS, strict=True)
)
def test_events_context214_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
