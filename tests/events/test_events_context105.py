"""Context 105 (session 47, O66): a visit begun with no place named is made to the dateline's
state; "the remarks" rejected are those of the voice just heard.

- "SOFIA — Greece's president began a two-day state visit on Thursday": a visit noun as the
object of the trip's verb (v.pay_visit: "began", "made", "paid"), with no place of its own,
goes to the dateline's state, as "arrived on Sunday for a three-day visit" already did
(sides._for_visit now reads the verb's object as well as its for/on-phrase). The visitor's
own dateline names no host; a visit with its own place keeps it.
- "The Commission said it would give Peru 50 million euros. A Chilean foreign ministry
  spokeswoman said the port lay near waters Chile's navy patrols. Peru's foreign minister
  rejected the remarks": the sentence just before, coding no act on the reactor, whose main
  saying verb has one other state's voice as subject, names whose remarks they are
  (reactions._remarked_just_before, rules remarked_nouns), before the latest act on the
  reactor (the Commission's money). The reactor's own voice, or two states speaking, give
  nothing by this rule.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("SOFIA", "Greece's president began a two-day state visit on Thursday.", "GRC>BGR:04"),
    (
        "SOFIA",
        "Bulgaria and Greece signed an agreement on Thursday to build a gas link, as Greece's"
        " president began a two-day state visit.",
        "BGR>GRC:05 GRC>BGR:05 GRC>BGR:04",
    ),
    ("RIGA", "The Estonian prime minister made a short visit on Monday.", "EST>LVA:04"),
    # a place of its own still decides
    ("SOFIA", "Greece's president began a two-day state visit to Romania on Thursday.", "GRC>ROU:04"),
]

REMARKS: list[Case] = [
    (
        "LIMA",
        "The European Commission said it would give Peru 50 million euros for the new port. A"
        " Chilean foreign ministry spokeswoman said the port lay near waters where Chile's navy"
        " operates. Peruvian Foreign Minister Ana Soto rejected the remarks.",
        "EU>PER:03|07 PER>CHL:12",
    ),
    (
        "LIMA",
        "Bolivia said on Monday it would build a new road to the coast. A Chilean foreign"
        " ministry spokeswoman said the road would cross a protected area. Bolivia's foreign"
        " minister rejected the remarks.",
        "BOL>CHL:12",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # the reactor's own voice, or two states speaking
    (
        "LIMA",
        "A Peruvian navy spokesman said the port lay near busy waters. Peru's foreign minister"
        " rejected the remarks.",
    ),
    (
        "LIMA",
        "Chilean and Bolivian officials said the port lay near busy waters. Peru's foreign"
        " minister rejected the remarks.",
    ),
    # no remark rejected
    (
        "LIMA",
        "A Chilean spokeswoman said the port lay near busy waters. A Peruvian spokesperson said"
        " Peru would defend its decision in court and declined to comment further.",
    ),
    # the dateline's own leader
    ("SOFIA", "Bulgaria's president began a two-day state visit on Thursday."),
    # a place that is no state
    ("SOFIA", "Greece's president made a visit to the border crossing on Friday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES + REMARKS, NEAR_MISSES, GAPS)


def test_events_context105_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES + REMARKS, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES + REMARKS, NEAR_MISSES, GAPS)
)
def test_events_context105_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
