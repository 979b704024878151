"""Vocabulary 158 (session 67, N67): a seizure told as a noun, its ship's side the protester.

"Jamaica summoned Gabon's consul to protest the seizure of a Jamaica-flagged fishing vessel by
the Gabonese navy": a flag names where a ship is registered, no owner (v.detain_vessel), so
n.seizure_craft (171) finds no target in its of-phrase; the state whose protest at the one
seizer answers the seizure is it (slot protester, as n.closure reads a closure that names no
side, and as v.detain_vessel reads the verb: rules protested_party_patterns). Only a craft
(object_words): "criticized Malta over the arrest of a journalist" stays n.arrest's, with no
protester (the journalist may be the seizer's own).

Near misses: a seizure with no of-phrase ("to protest the seizure": the one told before,
restated); a seizure only feared; an arrest of people protested by a body or a state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KINGSTON",
        "Jamaica summoned Gabon's consul to protest the seizure of a Jamaica-flagged fishing "
        "vessel by the Gabonese navy.",
        "JAM>GAB:11 GAB>JAM:17",
    ),
    (
        "ATHENS",
        "Greece summoned Iran's ambassador after the seizure of a Greek-flagged tanker by "
        "Iranian forces.",
        "GRC>IRN:11 IRN>GRC:17",
    ),
    (
        "MANILA",
        "The Philippines summoned China's envoy to protest the seizure of a fishing boat by the "
        "Chinese coast guard.",
        "PHL>CHN:11 CHN>PHL:17",
    ),
]
NONE: list[NearMiss] = []
# ... the protest stays; no seizure is coded
PROTEST_ONLY: list[Case] = [
    ("ATHENS", "Greece summoned Iran's ambassador to protest the seizure.", "GRC>IRN:11"),
    (
        "VALLETTA",
        "The OSCE on Tuesday criticized Malta over the arrest of an investigative journalist.",
        "OSCE>MLT:11",
    ),
    (
        "TBILISI",
        "Estonia barred 28 Georgian officials over the jailing of opposition activists.",
        "EST>GEO:16",
    ),
    (
        "OSLO",
        "Norway summoned Russia's ambassador over fears of a seizure of fishing boats by the "
        "Russian navy.",
        "NOR>RUS:11",
    ),
]
CASES += PROTEST_ONLY
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary158_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary158_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
