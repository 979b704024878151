"""Review 194 (session 57, helper R57c): reactions aimed at the right actor.

"Somalia condemned the agreement. It warned that it would close the border ... Egypt also
criticized the move": "also" sets Egypt beside Somalia, so the move is not Somalia's threat
found last but what Somalia condemned (its targets, the pact's parties:
reactions._fellow_critic_deed). A broader join (any "also" reaction to the move joining the
latest reaction of its root) lost precision on a blind set and was dropped.

"Bolivia condemned the plan. Peru rejected the criticism. Venezuela also criticized the move.
Brazil dismissed the criticism": the reply answers Venezuela only; Bolivia's words were
already rejected (rules answered_critic_roots, reactions._rejected_since).

'"These are sea walls," he told reporters in Baku. ... Baku denied the charge': the place a
speaker spoke in is no one his words report on (reactions._reporting_authors with
_speech_place), so a denial answers no friendly minister who spoke there.

"Britain cut tariffs ... Critics called the cut a bribe. British officials denied any link":
a rejection answers the words told since the coded criticism by voices no actor stands for
(reactions._stateless_charge), so it is aimed at no state.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# "also criticized the move" when the move found is the fellow critic's own
JOINED: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a defense pact on Monday. Somalia's government condemned "
        "the agreement in a statement. It warned that Mogadishu would close its border "
        "crossings with Kenya if Ethiopian troops were deployed there. Egypt's Foreign "
        "Ministry also criticized the move.",
        "KEN>ETH:05 ETH>KEN:05 SOM>KEN:11 SOM>ETH:11 SOM>KEN:13 EGY>KEN:11 EGY>ETH:11",
    ),
]

# the reply answers the critic not yet answered
ANSWERED: list[Case] = [
    (
        "LIMA",
        "Peru and Brazil agreed on Tuesday on a joint naval patrol plan. Bolivia condemned "
        "the plan on state television. Peru rejected the criticism as baseless. Venezuela "
        "also criticized the move. Brazil's defense minister dismissed the criticism.",
        "PER>BRA:05 BRA>PER:05 BOL>PER:11 BOL>BRA:11 PER>BOL:12 VEN>PER:11 VEN>BRA:11 "
        "BRA>VEN:12",
    ),
]

# where a speaker spoke is no one reported on
SPOKEN_IN: list[Case] = [
    (
        "SUVA, Fiji",
        "Fiji's foreign minister thanked Baku for the scholarships. \"There is nothing about "
        "security in these papers,\" he told reporters in Baku. France's foreign ministry "
        "repeated its accusation that Azerbaijan had stirred unrest in New Caledonia. Baku "
        "has always denied the charge.",
        "FJI>AZE:05",
    ),
    (
        "APIA, Samoa",
        "Samoa's prime minister praised Beijing for its help. \"These are roads and "
        "schools,\" he told reporters in Beijing. China rejected the report.",
        "WSM>CHN:05",
    ),
]

# a denial of what voices no actor stands for said since the critic's words
CRITICS_SAID: list[Case] = [
    (
        "MASERU, Lesotho",
        "South Africa criticized the migrant deal between Lesotho and Britain. Britain cut "
        "tariffs on Lesotho's wool in April. Critics of the migrant deal called the tariff "
        "cut a bribe. British officials denied any link.",
        "ZAF>LSO:11 ZAF>GBR:11 GBR>LSO:08",
    ),
]

# guards, coded before and kept: a report whose words name the reactor, a claim coded, a
# second voice of the same critic, a critic that nobody answered
KEPT: list[Case] = [
    (
        "MASERU, Lesotho",
        "South Africa criticized the migrant deal between Lesotho and Britain. Britain cut "
        "tariffs on Lesotho's wool in April. South Africa called the tariff cut a bribe. "
        "British officials denied any link.",
        "ZAF>LSO:11 ZAF>GBR:11 GBR>LSO:08 GBR>ZAF:12",
    ),
    (
        "MASERU, Lesotho",
        "South Africa accused Britain of bribing Lesotho with tariff cuts. British officials "
        "denied any link.",
        "ZAF>GBR:11 GBR>ZAF:12",
    ),
    (
        "LILONGWE, Malawi",
        "The European Union's observer mission told reporters in Lilongwe that Malawi's vote "
        "count had been flawed. Malawi's government rejected the report.",
        "MWI>EU:12",
    ),
    (
        "APIA, Samoa",
        "Samoa's prime minister praised Beijing for its help. \"These are roads and "
        "schools,\" he told reporters in Beijing. Washington repeated its claim that China "
        "was building a naval base in the Pacific. Beijing denied the claim.",
        "WSM>CHN:05 CHN>USA:12",
    ),
    (
        "DHAKA",
        "Bangladesh and India signed a river-sharing pact on Monday. Pakistan condemned the "
        "agreement in a statement. Pakistan's foreign minister also criticized the move.",
        "BGD>IND:05 IND>BGD:05 PAK>BGD:11 PAK>IND:11 PAK>BGD:11 PAK>IND:11",
    ),
    (
        "LIMA",
        "Peru and Brazil agreed on Tuesday on a joint naval patrol plan. Bolivia condemned "
        "the plan on state television. Venezuela also criticized the move. Brazil's defense "
        "minister dismissed the criticism.",
        "PER>BRA:05 BRA>PER:05 BOL>PER:11 BOL>BRA:11 VEN>PER:11 VEN>BRA:11 BRA>VEN:12 "
        "BRA>BOL:12",
    ),
]

# near misses, as before: a move of another actor since, or no "also"
NOT_JOINED: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a defense pact on Monday. Somalia's government condemned "
        "the agreement in a statement. Ethiopia sent 2,000 troops to its border with Somalia "
        "on Tuesday. Egypt's Foreign Ministry also criticized the move.",
        "KEN>ETH:05 ETH>KEN:05 SOM>KEN:11 SOM>ETH:11 ETH>SOM:15 EGY>ETH:11",
    ),
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a defense pact on Monday. Somalia's government condemned "
        "the agreement in a statement. It warned that Mogadishu would close its border "
        "crossings with Kenya if Ethiopian troops were deployed there. Egypt's Foreign "
        "Ministry criticized the move.",
        "KEN>ETH:05 ETH>KEN:05 SOM>KEN:11 SOM>ETH:11 SOM>KEN:13 EGY>SOM:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES = JOINED + NOT_JOINED + ANSWERED + SPOKEN_IN + CRITICS_SAID + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review194_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review194_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
