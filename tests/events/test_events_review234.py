"""Review 234 (session 62, N62): a visit told by rank, and a visit of a common-noun place.

"X is the first Danish minister to visit the country", "became the most senior Gulf official
to visit the war-torn country": a rank phrase's infinitive is the copula subject's act
(clauses._ranked_doer); a superlative ranks as "first" does (parties._ranked, rules
rank_degree_words), and a subject that names no actor leaves the act to the rank phrase's
own ("the first Danish minister"); a rank phrase set beside a name ("X, the first Panamanian
foreign minister to visit Haiti, ...") is that name's. A visit verb whose object is only a common noun of place
(generic_place_nouns) goes to the dateline's state, else to the one other state the sentence
names (sides._generic_visit_host; open sets 68, 79).

Near misses: no state on the rank phrase or subject; a visit of "the country" in a sentence
naming two other states, or the visitor's own dateline; "the capital" with no dateline; a
plain "senior official" who toured a region.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RANKED: list[Case] = [
    (
        "QUITO",
        "Colombia's foreign minister became the most senior Colombian official to visit "
        "Ecuador this year.",
        "COL>ECU:04",
    ),
    (
        "LIMA",
        "Rosa Quispe is the first Bolivian minister to visit Peru since 2019.",
        "BOL>PER:04",
    ),
    (
        "SANTIAGO",
        "Ana Ruiz, the first Paraguayan foreign minister to visit Chile in 15 years, was "
        "received by the head of the council.",
        "PRY>CHL:04",
    ),
]
GENERIC_PLACE: list[Case] = [
    (
        "ACCRA, Ghana (Reuters)",
        "Togo's foreign minister visited the country on Monday to discuss the border.",
        "TGO>GHA:04",
    ),
    (
        "(Reuters)",
        "Kenya will give Uganda $40 million for solar farms, and Ali Musa, the head of the "
        "team, is the first Kenyan minister to visit the country since 2019.",
        "KEN>UGA:03|07 KEN>UGA:04",
    ),
    (
        "(Reuters)",
        "Tanzania pledged aid for Kenya and Uganda on Thursday as its foreign minister "
        "visited the country.",
        "TZA>KEN:03 TZA>UGA:03",
    ),
]
CASES: list[Case] = RANKED + GENERIC_PLACE

NONE: list[NearMiss] = [
    ("(Reuters)", "Ali Musa is the first minister to visit Uganda since 2019."),
    ("(Reuters)", "Ali Musa, the last Kenyan minister to be invited to visit Uganda, spoke on Monday."),
    ("KAMPALA", "Uganda's president toured the country on Monday."),
    ("(Reuters)", "Kenya's foreign minister visited the capital on Monday."),
    ("(Reuters)", "Kenya's trade minister is a senior official who toured the region last year."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review234_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review234_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
