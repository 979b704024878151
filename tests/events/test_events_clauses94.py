"""Clauses 94 (session 63, J63): a judgement told before a demand is aimed at whom it is made of.

"Poland said the seizure was illegal and demanded that Minsk release the ship": a judgement
with no target of its own (a deed noun that names no author) joined before an appeal of its
source is aimed at whom the appeal is (reactions._appeal_partner), and a demand is such an
appeal as well as an urging is (rules told_appealed_roots "10"): the reported charge (11)
and the demand (10), as "... and urged Minsk to release the ship" already codes both. So is
a rejection naming no one ("Kenya rejected the accusations and demanded that Somalia
release the aid workers": 12 and 10). Other judgements keep to an urging (appealed_roots).

Near misses (only the demand codes): the deed judged is a third state's ("Russia's seizure");
the said clause judges nothing ("the talks had been useful"); it tells the speaker's own act.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._appeal_partner: a demand joined after the judgement names whom it is aimed at
DEMANDED: list[Case] = [
    (
        "ACCRA",
        "Ghana said the seizure of the trawler was illegal and demanded that Togo release its "
        "crew.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
    (
        "HANOI",
        "Vietnam's foreign ministry said the arrests were unjustified and demanded that "
        "Cambodia free the fishermen.",
        "VNM>KHM:11 VNM>KHM:10",
    ),
    (
        "SANTIAGO",
        "Chile said the blockade of the port was a provocation and demanded that Bolivia lift "
        "it at once.",
        "CHL>BOL:11 CHL>BOL:10",
    ),
]
# ... not a third state's deed, nor a clause that judges nothing or tells the speaker's own
NOT_DEMANDED: list[Case] = [
    (
        "KIGALI",
        "Rwanda said Uganda's seizure of the trucks was illegal and demanded that Burundi "
        "release the drivers.",
        "RWA>UGA:11 RWA>BDI:10",
    ),
    (
        "LIMA",
        "Peru said the talks in Quito had been useful and demanded that Ecuador release the "
        "fishing boat.",
        "PER>ECU:10",
    ),
    (
        "LIMA",
        "Peru said its own decision was final and demanded that Ecuador release the fishing "
        "boat.",
        "PER>ECU:10",
    ),
]
# ... and a rejection naming no one before a demand, as before an urging (set 85's shape)
REJECTED: list[Case] = [
    (
        "NAIROBI",
        "Kenya rejected the accusations and demanded that Somalia release the aid workers.",
        "KEN>SOM:12 KEN>SOM:10",
    ),
    (
        "NAIROBI",
        "Kenya's foreign ministry dismissed the claims and demanded that Mogadishu return the "
        "seized trucks.",
        "KEN>SOM:12 KEN>SOM:10",
    ),
    # a third state's accusations named: theirs, not the demanded state's
    (
        "NAIROBI",
        "Kenya rejected Ethiopia's accusations and demanded that Somalia free the aid workers.",
        "KEN>ETH:12 KEN>SOM:10",
    ),
]
CASES: list[Case] = DEMANDED + NOT_DEMANDED + REJECTED
NONE: list[NearMiss] = [
    ("LIMA", "Peru said the seizure was illegal and demanded the release of the crew."),
    ("NAIROBI", "Kenya rejected the accusations and demanded the release of the aid workers."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses94_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses94_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
