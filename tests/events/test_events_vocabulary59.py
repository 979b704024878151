"""Vocabulary 59 (session 38, helper S51): debts repaid, state development lenders, and
suspects handed over under a pronoun.

1. A debt paid back to a creditor state ("repaid the rest of a Chinese loan", "paid off its
   debt to Russia", "repaid a loan from China") is economic cooperation with the creditor (061,
   v.repay_debt and v.pay_off_debt; 03 when pledged), no gift (v.pay_money leaves debt service
   out); a debt with no creditor named ("repaid its debt") names no one.
2. A state's development fund is its policy lender, as its development bank is
   (state_companies.yaml lenders: "Kuwait's development fund signed a loan agreement with
   Togo"); the best-known state development lenders by their own names (KfW, AFD, the Saudi
   Fund for Development ...) are their states.
3. Migrants or refugees returned or repatriated ("began returning hundreds of refugees from
   Benin") are deported to the state they came from (17), as the sets code them; not coded
   yet (Gap rows); refugees returning of their own accord are no state's act.
4. A suspect handed over under a pronoun ("arrested two men wanted for fraud and handed them
   over to Ghana") is judicial cooperation (063), as "handed the suspects over" is: the
   refinement reads the noun the pronoun stands for (objects._pronoun_patient_lemmas), the
   object of the verb it is joined to; captives so handed stay a release (0841).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a debt paid back to a creditor state
REPAID: list[Case] = [
    (
        "TIRANA",
        "Albania said it had repaid the rest of a Turkish loan for its ring road.",
        "ALB>TUR:06",
    ),
    ("VIENTIANE", "Laos repaid a loan from China two years early.", "LAO>CHN:06"),
    ("CHISINAU", "Moldova paid off its debt to Russia's gas giant last month.", "MDA>RUS:06"),
    ("YEREVAN", "Armenia paid back a Russian state loan on Friday.", "ARM>RUS:06"),
    ("COLOMBO", "Sri Lanka will repay the Indian loan by 2028.", "LKA>IND:03"),
]

# 2. a state's development fund, and state development lenders by name
LENDERS: list[Case] = [
    (
        "LOME",
        "Kuwait's development fund signed an agreement with Togo on Monday for a $40 million"
        " loan to build a clinic.",
        "KWT>TGO:05",
    ),
    ("SKOPJE", "KfW will lend North Macedonia 120 million euros for a rail line.", "DEU>MKD:03"),
    (
        "AMMAN",
        "The Saudi Fund for Development signed a $60 million loan agreement with Jordan.",
        "SAU>JOR:05",
    ),
]

# 4. a suspect handed over under a pronoun: judicial cooperation
HANDED: list[Case] = [
    (
        "ACCRA",
        "Togo arrested two men wanted for fraud and handed them over to Ghana.",
        "TGO>GHA:06",
    ),
    ("NIAMEY", "Niger detained a suspect last week and handed him over to Benin.", "NER>BEN:06"),
    # captives so handed: a release
    (
        "DAKAR",
        "Senegal freed three Gambian fishermen and handed them over to Gambia.",
        "SEN>GMB:08",
    ),
]

CASES: list[Case] = REPAID + LENDERS + HANDED

NONE: list[NearMiss] = [
    # no creditor named
    ("TIRANA", "Albania repaid its debt ahead of schedule."),
    ("QUITO", "Ecuador paid off its bonds to private investors."),
    # refugees going home of their own accord
    ("COTONOU", "Refugees from Togo returned home on Monday."),
    # the far-right party, no French lender
    ("BERLIN", "The AfD criticized the government over the budget."),
]

# 3. migrants or refugees returned: deported, not coded yet
GAPS: list[Gap] = [
    (
        "LOME",
        "Togo began returning hundreds of refugees from Benin to their country on Wednesday.",
        "TGO>BEN:17",
        "no pattern reads 'return' with migrants or refugees as its object: one (174) was tried"
        " and taken out, as its lemma let a mediator of 'the return of children' reach a party"
        " of another act",
    ),
    ("VALLETTA", "Malta returned 120 migrants to Libya last month.", "MLT>LBY:17", "as above"),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary59_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary59_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
