"""A name given to a decision told before: a gift to a wrongdoer is a wrong (refs part 16).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

WRONGDOER: "called the decision a gift to the aggressor": the name says the decision helps a
wrongdoer, a disapproval (111) aimed at the decision's author as "called the decision a
mistake" is; "gift" alone is among v.call_names' words of a plain or good name (unless_words),
so the name coded nothing. A wrongdoer named (aggressor, occupier, invader) now outweighs it
(outweigh_words, as "a gift to those who arm the rebels" did), as v.call_praise already held
them no praise. A gift to a people ("a gift to the people of Gaza") stays no wrong.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

WRONGDOER: list[Case] = [
    (
        "VIENNA",
        "Austria refused on Monday to let Poland re-export 20 Austrian-made trucks to Ukraine. "
        'Ukraine\'s Foreign Ministry called the decision "a gift to the aggressor."',
        "AUT>POL:12 UKR>AUT:11",
    ),
    (
        "GRAZ",
        "Austria refused on Monday to let Poland re-export 20 Austrian-made trucks to Ukraine. "
        'Ukraine\'s Foreign Ministry called the decision "a gift to the occupier" and urged '
        "Vienna to reconsider.",
        "AUT>POL:12 UKR>AUT:11 UKR>AUT:02",
    ),
    # near-miss: a gift to a people is no wrong
    (
        "LINZ",
        'Austria sent 20 trucks of food to Gaza on Monday. Egypt called the aid "a gift to the '
        'people of Gaza."',
        "AUT>PSE:07",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES = WRONGDOER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs16_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs16_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
