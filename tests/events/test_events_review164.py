"""Review 164 (session 49, O71): a pair looked past, and an IGO's staff sent out.

- A list the parties look past ("as both countries look for markets beyond China and the
  United States") was taken for "the two leaders" / "the two countries" of the next
  sentence, so the story's own talks went to the two states named as markets. A list after
  "beyond" is now places, as a list after "through" or "via" is (plurals.yaml route_preps:
  Resolver's plurals skip it as a bystander), and the plural takes the story's pair.
- An IGO's adviser, coordinator or rapporteur ordered to leave the country was a demand
  (v.tell_to, 1056) where a diplomat so ordered is an expulsion: v.order_leave (166) now
  reads these staff too, and a later "criticized the expulsion" finds the expeller. A
  state's own adviser told to leave a meeting stays no event.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a list looked past is no pair
    (
        "ACCRA",
        "Ghana and Togo want markets beyond China and India. The two countries signed a customs"
        " deal on Monday.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "QUITO",
        "Kenya's president signed a trade deal with Ecuador on Monday, as both countries look for"
        " markets beyond China and the United States. Ecuador's president welcomed his guest at"
        " the palace, and the two leaders held talks on bananas and tea.",
        "KEN>ECU:05 KEN>ECU:04 ECU>KEN:04",
    ),
    (
        "HANOI",
        "Chile's president met Vietnam's president on Monday, as both look beyond Japan and India."
        " The two leaders held talks on copper.",
        "CHL>VNM:04 CHL>VNM:04 VNM>CHL:04",
    ),
    # an IGO's staff ordered out of the country: an expulsion
    (
        "HARARE",
        "The government of Zimbabwe on Monday ordered a senior United Nations human rights adviser"
        " to leave the country within seven days.",
        "ZWE>UN:16",
    ),
    ("CARACAS", "Venezuela told the EU's special rapporteur to depart within 72 hours.", "VEN>EU:16"),
    (
        "MINSK",
        "Belarus ordered an OSCE election monitor to leave the country, accusing him of spying.",
        "BLR>OSCE:16 BLR>OSCE:11",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("LOME", "Benin's cotton goes through Togo and Ghana. The two countries raised transit fees."),
    ("HARARE", "Zimbabwe's government ordered its security adviser to leave the meeting."),
    ("NAIROBI", "Kenya's president ordered his economic adviser to leave the cabinet."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review164_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review164_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
