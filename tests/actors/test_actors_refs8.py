"""A possessive pronoun after a subject with an aside on it (session 29, task SIDES).

"Senegal, Guinea-Bissau's northern neighbor, put its troops ..." and "Mauritania, Senegal's
northern neighbor, said ... its own waters" gave "its" to the state named in the aside: a
possessive "its" preferred an antecedent in its own role (a possessor). A mention inside an
apposition or a relative clause hung on another actor's mention (plurals.aside_host) is now
no antecedent of a pronoun of the same sentence outside that aside (coref._told_aside): the
aside describes its host, and what follows goes on about the host. A pronoun inside the
aside keeps the aside's actors ("Georgia, which Russia accuses of violating its airspace":
Russia's); one after a name in apposition to an object keeps that object ("Benin said Togo,
its western neighbor, had closed its border": Togo's). A spokesperson stated with no state
whose qualifier is the head word of an IGO's name ("... an International Criminal Court
warrant ... court spokeswoman X said") took the dateline's state, as "court" is a state's
role noun: the IGO whose mention holds that word's last use before the person is now the
person's (resolve._igo_called), not when that last use is a state's court. Every sentence
was written for this file; the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    # the pronoun after the aside is the host's
    (
        "TBILISI",
        "Armenia, which borders Georgia, expelled an Azerbaijani diplomat who had criticized "
        "its government.",
        "ARM>AZE:16 AZE>ARM:11",
    ),
    (
        "COTONOU",
        "Benin, Togo's eastern neighbor, accused Nigeria of violating its airspace on Monday.",
        "BEN>NGA:11 NGA>BEN:15",
    ),
    (
        "NIAMEY",
        "Niger, Mali's eastern neighbor, said Algerian drones had violated its airspace on Monday.",
        "NER>DZA:11 DZA>NER:15",
    ),
    # kept: a pronoun inside the aside is the aside's; a name in apposition to an object
    (
        "TBILISI",
        "Georgia, which Russia accuses of violating its airspace, expelled an Armenian diplomat.",
        "RUS>GEO:11 GEO>ARM:16",
    ),
    (
        "COTONOU",
        "Benin said Togo, its western neighbor, had closed its border with Ghana.",
        "TGO>GHA:16",
    ),
]

# a spokesperson whose qualifier is the head word of an IGO just named ("the International
# Criminal Court ... court spokeswoman X"): the IGO's (resolve._igo_called)
COURT: list[tuple[str, str, str]] = [
    (
        "BISHKEK",
        "Kyrgyzstan welcomed Sudan's army chief on Wednesday despite an International Criminal "
        'Court warrant for his arrest. "Kyrgyzstan has a clear legal obligation to arrest the '
        'suspect," court spokeswoman Anna Berger said in a statement.',
        "KGZ>SDN:04 ICC>KGZ:10",
    ),
    # kept: the word's last use is a state's court, not the IGO's
    (
        "HANOI",
        "The International Criminal Court opened a new office on Monday. A provincial court in "
        'Hanoi sentenced a Thai citizen to death on Monday. "Thailand should respect our law," '
        "court spokesman Nguyen Van An said.",
        "VNM>THA:02",
    ),
]
CASES += COURT


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, [], [])


def test_actors_refs8_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, [], []))
def test_actors_refs8_aside_pronouns(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
