"""Clauses 28 (session 20, builder N19): a deal's counterpart told by what the deal grants.

DEAL_GRANTEES: a state that signs a deal "giving", "granting", "offering", "allowing" or
"letting" another something signs it with that state (057; slot obj_grantee of v.sign,
clauses._deal_grantees, rules granting_verbs): the dative ("granting Russia a naval base"),
a name the parser hangs on the thing given ("giving Turkey access"), or the subject of the
permitted clause ("allowing Azerbaijan to use its railway"). A deal signed only ahead is
the intent (03). Near-misses: a deal granting something to people who are no state actor,
or to the signer's own.
SUBJECT_ANTECEDENTS: a ", which" object of a verb of claim or judgement (rules claim_verbs:
criticize, condemn, praise, welcome, ...) stands for the whole claim before it ("sent troops
to Somalia, which Ethiopia condemned"), except on a subject that opens its clause: "Qatar,
which Egypt criticized last week, said ..." tells no claim before it, so the pronoun is the
subject (EGY>QAT 11; clauses._clausal_which).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"); NONE holds
near-misses that must code nothing. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DEAL_GRANTEES: list[Case] = [
    (
        "NAIROBI",
        "Kenya signed an agreement giving Turkey access to its port for 20 years.",
        "KEN>TUR:05",
    ),
    ("KHARTOUM", "Sudan signed a deal granting Russia a naval base on the Red Sea.", "SDN>RUS:05"),
    (
        "TBILISI",
        "Georgia signed an accord allowing Azerbaijan to use its railway.",
        "GEO>AZE:05",
    ),
    (
        "ULAANBAATAR",
        "Mongolia signed a memorandum offering China a share in the copper mine.",
        "MNG>CHN:05",
    ),
    (
        "YEREVAN",
        "Armenia will sign an agreement granting Iran transit rights next month.",
        "ARM>IRN:03",
    ),
    (
        "DAKAR",
        "Senegal's government on Monday signed a pact letting Mauritania fish in its waters.",
        "SEN>MRT:05",
    ),
]

SUBJECT_ANTECEDENTS: list[Case] = [
    ("DOHA", "Qatar, which Egypt criticized last week, said it would attend.", "EGY>QAT:11"),
    (
        "BELGRADE",
        "Serbia, which Russia praised on Monday, voted against the resolution.",
        "RUS>SRB:05",
    ),
    (
        "MUSCAT",
        "Iran, which Washington condemned on Monday, held talks with Oman.",
        "USA>IRN:11 IRN>OMN:04",
    ),
    (
        "CARACAS",
        "Venezuela, which Brazil welcomed back into the bloc, sent its foreign minister.",
        "BRA>VEN:05",
    ),
    # near-misses: the ", which" after a clause still stands for the claim before it
    (
        "ABUJA",
        "Nigeria accused Niger of hosting rebels, which Niamey denied.",
        "NGA>NER:11 NER>NGA:12",
    ),
]

NONE: list[NearMiss] = [
    ("MOSCOW", "The report, which Russia denied, said the drones were Iranian."),
    ("NAIROBI", "Kenya signed a deal giving farmers more land."),
    ("LIMA", "Peru signed a deal giving its own navy a new base."),
    ("VIENTIANE", "Laos signed a pact allowing its citizens to travel freely."),
]

GAPS: list[Gap] = [
    (
        "BAKU",
        "Azerbaijan signed an accord on Friday allowing Georgia to use its pipeline.",
        "AZE>GEO:05",
        "a time phrase between the deal and the participle: the parser hangs the participle "
        "on the verb (advcl), not on the deal",
    ),
]
CASES = DEAL_GRANTEES + SUBJECT_ANTECEDENTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses28_codes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
