"""Context 101 (session 46, O64): a sentence's opening name read as an adverb, and a threat
that names the pair of warner and warned.

- "Nauru recalled its ambassador": the tagger may read a sentence's opening name as an
  adverb (advmod, even tagged RB) of the past verb right after it, leaving the verb without
  a subject; it is the subject (nlp._subjects_read_as_adverbs). A name listed after a colon
  that the parser then made the verb's subject ("..., leaving Taiwan with three allies:
  Palau and Tuvalu") is the list's, not the verb's.
- "warned that Kenya would suspend the two countries' joint commission if Uganda did not
  agree to an inquiry": the pair of the warner and the condition's party names no third
  party, so the warner's own act on a condition threatens that party (v.warn_if through
  clauses._own_unaimed_acts); a pair of two others still does.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("APIA", "Nauru recalled its ambassador from Canberra on Monday.", "NRU>AUS:16"),
    (
        "APIA",
        "Nauru switched recognition from Taipei to Beijing in 2024, leaving Taiwan with three"
        " allies: Palau, Tuvalu and the Marshall Islands.",
        "NRU>CHN:05",
    ),
    ("APIA", "Tuvalu recalled its ambassador from Canberra on Monday.", "TUV>AUS:16"),
    (
        "NAIROBI",
        "Relations between Kenya and Uganda have soured. Kenya warned that it would suspend the"
        " two countries' joint commission on security if Uganda did not free the traders within"
        " 10 days.",
        "KEN>UGA:13",
    ),
    (
        "NAIROBI",
        "Relations between Kenya and Uganda have soured. Foreign Minister Jane Otieno warned that"
        " Kenya would suspend the two countries' joint permanent commission on defense if Uganda"
        " did not agree to an inquiry within 14 days.",
        "KEN>UGA:13",
    ),
    # a pair of two others: the signing only, no threat
    (
        "NAIROBI",
        "Uganda and Tanzania signed a pact on Monday. Kenya warned that it would suspend the two"
        " countries' transit rights if Uganda did not pay its debts.",
        "UGA>TZA:05 TZA>UGA:05",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("APIA", "Today marked ten years since the islands' independence."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context101_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context101_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
