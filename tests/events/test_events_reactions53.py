"""Reactions 53 (session 47, P12): a refusal told by the idiom "said no to".

- "Turkey said no to Greece's offer" refuses the offer (v.say_no, 120, refined by what was
  refused as the other rejections are: 125 for talks, 127 for a proposal or plan). The
  to-phrase's owner (its possessor, or a by- or from-phrase under it) is the target.
- A private person's refusal, a negated or hypothetical one, and "said" with a that-clause
  or a "no" inside its own clause ("said there was no reason ...") code nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.say_no
    ("ANKARA", "Ankara said no to Athens's offer of talks on the island dispute.", "TUR>GRC:12"),
    ("BRASILIA", "Brazil said no to a proposal from Argentina for a common currency.", "BRA>ARG:12"),
    ("NAIROBI", "Kenya said no to Tanzania's request for a joint border patrol.", "KEN>TZA:12"),
]

NEAR_MISSES: list[NearMiss] = [
    # a private person, a negated or hypothetical refusal
    ("CUZCO", "A local farmer said no to the mayor's offer."),
    ("SANTIAGO", "Chile has not said no to Peru's request."),
    ("OTTAWA", "Canada would say no to any proposal from Denmark."),
    # "said" reporting a clause that holds "no"
    ("CAIRO", "Egypt said to Sudan that there was no deal."),
    ("HAVANA", "Cuba said there was no reason to talk to Mexico."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_reactions53_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_reactions53_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
