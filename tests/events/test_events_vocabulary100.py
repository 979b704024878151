"""Vocabulary 100 (session 54, O80): two-word IGO titles written apart, Trinidad alone.

- "The director general of the World Health Organization met ...", "The secretary general of
  NATO praised ...": a two-word title written without a hyphen, whose second word the parser
  reads as the first's adjective (or as the head, the first its compound), reaches its
  of-phrase's body as "director-general" does (rules title_tails; parties._hyphened_preps,
  _titled_tail); a private body or a state's own service after "of" still names no party.
- "Trinidad's foreign minister", "accused Trinidad of": the short name of Trinidad and Tobago,
  as wire copy writes it (actors/states_extra.yaml); a person named Trinidad and a town of
  that name in another state are no state.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a two-word IGO title written apart: its of-phrase's body acts
    ("ADDIS ABABA", "The director general of the World Health Organization met Ethiopia's prime minister on Monday.", "WHO>ETH:04"),
    ("ROME", "The director general of the Food and Agriculture Organization thanked Kenya for its help.", "UN>KEN:05"),
    ("GENEVA", "The director general of the International Labour Organization urged Bangladesh to raise wages.", "UN>BGD:02"),
    ("BRUSSELS", "The secretary general of NATO praised Norway for its patrols.", "NATO>NOR:05"),
    ("VIENNA", "The director general of the International Atomic Energy Agency criticized Syria on Tuesday.", "IAEA>SYR:11"),
    # the hyphened form, as before
    ("VIENNA", "The director-general of the International Atomic Energy Agency met Egypt's president on Thursday.", "IAEA>EGY:04"),
    # Trinidad alone is Trinidad and Tobago
    ("PORT OF SPAIN", "Trinidad's foreign minister thanked Guyana for its help on Monday.", "TTO>GUY:05"),
    ("CARACAS", "Venezuela accused Trinidad of sheltering smugglers.", "VEN>TTO:11"),
    ("BRASILIA", "Brazil's president met Trinidad's prime minister in Brasilia on Monday.", "BRA>TTO:04"),
    # a town named Trinidad in another state is no party
    ("LA PAZ", "Bolivian police arrested 12 Brazilian men in Trinidad, the capital of Beni province.", "BOL>BRA:17"),
]

NEAR_MISSES: list[NearMiss] = [
    # a private body's director general is no state's or IGO's
    ("ACCRA", "The director general of the company met Togo's president on Monday."),
    ("LAGOS", "The secretary general of the traders' union criticized Benin on Tuesday."),
    # a general of no named body
    ("LAGOS", "The general of the old guard praised the rebels on Tuesday."),
    # a person named Trinidad
    ("MADRID", "Trinidad Lopez, a retired teacher, praised the festival on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary100_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary100_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
