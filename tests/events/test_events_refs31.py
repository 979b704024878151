"""References 31 (session 48, P21): a visit's sides given by "the visitor", "her host" and
a surname past an envoy's post, across sentences.

- Who a state's actor met or received in a place of his own state is the visitor
  (described._met_at_home): "Senegal's minister met her Malian counterpart in Dakar. She
  thanked the visitor" is SEN>MLI 05. In a third state's place, or in the visitor's own
  capital, no one is (the minister met there may be the host).
- The place of a receiving hosts the visit (described._hosting), also when the parser hung
  "in Lusaka" on the guest: "Zambia's president received Malawi's minister in Lusaka.
  Phiri thanked her host" is MWI>ZMB 05.
- "Qatar's special envoy for Sudan, Khalid Al-Mansouri," is the envoy's name though the
  parser hangs it on the post's state (Resolver._appositive_to_person).
- The subject of "welcomed the visit" is no visitor (visit_judging_verbs).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DAKAR",
        "Senegalese Foreign Minister Awa Diop met her Malian counterpart in Dakar on Monday. "
        "She thanked the visitor for Mali's help with the refugees.",
        "SEN>MLI:04 SEN>MLI:05",
    ),
    (
        "LUSAKA",
        "Zambian President Peter Banda received Malawi's foreign minister, Grace Phiri, in "
        "Lusaka on Monday. Phiri thanked her host for the warm welcome.",
        "ZMB>MWI:04 MWI>ZMB:05",
    ),
    (
        "DOHA",
        "Qatar's special envoy for Sudan, Khalid Al-Mansouri, arrived in Port Sudan on Sunday. "
        "Al-Mansouri also held talks with Sudan's finance minister.",
        "QAT>SDN:04 QAT>SDN:04",
    ),
    (
        "LIMA",
        "Peru's foreign minister, Rosa Quispe, held talks with Bolivian Foreign Minister Jorge "
        "Mamani in Lima on Friday. Mamani welcomed the visit. Quispe spoke of trade. She toured "
        "a market. Officials spoke. Mamani praised his guest.",
        "PER>BOL:04 BOL>PER:05",
    ),
    # met in a third state's place, or in the Malian's own capital: no one is "the visitor"
    (
        "PARIS",
        "Senegalese Foreign Minister Awa Diop met her Malian counterpart in Paris on Monday. "
        "Diop later thanked the visitor for the gift.",
        "SEN>MLI:04",
    ),
    (
        "BAMAKO",
        "Senegalese Foreign Minister Awa Diop met her Malian counterpart in Bamako on Monday. "
        "Diop later thanked the visitor for the gift.",
        "SEN>MLI:04",
    ),
    # "the minister" may be either minister: only the stay codes
    (
        "HANOI",
        "Vietnam's foreign minister spoke on Monday. Laotian Foreign Minister Somsak Vongsa "
        "was also in Hanoi. The minister thanked the visitor for Laos's support.",
        "LAO>VNM:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a private visitor's host thanked by a private person
    (
        "HANOI",
        "Businessman Tran Quoc Bao hosted a Laotian trader in Hanoi on Monday. The trader "
        "thanked his host for the dinner.",
    ),
]

GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Kenya's president received Ugandan Foreign Minister John Okot in Nairobi on Monday. "
        "A Rwandan delegation also arrived in Nairobi. He thanked the visitor for the gift.",
        "KEN>UGA:04 RWA>KEN:04",
        "two visitors and two men: 'He' is taken for the Ugandan and 'the visitor' for the"
        " Rwandans (UGA>RWA 05); both should stay unresolved",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_refs31_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_refs31_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
