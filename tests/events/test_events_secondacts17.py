"""Second acts of a sentence (session 17, builder OE).

COPULA: a verb joined to a copula that links a complement of its own ("which is not a member
and imposed sanctions on ICC judges") is a past-tense act of its own, even when the parser
tags it a participle: the copula's negation does not reach it. A joined verb with its own
negation or auxiliary still takes its own ("is not a member and has not imposed"). Each row
is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence was
written for this file; none is copied from a gold set.

ASIDE: a deed dated years back in a relative clause on an actor (or joined in one) describes
that actor; "the decision" a later reaction names is the news deed, not that one.
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
        "MLI>AU:16 DZA>MLI:16 DZA>MLI:19 EU>MLI:11",
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

CASES = COPULA + ASIDE


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
