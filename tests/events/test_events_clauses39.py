"""Clauses 39 (session 34, S43): three parses that hid an act told in plain words.

"said in a statement that Washington had provided images to the Haitian police": the parser may
hang the that-clause on the statement noun as a participle, read as "a statement provided by
...", with no doer; a that-clause with a subject of its own is the statement's content, whose
subject acts (context._participle_noun; sender_nouns only, not a report). "flew about 12 kilometers into Colombian airspace":
a distance the parser reads as the direct object is no craft flown (objects._forbidden,
rules distance_nouns). "calling the claim “baseless” and urging Hanoi to stop ...": a name given
(a head with a predicate complement) governs no act joined to it, as "call on X to" would
(parties._own_conjunct). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TEGUCIGALPA",
        "The U.S. Embassy in Tegucigalpa said in a statement that Washington had provided"
        " satellite images to the Honduran police during the search.",
        "USA>HND:06",
    ),
    (
        "ACCRA",
        "The embassy said in a letter that Abuja had returned two Ghanaian fishermen to Ghana.",
        "NGA>GHA:08",
    ),
    # a statement issued by someone is still a participle with its doer
    ("ACCRA", "Ghana rejected a statement issued by Togo on Monday.", "GHA>TGO:12"),
    (
        "SANTO DOMINGO",
        "Two Haitian military helicopters flew about 8 kilometers into Dominican airspace on"
        " Monday.",
        "HTI>DOM:15",
    ),
    (
        "TAIPEI",
        "Four Chinese fighter jets flew 20 miles into Taiwan's air defense zone.",
        "CHN>TWN:15",
    ),
]

CASES += [
    (
        "HANOI",
        '"China opposes all forms of hacking," its embassy in Hanoi said in a statement, calling'
        ' the Vietnamese claim "baseless" and urging Hanoi to stop "smearing China."',
        "CHN>VNM:11 CHN>VNM:02",
    ),
    (
        "MANILA",
        'China\'s embassy issued a statement calling the Philippine claim "groundless" and'
        ' urging Manila to end its "provocations."',
        "CHN>PHL:11 CHN>PHL:02",
    ),
]

NONE: list[NearMiss] = [
    # a report tells what others are found to have done: kept as before (a sender's statement,
    # letter or note only)
    (
        "DOHA",
        "Human Rights Watch said in a report that Saudi border guards had killed Yemeni migrants.",
    ),
    # no armed craft
    ("TAIPEI", "Four Chinese airliners flew 20 miles into Taiwan's air defense zone."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses39_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses39_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
