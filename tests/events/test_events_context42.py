"""Context 42 (session 26, builder S25): forms read from set 25's misses and extras.

A ship or plane that comes in with relief goods delivers them (073), no port call
(v.dock_with_aid, before v.dock: "an Indian navy ship docked at the port of Toamasina with
rice, drinking water and a field hospital team" was coded a visit); land handed over in a
relative clause that portrays the subject is background; a letter written to ask is an
appeal; a meeting of the pair's joint body called off by one member cuts dealings with the
other; a base or a claim raised with another state's official is consultation; another state's concerns understood are approval. Each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"); every sentence was written for
this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

RELIEF_CRAFT: list[Case] = [
    (
        "ANTANANARIVO",
        "Cyclone Belna hit Madagascar last week. On Tuesday an Indian navy ship docked at the "
        "port of Toamasina with rice and drinking water.",
        "IND>MDG:07",
    ),
    (
        "TRIPOLI",
        "A Greek navy vessel docked in Tripoli with blankets and tents for flood victims.",
        "GRC>LBY:07",
    ),
    (
        "BEIRUT",
        "A Turkish frigate arrived in Beirut on Friday with 40 tonnes of food and medicine.",
        "TUR>LBN:07",
    ),
    # sailors aboard are no relief: still a port call
    ("HAVANA", "A Russian warship docked in Havana with 300 sailors aboard.", "RUS>CUB:04"),
]
# Land ceded, told in a relative clause that portrays the subject, is background, as an
# accession so told is (forbid ^relcl>nsubj on v.cede_named_territory and v.cede_territory:
# "Spain, which ceded Gibraltar to Britain in 1713, has long claimed ..."); told as the news,
# or dated to the news day, it is a cession. (Things "handed back" in such a clause still
# code, v.hand_over, as test_events_refs14 has them: "Germany, which sent 20 statues back to
# Cameroon last year".)
CESSIONS: list[Case] = [
    ("LONDON", "Britain returned Hong Kong to China in 1997.", "GBR>CHN:08"),
    (
        "LONDON",
        "Britain, which returned the Chagos Islands to Mauritius on Thursday, said the base "
        "would stay.",
        "GBR>MUS:08",
    ),
]
# A letter sent to ask is the appeal it carries (v.write_to_ask, needs purpose_clause);
# a letter about a matter, or to inform, stays a consultation.
LETTERS: list[Case] = [
    (
        "DAR ES SALAAM",
        "The minister said Tanzania had also written to the African Union Commission to ask "
        "for its help.",
        "TZA>AU:02",
    ),
    (
        "BEIRUT",
        "Lebanon wrote to the U.N. Security Council on Monday to request an urgent inquiry "
        "into the strike.",
        "LBN>UN:02",
    ),
    (
        "ISLAMABAD",
        "Pakistan's prime minister wrote to his Indian counterpart to urge a resumption of "
        "talks.",
        "PAK>IND:02",
    ),
    (
        "WARSAW",
        "Poland's president wrote to the German chancellor about the reparations.",
        "POL>DEU:04",
    ),
    ("YEREVAN", "Armenia wrote to the OSCE to inform it of the shelling.", "ARM>OSCE:04"),
]
# A meeting of a body the pair shares, called off by one member, halts dealings with the
# other (between_roots' partners: a possessor of a joint or bilateral body,
# coordination._joint_owner); a third state calling it off, or a plan to meet, is no cut.
JOINT_BODIES: list[Case] = [
    (
        "LIMA",
        "Peru protested to Chile over the fishing ban. Lima also postponed a meeting of the "
        "two countries' joint trade commission that was due to open in Arica on Thursday.",
        "PER>CHL:11 PER>CHL:16",
    ),
    (
        "NAIROBI",
        "Kenya accused Somalia of meddling in its elections. Nairobi later cancelled a session "
        "of the two countries' joint border commission.",
        "KEN>SOM:11 KEN>SOM:16",
    ),
    (
        "HANOI",
        "Vietnam summoned China's ambassador over the collision. Hanoi also postponed the next "
        "round of the two countries' bilateral fisheries committee.",
        "VNM>CHN:11 VNM>CHN:16",
    ),
    (
        "BRASILIA",
        "Peru protested to Chile over the fishing ban. Brazil postponed a meeting of the two "
        "countries' joint commission it was due to host.",
        "PER>CHL:11",
    ),
    (
        "SEOUL",
        "South Korea and Japan held talks in Tokyo. Seoul said the two countries' joint "
        "committee would meet again in May.",
        "KOR>JPN:04 JPN>KOR:04",
    ),
]
# A base, a claim, a project or a plant raised with another state's official is a matter put
# to it (v.raise_issue's raised_matters), as a dam or a pipeline is; a rate or an output is
# increased.
RAISED: list[Case] = [
    (
        "MANILA",
        "Malaysia's foreign minister, Aziz Rahman, defended the new naval base. The Philippine "
        "foreign secretary said he had raised the base with Rahman in a phone call on Sunday.",
        "PHL>MYS:04",
    ),
    (
        "TOKYO",
        "Japan's prime minister raised the base with the U.S. president at their meeting.",
        "JPN>USA:04",
    ),
    ("NAIROBI", "Kenya raised its claim with Somalia's ambassador on Monday.", "KEN>SOM:04"),
]
# Another state's concerns understood are accepted as its position is (v.respect_decision).
UNDERSTOOD: list[Case] = [
    ("CAIRO", "Egypt said it understood Sudan's concerns about the dam.", "EGY>SDN:05"),
    (
        "DAMASCUS",
        "In a statement, Syria said it understood Lebanon's concerns about the smuggling.",
        "SYR>LBN:05",
    ),
]
NONE: list[NearMiss] = [
    ("MADRID", "Spain, which ceded Gibraltar to Britain in 1713, protested the visit."),
    ("ANKARA", "Turkey, which ceded the island to Greece in 1947, protested the drills."),
    ("ACCRA", "The central bank raised the base rate by half a point."),
    ("PARIS", "The minister said he understood the concerns of farmers."),
    ("HANOI", "The company raised the plant's output with new machines."),
]
CASES = RELIEF_CRAFT + CESSIONS + LETTERS + JOINT_BODIES + RAISED + UNDERSTOOD


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_context42_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_context42_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
