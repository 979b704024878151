"""A bare state organ ("The Foreign Ministry", "The Foreign Ministry's spokesman") that is
its sentence's subject (session 22, builder OL).

Such an organ takes the state a sentence subject names, else the story's lead subject before
it (``Resolver._recent_state``). A state that is the subject of a clause the organ governs
or of a relative clause after it ("said Greece had violated ...", "rejecting a decree that
Peru issued", "to demand that Beijing withdraw") is the organ's addressee or the thing it
speaks of, not its owner: the sentences before decide, as they already did in a victim's
story ("KYIV — Russia launched drones at Kyiv. The Foreign Ministry said Moscow was waging
terror"). Near misses keep their reading: a state named as the organ's own subject before
it, an aggressor's envoy summoned by the victim's ministry. A spokesperson stated with no
state who rebukes the dateline state's deed is the other side's; a demonym and a title
before a name ending in a capital's name make the person that state's. Every sentence was
written for this file; each row is (dateline, body, expected events of the whole body "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_actor_codes,
    code_audit,
    matches,
)

from newsgraph.settings import Settings  # noqa: E402

CLAUSE_SUBJECTS: list[Case] = [
    (
        "QUITO",
        "Ecuador lodged a formal protest with Peru on Friday over new fishing rules. The "
        "Foreign Ministry said it had handed a note to Peru's ambassador, rejecting a decree "
        "that Peru issued in May.",
        "ECU>PER:11 ECU>PER:12",
    ),
    (
        "HANOI",
        "Vietnam protested to China on Monday over an oil rig. The Foreign Ministry's "
        "spokesman phoned a diplomat at the Chinese Embassy to demand that Beijing withdraw "
        "its ships.",
        "VNM>CHN:11 VNM>CHN:04 VNM>CHN:10",
    ),
    (
        "ANKARA",
        "Turkey summoned the Greek ambassador on Tuesday. The Foreign Ministry said Greece had "
        "violated Turkish airspace 20 times.",
        "TUR>GRC:11 TUR>GRC:11 GRC>TUR:15",
    ),
    (
        "RABAT",
        "Morocco recalled its ambassador from Algeria on Monday. The Foreign Ministry accused "
        "Algeria of hosting separatists and said Algiers had ignored its warnings.",
        "MAR>DZA:16 MAR>DZA:11",
    ),
    (
        "SEOUL",
        "Japan approved a new history textbook on Monday. The Foreign Ministry summoned "
        "Japan's ambassador and said Tokyo was distorting history.",
        "KOR>JPN:11",
    ),
    # near misses: the organ's reading stays
    (
        "HANOI",
        "China's coast guard rammed a Vietnamese boat near the Paracels. The Foreign Ministry "
        "summoned the Chinese ambassador.",
        "CHN>VNM:19 VNM>CHN:11",
    ),
    (
        "KYIV",
        "Russia launched dozens of drones at Kyiv overnight. The Foreign Ministry said Moscow "
        "was waging terror against civilians.",
        "RUS>UKR:19",
    ),
    (
        "SEOUL",
        "South Korea protested on Monday, and the Foreign Ministry summoned Japan's ambassador "
        "over the textbook.",
        "KOR>JPN:11",
    ),
]

# A voice of diplomacy (a spokesperson, a foreign minister) stated with no state who rebukes
# "the move" right after the dateline's state did it to another state is that state's
# (Resolver._rebukes_home); one who defends or justifies it, a lawmaker, another minister
# and a rebuke of the other state's deed keep the host.
REBUKES: list[Case] = [
    (
        "STOCKHOLM",
        "Sweden expelled two Iranian diplomats on Tuesday. Foreign Ministry spokesman Hossein "
        "Karimzadeh condemned the decision.",
        "SWE>IRN:16 IRN>SWE:11",
    ),
    (
        "CANBERRA",
        "Australia banned imports of Chinese steel on Monday. Commerce Ministry spokesman He "
        "Yadong denounced the move as protectionist.",
        "AUS>CHN:16 CHN>AUS:11",
    ),
    (
        "OTTAWA",
        "Canada imposed sanctions on six Russian officials. Foreign Ministry spokeswoman Maria "
        "Orlova rejected the measures.",
        "CAN>RUS:16 RUS>CAN:12",
    ),
    (
        "NEW DELHI",
        "India closed its airspace to Pakistani airlines on Friday. Foreign Ministry spokesman "
        'Tahir Andrabi called the step "hostile and unjustified."',
        "IND>PAK:16 PAK>IND:11",
    ),
    # near misses
    (
        "STOCKHOLM",
        "Sweden expelled two Iranian diplomats on Tuesday. Foreign Ministry spokeswoman Anna "
        "Lind defended the decision.",
        "SWE>IRN:16",
    ),
    (
        "STOCKHOLM",
        "Sweden expelled two Iranian diplomats on Wednesday. Foreign Ministry spokeswoman Anna "
        "Lind called the move necessary.",
        "SWE>IRN:16",
    ),
    (
        "STOCKHOLM",
        "Iran expelled two Swedish diplomats on Tuesday. Foreign Ministry spokeswoman Anna Lind "
        "condemned the move.",
        "IRN>SWE:16 SWE>IRN:11",
    ),
    (
        "WASHINGTON",
        "The United States imposed new tariffs on Mexican steel. Senator Maria Cantwell "
        "criticized the move.",
        "USA>MEX:16",
    ),
    (
        "BERLIN",
        "Germany closed its airspace to Russian aircraft. Economy Minister Robert Habeck "
        "criticized the decision as hasty.",
        "DEU>RUS:16",
    ),
    (
        "OTTAWA",
        "Russia imposed sanctions on six Canadian officials. Foreign Minister Mark Tremblay "
        "condemned the decision.",
        "RUS>CAN:16 CAN>RUS:11",
    ),
]

# A demonym and a title before a name whose last word is a capital: the name is the
# person's, the state the demonym's (Resolver._adjective_state_before), even when the first
# name is a listed office holder's ("Marcos"); that holder told alone stays himself.
NAMES: list[Case] = [
    (
        "BUENOS AIRES",
        "Brazilian President Marcos Lima met Argentine President Javier Milei on Monday.",
        "BRA>ARG:04",
    ),
    (
        "LA PAZ",
        "Chilean Defense Minister Marcos Lima visited Bolivia on Tuesday.",
        "CHL>BOL:04",
    ),
    (
        "CARACAS",
        "Colombian Foreign Minister Marcos Quito criticized Venezuela on Friday.",
        "COL>VEN:11",
    ),
    # near misses
    (
        "TOKYO",
        "Philippine President Marcos met Japanese Prime Minister Shigeru Ishiba in Lima on "
        "Monday.",
        "PHL>JPN:04",
    ),
    (
        "TOKYO",
        "President Marcos met Japanese Prime Minister Shigeru Ishiba in Manila on Monday.",
        "PHL>JPN:04",
    ),
]

# A foreign ministry by its own name or an unnamed speaker of one: "External Affairs
# Ministry" is India's (states.yaml seats), "a Foreign Office spokesman" is a bare organ's
# speaker that takes the story's state (roles.yaml bare); a clause subject after such a
# speaker does not decide, as after "The Foreign Ministry".
MINISTRIES: list[Case] = [
    (
        "NEW DELHI",
        "India rejected Pakistan's claims on Monday. An External Affairs Ministry spokesperson "
        "accused Islamabad of spreading lies.",
        "IND>PAK:12 IND>PAK:11",
    ),
    (
        "KATHMANDU",
        "Nepal protested India's new map on Monday. An External Affairs Ministry spokesperson "
        "rejected the protest.",
        "NPL>IND:11 IND>NPL:12",
    ),
    (
        "ISLAMABAD",
        "Pakistan closed its airspace on Monday. A Foreign Office spokesman accused India of "
        "provoking the crisis.",
        "PAK>IND:11",
    ),
    (
        "WARSAW",
        "Poland demanded reparations from Germany on Friday. A Foreign Office spokesperson in "
        "Berlin rejected the demand.",
        "POL>DEU:10 DEU>POL:12",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = CLAUSE_SUBJECTS + REBUKES + NAMES + MINISTRIES


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_salience21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_salience21_organs(
    coded: dict[str, list[str]], dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


# With no dateline, a bare organ after a quote by a minister stated with no state takes the
# state the sentence before names; a capital that only places a thing the organ acts on ("the
# Algerian consulate in Bamako") is no state acted on (Resolver._places_thing). Rows are
# (body, expected events with full actor codes "SRC>TGT:RR").
PLACED: list[tuple[str, str]] = [
    (
        "Mali's military government said Tuesday it was cutting diplomatic ties with Algeria. "
        '"Algeria has chosen its side, and Mali will respond," Defense Minister Col. Sadio '
        "Camara said on television. The Foreign Ministry summoned the head of the Algerian "
        "consulate in Bamako.",
        "MLIGOV>DZA:16 MLIGOV>DZA:11",
    ),
    (
        "Peru's government said Monday it was expelling Bolivia's ambassador. \"Bolivia has "
        'insulted our country, and Peru will not stay silent," Defense Minister Carlos Vega '
        "said. The Foreign Ministry summoned two diplomats of the Bolivian embassy in Lima.",
        "PERMIL>BOL:11 PERGOV>BOLGOV:11",
    ),
]


@pytest.fixture(scope="module")
def placed() -> dict[str, list[str]]:
    """Every PLACED body through the pipeline with no dateline."""
    return code_actor_codes([("", b) for b, _ in PLACED], Settings())


@pytest.mark.model
@pytest.mark.parametrize(("body", "expected"), PLACED)
def test_actors_salience21_placed(placed: dict[str, list[str]], body: str, expected: str) -> None:
    assert matches(placed[body], expected), placed[body]
