"""Review 154 (session 69, O101): a body's officer posted to a state, named by a back-reference.

"The bank's country director for Somalia, X, rejected ...", "The fund's mission chief for
Zambia, X, said": the officer of an IGO named back by its description ("the bank", "the fund",
"the agency", "the lender") acts for that IGO, not for the state the for-phrase posts the
officer to (offices.yaml igo_titles; resolve `_described_igo_before` in `_add_person`). Before,
the possessive description lay outside the title phrase, so the phrase's only actor was the
posting's state, and the officer's words and deeds went to that state ("ZMB>MWI" for the fund's
criticism of Malawi; the bank's rejection of Kenya's criticism was lost as Kenya's own).
"The World Bank's country director for Kenya, X," (the body by name) and "the fund's mission
chief in Zambia, X," (an in-phrase) already acted for the body.

Near misses (cases that keep their old reading): a state's envoy "for" another state or for a
portfolio stays the state's; a title a member's leader holds in turn ("the bloc's chair for this
year, Kenyan President X") keeps its holder's state beside the bloc, as before (rotating titles
are left out of this rule); no IGO named before, no IGO given.
Gaps (strict, older than this rule): a private bank's or a charity's officer "for Zambia" is
still Zambia's.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
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
        "NAIROBI",
        "The World Bank froze a loan to Kenya on Monday. Kenya criticized the decision. The "
        "bank’s country director for Kenya, Anna Holt, rejected the criticism.",
        "WB>KEN:16 KEN>WB:11 WB>KEN:12",
    ),
    (
        "LUSAKA",
        "The IMF suspended a loan to Zambia. The fund’s mission chief for Zambia, Maria Lopez, "
        "criticized Malawi on Monday.",
        "IMF>ZMB:16 IMF>MWI:11",
    ),
    (
        "KAMPALA",
        "The World Health Organization sent doctors to Uganda. The agency’s representative for "
        "Uganda, Paul Odhiambo, thanked Kenya for its help.",
        "WHO>UGA:07 WHO>KEN:05",
    ),
    (
        "MAPUTO",
        "The World Bank approved a grant for Mozambique. The lender’s country manager for "
        "Mozambique, Ines Duarte, praised Portugal for its support.",
        "WB>MOZ:07 WB>PRT:05",
    ),
    # unchanged: an in-phrase, and the body by name
    (
        "LUSAKA",
        "The IMF halted a loan to Zambia. The fund’s mission chief in Zambia, Maria Lopez, "
        "criticized Malawi on Monday.",
        "IMF>ZMB:16 IMF>MWI:11",
    ),
    (
        "NAIROBI",
        "The World Bank’s country director for Kenya, Maria Lopez, criticized Uganda on Monday.",
        "WB>UGA:11",
    ),
]
# a state's envoy or minister "for" something stays the state's
CASES += [
    (
        "LUSAKA",
        "The IMF suspended a loan to Zambia. Malawi’s envoy for Zambia, Maria Lopez, criticized "
        "the fund on Monday.",
        "IMF>ZMB:16 MWI>IMF:11",
    ),
    (
        "LUSAKA",
        "The IMF suspended a loan to Zambia. Zambia’s ambassador for trade, Maria Lopez, "
        "criticized Malawi on Monday.",
        "IMF>ZMB:16 ZMB>MWI:11",
    ),
    (
        "ADDIS ABABA",
        "Kenya took over the African Union chair this year. The bloc’s chair for this year, "
        "Kenyan President William Ruto, criticized Sudan.",
        "AU>SDN:11 KEN>SDN:11",
    ),
]
# the posted officer's visit is the body's visit to the state
CASES += [
    (
        "LUSAKA",
        "The IMF suspended a loan to Zambia. The fund’s mission chief for Zambia, Maria Lopez, "
        "arrived in Lusaka on Monday.",
        "IMF>ZMB:16 IMF>ZMB:04",
    ),
]
# no IGO named before the description: the rule gives nothing
NONE: list[NearMiss] = [
    (
        "LUSAKA",
        "Zambia’s central bank raised rates. The bank’s governor for Zambia, Maria Lopez, said "
        "growth would slow.",
    ),
]
GAPS: list[Gap] = [
    (
        "LUSAKA",
        "Standard Bank opened a branch in Lusaka. The bank’s country director for Zambia, Maria "
        "Lopez, criticized Malawi on Monday.",
        "",
        "a private body's officer still takes the posting's state (ZMB>MWI)",
    ),
    (
        "LUSAKA",
        "Oxfam opened an office in Lusaka. The charity’s country director for Zambia, Maria "
        "Lopez, criticized Malawi on Monday.",
        "",
        "a charity's officer still takes the posting's state (ZMB>MWI)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review154_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_actors_review154_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
