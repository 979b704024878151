"""Review 153 (session 68, X68): the bodies an IGO names to look into a conflict.

"A U.N. group of experts accused Rwanda ...", "a U.N. expert panel", "a U.N. commission of
inquiry", "a U.N. working group on arbitrary detention": the IGO's own bodies of inquiry, which
report and speak for it as its "experts", "investigators" and "monitors" already did
(roles.yaml igo_staff, read after an IGO's name by Resolver.find_groups). Only "panel of
experts" was listed, so every other wording was nobody and its accusation was lost.

Near misses: a state's or a parliament's panel, and experts of a state, act for no IGO.
Gaps (strict): a bare "panel" is left out ("France became a member of the UN panel on Sudan"
joins no IGO: events context25), so "a United Nations panel accused Syria" is nobody's; a state
made a member of "the U.N. working group" is coded joining the UN; "Its envoy, Malaysian
diplomat X" after an IGO codes nothing for the envoy; "Members of a U.N. panel" are nobody.
A diplomacy voice right after another state's denial, under the dateline of the state it
answers, takes the dateline's state (the rule for it is on branch b/X68-voice, not kept: a blind
set lost two events to it).

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
        "NEW YORK",
        "A U.N. group of experts accused Rwanda of backing the rebels.",
        "UN>RWA:11",
    ),
    (
        "KINSHASA",
        "A United Nations group of experts said in a report that Uganda had armed the rebels.",
        "UN>UGA:11",
    ),
    (
        "GENEVA",
        "A U.N. commission of inquiry accused Syria of war crimes.",
        "UN>SYR:11",
    ),
    (
        "NEW YORK",
        "A U.N. expert panel accused Rwanda of backing the rebels.",
        "UN>RWA:11",
    ),
    (
        "NEW YORK",
        "A U.N. working group on arbitrary detention urged Iran to free the journalist.",
        "UN>IRN:02",
    ),
    (
        "JUBA",
        "An AU commission of inquiry accused South Sudan of abuses against civilians.",
        "AU>SSD:11",
    ),
    # ... and the report of one, welcomed by a state
    (
        "KINSHASA",
        "Congo welcomed a report by a U.N. group of experts that accused Rwanda of backing the "
        "rebels.",
        "COD>UN:05 UN>RWA:11",
    ),
]
# a state's panel or a state's experts are no IGO's body
NEAR_MISSES: list[NearMiss] = [
    ("NAIROBI", "A Kenyan panel of experts accused Somalia of meddling."),
    ("NAIROBI", "A panel of Kenyan experts accused Somalia of meddling in the election."),
    ("NAIROBI", "A government panel accused Somalia of meddling."),
]
GAPS: list[Gap] = [
    (
        "BAKU",
        "Iran denied the charges and summoned Azerbaijan's ambassador. Foreign ministry "
        "spokesman Ali Rahimi demanded that the detained men be freed.",
        "IRN>AZE:11 IRN>AZE:10",
        "the voice takes the dateline's state (AZE>IRN:10); fix on b/X68-voice, not kept",
    ),
    (
        "GENEVA",
        "A United Nations panel accused Syria of starving civilians.",
        "UN>SYR:11",
        "a bare 'panel' is no IGO body (left out: a state joins 'the UN panel on Sudan')",
    ),
    (
        "ADDIS ABABA",
        "An African Union panel urged Ethiopia and Eritrea to resume talks.",
        "AU>ETH:02 AU>ERI:02",
        "a bare 'panel' is no IGO body",
    ),
    (
        "PARIS",
        "France became a member of the U.N. working group on Sudan.",
        "",
        "membership of an IGO's working group is coded as joining the IGO (FRA>UN:05)",
    ),
    (
        "JAKARTA",
        "ASEAN urged Myanmar's junta to end the violence. Its special envoy, Malaysian diplomat "
        "Ahmad Razak, urged the generals to free prisoners.",
        "ASEAN>MMR:02 ASEAN>MMR:02",
        "the envoy's appeal is not coded (nationality, not the IGO 'its' names)",
    ),
    (
        "GENEVA",
        "Members of a United Nations panel criticized Eritrea over forced conscription.",
        "UN>ERI:11",
        "members of a panel are nobody",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review153_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS, strict=True)
)
def test_actors_review153_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
