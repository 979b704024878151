"""Review 66 (session 34, helper S44): a bare number ("the two", "the three") after people
counted with it is those people, not a pair of states.

"Iran released two French citizens ... An Iranian court convicted both ..., charges France
dismissed ... Iran's spokesman said the two had been pardoned and denied that any deal had
been struck": with no list of states just named, "the two" took the states of the sentence
before (or the latest pair that acted), so the spokesman's denial, which the parser joins to
"had been pardoned", became France's. plurals._counted_people: a plural of people counted with
the same number ("two Portuguese nationals", "two Ghanaian traders") told after the latest list
(or anywhere before, for the latest pair that acted) makes the bare number mean them. A list
named after the counted people keeps its place ("A Togolese court fined two Ghanaian traders.
Ghana and Togo held talks. The two agreed ..."). A person stated with no state who defends a
measure ("Commerce Minister X defended the duties" after "China's Commerce Ministry accused
Thailand ...") is of the state told taking it (resolve._defender_state: the subject of a verb
whose object is the measure's noun, or whose lemma is it), not of the body before it
(_placed_state), whose praise of the other the defence became. "An embassy spokesperson" is the
voice of the embassy named before (roles.yaml bare, as "a ministry spokesperson"). An appeal the
parser joins to a reported clause whose subject is no actor ("Turkmenistan's ministry said it
hoped the deal would not reduce flows and asked both countries ...") is the speaker's, so the
list "Uzbekistan and Turkmenistan" just before is not "both countries" (plurals._acting_on
climbs to the saying verb; a body not yet resolved gives the state its name holds). A surname
whose article is capitalised to open a sentence ("Al-Saqqaf said ...") is the person named before
as "Khaled al-Saqqaf" (resolve._same_person). Every sentence was written for this file;
each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
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
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "LISBON",
        "Venezuela freed two Portuguese nationals on Friday after 18 months in a Caracas jail."
        " A Venezuelan court had convicted both of espionage, charges Portugal called absurd."
        ' Venezuela\'s Interior Ministry said the two had been released "as a goodwill gesture"'
        " and denied that Portugal had paid anything.",
        "VEN>PRT:08",
    ),
    (
        "ACCRA",
        "Ghana and Togo held talks in Lome on Monday. A Togolese court had fined two Ghanaian"
        " traders last week. The two agreed to set up a border commission.",
        "GHA>TGO:04 TGO>GHA:04",
    ),
    # a list named after the counted people keeps its place
    (
        "ACCRA",
        "A Togolese court had fined two Ghanaian traders last week. Ghana and Togo held talks"
        " in Lome on Monday. The two agreed to set up a border commission.",
        "GHA>TGO:04 TGO>GHA:04 GHA>TGO:03 TGO>GHA:03",
    ),
    (
        "RABAT",
        "Morocco and Mauritania held talks in Rabat on Monday. The two also agreed to open a"
        " second border crossing.",
        "MAR>MRT:04 MRT>MAR:04 MAR>MRT:03 MRT>MAR:03",
    ),
]

# A person stated with no state who defends a measure is of the state told taking it
# (resolve._defender_state), not of the body that attacked it in the sentence before
# (_placed_state): the defence is no praise of the attacker, but the rejection of its
# criticism (12, session 34's ruling on a defence after a criticism in words)
DEFENDERS: list[Case] = [
    (
        "SANTIAGO",
        "Chile will impose anti-dumping duties on steel from Brazil, its Economy Ministry said"
        " Friday. Brazil's Economy Ministry accused Chile of protectionism. Economy Minister"
        " Pablo Rivas defended the duties.",
        "CHL>BRA:16 BRA>CHL:11 CHL>BRA:12",
    ),
    (
        "NAIROBI",
        "Kenya banned imports of Ugandan sugar on Monday. Uganda's Trade Ministry criticized the"
        " decision. Trade Minister Joseph Otieno defended the ban.",
        "KEN>UGA:16 UGA>KEN:11 KEN>UGA:12",
    ),
]
CASES += DEFENDERS

# "an embassy spokesperson" is the voice of the embassy named before, as "a ministry
# spokesperson" is of the ministry (roles.yaml bare)
EMBASSY: list[Case] = [
    (
        "OSLO",
        "Russia's Embassy in Oslo rejected the report on Monday. \"We urge Norway to stop"
        ' spreading rumors," an embassy spokesman said.',
        "RUS>NOR:02",
    ),
    (
        "NAIROBI",
        "Kenya's Foreign Ministry summoned the U.S. ambassador on Monday. An embassy"
        " spokeswoman urged Kenya to respect the court's ruling.",
        "KEN>USA:16|11 USA>KEN:02",
    ),
]
CASES += EMBASSY

# an appeal the parser joins to a reported clause with no actor as its subject ("said it hoped
# the deal would not cut supplies and asked both countries"): the speaker appeals, so a list
# that holds the speaker's state is no "both countries" (plurals._acting_on)
APPEALED: list[Case] = [
    (
        "LA PAZ",
        "Bolivia and Peru signed a gas deal on Monday. The old quotas give Peru and Chile most"
        " of the gas. Chile's Foreign Ministry said it hoped the deal would not cut supplies and"
        " asked both countries to share their figures with Santiago.",
        "BOL>PER:05 PER>BOL:05 CHL>BOL:02 CHL>PER:02",
    ),
]
CASES += APPEALED

# a surname with its article capitalised to open a sentence ("Al-Masri said") is the person
# named before with it in lower case ("Omar al-Masri"; resolve._same_person)
SURNAMES: list[Case] = [
    (
        "AMMAN",
        "Jordanian Foreign Minister Omar al-Masri spoke to reporters on Monday. Al-Masri said"
        " Jordan would take the matter to the Arab League and urged Cairo to release the men.",
        "JOR>EGY:02",
    ),
]
CASES += SURNAMES

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review66_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review66_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
