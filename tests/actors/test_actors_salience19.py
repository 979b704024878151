"""A bare organ in a story datelined in the victim's state (session 19).

Wire copy from a state under attack tells the attack first, its own state as the
object ("KYIV — Russia launched drones at Kyiv"), and then its organs bare ("The Foreign
Ministry condemned the attack"). Centering on the sentence before's main subject reads
such an organ as the aggressor's; when that subject's own verb acts on the dateline's
state (as an object, or a place aimed at or neared: "at Kyiv", "near Taiwan's coast"),
the organ is the dateline state's (``Resolver._victim_home``), and in that story a
subject of a clause the organ governs ("said Moscow had ...") gives it no state. Near
misses: the organ's state named on it, an organ acting on the dateline's state, the
aggressor's own dateline, a venue dateline, the dateline's state named only in a clause
under a speech verb or as the place the news happens in. A seat city ("Brussels") in a
sentence that names its state and no other name or member of the IGO is the state's
capital (``Resolver._seat_state_beside``). A dateline whose town the gazetteer does not know
gives the state named after its comma ("TACNA, Peru": ``Gazetteer.match_place``), for bare
organs and for towns' namesakes (a "Santa Rosa" crossing is Peru's, not the United States').
Every sentence was written for
this file; the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR", "a|b" either root)
CASES: list[tuple[str, str, str]] = [
    # the victim's dateline, its capital aimed at: the organ is the victim's
    (
        "KYIV, Ukraine",
        "Russia launched 90 drones at Kyiv overnight. The Foreign Ministry condemned the attack.",
        "RUS>UKR:19 UKR>RUS:11",
    ),
    (
        "MOSCOW",
        "Ukraine launched drones at Moscow overnight. The Defense Ministry condemned the attack.",
        "UKR>RUS:19 RUS>UKR:11",
    ),
    # the state itself as the object, or a place of it aimed at or neared
    (
        "JERUSALEM",
        "Iran fired dozens of missiles at Israel overnight. The Defense Ministry vowed to "
        "retaliate against Tehran.",
        "IRN>ISR:19 ISR>IRN:13",
    ),
    (
        "TEL AVIV, Israel",
        "Hezbollah fired rockets at northern Israel. The military said it struck Lebanon in "
        "response.",
        "LBN>ISR:19 ISR>LBN:19",
    ),
    (
        "TAIPEI",
        "Chinese warships sailed near Taiwan's coast on Monday. The Defense Ministry said "
        "Beijing was trying to intimidate Taiwan.",
        "CHN>TWN:15 TWN>CHN:11",
    ),
    (
        "KYIV, Ukraine",
        "Russia struck Ukraine's power grid overnight. Officials urged Germany to send more "
        "air defenses.",
        "RUS>UKR:19 UKR>DEU:02",
    ),
    (
        "HANOI, Vietnam",
        "China accused Vietnam on Monday of building on disputed reefs. The Foreign Ministry "
        "rejected the accusation.",
        "CHN>VNM:11 VNM>CHN:12",
    ),
    # a subject of a clause the organ governs gives it no state; "the ministry" after
    # it is the same organ
    (
        "KYIV, Ukraine",
        "Russia launched drones at Kyiv overnight. The Foreign Ministry said Moscow had "
        "targeted homes. The ministry also urged Hungary to back new sanctions.",
        "RUS>UKR:19 UKR>HUN:02",
    ),
    # near misses: the organ acting on the dateline's state is not its own
    (
        "SEOUL",
        "North Korea fired artillery at South Korea's border islands. The Defense Ministry "
        "warned Seoul against retaliation.",
        "PRK>KOR:19 PRK>KOR:13",
    ),
    (
        "NEW DELHI",
        "Pakistan shelled Indian posts in Kashmir on Friday. The Foreign Ministry summoned "
        "Pakistan's envoy.",
        "PAK>IND:19 IND>PAK:11",
    ),
    # near misses: the organ's state named on it; the aggressor's own dateline
    (
        "KYIV, Ukraine",
        "Russia launched drones at Kyiv overnight. Russia's Defense Ministry accused Ukraine "
        "of hiding weapons in homes.",
        "RUS>UKR:19 RUS>UKR:11",
    ),
    (
        "MOSCOW",
        "Russia launched drones at Kyiv overnight. The Defense Ministry accused Ukraine of "
        "hiding weapons in homes.",
        "RUS>UKR:19 RUS>UKR:11",
    ),
    # near misses: a venue dateline; the dateline's state only in a clause under a speech
    # verb, or the place the news happens in
    (
        "GENEVA",
        "Iran rejected the IAEA's report on Monday. The Foreign Ministry criticized Britain's "
        "stance.",
        "IRN>IAEA:12 IRN>GBR:11",
    ),
    (
        "PRETORIA, South Africa",
        "An Indian official said New Delhi would ask Pretoria to reconsider. Officials also "
        "criticized Britain's visa rules.",
        "IND>ZAF:02 IND>GBR:11",
    ),
    (
        "LIMA, Peru",
        "In Peru, Chinese President Xi Jinping will open a port on Friday. Officials also "
        "criticized Japan's fishing quotas.",
        "CHN>JPN:11",
    ),
]

# A seat city in a sentence naming its state and no other member nor name of the IGO:
# the state's capital, even in a story that names the IGO or a member elsewhere
SEATS: list[tuple[str, str, str]] = [
    (
        "KIGALI, Rwanda",
        "The European Union renewed its sanctions on Rwandan officers on Monday. Belgium "
        "froze its aid to Rwanda in May, and Rwanda expelled Brussels' envoy in response.",
        "EU>RWA:16 BEL>RWA:16 RWA>BEL:16",
    ),
    (
        "KINSHASA, Congo",
        "France and Belgium returned 40 masks to Congo on Monday. Congo thanked Belgium and "
        "urged Brussels to return the rest.",
        "FRA>COD:08 BEL>COD:08 COD>BEL:05 COD>BEL:02",
    ),
    # near misses: another member named beside it, or the state named in another sentence
    (
        "ROME",
        "Italy and Belgium agreed on Friday to back the new budget, and Hungary criticized "
        "Brussels for its plans.",
        "HUN>EU:11",
    ),
    (
        "BUDAPEST",
        "Hungary criticized Brussels on Tuesday over frozen funds. Belgium's prime minister "
        "backed the decision.",
        "HUN>EU:11",
    ),
    (
        "WARSAW",
        "Poland accused Brussels of meddling after Belgium took over the EU presidency.",
        "POL>EU:11",
    ),
]
CASES += SEATS

# A dateline whose town is none of ours names its state after the comma ("TACNA, Peru"):
# that state is the article's, for a bare organ and for a town's namesakes
TOWN_DATELINES: list[tuple[str, str, str]] = [
    (
        "TACNA, Peru",
        "The United States urged Peru and Chile on Monday to cooperate on migration. Peru "
        "closed the Santa Rosa crossing to migrants on Wednesday.",
        # the crossing closed naming no state is closed to the neighbour named (context173)
        "USA>PER:02 USA>CHL:02 PER>CHL:16",
    ),
    (
        "ZAMBOANGA, Philippines",
        "Officials on Monday criticized China over the detention of two Filipino fishermen.",
        "PHL>CHN:11 CHN>PHL:17",
    ),
    (
        "TERESPOL, Poland",
        "Lawmakers on Friday criticized Belarus over the detention of two Polish journalists.",
        "POL>BLR:11 BLR>POL:17",
    ),
    (
        "MOMBASA, Kenya",
        "The government on Tuesday accused Somalia of violating the maritime border.",
        "KEN>SOM:11",
    ),
    # near miss: an IGO's own chamber keeps its name in a venue's story
    (
        "STRASBOURG, France",
        "The European Parliament on Wednesday condemned Azerbaijan's detention of two Armenian "
        "soldiers.",
        "EU>AZE:11 AZE>ARM:17",
    ),
]
CASES += TOWN_DATELINES

# Near misses: bodies that must code exactly nothing.
NONE: list[tuple[str, str]] = []

# Expected failures, each with its reason.
GAPS: list[tuple[str, str, str, str]] = [
    (
        "SEOUL",
        "North Korea fired two ballistic missiles into the sea on Tuesday. The Defense "
        "Ministry condemned the launch.",
        "KOR>PRK:11",
        "the dateline's state is named nowhere in the body: a bare organ cannot tell the "
        "victim's story from a venue's ('GENEVA — Iran rejected ... The Foreign Ministry')",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NONE, GAPS)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_salience19(
    coded: dict[str, list[str]], dateline: str, body: str, expected: str
) -> None:
    got = coded[body]
    assert matches(got, expected), (dateline, got)
