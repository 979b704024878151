"""Review 311 (session 64, O94): a state paying its own budget funds no one.

"a blow to the government as it struggles to finance its budget" coded the lender of the
sentence's main clause giving aid (071) to the state (v.fund_budget): the pronoun "it" was read
as the lender and "its" as the state. v.fund_budget now needs others_budget
(objects._own_budget): a budget whose possessive pronoun is the subject pronoun's own form
("it ... its", "they ... their") is the payer's own, as one marked own for the subject is.
Opened set 94 (session 64) had the form in article 03.

Near misses: a report delayed "as it struggles to finance its budget" (coded WB>UGA 071 before);
a state that cannot pay its own budget; ministers funding their deficit.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# another's budget paid for stays aid (promised 03, done 07); the lender's own act stays
CASES: list[Case] = [
    (
        "NAIROBI",
        "The IMF froze a loan to Kenya on Monday, a blow to the government as it struggles to "
        "finance its budget.",
        "IMF>KEN:16",
    ),
    ("CHISINAU", "The EU said it would fund half of Moldova's election budget.", "EU>MDA:03"),
    ("DOHA", "Qatar financed the Palestinian Authority's budget deficit last year.", "QAT>PSE:07"),
    (
        "KAMPALA",
        "The World Bank criticized Uganda's spending, a blow to President Yoweri Museveni's "
        "government as it struggles to finance its budget.",
        "WB>UGA:11",
    ),
]
# ... one's own budget is no one's aid
NONE: list[NearMiss] = [
    (
        "ENTEBBE",
        "The World Bank said on Monday it had delayed a report on Uganda, a blow to President "
        "Yoweri Museveni's government as it struggles to finance its budget.",
    ),
    ("LUSAKA", "Zambia said it could not finance its budget without new loans."),
    ("QUITO", "Ecuador's ministers said they would fund their deficit by selling bonds."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review311_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review311_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
