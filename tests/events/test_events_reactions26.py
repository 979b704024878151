"""Reactions 26 (session 24, builder DR): a reaction to "the talks", "the decision" or "the
move" aimed at the wrong party.

Coded: the host of talks is no party to them (gathering_host_verbs): "the talks" a reaction
answers are the sides' ("Armenia and Azerbaijan held talks hosted by the United States. Iran
praised the talks": ARM and AZE, not USA), and talks told only with their host ("Oman hosted
talks") name no side, so nothing is coded (coordination._family_author, _named_author,
sides._telling_authors). A summit's host is still its author (hosted_nouns: a boycott of it
is aimed at the host). A body's noun ("praised the court", "the board") is no deed of the
verb it spells (body_nouns, partner_nouns: sides._deed_word). An uncoded act another did
just before the latest coded one ("The Security Council voted to end the mission. The U.S.
envoy demanded elections. Algeria criticized the decision") may be the decision meant, so
nothing is coded (reactions._uncoded_doer over _told_before: the lead and the sentences just
before; a saying verb that does an act, "declared the outbreak an emergency", is one:
_declared_act). A third party's friendly act aimed at the author of a deed just told is
backing, no move of its own: "the move" is the deed's (reactions._backing). A lead sentence
that asks someone to act ("asked the committee to ban Russia") tells no act done that "the
decision" sums up (reactions._main_appeal). A compound naming the deed's kind ("the
sanctions decision") passes over later acts of other kinds (reactions._deed_kinds,
_of_kind). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HOSTED_TALKS: list[Case] = [
    (
        "BAKU",
        "Armenia and Azerbaijan held talks in Washington hosted by the United States on "
        "Friday. Iran praised the talks.",
        "ARM>AZE:04 AZE>ARM:04 USA>ARM:04 USA>AZE:04 IRN>ARM:05 IRN>AZE:05",
    ),
    (
        "BELGRADE",
        "Serbia and Kosovo resumed negotiations in Brussels on Monday, in talks hosted by the "
        "European Union. Russia criticized the talks.",
        "SRB>XKX:04 XKX>SRB:04 EU>SRB:04 EU>XKX:04 RUS>SRB:11 RUS>XKX:11",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia and Somalia began talks in Ankara on Thursday, hosted by Turkey. Kenya "
        "praised the talks.",
        "ETH>SOM:04 SOM>ETH:04 TUR>ETH:04 TUR>SOM:04 KEN>ETH:05 KEN>SOM:05",
    ),
    # kept: sides named by "between", sides with no host, a summit's host
    (
        "DOHA",
        "Qatar hosted talks between the United States and the Taliban on Sunday. Pakistan "
        "welcomed the talks.",
        "QAT>USA:04 QAT>AFG:04 USA>AFG:04 AFG>USA:04 PAK>USA:05 PAK>AFG:05",
    ),
    (
        "NEW DELHI",
        "India and China held talks in Moscow on Friday. Japan welcomed the talks.",
        "IND>CHN:04 CHN>IND:04 JPN>IND:05 JPN>CHN:05",
    ),
    (
        "PRETORIA",
        "South Africa hosted a summit on Tuesday. The United States boycotted the summit.",
        "USA>ZAF:16",
    ),
    (
        "NAIROBI",
        "Kenya hosted the summit in Mombasa on Friday. Leaders met at a summit Ethiopia boycotted.",
        "ETH>KEN:16",
    ),
    (
        "ANKARA",
        "Turkey brokered talks between Syria and Iraq on Monday. Jordan praised the talks.",
        "TUR>SYR:04 TUR>IRQ:04 SYR>IRQ:04 IRQ>SYR:04 JOR>SYR:05 JOR>IRQ:05",
    ),
]

# near-misses: talks told only with their host name no side
HOSTS_ONLY: list[NearMiss] = [
    ("MUSCAT", "Oman hosted talks on Sunday. Kuwait welcomed the talks."),
    (
        "CAIRO",
        "Sudanese army officers met in Jeddah on Tuesday. The talks were hosted by Saudi "
        "Arabia. Egypt welcomed the talks.",
    ),
    ("VIENNA", "Austria convened talks on Monday. Slovakia praised the talks."),
]

BODIES_NO_DEED: list[Case] = [
    # a body's noun is no deed of the verb it spells ("court", "board"): nothing answered
    (
        "THE HAGUE",
        "The International Court of Justice ordered Israel to allow aid into Gaza on Friday. "
        "Spain and Ireland urged Israel to comply. South Africa praised the court.",
        "ESP>ISR:02 IRL>ISR:02",
    ),
    (
        "MANILA",
        "An arbitration court ruled against China on Tuesday. Vietnam and Malaysia urged "
        "Beijing to respect the ruling. Russia criticized the court.",
        "VNM>CHN:02 MYS>CHN:02",
    ),
    # kept: the deed's own noun
    (
        "MANILA",
        "Chinese coast guard ships boarded a Philippine vessel on Monday. Manila condemned the "
        "boarding.",
        "CHN>PHL:17 PHL>CHN:11",
    ),
]

UNCODED_DECISIONS: list[Case] = [
    # the lead's decision is uncoded: the latest coded act is not "the decision" for sure
    (
        "NEW YORK",
        "The U.N. Security Council voted on Tuesday to end the peacekeeping mission in Mali. "
        "The U.S. envoy demanded that Mali's junta hold elections. Algeria criticized the "
        "decision.",
        "USA>MLI:10",
    ),
    (
        "WASHINGTON",
        "The IMF delayed its review of Sri Lanka's loan program on Thursday. India offered "
        "Colombo a $1 billion credit line. China criticized the decision.",
        "IND>LKA:03",
    ),
    (
        "NEW YORK",
        "The U.N. Security Council voted on Wednesday to end the peacekeeping mission in "
        "South Sudan. The resolution was drafted by Britain. Council members said the force "
        "had failed to stop attacks. China said it had abstained. The U.S. envoy demanded "
        "that South Sudan's government hold elections. Uganda criticized the decision.",
        "USA>SSD:10",
    ),
    (
        "GENEVA",
        "The World Health Organization declared the outbreak in Uganda a global emergency on "
        "Sunday. The United States promised $20 million in aid to Kampala. Rwanda regretted "
        "the decision.",
        "USA>UGA:03",
    ),
    # kept: the lead's decision coded, words said before or since
    (
        "NIAMEY",
        "Niger expelled the French ambassador on Monday. Algeria's foreign minister said the "
        "region was calm. The EU criticized the decision.",
        "NER>FRA:16 EU>NER:11",
    ),
    (
        "DAKAR",
        "Guinea's foreign minister said the region was calm on Monday. Guinea expelled the "
        "French ambassador on Tuesday. The EU criticized the decision.",
        "GIN>FRA:16 EU>GIN:11",
    ),
    (
        "ADDIS ABABA",
        "The African Union expelled Sudan from the bloc on Friday. Egypt sent its foreign "
        "minister to Khartoum. Ethiopia criticized the decision.",
        "AU>SDN:16 EGY>SDN:04 ETH>AU:11",
    ),
    (
        "BRUSSELS",
        "NATO suspended cooperation with Georgia on Tuesday. Turkey urged Tbilisi to hold talks "
        "with the opposition. Russia welcomed the move.",
        "NATO>GEO:16 TUR>GEO:02 RUS>NATO:05",
    ),
    (
        "BAMAKO",
        "Mali expelled the French ambassador on Monday. Algeria urged Paris to respond calmly. "
        "The EU criticized the decision.",
        "MLI>FRA:16 DZA>FRA:02 EU>MLI:11",
    ),
]

BACKED_DEEDS: list[Case] = [
    # a third party's backing of the deed's author is no move of its own: the deed's
    (
        "TALLINN",
        "Estonia ordered Russia to close its consulate in Narva on Monday. NATO said it shared "
        "intelligence with Estonia. Hungary's prime minister criticized the move.",
        "EST>RUS:10 NATO>EST:06 HUN>EST:11",
    ),
    (
        "VILNIUS",
        "Lithuania expelled three Russian diplomats on Tuesday. The United States pledged "
        "support to Vilnius. Belarus condemned the decision.",
        "LTU>RUS:16 USA>LTU:03 BLR>LTU:11",
    ),
    (
        "WARSAW",
        "Poland closed its border with Belarus on Friday. Germany sent police officers to help "
        "Warsaw. Russia criticized the move.",
        "POL>BLR:16 DEU>POL:06 RUS>POL:11",
    ),
    # kept: help to the deed's target is a move of its own
    (
        "KYIV",
        "Russia struck Kyiv with drones on Friday. Germany sent air defence systems to "
        "Ukraine. Moscow condemned the move.",
        "RUS>UKR:19 DEU>UKR:07 RUS>DEU:11",
    ),
]

# near-misses: an appeal told in the lead asks for a decision, it decides nothing
APPEALS: list[NearMiss] = [
    (
        "LAUSANNE",
        "The International Olympic Committee barred Belarus from the Paris Games on Monday. "
        "Ukraine's sports minister asked the committee to ban Russia too. Minsk condemned the "
        "decision.",
    ),
]

# kept: a decision told after the appeal's sentence, an order
APPEALS_KEPT: list[Case] = [
    (
        "GENEVA",
        "The World Trade Organization ruled against India's sugar subsidies on Monday. Brazil's "
        "trade minister asked the panel to act quickly. India criticized the decision.",
        "",
    ),
    (
        "BAMAKO",
        "Mali's junta ordered the French ambassador to leave within 72 hours. Nigeria "
        "criticized the decision.",
        "MLI>FRA:16 NGA>MLI:11",
    ),
]

KINDED_DEEDS: list[Case] = [
    # a compound naming the deed's kind passes over a later act of another kind
    (
        "CARACAS",
        "Canada lifted sanctions on Venezuela's oil company on Monday. Venezuela freed two "
        "Canadian prisoners on Tuesday. Colombia welcomed the sanctions decision.",
        "CAN>VEN:08 VEN>CAN:08 COL>CAN:05",
    ),
    (
        "HAVANA",
        "Sanctions on Cuba's nickel exports were lifted by Spain on Monday. Cuba released "
        "three Spanish journalists on Tuesday. Mexico praised the sanctions decision.",
        "ESP>CUB:08 CUB>ESP:08 MEX>ESP:05",
    ),
    # kept: with no kind named, the latest deed
    (
        "OTTAWA",
        "Canada lifted sanctions on Venezuela's oil company on Monday. Venezuela freed two "
        "Canadian prisoners on Tuesday. Colombia welcomed the decision.",
        "CAN>VEN:08 VEN>CAN:08 COL>VEN:05",
    ),
]

NONE: list[NearMiss] = HOSTS_ONLY + APPEALS
# Session 63: a suspended loan program is a coded aid cut now (v.halt_aid's lending words), so
# the row above delays a review instead; with the cut coded, "the decision" is the IMF's.
# Session 64 (B64): the latest-deed search no longer takes India's offer told after it: a
# blaming reaction skips help given to the one cut off (reactions._relief_after_deed;
# test_events_review291).
RELIEF_AFTER_CUT: list[Case] = [
    (
        "WASHINGTON",
        "The IMF suspended its loan program for Sri Lanka on Thursday. India offered Colombo "
        "a $1 billion credit line. China criticized the decision.",
        "IMF>LKA:16 IND>LKA:03 CHN>IMF:11",
    ),
]
GAPS: list[Gap] = []
CASES = (
    HOSTED_TALKS
    + BODIES_NO_DEED
    + UNCODED_DECISIONS
    + BACKED_DEEDS
    + APPEALS_KEPT
    + KINDED_DEEDS
    + RELIEF_AFTER_CUT
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions26_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
