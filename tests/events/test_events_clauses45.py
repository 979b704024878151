"""Clauses 45 (session 37, NOEV): a subject cut from its verb by an appositive; kin in a place.

1. "China, Myanmar's largest neighbor, called on India to halt the strikes": after an earlier
sentence the parser may make the name the sentence's root and hang the finite verb on the
appositive ("neighbor", or a conjunct of it: "and main arms supplier") as a participle. The
name is then the verb's subject (context._cut_subject climbs from the appositive to the root
name, as it reads a participle hung on the root name itself). A true participle with no object
of its own ("Russia, Myanmar's main arms supplier, accused of war crimes, said nothing") is
still no act of the name's, and the parse of a plain subject is untouched.
2. "Qatar remains ready to help its brothers in Djibouti and Eritrea": a people's kin or friends
   (rules kin_nouns: brother, sister, friend, partner, ally) stand for the states their
   in-phrase names (parties._actors_of), as "the government in Kabul" does; only plural kin,
   owned by a pronoun at most ("the emir's brothers in London" are persons).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

STRIKE = "Indian drones struck a camp in Myanmar on Monday."

CASES: list[Case] = [
    (
        "NAYPYITAW",
        f"{STRIKE} China, Myanmar's largest neighbor, called on India to halt the strikes.",
        "IND>MMR:19 CHN>IND:02",
    ),
    (
        "NAYPYITAW",
        f"{STRIKE} China, Myanmar's largest neighbor and main arms supplier, called on India to "
        "halt the strikes.",
        "IND>MMR:19 CHN>IND:02",
    ),
    (
        "NAYPYITAW",
        f"{STRIKE} China, Myanmar's largest neighbor, called on New Delhi to respect the border.",
        "IND>MMR:19 CHN>IND:02",
    ),
    (
        "NAYPYITAW",
        "Thai jets bombed a rebel camp in Myanmar on Monday. China, Myanmar's largest neighbor, "
        "called on Thailand to halt the raids.",
        "THA>MMR:19 CHN>THA:02",
    ),
    # parsed with a subject of its own: unchanged
    (
        "NAYPYITAW",
        f"{STRIKE} Bangladesh, Myanmar's western neighbor, condemned the strikes.",
        "IND>MMR:19 BGD>IND:11",
    ),
    # a true participle on the appositive: no act of Russia's
    (
        "NAYPYITAW",
        f"{STRIKE} Russia, Myanmar's main arms supplier, accused of war crimes in Ukraine, said "
        "nothing.",
        "IND>MMR:19",
    ),
]

# kin in a place stand for its state
CASES += [
    (
        "DOHA",
        '"Qatar remains ready to help its brothers in Djibouti and Eritrea," its Foreign '
        "Ministry said.",
        "QAT>DJI:03 QAT>ERI:03",
    ),
    ("RIYADH", "Saudi Arabia will help its brothers in Yemen.", "SAU>YEM:03"),
    ("KUWAIT", "Kuwait praised its brothers in Bahrain.", "KWT>BHR:05"),
]

NONE: list[NearMiss] = [
    # persons, not a people's kin
    ("DOHA", "The emir's brothers in London met the Kuwaiti ambassador."),
    ("DOHA", "The emir's brother in Paris praised the French."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses45_cut_subjects(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
