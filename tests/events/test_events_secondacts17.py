"""Second acts of a sentence (session 17, builder OE).

COPULA: a verb joined to a copula that links a complement of its own ("which is not a member
and imposed sanctions on ICC judges") is a past-tense act of its own, even when the parser
tags it a participle: the copula's negation does not reach it. A joined verb with its own
negation or auxiliary still takes its own ("is not a member and has not imposed"). Each row
is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence was
written for this file; none is copied from a gold set.

ASIDE: a deed dated years back in a relative clause on an actor (or joined in one) describes
that actor; "the decision" a later reaction names is the news deed, not that one.

PURPOSE: a call, visit or meeting made to voice praise, sympathy or an apology Ruiz to offer his congratulations", "telephoned the king to express condolences") tells two acts: the contact (04) and what it voiced, said to whom it reached when the
infinitive names no one else. "called X to congratulate ..." is a phone call, made by the
caller, not an appeal to X. Other purposes ("met Li to sign a deal") stay one act.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

COPULA: list[Case] = [
    (
        "THE HAGUE, NETHERLANDS",
        "The United States, which is not a member and imposed sanctions on several ICC "
        "judges in 2025, criticized the ICC.",
        "USA>ICC:16 USA>ICC:11",
    ),
    (
        "OTTAWA, CANADA",
        "Canada, which is not a party to the treaty and imposed tariffs on China last year, "
        "said it would wait.",
        "CAN>CHN:16",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey, which was a close ally and sold drones to Ukraine, urged calm.",
        "TUR>UKR:07",
    ),
    (
        "PARIS, FRANCE",
        "France is not a member, and criticized the ICC for its ruling.",
        "FRA>ICC:11",
    ),
]

ASIDE: list[Case] = [
    (
        "BAMAKO, MALI",
        "Mali said on Monday it would leave the African Union. Algeria, which recalled its "
        "ambassador from Mali in 2022 and closed its airspace to Malian flights, urged calm. "
        "Niger said it would stay. Chad said it had no comment. The EU criticized the decision.",
        "MLI>AU:16 DZA>MLI:16 DZA>MLI:16 EU>MLI:11",
    ),
    (
        "KUALA LUMPUR, MALAYSIA",
        "Malaysia joined the International Criminal Court on Thursday. The ICC president "
        "welcomed the accession. The United States, which is not a member and imposed sanctions "
        "on several ICC judges in 2025, criticized the move. Israel's Foreign Ministry called the accession 'a political stunt'. "
        "Malaysia has no relations with Israel. The European Union welcomed the step.",
        "MYS>ICC:05 ICC>MYS:05 USA>ICC:16 USA>MYS:11 EU>MYS:05",
    ),
]

PURPOSE: list[Case] = [
    (
        "BUENOS AIRES, ARGENTINA",
        "Argentine President Martin Ibarra called Chilean President Ana Ruiz to congratulate "
        "her on her victory.",
        "ARG>CHL:04 ARG>CHL:05",
    ),
    (
        "BUENOS AIRES, ARGENTINA",
        "Argentina's president called Chilean President Ana Ruiz to offer his congratulations.",
        "ARG>CHL:04 ARG>CHL:05",
    ),
    (
        "RABAT, MOROCCO",
        "Spanish Prime Minister Pedro Sanchez phoned King Mohammed VI of Morocco on Monday to "
        "offer condolences after the earthquake.",
        "ESP>MAR:04 ESP>MAR:01",
    ),
    (
        "TOKYO, JAPAN",
        "Japanese Prime Minister Sanae Takaichi telephoned South Korean President Lee Jae-myung "
        "to thank him for his help.",
        "JPN>KOR:04 JPN>KOR:05",
    ),
    (
        "MADRID, SPAIN",
        "Spain's foreign minister visited Rabat on Monday to thank Morocco for its help with "
        "the rescue.",
        "ESP>MAR:04 ESP>MAR:05",
    ),
    (
        "SANTIAGO, CHILE",
        "Argentina's president called Chilean President Ana Ruiz on Sunday to offer his "
        "congratulations.",
        "ARG>CHL:04 ARG>CHL:05",
    ),
    # another purpose is one act
    (
        "BERLIN, GERMANY",
        "German Chancellor Friedrich Merz met Chinese Premier Li Qiang to sign a trade deal.",
        "DEU>CHN:04",
    ),
    (
        "OTTAWA, CANADA",
        "Canada's foreign minister met the Indian high commissioner to discuss trade.",
        "CAN>IND:04",
    ),
    # disapproval voiced in a meeting is aimed at a third party, not at the one met
    (
        "WARSAW, POLAND",
        "Poland's foreign minister met the Ukrainian ambassador to denounce the attack.",
        "POL>UKR:04",
    ),
    # a counterpart object (a group mention) is a phone_to target (S52, session 38; a Gap
    # before)
    (
        "ANKARA, TURKEY",
        "The Turkish foreign minister called his Greek counterpart to offer his congratulations.",
        "TUR>GRC:04 TUR>GRC:05",
    ),
    # an appeal with "call on" stays one
    (
        "TEHRAN, IRAN",
        "Iran called on the United States to halt its strikes.",
        "IRN>USA:02",
    ),
]

NONE: list[NearMiss] = [
    ("ANKARA, TURKEY", "Turkey is not a member and has not imposed sanctions on Russia."),
    ("ANKARA, TURKEY", "Turkey was not present and did not condemn Russia."),
    ("BERLIN, GERMANY", "Germany is not a party to the deal and never recognized Kosovo."),
    (
        "ANKARA, TURKEY",
        "Turkey, which is not a member and has imposed no sanctions on Russia, urged calm.",
    ),
]

GAPS: list[Gap] = []

CASES = COPULA + ASIDE + PURPOSE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_secondacts17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_secondacts17_codes_each_form(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
