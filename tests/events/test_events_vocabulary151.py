"""Vocabulary 151 (session 67, C67): "curtailed imports from Belarus" (an embargo) and
"ferried fuel to Sri Lanka" (aid delivered by boat).

C67's battery of invented wire sentences with verbs the open sets do not use coded "Latvia
restricted imports from Russia" and "Lithuania curbed trade with Belarus" as an embargo (163)
but nothing for "curtailed": v.ban_trade lacked the lemma, though v.cut_ties and
v.suspend_cooperation read "curtailed contacts" and "curtailed cooperation". v.ban_trade now
lists "curtail". Likewise "Turkey trucked flour into Syria" was aid (07) but "India ferried fuel
to Sri Lanka" nothing: v.provide_aid and v.ship_tons now list "ferry".

Near misses: a state curtailing its own spending or travel names no partner; "curtailed
imports" by a percentage is a trade figure (unless_words); a ferry company's passengers or a
minister ferried to talks are no goods given.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("VILNIUS", "Lithuania curtailed imports from Belarus on Monday.", "LTU>BLR:16"),
    ("RIGA", "Latvia curtailed trade with Russia after the border incident.", "LVA>RUS:16"),
    ("WARSAW", "Poland sharply curtailed grain shipments from Ukraine.", "POL>UKR:16"),
    ("COLOMBO", "India ferried fuel and medicine to Sri Lanka on Friday.", "IND>LKA:07"),
    ("MALE", "India ferried 500 tons of rice to the Maldives.", "IND>MDV:07"),
]
NONE: list[NearMiss] = [
    ("TALLINN", "Estonia curtailed public spending on Monday."),
    ("HELSINKI", "Finland curtailed imports from Russia by 40 percent last year."),
    ("JAFFNA", "The ferry company ferried tourists to Sri Lanka."),
    ("ADDU", "India ferried the minister to Male for talks."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary151_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary151_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
