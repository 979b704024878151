"""Review 480 (session 69, PA69): a held act told by a participle on the patient.

"Ecuador asked for consular access to three Ecuadorian sailors detained in Panama": the
participle on the held people names no doer, so the arrest pattern stopped at
source-unresolved, while the finite passive ("were detained in Panama") was already coded by
the state holding the place (extract `_hosting_place`). The participle now reads the same
place (extract `_held_places`, `_one_holder`): the one state other than the held people's own
that holds the place did it. "off" joins the place prepositions (rules held_place_preps:
"arrested off the coast of Peru").

Near misses: held at home; no place told; a non-state doer named by the by-phrase; an act
only warned of; two holding states.
Gaps: the parser reads a participle on the main clause's subject as a clausal subject, and
"arrested off Brazil's coast" as a particle verb with an object (a reversed pair).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "",
        "Ecuador asked for consular access to three Ecuadorian sailors detained in Panama last "
        "week.",
        "ECU>PAN:02 PAN>ECU:17",
    ),
    (
        "",
        "Chile protested the treatment of six Chilean fishermen arrested in Peru in May.",
        "PER>CHL:17",
    ),
    ("", "Chile said six Chilean fishermen arrested in Peru in May had been freed.", "PER>CHL:17"),
    (
        "",
        "Chile protested the treatment of six Chilean fishermen arrested off the coast of Peru.",
        "PER>CHL:17",
    ),
    ("", "Twelve Chilean fishermen were detained off the coast of Peru.", "PER>CHL:17"),
]
# ... held at home, no place, a non-state doer, only warned of, two holding states
NONE: list[NearMiss] = [
    ("", "Chile protested the treatment of six Chilean fishermen arrested off the coast of Chile."),
    ("", "Chile protested the treatment of six Chilean fishermen arrested in May."),
    ("", "Chile said six Chilean engineers detained by rebels in Colombia were safe."),
    (
        "",
        "Bolivia named a lawyer for the Bolivian traders who may be detained at the port of "
        "Callao.",
    ),
    ("", "Chile protested the treatment of six Chilean fishermen arrested in Peru and Ecuador."),
]
GAPS: list[Gap] = [
    (
        "",
        "The Chilean fishermen detained in Peru in August were freed.",
        "PER>CHL:17",
        "codes nothing: the parser reads 'detained' as a clausal subject (csubjpass)",
    ),
    (
        "",
        "Two Uruguayan sailors arrested off Brazil's coast on Friday were released.",
        "BRA>URY:17",
        "codes URY>BRA 17 (before this rule too): the parser takes 'off' for a particle and "
        "'Brazil's coast' for the object, so the possessive is read as the one arrested",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review480_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review480_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
