"""Clauses 102 (session 70, TW70): a pledge naming no one, made to the partner of its
subject's relative clause ("Guyana's president, who visited Paramaribo last week, offered to
supply diesel at a discount": to Suriname).

Session 69's count of second acts of one pair in a sentence found a form where the first act
is told in a relative clause on the subject and the second, the main verb, names no partner.
A pledge or offer (rules related_partner_roots: 03) told so is made to the state(s) the
relative clause's act of the same source was aimed at (extract._subject_relatives,
_related_partner). The parser often reads the main verb after such a clause as a modifier of
the subject ("offered" as acl of "president"); that reading is taken as the subject's verb.

Near misses: an offer naming its own receiver ("offered Brazil help"), a relative clause whose
act is done to the subject ("who were seized by Suriname": no act of the source), a relative
clause after the verb ("... offered help to the farmers, who visited ..."), a pledge at home.

Strict gap: "Japan, which gave Fiji a patrol boat in 2018, said it would send a team to train
its crews next year": "send a team to train" names no receiver and no pattern codes it bare.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "GEORGETOWN",
        "Ghana's president, who visited Lome last week, offered to supply diesel at a discount "
        "for a year.",
        "GHA>TGO:04 GHA>TGO:03",
    ),
    # ... near misses: a receiver of its own, an act done to the subject, a pledge at home
    (
        "LINDEN",
        "Guyana's president, who visited Paramaribo last week, offered Brazil help with the "
        "floods.",
        "GUY>SUR:04 GUY>BRA:03",
    ),
    (
        "BARTICA",
        "The Guyanese fishermen, who were seized by Suriname last week, offered to pay the fine.",
        "SUR>GUY:17",
    ),
    (
        "MABARUMA",
        "Ghana, whose troops intervened in Togo in 1998, offered to mediate between the "
        "rival parties.",
        "GHA>TGO:19",
    ),
    (
        "LETHEM",
        "Ghana's president, who visited Lome last week, said his government would cut fuel "
        "prices at home.",
        "GHA>TGO:04",
    ),
    # ... a partner named by a common noun (lead, at the merge of session 70)
    (
        "LINDEN",
        "Suriname's president, who visited Georgetown in May, has sought closer ties with "
        "Western lenders since taking office.",
        "SUR>GUY:04",
    ),
    (
        "LETHEM",
        "Ghana's president, who visited Lome last week, offered to supply diesel to its "
        "neighbours at a discount.",
        "GHA>TGO:04",
    ),
]
NONE: list[NearMiss] = [
    ("ANNA REGINA", "The farmers, who met the traders last week, offered to lower their prices."),
]
GAPS: list[Gap] = [
    (
        "SUVA",
        "Japan, which gave Fiji a patrol boat in 2018, said it would send a team to train its "
        "crews next year.",
        "JPN>FJI:07 JPN>FJI:03",
        "send a team to train its crews names no receiver, and no pattern codes it bare",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses102_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses102_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
