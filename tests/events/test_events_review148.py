"""Review 148 (session 47, O66): an envoy summoned or called to "the ministry" with no
summoner named.

- "The Colombian ambassador was summoned to the ministry": with no agent, no place that is
  a state's, no envoy's post and no earlier counterpart, the ministry named without an owner
  is the dateline capital's, whose state summoned him (extract._dateline_summoner, places in
  rules.yaml summoning_places; only a summons, 114, of an envoy, never a recall or one
  called "home"/"back" or "to Santiago"; a bare "was summoned on Monday" stays uncoded, as
  tests/events/test_events_dev15.py and test_events_silent17.py keep it).
- "the ministry" the actors stage tied to the envoy's own state is no place of the summons:
  the state his post names summoned him ("The Chilean ambassador in Lima was summoned to
  the ministry": Peru; extract._summoning_place).
- An envoy "called to the ministry" or "to the Foreign Ministry" is summoned
  (v.call_to_ministry, 114; the envoy's side as for v.summon).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "QUITO",
        "The Colombian ambassador, Jorge Perez, was summoned to the ministry and handed a"
        " protest note, a ministry spokesman said.",
        "ECU>COL:11",
    ),
    ("LIMA", "The Chilean ambassador in Lima was summoned to the ministry on Monday.", "PER>CHL:11"),
    ("QUITO", "The Colombian ambassador was called to the ministry on Monday.", "ECU>COL:11"),
    (
        "UNITED NATIONS",
        "The Venezuelan ambassador in Bridgetown, Ana Diaz, was called to the Foreign Ministry"
        " on Wednesday.",
        "BRB>VEN:11",
    ),
    (
        "ACCRA",
        "Togo's charge d'affaires was called to the foreign ministry on Friday over the border"
        " incident.",
        "GHA>TGO:11",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # called back by his own state
    ("LIMA", "Chile's ambassador in Lima was summoned to Santiago for consultations."),
    ("LIMA", "Chile's ambassador was summoned home on Monday."),
    # the dateline's own envoy, no envoy, no ministry named, or an envoy posted elsewhere
    ("QUITO", "Ecuador's ambassador was summoned to the ministry on Monday."),
    ("QUITO", "The Colombian ambassador was summoned on Monday."),
    ("LONDON", "Uruguay's ambassador to the United Nations was summoned to the ministry on Friday."),
    ("QUITO", "The Colombian minister was called to the office on Monday."),
    ("QUITO", "The Colombian ambassador was called to the stage to speak."),
]

GAPS: list[Gap] = [
    (
        "QUITO",
        "Ecuador called the Colombian ambassador to the ministry on Monday.",
        "ECU>COL:11",
        "the active form is read as a phone call (v.phone fires first on 'called' + person)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review148_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review148_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
