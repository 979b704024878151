"""Vocabulary 98 (session 53, O74): a body's head told again by bare title.

- "ASEAN's secretary-general arrived in Manila ... [five sentences] ... The secretary-general
  praised the Philippines": a body has one head at a time, so a bare title of a body's head
  (igo_head_titles) that the story so far gives to one body alone refers back to its holder
  however far back, as a monarch's does (actors.resolve Resolver._nameless_before).
- "The deputy secretary-general was received by Thailand's prime minister": a rank before a
  body head's title ("deputy") makes one title with it also when no owner is named, so the
  bare ranked title refers back too (Resolver._igo_head_at).
- "ASEAN and Japan agreed ..., the bloc's secretary-general said. The secretary-general
  thanked Japan": a description owning a body head's title ("the bloc's") takes the body
  named last before it also while names are not yet drafted (Resolver._context_named); any
  other title waits for the names ("The bloc's chair, Rwanda President X," is Rwanda's).
- Near misses: two bodies' heads told before ("The WHO's director-general ... The FAO's
  director-general ...") leave a bare "the director-general" to no one; "the deputy" alone
  (a lawmaker's title) refers to no body's officer.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a body's head by bare title, paragraphs on
    ("MANILA, Philippines", "ASEAN's secretary-general arrived in Manila on Sunday. The Philippine economy grew 5% last year. Rice exports rose. Shipping costs fell. \"The port is full,\" said trader Jose Cruz. The secretary-general praised the Philippines for its mediation.", "ASEAN>PHL:04 ASEAN>PHL:05"),
    ("DILI", "The World Health Organization's director-general arrived in Dili on Monday for talks on a malaria plan. Timor-Leste has recorded 400 cases this year. Health workers say clinics lack nets. \"We need help now,\" said nurse Ana Soares. The director-general thanked Timor-Leste for its openness.", "WHO>TLS:04 WHO>TLS:05"),
    # a ranked head's title without its owner
    ("BANGKOK", "ASEAN's deputy secretary-general visited Bangkok on Tuesday. The deputy secretary-general was received by Thailand's prime minister.", "ASEAN>THA:04 THA>ASEAN:04"),
    ("DHAKA", "The U.N. deputy secretary-general visited Dhaka on Monday. Floods have displaced 2 million people. Rivers rose again overnight. Schools stayed shut. The deputy secretary-general thanked Bangladesh for sheltering refugees.", "UN>BGD:04 UN>BGD:05"),
    # a description's title before names are drafted
    ("JAKARTA, Indonesia", "ASEAN and Japan agreed on Monday on a maritime safety plan, the bloc's secretary-general said. The secretary-general thanked Japan for its support.", "ASEAN>JPN:05 JPN>ASEAN:05 ASEAN>JPN:05"),
    # a body's chair named a state's leader is that state's
    ("NAIROBI, Kenya", "The East African Community said it stood with Kenya. The bloc's chair, Rwanda President Paul Mugisha, said he had spoken with Somali Foreign Minister Ali Warsame on Sunday evening.", "RWA>SOM:04"),
]

NEAR_MISSES: list[NearMiss] = [
    # two bodies' heads: a bare title is no one's
    ("GENEVA", "The WHO's director-general spoke in Geneva on Monday. The FAO's director-general spoke in Rome. Farmers listened. Prices rose. The director-general thanked Timor-Leste for its openness."),
    # a rank alone is no body's officer
    ("SANTIAGO", "The deputy thanked Chile for its openness."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary98_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary98_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
