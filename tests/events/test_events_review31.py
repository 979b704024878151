"""Session 20 review (auditor PM2): the rules that take a target from the story around an act
(+counterpart, +delivery, +sequel), on acts done at home, with wire copy we wrote.

HOME PLEDGES: a pledge with no target named is aimed at the counterpart of the story only
when it may concern it; a pledged act placed on the pledger's own ground ("promised to build
a highway in its south": sides._own_ground) or a goal of its own (rules domestic_nouns:
emissions, corruption, ...) concerns no one else, while "pledged to accept more returnees"
after a migration pact and "pledged to deepen cooperation" after a meeting still do.
OWN RECEIVERS: a gift whose to-phrase or indirect object is the giver's own ("to its own
charities", "to its food banks": reactions._own_receiver) goes to no state the context
offers, neither by the delivery rules nor as a sequel of an earlier gift ("also sent");
"will provide 50 million euros to the country" and "also pledged $500 million" still go to
the partner just told; nor is an army the giver arms its own ("armed its new battalion with
Turkish drones": the object of v.arm, whose first slot it is).
TRIPS: "returned to Vietnam for the final" sends no one back; v.release needs a patient (an
object, a passive subject or a relative gap: objects._has_need), as "returned 20 Ukrainian
children to Ukraine", "were freed by Iran" and "the drivers that Belarus released" have.
HOME MEASURES: a reaction answers a deed of another state only when it is not aimed at home:
a rejected act noun voiced by someone no actor stands for ("dismissed calls from farmers to
retaliate": sides._voiced_by_other), a measure against the actor's own ("countermeasures
against local smugglers") or for its own business ("measures to protect its own farmers"),
or an appeal to a crowd ("urged calm among traders": sides._home_aim) takes no target from
the story; "took countermeasures." still answers the ban, and a judged deed's own phrase
("denounced the attack on its soldiers") is no aim at home.
HAZARDS: a natural hazard is no one's deed ("called the storm a national disaster": rules
hazard_nouns in sides._deed_word and _counterpart_fits; "storm" as a verb is an assault);
"called the expulsion a disgrace" still answers the expulsion.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HOME_PLEDGES: list[Case] = [
    (
        "WARSAW",
        "Poland's president met Germany's chancellor in Berlin. Poland also pledged to cut "
        "emissions by 40 percent.",
        "POL>DEU:04",
    ),
    (
        "SANTIAGO",
        "Chile signed a trade deal with Peru. Chile also promised to build a highway in its south.",
        "CHL>PER:05",
    ),
    (
        "BANGKOK",
        "Thailand's premier met Malaysia's king on Monday. Thailand vowed to fight corruption.",
        "THA>MYS:04",
    ),
    (
        "TUNIS",
        "Tunisia signed a migration pact with Italy. Tunisia pledged to accept more returnees.",
        "TUN>ITA:05 TUN>ITA:03",
    ),
    (
        "HANOI",
        "Vietnam's leader met China's president in Beijing. Vietnam pledged to deepen cooperation.",
        "VNM>CHN:04 VNM>CHN:03",
    ),
]

OWN_RECEIVERS: list[Case] = [
    (
        "OTTAWA",
        "Canada pledged $40 million in aid to Haiti. Canada also sent $5 million to its food "
        "banks.",
        "CAN>HTI:03",
    ),
    (
        "LONDON",
        "Britain gave $10 million to Sudan on Monday. Britain also gave $3 million to its own "
        "charities.",
        "GBR>SDN:07",
    ),
    (
        "RABAT",
        "Spain signed a deal with Morocco to build a port. Spain will provide 50 million euros "
        "to the country.",
        "ESP>MAR:05 ESP>MAR:03",
    ),
    (
        "DHAKA",
        "India signed a power deal with Bangladesh. India also pledged $500 million.",
        "IND>BGD:05 IND>BGD:03",
    ),
    (
        "NIAMEY",
        "Niger signed a defense pact with Russia. Niger will arm its army with the new rifles.",
        "NER>RUS:05",
    ),
]
OWN_NONE: list[NearMiss] = [
    ("OSLO", "Floods hit Pakistan last week. Norway gave its own relief agencies $2 million."),
    ("BAMAKO", "Mali armed its new battalion with Turkish drones."),
]

RELEASES: list[Case] = [
    ("KYIV", "Russia returned 20 Ukrainian children to Ukraine on Friday.", "RUS>UKR:08"),
    ("TEHRAN", "Two French tourists were freed by Iran on Tuesday.", "IRN>FRA:08"),
    (
        "MINSK",
        "The two Lithuanian drivers that Belarus released on Monday crossed the border.",
        "BLR>LTU:08",
    ),
    ("DOHA", "Qatar's emir returned to Iran on Sunday for more talks.", "QAT>IRN:04"),
    ("LIMA", "Peru's foreign minister returned to Bolivia on Tuesday.", "PER>BOL:04"),
]
RELEASE_NONE: list[NearMiss] = [
    ("MANILA", "The Philippine team returned to Vietnam for the final."),
    ("SEOUL", "South Korea's national team returned to Japan for the rematch."),
]

HOME_MEASURES: list[Case] = [
    (
        "MEXICO CITY",
        "The United States raised tariffs on Mexican tomatoes. Mexico's president dismissed "
        "calls from farmers to retaliate.",
        "USA>MEX:16",
    ),
    (
        "GUADALAJARA",
        "The United States raised tariffs on Mexican avocados. Mexico rejected the tariffs.",
        "USA>MEX:16 MEX>USA:12",
    ),
    (
        "JAKARTA",
        "Australia banned imports of Indonesian cattle. Indonesia took countermeasures against "
        "local smugglers.",
        "AUS>IDN:16",
    ),
    (
        "SURABAYA",
        "Australia banned imports of Indonesian beef. Indonesia announced measures to protect "
        "its own farmers.",
        "AUS>IDN:16",
    ),
    (
        "BANDUNG",
        "Australia banned imports of Indonesian palm oil. Indonesia took countermeasures.",
        "AUS>IDN:16 IDN>AUS:16",
    ),
    (
        "SEOUL",
        "North Korea fired a rocket into the sea. South Korea's finance minister urged calm "
        "among traders.",
        "",
    ),
    (
        "TAIPEI",
        "China fired missiles into the sea near Taiwan. Taiwan's central bank urged calm among "
        "investors.",
        "",
    ),
    (
        "ANKARA",
        "Syria shelled a Turkish border town. Turkey denounced the attack on its soldiers.",
        "SYR>TUR:19 TUR>SYR:11",
    ),
]

HAZARDS: list[Case] = [
    (
        "LA PAZ",
        "Chile expelled Bolivia's consul on Tuesday. Bolivia's president called the storm a "
        "national disaster.",
        "CHL>BOL:16",
    ),
    (
        "MANAGUA",
        "Costa Rica closed its border with Nicaragua. Nicaragua's president called the "
        "earthquake a catastrophe.",
        "CRI>NIC:16",
    ),
    (
        "ASUNCION",
        "Argentina expelled Paraguay's consul on Tuesday. Paraguay's president called the "
        "expulsion a disgrace.",
        "ARG>PRY:16 PRY>ARG:11",
    ),
]

CASES = HOME_PLEDGES + OWN_RECEIVERS + RELEASES + HOME_MEASURES + HAZARDS
NONE: list[NearMiss] = OWN_NONE + RELEASE_NONE
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review31_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review31_home_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
