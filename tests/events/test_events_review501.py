"""Review 501 (session 70, GC70): a captivity told beside a release, and beside a demand.

Session 70's convention 1 (tests/gold/README.md, "Conventions decided (session 70)"): when a
state frees people whose captivity is told only in a modifier of them (a participle, a relative
clause, "it had held"), with or without its length ("who had been held for six weeks", "jailed
for more than two years"), the release is coded and the detention is optional in the gold, so
the coder codes the release alone, as test_events_vocabulary3 and test_events_reactions40
decided. A demand that a state free people it detained, the detention told by a participle
with its doer, codes the detention too (required in 11 of 13 open rows; PA69's holder rule).

Near misses: people held by a non-state group; a captivity told only inside a complaint.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the release alone, whatever the captivity's length
    (
        "",
        "Uzbekistan on Friday released a Latvian photographer who had been held for seven weeks "
        "on charges of filming a border post.",
        "UZB>LVA:08",
    ),
    ("", "Belarus freed a Lithuanian teacher jailed for more than three years.", "BLR>LTU:08"),
    # "it had detained": a relative clause with its own subject is a finite act and codes; the
    # gold lists it optional (sets 16, 101, 104), so the 17 is neither rewarded nor penalised
    (
        "",
        "Sudan released nine Kenyan truck drivers it had detained for a month near Port Sudan.",
        "SDN>KEN:08 SDN>KEN:17",
    ),
    # a demand to free people the addressee detained: the detention is coded too
    (
        "",
        "Ghana demanded that Togo release 12 Ghanaian traders arrested by Togolese police at "
        "the Aflao crossing.",
        "GHA>TGO:10 TGO>GHA:17",
    ),
]
# ... held by a non-state group; a captivity told inside a complaint (the complaint's own verb
# is absent here, so nothing codes)
NONE: list[NearMiss] = [
    ("", "Two Danish nurses held for a month by a criminal gang were freed on Sunday."),
    ("", "The traders said they had been held for nine days without a lawyer."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review501_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review501_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
