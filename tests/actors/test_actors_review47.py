"""Review 47 (session 29, task SIDES): role nouns of a state's agents and an IGO's head that
left the actor of a sentence unresolved.

A census of the development sets' misses stopped at source-unresolved and no-target found
state agents named by words the role lists lacked: "Kazakh investigators rejected",
"New Zealand military engineers helped", "to Senegalese consular officials"; and an IGO's
head written "Its chairperson" (only "chairman", "chairwoman" and "commission chairperson"
were titles). roles.yaml now lists a state's investigators (GOV) and its officers and
engineers of the armed services (MIL, multi-word only: "Chilean engineers" are no state's);
offices.yaml allows "consular" between a state and its role noun and lists "chairperson" as
an IGO title and a person noun. Near misses: investigators of no state or of a firm,
engineers and consultants with no service, the chairperson of a firm or of a company told
before. Every sentence was written for this file; the cases run through the whole pipeline
in one batch (``audit_cases.code_actor_codes``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import all_rows, audit_params, code_actor_codes, matches  # noqa: E402

from newsgraph.settings import Settings

# (dateline, body, expected events "SRC>TGT:RR" with full actor codes: the role is the rule's)
CASES: list[tuple[str, str, str]] = [
    # a state's investigators act for it
    (
        "MONTEVIDEO",
        "Paraguayan investigators accused Bolivia of hiding evidence about the crash.",
        "PRYGOV>BOL:11",
    ),
    # officers and engineers of a state's armed services
    (
        "TALLINN",
        "Danish army engineers helped Estonia repair a bridge on Monday.",
        "DNKMIL>EST:07",
    ),
    (
        "RIGA",
        "Finnish military engineers helped Latvia rebuild a bridge on Monday.",
        "FINMIL>LVA:07",
    ),
    (
        "ACCRA",
        "Ghanaian naval officers boarded a Togolese ship on Monday.",
        "GHAMIL>TGO:17",
    ),
    (
        "ACCRA",
        "Ghanaian military officers met Togolese officials on Monday.",
        "GHAMIL>TGOGOV:04",
    ),
    # "consular" between a state and its officials
    (
        "LIMA",
        "Peruvian consular officials visited the Ecuadorian detainees on Monday.",
        "PERGOV>ECU:04",
    ),
    # an IGO's head, "Its chairperson"
    (
        "ADDIS ABABA",
        "The African Union said on Monday it was worried by the clashes between Mali and "
        "Niger. Its chairperson met Ghana's president on Sunday.",
        "MLI>NER:19 AU>GHAGOV:04",
    ),
    (
        "GENEVA",
        "The World Health Organization said on Monday it was worried by the outbreak in Chad. "
        "Its chairperson criticized Niger on Sunday.",
        "WHO>NER:11",
    ),
]

# no state's agents, no IGO's head: nothing coded
NONE: list[tuple[str, str]] = [
    (
        "MONTEVIDEO",
        "Independent investigators accused Bolivia of hiding evidence about the crash.",
    ),
    (
        "MONTEVIDEO",
        "Investigators hired by a Swiss insurer accused Bolivia of hiding evidence about the "
        "crash.",
    ),
    ("LIMA", "Chilean engineers built a bridge in Peru on Monday."),
    ("LIMA", "Chilean consultants criticized Peru on Monday."),
    ("HELSINKI", "The Finnish company's chairperson criticized Sweden on Monday."),
    (
        "LIMA",
        "Petrobras said on Monday its profit rose. Its chairperson met Ghana's president on "
        "Sunday.",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once, events with full actor codes."""
    return code_actor_codes(all_rows(CASES, NONE, []), Settings())


def test_actors_review47_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review47_roles(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
