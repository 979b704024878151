"""Context 34 (session 21, builder PR): references to a pair of states, and reactions to a
deal two states made.

Coded: "the arrangement", with no earlier use of the noun itself, sums up a deal told before
by any noun of the agreement family ("signed an accord ... welcomed the arrangement": rules
deal_summary_nouns, coordination _antecedent_author); a deal's
signers named by a relative clause on its noun ("under an agreement the two governments
signed last year") are its authors (coordination _relative_authors), so a third state's
later reaction to "the arrangement" is aimed at both. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ARRANGEMENTS: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Somalia signed a deal on Friday to share water from the Juba river. "
        "Ethiopia criticized the arrangement.",
        "KEN>SOM:05 SOM>KEN:05 ETH>KEN:11 ETH>SOM:11",
    ),
    (
        "LIMA",
        "Peru and Bolivia reached an accord on Tuesday on gas exports. Chile, which buys most "
        "of Bolivia's gas, welcomed the arrangement.",
        "PER>BOL:05 BOL>PER:05 CHL>PER:05 CHL>BOL:05",
    ),
    (
        "LONDON",
        "Britain sent 30 migrants to Rwanda on Monday under an agreement the two governments "
        "signed in April. France criticized the arrangement.",
        "GBR>RWA:05 RWA>GBR:05 FRA>GBR:11 FRA>RWA:11",
    ),
    (
        "CANBERRA",
        "Australian police arrested 12 men on Nauru on Thursday under a pact the two "
        "governments concluded last year. New Zealand condemned the pact.",
        "AUS>NRU:05 NRU>AUS:05 NZL>AUS:11 NZL>NRU:11",
    ),
    (
        "ROME",
        "Italy sent 25 migrants to Albania on Friday under an agreement the two governments "
        "signed last year. Tunisia, which has its own deal with Italy, praised the arrangement.",
        "ITA>ALB:05 ALB>ITA:05 TUN>ITA:05 TUN>ALB:05",
    ),
]

# near-misses: arrangements of no deal told, a plan only discussed
NONE: list[NearMiss] = [
    (
        "TOKYO",
        "Japan opened a new coast guard base on Friday. China criticized the security "
        "arrangements at the base.",
    ),
    (
        "MADRID",
        "Spanish police detained 40 migrants on Friday under a plan the two governments "
        "discussed last year. Morocco criticized the arrangement.",
    ),
]
GAPS: list[Gap] = []
CASES = ARRANGEMENTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context34_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context34_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
