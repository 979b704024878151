"""Vocabulary 95 (session 51, O70): a reading rejected, and data named by what it tells.

- "Irish officials rejected that reading" after a summons over remarks found no act to
  answer: a reading or an interpretation is a characterization of one's words or deeds by
  another (rules.yaml reaction_matches and claim_nouns: reading, interpretation), so its
  rejection answers the latest complaint, charge or statement aimed at the rejecter (12).
- "had shared the tanker's satellite position data with the Libyan side" coded nothing:
  "position" is a stance noun of v.share_view, which took the compound and found no stance
  owner. Data, information or records named by what they tell are handed over
  (v.share_view unless_objects), so v.share_intel reads them (064).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "QUITO",
        "Ecuador's Foreign Ministry said it had summoned Peru's ambassador to express its concern "
        "at remarks by Peru's president on the border. Peruvian officials rejected that reading.",
        "ECU>PER:11 PER>ECU:12",
    ),
    (
        "SANTIAGO",
        "Chile summoned Bolivia's ambassador on Monday over the remarks. Bolivian officials "
        "rejected that interpretation.",
        "CHL>BOL:11 BOL>CHL:12",
    ),
    (
        "ZAGREB",
        "Croatia's Maritime Authority said it had shared the ship's satellite position data with "
        "the Tunisian side on Monday.",
        "HRV>TUN:06",
    ),
    ("SPLIT", "Croatia said it had shared position data with Tunisia on Monday.", "HRV>TUN:06"),
    # a stance taken up is still endorsed
    ("CANBERRA", "Australia said it shared New Zealand's position on the treaty.", "AUS>NZL:05"),
]

NEAR_MISSES: list[NearMiss] = [
    ("OSLO", "Norway's finance minister questioned that reading of the budget figures."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary95_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary95_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
