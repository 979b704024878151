"""Review 20 (session 14, fixer T1): owned titles, "them" after a transfer, seat cities.

OWNED TITLE: "the foreign minister of Brazil", "the minister for X" or a title whose
appositive names a state says whose it is; it is never queued as a bare title for the
dateline's state (Resolver._state_follows), and a later bare "the emir" after "the emir of
Kuwait" is not placed in the dateline's state either (Resolver.owned_titles).
THEM AFTER A TRANSFER: a pair that received what its verb handed over ("sold arms to Taiwan
and Japan") is no antecedent of a later "them", which may mean the things (coref._recipient);
an appeal ("urged them to cancel") still names the pair, and a pair object still does.
SEAT CITY: "Brussels" stays the EU in a story that names another EU member (igos.yaml
seat_peers), even when Belgium or a Belgian is named; with Belgium and no other member it is
Belgium's capital, as before.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). The first
rows of each table are the reviewer's sentences; the rest were written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OWNED: list[Case] = [
    (
        "PARIS",
        "The foreign minister of Brazil visited Paris and signed a deal with France.",
        "BRA>FRA:04 BRA>FRA:05",
    ),
    ("MADRID", "The prime minister of Portugal met Spain's king in Madrid.", "PRT>ESP:04"),
    ("BERLIN", "The defence minister of Ukraine thanked Germany for the tanks.", "UKR>DEU:05"),
    ("LIMA", "The president of Chile, speaking in Lima, praised Peru for its help.", "CHL>PER:05"),
    (
        "ROME",
        "The interior minister of Tunisia criticized Italy over the deportations.",
        "TUN>ITA:11",
    ),
    (
        "CAIRO",
        "The foreign minister, Jordan's top diplomat, thanked Egypt for its mediation.",
        "JOR>EGY:05",
    ),
    # "of" with no state after it keeps the dateline's state
    (
        "ATHENS",
        "Greece protested to Turkey on Monday. The foreign minister of the country summoned the "
        "Turkish ambassador.",
        "GRC>TUR:11 GRC>TUR:11",
    ),
]

# a later bare title after an owned one is not the dateline's state's
OWNED_NONE: list[NearMiss] = [
    (
        "ANKARA",
        "The foreign minister of Azerbaijan arrived in Ankara on Monday. The foreign minister "
        "praised Armenia's restraint.",
    ),
]

THEM: list[Case] = [
    (
        "BEIJING",
        "The United States sold arms to Taiwan and Japan. China condemned them and vowed a "
        "response.",
        "USA>TWN:07 USA>JPN:07",
    ),
    (
        "MOSCOW",
        "Germany delivered tanks to Poland and Lithuania. Russia denounced them on Tuesday.",
        "DEU>POL:07 DEU>LTU:07",
    ),
    (
        "BAMAKO",
        "France shipped vaccines to Mali and Niger last week. Russia criticized them as useless.",
        "FRA>MLI:07 FRA>NER:07",
    ),
    # an appeal to the recipients, and a pair object, still name the pair
    (
        "BEIJING",
        "The United States sold arms to Taiwan and Japan. China urged them to cancel the deal.",
        "USA>TWN:07 USA>JPN:07 CHN>TWN:02 CHN>JPN:02",
    ),
    (
        "MANILA",
        "China warned Japan and the Philippines on Monday. It accused them of provoking tension.",
        "CHN>JPN:13 CHN>PHL:13 CHN>JPN:11 CHN>PHL:11",
    ),
]

SEATS: list[Case] = [
    (
        "BRUSSELS",
        "Hungary blocked the Ukraine aid package on Monday, in talks chaired by Belgian Prime "
        "Minister Alexander De Croo. Brussels accused Budapest of blackmail.",
        "HUN>UKR:12 EU>HUN:11",
    ),
    (
        "BUDAPEST",
        "Orban met Belgium's king on Monday. He later accused Brussels of blackmail over frozen "
        "funds.",
        "HUN>BEL:04 HUN>EU:11",
    ),
    (
        "BRUSSELS",
        "Austria vetoed the sanctions package at a summit opened by Belgium's king. Brussels "
        "urged Vienna to reconsider.",
        "EU>AUT:02",
    ),
    (
        "BRUSSELS",
        "The Netherlands and Belgium backed the migration pact on Monday. Poland accused Brussels "
        "of ignoring its concerns.",
        "POL>EU:11",
    ),
    # Belgium and no other member: Belgium's capital, as before
    (
        "BRUSSELS",
        "Belgium's prime minister met Rwandan officials on Monday. Kigali accused Brussels of "
        "meddling.",
        "BEL>RWA:04 RWA>BEL:11",
    ),
    (
        "BRUSSELS",
        "Belgian troops arrived in Kinshasa on Monday. Congo urged Brussels to withdraw them.",
        "COD>BEL:02",
    ),
]

GAPS: list[Gap] = [
    (
        "DOHA",
        "The emir of Kuwait visited Qatar on Monday. The emir praised Saudi Arabia's mediation.",
        "KWT>QAT:04 KWT>SAU:05",
        "'the emir of Kuwait' is no title draft, so neither the visit nor the later bare "
        "'the emir' has a source (no longer the dateline's Qatar)",
    ),
]

CASES = OWNED + THEM + SEATS
NONE = OWNED_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review20_titles_them_seats(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
