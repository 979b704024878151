"""Vocabulary 140 (session 65, V2): a state's private national charged is legal action (173).

- "German prosecutors charged a Russian national with spying", "Iran charged a French tourist
  with espionage", "charged four Indian nationals": a charge laid on another state's national,
  named by the plain noun of a person (national, citizen, man, tourist ...), is legal action on
  the person, coded to the state as an arrest is (173, v.charge_national), as v.charge's
  private_code already made of "a Danish journalist". Before, such a national had no role the
  private test reads, and v.charge took the charge for blame of the state (112). The open sets
  code such charges 17.
- The state's own diplomats or ministers charged, and a state charged by name, stay blame
  (112, v.charge); a fee charged is no charge at all (price words).

Found by X65's probe battery of invented wire sentences, not by any gold set. Near misses:
diplomats, ministers and states charged; fees; a domestic charge with no foreign national;
a sports charge.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("BERLIN", "German prosecutors charged a Russian national with spying on Thursday.", "DEU>RUS:17"),
    ("TEHRAN", "Iran charged a French tourist with espionage.", "IRN>FRA:17"),
    ("OTTAWA", "Canadian police have charged three Indian nationals over the killing.", "CAN>IND:17"),
    ("LONDON", "British police charged two Chinese men with helping Hong Kong's spy agency.", "GBR>CHN:17"),
    ("MOSCOW", "Russia charged two Estonian diplomats with espionage.", "RUS>EST:11"),
    ("MOSCOW", "Moscow charged the Latvian foreign minister with inciting hatred.", "RUS>LVA:11"),
    ("BERLIN", "Germany charged Russia with a campaign of sabotage.", "DEU>RUS:11"),
]
NONE: list[NearMiss] = [
    ("ROTTERDAM", "The port charged Chinese nationals a higher entry fee."),
    ("PARIS", "French police charged a man with murder in Marseille."),
    ("MADRID", "The English striker was charged with violent conduct after the match."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary140_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary140_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
