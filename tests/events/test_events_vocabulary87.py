"""Vocabulary 87 (session 48, P17): a trade figure, and outlaws or a political camp named by
their nationality, code nothing.

- An export told by its worth ("Peru exported $30 million worth of grapes to Japan last
  year, according to customs data") is a trade statistic, background to the story: the gold
  sets code none of them. v.export_to's unless_words hold "worth"; an export told as done
  ("Peru exported 30,000 tons of grapes to Japan") still codes (061).
- Smugglers, traffickers, poachers and pirates, nationalists and extremists named by their
  nationality ("Cambodia blamed Thai smugglers for the attack", "blamed Thai nationalists for
  stirring tension", "accused Serbian extremists") act for no state: they are role nouns of
  private roles (actors/roles.yaml: CVL, OPP, REB), so a judgement of them is aimed at no
  state, while what is done to them (an arrest, fire) still codes to their state
  (rules private_target_roots), as for "Thai militants" or "Thai protesters".

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # an export told as done still codes
    ("LIMA", "Peru exported 30,000 tons of grapes to Japan in March.", "PER>JPN:06"),
    ("HANOI", "Vietnam exported rice to the Philippines under the new accord.", "VNM>PHL:06"),
    # what is done to outlaws named by nationality still codes to their state
    ("VIENTIANE", "Lao police arrested 12 Thai smugglers near the Mekong.", "LAO>THA:17"),
    ("MOMBASA", "Tanzania's navy fired on Somali pirates off Pemba.", "TZA>SOM:19"),
    # a state's forces are the state
    ("YEREVAN", "Armenia blamed Azerbaijani troops for the blast.", "ARM>AZE:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # a trade figure: the worth of a year's exports
    ("LIMA", "Peru exported about $30 million worth of grapes to Japan last year, according to customs data."),
    ("HANOI", "Vietnam exported $2 billion worth of rice to the Philippines in 2025, official figures show."),
    ("ACCRA", "Ghana exports roughly $800 million worth of cocoa to the Netherlands each year."),
    # outlaws and a political camp named by their nationality, judged
    ("VIENTIANE", "Laos blamed Thai smugglers for the attack on the ferry."),
    ("YEREVAN", "Armenian state media blamed Azerbaijani nationalists for stirring tension."),
    ("LJUBLJANA", "Slovenia accused Croatian extremists of defacing the consulate."),
    ("HANOI", "Vietnam criticized Chinese traffickers for smuggling wildlife."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary87_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary87_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
