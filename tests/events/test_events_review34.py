"""Review 34 (session 21, auditor FA): misfires found by coding eight wire stories of our own.

Coded: "members of parliament" tied to a state are its lawmakers as "lawmakers" are (roles.yaml
LEG), so "refused entry to three Latvian members of parliament" reaches Latvia; "the bloc" or
"the alliance" right after a body of states that is no listed IGO ("fellow members of the East
African Community, urged the bloc") refers to that body and names no actor, instead of the IGO
named before it or the EU by default (resolve.py _unlisted_body, false_friends.yaml
body_words); farm, forest and sea portfolios make ministers' titles ("Its plantation minister,
...": offices.yaml portfolios), so the possessive gives the minister's state and the dateline's
does not; "between the two countries" after a pair that acted together on a third party
("The United States and Britain praised Turkey. Kenya, which mediated between the two
countries") is a pair at odds named before it, else the story's pair (plurals.py _joint_actor,
_between_sides); a demand aimed at a state that acted on the demander in an earlier
sentence ("Italy demanded an explanation" after Libya expelled its diplomats) answers that act,
so a later "the decision" or "the move" sums up the act (reactions.py _demand_in_answer). Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MEMBERS_OF_PARLIAMENT: list[Case] = [
    (
        "RIGA",
        "Belarusian border guards refused entry on Monday to four Latvian members of parliament "
        "who had come to meet exiled activists.",
        "BLR>LVA:16",
    ),
    (
        "BRATISLAVA",
        "Hungary expelled two Slovak members of parliament on Friday.",
        "HUN>SVK:16",
    ),
    (
        "ATHENS",
        "Three Greek members of parliament criticized Turkey on Tuesday over the drilling ship.",
        "GRC>TUR:11",
    ),
    (
        "VILNIUS",
        "Lithuania's members of parliament condemned Belarus for the balloon flights.",
        "LTU>BLR:11",
    ),
]

UNLISTED_BLOCS: list[Case] = [
    (
        "KAMPALA",
        "The African Union criticized Sudan on Monday. Kenya and Tanzania, fellow members of the "
        "East African Community, urged the bloc to hold an emergency summit.",
        "AU>SDN:11",
    ),
    (
        "ASTANA",
        "The European Union criticized Russia on Monday. Kazakhstan and Armenia, members of the "
        "Eurasian Economic Union, urged the bloc to cut its tariffs.",
        "EU>RUS:11",
    ),
    # near-misses: a listed bloc named last, or none named between, keeps "the bloc"
    (
        "DAKAR",
        "The Economic Community of West African States suspended Guinea, and the bloc urged "
        "Mali to hold elections.",
        "",
    ),
    (
        "ADDIS ABABA",
        "The African Union criticized Sudan on Monday. Rwanda and Burundi urged the bloc to hold "
        "an emergency summit.",
        "AU>SDN:11 RWA>AU:02 BDI>AU:02",
    ),
    (
        "BRUSSELS",
        "The European Union criticized China on Monday. Jane Doe of the Atlantic Council called "
        "it a mistake. The bloc also urged Beijing to open its market.",
        "EU>CHN:11 EU>CHN:02",
    ),
]

PORTFOLIOS: list[Case] = [
    (
        "ACCRA",
        "Ghana criticized Ivory Coast on Monday. Liberia backed the Ghanaian position. Its "
        "forestry minister, Kofi Mensah, said Monrovia would work with Accra and urged Abidjan "
        "to lift the ban.",
        # "would work with Accra": intent to cooperate (v.work_with, session 34)
        "GHA>CIV:11 LBR>GHA:05 LBR>GHA:03 LBR>CIV:02",
    ),
    (
        "LIMA",
        "Peru protested to Chile on Monday. Bolivia backed the Peruvian claim. Its livestock "
        "minister, Juan Quispe, urged Santiago to reopen the market.",
        "PER>CHL:11 BOL>PER:05 BOL>CHL:02",
    ),
    (
        "JAKARTA",
        "Indonesia accused the European Union of bias on Monday. Malaysia backed the Indonesian "
        "position. Its plantation minister, Farah Ismail, urged the European Commission to delay "
        "the rule.",
        "IDN>EU:11 MYS>IDN:05 MYS>EU:02",
    ),
]

BETWEEN_PAIRS: list[Case] = [
    (
        "DOHA",
        "Iran and Bahrain agreed on Monday to restore diplomatic ties. France and Germany praised "
        "Qatar for its role. Oman, which has mediated between the two countries since 2023, also "
        "hosted talks.",
        "IRN>BHR:05 BHR>IRN:05 FRA>QAT:05 DEU>QAT:05 OMN>IRN:04 OMN>BHR:04",
    ),
    (
        "ANKARA",
        "Armenia and Azerbaijan agreed on Monday to reopen their border. Canada and Japan thanked "
        "Turkey for hosting the talks. Georgia, which mediated between the two countries in 2024, "
        "offered its support.",
        "ARM>AZE:05 AZE>ARM:05 CAN>TUR:05 JPN>TUR:05 TUR>ARM:04 TUR>AZE:04 GEO>ARM:04 GEO>AZE:04",
    ),
    # near-miss: the pair just named acts on each other, and stays the two countries
    (
        "BAKU",
        "Armenia and Azerbaijan signed a border deal on Monday. Russia, which mediated between "
        "the two countries last year, welcomed the deal.",
        "ARM>AZE:05 AZE>ARM:05 RUS>ARM:04 RUS>AZE:04 RUS>ARM:05 RUS>AZE:05",
    ),
]

DEMANDS: list[Case] = [
    (
        "VILNIUS",
        "Belarus refused entry to two Lithuanian lawmakers on Sunday. Lithuania summoned Belarus's "
        "envoy and demanded an explanation. The European Union condemned the decision.",
        "BLR>LTU:16 LTU>BLR:11 LTU>BLR:10 EU>BLR:11",
    ),
    (
        "ROME",
        "Libya expelled three Italian diplomats on Friday. Italy demanded an explanation from "
        "Tripoli. Malta criticized the move.",
        "LBY>ITA:16 ITA>LBY:10 MLT>LBY:11",
    ),
    (
        "SEOUL",
        "North Korea seized a South Korean fishing boat on Monday. Seoul demanded the crew's "
        "release. Japan condemned the step.",
        "PRK>KOR:17 KOR>PRK:10 JPN>PRK:11",
    ),
    # near-misses: a demand of the source's own, or one told with the act it answers, is the move
    (
        "NICOSIA",
        "Turkey demanded on Monday that Greece demilitarize its islands. Cyprus criticized the "
        "move.",
        "TUR>GRC:10 CYP>TUR:11",
    ),
    (
        "CANBERRA",
        "New Zealand ordered a Fijian diplomat to leave the country on Tuesday in response to "
        "Fiji's expulsion of a New Zealand envoy. Fiji condemned the move.",
        "NZL>FJI:16 FJI>NZL:16 FJI>NZL:11",
    ),
]
NONE: list[NearMiss] = [
    # a body outside the IGO list named before "the bloc" is no EU by default
    (
        "GEORGETOWN",
        "Leaders of the Caribbean Community met in Georgetown on Monday. The bloc urged "
        "Venezuela to withdraw its ships.",
    ),
    # members of parliament tied to no state are no state's
    ("OSLO", "Members of parliament from the ruling party criticized the budget on Monday."),
]
GAPS: list[Gap] = []
CASES = MEMBERS_OF_PARLIAMENT + UNLISTED_BLOCS + PORTFOLIOS + BETWEEN_PAIRS + DEMANDS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review34_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review34_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
