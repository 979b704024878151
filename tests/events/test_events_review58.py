"""Review 58 (session 29, helper S31): a rule's ban told by its participle, and goods named by
where they are made.

"... the day an Irish law banning imports of goods produced in Israeli settlements took
effect" coded nothing: the participle's doer was the noun "law", which names no state, and
"goods produced in X" named no partner. Now the -ing participle on an enacted rule
(enacted_nouns: law, decree, bill ...) is done by the maker named on the noun, its
possessive or demonym (clauses._subject_tokens; a rule only handled by the clause's subject
is left to v.pass_ban_law), and a trade ban's goods made, grown or produced somewhere
(origin_verbs) name that place's state in their first in-phrase (the origin slot of
v.ban_trade). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the maker named on the rule
    (
        "SANTIAGO",
        "Chile's law banning imports of Bolivian goods took effect on Monday.",
        "CHL>BOL:16",
    ),
    (
        "SANTIAGO",
        "A Chilean decree banning imports of Bolivian goods took effect on Monday.",
        "CHL>BOL:16",
    ),
    # where the goods are made
    (
        "SANTIAGO",
        "Chile banned imports of fruit grown in Peru and Ecuador.",
        "CHL>PER:16 CHL>ECU:16",
    ),
    (
        "SANTIAGO",
        "Chile banned imports of goods produced in Bolivian mines in the disputed Lauca valley.",
        "CHL>BOL:16",
    ),
    # both at once, beside an act told first
    (
        "LA PAZ",
        "Bolivia recalled its ambassador to Chile on Monday, the day a Chilean law banning "
        "imports of goods produced in Bolivian mines took effect.",
        "BOL>CHL:16 CHL>BOL:16",
    ),
]

NONE: list[NearMiss] = [
    # goods made at home name no partner
    ("SANTIAGO", "Chile banned imports of cars made in its own factories."),
    # a rule the subject only handles, with no partner named: no ban of the subject's
    ("LIMA", "Brussels softened a law banning imports linked to deforestation."),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru passed a law banning imports of Chilean goods.",
        "PER>CHL:16",
        "the adopter of an unnamed rule is v.pass_ban_law's, which reads only to/from phrases",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review58_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review58_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
