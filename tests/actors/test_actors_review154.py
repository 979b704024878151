"""Review 154 (session 68, X68): a diplomacy voice goes on with the answer of the state before.

"BAKU -- Iran denied the charges and summoned Azerbaijan's ambassador. Foreign ministry
spokesman X demanded ...": a spokesperson or foreign-ministry voice stated with no state was
given the dateline's state, the one Iran answered. When the sentence right before has one
other state as its main subject denying a charge (descriptions.yaml denial_verbs: deny,
reject, dismiss, refute, rebuff), the voice is that state's (Resolver._voice_answering, which
reads the sentence before as _answering_subject does in a story with no dateline).

Near misses: after the other state's deed (missiles fired, drones launched) the voice is the
victim's, the dateline's; a voice that acts on the state before, or names it in its own
sentence ("told reporters that India should cooperate"), is not its voice; a
government's spokesman (no diplomacy voice) keeps the dateline; the dateline state's own office
named with its state stays its.

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
        "BAKU",
        "Iran denied the charges and summoned Azerbaijan's ambassador. Foreign ministry "
        "spokesman Ali Rahimi demanded that the detained men be freed.",
        "IRN>AZE:11 IRN>AZE:10",
    ),
    (
        "WARSAW",
        "Belarus denied pushing migrants across the border. Foreign Ministry spokesman Anatoly "
        "Glaz accused the European Union of hypocrisy.",
        "BLR>EU:11",
    ),
    (
        "TBILISI",
        "Russia rejected Georgia's protest on Monday. Foreign Ministry spokeswoman Maria Orlova "
        "accused the United States of stirring unrest.",
        "RUS>GEO:12 RUS>USA:11",
    ),
    (
        "TOKYO",
        "China dismissed the report. A foreign ministry spokesman urged the United States to "
        "stop meddling.",
        "CHN>USA:02",
    ),
    # ... not after the other state's deed: the victim's voice
    (
        "KYIV",
        "Russia launched drones at Kyiv overnight. Foreign Ministry spokesman Oleg Marchenko "
        "condemned the attack.",
        "RUS>UKR:19 UKR>RUS:11",
    ),
    (
        "SEOUL",
        "North Korea fired two missiles into the sea. Foreign Ministry spokesman Lim Soo-suk "
        "urged Pyongyang to stop.",
        "KOR>PRK:02",
    ),
    # ... nor when the voice acts on the state that answered
    (
        "MANILA",
        "China denied the charges. Foreign Ministry spokeswoman Teresa Daza accused Beijing of "
        "lying.",
        "PHL>CHN:11",
    ),
    (
        "OTTAWA",
        "India rejected the allegations on Monday. Foreign Minister Anita Clarke told reporters "
        "that India should cooperate with the inquiry.",
        "CAN>IND:02",
    ),
    (
        "OTTAWA",
        "India rejected the allegations on Monday. Foreign Ministry spokesman Arjun Rao accused "
        "Canada's government of sheltering militants.",
        "IND>CAN:11",
    ),
    # ... nor when the dateline state's office is named with its state in between
    (
        "BAKU",
        "Iran denied the charges. Azerbaijan's foreign ministry summoned the Iranian ambassador. "
        "Foreign ministry spokesman Ali Rahimi demanded that Tehran free the men.",
        "AZE>IRN:11 AZE>IRN:10",
    ),
    # ... nor a government's spokesman, who speaks at home too
    (
        "ATHENS",
        "Turkey rejected the claims. Government spokesman Pavlos Marinakis urged the European "
        "Union to act.",
        "GRC>EU:02",
    ),
]
NEAR_MISSES: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review154_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS, strict=True)
)
def test_actors_review154_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
