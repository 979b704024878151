"""Hosting and mediation told by a participle, a hyphen or a noun; talks whose sides were told
before (issue #5, session 11).

HOSTING: a host or a go-between acts on each side of the talks (043 hosting, 045 mediation).
The sides are the talks' between-phrase, the subjects of the clause that holds the talks
("held talks in Baku hosted by Azerbaijan", "reached a deal at talks mediated by Qatar",
"agreed to reopen the border after talks mediated by Oman"), or, when the talks are a subject,
an apposition or held by unnamed sides ("The talks, hosted by ..., ended"), the two sides of
the latest act told both ways. "Qatar-brokered talks" names the go-between before a hyphen;
"under Qatari mediation" names it as the noun's modifier. A sentence the parser reads as a noun
phrase ("Azerbaijan hosted talks between A and B": "talks" the root, "hosted" its modifier) has
its subject all the same; so has "Norway co-chaired" (the tokenizer splits "co-").
CONJUNCTS: a verb coordinated after another, with an object of its own and no actor in it, is an
act of its own when the context gives it the same target ("summoned the British envoy and
demanded an explanation"); with nothing else in reach it acts on whom the verb it shares its
subject with acted on ("condemned the Israeli strike and recalled its ambassador").
RECIPIENTS: "delivered the first tranche" goes to the other side of the giver's latest deal.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HOSTING: list[Case] = [
    (
        "BAKU, AZERBAIJAN",
        "Azerbaijan hosted talks between Armenia and Georgia on Monday.",
        "AZE>ARM:04 AZE>GEO:04 ARM>GEO:04 GEO>ARM:04",
    ),
    (
        "ANKARA",
        "Turkey hosted talks between Serbia and Kosovo.",
        "TUR>SRB:04 TUR>XKX:04 SRB>XKX:04 XKX>SRB:04",
    ),
    (
        "DOHA",
        "Armenia and Georgia held talks on Tuesday. The talks, hosted by Azerbaijan's Foreign "
        "Ministry and mediated by Qatar, ended without a deal.",
        "ARM>GEO:04 GEO>ARM:04 AZE>ARM:04 AZE>GEO:04 QAT>ARM:04 QAT>GEO:04",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Armenia and Georgia held talks in Baku hosted by Azerbaijan on Wednesday.",
        "ARM>GEO:04 GEO>ARM:04 AZE>ARM:04 AZE>GEO:04",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Armenian and Georgian officials met on Thursday at talks in Baku hosted by Azerbaijan.",
        "ARM>GEO:04 GEO>ARM:04 AZE>ARM:04 AZE>GEO:04",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Armenia and Georgia met on Friday. Azerbaijan, which hosted the talks, called them "
        "constructive.",
        # the talks named constructive praise their sides (v.call_praise, session 34)
        "ARM>GEO:04 GEO>ARM:04 AZE>ARM:04 AZE>GEO:04 AZE>ARM:05 AZE>GEO:05",
    ),
    (
        "DOHA",
        "Armenia and Georgia reached a deal at talks mediated by Qatar on Saturday.",
        "ARM>GEO:05 GEO>ARM:05 QAT>ARM:04 QAT>GEO:04",
    ),
    (
        "MUSCAT",
        "Iran and Saudi Arabia swapped prisoners in May. The two countries agreed on Sunday to "
        "reopen their embassies after talks mediated by Oman.",
        "IRN>SAU:08 SAU>IRN:08 IRN>SAU:05 SAU>IRN:05 OMN>IRN:04 OMN>SAU:04",
    ),
    (
        "ULAANBAATAR, MONGOLIA",
        "Japan and North Korea met on Monday for the talks, the third round hosted by Mongolia.",
        "JPN>PRK:04 PRK>JPN:04 MNG>JPN:04 MNG>PRK:04",
    ),
    (
        "DOHA",
        "Sudan and Chad held Qatar-brokered talks on Tuesday.",
        "SDN>TCD:04 TCD>SDN:04 QAT>SDN:04 QAT>TCD:04",
    ),
    (
        "DOHA",
        "Sudan and Chad held talks in April. The Qatar-brokered talks collapsed on Wednesday.",
        "SDN>TCD:04 TCD>SDN:04 QAT>SDN:04 QAT>TCD:04",
    ),
    (
        "DOHA",
        "Sudan and Chad signed a truce under Qatari mediation on Thursday.",
        "SDN>TCD:05 TCD>SDN:05 QAT>SDN:04 QAT>TCD:04",
    ),
    (
        "NAIROBI",
        "Ethiopia and Eritrea held talks last week. Kenya hosted the talks.",
        "ETH>ERI:04 ERI>ETH:04 KEN>ETH:04 KEN>ERI:04",
    ),
    (
        "OSLO",
        "Armenia and Azerbaijan held talks on Tuesday co-chaired by Norway and Qatar.",
        "ARM>AZE:04 AZE>ARM:04 NOR>ARM:04 NOR>AZE:04 QAT>ARM:04 QAT>AZE:04",
    ),
    # the tokenizer splits "co-chaired" and the parser reads "co" as the subject
    (
        "OSLO",
        "Armenia and Azerbaijan held talks on Monday. Norway co-chaired the talks.",
        "ARM>AZE:04 AZE>ARM:04 NOR>ARM:04 NOR>AZE:04",
    ),
]

# a second verb with an object but no actor of its own acts on its first conjunct's target
CONJUNCTS: list[Case] = [
    (
        "TEHRAN, IRAN",
        "Iran summoned the British ambassador and demanded an explanation.",
        "IRN>GBR:11 IRN>GBR:10",
    ),
    (
        "SEOUL",
        "South Korea summoned the Japanese envoy, protested the shelling and demanded an apology.",
        "KOR>JPN:11 KOR>JPN:10",
    ),
    (
        "TOKYO",
        "Japan recalled its ambassador from Seoul on Monday after a row over fishing rights in "
        "disputed waters and demanded compensation.",
        "JPN>KOR:16 JPN>KOR:10",
    ),
    (
        "NDJAMENA, CHAD",
        "Chad recalled its ambassador from Sudan, as did Niger.",
        "TCD>SDN:16 NER>SDN:16",
    ),
    (
        "BERLIN",
        "Germany criticized the arrests and called on Belarus to release the activists.",
        "DEU>BLR:02 DEU>BLR:11",
    ),
    (
        "TOKYO",
        "Japan recalled its ambassador from Seoul and suspended talks on the trade pact.",
        "JPN>KOR:16 JPN>KOR:16",
    ),
    # nothing else gives the second verb a target: whom the first verb acted on
    (
        "ANKARA",
        "Turkey condemned the Israeli strike and recalled its ambassador.",
        "TUR>ISR:11 TUR>ISR:16",
    ),
]

# a gift with no recipient: the other side of the giver's latest deal; thanks to both sides
RECIPIENTS: list[Case] = [
    (
        "TASHKENT, UZBEKISTAN",
        "Japan pledged aid to Uzbekistan in March. Japan delivered the first tranche on Monday.",
        "JPN>UZB:03 JPN>UZB:07",
    ),
    (
        "CAIRO",
        "Libya asked Egypt last month to extradite three suspects. Egypt handed over the "
        "suspects on Monday.",
        "LBY>EGY:02 EGY>LBY:06",
    ),
    (
        "DOHA",
        "Armenia and Georgia signed a peace deal on Monday. Qatar thanked both delegations.",
        "ARM>GEO:05 GEO>ARM:05 QAT>ARM:05 QAT>GEO:05",
    ),
]

NONE: list[NearMiss] = [
    ("PARIS", "France condemned the raid and Mali urged calm."),
    ("LIMA, PERU", "Peru criticized the vote and Chile recalled its ambassador."),
    ("CAIRO", "Egypt handed over the suspects on Monday."),
    ("DOHA", "Qatar thanked both delegations."),
    ("DOHA", "Qatar hosted a dinner for businessmen on Monday."),
    ("DOHA", "Armenian artists performed at a festival hosted by Qatar."),
    ("DOHA", "Georgian singers appeared on a TV show hosted by a Qatari broadcaster."),
    ("DOHA", "Russia-backed rebels seized the town on Monday."),
    ("DOHA", "Iran criticized the talks hosted by Qatar."),
]

# the host's or mediator's events only (the sides' own events are listed too)
PARTIAL: list[Case] = [
    # an intransitive second verb is no act
    ("BAMAKO, MALI", "France met Mali's foreign minister and left.", "FRA>MLI:04"),
    # an offer to host is an intent (03), not a meeting held
    ("DOHA", "Qatar offered to host talks between Sudan and Chad.", "QAT>SDN:03 QAT>TCD:03"),
    # planned talks: the host's part is not stated as held
    (
        "DOHA",
        "Sudan and Chad will hold talks hosted by Qatar next month.",
        "SDN>TCD:04 TCD>SDN:04",
    ),
    # the meeting's own of-phrase names its participants: no sides from before
    (
        "DOHA",
        "Sudan and Chad held talks in March. Qatar hosted the meeting of Gulf finance ministers.",
        "SDN>TCD:04 TCD>SDN:04",
    ),
]

# (dateline, body, expected, why it fails today)
GAPS: list[Gap] = [
    (
        "CAIRO",
        "Libya requested the extradition of three suspects. Egypt handed over the suspects.",
        "EGY>LBY:06",
        "a request with no addressee is no event, so no earlier act names the recipient",
    ),
]

CASES = HOSTING + PARTIAL + CONJUNCTS + RECIPIENTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord11_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_coord11_codes_hosting_mediation_and_conjuncts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
