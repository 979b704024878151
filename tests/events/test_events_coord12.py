"""Hosting and mediation with no sides of their own, second coordinated verbs, plans with content
of their own (review of session 11, findings 1, 3 and 14b).

HOSTING: a host or go-between whose talks name no sides in their sentence ("The talks, hosted
by Benin, ended") acts on the two sides of the latest act told both ways only when the gathering
is talks (negotiation_nouns; not a summit, conference, meeting or session, which gather many)
and only when that act was negotiating (negotiating_roots: talks held, a deal signed; not
accusations traded or fire exchanged). A gathering under a bystander's verb ("spoke at a
summit hosted by Djibouti", "criticized a deal reached at talks mediated by Qatar") has no
sides at all; a deal reached at the talks belongs to the clause that holds the deal.
CONJUNCTS: a second verb with an object of its own and no actor in reach inherits the first
verb's one target only when both acts are hostile (hostile_roots): "praised Qatar's mediation
and recalled its ambassador" recalls it from no one named.
PLANS: "the plan" may sum up a decision told just before, but a plan with content of its own
("the idea of a joint border patrol", an of-phrase or an infinitive) is that plan.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file or quoted from the review; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the rule's intended cases keep coding
KEPT: list[Case] = [
    (
        "COTONOU, BENIN",
        "Ghana and Togo held talks in May. The talks, hosted by Benin, ended on Friday.",
        "GHA>TGO:04 TGO>GHA:04 BEN>GHA:04 BEN>TGO:04",
    ),
    # the talks' sides are those of the clause that holds the deal reached at them
    (
        "COTONOU, BENIN",
        "Ghana and Togo signed a deal reached at talks mediated by Benin.",
        "GHA>TGO:05 TGO>GHA:05 BEN>GHA:04 BEN>TGO:04",
    ),
    (
        "WARSAW",
        "Poland denounced the Belarusian incursion and expelled two diplomats.",
        "POL>BLR:11 POL>BLR:16",
    ),
    (
        "VIENNA",
        "Hungary announced it would leave the OSCE. Austria criticized the plan.",
        "HUN>OSCE:16 AUT>HUN:11",
    ),
]

# only the sides' own events: the host or go-between acts on no one
SIDES_ONLY: list[Case] = [
    # finding 1, the review's sentences
    (
        "DJIBOUTI",
        "Sudan and Chad traded accusations on Monday. Kenya's president spoke at a summit hosted "
        "by Djibouti.",
        "SDN>TCD:11 TCD>SDN:11",
    ),
    (
        "DOHA",
        "Sudan and Chad traded accusations on Monday. Iran criticized a deal reached at talks "
        "mediated by Qatar.",
        "SDN>TCD:11 TCD>SDN:11",
    ),
    (
        "BERLIN",
        "Russia and Ukraine exchanged strikes overnight. The Ramstein meeting, hosted by Germany, "
        "pledged more air defence.",
        "RUS>UKR:19 UKR>RUS:19",
    ),
    # near-misses: a bystander's verb over a conference; a pair not told as negotiating; a
    # summit; a deal under a bystander's verb though the sides held talks
    (
        "LJUBLJANA, SLOVENIA",
        "Serbia and Kosovo held talks on Monday. Albania's premier gave a speech at a conference "
        "hosted by Slovenia.",
        "SRB>XKX:04 XKX>SRB:04",
    ),
    (
        "BRASILIA",
        "Peru and Chile exchanged fire at the border. The talks, hosted by Brazil, opened on "
        "Tuesday.",
        "PER>CHL:19 CHL>PER:19",
    ),
    (
        "COTONOU, BENIN",
        "Ghana and Togo held talks in May. The summit, hosted by Benin, ended on Friday.",
        "GHA>TGO:04 TGO>GHA:04",
    ),
    (
        "ADDIS ABABA, ETHIOPIA",
        "Ethiopia and Eritrea held a summit last week. Kenya hosted the summit.",
        "ETH>ERI:04 ERI>ETH:04",
    ),
    (
        "LAGOS, NIGERIA",
        "Ghana and Togo held talks in May. Nigeria criticized a deal reached at talks mediated "
        "by Benin.",
        "GHA>TGO:04 TGO>GHA:04",
    ),
    # finding 3: praise or thanks lends no target to a hostile second verb
    ("ANKARA", "Turkey praised Qatar's mediation and recalled its ambassador.", "TUR>QAT:05"),
    (
        "CAIRO",
        "Egypt thanked Saudi Arabia for its help and expelled two diplomats.",
        "EGY>SAU:05",
    ),
    ("NAIROBI", "Kenya welcomed Uganda's offer of talks and expelled two diplomats.", "KEN>UGA:05"),
    ("SANTIAGO", "Chile congratulated Peru on the vote and imposed new tariffs.", "CHL>PER:05"),
    # finding 14b: a plan with content of its own is no reference back
    (
        "BELGRADE",
        "Hungary announced it would expel two Austrian diplomats. Slovenia backed the idea of a "
        "joint border patrol.",
        "HUN>AUT:16",
    ),
    (
        "ZAGREB",
        "Serbia said it would expel two Croatian diplomats. Slovenia welcomed the proposal of a "
        "regional rail link.",
        "SRB>HRV:16",
    ),
]

NONE: list[NearMiss] = [
    # finding 14b, the review's sentence: a rise in tolls is no act on another state
    (
        "VIENNA",
        "Hungary said it would raise tolls for foreign trucks. Austria welcomed the idea of a "
        "joint border patrol.",
    ),
]

GAPS: list[Gap] = []

CASES = KEPT + SIDES_ONLY


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord12_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord12_codes_sides_conjuncts_and_plans(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
