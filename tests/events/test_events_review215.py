"""Requests told by other verbs (session 60, S60).

The open gold codes an appeal or demand (02/10) where a letter or note carries it, or where
a state says what it expects: "had written to Havana asking for the doctors to be paid",
"met the ambassador and handed him a note asking for the results", "expects immediate
consular access". The coder read the first as a consultation (040, v.write_to), lost the
second as a second act of the pair, and had no pattern for the third.

- v.write_to_asking: a letter to a state whose asking participle names no one asked (a
  for-to clause or the thing asked for) is the appeal (020), put to whom it goes; "asking it
  to ..." stays the participle's own act (v.ask); a letter with no asking is still 040.
- a for-to clause's "for" is its verb's preposition (objects._clause_marks, rules
  for_clause_marks): "handed a note to X asking for the men to be freed" reads v.ask_for.
- extract._carried_demand: a note's appeal (rules carried_roots) handed in a verb joined
  after a meeting of the same pair is an act of its own, as its demand already was.
- v.expect_consular_access: a state that expects or wants consular access to its held
  nationals demands it (100) of whoever holds them.

The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-03-04"

# (text, (source, target, root) that must be coded, or None: no appeal or demand (02, 10) at
# all; roots that must not be coded for the pair)
ROWS: list[tuple[str, tuple[str, str, str] | None, tuple[str, ...]]] = [
    # a letter carrying a request
    (
        "ACCRA — Ghana said it had written to Togo in March asking for the traders to be "
        "freed, and had received no answer.",
        ("GHA", "TGO", "02"),
        ("04",),
    ),
    (
        "HANOI — Vietnam wrote to Cambodia on Friday asking for an inquiry into the shooting.",
        ("VNM", "KHM", "02"),
        ("04",),
    ),
    # near misses: the participle asks someone by name (its own act); no asking at all
    (
        "HANOI — Vietnam wrote to Cambodia on Friday asking it to free the fishermen.",
        ("VNM", "KHM", "02"),
        (),
    ),
    ("HANOI — Vietnam wrote to Cambodia on Friday about the fishermen.", ("VNM", "KHM", "04"), ("02",)),
    (
        "HANOI — Vietnam wrote to Cambodia on Friday, saying the fishermen were innocent.",
        ("VNM", "KHM", "04"),
        ("02",),
    ),
    # a note's appeal handed after a meeting or a summons of the same pair
    (
        "QUITO — Ecuador's deputy foreign minister met Peru's ambassador and handed him a note "
        "asking for the laboratory results.",
        ("ECU", "PER", "02"),
        (),
    ),
    (
        "QUITO — Ecuador's deputy foreign minister summoned Peru's ambassador and handed him a "
        "note asking for an explanation.",
        ("ECU", "PER", "02"),
        (),
    ),
    # near miss: a meeting with no note asks nothing
    (
        "QUITO — Ecuador's deputy foreign minister met Peru's ambassador and handed him a copy "
        "of the report.",
        ("ECU", "PER", "04"),
        ("02",),
    ),
    # a for-to clause's "for" read as the verb's preposition
    (
        "MANILA — The Philippines handed a note to China's embassy asking for the fishermen to "
        "be released.",
        ("PHL", "CHN", "02"),
        (),
    ),
    # consular access expected of the holder
    (
        "CARACAS — Venezuelan police arrested six Colombian truck drivers on Monday. Colombia's "
        "Foreign Ministry said it expected immediate consular access to the drivers.",
        ("COL", "VEN", "10"),
        (),
    ),
    # near misses: access expected of no one held; access of another kind
    (
        "BOGOTA — Colombia's Foreign Ministry said it expected consular access to be discussed "
        "at the next meeting of the commission.",
        None,
        (),
    ),
    (
        "CARACAS — Venezuelan police arrested six Colombian truck drivers on Monday. Colombia "
        "said it expected market access for its flowers to improve.",
        None,
        (),
    ),
]


def _coded(text: str) -> list[tuple[str, str, str]]:
    result = process(text, date=DATE)
    return [
        (e.source_actor.principal, e.target_actor.principal, e.code[:2])
        for e in result.events
        if e.source_actor is not None and e.target_actor is not None
    ]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ROWS)
def test_review215_requests_told_by_other_verbs(
    text: str, wanted: tuple[str, str, str] | None, unwanted: tuple[str, ...]
) -> None:
    coded = _coded(text)
    if wanted is not None:
        assert wanted in coded, coded
        pair = wanted[:2]
        assert not [c for c in coded if c[:2] == pair and c[2] in unwanted], coded
    else:
        assert not [c for c in coded if c[2] in ("02", "10")], coded
