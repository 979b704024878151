"""Clauses 89 (session 63, K63): an ask naming no one, joined by "but" after an approval.

"Chile welcomed the move but called for the remaining tariffs to be lifted": one sentence, two
acts of one pair (05 and 02). The ask names no one; joined by a word of contrast (rules
contrast_words) after an act of its source on one state, it is asked of that state
(extract._conjunct_targets, as "welcomed the decision but demanded compensation" is), also
when its only context is the "asked" guess, whose complaint before it (reactions.
_asked_of_complained) is missing. The parser hangs "for the tariffs to be lifted" on "called" as
an adverbial clause marked by "for" (extract._for_clause): the verb's complement all the same,
so "called" is a bare conjunct with a complement of its own (extract._bare_verb).

Near misses: joined by "and" after an approval (no contrast: the approval's target is not
whom a bare ask is made of); two states approved of; a purpose clause ("in order for ...")
of its own subject; a for-phrase that names no clause ("called for calm").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the approval's state is asked: two acts of the pair
CONTRAST: list[Case] = [
    (
        "SANTIAGO",
        "Chile's customs agency resumed imports of salmon on Friday after a two-month pause. "
        "Chile welcomed China's move but called for the remaining tariffs to be lifted.",
        "CHL>CHN:05 CHL>CHN:02",
    ),
    (
        "OSLO",
        "Norway praised Iceland's decision to reopen its fishing grounds, but called for the "
        "new quotas to be reviewed within a year.",
        "NOR>ISL:05 NOR>ISL:02",
    ),
]
# ... not after "and", nor with two states approved of, nor with no clause after "for"
NOT_CONTRAST: list[Case] = [
    (
        "MANILA",
        "The Philippines praised Japan's new coast guard aid and called for the remaining "
        "patrol boats to be delivered.",
        "PHL>JPN:05",
    ),
    (
        "ACCRA",
        "Ghana praised Togo and Benin for reopening their borders but called for the remaining "
        "checkpoints to be removed.",
        "GHA>TGO:05 GHA>BEN:05",
    ),
]

CASES: list[Case] = CONTRAST + NOT_CONTRAST
NONE: list[NearMiss] = [
    (
        "QUITO",
        "Ecuador's central bank welcomed the rise in oil prices but called for the remaining "
        "subsidies to be cut.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses89_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses89_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
