"""Review 62 (session 32, helper S40b): a subject pronoun chained through another; names
listed after a plural title with as many states.

"Chile's foreign minister arrived on Monday. He said talks went well. He and his Peruvian
counterpart signed ...": the second "He" had no one named in its own sentence or the one
before (whose subject is the pronoun "He"), so it stood for no one and the signing was lost.
coref._chained_title: a subject pronoun of the same gender in the sentence before that stands
for a nameless title ("Chile's foreign minister") passes that title on. A person named in
between ("Peru's president said ...") still takes the pronoun. Every sentence was written for
this file.

"the trade ministers of Togo and Benin, Kofi Agbeko and Rachida Dossou", "his counterparts
from Togo and Benin, X and Y": Resolver._respective_state gives each name the state listed
in the same place (the first name apposed to the title or a conjunct of it or of the last
state); with as many names as states only, two states at least. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "LIMA",
        "Chile's foreign minister arrived on Monday. He said talks went well. He and his "
        "Peruvian counterpart signed a memorandum on fisheries.",
        "CHL>PER:05 PER>CHL:05",
    ),
    (
        "LIMA",
        "Chile's foreign minister arrived on Monday. He said talks went well. He signed a "
        "memorandum on fisheries with Peru.",
        "CHL>PER:05",
    ),
    (
        "LIMA",
        "Chile's foreign minister arrived on Monday. He said talks went well. He met his "
        "Peruvian counterpart.",
        "CHL>PER:04",
    ),
    (
        "RIGA",
        "Estonia's defence minister landed in Riga on Tuesday. She said the visit was overdue. "
        "She and her Latvian counterpart, Ilze Ozola, signed an agreement on air defence.",
        "EST>LVA:04|05 EST>LVA:05 LVA>EST:05",
    ),
    # a person named in between takes the pronoun, not the title two sentences back
    (
        "LIMA",
        "Chile's foreign minister arrived on Monday. Peru's president said talks went well. "
        "He and his Bolivian counterpart signed a memorandum on fisheries.",
        "PER>BOL:05 BOL>PER:05",
    ),
    # names listed after a plural title that lists as many states hold them in order
    (
        "ACCRA",
        "Ghana hosted the trade ministers of Togo and Benin, Kofi Agbeko and Rachida Dossou, "
        "on Monday. Dossou thanked Ghana for its help.",
        "BEN>GHA:05",
    ),
    (
        "ACCRA",
        "The pact was signed in Accra by Ghanaian Trade Minister Yaw Mensah and his "
        "counterparts from Togo and Benin, Kofi Agbeko and Rachida Dossou. Agbeko praised "
        "Ghana for its leadership.",
        "GHA>TGO:05 TGO>GHA:05 GHA>BEN:05 BEN>GHA:05 TGO>GHA:05",
    ),
]

NONE: list[NearMiss] = [
    # three states, two names: no order to tie them by
    (
        "ACCRA",
        "Ghana hosted the trade ministers of Togo, Benin and Niger, Kofi Agbeko and Rachida "
        "Dossou, on Monday. Dossou thanked Ghana for its help.",
    ),
    ("LIMA", "Chile's foreign minister arrived on Monday. He said talks went well."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review62_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review62_chained_pronouns(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events (none for a near-miss)."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
