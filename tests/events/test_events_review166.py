"""Review 166 (session 49, P24): a plan, offer or demand not accepted answers its author.

- A refusal in words of another's plan, offer or demand (v.not_accept_claim, when_negated:
  "Niger said it would not accept the plan", "Serbia did not accept the offer") keeps its
  object as the act it answers (extract._verb_hits: a when_negated pattern's object is what
  is kept out, no name of the refusal itself, as "lodged a protest" names its own act). The
  plan told before then gives its author, even when a third party's reaction to it was told
  in between ("Nigeria proposed a peace plan. Ghana welcomed it. Niger said it would not
  accept the plan" had gone to Ghana, the latest actor, through v.accept_proposal's uncoded
  reading).
- A rejection of "the claim" answers who reported it about the reactor (reactions.
  _reporting_authors); the "it" of a saying participle on a verb that acts on a thing
  ("Armenia criticized the law, saying it would hurt Georgian trade") is that thing, no
  clause on the speaker's own doings, whatever state the resolver tied the pronoun to
  (_criticized_thing): the claim is Armenia's, not that of an earlier speaker.
- A refusal still pending ("has not yet accepted") or bound to a condition ("unless it is
  changed") stays uncoded, as before; so does one by private persons or of things no state
  proposed.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the plan's author, past a third party's welcome
    (
        "",
        "Nigeria proposed a peace plan on Monday. Ghana welcomed it. Niger said it would not "
        "accept the plan.",
        "NER>NGA:12",
    ),
    # an offer and a demand not accepted
    (
        "",
        "The EU offered to mediate between Serbia and Kosovo. Serbia did not accept the offer.",
        "EU>SRB:03 EU>XKX:03 SRB>EU:12",
    ),
    (
        "",
        "Qatar demanded that Bahrain release the fishermen. Bahrain said it would never accept "
        "such a demand.",
        "QAT>BHR:10 BHR>QAT:12",
    ),
    # the claim a saying participle told, not an earlier speaker's
    (
        "",
        "The EU said on Monday that the new border law in Georgia broke its commitments. "
        "Armenia criticized the law, saying it would hurt Georgian trade. Georgia rejected the "
        "claim.",
        "GEO>ARM:12",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # domestic or private refusals
    ("", "Ghana's opposition said it would not accept the results of the election."),
    ("", "The union said it would not accept the company's offer."),
    # a refusal still pending, or bound to a condition
    ("", "Somalia said it had not yet accepted the offer from Djibouti."),
    ("", "Kenya will not accept the plan unless it is changed, officials said."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review166_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review166_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
